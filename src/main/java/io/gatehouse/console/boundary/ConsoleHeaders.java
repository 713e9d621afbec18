package io.gatehouse.console.boundary;

import io.gatehouse.console.control.ConsoleFiles;
import io.gatehouse.console.control.ConsolePolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts the console's headers ({@link ConsolePolicy}: the {@code Content-Security-Policy} and its companions) on every
 * answer under {@code /console}, errors included, and answers {@code /console} and {@code /console/} with the page by
 * forwarding them to {@code /console/index.html}: no redirect, and the page names its files by absolute path, so both
 * addresses work alike. The files themselves are {@link ConsoleAssets}'.
 */
@WebFilter(urlPatterns = {ConsoleFiles.ROOT, ConsoleFiles.ROOT + "/*"}, asyncSupported = true)
public class ConsoleHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ConsolePolicy.HEADERS.forEach(response::setHeader);
        if (isPage(request.getServletPath(), request.getPathInfo())) {
            request.getRequestDispatcher(ConsoleFiles.INDEX).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the request names the console itself ({@code /console} or {@code /console/}) rather than one of its files. */
    static boolean isPage(String servletPath, String pathInfo) {
        String path = servletPath + (pathInfo == null ? "" : pathInfo);
        return ConsoleFiles.ROOT.equals(path) || (ConsoleFiles.ROOT + "/").equals(path);
    }
}
