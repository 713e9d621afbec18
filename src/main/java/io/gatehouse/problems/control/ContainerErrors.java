package io.gatehouse.problems.control;

import io.gatehouse.kernel.ApiProblem;
import java.util.Map;

/**
 * The problem to answer when the server, not Gatehouse, failed a request: a status it sent itself (an unparsable
 * header, a method its own servlets do not implement, an unknown path under them) or an exception it threw. An
 * exception the server threw while reading the request, before any Gatehouse code ran, is the client's: a 400. One
 * thrown after, or by Gatehouse's own code, is a bug: a 500 (the server logs it). A server's 501 (a method its
 * servlet does not implement) is a 405: Gatehouse never answers 5xx for a request it could tell was wrong.
 */
public final class ContainerErrors {

    static final String UNREADABLE = "Bad request: the server could not read the request";
    static final String SERVER_METHODS = "GET, HEAD, OPTIONS";

    private ContainerErrors() {
    }

    /**
     * @param status  the status the server was sending, or {@code null}
     * @param error   the exception it caught, or {@code null}
     * @param entered whether the request had reached Gatehouse's filters when it failed
     */
    public static ApiProblem problemFor(Integer status, Throwable error, boolean entered) {
        if (error != null) {
            return entered || thrownByGatehouse(error) ? internal() : ApiProblem.badRequest("bad_request", UNREADABLE);
        }
        int code = status == null ? 500 : status;
        if (code == 501) {
            return new ApiProblem(405, StatusTexts.codeFor(405), StatusTexts.detailFor(405), false,
                    Map.of("Allow", SERVER_METHODS));
        }
        if (code == 503) {
            return new ApiProblem(503, "temporarily_unavailable", "Service unavailable: retry shortly", true,
                    Map.of("Retry-After", "5"));
        }
        if (code < 400 || code >= 500) {
            return internal();
        }
        return new ApiProblem(code, StatusTexts.codeFor(code), StatusTexts.detailFor(code));
    }

    private static ApiProblem internal() {
        return new ApiProblem(500, "internal_error", "Internal server error");
    }

    /** Whether the innermost cause was thrown in Gatehouse's own code (its first frame outside the JDK). */
    static boolean thrownByGatehouse(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        for (StackTraceElement frame : root.getStackTrace()) {
            String type = frame.getClassName();
            if (!(type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun."))) {
                return type.startsWith("io.gatehouse.");
            }
        }
        return false;
    }
}
