//! Consent per purpose and the person's own data page, through HTTP on both backends: optional
//! consents at registration, the "my data" link in the confirmation mail, download, withdrawal
//! that takes effect, an erasure request with its deadline on the organisation's list.

#![allow(clippy::unwrap_used)]

mod common;

use axum::http::StatusCode;
use common::{Session, TestApp};
use tandem_core::user::Role;
use tandem_web::i18n::without_isolation;

fn registration<'a>(email: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("side", "mentee"),
        ("first_name", "Olena"),
        ("last_name", "Marchenko"),
        ("email", email),
        ("postal_code", "30159"),
        ("birth_year", "1988"),
        ("language_0", "uk"),
        ("level_0", "native"),
        ("availability", "0-2"),
    ];
    fields.extend_from_slice(extra);
    fields
}

/// The "my data" link from the newest mail to `recipient`.
async fn my_data_link(app: &TestApp, recipient: &str) -> String {
    let mails = app.store.pending_mails(100, 8).await.unwrap();
    let mail = mails
        .iter()
        .rev()
        .find(|mail| mail.recipient == recipient)
        .unwrap();
    let at = mail.body.find("/me/").unwrap();
    mail.body[at..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

app_tests! {
    async fn people_see_download_and_withdraw_through_their_own_link(app) {
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await;
        app.user("coordinator@exil.example.org", Role::Coordinator, Some(&org)).await;
        let staff = app.login("coordinator@exil.example.org").await;
        let visitor = Session::default();
        let path = format!("/programmes/{programme}/register?lang=uk");

        // A form with an error keeps the optional consents as ticked.
        let kept = app.post_form(&path, &visitor, &registration("olena@example.org", &[("consent_event_news", "yes")])).await;
        assert_eq!(kept.status, StatusCode::UNPROCESSABLE_ENTITY, "the main consent is missing");
        assert!(kept.body.contains("name=\"consent_event_news\" value=\"yes\" aria-describedby=\"consent_event_news-hint\" checked"), "{}", kept.body);
        assert!(kept.body.contains("name=\"consent_impact_surveys\" value=\"yes\" aria-describedby=\"consent_impact_surveys-hint\">"));

        let done = app.post_form(&path, &visitor, &registration("olena@example.org", &[("consent", "yes"), ("consent_event_news", "yes")])).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        let mails = app.store.pending_mails(100, 8).await.unwrap();
        let mail = mails.iter().find(|mail| mail.recipient == "olena@example.org").unwrap();
        assert!(mail.subject.contains("Start with a Friend"));
        assert!(mail.body.contains("Вітаємо"), "the mail speaks the registration's language");
        let link = my_data_link(app, "olena@example.org").await;

        let page = app.get(&link, &visitor).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("lang=\"uk\""), "the page speaks the person's language");
        assert!(page.body.contains("Marchenko") && page.body.contains("olena@example.org"));
        assert_eq!(page.body.matches("надано ").count(), 2, "taking part and event news are given: {}", page.body);
        assert!(page.body.contains("не надано"), "surveys were never given");
        let german = app.get(&format!("{link}?lang=de"), &visitor).await;
        assert!(german.body.contains("Meine Einwilligungen"), "the switcher still works");

        let export = app.get(&format!("{link}/export.json"), &visitor).await;
        assert_eq!(export.status, StatusCode::OK);
        let json: serde_json::Value = serde_json::from_str(&export.body).unwrap();
        assert_eq!(json["person"]["profile"]["last_name"], "Marchenko");
        assert_eq!(json["consent_events"][0]["purpose"], "event_news");

        // Withdrawing news is recorded only; withdrawing taking part takes her out of the pool.
        let news = app.post_form(&format!("{link}/consents"), &visitor, &[("purpose", "event_news"), ("given", "no")]).await;
        assert_eq!(news.status, StatusCode::OK);
        let out = app.post_form(&format!("{link}/consents?lang=de"), &visitor, &[("purpose", "participation"), ("given", "no")]).await;
        assert!(without_isolation(&out.body).contains("nehmen nicht mehr teil"), "{}", out.body);
        let people = app.get(&format!("/api/v1/people?programme={programme}"), &staff).await;
        let json: serde_json::Value = serde_json::from_str(&people.body).unwrap();
        assert_eq!(json["items"][0]["status"], "withdrawn");
        assert!(
            app.store.pending_mails(100, 8).await.unwrap().iter().all(|mail| mail.recipient != "olena@example.org"),
            "mails not yet sent to her are dropped"
        );
        let id = json["items"][0]["id"].as_str().unwrap().to_owned();
        let record = app.get(&format!("/coordinator/people/{id}/consents"), &staff).await;
        assert_eq!(record.status, StatusCode::OK);
        assert!(record.body.contains("widerrufen am"), "the coordinator sees the withdrawal");

        // Erasure needs the tick, then waits on the organisation's list with its deadline.
        let unticked = app.post_form(&format!("{link}/erasure?lang=de"), &visitor, &[]).await;
        assert!(unticked.body.contains("Bitte bestätigen Sie"), "{}", unticked.body);
        let asked = app.post_form(&format!("{link}/erasure?lang=de"), &visitor, &[("confirm", "yes")]).await;
        assert!(without_isolation(&asked.body).contains("die Löschung verlangt"), "{}", asked.body);
        let requests = app.get("/coordinator/requests", &staff).await;
        assert_eq!(requests.status, StatusCode::OK);
        let open = requests.body.split("<h2>").nth(1).unwrap();
        assert!(open.contains("Löschung") && open.contains("Olena Marchenko") && open.contains("über ihre Datenseite"));
        assert!(requests.body.contains("Auskunft über die Daten"), "the download is on the list as answered");

        let erased = app.post_form(&format!("/coordinator/people/{id}/erase"), &staff, &[("confirm", "yes")]).await;
        assert_eq!(erased.status, StatusCode::SEE_OTHER);
        let requests = app.get("/coordinator/requests", &staff).await;
        assert!(requests.body.contains("Keine offenen Anfragen"), "erasing answers the request");
        assert_eq!(app.get(&link, &visitor).await.status, StatusCode::NOT_FOUND, "the link dies with the data");
    }

    async fn coordinators_record_paper_consent_and_only_for_their_own_people(app) {
        let org = app.organisation("Exil e.V.").await;
        let other = app.organisation("Caritas").await;
        let programme = app.programme(&org).await;
        app.user("coordinator@exil.example.org", Role::Coordinator, Some(&org)).await;
        app.user("coordinator@caritas.example.org", Role::Coordinator, Some(&other)).await;
        let staff = app.login("coordinator@exil.example.org").await;
        let stranger = app.login("coordinator@caritas.example.org").await;
        let done = app.post_form(&format!("/programmes/{programme}/register"), &Session::default(), &registration("olena@example.org", &[("consent", "yes")])).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        let people = app.get(&format!("/api/v1/people?programme={programme}"), &staff).await;
        let json: serde_json::Value = serde_json::from_str(&people.body).unwrap();
        let id = json["items"][0]["id"].as_str().unwrap().to_owned();
        let path = format!("/coordinator/people/{id}/consents");

        let recorded = app.post_form(&path, &staff, &[("purpose", "impact_surveys"), ("given", "yes"), ("given_by", "guardian"), ("channel", "paper")]).await;
        assert_eq!(recorded.status, StatusCode::OK);
        assert!(recorded.body.contains("erteilt am") && recorded.body.contains("Papierformular") && recorded.body.contains("Erziehungsberechtigte"));
        let web_form = app.post_form(&path, &staff, &[("purpose", "impact_surveys"), ("given", "no"), ("given_by", "person"), ("channel", "web_form")]).await;
        assert_eq!(web_form.status, StatusCode::UNPROCESSABLE_ENTITY, "staff cannot claim the person used the form");

        assert_eq!(app.get(&path, &stranger).await.status, StatusCode::NOT_FOUND);
        let forged = app.post_form(&path, &stranger, &[("purpose", "participation"), ("given", "no"), ("given_by", "person"), ("channel", "paper")]).await;
        assert_eq!(forged.status, StatusCode::NOT_FOUND);
        assert!(!app.get("/coordinator/requests", &stranger).await.body.contains("Olena"));
    }
}
