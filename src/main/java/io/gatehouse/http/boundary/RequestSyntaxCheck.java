package io.gatehouse.http.boundary;

import io.gatehouse.http.control.MediaTypeSyntax;
import io.gatehouse.http.control.PercentEncoding;
import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.problems.control.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * Refuses, with a 400 in Gatehouse's JSON, a request whose URL or media-type headers the JAX-RS runtimes would fail to
 * parse before any Gatehouse code runs: a {@code %} escape that is not two hex digits or does not decode to UTF-8
 * (Payara and WildFly disagree on those), and a {@code Content-Type}, {@code Accept} or {@code Accept-Language} outside
 * RFC 9110's grammar ({@link MediaTypeSyntax}). RESTEasy parses all of them on every request and logs a stack trace
 * when it cannot; Jersey answers with its server's HTML page. A servlet filter, so it runs before either runtime.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestSyntaxCheck extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String BAD_ESCAPE = "Malformed URL: a % escape must be two hex digits that decode to UTF-8";
    static final String BAD_CONTENT_TYPE = "Content-Type is not a media type (RFC 9110 section 8.3)";
    static final String BAD_ACCEPT = "Accept is not a list of media ranges (RFC 9110 section 12.5.1)";
    static final String BAD_ACCEPT_LANGUAGE = "Accept-Language is not a list of language ranges (RFC 9110 section 12.5.4)";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String refusal = refusalOf(request);
        if (refusal != null) {
            ServletProblems.write(request, response, ApiProblem.badRequest("invalid_request", refusal));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why the request cannot be parsed, or {@code null}. */
    static String refusalOf(HttpServletRequest request) {
        if (!PercentEncoding.isWellFormed(request.getRequestURI()) || !PercentEncoding.isWellFormed(request.getQueryString())) {
            return BAD_ESCAPE;
        }
        List<String> contentType = Collections.list(request.getHeaders("Content-Type"));
        if (contentType.size() > 1 || contentType.size() == 1 && !MediaTypeSyntax.isContentType(contentType.get(0))) {
            return BAD_CONTENT_TYPE;
        }
        if (!Collections.list(request.getHeaders("Accept")).stream().allMatch(MediaTypeSyntax::isAccept)) {
            return BAD_ACCEPT;
        }
        if (!Collections.list(request.getHeaders("Accept-Language")).stream().allMatch(MediaTypeSyntax::isAcceptLanguage)) {
            return BAD_ACCEPT_LANGUAGE;
        }
        return null;
    }
}
