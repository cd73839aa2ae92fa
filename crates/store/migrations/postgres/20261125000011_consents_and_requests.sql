-- Consent per purpose as a log of events (the registration's consent to take part stays on the
-- person), the personal "my data" links, and requests about data with their one-month deadline.
-- None of these rows holds personal data beyond the person's id, so they outlive an erasure as
-- proof of what was asked and done.
CREATE TABLE consent_events (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    seq BIGINT NOT NULL,
    purpose TEXT NOT NULL,
    given BOOLEAN NOT NULL,
    given_by TEXT NOT NULL,
    channel TEXT NOT NULL,
    text_version TEXT NOT NULL,
    locale TEXT NOT NULL,
    -- The coordinator who recorded it; NULL when the person did it themselves.
    recorded_by TEXT REFERENCES users (id),
    at BIGINT NOT NULL,
    UNIQUE (person_id, seq)
);

CREATE TABLE self_service_links (
    person_id TEXT PRIMARY KEY REFERENCES people (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE data_requests (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    kind TEXT NOT NULL,
    -- 'self_service' (the person's own page) or 'staff' (recorded by a coordinator).
    channel TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    completed_at BIGINT
);
CREATE INDEX data_requests_open ON data_requests (organisation_id, completed_at, due_at);
