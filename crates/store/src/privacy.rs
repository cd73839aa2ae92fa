//! Personal data rights and accountability: the audit trail (who viewed, changed, exported or
//! erased whom), a person's complete data for export (GDPR Art. 15/20), and erasure (Art. 17) that
//! blanks every personal field in every table while keeping anonymous rows for counts. On SQLite,
//! erasure runs with `secure_delete` and ends with a WAL checkpoint, so the old bytes do not linger
//! in the database files.

use crate::{
    Backend, Store, StoreError, StoreResult, as_system, in_organisation,
    in_organisation_transaction, to_unix,
};
use tandem_core::{
    ids::{OrganisationId, PersonId, UserId},
    person::Person,
};

/// What was done to a person's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    Viewed,
    Changed,
    Exported,
    Erased,
}

impl AuditAction {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Viewed => "viewed",
            Self::Changed => "changed",
            Self::Exported => "exported",
            Self::Erased => "erased",
        }
    }
}

/// A line of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct AuditEntry {
    pub actor_name: String,
    pub action: String,
    pub person_id: String,
    /// Unix seconds.
    pub at: i64,
}

/// Everything Tandem holds about one person.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PersonExport {
    pub person: Person,
    pub tandems: Vec<ExportedTandem>,
    pub proposals: Vec<ExportedProposal>,
    pub mails: Vec<ExportedMail>,
    pub audit: Vec<AuditEntry>,
    /// Meetings of the person's tandems and their own check-in answers.
    pub meetings: Vec<crate::followup::ExportedMeeting>,
    pub check_ins: Vec<crate::followup::ExportedCheckIn>,
    /// Outcomes recorded for the person (German level, job found, …).
    pub outcomes: Vec<crate::outcomes::ExportedOutcome>,
    /// Answers to the programme's intake questions (question id, stored answer).
    pub intake_answers: Vec<ExportedIntakeAnswer>,
    /// Tandems the person joined as a further mentor or mentee.
    pub memberships: Vec<ExportedMembership>,
    /// The person's answers to start and end surveys.
    pub surveys: Vec<crate::surveys::ExportedSurveyAnswer>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct ExportedMembership {
    pub tandem_id: String,
    pub side: String,
    pub status: String,
    pub added_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct ExportedIntakeAnswer {
    pub question_id: String,
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct ExportedTandem {
    pub id: String,
    pub role: String,
    pub status: String,
    pub partner_first_name: String,
    pub created_at: i64,
    pub started_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub end_reason: Option<String>,
    /// The coordinator's text for an "other" end reason.
    pub end_reason_detail: Option<String>,
    pub decline_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct ExportedProposal {
    pub run_id: String,
    pub score: i64,
    pub reasons: String,
    pub state: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct ExportedMail {
    pub subject: String,
    pub body: String,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

impl Store {
    /// Records one access to a person's data.
    pub async fn audit(
        &self,
        organisation: &OrganisationId,
        actor: Option<(&UserId, &str)>,
        action: AuditAction,
        person: &PersonId,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "INSERT INTO audit_log (id, organisation_id, actor_id, actor_name, action, \
                 person_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(organisation.as_str())
            .bind(actor.map(|(id, _)| id.as_str()))
            .bind(actor.map_or("system", |(_, name)| name))
            .bind(action.as_str())
            .bind(person.as_str())
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }

    /// The organisation's audit trail, newest first (at most `limit` lines).
    pub async fn audit_trail(
        &self,
        organisation: &OrganisationId,
        person: Option<&PersonId>,
        limit: i64,
    ) -> StoreResult<Vec<AuditEntry>> {
        Ok(in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT actor_name, action, person_id, at FROM audit_log \
                 WHERE organisation_id = $1 AND ($2 IS NULL OR person_id = $2) \
                 ORDER BY at DESC, id LIMIT $3",
            )
            .bind(organisation.as_str())
            .bind(person.map(PersonId::as_str))
            .bind(limit)
            .fetch_all(&mut *tx)
            .await
        })?)
    }

    /// Everything about one person of the caller's organisation.
    pub async fn export_person(
        &self,
        organisation: &OrganisationId,
        id: &PersonId,
    ) -> StoreResult<PersonExport> {
        let person = self.person(organisation, id).await?;
        let (tandems, proposals, mails) = in_organisation!(self, organisation, |tx| {
            let tandems = sqlx::query_as(
                "SELECT t.id, CASE WHEN t.mentee_id = $1 THEN 'mentee' ELSE 'mentor' END AS role, \
                 t.status, other.first_name AS partner_first_name, t.created_at, t.started_at, \
                 t.ended_at, t.end_reason, t.end_reason_detail, t.decline_reason FROM tandems t \
                 JOIN people other ON other.id = CASE WHEN t.mentee_id = $1 THEN t.mentor_id \
                 ELSE t.mentee_id END \
                 WHERE (t.mentee_id = $1 OR t.mentor_id = $1) AND t.organisation_id = $2 \
                 ORDER BY t.created_at",
            )
            .bind(id.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await?;
            let proposals = sqlx::query_as(
                "SELECT rp.run_id, rp.score, rp.reasons, rp.state FROM run_proposals rp \
                 JOIN matching_runs r ON r.id = rp.run_id \
                 WHERE (rp.mentee_id = $1 OR rp.mentor_id = $1) AND r.organisation_id = $2 \
                 ORDER BY r.created_at",
            )
            .bind(id.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await?;
            let mails = sqlx::query_as(
                "SELECT subject, body, created_at, sent_at FROM outbox \
                 WHERE lower(recipient) = $1 AND organisation_id = $2 ORDER BY created_at",
            )
            .bind(person.profile.email.as_str().to_lowercase())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await?;
            Ok::<_, sqlx::Error>((tandems, proposals, mails))
        })?;
        let memberships = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT m.tandem_id, m.side, t.status, m.added_at FROM tandem_members m \
                 JOIN tandems t ON t.id = m.tandem_id WHERE m.person_id = $1 \
                 AND m.organisation_id = $2 ORDER BY m.added_at",
            )
            .bind(id.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?;
        let audit = self.audit_trail(organisation, Some(id), 500).await?;
        let (meetings, check_ins) = self.followup_export(organisation, id).await?;
        let outcomes = self.outcomes_export(organisation, id).await?;
        let intake_answers = self
            .intake_answers(organisation, id)
            .await?
            .into_iter()
            .map(|(question_id, answer)| ExportedIntakeAnswer {
                question_id,
                answer,
            })
            .collect();
        let surveys = self.surveys_export(organisation, id).await?;
        Ok(PersonExport {
            person,
            tandems,
            proposals,
            mails,
            audit,
            meetings,
            check_ins,
            outcomes,
            intake_answers,
            memberships,
            surveys,
        })
    }

    /// People whose data the retention rules say to erase now: those in no open tandem whose last
    /// tandem ended before `after_tandem`, and those never in a tandem without any change since
    /// `unmatched_idle`. Returns (organisation, person) pairs.
    pub async fn retention_due(
        &self,
        after_tandem: time::OffsetDateTime,
        unmatched_idle: time::OffsetDateTime,
    ) -> StoreResult<Vec<(OrganisationId, PersonId)>> {
        let rows: Vec<(String, String)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT p.organisation_id, p.id FROM people p WHERE p.erased_at IS NULL \
                 AND p.status <> 'matched' AND ( \
                   (EXISTS (SELECT 1 FROM tandems t WHERE t.mentee_id = p.id OR t.mentor_id = p.id) \
                    AND NOT EXISTS (SELECT 1 FROM tandems t WHERE (t.mentee_id = p.id \
                      OR t.mentor_id = p.id) AND (t.ended_at IS NULL OR t.ended_at > $1))) \
                   OR (NOT EXISTS (SELECT 1 FROM tandems t WHERE t.mentee_id = p.id \
                      OR t.mentor_id = p.id) AND p.updated_at <= $2)) \
                 ORDER BY p.id",
            )
            .bind(to_unix(after_tandem))
            .bind(to_unix(unmatched_idle))
            .fetch_all(&mut *tx)
            .await
        })?;
        Ok(rows
            .into_iter()
            .map(|(organisation, person)| {
                (
                    OrganisationId::from_string(organisation),
                    PersonId::from_string(person),
                )
            })
            .collect())
    }

    /// Erases a person's personal data everywhere; ids, statuses and dates stay so that counts
    /// remain true. Open tandems of the person are not touched here: the caller ends them first.
    pub async fn erase_person(
        &self,
        organisation: &OrganisationId,
        id: &PersonId,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        let person = self.person(organisation, id).await?;
        let email_key = person.profile.email.as_str().to_lowercase();
        let placeholder = format!("erased-{}@erased.invalid", id.as_str());
        let runs: Vec<(String, String)> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT id, waiting FROM matching_runs WHERE organisation_id = $1 \
                 AND waiting LIKE $2",
            )
            .bind(organisation.as_str())
            .bind(format!("%{}%", id.as_str()))
            .fetch_all(&mut *tx)
            .await
        })?;
        let scrubbed: Vec<(String, String)> = runs
            .into_iter()
            .map(|(run, waiting)| {
                let mut lines: Vec<serde_json::Value> =
                    serde_json::from_str(&waiting).unwrap_or_default();
                for line in &mut lines {
                    if line["mentee_id"] == id.as_str() {
                        line["mentee_name"] = serde_json::Value::String(String::new());
                    }
                }
                (run, serde_json::Value::Array(lines).to_string())
            })
            .collect();
        in_organisation_transaction!(self, organisation, |tx| {
            // The mentee's tandems move to the erased postal code in the statewide rollup.
            crate::rollup::shift_rollup!(tx, crate::rollup::Scope::Mentee, id.as_str(), -1);
            let erased = sqlx::query(
                "UPDATE people SET first_name = '', last_name = '', email = $1, email_key = $1, \
                 phone = NULL, postal_code = '99999', languages = '', availability = 0, \
                 gender = 'not_stated', gender_preference = 'any', birth_year = 1900, \
                 interests = '', goals = '', profession = '', coordinator_notes = '', \
                 status = 'withdrawn', erased_at = $2, updated_at = $2 \
                 WHERE id = $3 AND organisation_id = $4 AND erased_at IS NULL",
            )
            .bind(&placeholder)
            .bind(to_unix(now))
            .bind(id.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if erased == 0 {
                return Err(StoreError::NotFound);
            }
            crate::rollup::shift_rollup!(tx, crate::rollup::Scope::Mentee, id.as_str(), 1);
            sqlx::query(
                "UPDATE tandems SET decline_reason = NULL, end_reason_detail = NULL, mentee_token_hash = CASE WHEN \
                 mentee_id = $1 THEN NULL ELSE mentee_token_hash END, mentor_token_hash = CASE \
                 WHEN mentor_id = $1 THEN NULL ELSE mentor_token_hash END \
                 WHERE mentee_id = $1 OR mentor_id = $1 \
                 OR id IN (SELECT tandem_id FROM tandem_members WHERE person_id = $1)",
            )
            .bind(id.as_str())
            .execute(&mut *tx)
            .await?;
            for statement in crate::minors::ERASE_MINORS {
                sqlx::query(statement)
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
            // Answers may name a school, an employer or a profession: they go entirely.
            sqlx::query("DELETE FROM intake_answers WHERE person_id = $1")
                .bind(id.as_str())
                .execute(&mut *tx)
                .await?;
            for statement in crate::surveys::ERASE_SURVEYS {
                sqlx::query(statement)
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
            for statement in crate::outcomes::ERASE_OUTCOMES {
                sqlx::query(statement)
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
            for statement in crate::followup::ERASE_FOLLOWUP {
                sqlx::query(statement)
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query("DELETE FROM outbox WHERE lower(recipient) = $1 AND organisation_id = $2")
                .bind(&email_key)
                .bind(organisation.as_str())
                .execute(&mut *tx)
                .await?;
            for (run, waiting) in &scrubbed {
                sqlx::query("UPDATE matching_runs SET waiting = $1 WHERE id = $2")
                    .bind(waiting)
                    .bind(run)
                    .execute(&mut *tx)
                    .await?;
            }
            Ok::<_, StoreError>(())
        })?;
        if self.backend() == Backend::Sqlite {
            // Overwritten pages are zeroed (secure_delete is on for every connection); the
            // checkpoint moves them into the main file and truncates the WAL.
            in_organisation!(self, organisation, |tx| {
                sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                    .execute(&mut *tx)
                    .await
                    .map(|_| ())
            })?;
        }
        Ok(())
    }
}
