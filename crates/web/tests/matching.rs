//! Coordinator-led matching through the web: a run with reasons in words, one draft at a time,
//! sending, e-mails in each person's language, personal links, answers, expiry — on SQLite and
//! PostgreSQL.

#![allow(clippy::unwrap_used)]

mod common;

use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use common::{Session, TestApp, now};
use tandem_core::{
    ids::{OrganisationId, PersonId, ProgrammeId},
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    user::Role,
};

async fn ready(
    app: &TestApp,
    org: &OrganisationId,
    programme: &ProgrammeId,
    side: Side,
    name: &str,
    locale: &str,
) -> PersonId {
    ready_speaking(app, org, programme, side, name, locale, "ar:native,de:B1").await
}

async fn ready_speaking(
    app: &TestApp,
    org: &OrganisationId,
    programme: &ProgrammeId,
    side: Side,
    name: &str,
    locale: &str,
    languages: &str,
) -> PersonId {
    let form = ProfileForm {
        first_name: name.into(),
        last_name: "Test".into(),
        email: format!("{}@example.org", name.to_lowercase()),
        postal_code: "30159".into(),
        languages: languages.into(),
        availability: vec!["1-2".into()],
        birth_year: "1990".into(),
        interests: "football, cooking".into(),
        locale: locale.into(),
        ..ProfileForm::default()
    };
    let consent = ConsentRecord {
        text_version: "v1".into(),
        locale: "de".into(),
        given_at: now(),
    };
    let person = app
        .store
        .register_person(programme, side, &form.parse(2026).unwrap(), &consent, now())
        .await
        .unwrap();
    app.store
        .screen_person(org, &person.id, PersonStatus::Ready, now())
        .await
        .unwrap();
    person.id
}

/// The text without Fluent's bidi isolation marks around arguments.
fn plain(body: &str) -> String {
    body.replace(['\u{2068}', '\u{2069}'], "")
}

/// The personal link's secret from a queued mail to `recipient`.
async fn link_for(app: &TestApp, recipient: &str) -> (String, String) {
    let mails = app.store.pending_mails(50, 5).await.unwrap();
    let mail = mails
        .iter()
        .find(|mail| mail.recipient == recipient)
        .unwrap_or_else(|| panic!("no mail to {recipient}"));
    let token = mail
        .body
        .split("/proposal/")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    assert!(
        token.chars().all(|c| c.is_ascii_alphanumeric()),
        "a clean link: {token:?}"
    );
    (token, mail.subject.clone())
}

async fn setup(app: &TestApp) -> (ProgrammeId, Session) {
    let org = app.organisation("Exil e.V.").await;
    let programme = app.programme(&org).await;
    ready(app, &org, &programme, Side::Mentee, "Amira", "en").await;
    ready(app, &org, &programme, Side::Mentor, "Mara", "de").await;
    app.user("coord@example.org", Role::Coordinator, Some(&org))
        .await;
    let session = app.login("coord@example.org").await;
    (programme, session)
}

app_tests! {
    async fn a_run_is_proposed_with_reasons_sent_and_accepted_through_personal_links(app) {
        let (programme, session) = setup(app).await;
        let page = app
            .get(&format!("/coordinator/programmes/{programme}/matching?lang=en"), &session)
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(r#"<dd id="waiting">1</dd>"#), "{}", page.body);
        assert!(page.body.contains(r#"<dd id="places">1</dd>"#));

        let started = app
            .post_form(
                &format!("/coordinator/programmes/{programme}/matching"),
                &session,
                &[("objective", "best")],
            )
            .await;
        assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
        let run_path = started.location.unwrap();
        let run = app.get(&format!("{run_path}?lang=en"), &session).await;
        let text = plain(&run.body);
        assert!(text.contains("both speak Arabic (native language"), "{text}");
        assert!(text.contains("both like football, cooking"));
        assert!(text.contains("0 km apart"));

        // A second run while the first is a draft is refused, and the form keeps the choice.
        let second = app
            .post_form(
                &format!("/coordinator/programmes/{programme}/matching?lang=en"),
                &session,
                &[("objective", "stable")],
            )
            .await;
        assert_eq!(second.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(second.body.contains("still waiting for your decision"));
        assert!(second.body.contains(r#"value="stable" checked"#));

        let sent = app.post_form(&format!("{run_path}/send"), &session, &[]).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        let (mentee_token, mentee_subject) = link_for(app, "amira@example.org").await;
        let (mentor_token, mentor_subject) = link_for(app, "mara@example.org").await;
        assert_eq!(mentee_subject, "A tandem proposal for you", "in the mentee's language");
        assert_eq!(mentor_subject, "Ein Tandem-Vorschlag für Sie", "in the mentor's language");

        let anonymous = Session::default();
        let link = app.get(&format!("/proposal/{mentee_token}?lang=en"), &anonymous).await;
        assert_eq!(link.status, StatusCode::OK);
        assert!(link.body.contains("Mara"), "the mentee sees the mentor's first name");
        assert!(!link.body.contains("mara@example.org"), "but not the e-mail");
        assert!(plain(&link.body).contains("football, cooking"));

        let answered = app
            .post_form(&format!("/proposal/{mentee_token}?lang=en"), &anonymous, &[("answer", "accept")])
            .await;
        assert!(answered.body.contains("Thank you for your answer"));
        let again = app.get(&format!("/proposal/{mentee_token}?lang=en"), &anonymous).await;
        assert!(again.body.contains("waiting for the other person"));
        app.post_form(&format!("/proposal/{mentor_token}"), &anonymous, &[("answer", "accept")])
            .await;
        let done = app.get(&format!("/proposal/{mentor_token}?lang=en"), &anonymous).await;
        assert!(done.body.contains("Both have accepted"), "{}", done.body);
        let reused = app
            .post_form(&format!("/proposal/{mentor_token}?lang=en"), &anonymous, &[("answer", "decline")])
            .await;
        assert!(reused.body.contains("already been answered"));

        let invalid = app.get("/proposal/not-a-real-link?lang=en", &anonymous).await;
        assert_eq!(invalid.status, StatusCode::NOT_FOUND);
        assert!(invalid.body.contains("This link is not valid"), "a friendly page");

        let run = app.get(&format!("{run_path}?lang=en"), &session).await;
        assert!(run.body.contains("Sent"));
    }

    async fn a_declined_link_returns_both_to_the_pool_and_expired_links_cannot_be_answered(app) {
        let (programme, session) = setup(app).await;
        let started = app
            .post_form(&format!("/coordinator/programmes/{programme}/matching"), &session, &[("objective", "most")])
            .await;
        let run_path = started.location.unwrap();
        app.post_form(&format!("{run_path}/send"), &session, &[]).await;
        let (mentee_token, _) = link_for(app, "amira@example.org").await;
        let (mentor_token, _) = link_for(app, "mara@example.org").await;

        // With an expiry of 0 days the link has expired: shown as such, and an answer changes nothing.
        let expired_config = tandem_web::WebConfig { proposal_expiry_days: 0, ..tandem_web::WebConfig::default() };
        let request = |method: &str, body: &'static str| {
            Request::builder()
                .method(method)
                .uri(format!("/proposal/{mentor_token}?lang=en"))
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap()
        };
        let expired = app.send_configured(expired_config.clone(), request("GET", "")).await;
        assert!(expired.body.contains("This proposal has expired"), "{}", expired.body);
        let late = app.send_configured(expired_config, request("POST", "answer=accept")).await;
        assert!(late.body.contains("expired"));

        let declined = app
            .post_form(
                &format!("/proposal/{mentee_token}?lang=en"),
                &Session::default(),
                &[("answer", "decline"), ("reason", "I moved away")],
            )
            .await;
        assert!(declined.body.contains("You stay on the waiting list"), "{}", declined.body);
        // Both wait again, and the pair is not proposed again.
        let page = app
            .get(&format!("/coordinator/programmes/{programme}/matching?lang=en"), &session)
            .await;
        assert!(page.body.contains(r#"<dd id="waiting">1</dd>"#));
        assert!(page.body.contains(r#"<dd id="places">1</dd>"#));
        let rerun = app
            .post_form(&format!("/coordinator/programmes/{programme}/matching?lang=en"), &session, &[("objective", "best")])
            .await;
        let rerun = app.get(&format!("{}?lang=en", rerun.location.unwrap()), &session).await;
        assert!(plain(&rerun.body).contains("declined before"), "{}", rerun.body);
        assert!(rerun.body.contains("No pair passes the rules"));
    }

    async fn an_empty_programme_says_so_and_changes_nothing(app) {
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await;
        app.user("coord@example.org", Role::Coordinator, Some(&org)).await;
        let session = app.login("coord@example.org").await;
        let response = app
            .post_form(&format!("/coordinator/programmes/{programme}/matching?lang=en"), &session, &[("objective", "best")])
            .await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(response.body.contains("No mentee is waiting"));
        assert!(response.body.contains("No run yet"));
    }

    async fn the_organisation_admin_sets_criteria_and_runs_use_them(app) {
        let (programme, coordinator) = setup(app).await;
        let org = app.store.programme_owner(&programme).await.unwrap();
        app.user("admin@example.org", Role::OrgAdmin, Some(&org)).await;
        let admin = app.login("admin@example.org").await;
        let path = format!("/admin/programmes/{programme}/matching-criteria?lang=en");
        let form = app.get(&path, &admin).await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(form.body.contains(r#"name="max_km" inputmode="numeric" value="25""#), "buddy default");
        let fields = |max_km: &'static str, mentee_low: &'static str| {
            vec![
                ("min_shared_level", "A2"),
                ("max_km", max_km),
                ("need_common_time", "yes"),
                ("mentee_age_low", mentee_low),
                ("mentee_age_high", "60"),
                ("mentor_age_low", "18"),
                ("mentor_age_high", "120"),
                ("weight_language", "300"),
                ("weight_distance", "300"),
                ("weight_interests", "200"),
                ("weight_common_time", "100"),
                ("weight_waiting", "100"),
            ]
        };
        let refused = app.post_form(&path, &admin, &fields("far", "50")).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains(r#"value="far""#), "what was typed stays");
        assert!(refused.body.contains("from 1 to 500"));
        let saved = app.post_form(&path, &admin, &fields("10", "50")).await;
        assert_eq!(saved.status, StatusCode::OK);
        assert!(saved.body.contains("criteria-saved"));
        // A coordinator may not change criteria.
        let denied = app.post_form(&path, &coordinator, &fields("10", "18")).await;
        assert_eq!(denied.status, StatusCode::FORBIDDEN);

        let run = app
            .post_form(&format!("/coordinator/programmes/{programme}/matching"), &coordinator, &[("objective", "best")])
            .await;
        let run = app.get(&format!("{}?lang=en", run.location.unwrap()), &coordinator).await;
        assert!(plain(&run.body).contains("passes the rule: mentee age"), "{}", run.body);
    }

    async fn unanswered_proposals_are_reminded_after_7_days_and_expire_after_14(app) {
        let (programme, session) = setup(app).await;
        let started = app
            .post_form(&format!("/coordinator/programmes/{programme}/matching"), &session, &[("objective", "best")])
            .await;
        let run_path = started.location.unwrap();
        app.post_form(&format!("{run_path}/send"), &session, &[]).await;
        let (mentee_token, _) = link_for(app, "amira@example.org").await;
        let (_, _) = link_for(app, "mara@example.org").await;
        // The mentee answers; the mentor does not.
        app.post_form(&format!("/proposal/{mentee_token}"), &Session::default(), &[("answer", "accept")])
            .await;
        let config = tandem_web::WebConfig::default();
        let jobs = |days: i64| {
            let config = config.clone();
            async move {
                tandem_web::jobs::proposal_deadlines(&app.store, &config, now() + time::Duration::days(days))
                    .await
                    .unwrap()
            }
        };
        assert_eq!(jobs(6).await, (0, 0), "nothing is due after 6 days");
        assert_eq!(jobs(8).await, (1, 0), "one reminder, to the mentor who has not answered");
        assert_eq!(jobs(9).await, (0, 0), "reminded once");
        let mails = app.store.pending_mails(50, 5).await.unwrap();
        let reminder = mails
            .iter()
            .find(|mail| mail.subject.starts_with("Erinnerung"))
            .expect("a reminder in the mentor's language");
        assert_eq!(reminder.recipient, "mara@example.org");
        assert!(reminder.body.contains("/proposal/"));

        assert_eq!(jobs(15).await, (0, 1), "expired after 14 days");
        let page = app
            .get(&format!("/coordinator/programmes/{programme}/matching?lang=en"), &session)
            .await;
        assert!(page.body.contains(r#"<dd id="waiting">1</dd>"#), "the mentee waits again");
        assert!(page.body.contains(r#"<dd id="places">1</dd>"#), "the place is free again");
        // An expired proposal is not a refusal: the pair may be proposed again.
        let rerun = app
            .post_form(&format!("/coordinator/programmes/{programme}/matching?lang=en"), &session, &[("objective", "best")])
            .await;
        let rerun = app.get(&format!("{}?lang=en", rerun.location.unwrap()), &session).await;
        assert!(plain(&rerun.body).contains("both speak Arabic"), "{}", rerun.body);
    }

    async fn the_coordinator_swaps_mentors_only_when_both_new_pairs_pass_the_rules(app) {
        let (programme, session) = setup(app).await;
        let org = app.store.programme_owner(&programme).await.unwrap();
        ready(app, &org, &programme, Side::Mentee, "Yusuf", "en").await;
        ready(app, &org, &programme, Side::Mentor, "Lena", "de").await;
        ready_speaking(app, &org, &programme, Side::Mentee, "Tesfay", "en", "ti:native,en:B1").await;
        ready_speaking(app, &org, &programme, Side::Mentor, "Senait", "de", "ti:native,en:C1").await;
        let started = app
            .post_form(&format!("/coordinator/programmes/{programme}/matching"), &session, &[("objective", "best")])
            .await;
        let run_path = started.location.unwrap();
        let run_id = tandem_core::ids::RunId::from_string(run_path.rsplit('/').next().unwrap());
        let view = app.store.matching_run(&org, &run_id).await.unwrap();
        assert_eq!(view.proposals.len(), 3);
        let find = |view: &tandem_store::RunView, name: &str| {
            view.proposals.iter().find(|p| p.mentee_name.starts_with(name)).unwrap().clone()
        };
        let (amira, yusuf, tesfay) = (find(&view, "Amira"), find(&view, "Yusuf"), find(&view, "Tesfay"));
        assert_eq!(tesfay.mentor_name, "Senait Test");

        // Amira would share no language with Senait: refused, with the rule named, nothing changed.
        let refused = app
            .post_form(&format!("{run_path}/swap?lang=en"), &session, &[("first", &amira.id), ("second", &tesfay.id)])
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(plain(&refused.body).contains("breaks the rule"), "{}", refused.body);
        assert!(plain(&refused.body).contains("shared language"));
        assert_eq!(app.store.matching_run(&org, &run_id).await.unwrap(), view);
        let same = app
            .post_form(&format!("{run_path}/swap"), &session, &[("first", &amira.id), ("second", &amira.id)])
            .await;
        assert_eq!(same.status, StatusCode::UNPROCESSABLE_ENTITY);

        // Amira and Yusuf speak the same languages as both their mentors: the swap goes through.
        let swapped = app
            .post_form(&format!("{run_path}/swap"), &session, &[("first", &amira.id), ("second", &yusuf.id)])
            .await;
        assert_eq!(swapped.status, StatusCode::SEE_OTHER);
        let after = app.store.matching_run(&org, &run_id).await.unwrap();
        assert_eq!(find(&after, "Amira").mentor_name, yusuf.mentor_name);
        assert_eq!(find(&after, "Yusuf").mentor_name, amira.mentor_name);
        assert!(!find(&after, "Amira").reasons.is_empty(), "new reasons were computed");
        let sent = app.post_form(&format!("{run_path}/send"), &session, &[]).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        let sent = app.store.matching_run(&org, &run_id).await.unwrap();
        assert!(sent.proposals.iter().all(|p| p.state == "sent"));
    }
}
