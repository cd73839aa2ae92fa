//! Typed identifiers. Ids are random UUIDs kept as text, so that they are portable across SQLite and
//! PostgreSQL and cannot be enumerated by guessing the next number.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// A fresh random id.
            pub fn generate() -> Self {
                Self(uuid::Uuid::new_v4().to_string())
            }
            /// Wraps an id read from storage or a URL. Unknown ids simply find nothing.
            pub fn from_string(raw: impl Into<String>) -> Self {
                Self(raw.into())
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    )*};
}

id_type!(
    /// A member organisation of the alliance.
    OrganisationId,
    /// A log-in account.
    UserId,
    /// A programme run by one organisation.
    ProgrammeId,
    /// A mentor or mentee within one programme.
    PersonId,
    /// A pairing of a mentor and a mentee.
    TandemId,
    /// One matching run of a programme.
    RunId,
    /// One proposed pair within a matching run.
    ProposalId,
    /// A conference, training or other event.
    EventId,
    /// One person's registration for an event.
    RegistrationId,
);
