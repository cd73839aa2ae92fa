//! Log-in, log-out and sessions.
//!
//! Passwords are hashed with argon2id. A session is a random token in an HttpOnly cookie; the
//! database stores only the token's BLAKE2b hash, so a leaked database holds no usable session.
//! Unknown e-mail and wrong password get the same answer, and an unknown e-mail still costs one hash
//! so timing does not tell them apart either.

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
    extract::{Query, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Redirect, Response},
};
use blake2::{Blake2b512, Digest};
use serde::Deserialize;
use tandem_core::{user::check_password_strength, values::Email};

/// How long a session lasts without logging in again.
pub const SESSION_HOURS: i64 = 12;

/// Hashes a password with argon2id and a random salt (PHC string format).
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    check_password_strength(password)
        .map_err(|_| anyhow::anyhow!("the password must have at least 12 characters"))?;
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

pub async fn login(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
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
        let mut errors = FieldErrors::default();
        errors.push("email", context.tr.get("login-failed"));
        let mut response = render(&LoginTemplate {
            layout: context.layout(context.tr.get("login-title")),
            email: form.email,
            next: form.next,
            errors,
        });
        *response.status_mut() = axum::http::StatusCode::UNAUTHORIZED;
        return Ok(response);
    };
    // A fresh token at every log-in: a session id planted before log-in is never promoted.
    let token = new_token();
    let now = time::OffsetDateTime::now_utc();
    let expires = now + time::Duration::hours(SESSION_HOURS);
    state
        .store
        .create_session(&token_hash(&token), &user.id, now, expires)
        .await?;
    let mut response = Redirect::to(safe_next(&form.next)).into_response();
    let cookie = state.session_cookie(&token, SESSION_HOURS * 3600);
    response.headers_mut().append(header::SET_COOKIE, cookie);
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

    fn session_cookie(&self, token: &str, max_age: i64) -> HeaderValue {
        let secure = if self.config.secure_cookies {
            "; Secure"
        } else {
            ""
        };
        let cookie = format!(
            "{}={token}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}",
            self.session_cookie_name()
        );
        HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
    }
}
