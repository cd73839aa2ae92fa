-- The staff second factor (TOTP): the shared secret per account and the last step used (so a code
-- is never accepted twice), and the half-finished log-ins waiting for their code.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;

CREATE TABLE login_challenges (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- A secret being set up (enrolment at first log-in); NULL when the account has one.
    pending_secret TEXT,
    next_path TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    expires_at BIGINT NOT NULL
);
CREATE INDEX login_challenges_user ON login_challenges (user_id);
