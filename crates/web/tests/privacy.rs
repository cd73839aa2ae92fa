//! Export, erasure and the audit trail through the web, on SQLite and PostgreSQL.

#![allow(clippy::unwrap_used)]

mod common;

use axum::http::StatusCode;
use common::now;
use tandem_core::{
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    user::Role,
};

app_tests! {
    async fn a_person_is_exported_and_erased_and_the_admin_sees_who_did_it(app) {
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await;
        let marker = "Qvzmarker";
        let form = ProfileForm {
            first_name: format!("{marker}Amira"),
            last_name: "Test".into(),
            email: "qvzmarker@example.org".into(),
            postal_code: "30159".into(),
            languages: "ar:native".into(),
            birth_year: "2012".into(),
            ..ProfileForm::default()
        };
        let consent = ConsentRecord { text_version: "v1".into(), locale: "de".into(), given_at: now() };
        let person = app
            .store
            .register_person(&programme, Side::Mentee, &form.parse(2026).unwrap(), &consent, now())
            .await
            .unwrap();
        app.user("coord@example.org", Role::Coordinator, Some(&org)).await;
        app.user("admin@example.org", Role::OrgAdmin, Some(&org)).await;
        let coordinator = app.login("coord@example.org").await;
        let admin = app.login("admin@example.org").await;
        let page = format!("/coordinator/people/{}", person.id);

        assert_eq!(app.get(&page, &coordinator).await.status, StatusCode::OK);
        let notes = app
            .post_form(&format!("{page}/notes"), &coordinator, &[("notes", &format!("{marker} school report"))])
            .await;
        assert_eq!(notes.status, StatusCode::SEE_OTHER);
        let export = app.get(&format!("{page}/export"), &coordinator).await;
        assert_eq!(export.status, StatusCode::OK);
        let json: serde_json::Value = serde_json::from_str(&export.body).unwrap();
        assert_eq!(json["person"]["coordinator_notes"], format!("{marker} school report"));
        assert_eq!(json["person"]["profile"]["email"], "qvzmarker@example.org");

        let unconfirmed = app.post_form(&format!("{page}/erase"), &coordinator, &[]).await;
        assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!tandem_store::testing::traces_of(&app.store, marker).await.is_empty());
        let erased = app.post_form(&format!("{page}/erase"), &coordinator, &[("confirm", "yes")]).await;
        assert_eq!(erased.status, StatusCode::SEE_OTHER);
        assert_eq!(app.get(&page, &coordinator).await.status, StatusCode::NOT_FOUND);
        assert_eq!(tandem_store::testing::traces_of(&app.store, marker).await, Vec::<String>::new());
        assert_eq!(tandem_store::testing::traces_of(&app.store, "qvzmarker@example.org").await, Vec::<String>::new());

        let trail = app.get("/admin/audit?lang=en", &admin).await;
        assert_eq!(trail.status, StatusCode::OK);
        for action in ["viewed", "changed", "exported", "erased"] {
            assert!(trail.body.contains(&format!("<td>{action}</td>")), "{action} missing: {}", trail.body);
        }
        assert!(!trail.body.contains(marker), "the trail holds no personal data");
        assert_eq!(app.get("/admin/audit", &coordinator).await.status, StatusCode::FORBIDDEN);
    }

    async fn a_person_in_an_open_tandem_is_not_erased(app) {
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await;
        let consent = ConsentRecord { text_version: "v1".into(), locale: "de".into(), given_at: now() };
        let mut ids = Vec::new();
        for (side, email) in [(Side::Mentor, "m@example.org"), (Side::Mentee, "e@example.org")] {
            let form = ProfileForm {
                first_name: "A".into(), last_name: "B".into(), email: email.into(),
                postal_code: "30159".into(), languages: "de:native".into(), birth_year: "1990".into(),
                ..ProfileForm::default()
            };
            let person = app.store.register_person(&programme, side, &form.parse(2026).unwrap(), &consent, now()).await.unwrap();
            app.store.screen_person(&org, &person.id, PersonStatus::Ready, now()).await.unwrap();
            ids.push(person.id);
        }
        app.store.create_tandem(&org, &ids[0], &ids[1], now()).await.unwrap();
        app.user("coord@example.org", Role::Coordinator, Some(&org)).await;
        let coordinator = app.login("coord@example.org").await;
        let refused = app
            .post_form(&format!("/coordinator/people/{}/erase", ids[1]), &coordinator, &[("confirm", "yes")])
            .await;
        assert_eq!(refused.status, StatusCode::CONFLICT);
        assert!(app.store.person(&org, &ids[1]).await.is_ok(), "nothing was erased");
    }

    async fn retention_erases_after_12_months_unmatched_and_24_after_the_last_tandem(app) {
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await;
        let consent = ConsentRecord { text_version: "v1".into(), locale: "de".into(), given_at: now() };
        let mut ids = Vec::new();
        for (side, email) in [(Side::Mentor, "m@example.org"), (Side::Mentee, "e@example.org"), (Side::Mentee, "waiting@example.org")] {
            let form = ProfileForm {
                first_name: "A".into(), last_name: "B".into(), email: email.into(),
                postal_code: "30159".into(), languages: "de:native".into(), birth_year: "1990".into(),
                ..ProfileForm::default()
            };
            let person = app.store.register_person(&programme, side, &form.parse(2026).unwrap(), &consent, now()).await.unwrap();
            app.store.screen_person(&org, &person.id, PersonStatus::Ready, now()).await.unwrap();
            ids.push(person.id);
        }
        let tandem = app.store.create_tandem(&org, &ids[0], &ids[1], now()).await.unwrap();
        for action in ["accept_mentor", "accept_mentee", "start", "complete"] {
            let action = tandem_core::tandem::TandemAction::parse(action, None).unwrap();
            app.store.apply_tandem_action(&org, &tandem.id, action, now()).await.unwrap();
        }
        let months = |n: i64| now() + time::Duration::days(30 * n);
        let rules = tandem_web::jobs::Retention::default();
        assert_eq!(tandem_web::jobs::retention(&app.store, rules, months(11)).await.unwrap(), 0);
        assert_eq!(tandem_web::jobs::retention(&app.store, rules, months(13)).await.unwrap(), 1, "the unmatched registration");
        assert!(app.store.person(&org, &ids[2]).await.is_err());
        assert!(app.store.person(&org, &ids[1]).await.is_ok(), "alumni are kept for 24 months");
        assert_eq!(tandem_web::jobs::retention(&app.store, rules, months(13)).await.unwrap(), 0, "a rerun finds nothing more");
        assert_eq!(tandem_web::jobs::retention(&app.store, rules, months(25)).await.unwrap(), 2, "both alumni");
        assert_eq!(tandem_store::testing::traces_of(&app.store, "e@example.org").await, Vec::<String>::new());
        let trail = app.store.audit_trail(&org, None, 10).await.unwrap();
        assert_eq!(trail.iter().filter(|e| e.action == "erased" && e.actor_name == "system").count(), 3);
    }
}
