-- Outcomes per mentee, recorded by coordinators, counted in dashboards and reports.
-- Keep in step with ../postgres/: same tables, columns and indexes; only types differ.

-- What a mentee reached (German level, school transition, apprenticeship, job, recognised
-- qualification, study place, other), recorded by a coordinator. `level` is the CEFR level of
-- a German level outcome; `achieved_on` a calendar day (YYYY-MM-DD). Erasure blanks `detail`;
-- kind, level and day stay so counts stay true.
CREATE TABLE outcomes (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    tandem_id TEXT REFERENCES tandems (id),
    kind TEXT NOT NULL,
    level TEXT,
    achieved_on TEXT NOT NULL,
    detail TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX outcomes_person ON outcomes (person_id, achieved_on);
CREATE INDEX outcomes_organisation ON outcomes (organisation_id, achieved_on);
CREATE INDEX outcomes_day ON outcomes (achieved_on);


-- The statewide report sums meeting minutes per tandem over a period of days across every
-- organisation: a covering index read as a range, without visiting the table.
CREATE INDEX meetings_day_tandem_minutes ON meetings (met_on, tandem_id, minutes);
