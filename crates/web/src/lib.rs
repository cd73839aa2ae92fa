//! Tandem's web application: server-rendered pages that work without JavaScript, a JSON API under
//! `/api/v1` with its OpenAPI document, log-in with server-side sessions, and translations.
//!
//! It turns HTTP into calls on `tandem_store::Store` and renders the answers; it holds no SQL and
//! no domain rules of its own (those live in `tandem-core`). Permissions are asked of
//! `tandem_core::permissions::Actor`, built from the session, never from the request.
//!
//! Errors: handlers return [`error::AppError`] (pages) or [`error::ApiError`] (JSON); both are
//! mapped to HTTP in `error.rs` only.

use axum::{
    Json, Router,
    extract::{DefaultBodyLimit, State},
    http::{HeaderName, HeaderValue, StatusCode, header},
    middleware,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use tandem_store::Store;
use tower_http::{compression::CompressionLayer, set_header::SetResponseHeaderLayer};

pub mod api;
mod auth;
pub mod context;
pub mod error;
mod forms;
pub mod i18n;
mod ics;
pub mod import_jobs;
pub mod jobs;
pub mod labels;
mod logo;
pub mod mail;
pub mod map;
mod pages;
pub mod pdf;
pub mod shed;
pub mod templates;

pub use auth::hash_password;

/// Settings of the web layer.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Mark cookies Secure and use the `__Host-` prefix (needs HTTPS).
    pub secure_cookies: bool,
    /// The version of the consent text people agree to at registration; stored with each consent.
    pub consent_text_version: String,
    /// The address people reach Tandem at, for links in e-mails (`https://tandem.example.org`).
    pub public_url: String,
    /// Days after which an unanswered proposal expires.
    pub proposal_expiry_days: i64,
    /// Days after which an unanswered proposal is reminded.
    pub proposal_reminder_days: i64,
    /// Minutes without a request after which a session ends (ASVS level 2: at most 30).
    pub session_idle_minutes: i64,
    /// Failed log-ins per hour, per account and per client address, after which log-in answers
    /// 429 — even to the right password (ASVS level 2: at most 100).
    pub login_failures_per_hour: u32,
    /// Alliance and organisation admins must log in with a second factor (TOTP).
    pub require_admin_second_factor: bool,
    /// Requests worked on at once before the next is answered 503 (`shed`); `None`: the
    /// database pool's size times [`IN_FLIGHT_PER_CONNECTION`]; `Some(0)`: no limit.
    pub max_in_flight: Option<usize>,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            secure_cookies: false,
            consent_text_version: "2026-11-v1".to_owned(),
            public_url: "http://127.0.0.1:8080".to_owned(),
            proposal_expiry_days: 14,
            proposal_reminder_days: 7,
            session_idle_minutes: 30,
            login_failures_per_hour: 100,
            require_admin_second_factor: true,
            max_in_flight: None,
        }
    }
}

/// What every handler shares.
#[derive(Debug, Clone)]
pub struct AppState {
    pub store: Store,
    pub config: WebConfig,
    /// Imports running in the background, for their status pages.
    pub imports: import_jobs::ImportJobs,
}

/// Largest request body accepted (forms and JSON are small; uploads come later with their own limit).
const BODY_LIMIT_BYTES: usize = 64 * 1024;

/// The profile form carries the logo: room for the largest accepted file and then some, so that a
/// file over the limit gets a polite error naming it rather than a bare 413.
const PROFILE_BODY_LIMIT_BYTES: usize = 4 * tandem_core::organisation::LOGO_MAX_BYTES;

/// Requests in flight per database connection before load is shed: most requests hold a
/// connection only for a part of their time (templates, gzip), so a few more than the pool keep
/// the connections busy; more than this only wait in the pool's queue (measured, bench/load.sh).
pub const IN_FLIGHT_PER_CONNECTION: usize = 8;

/// The whole application with its state.
pub fn router(store: Store, config: WebConfig) -> Router {
    let in_flight = config
        .max_in_flight
        .unwrap_or_else(|| store.pool_size() * IN_FLIGHT_PER_CONNECTION);
    let state = AppState {
        store,
        config,
        imports: import_jobs::ImportJobs::default(),
    };
    let pages = Router::new()
        .route("/", get(pages::directory::home))
        .route("/map", get(pages::directory::map_page))
        .route("/events", get(pages::events::events))
        .route("/events/{id}", get(pages::events::event_page))
        .route("/events/{id}/event.ics", get(pages::events::event_ics))
        .route("/events/{id}/register", post(pages::events::register))
        .route(
            "/events/registration/{token}",
            get(pages::events::registration_page),
        )
        .route(
            "/events/registration/{token}/cancel",
            post(pages::events::cancel),
        )
        .route(
            "/organisations/{id}/events.ics",
            get(pages::events::organisation_feed),
        )
        .route(
            "/staff/events",
            get(pages::events::staff_events).post(pages::events::create_event),
        )
        .route("/staff/events/new", get(pages::events::new_event))
        .route("/staff/events/{id}", get(pages::events::staff_event))
        .route(
            "/staff/events/{id}/edit",
            get(pages::events::edit_event).post(pages::events::update_event),
        )
        .route(
            "/staff/events/{id}/attendance/{registration}",
            post(pages::events::attendance),
        )
        .route(
            "/staff/events/{id}/registrations.csv",
            get(pages::events::registrations_csv),
        )
        .route("/programmes/{id}", get(pages::directory::programme_page))
        .route(
            "/organisations/{id}",
            get(pages::directory::organisation_page),
        )
        .route(
            "/organisations/{id}/contact",
            post(pages::directory::contact),
        )
        .route("/organisations/{id}/logo.png", get(pages::directory::logo))
        .route(
            "/admin/profile",
            get(pages::directory::profile_form)
                .post(pages::directory::save_profile)
                .layer(DefaultBodyLimit::max(PROFILE_BODY_LIMIT_BYTES)),
        )
        .route(
            "/admin/programmes/{id}/listing",
            get(pages::directory::listing_form).post(pages::directory::save_listing),
        )
        .route(
            "/programmes/{id}/register",
            get(pages::public::register_page).post(pages::public::register),
        )
        .route(
            "/programmes/{id}/registered",
            get(pages::public::registered),
        )
        .route("/login", get(auth::login_page).post(auth::login))
        .route("/logout", post(auth::logout))
        .route(
            "/login/code",
            get(auth::code_page_get).post(auth::code_page_post),
        )
        .route("/account", get(auth::account_page))
        .route(
            "/account/second-factor",
            get(auth::second_factor_setup).post(auth::second_factor_confirm),
        )
        .route("/account/password", post(auth::change_password))
        .route("/coordinator", get(pages::coordinator::home))
        .route(
            "/coordinator/programmes/{id}/people",
            get(pages::coordinator::people),
        )
        .route(
            "/coordinator/programmes/{id}/tandems/new",
            get(pages::coordinator::new_tandem),
        )
        .route(
            "/coordinator/programmes/{id}/tandems",
            post(pages::coordinator::create_tandem),
        )
        .route("/coordinator/people/{id}", get(pages::coordinator::person))
        .route(
            "/coordinator/people/{id}/screen",
            post(pages::coordinator::screen),
        )
        .route(
            "/coordinator/people/{id}/export",
            get(pages::privacy::export),
        )
        .route(
            "/coordinator/people/{id}/erase",
            post(pages::privacy::erase),
        )
        .route("/admin/audit", get(pages::privacy::audit_trail))
        .route(
            "/coordinator/people/{id}/notes",
            post(pages::coordinator::notes),
        )
        .route(
            "/coordinator/programmes/{id}/matching",
            get(pages::matching::matching_page).post(pages::matching::start_run),
        )
        .route("/coordinator/runs/{id}", get(pages::matching::run_page))
        .route(
            "/coordinator/runs/{id}/proposals/{proposal}",
            post(pages::matching::toggle_proposal),
        )
        .route("/coordinator/runs/{id}/swap", post(pages::matching::swap))
        .route(
            "/coordinator/runs/{id}/send",
            post(pages::matching::send_run),
        )
        .route(
            "/coordinator/runs/{id}/discard",
            post(pages::matching::discard_run),
        )
        .route(
            "/proposal/{token}",
            get(pages::matching::proposal_page).post(pages::matching::answer_proposal),
        )
        .route("/coordinator/tandems", get(pages::coordinator::tandems))
        .route("/coordinator/tandems/{id}", get(pages::coordinator::tandem))
        .route(
            "/coordinator/tandems/{id}/action",
            post(pages::coordinator::tandem_action),
        )
        .route(
            "/coordinator/tandems/{id}/members",
            post(pages::coordinator::add_tandem_member),
        )
        .route(
            "/coordinator/tandems/{id}/members/{member}/remove",
            post(pages::coordinator::remove_tandem_member),
        )
        .route(
            "/admin/programmes",
            get(pages::admin::programmes).post(pages::admin::create_programme),
        )
        .route("/admin/programmes/new", get(pages::admin::new_programme))
        .route(
            "/admin/programmes/{id}/edit",
            get(pages::admin::edit_programme),
        )
        .route(
            "/admin/programmes/{id}",
            post(pages::admin::update_programme),
        )
        .route(
            "/admin/programmes/{id}/matching-criteria",
            get(pages::matching::criteria_form).post(pages::matching::save_criteria),
        )
        .route(
            "/admin/coordinators",
            get(pages::admin::staff).post(pages::admin::create_staff),
        )
        .route("/alliance", get(pages::alliance::home))
        .route(
            "/alliance/organisations",
            post(pages::alliance::create_organisation),
        );
    let app = Router::new()
        .merge(pages)
        .merge(pages::consent::routes())
        .merge(pages::followup::routes())
        .merge(pages::surveys::routes())
        .merge(pages::reports::routes())
        .merge(pages::funder::routes())
        .merge(pages::import::routes())
        .merge(pages::minors::routes())
        .merge(pages::programme_rules::routes())
        .merge(pages::diary::routes())
        .merge(api::router())
        .route("/api/openapi.json", get(api::openapi_json))
        .route("/health", get(health))
        .route("/static/app.css", get(stylesheet))
        .layer(middleware::from_fn(context::refuse_nul_bytes))
        .layer(middleware::from_fn_with_state(state.clone(), context::resolve_context))
        .layer(middleware::from_fn(context::check_same_origin))
        .layer(DefaultBodyLimit::max(BODY_LIMIT_BYTES))
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
        ))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .with_state(state);
    shed::limit_in_flight(app, in_flight)
}

/// 200 when the database answers, 503 otherwise: for load balancers and scripts.
async fn health(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => Json(serde_json::json!({ "status": "ok" })).into_response(),
        Err(error) => {
            tracing::error!(error = %error, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({ "status": "unavailable" })),
            )
                .into_response()
        }
    }
}

const STYLESHEET: &str = include_str!("../static/app.css");

async fn stylesheet() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/css; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=86400"),
            ),
            (
                HeaderName::from_static("x-content-type-options"),
                HeaderValue::from_static("nosniff"),
            ),
        ],
        STYLESHEET,
    )
        .into_response()
}
