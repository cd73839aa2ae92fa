//! Tandems and their lifecycle:
//! proposed → accepted (by both) → active ⇄ paused → completed | ended early (with a reason);
//! a proposal may instead be declined, which returns both people to the pool.

use crate::{
    DomainError,
    ids::{PersonId, ProgrammeId, TandemId},
    minors::{self, CertificateRecord},
    person::Side,
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TandemStatus {
    Proposed,
    Accepted,
    Active,
    Paused,
    Completed,
    EndedEarly,
    Declined,
}

impl TandemStatus {
    pub const ALL: [Self; 7] = [
        Self::Proposed,
        Self::Accepted,
        Self::Active,
        Self::Paused,
        Self::Completed,
        Self::EndedEarly,
        Self::Declined,
    ];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Proposed => "proposed",
            Self::Accepted => "accepted",
            Self::Active => "active",
            Self::Paused => "paused",
            Self::Completed => "completed",
            Self::EndedEarly => "ended_early",
            Self::Declined => "declined",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == raw.trim())
            .ok_or(DomainError::invalid("status", "choice"))
    }
    /// A tandem that still binds its people (counts against a mentor's places).
    pub const fn is_open(self) -> bool {
        matches!(
            self,
            Self::Proposed | Self::Accepted | Self::Active | Self::Paused
        )
    }
}

/// Why a tandem ended before its planned end. A fixed list keeps reports comparable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    MovedAway,
    NoTime,
    NotAGoodFit,
    GoalReached,
    NoContact,
    Other,
}

impl EndReason {
    pub const ALL: [Self; 6] = [
        Self::MovedAway,
        Self::NoTime,
        Self::NotAGoodFit,
        Self::GoalReached,
        Self::NoContact,
        Self::Other,
    ];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::MovedAway => "moved_away",
            Self::NoTime => "no_time",
            Self::NotAGoodFit => "not_a_good_fit",
            Self::GoalReached => "goal_reached",
            Self::NoContact => "no_contact",
            Self::Other => "other",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|reason| reason.as_str() == raw.trim())
            .ok_or(DomainError::invalid("end_reason", "choice"))
    }
}

/// The most characters the free text of an early end may have.
pub const END_REASON_DETAIL_MAX: usize = 200;

/// The free text of an early end: required with [`EndReason::Other`] (the fixed list did not
/// fit, so the coordinator says what happened), at most [`END_REASON_DETAIL_MAX`] characters;
/// with any other reason there is no text.
pub fn end_reason_detail(action: TandemAction, raw: &str) -> Result<Option<String>, DomainError> {
    let TandemAction::EndEarly(EndReason::Other) = action else {
        return Ok(None);
    };
    let text = raw.trim();
    if text.is_empty() {
        return Err(DomainError::invalid("end_reason_detail", "required"));
    }
    if text.chars().count() > END_REASON_DETAIL_MAX {
        return Err(DomainError::invalid("end_reason_detail", "too-long"));
    }
    Ok(Some(text.to_owned()))
}

/// A move in a tandem's lifecycle, as a coordinator or a participant asks for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "action", content = "value")]
pub enum TandemAction {
    Accept(Side),
    Decline(Side),
    Start,
    Pause,
    Resume,
    Complete,
    EndEarly(EndReason),
}

impl TandemAction {
    pub const fn name(self) -> &'static str {
        match self {
            Self::Accept(_) => "accept",
            Self::Decline(_) => "decline",
            Self::Start => "start",
            Self::Pause => "pause",
            Self::Resume => "resume",
            Self::Complete => "complete",
            Self::EndEarly(_) => "end_early",
        }
    }

    /// Parses the form field `action` (`accept_mentor`, `start`, `end_early`, …) together with an
    /// optional end reason.
    pub fn parse(action: &str, end_reason: Option<&str>) -> Result<Self, DomainError> {
        Ok(match action.trim() {
            "accept_mentor" => Self::Accept(Side::Mentor),
            "accept_mentee" => Self::Accept(Side::Mentee),
            "decline_mentor" => Self::Decline(Side::Mentor),
            "decline_mentee" => Self::Decline(Side::Mentee),
            "start" => Self::Start,
            "pause" => Self::Pause,
            "resume" => Self::Resume,
            "complete" => Self::Complete,
            "end_early" => Self::EndEarly(EndReason::parse(end_reason.unwrap_or(""))?),
            _ => return Err(DomainError::invalid("action", "choice")),
        })
    }
}

/// A mentor and a mentee in one programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tandem {
    pub id: TandemId,
    pub programme_id: ProgrammeId,
    pub mentor_id: PersonId,
    pub mentee_id: PersonId,
    pub status: TandemStatus,
    pub mentor_accepted: bool,
    pub mentee_accepted: bool,
    pub end_reason: Option<EndReason>,
    pub created_at: time::OffsetDateTime,
    pub started_at: Option<time::OffsetDateTime>,
    pub ended_at: Option<time::OffsetDateTime>,
}

impl Tandem {
    /// A new proposal: nobody has answered yet.
    pub fn propose(
        programme_id: ProgrammeId,
        mentor_id: PersonId,
        mentee_id: PersonId,
        now: time::OffsetDateTime,
    ) -> Self {
        Self {
            id: TandemId::generate(),
            programme_id,
            mentor_id,
            mentee_id,
            status: TandemStatus::Proposed,
            mentor_accepted: false,
            mentee_accepted: false,
            end_reason: None,
            created_at: now,
            started_at: None,
            ended_at: None,
        }
    }

    /// A new proposal that passes the §72a gate: a mentee who is a minor on the day is never
    /// paired with a mentor whose certificate of conduct is missing, expired or shows a relevant
    /// entry. Every path that forms a tandem goes through here (see `tandem_store`).
    pub fn propose_safeguarded(
        programme_id: ProgrammeId,
        mentor_id: PersonId,
        mentee_id: PersonId,
        mentee_is_minor: bool,
        mentor_certificate: Option<&CertificateRecord>,
        now: time::OffsetDateTime,
    ) -> Result<Self, DomainError> {
        minors::check_pairing(
            mentee_is_minor,
            mentor_certificate,
            crate::event::to_local(now).date(),
        )?;
        Ok(Self::propose(programme_id, mentor_id, mentee_id, now))
    }

    /// Applies one lifecycle move, or refuses it and changes nothing.
    pub fn apply(
        &mut self,
        action: TandemAction,
        now: time::OffsetDateTime,
    ) -> Result<(), DomainError> {
        use TandemStatus::*;
        let illegal = DomainError::IllegalTandemMove {
            from: self.status,
            action: action.name(),
        };
        match (self.status, action) {
            (Proposed, TandemAction::Accept(side)) => {
                match side {
                    Side::Mentor if !self.mentor_accepted => self.mentor_accepted = true,
                    Side::Mentee if !self.mentee_accepted => self.mentee_accepted = true,
                    _ => return Err(illegal),
                }
                if self.mentor_accepted && self.mentee_accepted {
                    self.status = Accepted;
                }
            }
            (Proposed, TandemAction::Decline(_)) => {
                self.status = Declined;
                self.ended_at = Some(now);
            }
            (Accepted, TandemAction::Start) => {
                self.status = Active;
                self.started_at = Some(now);
            }
            (Active, TandemAction::Pause) => self.status = Paused,
            (Paused, TandemAction::Resume) => self.status = Active,
            (Active | Paused, TandemAction::Complete) => {
                self.status = Completed;
                self.ended_at = Some(now);
            }
            (Accepted | Active | Paused, TandemAction::EndEarly(reason)) => {
                self.status = EndedEarly;
                self.end_reason = Some(reason);
                self.ended_at = Some(now);
            }
            _ => return Err(illegal),
        }
        Ok(())
    }

    /// The moves that are legal now, for showing buttons.
    pub fn possible_actions(&self) -> Vec<TandemAction> {
        let candidates = [
            TandemAction::Accept(Side::Mentor),
            TandemAction::Accept(Side::Mentee),
            TandemAction::Decline(Side::Mentor),
            TandemAction::Decline(Side::Mentee),
            TandemAction::Start,
            TandemAction::Pause,
            TandemAction::Resume,
            TandemAction::Complete,
            TandemAction::EndEarly(EndReason::Other),
        ];
        let now = time::OffsetDateTime::UNIX_EPOCH;
        candidates
            .into_iter()
            .filter(|action| self.clone().apply(*action, now).is_ok())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proposal() -> Tandem {
        Tandem::propose(
            ProgrammeId::from_string("p"),
            PersonId::from_string("mentor"),
            PersonId::from_string("mentee"),
            time::OffsetDateTime::UNIX_EPOCH,
        )
    }
    const NOW: time::OffsetDateTime = time::OffsetDateTime::UNIX_EPOCH;

    #[test]
    fn both_must_accept_before_it_starts() {
        let mut tandem = proposal();
        tandem
            .apply(TandemAction::Accept(Side::Mentor), NOW)
            .unwrap();
        assert_eq!(tandem.status, TandemStatus::Proposed);
        assert!(tandem.apply(TandemAction::Start, NOW).is_err());
        tandem
            .apply(TandemAction::Accept(Side::Mentee), NOW)
            .unwrap();
        assert_eq!(tandem.status, TandemStatus::Accepted);
        tandem.apply(TandemAction::Start, NOW).unwrap();
        tandem.apply(TandemAction::Pause, NOW).unwrap();
        tandem.apply(TandemAction::Resume, NOW).unwrap();
        tandem.apply(TandemAction::Complete, NOW).unwrap();
        assert_eq!(tandem.status, TandemStatus::Completed);
    }

    #[test]
    fn completing_a_declined_tandem_is_refused_and_changes_nothing() {
        let mut tandem = proposal();
        tandem
            .apply(TandemAction::Decline(Side::Mentee), NOW)
            .unwrap();
        let before = tandem.clone();
        let error = tandem.apply(TandemAction::Complete, NOW).unwrap_err();
        assert_eq!(
            error,
            DomainError::IllegalTandemMove {
                from: TandemStatus::Declined,
                action: "complete"
            }
        );
        assert_eq!(tandem, before);
    }

    #[test]
    fn ending_early_keeps_the_reason() {
        let mut tandem = proposal();
        tandem
            .apply(TandemAction::Accept(Side::Mentor), NOW)
            .unwrap();
        tandem
            .apply(TandemAction::Accept(Side::Mentee), NOW)
            .unwrap();
        tandem
            .apply(TandemAction::EndEarly(EndReason::MovedAway), NOW)
            .unwrap();
        assert_eq!(tandem.end_reason, Some(EndReason::MovedAway));
        assert!(tandem.possible_actions().is_empty());
    }

    #[test]
    fn a_minor_is_proposed_only_with_a_mentor_cleared_by_a_certificate() {
        let record = |relevant_entry| CertificateRecord {
            inspected_on: time::macros::date!(1969 - 12 - 01),
            certificate_dated: time::macros::date!(1969 - 11 - 15),
            relevant_entry,
            inspected_by: crate::ids::UserId::from_string("admin"),
        };
        let propose = |minor, certificate: Option<&CertificateRecord>| {
            Tandem::propose_safeguarded(
                ProgrammeId::from_string("p"),
                PersonId::from_string("mentor"),
                PersonId::from_string("mentee"),
                minor,
                certificate,
                NOW,
            )
        };
        assert!(propose(true, Some(&record(false))).is_ok());
        assert!(propose(false, None).is_ok());
        for certificate in [None, Some(record(true))] {
            assert!(matches!(
                propose(true, certificate.as_ref()),
                Err(DomainError::CertificateOfConduct { .. })
            ));
        }
    }

    #[test]
    fn the_same_side_cannot_accept_twice() {
        let mut tandem = proposal();
        tandem
            .apply(TandemAction::Accept(Side::Mentor), NOW)
            .unwrap();
        assert!(
            tandem
                .apply(TandemAction::Accept(Side::Mentor), NOW)
                .is_err()
        );
    }

    #[test]
    fn other_end_reason_needs_a_short_text_and_no_other_reason_keeps_one() {
        let other = TandemAction::EndEarly(EndReason::Other);
        assert_eq!(
            end_reason_detail(other, "  Familie zieht zurück  ").unwrap(),
            Some("Familie zieht zurück".to_owned())
        );
        assert_eq!(
            end_reason_detail(other, " "),
            Err(DomainError::invalid("end_reason_detail", "required"))
        );
        let long = "ä".repeat(END_REASON_DETAIL_MAX + 1);
        assert_eq!(
            end_reason_detail(other, &long),
            Err(DomainError::invalid("end_reason_detail", "too-long"))
        );
        assert!(end_reason_detail(other, &"ä".repeat(END_REASON_DETAIL_MAX)).is_ok());
        let moved = TandemAction::EndEarly(EndReason::MovedAway);
        assert_eq!(end_reason_detail(moved, "ignored").unwrap(), None);
        assert_eq!(
            end_reason_detail(TandemAction::Complete, "x").unwrap(),
            None
        );
    }
}
