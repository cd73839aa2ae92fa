//! Consent per purpose, the personal "my data" links and requests about data (see
//! `tandem_core::consent`). Every query is scoped by organisation, like the people it concerns.

use crate::{
    Store, StoreError, StoreResult, as_system, from_unix, in_organisation,
    in_organisation_transaction, to_unix,
};
use tandem_core::{
    consent::{
        ConsentChannel, ConsentEvent, ConsentGiver, ConsentPurpose, RequestKind, Withdrawal,
        request_due,
    },
    ids::{OrganisationId, PersonId, UserId},
    person::PersonStatus,
};

/// Inserts an open request inside a transaction and evaluates to its id.
macro_rules! insert_request {
    ($tx:ident, $organisation:expr, $person:expr, $kind:expr, $channel:expr, $now:expr) => {{
        let id = uuid::Uuid::new_v4().to_string();
        sqlx::query(
            "INSERT INTO data_requests (id, organisation_id, person_id, kind, channel, \
             received_at, due_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&id)
        .bind($organisation.as_str())
        .bind($person.as_str())
        .bind($kind.as_str())
        .bind($channel)
        .bind(to_unix($now))
        .bind(to_unix(request_due($now)))
        .execute(&mut *$tx)
        .await?;
        id
    }};
}

#[derive(sqlx::FromRow)]
struct EventRow {
    purpose: String,
    given: bool,
    given_by: String,
    channel: String,
    text_version: String,
    locale: String,
    at: i64,
}

impl EventRow {
    fn into_domain(self) -> StoreResult<ConsentEvent> {
        Ok(ConsentEvent {
            purpose: ConsentPurpose::parse(&self.purpose)
                .map_err(|_| StoreError::Corrupt("consent_events.purpose"))?,
            given: self.given,
            by: ConsentGiver::parse(&self.given_by)
                .map_err(|_| StoreError::Corrupt("consent_events.given_by"))?,
            channel: ConsentChannel::parse(&self.channel)
                .map_err(|_| StoreError::Corrupt("consent_events.channel"))?,
            text_version: self.text_version,
            locale: self.locale,
            at: from_unix(self.at, "consent_events.at")?,
        })
    }
}

/// A request about a person's data, for the organisation's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataRequest {
    pub id: String,
    pub person_id: PersonId,
    /// Empty once the person is erased.
    pub person_name: String,
    pub kind: RequestKind,
    pub self_service: bool,
    pub received_at: time::OffsetDateTime,
    pub due_at: time::OffsetDateTime,
    pub completed_at: Option<time::OffsetDateTime>,
}

#[derive(sqlx::FromRow)]
struct RequestRow {
    id: String,
    person_id: String,
    person_name: String,
    kind: String,
    channel: String,
    received_at: i64,
    due_at: i64,
    completed_at: Option<i64>,
}

impl RequestRow {
    fn into_domain(self) -> StoreResult<DataRequest> {
        Ok(DataRequest {
            id: self.id,
            person_id: PersonId::from_string(self.person_id),
            person_name: self.person_name,
            kind: RequestKind::parse(&self.kind)
                .map_err(|_| StoreError::Corrupt("data_requests.kind"))?,
            self_service: self.channel == "self_service",
            received_at: from_unix(self.received_at, "data_requests.received_at")?,
            due_at: from_unix(self.due_at, "data_requests.due_at")?,
            completed_at: self
                .completed_at
                .map(|at| from_unix(at, "data_requests.completed_at"))
                .transpose()?,
        })
    }
}

/// Whose personal link it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfServiceOwner {
    pub organisation_id: OrganisationId,
    pub person_id: PersonId,
}

/// A consent change as the caller describes it.
#[derive(Debug, Clone)]
pub struct ConsentChange<'a> {
    pub purpose: ConsentPurpose,
    pub given: bool,
    pub by: ConsentGiver,
    pub channel: ConsentChannel,
    pub text_version: &'a str,
    pub locale: &'a str,
    /// The coordinator recording it, or `None` when the person acts.
    pub recorded_by: Option<&'a UserId>,
}

impl Store {
    /// A person's consent events, oldest first.
    pub async fn consent_events(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
    ) -> StoreResult<Vec<ConsentEvent>> {
        let rows: Vec<EventRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT purpose, given, given_by, channel, text_version, locale, at \
                 FROM consent_events WHERE organisation_id = $1 AND person_id = $2 ORDER BY seq",
            )
            .bind(organisation.as_str())
            .bind(person.as_str())
            .fetch_all(&mut *tx)
            .await
        })?;
        rows.into_iter().map(EventRow::into_domain).collect()
    }

    /// Records a consent change and carries out what a withdrawal stops, in one transaction:
    /// withdrawing participation takes a person in the pool out of it and drops mails still
    /// queued to them; for someone in a tandem it opens a request for the coordinator to end it.
    /// Returns what the withdrawal did (`RecordOnly` for consents given).
    pub async fn change_consent(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
        change: &ConsentChange<'_>,
        now: time::OffsetDateTime,
    ) -> StoreResult<Withdrawal> {
        in_organisation_transaction!(self, organisation, |tx| {
            let found: Option<(String, String)> = sqlx::query_as(
                "SELECT status, email FROM people WHERE id = $1 AND organisation_id = $2 \
                 AND erased_at IS NULL",
            )
            .bind(person.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await?;
            let (status, email) = found.ok_or(StoreError::NotFound)?;
            let status =
                PersonStatus::parse(&status).map_err(|_| StoreError::Corrupt("people.status"))?;
            let seq: i64 = sqlx::query_scalar(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM consent_events WHERE person_id = $1",
            )
            .bind(person.as_str())
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO consent_events (id, organisation_id, person_id, seq, purpose, given, \
                 given_by, channel, text_version, locale, recorded_by, at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            )
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(organisation.as_str())
            .bind(person.as_str())
            .bind(seq)
            .bind(change.purpose.as_str())
            .bind(change.given)
            .bind(change.by.as_str())
            .bind(change.channel.as_str())
            .bind(change.text_version)
            .bind(change.locale)
            .bind(change.recorded_by.map(UserId::as_str))
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await?;
            // (No early `return` in here: it would leave before the commit.)
            let effect = if change.given {
                Withdrawal::RecordOnly
            } else {
                Withdrawal::of(change.purpose, status)
            };
            if !change.given && change.purpose == ConsentPurpose::Participation {
                sqlx::query(
                    "DELETE FROM outbox WHERE organisation_id = $1 AND lower(recipient) = $2 \
                     AND sent_at IS NULL",
                )
                .bind(organisation.as_str())
                .bind(email.to_lowercase())
                .execute(&mut *tx)
                .await?;
            }
            match effect {
                Withdrawal::LeavePool => {
                    sqlx::query(
                        "UPDATE people SET status = 'withdrawn', updated_at = $1 \
                         WHERE id = $2 AND organisation_id = $3",
                    )
                    .bind(to_unix(now))
                    .bind(person.as_str())
                    .bind(organisation.as_str())
                    .execute(&mut *tx)
                    .await?;
                }
                Withdrawal::CoordinatorMustEndTandem => {
                    let channel = if change.recorded_by.is_some() {
                        "staff"
                    } else {
                        "self_service"
                    };
                    insert_request!(
                        tx,
                        organisation,
                        person,
                        RequestKind::EndParticipation,
                        channel,
                        now
                    );
                }
                Withdrawal::RecordOnly => {}
            }
            Ok::<_, StoreError>(effect)
        })
    }

    /// Whether a purpose is consented now (taking part counts from the registration).
    pub async fn has_consent(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
        purpose: ConsentPurpose,
    ) -> StoreResult<bool> {
        let latest: Option<bool> = in_organisation!(self, organisation, |tx| {
            sqlx::query_scalar(
                "SELECT given FROM consent_events WHERE organisation_id = $1 AND person_id = $2 \
                 AND purpose = $3 ORDER BY seq DESC LIMIT 1",
            )
            .bind(organisation.as_str())
            .bind(person.as_str())
            .bind(purpose.as_str())
            .fetch_optional(&mut *tx)
            .await
        })?;
        Ok(latest.unwrap_or(purpose == ConsentPurpose::Participation))
    }

    /// Stores the hash of a person's "my data" link (replacing an earlier one).
    pub async fn set_self_service_link(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
        token_hash: &str,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        in_organisation_transaction!(self, organisation, |tx| {
            sqlx::query("DELETE FROM self_service_links WHERE person_id = $1")
                .bind(person.as_str())
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO self_service_links (person_id, organisation_id, token_hash, \
                 created_at) SELECT id, organisation_id, $1, $2 FROM people \
                 WHERE id = $3 AND organisation_id = $4 AND erased_at IS NULL",
            )
            .bind(token_hash)
            .bind(to_unix(now))
            .bind(person.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await?;
            Ok::<_, StoreError>(())
        })
    }

    /// The person behind a "my data" link; erased people have none.
    pub async fn self_service_owner(&self, token_hash: &str) -> StoreResult<SelfServiceOwner> {
        let row: Option<(String, String)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT l.organisation_id, l.person_id FROM self_service_links l \
                 JOIN people p ON p.id = l.person_id \
                 WHERE l.token_hash = $1 AND p.erased_at IS NULL",
            )
            .bind(token_hash)
            .fetch_optional(&mut *tx)
            .await
        })?;
        let (organisation, person) = row.ok_or(StoreError::NotFound)?;
        Ok(SelfServiceOwner {
            organisation_id: OrganisationId::from_string(organisation),
            person_id: PersonId::from_string(person),
        })
    }

    /// Opens a request (received now, due a month later) and returns its id. An access request
    /// answered on the spot is opened already completed.
    pub async fn open_data_request(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
        kind: RequestKind,
        self_service: bool,
        completed: bool,
        now: time::OffsetDateTime,
    ) -> StoreResult<String> {
        let channel = if self_service {
            "self_service"
        } else {
            "staff"
        };
        in_organisation_transaction!(self, organisation, |tx| {
            let exists: Option<String> =
                sqlx::query_scalar("SELECT id FROM people WHERE id = $1 AND organisation_id = $2")
                    .bind(person.as_str())
                    .bind(organisation.as_str())
                    .fetch_optional(&mut *tx)
                    .await?;
            exists.ok_or(StoreError::NotFound)?;
            let id = insert_request!(tx, organisation, person, kind, channel, now);
            if completed {
                sqlx::query("UPDATE data_requests SET completed_at = $1 WHERE id = $2")
                    .bind(to_unix(now))
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
            }
            Ok::<_, StoreError>(id)
        })
    }

    /// Marks a person's open requests of a kind as done (e.g. all erasure requests once erased).
    pub async fn complete_data_requests(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
        kind: RequestKind,
        now: time::OffsetDateTime,
    ) -> StoreResult<u64> {
        Ok(in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "UPDATE data_requests SET completed_at = $1 WHERE organisation_id = $2 \
                 AND person_id = $3 AND kind = $4 AND completed_at IS NULL",
            )
            .bind(to_unix(now))
            .bind(organisation.as_str())
            .bind(person.as_str())
            .bind(kind.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?)
    }

    /// The organisation's requests: open ones first by deadline, then the last 50 completed.
    pub async fn data_requests(
        &self,
        organisation: &OrganisationId,
    ) -> StoreResult<Vec<DataRequest>> {
        let select = "SELECT r.id, r.person_id, \
             COALESCE(p.first_name || ' ' || p.last_name, '') AS person_name, r.kind, r.channel, \
             r.received_at, r.due_at, r.completed_at FROM data_requests r \
             JOIN people p ON p.id = r.person_id WHERE r.organisation_id = $1";
        let open = format!("{select} AND r.completed_at IS NULL ORDER BY r.due_at");
        let done = format!(
            "{select} AND r.completed_at IS NOT NULL ORDER BY r.completed_at DESC LIMIT 50"
        );
        let mut rows: Vec<RequestRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(&open)
                .bind(organisation.as_str())
                .fetch_all(&mut *tx)
                .await
        })?;
        let completed: Vec<RequestRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(&done)
                .bind(organisation.as_str())
                .fetch_all(&mut *tx)
                .await
        })?;
        rows.extend(completed);
        rows.into_iter().map(RequestRow::into_domain).collect()
    }
}
