package io.gatehouse.webhooks.control;

import io.gatehouse.webhooks.entity.WebhookException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.clerk.control.JsonValues;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;

/**
 * A Clerk webhook event: {@code {"type", "data", "timestamp"}}. For user events {@code data} is Clerk's
 * user object (or {@code {"id", "deleted": true}}).
 *
 * @param type      e.g. {@code user.updated}
 * @param data      the event's object as plain Java values
 * @param changedAt when Clerk changed the object (its {@code updated_at}, else the event's timestamp),
 *                  epoch milliseconds
 */
record ClerkEvent(String type, Map<String, Object> data, long changedAt) {

    @SuppressWarnings("unchecked")
    static ClerkEvent parse(String payload) {
        JsonObject event;
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            event = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new WebhookException(Reason.INVALID, "invalid_event", "The webhook body is not a JSON object");
        }
        if (!(event.get("type") instanceof JsonString type)
                || !(event.get("data") instanceof JsonObject data)) {
            throw new WebhookException(Reason.INVALID, "invalid_event", "The webhook body needs a type and a data object");
        }
        Map<String, Object> values = (Map<String, Object>) JsonValues.toJava(data);
        long changedAt = millis(data.get("updated_at")).orElse(millis(event.get("timestamp")).orElse(0L));
        return new ClerkEvent(type.getString(), values, changedAt);
    }

    /** The {@code data.id} of the event, e.g. the Clerk user id. */
    String objectId() {
        return data.get("id") instanceof String id && !id.isBlank() ? id : null;
    }

    /**
     * The id the audit trail names for this event: the Clerk user's. For session events that is {@code user_id},
     * never the session's id, which is a credential's and is not logged.
     */
    String auditedId() {
        if (type.startsWith("session.")) {
            return data.get("user_id") instanceof String userId && !userId.isBlank() ? userId : null;
        }
        return objectId();
    }

    private static Optional<Long> millis(JsonValue value) {
        return value instanceof JsonNumber number
                ? Optional.of(number.longValue())
                : Optional.empty();
    }
}
