-- Matching runs, their proposals, pairs that must never be proposed again, and the mail outbox.

ALTER TABLE programmes ADD COLUMN matching_criteria TEXT NOT NULL DEFAULT '';

CREATE TABLE matching_runs (
    id TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    started_by TEXT NOT NULL REFERENCES users (id),
    objective TEXT NOT NULL,
    criteria TEXT NOT NULL,
    settings TEXT NOT NULL,
    status TEXT NOT NULL,
    mentees BIGINT NOT NULL,
    places BIGINT NOT NULL,
    matched BIGINT NOT NULL,
    total_score BIGINT NOT NULL,
    waiting TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX matching_runs_programme ON matching_runs (programme_id, created_at);
-- At most one run per programme awaits the coordinator's decision: never two overlapping sets.
CREATE UNIQUE INDEX matching_runs_one_draft ON matching_runs (programme_id) WHERE status = 'draft';

CREATE TABLE run_proposals (
    id TEXT PRIMARY KEY NOT NULL,
    run_id TEXT NOT NULL REFERENCES matching_runs (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    mentee_id TEXT NOT NULL REFERENCES people (id),
    mentor_id TEXT NOT NULL REFERENCES people (id),
    score BIGINT NOT NULL,
    reasons TEXT NOT NULL,
    pinned BOOLEAN NOT NULL,
    state TEXT NOT NULL,
    tandem_id TEXT REFERENCES tandems (id),
    problem TEXT
);
CREATE INDEX run_proposals_run ON run_proposals (run_id, position);

CREATE TABLE declined_pairs (
    mentee_id TEXT NOT NULL REFERENCES people (id),
    mentor_id TEXT NOT NULL REFERENCES people (id),
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (mentee_id, mentor_id)
);
CREATE INDEX declined_pairs_programme ON declined_pairs (programme_id);

ALTER TABLE tandems ADD COLUMN mentee_token_hash TEXT;
ALTER TABLE tandems ADD COLUMN mentor_token_hash TEXT;
ALTER TABLE tandems ADD COLUMN proposed_at BIGINT;
ALTER TABLE tandems ADD COLUMN decline_reason TEXT;
CREATE UNIQUE INDEX tandems_mentee_token ON tandems (mentee_token_hash);
CREATE UNIQUE INDEX tandems_mentor_token ON tandems (mentor_token_hash);

CREATE TABLE outbox (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    recipient TEXT NOT NULL,
    locale TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL,
    sent_at BIGINT,
    last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (sent_at, created_at);
