-- Device ids are secrets: only their SHA-256 is kept. Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.
-- The hashing of existing ids follows in the Java migration 10.1 (io.gatehouse.accounts.DeviceIdHashing), since
-- the two databases share no SQL for a SHA-256 in hex of a text.

-- The column keeps its UNIQUE constraint (one principal per device, also when first mints race) and from now on
-- holds the lower-case hex SHA-256 of the device id's UTF-8 bytes.
ALTER TABLE principals RENAME COLUMN device_id TO device_hash;

-- An anonymous session's subject held the device id; it is now anon:<principal id>.
UPDATE sessions SET subject = 'anon:' || CAST(principal_id AS VARCHAR(36)) WHERE kind = 'anonymous';
