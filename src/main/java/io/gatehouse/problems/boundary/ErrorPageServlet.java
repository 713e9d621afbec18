package io.gatehouse.problems.boundary;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.problems.control.ContainerErrors;
import io.gatehouse.problems.control.ServletProblems;
import io.gatehouse.problems.entity.ProblemStyle;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the web application ({@code WEB-INF/web.xml}): whatever the server itself answers with an error
 * inside Gatehouse's context (an unparsable request line or header it refused, its own health, metrics and OpenAPI
 * servlets, an exception it caught) goes out in Gatehouse's JSON instead of the server's HTML page, which names the
 * server and, on WildFly, shows the stack trace. Requested directly, it does not exist.
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/.gatehouse-error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            ServletProblems.write(response, ContainerErrors.problemFor(404, null, true));
            return;
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ApiProblem problem = ContainerErrors.problemFor(status instanceof Integer code ? code : null,
                error instanceof Throwable thrown ? thrown : null, request.getAttribute(RequestEntered.ATTRIBUTE) != null);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.resetBuffer();
        ServletProblems.write(response, problem, ProblemStyle.ofPath(uri instanceof String path ? path : ""));
    }
}
