//! Log-in hardening through HTTP on both backends: guessing is limited per account and per
//! client address, a new password ends every session, weak passwords are refused.

#![allow(clippy::unwrap_used)]

mod common;

use axum::http::StatusCode;
use common::{PASSWORD, Session, TestApp, now};
use tandem_core::user::Role;

async fn attempt(app: &TestApp, email: &str, password: &str) -> common::TestResponse {
    app.post_form(
        "/login",
        &Session::default(),
        &[("email", email), ("password", password)],
    )
    .await
}

app_tests! {
    async fn the_101st_failure_in_an_hour_is_refused_even_with_the_right_password(app) {
        let org = app.organisation("Exil e.V.").await;
        app.user("mara@exil.example.org", Role::Coordinator, Some(&org)).await;
        app.user("nils@exil.example.org", Role::Coordinator, Some(&org)).await;
        // 99 failures for Mara's account from elsewhere, then one more through the form.
        for _ in 0..99 {
            app.store.record_login_failure("mara@exil.example.org", "192.0.2.7", now()).await.unwrap();
        }
        let wrong = attempt(app, "Mara@exil.example.org", "not the password at all").await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        let unknown = attempt(app, "nobody@exil.example.org", "not the password at all").await;
        assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
        assert_eq!(
            wrong.body.split("<main").nth(1), unknown.body.split("<main").nth(1).map(|rest| rest.replace("nobody", "Mara")).as_deref(),
            "unknown account and wrong password look the same"
        );
        let refused = attempt(app, "mara@exil.example.org", PASSWORD).await;
        assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS, "the 101st attempt, right password");
        assert!(refused.body.contains("Zu viele fehlgeschlagene Anmeldeversuche"));
        assert!(refused.set_cookies.is_empty(), "no session");

        // Nils shares the client address (two failures from it so far) and still gets in.
        assert_eq!(attempt(app, "nils@exil.example.org", PASSWORD).await.status, StatusCode::SEE_OTHER);
        // Until the address itself has failed 100 times, whatever the accounts.
        for index in 0..98 {
            app.store.record_login_failure(&format!("guess{index}@example.org"), "unknown", now()).await.unwrap();
        }
        assert_eq!(attempt(app, "nils@exil.example.org", PASSWORD).await.status, StatusCode::TOO_MANY_REQUESTS);
    }

    async fn a_new_password_ends_every_session_and_weak_ones_are_refused(app) {
        let org = app.organisation("Exil e.V.").await;
        app.user("mara@exil.example.org", Role::Coordinator, Some(&org)).await;
        let phone = app.login("mara@exil.example.org").await;
        let laptop = app.login("mara@exil.example.org").await;
        assert_eq!(app.get("/coordinator", &phone).await.status, StatusCode::OK);
        let page = app.get("/account", &laptop).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("mara@exil.example.org") && page.body.contains("autocomplete=\"new-password\""));

        let common = app.post_form("/account/password", &laptop, &[("current", PASSWORD), ("new", "Passwort1234"), ("repeat", "Passwort1234")]).await;
        assert_eq!(common.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(common.body.contains("zu verbreitet") && common.body.contains("new-error"));
        assert!(!common.body.contains("Passwort1234"), "passwords are never written back");
        let wrong = app.post_form("/account/password", &laptop, &[("current", "a wrong password"), ("new", "Lindenblüte am Maschsee"), ("repeat", "Lindenblüte am Maschsee")]).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong.body.contains("current-error"));
        let differs = app.post_form("/account/password", &laptop, &[("current", PASSWORD), ("new", "Lindenblüte am Maschsee"), ("repeat", "Lindenblüte am Steinhuder Meer")]).await;
        assert!(differs.body.contains("repeat-error"));
        assert_eq!(app.get("/coordinator", &phone).await.status, StatusCode::OK, "nothing changed yet");

        let changed = app.post_form("/account/password", &laptop, &[("current", PASSWORD), ("new", "Lindenblüte am Maschsee"), ("repeat", "Lindenblüte am Maschsee")]).await;
        assert_eq!(changed.status, StatusCode::SEE_OTHER);
        let renewed = changed.set_cookies.iter().find(|c| c.starts_with("tandem_session=")).unwrap().split(';').next().unwrap().to_owned();
        assert_ne!(Some(renewed.clone()), laptop.0, "a fresh session id");
        assert_ne!(app.get("/coordinator", &phone).await.status, StatusCode::OK, "the phone's session ended");
        assert_ne!(app.get("/coordinator", &laptop).await.status, StatusCode::OK, "the old laptop session ended");
        assert_eq!(app.get("/coordinator", &Session(Some(renewed))).await.status, StatusCode::OK);
        assert_eq!(attempt(app, "mara@exil.example.org", PASSWORD).await.status, StatusCode::UNAUTHORIZED);
        assert_eq!(attempt(app, "mara@exil.example.org", "Lindenblüte am Maschsee").await.status, StatusCode::SEE_OTHER);
    }
}
