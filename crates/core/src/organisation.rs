//! Member organisations of the alliance.

use crate::{DomainError, ids::OrganisationId, values::Email};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    /// The town or city the organisation is based in, shown in the directory.
    pub city: String,
    pub created_at: time::OffsetDateTime,
}

/// A validated name: trimmed, 2 to 200 characters.
pub fn parse_name(field: &'static str, raw: &str) -> Result<String, DomainError> {
    let name = raw.trim();
    let chars = name.chars().count();
    if chars < 2 {
        return Err(DomainError::invalid(field, "too-short"));
    }
    if chars > 200 {
        return Err(DomainError::invalid(field, "too-long"));
    }
    Ok(name.to_owned())
}

/// How an organisation presents itself on the fair: what it does, where to read more, which
/// partners it is looking for, and the address that the public contact form writes to (never shown).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Profile {
    pub description: String,
    pub website: String,
    /// "We are looking for partners for …": lets programmes find each other.
    pub partner_note: String,
    pub contact_email: Option<Email>,
}

impl Profile {
    pub fn parse(
        description: &str,
        website: &str,
        partner_note: &str,
        contact_email: &str,
    ) -> Result<Self, DomainError> {
        let description = description.trim();
        if description.chars().count() > 5000 {
            return Err(DomainError::invalid("description", "too-long"));
        }
        let partner_note = partner_note.trim();
        if partner_note.chars().count() > 1000 {
            return Err(DomainError::invalid("partner_note", "too-long"));
        }
        let website = website.trim();
        let plausible_web_address = website.is_empty()
            || ((website.starts_with("https://") || website.starts_with("http://"))
                && website.len() <= 300
                && !website.contains(char::is_whitespace)
                && !website.contains(['"', '<', '>']));
        if !plausible_web_address {
            return Err(DomainError::invalid("website", "web-address"));
        }
        let contact_email = match contact_email.trim() {
            "" => None,
            raw => Some(
                Email::parse(raw).map_err(|_| DomainError::invalid("contact_email", "email"))?,
            ),
        };
        Ok(Self {
            description: description.to_owned(),
            website: website.to_owned(),
            partner_note: partner_note.to_owned(),
            contact_email,
        })
    }
}

/// The largest logo Tandem accepts, before it is re-encoded.
pub const LOGO_MAX_BYTES: usize = 512 * 1024;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_names_the_bad_field() {
        let ok = Profile::parse(
            "Wir",
            "https://example.org",
            "Sprachcafé",
            "info@example.org",
        );
        assert_eq!(
            ok.unwrap().contact_email.unwrap().as_str(),
            "info@example.org"
        );
        assert_eq!(
            Profile::parse("", "javascript:alert(1)", "", ""),
            Err(DomainError::invalid("website", "web-address"))
        );
        assert_eq!(
            Profile::parse("", "", "", "no-address"),
            Err(DomainError::invalid("contact_email", "email"))
        );
        assert_eq!(Profile::parse("", "", "", "").unwrap().contact_email, None);
    }
}
