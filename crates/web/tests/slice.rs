//! The first end-to-end slice, on SQLite and PostgreSQL: registration on the public page,
//! screening, a tandem formed by hand and moved through its lifecycle, and the alliance count.

#![allow(clippy::unwrap_used)]

mod common;

use axum::http::StatusCode;
use common::{Session, TestApp};
use tandem_core::user::Role;

fn registration<'a>(side: &'a str, first_name: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("side", side),
        ("first_name", first_name),
        ("last_name", "Haddad"),
        ("email", email),
        ("postal_code", "30159"),
        ("birth_year", "1994"),
        ("language_0", "ar"),
        ("level_0", "native"),
        ("language_1", "de"),
        ("level_1", "A2"),
        ("availability", "0-2"),
        ("availability", "5-1"),
        ("interests", "football, cooking"),
        ("consent", "yes"),
    ]
}

async fn person_id(app: &TestApp, session: &Session, programme: &str, side: &str) -> String {
    let response = app
        .get(
            &format!("/api/v1/people?programme={programme}&side={side}"),
            session,
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.body);
    let json: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    json["items"][0]["id"].as_str().unwrap().to_owned()
}

app_tests! {
    async fn a_mentee_and_a_mentor_become_a_completed_tandem(app) {
        let org = app.organisation("Start with a Friend Hannover").await;
        app.user("alliance@example.org", Role::AllianceAdmin, None).await;
        app.user("coordinator@example.org", Role::Coordinator, Some(&org)).await;
        let programme = app.programme(&org).await.to_string();
        let anonymous = Session::default();

        let page = app.get(&format!("/programmes/{programme}"), &anonymous).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Start with a Friend"));
        let form = app.get(&format!("/programmes/{programme}/register?side=mentee"), &anonymous).await;
        assert!(form.body.contains("Anmeldung als Mentee"), "German by default");

        for (side, name, email) in [("mentee", "Amina", "amina@example.org"), ("mentor", "Jonas", "jonas@example.org")] {
            let done = app.post_form(&format!("/programmes/{programme}/register"), &anonymous, &registration(side, name, email)).await;
            assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
            assert_eq!(done.location.as_deref(), Some(format!("/programmes/{programme}/registered").as_str()));
        }
        let thanks = app.get(&format!("/programmes/{programme}/registered"), &anonymous).await;
        assert!(thanks.body.contains("Vielen Dank"));

        let coordinator = app.login("coordinator@example.org").await;
        let mentee = person_id(app, &coordinator, &programme, "mentee").await;
        let mentor = person_id(app, &coordinator, &programme, "mentor").await;
        let waiting = app.get(&format!("/coordinator/programmes/{programme}/people?side=mentee"), &coordinator).await;
        assert!(waiting.body.contains("Amina Haddad"));
        let profile = app.get(&format!("/coordinator/people/{mentee}"), &coordinator).await;
        assert!(profile.body.contains("2026-11-v1"), "the consent version is shown");

        for person in [&mentee, &mentor] {
            let screened = app.post_form(&format!("/coordinator/people/{person}/screen"), &coordinator, &[("status", "ready")]).await;
            assert_eq!(screened.status, StatusCode::SEE_OTHER, "{}", screened.body);
        }
        let created = app.post_form(&format!("/coordinator/programmes/{programme}/tandems"), &coordinator, &[("mentor", &mentor), ("mentee", &mentee)]).await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let tandem_path = created.location.unwrap();
        for action in ["accept_mentor", "accept_mentee", "start", "complete"] {
            let moved = app.post_form(&format!("{tandem_path}/action"), &coordinator, &[("action", action)]).await;
            assert_eq!(moved.status, StatusCode::SEE_OTHER, "{action}: {}", moved.body);
        }
        let tandem = app.get(&tandem_path, &coordinator).await;
        assert!(tandem.body.contains("abgeschlossen"), "{}", tandem.body);

        let alliance = app.login("alliance@example.org").await;
        let stats = app.get("/api/v1/stats", &alliance).await;
        let json: serde_json::Value = serde_json::from_str(&stats.body).unwrap();
        let completed = json["tandems_by_status"].as_array().unwrap().iter()
            .find(|row| row["status"] == "completed").map(|row| row["count"].as_i64().unwrap());
        assert_eq!(completed, Some(1));
        let alumni = json["people_by_status"].as_array().unwrap().iter()
            .find(|row| row["status"] == "alumni").map(|row| row["count"].as_i64().unwrap());
        assert_eq!(alumni, Some(2));
        let page = app.get("/alliance", &alliance).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("Amina"), "the alliance never sees a person");
    }

    async fn a_form_with_errors_keeps_what_was_typed(app) {
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await.to_string();
        let mut fields = registration("mentee", "Amina", "not-an-email");
        fields.retain(|(key, _)| *key != "consent");
        fields.push(("postal_code", "3015"));
        fields.retain(|pair| *pair != ("postal_code", "30159"));
        let response = app.post_form(&format!("/programmes/{programme}/register"), &Session::default(), &fields).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
        let body = &response.body;
        assert!(body.contains(r#"value="Amina""#), "first name kept");
        assert!(body.contains(r#"value="not-an-email""#), "e-mail kept as typed");
        assert!(body.contains(r#"value="3015""#), "postal code kept as typed");
        assert!(body.contains(r#"value="0-2" aria-label"#) && body.contains("checked"), "availability kept");
        assert!(body.contains(r#"id="email-error""#) && body.contains(r#"aria-describedby="email-error""#));
        assert!(body.contains("Postleitzahl mit 5 Ziffern"));
        assert!(body.contains(r#"id="consent-error""#));
    }

    async fn the_same_email_cannot_register_twice_in_a_programme(app) {
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await.to_string();
        let path = format!("/programmes/{programme}/register");
        let first = app.post_form(&path, &Session::default(), &registration("mentee", "Amina", "amina@example.org")).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER);
        let second = app.post_form(&path, &Session::default(), &registration("mentor", "Amina", "AMINA@example.org")).await;
        assert_eq!(second.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(second.body.contains("bereits jemand in diesem Programm angemeldet"));
    }

    async fn completing_a_declined_tandem_is_refused(app) {
        let org = app.organisation("Jobpilot").await;
        app.user("coordinator@example.org", Role::Coordinator, Some(&org)).await;
        let programme = app.programme(&org).await.to_string();
        for (side, name, email) in [("mentee", "Amina", "amina@example.org"), ("mentor", "Jonas", "jonas@example.org")] {
            app.post_form(&format!("/programmes/{programme}/register"), &Session::default(), &registration(side, name, email)).await;
        }
        let coordinator = app.login("coordinator@example.org").await;
        let mentee = person_id(app, &coordinator, &programme, "mentee").await;
        let mentor = person_id(app, &coordinator, &programme, "mentor").await;
        for person in [&mentee, &mentor] {
            let response = app.send_json("POST", &format!("/api/v1/people/{person}/screening"), &coordinator, serde_json::json!({"status": "ready"})).await;
            assert_eq!(response.status, StatusCode::OK, "{}", response.body);
        }
        let created = app.send_json("POST", "/api/v1/tandems", &coordinator, serde_json::json!({"mentor_id": mentor, "mentee_id": mentee})).await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
        let id = serde_json::from_str::<serde_json::Value>(&created.body).unwrap()["id"].as_str().unwrap().to_owned();
        let declined = app.send_json("POST", &format!("/api/v1/tandems/{id}/actions"), &coordinator, serde_json::json!({"action": "decline_mentee"})).await;
        assert_eq!(declined.status, StatusCode::OK);
        let refused = app.send_json("POST", &format!("/api/v1/tandems/{id}/actions"), &coordinator, serde_json::json!({"action": "complete"})).await;
        assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
        let page = app.post_form(&format!("/coordinator/tandems/{id}/action"), &coordinator, &[("action", "complete")]).await;
        assert_eq!(page.status, StatusCode::CONFLICT);
        let after = app.get(&format!("/api/v1/tandems/{id}"), &coordinator).await;
        assert!(after.body.contains(r#""status":"declined""#), "{}", after.body);
        let forged = app.send_json("POST", &format!("/api/v1/tandems/{id}/actions"), &coordinator, serde_json::json!({"action": "start", "organisation_id": "x"})).await;
        assert_eq!(forged.status, StatusCode::UNPROCESSABLE_ENTITY, "unknown fields are rejected");
    }

    async fn health_login_and_language(app) {
        let org = app.organisation("Rock your Life").await;
        app.user("coordinator@example.org", Role::Coordinator, Some(&org)).await;
        let health = app.get("/health", &Session::default()).await;
        assert_eq!((health.status, health.body.as_str()), (StatusCode::OK, r#"{"status":"ok"}"#));

        let wrong = app.post_form("/login", &Session::default(), &[("email", "coordinator@example.org"), ("password", "wrong password!!")]).await;
        let unknown = app.post_form("/login", &Session::default(), &[("email", "nobody@example.org"), ("password", "wrong password!!")]).await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        assert_eq!(wrong.status, unknown.status);
        assert_eq!(wrong.body.replace("coordinator@example.org", "X"), unknown.body.replace("nobody@example.org", "X"), "identical answers");

        let fallback = app.get("/?lang=xx", &Session::default()).await;
        assert_eq!(fallback.status, StatusCode::OK);
        assert!(fallback.body.contains(r#"<html lang="de""#));
        let english = app.get("/?lang=en", &Session::default()).await;
        assert!(english.body.contains("Programmes near you"));
        assert!(english.set_cookies.iter().any(|c| c.starts_with("lang=en")), "the choice is remembered");

        let coordinator = app.login("coordinator@example.org").await;
        let page = app.get("/coordinator", &coordinator).await;
        assert_eq!(page.status, StatusCode::OK);
        let logout = app.post_form("/logout", &coordinator, &[]).await;
        assert_eq!(logout.status, StatusCode::SEE_OTHER);
        let after = app.get("/coordinator", &coordinator).await;
        assert_eq!(after.status, StatusCode::SEE_OTHER, "the session ended");
        assert!(after.location.unwrap().starts_with("/login"));
        let api = app.get("/api/v1/programmes", &coordinator).await;
        assert_eq!(api.status, StatusCode::UNAUTHORIZED);
        let openapi = app.get("/api/openapi.json", &Session::default()).await;
        assert!(openapi.body.contains("/api/v1/tandems/{id}/actions"));
    }

    async fn a_nul_character_is_refused_before_it_reaches_the_database(app) {
        // PostgreSQL cannot hold NUL in text; fuzzing found a search that answered 500.
        let org = app.organisation("Exil e.V.").await;
        app.user("coordinator@example.org", Role::Coordinator, Some(&org)).await;
        let programme = app.programme(&org).await.to_string();
        let coordinator = app.login("coordinator@example.org").await;
        let anonymous = Session::default();

        let search = app.get("/api/v1/people?q=a%00b", &coordinator).await;
        assert_eq!(search.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", search.body);
        let error: serde_json::Value = serde_json::from_str(&search.body).unwrap();
        assert_eq!(error["detail"], "nul-character");
        let page = app.get(&format!("/coordinator/programmes/{programme}/people?q=%00"), &coordinator).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!page.body.contains("0x00") && !page.body.contains("UTF8"), "no database text: {}", page.body);

        let mut fields = registration("mentee", "Am\0ina", "amina@example.org");
        let registered = app.post_form(&format!("/programmes/{programme}/register"), &anonymous, &fields).await;
        assert_eq!(registered.status, StatusCode::UNPROCESSABLE_ENTITY);
        let created = app
            .send_json("POST", "/api/v1/programmes", &coordinator, serde_json::json!({ "name": "Nul\u{0}name" }))
            .await;
        assert_eq!(created.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", created.body);

        // Nothing was written; the same form without the NUL goes through.
        fields[1] = ("first_name", "Amina");
        let registered = app.post_form(&format!("/programmes/{programme}/register"), &anonymous, &fields).await;
        assert_eq!(registered.status, StatusCode::SEE_OTHER, "{}", registered.body);
        let people = app.get(&format!("/coordinator/programmes/{programme}/people?side=mentee"), &coordinator).await;
        assert_eq!(people.body.matches("Amina Haddad").count(), 1);
    }
}
