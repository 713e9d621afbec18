package io.gatehouse.streaming.boundary;

import io.gatehouse.problems.control.FeatureProblems;
import io.gatehouse.ratelimit.entity.RateLimitException;
import io.gatehouse.streaming.entity.StreamException;
import io.gatehouse.security.control.CredentialExtractor;
import io.gatehouse.streaming.control.HandshakeHandOff;
import io.gatehouse.streaming.control.StreamClient;
import io.gatehouse.streaming.control.StreamKeepAlive;
import io.gatehouse.streaming.control.StreamQuota;
import io.gatehouse.cors.control.CorsOrigins;
import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.problems.control.ServletProblems;
import io.gatehouse.ratelimit.entity.Bucket;
import io.gatehouse.ratelimit.control.RateLimiter;
import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.Caller;
import io.gatehouse.http.control.Challenges;
import io.gatehouse.security.control.CredentialResolver;
import io.gatehouse.kernel.CredentialType;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;

/**
 * Checks the credential of a {@code /ws} handshake before the container upgrades the connection, so a missing or
 * refused token is answered with an HTTP 401 (and a foreign origin with 403), never with an opened WebSocket.
 * A servlet filter because both servers upgrade in a filter of their own (Tyrus's and Undertow's) that they
 * register after the application's, while a {@code ServerEndpointConfig.Configurator} cannot answer 401.
 * A cookie-only handshake must come from an origin in {@code CORS_ORIGINS} (cross-site WebSocket hijacking). A
 * handshake counts in the rate limits as any request does (per principal, or per client address without a caller)
 * and reserves a slot of its principal's open streams ({@link StreamQuota}); over either, it is refused with HTTP
 * {@code 429} before the upgrade.
 */
@WebFilter(urlPatterns = RunEventSocket.PATH, asyncSupported = true)
public class WebSocketGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String MISSING = "Missing Bearer token: send the Authorization header, the __session cookie or the "
            + "subprotocols \"bearer, <token>\" (never the query string)";
    static final String FOREIGN_ORIGIN = "Forbidden: a WebSocket handshake authenticated by the __session cookie "
            + "must come from an origin in CORS_ORIGINS (Origin header)";
    static final String ACCESS_TOKEN = "Forbidden: OAuth access tokens are not accepted by this endpoint "
            + "(see /auth.md for the scope table)";

    @Inject
    transient CredentialResolver resolver;

    @Inject
    transient StreamKeepAlive keepAlive;

    @Inject
    transient RateLimiter limiter;

    @Inject
    transient StreamQuota quota;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Admission admission = admit(request, response);
        if (admission.refusal() != null) {
            ServletProblems.write(response, admission.refusal());
            return;
        }
        HandshakeHandOff.during(admission.client(), () -> chain.doFilter(request, response));
    }

    /** Why the handshake may not go on, or the accepted client; renews the session of an accepted one. */
    private Admission admit(HttpServletRequest request, HttpServletResponse response) {
        CredentialExtractor.Presented presented = CredentialExtractor.of(request);
        AuthResult result = null;
        if (presented != null && (!presented.fromCookie() || originAllowed(request.getHeader("Origin")))) {
            result = resultOf(request, presented.token());
        }
        Caller caller = result instanceof AuthResult.Accepted accepted ? accepted.caller() : null;
        RateLimitException overLimit = limiter.admit(Bucket.API, caller, response);
        if (overLimit != null) {
            return Admission.refused(FeatureProblems.of(overLimit));
        }
        if (presented == null) {
            return Admission.refused(new ApiProblem(401, "missing_token", MISSING, false,
                    Map.of("WWW-Authenticate", Challenges.missingCredential())));
        }
        if (result == null) {
            return Admission.refused(new ApiProblem(403, "access_denied", FOREIGN_ORIGIN));
        }
        if (result instanceof AuthResult.Refused refused) {
            return Admission.refused(Challenges.problem(refused.refusal()));
        }
        if (caller.credential() == CredentialType.ACCESS_TOKEN) {
            return Admission.refused(new ApiProblem(403, "forbidden", ACCESS_TOKEN));
        }
        StreamException tooManyStreams = quota.reserve(caller);
        if (tooManyStreams != null) {
            return Admission.refused(FeatureProblems.of(tooManyStreams));
        }
        StreamClient client = StreamClient.of(caller, presented.token());
        if (!keepAlive.connect(client)) {
            quota.cancel(caller);
            return Admission.refused(Challenges.problem(AuthRefusal.invalid("session ended")));
        }
        return new Admission(null, client);
    }

    /**
     * What the authentication mechanism made of the credential (it ran before this filter, with the same extractor);
     * resolved here only if it left nothing.
     */
    private AuthResult resultOf(HttpServletRequest request, String token) {
        if (request.getAttribute(Caller.ATTRIBUTE) instanceof Caller caller) {
            return AuthResult.accepted(caller);
        }
        if (request.getAttribute(AuthRefusal.ATTRIBUTE) instanceof AuthRefusal refusal) {
            return AuthResult.refused(refusal);
        }
        return resolver.resolve(token);
    }

    private static boolean originAllowed(String origin) {
        return origin != null && !origin.isBlank() && CorsOrigins.allows(origin.trim());
    }

    /** A handshake refused with its problem, or admitted for its client. */
    private record Admission(ApiProblem refusal, StreamClient client) {

        static Admission refused(ApiProblem refusal) {
            return new Admission(refusal, null);
        }
    }
}
