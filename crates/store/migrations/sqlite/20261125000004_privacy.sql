-- Who viewed, changed, exported or erased which person (ids only: no personal data here).
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    actor_id TEXT REFERENCES users (id),
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    person_id TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX audit_log_organisation ON audit_log (organisation_id, at);
CREATE INDEX audit_log_person ON audit_log (person_id);

-- An erased person keeps an anonymous row (for counts); every personal field is blanked.
ALTER TABLE people ADD COLUMN erased_at INTEGER;
