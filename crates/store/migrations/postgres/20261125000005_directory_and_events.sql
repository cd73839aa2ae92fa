-- The public directory, organisation profiles, events, and mails that are not an organisation's.

-- What the directory shows beyond a programme's details.
ALTER TABLE programmes ADD COLUMN target_group TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN how_to_join TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN contact TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN seeks_mentors BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE programmes ADD COLUMN seeks_mentees BOOLEAN NOT NULL DEFAULT TRUE;

-- How an organisation presents itself on the fair. The contact address is never shown: the
-- contact form writes to it.
ALTER TABLE organisations ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN website TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN partner_note TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN contact_email TEXT;
ALTER TABLE organisations ADD COLUMN logo_png BYTEA;

-- Mails of the alliance (its events) belong to no organisation; contact-form mails carry a
-- Reply-To.
ALTER TABLE outbox ALTER COLUMN organisation_id DROP NOT NULL;
ALTER TABLE outbox ADD COLUMN reply_to TEXT;

-- Events of the alliance (organisation_id NULL) or of one organisation.
CREATE TABLE events (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT REFERENCES organisations (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    place TEXT NOT NULL,
    online_url TEXT NOT NULL,
    capacity BIGINT NOT NULL,
    published BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX events_start ON events (starts_at);
CREATE INDEX events_organisation ON events (organisation_id, starts_at);

-- The programme of a conference: opening, podium, panels, the fair.
CREATE TABLE event_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    title TEXT NOT NULL,
    speakers TEXT NOT NULL
);
CREATE INDEX event_sessions_event ON event_sessions (event_id, position);

-- Who comes. `status` is confirmed, waiting or cancelled; the waiting list is ordered by `seq`.
CREATE TABLE event_registrations (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    organisation_name TEXT NOT NULL,
    accessibility_needs TEXT NOT NULL,
    locale TEXT NOT NULL,
    status TEXT NOT NULL,
    cancel_token_hash TEXT NOT NULL,
    attended BOOLEAN NOT NULL DEFAULT FALSE,
    registered_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX event_registrations_active_email
    ON event_registrations (event_id, email_key) WHERE status <> 'cancelled';
CREATE UNIQUE INDEX event_registrations_cancel_token ON event_registrations (cancel_token_hash);
CREATE INDEX event_registrations_event ON event_registrations (event_id, status, seq);
CREATE INDEX event_registrations_email ON event_registrations (email_key);
