//! Log-in hardening through HTTP on both backends: guessing is limited per account and per
//! client address, a new password ends every session, weak passwords are refused.

#![allow(clippy::unwrap_used)]

mod common;

use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use common::{PASSWORD, Session, TestApp, now};
use tandem_core::{totp::TotpSecret, user::Role};

/// A request through the production configuration (admins need a second factor).
async fn production(
    app: &TestApp,
    path: &str,
    cookies: &[&str],
    form: Option<&[(&str, &str)]>,
) -> common::TestResponse {
    let mut request = match form {
        Some(_) => {
            Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        }
        None => Request::get(path),
    };
    if !cookies.is_empty() {
        request = request.header(header::COOKIE, cookies.join("; "));
    }
    let body = form
        .map(|fields| {
            form_urlencoded::Serializer::new(String::new())
                .extend_pairs(fields)
                .finish()
        })
        .unwrap_or_default();
    app.send_configured(
        tandem_web::WebConfig::default(),
        request.body(Body::from(body)).unwrap(),
    )
    .await
}

fn cookie(response: &common::TestResponse, name: &str) -> Option<String> {
    response
        .set_cookies
        .iter()
        .find(|c| c.starts_with(&format!("{name}=")))
        .map(|c| c.split(';').next().unwrap().to_owned())
}

/// The code an authenticator app shows `steps_ahead` steps from now.
fn code(secret: &TotpSecret, steps_ahead: i64) -> String {
    format!(
        "{:06}",
        secret.code_at_step(now().unix_timestamp() / 30 + steps_ahead)
    )
}

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

    async fn a_session_lookup_that_fails_answers_busy_rather_than_signed_out(app) {
        let org = app.organisation("Exil e.V.").await;
        app.user("mara@exil.example.org", Role::Coordinator, Some(&org)).await;
        let session = app.login("mara@exil.example.org").await;
        assert_eq!(app.get("/coordinator", &session).await.status, StatusCode::OK);
        // The database stops answering (here: its pool is closed). A signed-in person is not
        // sent to the log-in page as if signed out: they are told to try again shortly.
        app.store.close().await;
        let response = app.get("/coordinator", &session).await;
        assert_eq!(response.status, StatusCode::SERVICE_UNAVAILABLE, "{}", response.body);
        assert_eq!(response.location, None, "no redirect to the log-in page");
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

    async fn admins_set_up_and_then_need_a_second_factor_and_codes_are_not_replayed(app) {
        let org = app.organisation("Exil e.V.").await;
        app.user("admin@exil.example.org", Role::OrgAdmin, Some(&org)).await;
        app.user("mara@exil.example.org", Role::Coordinator, Some(&org)).await;
        let credentials = [("email", "admin@exil.example.org"), ("password", PASSWORD), ("next", "/account")];

        let first = production(app, "/login", &[], Some(&credentials)).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER);
        assert_eq!(first.location.as_deref(), Some("/login/code"));
        assert!(cookie(&first, "tandem_session").is_none(), "no session before the code");
        let pending = cookie(&first, "tandem_login").unwrap();
        let page = production(app, "/login/code", &[&pending], None).await;
        assert!(page.body.contains("otpauth://totp/Tandem:admin@exil.example.org"), "{}", page.body);
        let shown: String = page.body.split("<code>").nth(1).unwrap().split("</code>").next().unwrap().to_owned();
        let secret = TotpSecret::from_base32(&shown).unwrap();

        let right = code(&secret, 0);
        let wrong = format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000);
        let refused = production(app, "/login/code", &[&pending], Some(&[("code", wrong.as_str())])).await;
        assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
        assert!(refused.body.contains("code-error") && refused.body.contains("<code>"), "error shown, set-up kept");
        let done = production(app, "/login/code", &[&pending], Some(&[("code", right.as_str())])).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        assert_eq!(done.location.as_deref(), Some("/account"), "on to where the log-in was headed");
        let session = cookie(&done, "tandem_session").unwrap();
        let account = production(app, "/account", &[&session], None).await;
        assert!(account.body.contains("mit einem Code aus Ihrer Authenticator-App"));
        // The secret is sealed with the data key: no plaintext in the database files or rows.
        app.store.checkpoint().await.unwrap();
        assert_eq!(tandem_store::testing::traces_of(&app.store, &shown.replace(' ', "")).await, Vec::<String>::new());

        // The next log-in asks for a code without showing the secret again; the code already
        // used is refused, a fresh one (the app's next step) is taken.
        let again = production(app, "/login", &[], Some(&credentials)).await;
        let pending = cookie(&again, "tandem_login").unwrap();
        let page = production(app, "/login/code", &[&pending], None).await;
        assert!(!page.body.contains("<code>") && !page.body.contains("otpauth"), "the secret is shown only once");
        let replayed = production(app, "/login/code", &[&pending], Some(&[("code", right.as_str())])).await;
        assert_eq!(replayed.status, StatusCode::UNAUTHORIZED, "a used code is never taken twice");
        let next = code(&secret, 1);
        let done = production(app, "/login/code", &[&pending], Some(&[("code", next.as_str())])).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        assert!(cookie(&done, "tandem_session").is_some());

        // Five wrong codes and the log-in starts over.
        let third = production(app, "/login", &[], Some(&credentials)).await;
        let pending = cookie(&third, "tandem_login").unwrap();
        let mut last = None;
        for _ in 0..5 {
            last = Some(production(app, "/login/code", &[&pending], Some(&[("code", "12345x")])).await);
        }
        assert_eq!(last.unwrap().location.as_deref(), Some("/login"));
        assert_eq!(production(app, "/login/code", &[&pending], None).await.location.as_deref(), Some("/login"));

        // A coordinator without a second factor logs in with the password alone, and may set one up.
        let coordinator = production(app, "/login", &[], Some(&[("email", "mara@exil.example.org"), ("password", PASSWORD)])).await;
        let session = cookie(&coordinator, "tandem_session").unwrap();
        let setup = production(app, "/account/second-factor", &[&session], None).await;
        let shown: String = setup.body.split("<code>").nth(1).unwrap().split("</code>").next().unwrap().to_owned();
        let hidden = setup.body.split("name=\"secret\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
        assert_eq!(shown.replace(' ', ""), hidden);
        let secret = TotpSecret::from_base32(&hidden).unwrap();
        let confirmed = production(app, "/account/second-factor", &[&session], Some(&[("secret", hidden.as_str()), ("code", code(&secret, 0).as_str())])).await;
        assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
        let later = production(app, "/login", &[], Some(&[("email", "mara@exil.example.org"), ("password", PASSWORD)])).await;
        assert_eq!(later.location.as_deref(), Some("/login/code"), "now she is asked for a code too");
    }
}
