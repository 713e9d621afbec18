package io.gatehouse.kernel;

/** The outcome of checking one credential: a caller or a refusal, never an exception. */
public sealed interface AuthResult {

    record Accepted(Caller caller) implements AuthResult {
    }

    record Refused(AuthRefusal refusal) implements AuthResult {
    }

    public static AuthResult accepted(Caller caller) {
        return new Accepted(caller);
    }

    public static AuthResult refused(AuthRefusal refusal) {
        return new Refused(refusal);
    }
}
