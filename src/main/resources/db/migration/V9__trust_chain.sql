-- The chain of trust: what ends a Gatehouse credential when the Clerk credential it came from ends.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.

-- The Clerk session (the sid of the JWT exchanged) a session was minted from; null for anonymous and local
-- sessions and for sessions minted before this release.
ALTER TABLE sessions ADD COLUMN clerk_session_id VARCHAR(128);
CREATE INDEX sessions_clerk_session ON sessions (clerk_session_id);

-- Clerk sessions Clerk reported ended (webhook or Backend API): a JWT carrying one of these sids is refused.
-- Kept a day (a Clerk session JWT lives a minute), then swept.
CREATE TABLE ended_clerk_sessions (
    clerk_session_id  VARCHAR(128) PRIMARY KEY,
    ended_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    reason            VARCHAR(32)  NOT NULL
);
CREATE INDEX ended_clerk_sessions_at ON ended_clerk_sessions (ended_at);

-- A user's lock: Clerk's banned and locked flags (from user.updated, ordered by clerk_updated_at), and a
-- Gatehouse-side lock set by an operator, which holds whatever Clerk says until an operator lifts it.
ALTER TABLE users ADD COLUMN clerk_banned BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE users ADD COLUMN clerk_locked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE users ADD COLUMN locked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE users ADD COLUMN locked_by VARCHAR(36);

-- Agent tokens expire (90 days unless asked otherwise); tokens created before this release get the default
-- counted from this migration. Their last use is kept to within a minute.
ALTER TABLE agent_tokens ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
UPDATE agent_tokens SET expires_at = CURRENT_TIMESTAMP + INTERVAL '90' DAY;
ALTER TABLE agent_tokens ALTER COLUMN expires_at SET NOT NULL;
ALTER TABLE agent_tokens ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
