//! Load shedding: at most `limit` requests are worked on at once; one more is answered `503` with
//! `Retry-After` straight away, before any session lookup or database work.
//!
//! Why: past what the database pool can serve, every extra request only waits in the pool's queue,
//! so all latencies grow together until clients time out (and retry, making it worse). A quick
//! 503 keeps the requests that are let in as fast as at normal load, and the server is back to
//! normal the moment the surplus stops. `/health` is never shed, so monitors see a live server.

use crate::i18n::{DEFAULT_LOCALE, Locale, Tr};
use axum::{
    Router,
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
};
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Seconds a shed client is asked to wait before trying again.
const RETRY_AFTER_SECONDS: &str = "1";

/// Wraps `router` so that at most `limit` requests run at once (0: no limit).
pub fn limit_in_flight<S>(router: Router<S>, limit: usize) -> Router<S>
where
    S: Clone + Send + Sync + 'static,
{
    if limit == 0 {
        return router;
    }
    router.layer(middleware::from_fn_with_state(
        Arc::new(Semaphore::new(limit)),
        shed,
    ))
}

async fn shed(State(slots): State<Arc<Semaphore>>, request: Request, next: Next) -> Response {
    if request.uri().path() == "/health" {
        return next.run(request).await;
    }
    match slots.try_acquire_owned() {
        Ok(permit) => {
            let response = next.run(request).await;
            drop(permit);
            response
        }
        Err(_) => busy(&request),
    }
}

/// The 503 page: tiny, in the visitor's language, never cached.
pub(crate) fn busy(request: &Request) -> Response {
    let locale = crate::context::cookie(request.headers(), "lang")
        .and_then(Locale::find)
        .or_else(|| {
            request
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|value| value.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or(DEFAULT_LOCALE);
    let tr = Tr::new(locale);
    let body = format!(
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><meta charset=\"utf-8\"><title>{}</title><h1>{}</h1><p>{}</p></html>",
        locale.code,
        locale.dir(),
        tr.get("busy-title"),
        tr.get("busy-title"),
        tr.get("busy-text"),
    );
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [
            (
                header::RETRY_AFTER,
                HeaderValue::from_static(RETRY_AFTER_SECONDS),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
        ],
        body,
    )
        .into_response()
}
