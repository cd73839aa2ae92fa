//! Placeholder: filled in by the import work.

use crate::AppState;
use axum::Router;

/// This module's routes, merged into the application router.
pub fn routes() -> Router<AppState> {
    Router::new()
}
