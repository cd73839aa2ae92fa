//! What a mentee reached during or after their tandem, as the coordinator records it: a German
//! level (CEFR), a school transition, an apprenticeship, a job, a recognised qualification, a
//! study place, or something else (with a short text). Dashboards and reports count them; the
//! person's export lists them.
//!
//! Pure: today's date comes in as an argument.

use crate::{
    DomainError,
    followup::{iso_date, parse_iso_date},
    values::LanguageLevel,
};
use serde::{Deserialize, Serialize};
use time::Date;

/// The short text of an outcome ("other", or a detail such as the trade learnt).
pub const DETAIL_MAX_CHARS: usize = 200;

/// The kinds of outcome funders ask about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeKind {
    /// A German level reached (the CEFR level is part of the outcome).
    GermanLevel,
    SchoolTransition,
    Apprenticeship,
    Job,
    QualificationRecognised,
    StudyPlace,
    /// Anything else, described in the detail text (required then).
    Other,
}

impl OutcomeKind {
    pub const ALL: [Self; 7] = [
        Self::GermanLevel,
        Self::SchoolTransition,
        Self::Apprenticeship,
        Self::Job,
        Self::QualificationRecognised,
        Self::StudyPlace,
        Self::Other,
    ];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::GermanLevel => "german_level",
            Self::SchoolTransition => "school_transition",
            Self::Apprenticeship => "apprenticeship",
            Self::Job => "job",
            Self::QualificationRecognised => "qualification_recognised",
            Self::StudyPlace => "study_place",
            Self::Other => "other",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == raw.trim())
            .ok_or(DomainError::invalid("kind", "choice"))
    }
}

/// The CEFR levels a German level outcome can name ("native" is not an outcome).
pub const GERMAN_LEVELS: [LanguageLevel; 6] = [
    LanguageLevel::A1,
    LanguageLevel::A2,
    LanguageLevel::B1,
    LanguageLevel::B2,
    LanguageLevel::C1,
    LanguageLevel::C2,
];

/// One recorded outcome. Only [`OutcomeForm::parse`] builds one from input: a German level
/// outcome always has its level, "other" always its text, and the day is never in the future.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub kind: OutcomeKind,
    pub level: Option<LanguageLevel>,
    pub achieved_on: Date,
    pub detail: String,
}

impl Outcome {
    /// Rebuilds an outcome read from storage (checked when it was recorded).
    pub fn from_stored(
        kind: OutcomeKind,
        level: Option<LanguageLevel>,
        achieved_on: Date,
        detail: String,
    ) -> Self {
        Self {
            kind,
            level,
            achieved_on,
            detail,
        }
    }
}

/// The outcome form as typed (strings, so it can be shown again).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeForm {
    pub kind: String,
    pub level: String,
    pub date: String,
    pub detail: String,
}

impl OutcomeForm {
    pub fn suggested(today: Date) -> Self {
        Self {
            date: iso_date(today),
            ..Self::default()
        }
    }

    /// Every field error at once.
    pub fn parse(&self, today: Date) -> Result<Outcome, Vec<DomainError>> {
        let mut errors = Vec::new();
        let kind = OutcomeKind::parse(&self.kind)
            .map_err(|e| errors.push(e))
            .ok();
        let level = match (kind, self.level.trim()) {
            (Some(OutcomeKind::GermanLevel), "") => {
                errors.push(DomainError::invalid("level", "outcome-level-required"));
                None
            }
            (_, "") => None,
            (_, raw) => match LanguageLevel::parse(raw) {
                Ok(level) if GERMAN_LEVELS.contains(&level) => Some(level),
                _ => {
                    errors.push(DomainError::invalid("level", "choice"));
                    None
                }
            },
        };
        let date = match parse_iso_date(&self.date) {
            Ok(date) if date > today => {
                errors.push(DomainError::invalid("date", "outcome-in-future"));
                None
            }
            Ok(date) => Some(date),
            Err(error) => {
                errors.push(error);
                None
            }
        };
        let detail = self.detail.trim();
        if detail.chars().count() > DETAIL_MAX_CHARS {
            errors.push(DomainError::invalid("detail", "too-long"));
        } else if kind == Some(OutcomeKind::Other) && detail.is_empty() {
            errors.push(DomainError::invalid("detail", "outcome-detail-required"));
        }
        match (kind, date) {
            (Some(kind), Some(achieved_on)) if errors.is_empty() => Ok(Outcome {
                kind,
                // A level belongs to a German level outcome only.
                level: level.filter(|_| kind == OutcomeKind::GermanLevel),
                achieved_on,
                detail: detail.to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

/// Outcomes counted by kind, in [`OutcomeKind::ALL`] order.
pub fn count_by_kind(kinds: impl IntoIterator<Item = OutcomeKind>) -> [u64; 7] {
    let mut counts = [0; 7];
    for kind in kinds {
        if let Some(index) = OutcomeKind::ALL.iter().position(|k| *k == kind) {
            counts[index] += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 25);

    fn form(kind: &str, level: &str, date: &str, detail: &str) -> OutcomeForm {
        OutcomeForm {
            kind: kind.into(),
            level: level.into(),
            date: date.into(),
            detail: detail.into(),
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

    #[test]
    fn a_german_level_needs_its_cefr_level() {
        let outcome = form("german_level", "b1", "2026-11-01", "")
            .parse(TODAY)
            .unwrap();
        assert_eq!(outcome.level, Some(LanguageLevel::B1));
        let errors = form("german_level", "", "2026-11-01", "")
            .parse(TODAY)
            .unwrap_err();
        assert_eq!(codes(&errors), [("level", "outcome-level-required")]);
        let native = form("german_level", "native", "2026-11-01", "")
            .parse(TODAY)
            .unwrap_err();
        assert_eq!(codes(&native), [("level", "choice")]);
    }

    #[test]
    fn other_needs_a_text_and_no_outcome_lies_in_the_future() {
        let errors = form("other", "", "2026-11-26", " ")
            .parse(TODAY)
            .unwrap_err();
        assert_eq!(
            codes(&errors),
            [
                ("date", "outcome-in-future"),
                ("detail", "outcome-detail-required")
            ]
        );
        let job = form("job", "B2", "2026-11-25", " Pflegehelferin ")
            .parse(TODAY)
            .unwrap();
        assert_eq!(
            (job.kind, job.level, job.detail.as_str()),
            (OutcomeKind::Job, None, "Pflegehelferin"),
            "a level belongs to German level outcomes only"
        );
        let errors = form("promotion", "", "25.11.2026", &"x".repeat(201))
            .parse(TODAY)
            .unwrap_err();
        assert_eq!(
            codes(&errors),
            [("kind", "choice"), ("date", "date"), ("detail", "too-long")]
        );
    }

    #[test]
    fn kinds_read_back_and_are_counted_in_order() {
        for kind in OutcomeKind::ALL {
            assert_eq!(OutcomeKind::parse(kind.as_str()).unwrap(), kind);
        }
        let counts = count_by_kind([OutcomeKind::Job, OutcomeKind::Other, OutcomeKind::Job]);
        assert_eq!(counts, [0, 0, 0, 2, 0, 0, 1]);
    }
}
