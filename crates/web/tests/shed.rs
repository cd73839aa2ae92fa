//! Load shedding (`tandem_web::shed`): past the limit a request is answered 503 with Retry-After
//! at once, in the visitor's language; `/health` still answers; a freed slot serves again.

use axum::{Router, body::Body, http::Request, http::StatusCode, routing::get};
use http_body_util::BodyExt;
use std::sync::Arc;
use tokio::sync::{Notify, mpsc};
use tower::ServiceExt;

/// A router whose `/slow` stays in its handler until `release` is notified.
fn held_router(entered: mpsc::Sender<()>, release: Arc<Notify>) -> Router {
    Router::new()
        .route(
            "/slow",
            get(move || {
                let entered = entered.clone();
                let release = release.clone();
                async move {
                    let _ = entered.send(()).await;
                    release.notified().await;
                    "done"
                }
            }),
        )
        .route("/fast", get(|| async { "fast" }))
        .route("/health", get(|| async { "ok" }))
}

async fn body_text(response: axum::response::Response) -> String {
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn get_request(path: &str, language: &str) -> Request<Body> {
    Request::builder()
        .uri(path)
        .header("accept-language", language)
        .body(Body::empty())
        .expect("request")
}

#[tokio::test]
async fn over_the_limit_answers_503_at_once_and_serves_again_when_a_slot_frees() {
    let (entered_tx, mut entered_rx) = mpsc::channel(4);
    let release = Arc::new(Notify::new());
    let app = tandem_web::shed::limit_in_flight(held_router(entered_tx, release.clone()), 2);

    let first = tokio::spawn(app.clone().oneshot(get_request("/slow", "de")));
    let second = tokio::spawn(app.clone().oneshot(get_request("/slow", "de")));
    entered_rx.recv().await.expect("first request entered");
    entered_rx.recv().await.expect("second request entered");

    // Both slots taken: the third is shed, in English because the visitor asked for it.
    let shed = app
        .clone()
        .oneshot(get_request("/fast", "en-GB,en;q=0.9"))
        .await
        .expect("response");
    assert_eq!(shed.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        shed.headers().get("retry-after").map(|v| v.as_bytes()),
        Some(&b"1"[..])
    );
    assert_eq!(
        shed.headers().get("cache-control").map(|v| v.as_bytes()),
        Some(&b"no-store"[..])
    );
    let text = body_text(shed).await;
    assert!(text.contains("Tandem is busy right now"), "{text}");
    assert!(text.contains("lang=\"en\""), "{text}");

    // German is the default; Arabic is written right to left.
    let german = body_text(
        app.clone()
            .oneshot(get_request("/fast", ""))
            .await
            .expect("response"),
    )
    .await;
    assert!(german.contains("Tandem ist gerade ausgelastet"), "{german}");
    let arabic = body_text(
        app.clone()
            .oneshot(get_request("/fast", "ar"))
            .await
            .expect("response"),
    )
    .await;
    assert!(arabic.contains("dir=\"rtl\""), "{arabic}");

    // Monitors still reach the health check while the server sheds.
    let health = app
        .clone()
        .oneshot(get_request("/health", "de"))
        .await
        .expect("response");
    assert_eq!(health.status(), StatusCode::OK);

    // Let one held request finish: its slot serves the next request.
    release.notify_one();
    let finished = tokio::select! {
        done = first => done,
        done = second => done,
    };
    assert_eq!(
        finished.expect("join").expect("response").status(),
        StatusCode::OK
    );
    let served = app
        .clone()
        .oneshot(get_request("/fast", "de"))
        .await
        .expect("response");
    assert_eq!(served.status(), StatusCode::OK);
    assert_eq!(body_text(served).await, "fast");
    release.notify_one();
}

#[tokio::test]
async fn a_limit_of_zero_sheds_nothing() {
    let (entered_tx, mut entered_rx) = mpsc::channel(4);
    let release = Arc::new(Notify::new());
    let app = tandem_web::shed::limit_in_flight(held_router(entered_tx, release.clone()), 0);
    let held = tokio::spawn(app.clone().oneshot(get_request("/slow", "de")));
    entered_rx.recv().await.expect("entered");
    let fast = app
        .oneshot(get_request("/fast", "de"))
        .await
        .expect("response");
    assert_eq!(fast.status(), StatusCode::OK);
    release.notify_one();
    assert_eq!(
        held.await.expect("join").expect("response").status(),
        StatusCode::OK
    );
}
