//! Mentors' diaries: after each meeting the mentor writes what they did and how it went (learning
//! sponsorships for children keep one, and the coordinator reads it and answers with a comment).
//!
//! Entries are private to the mentor (through their personal link, see `followup`) and the
//! coordinators of the organisation; the mentee never sees them. The rules of what a valid entry
//! or comment is live here; storage and pages only keep and show them.

use crate::{
    DomainError,
    followup::{MAX_MEETING_MINUTES, iso_date, parse_iso_date},
    person::Side,
    programme::ProgrammeKind,
};
use serde::{Deserialize, Serialize};
use time::Date;

/// Longest text of each part of an entry and of a comment.
pub const TEXT_MAX_CHARS: usize = 2000;

/// Whether a programme of this kind keeps diaries. Learning sponsorships do ("Balu und Du": the
/// mentor keeps a diary that the coordinator reads); the others log meetings only.
pub const fn uses_diary(kind: ProgrammeKind) -> bool {
    matches!(kind, ProgrammeKind::Learning)
}

/// Only the mentor writes the diary.
pub fn may_write(side: Side) -> Result<(), DomainError> {
    match side {
        Side::Mentor => Ok(()),
        Side::Mentee => Err(DomainError::Forbidden),
    }
}

/// One diary entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiaryEntry {
    pub met_on: Date,
    pub minutes: u32,
    pub activities: String,
    pub how_it_went: String,
}

/// The entry form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DiaryForm {
    pub date: String,
    pub minutes: String,
    pub activities: String,
    pub how_it_went: String,
}

impl DiaryForm {
    /// Today, an hour, nothing written yet.
    pub fn suggested(today: Date) -> Self {
        Self {
            date: iso_date(today),
            minutes: "60".to_owned(),
            ..Self::default()
        }
    }

    /// Parses every field against the tandem's start and today; all errors at once.
    pub fn parse(&self, today: Date, started: Date) -> Result<DiaryEntry, Vec<DomainError>> {
        let mut errors = Vec::new();
        let met_on = match parse_iso_date(&self.date) {
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
        let activities = text("activities", &self.activities)
            .map_err(|e| errors.push(e))
            .ok();
        let how_it_went = text("how_it_went", &self.how_it_went)
            .map_err(|e| errors.push(e))
            .ok();
        match (met_on, minutes, activities, how_it_went) {
            (Some(met_on), Some(minutes), Some(activities), Some(how_it_went))
                if errors.is_empty() =>
            {
                Ok(DiaryEntry {
                    met_on,
                    minutes,
                    activities,
                    how_it_went,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A coordinator's comment on an entry: some words, not too many.
pub fn parse_comment(raw: &str) -> Result<String, DomainError> {
    text("comment", raw)
}

fn text(field: &'static str, raw: &str) -> Result<String, DomainError> {
    let text = raw.trim();
    if text.is_empty() {
        Err(DomainError::invalid(field, "required"))
    } else if text.chars().count() > TEXT_MAX_CHARS {
        Err(DomainError::invalid(field, "too-long"))
    } else {
        Ok(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn form() -> DiaryForm {
        DiaryForm {
            date: "2026-11-20".into(),
            minutes: "90".into(),
            activities: "Zoo, Giraffen gezählt".into(),
            how_it_went: "Yara hat viel gelacht".into(),
        }
    }

    #[test]
    fn an_entry_names_every_bad_field() {
        let today = date!(2026 - 11 - 25);
        let started = date!(2026 - 10 - 01);
        assert_eq!(form().parse(today, started).unwrap().minutes, 90);
        let bad = DiaryForm {
            date: "2026-11-26".into(),
            minutes: "0".into(),
            activities: " ".into(),
            how_it_went: "x".repeat(TEXT_MAX_CHARS + 1),
        };
        assert_eq!(
            bad.parse(today, started).unwrap_err(),
            vec![
                DomainError::invalid("date", "meeting-in-future"),
                DomainError::invalid("minutes", "meeting-duration-positive"),
                DomainError::invalid("activities", "required"),
                DomainError::invalid("how_it_went", "too-long"),
            ]
        );
        let before = DiaryForm {
            date: "2026-09-30".into(),
            ..form()
        };
        assert_eq!(
            before.parse(today, started).unwrap_err(),
            vec![DomainError::invalid("date", "meeting-before-start")]
        );
    }

    #[test]
    fn only_mentors_write_and_only_learning_programmes_keep_diaries() {
        assert!(may_write(Side::Mentor).is_ok());
        assert_eq!(may_write(Side::Mentee), Err(DomainError::Forbidden));
        assert!(uses_diary(ProgrammeKind::Learning));
        assert!(!uses_diary(ProgrammeKind::Buddy));
        assert_eq!(parse_comment("  Schön!  "), Ok("Schön!".to_owned()));
        assert!(parse_comment("").is_err());
    }
}
