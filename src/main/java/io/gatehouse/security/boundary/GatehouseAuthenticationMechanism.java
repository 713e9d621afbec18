package io.gatehouse.security.boundary;

import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.Caller;
import io.gatehouse.security.control.CookieForgeryCheck;
import io.gatehouse.security.control.CredentialExtractor;
import io.gatehouse.security.control.CredentialResolver;
import io.gatehouse.security.control.PublicPaths;
import io.gatehouse.audit.control.SecurityEvents;
import io.gatehouse.metrics.control.GatehouseMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one authentication mechanism of the application. It never answers a request itself: with no
 * credential it does nothing, with a refused one it leaves the refusal for the access filter, so that
 * public endpoints ignore credentials and protected ones answer with the documented JSON. A state-changing
 * request authenticated by cookie from a foreign origin is refused before its token is even looked at.
 */
@ApplicationScoped
public class GatehouseAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    CredentialResolver resolver;

    @Inject
    SecurityEvents audit;

    @Inject
    GatehouseMetrics metrics;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (PublicPaths.matches(request)) {
            return context.doNothing();
        }
        String token = CredentialExtractor.fromHeaders(request);
        if (token == null) {
            token = CredentialExtractor.fromCookie(request);
            if (token == null) {
                return context.doNothing();
            }
            if (CookieForgeryCheck.refuses(request)) {
                request.setAttribute(AuthRefusal.ATTRIBUTE, CookieForgeryCheck.REFUSAL);
                metrics.refused(CookieForgeryCheck.REFUSAL, token);
                return context.doNothing();
            }
        }
        AuthResult result = resolver.resolve(token);
        metrics.authentication(result, token);
        if (result instanceof AuthResult.Accepted accepted) {
            Caller caller = accepted.caller();
            request.setAttribute(Caller.ATTRIBUTE, caller);
            return context.notifyContainerAboutLogin(caller, caller.roles());
        }
        request.setAttribute(AuthRefusal.ATTRIBUTE, ((AuthResult.Refused) result).refusal());
        audit.refused(result, token, request);
        return context.doNothing();
    }
}
