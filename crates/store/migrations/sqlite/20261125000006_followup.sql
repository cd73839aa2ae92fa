-- Follow-up of running tandems: meetings, check-ins, personal links, per-programme settings.
-- Keep in step with ../postgres/: same tables, columns and indexes; only types differ.

-- Per programme: after how many weeks without a meeting a tandem is at risk. A programme
-- without a row uses the default (4 weeks).
CREATE TABLE followup_settings (
    programme_id TEXT PRIMARY KEY NOT NULL REFERENCES programmes (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    no_meeting_weeks INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- A logged meeting. The date is a calendar day (YYYY-MM-DD, German local), not an instant.
CREATE TABLE meetings (
    id TEXT PRIMARY KEY NOT NULL,
    tandem_id TEXT NOT NULL REFERENCES tandems (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    met_on TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    kind TEXT NOT NULL,
    note TEXT NOT NULL,
    logged_by TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX meetings_tandem ON meetings (tandem_id, met_on);
CREATE INDEX meetings_organisation ON meetings (organisation_id, met_on);

-- Personal links without a password: only the hash of the secret is kept. `purpose` is
-- 'meetings' (the meeting log of one side) or 'checkin' (one questionnaire, `point` set).
CREATE TABLE followup_links (
    token_hash TEXT PRIMARY KEY NOT NULL,
    tandem_id TEXT NOT NULL REFERENCES tandems (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    side TEXT NOT NULL,
    purpose TEXT NOT NULL,
    point TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX followup_links_tandem ON followup_links (tandem_id);
CREATE INDEX followup_links_person ON followup_links (person_id);

-- Which check-in points were sent for a tandem: the row is the claim, so a job run twice (or
-- two at once) sends each point once.
CREATE TABLE checkin_invitations (
    tandem_id TEXT NOT NULL REFERENCES tandems (id),
    point TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    PRIMARY KEY (tandem_id, point)
);

-- One answer per person and point: answering again through the same link updates it.
CREATE TABLE checkin_answers (
    id TEXT PRIMARY KEY NOT NULL,
    tandem_id TEXT NOT NULL REFERENCES tandems (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    side TEXT NOT NULL,
    point TEXT NOT NULL,
    mood INTEGER NOT NULL,
    meets_regularly BOOLEAN NOT NULL,
    comment TEXT NOT NULL,
    call_me BOOLEAN NOT NULL,
    answered_at INTEGER NOT NULL,
    resolved_at INTEGER
);
CREATE UNIQUE INDEX checkin_answers_once ON checkin_answers (tandem_id, person_id, point);
CREATE INDEX checkin_answers_organisation ON checkin_answers (organisation_id, resolved_at);

-- When both sides got their meeting-log link, and when they were last reminded to log.
ALTER TABLE tandems ADD COLUMN meeting_link_sent_at INTEGER;
ALTER TABLE tandems ADD COLUMN meeting_reminded_at INTEGER;
