package io.gatehouse.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small HTTP client for the deployed Gatehouse, so integration tests read as requests and answers
 * rather than as {@link HttpClient} plumbing.
 *
 * <p>Paths are appended to the base URL with its trailing slashes removed: with Gatehouse at context root
 * {@code /}, Arquillian hands out {@code http://host:port/}, and {@code path("/auth/session")} must become
 * {@code http://host:port/auth/session}, not {@code //auth/session}. A non-root context path is kept.
 * No cookies are stored and redirects are not followed, so every test states exactly what it sends.
 */
public final class GatehouseClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String root;
    private final HttpClient http;

    public GatehouseClient(URL base) {
        URI uri;
        try {
            uri = Objects.requireNonNull(base, "base").toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable base URL: " + base, e);
        }
        String contextPath = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        this.root = uri.getScheme() + "://" + uri.getRawAuthority() + contextPath;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The absolute URI of a path such as {@code /auth/session} (query string allowed). */
    public URI uri(String path) {
        return URI.create(root + (path.startsWith("/") ? path : "/" + path));
    }

    public Request get(String path) {
        return request("GET", path);
    }

    public Request post(String path) {
        return request("POST", path);
    }

    public Request put(String path) {
        return request("PUT", path);
    }

    public Request patch(String path) {
        return request("PATCH", path);
    }

    public Request delete(String path) {
        return request("DELETE", path);
    }

    /** Any other method, e.g. {@code OPTIONS} for a CORS preflight. */
    public Request request(String method, String path) {
        return new Request(method, uri(path));
    }

    /** Signs in a device anonymously and returns the Gatehouse session token; fails the test unless 200. */
    public String anonymousToken(String deviceId) {
        String body = Json.createObjectBuilder().add("device_id", deviceId).build().toString();
        return tokenFrom(post("/auth/anonymous").json(body).send());
    }

    /** Exchanges a Clerk session JWT for a Gatehouse session token; fails the test unless 200. */
    public String sessionToken(String clerkJwt) {
        return tokenFrom(post("/auth/session").bearer(clerkJwt).send());
    }

    private static String tokenFrom(HttpReply reply) {
        assertEquals(200, reply.status(), () -> "unexpected answer: " + reply);
        return reply.json().getString("token");
    }

    /** One request being put together; {@link #send()} sends it. */
    public final class Request {

        private final String method;
        private final URI uri;
        private final List<String[]> headers = new ArrayList<>();
        private final List<String> cookies = new ArrayList<>();
        private BodyPublisher body = BodyPublishers.noBody();

        private Request(String method, URI uri) {
            this.method = method;
            this.uri = uri;
        }

        /** A JSON body with {@code Content-Type: application/json}. */
        public Request json(String json) {
            return body("application/json", json);
        }

        /** A text body (UTF-8) with the given content type. */
        public Request body(String contentType, String content) {
            this.body = BodyPublishers.ofString(content);
            return header("Content-Type", contentType);
        }

        /** A body of raw bytes (not necessarily UTF-8, not necessarily JSON) with the given content type. */
        public Request bytes(String contentType, byte[] content) {
            this.body = BodyPublishers.ofByteArray(content);
            return header("Content-Type", contentType);
        }

        public Request bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        /** Adds a cookie; several cookies go out in one {@code Cookie} header. */
        public Request cookie(String name, String value) {
            cookies.add(name + "=" + value);
            return this;
        }

        /** Adds a header (repeating a name sends it several times). */
        public Request header(String name, String value) {
            headers.add(new String[] {name, value});
            return this;
        }

        /** Sends the request; I/O failures come back unchecked so tests need no {@code throws}. */
        public HttpReply send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).method(method, body);
            headers.forEach(h -> builder.header(h[0], h[1]));
            if (!cookies.isEmpty()) {
                builder.header("Cookie", String.join("; ", cookies));
            }
            try {
                var response = http.send(builder.build(), BodyHandlers.ofString());
                return new HttpReply(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + uri + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during " + method + " " + uri, e);
            }
        }
    }
}
