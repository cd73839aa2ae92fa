//! Minors and safeguarding: a person's birth date, the guardian and their recorded consent for
//! someone under 18, consent renewal at 16 and 18, and the extended certificate of conduct
//! (erweitertes Führungszeugnis, §72a SGB VIII) that a mentor of a minor must have shown.
//!
//! Of the certificate only four facts are ever recorded — when it was inspected, its date, whether
//! it shows a relevant entry, and who inspected it — never the document. The gate that keeps a
//! mentor without a valid record away from minors is [`check_pairing`]; tandem creation
//! ([`crate::tandem::Tandem::propose_safeguarded`]) and matching ([`Safeguarding`]) both ask it, so
//! no path of the product can pair them.

use crate::{
    DomainError,
    ids::{PersonId, UserId},
    values::{BirthYear, Email},
};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use time::{Date, Month};

/// Age of majority; below it a guardian consents.
pub const ADULT_AGE: i32 = 18;
/// Ages at which a guardian's consent given earlier is renewed.
pub const CONSENT_MILESTONES: [i32; 2] = [16, 18];
/// A certificate older than this at inspection is refused.
pub const CERTIFICATE_MAX_AGE_AT_INSPECTION_MONTHS: i32 = 3;
/// A certificate is renewed this many years after its date.
pub const CERTIFICATE_VALID_YEARS: i32 = 5;
/// How long before the renewal date a mentor's page shows "renewal soon".
pub const CERTIFICATE_RENEWAL_NOTICE_DAYS: i64 = 56;

/// Parses `YYYY-MM-DD` (the value of an HTML date input).
pub fn parse_date(field: &'static str, raw: &str) -> Result<Date, DomainError> {
    let invalid = DomainError::invalid(field, "date");
    let mut parts = raw.trim().split('-');
    let (Some(year), Some(month), Some(day), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(invalid);
    };
    let year: i32 = year.parse().map_err(|_| invalid.clone())?;
    let month: u8 = month.parse().map_err(|_| invalid.clone())?;
    let day: u8 = day.parse().map_err(|_| invalid.clone())?;
    if !(1900..=2200).contains(&year) {
        return Err(invalid);
    }
    let month = Month::try_from(month).map_err(|_| invalid.clone())?;
    Date::from_calendar_date(year, month, day).map_err(|_| invalid)
}

/// The storage and form text of a date: `YYYY-MM-DD`.
pub fn date_text(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// `date` moved by whole calendar months; a day that the target month lacks becomes its last day
/// (31 January + 1 month = 28 or 29 February).
pub fn add_months(date: Date, months: i32) -> Date {
    let index = date.year() * 12 + i32::from(u8::from(date.month())) - 1 + months;
    let (year, month0) = (index.div_euclid(12), index.rem_euclid(12));
    let month = Month::try_from(u8::try_from(month0 + 1).unwrap_or(1)).unwrap_or(Month::January);
    let day = date.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).unwrap_or(date)
}

/// Full years of age on `day`.
pub fn age_on(birth_date: Date, day: Date) -> i32 {
    let mut age = day.year() - birth_date.year();
    if (u8::from(day.month()), day.day()) < (u8::from(birth_date.month()), birth_date.day()) {
        age -= 1;
    }
    age
}

/// Whether a person counts as a minor on `day`. With a birth date the answer is exact; with only
/// a birth year, someone who may not yet have had their 18th birthday counts as a minor — for
/// safeguarding, the doubtful case is the protected one.
pub fn is_minor(birth_date: Option<Date>, birth_year: BirthYear, day: Date) -> bool {
    match birth_date {
        Some(birth_date) => age_on(birth_date, day) < ADULT_AGE,
        None => birth_year.age_in(day.year()) - 1 < ADULT_AGE,
    }
}

/// Who the guardian is to the child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuardianRelation {
    Parent,
    /// A legal guardian (Vormund), e.g. for an unaccompanied minor.
    LegalGuardian,
}

impl GuardianRelation {
    pub const ALL: [Self; 2] = [Self::Parent, Self::LegalGuardian];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Parent => "parent",
            Self::LegalGuardian => "legal_guardian",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|relation| relation.as_str() == raw.trim())
            .ok_or(DomainError::invalid("guardian_relation", "choice"))
    }
}

/// How a consent reached the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentChannel {
    Paper,
    InPerson,
    Online,
}

impl ConsentChannel {
    pub const ALL: [Self; 3] = [Self::Paper, Self::InPerson, Self::Online];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Paper => "paper",
            Self::InPerson => "in_person",
            Self::Online => "online",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|channel| channel.as_str() == raw.trim())
            .ok_or(DomainError::invalid("consent_channel", "choice"))
    }
}

/// A parent or legal guardian, reachable by phone or e-mail (at least one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guardian {
    pub name: String,
    pub relation: GuardianRelation,
    pub phone: Option<String>,
    pub email: Option<Email>,
}

/// A guardian's consent: who gave it, on which day, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardianConsent {
    pub given_by: String,
    pub given_on: Date,
    pub channel: ConsentChannel,
}

/// What a programme records about a person beyond the registration profile: the birth date and,
/// for a minor, the guardian, their consent and who nominated the child.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinorDetails {
    pub birth_date: Date,
    pub guardian: Option<Guardian>,
    pub consent: Option<GuardianConsent>,
    /// The school or teacher who nominated the child, if any.
    pub nomination: Option<String>,
}

impl MinorDetails {
    pub fn is_minor_on(&self, day: Date) -> bool {
        age_on(self.birth_date, day) < ADULT_AGE
    }

    /// The milestone (16 or 18) whose renewal of consent is due on `today`: the person has
    /// reached it and the consent on record was given before that birthday. `None` when nothing
    /// is due (or no consent was ever needed).
    pub fn consent_renewal_due(&self, today: Date) -> Option<i32> {
        let consent = self.consent.as_ref()?;
        CONSENT_MILESTONES.into_iter().rev().find(|milestone| {
            let birthday = add_months(self.birth_date, milestone * 12);
            today >= birthday && consent.given_on < birthday
        })
    }

    /// A minor without a guardian's consent stays registered: screening them on (or matching
    /// them) is refused. Adults pass.
    pub fn check_may_proceed(
        details: Option<&Self>,
        birth_year: BirthYear,
        today: Date,
    ) -> Result<(), DomainError> {
        let minor = is_minor(details.map(|d| d.birth_date), birth_year, today);
        let consented = details.is_some_and(|d| d.guardian.is_some() && d.consent.is_some());
        if minor && !consented {
            Err(DomainError::invalid("status", "guardian-consent-missing"))
        } else {
            Ok(())
        }
    }
}

/// The guardian form as typed, kept as strings so it can be shown again with what was typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MinorForm {
    pub birth_date: String,
    pub guardian_name: String,
    pub guardian_relation: String,
    pub guardian_phone: String,
    pub guardian_email: String,
    pub consent_given_by: String,
    pub consent_given_on: String,
    pub consent_channel: String,
    pub nomination: String,
}

impl MinorForm {
    pub fn from_details(details: &MinorDetails) -> Self {
        let guardian = details.guardian.as_ref();
        let consent = details.consent.as_ref();
        Self {
            birth_date: date_text(details.birth_date),
            guardian_name: guardian.map(|g| g.name.clone()).unwrap_or_default(),
            guardian_relation: guardian
                .map(|g| g.relation.as_str().to_owned())
                .unwrap_or_default(),
            guardian_phone: guardian.and_then(|g| g.phone.clone()).unwrap_or_default(),
            guardian_email: guardian
                .and_then(|g| g.email.as_ref().map(|e| e.as_str().to_owned()))
                .unwrap_or_default(),
            consent_given_by: consent.map(|c| c.given_by.clone()).unwrap_or_default(),
            consent_given_on: consent.map(|c| date_text(c.given_on)).unwrap_or_default(),
            consent_channel: consent
                .map(|c| c.channel.as_str().to_owned())
                .unwrap_or_default(),
            nomination: details.nomination.clone().unwrap_or_default(),
        }
    }

    /// Whether anything beyond the birth date was typed.
    pub fn has_guardian_fields(&self) -> bool {
        [
            &self.guardian_name,
            &self.guardian_relation,
            &self.guardian_phone,
            &self.guardian_email,
            &self.consent_given_by,
            &self.consent_given_on,
            &self.consent_channel,
        ]
        .iter()
        .any(|field| !field.trim().is_empty())
    }

    /// Parses every field and returns all errors at once. A person under 18 on `today` needs a
    /// guardian with a way to reach them and a consent; for an adult, guardian fields left empty
    /// are fine (and ignored). `birth_year` is the year from the registration: the date must agree.
    pub fn parse(
        &self,
        birth_year: Option<BirthYear>,
        today: Date,
    ) -> Result<MinorDetails, Vec<DomainError>> {
        let mut errors = Vec::new();
        let birth_date = keep(
            &mut errors,
            parse_date("birth_date", &self.birth_date).and_then(|date| {
                if date > today || age_on(date, today) > 120 {
                    Err(DomainError::invalid("birth_date", "birth-date"))
                } else if birth_year.is_some_and(|year| year.get() != date.year()) {
                    Err(DomainError::invalid("birth_date", "birth-year-mismatch"))
                } else {
                    Ok(date)
                }
            }),
        );
        let minor = birth_date.is_some_and(|date| age_on(date, today) < ADULT_AGE);
        let wants_guardian = minor || self.has_guardian_fields();
        let nomination = keep(
            &mut errors,
            optional_text("nomination", &self.nomination, 200),
        );
        let (guardian, consent) = if wants_guardian {
            let name = keep(
                &mut errors,
                required_text("guardian_name", &self.guardian_name, 100),
            );
            let relation = keep(
                &mut errors,
                GuardianRelation::parse(&self.guardian_relation),
            );
            let phone = keep(
                &mut errors,
                optional_phone("guardian_phone", &self.guardian_phone),
            );
            let email = keep(
                &mut errors,
                match self.guardian_email.trim() {
                    "" => Ok(None),
                    raw => Email::parse(raw)
                        .map(Some)
                        .map_err(|_| DomainError::invalid("guardian_email", "email")),
                },
            );
            if let (Some(None), Some(None)) = (&phone, &email) {
                keep(
                    &mut errors,
                    Err::<(), _>(DomainError::invalid("guardian_phone", "guardian-contact")),
                );
            }
            let given_by = keep(
                &mut errors,
                required_text("consent_given_by", &self.consent_given_by, 100),
            );
            let given_on = keep(
                &mut errors,
                parse_date("consent_given_on", &self.consent_given_on).and_then(|date| {
                    if date > today {
                        Err(DomainError::invalid("consent_given_on", "future-date"))
                    } else {
                        Ok(date)
                    }
                }),
            );
            let channel = keep(&mut errors, ConsentChannel::parse(&self.consent_channel));
            let guardian = match (name, relation, phone, email) {
                (Some(name), Some(relation), Some(phone), Some(email)) => Some(Guardian {
                    name,
                    relation,
                    phone,
                    email,
                }),
                _ => None,
            };
            let consent = match (given_by, given_on, channel) {
                (Some(given_by), Some(given_on), Some(channel)) => Some(GuardianConsent {
                    given_by,
                    given_on,
                    channel,
                }),
                _ => None,
            };
            (guardian, consent)
        } else {
            (None, None)
        };
        match (birth_date, nomination) {
            (Some(birth_date), Some(nomination)) if errors.is_empty() => Ok(MinorDetails {
                birth_date,
                guardian,
                consent,
                nomination,
            }),
            _ => Err(errors),
        }
    }
}

fn keep<T>(errors: &mut Vec<DomainError>, result: Result<T, DomainError>) -> Option<T> {
    result.map_err(|error| errors.push(error)).ok()
}

fn required_text(field: &'static str, raw: &str, max: usize) -> Result<String, DomainError> {
    match optional_text(field, raw, max)? {
        Some(text) => Ok(text),
        None => Err(DomainError::invalid(field, "required")),
    }
}

fn optional_text(
    field: &'static str,
    raw: &str,
    max: usize,
) -> Result<Option<String>, DomainError> {
    let text = raw.trim();
    if text.chars().count() > max {
        return Err(DomainError::invalid(field, "too-long"));
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

fn optional_phone(field: &'static str, raw: &str) -> Result<Option<String>, DomainError> {
    let phone = raw.trim();
    if phone.is_empty() {
        return Ok(None);
    }
    let plausible = phone.len() <= 30
        && phone.chars().filter(char::is_ascii_digit).count() >= 6
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-/()".contains(c));
    if plausible {
        Ok(Some(phone.to_owned()))
    } else {
        Err(DomainError::invalid(field, "phone"))
    }
}

// ---------------------------------------------------------------------------------------------
// Certificate of conduct (§72a SGB VIII)
// ---------------------------------------------------------------------------------------------

/// The record of one inspection of a mentor's extended certificate of conduct.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateRecord {
    pub inspected_on: Date,
    pub certificate_dated: Date,
    /// Whether the certificate shows a relevant entry (§72a (1) SGB VIII). Only an actor with
    /// [`crate::permissions::Action::InspectCertificates`] may see it.
    pub relevant_entry: bool,
    pub inspected_by: UserId,
}

/// Why a mentor may not be paired with a minor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CertificateProblem {
    /// No inspection on record.
    Missing,
    /// The certificate is more than five years old: it must be renewed.
    Expired,
    /// The certificate shows a relevant entry.
    RelevantEntry,
}

/// A record's state on a given day, in full (for those who may inspect certificates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum CertificateStatus {
    Missing,
    Valid { renew_by: Date },
    Expired { since: Date },
    RelevantEntry,
}

/// What a coordinator without the inspection permission may know: valid, not valid, or missing —
/// never why it is not valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Clearance {
    Valid,
    NotValid,
    Missing,
}

impl Clearance {
    pub const ALL: [Self; 3] = [Self::Valid, Self::NotValid, Self::Missing];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Valid => "valid",
            Self::NotValid => "not_valid",
            Self::Missing => "missing",
        }
    }
}

impl CertificateProblem {
    /// The code a coordinator may see: an entry and an expiry both read "not valid".
    pub const fn public_code(self) -> &'static str {
        match self {
            Self::Missing => "certificate-missing",
            Self::Expired | Self::RelevantEntry => "certificate-not-valid",
        }
    }
}

impl CertificateRecord {
    /// The day the certificate must be renewed by: five years after its date.
    pub fn renew_by(&self) -> Date {
        add_months(self.certificate_dated, CERTIFICATE_VALID_YEARS * 12)
    }

    pub fn status_on(&self, today: Date) -> CertificateStatus {
        if self.relevant_entry {
            CertificateStatus::RelevantEntry
        } else if today >= self.renew_by() {
            CertificateStatus::Expired {
                since: self.renew_by(),
            }
        } else {
            CertificateStatus::Valid {
                renew_by: self.renew_by(),
            }
        }
    }

    /// Whether the renewal date is near (or past) on `today`, for reminders.
    pub fn renewal_due_soon(&self, today: Date) -> bool {
        !self.relevant_entry
            && today + time::Duration::days(CERTIFICATE_RENEWAL_NOTICE_DAYS) >= self.renew_by()
    }
}

impl CertificateStatus {
    pub fn of(record: Option<&CertificateRecord>, today: Date) -> Self {
        record.map_or(Self::Missing, |record| record.status_on(today))
    }

    pub fn clearance(self) -> Clearance {
        match self {
            Self::Valid { .. } => Clearance::Valid,
            Self::Expired { .. } | Self::RelevantEntry => Clearance::NotValid,
            Self::Missing => Clearance::Missing,
        }
    }

    pub fn problem(self) -> Option<CertificateProblem> {
        match self {
            Self::Valid { .. } => None,
            Self::Expired { .. } => Some(CertificateProblem::Expired),
            Self::RelevantEntry => Some(CertificateProblem::RelevantEntry),
            Self::Missing => Some(CertificateProblem::Missing),
        }
    }
}

/// The certificate form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CertificateForm {
    pub inspected_on: String,
    pub certificate_dated: String,
    /// `yes` or `no`; nothing chosen is an error, never a silent "no".
    pub relevant_entry: String,
}

impl CertificateForm {
    /// Parses every field, reporting all errors at once. A certificate dated more than three
    /// months before the inspection is refused, as is one dated after it or an inspection in the
    /// future.
    pub fn parse(
        &self,
        inspected_by: UserId,
        today: Date,
    ) -> Result<CertificateRecord, Vec<DomainError>> {
        let mut errors = Vec::new();
        let inspected_on = parse_date("inspected_on", &self.inspected_on)
            .and_then(|date| {
                if date > today {
                    Err(DomainError::invalid("inspected_on", "future-date"))
                } else {
                    Ok(date)
                }
            })
            .map_err(|e| errors.push(e))
            .ok();
        let certificate_dated = parse_date("certificate_dated", &self.certificate_dated)
            .map_err(|e| errors.push(e))
            .ok();
        let relevant_entry = match self.relevant_entry.trim() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => {
                errors.push(DomainError::invalid("relevant_entry", "required"));
                None
            }
        };
        if let (Some(inspected), Some(dated)) = (inspected_on, certificate_dated) {
            if dated > inspected {
                errors.push(DomainError::invalid(
                    "certificate_dated",
                    "certificate-after-inspection",
                ));
            } else if inspected > add_months(dated, CERTIFICATE_MAX_AGE_AT_INSPECTION_MONTHS) {
                errors.push(DomainError::invalid(
                    "certificate_dated",
                    "certificate-too-old",
                ));
            }
        }
        match (inspected_on, certificate_dated, relevant_entry) {
            (Some(inspected_on), Some(certificate_dated), Some(relevant_entry))
                if errors.is_empty() =>
            {
                Ok(CertificateRecord {
                    inspected_on,
                    certificate_dated,
                    relevant_entry,
                    inspected_by,
                })
            }
            _ => Err(errors),
        }
    }
}

/// How long a certificate record is kept after the mentor's activity ended: three months by
/// default, at most six.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CertificateRetention {
    months: i32,
}

impl Default for CertificateRetention {
    fn default() -> Self {
        Self { months: 3 }
    }
}

impl CertificateRetention {
    pub fn new(months: i32) -> Result<Self, DomainError> {
        if (1..=6).contains(&months) {
            Ok(Self { months })
        } else {
            Err(DomainError::invalid("certificate_retention", "range-1-6"))
        }
    }
    pub const fn months(self) -> i32 {
        self.months
    }
    /// The first day on which the record must be gone.
    pub fn delete_on(self, activity_ended: Date) -> Date {
        add_months(activity_ended, self.months)
    }
    pub fn is_due(self, activity_ended: Date, today: Date) -> bool {
        today >= self.delete_on(activity_ended)
    }
}

/// The §72a gate: a mentee who is a minor on `today` may only be paired with a mentor whose
/// record is valid on `today`. Adults pass whatever the mentor's record says.
pub fn check_pairing(
    mentee_is_minor: bool,
    mentor_record: Option<&CertificateRecord>,
    today: Date,
) -> Result<(), DomainError> {
    if !mentee_is_minor {
        return Ok(());
    }
    match CertificateStatus::of(mentor_record, today).problem() {
        None => Ok(()),
        Some(problem) => Err(DomainError::CertificateOfConduct { problem }),
    }
}

/// What matching needs to keep minors safe: which waiting mentees are minors and each mentor's
/// certificate record. Built by the store from the same data the tandem gate reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Safeguarding {
    pub minors: HashSet<PersonId>,
    pub certificates: HashMap<PersonId, CertificateRecord>,
    /// The programme's rules ask a certificate of every mentor, whatever the mentee's age.
    pub certificate_for_everyone: bool,
    /// Mentors who lack one of the programme's required trainings: never proposed
    /// (see `programme_rules::check_trainings`).
    pub missing_trainings: HashSet<PersonId>,
}

impl Safeguarding {
    pub fn check(
        &self,
        mentee: &PersonId,
        mentor: &PersonId,
        today: Date,
    ) -> Result<(), DomainError> {
        check_pairing(
            self.certificate_for_everyone || self.minors.contains(mentee),
            self.certificates.get(mentor),
            today,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn record(dated: Date, inspected: Date, entry: bool) -> CertificateRecord {
        CertificateRecord {
            inspected_on: inspected,
            certificate_dated: dated,
            relevant_entry: entry,
            inspected_by: UserId::from_string("admin"),
        }
    }

    fn form(dated: &str, inspected: &str, entry: &str) -> CertificateForm {
        CertificateForm {
            inspected_on: inspected.into(),
            certificate_dated: dated.into(),
            relevant_entry: entry.into(),
        }
    }

    #[test]
    fn age_counts_full_years() {
        let born = date!(2010 - 03 - 15);
        assert_eq!(age_on(born, date!(2026 - 03 - 14)), 15);
        assert_eq!(age_on(born, date!(2026 - 03 - 15)), 16);
        assert!(is_minor(
            Some(born),
            BirthYear::new(2010, 2026).unwrap(),
            date!(2028 - 03 - 14)
        ));
        assert!(!is_minor(
            Some(born),
            BirthYear::new(2010, 2026).unwrap(),
            date!(2028 - 03 - 15)
        ));
    }

    #[test]
    fn with_only_a_birth_year_the_doubtful_case_is_a_minor() {
        let year = BirthYear::new(2008, 2026).unwrap();
        assert!(
            is_minor(None, year, date!(2026 - 12 - 31)),
            "may turn 18 only on 31 December"
        );
        assert!(!is_minor(None, year, date!(2027 - 01 - 01)));
        assert!(!is_minor(
            None,
            BirthYear::new(1990, 2026).unwrap(),
            date!(2026 - 06 - 01)
        ));
    }

    #[test]
    fn months_are_calendar_months() {
        assert_eq!(add_months(date!(2026 - 01 - 31), 1), date!(2026 - 02 - 28));
        assert_eq!(add_months(date!(2026 - 11 - 30), 3), date!(2027 - 02 - 28));
        assert_eq!(add_months(date!(2024 - 02 - 29), 60), date!(2029 - 02 - 28));
    }

    #[test]
    fn a_certificate_older_than_three_months_at_inspection_is_refused() {
        let admin = UserId::from_string("admin");
        let today = date!(2026 - 11 - 25);
        assert!(
            form("2026-08-25", "2026-11-25", "no")
                .parse(admin.clone(), today)
                .is_ok()
        );
        let errors = form("2026-08-24", "2026-11-25", "no")
            .parse(admin.clone(), today)
            .unwrap_err();
        assert_eq!(
            errors,
            vec![DomainError::invalid(
                "certificate_dated",
                "certificate-too-old"
            )]
        );
        let errors = form("2026-11-26", "2026-11-20", "")
            .parse(admin.clone(), today)
            .unwrap_err();
        assert_eq!(
            errors,
            vec![
                DomainError::invalid("relevant_entry", "required"),
                DomainError::invalid("certificate_dated", "certificate-after-inspection"),
            ]
        );
        let errors = form("2026-11-20", "2026-11-26", "no")
            .parse(admin, today)
            .unwrap_err();
        assert_eq!(
            errors,
            vec![DomainError::invalid("inspected_on", "future-date")]
        );
    }

    #[test]
    fn a_record_is_valid_for_five_years_unless_it_shows_an_entry() {
        let valid = record(date!(2021 - 12 - 01), date!(2022 - 01 - 10), false);
        assert_eq!(
            valid.status_on(date!(2026 - 11 - 30)),
            CertificateStatus::Valid {
                renew_by: date!(2026 - 12 - 01)
            }
        );
        assert!(valid.renewal_due_soon(date!(2026 - 11 - 30)));
        assert!(!valid.renewal_due_soon(date!(2026 - 01 - 01)));
        assert_eq!(
            valid.status_on(date!(2026 - 12 - 01)).clearance(),
            Clearance::NotValid
        );
        let entry = record(date!(2026 - 11 - 01), date!(2026 - 11 - 20), true);
        assert_eq!(
            entry.status_on(date!(2026 - 11 - 25)),
            CertificateStatus::RelevantEntry
        );
        assert_eq!(
            CertificateStatus::of(None, date!(2026 - 11 - 25)).clearance(),
            Clearance::Missing
        );
    }

    #[test]
    fn a_minor_is_never_paired_with_a_mentor_without_a_valid_record() {
        let today = date!(2026 - 11 - 25);
        let fresh = record(date!(2026 - 11 - 01), date!(2026 - 11 - 20), false);
        let old = record(date!(2021 - 11 - 01), date!(2021 - 11 - 20), false);
        let entry = record(date!(2026 - 11 - 01), date!(2026 - 11 - 20), true);
        assert_eq!(check_pairing(true, Some(&fresh), today), Ok(()));
        let refused = |record: Option<&CertificateRecord>| check_pairing(true, record, today);
        assert_eq!(
            refused(None),
            Err(DomainError::CertificateOfConduct {
                problem: CertificateProblem::Missing
            })
        );
        assert_eq!(
            refused(Some(&old)),
            Err(DomainError::CertificateOfConduct {
                problem: CertificateProblem::Expired
            })
        );
        assert_eq!(
            refused(Some(&entry)),
            Err(DomainError::CertificateOfConduct {
                problem: CertificateProblem::RelevantEntry
            })
        );
        assert_eq!(
            check_pairing(false, None, today),
            Ok(()),
            "adults need no certificate"
        );
    }

    #[test]
    fn the_record_goes_three_months_after_the_activity_by_default_at_most_six() {
        let ended = date!(2026 - 11 - 30);
        let default = CertificateRetention::default();
        assert_eq!(default.delete_on(ended), date!(2027 - 02 - 28));
        assert!(!default.is_due(ended, date!(2027 - 02 - 27)));
        assert!(default.is_due(ended, date!(2027 - 02 - 28)));
        assert_eq!(
            CertificateRetention::new(6).unwrap().delete_on(ended),
            date!(2027 - 05 - 30)
        );
        assert!(CertificateRetention::new(7).is_err());
        assert!(CertificateRetention::new(0).is_err());
    }

    fn minor_form() -> MinorForm {
        MinorForm {
            birth_date: "2017-05-02".into(),
            guardian_name: "Layla Haddad".into(),
            guardian_relation: "parent".into(),
            guardian_phone: "0511 123456".into(),
            consent_given_by: "Layla Haddad".into(),
            consent_given_on: "2026-11-20".into(),
            consent_channel: "paper".into(),
            nomination: "Grundschule Am Lindener Markt".into(),
            ..MinorForm::default()
        }
    }

    #[test]
    fn a_child_needs_a_reachable_guardian_and_a_consent() {
        let today = date!(2026 - 11 - 25);
        let details = minor_form()
            .parse(BirthYear::new(2017, 2026).ok(), today)
            .unwrap();
        assert!(details.is_minor_on(today));
        assert_eq!(details.guardian.unwrap().relation, GuardianRelation::Parent);
        let bare = MinorForm {
            birth_date: "2017-05-02".into(),
            ..MinorForm::default()
        };
        let fields: Vec<_> = bare
            .parse(None, today)
            .unwrap_err()
            .into_iter()
            .map(|e| match e {
                DomainError::Invalid { field, .. } => field,
                _ => "?",
            })
            .collect();
        assert_eq!(
            fields,
            vec![
                "guardian_name",
                "guardian_relation",
                "guardian_phone",
                "consent_given_by",
                "consent_given_on",
                "consent_channel"
            ]
        );
        let mismatch = minor_form()
            .parse(BirthYear::new(2016, 2026).ok(), today)
            .unwrap_err();
        assert_eq!(
            mismatch,
            vec![DomainError::invalid("birth_date", "birth-year-mismatch")]
        );
    }

    #[test]
    fn an_adult_gives_only_a_birth_date() {
        let adult = MinorForm {
            birth_date: "1999-01-31".into(),
            ..MinorForm::default()
        };
        let details = adult.parse(None, date!(2026 - 11 - 25)).unwrap();
        assert!(details.guardian.is_none() && details.consent.is_none());
        assert_eq!(
            MinorDetails::check_may_proceed(
                Some(&details),
                BirthYear::new(1999, 2026).unwrap(),
                date!(2026 - 11 - 25)
            ),
            Ok(())
        );
    }

    #[test]
    fn a_minor_without_consent_stays_registered() {
        let today = date!(2026 - 11 - 25);
        let year = BirthYear::new(2015, 2026).unwrap();
        assert_eq!(
            MinorDetails::check_may_proceed(None, year, today),
            Err(DomainError::invalid("status", "guardian-consent-missing"))
        );
        let details = minor_form().parse(None, today).unwrap();
        assert_eq!(
            MinorDetails::check_may_proceed(
                Some(&details),
                BirthYear::new(2017, 2026).unwrap(),
                today
            ),
            Ok(())
        );
    }

    #[test]
    fn consent_is_renewed_at_sixteen_and_eighteen() {
        let mut details = minor_form().parse(None, date!(2026 - 11 - 25)).unwrap();
        details.birth_date = date!(2010 - 12 - 01);
        assert_eq!(details.consent_renewal_due(date!(2026 - 11 - 30)), None);
        assert_eq!(details.consent_renewal_due(date!(2026 - 12 - 01)), Some(16));
        if let Some(consent) = details.consent.as_mut() {
            consent.given_on = date!(2026 - 12 - 05);
        }
        assert_eq!(
            details.consent_renewal_due(date!(2027 - 06 - 01)),
            None,
            "renewed"
        );
        assert_eq!(details.consent_renewal_due(date!(2028 - 12 - 01)), Some(18));
    }
}
