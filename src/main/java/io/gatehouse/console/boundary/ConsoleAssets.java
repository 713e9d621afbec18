package io.gatehouse.console.boundary;

import io.gatehouse.console.control.ConsoleFiles;
import io.gatehouse.console.entity.ConsoleAsset;
import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.problems.control.FeatureProblems;
import io.gatehouse.problems.control.ServletProblems;
import io.gatehouse.problems.control.StatusTexts;
import io.gatehouse.ratelimit.control.RateLimiter;
import io.gatehouse.ratelimit.entity.Bucket;
import io.gatehouse.ratelimit.entity.RateLimitException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the console's static files ({@code GET}/{@code HEAD /console/…}). A servlet of its own because the JAX-RS
 * application is mapped to {@code /*} on both servers, so the container's default servlet never sees a request; this
 * longer mapping wins over it for {@code /console} and everything below. The files are public (they hold no data), and
 * each request counts per client address in the public rate limit, as a request to an unknown path does ({@code OPTIONS}
 * excepted); over it the answer is the usual {@code 429}. Anything not there is the usual JSON {@code 404}, any other
 * method a {@code 405}.
 */
@WebServlet(urlPatterns = ConsoleFiles.ROOT + "/*", asyncSupported = true)
public class ConsoleAssets extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String ALLOW = "GET, HEAD, OPTIONS";

    @Inject
    transient RateLimiter limiter;

    private transient ConsoleFiles files;

    @Override
    public void init() {
        files = new ConsoleFiles(getServletContext()::getResourceAsStream);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if ("OPTIONS".equals(method)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            response.setHeader("Allow", ALLOW);
            return;
        }
        RateLimitException overLimit = limiter.admit(Bucket.PUBLIC, null, response);
        if (overLimit != null) {
            ServletProblems.write(request, response, FeatureProblems.of(overLimit));
            return;
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            ServletProblems.write(request, response, new ApiProblem(405, StatusTexts.codeFor(405), StatusTexts.detailFor(405),
                    false, Map.of("Allow", ALLOW)));
            return;
        }
        Optional<ConsoleAsset> asset = files.find(request.getPathInfo());
        if (asset.isEmpty()) {
            ServletProblems.write(request, response, ApiProblem.notFound(StatusTexts.detailFor(404)));
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(asset.get().contentType());
        response.setContentLength(asset.get().body().length);
        if ("GET".equals(method)) {
            response.getOutputStream().write(asset.get().body());
        }
    }
}
