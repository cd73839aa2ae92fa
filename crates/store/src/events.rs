//! Events, their sessions and registrations.
//!
//! Registering and cancelling change who holds a place, so each runs in one transaction that first
//! writes the event's row: that takes the event's lock on PostgreSQL and the write lock on SQLite,
//! so two cancellations at once promote two different people from the waiting list, and two
//! registrations for the last place cannot both get it.

use crate::{
    Store, StoreError, StoreResult, as_system, conflict_on, from_unix, in_system_transaction,
    to_unix,
};
use tandem_core::{
    event::{Attendee, Event, EventDetails, EventKind, RegistrationStatus, Session},
    ids::{EventId, OrganisationId, RegistrationId},
};

/// Inserts one session row inside a transaction.
macro_rules! insert_session {
    ($tx:ident, $event:expr, $position:expr, $session:expr) => {
        sqlx::query(
            "INSERT INTO event_sessions (id, event_id, position, starts_at, ends_at, title, \
             speakers) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind($event)
        .bind(i64::try_from($position).unwrap_or(i64::MAX))
        .bind(to_unix($session.starts_at))
        .bind(to_unix($session.ends_at))
        .bind(&$session.title)
        .bind(&$session.speakers)
        .execute(&mut *$tx)
        .await?;
    };
}

/// Writes the event's row first thing in a transaction (see the module comment) and returns its
/// capacity, or `None` when the event is not published.
macro_rules! lock_event {
    ($tx:ident, $event:expr, $now:expr) => {
        sqlx::query_scalar(
            "UPDATE events SET updated_at = updated_at WHERE id = $1 AND published \
             RETURNING capacity",
        )
        .bind($event.as_str())
        .fetch_optional(&mut *$tx)
        .await?
    };
}

/// The 1-based place of registration `seq` on an event's waiting list.
macro_rules! waiting_position {
    ($tx:ident, $event:expr, $seq:expr) => {{
        let ahead: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM event_registrations WHERE event_id = $1 \
             AND status = 'waiting' AND seq <= $2",
        )
        .bind($event)
        .bind($seq)
        .fetch_one(&mut *$tx)
        .await?;
        u32::try_from(ahead).unwrap_or(u32::MAX)
    }};
}

/// Moves people up from the waiting list, in the order they came, while confirmed places are
/// fewer than the capacity; returns whom it moved so that they can be told. Runs after the event
/// row is locked, so two transactions never hand out the same place.
macro_rules! promote_waiting {
    ($tx:ident, $event:expr, $capacity:expr, $now:expr) => {{
        let confirmed: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM event_registrations WHERE event_id = $1 \
             AND status = 'confirmed'",
        )
        .bind($event)
        .fetch_one(&mut *$tx)
        .await?;
        let free = ($capacity - confirmed).max(0);
        let next: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT id, name, email, locale FROM event_registrations \
             WHERE event_id = $1 AND status = 'waiting' ORDER BY seq LIMIT $2",
        )
        .bind($event)
        .bind(free)
        .fetch_all(&mut *$tx)
        .await?;
        let mut promoted = Vec::with_capacity(next.len());
        for (id, name, email, locale) in next {
            sqlx::query(
                "UPDATE event_registrations SET status = 'confirmed', updated_at = $1 \
                 WHERE id = $2",
            )
            .bind(to_unix($now))
            .bind(&id)
            .execute(&mut *$tx)
            .await?;
            promoted.push(Promoted {
                name,
                email,
                locale,
            });
        }
        promoted
    }};
}

/// Who may change an event: its organisation, or the alliance (`None`).
pub type EventOwner<'a> = Option<&'a OrganisationId>;

#[derive(sqlx::FromRow)]
struct EventRow {
    id: String,
    organisation_id: Option<String>,
    kind: String,
    title: String,
    description: String,
    starts_at: i64,
    ends_at: i64,
    place: String,
    online_url: String,
    capacity: i64,
    published: bool,
}

const EVENT_COLUMNS: &str = "e.id, e.organisation_id, e.kind, e.title, e.description, \
     e.starts_at, e.ends_at, e.place, e.online_url, e.capacity, e.published";

impl EventRow {
    fn into_domain(self, sessions: Vec<Session>) -> StoreResult<Event> {
        Ok(Event {
            id: EventId::from_string(self.id),
            organisation_id: self.organisation_id.map(OrganisationId::from_string),
            details: EventDetails {
                kind: EventKind::parse(&self.kind)
                    .map_err(|_| StoreError::Corrupt("events.kind"))?,
                title: self.title,
                description: self.description,
                starts_at: from_unix(self.starts_at, "events.starts_at")?,
                ends_at: from_unix(self.ends_at, "events.ends_at")?,
                place: self.place,
                online_url: self.online_url,
                capacity: u32::try_from(self.capacity)
                    .map_err(|_| StoreError::Corrupt("events.capacity"))?,
                published: self.published,
            },
            sessions,
        })
    }
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    starts_at: i64,
    ends_at: i64,
    title: String,
    speakers: String,
}

/// An event with how many hold a place and how many wait, for lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventSummary {
    pub event: Event,
    /// The organiser's name; `None` for the alliance.
    pub organiser: Option<String>,
    pub confirmed: u32,
    pub waiting: u32,
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    #[sqlx(flatten)]
    event: EventRow,
    organiser: Option<String>,
    confirmed: i64,
    waiting: i64,
}

/// One registration as the organiser sees it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RegistrationRow {
    pub id: String,
    pub name: String,
    pub email: String,
    pub organisation_name: String,
    pub accessibility_needs: String,
    pub status: String,
    pub attended: bool,
    pub registered_at: i64,
}

/// What registering did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registered {
    pub id: RegistrationId,
    pub status: RegistrationStatus,
    /// 1-based place on the waiting list, when waiting.
    pub waiting_position: Option<u32>,
}

/// Someone who moved up from the waiting list and must be told.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Promoted {
    pub name: String,
    pub email: String,
    pub locale: String,
}

/// What cancelling did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancelled {
    pub event_id: EventId,
    /// Who moved up into the freed place (at most one, unless the capacity grew meanwhile).
    pub promoted: Vec<Promoted>,
}

/// A registration found by its cancel link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationByToken {
    pub event: Event,
    pub name: String,
    pub status: RegistrationStatus,
    pub waiting_position: Option<u32>,
}

/// A training someone attended (for a mentor's record).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendedTraining {
    pub title: String,
    pub starts_at: time::OffsetDateTime,
}

const OWNER_MATCHES: &str =
    "(e.organisation_id = $1 OR (e.organisation_id IS NULL AND $1 IS NULL))";

impl Store {
    pub async fn create_event(
        &self,
        owner: EventOwner<'_>,
        details: &EventDetails,
        sessions: &[Session],
        now: time::OffsetDateTime,
    ) -> StoreResult<Event> {
        let id = EventId::generate();
        in_system_transaction!(self, |tx| {
            sqlx::query(
                "INSERT INTO events (id, organisation_id, kind, title, description, starts_at, \
                 ends_at, place, online_url, capacity, published, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)",
            )
            .bind(id.as_str())
            .bind(owner.map(OrganisationId::as_str))
            .bind(details.kind.as_str())
            .bind(&details.title)
            .bind(&details.description)
            .bind(to_unix(details.starts_at))
            .bind(to_unix(details.ends_at))
            .bind(&details.place)
            .bind(&details.online_url)
            .bind(i64::from(details.capacity))
            .bind(details.published)
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await?;
            for (position, session) in sessions.iter().enumerate() {
                insert_session!(tx, id.as_str(), position, session);
            }
            Ok::<(), StoreError>(())
        })?;
        Ok(Event {
            id,
            organisation_id: owner.cloned(),
            details: details.clone(),
            sessions: sessions.to_vec(),
        })
    }

    /// Changes an event of the owner; the sessions are replaced. Capacity may shrink below the
    /// confirmed count: nobody loses a place, but nobody moves up until enough cancel. When it
    /// grows, the first on the waiting list move up; they are returned so that they can be told.
    pub async fn update_event(
        &self,
        owner: EventOwner<'_>,
        id: &EventId,
        details: &EventDetails,
        sessions: &[Session],
        now: time::OffsetDateTime,
    ) -> StoreResult<Vec<Promoted>> {
        let sql = format!(
            "UPDATE events AS e SET kind = $2, title = $3, description = $4, starts_at = $5, \
             ends_at = $6, place = $7, online_url = $8, capacity = $9, published = $10, \
             updated_at = $11 WHERE e.id = $12 AND {OWNER_MATCHES}"
        );
        in_system_transaction!(self, |tx| {
            let changed = sqlx::query(&sql)
                .bind(owner.map(OrganisationId::as_str))
                .bind(details.kind.as_str())
                .bind(&details.title)
                .bind(&details.description)
                .bind(to_unix(details.starts_at))
                .bind(to_unix(details.ends_at))
                .bind(&details.place)
                .bind(&details.online_url)
                .bind(i64::from(details.capacity))
                .bind(details.published)
                .bind(to_unix(now))
                .bind(id.as_str())
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            sqlx::query("DELETE FROM event_sessions WHERE event_id = $1")
                .bind(id.as_str())
                .execute(&mut *tx)
                .await?;
            for (position, session) in sessions.iter().enumerate() {
                insert_session!(tx, id.as_str(), position, session);
            }
            // A larger capacity frees places: the waiting list moves up at once.
            let promoted = promote_waiting!(tx, id.as_str(), i64::from(details.capacity), now);
            Ok(promoted)
        })
    }

    /// An event the public may see (published) with its sessions.
    pub async fn published_event(&self, id: &EventId) -> StoreResult<Event> {
        let event = self.event_any(id).await?;
        if !event.details.published {
            return Err(StoreError::NotFound);
        }
        Ok(event)
    }

    /// An event of the owner, published or not.
    pub async fn owned_event(&self, owner: EventOwner<'_>, id: &EventId) -> StoreResult<Event> {
        let event = self.event_any(id).await?;
        if event.organisation_id.as_ref() != owner {
            return Err(StoreError::NotFound);
        }
        Ok(event)
    }

    async fn event_any(&self, id: &EventId) -> StoreResult<Event> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e WHERE e.id = $1");
        let row: Option<EventRow> = as_system!(self, |tx| {
            sqlx::query_as(&sql)
                .bind(id.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        let row = row.ok_or(StoreError::NotFound)?;
        let sessions = self.sessions(id).await?;
        row.into_domain(sessions)
    }

    async fn sessions(&self, id: &EventId) -> StoreResult<Vec<Session>> {
        let rows: Vec<SessionRow> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT starts_at, ends_at, title, speakers FROM event_sessions \
                 WHERE event_id = $1 ORDER BY position",
            )
            .bind(id.as_str())
            .fetch_all(&mut *tx)
            .await
        })?;
        rows.into_iter()
            .map(|row| {
                Ok(Session {
                    starts_at: from_unix(row.starts_at, "event_sessions.starts_at")?,
                    ends_at: from_unix(row.ends_at, "event_sessions.ends_at")?,
                    title: row.title,
                    speakers: row.speakers,
                })
            })
            .collect()
    }

    /// Published events that have not ended, soonest first; of one organiser when given
    /// (`Some(None)`: the alliance's own).
    pub async fn upcoming_events(
        &self,
        organiser: Option<EventOwner<'_>>,
        now: time::OffsetDateTime,
    ) -> StoreResult<Vec<EventSummary>> {
        self.event_summaries(organiser, Some(now)).await
    }

    /// Every event of the owner, published or not, newest first, for the organiser's list.
    pub async fn owned_events(&self, owner: EventOwner<'_>) -> StoreResult<Vec<EventSummary>> {
        let mut events = self.event_summaries(Some(owner), None).await?;
        events.reverse();
        Ok(events)
    }

    /// Events with their counts, by start: of one organiser (or all with `None`), and when `now`
    /// is given only published ones that have not ended.
    async fn event_summaries(
        &self,
        organiser: Option<EventOwner<'_>>,
        now: Option<time::OffsetDateTime>,
    ) -> StoreResult<Vec<EventSummary>> {
        let sql = format!(
            "SELECT {EVENT_COLUMNS}, o.name AS organiser, \
             (SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id \
               AND r.status = 'confirmed') AS confirmed, \
             (SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id \
               AND r.status = 'waiting') AS waiting \
             FROM events e LEFT JOIN organisations o ON o.id = e.organisation_id \
             WHERE ($1 OR e.organisation_id = $2 OR (e.organisation_id IS NULL AND $2 IS NULL)) \
             AND ($3 IS NULL OR (e.published AND e.ends_at >= $3)) ORDER BY e.starts_at, e.id"
        );
        let rows: Vec<SummaryRow> = as_system!(self, |tx| {
            sqlx::query_as(&sql)
                .bind(organiser.is_none())
                .bind(organiser.flatten().map(OrganisationId::as_str))
                .bind(now.map(to_unix))
                .fetch_all(&mut *tx)
                .await
        })?;
        rows.into_iter()
            .map(|row| {
                Ok(EventSummary {
                    event: row.event.into_domain(Vec::new())?,
                    organiser: row.organiser,
                    confirmed: u32::try_from(row.confirmed).unwrap_or(u32::MAX),
                    waiting: u32::try_from(row.waiting).unwrap_or(u32::MAX),
                })
            })
            .collect()
    }

    /// Registers someone: confirmed while places are free, else on the waiting list. The same
    /// e-mail twice (unless cancelled) is a conflict on `email`.
    pub async fn register_for_event(
        &self,
        event: &EventId,
        attendee: &Attendee,
        locale: &str,
        cancel_token_hash: &str,
        now: time::OffsetDateTime,
    ) -> StoreResult<Registered> {
        let id = RegistrationId::generate();
        let email_key = attendee.email.as_str().to_lowercase();
        in_system_transaction!(self, |tx| {
            let capacity: Option<i64> = lock_event!(tx, event, now);
            let capacity = capacity.ok_or(StoreError::NotFound)?;
            let confirmed: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM event_registrations WHERE event_id = $1 \
                 AND status = 'confirmed'",
            )
            .bind(event.as_str())
            .fetch_one(&mut *tx)
            .await?;
            let status = RegistrationStatus::for_new(
                u32::try_from(confirmed).unwrap_or(u32::MAX),
                u32::try_from(capacity).unwrap_or(0),
            );
            let seq: i64 = sqlx::query_scalar(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM event_registrations WHERE event_id = $1",
            )
            .bind(event.as_str())
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO event_registrations (id, event_id, seq, name, email, email_key, \
                 organisation_name, accessibility_needs, locale, status, cancel_token_hash, \
                 attended, registered_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, FALSE, $12, $12)",
            )
            .bind(id.as_str())
            .bind(event.as_str())
            .bind(seq)
            .bind(&attendee.name)
            .bind(attendee.email.as_str())
            .bind(&email_key)
            .bind(&attendee.organisation_name)
            .bind(&attendee.accessibility_needs)
            .bind(locale)
            .bind(status.as_str())
            .bind(cancel_token_hash)
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await
            .map_err(|e| conflict_on(e, "event_registrations_active_email", "email"))?;
            let waiting_position = match status {
                RegistrationStatus::Waiting => Some(waiting_position!(tx, event.as_str(), seq)),
                _ => None,
            };
            Ok::<_, StoreError>(Registered {
                id: id.clone(),
                status,
                waiting_position,
            })
        })
    }

    /// Cancels the registration behind a cancel link; a freed place goes to the first on the
    /// waiting list, who is returned so that they can be told. Cancelling twice is harmless.
    pub async fn cancel_registration(
        &self,
        cancel_token_hash: &str,
        now: time::OffsetDateTime,
    ) -> StoreResult<Cancelled> {
        let found: Option<(String, String)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT event_id, status FROM event_registrations WHERE cancel_token_hash = $1",
            )
            .bind(cancel_token_hash)
            .fetch_optional(&mut *tx)
            .await
        })?;
        let (event_id, _) = found.ok_or(StoreError::NotFound)?;
        let event = EventId::from_string(event_id);
        in_system_transaction!(self, |tx| {
            let capacity: Option<i64> = lock_event!(tx, &event, now);
            let capacity = capacity.ok_or(StoreError::NotFound)?;
            sqlx::query(
                "UPDATE event_registrations SET status = 'cancelled', updated_at = $1 \
                 WHERE cancel_token_hash = $2 AND status <> 'cancelled'",
            )
            .bind(to_unix(now))
            .bind(cancel_token_hash)
            .execute(&mut *tx)
            .await?;
            let promoted = promote_waiting!(tx, event.as_str(), capacity, now);
            Ok::<_, StoreError>(Cancelled {
                event_id: event.clone(),
                promoted,
            })
        })
    }

    /// The registration behind a cancel link, for the page that confirms cancelling.
    pub async fn registration_by_token(
        &self,
        cancel_token_hash: &str,
    ) -> StoreResult<RegistrationByToken> {
        let found: Option<(String, String, String, i64)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT event_id, name, status, seq FROM event_registrations \
                 WHERE cancel_token_hash = $1",
            )
            .bind(cancel_token_hash)
            .fetch_optional(&mut *tx)
            .await
        })?;
        let (event_id, name, status, seq) = found.ok_or(StoreError::NotFound)?;
        let status = RegistrationStatus::parse(&status)
            .map_err(|_| StoreError::Corrupt("event_registrations.status"))?;
        let ahead: i64 = as_system!(self, |tx| {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM event_registrations WHERE event_id = $1 \
                 AND status = 'waiting' AND seq <= $2",
            )
            .bind(&event_id)
            .bind(seq)
            .fetch_one(&mut *tx)
            .await
        })?;
        let waiting_position = (status == RegistrationStatus::Waiting)
            .then(|| u32::try_from(ahead).unwrap_or(u32::MAX));
        Ok(RegistrationByToken {
            event: self.event_any(&EventId::from_string(event_id)).await?,
            name,
            status,
            waiting_position,
        })
    }

    /// Registrations of an owner's event in the order they came (for the list at the door and
    /// the CSV).
    pub async fn event_registrations(
        &self,
        owner: EventOwner<'_>,
        event: &EventId,
    ) -> StoreResult<Vec<RegistrationRow>> {
        self.owned_event(owner, event).await?;
        Ok(as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT id, name, email, organisation_name, accessibility_needs, status, \
                 attended, registered_at FROM event_registrations WHERE event_id = $1 \
                 ORDER BY seq",
            )
            .bind(event.as_str())
            .fetch_all(&mut *tx)
            .await
        })?)
    }

    /// Ticks someone off at the door (or takes the tick back).
    pub async fn set_attended(
        &self,
        owner: EventOwner<'_>,
        event: &EventId,
        registration: &RegistrationId,
        attended: bool,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        self.owned_event(owner, event).await?;
        let changed = as_system!(self, |tx| {
            sqlx::query(
                "UPDATE event_registrations SET attended = $1, updated_at = $2 \
                 WHERE id = $3 AND event_id = $4 AND status = 'confirmed'",
            )
            .bind(attended)
            .bind(to_unix(now))
            .bind(registration.as_str())
            .bind(event.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// The trainings an e-mail address attended, newest first: what counts towards a mentor's
    /// required trainings, whichever organisation ran them.
    pub async fn trainings_attended(&self, email: &str) -> StoreResult<Vec<AttendedTraining>> {
        let rows: Vec<(String, i64)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT e.title, e.starts_at FROM event_registrations r \
                 JOIN events e ON e.id = r.event_id \
                 WHERE r.email_key = $1 AND r.attended AND e.kind = 'training' \
                 ORDER BY e.starts_at DESC",
            )
            .bind(email.trim().to_lowercase())
            .fetch_all(&mut *tx)
            .await
        })?;
        rows.into_iter()
            .map(|(title, starts_at)| {
                Ok(AttendedTraining {
                    title,
                    starts_at: from_unix(starts_at, "events.starts_at")?,
                })
            })
            .collect()
    }
}
