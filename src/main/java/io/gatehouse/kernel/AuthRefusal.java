package io.gatehouse.kernel;


/** Why a presented credential was not accepted, with the status and detail the client sees. */
public record AuthRefusal(int status, String code, String detail, boolean retryable) {

    /** Request attribute under which the mechanism leaves the refusal for the access filter. */
    public static final String ATTRIBUTE = AuthRefusal.class.getName();

    public static AuthRefusal invalid(String reason) {
        return new AuthRefusal(401, "invalid_token", "Invalid token: " + reason, false);
    }

    public static AuthRefusal expired() {
        return new AuthRefusal(401, "token_expired", "Token expired", false);
    }

    public static AuthRefusal unauthorized(String code, String detail) {
        return new AuthRefusal(401, code, detail, false);
    }

    public static AuthRefusal unavailable(String code, String detail) {
        return new AuthRefusal(503, code, detail, true);
    }
}
