-- The admin API: who performed an admin action, and the reads the operations console makes.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.

-- The operator of an admin action (admin.sign_out, admin.session_revoke, admin.lock, admin.unlock), a principal
-- id as text like principal_id (no foreign key: the trail outlives its users); NULL for every other event.
ALTER TABLE audit_events ADD COLUMN actor_id VARCHAR(36);
-- GET /api/v1/audit?user=… and ?actor=…: newest first within one principal or one operator, keyset on (occurred_at, id).
CREATE INDEX audit_events_principal_newest ON audit_events (principal_id, occurred_at DESC, id DESC);
CREATE INDEX audit_events_actor_newest ON audit_events (actor_id, occurred_at DESC, id DESC);

-- GET /api/v1/admin/users: every user, newest first, keyset on (created_at, principal_id).
CREATE INDEX users_newest ON users (created_at DESC, principal_id DESC);
