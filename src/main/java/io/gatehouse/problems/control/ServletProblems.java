package io.gatehouse.problems.control;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.problems.entity.ProblemStyle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a problem where JAX-RS is not involved (a servlet filter refusing a WebSocket handshake, the error page),
 * in the same JSON shape and with the same headers as every other error.
 */
public final class ServletProblems {

    private ServletProblems() {
    }

    public static void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        write(response, problem, ProblemStyle.CORE);
    }

    /** The problem in the style of the request's path (Mission Control's under {@code /api/v1}). */
    public static void write(HttpServletRequest request, HttpServletResponse response, ApiProblem problem) throws IOException {
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        write(response, problem, ProblemStyle.ofPath(path));
    }

    public static void write(HttpServletResponse response, ApiProblem problem, ProblemStyle style) throws IOException {
        byte[] body = ProblemResponses.body(problem, style).toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        problem.headers().forEach(response::setHeader);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
