//! Following a tandem once it runs: the meetings its people log, the check-ins at fixed points
//! of its life, and the reasons a coordinator should look at it ("at risk").
//!
//! Everything here is pure: dates come in as arguments (the caller's clock, in German local
//! time), so the rules are tested without a database or a real clock. Error codes are the
//! `code` of [`DomainError::Invalid`] and become translated field messages in the web layer.

use crate::DomainError;
use serde::{Deserialize, Serialize};
use time::{Date, Month};

/// A meeting's note is short on purpose: it is read by the coordinator, not a diary.
pub const NOTE_MAX_CHARS: usize = 500;
/// A check-in's free text.
pub const COMMENT_MAX_CHARS: usize = 2000;
/// Longer than this is not one meeting (and most likely a typo).
pub const MAX_MEETING_MINUTES: u32 = 12 * 60;

/// How two people met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    InPerson,
    Online,
}

impl MeetingKind {
    pub const ALL: [Self; 2] = [Self::InPerson, Self::Online];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::InPerson => "in_person",
            Self::Online => "online",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == raw.trim())
            .ok_or(DomainError::invalid("kind", "choice"))
    }
}

/// Who wrote a meeting down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LoggedBy {
    Mentor,
    Mentee,
    Coordinator,
}

impl LoggedBy {
    pub const ALL: [Self; 3] = [Self::Mentor, Self::Mentee, Self::Coordinator];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Mentor => "mentor",
            Self::Mentee => "mentee",
            Self::Coordinator => "coordinator",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|by| by.as_str() == raw.trim())
            .ok_or(DomainError::invalid("logged_by", "choice"))
    }
}

/// One logged meeting. Only [`MeetingForm::parse`] builds one from input, so a stored meeting
/// was never in the future, never zero or negative, never longer than [`MAX_MEETING_MINUTES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub date: Date,
    pub minutes: u32,
    pub kind: MeetingKind,
    pub note: Option<String>,
}

impl Meeting {
    /// Rebuilds a meeting read from storage (already checked when it was logged).
    pub fn from_stored(date: Date, minutes: u32, kind: MeetingKind, note: Option<String>) -> Self {
        Self {
            date,
            minutes,
            kind,
            note,
        }
    }
}

/// A meeting as typed into the form (every field a string, so the form can be shown again).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingForm {
    pub date: String,
    pub minutes: String,
    pub kind: String,
    pub note: String,
}

impl MeetingForm {
    /// A form filled with what most people log: today, one hour, in person.
    pub fn suggested(today: Date) -> Self {
        Self {
            date: iso_date(today),
            minutes: "60".to_owned(),
            kind: MeetingKind::InPerson.as_str().to_owned(),
            note: String::new(),
        }
    }

    /// Parses the form against the tandem's start and today's date; every field error at once.
    pub fn parse(&self, today: Date, started: Date) -> Result<Meeting, Vec<DomainError>> {
        let mut errors = Vec::new();
        let date = match parse_iso_date(&self.date) {
            Ok(date) if date > today => {
                errors.push(DomainError::invalid("date", "meeting-in-future"));
                None
            }
            Ok(date) if date < started => {
                errors.push(DomainError::invalid("date", "meeting-before-start"));
                None
            }
            Ok(date) => Some(date),
            Err(error) => {
                errors.push(error);
                None
            }
        };
        let minutes = match self.minutes.trim().parse::<i64>() {
            Ok(minutes) if minutes <= 0 => {
                errors.push(DomainError::invalid("minutes", "meeting-duration-positive"));
                None
            }
            Ok(minutes) if minutes > i64::from(MAX_MEETING_MINUTES) => {
                errors.push(DomainError::invalid("minutes", "meeting-duration-too-long"));
                None
            }
            Ok(minutes) => u32::try_from(minutes).ok(),
            Err(_) => {
                errors.push(DomainError::invalid("minutes", "meeting-duration-number"));
                None
            }
        };
        let kind = MeetingKind::parse(&self.kind)
            .map_err(|e| errors.push(e))
            .ok();
        let note = self.note.trim();
        if note.chars().count() > NOTE_MAX_CHARS {
            errors.push(DomainError::invalid("note", "meeting-note-too-long"));
        }
        match (date, minutes, kind) {
            (Some(date), Some(minutes), Some(kind)) if errors.is_empty() => Ok(Meeting {
                date,
                minutes,
                kind,
                note: (!note.is_empty()).then(|| note.to_owned()),
            }),
            _ => Err(errors),
        }
    }
}

/// Volunteer hours from meeting minutes, rounded to a tenth (what funders ask for).
pub fn hours(total_minutes: u64) -> f64 {
    // Minutes of a programme fit in f64 exactly far beyond any real total.
    let minutes = u32::try_from(total_minutes).map_or(f64::from(u32::MAX), f64::from);
    (minutes / 6.0).round() / 10.0
}

/// A fixed point in a tandem's life at which both sides are asked how it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CheckInPoint {
    /// Four weeks after the start.
    Weeks4,
    /// Three months after the start.
    Months3,
    /// Six months after the start.
    Months6,
    /// At the planned end.
    End,
}

impl CheckInPoint {
    pub const ALL: [Self; 4] = [Self::Weeks4, Self::Months3, Self::Months6, Self::End];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Weeks4 => "4w",
            Self::Months3 => "3m",
            Self::Months6 => "6m",
            Self::End => "end",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|point| point.as_str() == raw.trim())
            .ok_or(DomainError::invalid("point", "choice"))
    }

    /// The day this point falls on for a tandem that started on `started` and is planned for
    /// `planned_months`.
    pub fn due_on(self, started: Date, planned_months: u32) -> Date {
        match self {
            Self::Weeks4 => started.saturating_add(time::Duration::weeks(4)),
            Self::Months3 => add_months(started, 3),
            Self::Months6 => add_months(started, 6),
            Self::End => add_months(started, planned_months),
        }
    }
}

/// The check-in points of a tandem, in order, with their dates. A fixed point on or after the
/// planned end is left out: the end check-in asks then.
pub fn check_in_schedule(started: Date, planned_months: u32) -> Vec<(CheckInPoint, Date)> {
    let end = CheckInPoint::End.due_on(started, planned_months);
    CheckInPoint::ALL
        .into_iter()
        .map(|point| (point, point.due_on(started, planned_months)))
        .filter(|(point, date)| *point == CheckInPoint::End || *date < end)
        .collect()
}

/// The points whose day has come (on or before `today`), in order.
pub fn due_check_ins(started: Date, planned_months: u32, today: Date) -> Vec<CheckInPoint> {
    check_in_schedule(started, planned_months)
        .into_iter()
        .filter(|(_, date)| *date <= today)
        .map(|(point, _)| point)
        .collect()
}

/// "How is it going?" from 1 (badly) to 5 (very well).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mood(u8);

impl Mood {
    pub fn new(value: u8) -> Result<Self, DomainError> {
        if (1..=5).contains(&value) {
            Ok(Self(value))
        } else {
            Err(DomainError::invalid("mood", "choice"))
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        raw.trim()
            .parse::<u8>()
            .map_err(|_| DomainError::invalid("mood", "choice"))
            .and_then(Self::new)
    }
    pub const fn get(self) -> u8 {
        self.0
    }
}

/// One person's answer at one check-in point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckInAnswer {
    pub mood: Mood,
    pub meets_regularly: bool,
    pub comment: String,
    pub call_me: bool,
}

/// The lowest mood that does not flag a tandem by itself.
const FINE_MOOD: u8 = 3;

impl CheckInAnswer {
    /// Whether a coordinator should look at the tandem because of this answer.
    pub fn signals_trouble(&self) -> bool {
        !self.risk_reasons().is_empty()
    }

    /// Why this answer flags its tandem (empty when it does not).
    pub fn risk_reasons(&self) -> Vec<RiskReason> {
        let mut reasons = Vec::new();
        if self.mood.get() < FINE_MOOD || !self.meets_regularly {
            reasons.push(RiskReason::BadCheckIn {
                mood: self.mood.get(),
                meets_regularly: self.meets_regularly,
            });
        }
        if self.call_me {
            reasons.push(RiskReason::CallRequested);
        }
        reasons
    }
}

/// The check-in questionnaire as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckInForm {
    pub mood: String,
    /// `yes` or `no`.
    pub meets_regularly: String,
    pub comment: String,
    /// Any non-empty value: ticked.
    pub call_me: String,
}

impl CheckInForm {
    pub fn from_answer(answer: &CheckInAnswer) -> Self {
        Self {
            mood: answer.mood.get().to_string(),
            meets_regularly: if answer.meets_regularly { "yes" } else { "no" }.to_owned(),
            comment: answer.comment.clone(),
            call_me: if answer.call_me { "yes" } else { "" }.to_owned(),
        }
    }

    pub fn parse(&self) -> Result<CheckInAnswer, Vec<DomainError>> {
        let mut errors = Vec::new();
        let mood = Mood::parse(&self.mood).map_err(|e| errors.push(e)).ok();
        let meets_regularly = match self.meets_regularly.trim() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => {
                errors.push(DomainError::invalid("meets_regularly", "choice"));
                None
            }
        };
        let comment = self.comment.trim();
        if comment.chars().count() > COMMENT_MAX_CHARS {
            errors.push(DomainError::invalid("comment", "too-long"));
        }
        match (mood, meets_regularly) {
            (Some(mood), Some(meets_regularly)) if errors.is_empty() => Ok(CheckInAnswer {
                mood,
                meets_regularly,
                comment: comment.to_owned(),
                call_me: !self.call_me.trim().is_empty(),
            }),
            _ => Err(errors),
        }
    }
}

/// Why a tandem appears on the coordinator's list of tandems at risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RiskReason {
    /// No meeting logged for this many whole weeks (counted from the start when none was).
    NoMeetingFor { weeks: u32 },
    /// A check-in answer with a low mood, or saying they do not meet regularly.
    BadCheckIn { mood: u8, meets_regularly: bool },
    /// Someone asked the coordinator to call.
    CallRequested,
}

/// After how many weeks without a meeting a tandem counts as at risk (per programme).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoMeetingThreshold(u32);

impl Default for NoMeetingThreshold {
    fn default() -> Self {
        Self(4)
    }
}

impl NoMeetingThreshold {
    pub fn new(weeks: u32) -> Result<Self, DomainError> {
        if (1..=52).contains(&weeks) {
            Ok(Self(weeks))
        } else {
            Err(DomainError::invalid("no_meeting_weeks", "range-1-52"))
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        raw.trim()
            .parse::<u32>()
            .map_err(|_| DomainError::invalid("no_meeting_weeks", "range-1-52"))
            .and_then(Self::new)
    }
    pub const fn weeks(self) -> u32 {
        self.0
    }
}

/// Why a running tandem needs attention today: `last_meeting` is the newest logged meeting,
/// `open_answers` the check-in answers the coordinator has not dealt with yet.
pub fn assess_risk(
    started: Date,
    last_meeting: Option<Date>,
    threshold: NoMeetingThreshold,
    today: Date,
    open_answers: &[CheckInAnswer],
) -> Vec<RiskReason> {
    let mut reasons = Vec::new();
    let since = last_meeting.map_or(started, |met| met.max(started));
    let weeks = u32::try_from((today - since).whole_weeks()).unwrap_or(0);
    if weeks >= threshold.weeks() {
        reasons.push(RiskReason::NoMeetingFor { weeks });
    }
    // One line per kind of reason: the worst bad answer (lowest mood, then not meeting) and
    // whether anyone asked for a call.
    let mut worst: Option<(u8, bool)> = None;
    let mut call_requested = false;
    for reason in open_answers.iter().flat_map(CheckInAnswer::risk_reasons) {
        match reason {
            RiskReason::BadCheckIn {
                mood,
                meets_regularly,
            } => {
                if worst.is_none_or(|known| (mood, meets_regularly) < known) {
                    worst = Some((mood, meets_regularly));
                }
            }
            RiskReason::CallRequested => call_requested = true,
            RiskReason::NoMeetingFor { .. } => {}
        }
    }
    if let Some((mood, meets_regularly)) = worst {
        reasons.push(RiskReason::BadCheckIn {
            mood,
            meets_regularly,
        });
    }
    if call_requested {
        reasons.push(RiskReason::CallRequested);
    }
    reasons
}

/// `YYYY-MM-DD`, the form HTML date fields send and the stored form of meeting dates.
pub fn iso_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Reads `YYYY-MM-DD`; anything else is the `date` error.
pub fn parse_iso_date(raw: &str) -> Result<Date, DomainError> {
    let invalid = DomainError::invalid("date", "date");
    let mut parts = raw.trim().split('-');
    let (Some(year), Some(month), Some(day), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(invalid);
    };
    let year: i32 = year.parse().map_err(|_| invalid.clone())?;
    let month: u8 = month.parse().map_err(|_| invalid.clone())?;
    let day: u8 = day.parse().map_err(|_| invalid.clone())?;
    if !(2000..=2100).contains(&year) {
        return Err(invalid);
    }
    let month = Month::try_from(month).map_err(|_| invalid.clone())?;
    Date::from_calendar_date(year, month, day).map_err(|_| invalid)
}

/// The same day `months` later; a day the target month lacks becomes its last day (31 Jan + 1
/// month = 28/29 Feb).
pub fn add_months(date: Date, months: u32) -> Date {
    let index = i64::from(u8::from(date.month())) - 1 + i64::from(months);
    let year = i64::from(date.year()) + index.div_euclid(12);
    let month = u8::try_from(index.rem_euclid(12) + 1)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .unwrap_or(Month::December);
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    let day = date.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).unwrap_or(Date::MAX)
}

/// Whether a postal code lies in a district (official key), by the shipped gazetteer: the
/// dashboards' district filter.
pub fn in_district(postal_code: &str, district_key: &str) -> bool {
    crate::values::PostalCode::parse(postal_code)
        .ok()
        .and_then(|code| crate::gazetteer::lookup(&code))
        .is_some_and(|place| place.district_key == district_key)
}

/// A calendar month, the unit of the dashboards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    pub month: u8,
}

impl YearMonth {
    pub fn of(date: Date) -> Self {
        Self {
            year: date.year(),
            month: u8::from(date.month()),
        }
    }
    /// `YYYY-MM`, as in the stored meeting dates' first seven characters.
    pub fn key(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
    pub fn first_day(self) -> Date {
        Month::try_from(self.month)
            .ok()
            .and_then(|month| Date::from_calendar_date(self.year, month, 1).ok())
            .unwrap_or(Date::MIN)
    }
    pub fn last_day(self) -> Date {
        add_months(self.first_day(), 1)
            .previous_day()
            .unwrap_or(Date::MIN)
    }
    fn next(self) -> Self {
        Self::of(add_months(self.first_day(), 1))
    }
}

/// The months from `from`'s to `to`'s, both included (empty when `to` is before `from`).
pub fn months_between(from: Date, to: Date) -> Vec<YearMonth> {
    let (mut month, last) = (YearMonth::of(from), YearMonth::of(to));
    let mut months = Vec::new();
    while month <= last && months.len() < 600 {
        months.push(month);
        month = month.next();
    }
    months
}

/// A tandem's life as the dashboards need it: when it started and when it ended, if it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TandemSpan {
    pub started: Date,
    pub ended: Option<Date>,
    /// Reached its planned end (completed) rather than ended early.
    pub completed: bool,
}

/// One month of a programme's tandems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MonthOfTandems {
    /// Running on the month's last day.
    pub running: u32,
    pub started: u32,
    pub ended: u32,
}

/// Tandems started, ended and running per month.
pub fn tandems_by_month(spans: &[TandemSpan], months: &[YearMonth]) -> Vec<MonthOfTandems> {
    months
        .iter()
        .map(|month| {
            let (first, last) = (month.first_day(), month.last_day());
            let mut row = MonthOfTandems::default();
            for span in spans {
                if (first..=last).contains(&span.started) {
                    row.started += 1;
                }
                if span
                    .ended
                    .is_some_and(|ended| (first..=last).contains(&ended))
                {
                    row.ended += 1;
                }
                if span.started <= last && span.ended.is_none_or(|ended| ended > last) {
                    row.running += 1;
                }
            }
            row
        })
        .collect()
}

/// Of the tandems that ended, how many reached their planned end: (completed, ended).
pub fn retention(spans: &[TandemSpan]) -> (u32, u32) {
    spans
        .iter()
        .filter(|span| span.ended.is_some())
        .fold((0, 0), |(completed, ended), span| {
            (completed + u32::from(span.completed), ended + 1)
        })
}

/// How long people have been waiting: under 1 month, 1–3, 3–6, over 6 months.
pub fn waiting_buckets(waiting_since: &[Date], today: Date) -> [u32; 4] {
    let mut buckets = [0; 4];
    for since in waiting_since {
        let bucket = if add_months(*since, 1) > today {
            0
        } else if add_months(*since, 3) > today {
            1
        } else if add_months(*since, 6) > today {
            2
        } else {
            3
        };
        buckets[bucket] += 1;
    }
    buckets
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn form(date: &str, minutes: &str) -> MeetingForm {
        MeetingForm {
            date: date.into(),
            minutes: minutes.into(),
            kind: "in_person".into(),
            note: String::new(),
        }
    }

    fn codes(errors: &[DomainError]) -> Vec<(&'static str, &'static str)> {
        errors
            .iter()
            .map(|error| match error {
                DomainError::Invalid { field, code } => (*field, *code),
                other => panic!("unexpected {other:?}"),
            })
            .collect()
    }

    const TODAY: Date = date!(2026 - 11 - 25);
    const STARTED: Date = date!(2026 - 10 - 01);

    #[test]
    fn a_meeting_today_of_an_hour_is_logged() {
        let meeting = form("2026-11-25", "60").parse(TODAY, STARTED).unwrap();
        assert_eq!(meeting.date, TODAY);
        assert_eq!(meeting.minutes, 60);
        assert_eq!(meeting.kind, MeetingKind::InPerson);
        assert_eq!(meeting.note, None);
    }

    #[test]
    fn a_meeting_on_the_start_day_is_fine_the_day_before_is_not() {
        assert!(form("2026-10-01", "30").parse(TODAY, STARTED).is_ok());
        let errors = form("2026-09-30", "30").parse(TODAY, STARTED).unwrap_err();
        assert_eq!(codes(&errors), [("date", "meeting-before-start")]);
    }

    #[test]
    fn a_meeting_in_the_future_is_refused() {
        let errors = form("2026-11-26", "60").parse(TODAY, STARTED).unwrap_err();
        assert_eq!(codes(&errors), [("date", "meeting-in-future")]);
    }

    #[test]
    fn durations_must_be_positive_and_at_most_twelve_hours() {
        for (raw, code) in [
            ("-30", "meeting-duration-positive"),
            ("0", "meeting-duration-positive"),
            ("721", "meeting-duration-too-long"),
            ("an hour", "meeting-duration-number"),
            ("", "meeting-duration-number"),
        ] {
            let errors = form("2026-11-20", raw).parse(TODAY, STARTED).unwrap_err();
            assert_eq!(codes(&errors), [("minutes", code)], "{raw}");
        }
        assert_eq!(
            form("2026-11-20", "720")
                .parse(TODAY, STARTED)
                .unwrap()
                .minutes,
            720
        );
    }

    #[test]
    fn every_field_error_is_reported_at_once() {
        let errors = MeetingForm {
            date: "25.11.2026".into(),
            minutes: "-1".into(),
            kind: "by pigeon".into(),
            note: "x".repeat(NOTE_MAX_CHARS + 1),
        }
        .parse(TODAY, STARTED)
        .unwrap_err();
        assert_eq!(
            codes(&errors),
            [
                ("date", "date"),
                ("minutes", "meeting-duration-positive"),
                ("kind", "choice"),
                ("note", "meeting-note-too-long"),
            ]
        );
    }

    #[test]
    fn a_note_of_500_characters_is_kept_trimmed() {
        let note = format!("  {}  ", "ü".repeat(NOTE_MAX_CHARS));
        let meeting = MeetingForm {
            note,
            kind: "online".into(),
            ..form("2026-11-01", "45")
        }
        .parse(TODAY, STARTED)
        .unwrap();
        assert_eq!(meeting.note.unwrap().chars().count(), NOTE_MAX_CHARS);
        assert_eq!(meeting.kind, MeetingKind::Online);
    }

    #[test]
    fn hours_are_minutes_over_sixty_to_a_tenth() {
        assert!((hours(90) - 1.5).abs() < f64::EPSILON);
        assert!((hours(100) - 1.7).abs() < f64::EPSILON);
        assert!(hours(0).abs() < f64::EPSILON);
    }

    #[test]
    fn the_default_check_ins_fall_after_4_weeks_3_and_6_months_and_at_the_end() {
        let schedule = check_in_schedule(date!(2026 - 01 - 31), 12);
        assert_eq!(
            schedule,
            [
                (CheckInPoint::Weeks4, date!(2026 - 02 - 28)),
                (CheckInPoint::Months3, date!(2026 - 04 - 30)),
                (CheckInPoint::Months6, date!(2026 - 07 - 31)),
                (CheckInPoint::End, date!(2027 - 01 - 31)),
            ]
        );
    }

    #[test]
    fn a_short_programme_skips_points_at_or_after_its_end() {
        let schedule = check_in_schedule(date!(2026 - 03 - 10), 3);
        assert_eq!(
            schedule,
            [
                (CheckInPoint::Weeks4, date!(2026 - 04 - 07)),
                (CheckInPoint::End, date!(2026 - 06 - 10)),
            ]
        );
    }

    #[test]
    fn check_ins_are_due_from_their_day_on() {
        let started = date!(2026 - 01 - 01);
        assert!(due_check_ins(started, 12, date!(2026 - 01 - 28)).is_empty());
        assert_eq!(
            due_check_ins(started, 12, date!(2026 - 01 - 29)),
            [CheckInPoint::Weeks4]
        );
        assert_eq!(
            due_check_ins(started, 12, date!(2026 - 07 - 01)),
            [
                CheckInPoint::Weeks4,
                CheckInPoint::Months3,
                CheckInPoint::Months6
            ]
        );
        assert_eq!(due_check_ins(started, 12, date!(2027 - 01 - 01)).len(), 4);
    }

    #[test]
    fn months_are_added_across_years_and_short_months() {
        assert_eq!(add_months(date!(2026 - 11 - 30), 3), date!(2027 - 02 - 28));
        assert_eq!(add_months(date!(2027 - 12 - 31), 2), date!(2028 - 02 - 29));
        assert_eq!(add_months(date!(2026 - 05 - 15), 0), date!(2026 - 05 - 15));
        assert_eq!(add_months(date!(2026 - 05 - 15), 24), date!(2028 - 05 - 15));
    }

    fn answer(mood: u8, meets_regularly: bool, call_me: bool) -> CheckInAnswer {
        CheckInAnswer {
            mood: Mood::new(mood).unwrap(),
            meets_regularly,
            comment: String::new(),
            call_me,
        }
    }

    #[test]
    fn low_mood_not_meeting_or_a_call_request_signal_trouble() {
        assert!(!answer(3, true, false).signals_trouble());
        assert!(!answer(5, true, false).signals_trouble());
        assert!(answer(2, true, false).signals_trouble());
        assert!(answer(4, false, false).signals_trouble());
        assert_eq!(
            answer(5, true, true).risk_reasons(),
            [RiskReason::CallRequested]
        );
        assert_eq!(
            answer(1, false, true).risk_reasons(),
            [
                RiskReason::BadCheckIn {
                    mood: 1,
                    meets_regularly: false
                },
                RiskReason::CallRequested
            ]
        );
    }

    #[test]
    fn the_check_in_form_needs_a_mood_from_1_to_5_and_a_yes_or_no() {
        let parsed = CheckInForm {
            mood: "4".into(),
            meets_regularly: "yes".into(),
            comment: "  Alles gut  ".into(),
            call_me: String::new(),
        }
        .parse()
        .unwrap();
        assert_eq!(
            parsed,
            CheckInAnswer {
                comment: "Alles gut".into(),
                ..answer(4, true, false)
            }
        );
        let errors = CheckInForm {
            mood: "6".into(),
            meets_regularly: "maybe".into(),
            comment: "x".repeat(COMMENT_MAX_CHARS + 1),
            call_me: "yes".into(),
        }
        .parse()
        .unwrap_err();
        assert_eq!(
            codes(&errors),
            [
                ("mood", "choice"),
                ("meets_regularly", "choice"),
                ("comment", "too-long")
            ]
        );
        let round_trip = CheckInForm::from_answer(&answer(2, false, true))
            .parse()
            .unwrap();
        assert_eq!(round_trip, answer(2, false, true));
    }

    #[test]
    fn no_meeting_for_the_threshold_counts_from_the_last_meeting_or_the_start() {
        let threshold = NoMeetingThreshold::default();
        let started = date!(2026 - 10 - 01);
        // Started 3 weeks and 6 days ago, never met: not yet.
        assert!(assess_risk(started, None, threshold, date!(2026 - 10 - 28), &[]).is_empty());
        assert_eq!(
            assess_risk(started, None, threshold, date!(2026 - 10 - 29), &[]),
            [RiskReason::NoMeetingFor { weeks: 4 }]
        );
        // Met recently: fine.
        assert!(
            assess_risk(
                started,
                Some(date!(2026 - 11 - 20)),
                threshold,
                date!(2026 - 11 - 25),
                &[]
            )
            .is_empty()
        );
        let strict = NoMeetingThreshold::new(2).unwrap();
        assert_eq!(
            assess_risk(
                started,
                Some(date!(2026 - 11 - 01)),
                strict,
                date!(2026 - 11 - 25),
                &[]
            ),
            [RiskReason::NoMeetingFor { weeks: 3 }]
        );
    }

    #[test]
    fn open_check_in_answers_add_their_reasons_once() {
        let reasons = assess_risk(
            date!(2026 - 11 - 01),
            Some(date!(2026 - 11 - 24)),
            NoMeetingThreshold::default(),
            date!(2026 - 11 - 25),
            &[
                answer(5, true, true),
                answer(2, false, false),
                answer(1, true, true),
                answer(4, true, false),
            ],
        );
        assert_eq!(
            reasons,
            [
                RiskReason::BadCheckIn {
                    mood: 1,
                    meets_regularly: true
                },
                RiskReason::CallRequested
            ]
        );
    }

    #[test]
    fn the_threshold_is_between_1_and_52_weeks() {
        assert_eq!(NoMeetingThreshold::default().weeks(), 4);
        assert_eq!(NoMeetingThreshold::parse(" 6 ").unwrap().weeks(), 6);
        for raw in ["0", "53", "-1", "four"] {
            assert!(NoMeetingThreshold::parse(raw).is_err(), "{raw}");
        }
    }

    #[test]
    fn points_and_kinds_read_back_what_they_write() {
        for point in CheckInPoint::ALL {
            assert_eq!(CheckInPoint::parse(point.as_str()).unwrap(), point);
        }
        for kind in MeetingKind::ALL {
            assert_eq!(MeetingKind::parse(kind.as_str()).unwrap(), kind);
        }
        for by in LoggedBy::ALL {
            assert_eq!(LoggedBy::parse(by.as_str()).unwrap(), by);
        }
        assert_eq!(iso_date(date!(2026 - 03 - 05)), "2026-03-05");
        assert_eq!(parse_iso_date("2026-03-05").unwrap(), date!(2026 - 03 - 05));
    }

    #[test]
    fn months_run_across_the_year_end() {
        let months = months_between(date!(2026 - 11 - 15), date!(2027 - 02 - 01));
        let keys: Vec<String> = months.iter().map(|m| m.key()).collect();
        assert_eq!(keys, ["2026-11", "2026-12", "2027-01", "2027-02"]);
        assert_eq!(months[3].last_day(), date!(2027 - 02 - 28));
        assert!(months_between(date!(2027 - 01 - 01), date!(2026 - 12 - 31)).is_empty());
    }

    #[test]
    fn tandems_are_counted_by_month_and_retention_by_ending() {
        let spans = [
            TandemSpan {
                started: date!(2026 - 01 - 10),
                ended: None,
                completed: false,
            },
            TandemSpan {
                started: date!(2026 - 01 - 20),
                ended: Some(date!(2026 - 02 - 28)),
                completed: false,
            },
            TandemSpan {
                started: date!(2026 - 02 - 01),
                ended: Some(date!(2026 - 03 - 01)),
                completed: true,
            },
        ];
        let months = months_between(date!(2026 - 01 - 01), date!(2026 - 03 - 31));
        let rows = tandems_by_month(&spans, &months);
        assert_eq!(
            rows[0],
            MonthOfTandems {
                running: 2,
                started: 2,
                ended: 0
            }
        );
        // Ended on the last day of February: not running at its end.
        assert_eq!(
            rows[1],
            MonthOfTandems {
                running: 2,
                started: 1,
                ended: 1
            }
        );
        assert_eq!(
            rows[2],
            MonthOfTandems {
                running: 1,
                started: 0,
                ended: 1
            }
        );
        assert_eq!(retention(&spans), (1, 2));
    }

    #[test]
    fn waiting_time_falls_into_four_buckets() {
        let today = date!(2026 - 11 - 25);
        let since = [
            date!(2026 - 11 - 01),
            date!(2026 - 10 - 26),
            date!(2026 - 10 - 25),
            date!(2026 - 06 - 01),
            date!(2026 - 05 - 25),
            date!(2025 - 01 - 01),
        ];
        assert_eq!(waiting_buckets(&since, today), [2, 1, 1, 2]);
    }

    #[test]
    fn a_postal_code_is_in_its_district_only() {
        let hannover =
            crate::gazetteer::lookup(&crate::values::PostalCode::parse("30159").unwrap())
                .unwrap()
                .district_key;
        assert!(in_district("30159", hannover));
        assert!(
            !in_district("49074", hannover),
            "Osnabrück is another district"
        );
        assert!(!in_district("99999", hannover) && !in_district("", hannover));
    }
}
