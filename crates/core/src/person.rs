//! People in a programme: mentors and mentees, their profile and their status.

use crate::{
    DomainError,
    ids::{PersonId, ProgrammeId},
    values::{
        Availability, BirthYear, Email, Gender, GenderPreference, PostalCode, SpokenLanguage,
        parse_tags,
    },
};
use serde::{Deserialize, Serialize};

/// Which side of a tandem a person is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Mentor,
    Mentee,
}

impl Side {
    pub const ALL: [Self; 2] = [Self::Mentor, Self::Mentee];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Mentor => "mentor",
            Self::Mentee => "mentee",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|side| side.as_str() == raw.trim())
            .ok_or(DomainError::invalid("side", "choice"))
    }
}

/// Where a person stands: registered → screened → ready (waiting) → matched → alumni, or withdrawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonStatus {
    Registered,
    Screened,
    Ready,
    Matched,
    Alumni,
    Withdrawn,
}

impl PersonStatus {
    pub const ALL: [Self; 6] = [
        Self::Registered,
        Self::Screened,
        Self::Ready,
        Self::Matched,
        Self::Alumni,
        Self::Withdrawn,
    ];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Registered => "registered",
            Self::Screened => "screened",
            Self::Ready => "ready",
            Self::Matched => "matched",
            Self::Alumni => "alumni",
            Self::Withdrawn => "withdrawn",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == raw.trim())
            .ok_or(DomainError::invalid("status", "choice"))
    }

    /// Moves a coordinator may make by screening. Matching and tandem endings move people too,
    /// through [`PersonStatus::on_tandem_formed`] and [`PersonStatus::on_tandem_closed`].
    pub fn screen_to(self, to: Self) -> Result<Self, DomainError> {
        use PersonStatus::*;
        let allowed = matches!(
            (self, to),
            (Registered, Screened | Ready | Withdrawn)
                | (Screened, Ready | Withdrawn)
                | (Ready, Withdrawn | Screened)
                | (Alumni, Ready)
                | (Withdrawn, Registered)
        );
        if allowed {
            Ok(to)
        } else {
            Err(DomainError::IllegalPersonMove { from: self, to })
        }
    }

    /// A person can be put in a tandem only while ready; mentors with free places stay matchable
    /// while already matched.
    pub fn on_tandem_formed(self, side: Side) -> Result<Self, DomainError> {
        match (self, side) {
            (Self::Ready, _) | (Self::Matched, Side::Mentor) => Ok(Self::Matched),
            _ => Err(DomainError::IllegalPersonMove {
                from: self,
                to: Self::Matched,
            }),
        }
    }

    /// Where a person goes when a tandem of theirs ends: declined → back to the pool, completed →
    /// alumni. `other_open_tandems` says whether they still have another open tandem.
    pub fn on_tandem_closed(self, back_to_pool: bool, other_open_tandems: bool) -> Self {
        match self {
            Self::Withdrawn => Self::Withdrawn,
            _ if other_open_tandems => Self::Matched,
            _ if back_to_pool => Self::Ready,
            _ => Self::Alumni,
        }
    }
}

/// A person's consent as given when they registered: which text version, in which language, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentRecord {
    pub text_version: String,
    pub locale: String,
    pub given_at: time::OffsetDateTime,
}

/// The profile a person gives at registration. Coordinators' notes live apart, in [`Person`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub first_name: String,
    pub last_name: String,
    pub email: Email,
    pub phone: Option<String>,
    pub postal_code: PostalCode,
    pub languages: Vec<SpokenLanguage>,
    pub availability: Availability,
    pub gender: Gender,
    pub gender_preference: GenderPreference,
    pub birth_year: BirthYear,
    pub interests: Vec<String>,
    pub goals: Vec<String>,
    /// Profession (career), school subjects (learning), or what the person does.
    pub profession: String,
    /// Mentors only: how many mentees they would take; `None` means the programme's default.
    pub capacity: Option<u8>,
    /// The language the person wants to be written to in (a UI locale).
    pub locale: String,
}

/// The raw fields of a registration form, as typed. Kept as strings so a form with errors can be
/// shown again with everything the person typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    pub postal_code: String,
    pub languages: String,
    /// Slot keys like `0-2` (Monday evening), see [`Availability`].
    pub availability: Vec<String>,
    pub gender: String,
    pub gender_preference: String,
    pub birth_year: String,
    pub interests: String,
    pub goals: String,
    pub profession: String,
    pub capacity: String,
    pub locale: String,
}

impl ProfileForm {
    /// Parses every field and returns all errors at once, each naming its field.
    pub fn parse(&self, current_year: i32) -> Result<Profile, Vec<DomainError>> {
        let mut errors = ErrorCollector::default();
        let first_name = errors.keep(person_name("first_name", &self.first_name));
        let last_name = errors.keep(person_name("last_name", &self.last_name));
        let email = errors.keep(Email::parse(&self.email));
        let phone = errors.keep(optional_phone(&self.phone));
        let postal_code = errors.keep(PostalCode::parse(&self.postal_code));
        let languages = errors.keep(
            SpokenLanguage::parse_list(&self.languages).map_err(|e| retarget(e, "languages")),
        );
        let availability = errors.keep(parse_availability(&self.availability));
        let gender = errors.keep(Gender::parse(&self.gender));
        let gender_preference = errors.keep(GenderPreference::parse(&self.gender_preference));
        let birth_year = errors.keep(BirthYear::parse(&self.birth_year, current_year));
        let interests = errors.keep(parse_tags("interests", &self.interests));
        let goals = errors.keep(parse_tags("goals", &self.goals));
        let profession = errors.keep(bounded_text("profession", &self.profession, 200));
        let capacity = errors.keep(optional_capacity(&self.capacity));
        let locale = self.locale.trim().to_owned();
        match (
            first_name,
            last_name,
            email,
            phone,
            postal_code,
            languages,
            availability,
            gender,
            gender_preference,
            birth_year,
            interests,
            goals,
            profession,
            capacity,
        ) {
            (
                Some(first_name),
                Some(last_name),
                Some(email),
                Some(phone),
                Some(postal_code),
                Some(languages),
                Some(availability),
                Some(gender),
                Some(gender_preference),
                Some(birth_year),
                Some(interests),
                Some(goals),
                Some(profession),
                Some(capacity),
            ) => Ok(Profile {
                first_name,
                last_name,
                email,
                phone,
                postal_code,
                languages,
                availability,
                gender,
                gender_preference,
                birth_year,
                interests,
                goals,
                profession,
                capacity,
                locale: if locale.is_empty() {
                    "de".to_owned()
                } else {
                    locale
                },
            }),
            _ => Err(errors.0),
        }
    }
}

/// Gathers every field error of a form instead of stopping at the first.
#[derive(Default)]
struct ErrorCollector(Vec<DomainError>);

impl ErrorCollector {
    fn keep<T>(&mut self, result: Result<T, DomainError>) -> Option<T> {
        result.map_err(|error| self.0.push(error)).ok()
    }
}

fn retarget(error: DomainError, field: &'static str) -> DomainError {
    match error {
        DomainError::Invalid { code, .. } => DomainError::Invalid { field, code },
        other => other,
    }
}

fn person_name(field: &'static str, raw: &str) -> Result<String, DomainError> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(DomainError::invalid(field, "required"));
    }
    bounded_text(field, name, 100)
}

fn bounded_text(field: &'static str, raw: &str, max_chars: usize) -> Result<String, DomainError> {
    let text = raw.trim();
    if text.chars().count() > max_chars {
        return Err(DomainError::invalid(field, "too-long"));
    }
    Ok(text.to_owned())
}

fn optional_phone(raw: &str) -> Result<Option<String>, DomainError> {
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
        Err(DomainError::invalid("phone", "phone"))
    }
}

fn optional_capacity(raw: &str) -> Result<Option<u8>, DomainError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    raw.parse::<u8>()
        .ok()
        .filter(|places| (1..=10).contains(places))
        .map(Some)
        .ok_or(DomainError::invalid("capacity", "range-1-10"))
}

/// Parses slot keys `day-slot` (e.g. `0-2` for Monday evening).
pub fn parse_availability(keys: &[String]) -> Result<Availability, DomainError> {
    let mut availability = Availability::default();
    for key in keys {
        let invalid = DomainError::invalid("availability", "availability");
        let (day, slot) = key.split_once('-').ok_or(invalid.clone())?;
        let day: usize = day.parse().map_err(|_| invalid.clone())?;
        let slot: usize = slot.parse().map_err(|_| invalid.clone())?;
        if day >= Availability::DAYS || slot >= Availability::SLOTS {
            return Err(invalid);
        }
        availability = availability.with(day, slot);
    }
    Ok(availability)
}

/// A person as stored: the profile plus what the programme records about them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub programme_id: ProgrammeId,
    pub side: Side,
    pub status: PersonStatus,
    pub profile: Profile,
    /// Free text visible only to coordinators of the programme's organisation.
    pub coordinator_notes: String,
    pub consent: ConsentRecord,
    pub registered_at: time::OffsetDateTime,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid_form() -> ProfileForm {
        ProfileForm {
            first_name: "Amina".into(),
            last_name: "Haddad".into(),
            email: "amina@example.org".into(),
            postal_code: "30159".into(),
            languages: "ar:native,de:A2".into(),
            availability: vec!["0-2".into(), "5-0".into()],
            birth_year: "1994".into(),
            interests: "Football, cooking".into(),
            ..ProfileForm::default()
        }
    }

    #[test]
    fn a_valid_form_parses() {
        let profile = valid_form().parse(2026).unwrap();
        assert_eq!(profile.interests, vec!["football", "cooking"]);
        assert!(profile.availability.contains(0, 2));
        assert_eq!(profile.locale, "de");
    }

    #[test]
    fn every_bad_field_is_reported() {
        let form = ProfileForm {
            email: "not-an-email".into(),
            postal_code: "3015".into(),
            ..valid_form()
        };
        let errors = form.parse(2026).unwrap_err();
        let fields: Vec<_> = errors
            .iter()
            .map(|e| match e {
                DomainError::Invalid { field, .. } => *field,
                _ => "?",
            })
            .collect();
        assert_eq!(fields, vec!["email", "postal_code"]);
    }

    #[test]
    fn screening_moves() {
        use PersonStatus::*;
        assert_eq!(Registered.screen_to(Ready), Ok(Ready));
        assert_eq!(Registered.screen_to(Withdrawn), Ok(Withdrawn));
        assert!(Matched.screen_to(Ready).is_err());
        assert!(Registered.screen_to(Matched).is_err());
        assert!(Registered.on_tandem_formed(Side::Mentee).is_err());
        assert_eq!(Matched.on_tandem_formed(Side::Mentor), Ok(Matched));
        assert!(Matched.on_tandem_formed(Side::Mentee).is_err());
    }
}
