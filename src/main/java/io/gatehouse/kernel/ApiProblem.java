package io.gatehouse.kernel;

import java.util.Map;

/**
 * A refusal with its HTTP status, the client-facing {@code detail}, a stable machine {@code code} and
 * whether retrying later can help. Thrown by controls and resources; rendered by {@link ApiProblemMapper}.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final boolean retryable;
    private final Map<String, String> headers;

    public ApiProblem(int status, String code, String detail, boolean retryable, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.retryable = retryable;
        this.headers = Map.copyOf(headers);
    }

    public ApiProblem(int status, String code, String detail) {
        this(status, code, detail, false, Map.of());
    }

    public static ApiProblem badRequest(String code, String detail) {
        return new ApiProblem(400, code, detail);
    }

    public static ApiProblem unprocessable(String detail) {
        return new ApiProblem(422, "validation_failed", detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "not_found", detail);
    }

    public static ApiProblem conflict(String code, String detail) {
        return new ApiProblem(409, code, detail);
    }

    public int status() {
        return status;
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

    public Map<String, String> headers() {
        return headers;
    }
}
