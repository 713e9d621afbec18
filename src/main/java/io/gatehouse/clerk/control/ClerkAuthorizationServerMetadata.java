package io.gatehouse.clerk.control;

import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Clerk's OAuth authorization-server metadata (RFC 8414), from {@code CLERK_ISSUER/.well-known/oauth-authorization-server}:
 * fetched in the background at start-up, kept for an hour, then refreshed in the background while the old copy
 * is still served, and served however old while Clerk is unreachable. Short time-outs, no retries. It uses
 * the JDK's HTTP client, not the JAX-RS one: a JAX-RS client used in the background while Payara's Jersey is
 * still starting the application trips a known Jersey/HK2 race ("Could not find an implementation of
 * ClassAnalyzer with name CdiInjecteeSkippingClassAnalyzer") that fails the deployment.
 */
@ApplicationScoped
public class ClerkAuthorizationServerMetadata {

    static final String PATH = "/.well-known/oauth-authorization-server";
    /** How long a caller without any copy waits for a fetch already under way (the client time-outs bound it). */
    static final Duration FIRST_FETCH_WAIT = Duration.ofSeconds(6);
    private static final Duration TIME_TO_LIVE = Duration.ofHours(1);
    private static final int MAX_BYTES = 256 * 1024;
    private static final Logger LOG = Logger.getLogger(ClerkAuthorizationServerMetadata.class.getName());

    @Inject
    ClerkSettings settings;

    @Resource
    ManagedExecutorService executor;

    /** After a failed fetch, Clerk is not asked again for this long ({@code CLERK_METADATA_RETRY_SECONDS}). */
    @Inject
    @ConfigProperty(name = "clerk.metadata-retry-seconds", defaultValue = "30")
    int retrySeconds;

    private HttpClient client;
    private CachedDocument cache;

    @PostConstruct
    void open() {
        client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
        cache = new CachedDocument("Clerk's authorization-server metadata", this::fetch, executor,
                Clock.systemUTC(), TIME_TO_LIVE, Duration.ofSeconds(Math.max(1, retrySeconds)));
    }

    void onStart(@Observes StartupEvent event) {
        if (configured()) {
            cache.refresh();
        }
    }

    /** How long a client should wait before asking again when there is no document ({@code Retry-After}). */
    public int retryAfterSeconds() {
        return Math.max(1, retrySeconds);
    }

    /** Whether an issuer is configured ({@code CLERK_ISSUER}); without one there is no document to serve. */
    public boolean configured() {
        return settings.issuer().isPresent();
    }

    /** The document, possibly stale; empty when Clerk has not answered since start-up (or no issuer is configured). */
    public Optional<JsonObject> document() {
        return configured() ? cache.get(FIRST_FETCH_WAIT) : Optional.empty();
    }

    private JsonObject fetch() throws IOException {
        String issuer = settings.issuer().orElseThrow();
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + PATH))
                .timeout(Duration.ofSeconds(3))
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("Clerk answered " + response.statusCode());
            }
            JsonObject document = parse(body);
            if (!(document.get("issuer") instanceof JsonString named) || !issuer.equals(named.getString().replaceAll("/$", ""))) {
                LOG.warning(() -> "Clerk's authorization-server metadata names another issuer than CLERK_ISSUER ("
                        + document.get("issuer") + "); clients will reject it");
            }
            return document;
        }
    }

    /** The body as a JSON object; anything else (too long, not JSON, not an object) is a failure. */
    static JsonObject parse(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IOException("the document is longer than " + MAX_BYTES + " bytes");
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new IOException("the answer is not a JSON object", e);
        }
    }
}
