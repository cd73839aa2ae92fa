-- Minors, certificates of conduct (§72a SGB VIII) and mentors' diaries.
-- Keep in step with ../sqlite/: same tables, columns and indexes; only types differ.
-- Dates are calendar days as text (YYYY-MM-DD); instants are Unix seconds.

-- A person's birth date and, for someone under 18, the guardian, their consent and who
-- nominated the child. At most one row per person; erasure deletes it.
CREATE TABLE minor_details (
    person_id TEXT PRIMARY KEY NOT NULL REFERENCES people (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    birth_date TEXT NOT NULL,
    guardian_name TEXT,
    guardian_relation TEXT,
    guardian_phone TEXT,
    guardian_email TEXT,
    consent_given_by TEXT,
    consent_given_on TEXT,
    consent_channel TEXT,
    nomination TEXT,
    -- The consent milestone (16 or 18) a renewal reminder was last queued for.
    renewal_reminded_for BIGINT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX minor_details_organisation ON minor_details (organisation_id);

-- The last inspection of a mentor's extended certificate of conduct: four facts, never the
-- document. Deleted a few months after the mentor's activity ends (and on erasure).
CREATE TABLE conduct_certificates (
    person_id TEXT PRIMARY KEY NOT NULL REFERENCES people (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    inspected_on TEXT NOT NULL,
    certificate_dated TEXT NOT NULL,
    relevant_entry BOOLEAN NOT NULL,
    inspected_by TEXT NOT NULL REFERENCES users (id),
    recorded_at BIGINT NOT NULL
);
CREATE INDEX conduct_certificates_organisation ON conduct_certificates (organisation_id);

-- A mentor's diary entry after a meeting, with the coordinator's comment. Private to the
-- mentor (through their personal link) and the coordinators of the organisation.
CREATE TABLE diary_entries (
    id TEXT PRIMARY KEY NOT NULL,
    tandem_id TEXT NOT NULL REFERENCES tandems (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    mentor_id TEXT NOT NULL REFERENCES people (id),
    met_on TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    activities TEXT NOT NULL,
    how_it_went TEXT NOT NULL,
    comment TEXT,
    commented_by TEXT REFERENCES users (id),
    commented_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX diary_entries_tandem ON diary_entries (tandem_id, met_on);
CREATE INDEX diary_entries_organisation ON diary_entries (organisation_id, created_at);
