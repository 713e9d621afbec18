package io.gatehouse.problems.entity;

import jakarta.ws.rs.core.UriInfo;

/**
 * The JSON shape of an error: the core's string {@code detail}, or under {@code /api/v1} Mission
 * Control's nested {@code detail} object, where every 401 reads "Not authenticated".
 */
public enum ProblemStyle {
    CORE,
    MISSION_CONTROL;

    static final String MISSION_CONTROL_PREFIX = "api/v1/";

    public static ProblemStyle of(UriInfo uri) {
        if (uri == null) {
            return CORE;
        }
        return ofPath(uri.getPath());
    }

    /** The style of a request path, relative to the application or absolute (the application is at the root). */
    public static ProblemStyle ofPath(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.startsWith(MISSION_CONTROL_PREFIX) || relative.equals("api/v1") ? MISSION_CONTROL : CORE;
    }
}
