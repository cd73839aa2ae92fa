//! Member organisations of the alliance.

use crate::{DomainError, ids::OrganisationId};
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
