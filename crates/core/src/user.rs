//! Log-in accounts and their roles.

use crate::{
    DomainError,
    ids::{OrganisationId, UserId},
    values::Email,
};
use serde::{Deserialize, Serialize};

/// What an account may do. Staff roles belong to one organisation, except the alliance admin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The state-level alliance office: onboards organisations, sees aggregates only.
    AllianceAdmin,
    /// Head of one member organisation: programmes, coordinators, public profile.
    OrgAdmin,
    /// Runs programmes of one organisation: screens people, forms and follows tandems.
    Coordinator,
    Mentor,
    Mentee,
}

impl Role {
    pub const ALL: [Self; 5] = [
        Self::AllianceAdmin,
        Self::OrgAdmin,
        Self::Coordinator,
        Self::Mentor,
        Self::Mentee,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::AllianceAdmin => "alliance_admin",
            Self::OrgAdmin => "org_admin",
            Self::Coordinator => "coordinator",
            Self::Mentor => "mentor",
            Self::Mentee => "mentee",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|role| role.as_str() == raw.trim())
            .ok_or(DomainError::invalid("role", "choice"))
    }
    /// Roles that must belong to an organisation.
    pub const fn needs_organisation(self) -> bool {
        !matches!(self, Self::AllianceAdmin)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: UserId,
    pub email: Email,
    pub display_name: String,
    pub role: Role,
    pub organisation_id: Option<OrganisationId>,
    /// The interface language the user chose (a UI locale such as `de`, `en`, `ar`).
    pub locale: String,
}

/// Common passwords long enough to pass the length rule (see `scripts/build-common-passwords.py`).
const COMMON_PASSWORDS: &str = include_str!("../assets/common-passwords.txt");

/// A password must be at least 12 characters (OWASP ASVS level 2) and at most 256, must not be a
/// known common password, and must not be one or two characters repeated ("aaaaaaaaaaaa").
pub fn check_password_strength(password: &str) -> Result<(), DomainError> {
    let chars = password.chars().count();
    if chars < 12 {
        return Err(DomainError::invalid("password", "password-too-short"));
    }
    if chars > 256 {
        return Err(DomainError::invalid("password", "too-long"));
    }
    let lower = password.to_lowercase();
    let mut distinct: Vec<char> = lower.chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    let common = COMMON_PASSWORDS
        .lines()
        .filter(|line| !line.starts_with('#'))
        .any(|line| line == lower);
    if common || distinct.len() < 3 {
        return Err(DomainError::invalid("password", "password-too-common"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(password: &str) -> Option<&'static str> {
        match check_password_strength(password) {
            Ok(()) => None,
            Err(DomainError::Invalid { code, .. }) => Some(code),
            Err(_) => Some("other"),
        }
    }

    #[test]
    fn passwords_must_be_long_and_not_common() {
        assert_eq!(code("kurz"), Some("password-too-short"));
        assert_eq!(
            code("Passwort1234"),
            Some("password-too-common"),
            "case does not help"
        );
        assert_eq!(code("1qaz2wsx3edc"), Some("password-too-common"));
        assert_eq!(code("abababababab"), Some("password-too-common"));
        assert_eq!(code(&"x".repeat(257)), Some("too-long"));
        assert_eq!(code("correct horse battery staple"), None);
        assert_eq!(code("Lindenblüte am Maschsee"), None);
    }
}
