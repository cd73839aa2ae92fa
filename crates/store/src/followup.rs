//! Follow-up of running tandems: meetings, check-in answers, personal links, the list of
//! tandems at risk, and what the follow-up job must mail.
//!
//! Personal links work like proposal links: the secret travels in the mail, only its hash is
//! stored (`followup_links`). A person may hold several valid meeting-log links (each reminder
//! brings a fresh one, old ones keep working while the tandem runs). A check-in answer is unique
//! per (tandem, person, point): answering again updates it. The rules (what a valid meeting is,
//! when a check-in is due, what puts a tandem at risk) live in `tandem_core::followup`; this
//! module only reads and writes.

use crate::{
    Recipient, Store, StoreError, StoreResult, as_system, from_unix, in_organisation,
    in_organisation_transaction, to_unix,
};
use tandem_core::{
    DomainError,
    event::to_local,
    followup::{
        CheckInAnswer, CheckInPoint, LoggedBy, Meeting, MeetingKind, Mood, NoMeetingThreshold,
        RiskReason, TandemSpan, assess_risk, due_check_ins, iso_date, parse_iso_date,
    },
    ids::{OrganisationId, PersonId, ProgrammeId, TandemId},
    person::{Person, Side},
    survey::SurveyKind,
    tandem::TandemStatus,
};
use time::{Date, OffsetDateTime};

/// What a personal link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    /// The meeting log of one side of a tandem.
    Meetings,
    /// One check-in questionnaire.
    CheckIn(CheckInPoint),
    /// The start or end survey (`tandem_core::survey`).
    Survey(SurveyKind),
}

impl LinkPurpose {
    pub(crate) const fn column(self) -> &'static str {
        match self {
            Self::Meetings => "meetings",
            Self::CheckIn(_) => "checkin",
            Self::Survey(_) => "survey",
        }
    }
    /// What the link's `point` column holds: the check-in point or the survey.
    pub(crate) const fn point(self) -> Option<&'static str> {
        match self {
            Self::Meetings => None,
            Self::CheckIn(point) => Some(point.as_str()),
            Self::Survey(survey) => Some(survey.as_str()),
        }
    }
}

/// Whose link it is and on which tandem: everything a personal page needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowupLink {
    pub organisation_id: OrganisationId,
    pub tandem_id: TandemId,
    pub programme_id: ProgrammeId,
    pub status: TandemStatus,
    /// The tandem's first day (German local date); `None` before it started.
    pub started_on: Option<Date>,
    pub side: Side,
    pub person_id: PersonId,
    pub first_name: String,
    pub other_first_name: String,
    /// The person's own language, in which their pages and mails are written.
    pub locale: String,
    pub purpose: LinkPurpose,
}

impl FollowupLink {
    /// Meetings can be logged while the tandem runs (a pause may follow a meeting).
    pub fn takes_meetings(&self) -> bool {
        matches!(self.status, TandemStatus::Active | TandemStatus::Paused)
            && self.started_on.is_some()
    }
}

/// A stored meeting with who logged it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingRecord {
    pub id: String,
    pub meeting: Meeting,
    pub logged_by: LoggedBy,
}

/// Count and total duration of a tandem's meetings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MeetingTotals {
    pub meetings: u64,
    pub minutes: u64,
    pub last: Option<Date>,
}

/// A stored check-in answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckInRecord {
    pub side: Side,
    pub point: CheckInPoint,
    pub answer: CheckInAnswer,
    pub answered_at: OffsetDateTime,
    /// The coordinator has dealt with it (it no longer flags the tandem).
    pub resolved: bool,
}

/// One line of the coordinator's list of tandems at risk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtRiskTandem {
    pub tandem_id: TandemId,
    pub programme_id: ProgrammeId,
    pub programme_name: String,
    pub mentor_name: String,
    pub mentee_name: String,
    pub started_on: Date,
    pub last_meeting: Option<Date>,
    pub threshold: NoMeetingThreshold,
    pub reasons: Vec<RiskReason>,
}

/// Which mail the follow-up job writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowupMailKind {
    /// The personal meeting-log link, once the tandem runs.
    MeetingLog,
    /// No meeting logged for a while: please log (with a fresh link).
    MeetingReminder,
    /// A check-in point has come.
    CheckIn(CheckInPoint),
    /// The tandem started (start survey) or ended (end survey).
    Survey(SurveyKind),
}

/// A mail the follow-up job must write: to whom, with which personal link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowupMail {
    pub organisation_id: OrganisationId,
    pub tandem_id: TandemId,
    pub kind: FollowupMailKind,
    pub recipient: Recipient,
    pub other_first_name: String,
}

#[derive(sqlx::FromRow)]
struct LinkRow {
    tandem_id: String,
    person_id: String,
    side: String,
    point: Option<String>,
    organisation_id: String,
    programme_id: String,
    status: String,
    started_at: Option<i64>,
    first_name: String,
    other_first_name: String,
    locale: String,
}

#[derive(sqlx::FromRow)]
struct MeetingRow {
    id: String,
    met_on: String,
    minutes: i64,
    kind: String,
    note: String,
    logged_by: String,
}

#[derive(sqlx::FromRow)]
struct AnswerRow {
    tandem_id: String,
    side: String,
    point: String,
    mood: i64,
    meets_regularly: bool,
    comment: String,
    call_me: bool,
    answered_at: i64,
    resolved_at: Option<i64>,
}

impl AnswerRow {
    fn answer(&self) -> StoreResult<CheckInAnswer> {
        Ok(CheckInAnswer {
            mood: u8::try_from(self.mood)
                .ok()
                .and_then(|mood| Mood::new(mood).ok())
                .ok_or(StoreError::Corrupt("checkin_answers.mood"))?,
            meets_regularly: self.meets_regularly,
            comment: self.comment.clone(),
            call_me: self.call_me,
        })
    }
}

#[derive(sqlx::FromRow)]
struct RunningRow {
    id: String,
    programme_id: String,
    programme_name: String,
    mentor_name: String,
    mentee_name: String,
    started_at: i64,
    no_meeting_weeks: Option<i64>,
    last_met: Option<String>,
}

/// What a dashboard is computed from (the arithmetic is `tandem_core::followup`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DashboardData {
    /// The programme's name, or the organisation's for all its programmes.
    pub title: String,
    /// Since when each waiting (ready) mentee and mentor has been registered.
    pub waiting_mentees: Vec<Date>,
    pub waiting_mentors: Vec<Date>,
    /// Every tandem of the programme that started.
    pub spans: Vec<TandemSpan>,
    /// (`YYYY-MM`, meetings, minutes) for the months in the period that had meetings.
    pub meetings_by_month: Vec<(String, u64, u64)>,
    /// Check-in answers in the period by mood 1..=5.
    pub moods: [u32; 5],
}

/// A meeting of one of the person's tandems, for their data export (GDPR Art. 15/20).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct ExportedMeeting {
    pub tandem_id: String,
    pub met_on: String,
    pub minutes: i64,
    pub kind: String,
    pub note: String,
    pub logged_by: String,
}

/// One of the person's own check-in answers, for their data export.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct ExportedCheckIn {
    pub tandem_id: String,
    pub point: String,
    pub mood: i64,
    pub meets_regularly: bool,
    pub comment: String,
    pub call_me: bool,
    pub answered_at: i64,
}

/// What erasing a person (`Store::erase_person`, in its transaction, `$1` the person) does to
/// follow-up data: their personal links go, their check-in comments and the notes of their
/// tandems' meetings (as primary or further member) are blanked. Dates, durations and moods
/// stay, so hours and counts stay true.
pub(crate) const ERASE_FOLLOWUP: [&str; 3] = [
    "DELETE FROM followup_links WHERE person_id = $1",
    "UPDATE checkin_answers SET comment = '' WHERE person_id = $1",
    "UPDATE meetings SET note = '' WHERE tandem_id IN \
     (SELECT id FROM tandems WHERE mentee_id = $1 OR mentor_id = $1) \
     OR tandem_id IN (SELECT tandem_id FROM tandem_members WHERE person_id = $1)",
];

/// The German calendar day of an instant.
pub(crate) fn local_day(at: OffsetDateTime) -> Date {
    to_local(at).date()
}

fn stored_day(raw: &str, column: &'static str) -> StoreResult<Date> {
    parse_iso_date(raw).map_err(|_| StoreError::Corrupt(column))
}

fn threshold_from(weeks: Option<i64>) -> StoreResult<NoMeetingThreshold> {
    weeks.map_or(Ok(NoMeetingThreshold::default()), |weeks| {
        u32::try_from(weeks)
            .ok()
            .and_then(|weeks| NoMeetingThreshold::new(weeks).ok())
            .ok_or(StoreError::Corrupt("followup_settings.no_meeting_weeks"))
    })
}

/// A further member's link works only while they are a member: taken out of the tandem, their
/// links open nothing any more.
const LINK_SELECT: &str = "SELECT l.tandem_id, l.person_id, l.side, l.point, t.organisation_id, \
     t.programme_id, t.status, t.started_at, me.first_name, ot.first_name AS other_first_name, \
     me.locale FROM followup_links l JOIN tandems t ON t.id = l.tandem_id \
     JOIN people me ON me.id = l.person_id \
     JOIN people ot ON ot.id = CASE WHEN l.side = 'mentee' THEN t.mentor_id ELSE t.mentee_id END \
     WHERE l.token_hash = $1 AND l.purpose = $2 AND me.erased_at IS NULL \
     AND (l.person_id IN (t.mentor_id, t.mentee_id) OR EXISTS (SELECT 1 FROM tandem_members tm \
     WHERE tm.tandem_id = t.id AND tm.person_id = l.person_id))";

impl Store {
    /// The no-meeting threshold of a programme of the organisation (the default when unset).
    pub async fn no_meeting_threshold(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
    ) -> StoreResult<NoMeetingThreshold> {
        let found: Option<(String, Option<i64>)> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT p.id, s.no_meeting_weeks FROM programmes p \
                 LEFT JOIN followup_settings s ON s.programme_id = p.id \
                 WHERE p.id = $1 AND p.organisation_id = $2",
            )
            .bind(programme.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await
        })?;
        let (_, weeks) = found.ok_or(StoreError::NotFound)?;
        threshold_from(weeks)
    }

    pub async fn set_no_meeting_threshold(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
        threshold: NoMeetingThreshold,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        in_organisation_transaction!(self, organisation, |tx| {
            let owned: Option<String> = sqlx::query_scalar(
                "SELECT id FROM programmes WHERE id = $1 AND organisation_id = $2",
            )
            .bind(programme.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await?;
            if owned.is_none() {
                return Err(StoreError::NotFound);
            }
            sqlx::query(
                "INSERT INTO followup_settings (programme_id, organisation_id, no_meeting_weeks, \
                 updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (programme_id) DO UPDATE \
                 SET no_meeting_weeks = excluded.no_meeting_weeks, updated_at = excluded.updated_at",
            )
            .bind(programme.as_str())
            .bind(organisation.as_str())
            .bind(i64::from(threshold.weeks()))
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await?;
            Ok(())
        })
    }

    /// Stores a new personal link (its hash) for one side of a tandem of the organisation.
    pub async fn create_followup_link(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
        side: Side,
        purpose: LinkPurpose,
        token_hash: &str,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        let column = match side {
            Side::Mentor => "mentor_id",
            Side::Mentee => "mentee_id",
        };
        let sql = format!(
            "INSERT INTO followup_links (token_hash, tandem_id, person_id, side, purpose, point, \
             created_at) SELECT $1, t.id, t.{column}, $2, $3, $4, $5 FROM tandems t \
             WHERE t.id = $6 AND t.organisation_id = $7"
        );
        let inserted = in_organisation!(self, organisation, |tx| {
            sqlx::query(&sql)
                .bind(token_hash)
                .bind(side.as_str())
                .bind(purpose.column())
                .bind(purpose.point())
                .bind(to_unix(now))
                .bind(tandem.as_str())
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

    /// The personal link behind a secret's hash, for the given kind of page.
    pub async fn followup_link(
        &self,
        token_hash: &str,
        meetings: bool,
    ) -> StoreResult<FollowupLink> {
        self.link_for(token_hash, if meetings { "meetings" } else { "checkin" })
            .await
    }

    /// The personal survey link behind a secret's hash.
    pub async fn survey_link(&self, token_hash: &str) -> StoreResult<FollowupLink> {
        self.link_for(token_hash, "survey").await
    }

    async fn link_for(&self, token_hash: &str, purpose: &str) -> StoreResult<FollowupLink> {
        let row: Option<LinkRow> = as_system!(self, |tx| {
            sqlx::query_as(LINK_SELECT)
                .bind(token_hash)
                .bind(purpose)
                .fetch_optional(&mut *tx)
                .await
        })?;
        let row = row.ok_or(StoreError::NotFound)?;
        let corrupt = |_| StoreError::Corrupt("followup_links.point");
        let purpose = match (purpose, row.point.as_deref()) {
            ("survey", Some(survey)) => {
                LinkPurpose::Survey(SurveyKind::parse(survey).map_err(corrupt)?)
            }
            (_, None) => LinkPurpose::Meetings,
            (_, Some(point)) => LinkPurpose::CheckIn(CheckInPoint::parse(point).map_err(corrupt)?),
        };
        Ok(FollowupLink {
            organisation_id: OrganisationId::from_string(row.organisation_id),
            tandem_id: TandemId::from_string(row.tandem_id),
            programme_id: ProgrammeId::from_string(row.programme_id),
            status: TandemStatus::parse(&row.status)
                .map_err(|_| StoreError::Corrupt("tandems.status"))?,
            started_on: row
                .started_at
                .map(|at| from_unix(at, "tandems.started_at").map(local_day))
                .transpose()?,
            side: Side::parse(&row.side).map_err(|_| StoreError::Corrupt("followup_links.side"))?,
            person_id: PersonId::from_string(row.person_id),
            first_name: row.first_name,
            other_first_name: row.other_first_name,
            locale: row.locale,
            purpose,
        })
    }

    /// Logs a meeting of a running (active or paused) tandem of the organisation. The meeting
    /// was parsed against the tandem's start by `MeetingForm::parse`.
    pub async fn log_meeting(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
        logged_by: LoggedBy,
        meeting: &Meeting,
        now: OffsetDateTime,
    ) -> StoreResult<String> {
        let id = uuid::Uuid::new_v4().to_string();
        in_organisation_transaction!(self, organisation, |tx| {
            let status: Option<String> = sqlx::query_scalar(
                "SELECT status FROM tandems WHERE id = $1 AND organisation_id = $2",
            )
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await?;
            let status = TandemStatus::parse(&status.ok_or(StoreError::NotFound)?)
                .map_err(|_| StoreError::Corrupt("tandems.status"))?;
            if !matches!(status, TandemStatus::Active | TandemStatus::Paused) {
                return Err(DomainError::invalid("tandem", "tandem-not-running").into());
            }
            crate::rollup::shift_rollup!(tx, crate::rollup::Scope::Tandem, tandem.as_str(), -1);
            sqlx::query(
                "INSERT INTO meetings (id, tandem_id, organisation_id, met_on, minutes, kind, \
                 note, logged_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(&id)
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .bind(iso_date(meeting.date))
            .bind(i64::from(meeting.minutes))
            .bind(meeting.kind.as_str())
            .bind(meeting.note.as_deref().unwrap_or(""))
            .bind(logged_by.as_str())
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await?;
            crate::rollup::shift_rollup!(tx, crate::rollup::Scope::Tandem, tandem.as_str(), 1);
            Ok(id)
        })
    }

    /// A tandem's meetings, newest first.
    pub async fn meetings(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
    ) -> StoreResult<Vec<MeetingRecord>> {
        let rows: Vec<MeetingRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT id, met_on, minutes, kind, note, logged_by FROM meetings \
                 WHERE tandem_id = $1 AND organisation_id = $2 \
                 ORDER BY met_on DESC, created_at DESC, id",
            )
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?;
        rows.into_iter()
            .map(|row| {
                Ok(MeetingRecord {
                    meeting: Meeting::from_stored(
                        stored_day(&row.met_on, "meetings.met_on")?,
                        u32::try_from(row.minutes)
                            .map_err(|_| StoreError::Corrupt("meetings.minutes"))?,
                        MeetingKind::parse(&row.kind)
                            .map_err(|_| StoreError::Corrupt("meetings.kind"))?,
                        (!row.note.is_empty()).then_some(row.note),
                    ),
                    logged_by: LoggedBy::parse(&row.logged_by)
                        .map_err(|_| StoreError::Corrupt("meetings.logged_by"))?,
                    id: row.id,
                })
            })
            .collect()
    }

    /// How many meetings a tandem had, how long in total, and the last one's day.
    pub async fn meeting_totals(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
    ) -> StoreResult<MeetingTotals> {
        // SUM of a BIGINT is NUMERIC on PostgreSQL: cast back so both backends give an i64.
        let (count, minutes, last): (i64, i64, Option<String>) =
            in_organisation!(self, organisation, |tx| {
                sqlx::query_as(
                    "SELECT COUNT(*), CAST(COALESCE(SUM(minutes), 0) AS BIGINT), MAX(met_on) \
                 FROM meetings WHERE tandem_id = $1 AND organisation_id = $2",
                )
                .bind(tandem.as_str())
                .bind(organisation.as_str())
                .fetch_one(&mut *tx)
                .await
            })?;
        Ok(MeetingTotals {
            meetings: u64::try_from(count).unwrap_or(0),
            minutes: u64::try_from(minutes).unwrap_or(0),
            last: last
                .map(|day| stored_day(&day, "meetings.met_on"))
                .transpose()?,
        })
    }

    /// Records (or, through the same link again, replaces) a check-in answer. A replaced answer
    /// flags the tandem afresh until the coordinator deals with it.
    pub async fn answer_check_in(
        &self,
        token_hash: &str,
        answer: &CheckInAnswer,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        let link = self.followup_link(token_hash, false).await?;
        let LinkPurpose::CheckIn(point) = link.purpose else {
            return Err(StoreError::NotFound);
        };
        // The link's organisation, found by its secret, scopes the write.
        in_organisation!(self, &link.organisation_id, |tx| {
            sqlx::query(
                "INSERT INTO checkin_answers (id, tandem_id, organisation_id, person_id, side, \
                 point, mood, meets_regularly, comment, call_me, answered_at, resolved_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, NULL) \
                 ON CONFLICT (tandem_id, person_id, point) DO UPDATE SET mood = excluded.mood, \
                 meets_regularly = excluded.meets_regularly, comment = excluded.comment, \
                 call_me = excluded.call_me, answered_at = excluded.answered_at, \
                 resolved_at = NULL",
            )
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(link.tandem_id.as_str())
            .bind(link.organisation_id.as_str())
            .bind(link.person_id.as_str())
            .bind(link.side.as_str())
            .bind(point.as_str())
            .bind(i64::from(answer.mood.get()))
            .bind(answer.meets_regularly)
            .bind(&answer.comment)
            .bind(answer.call_me)
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }

    /// The answer already given through a check-in link, if any (to show the form filled in).
    pub async fn check_in_answer_by_link(
        &self,
        link: &FollowupLink,
    ) -> StoreResult<Option<CheckInAnswer>> {
        let LinkPurpose::CheckIn(point) = link.purpose else {
            return Ok(None);
        };
        let row: Option<AnswerRow> = in_organisation!(self, &link.organisation_id, |tx| {
            sqlx::query_as(
                "SELECT tandem_id, side, point, mood, meets_regularly, comment, call_me, \
                 answered_at, resolved_at FROM checkin_answers \
                 WHERE tandem_id = $1 AND person_id = $2 AND point = $3",
            )
            .bind(link.tandem_id.as_str())
            .bind(link.person_id.as_str())
            .bind(point.as_str())
            .fetch_optional(&mut *tx)
            .await
        })?;
        row.map(|row| row.answer()).transpose()
    }

    /// A tandem's check-in answers, by point and side.
    pub async fn check_in_answers(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
    ) -> StoreResult<Vec<CheckInRecord>> {
        let rows: Vec<AnswerRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT tandem_id, side, point, mood, meets_regularly, comment, call_me, \
                 answered_at, resolved_at FROM checkin_answers \
                 WHERE tandem_id = $1 AND organisation_id = $2 ORDER BY answered_at, side",
            )
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut records = rows
            .into_iter()
            .map(|row| {
                Ok(CheckInRecord {
                    answer: row.answer()?,
                    side: Side::parse(&row.side)
                        .map_err(|_| StoreError::Corrupt("checkin_answers.side"))?,
                    point: CheckInPoint::parse(&row.point)
                        .map_err(|_| StoreError::Corrupt("checkin_answers.point"))?,
                    answered_at: from_unix(row.answered_at, "checkin_answers.answered_at")?,
                    resolved: row.resolved_at.is_some(),
                })
            })
            .collect::<StoreResult<Vec<_>>>()?;
        records.sort_by_key(|record| (record.point, record.side.as_str()));
        Ok(records)
    }

    /// The coordinator has dealt with a tandem's open check-in answers (called, talked): they
    /// stop flagging it. Returns how many were open.
    pub async fn resolve_check_ins(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
        now: OffsetDateTime,
    ) -> StoreResult<u64> {
        self.tandem_record(organisation, tandem).await?;
        Ok(in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "UPDATE checkin_answers SET resolved_at = $1 WHERE tandem_id = $2 \
                 AND organisation_id = $3 AND resolved_at IS NULL",
            )
            .bind(to_unix(now))
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?)
    }

    /// The organisation's active tandems that need attention on `today`, each with its reasons;
    /// the longest without a meeting first.
    pub async fn tandems_at_risk(
        &self,
        organisation: &OrganisationId,
        today: Date,
    ) -> StoreResult<Vec<AtRiskTandem>> {
        let running: Vec<RunningRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT t.id, t.programme_id, p.name AS programme_name, \
                 mr.first_name || ' ' || mr.last_name AS mentor_name, \
                 me.first_name || ' ' || me.last_name AS mentee_name, t.started_at, \
                 s.no_meeting_weeks, \
                 (SELECT MAX(m.met_on) FROM meetings m WHERE m.tandem_id = t.id) AS last_met \
                 FROM tandems t JOIN programmes p ON p.id = t.programme_id \
                 JOIN people mr ON mr.id = t.mentor_id JOIN people me ON me.id = t.mentee_id \
                 LEFT JOIN followup_settings s ON s.programme_id = t.programme_id \
                 WHERE t.organisation_id = $1 AND t.status = 'active' \
                 AND t.started_at IS NOT NULL ORDER BY t.started_at, t.id",
            )
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?;
        let open: Vec<AnswerRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT tandem_id, side, point, mood, meets_regularly, comment, call_me, \
                 answered_at, resolved_at FROM checkin_answers \
                 WHERE organisation_id = $1 AND resolved_at IS NULL",
            )
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut open_by_tandem: std::collections::HashMap<String, Vec<CheckInAnswer>> =
            std::collections::HashMap::new();
        for row in &open {
            open_by_tandem
                .entry(row.tandem_id.clone())
                .or_default()
                .push(row.answer()?);
        }
        let mut at_risk = Vec::new();
        for row in running {
            let started_on = local_day(from_unix(row.started_at, "tandems.started_at")?);
            let last_meeting = row
                .last_met
                .as_deref()
                .map(|day| stored_day(day, "meetings.met_on"))
                .transpose()?;
            let threshold = threshold_from(row.no_meeting_weeks)?;
            let answers = open_by_tandem.remove(&row.id).unwrap_or_default();
            let reasons = assess_risk(started_on, last_meeting, threshold, today, &answers);
            if reasons.is_empty() {
                continue;
            }
            at_risk.push(AtRiskTandem {
                tandem_id: TandemId::from_string(row.id),
                programme_id: ProgrammeId::from_string(row.programme_id),
                programme_name: row.programme_name,
                mentor_name: row.mentor_name,
                mentee_name: row.mentee_name,
                started_on,
                last_meeting,
                threshold,
                reasons,
            });
        }
        at_risk.sort_by_key(|line| line.last_meeting.unwrap_or(line.started_on));
        Ok(at_risk)
    }

    /// Meeting-log mails due at `now`: the first link for both sides of every tandem that runs
    /// and has none yet, and a reminder (with a fresh link) where no meeting was logged for
    /// `remind_after` and none was reminded within it. Each is claimed on the tandem's row first,
    /// so a second job run writes nothing twice.
    pub async fn due_meeting_mails(
        &self,
        remind_after: time::Duration,
        token: &mut (dyn FnMut() -> (String, String) + Send),
        now: OffsetDateTime,
    ) -> StoreResult<Vec<FollowupMail>> {
        let new: Vec<(String, String)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT id, organisation_id FROM tandems WHERE status = 'active' \
                 AND meeting_link_sent_at IS NULL ORDER BY started_at, id LIMIT 500",
            )
            .fetch_all(&mut *tx)
            .await
        })?;
        let cutoff = now - remind_after;
        let quiet_since = iso_date(local_day(cutoff));
        let quiet: Vec<(String, String)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT t.id, t.organisation_id FROM tandems t WHERE t.status = 'active' \
                 AND t.meeting_link_sent_at IS NOT NULL AND t.started_at <= $1 \
                 AND COALESCE(t.meeting_reminded_at, t.meeting_link_sent_at) <= $1 \
                 AND COALESCE((SELECT MAX(m.met_on) FROM meetings m WHERE m.tandem_id = t.id), \
                 '') < $2 ORDER BY t.started_at, t.id LIMIT 500",
            )
            .bind(to_unix(cutoff))
            .bind(&quiet_since)
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut mails = Vec::new();
        for (kind, due) in [
            (FollowupMailKind::MeetingLog, new),
            (FollowupMailKind::MeetingReminder, quiet),
        ] {
            for (id, organisation) in due {
                let claimed = if kind == FollowupMailKind::MeetingLog {
                    as_system!(self, |tx| {
                        sqlx::query(
                            "UPDATE tandems SET meeting_link_sent_at = $1 WHERE id = $2 \
                             AND meeting_link_sent_at IS NULL",
                        )
                        .bind(to_unix(now))
                        .bind(&id)
                        .execute(&mut *tx)
                        .await
                        .map(|done| done.rows_affected())
                    })?
                } else {
                    as_system!(self, |tx| {
                        sqlx::query(
                            "UPDATE tandems SET meeting_reminded_at = $1 WHERE id = $2 \
                             AND COALESCE(meeting_reminded_at, meeting_link_sent_at) <= $3",
                        )
                        .bind(to_unix(now))
                        .bind(&id)
                        .bind(to_unix(cutoff))
                        .execute(&mut *tx)
                        .await
                        .map(|done| done.rows_affected())
                    })?
                };
                if claimed == 0 {
                    continue;
                }
                let organisation = OrganisationId::from_string(organisation);
                let tandem = TandemId::from_string(id);
                mails.extend(
                    self.mails_to_both(
                        &organisation,
                        &tandem,
                        kind,
                        LinkPurpose::Meetings,
                        token,
                        now,
                    )
                    .await?,
                );
            }
        }
        Ok(mails)
    }

    /// Check-in mails due on `today`: for each running tandem, the check-in points whose day has
    /// come and that were not sent yet are claimed; only the newest of them is mailed (a tandem
    /// that is months old when follow-up begins is not asked about its first weeks).
    pub async fn due_check_in_mails(
        &self,
        today: Date,
        token: &mut (dyn FnMut() -> (String, String) + Send),
        now: OffsetDateTime,
    ) -> StoreResult<Vec<FollowupMail>> {
        let running: Vec<(String, String, i64, i64, String)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT t.id, t.organisation_id, t.started_at, p.planned_duration_months, \
                 t.rules_snapshot FROM tandems t JOIN programmes p ON p.id = t.programme_id \
                 WHERE t.status = 'active' AND t.started_at IS NOT NULL ORDER BY t.started_at, t.id",
            )
            .fetch_all(&mut *tx)
            .await
        })?;
        let sent: Vec<(String, String)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT i.tandem_id, i.point FROM checkin_invitations i \
                 JOIN tandems t ON t.id = i.tandem_id WHERE t.status = 'active'",
            )
            .fetch_all(&mut *tx)
            .await
        })?;
        let sent: std::collections::HashSet<(String, String)> = sent.into_iter().collect();
        let mut mails = Vec::new();
        for (id, organisation, started_at, planned_months, snapshot) in running {
            let started_on = local_day(from_unix(started_at, "tandems.started_at")?);
            // A tandem keeps the duration and check-in points it started with.
            let snapshot: Option<tandem_core::programme_rules::TandemRules> =
                serde_json::from_str(&snapshot).ok();
            let planned_months = snapshot
                .as_ref()
                .map_or(u32::try_from(planned_months).unwrap_or(0), |kept| {
                    u32::from(kept.duration_months)
                });
            let due: Vec<CheckInPoint> = due_check_ins(started_on, planned_months, today)
                .into_iter()
                .filter(|point| {
                    snapshot
                        .as_ref()
                        .is_none_or(|kept| kept.rules.checkin_points.contains(point))
                })
                .filter(|point| !sent.contains(&(id.clone(), point.as_str().to_owned())))
                .collect();
            let mut newest_claimed = None;
            for point in due {
                let claimed = as_system!(self, |tx| {
                    sqlx::query(
                        "INSERT INTO checkin_invitations (tandem_id, point, sent_at) \
                         VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                    )
                    .bind(&id)
                    .bind(point.as_str())
                    .bind(to_unix(now))
                    .execute(&mut *tx)
                    .await
                    .map(|done| done.rows_affected())
                })?;
                if claimed > 0 {
                    newest_claimed = Some(point);
                }
            }
            if let Some(point) = newest_claimed {
                let organisation = OrganisationId::from_string(organisation);
                let tandem = TandemId::from_string(id);
                mails.extend(
                    self.mails_to_both(
                        &organisation,
                        &tandem,
                        FollowupMailKind::CheckIn(point),
                        LinkPurpose::CheckIn(point),
                        token,
                        now,
                    )
                    .await?,
                );
            }
        }
        Ok(mails)
    }

    /// A fresh personal link for each side of a tandem and whom to write to.
    async fn mails_to_both(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
        kind: FollowupMailKind,
        purpose: LinkPurpose,
        token: &mut (dyn FnMut() -> (String, String) + Send),
        now: OffsetDateTime,
    ) -> StoreResult<Vec<FollowupMail>> {
        self.mails_to(
            organisation,
            tandem,
            &[Side::Mentor, Side::Mentee],
            kind,
            purpose,
            token,
            now,
        )
        .await
    }

    /// A fresh personal link for each person on the given sides of a tandem — the primary
    /// mentor or mentee and every further member on that side (`tandem_members`) — and whom to
    /// write to. Further members count as people like the primary ones: their answers belong in
    /// the dashboards' per-person figures (survey before/after, check-in moods).
    #[expect(
        clippy::too_many_arguments,
        reason = "one mail's facts, passed through"
    )]
    pub(crate) async fn mails_to(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
        sides: &[Side],
        kind: FollowupMailKind,
        purpose: LinkPurpose,
        token: &mut (dyn FnMut() -> (String, String) + Send),
        now: OffsetDateTime,
    ) -> StoreResult<Vec<FollowupMail>> {
        let record = self.tandem_record(organisation, tandem).await?;
        let mentor = self.person(organisation, &record.mentor_id).await?;
        let mentee = self.person(organisation, &record.mentee_id).await?;
        let mut mails = Vec::new();
        let mut mail = |person: &Person, other: &Person, secret: String| {
            mails.push(FollowupMail {
                organisation_id: organisation.clone(),
                tandem_id: tandem.clone(),
                kind,
                recipient: Recipient {
                    person_id: person.id.clone(),
                    first_name: person.profile.first_name.clone(),
                    email: person.profile.email.as_str().to_owned(),
                    locale: person.profile.locale.clone(),
                    token: secret,
                },
                other_first_name: other.profile.first_name.clone(),
            });
        };
        for (side, person, other) in [
            (Side::Mentor, &mentor, &mentee),
            (Side::Mentee, &mentee, &mentor),
        ] {
            if !sides.contains(&side) {
                continue;
            }
            let (secret, hash) = token();
            self.create_followup_link(organisation, tandem, side, purpose, &hash, now)
                .await?;
            mail(person, other, secret);
        }
        let members: Vec<(String, String)> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT m.person_id, m.side FROM tandem_members m \
                 JOIN people p ON p.id = m.person_id WHERE m.tandem_id = $1 \
                 AND m.organisation_id = $2 AND p.erased_at IS NULL ORDER BY m.added_at, p.id",
            )
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?;
        for (id, side) in members {
            let side =
                Side::parse(&side).map_err(|_| StoreError::Corrupt("tandem_members.side"))?;
            if !sides.contains(&side) {
                continue;
            }
            let person = self
                .person(organisation, &PersonId::from_string(id))
                .await?;
            let other = match side {
                Side::Mentor => &mentee,
                Side::Mentee => &mentor,
            };
            let (secret, hash) = token();
            self.create_member_followup_link(organisation, tandem, &person.id, purpose, &hash, now)
                .await?;
            mail(&person, other, secret);
        }
        Ok(mails)
    }
}

impl Store {
    /// The figures behind a dashboard for the days `from..=to`: of one programme of the
    /// organisation, or of all its programmes (`None`), counting only people and tandems whose
    /// (mentee's) postal code `keep` accepts — the district filter. Another organisation's
    /// programme is `NotFound`.
    pub async fn dashboard_data(
        &self,
        organisation: &OrganisationId,
        programme: Option<&ProgrammeId>,
        keep: &(dyn Fn(&str) -> bool + Sync),
        from: Date,
        to: Date,
    ) -> StoreResult<DashboardData> {
        let title: Option<String> = match programme {
            Some(programme) => in_organisation!(self, organisation, |tx| {
                sqlx::query_scalar(
                    "SELECT name FROM programmes WHERE id = $1 AND organisation_id = $2",
                )
                .bind(programme.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await
            })?,
            None => in_organisation!(self, organisation, |tx| {
                sqlx::query_scalar("SELECT name FROM organisations WHERE id = $1")
                    .bind(organisation.as_str())
                    .fetch_optional(&mut *tx)
                    .await
            })?,
        };
        let title = title.ok_or(StoreError::NotFound)?;
        let programme = programme.map(ProgrammeId::as_str);
        let waiting: Vec<(String, i64, String)> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT side, registered_at, postal_code FROM people WHERE organisation_id = $1 \
                 AND ($2 IS NULL OR programme_id = $2) AND status = 'ready' \
                 AND erased_at IS NULL",
            )
            .bind(organisation.as_str())
            .bind(programme)
            .fetch_all(&mut *tx)
            .await
        })?;
        let (mut waiting_mentees, mut waiting_mentors) = (Vec::new(), Vec::new());
        for (side, registered_at, postal_code) in waiting {
            if !keep(&postal_code) {
                continue;
            }
            let since = local_day(from_unix(registered_at, "people.registered_at")?);
            if side == Side::Mentor.as_str() {
                waiting_mentors.push(since);
            } else {
                waiting_mentees.push(since);
            }
        }
        let tandems: Vec<(String, String, i64, Option<i64>, String)> =
            in_organisation!(self, organisation, |tx| {
                sqlx::query_as(
                "SELECT t.id, t.status, t.started_at, t.ended_at, me.postal_code FROM tandems t \
                 JOIN people me ON me.id = t.mentee_id WHERE t.organisation_id = $1 \
                 AND ($2 IS NULL OR t.programme_id = $2) AND t.started_at IS NOT NULL",
            )
            .bind(organisation.as_str())
            .bind(programme)
            .fetch_all(&mut *tx)
            .await
            })?;
        let mut kept = std::collections::HashSet::new();
        let mut spans = Vec::new();
        for (id, status, started_at, ended_at, postal_code) in tandems {
            if !keep(&postal_code) {
                continue;
            }
            spans.push(TandemSpan {
                started: local_day(from_unix(started_at, "tandems.started_at")?),
                ended: ended_at
                    .map(|at| from_unix(at, "tandems.ended_at").map(local_day))
                    .transpose()?,
                completed: status == TandemStatus::Completed.as_str(),
            });
            kept.insert(id);
        }
        // SUBSTR and the text dates work alike on both backends; SUM is cast back from NUMERIC.
        let months: Vec<(String, String, i64, i64)> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT m.tandem_id, SUBSTR(m.met_on, 1, 7) AS month, COUNT(*), \
                 CAST(COALESCE(SUM(m.minutes), 0) AS BIGINT) FROM meetings m \
                 JOIN tandems t ON t.id = m.tandem_id WHERE m.organisation_id = $1 \
                 AND ($2 IS NULL OR t.programme_id = $2) AND m.met_on >= $3 AND m.met_on <= $4 \
                 GROUP BY m.tandem_id, SUBSTR(m.met_on, 1, 7) ORDER BY month",
            )
            .bind(organisation.as_str())
            .bind(programme)
            .bind(iso_date(from))
            .bind(iso_date(to))
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut meetings_by_month: Vec<(String, u64, u64)> = Vec::new();
        for (tandem, month, count, minutes) in months {
            if !kept.contains(&tandem) {
                continue;
            }
            let (count, minutes) = (
                u64::try_from(count).unwrap_or(0),
                u64::try_from(minutes).unwrap_or(0),
            );
            match meetings_by_month.last_mut() {
                Some(last) if last.0 == month => {
                    last.1 += count;
                    last.2 += minutes;
                }
                _ => meetings_by_month.push((month, count, minutes)),
            }
        }
        let moods_found: Vec<(String, i64, i64)> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT a.tandem_id, a.mood, COUNT(*) FROM checkin_answers a \
                 JOIN tandems t ON t.id = a.tandem_id WHERE a.organisation_id = $1 \
                 AND ($2 IS NULL OR t.programme_id = $2) AND a.answered_at >= $3 \
                 AND a.answered_at < $4 GROUP BY a.tandem_id, a.mood",
            )
            .bind(organisation.as_str())
            .bind(programme)
            .bind(tandem_core::event::from_local(from, time::Time::MIDNIGHT).unix_timestamp())
            .bind(
                tandem_core::event::from_local(to.next_day().unwrap_or(to), time::Time::MIDNIGHT)
                    .unix_timestamp(),
            )
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut moods = [0; 5];
        for (tandem, mood, count) in moods_found {
            if !kept.contains(&tandem) {
                continue;
            }
            if let Some(slot) = usize::try_from(mood - 1)
                .ok()
                .and_then(|i| moods.get_mut(i))
            {
                *slot += u32::try_from(count).unwrap_or(u32::MAX);
            }
        }
        Ok(DashboardData {
            title,
            waiting_mentees,
            waiting_mentors,
            spans,
            meetings_by_month,
            moods,
        })
    }
}

impl Store {
    /// The follow-up data about a person of the organisation: the meetings of their tandems (as
    /// primary or further member) and their own check-in answers (part of
    /// `Store::export_person`).
    pub(crate) async fn followup_export(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
    ) -> StoreResult<(Vec<ExportedMeeting>, Vec<ExportedCheckIn>)> {
        Ok(in_organisation!(self, organisation, |tx| {
            let meetings = sqlx::query_as(
                "SELECT m.tandem_id, m.met_on, m.minutes, m.kind, m.note, m.logged_by \
                 FROM meetings m JOIN tandems t ON t.id = m.tandem_id \
                 WHERE (t.mentee_id = $1 OR t.mentor_id = $1 OR EXISTS (SELECT 1 \
                 FROM tandem_members tm WHERE tm.tandem_id = t.id AND tm.person_id = $1)) \
                 AND m.organisation_id = $2 \
                 ORDER BY m.met_on, m.created_at",
            )
            .bind(person.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await?;
            let check_ins = sqlx::query_as(
                "SELECT tandem_id, point, mood, meets_regularly, comment, call_me, answered_at \
                 FROM checkin_answers WHERE person_id = $1 AND organisation_id = $2 \
                 ORDER BY answered_at",
            )
            .bind(person.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await?;
            Ok::<_, sqlx::Error>((meetings, check_ins))
        })?)
    }
}
