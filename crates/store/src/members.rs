//! Further mentors and mentees of a tandem (`tandem_members`, migration 0019). The decision is
//! `tandem_core::members::NewMember::check`; here the facts it needs are read inside the same
//! transaction that writes the member, after touching the tandem's and the candidate's rows
//! (the write lock on SQLite, row locks on PostgreSQL), so two coordinators cannot both give
//! away a mentor's last place or put one mentee into two tandems.
//!
//! Further members take part like the primary pair: meeting-log links (`followup`), a further
//! mentor's own diary entries (`diary`), the mentees' profiles for every mentor of the tandem,
//! the certificate of volunteering, export and erasure.

use crate::{
    LinkPurpose, Store, StoreError, StoreResult, in_organisation, in_organisation_transaction,
    to_unix,
};
use tandem_core::{
    DomainError,
    ids::{OrganisationId, PersonId, TandemId},
    members::{NewMember, sees_mentee_profiles},
    minors::{CertificateRecord, MinorDetails},
    person::{Person, PersonStatus, Side},
    programme_rules::TandemRules,
    tandem::TandemStatus,
};

/// A further member of a tandem, as the tandem's page and the API show it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct TandemMember {
    pub person_id: String,
    pub name: String,
    /// mentor or mentee.
    pub side: String,
    /// Unix seconds.
    pub added_at: i64,
}

/// Open tandems a mentor is in, as primary mentor or further mentor (`$1` person, `$2` a tandem
/// to leave out, or any id that matches none).
pub(crate) const MENTOR_OPEN_SQL: &str = "SELECT COUNT(*) FROM tandems t \
     WHERE t.id <> $2 AND t.status IN ('proposed', 'accepted', 'active', 'paused') \
     AND (t.mentor_id = $1 OR EXISTS (SELECT 1 FROM tandem_members m \
     WHERE m.tandem_id = t.id AND m.person_id = $1))";

/// Further mentors' open tandems per mentor of a programme (`$1` programme), for matching's
/// free places.
pub(crate) const MEMBER_LOADS_SQL: &str = "SELECT m.person_id, COUNT(*) FROM tandem_members m \
     JOIN tandems t ON t.id = m.tandem_id WHERE t.programme_id = $1 AND m.side = 'mentor' \
     AND t.status IN ('proposed', 'accepted', 'active', 'paused') GROUP BY m.person_id";

#[derive(sqlx::FromRow)]
struct TandemFacts {
    programme_id: String,
    status: String,
    mentor_id: String,
    mentee_id: String,
    rules_snapshot: String,
    programme_rules: String,
}

#[derive(sqlx::FromRow)]
struct CandidateFacts {
    programme_id: String,
    side: String,
    status: String,
    capacity: Option<i64>,
    mentor_capacity: i64,
}

impl Store {
    /// Adds a further mentor or mentee (by the person's side) to an open tandem of the caller's
    /// organisation, if the tandem's rules and every rule for mentors allow it.
    pub async fn add_tandem_member(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
        person: &PersonId,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        in_organisation_transaction!(self, organisation, |tx| {
            for (table, id) in [("tandems", tandem.as_str()), ("people", person.as_str())] {
                let touched = sqlx::query(&format!(
                    "UPDATE {table} SET updated_at = $1 WHERE id = $2 AND organisation_id = $3"
                ))
                .bind(to_unix(now))
                .bind(id)
                .bind(organisation.as_str())
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if touched == 0 {
                    return Err(StoreError::NotFound);
                }
            }
            let facts: TandemFacts = sqlx::query_as(
                "SELECT t.programme_id, t.status, t.mentor_id, t.mentee_id, t.rules_snapshot, \
                 p.rules AS programme_rules FROM tandems t \
                 JOIN programmes p ON p.id = t.programme_id WHERE t.id = $1",
            )
            .bind(tandem.as_str())
            .fetch_one(&mut *tx)
            .await?;
            let candidate: CandidateFacts = sqlx::query_as(
                "SELECT pe.programme_id, pe.side, pe.status, pe.capacity, pr.mentor_capacity \
                 FROM people pe JOIN programmes pr ON pr.id = pe.programme_id \
                 WHERE pe.id = $1 AND pe.erased_at IS NULL",
            )
            .bind(person.as_str())
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
            let side =
                Side::parse(&candidate.side).map_err(|_| StoreError::Corrupt("people.side"))?;
            let members: Vec<(String, String)> =
                sqlx::query_as("SELECT person_id, side FROM tandem_members WHERE tandem_id = $1")
                    .bind(tandem.as_str())
                    .fetch_all(&mut *tx)
                    .await?;
            let mut mentors = vec![facts.mentor_id.clone()];
            let mut mentees = vec![facts.mentee_id.clone()];
            for (member, member_side) in &members {
                if member_side == Side::Mentor.as_str() {
                    mentors.push(member.clone());
                } else {
                    mentees.push(member.clone());
                }
            }
            let already_in_tandem = mentors
                .iter()
                .chain(&mentees)
                .any(|id| id == person.as_str());
            let (mentor_count, mentee_count) = (count(&mentors), count(&mentees));
            match side {
                Side::Mentor => mentors.push(person.to_string()),
                Side::Mentee => mentees.push(person.to_string()),
            }
            let rules = if facts.rules_snapshot.is_empty() {
                crate::programme_rules::parse_rules(&facts.programme_rules)?
            } else {
                serde_json::from_str::<TandemRules>(&facts.rules_snapshot)
                    .map_err(|_| StoreError::Corrupt("tandems.rules_snapshot"))?
                    .rules
            };
            let status = TandemStatus::parse(&facts.status)
                .map_err(|_| StoreError::Corrupt("tandems.status"))?;
            let person_status = PersonStatus::parse(&candidate.status)
                .map_err(|_| StoreError::Corrupt("people.status"))?;
            let today = tandem_core::event::to_local(now).date();

            let mut free_places = 0;
            let mut trainings = Vec::new();
            if side == Side::Mentor {
                let open: i64 = sqlx::query_scalar(MENTOR_OPEN_SQL)
                    .bind(person.as_str())
                    .bind("")
                    .fetch_one(&mut *tx)
                    .await?;
                free_places = candidate.capacity.unwrap_or(candidate.mentor_capacity) - open;
                let recorded: Vec<(String, String, bool)> =
                    sqlx::query_as(crate::programme_rules::RECORDED_TRAININGS_SQL)
                        .bind(person.as_str())
                        .bind(organisation.as_str())
                        .fetch_all(&mut *tx)
                        .await?;
                let attended: Vec<(String, i64)> =
                    sqlx::query_as(crate::programme_rules::EVENT_TRAININGS_SQL)
                        .bind(person.as_str())
                        .bind(organisation.as_str())
                        .fetch_all(&mut *tx)
                        .await?;
                trainings = crate::programme_rules::training_records(recorded, attended)?
                    .into_iter()
                    .map(|training| training.record)
                    .collect();
            }

            // Minors among the mentees once the candidate has joined, and the candidate's
            // guardian consent when the candidate is a mentee.
            let minor_sql = format!(
                "SELECT {} FROM minor_details WHERE person_id = $1",
                crate::minors::MINOR_COLUMNS
            );
            let mut minor_among_mentees = false;
            let mut guardian_consent_ok = true;
            for mentee in &mentees {
                let details: Option<crate::minors::MinorRow> = sqlx::query_as(&minor_sql)
                    .bind(mentee)
                    .fetch_optional(&mut *tx)
                    .await?;
                let details: Option<MinorDetails> = details
                    .map(crate::minors::MinorRow::into_domain)
                    .transpose()?;
                let year: i64 = sqlx::query_scalar("SELECT birth_year FROM people WHERE id = $1")
                    .bind(mentee)
                    .fetch_one(&mut *tx)
                    .await?;
                let year = crate::minors::birth_year(year)?;
                minor_among_mentees |= tandem_core::minors::is_minor(
                    details.as_ref().map(|d| d.birth_date),
                    year,
                    today,
                );
                if side == Side::Mentee && mentee == person.as_str() {
                    guardian_consent_ok =
                        MinorDetails::check_may_proceed(details.as_ref(), year, today).is_ok();
                }
            }
            // The records of the mentors the decision concerns: the new mentor's own, or, when
            // a mentee joins, every mentor's.
            let concerned: Vec<&String> = match side {
                Side::Mentor => vec![mentors.last().unwrap_or(&facts.mentor_id)],
                Side::Mentee => mentors.iter().collect(),
            };
            let certificate_sql = format!(
                "SELECT {} FROM conduct_certificates WHERE person_id = $1 AND organisation_id = $2",
                crate::minors::CERTIFICATE_COLUMNS
            );
            let mut records: Vec<Option<CertificateRecord>> = Vec::new();
            for mentor in concerned {
                let row: Option<crate::minors::CertificateRow> = sqlx::query_as(&certificate_sql)
                    .bind(mentor)
                    .bind(organisation.as_str())
                    .fetch_optional(&mut *tx)
                    .await?;
                records.push(
                    row.map(crate::minors::CertificateRow::into_domain)
                        .transpose()?,
                );
            }

            let next = NewMember {
                side,
                rules: &rules,
                tandem_open: status.is_open(),
                same_programme: candidate.programme_id == facts.programme_id,
                already_in_tandem,
                status: person_status,
                mentors: mentor_count,
                mentees: mentee_count,
                free_places,
                trainings: &trainings,
                minor_among_mentees,
                mentor_certificates: records.iter().map(Option::as_ref).collect(),
                guardian_consent_ok,
                today,
            }
            .check()?;
            sqlx::query(
                "INSERT INTO tandem_members (tandem_id, person_id, organisation_id, side, \
                 added_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(tandem.as_str())
            .bind(person.as_str())
            .bind(organisation.as_str())
            .bind(side.as_str())
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE people SET status = $1, updated_at = $2 WHERE id = $3")
                .bind(next.as_str())
                .bind(to_unix(now))
                .bind(person.as_str())
                .execute(&mut *tx)
                .await?;
            Ok(())
        })
    }

    /// Takes a further member out of a tandem: a mentee goes back to the pool, a mentor stays
    /// matched while another open tandem of theirs remains.
    pub async fn remove_tandem_member(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
        person: &PersonId,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        in_organisation_transaction!(self, organisation, |tx| {
            let touched = sqlx::query(
                "UPDATE tandems SET updated_at = $1 WHERE id = $2 AND organisation_id = $3",
            )
            .bind(to_unix(now))
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if touched == 0 {
                return Err(StoreError::NotFound);
            }
            let status: String = sqlx::query_scalar("SELECT status FROM tandems WHERE id = $1")
                .bind(tandem.as_str())
                .fetch_one(&mut *tx)
                .await?;
            let open = TandemStatus::parse(&status)
                .map_err(|_| StoreError::Corrupt("tandems.status"))?
                .is_open();
            let removed = sqlx::query(
                "DELETE FROM tandem_members WHERE tandem_id = $1 AND person_id = $2 \
                 AND organisation_id = $3",
            )
            .bind(tandem.as_str())
            .bind(person.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if removed == 0 {
                return Err(StoreError::NotFound);
            }
            if !open {
                // A closed tandem's members are its history; the coordinator cannot rewrite it.
                return Err(DomainError::invalid("tandem", "tandem-closed").into());
            }
            let other_open: i64 = sqlx::query_scalar(MENTOR_OPEN_SQL)
                .bind(person.as_str())
                .bind(tandem.as_str())
                .fetch_one(&mut *tx)
                .await?;
            let current: String = sqlx::query_scalar("SELECT status FROM people WHERE id = $1")
                .bind(person.as_str())
                .fetch_one(&mut *tx)
                .await?;
            let next = PersonStatus::parse(&current)
                .map_err(|_| StoreError::Corrupt("people.status"))?
                .on_tandem_closed(true, other_open > 0);
            sqlx::query("UPDATE people SET status = $1, updated_at = $2 WHERE id = $3")
                .bind(next.as_str())
                .bind(to_unix(now))
                .bind(person.as_str())
                .execute(&mut *tx)
                .await?;
            Ok(())
        })
    }

    /// The further members of a tandem of the caller's organisation, in the order they joined.
    pub async fn tandem_members(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
    ) -> StoreResult<Vec<TandemMember>> {
        Ok(in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT m.person_id, p.first_name || ' ' || p.last_name AS name, m.side, \
                 m.added_at FROM tandem_members m JOIN people p ON p.id = m.person_id \
                 WHERE m.tandem_id = $1 AND m.organisation_id = $2 ORDER BY m.added_at, p.id",
            )
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?)
    }
}

impl Store {
    /// Stores a new personal link (its hash) for a further member of a tandem of the
    /// organisation, on the member's side — the meeting log a primary mentor or mentee gets.
    /// `NotFound` unless `person` is a member of that tandem now.
    pub async fn create_member_followup_link(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
        person: &PersonId,
        purpose: LinkPurpose,
        token_hash: &str,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        let inserted = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "INSERT INTO followup_links (token_hash, tandem_id, person_id, side, purpose, \
                 point, created_at) SELECT $1, m.tandem_id, m.person_id, m.side, $2, $3, $4 \
                 FROM tandem_members m WHERE m.tandem_id = $5 AND m.person_id = $6 \
                 AND m.organisation_id = $7",
            )
            .bind(token_hash)
            .bind(purpose.column())
            .bind(purpose.point())
            .bind(to_unix(now))
            .bind(tandem.as_str())
            .bind(person.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        if inserted == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// The mentees of a tandem of the organisation — primary first, then further ones — with
    /// their guardian details, as `mentor` may see them: a child's profile is for the
    /// coordinators and the child's own mentors only. `NotFound` unless `mentor` is the
    /// tandem's primary or a further mentor now; empty once the tandem has closed
    /// (`tandem_core::members::sees_mentee_profiles`).
    pub async fn mentees_seen_by(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
        mentor: &PersonId,
    ) -> StoreResult<Vec<(Person, Option<MinorDetails>)>> {
        let found: Option<(String, String)> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT t.status, t.mentee_id FROM tandems t WHERE t.id = $1 \
                 AND t.organisation_id = $2 AND (t.mentor_id = $3 OR EXISTS (SELECT 1 \
                 FROM tandem_members m WHERE m.tandem_id = t.id AND m.person_id = $3 \
                 AND m.side = 'mentor'))",
            )
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .bind(mentor.as_str())
            .fetch_optional(&mut *tx)
            .await
        })?;
        let (status, primary) = found.ok_or(StoreError::NotFound)?;
        let status =
            TandemStatus::parse(&status).map_err(|_| StoreError::Corrupt("tandems.status"))?;
        if !sees_mentee_profiles(Side::Mentor, status) {
            return Ok(Vec::new());
        }
        let ids: Vec<String> = in_organisation!(self, organisation, |tx| {
            sqlx::query_scalar(
                "SELECT m.person_id FROM tandem_members m WHERE m.tandem_id = $1 \
                 AND m.organisation_id = $2 AND m.side = 'mentee' \
                 ORDER BY m.added_at, m.person_id",
            )
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut seen = Vec::new();
        for id in std::iter::once(primary).chain(ids) {
            let id = PersonId::from_string(id);
            let person = match self.person(organisation, &id).await {
                Ok(person) => person,
                // Erased: nothing left to show.
                Err(StoreError::NotFound) => continue,
                Err(other) => return Err(other),
            };
            let details = self.minor_details(organisation, &id).await?;
            seen.push((person, details));
        }
        Ok(seen)
    }
}

fn count(ids: &[String]) -> u8 {
    u8::try_from(ids.len()).unwrap_or(u8::MAX)
}
