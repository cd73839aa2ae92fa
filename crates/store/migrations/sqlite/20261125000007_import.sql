-- Import (SQLite). Keep in step with ../postgres/: same tables, columns and indexes.
-- An uploaded list waits here between the upload, the column mapping and the import; it holds
-- personal data, so it is deleted after the import and any upload older than a day is deleted
-- whenever a new one arrives.
CREATE TABLE import_uploads (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    file_name TEXT NOT NULL,
    content BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX import_uploads_created ON import_uploads (created_at);
