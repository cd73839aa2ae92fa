//! A statewide-size data set — 110,000 people, 50,000 tandems, 1,000,000 meetings, 10,000
//! outcomes in 500 programmes of 50 organisations — on SQLite and PostgreSQL, and the server time
//! of the alliance's statewide report and of one programme dashboard. Issue 6's budget: each
//! under 200 ms.
//!
//! Run: `cargo bench -p tandem-web --bench statewide` (PostgreSQL from `TANDEM_TEST_POSTGRES` or
//! the local default, in a fresh database that is dropped afterwards; without a server that half
//! says SKIPPED). Rows are loaded with one `INSERT … SELECT` per table
//! (`tandem_store::bench_data`). The time is measured around the whole router call, as signed-in
//! users see it minus the socket. Results also go to `target/bench/statewide.json`.

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use http_body_util::BodyExt;
use std::time::{Duration, Instant};
use tandem_core::{gazetteer, user::Role, values::Email};
use tandem_store::{
    Backend, NewUser,
    bench_data::{StatewideSize, seed_statewide},
    testing::TestDb,
};
use tower::ServiceExt;

const SIZE: StatewideSize = StatewideSize {
    organisations: 50,
    programmes_per_organisation: 10,
    people_per_programme: 220,
    tandems_per_programme: 100,
    meetings_per_tandem: 20,
};
const WARM_UP: usize = 2;
const RUNS: usize = 15;
const PASSWORD: &str = "bench password that is long enough";

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut results = Vec::new();
    let codes: Vec<&str> = gazetteer::all()
        .iter()
        .filter(|place| place.state == "NI")
        .map(|place| place.postal_code)
        .step_by(7)
        .collect();
    for backend in [Backend::Sqlite, Backend::Postgres] {
        runtime.block_on(async {
            let Some(db) = TestDb::new(backend).await else {
                println!("{backend:?}: SKIPPED (no server)");
                return;
            };
            let now = time::OffsetDateTime::now_utc();
            let started = Instant::now();
            let programmes = seed_statewide(&db.store, SIZE, &codes, now).await.unwrap();
            let load = started.elapsed();
            println!(
                "{:<9} loaded {} people, {} tandems, {} meetings in {:.1} s",
                format!("{backend:?}"),
                SIZE.people(),
                SIZE.tandems(),
                SIZE.meetings(),
                load.as_secs_f64()
            );
            let (organisation, programme) = programmes[0].clone();
            let hash = tandem_web::hash_password(PASSWORD).unwrap();
            for (email, role, org) in [
                ("alliance@bench.invalid", Role::AllianceAdmin, None),
                (
                    "coordinator@bench.invalid",
                    Role::Coordinator,
                    Some(organisation.clone()),
                ),
            ] {
                db.store
                    .create_user(
                        &NewUser {
                            email: Email::parse(email).unwrap(),
                            display_name: "Bench".into(),
                            role,
                            organisation_id: org,
                            password_hash: hash.clone(),
                            locale: "de".into(),
                        },
                        now,
                    )
                    .await
                    .unwrap();
            }
            let config = tandem_web::WebConfig {
                require_admin_second_factor: false,
                ..tandem_web::WebConfig::default()
            };
            let router = tandem_web::router(db.store.clone(), config);
            let alliance = login(&router, "alliance@bench.invalid").await;
            let coordinator = login(&router, "coordinator@bench.invalid").await;
            let pages = [
                (
                    "statewide report by district",
                    "/alliance/report".to_owned(),
                    &alliance,
                ),
                (
                    "statewide report by kind",
                    "/alliance/report?by=kind".to_owned(),
                    &alliance,
                ),
                (
                    "programme dashboard",
                    format!("/coordinator/programmes/{programme}/dashboard"),
                    &coordinator,
                ),
                (
                    "organisation dashboard (10 programmes)",
                    "/coordinator/dashboard".to_owned(),
                    &coordinator,
                ),
            ];
            for (label, path, cookie) in pages {
                let (median, p95) = measure(&router, &path, cookie).await;
                println!(
                    "{:<9} {label:<40} median {:>7.1} ms  p95 {:>7.1} ms",
                    format!("{backend:?}"),
                    millis(median),
                    millis(p95),
                );
                results.push(serde_json::json!({
                    "backend": format!("{backend:?}"),
                    "page": label,
                    "path": path,
                    "median_ms": millis(median),
                    "p95_ms": millis(p95),
                    "load_s": load.as_secs_f64(),
                }));
            }
            db.finish().await;
        });
    }
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(
        out.join("statewide.json"),
        serde_json::to_string_pretty(&results).unwrap(),
    )
    .unwrap();
    println!("budget: under 200 ms per page");
}

async fn login(router: &axum::Router, email: &str) -> String {
    let body = format!(
        "email={}&password={}",
        email.replace('@', "%40"),
        PASSWORD.replace(' ', "+")
    );
    let response = router
        .clone()
        .oneshot(
            Request::post("/login")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "log-in of {email}"
    );
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with("tandem_session="))
        .and_then(|value| value.split(';').next())
        .unwrap()
        .to_owned()
}

/// Median and 95th percentile of the server time for one page.
async fn measure(router: &axum::Router, path: &str, cookie: &str) -> (Duration, Duration) {
    let mut times = Vec::new();
    for run in 0..WARM_UP + RUNS {
        let request = Request::get(path)
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .unwrap();
        let started = Instant::now();
        let response = router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        let elapsed = started.elapsed();
        assert_eq!(
            status,
            StatusCode::OK,
            "{path}: {}",
            String::from_utf8_lossy(&body)
        );
        if run >= WARM_UP {
            times.push(elapsed);
        }
    }
    times.sort();
    let p95 = times[(times.len() * 95 / 100).min(times.len() - 1)];
    (times[times.len() / 2], p95)
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
