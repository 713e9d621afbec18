-- Hardening: every revocation of a credential Gatehouse issued (session or agent token), journalled in the
-- transaction that revokes it, so each instance can reconcile its in-memory copy with the database every
-- CLUSTER_RECONCILE_SECONDS, reading only what changed since its last pass (the index on revoked_at). Rows of
-- users deleted since stay here (sessions rows go with their user). Kept two days, then swept.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE revoked_tokens (
    id          VARCHAR(36)              PRIMARY KEY,
    token_hash  CHAR(64)                 NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX revoked_tokens_revoked_at ON revoked_tokens (revoked_at, token_hash);
