package io.gatehouse.kernel;

import io.gatehouse.kernel.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The caller of the current request, as the authentication mechanism left it. */
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddresses clientAddress;

    /** The caller; the access filter has already refused requests without one. */
    public Caller get() {
        Object caller = request.getAttribute(Caller.ATTRIBUTE);
        if (caller == null) {
            throw new ApiProblem(401, "missing_token", "Missing Bearer token");
        }
        return (Caller) caller;
    }

    public String userAgent() {
        return request.getHeader("User-Agent");
    }

    /** The client's address by the one rule ({@code TRUSTED_PROXIES}), as the audit trail and rate limits see it. */
    public String remoteAddress() {
        return clientAddress.of(request);
    }
}
