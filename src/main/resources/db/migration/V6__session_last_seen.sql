-- When each session was last used. Written lazily: the request path records uses in memory
-- (sessions.SessionActivity) and a flush every minute moves the newest value here, never an older one.
-- A new session starts with last_seen_at = created_at; existing rows take the same value.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE sessions ADD COLUMN last_seen_at TIMESTAMP WITH TIME ZONE;
UPDATE sessions SET last_seen_at = created_at;
