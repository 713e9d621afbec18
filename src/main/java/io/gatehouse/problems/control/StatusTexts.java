package io.gatehouse.problems.control;

import jakarta.ws.rs.core.Response;

/** The {@code code} and {@code detail} of an error Gatehouse did not word itself: a runtime's or a server's status. */
public final class StatusTexts {

    private StatusTexts() {
    }

    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            default -> "http_" + status;
        };
    }

    public static String detailFor(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Missing Bearer token";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Request body too large";
            case 414 -> "Request URI too long";
            case 415 -> "Unsupported media type";
            case 431 -> "Request headers too large";
            default -> Response.Status.Family.familyOf(status) + " " + status;
        };
    }
}
