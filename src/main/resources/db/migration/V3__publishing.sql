-- Publishing: public share pages of projects, their tags, and the creator handle on users.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.

-- A user's public handle (/public/creators/{handle}); set on first publish. Several NULLs are allowed.
ALTER TABLE users ADD COLUMN handle VARCHAR(30);
ALTER TABLE users ADD CONSTRAINT users_handle_unique UNIQUE (handle);

-- A published project: one row per project, gone with the project (and so with its owner). No owner
-- column: the owner is the project's, so a rebind moves shares with their projects.
CREATE TABLE project_shares (
    project_id    UUID PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    slug          VARCHAR(64) NOT NULL UNIQUE,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    views         BIGINT DEFAULT 0 NOT NULL
);
-- The two feed orders, each with the project id as tie-breaker (keyset pagination).
CREATE INDEX project_shares_recent ON project_shares (published_at DESC, project_id DESC);
CREATE INDEX project_shares_popular ON project_shares (views DESC, project_id DESC);

CREATE TABLE project_tags (
    project_id  UUID        NOT NULL REFERENCES project_shares (project_id) ON DELETE CASCADE,
    tag         VARCHAR(32) NOT NULL,
    PRIMARY KEY (project_id, tag)
);
CREATE INDEX project_tags_tag ON project_tags (tag);
