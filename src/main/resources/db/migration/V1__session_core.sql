-- Gatehouse core schema. Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.

-- Everyone who can own rows: a signed-in user or an anonymous device.
CREATE TABLE principals (
    id          UUID PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL,
    device_id   VARCHAR(128) UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which user an anonymous device was rebound to: one row per device, so one owner.
CREATE TABLE rebinds (
    anonymous_id  UUID PRIMARY KEY REFERENCES principals (id) ON DELETE CASCADE,
    user_id       UUID NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    rebound_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The identity of a signed-in principal, synced from Clerk.
CREATE TABLE users (
    principal_id  UUID PRIMARY KEY REFERENCES principals (id) ON DELETE CASCADE,
    clerk_user_id VARCHAR(128) NOT NULL UNIQUE,
    email         VARCHAR(320),
    name          VARCHAR(256),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Opaque session tokens, stored only as the hex SHA-256 of the token.
CREATE TABLE sessions (
    id            UUID PRIMARY KEY,
    token_hash    CHAR(64)     NOT NULL UNIQUE,
    principal_id  UUID         NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    kind          VARCHAR(16)  NOT NULL,
    subject       VARCHAR(128) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    user_agent    VARCHAR(256),
    ip            VARCHAR(64)
);
CREATE INDEX sessions_principal ON sessions (principal_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- Plan and credits, created on first bootstrap.
CREATE TABLE profiles (
    principal_id  UUID PRIMARY KEY REFERENCES principals (id) ON DELETE CASCADE,
    plan          VARCHAR(32) NOT NULL,
    credits_used  INTEGER     NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The first owned artifact: moved by rebind.
CREATE TABLE projects (
    id          UUID PRIMARY KEY,
    owner_id    UUID         NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX projects_owner ON projects (owner_id);
