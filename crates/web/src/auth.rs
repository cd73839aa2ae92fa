//! Log-in, log-out and sessions.
//!
//! Passwords are hashed with argon2id. A session is a random token in an HttpOnly cookie; the
//! database stores only the token's BLAKE2b hash, so a leaked database holds no usable session.
//! Unknown e-mail and wrong password get the same answer, and an unknown e-mail still costs one hash
//! so timing does not tell them apart either.
//!
//! Guessing is limited: after `login_failures_per_hour` failures for one account or from one client
//! address within an hour, log-in answers 429 before looking at the password. Sessions end after
//! `SESSION_HOURS` or `session_idle_minutes` without use, and a new password ends them all.
//!
//! Second factor: an account with a TOTP secret gets a session only after its code. Admins (of the
//! alliance and of organisations) must have one: at their first log-in they set it up on the code
//! page before any session exists. The half-done log-in lives in `login_challenges` behind its own
//! short-lived cookie.

use crate::{
    AppState,
    context::RequestContext,
    error::AppError,
    templates::{FieldErrors, Layout, render},
};
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier, password_hash::SaltString};
use askama::Template;
use axum::{
    Extension, Form,
    extract::{ConnectInfo, FromRequestParts, Query, State},
    http::{HeaderValue, StatusCode, header, request::Parts},
    response::{IntoResponse, Redirect, Response},
};
use blake2::{Blake2b512, Digest};
use serde::Deserialize;
use std::net::SocketAddr;
use tandem_core::{
    ids::UserId,
    totp::{SECRET_BYTES, TotpSecret},
    user::{Role, check_password_strength},
    values::Email,
};
use tandem_store::SecondFactorOutcome;

/// How long a session lasts without logging in again.
pub const SESSION_HOURS: i64 = 12;

/// Hashes a password with argon2id and a random salt (PHC string format).
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    check_password_strength(password)
        .map_err(|_| anyhow::anyhow!("the password is too short or too common"))?;
    let salt = SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes())
        .map_err(|error| anyhow::anyhow!("salt: {error}"))?;
    let hash = Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|error| anyhow::anyhow!("hashing: {error}"))?;
    Ok(hash.to_string())
}

fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A hash with the same cost as a real one, verified when the e-mail is unknown.
fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("dummy-password-for-timing").unwrap_or_default())
}

/// The stored form of a session token.
pub fn token_hash(token: &str) -> String {
    let digest = Blake2b512::digest(token.as_bytes());
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// A fresh random secret for a session or a personal link.
pub(crate) fn new_token() -> String {
    format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    )
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginTemplate {
    layout: Layout,
    email: String,
    next: String,
    errors: FieldErrors,
}

#[derive(Debug, Deserialize, Default)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// Only local paths are followed after log-in (no open redirect).
fn safe_next(next: &str) -> &str {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next
    } else {
        "/"
    }
}

pub async fn login_page(
    Extension(context): Extension<RequestContext>,
    Query(query): Query<NextQuery>,
) -> Response {
    render(&LoginTemplate {
        layout: context.layout(context.tr.get("login-title")),
        email: String::new(),
        next: query.next,
        errors: FieldErrors::default(),
    })
}

/// The client's address as the server's socket saw it ("unknown" where none was recorded, as in
/// tests). Behind a reverse proxy this is the proxy: see the README on rate limits.
pub struct ClientAddress(String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map_or_else(|| "unknown".to_owned(), |info| info.0.ip().to_string()),
        ))
    }
}

pub async fn login(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    ClientAddress(address): ClientAddress,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    let now = time::OffsetDateTime::now_utc();
    let account_key = form.email.trim().to_lowercase();
    let (by_account, by_address) = state
        .store
        .recent_login_failures(&account_key, &address, now)
        .await?;
    let limit = state.config.login_failures_per_hour;
    if by_account >= limit || by_address >= limit {
        tracing::warn!(
            by_account,
            by_address,
            "log-in refused: too many failed attempts"
        );
        let mut errors = FieldErrors::default();
        errors.push("email", context.tr.get("login-too-many"));
        let mut response = render(&LoginTemplate {
            layout: context.layout(context.tr.get("login-title")),
            email: form.email,
            next: form.next,
            errors,
        });
        *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("3600"));
        return Ok(response);
    }
    let found = match Email::parse(&form.email) {
        Ok(email) => state.store.find_login(&email).await?,
        Err(_) => None,
    };
    let user = match found {
        Some((user, hash)) => verify_password(&form.password, &hash).then_some(user),
        None => {
            let _ = verify_password(&form.password, dummy_hash());
            None
        }
    };
    let Some(user) = user else {
        state
            .store
            .record_login_failure(&account_key, &address, now)
            .await?;
        let mut errors = FieldErrors::default();
        errors.push("email", context.tr.get("login-failed"));
        let mut response = render(&LoginTemplate {
            layout: context.layout(context.tr.get("login-title")),
            email: form.email,
            next: form.next,
            errors,
        });
        *response.status_mut() = StatusCode::UNAUTHORIZED;
        return Ok(response);
    };
    let must_have_second_factor = matches!(user.role, Role::AllianceAdmin | Role::OrgAdmin)
        && state.config.require_admin_second_factor;
    let pending_secret = match state.store.second_factor(&user.id).await? {
        Some(_) => None,
        None if must_have_second_factor => Some(new_totp_secret().to_base32()),
        None => {
            let mut response = Redirect::to(safe_next(&form.next)).into_response();
            start_session(&state, &user.id, &mut response, now).await?;
            return Ok(response);
        }
    };
    let token = new_token();
    state
        .store
        .create_login_challenge(
            &token_hash(&token),
            &user.id,
            pending_secret.as_deref(),
            safe_next(&form.next),
            now,
            now + time::Duration::minutes(CHALLENGE_MINUTES),
        )
        .await?;
    let mut response = Redirect::to("/login/code").into_response();
    let cookie = state.cookie(
        state.challenge_cookie_name(),
        &token,
        CHALLENGE_MINUTES * 60,
    );
    response.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(response)
}

/// Minutes a log-in may wait for its code.
const CHALLENGE_MINUTES: i64 = 10;
/// Wrong codes after which the log-in starts over.
const CHALLENGE_ATTEMPTS: u32 = 5;

/// A fresh random TOTP secret.
fn new_totp_secret() -> TotpSecret {
    let mut bytes = uuid::Uuid::new_v4().as_bytes().to_vec();
    bytes.extend_from_slice(uuid::Uuid::new_v4().as_bytes());
    bytes.truncate(SECRET_BYTES);
    TotpSecret::from_bytes(&bytes)
}

/// The Base32 secret in groups of four, as people type it into an app.
fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Template)]
#[template(path = "login_code.html")]
struct LoginCodeTemplate {
    layout: Layout,
    action: &'static str,
    /// At set-up: the secret in groups and the app link.
    setup: Option<(String, String)>,
    /// The secret itself travels back with the form only on the account page's set-up.
    secret_field: Option<String>,
    errors: FieldErrors,
}

#[derive(Debug, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    secret: String,
}

/// The parked log-in behind the challenge cookie.
async fn challenge_of(
    state: &AppState,
    headers: &axum::http::HeaderMap,
) -> Result<Option<(String, tandem_store::LoginChallenge)>, AppError> {
    let Some(token) = crate::context::cookie(headers, state.challenge_cookie_name()) else {
        return Ok(None);
    };
    let hash = token_hash(token);
    let found = state
        .store
        .login_challenge(&hash, time::OffsetDateTime::now_utc())
        .await?;
    Ok(found.map(|challenge| (hash, challenge)))
}

fn code_page(
    context: &RequestContext,
    action: &'static str,
    setup: Option<(String, String)>,
    secret_field: Option<String>,
    errors: FieldErrors,
) -> Response {
    let failed = !errors.is_empty();
    let mut response = render(&LoginCodeTemplate {
        layout: context.layout(context.tr.get("login-code-title")),
        action,
        setup,
        secret_field,
        errors,
    });
    if failed {
        *response.status_mut() = StatusCode::UNAUTHORIZED;
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn setup_of(secret: &str, account: &Email) -> (String, String) {
    let uri = TotpSecret::from_base32(secret)
        .map(|secret| secret.provisioning_uri("Tandem", account.as_str()))
        .unwrap_or_default();
    (grouped(secret), uri)
}

/// Asks for the code (and, at an admin's first log-in, shows how to set the app up).
pub async fn code_page_get(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let Some((_, challenge)) = challenge_of(&state, &headers).await? else {
        return Ok(Redirect::to("/login").into_response());
    };
    let user = state.store.user(&challenge.user_id).await?;
    let setup = challenge
        .pending_secret
        .as_deref()
        .map(|secret| setup_of(secret, &user.email));
    Ok(code_page(
        &context,
        "/login/code",
        setup,
        None,
        FieldErrors::default(),
    ))
}

/// Checks the code; right, the session starts; wrong five times, log-in starts over.
pub async fn code_page_post(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    ClientAddress(address): ClientAddress,
    headers: axum::http::HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let Some((hash, challenge)) = challenge_of(&state, &headers).await? else {
        return Ok(Redirect::to("/login").into_response());
    };
    let now = time::OffsetDateTime::now_utc();
    let user = state.store.user(&challenge.user_id).await?;
    let (secret, last_step) = match (
        &challenge.pending_secret,
        state.store.second_factor(&user.id).await?,
    ) {
        (Some(pending), _) => (pending.clone(), None),
        (None, Some((stored, last))) => (stored, last),
        (None, None) => return Ok(Redirect::to("/login").into_response()),
    };
    let step = TotpSecret::from_base32(&secret)
        .ok()
        .and_then(|secret| secret.verify(&form.code, now.unix_timestamp(), last_step));
    let done = match step {
        Some(step) => {
            state
                .store
                .complete_second_factor(
                    Some(&hash),
                    &user.id,
                    challenge.pending_secret.as_deref(),
                    step,
                )
                .await?
                == SecondFactorOutcome::Done
        }
        None => false,
    };
    if !done {
        state
            .store
            .fail_login_challenge(&hash, CHALLENGE_ATTEMPTS)
            .await?;
        state
            .store
            .record_login_failure(&user.email.as_str().to_lowercase(), &address, now)
            .await?;
        if challenge.attempts + 1 >= CHALLENGE_ATTEMPTS {
            return Ok(Redirect::to("/login").into_response());
        }
        let mut errors = FieldErrors::default();
        errors.push("code", context.tr.get("login-code-wrong"));
        let setup = challenge
            .pending_secret
            .as_deref()
            .map(|secret| setup_of(secret, &user.email));
        return Ok(code_page(&context, "/login/code", setup, None, errors));
    }
    let mut response = Redirect::to(safe_next(&challenge.next_path)).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        state.cookie(state.challenge_cookie_name(), "", 0),
    );
    start_session(&state, &user.id, &mut response, now).await?;
    Ok(response)
}

/// Setting up a second factor from the account page (for coordinators, who may choose to).
pub async fn second_factor_setup(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    let user = context.user.clone().ok_or(AppError::Unauthenticated)?;
    if state.store.second_factor(&user.id).await?.is_some() {
        return Ok(Redirect::to("/account").into_response());
    }
    let secret = new_totp_secret().to_base32();
    Ok(code_page(
        &context,
        "/account/second-factor",
        Some(setup_of(&secret, &user.email)),
        Some(secret),
        FieldErrors::default(),
    ))
}

pub async fn second_factor_confirm(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let user = context.user.clone().ok_or(AppError::Unauthenticated)?;
    if state.store.second_factor(&user.id).await?.is_some() {
        return Ok(Redirect::to("/account").into_response());
    }
    let now = time::OffsetDateTime::now_utc();
    let step = TotpSecret::from_base32(&form.secret)
        .ok()
        .and_then(|secret| secret.verify(&form.code, now.unix_timestamp(), None));
    if let Some(step) = step
        && state
            .store
            .complete_second_factor(None, &user.id, Some(form.secret.trim()), step)
            .await?
            == SecondFactorOutcome::Done
    {
        return Ok(Redirect::to("/account?second_factor=1").into_response());
    }
    let mut errors = FieldErrors::default();
    errors.push("code", context.tr.get("login-code-wrong"));
    Ok(code_page(
        &context,
        "/account/second-factor",
        Some(setup_of(form.secret.trim(), &user.email)),
        Some(form.secret.trim().to_owned()),
        errors,
    ))
}

/// A fresh token at every log-in and password change: a session id planted before is never
/// promoted.
async fn start_session(
    state: &AppState,
    user: &UserId,
    response: &mut Response,
    now: time::OffsetDateTime,
) -> Result<(), AppError> {
    let token = new_token();
    let expires = now + time::Duration::hours(SESSION_HOURS);
    state
        .store
        .create_session(&token_hash(&token), user, now, expires)
        .await?;
    let cookie = state.session_cookie(&token, SESSION_HOURS * 3600);
    response.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(())
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountTemplate {
    layout: Layout,
    email: String,
    changed: bool,
    /// Whether the account has a second factor.
    second_factor: bool,
    errors: FieldErrors,
}

#[derive(Debug, Deserialize, Default)]
pub struct AccountQuery {
    #[serde(default)]
    changed: Option<String>,
}

/// The signed-in person's account: their e-mail and the password form.
pub async fn account_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Query(query): Query<AccountQuery>,
) -> Result<Response, AppError> {
    let user = context.user.clone().ok_or(AppError::Unauthenticated)?;
    Ok(render(&AccountTemplate {
        layout: context.layout(context.tr.get("account-title")),
        email: user.email.to_string(),
        changed: query.changed.is_some(),
        second_factor: state.store.second_factor(&user.id).await?.is_some(),
        errors: FieldErrors::default(),
    }))
}

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
    #[serde(default)]
    repeat: String,
}

/// Changes the password after checking the current one; every session of the account ends and
/// this browser gets a fresh one. Passwords are never written back into the form.
pub async fn change_password(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let user = context.user.clone().ok_or(AppError::Unauthenticated)?;
    let t = &context.tr;
    let mut errors = FieldErrors::default();
    let current_ok = match state.store.find_login(&user.email).await? {
        Some((_, hash)) => verify_password(&form.current, &hash),
        None => false,
    };
    if !current_ok {
        errors.push("current", t.get("account-current-wrong"));
    }
    if let Err(tandem_core::DomainError::Invalid { code, .. }) = check_password_strength(&form.new)
    {
        errors.push("new", crate::labels::field_error(t, code));
    } else if form.new != form.repeat {
        errors.push("repeat", t.get("account-repeat-differs"));
    }
    if !errors.is_empty() {
        let mut response = render(&AccountTemplate {
            layout: context.layout(t.get("account-title")),
            email: user.email.to_string(),
            changed: false,
            second_factor: state.store.second_factor(&user.id).await?.is_some(),
            errors,
        });
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(response);
    }
    let hash = hash_password(&form.new).map_err(AppError::Internal)?;
    state.store.set_password(&user.id, &hash).await?;
    tracing::info!("password changed; all sessions of the account ended");
    let mut response = Redirect::to("/account?changed=1").into_response();
    start_session(
        &state,
        &user.id,
        &mut response,
        time::OffsetDateTime::now_utc(),
    )
    .await?;
    Ok(response)
}

pub async fn logout(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    if let Some(token) = crate::context::cookie(&headers, state.session_cookie_name()) {
        state.store.delete_session(&token_hash(token)).await?;
    }
    let mut response = Redirect::to("/").into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, state.session_cookie("", 0));
    Ok(response)
}

impl AppState {
    pub fn session_cookie_name(&self) -> &'static str {
        // The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only, Path=/.
        if self.config.secure_cookies {
            "__Host-tandem_session"
        } else {
            "tandem_session"
        }
    }

    /// The cookie of a log-in waiting for its second factor.
    pub fn challenge_cookie_name(&self) -> &'static str {
        if self.config.secure_cookies {
            "__Host-tandem_login"
        } else {
            "tandem_login"
        }
    }

    fn session_cookie(&self, token: &str, max_age: i64) -> HeaderValue {
        self.cookie(self.session_cookie_name(), token, max_age)
    }

    fn cookie(&self, name: &str, token: &str, max_age: i64) -> HeaderValue {
        let secure = if self.config.secure_cookies {
            "; Secure"
        } else {
            ""
        };
        let cookie =
            format!("{name}={token}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}");
        HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
    }
}
