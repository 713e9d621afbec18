package io.gatehouse.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for Clerk that listens on loopback, so the integration tests never need the real Clerk.
 *
 * <p>It plays the parts of Clerk that Gatehouse talks to: the JWKS endpoint the session tokens are
 * verified against, the OAuth authorization-server metadata, and the Backend API's {@code GET} and
 * {@code DELETE /v1/users/{id}}. Tests flip each one unavailable,
 * rotate keys and count requests to check Gatehouse's caching and failure handling. One instance is
 * shared per JVM ({@link #shared()}) because every deployment of the suite is configured with its
 * address once; tests therefore call {@link #reset()} and compare counters before and after instead of
 * expecting them to start at zero.
 */
public final class FakeClerk {

    /** The Backend API secret the deployments are configured with; any other bearer gets 401. */
    public static final String SECRET_KEY = "sk_test_gatehouse_fake";

    private static final String JWKS_PATH = "/.well-known/jwks.json";
    private static final String AUTHORIZATION_SERVER_PATH = "/.well-known/oauth-authorization-server";
    private static final String USERS_PREFIX = "/v1/users/";
    private static final String SESSIONS_PREFIX = "/v1/sessions/";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] KID_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final HttpServer server;
    private final RSAKey signingKey;
    /** Published public keys by kid, in publication order; guarded by {@code this}. */
    private final Map<String, RSAKey> published = new LinkedHashMap<>();
    private final Map<String, String> users = new ConcurrentHashMap<>();
    /** Clerk session statuses set by tests; a session not listed is {@code active}; {@code null} status = 404. */
    private final Map<String, String> sessionStatuses = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> sessionChecks = new ConcurrentHashMap<>();
    private final AtomicInteger jwksRequests = new AtomicInteger();
    private final AtomicInteger backendRequests = new AtomicInteger();
    private final AtomicInteger authorizationServerRequests = new AtomicInteger();
    private final AtomicReference<String> lastBackendPath = new AtomicReference<>();
    private final List<String> deletedUsers = new CopyOnWriteArrayList<>();
    private volatile boolean jwksAvailable = true;
    private volatile boolean backendAvailable = true;
    private volatile boolean authorizationServerAvailable = true;
    private volatile int deleteStatus;

    private FakeClerk() throws IOException {
        signingKey = newKey();
        published.put(signingKey.getKeyID(), signingKey.toPublicJWK());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"),
                Integer.getInteger("fakeclerk.port", 0)), 0);
        server.setExecutor(daemonExecutor());
        server.createContext("/", this::handle);
        server.createContext("/dev/token", this::devToken);
        startAsDaemon(server);
    }

    /**
     * {@code GET /dev/token?sub=user_x&email=...&name=...}: a signed session JWT valid for five minutes,
     * for trying Gatehouse by hand with {@link FakeClerkServer}. Never part of a real Clerk.
     */
    private void devToken(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        Map<String, String> query = new java.util.HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
                        kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
            }
        }
        ClerkToken token = token().subject(query.getOrDefault("sub", "user_dev"))
                .expiresAt(java.time.Instant.now().plusSeconds(300));
        if (query.containsKey("email")) {
            token.claim("email", query.get("email"));
        }
        if (query.containsKey("name")) {
            token.claim("name", query.get("name"));
        }
        byte[] body = token.sign().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The one fake of this JVM, started on first use. */
    public static FakeClerk shared() {
        return Holder.INSTANCE;
    }

    /** Lazy, thread-safe start: the JVM initialises the holder class exactly once. */
    private static final class Holder {
        static final FakeClerk INSTANCE = start();

        private static FakeClerk start() {
            try {
                return new FakeClerk();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the fake Clerk on 127.0.0.1", e);
            }
        }
    }

    /** A fresh RSA 2048 signing key with a Clerk-like kid; also used for unknown-kid and rotation tests. */
    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID("ins_test_" + randomChars(20))
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate an RSA key", e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jwksUrl() {
        return issuer() + JWKS_PATH;
    }

    /** Base of the Backend API, the counterpart of {@code https://api.clerk.com}. */
    public String apiUrl() {
        return issuer();
    }

    /** The key (private part included) that {@link #token()} signs with. */
    public RSAKey signingKey() {
        return signingKey;
    }

    /** A session token builder pre-filled like Clerk's default session token, signed with {@link #signingKey()}. */
    public ClerkToken token() {
        return new ClerkToken(signingKey, issuer());
    }

    // ---- JWKS ----

    public int jwksRequests() {
        return jwksRequests.get();
    }

    /** When false the JWKS endpoint answers 503, as during a Clerk outage. */
    public void jwksAvailable(boolean available) {
        jwksAvailable = available;
    }

    /** Adds (or replaces) a key in the published set; only its public part is ever served. */
    public synchronized void publish(RSAKey key) {
        Objects.requireNonNull(key.getKeyID(), "a published key needs a kid");
        published.put(key.getKeyID(), key.toPublicJWK());
    }

    public synchronized void unpublish(String kid) {
        published.remove(kid);
    }

    private synchronized List<JWK> publishedKeys() {
        return new ArrayList<>(published.values());
    }

    // ---- OAuth authorization-server metadata ----

    /** When false {@code /.well-known/oauth-authorization-server} answers 503, as during a Clerk outage. */
    public void authorizationServerAvailable(boolean available) {
        authorizationServerAvailable = available;
    }

    /** How many times the authorization-server metadata was asked for. */
    public int authorizationServerRequests() {
        return authorizationServerRequests.get();
    }

    /** The RFC 8414 document Clerk serves for an instance, shaped like the real one. */
    public String authorizationServerMetadata() {
        String issuer = issuer();
        return Json.createObjectBuilder()
                .add("issuer", issuer)
                .add("authorization_endpoint", issuer + "/oauth/authorize")
                .add("token_endpoint", issuer + "/oauth/token")
                .add("registration_endpoint", issuer + "/oauth/register")
                .add("revocation_endpoint", issuer + "/oauth/token/revoke")
                .add("userinfo_endpoint", issuer + "/oauth/userinfo")
                .add("jwks_uri", jwksUrl())
                .add("scopes_supported", Json.createArrayBuilder().add("openid").add("profile").add("email")
                        .add("offline_access").add("public_metadata").add("private_metadata"))
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("grant_types_supported", Json.createArrayBuilder().add("authorization_code").add("refresh_token"))
                .add("code_challenge_methods_supported", Json.createArrayBuilder().add("S256"))
                .add("token_endpoint_auth_methods_supported", Json.createArrayBuilder()
                        .add("client_secret_basic").add("client_secret_post").add("none"))
                .build()
                .toString();
    }

    // ---- Backend API ----

    /**
     * Registers a user for {@code GET /v1/users/{id}}. The primary address is deliberately the second of
     * two, so the code under test must follow {@code primary_email_address_id} rather than take the first.
     * A null email gives a user without addresses; null names are served as JSON null, as Clerk does.
     */
    public void putUser(String id, String email, String firstName, String lastName) {
        users.put(id, userJson(id, email, firstName, lastName));
    }

    /**
     * How {@code GET /v1/sessions/{id}} answers for this Clerk session from now on: its {@code status}
     * ({@code active}, {@code ended}, {@code revoked}, {@code removed}, …), or 404 when {@code status} is
     * {@code "missing"}. A session never set is {@code active}.
     */
    public void sessionStatus(String sessionId, String status) {
        sessionStatuses.put(sessionId, status);
    }

    /** How many times Gatehouse asked for this Clerk session's status. */
    public int sessionChecks(String sessionId) {
        AtomicInteger count = sessionChecks.get(sessionId);
        return count == null ? 0 : count.get();
    }

    /** When false the Backend API answers 500. */
    public void backendAvailable(boolean available) {
        backendAvailable = available;
    }

    public int backendRequests() {
        return backendRequests.get();
    }

    /** Path of the latest Backend API request, or null if there has been none. */
    public String lastBackendPath() {
        return lastBackendPath.get();
    }

    /**
     * How {@code DELETE /v1/users/{id}} answers from now on: {@code 0} (the default) deletes a known user
     * (200) and answers 404 for an unknown one; any other value is answered as that status.
     */
    public void deleteAnswers(int status) {
        deleteStatus = status;
    }

    /** The user ids Clerk deleted (answered 200 to), in order. */
    public List<String> deletedUsers() {
        return List.copyOf(deletedUsers);
    }

    /** Undoes what tests switch: every endpoint available and answering normally, only the signing key published. */
    public synchronized void reset() {
        jwksAvailable = true;
        backendAvailable = true;
        authorizationServerAvailable = true;
        deleteStatus = 0;
        sessionStatuses.clear();
        published.clear();
        published.put(signingKey.getKeyID(), signingKey.toPublicJWK());
    }

    // ---- HTTP ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (JWKS_PATH.equals(path)) {
                serveJwks(exchange);
            } else if (AUTHORIZATION_SERVER_PATH.equals(path)) {
                serveAuthorizationServer(exchange);
            } else if (path.startsWith(USERS_PREFIX)) {
                serveUser(exchange, path);
            } else if (path.startsWith(SESSIONS_PREFIX)) {
                serveSession(exchange, path);
            } else {
                respond(exchange, 404, error("resource_not_found"));
            }
        }
    }

    private void serveJwks(HttpExchange exchange) throws IOException {
        jwksRequests.incrementAndGet();
        if (!"GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, error("method_not_allowed"));
        } else if (!jwksAvailable) {
            respond(exchange, 503, error("service_unavailable"));
        } else {
            respond(exchange, 200, new JWKSet(publishedKeys()).toString(true));
        }
    }

    private void serveAuthorizationServer(HttpExchange exchange) throws IOException {
        authorizationServerRequests.incrementAndGet();
        if (!"GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, error("method_not_allowed"));
        } else if (!authorizationServerAvailable) {
            respond(exchange, 503, error("service_unavailable"));
        } else {
            respond(exchange, 200, authorizationServerMetadata());
        }
    }

    private void serveUser(HttpExchange exchange, String path) throws IOException {
        backendRequests.incrementAndGet();
        lastBackendPath.set(path);
        String id = path.substring(USERS_PREFIX.length());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (!backendAvailable) {
            respond(exchange, 500, error("internal_clerk_error"));
        } else if (!("Bearer " + SECRET_KEY).equals(authorization)) {
            respond(exchange, 401, error("authentication_invalid"));
        } else if ("DELETE".equals(exchange.getRequestMethod())) {
            deleteUser(exchange, id);
        } else if (!"GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, error("method_not_allowed"));
        } else if (id.isEmpty() || id.contains("/") || !users.containsKey(id)) {
            respond(exchange, 404, error("resource_not_found"));
        } else {
            respond(exchange, 200, users.get(id));
        }
    }

    private void serveSession(HttpExchange exchange, String path) throws IOException {
        backendRequests.incrementAndGet();
        lastBackendPath.set(path);
        String id = path.substring(SESSIONS_PREFIX.length());
        sessionChecks.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String status = sessionStatuses.getOrDefault(id, "active");
        if (!backendAvailable) {
            respond(exchange, 500, error("internal_clerk_error"));
        } else if (!("Bearer " + SECRET_KEY).equals(authorization)) {
            respond(exchange, 401, error("authentication_invalid"));
        } else if (!"GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, error("method_not_allowed"));
        } else if (id.isEmpty() || id.contains("/") || "missing".equals(status)) {
            respond(exchange, 404, error("resource_not_found"));
        } else {
            respond(exchange, 200, Json.createObjectBuilder().add("id", id).add("object", "session")
                    .add("status", status).add("user_id", "user_unknown").build().toString());
        }
    }

    private void deleteUser(HttpExchange exchange, String id) throws IOException {
        if (deleteStatus != 0) {
            respond(exchange, deleteStatus, deleteStatus < 300 ? deleted(id) : error("internal_clerk_error"));
        } else if (users.remove(id) != null) {
            deletedUsers.add(id);
            respond(exchange, 200, deleted(id));
        } else {
            respond(exchange, 404, error("resource_not_found"));
        }
    }

    private static String deleted(String id) {
        return Json.createObjectBuilder().add("id", id).add("object", "user").add("deleted", true).build().toString();
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String error(String code) {
        return Json.createObjectBuilder()
                .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", code)))
                .build()
                .toString();
    }

    private static String userJson(String id, String email, String firstName, String lastName) {
        JsonObjectBuilder user = Json.createObjectBuilder().add("id", id).add("object", "user");
        addNullable(user, "first_name", firstName);
        addNullable(user, "last_name", lastName);
        JsonArrayBuilder addresses = Json.createArrayBuilder();
        if (email == null) {
            user.addNull("primary_email_address_id");
        } else {
            user.add("primary_email_address_id", "idn_1");
            addresses.add(Json.createObjectBuilder().add("id", "idn_0").add("email_address", "other-" + email));
            addresses.add(Json.createObjectBuilder().add("id", "idn_1").add("email_address", email));
        }
        return user.add("email_addresses", addresses).build().toString();
    }

    private static void addNullable(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }

    /** Handler threads must not keep the test JVM alive once the tests are done. */
    private static ExecutorService daemonExecutor() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-clerk-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The JDK server's dispatcher thread inherits the daemon flag of the thread that starts it, so
     * starting it from a daemon thread keeps it from holding the JVM open as well.
     */
    private static void startAsDaemon(HttpServer server) {
        Thread starter = new Thread(server::start, "fake-clerk-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the fake Clerk", e);
        }
    }

    private static String randomChars(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = KID_ALPHABET[RANDOM.nextInt(KID_ALPHABET.length)];
        }
        return new String(chars);
    }
}
