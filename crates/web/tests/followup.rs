//! Follow-up through HTTP on both backends: the personal meeting log and check-in pages behind
//! the links in the mails, the coordinator's meeting form and hours, the list of tandems at risk
//! with its per-programme threshold, and the job that writes the mails (clock passed in).

#![allow(clippy::unwrap_used)]

mod common;

use axum::http::StatusCode;
use common::{Session, TestApp, now};
use tandem_core::{
    ids::{OrganisationId, TandemId},
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    tandem::TandemAction,
    user::Role,
};
use tandem_web::i18n::without_isolation;

struct Running {
    org: OrganisationId,
    programme: String,
    tandem: TandemId,
    coordinator: Session,
}

/// An organisation with a coordinator and one tandem started `days_ago` days ago; the mentor
/// writes German, the mentee English.
async fn running_tandem(app: &TestApp, days_ago: i64) -> Running {
    let org = app.organisation("Start with a Friend Hannover").await;
    let programme = app.programme(&org).await;
    let consent = ConsentRecord {
        text_version: "v1".into(),
        locale: "de".into(),
        given_at: now(),
    };
    let mut ids = Vec::new();
    for (side, first_name, locale) in [(Side::Mentor, "Jana", "de"), (Side::Mentee, "Oksana", "en")]
    {
        let form = ProfileForm {
            first_name: first_name.into(),
            last_name: "Beispiel".into(),
            email: format!("{}@example.org", first_name.to_lowercase()),
            postal_code: "30159".into(),
            languages: "de:native".into(),
            birth_year: "1990".into(),
            locale: locale.into(),
            ..ProfileForm::default()
        };
        let person = app
            .store
            .register_person(
                &programme,
                side,
                &form.parse(2026).unwrap(),
                &consent,
                now(),
            )
            .await
            .unwrap();
        app.store
            .screen_person(&org, &person.id, PersonStatus::Ready, now())
            .await
            .unwrap();
        ids.push(person.id);
    }
    let tandem = app
        .store
        .create_tandem(&org, &ids[0], &ids[1], now())
        .await
        .unwrap()
        .id;
    let started = now() - time::Duration::days(days_ago);
    for action in [
        TandemAction::Accept(Side::Mentor),
        TandemAction::Accept(Side::Mentee),
        TandemAction::Start,
    ] {
        app.store
            .apply_tandem_action(&org, &tandem, action, started)
            .await
            .unwrap();
    }
    app.user(
        "coordinator@swaf.example.org",
        Role::Coordinator,
        Some(&org),
    )
    .await;
    let coordinator = app.login("coordinator@swaf.example.org").await;
    Running {
        org,
        programme: programme.to_string(),
        tandem,
        coordinator,
    }
}

/// The path of the newest link to `prefix` in a queued mail to `recipient`.
async fn link_in_mail(app: &TestApp, recipient: &str, prefix: &str) -> String {
    let mails = app.store.pending_mails(100, 8).await.unwrap();
    let mail = mails
        .iter()
        .rev()
        .find(|mail| mail.recipient == recipient && mail.body.contains(prefix))
        .unwrap_or_else(|| panic!("no mail to {recipient} with {prefix}: {mails:?}"));
    let at = mail.body.find(prefix).unwrap();
    mail.body[at..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

fn today() -> String {
    tandem_core::followup::iso_date(tandem_core::event::to_local(now()).date())
}

fn days_from_today(days: i64) -> String {
    tandem_core::followup::iso_date(
        tandem_core::event::to_local(now() + time::Duration::days(days)).date(),
    )
}

app_tests! {
    async fn a_participant_logs_meetings_from_the_personal_link_without_a_password(app) {
        let running = running_tandem(app, 10).await;
        let queued = tandem_web::jobs::followup_mails(&app.store, &tandem_web::WebConfig::default(), now()).await.unwrap();
        assert_eq!(queued, 3, "the meeting-log link to both sides, the start survey to the mentee");
        let mail = app.store.pending_mails(100, 8).await.unwrap().into_iter().find(|m| m.recipient == "oksana@example.org" && m.body.contains("/meetings/")).unwrap();
        assert_eq!(mail.locale, "en");
        assert!(mail.subject.contains("log your meetings"), "{}", mail.subject);
        let link = link_in_mail(app, "oksana@example.org", "/meetings/").await;

        let page = app.get(&link, &Session::default()).await;
        assert_eq!(page.status, StatusCode::OK);
        let body = without_isolation(&page.body);
        assert!(body.contains("lang=\"en\"") && body.contains("Our meetings: you and Jana"), "in her language: {body}");
        assert!(body.contains("No meetings logged yet."));
        assert!(!body.contains("<script"), "works without JavaScript");

        let saved = app.post_form(&link, &Session::default(), &[("date", &today()), ("minutes", "90"), ("kind", "online"), ("note", "Bewerbung geübt")]).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        let after = without_isolation(&app.get(saved.location.as_deref().unwrap(), &Session::default()).await.body);
        assert!(after.contains("the meeting is saved") && after.contains("1 meeting, 1.5 hours."), "{after}");

        for (date, minutes, message) in [
            (days_from_today(1), "60", "lies in the future"),
            (days_from_today(-11), "60", "before the tandem started"),
            (today(), "-30", "at least one minute"),
            (today(), "0", "at least one minute"),
            (today(), "721", "At most 720 minutes"),
        ] {
            let refused = app.post_form(&link, &Session::default(), &[("date", &date), ("minutes", minutes), ("kind", "in_person")]).await;
            assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{date} {minutes}");
            assert!(refused.body.contains(message), "{date} {minutes}: {}", refused.body);
            assert!(refused.body.contains(&format!("value=\"{minutes}\"")), "what was typed is kept");
        }
        let meetings = app.store.meetings(&running.org, &running.tandem).await.unwrap();
        assert_eq!(meetings.len(), 1, "refused meetings are not stored");
        assert_eq!(meetings[0].logged_by, tandem_core::followup::LoggedBy::Mentee);

        assert_eq!(app.get("/meetings/not-a-real-secret", &Session::default()).await.status, StatusCode::NOT_FOUND);
        // The link of a finished tandem shows its meetings but takes no new ones.
        app.store.apply_tandem_action(&running.org, &running.tandem, TandemAction::Complete, now()).await.unwrap();
        let closed = without_isolation(&app.get(&link, &Session::default()).await.body);
        assert!(closed.contains("not running") && !closed.contains("name=\"minutes\""), "{closed}");
        let late = app.post_form(&link, &Session::default(), &[("date", &today()), ("minutes", "60"), ("kind", "in_person")]).await;
        assert_eq!(late.status, StatusCode::CONFLICT);
    }

    async fn a_check_in_answered_twice_updates_and_flags_the_tandem_until_dealt_with(app) {
        let running = running_tandem(app, 29).await;
        tandem_web::jobs::followup_mails(&app.store, &tandem_web::WebConfig::default(), now()).await.unwrap();
        let mail = app.store.pending_mails(100, 8).await.unwrap().into_iter().find(|m| m.recipient == "jana@example.org" && m.body.contains("/check-in/")).unwrap();
        assert!(mail.subject.contains("Wie läuft Ihr Tandem"), "German for the mentor: {}", mail.subject);
        assert!(mail.body.contains("nach 4 Wochen"));
        let link = link_in_mail(app, "jana@example.org", "/check-in/").await;
        // They met today, so only the answers can put the tandem at risk.
        let logged = app.post_form(&format!("/coordinator/tandems/{}/meetings", running.tandem), &running.coordinator, &[("date", &today()), ("minutes", "60"), ("kind", "in_person")]).await;
        assert_eq!(logged.status, StatusCode::SEE_OTHER);

        let page = app.get(&link, &Session::default()).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("lang=\"de\"") && page.body.contains("Treffen Sie sich regelmäßig?"));
        let english = app.get(&format!("{link}?lang=en"), &Session::default()).await;
        assert!(english.body.contains("Do you meet regularly?"), "a chosen language wins");

        let incomplete = app.post_form(&link, &Session::default(), &[("mood", "7")]).await;
        assert_eq!(incomplete.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(incomplete.body.contains("id=\"mood-error\"") && incomplete.body.contains("id=\"meets_regularly-error\""));

        let first = app.post_form(&link, &Session::default(), &[("mood", "2"), ("meets_regularly", "no"), ("comment", "Wir finden keine Termine"), ("call_me", "yes")]).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER);
        let again = app.get(&link, &Session::default()).await.body;
        assert!(again.contains("value=\"2\" checked") && again.contains("Wir finden keine Termine"), "the form shows the answer");

        let at_risk = without_isolation(&app.get("/coordinator/at-risk", &running.coordinator).await.body);
        assert!(at_risk.contains("Jana Beispiel") && at_risk.contains("Bittet um Rückruf"), "{at_risk}");
        assert!(at_risk.contains("„2 – nicht so gut“, sie treffen sich nicht regelmäßig"), "{at_risk}");

        let second = app.post_form(&link, &Session::default(), &[("mood", "5"), ("meets_regularly", "yes"), ("comment", "Jetzt läuft es")]).await;
        assert_eq!(second.status, StatusCode::SEE_OTHER);
        let answers = app.store.check_in_answers(&running.org, &running.tandem).await.unwrap();
        assert_eq!(answers.len(), 1, "a link used twice updates its answer");
        assert_eq!((answers[0].answer.mood.get(), answers[0].answer.call_me), (5, false));
        let calm = app.get("/coordinator/at-risk", &running.coordinator).await.body;
        assert!(!calm.contains("Bittet um Rückruf"), "the better answer replaced the call request");

        // A call request again; the coordinator calls and marks it dealt with.
        app.post_form(&link, &Session::default(), &[("mood", "4"), ("meets_regularly", "yes"), ("call_me", "yes")]).await;
        let followup = format!("/coordinator/tandems/{}/followup", running.tandem);
        let view = app.get(&followup, &running.coordinator).await;
        assert!(view.body.contains("class=\"attention\"") && view.body.contains("check-ins/resolve"));
        let resolved = app.post_form(&format!("/coordinator/tandems/{}/check-ins/resolve", running.tandem), &running.coordinator, &[]).await;
        assert_eq!(resolved.status, StatusCode::SEE_OTHER);
        assert!(!app.get("/coordinator/at-risk", &running.coordinator).await.body.contains("Jana Beispiel"));
        assert!(tandem_web::jobs::followup_mails(&app.store, &tandem_web::WebConfig::default(), now()).await.unwrap() == 0, "nothing twice");
    }

    async fn the_coordinator_logs_a_meeting_and_sees_the_hours_on_the_tandem_page(app) {
        let running = running_tandem(app, 3).await;
        let path = format!("/coordinator/tandems/{}/meetings", running.tandem);
        let refused = app.post_form(&path, &running.coordinator, &[("date", &today()), ("minutes", "800"), ("kind", "in_person")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("Höchstens 720 Minuten"));
        for minutes in ["60", "30"] {
            let logged = app.post_form(&path, &running.coordinator, &[("date", &today()), ("minutes", minutes), ("kind", "in_person"), ("note", "Telefonisch gemeldet")]).await;
            assert_eq!(logged.status, StatusCode::SEE_OTHER, "{}", logged.body);
        }
        let tandem_page = without_isolation(&app.get(&format!("/coordinator/tandems/{}", running.tandem), &running.coordinator).await.body);
        assert!(tandem_page.contains("2 Treffen, 1,5 Stunden."), "{tandem_page}");
        let followup = without_isolation(&app.get(&format!("/coordinator/tandems/{}/followup", running.tandem), &running.coordinator).await.body);
        assert!(followup.contains("Telefonisch gemeldet") && followup.contains("Koordination"));
        // Participants without a staff account get no coordinator page.
        assert_ne!(app.get(&format!("/coordinator/tandems/{}/followup", running.tandem), &Session::default()).await.status, StatusCode::OK);
    }

    async fn the_at_risk_list_follows_the_programme_threshold(app) {
        let running = running_tandem(app, 36).await;
        let list = without_isolation(&app.get("/coordinator/at-risk", &running.coordinator).await.body);
        assert!(list.contains("Seit 5 Wochen kein Treffen") && list.contains("noch keins"), "{list}");

        let settings = format!("/coordinator/programmes/{}/followup-settings", running.programme);
        let bad = app.post_form(&settings, &running.coordinator, &[("no_meeting_weeks", "0")]).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        let saved = app.post_form(&settings, &running.coordinator, &[("no_meeting_weeks", "6")]).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        let list = app.get("/coordinator/at-risk", &running.coordinator).await.body;
        assert!(!list.contains("Jana Beispiel") && list.contains("value=\"6\""), "{list}");

        // A meeting a week ago also takes it off the default list.
        app.post_form(&settings, &running.coordinator, &[("no_meeting_weeks", "4")]).await;
        app.post_form(&format!("/coordinator/tandems/{}/meetings", running.tandem), &running.coordinator, &[("date", &days_from_today(-7)), ("minutes", "60"), ("kind", "in_person")]).await;
        assert!(!app.get("/coordinator/at-risk", &running.coordinator).await.body.contains("Jana Beispiel"));
    }

    async fn the_programme_dashboard_draws_charts_and_exports_its_table(app) {
        let running = running_tandem(app, 36).await;
        for (date, minutes) in [(days_from_today(-20), "90"), (today(), "30")] {
            let logged = app.post_form(&format!("/coordinator/tandems/{}/meetings", running.tandem), &running.coordinator, &[("date", &date), ("minutes", minutes), ("kind", "in_person")]).await;
            assert_eq!(logged.status, StatusCode::SEE_OTHER);
        }
        let path = format!("/coordinator/programmes/{}/dashboard", running.programme);
        let home = app.get("/coordinator", &running.coordinator).await.body;
        assert!(home.contains(&format!("href=\"{path}\"")), "the coordinator's home links each programme's dashboard");
        assert!(home.contains("href=\"/coordinator/dashboard\""), "and the organisation's");
        let page = app.get(&path, &running.coordinator).await;
        assert_eq!(page.status, StatusCode::OK);
        let body = without_isolation(&page.body);
        assert_eq!(body.matches("<svg class=\"chart\" role=\"img\"").count(), 3, "three charts");
        assert!(body.contains("<title>Ehrenamtliche Stunden pro Monat</title>"));
        assert!(body.contains("<dt>Ehrenamtliche Stunden im Zeitraum</dt><dd>2,0</dd>"), "{body}");
        assert!(body.contains("<dt>Heute laufende Tandems</dt><dd>1</dd>"));
        assert!(body.contains("Noch kein Tandem ist beendet."));
        assert!(!body.contains("<script"));
        assert_eq!(body.matches("<tr><th scope=\"row\"><span dir=\"ltr\">").count(), 12, "twelve months by default");

        let csv = app.get(&format!("{path}.csv"), &running.coordinator).await;
        assert_eq!(csv.status, StatusCode::OK);
        let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
        let headers = reader.headers().unwrap().clone();
        assert_eq!(&headers[0], "Monat");
        assert_eq!(&headers[6], "Stunden");
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 12);
        let this_month = rows.last().unwrap();
        assert_eq!(&this_month[1], "1", "running at the end of this month");
        let total_hours: f64 = rows.iter().map(|row| row[6].replace(',', ".").parse::<f64>().unwrap()).sum();
        assert!((total_hours - 2.0).abs() < 1e-9);

        // The whole organisation, and one district by the mentee's postal code.
        let key = |code: &str| tandem_core::gazetteer::lookup(&tandem_core::values::PostalCode::parse(code).unwrap()).unwrap().district_key;
        let whole = app.get("/coordinator/dashboard", &running.coordinator).await;
        assert_eq!(whole.status, StatusCode::OK, "{}", whole.body.len());
        let whole = without_isolation(&whole.body);
        assert!(whole.contains("Übersicht: Start with a Friend Hannover") && whole.contains("<dt>Heute laufende Tandems</dt><dd>1</dd>"), "{whole}");
        let hannover = without_isolation(&app.get(&format!("/coordinator/dashboard?district={}", key("30159")), &running.coordinator).await.body);
        assert!(hannover.contains("<dt>Heute laufende Tandems</dt><dd>1</dd>") && hannover.contains(&format!("value=\"{}\" selected", key("30159"))));
        let osnabrueck = without_isolation(&app.get(&format!("/coordinator/dashboard?district={}", key("49074")), &running.coordinator).await.body);
        assert!(osnabrueck.contains("<dt>Heute laufende Tandems</dt><dd>0</dd>") && osnabrueck.contains("<dd>0,0</dd>"), "{osnabrueck}");
        let district_csv = app.get(&format!("/coordinator/dashboard.csv?district={}", key("49074")), &running.coordinator).await;
        assert_eq!(district_csv.status, StatusCode::OK);
        assert!(district_csv.body.lines().skip(1).all(|line| line.ends_with(",0,0,0,0,\"0,0\",\"0,0\"")), "{}", district_csv.body);

        let period = app.get(&format!("{path}?from=2030-03&to=2030-01"), &running.coordinator).await.body;
        assert!(period.contains("value=\"2030-01\"") && period.contains("value=\"2030-03\""), "a period turned around is put right");
    }

    async fn the_start_survey_reaches_the_mentee_in_their_language_and_a_second_answer_replaces_the_first(app) {
        let running = running_tandem(app, 2).await;
        tandem_web::jobs::followup_mails(&app.store, &tandem_web::WebConfig::default(), now()).await.unwrap();
        let mails = app.store.pending_mails(100, 8).await.unwrap();
        let survey = mails.iter().find(|m| m.body.contains("/survey/")).unwrap();
        assert_eq!(survey.recipient, "oksana@example.org", "the mentee, who is asked the standard questions");
        assert!(survey.subject.contains("Your tandem begins"), "English for the mentee: {}", survey.subject);
        assert!(!mails.iter().any(|m| m.recipient == "jana@example.org" && m.body.contains("/survey/")), "the programme asks mentors nothing of its own");
        let link = link_in_mail(app, "oksana@example.org", "/survey/").await;

        let page = app.get(&link, &Session::default()).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("How well do you speak German?") && page.body.contains("name=\"s_local_contacts\""), "{}", page.body);
        let german = app.get(&format!("{link}?lang=de"), &Session::default()).await;
        assert!(german.body.contains("Wie gut sprechen Sie Deutsch?"), "a chosen language wins");
        let arabic = app.get(&format!("{link}?lang=ar"), &Session::default()).await;
        assert!(arabic.body.contains("dir=\"rtl\"") && arabic.body.contains("ما مدى إجادتك للألمانية"));

        let wrong = app.post_form(&link, &Session::default(), &[("s_german", "9"), ("s_local_contacts", "viele")]).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong.body.contains("id=\"s_german-error\"") && wrong.body.contains("id=\"s_local_contacts-error\""));
        let first = app.post_form(&link, &Session::default(), &[("s_german", "2"), ("s_belonging", "3"), ("s_local_contacts", "1")]).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER);
        let again = app.get(&link, &Session::default()).await.body;
        assert!(again.contains("value=\"2\" checked") && again.contains("value=\"1\" inputmode"), "the form shows the answers: {again}");
        let second = app.post_form(&link, &Session::default(), &[("s_german", "3")]).await;
        assert_eq!(second.status, StatusCode::SEE_OTHER);

        let dashboard = without_isolation(&app.get(&format!("/coordinator/programmes/{}/dashboard", running.programme), &running.coordinator).await.body);
        let table = &dashboard[dashboard.find("id=\"before-after\"").unwrap()..];
        assert!(table.contains("Wie gut sprechen Sie Deutsch?") && table.contains("<td>3,0</td><td>1</td><td>–</td><td>0</td>"), "{table}");
        assert!(!table.contains("Ich fühle mich hier zugehörig."), "the second answer replaced the first: {table}");
        assert_eq!(app.get("/survey/not-a-real-secret", &Session::default()).await.status, StatusCode::NOT_FOUND);
    }

    async fn ending_early_for_another_reason_asks_what_happened_and_shows_it(app) {
        let running = running_tandem(app, 40).await;
        let action = format!("/coordinator/tandems/{}/action", running.tandem);
        let page = app.get(&format!("/coordinator/tandems/{}", running.tandem), &running.coordinator).await.body;
        assert!(page.contains("name=\"end_reason_detail\" maxlength=\"200\""), "{page}");
        // A refused form comes back as the tandem page, the error next to the field and
        // everything chosen and typed still there.
        let missing = app.post_form(&action, &running.coordinator, &[("action", "end_early"), ("end_reason", "other"), ("end_reason_detail", " ")]).await;
        assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
        let body = without_isolation(&missing.body);
        assert!(body.contains(&format!("action=\"/coordinator/tandems/{}/action\"", running.tandem)) && body.contains("id=\"tandem-status\""), "the tandem page again: {body}");
        assert!(body.contains("<option value=\"other\" selected>"), "the reason chosen is kept: {body}");
        assert!(body.contains("aria-invalid=\"true\" aria-describedby=\"end_reason_detail-error end_reason_detail_hint\""), "{body}");
        assert!(body.contains("<p class=\"error\" id=\"end_reason_detail-error\">Bitte ausfüllen.</p>"), "{body}");
        let long = format!("Die Familie zieht nach Leipzig {}", "und weiter ".repeat(20));
        assert!(long.trim().chars().count() > 200);
        let too_long = app.post_form(&action, &running.coordinator, &[("action", "end_early"), ("end_reason", "other"), ("end_reason_detail", &long)]).await;
        assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
        let body = without_isolation(&too_long.body);
        assert!(body.contains(&format!("value=\"{long}\"")), "the text typed is kept: {body}");
        assert!(body.contains("<p class=\"error\" id=\"end_reason_detail-error\">Dieser Text ist zu lang.</p>") && body.contains("<option value=\"other\" selected>"), "{body}");
        // A reason that is not on the list is named at the list, keeping the text.
        let unknown = app.post_form(&action, &running.coordinator, &[("action", "end_early"), ("end_reason", "gone_fishing"), ("end_reason_detail", "Marker-Text")]).await;
        assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
        let body = without_isolation(&unknown.body);
        assert!(body.contains("<p class=\"error\" id=\"end_reason-error\">Bitte einen der angebotenen Werte wählen.</p>") && body.contains("value=\"Marker-Text\""), "{body}");
        assert_eq!(app.store.tandem(&running.org, &running.tandem).await.unwrap().status, "active", "nothing changed");
        let ended = app.post_form(&action, &running.coordinator, &[("action", "end_early"), ("end_reason", "other"), ("end_reason_detail", "Die Familie ist in eine andere Stadt gezogen")]).await;
        assert_eq!(ended.status, StatusCode::SEE_OTHER);
        let shown = without_isolation(&app.get(&format!("/coordinator/tandems/{}", running.tandem), &running.coordinator).await.body);
        assert!(shown.contains("anderer Grund") && shown.contains("Die Familie ist in eine andere Stadt gezogen"), "{shown}");
    }
}
