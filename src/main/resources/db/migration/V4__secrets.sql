-- Secrets: a principal's API keys, AES-256-GCM sealed (IV, ciphertext and tag in one value).
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15 (H2 reads BYTEA as BINARY VARYING).

-- One row per owner and name. The random id is part of the sealed value's associated data, so a
-- sealed value copied into another row does not decrypt; the owner is not, so rebind moves rows as they are.
CREATE TABLE secrets (
    owner_id    UUID        NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    name        VARCHAR(32) NOT NULL,
    id          UUID        NOT NULL UNIQUE,
    ciphertext  BYTEA       NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (owner_id, name)
);
