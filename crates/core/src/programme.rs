//! Programmes: what one organisation runs (a buddy scheme, a learning sponsorship, career mentoring).

use crate::{
    DomainError,
    ids::{OrganisationId, ProgrammeId},
    organisation::parse_name,
    values::{LanguageCode, PostalCode},
};
use serde::{Deserialize, Serialize};

/// The three families of programmes named by the alliance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProgrammeKind {
    /// Everyday-life tandems between adults, at eye level ("Start with a Friend").
    Buddy,
    /// Learning sponsorships for children, pupils and students ("Balu und Du", "StudyPREP").
    Learning,
    /// Career and job mentoring ("IQ Mentoring", "Jobpilot 360°").
    Career,
}

impl ProgrammeKind {
    pub const ALL: [Self; 3] = [Self::Buddy, Self::Learning, Self::Career];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Buddy => "buddy",
            Self::Learning => "learning",
            Self::Career => "career",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == raw.trim())
            .ok_or(DomainError::invalid("kind", "choice"))
    }
}

/// Where a programme works: a set of postal codes, or online only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "postal_codes")]
pub enum Region {
    Online,
    PostalCodes(Vec<PostalCode>),
}

impl Region {
    /// Parses `online` or a list of postal codes separated by commas or spaces.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let raw = raw.trim();
        if raw.eq_ignore_ascii_case("online") {
            return Ok(Self::Online);
        }
        let mut codes = Vec::new();
        for part in raw
            .split([',', ' ', ';', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let code =
                PostalCode::parse(part).map_err(|_| DomainError::invalid("region", "region"))?;
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        if codes.is_empty() {
            return Err(DomainError::invalid("region", "region"));
        }
        Ok(Self::PostalCodes(codes))
    }

    /// The storage and form form: `online` or `30159,30161`.
    pub fn to_text(&self) -> String {
        match self {
            Self::Online => "online".to_owned(),
            Self::PostalCodes(codes) => codes
                .iter()
                .map(PostalCode::as_str)
                .collect::<Vec<_>>()
                .join(","),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Programme {
    pub id: ProgrammeId,
    pub organisation_id: OrganisationId,
    #[serde(flatten)]
    pub details: ProgrammeDetails,
}

/// Everything about a programme that its organisation admin edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeDetails {
    pub name: String,
    pub kind: ProgrammeKind,
    pub description: String,
    pub region: Region,
    /// Languages the programme can work in (staff and mentors).
    pub languages: Vec<LanguageCode>,
    pub planned_duration_months: u16,
    /// How many mentees one mentor takes at most, unless the mentor says fewer.
    pub mentor_capacity: u8,
    /// Listed in the public directory and open for registration.
    pub published: bool,
}

impl ProgrammeDetails {
    /// Builds details from raw form or API fields, reporting the first invalid field.
    #[expect(
        clippy::too_many_arguments,
        reason = "mirrors the form's fields one to one"
    )]
    pub fn parse(
        name: &str,
        kind: &str,
        description: &str,
        region: &str,
        languages: &str,
        planned_duration_months: &str,
        mentor_capacity: &str,
        published: bool,
    ) -> Result<Self, DomainError> {
        let name = parse_name("name", name)?;
        let kind = ProgrammeKind::parse(kind)?;
        let description = description.trim().to_owned();
        if description.chars().count() > 5000 {
            return Err(DomainError::invalid("description", "too-long"));
        }
        let region = Region::parse(region)?;
        let mut language_list = Vec::new();
        for code in languages
            .split([',', ' '])
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let code = LanguageCode::parse(code)
                .map_err(|_| DomainError::invalid("languages", "language"))?;
            if !language_list.contains(&code) {
                language_list.push(code);
            }
        }
        if language_list.is_empty() {
            return Err(DomainError::invalid("languages", "required"));
        }
        let planned_duration_months = planned_duration_months
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|months| (1..=60).contains(months))
            .ok_or(DomainError::invalid(
                "planned_duration_months",
                "range-1-60",
            ))?;
        let mentor_capacity = mentor_capacity
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|places| (1..=10).contains(places))
            .ok_or(DomainError::invalid("mentor_capacity", "range-1-10"))?;
        Ok(Self {
            name,
            kind,
            description,
            region,
            languages: language_list,
            planned_duration_months,
            mentor_capacity,
            published,
        })
    }
}

/// What the public directory says about a programme beyond its details: whom it is for, how to
/// take part, whom to ask, and whether it currently looks for mentors and/or mentees.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Listing {
    pub target_group: String,
    pub how_to_join: String,
    /// A public contact line (office hours, phone, web address); never a person's private address.
    pub contact: String,
    pub seeks_mentors: bool,
    pub seeks_mentees: bool,
}

impl Listing {
    /// Builds a listing from form fields; each text is trimmed and limited in length.
    pub fn parse(
        target_group: &str,
        how_to_join: &str,
        contact: &str,
        seeks_mentors: bool,
        seeks_mentees: bool,
    ) -> Result<Self, DomainError> {
        let text = |field: &'static str, raw: &str, max: usize| {
            let value = raw.trim();
            if value.chars().count() > max {
                return Err(DomainError::invalid(field, "too-long"));
            }
            Ok(value.to_owned())
        };
        Ok(Self {
            target_group: text("target_group", target_group, 500)?,
            how_to_join: text("how_to_join", how_to_join, 2000)?,
            contact: text("contact", contact, 300)?,
            seeks_mentors,
            seeks_mentees,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_is_online_or_postal_codes() {
        assert_eq!(Region::parse("Online").unwrap(), Region::Online);
        let region = Region::parse("30159, 30161 30159").unwrap();
        assert_eq!(region.to_text(), "30159,30161");
        assert!(Region::parse("Hannover").is_err());
        assert!(Region::parse("").is_err());
    }

    #[test]
    fn programme_details_name_the_bad_field() {
        let ok = ProgrammeDetails::parse("Start", "buddy", "", "online", "de,ar", "6", "1", true);
        assert!(ok.is_ok());
        let bad = ProgrammeDetails::parse("Start", "buddy", "", "online", "de", "0", "1", true);
        assert_eq!(
            bad,
            Err(DomainError::invalid(
                "planned_duration_months",
                "range-1-60"
            ))
        );
        let long = "x".repeat(501);
        assert_eq!(
            Listing::parse(&long, "", "", true, false),
            Err(DomainError::invalid("target_group", "too-long"))
        );
        let listing = Listing::parse(" Kinder ", "Anrufen", "", true, false).unwrap();
        assert_eq!(listing.target_group, "Kinder");
        let bad = ProgrammeDetails::parse("Start", "chess", "", "online", "de", "6", "1", true);
        assert_eq!(bad, Err(DomainError::invalid("kind", "choice")));
    }
}
