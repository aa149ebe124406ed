-- ParIndex survey service, schema version 66: login attempts on one key are counted one after another.
-- SQL that both Apache Derby and PostgreSQL accept.
--
-- throttle_lock: one row per throttle key a login attempt was counted for (the same SHA-256 as throttle_failure).
-- An attempt locks the rows of its keys (in key order, so two attempts never wait on each other in a circle) while
-- it counts the key's failures and records itself, and commits: concurrent attempts on one account or address, on
-- any instance of a cluster, see each other, so a burst gets exactly what the limit allows (V50's write-then-count
-- could refuse every attempt of a burst). A row lives until expires_at, like the failures it guards.
CREATE TABLE throttle_lock (
    throttle_key CHAR(64) NOT NULL PRIMARY KEY,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX ix_throttle_lock_expiry ON throttle_lock (expires_at);
