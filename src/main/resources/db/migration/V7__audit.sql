-- Audit trail: security events (exchanges, mints, rebinds, logouts, revocations, refused tokens, webhook
-- deliveries, user deletions). Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.

-- No foreign keys: the trail outlives the users and sessions it names. Never a token, a hash, a secret or
-- an email: detail is a short key=value text with shortened ids only. principal_id and session_id are UUIDs
-- as text: EclipseLink 4 cannot read a NULL from a UUID column.
CREATE TABLE audit_events (
    id            UUID PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type    VARCHAR(40)  NOT NULL,
    principal_id  VARCHAR(36),
    session_id    VARCHAR(36),
    reason        VARCHAR(64),
    ip            VARCHAR(64),
    detail        VARCHAR(256)
);
-- Newest first, keyset on (occurred_at, id); the retention sweep reads the same index from its old end.
CREATE INDEX audit_events_newest ON audit_events (occurred_at DESC, id DESC);
-- The same order within one type (?type=).
CREATE INDEX audit_events_type_newest ON audit_events (event_type, occurred_at DESC, id DESC);
