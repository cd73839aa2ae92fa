//! The web layer's one error type, and the one place where errors become HTTP.
//!
//! Handlers return `Result<_, AppError>`. Store and domain errors convert into it; internal errors
//! are logged with their cause and shown as a plain "something went wrong" page, never with SQL,
//! paths or traces. HTML error pages are rendered later by `context::render_error_pages`, which
//! knows the request's language; API routes get JSON.

use axum::{
    Json,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use tandem_core::DomainError;
use tandem_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Missing, or another organisation's: the two are never told apart.
    #[error("not found")]
    NotFound,
    /// Signed in, but the role may not do this.
    #[error("forbidden")]
    Forbidden,
    /// Not signed in.
    #[error("unauthenticated")]
    Unauthenticated,
    /// A field did not parse or a rule refused it; `code` is a translation key suffix.
    #[error("invalid {field}: {code}")]
    Invalid {
        field: &'static str,
        code: &'static str,
    },
    /// A uniqueness rule or an illegal state change.
    #[error("conflict on {field}: {code}")]
    Conflict {
        field: &'static str,
        code: &'static str,
    },
    /// The database's disk is full: nothing was written; try again once there is room.
    #[error("storage full")]
    StorageFull,
    #[error("internal: {0}")]
    Internal(#[from] anyhow::Error),
}

/// Put on an error response so the page renderer can replace the body with a translated page.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage {
    pub status: StatusCode,
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::Unauthenticated => StatusCode::UNAUTHORIZED,
            Self::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Conflict { .. } => StatusCode::CONFLICT,
            Self::StorageFull => StatusCode::INSUFFICIENT_STORAGE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A stable machine-readable code for the API.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::Forbidden => "forbidden",
            Self::Unauthenticated => "unauthenticated",
            Self::Invalid { .. } => "invalid",
            Self::Conflict { .. } => "conflict",
            Self::StorageFull => "storage_full",
            Self::Internal(_) => "internal",
        }
    }

    fn log(&self) {
        match self {
            Self::Internal(cause) => {
                tracing::error!(error = format!("{cause:#}"), "internal error")
            }
            Self::StorageFull => tracing::error!("database storage full: a write was refused"),
            _ => {}
        }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => Self::NotFound,
            StoreError::Conflict { field } => Self::Conflict {
                field,
                code: "taken",
            },
            StoreError::Domain(domain) => domain.into(),
            full if full.is_storage_full() => Self::StorageFull,
            other => Self::Internal(anyhow::Error::new(other)),
        }
    }
}

impl From<DomainError> for AppError {
    fn from(error: DomainError) -> Self {
        match error {
            DomainError::Invalid { field, code } => Self::Invalid { field, code },
            DomainError::IllegalTandemMove { .. } => Self::Conflict {
                field: "action",
                code: "illegal-move",
            },
            DomainError::IllegalPersonMove { .. } => Self::Conflict {
                field: "status",
                code: "illegal-move",
            },
            // Another organisation's object, or a role that may not act: report as not found so
            // ids of other organisations cannot be probed.
            DomainError::Forbidden => Self::NotFound,
            // Why a record is not valid (an entry, or its age) is for the inspecting admin only.
            DomainError::CertificateOfConduct { problem } => Self::Invalid {
                field: "mentor",
                code: problem.public_code(),
            },
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.log();
        let status = self.status();
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage { status });
        response
    }
}

/// An error answered as JSON: `{"error": code, "field": field, "detail": detail}`.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    fn from(error: E) -> Self {
        Self(error.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.0.log();
        let (field, detail) = match &self.0 {
            AppError::Invalid { field, code } | AppError::Conflict { field, code } => {
                (Some(*field), Some(*code))
            }
            _ => (None, None),
        };
        let body = serde_json::json!({ "error": self.0.code(), "field": field, "detail": detail });
        (self.0.status(), Json(body)).into_response()
    }
}
