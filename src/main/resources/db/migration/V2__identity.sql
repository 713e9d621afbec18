-- Identity: the Mission Control profile fields, organizations, agent tokens and webhook deliveries.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.

ALTER TABLE users ADD COLUMN preferred_name VARCHAR(256);
ALTER TABLE users ADD COLUMN pronouns VARCHAR(64);
ALTER TABLE users ADD COLUMN timezone VARCHAR(64);
ALTER TABLE users ADD COLUMN notes VARCHAR(4000);
ALTER TABLE users ADD COLUMN context VARCHAR(4000);
ALTER TABLE users ADD COLUMN is_super_admin BOOLEAN DEFAULT FALSE NOT NULL;
-- When Clerk last changed the user (epoch milliseconds) as far as Gatehouse applied it: an older
-- webhook event never overwrites newer data.
ALTER TABLE users ADD COLUMN clerk_updated_at BIGINT;

-- Clerk organizations seen in users' tokens, and each user's role in them.
CREATE TABLE organizations (
    id            UUID PRIMARY KEY,
    clerk_org_id  VARCHAR(128) NOT NULL UNIQUE,
    slug          VARCHAR(256),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE memberships (
    organization_id  UUID        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    principal_id     UUID        NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    role             VARCHAR(64) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, principal_id)
);
CREATE INDEX memberships_principal ON memberships (principal_id);

-- Long-lived tokens a user gives to agents, stored only as the hex SHA-256 of the token.
CREATE TABLE agent_tokens (
    id          UUID PRIMARY KEY,
    owner_id    UUID         NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    name        VARCHAR(100) NOT NULL,
    token_hash  CHAR(64)     NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX agent_tokens_owner ON agent_tokens (owner_id);

-- Clerk webhook deliveries already applied, by Svix message id: a retried delivery does nothing.
CREATE TABLE webhook_deliveries (
    svix_id      VARCHAR(128) PRIMARY KEY,
    event_type   VARCHAR(64)  NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
