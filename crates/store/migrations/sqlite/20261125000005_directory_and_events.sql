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
ALTER TABLE organisations ADD COLUMN logo_png BLOB;

-- Mails of the alliance (its events) belong to no organisation; contact-form mails carry a
-- Reply-To. SQLite cannot drop NOT NULL in place: the outbox is rebuilt.
CREATE TABLE outbox_rebuilt (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT REFERENCES organisations (id),
    recipient TEXT NOT NULL,
    reply_to TEXT,
    locale TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    sent_at INTEGER,
    last_error TEXT
);
INSERT INTO outbox_rebuilt (id, organisation_id, recipient, reply_to, locale, subject, body,
    created_at, attempts, sent_at, last_error)
SELECT id, organisation_id, recipient, NULL, locale, subject, body, created_at, attempts, sent_at,
    last_error FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_rebuilt RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox (sent_at, created_at);

-- Events of the alliance (organisation_id NULL) or of one organisation.
CREATE TABLE events (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT REFERENCES organisations (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    place TEXT NOT NULL,
    online_url TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    published BOOLEAN NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX events_start ON events (starts_at);
CREATE INDEX events_organisation ON events (organisation_id, starts_at);

-- The programme of a conference: opening, podium, panels, the fair.
CREATE TABLE event_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    title TEXT NOT NULL,
    speakers TEXT NOT NULL
);
CREATE INDEX event_sessions_event ON event_sessions (event_id, position);

-- Who comes. `status` is confirmed, waiting or cancelled; the waiting list is ordered by `seq`.
CREATE TABLE event_registrations (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    organisation_name TEXT NOT NULL,
    accessibility_needs TEXT NOT NULL,
    locale TEXT NOT NULL,
    status TEXT NOT NULL,
    cancel_token_hash TEXT NOT NULL,
    attended BOOLEAN NOT NULL DEFAULT FALSE,
    registered_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX event_registrations_active_email
    ON event_registrations (event_id, email_key) WHERE status <> 'cancelled';
CREATE UNIQUE INDEX event_registrations_cancel_token ON event_registrations (cancel_token_hash);
CREATE INDEX event_registrations_event ON event_registrations (event_id, status, seq);
CREATE INDEX event_registrations_email ON event_registrations (email_key);
