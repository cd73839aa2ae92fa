//! Events of the alliance and its organisations: conferences with their sessions, information
//! evenings, mentor trainings, get-togethers; who registers, who waits, who came.
//!
//! Times are entered and shown in German local time; they are stored as UTC instants. The offset is
//! computed by the EU summer-time rule, so no time-zone database has to ship with Tandem.

use crate::{
    DomainError,
    ids::{EventId, OrganisationId},
    organisation::parse_name,
    values::Email,
};
use serde::{Deserialize, Serialize};
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset, Weekday};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Conference,
    InformationEvening,
    /// Counts towards a mentor's trainings when attended.
    Training,
    GetTogether,
}

impl EventKind {
    pub const ALL: [Self; 4] = [
        Self::Conference,
        Self::InformationEvening,
        Self::Training,
        Self::GetTogether,
    ];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Conference => "conference",
            Self::InformationEvening => "information_evening",
            Self::Training => "training",
            Self::GetTogether => "get_together",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == raw.trim())
            .ok_or(DomainError::invalid("kind", "choice"))
    }
}

/// Everything about an event its organiser edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDetails {
    pub kind: EventKind,
    pub title: String,
    pub description: String,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    /// Address or room; empty for online-only events.
    pub place: String,
    /// Link for online participation; empty for events on site only.
    pub online_url: String,
    /// Places; registrations beyond it join the waiting list.
    pub capacity: u32,
    pub published: bool,
}

/// One slot of a conference's programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub title: String,
    pub speakers: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    /// `None`: an event of the alliance itself.
    pub organisation_id: Option<OrganisationId>,
    pub details: EventDetails,
    pub sessions: Vec<Session>,
}

/// The event form as typed: dates as `YYYY-MM-DD`, times as `HH:MM`, sessions one per line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventForm {
    pub kind: String,
    pub title: String,
    pub description: String,
    pub date: String,
    pub start_time: String,
    pub end_time: String,
    pub place: String,
    pub online_url: String,
    pub capacity: String,
    pub sessions: String,
    #[serde(default)]
    pub published: Option<String>,
}

impl EventForm {
    /// The form filled with an existing event, for editing.
    pub fn from_event(event: &Event) -> Self {
        let details = &event.details;
        let start = to_local(details.starts_at);
        Self {
            kind: details.kind.as_str().to_owned(),
            title: details.title.clone(),
            description: details.description.clone(),
            date: start.date().to_string(),
            start_time: hh_mm(start.time()),
            end_time: hh_mm(to_local(details.ends_at).time()),
            place: details.place.clone(),
            online_url: details.online_url.clone(),
            capacity: details.capacity.to_string(),
            sessions: event
                .sessions
                .iter()
                .map(|session| {
                    format!(
                        "{}-{} | {} | {}",
                        hh_mm(to_local(session.starts_at).time()),
                        hh_mm(to_local(session.ends_at).time()),
                        session.title,
                        session.speakers
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
            published: details.published.then(|| "on".to_owned()),
        }
    }

    /// Every problem of the form at once, so the organiser fixes them in one go. A session line
    /// that does not parse is reported as `sessions` with its line number.
    pub fn parse(&self) -> Result<(EventDetails, Vec<Session>), FormErrors> {
        let mut errors = FormErrors::default();
        let kind = EventKind::parse(&self.kind)
            .map_err(|e| errors.push(e))
            .ok();
        let title = parse_name("title", &self.title)
            .map_err(|e| errors.push(e))
            .ok();
        let description = self.description.trim().to_owned();
        if description.chars().count() > 10_000 {
            errors.push(DomainError::invalid("description", "too-long"));
        }
        let date = parse_date(&self.date).map_err(|e| errors.push(e)).ok();
        let start = parse_time("start_time", &self.start_time)
            .map_err(|e| errors.push(e))
            .ok();
        let end = parse_time("end_time", &self.end_time)
            .map_err(|e| errors.push(e))
            .ok();
        if let (Some(start), Some(end)) = (start, end)
            && end <= start
        {
            errors.push(DomainError::invalid("end_time", "end-before-start"));
        }
        let place = self.place.trim().to_owned();
        let online_url = self.online_url.trim().to_owned();
        if !online_url.is_empty() && !is_web_address(&online_url) {
            errors.push(DomainError::invalid("online_url", "web-address"));
        }
        if place.is_empty() && online_url.is_empty() {
            errors.push(DomainError::invalid("place", "place-or-link"));
        }
        if place.chars().count() > 300 {
            errors.push(DomainError::invalid("place", "too-long"));
        }
        let capacity = self
            .capacity
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|places| (1..=5000).contains(places));
        if capacity.is_none() {
            errors.push(DomainError::invalid("capacity", "range-1-5000"));
        }
        let mut sessions = Vec::new();
        if let Some(date) = date {
            for (index, line) in self.sessions.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                match parse_session(date, line) {
                    Ok(session) => sessions.push(session),
                    Err(()) => errors.session_lines.push(index + 1),
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let (Some(kind), Some(title), Some(date), Some(start), Some(end), Some(capacity)) =
            (kind, title, date, start, end, capacity)
        else {
            return Err(errors);
        };
        sessions.sort_by_key(|session| session.starts_at);
        let details = EventDetails {
            kind,
            title,
            description,
            starts_at: from_local(date, start),
            ends_at: from_local(date, end),
            place,
            online_url,
            capacity,
            published: self.published.is_some(),
        };
        Ok((details, sessions))
    }
}

/// What was wrong with an event form: field errors, and the numbers of session lines that did not
/// read as `HH:MM-HH:MM | title | speakers`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormErrors {
    pub fields: Vec<DomainError>,
    pub session_lines: Vec<usize>,
}

impl FormErrors {
    fn push(&mut self, error: DomainError) {
        self.fields.push(error);
    }
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.session_lines.is_empty()
    }
}

fn parse_session(date: Date, line: &str) -> Result<Session, ()> {
    let mut parts = line.split('|').map(str::trim);
    let times = parts.next().ok_or(())?;
    let title = parts.next().filter(|t| !t.is_empty()).ok_or(())?;
    let speakers = parts.next().unwrap_or("");
    if parts.next().is_some() || title.chars().count() > 300 || speakers.chars().count() > 500 {
        return Err(());
    }
    let (from, to) = times.split_once(['-', '–']).ok_or(())?;
    let from = parse_time("sessions", from).map_err(|_| ())?;
    let to = parse_time("sessions", to).map_err(|_| ())?;
    if to <= from {
        return Err(());
    }
    Ok(Session {
        starts_at: from_local(date, from),
        ends_at: from_local(date, to),
        title: title.to_owned(),
        speakers: speakers.to_owned(),
    })
}

fn parse_date(raw: &str) -> Result<Date, DomainError> {
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

fn parse_time(field: &'static str, raw: &str) -> Result<Time, DomainError> {
    let invalid = DomainError::invalid(field, "time");
    let (hour, minute) = raw.trim().split_once([':', '.']).ok_or(invalid.clone())?;
    let hour: u8 = hour.trim().parse().map_err(|_| invalid.clone())?;
    let minute: u8 = minute.trim().parse().map_err(|_| invalid.clone())?;
    Time::from_hms(hour, minute, 0).map_err(|_| invalid)
}

fn is_web_address(raw: &str) -> bool {
    (raw.starts_with("https://") || raw.starts_with("http://"))
        && raw.len() <= 500
        && !raw.contains(char::is_whitespace)
        && !raw.contains(['"', '<', '>'])
}

fn hh_mm(time: Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// The last Sunday of a month, at 01:00 UTC: when German summer time starts (March) or ends
/// (October).
fn switch_instant(year: i32, month: Month) -> OffsetDateTime {
    let mut day = Date::from_calendar_date(year, month, 31).unwrap_or(Date::MIN);
    while day.weekday() != Weekday::Sunday {
        day = day.previous_day().unwrap_or(Date::MIN);
    }
    PrimitiveDateTime::new(day, Time::from_hms(1, 0, 0).unwrap_or(Time::MIDNIGHT)).assume_utc()
}

/// German local time's offset from UTC at an instant: +2 h in summer, +1 h otherwise.
pub fn german_offset(at: OffsetDateTime) -> UtcOffset {
    let utc = at.to_offset(UtcOffset::UTC);
    let year = utc.year();
    let summer =
        utc >= switch_instant(year, Month::March) && utc < switch_instant(year, Month::October);
    UtcOffset::from_hms(if summer { 2 } else { 1 }, 0, 0).unwrap_or(UtcOffset::UTC)
}

/// An instant as German local time.
pub fn to_local(at: OffsetDateTime) -> OffsetDateTime {
    at.to_offset(german_offset(at))
}

/// A German wall-clock time as an instant. In the hour that does not exist (spring) or exists
/// twice (autumn) the summer-time reading is taken.
pub fn from_local(date: Date, time: Time) -> OffsetDateTime {
    let wall = PrimitiveDateTime::new(date, time);
    let summer = wall.assume_offset(UtcOffset::from_hms(2, 0, 0).unwrap_or(UtcOffset::UTC));
    if german_offset(summer) == summer.offset() {
        summer
    } else {
        wall.assume_offset(UtcOffset::from_hms(1, 0, 0).unwrap_or(UtcOffset::UTC))
    }
}

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationStatus {
    Confirmed,
    /// On the waiting list; moves up when a confirmed registration is cancelled.
    Waiting,
    Cancelled,
}

impl RegistrationStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::Waiting => "waiting",
            Self::Cancelled => "cancelled",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        [Self::Confirmed, Self::Waiting, Self::Cancelled]
            .into_iter()
            .find(|status| status.as_str() == raw)
            .ok_or(DomainError::invalid("status", "choice"))
    }

    /// A new registration is confirmed while places are free; after that it waits.
    pub const fn for_new(confirmed: u32, capacity: u32) -> Self {
        if confirmed < capacity {
            Self::Confirmed
        } else {
            Self::Waiting
        }
    }
}

/// What someone gives when registering for an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    pub name: String,
    pub email: Email,
    pub organisation_name: String,
    /// Step-free access, sign-language interpretation, childcare …: only what the organiser needs.
    pub accessibility_needs: String,
}

impl Attendee {
    /// Every invalid field at once.
    pub fn parse(
        name: &str,
        email: &str,
        organisation_name: &str,
        accessibility_needs: &str,
    ) -> Result<Self, Vec<DomainError>> {
        let mut errors = Vec::new();
        let name = parse_name("name", name).map_err(|e| errors.push(e)).ok();
        let email = Email::parse(email).map_err(|e| errors.push(e)).ok();
        let organisation_name = organisation_name.trim().to_owned();
        if organisation_name.chars().count() > 200 {
            errors.push(DomainError::invalid("organisation_name", "too-long"));
        }
        let accessibility_needs = accessibility_needs.trim().to_owned();
        if accessibility_needs.chars().count() > 1000 {
            errors.push(DomainError::invalid("accessibility_needs", "too-long"));
        }
        match (name, email) {
            (Some(name), Some(email)) if errors.is_empty() => Ok(Self {
                name,
                email,
                organisation_name,
                accessibility_needs,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime, time};

    fn form() -> EventForm {
        EventForm {
            kind: "conference".into(),
            title: "9. Integrationskonferenz".into(),
            description: "Gemeinsam stark".into(),
            date: "2026-11-27".into(),
            start_time: "10:00".into(),
            end_time: "16:30".into(),
            place: "Hannover Congress Centrum".into(),
            online_url: String::new(),
            capacity: "300".into(),
            sessions: "10:00-10:30 | Eröffnung | Ministerin\n\n11:00–12:00 | Podium | A, B".into(),
            published: Some("on".into()),
        }
    }

    #[test]
    fn an_event_form_becomes_details_and_sessions_in_local_time() {
        let (details, sessions) = form().parse().unwrap();
        assert_eq!(details.starts_at, datetime!(2026-11-27 9:00 UTC));
        assert_eq!(sessions.len(), 2);
        assert_eq!(sessions[1].title, "Podium");
        assert_eq!(sessions[1].speakers, "A, B");
        let event = Event {
            id: EventId::generate(),
            organisation_id: None,
            details,
            sessions,
        };
        let again = EventForm::from_event(&event);
        assert_eq!(again.date, "2026-11-27");
        assert_eq!(again.start_time, "10:00");
        assert_eq!(again.parse().unwrap().1, event.sessions);
    }

    #[test]
    fn every_problem_is_reported_with_session_lines_by_number() {
        let bad = EventForm {
            kind: "party".into(),
            date: "2026-02-30".into(),
            end_time: "09:00".into(),
            place: String::new(),
            capacity: "0".into(),
            sessions: "Eröffnung\n10:00-10:30 | ok |\n12:00-11:00 | rückwärts".into(),
            ..form()
        };
        let errors = bad.parse().unwrap_err();
        let fields: Vec<_> = errors
            .fields
            .iter()
            .map(|e| match e {
                DomainError::Invalid { field, code } => (*field, *code),
                _ => ("?", "?"),
            })
            .collect();
        assert_eq!(
            fields,
            [
                ("kind", "choice"),
                ("date", "date"),
                ("end_time", "end-before-start"),
                ("place", "place-or-link"),
                ("capacity", "range-1-5000"),
            ]
        );
        // Session lines are checked only with a valid date.
        assert!(errors.session_lines.is_empty());
        let lines = EventForm {
            sessions: "Eröffnung\n10:00-10:30 | ok |\n12:00-11:00 | rückwärts".into(),
            ..form()
        };
        assert_eq!(lines.parse().unwrap_err().session_lines, [1, 3]);
    }

    #[test]
    fn german_summer_time_follows_the_eu_rule() {
        assert_eq!(
            from_local(date!(2026 - 07 - 01), time!(18:00)),
            datetime!(2026-07-01 16:00 UTC)
        );
        assert_eq!(
            from_local(date!(2026 - 12 - 01), time!(18:00)),
            datetime!(2026-12-01 17:00 UTC)
        );
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(
            german_offset(datetime!(2026-03-29 0:59 UTC)).whole_hours(),
            1
        );
        assert_eq!(
            german_offset(datetime!(2026-03-29 1:00 UTC)).whole_hours(),
            2
        );
        assert_eq!(
            german_offset(datetime!(2026-10-25 0:59 UTC)).whole_hours(),
            2
        );
        assert_eq!(
            german_offset(datetime!(2026-10-25 1:00 UTC)).whole_hours(),
            1
        );
        assert_eq!(to_local(datetime!(2026-07-01 16:00 UTC)).hour(), 18);
    }

    #[test]
    fn registrations_wait_once_the_places_are_taken() {
        assert_eq!(
            RegistrationStatus::for_new(1, 2),
            RegistrationStatus::Confirmed
        );
        assert_eq!(
            RegistrationStatus::for_new(2, 2),
            RegistrationStatus::Waiting
        );
        let errors = Attendee::parse("A", "nope", "", "").unwrap_err();
        assert_eq!(errors.len(), 2);
        let ok = Attendee::parse(
            "Amina Haddad",
            "amina@example.org",
            "Exil e.V.",
            "Rollstuhl",
        );
        assert_eq!(ok.unwrap().accessibility_needs, "Rollstuhl");
    }
}
