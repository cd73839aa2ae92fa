//! A full disk during a write: the visitor gets a clean, translated answer (507, no SQL text),
//! nothing half-written stays, and every earlier row is kept. SQLite's `max_page_count` makes
//! the database "full" reliably in CI; PostgreSQL's `disk_full` (53100) maps to the same error
//! but cannot be provoked without filling a real disk, so this test runs on SQLite.

#![allow(clippy::unwrap_used)]

mod common;

use axum::http::StatusCode;
use common::{Session, TestApp};
use tandem_core::user::Role;
use tandem_store::{Backend, PeopleQuery};
use tandem_web::i18n::without_isolation;

fn registration(email: &str) -> Vec<(&str, &str)> {
    vec![
        ("side", "mentee"),
        ("first_name", "Amina"),
        ("last_name", "Haddad"),
        ("email", email),
        ("postal_code", "30159"),
        ("birth_year", "1994"),
        ("language_0", "ar"),
        ("level_0", "native"),
        ("language_1", "de"),
        ("level_1", "A2"),
        (
            "goals",
            "Eine lange Antwort, die Platz braucht, damit die Seiten schnell voll sind. ",
        ),
        ("consent", "yes"),
    ]
}

#[tokio::test]
async fn a_full_disk_refuses_the_write_cleanly_and_keeps_every_earlier_row() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let organisation = app.organisation("Exil e.V.").await;
    let programme = app.programme(&organisation).await;
    app.user(
        "koordination@exil.example",
        Role::Coordinator,
        Some(&organisation),
    )
    .await;
    let coordinator = app.login("koordination@exil.example").await;
    let path = format!("/programmes/{programme}/register");
    let mut acknowledged = Vec::new();
    for n in 0..5 {
        let email = format!("early{n}@example.org");
        let done = app
            .post_form(&path, &Session::default(), &registration(&email))
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        acknowledged.push(email);
    }
    assert!(tandem_store::testing::limit_sqlite_growth(&app.store, 2).await);

    let mut refused = None;
    for n in 0..500 {
        let email = format!("late{n}@example.org");
        let done = app
            .post_form(&path, &Session::default(), &registration(&email))
            .await;
        if done.status == StatusCode::SEE_OTHER {
            acknowledged.push(email);
        } else {
            refused = Some(done);
            break;
        }
    }
    let refused = refused.expect("the database filled up");
    assert_eq!(
        refused.status,
        StatusCode::INSUFFICIENT_STORAGE,
        "{}",
        refused.body
    );
    let body = without_isolation(&refused.body);
    assert!(
        body.contains("Der Speicher des Servers ist voll. Es wurde nichts gespeichert"),
        "{body}"
    );
    for leak in ["SQL", "sqlite", "disk is full", "INSERT"] {
        assert!(!body.contains(leak), "{leak} in {body}");
    }
    // The API answers a write on the full database with success or with its own clean error,
    // never a server error or SQL text.
    let early = app
        .store
        .list_people(
            &organisation,
            &PeopleQuery {
                per_page: 1,
                ..PeopleQuery::default()
            },
        )
        .await
        .unwrap()
        .items[0]
        .id
        .clone();
    let api = app
        .send_json(
            "POST",
            &format!("/api/v1/people/{early}/screening"),
            &coordinator,
            serde_json::json!({ "status": "ready" }),
        )
        .await;
    if api.status != StatusCode::OK {
        assert_eq!(api.status, StatusCode::INSUFFICIENT_STORAGE, "{}", api.body);
        assert!(
            api.body.contains("\"error\":\"storage_full\""),
            "{}",
            api.body
        );
        assert!(
            !api.body.contains("SQL") && !api.body.contains("sqlite"),
            "{}",
            api.body
        );
    }

    assert_eq!(app.store.integrity_check().await.unwrap(), "ok");
    let kept: Vec<String> = app
        .store
        .export_people(&organisation, &programme)
        .await
        .unwrap()
        .into_iter()
        .map(|person| person.profile.email.as_str().to_owned())
        .collect();
    for email in &acknowledged {
        assert!(
            kept.contains(email),
            "{email} was acknowledged and must be kept"
        );
    }
    // A registration is written in more than one transaction (the person, then the personal
    // link and the mail): a refusal after the first leaves at most that one person behind.
    assert!(
        kept.len() <= acknowledged.len() + 1,
        "{} kept, {} acknowledged",
        kept.len(),
        acknowledged.len()
    );
    app.finish().await;
}
