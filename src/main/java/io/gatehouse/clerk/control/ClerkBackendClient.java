package io.gatehouse.clerk.control;

import io.gatehouse.clerk.entity.ClerkProfile;
import io.gatehouse.clerk.entity.ClerkSessionStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Clerk's Backend API, used to complete a user's email and name when the token carries none, and to
 * delete a user who deletes their account. Short time-outs and no retries: an outage is logged and
 * never fails a request that does not depend on Clerk's answer.
 */
@ApplicationScoped
public class ClerkBackendClient {

    private static final Logger LOG = Logger.getLogger(ClerkBackendClient.class.getName());

    @Inject
    ClerkSettings settings;

    private Client client;

    @PostConstruct
    void open() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(3, TimeUnit.SECONDS)
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public boolean configured() {
        return settings.secretKey().isPresent();
    }

    /** The user's email and name from {@code GET /v1/users/{id}}, or empty on any failure. */
    public Optional<ClerkProfile> fetchProfile(String clerkUserId) {
        if (!configured()) {
            return Optional.empty();
        }
        try (Response response = user(clerkUserId).get()) {
            if (response.getStatus() != 200) {
                LOG.warning(() -> "Clerk Backend API answered " + response.getStatus() + " for user " + shortId(clerkUserId));
                return Optional.empty();
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
                JsonObject user = reader.readObject();
                return Optional.of(ClerkProfileClaims.from(asMap(user)));
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Clerk Backend API unreachable for user " + shortId(clerkUserId) + ": " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * Deletes the user in Clerk ({@code DELETE /v1/users/{id}}). True when Clerk deleted it or did not know
     * it (404); false, logged, on any other answer or when Clerk cannot be reached.
     */
    public boolean deleteUser(String clerkUserId) {
        if (!configured()) {
            LOG.warning(() -> "Cannot delete user " + shortId(clerkUserId) + " in Clerk: CLERK_SECRET_KEY is not set");
            return false;
        }
        try (Response response = user(clerkUserId).delete()) {
            int status = response.getStatus();
            if (status == 200 || status == 204 || status == 404) {
                return true;
            }
            LOG.warning(() -> "Clerk Backend API answered " + status + " to deleting user " + shortId(clerkUserId));
            return false;
        } catch (RuntimeException e) {
            LOG.warning(() -> "Clerk Backend API unreachable to delete user " + shortId(clerkUserId) + ": "
                    + e.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * The status of a Clerk session ({@code GET /v1/sessions/{id}}): Clerk's {@code status}, {@code not_found} for a
     * 404, or unknown when Clerk cannot be reached or fails (the caller decides; never throws). Never logged with
     * the session id.
     */
    public ClerkSessionStatus sessionStatus(String clerkSessionId) {
        if (!configured()) {
            return ClerkSessionStatus.UNKNOWN;
        }
        try (Response response = client.target(settings.apiUrl()).path("v1/sessions/{id}")
                .resolveTemplate("id", clerkSessionId)
                .request("application/json")
                .header("Authorization", "Bearer " + settings.secretKey().get())
                .get()) {
            if (response.getStatus() == 404) {
                return ClerkSessionStatus.NOT_FOUND;
            }
            if (response.getStatus() != 200) {
                return ClerkSessionStatus.UNKNOWN;
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
                JsonObject session = reader.readObject();
                return session.get("status") instanceof JsonString status
                        ? new ClerkSessionStatus(status.getString()) : ClerkSessionStatus.UNKNOWN;
            }
        } catch (RuntimeException e) {
            return ClerkSessionStatus.UNKNOWN;
        }
    }

    private Invocation.Builder user(String clerkUserId) {
        return client.target(settings.apiUrl()).path("v1/users/{id}")
                .resolveTemplate("id", clerkUserId)
                .request("application/json")
                .header("Authorization", "Bearer " + settings.secretKey().get());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(JsonObject user) {
        return (Map<String, Object>) JsonValues.toJava(user);
    }

    /** A user id shortened for logs. */
    public static String shortId(String id) {
        return id == null || id.length() <= 12 ? id : id.substring(0, 12) + "…";
    }
}
