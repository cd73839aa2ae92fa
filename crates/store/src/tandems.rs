//! Tandems: forming one from a mentor and a mentee, moving it through its lifecycle, listing them.
//! People's statuses move in the same transaction as the tandem, so they never disagree.

use crate::{
    Page, Store, StoreError, StoreResult, from_unix, in_organisation, in_organisation_transaction,
    page_window, to_unix,
};
use tandem_core::{
    DomainError,
    ids::{OrganisationId, PersonId, ProgrammeId, TandemId},
    person::{PersonStatus, Side},
    tandem::{EndReason, Tandem, TandemAction, TandemStatus},
};

/// A tandem with the names a list or page shows.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct TandemView {
    pub id: String,
    pub programme_id: String,
    pub programme_name: String,
    pub mentor_id: String,
    pub mentor_name: String,
    pub mentee_id: String,
    pub mentee_name: String,
    pub status: String,
    pub mentor_accepted: bool,
    pub mentee_accepted: bool,
    pub end_reason: Option<String>,
    /// The coordinator's text when the end reason is "other".
    pub end_reason_detail: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
    pub started_at: Option<i64>,
    pub ended_at: Option<i64>,
}

const TANDEM_VIEW_SELECT: &str = "SELECT t.id, t.programme_id, p.name AS programme_name, \
     t.mentor_id, mr.first_name || ' ' || mr.last_name AS mentor_name, \
     t.mentee_id, me.first_name || ' ' || me.last_name AS mentee_name, \
     t.status, t.mentor_accepted, t.mentee_accepted, t.end_reason, t.end_reason_detail, \
     t.created_at, t.started_at, t.ended_at FROM tandems t JOIN programmes p ON p.id = t.programme_id \
     JOIN people mr ON mr.id = t.mentor_id JOIN people me ON me.id = t.mentee_id";

#[derive(Debug, Clone, Default)]
pub struct TandemQuery {
    pub programme_id: Option<ProgrammeId>,
    pub status: Option<TandemStatus>,
    pub page: u32,
    pub per_page: u32,
}

#[derive(sqlx::FromRow)]
struct TandemRow {
    id: String,
    programme_id: String,
    mentor_id: String,
    mentee_id: String,
    status: String,
    mentor_accepted: bool,
    mentee_accepted: bool,
    end_reason: Option<String>,
    created_at: i64,
    started_at: Option<i64>,
    ended_at: Option<i64>,
}

impl TandemRow {
    fn into_domain(self) -> StoreResult<Tandem> {
        let optional_time =
            |at: Option<i64>, column| at.map(|at| from_unix(at, column)).transpose();
        Ok(Tandem {
            id: TandemId::from_string(self.id),
            programme_id: ProgrammeId::from_string(self.programme_id),
            mentor_id: PersonId::from_string(self.mentor_id),
            mentee_id: PersonId::from_string(self.mentee_id),
            status: TandemStatus::parse(&self.status)
                .map_err(|_| StoreError::Corrupt("tandems.status"))?,
            mentor_accepted: self.mentor_accepted,
            mentee_accepted: self.mentee_accepted,
            end_reason: self
                .end_reason
                .map(|reason| EndReason::parse(&reason))
                .transpose()
                .map_err(|_| StoreError::Corrupt("tandems.end_reason"))?,
            created_at: from_unix(self.created_at, "tandems.created_at")?,
            started_at: optional_time(self.started_at, "tandems.started_at")?,
            ended_at: optional_time(self.ended_at, "tandems.ended_at")?,
        })
    }
}

#[derive(sqlx::FromRow)]
struct PairingRow {
    programme_id: String,
    side: String,
    status: String,
    capacity: Option<i64>,
    mentor_capacity: i64,
}

const TANDEM_COLUMNS: &str = "id, programme_id, mentor_id, mentee_id, status, mentor_accepted, \
     mentee_accepted, end_reason, created_at, started_at, ended_at";

impl Store {
    /// Forms a tandem by hand (proposed): both people must be in the same programme of the
    /// caller's organisation, the mentor with a free place, the mentee waiting (ready).
    pub async fn create_tandem(
        &self,
        organisation: &OrganisationId,
        mentor: &PersonId,
        mentee: &PersonId,
        now: time::OffsetDateTime,
    ) -> StoreResult<Tandem> {
        let pairing_sql = "SELECT pe.programme_id, pe.side, pe.status, pe.capacity, \
             pr.mentor_capacity FROM people pe JOIN programmes pr ON pr.id = pe.programme_id \
             WHERE pe.id = $1 AND pe.organisation_id = $2";
        let insert_sql = format!(
            "INSERT INTO tandems ({TANDEM_COLUMNS}, organisation_id, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $9)"
        );
        in_organisation_transaction!(self, organisation, |tx| {
            // Touching the mentor's row first takes the write lock on SQLite and a row lock on
            // PostgreSQL, so two coordinators cannot both give away a mentor's last place.
            // The mentee's row too: a further-member transaction for the same mentee waits.
            for person in [mentor, mentee] {
                sqlx::query(
                    "UPDATE people SET updated_at = $1 WHERE id = $2 AND organisation_id = $3",
                )
                .bind(to_unix(now))
                .bind(person.as_str())
                .bind(organisation.as_str())
                .execute(&mut *tx)
                .await?;
            }
            let mentor_row: Option<PairingRow> = sqlx::query_as(pairing_sql)
                .bind(mentor.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await?;
            let mentee_row: Option<PairingRow> = sqlx::query_as(pairing_sql)
                .bind(mentee.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await?;
            let (Some(mentor_row), Some(mentee_row)) = (mentor_row, mentee_row) else {
                return Err(StoreError::NotFound);
            };
            if mentor_row.side != Side::Mentor.as_str() {
                return Err(DomainError::invalid("mentor", "not-a-mentor").into());
            }
            if mentee_row.side != Side::Mentee.as_str() {
                return Err(DomainError::invalid("mentee", "not-a-mentee").into());
            }
            if mentor_row.programme_id != mentee_row.programme_id {
                return Err(DomainError::invalid("mentee", "other-programme").into());
            }
            let status = |row: &PairingRow| {
                PersonStatus::parse(&row.status).map_err(|_| StoreError::Corrupt("people.status"))
            };
            let mentor_next = status(&mentor_row)?
                .on_tandem_formed(Side::Mentor)
                .map_err(|_| DomainError::invalid("mentor", "not-available"))?;
            let mentee_next = status(&mentee_row)?
                .on_tandem_formed(Side::Mentee)
                .map_err(|_| DomainError::invalid("mentee", "not-available"))?;
            let places = mentor_row.capacity.unwrap_or(mentor_row.mentor_capacity);
            let open: i64 = sqlx::query_scalar(crate::members::MENTOR_OPEN_SQL)
                .bind(mentor.as_str())
                .bind("")
                .fetch_one(&mut *tx)
                .await?;
            if open >= places {
                return Err(DomainError::invalid("mentor", "mentor-full").into());
            }
            // The safeguarding gate (§72a SGB VIII and guardian consent), decided in the domain
            // on what is stored now, inside the same transaction.
            let today = tandem_core::event::to_local(now).date();
            let minor_sql = format!(
                "SELECT {} FROM minor_details WHERE person_id = $1",
                crate::minors::MINOR_COLUMNS
            );
            let mentee_details: Option<crate::minors::MinorRow> = sqlx::query_as(&minor_sql)
                .bind(mentee.as_str())
                .fetch_optional(&mut *tx)
                .await?;
            let mentee_details = mentee_details
                .map(crate::minors::MinorRow::into_domain)
                .transpose()?;
            let certificate_sql = format!(
                "SELECT {} FROM conduct_certificates WHERE person_id = $1 AND organisation_id = $2",
                crate::minors::CERTIFICATE_COLUMNS
            );
            let certificate: Option<crate::minors::CertificateRow> =
                sqlx::query_as(&certificate_sql)
                    .bind(mentor.as_str())
                    .bind(organisation.as_str())
                    .fetch_optional(&mut *tx)
                    .await?;
            let certificate = certificate
                .map(crate::minors::CertificateRow::into_domain)
                .transpose()?;
            let mentee_birth_year: i64 =
                sqlx::query_scalar("SELECT birth_year FROM people WHERE id = $1")
                    .bind(mentee.as_str())
                    .fetch_one(&mut *tx)
                    .await?;
            let mentee_birth_year = crate::minors::birth_year(mentee_birth_year)?;
            tandem_core::minors::MinorDetails::check_may_proceed(
                mentee_details.as_ref(),
                mentee_birth_year,
                today,
            )
            .map_err(|_| DomainError::invalid("mentee", "guardian-consent-missing"))?;
            // The programme's rules: required trainings and a certificate for every mentor;
            // the tandem keeps a copy of them (and the duration) as it starts.
            let (rules_raw, planned_months): (String, i64) = sqlx::query_as(
                "SELECT rules, planned_duration_months FROM programmes WHERE id = $1",
            )
            .bind(&mentor_row.programme_id)
            .fetch_one(&mut *tx)
            .await?;
            let rules = crate::programme_rules::parse_rules(&rules_raw)?;
            if !rules.required_trainings.is_empty() {
                let recorded: Vec<(String, String, bool)> =
                    sqlx::query_as(crate::programme_rules::RECORDED_TRAININGS_SQL)
                        .bind(mentor.as_str())
                        .bind(organisation.as_str())
                        .fetch_all(&mut *tx)
                        .await?;
                let attended: Vec<(String, i64)> =
                    sqlx::query_as(crate::programme_rules::EVENT_TRAININGS_SQL)
                        .bind(mentor.as_str())
                        .bind(organisation.as_str())
                        .fetch_all(&mut *tx)
                        .await?;
                let record: Vec<_> = crate::programme_rules::training_records(recorded, attended)?
                    .into_iter()
                    .map(|training| training.record)
                    .collect();
                tandem_core::programme_rules::check_trainings(&rules.required_trainings, &record)?;
            }
            let snapshot = serde_json::to_string(&tandem_core::programme_rules::TandemRules {
                duration_months: u16::try_from(planned_months).unwrap_or(0),
                rules: rules.clone(),
            })
            .map_err(|_| StoreError::Corrupt("tandems.rules_snapshot"))?;
            let tandem = Tandem::propose_safeguarded(
                ProgrammeId::from_string(mentor_row.programme_id.clone()),
                mentor.clone(),
                mentee.clone(),
                rules.certificate_required
                    || tandem_core::minors::is_minor(
                        mentee_details.as_ref().map(|d| d.birth_date),
                        mentee_birth_year,
                        today,
                    ),
                certificate.as_ref(),
                now,
            )?;
            sqlx::query(&insert_sql)
                .bind(tandem.id.as_str())
                .bind(tandem.programme_id.as_str())
                .bind(mentor.as_str())
                .bind(mentee.as_str())
                .bind(tandem.status.as_str())
                .bind(false)
                .bind(false)
                .bind(None::<String>)
                .bind(to_unix(now))
                .bind(None::<i64>)
                .bind(None::<i64>)
                .bind(organisation.as_str())
                .execute(&mut *tx)
                .await
                .map_err(|e| crate::conflict_on(e, "tandems_one_open_per_mentee", "mentee"))?;
            sqlx::query("UPDATE tandems SET rules_snapshot = $1 WHERE id = $2")
                .bind(&snapshot)
                .bind(tandem.id.as_str())
                .execute(&mut *tx)
                .await?;
            for (person, next) in [(mentor, mentor_next), (mentee, mentee_next)] {
                sqlx::query("UPDATE people SET status = $1, updated_at = $2 WHERE id = $3")
                    .bind(next.as_str())
                    .bind(to_unix(now))
                    .bind(person.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
            Ok(tandem)
        })
    }

    pub async fn tandem(
        &self,
        organisation: &OrganisationId,
        id: &TandemId,
    ) -> StoreResult<TandemView> {
        let sql = format!("{TANDEM_VIEW_SELECT} WHERE t.id = $1 AND t.organisation_id = $2");
        let row: Option<TandemView> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(&sql)
                .bind(id.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        row.ok_or(StoreError::NotFound)
    }

    /// A tandem as the domain sees it (for lifecycle decisions), scoped by organisation.
    pub async fn tandem_record(
        &self,
        organisation: &OrganisationId,
        id: &TandemId,
    ) -> StoreResult<Tandem> {
        let sql =
            format!("SELECT {TANDEM_COLUMNS} FROM tandems WHERE id = $1 AND organisation_id = $2");
        let row: Option<TandemRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(&sql)
                .bind(id.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        row.ok_or(StoreError::NotFound)?.into_domain()
    }

    /// Applies one lifecycle move; illegal moves are refused and change nothing. When a tandem
    /// closes, its people move on: declined or ended early → back to the pool (the coordinator may
    /// withdraw them), completed → alumni.
    pub async fn apply_tandem_action(
        &self,
        organisation: &OrganisationId,
        id: &TandemId,
        action: TandemAction,
        now: time::OffsetDateTime,
    ) -> StoreResult<Tandem> {
        self.apply_tandem_action_with_detail(organisation, id, action, None, now)
            .await
    }

    /// [`Store::apply_tandem_action`] with the text of an "other" end reason
    /// (`tandem_core::tandem::end_reason_detail` checks it; any other move stores none).
    pub async fn apply_tandem_action_with_detail(
        &self,
        organisation: &OrganisationId,
        id: &TandemId,
        action: TandemAction,
        end_reason_detail: Option<&str>,
        now: time::OffsetDateTime,
    ) -> StoreResult<Tandem> {
        let end_reason_detail = match action {
            TandemAction::EndEarly(EndReason::Other) => end_reason_detail,
            _ => None,
        };
        let select_sql =
            format!("SELECT {TANDEM_COLUMNS} FROM tandems WHERE id = $1 AND organisation_id = $2");
        in_organisation_transaction!(self, organisation, |tx| {
            // Lock first (see create_tandem), then read the state we decide on.
            let locked = sqlx::query(
                "UPDATE tandems SET updated_at = $1 WHERE id = $2 AND organisation_id = $3",
            )
            .bind(to_unix(now))
            .bind(id.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if locked == 0 {
                return Err(StoreError::NotFound);
            }
            let row: TandemRow = sqlx::query_as(&select_sql)
                .bind(id.as_str())
                .bind(organisation.as_str())
                .fetch_one(&mut *tx)
                .await?;
            let mut tandem = row.into_domain()?;
            let was_open = tandem.status.is_open();
            tandem.apply(action, now)?;
            crate::rollup::shift_rollup!(tx, crate::rollup::Scope::Tandem, id.as_str(), -1);
            sqlx::query(
                "UPDATE tandems SET status = $1, mentor_accepted = $2, mentee_accepted = $3, \
                 end_reason = $4, started_at = $5, ended_at = $6, \
                 end_reason_detail = $8 WHERE id = $7",
            )
            .bind(tandem.status.as_str())
            .bind(tandem.mentor_accepted)
            .bind(tandem.mentee_accepted)
            .bind(tandem.end_reason.map(EndReason::as_str))
            .bind(tandem.started_at.map(to_unix))
            .bind(tandem.ended_at.map(to_unix))
            .bind(id.as_str())
            .bind(end_reason_detail)
            .execute(&mut *tx)
            .await?;
            crate::rollup::shift_rollup!(tx, crate::rollup::Scope::Tandem, id.as_str(), 1);
            if tandem.status == TandemStatus::Declined {
                // Whoever declined, this pair is never proposed again.
                sqlx::query(
                    "INSERT INTO declined_pairs (mentee_id, mentor_id, programme_id, created_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                )
                .bind(tandem.mentee_id.as_str())
                .bind(tandem.mentor_id.as_str())
                .bind(tandem.programme_id.as_str())
                .bind(to_unix(now))
                .execute(&mut *tx)
                .await?;
            }
            if was_open && !tandem.status.is_open() {
                let back_to_pool = matches!(
                    tandem.status,
                    TandemStatus::Declined | TandemStatus::EndedEarly
                );
                // Further members leave with the tandem, like its primary mentor and mentee.
                let members: Vec<String> =
                    sqlx::query_scalar("SELECT person_id FROM tandem_members WHERE tandem_id = $1")
                        .bind(id.as_str())
                        .fetch_all(&mut *tx)
                        .await?;
                let everyone: Vec<PersonId> = [tandem.mentor_id.clone(), tandem.mentee_id.clone()]
                    .into_iter()
                    .chain(members.into_iter().map(PersonId::from_string))
                    .collect();
                for person in &everyone {
                    // Open tandems elsewhere (as primary mentor or further mentor); a mentee
                    // never has one.
                    let open_elsewhere: i64 = sqlx::query_scalar(crate::members::MENTOR_OPEN_SQL)
                        .bind(person.as_str())
                        .bind(id.as_str())
                        .fetch_one(&mut *tx)
                        .await?;
                    let other_open = open_elsewhere > 0;
                    let current: String =
                        sqlx::query_scalar("SELECT status FROM people WHERE id = $1")
                            .bind(person.as_str())
                            .fetch_one(&mut *tx)
                            .await?;
                    let current = PersonStatus::parse(&current)
                        .map_err(|_| StoreError::Corrupt("people.status"))?;
                    let next = current.on_tandem_closed(back_to_pool, other_open);
                    sqlx::query("UPDATE people SET status = $1, updated_at = $2 WHERE id = $3")
                        .bind(next.as_str())
                        .bind(to_unix(now))
                        .bind(person.as_str())
                        .execute(&mut *tx)
                        .await?;
                }
            }
            Ok(tandem)
        })
    }

    /// Tandems of the caller's organisation, newest first.
    pub async fn list_tandems(
        &self,
        organisation: &OrganisationId,
        query: &TandemQuery,
    ) -> StoreResult<Page<TandemView>> {
        let (page, per_page, limit, offset) = page_window(query.page, query.per_page);
        let programme = query.programme_id.as_ref().map(ProgrammeId::as_str);
        let status = query.status.map(TandemStatus::as_str);
        // Only the filters given, so the planner can use the indexes (see `list_people`).
        let mut filter = String::from("WHERE t.organisation_id = $1");
        let mut binds: Vec<&str> = Vec::new();
        for (column, value) in [("t.programme_id", programme), ("t.status", status)] {
            if let Some(value) = value {
                binds.push(value);
                filter.push_str(&format!(" AND {column} = ${}", binds.len() + 1));
            }
        }
        let list_sql = format!(
            "{TANDEM_VIEW_SELECT} {filter} ORDER BY t.created_at DESC, t.id LIMIT ${} OFFSET ${}",
            binds.len() + 2,
            binds.len() + 3
        );
        let count_sql = format!("SELECT COUNT(*) FROM tandems t {filter}");
        let (items, total): (Vec<TandemView>, i64) = in_organisation!(self, organisation, |tx| {
            let mut list = sqlx::query_as(&list_sql).bind(organisation.as_str());
            let mut count = sqlx::query_scalar(&count_sql).bind(organisation.as_str());
            for value in &binds {
                list = list.bind(*value);
                count = count.bind(*value);
            }
            let items = list.bind(limit).bind(offset).fetch_all(&mut *tx).await?;
            let total = count.fetch_one(&mut *tx).await?;
            Ok::<_, sqlx::Error>((items, total))
        })?;
        Ok(Page {
            items,
            page,
            per_page,
            total: u64::try_from(total).unwrap_or(0),
        })
    }
}
