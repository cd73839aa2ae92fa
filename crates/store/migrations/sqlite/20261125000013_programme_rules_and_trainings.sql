-- Programme templates and rules, the rules a tandem started with, mentors' trainings, and the
-- answers to a programme's intake questions.
-- Keep in step with ../postgres/: same tables, columns and indexes; only types differ.

-- The programme's rules (core::programme_rules::ProgrammeRules as JSON); empty: the defaults.
ALTER TABLE programmes ADD COLUMN rules TEXT NOT NULL DEFAULT '';

-- A copy of the programme's rules and duration taken when the tandem was formed
-- (core::programme_rules::TandemRules as JSON); empty for tandems formed before.
ALTER TABLE tandems ADD COLUMN rules_snapshot TEXT NOT NULL DEFAULT '';

-- Trainings a coordinator recorded for a mentor (attendance at the organisers' training events
-- is read from event_registrations and counts as well). Erasure deletes them.
CREATE TABLE trainings (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    title TEXT NOT NULL,
    held_on TEXT NOT NULL,
    attended BOOLEAN NOT NULL,
    recorded_by TEXT REFERENCES users (id),
    recorded_at INTEGER NOT NULL
);
CREATE INDEX trainings_person ON trainings (person_id);

-- One answer per person and intake question (the question lives in the programme's rules).
CREATE TABLE intake_answers (
    person_id TEXT NOT NULL REFERENCES people (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    question_id TEXT NOT NULL,
    answer TEXT NOT NULL,
    PRIMARY KEY (person_id, question_id)
);
CREATE INDEX intake_answers_organisation ON intake_answers (organisation_id);
