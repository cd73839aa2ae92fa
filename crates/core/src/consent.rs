//! Consent per purpose and the requests people make about their data (GDPR Art. 7, 15–17).
//!
//! Taking part rests on the consent given at registration (stored with the person). Further
//! purposes are optional and given or withdrawn one by one; every change is an event — who (the
//! person or a guardian), which text version, in which language, via which channel, when — so the
//! state at any moment can be shown. Withdrawal always takes effect in the record; what it stops is
//! decided by the purpose (see [`Withdrawal`]).

use crate::{DomainError, person::PersonStatus};
use serde::{Deserialize, Serialize};

/// What a person's data may be used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentPurpose {
    /// Taking part: the registration is kept, matched and the person contacted about their
    /// tandem (including check-ins). Given at registration; withdrawing it ends taking part.
    Participation,
    /// Answering start and end surveys whose anonymous results go into reports for funders.
    ImpactSurveys,
    /// E-mails about the organisation's events and trainings.
    EventNews,
}

impl ConsentPurpose {
    pub const ALL: [Self; 3] = [Self::Participation, Self::ImpactSurveys, Self::EventNews];
    /// Purposes a person may choose at registration, besides taking part.
    pub const OPTIONAL: [Self; 2] = [Self::ImpactSurveys, Self::EventNews];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Participation => "participation",
            Self::ImpactSurveys => "impact_surveys",
            Self::EventNews => "event_news",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|purpose| purpose.as_str() == raw.trim())
            .ok_or(DomainError::invalid("purpose", "choice"))
    }
}

/// Who gave or withdrew consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentGiver {
    Person,
    /// A parent or legal guardian, for a child.
    Guardian,
}

impl ConsentGiver {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Guardian => "guardian",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        match raw.trim() {
            "person" => Ok(Self::Person),
            "guardian" => Ok(Self::Guardian),
            _ => Err(DomainError::invalid("given_by", "choice")),
        }
    }
}

/// How the consent reached the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentChannel {
    /// The registration form or the person's own page.
    WebForm,
    /// A signed paper form, recorded by a coordinator.
    Paper,
    /// Said in person or on the phone, recorded by a coordinator.
    InPerson,
    /// An e-mail from the person, recorded by a coordinator.
    Email,
}

impl ConsentChannel {
    pub const ALL: [Self; 4] = [Self::WebForm, Self::Paper, Self::InPerson, Self::Email];
    /// The channels a coordinator records (the web form records itself).
    pub const RECORDED_BY_STAFF: [Self; 3] = [Self::Paper, Self::InPerson, Self::Email];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::WebForm => "web_form",
            Self::Paper => "paper",
            Self::InPerson => "in_person",
            Self::Email => "email",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|channel| channel.as_str() == raw.trim())
            .ok_or(DomainError::invalid("channel", "choice"))
    }
}

/// One change of consent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentEvent {
    pub purpose: ConsentPurpose,
    pub given: bool,
    pub by: ConsentGiver,
    pub channel: ConsentChannel,
    /// The consent text's version the person saw (for withdrawals: the one in force).
    pub text_version: String,
    pub locale: String,
    pub at: time::OffsetDateTime,
}

/// The state of one purpose, from the person's registration and their events, oldest first.
pub fn current(
    purpose: ConsentPurpose,
    registration: Option<&ConsentEvent>,
    events: &[ConsentEvent],
) -> Option<ConsentEvent> {
    events
        .iter()
        .rev()
        .find(|event| event.purpose == purpose)
        .or(registration.filter(|event| event.purpose == purpose))
        .cloned()
}

/// What withdrawing a purpose does beyond the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withdrawal {
    /// Nothing else: the features of that purpose ask before they act.
    RecordOnly,
    /// The person leaves the pool now (status withdrawn; queued mails to them are dropped).
    LeavePool,
    /// The person is in a tandem: the record stops mails at once, and the coordinator gets an
    /// open request to end the tandem within the deadline.
    CoordinatorMustEndTandem,
}

impl Withdrawal {
    /// Decides what withdrawing `purpose` does for a person in `status`.
    pub fn of(purpose: ConsentPurpose, status: PersonStatus) -> Self {
        match purpose {
            ConsentPurpose::ImpactSurveys | ConsentPurpose::EventNews => Self::RecordOnly,
            ConsentPurpose::Participation => match status {
                PersonStatus::Matched => Self::CoordinatorMustEndTandem,
                PersonStatus::Alumni | PersonStatus::Withdrawn => Self::RecordOnly,
                PersonStatus::Registered | PersonStatus::Screened | PersonStatus::Ready => {
                    Self::LeavePool
                }
            },
        }
    }
}

/// What a person asked for about their data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    /// A copy of their data (Art. 15/20).
    Access,
    /// Erasure (Art. 17).
    Erasure,
    /// Withdrawal of taking part while in a tandem: the coordinator ends the tandem.
    EndParticipation,
}

impl RequestKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Access => "access",
            Self::Erasure => "erasure",
            Self::EndParticipation => "end_participation",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        match raw {
            "access" => Ok(Self::Access),
            "erasure" => Ok(Self::Erasure),
            "end_participation" => Ok(Self::EndParticipation),
            _ => Err(DomainError::invalid("kind", "choice")),
        }
    }
}

/// The answer is due one month after the request (Art. 12(3)): the same day of the next month,
/// or that month's last day when it is shorter.
pub fn request_due(received: time::OffsetDateTime) -> time::OffsetDateTime {
    let date = received.date();
    let (year, month) = match date.month() {
        time::Month::December => (date.year() + 1, time::Month::January),
        month => (date.year(), month.next()),
    };
    let day = date.day().min(month.length(year));
    time::Date::from_calendar_date(year, month, day)
        .map(|due| received.replace_date(due))
        .unwrap_or(received + time::Duration::days(30))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn event(purpose: ConsentPurpose, given: bool, minute: u8) -> ConsentEvent {
        ConsentEvent {
            purpose,
            given,
            by: ConsentGiver::Person,
            channel: ConsentChannel::WebForm,
            text_version: "v1".into(),
            locale: "de".into(),
            at: datetime!(2026-11-01 10:00 UTC) + time::Duration::minutes(i64::from(minute)),
        }
    }

    #[test]
    fn the_latest_event_per_purpose_counts() {
        let registration = event(ConsentPurpose::Participation, true, 0);
        let events = [
            event(ConsentPurpose::EventNews, true, 1),
            event(ConsentPurpose::Participation, false, 2),
            event(ConsentPurpose::EventNews, false, 3),
            event(ConsentPurpose::EventNews, true, 4),
        ];
        let state = |purpose| current(purpose, Some(&registration), &events).map(|e| e.given);
        assert_eq!(state(ConsentPurpose::Participation), Some(false));
        assert_eq!(state(ConsentPurpose::EventNews), Some(true));
        assert_eq!(
            state(ConsentPurpose::ImpactSurveys),
            None,
            "never asked is not consent"
        );
        assert_eq!(
            current(ConsentPurpose::Participation, Some(&registration), &[]).map(|e| e.given),
            Some(true)
        );
    }

    #[test]
    fn withdrawing_participation_depends_on_where_the_person_stands() {
        use PersonStatus::*;
        let of = |status| Withdrawal::of(ConsentPurpose::Participation, status);
        assert_eq!(of(Registered), Withdrawal::LeavePool);
        assert_eq!(of(Ready), Withdrawal::LeavePool);
        assert_eq!(of(Matched), Withdrawal::CoordinatorMustEndTandem);
        assert_eq!(of(Withdrawn), Withdrawal::RecordOnly);
        assert_eq!(of(Alumni), Withdrawal::RecordOnly, "no tandem left to end");
        assert_eq!(
            Withdrawal::of(ConsentPurpose::EventNews, Matched),
            Withdrawal::RecordOnly
        );
    }

    #[test]
    fn requests_are_due_a_month_later() {
        assert_eq!(
            request_due(datetime!(2026-11-25 12:00 UTC)),
            datetime!(2026-12-25 12:00 UTC)
        );
        assert_eq!(
            request_due(datetime!(2027-01-31 08:00 UTC)),
            datetime!(2027-02-28 08:00 UTC)
        );
        assert_eq!(
            request_due(datetime!(2026-12-15 08:00 UTC)),
            datetime!(2027-01-15 08:00 UTC)
        );
        for raw in ["participation", "impact_surveys", "event_news"] {
            assert_eq!(ConsentPurpose::parse(raw).unwrap().as_str(), raw);
        }
        assert!(ConsentPurpose::parse("marketing").is_err());
    }
}
