-- Start and end surveys (core::survey). Keep in step with ../postgres/: same tables, columns and
-- indexes; only types differ.

-- One answer of one person to one question of a tandem's start or end survey. Standard
-- questions (self-rated German, local contacts, belonging, confidence) carry the number in
-- `score` too, so dashboards average it; the programme's own questions keep only `answer`.
-- Answering again replaces the person's answers to that survey. Erasure deletes the answers to
-- the programme's own questions (they may be free text) and keeps the scores, like moods.
CREATE TABLE survey_answers (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    tandem_id TEXT NOT NULL REFERENCES tandems (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    side TEXT NOT NULL,
    survey TEXT NOT NULL,
    question TEXT NOT NULL,
    standard BOOLEAN NOT NULL,
    score INTEGER,
    answer TEXT NOT NULL,
    answered_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX survey_answers_key ON survey_answers (tandem_id, person_id, survey, question);
CREATE INDEX survey_answers_organisation ON survey_answers (organisation_id, survey, question);
CREATE INDEX survey_answers_person ON survey_answers (person_id);

-- Which survey was sent for a tandem: the row is the claim, so a job run twice mails once.
CREATE TABLE survey_invitations (
    tandem_id TEXT NOT NULL REFERENCES tandems (id),
    survey TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    PRIMARY KEY (tandem_id, survey)
);
