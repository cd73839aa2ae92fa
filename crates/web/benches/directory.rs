//! The public directory with 500 published programmes: server time per page and its size on the
//! wire, on SQLite and PostgreSQL. Issue 7's budget: under 50 ms on the server, under 30 KB
//! compressed.
//!
//! Run: `cargo bench -p tandem-web --bench directory` (PostgreSQL from `TANDEM_TEST_POSTGRES` or
//! the local default; without a server that half says SKIPPED). The time is measured around the
//! whole router call — database read, search, template, gzip — as a request on loopback would
//! see it minus the socket. Results also go to `target/bench/directory.json`.

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use axum::{
    body::Body,
    http::{Request, header},
};
use http_body_util::BodyExt;
use std::time::{Duration, Instant};
use tandem_core::{
    gazetteer,
    programme::{Listing, ProgrammeDetails},
};
use tandem_store::{Backend, Store, testing::TestDb};
use tower::ServiceExt;

const PROGRAMMES: usize = 500;
const ORGANISATIONS: usize = 60;
const WARM_UP: usize = 20;
const RUNS: usize = 200;

/// The pages a visitor opens most, with the filters they use.
const PAGES: [(&str, &str); 5] = [
    ("directory, no filter", "/"),
    (
        "near 30159 within 50 km",
        "/?postal_code=30159&radius_km=50",
    ),
    (
        "near 49074, Arabic, seeking mentees",
        "/?postal_code=49074&radius_km=100&language=ar&seeking=mentees",
    ),
    ("free text 'Lernpaten'", "/?q=Lernpaten"),
    ("map with all points", "/map"),
];

const NAMES: [&str; 10] = [
    "Start with a Friend",
    "Balu und Du",
    "Rock your Life",
    "StudyPREP",
    "IQ Mentoring",
    "Jobpilot 360°",
    "Lernpaten",
    "Sprachtandem",
    "Familienpatenschaft",
    "Ausbildungslotsen",
];
const LANGUAGES: [&str; 6] = ["de,ar", "de,uk,ru", "de,fa", "de,tr", "de,en", "de,ar,ku"];

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut results = Vec::new();
    for backend in [Backend::Sqlite, Backend::Postgres] {
        runtime.block_on(async {
            let Some(db) = TestDb::new(backend).await else {
                println!("{backend:?}: SKIPPED (no server)");
                return;
            };
            seed(&db.store).await;
            let router = tandem_web::router(db.store.clone(), tandem_web::WebConfig::default());
            for (label, path) in PAGES {
                let measured = measure(&router, path).await;
                println!(
                    "{:<9} {label:<38} median {:>6.2} ms  p95 {:>6.2} ms  {:>6.1} KB raw  {:>5.1} KB gzip",
                    format!("{backend:?}"),
                    millis(measured.median),
                    millis(measured.p95),
                    kilobytes(measured.raw_bytes),
                    kilobytes(measured.gzip_bytes),
                );
                results.push(serde_json::json!({
                    "backend": format!("{backend:?}"),
                    "page": label,
                    "path": path,
                    "median_ms": millis(measured.median),
                    "p95_ms": millis(measured.p95),
                    "raw_bytes": measured.raw_bytes,
                    "gzip_bytes": measured.gzip_bytes,
                }));
            }
            db.finish().await;
        });
    }
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(
        out.join("directory.json"),
        serde_json::to_string_pretty(&results).unwrap(),
    )
    .unwrap();
    println!("budget: under 50 ms on the server and under 30 KB gzip per page");
}

/// 500 published programmes of 60 organisations spread over Lower Saxony's postal codes, every
/// seventh online, with listings.
async fn seed(store: &Store) {
    let now = time::OffsetDateTime::now_utc();
    let places: Vec<&str> = gazetteer::all()
        .iter()
        .filter(|place| place.state == "NI")
        .map(|place| place.postal_code)
        .collect();
    let mut organisations = Vec::new();
    for index in 0..ORGANISATIONS {
        let organisation = store
            .create_organisation(&format!("Verein {index} e.V."), "Hannover", now)
            .await
            .unwrap();
        organisations.push(organisation.id);
    }
    for index in 0..PROGRAMMES {
        let kind = ["buddy", "learning", "career"][index % 3];
        let region = if index % 7 == 0 {
            "online".to_owned()
        } else {
            let at = (index * 37) % places.len();
            format!("{},{}", places[at], places[(at + 1) % places.len()])
        };
        let details = ProgrammeDetails::parse(
            &format!("{} {index}", NAMES[index % NAMES.len()]),
            kind,
            "Wir bringen Menschen zusammen, die hier neu sind, und Menschen, die schon lange hier leben.",
            &region,
            LANGUAGES[index % LANGUAGES.len()],
            "12",
            "1",
            true,
        )
        .unwrap();
        let organisation = &organisations[index % ORGANISATIONS];
        let programme = store
            .create_programme(organisation, &details, now)
            .await
            .unwrap();
        let listing = Listing::parse(
            "Geflüchtete und Zugewanderte jeden Alters",
            "Füllen Sie das Anmeldeformular aus; wir melden uns innerhalb einer Woche.",
            "Telefon 0511 000000",
            index % 2 == 0,
            index % 3 != 0,
        )
        .unwrap();
        store
            .set_programme_listing(organisation, &programme.id, &listing, now)
            .await
            .unwrap();
    }
}

struct Measured {
    median: Duration,
    p95: Duration,
    raw_bytes: usize,
    gzip_bytes: usize,
}

async fn measure(router: &axum::Router, path: &str) -> Measured {
    let raw_bytes = fetch(router, path, false).await;
    let mut times = Vec::with_capacity(RUNS);
    let mut gzip_bytes = 0;
    for run in 0..WARM_UP + RUNS {
        let started = Instant::now();
        gzip_bytes = fetch(router, path, true).await;
        if run >= WARM_UP {
            times.push(started.elapsed());
        }
    }
    times.sort();
    Measured {
        median: times[times.len() / 2],
        p95: times[times.len() * 95 / 100],
        raw_bytes,
        gzip_bytes,
    }
}

/// One request as a German browser sends it; the body's length as it would go on the wire.
async fn fetch(router: &axum::Router, path: &str, gzip: bool) -> usize {
    let mut request = Request::get(path).header(header::ACCEPT_LANGUAGE, "de-DE,de;q=0.9");
    if gzip {
        request = request.header(header::ACCEPT_ENCODING, "gzip");
    }
    let response = router
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert!(
        response.status().is_success(),
        "{path}: {}",
        response.status()
    );
    if gzip {
        assert_eq!(
            response
                .headers()
                .get(header::CONTENT_ENCODING)
                .map(|v| v.to_str().unwrap()),
            Some("gzip"),
            "{path} is compressed"
        );
    }
    response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .len()
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn kilobytes(bytes: usize) -> f64 {
    bytes as f64 / 1024.0
}
