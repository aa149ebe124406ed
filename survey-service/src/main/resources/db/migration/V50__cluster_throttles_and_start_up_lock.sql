-- ParIndex survey service, schema version 50 (issue 12): state that must hold across a cluster of instances.
-- SQL that both Apache Derby and PostgreSQL accept.
--
-- throttle_failure: the failures the throttles count (failed logins per account and per address, unknown links
-- per client), one row each, shared by every instance on the database (platform.throttle). The key is a SHA-256
-- of scope and subject (no user name or address in clear); times are epoch milliseconds of the instance's clock.
-- A row lives until expires_at (its failure left the window), a successful login, or a refused attempt's undo.
-- pending = 1: a login attempt whose password is being checked (counted, but not yet known to have failed).
CREATE TABLE throttle_failure (
    id           BIGINT NOT NULL PRIMARY KEY,
    throttle_key CHAR(64) NOT NULL,
    failed_at    BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    pending      SMALLINT DEFAULT 0 NOT NULL
);
CREATE INDEX ix_throttle_failure_key ON throttle_failure (throttle_key, failed_at);
CREATE INDEX ix_throttle_failure_expiry ON throttle_failure (expires_at);

-- start_up_lock: one row per piece of start-up work that must run on one instance at a time (the first accounts,
-- the demo campaign):
-- the instance doing it updates the row first, so another one starting at the same moment waits on that row lock
-- until the first has committed, and then sees its result.
CREATE TABLE start_up_lock (
    name       VARCHAR(40) NOT NULL PRIMARY KEY,
    taken_at   TIMESTAMP
);
INSERT INTO start_up_lock (name) VALUES ('first-admin');
INSERT INTO start_up_lock (name) VALUES ('demo-campaign');
