//! Start and end surveys (`survey_answers`, `survey_invitations`, migration 0017): which
//! surveys the job must mail, a person's answers through their personal link (answering again
//! replaces them), the before/after sums of a dashboard, the export and the erasure. The
//! questions and their rules live in `tandem_core::survey`.
//!
//! Links and mails reuse the follow-up machinery (`followup_links` with purpose `survey`, the
//! job's `FollowupMail`).

use crate::followup::{FollowupLink, FollowupMailKind, LinkPurpose};
use crate::{
    FollowupMail, Store, StoreError, StoreResult, as_system, in_organisation,
    in_organisation_transaction, to_unix,
};
use tandem_core::{
    ids::{OrganisationId, PersonId, ProgrammeId, TandemId},
    person::Side,
    programme_rules::Answers,
    survey::{AnswerSum, SURVEY_WINDOW_DAYS, StandardQuestion, SurveyAnswers, SurveyKind},
};
use time::{Date, OffsetDateTime};

/// What erasing a person (in `Store::erase_person`'s transaction, `$1` the person) does to
/// survey answers: answers to the programme's own questions (perhaps free text) go; the scores
/// of the standard questions stay, like check-in moods, so averages stay true.
pub(crate) const ERASE_SURVEYS: [&str; 1] =
    ["DELETE FROM survey_answers WHERE person_id = $1 AND standard = FALSE"];

/// One of the person's survey answers, for their data export (GDPR Art. 15/20).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct ExportedSurveyAnswer {
    pub tandem_id: String,
    pub survey: String,
    pub question: String,
    pub answer: String,
    pub answered_at: i64,
}

/// (survey, standard question, answers) of a dashboard's period.
pub type SurveySums = Vec<(SurveyKind, StandardQuestion, AnswerSum)>;

impl Store {
    /// Survey mails due at `now`: the start survey for tandems that started within
    /// `SURVEY_WINDOW_DAYS` and the end survey for tandems that ended (completed or early)
    /// within it, each claimed once per tandem. The mentee is always asked (the standard
    /// questions); the mentor only where the programme asks mentors questions of its own.
    pub async fn due_survey_mails(
        &self,
        token: &mut (dyn FnMut() -> (String, String) + Send),
        now: OffsetDateTime,
    ) -> StoreResult<Vec<FollowupMail>> {
        let since = to_unix(now - time::Duration::days(SURVEY_WINDOW_DAYS));
        let due: Vec<(String, String, String, String)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT t.id, t.organisation_id, t.programme_id, 'start' FROM tandems t \
                 WHERE t.status IN ('active', 'paused') AND t.started_at >= $1 \
                 AND NOT EXISTS (SELECT 1 FROM survey_invitations i \
                   WHERE i.tandem_id = t.id AND i.survey = 'start') \
                 UNION ALL \
                 SELECT t.id, t.organisation_id, t.programme_id, 'end' FROM tandems t \
                 WHERE t.status IN ('completed', 'ended_early') AND t.started_at IS NOT NULL \
                 AND t.ended_at >= $1 AND NOT EXISTS (SELECT 1 FROM survey_invitations i \
                   WHERE i.tandem_id = t.id AND i.survey = 'end')",
            )
            .bind(since)
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut mails = Vec::new();
        for (id, organisation, programme, survey) in due {
            let survey = SurveyKind::parse(&survey)
                .map_err(|_| StoreError::Corrupt("survey_invitations.survey"))?;
            let organisation = OrganisationId::from_string(organisation);
            let claimed = in_organisation!(self, &organisation, |tx| {
                sqlx::query(
                    "INSERT INTO survey_invitations (tandem_id, survey, sent_at) \
                     VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                )
                .bind(&id)
                .bind(survey.as_str())
                .bind(to_unix(now))
                .execute(&mut *tx)
                .await
                .map(|done| done.rows_affected())
            })?;
            if claimed == 0 {
                continue;
            }
            let rules = self
                .programme_rules(&organisation, &ProgrammeId::from_string(programme))
                .await?;
            let sides: Vec<Side> = [Side::Mentor, Side::Mentee]
                .into_iter()
                .filter(|side| !tandem_core::survey::questions_for(&rules, *side).is_empty())
                .collect();
            mails.extend(
                self.mails_to(
                    &organisation,
                    &TandemId::from_string(id),
                    &sides,
                    FollowupMailKind::Survey(survey),
                    LinkPurpose::Survey(survey),
                    token,
                    now,
                )
                .await?,
            );
        }
        Ok(mails)
    }

    /// Stores a person's answers to the survey of their link, replacing any given before.
    pub async fn answer_survey(
        &self,
        link: &FollowupLink,
        answers: &SurveyAnswers,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        let LinkPurpose::Survey(survey) = link.purpose else {
            return Err(StoreError::NotFound);
        };
        let mut rows: Vec<(String, bool, Option<i64>, String)> = answers
            .standard
            .iter()
            .map(|(question, score)| {
                (
                    question.as_str().to_owned(),
                    true,
                    Some(i64::from(*score)),
                    score.to_string(),
                )
            })
            .collect();
        rows.extend(
            answers
                .own
                .iter()
                .map(|(question, answer)| (question.clone(), false, None, answer.clone())),
        );
        in_organisation_transaction!(self, &link.organisation_id, |tx| {
            sqlx::query(
                "DELETE FROM survey_answers WHERE tandem_id = $1 AND person_id = $2 \
                 AND survey = $3",
            )
            .bind(link.tandem_id.as_str())
            .bind(link.person_id.as_str())
            .bind(survey.as_str())
            .execute(&mut *tx)
            .await?;
            for (question, standard, score, answer) in &rows {
                sqlx::query(
                    "INSERT INTO survey_answers (id, organisation_id, tandem_id, person_id, \
                     side, survey, question, standard, score, answer, answered_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                )
                .bind(uuid::Uuid::new_v4().to_string())
                .bind(link.organisation_id.as_str())
                .bind(link.tandem_id.as_str())
                .bind(link.person_id.as_str())
                .bind(link.side.as_str())
                .bind(survey.as_str())
                .bind(question)
                .bind(standard)
                .bind(score)
                .bind(answer)
                .bind(to_unix(now))
                .execute(&mut *tx)
                .await?;
            }
            Ok::<_, StoreError>(())
        })
    }

    /// The answers already given through a survey link (to show the form filled in).
    pub async fn survey_answers_by_link(&self, link: &FollowupLink) -> StoreResult<SurveyAnswers> {
        let LinkPurpose::Survey(survey) = link.purpose else {
            return Ok(SurveyAnswers::default());
        };
        let rows: Vec<(String, bool, String)> =
            in_organisation!(self, &link.organisation_id, |tx| {
                sqlx::query_as(
                    "SELECT question, standard, answer FROM survey_answers WHERE tandem_id = $1 \
                 AND person_id = $2 AND survey = $3 ORDER BY question",
                )
                .bind(link.tandem_id.as_str())
                .bind(link.person_id.as_str())
                .bind(survey.as_str())
                .fetch_all(&mut *tx)
                .await
            })?;
        let mut answers = SurveyAnswers::default();
        let mut own: Answers = Vec::new();
        for (question, standard, answer) in rows {
            if standard {
                let question = StandardQuestion::parse(&question)
                    .map_err(|_| StoreError::Corrupt("survey_answers.question"))?;
                let score = answer
                    .parse()
                    .map_err(|_| StoreError::Corrupt("survey_answers.answer"))?;
                answers.standard.push((question, score));
            } else {
                own.push((question, answer));
            }
        }
        answers.standard.sort();
        answers.own = own;
        Ok(answers)
    }

    /// The standard questions' answers given in `from..=to` in tandems of one programme of the
    /// organisation (or all, `None`) by people whose postal code `keep` accepts (the
    /// dashboard's district filter), per survey and question. Each person counts with their
    /// own answers and postal code, a tandem's further mentees as much as its first one.
    pub async fn survey_sums(
        &self,
        organisation: &OrganisationId,
        programme: Option<&ProgrammeId>,
        keep: &(dyn Fn(&str) -> bool + Sync),
        from: Date,
        to: Date,
    ) -> StoreResult<SurveySums> {
        let start = tandem_core::event::from_local(from, time::Time::MIDNIGHT).unix_timestamp();
        let end = tandem_core::event::from_local(to.next_day().unwrap_or(to), time::Time::MIDNIGHT)
            .unix_timestamp();
        let rows: Vec<(String, String, String, i64, i64)> =
            in_organisation!(self, organisation, |tx| {
                sqlx::query_as(
                    "SELECT a.survey, a.question, me.postal_code, COUNT(*), \
                 CAST(SUM(a.score) AS BIGINT) FROM survey_answers a \
                 JOIN tandems t ON t.id = a.tandem_id JOIN people me ON me.id = a.person_id \
                 WHERE a.organisation_id = $1 AND ($2 IS NULL OR t.programme_id = $2) \
                 AND a.standard = TRUE AND a.answered_at >= $3 AND a.answered_at < $4 \
                 GROUP BY a.survey, a.question, me.postal_code",
                )
                .bind(organisation.as_str())
                .bind(programme.map(ProgrammeId::as_str))
                .bind(start)
                .bind(end)
                .fetch_all(&mut *tx)
                .await
            })?;
        let mut sums = Vec::new();
        for (survey, question, postal_code, count, sum) in rows {
            if !keep(&postal_code) {
                continue;
            }
            sums.push((
                SurveyKind::parse(&survey)
                    .map_err(|_| StoreError::Corrupt("survey_answers.survey"))?,
                StandardQuestion::parse(&question)
                    .map_err(|_| StoreError::Corrupt("survey_answers.question"))?,
                AnswerSum {
                    count: u64::try_from(count).unwrap_or(0),
                    sum: u64::try_from(sum).unwrap_or(0),
                },
            ));
        }
        Ok(sums)
    }

    /// The person's survey answers for their export.
    pub(crate) async fn surveys_export(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
    ) -> StoreResult<Vec<ExportedSurveyAnswer>> {
        Ok(in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT tandem_id, survey, question, answer, answered_at FROM survey_answers \
                 WHERE person_id = $1 AND organisation_id = $2 \
                 ORDER BY answered_at, survey, question",
            )
            .bind(person.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?)
    }
}
