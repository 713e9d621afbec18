package io.gatehouse.problems.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Marks a request that the server read well enough to hand to Gatehouse's filters, so the error page can tell an
 * exception the server threw while reading a malformed request (the client's fault) from a failure after it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestEntered extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = RequestEntered.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
        chain.doFilter(request, response);
    }
}
