//! Translated labels for the domain's enumerations. Keys are built from the enum's stable names
//! (`kind-buddy`, `status-ready`, …); `tests/i18n.rs` checks every one exists in German and English.

use crate::i18n::Tr;
use fluent_templates::fluent_bundle::FluentValue;
use tandem_core::matching::{Reason, Rule, WaitingReason};
use tandem_core::{
    person::PersonStatus,
    programme::{ProgrammeKind, Region},
    tandem::{EndReason, TandemStatus},
    values::{Gender, GenderPreference, LanguageLevel},
};

/// Languages offered in the registration form's picker: the newcomers' most common languages in
/// Lower Saxony, and those of the volunteers.
pub const FORM_LANGUAGES: &[&str] = &[
    "de", "en", "ar", "uk", "ru", "fa", "prs", "kmr", "ckb", "tr", "ti", "ps", "so", "fr", "es",
    "pl", "ro", "sq", "ku",
];

pub fn kind(t: &Tr, kind: ProgrammeKind) -> String {
    t.get(&format!("kind-{}", kind.as_str()))
}

pub fn language(t: &Tr, code: &str) -> String {
    if FORM_LANGUAGES.contains(&code) {
        t.get(&format!("lang-{code}"))
    } else {
        code.to_owned()
    }
}

pub fn region(t: &Tr, region: &Region) -> String {
    match region {
        Region::Online => t.get("region-online"),
        Region::PostalCodes(codes) => codes
            .iter()
            .map(|code| match tandem_core::gazetteer::lookup(code) {
                Some(place) => format!(
                    "{code} {}",
                    place.locality.split(" / ").next().unwrap_or("")
                ),
                None => code.to_string(),
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

pub fn levels(t: &Tr) -> Vec<(&'static str, String)> {
    LanguageLevel::ALL
        .iter()
        .map(|level| {
            (
                level.as_str(),
                t.get(&format!("level-{}", level.as_str().to_lowercase())),
            )
        })
        .collect()
}

pub fn weekday(t: &Tr, day: usize) -> String {
    t.get(&format!("weekday-{day}"))
}

pub fn slot(t: &Tr, slot: usize) -> String {
    t.get(&format!("slot-{slot}"))
}

pub fn genders(t: &Tr) -> Vec<(&'static str, String)> {
    Gender::ALL
        .iter()
        .map(|g| (g.as_str(), t.get(&format!("gender-{}", g.as_str()))))
        .collect()
}

pub fn gender_preferences(t: &Tr) -> Vec<(&'static str, String)> {
    GenderPreference::ALL
        .iter()
        .map(|p| {
            (
                p.as_str(),
                t.get(&format!("gender-preference-{}", p.as_str())),
            )
        })
        .collect()
}

pub fn person_status(t: &Tr, status: &str) -> String {
    t.get(&format!("status-{status}"))
}

pub fn tandem_status(t: &Tr, status: &str) -> String {
    t.get(&format!("tandem-status-{status}"))
}

pub fn end_reason(t: &Tr, reason: &str) -> String {
    t.get(&format!("end-reason-{reason}"))
}

/// Field error codes from the domain (`postal-code`, `required`, …) as messages.
pub fn field_error(t: &Tr, code: &str) -> String {
    t.get(&format!("error-field-{code}"))
}

/// Every key the functions above can build, for the catalogue test.
pub fn all_dynamic_keys() -> Vec<String> {
    let mut keys = crate::pages::events::dynamic_keys();
    keys.extend(crate::pages::import::dynamic_keys());
    keys.extend(crate::pages::consent::dynamic_keys());
    keys.extend(crate::pages::minors::dynamic_keys());
    keys.extend(crate::pages::programme_rules::dynamic_keys());
    keys.extend(crate::pages::surveys::dynamic_keys());
    keys.extend(
        ProgrammeKind::ALL
            .iter()
            .map(|k| format!("kind-{}", k.as_str())),
    );
    keys.extend(FORM_LANGUAGES.iter().map(|c| format!("lang-{c}")));
    keys.extend(
        LanguageLevel::ALL
            .iter()
            .map(|l| format!("level-{}", l.as_str().to_lowercase())),
    );
    keys.extend((0..7).map(|d| format!("weekday-{d}")));
    keys.extend((0..3).map(|s| format!("slot-{s}")));
    keys.extend(Gender::ALL.iter().map(|g| format!("gender-{}", g.as_str())));
    keys.extend(
        GenderPreference::ALL
            .iter()
            .map(|p| format!("gender-preference-{}", p.as_str())),
    );
    keys.extend(
        PersonStatus::ALL
            .iter()
            .map(|s| format!("status-{}", s.as_str())),
    );
    keys.extend(
        TandemStatus::ALL
            .iter()
            .map(|s| format!("tandem-status-{}", s.as_str())),
    );
    keys.extend(
        EndReason::ALL
            .iter()
            .map(|r| format!("end-reason-{}", r.as_str())),
    );
    keys.extend(FIELD_ERROR_CODES.iter().map(|c| format!("error-field-{c}")));
    keys.extend(ACTION_KEYS.iter().map(|a| format!("action-{a}")));
    keys.extend(["best-fit", "most-matched", "stable", "greedy"].map(|o| format!("objective-{o}")));
    keys.extend(["draft", "sent", "discarded"].map(|s| format!("run-status-{s}")));
    keys.extend(["viewed", "changed", "exported", "erased"].map(|a| format!("audit-action-{a}")));
    keys.extend(["proposed", "dropped", "sent", "failed"].map(|s| format!("proposal-state-{s}")));
    keys.extend(
        [
            "shared_language",
            "distance",
            "common_time",
            "gender_wish",
            "mentee_age",
            "mentor_age",
            "declined_before",
            "shared_answer",
        ]
        .map(|r| format!("rule-name-{r}")),
    );
    keys
}

/// Error codes the domain produces for fields (see `tandem_core`).
pub const FIELD_ERROR_CODES: &[&str] = &[
    "open-tandem",
    "range-1-500",
    "range-0-1000",
    "age-range",
    "weights-sum",
    "postal-code",
    "language",
    "language-level",
    "duplicate-language",
    "required",
    "email",
    "birth-year",
    "choice",
    "availability",
    "too-long",
    "too-short",
    "too-many",
    "phone",
    "range-1-10",
    "range-1-60",
    "region",
    "password-too-short",
    "password-too-common",
    "role-organisation",
    "taken",
    "not-a-mentor",
    "not-a-mentee",
    "other-programme",
    "not-available",
    "mentor-full",
    "illegal-move",
    "tandem-closed",
    "already-in-tandem",
    "tandem-full",
    "range-1-3",
    "range-1-12",
];

/// Lifecycle buttons.
pub const ACTION_KEYS: &[&str] = &[
    "accept_mentor",
    "accept_mentee",
    "decline_mentor",
    "decline_mentee",
    "start",
    "pause",
    "resume",
    "complete",
    "end_early",
];

pub fn action(t: &Tr, key: &str) -> String {
    t.get(&format!("action-{key}"))
}

/// A reason a pair fits, in words; `questions` word a shared intake answer.
pub fn reason(
    t: &Tr,
    reason: &Reason,
    questions: &[tandem_core::programme_rules::Question],
) -> String {
    match reason {
        Reason::SharedLanguage { language, level } => t.with(
            "reason-language",
            &[
                ("language", FluentValue::from(self::language(t, language))),
                (
                    "level",
                    FluentValue::from(t.get(&format!("level-{}", level.to_lowercase()))),
                ),
            ],
        ),
        Reason::Distance { km } => t.count("reason-distance", u64::from(*km)),
        Reason::SharedInterests { interests } => t.arg("reason-interests", &interests.join(", ")),
        Reason::CommonTime { slots } => t.count("reason-common-time", u64::from(*slots)),
        Reason::Waited { days } => t.count("reason-waited", u64::from(*days)),
        Reason::SharedAnswer { question, answers } => {
            let locale = t.locale.code;
            let (question, answers) = match questions.iter().find(|q| &q.id == question) {
                Some(asked) => (
                    asked.text_in(locale),
                    asked.display_answer(&answers.join(","), locale),
                ),
                // The question was removed after the run: its id and the option ids remain.
                None => (question.clone(), answers.join(", ")),
            };
            t.with(
                "reason-shared-answer",
                &[
                    ("question", FluentValue::from(question)),
                    ("answers", FluentValue::from(answers)),
                ],
            )
        }
    }
}

/// Why a mentee is still waiting, in words.
pub fn waiting(t: &Tr, reason: &WaitingReason) -> String {
    match reason {
        WaitingReason::MentorsTakenByBetterPairs { allowed } => {
            t.count("waiting-taken", u64::from(*allowed))
        }
        WaitingReason::NoAllowedMentor {
            rule: Some(Rule::SharedLanguage),
            language: Some(language),
            ..
        } => t.arg("waiting-no-language", &self::language(t, language)),
        WaitingReason::NoAllowedMentor {
            rule: Some(Rule::Distance),
            max_km: Some(km),
            ..
        } => t.count("waiting-too-far", u64::from(*km)),
        WaitingReason::NoAllowedMentor {
            rule: Some(rule), ..
        } => t.arg(
            "waiting-rule",
            &t.get(&format!("rule-name-{}", rule.as_str())),
        ),
        WaitingReason::NoAllowedMentor { rule: None, .. } => t.get("waiting-no-mentor"),
    }
}
