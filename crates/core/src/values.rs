//! Value types that can only exist valid. Each `parse` returns `DomainError::Invalid` with the field
//! name and a stable code (a translation key suffix), so forms can show the error next to the field.

use crate::DomainError;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A German postal code: exactly five ASCII digits, not starting with "00" (unused range).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PostalCode(String);

impl PostalCode {
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let code = raw.trim();
        if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) || code.starts_with("00") {
            return Err(DomainError::invalid("postal_code", "postal-code"));
        }
        Ok(Self(code.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PostalCode {
    type Error = DomainError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}
impl From<PostalCode> for String {
    fn from(code: PostalCode) -> Self {
        code.0
    }
}
impl fmt::Display for PostalCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// ISO 639 codes Tandem knows: ISO 639-1 where one exists, ISO 639-3 otherwise (Dari, Kurmanji,
/// Sorani). The list covers the languages of newcomers to Lower Saxony and of the volunteers; a code
/// outside it is refused rather than stored unchecked.
pub const KNOWN_LANGUAGES: &[&str] = &[
    "de", "en", "ar", "uk", "ru", "fa", "prs", "kmr", "ckb", "tr", "ti", "ps", "so", "fr", "es",
    "it", "pl", "ro", "bg", "sq", "sr", "hr", "bs", "el", "pt", "nl", "ku", "ur", "hi", "bn", "ta",
    "am", "om", "sw", "ha", "yo", "ig", "vi", "zh", "ja", "ko", "hy", "ka", "az", "uz", "tk", "ky",
    "kk", "tg", "he", "mk", "hu", "cs", "sk", "sl", "lt", "lv", "et", "fi", "sv", "da", "no", "be",
    "mn", "ne", "si", "th", "id", "ms", "tl", "wo", "ff", "ln", "rw", "mg", "sgn",
];

/// A language as an ISO 639 code, lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let code = raw.trim().to_ascii_lowercase();
        if KNOWN_LANGUAGES.contains(&code.as_str()) {
            Ok(Self(code))
        } else {
            Err(DomainError::invalid("language", "language"))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl TryFrom<String> for LanguageCode {
    type Error = DomainError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}
impl From<LanguageCode> for String {
    fn from(code: LanguageCode) -> Self {
        code.0
    }
}
impl fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How well someone speaks a language: CEFR levels, plus "native".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LanguageLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    Native,
}

impl LanguageLevel {
    pub const ALL: [Self; 7] = [
        Self::A1,
        Self::A2,
        Self::B1,
        Self::B2,
        Self::C1,
        Self::C2,
        Self::Native,
    ];

    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|level| level.as_str().eq_ignore_ascii_case(raw.trim()))
            .ok_or(DomainError::invalid("language_level", "language-level"))
    }
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::A1 => "A1",
            Self::A2 => "A2",
            Self::B1 => "B1",
            Self::B2 => "B2",
            Self::C1 => "C1",
            Self::C2 => "C2",
            Self::Native => "native",
        }
    }
}

/// One language a person speaks, with the level.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SpokenLanguage {
    pub language: LanguageCode,
    pub level: LanguageLevel,
}

impl SpokenLanguage {
    /// Parses the compact form used in forms and storage: `ar:native,de:A2`. A code without a level
    /// counts as B1, the level at which a tandem conversation works.
    pub fn parse_list(raw: &str) -> Result<Vec<Self>, DomainError> {
        let mut list: Vec<Self> = Vec::new();
        for item in raw
            .split([',', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let (code, level) = match item.split_once(':') {
                Some((code, level)) => (code, LanguageLevel::parse(level)?),
                None => (item, LanguageLevel::B1),
            };
            let language = LanguageCode::parse(code)?;
            if list.iter().any(|known| known.language == language) {
                return Err(DomainError::invalid("languages", "duplicate-language"));
            }
            list.push(Self { language, level });
        }
        if list.is_empty() {
            return Err(DomainError::invalid("languages", "required"));
        }
        Ok(list)
    }

    /// The inverse of [`SpokenLanguage::parse_list`].
    pub fn format_list(list: &[Self]) -> String {
        list.iter()
            .map(|spoken| format!("{}:{}", spoken.language, spoken.level.as_str()))
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// An e-mail address: trimmed, lower-cased domain, one `@`, a dot in the domain, no spaces.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let email = raw.trim();
        let invalid = DomainError::invalid("email", "email");
        if email.len() > 254 || email.chars().any(char::is_whitespace) {
            return Err(invalid);
        }
        let (local, domain) = email.split_once('@').ok_or(invalid.clone())?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !domain.contains("..");
        if local.is_empty() || !domain_ok {
            return Err(invalid);
        }
        Ok(Self(format!("{local}@{}", domain.to_ascii_lowercase())))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl TryFrom<String> for Email {
    type Error = DomainError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}
impl From<Email> for String {
    fn from(email: Email) -> Self {
        email.0
    }
}
impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A birth year between 1900 and the current year. Tandem stores the year, not the date, unless a
/// programme with minors needs more (data minimisation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i32", into = "i32")]
pub struct BirthYear(i32);

impl BirthYear {
    pub fn parse(raw: &str, current_year: i32) -> Result<Self, DomainError> {
        let year: i32 = raw
            .trim()
            .parse()
            .map_err(|_| DomainError::invalid("birth_year", "birth-year"))?;
        Self::new(year, current_year)
    }
    pub fn new(year: i32, current_year: i32) -> Result<Self, DomainError> {
        if (1900..=current_year).contains(&year) {
            Ok(Self(year))
        } else {
            Err(DomainError::invalid("birth_year", "birth-year"))
        }
    }
    pub const fn get(self) -> i32 {
        self.0
    }
    /// Age reached in `year` (the birthday may still be ahead).
    pub const fn age_in(self, year: i32) -> i32 {
        year - self.0
    }
}
impl TryFrom<i32> for BirthYear {
    type Error = DomainError;
    fn try_from(year: i32) -> Result<Self, Self::Error> {
        Self::new(year, 2100)
    }
}
impl From<BirthYear> for i32 {
    fn from(year: BirthYear) -> Self {
        year.0
    }
}

/// Gender as the person states it. "Not stated" is always allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Female,
    Male,
    Diverse,
    NotStated,
}

impl Gender {
    pub const ALL: [Self; 4] = [Self::Female, Self::Male, Self::Diverse, Self::NotStated];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Female => "female",
            Self::Male => "male",
            Self::Diverse => "diverse",
            Self::NotStated => "not_stated",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(Self::NotStated);
        }
        Self::ALL
            .into_iter()
            .find(|gender| gender.as_str() == raw)
            .ok_or(DomainError::invalid("gender", "choice"))
    }
}

/// Whom a person would like to be paired with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GenderPreference {
    Any,
    SameGender,
    Female,
    Male,
}

impl GenderPreference {
    pub const ALL: [Self; 4] = [Self::Any, Self::SameGender, Self::Female, Self::Male];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Any => "any",
            Self::SameGender => "same_gender",
            Self::Female => "female",
            Self::Male => "male",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(Self::Any);
        }
        Self::ALL
            .into_iter()
            .find(|pref| pref.as_str() == raw)
            .ok_or(DomainError::invalid("gender_preference", "choice"))
    }
}

/// Weekly availability: 7 weekdays (Monday first) × 3 slots (morning, afternoon, evening), one bit
/// each. A compact bitset keeps overlap checks cheap for the matching engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Availability(u32);

impl Availability {
    pub const DAYS: usize = 7;
    pub const SLOTS: usize = 3;
    pub const ALL_BITS: u32 = (1 << (Self::DAYS * Self::SLOTS)) - 1;

    pub fn from_bits(bits: u32) -> Result<Self, DomainError> {
        if bits & !Self::ALL_BITS == 0 {
            Ok(Self(bits))
        } else {
            Err(DomainError::invalid("availability", "availability"))
        }
    }
    pub const fn bits(self) -> u32 {
        self.0
    }
    pub const fn with(self, day: usize, slot: usize) -> Self {
        Self(self.0 | (1 << (day * Self::SLOTS + slot)))
    }
    pub const fn contains(self, day: usize, slot: usize) -> bool {
        self.0 & (1 << (day * Self::SLOTS + slot)) != 0
    }
    pub const fn overlaps(self, other: Self) -> bool {
        self.0 & other.0 != 0
    }
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// A short free-text list (interests, goals): comma separated, trimmed, lower-cased for matching,
/// at most 20 items of at most 60 characters.
pub fn parse_tags(field: &'static str, raw: &str) -> Result<Vec<String>, DomainError> {
    let mut tags: Vec<String> = Vec::new();
    for tag in raw
        .split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        if tag.chars().count() > 60 {
            return Err(DomainError::invalid(field, "too-long"));
        }
        let tag = tag.to_lowercase();
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    if tags.len() > 20 {
        return Err(DomainError::invalid(field, "too-many"));
    }
    Ok(tags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postal_codes_are_five_digits() {
        assert!(PostalCode::parse("30159").is_ok());
        assert!(PostalCode::parse(" 49074 ").is_ok());
        for bad in ["3015", "301599", "3015a", "00123", "", "30 159"] {
            assert!(PostalCode::parse(bad).is_err(), "{bad} must be refused");
        }
    }

    #[test]
    fn languages_parse_with_levels() {
        let list = SpokenLanguage::parse_list("ar:native, de:A2,ti").unwrap();
        assert_eq!(list.len(), 3);
        assert_eq!(list[1].level, LanguageLevel::A2);
        assert_eq!(list[2].level, LanguageLevel::B1);
        assert_eq!(SpokenLanguage::format_list(&list), "ar:native,de:A2,ti:B1");
        assert!(SpokenLanguage::parse_list("xx").is_err());
        assert!(SpokenLanguage::parse_list("de,de").is_err());
        assert!(SpokenLanguage::parse_list("").is_err());
    }

    #[test]
    fn emails_are_checked_and_domain_lowercased() {
        assert_eq!(
            Email::parse("Ali@Example.ORG").unwrap().as_str(),
            "Ali@example.org"
        );
        for bad in ["", "a", "a@b", "a b@c.de", "@c.de", "a@.de", "a@c..de"] {
            assert!(Email::parse(bad).is_err(), "{bad} must be refused");
        }
    }

    #[test]
    fn birth_years_are_plausible() {
        assert!(BirthYear::parse("1990", 2026).is_ok());
        assert!(BirthYear::parse("2027", 2026).is_err());
        assert!(BirthYear::parse("1899", 2026).is_err());
        assert!(BirthYear::parse("neunzehn", 2026).is_err());
        assert_eq!(BirthYear::parse("2016", 2026).unwrap().age_in(2026), 10);
    }

    #[test]
    fn availability_overlap() {
        let monday_evening = Availability::default().with(0, 2);
        let weekend = Availability::default().with(5, 0).with(6, 1);
        assert!(!monday_evening.overlaps(weekend));
        assert!(monday_evening.overlaps(monday_evening.with(3, 1)));
        assert!(Availability::from_bits(1 << 21).is_err());
    }
}
