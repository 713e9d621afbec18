package io.gatehouse.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A webhook delivery already applied, by its Svix message id. */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery {

    @Id
    @Column(name = "svix_id")
    private String svixId;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(String svixId, String eventType, OffsetDateTime receivedAt) {
        this.svixId = svixId;
        this.eventType = eventType;
        this.receivedAt = receivedAt;
    }
}
