//! A programme's rules (template, limits, required trainings, intake questions), the snapshot a
//! tandem keeps of them, mentors' trainings and the answers to intake questions. The decisions are
//! made in `tandem_core::programme_rules`; here they are only stored and read.

use crate::{
    Store, StoreError, StoreResult, as_system, from_unix, in_organisation,
    in_organisation_transaction, in_system_transaction, to_unix,
};
use std::collections::HashMap;
use tandem_core::{
    followup::{iso_date, parse_iso_date},
    ids::{OrganisationId, PersonId, ProgrammeId, TandemId, UserId},
    person::Side,
    programme_rules::{ProgrammeRules, TandemRules, TrainingRecord},
};

/// Where a training in a mentor's record comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrainingSource {
    /// Recorded by a coordinator.
    Recorded,
    /// Attendance ticked at a training event.
    Event,
}

/// One tandem a mentor took part in, for the certificate of volunteering (no mentee's name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceLine {
    pub programme_name: String,
    pub status: String,
    pub started_at: Option<time::OffsetDateTime>,
    pub ended_at: Option<time::OffsetDateTime>,
    pub meetings: u64,
    pub minutes: u64,
}

/// One line of a mentor's training record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentorTraining {
    pub record: TrainingRecord,
    pub source: TrainingSource,
}

pub(crate) fn parse_rules(raw: &str) -> StoreResult<ProgrammeRules> {
    if raw.trim().is_empty() {
        return Ok(ProgrammeRules::default());
    }
    serde_json::from_str(raw).map_err(|_| StoreError::Corrupt("programmes.rules"))
}

fn rules_json(rules: &ProgrammeRules) -> StoreResult<String> {
    serde_json::to_string(rules).map_err(|_| StoreError::Corrupt("programmes.rules"))
}

/// (person, title, held on, attended) of the `trainings` table.
type RecordedRow = (String, String, String, bool);
/// (person, title, starts at) of a training event attended.
type AttendedRow = (String, String, i64);
/// One person's recorded rows and attended events, before they become records.
type PersonTrainingRows = (Vec<(String, String, bool)>, Vec<(String, i64)>);

/// A mentor's recorded trainings (`$1` person, `$2` organisation).
pub(crate) const RECORDED_TRAININGS_SQL: &str = "SELECT title, held_on, attended FROM trainings \
     WHERE person_id = $1 AND organisation_id = $2 ORDER BY held_on, title";
/// Training events a person attended, matched by e-mail (`$1` person, `$2` organisation).
pub(crate) const EVENT_TRAININGS_SQL: &str = "SELECT e.title, e.starts_at FROM people p \
     JOIN event_registrations r ON r.email_key = p.email_key JOIN events e ON e.id = r.event_id \
     WHERE p.id = $1 AND p.organisation_id = $2 AND r.attended AND e.kind = 'training' \
     ORDER BY e.starts_at";

pub(crate) fn training_records(
    recorded: Vec<(String, String, bool)>,
    attended: Vec<(String, i64)>,
) -> StoreResult<Vec<MentorTraining>> {
    let mut list = Vec::new();
    for (title, held_on, attended) in recorded {
        list.push(MentorTraining {
            record: TrainingRecord {
                title,
                held_on: parse_iso_date(&held_on)
                    .map_err(|_| StoreError::Corrupt("trainings.held_on"))?,
                attended,
            },
            source: TrainingSource::Recorded,
        });
    }
    for (title, starts_at) in attended {
        let at = from_unix(starts_at, "events.starts_at")?;
        list.push(MentorTraining {
            record: TrainingRecord {
                title,
                held_on: tandem_core::event::to_local(at).date(),
                attended: true,
            },
            source: TrainingSource::Event,
        });
    }
    list.sort_by_key(|training| training.record.held_on);
    Ok(list)
}

impl Store {
    /// A programme's rules (the defaults when none were set).
    pub async fn programme_rules(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
    ) -> StoreResult<ProgrammeRules> {
        let raw: Option<String> = in_organisation!(self, organisation, |tx| {
            sqlx::query_scalar(
                "SELECT rules FROM programmes WHERE id = $1 AND organisation_id = $2",
            )
            .bind(programme.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await
        })?;
        parse_rules(&raw.ok_or(StoreError::NotFound)?)
    }

    /// The rules of a published programme, for its public registration form.
    pub async fn published_programme_rules(
        &self,
        programme: &ProgrammeId,
    ) -> StoreResult<ProgrammeRules> {
        let raw: Option<String> = as_system!(self, |tx| {
            sqlx::query_scalar("SELECT rules FROM programmes WHERE id = $1 AND published")
                .bind(programme.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        parse_rules(&raw.ok_or(StoreError::NotFound)?)
    }

    /// Replaces a programme's rules. Tandems already formed keep their snapshot.
    pub async fn set_programme_rules(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
        rules: &ProgrammeRules,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        let raw = rules_json(rules)?;
        let changed = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "UPDATE programmes SET rules = $1, updated_at = $2 WHERE id = $3 \
                 AND organisation_id = $4",
            )
            .bind(&raw)
            .bind(to_unix(now))
            .bind(programme.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// The rules a tandem started with; `None` for tandems formed before snapshots were kept.
    pub async fn tandem_rules(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
    ) -> StoreResult<Option<TandemRules>> {
        let raw: Option<String> = in_organisation!(self, organisation, |tx| {
            sqlx::query_scalar(
                "SELECT rules_snapshot FROM tandems WHERE id = $1 AND organisation_id = $2",
            )
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await
        })?;
        let raw = raw.ok_or(StoreError::NotFound)?;
        if raw.is_empty() {
            return Ok(None);
        }
        serde_json::from_str(&raw)
            .map(Some)
            .map_err(|_| StoreError::Corrupt("tandems.rules_snapshot"))
    }

    /// Records a training for a mentor of the caller's organisation.
    pub async fn record_training(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
        training: &TrainingRecord,
        by: &UserId,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        in_organisation_transaction!(self, organisation, |tx| {
            let side: Option<String> = sqlx::query_scalar(
                "SELECT side FROM people WHERE id = $1 AND organisation_id = $2 \
                 AND erased_at IS NULL",
            )
            .bind(person.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await?;
            match side {
                None => return Err(StoreError::NotFound),
                Some(side) if side != Side::Mentor.as_str() => {
                    return Err(tandem_core::DomainError::invalid("title", "not-a-mentor").into());
                }
                Some(_) => {}
            }
            sqlx::query(
                "INSERT INTO trainings (id, organisation_id, person_id, title, held_on, attended, \
                 recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(organisation.as_str())
            .bind(person.as_str())
            .bind(&training.title)
            .bind(iso_date(training.held_on))
            .bind(training.attended)
            .bind(by.as_str())
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await?;
            Ok(())
        })
    }

    /// A mentor's trainings: those recorded and the training events attended, oldest first.
    pub async fn mentor_trainings(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
    ) -> StoreResult<Vec<MentorTraining>> {
        let (recorded, attended) = in_organisation!(self, organisation, |tx| {
            let recorded: Vec<(String, String, bool)> = sqlx::query_as(RECORDED_TRAININGS_SQL)
                .bind(person.as_str())
                .bind(organisation.as_str())
                .fetch_all(&mut *tx)
                .await?;
            let attended: Vec<(String, i64)> = sqlx::query_as(EVENT_TRAININGS_SQL)
                .bind(person.as_str())
                .bind(organisation.as_str())
                .fetch_all(&mut *tx)
                .await?;
            Ok::<_, sqlx::Error>((recorded, attended))
        })?;
        training_records(recorded, attended)
    }

    /// The training records of every mentor of a programme, in two queries.
    pub(crate) async fn programme_trainings(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
    ) -> StoreResult<HashMap<PersonId, Vec<TrainingRecord>>> {
        let (recorded, attended): (Vec<RecordedRow>, Vec<AttendedRow>) =
            in_organisation!(self, organisation, |tx| {
                let recorded = sqlx::query_as(
                    "SELECT t.person_id, t.title, t.held_on, t.attended FROM trainings t \
                     JOIN people p ON p.id = t.person_id WHERE p.programme_id = $1 \
                     AND t.organisation_id = $2",
                )
                .bind(programme.as_str())
                .bind(organisation.as_str())
                .fetch_all(&mut *tx)
                .await?;
                let attended = sqlx::query_as(
                    "SELECT p.id, e.title, e.starts_at FROM people p \
                     JOIN event_registrations r ON r.email_key = p.email_key \
                     JOIN events e ON e.id = r.event_id WHERE p.programme_id = $1 \
                     AND p.organisation_id = $2 AND p.side = 'mentor' AND r.attended \
                     AND e.kind = 'training'",
                )
                .bind(programme.as_str())
                .bind(organisation.as_str())
                .fetch_all(&mut *tx)
                .await?;
                Ok::<_, sqlx::Error>((recorded, attended))
            })?;
        let mut by_person: HashMap<PersonId, PersonTrainingRows> = HashMap::new();
        for (person, title, held_on, done) in recorded {
            by_person
                .entry(PersonId::from_string(person))
                .or_default()
                .0
                .push((title, held_on, done));
        }
        for (person, title, starts_at) in attended {
            by_person
                .entry(PersonId::from_string(person))
                .or_default()
                .1
                .push((title, starts_at));
        }
        by_person
            .into_iter()
            .map(|(person, (recorded, attended))| {
                Ok((
                    person,
                    training_records(recorded, attended)?
                        .into_iter()
                        .map(|t| t.record)
                        .collect(),
                ))
            })
            .collect()
    }

    /// Fills in what matching needs from the programme's rules: whether every mentor needs a
    /// certificate, and which mentors lack a required training.
    pub(crate) async fn apply_programme_rules(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
        pool: &mut crate::MatchingPool,
    ) -> StoreResult<()> {
        let rules = self.programme_rules(organisation, programme).await?;
        pool.safeguarding.certificate_for_everyone = rules.certificate_required;
        if rules.required_trainings.is_empty() {
            return Ok(());
        }
        let trainings = self.programme_trainings(organisation, programme).await?;
        for (mentor, _) in &pool.mentors {
            let record = trainings.get(&mentor.id).map_or(&[][..], Vec::as_slice);
            if !tandem_core::programme_rules::missing_trainings(&rules.required_trainings, record)
                .is_empty()
            {
                pool.safeguarding
                    .missing_trainings
                    .insert(mentor.id.clone());
            }
        }
        Ok(())
    }

    /// Stores a newly registered person's answers to the programme's intake questions.
    pub async fn save_intake_answers(
        &self,
        person: &PersonId,
        answers: &[(String, String)],
    ) -> StoreResult<()> {
        in_system_transaction!(self, |tx| {
            let organisation: Option<String> =
                sqlx::query_scalar("SELECT organisation_id FROM people WHERE id = $1")
                    .bind(person.as_str())
                    .fetch_optional(&mut *tx)
                    .await?;
            let organisation = organisation.ok_or(StoreError::NotFound)?;
            for (question, answer) in answers {
                sqlx::query(
                    "INSERT INTO intake_answers (person_id, organisation_id, question_id, answer) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (person_id, question_id) \
                     DO UPDATE SET answer = excluded.answer",
                )
                .bind(person.as_str())
                .bind(&organisation)
                .bind(question)
                .bind(answer)
                .execute(&mut *tx)
                .await?;
            }
            Ok(())
        })
    }

    /// A person's answers to intake questions (question id, stored answer).
    pub async fn intake_answers(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
    ) -> StoreResult<Vec<(String, String)>> {
        Ok(in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT question_id, answer FROM intake_answers WHERE person_id = $1 \
                 AND organisation_id = $2 ORDER BY question_id",
            )
            .bind(person.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?)
    }

    /// The intake answers of everyone registered for a programme, in one query (for matching).
    pub async fn programme_intake_answers(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
    ) -> StoreResult<HashMap<PersonId, Vec<(String, String)>>> {
        let rows: Vec<(String, String, String)> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT a.person_id, a.question_id, a.answer FROM intake_answers a \
                 JOIN people p ON p.id = a.person_id WHERE p.programme_id = $1 \
                 AND a.organisation_id = $2 AND p.erased_at IS NULL \
                 ORDER BY a.person_id, a.question_id",
            )
            .bind(programme.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut answers: HashMap<PersonId, Vec<(String, String)>> = HashMap::new();
        for (person, question, answer) in rows {
            answers
                .entry(PersonId::from_string(person))
                .or_default()
                .push((question, answer));
        }
        Ok(answers)
    }

    /// The tandems a mentor of the caller's organisation took part in (started ones), as primary
    /// or further mentor, with the tandem's meetings and minutes logged — what a certificate of
    /// volunteering lists.
    pub async fn mentor_service(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
    ) -> StoreResult<Vec<ServiceLine>> {
        // SUM of a BIGINT is NUMERIC on PostgreSQL: cast back so both backends give an i64.
        type Row = (String, String, Option<i64>, Option<i64>, i64, i64);
        let rows: Vec<Row> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT p.name, t.status, t.started_at, t.ended_at, \
                 (SELECT COUNT(*) FROM meetings m WHERE m.tandem_id = t.id), \
                 (SELECT CAST(COALESCE(SUM(m.minutes), 0) AS BIGINT) FROM meetings m \
                 WHERE m.tandem_id = t.id) \
                 FROM tandems t JOIN programmes p ON p.id = t.programme_id \
                 WHERE (t.mentor_id = $1 OR EXISTS (SELECT 1 FROM tandem_members tm \
                 WHERE tm.tandem_id = t.id AND tm.person_id = $1 AND tm.side = 'mentor')) \
                 AND t.organisation_id = $2 AND t.started_at IS NOT NULL \
                 ORDER BY t.started_at, t.id",
            )
            .bind(person.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?;
        rows.into_iter()
            .map(
                |(programme_name, status, started, ended, meetings, minutes)| {
                    Ok(ServiceLine {
                        programme_name,
                        status,
                        started_at: started
                            .map(|at| from_unix(at, "tandems.started_at"))
                            .transpose()?,
                        ended_at: ended
                            .map(|at| from_unix(at, "tandems.ended_at"))
                            .transpose()?,
                        meetings: u64::try_from(meetings).unwrap_or(0),
                        minutes: u64::try_from(minutes).unwrap_or(0),
                    })
                },
            )
            .collect()
    }
}
