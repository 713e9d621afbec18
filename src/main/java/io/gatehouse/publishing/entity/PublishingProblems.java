package io.gatehouse.publishing.entity;

import io.gatehouse.kernel.ApiProblem;

/** The refusals of publishing and the public API, so every 422 carries the same code. */
public final class PublishingProblems {

    public static final String INVALID_REQUEST = "invalid_request";

    private PublishingProblems() {
    }

    public static ApiProblem invalid(String detail) {
        return new ApiProblem(422, INVALID_REQUEST, detail);
    }

    public static ApiProblem projectNotFound() {
        return ApiProblem.notFound("Project not found");
    }

    public static ApiProblem notPublished() {
        return ApiProblem.notFound("Project is not published");
    }

    public static ApiProblem shareNotFound() {
        return ApiProblem.notFound("Share not found");
    }

    public static ApiProblem creatorNotFound() {
        return ApiProblem.notFound("Creator not found");
    }
}
