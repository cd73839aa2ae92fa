-- Log-in hardening (OWASP ASVS level 2): failed attempts are counted per account and per client
-- address over the last hour; sessions also end after a time without use.
CREATE TABLE login_failures (
    account_key TEXT NOT NULL,
    client_address TEXT NOT NULL,
    failed_at BIGINT NOT NULL
);
CREATE INDEX login_failures_account ON login_failures (account_key, failed_at);
CREATE INDEX login_failures_address ON login_failures (client_address, failed_at);

ALTER TABLE sessions ADD COLUMN last_seen_at BIGINT NOT NULL DEFAULT 0;
UPDATE sessions SET last_seen_at = created_at;
