-- Foundation schema (PostgreSQL). Keep in step with ../sqlite/: same tables, columns and indexes;
-- only types differ (INTEGER there for BIGINT). The contract tests run on both.
CREATE TABLE organisations (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    city TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX organisations_name_key ON organisations (name);

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    organisation_id TEXT REFERENCES organisations (id),
    password_hash TEXT NOT NULL,
    locale TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (email_key);
CREATE INDEX users_organisation ON users (organisation_id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE programmes (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    region TEXT NOT NULL,
    languages TEXT NOT NULL,
    planned_duration_months BIGINT NOT NULL,
    mentor_capacity BIGINT NOT NULL,
    published BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX programmes_organisation ON programmes (organisation_id);

CREATE TABLE people (
    id TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    side TEXT NOT NULL,
    status TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    phone TEXT,
    postal_code TEXT NOT NULL,
    languages TEXT NOT NULL,
    availability BIGINT NOT NULL,
    gender TEXT NOT NULL,
    gender_preference TEXT NOT NULL,
    birth_year BIGINT NOT NULL,
    interests TEXT NOT NULL,
    goals TEXT NOT NULL,
    profession TEXT NOT NULL,
    capacity BIGINT,
    locale TEXT NOT NULL,
    coordinator_notes TEXT NOT NULL,
    consent_text_version TEXT NOT NULL,
    consent_locale TEXT NOT NULL,
    consent_given_at BIGINT NOT NULL,
    registered_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX people_programme_email_key ON people (programme_id, email_key);
CREATE INDEX people_organisation_status ON people (organisation_id, status);
CREATE INDEX people_programme_side_status ON people (programme_id, side, status, registered_at);

CREATE TABLE tandems (
    id TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    mentor_id TEXT NOT NULL REFERENCES people (id),
    mentee_id TEXT NOT NULL REFERENCES people (id),
    status TEXT NOT NULL,
    mentor_accepted BOOLEAN NOT NULL,
    mentee_accepted BOOLEAN NOT NULL,
    end_reason TEXT,
    created_at BIGINT NOT NULL,
    started_at BIGINT,
    ended_at BIGINT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX tandems_organisation_status ON tandems (organisation_id, status);
CREATE INDEX tandems_programme ON tandems (programme_id, status);
CREATE INDEX tandems_mentor ON tandems (mentor_id);
-- A mentee is in at most one open tandem at a time; the database holds the line even under races.
CREATE UNIQUE INDEX tandems_one_open_per_mentee ON tandems (mentee_id)
    WHERE status IN ('proposed', 'accepted', 'active', 'paused');
