package io.gatehouse.publishing.entity;

import io.gatehouse.kernel.FeatureException.Reason;


/** The refusals of publishing and the public API, so every 422 carries the same code. */
public final class PublishingProblems {

    public static final String INVALID_REQUEST = "invalid_request";

    private PublishingProblems() {
    }

    public static PublishingException invalid(String detail) {
        return new PublishingException(Reason.UNPROCESSABLE, INVALID_REQUEST, detail);
    }

    public static PublishingException projectNotFound() {
        return new PublishingException(Reason.NOT_FOUND, "not_found", "Project not found");
    }

    public static PublishingException notPublished() {
        return new PublishingException(Reason.NOT_FOUND, "not_found", "Project is not published");
    }

    public static PublishingException shareNotFound() {
        return new PublishingException(Reason.NOT_FOUND, "not_found", "Share not found");
    }

    public static PublishingException creatorNotFound() {
        return new PublishingException(Reason.NOT_FOUND, "not_found", "Creator not found");
    }
}
