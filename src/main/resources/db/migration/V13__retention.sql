-- Retention sweeps (SESSION_RETENTION_DAYS, ANONYMOUS_RETENTION_DAYS, WEBHOOK_DELIVERY_RETENTION_DAYS): each reads
-- an index from its old end. Sessions are picked by expires_at (sessions_expires, V1). Plain SQL that runs unchanged
-- on H2 2.x and PostgreSQL 15.

-- Anonymous principals created before the cut-off, oldest first.
CREATE INDEX principals_kind_created ON principals (kind, created_at);
-- Applied webhook deliveries received before the cut-off.
CREATE INDEX webhook_deliveries_received ON webhook_deliveries (received_at);
