package io.gatehouse.security.boundary;

import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerToken;
import io.gatehouse.kernel.CredentialChecked;
import io.gatehouse.kernel.TokenKind;
import io.gatehouse.security.control.CookieForgeryCheck;
import io.gatehouse.security.control.CredentialExtractor;
import io.gatehouse.security.control.CredentialResolver;
import io.gatehouse.security.control.PublicPaths;
import io.gatehouse.security.control.TokenShapes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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

    /** Observed by the metrics and the audit trail's refusal tally; the token itself never leaves this class. */
    @Inject
    Event<CredentialChecked> checked;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (PublicPaths.matches(request)) {
            return context.doNothing();
        }
        CredentialExtractor.Presented presented = CredentialExtractor.of(request);
        if (presented == null) {
            return context.doNothing();
        }
        String token = presented.token();
        if (presented.fromCookie() && CookieForgeryCheck.refuses(request)) {
            request.setAttribute(AuthRefusal.ATTRIBUTE, CookieForgeryCheck.REFUSAL);
            checked.fire(new CredentialChecked(new AuthResult.Refused(CookieForgeryCheck.REFUSAL), TokenShapes.kindOf(token), false));
            return context.doNothing();
        }
        AuthResult result = resolver.resolve(token);
        if (result instanceof AuthResult.Accepted accepted) {
            Caller caller = accepted.caller();
            checked.fire(new CredentialChecked(result, TokenKind.of(caller), true));
            request.setAttribute(Caller.ATTRIBUTE, caller);
            return context.notifyContainerAboutLogin(CallerToken.of(caller), caller.roles());
        }
        checked.fire(new CredentialChecked(result, TokenShapes.kindOf(token), true));
        request.setAttribute(AuthRefusal.ATTRIBUTE, ((AuthResult.Refused) result).refusal());
        return context.doNothing();
    }
}
