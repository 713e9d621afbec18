package io.gatehouse.security.control;

import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Makes {@code @Inject JsonWebToken} work without {@code @LoginConfig("MP-JWT")}: the token is the principal the
 * authentication mechanism gave the container ({@link CallerToken}), or {@link CallerToken#NONE} on a request
 * without a caller. Only the bean type {@code JsonWebToken}: a {@code Principal} bean would clash with the
 * container's own.
 */
@ApplicationScoped
public class CallerTokenProducer {

    @Inject
    HttpServletRequest request;

    @Produces
    @RequestScoped
    @Typed(JsonWebToken.class)
    JsonWebToken current() {
        Principal principal = request.getUserPrincipal();
        if (principal instanceof JsonWebToken token) {
            return token;
        }
        Object caller = request.getAttribute(Caller.ATTRIBUTE);
        return caller instanceof Caller known ? CallerToken.of(known) : CallerToken.NONE;
    }
}
