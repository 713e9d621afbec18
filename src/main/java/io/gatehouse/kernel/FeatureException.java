package io.gatehouse.kernel;

import java.util.Map;

/**
 * What a feature's control or entity throws when it refuses a request, in the domain's terms (a reason, a stable code,
 * the detail the client reads); each feature has its own subclass in its entity package. Controls never speak HTTP:
 * the problems boundary gives each reason its status and writes the documented JSON.
 */
public abstract class FeatureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a request was refused. */
    public enum Reason {
        INVALID, UNAUTHENTICATED, PAYMENT_REQUIRED, FORBIDDEN, NOT_FOUND, NOT_ALLOWED, CONFLICT, UNPROCESSABLE, LIMITED,
        FAILED, UPSTREAM_FAILED, UNAVAILABLE
    }

    private final Reason reason;
    private final String code;
    private final boolean retryable;
    private final transient Map<String, String> headers;

    protected FeatureException(Reason reason, String code, String detail, boolean retryable, Map<String, String> headers) {
        super(detail, null, false, false);
        this.reason = reason;
        this.code = code;
        this.retryable = retryable;
        this.headers = Map.copyOf(headers);
    }

    protected FeatureException(Reason reason, String code, String detail) {
        this(reason, code, detail, false, Map.of());
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public boolean retryable() {
        return retryable;
    }

    /** Extra answer headers, e.g. {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }
}
