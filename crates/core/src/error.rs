//! The one error type of the domain. Each variant names what was wrong so that the web layer can
//! map it to a field error or an HTTP status in exactly one place.

use crate::{minors::CertificateProblem, person::PersonStatus, tandem::TandemStatus};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// A value did not parse; `field` is the form/API field, `code` a stable key for translation.
    #[error("{field}: {code}")]
    Invalid {
        field: &'static str,
        code: &'static str,
    },
    #[error("a tandem cannot go from {from:?} by {action}")]
    IllegalTandemMove {
        from: TandemStatus,
        action: &'static str,
    },
    #[error("a person cannot go from {from:?} to {to:?}")]
    IllegalPersonMove {
        from: PersonStatus,
        to: PersonStatus,
    },
    #[error("not permitted")]
    Forbidden,
    /// The §72a gate: a minor may only be paired with a mentor whose certificate of conduct is
    /// on record and valid. The problem is for logs and for those who may inspect certificates;
    /// coordinators are told only "missing" or "not valid" (`CertificateProblem::public_code`).
    #[error("no valid certificate of conduct: {problem:?}")]
    CertificateOfConduct { problem: CertificateProblem },
}

impl DomainError {
    pub const fn invalid(field: &'static str, code: &'static str) -> Self {
        Self::Invalid { field, code }
    }
}
