//! Per-request context and the middleware around every route: who is signed in, which language
//! the page speaks, same-origin checks for state changes, security headers, and translated error
//! pages.

use crate::{
    AppState,
    error::ErrorPage,
    i18n::{DEFAULT_LOCALE, Locale, Tr},
    templates::{ErrorTemplate, Layout},
};
use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{Html, IntoResponse, Redirect, Response},
};
use tandem_core::{
    permissions::{Action, Actor},
    user::User,
};

/// What every handler knows about the request.
#[derive(Debug, Clone)]
pub struct RequestContext {
    pub user: Option<User>,
    pub tr: Tr,
    /// Path of the request (for the language switcher and `next=` after log-in).
    pub path: String,
}

impl RequestContext {
    /// The signed-in account as an actor, or `Unauthenticated`.
    pub fn actor(&self) -> Result<Actor, crate::error::AppError> {
        let user = self
            .user
            .as_ref()
            .ok_or(crate::error::AppError::Unauthenticated)?;
        Ok(Actor {
            user_id: user.id.clone(),
            role: user.role,
            organisation_id: user.organisation_id.clone(),
        })
    }

    /// The organisation the signed-in staff member may act for; pages of other roles are 403.
    pub fn organisation_for(
        &self,
        action: Action,
    ) -> Result<tandem_core::ids::OrganisationId, crate::error::AppError> {
        let actor = self.actor()?;
        actor
            .organisation_for(action)
            .cloned()
            .map_err(|_| crate::error::AppError::Forbidden)
    }

    pub fn layout(&self, title: String) -> Layout {
        Layout::new(self, title)
    }
}

/// Reads one cookie from the request headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

fn query_lang(request: &Request) -> Option<Locale> {
    request.uri().query().and_then(|query| {
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == "lang")
            .and_then(|(_, value)| Locale::find(value))
    })
}

/// Resolves the session and the language, runs the handler, and renders error pages.
pub async fn resolve_context(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let now = time::OffsetDateTime::now_utc();
    let user = match cookie(request.headers(), state.session_cookie_name()) {
        Some(token) => match state
            .store
            .session_user(
                &crate::auth::token_hash(token),
                now,
                time::Duration::minutes(state.config.session_idle_minutes),
            )
            .await
        {
            Ok(user) => user,
            // Not "signed out": that would send a signed-in person to the log-in page whenever
            // the database is slow to hand out a connection (bench/load.sh saw it under 5x
            // overload). Busy, try again, with the session kept.
            Err(error) => {
                tracing::error!(error = %error, "session lookup failed");
                return crate::shed::busy(&request);
            }
        },
        None => None,
    };
    let chosen = query_lang(&request);
    let locale = chosen
        .or_else(|| cookie(request.headers(), "lang").and_then(Locale::find))
        .or_else(|| user.as_ref().and_then(|user| Locale::find(&user.locale)))
        .or_else(|| {
            request
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|value| value.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or(DEFAULT_LOCALE);
    if let (Some(chosen), Some(user)) = (chosen, &user)
        && user.locale != chosen.code
        && let Err(error) = state.store.set_user_locale(&user.id, chosen.code).await
    {
        tracing::warn!(error = %error, "could not store the language choice");
    }
    let path = request.uri().path().to_owned();
    let is_api = path.starts_with("/api/");
    let signed_in = user.is_some();
    let context = RequestContext {
        user,
        tr: Tr::new(locale),
        path: path.clone(),
    };
    request.extensions_mut().insert(context.clone());

    let mut response = next.run(request).await;

    if let Some(chosen) = chosen {
        let cookie = format!(
            "lang={}; Path=/; Max-Age=31536000; SameSite=Lax",
            chosen.code
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    if signed_in {
        // Pages with personal data must not be kept by browsers or proxies.
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if is_api {
        return response;
    }
    match response.extensions().get::<ErrorPage>().copied() {
        Some(ErrorPage {
            status: StatusCode::UNAUTHORIZED,
        }) => Redirect::to(&format!("/login?next={}", url_encode(&path))).into_response(),
        Some(ErrorPage { status }) => error_page(&context, status),
        None if response.status() == StatusCode::NOT_FOUND
            && response.headers().get(header::CONTENT_TYPE).is_none() =>
        {
            error_page(&context, StatusCode::NOT_FOUND)
        }
        None => response,
    }
}

fn error_page(context: &RequestContext, status: StatusCode) -> Response {
    let key = match status {
        StatusCode::NOT_FOUND => "error-not-found",
        StatusCode::FORBIDDEN => "error-forbidden",
        StatusCode::CONFLICT => "error-conflict",
        StatusCode::UNPROCESSABLE_ENTITY | StatusCode::BAD_REQUEST => "error-invalid",
        StatusCode::PAYLOAD_TOO_LARGE => "error-too-large",
        StatusCode::INSUFFICIENT_STORAGE => "error-storage-full",
        _ => "error-internal",
    };
    let template = ErrorTemplate {
        layout: context.layout(context.tr.get("error-title")),
        message: context.tr.get(key),
    };
    let mut response = crate::templates::render(&template).into_response();
    *response.status_mut() = status;
    response
}

/// Percent-encodes a path for a query parameter.
pub fn url_encode(value: &str) -> String {
    let mut encoded = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                encoded.push(char::from(byte));
            }
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    encoded
}

/// Refuses state-changing requests from other sites (CSRF). Browsers send `Sec-Fetch-Site` and
/// `Origin` on such requests; a cross-site value is refused. Requests without either header (curl,
/// scripts, old browsers on same-origin form posts) pass: they carry no ambient cookie risk from
/// another site in modern browsers, and session cookies are SameSite=Lax as a second wall.
pub async fn check_same_origin(request: Request, next: Next) -> Response {
    let changes_state = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if changes_state {
        let headers = request.headers();
        let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
        if matches!(fetch_site, Some("cross-site" | "same-site")) {
            return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
        }
        if let (Some(origin), Some(host)) = (
            headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
            headers.get(header::HOST).and_then(|v| v.to_str().ok()),
        ) {
            let origin_host = origin.split("://").nth(1).unwrap_or("");
            if origin != "null" && origin_host != host {
                return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
            }
        }
    }
    next.run(request).await
}

/// Refuses a NUL character in the query string or in a form or JSON body with 422 before any
/// handler sees it. PostgreSQL cannot store NUL in text and answers such a query with an error,
/// which would otherwise surface as a 500 (found by fuzzing the search). Uploads (multipart)
/// carry binary files and are not looked at.
pub async fn refuse_nul_bytes(request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let refused = move || {
        let error = crate::error::AppError::Invalid {
            field: "request",
            code: "nul-character",
        };
        if is_api {
            crate::error::ApiError(error).into_response()
        } else {
            error.into_response()
        }
    };
    let query_has_nul = request
        .uri()
        .query()
        .is_some_and(|query| query.to_ascii_lowercase().contains("%00"));
    if query_has_nul {
        return refused();
    }
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let is_text_body = content_type.starts_with("application/x-www-form-urlencoded")
        || content_type.starts_with("application/json");
    if !is_text_body {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, TEXT_BODY_LIMIT_BYTES).await else {
        return (StatusCode::PAYLOAD_TOO_LARGE, "request body too large").into_response();
    };
    // The escaped forms: `%00` in a form body, `\u0000` in a JSON string.
    let escaped_nul: &[u8] = if content_type.starts_with("application/json") {
        b"\\u0000"
    } else {
        b"%00"
    };
    let has_nul = bytes.contains(&0) || contains_ignoring_case(&bytes, escaped_nul);
    if has_nul {
        return refused();
    }
    next.run(Request::from_parts(parts, axum::body::Body::from(bytes)))
        .await
}

/// Form and JSON bodies are small; the largest (an organisation profile with its logo as
/// base64 is multipart, not here) stays far below this.
const TEXT_BODY_LIMIT_BYTES: usize = 1024 * 1024;

fn contains_ignoring_case(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window.eq_ignore_ascii_case(needle))
}

/// Serves HTML with the page's status code.
pub fn html(body: String) -> Html<String> {
    Html(body)
}
