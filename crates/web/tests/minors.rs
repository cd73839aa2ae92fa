//! Minors and certificates of conduct through HTTP on both backends: the guardian form and the
//! certificate form (422 with what was typed), who sees the "relevant entry", the manual tandem
//! refused for a child without a cleared mentor, registration that asks a guardian only when
//! needed, and the daily job (records deleted, consent renewals mailed) with the clock passed in.

#![allow(clippy::unwrap_used)]

mod common;

use axum::http::StatusCode;
use common::{Session, TestApp, now};
use tandem_core::{
    ids::{OrganisationId, PersonId, ProgrammeId},
    minors::{CertificateRecord, CertificateRetention, MinorDetails, date_text},
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    programme::ProgrammeDetails,
    user::Role,
};

fn today() -> time::Date {
    tandem_core::event::to_local(now()).date()
}

struct Programme {
    org: OrganisationId,
    id: ProgrammeId,
    coordinator: Session,
    admin: Session,
}

async fn learning_programme(app: &TestApp) -> Programme {
    let org = app.organisation("Balu und Du Osnabrück").await;
    let details = ProgrammeDetails::parse(
        "Balu und Du",
        "learning",
        "Lernpatenschaften für Grundschulkinder",
        "49074,49076",
        "de,ar",
        "12",
        "1",
        true,
    )
    .unwrap();
    let id = app
        .store
        .create_programme(&org, &details, now())
        .await
        .unwrap()
        .id;
    app.user("koordination@balu.example", Role::Coordinator, Some(&org))
        .await;
    app.user("leitung@balu.example", Role::OrgAdmin, Some(&org))
        .await;
    Programme {
        coordinator: app.login("koordination@balu.example").await,
        admin: app.login("leitung@balu.example").await,
        org,
        id,
    }
}

async fn person(
    app: &TestApp,
    programme: &Programme,
    side: Side,
    name: &str,
    year: &str,
) -> PersonId {
    let form = ProfileForm {
        first_name: name.into(),
        last_name: "Beispiel".into(),
        email: format!("{}@example.org", name.to_lowercase()),
        postal_code: "49074".into(),
        languages: "de:native,ar:B1".into(),
        availability: vec!["2-1".into()],
        birth_year: year.into(),
        ..ProfileForm::default()
    };
    let consent = ConsentRecord {
        text_version: "v1".into(),
        locale: "de".into(),
        given_at: now(),
    };
    app.store
        .register_person(
            &programme.id,
            side,
            &form.parse(2026).unwrap(),
            &consent,
            now(),
        )
        .await
        .unwrap()
        .id
}

fn guardian_fields<'a>(birth_date: &'a str, name: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("birth_date", birth_date),
        ("guardian_name", name),
        ("guardian_relation", "parent"),
        ("guardian_phone", "0541 987654"),
        ("guardian_email", ""),
        ("consent_given_by", name),
        ("consent_given_on", "2026-11-20"),
        ("consent_channel", "paper"),
        ("nomination", "Grundschule Wüste"),
    ]
}

app_tests! {
    async fn a_coordinator_records_the_guardian_and_the_child_may_then_be_screened(app) {
        let programme = learning_programme(app).await;
        let child = person(app, &programme, Side::Mentee, "Yara", "2017").await;
        let page = format!("/coordinator/people/{child}");
        let shown = app.get(&page, &programme.coordinator).await;
        assert!(shown.body.contains("ohne Einwilligung der Sorgeberechtigten"), "{}", shown.body);
        let refused = app.post_form(&format!("{page}/screen"), &programme.coordinator, &[("status", "ready")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);

        // A form with a gap comes back with everything typed and the gap named.
        let mut fields = guardian_fields("2017-05-02", "Layla Haddad");
        fields.retain(|(name, _)| *name != "guardian_relation" && *name != "guardian_phone");
        let response = app.post_form(&format!("{page}/guardian"), &programme.coordinator, &fields).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(response.body.contains("value=\"Layla Haddad\""));
        assert!(response.body.contains("value=\"Grundschule Wüste\""));
        assert!(response.body.contains("id=\"guardian_relation-error\""));
        assert!(response.body.contains("Telefonnummer oder E-Mail-Adresse"));

        let saved = app.post_form(&format!("{page}/guardian"), &programme.coordinator, &guardian_fields("2017-05-02", "Layla Haddad")).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let shown = app.get(&page, &programme.coordinator).await;
        assert!(shown.body.contains("Layla Haddad (Elternteil)"));
        assert!(shown.body.contains("2017-05-02"));
        assert!(shown.body.contains("Grundschule Wüste"));
        assert!(!shown.body.contains("ohne Einwilligung der Sorgeberechtigten"));
        let export = app.get(&format!("{page}/export"), &programme.coordinator).await.body;
        let export: serde_json::Value = serde_json::from_str(&export).unwrap();
        assert_eq!(export["minor_details"]["guardian"]["name"], "Layla Haddad", "the export carries the guardian");
        assert_eq!(export["minor_details"]["nomination"], "Grundschule Wüste");
        let screened = app.post_form(&format!("{page}/screen"), &programme.coordinator, &[("status", "ready")]).await;
        assert_eq!(screened.status, StatusCode::SEE_OTHER);
        assert_eq!(app.store.person(&programme.org, &child).await.unwrap().status, PersonStatus::Ready);
    }

    async fn only_the_admin_sees_and_records_whether_a_certificate_shows_an_entry(app) {
        let programme = learning_programme(app).await;
        let mentor = person(app, &programme, Side::Mentor, "Jonas", "1999").await;
        let form = format!("/coordinator/people/{mentor}/certificate");
        assert_eq!(app.get(&form, &programme.coordinator).await.status, StatusCode::FORBIDDEN);
        let posted = app.post_form(&form, &programme.coordinator, &[("inspected_on", "2026-11-20"), ("certificate_dated", "2026-11-01"), ("relevant_entry", "no")]).await;
        assert_eq!(posted.status, StatusCode::FORBIDDEN);
        assert_eq!(app.get(&form, &programme.admin).await.status, StatusCode::OK);

        let inspected = date_text(today());
        let too_old = date_text(today() - time::Duration::days(120));
        let response = app.post_form(&form, &programme.admin, &[("inspected_on", &inspected), ("certificate_dated", &too_old), ("relevant_entry", "no")]).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(response.body.contains("älter als drei Monate"));
        assert!(response.body.contains(&format!("value=\"{too_old}\"")));
        assert!(response.body.contains("value=\"no\" checked"));

        let dated = date_text(today() - time::Duration::days(10));
        let saved = app.post_form(&form, &programme.admin, &[("inspected_on", &inspected), ("certificate_dated", &dated), ("relevant_entry", "yes")]).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

        let page = format!("/coordinator/people/{mentor}");
        let admin_view = app.get(&page, &programme.admin).await;
        assert!(admin_view.body.contains("Führungszeugnis: nicht gültig"));
        assert!(admin_view.body.contains("Einschlägiger Eintrag</dt><dd><bdi>Ja"), "{}", admin_view.body);
        let coordinator_view = app.get(&page, &programme.coordinator).await;
        assert!(coordinator_view.body.contains("Führungszeugnis: nicht gültig"));
        assert!(!coordinator_view.body.contains("Einschlägiger Eintrag"), "the yes/no is for the admin only");
        assert!(!coordinator_view.body.contains(&dated));

        // The data export follows the same rule: the admin's copy has the facts, the
        // coordinator's only that a record is on file.
        let admin_export: serde_json::Value = serde_json::from_str(&app.get(&format!("{page}/export"), &programme.admin).await.body).unwrap();
        assert_eq!(admin_export["conduct_certificate"]["relevant_entry"], true);
        assert_eq!(admin_export["conduct_certificate"]["certificate_dated"], dated.as_str());
        let coordinator_export = app.get(&format!("{page}/export"), &programme.coordinator).await.body;
        let coordinator_export: serde_json::Value = serde_json::from_str(&coordinator_export).unwrap();
        assert_eq!(coordinator_export["conduct_certificate"], serde_json::json!({ "on_file": true }));
    }

    async fn a_manual_tandem_with_a_child_needs_a_mentor_with_a_valid_certificate(app) {
        let programme = learning_programme(app).await;
        let child = person(app, &programme, Side::Mentee, "Yara", "2017").await;
        let saved = app.post_form(&format!("/coordinator/people/{child}/guardian"), &programme.coordinator, &guardian_fields("2017-05-02", "Layla Haddad")).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        app.store.screen_person(&programme.org, &child, PersonStatus::Ready, now()).await.unwrap();
        let mentor = person(app, &programme, Side::Mentor, "Jonas", "1999").await;
        app.store.screen_person(&programme.org, &mentor, PersonStatus::Ready, now()).await.unwrap();
        let create = format!("/coordinator/programmes/{}/tandems", programme.id);
        let pair = [("mentor", mentor.as_str()), ("mentee", child.as_str())];

        let refused = app.post_form(&create, &programme.coordinator, &pair).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("kein Führungszeugnis eingetragen"), "{}", refused.body);

        // An expired record reads "not valid" for the coordinator, never why.
        let admin = app.store.list_staff(&programme.org).await.unwrap().into_iter().find(|u| u.role == Role::OrgAdmin).unwrap();
        let old = today() - time::Duration::days(6 * 365);
        let expired = CertificateRecord { inspected_on: old + time::Duration::days(20), certificate_dated: old, relevant_entry: false, inspected_by: admin.id.clone() };
        app.store.record_certificate(&programme.org, &mentor, &expired, now()).await.unwrap();
        let refused = app.post_form(&create, &programme.coordinator, &pair).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("nicht gültig"));
        assert!(!refused.body.contains("Eintrag"));

        let fresh = CertificateRecord { inspected_on: today(), certificate_dated: today() - time::Duration::days(5), relevant_entry: false, inspected_by: admin.id };
        app.store.record_certificate(&programme.org, &mentor, &fresh, now()).await.unwrap();
        let created = app.post_form(&create, &programme.coordinator, &pair).await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let page = app.get(&format!("/coordinator/people/{mentor}"), &programme.coordinator).await;
        assert!(page.body.contains("Führungszeugnis: gültig"));
    }

    async fn registration_asks_for_a_guardian_only_where_needed(app) {
        let programme = learning_programme(app).await;
        let buddy = app.programme(&programme.org).await;
        let public = Session::default();
        let children = app.get(&format!("/programmes/{}/register?side=mentee", programme.id), &public).await;
        assert!(children.body.contains("name=\"guardian_name\""));
        let adults = app.get(&format!("/programmes/{buddy}/register?side=mentee"), &public).await;
        assert!(!adults.body.contains("name=\"birth_date\""), "the adult form stays short");

        let base = [
            ("side", "mentee"), ("first_name", "Omar"), ("last_name", "Haddad"),
            ("email", "omar@example.org"), ("postal_code", "30159"), ("birth_year", "2015"),
            ("language_0", "ar"), ("level_0", "native"), ("consent", "yes"),
        ];
        let response = app.post_form(&format!("/programmes/{buddy}/register"), &public, &base).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(response.body.contains("name=\"guardian_name\""), "a child is asked for a guardian");
        assert!(response.body.contains("value=\"Omar\""));

        let mut complete: Vec<(&str, &str)> = base.to_vec();
        complete.extend([
            ("birth_date", "2015-09-01"), ("guardian_name", "Samira Haddad"),
            ("guardian_relation", "legal_guardian"), ("guardian_email", "vormund@example.org"),
        ]);
        let response = app.post_form(&format!("/programmes/{buddy}/register"), &public, &complete).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "the guardian has not consented yet");
        assert!(response.body.contains("id=\"guardian_consent-error\""));
        assert!(response.body.contains("value=\"Samira Haddad\""));

        complete.push(("guardian_consent", "yes"));
        let response = app.post_form(&format!("/programmes/{buddy}/register"), &public, &complete).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        let people = app.store.list_people(&programme.org, &tandem_store::PeopleQuery { search: "omar".into(), ..Default::default() }).await.unwrap();
        let omar = PersonId::from_string(people.items[0].id.clone());
        let details = app.store.minor_details(&programme.org, &omar).await.unwrap().unwrap();
        let consent = details.consent.unwrap();
        assert_eq!((consent.given_by.as_str(), consent.channel.as_str()), ("Samira Haddad", "online"));

        // An adult registers as before, without any of it.
        let adult = [
            ("side", "mentee"), ("first_name", "Amina"), ("last_name", "Haddad"),
            ("email", "amina@example.org"), ("postal_code", "30159"), ("birth_year", "1994"),
            ("language_0", "ar"), ("level_0", "native"), ("consent", "yes"),
        ];
        let response = app.post_form(&format!("/programmes/{buddy}/register"), &public, &adult).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    }

    async fn the_daily_job_deletes_old_records_and_mails_consent_renewals(app) {
        let programme = learning_programme(app).await;
        let admin = app.store.list_staff(&programme.org).await.unwrap().into_iter().find(|u| u.role == Role::OrgAdmin).unwrap();
        let mentor = person(app, &programme, Side::Mentor, "Jonas", "1999").await;
        app.store.screen_person(&programme.org, &mentor, PersonStatus::Ready, now()).await.unwrap();
        let record = CertificateRecord { inspected_on: today(), certificate_dated: today() - time::Duration::days(5), relevant_entry: false, inspected_by: admin.id.clone() };
        app.store.record_certificate(&programme.org, &mentor, &record, now()).await.unwrap();
        let teen = person(app, &programme, Side::Mentee, "Daria", "2010").await;
        let sixteenth = tandem_core::minors::add_months(today(), 2);
        let birth = tandem_core::minors::add_months(sixteenth, -16 * 12);
        let details = MinorDetails {
            birth_date: birth,
            guardian: Some(tandem_core::minors::Guardian { name: "Olena Koval".into(), relation: tandem_core::minors::GuardianRelation::Parent, phone: None, email: Some(tandem_core::values::Email::parse("olena@example.org").unwrap()) }),
            consent: Some(tandem_core::minors::GuardianConsent { given_by: "Olena Koval".into(), given_on: today(), channel: tandem_core::minors::ConsentChannel::InPerson }),
            nomination: None,
        };
        app.store.save_minor_details(&programme.org, &teen, &details, now()).await.unwrap();
        app.store.screen_person(&programme.org, &mentor, PersonStatus::Withdrawn, now()).await.unwrap();

        let config = common::test_config();
        let job = |at: time::OffsetDateTime| tandem_web::jobs::safeguarding_job(&app.store, &config, CertificateRetention::default(), at);
        assert_eq!(job(now()).await.unwrap(), (0, 0));
        let later = now() + time::Duration::days(93);
        assert_eq!(job(later).await.unwrap(), (1, 1), "the withdrawn mentor's record goes; Daria turned 16");
        assert_eq!(app.store.certificate(&programme.org, &mentor).await.unwrap(), None);
        assert_eq!(job(later).await.unwrap(), (0, 0), "a second run finds nothing");
        let mails = app.store.pending_mails(10, 10).await.unwrap();
        let mail = mails.iter().find(|m| m.recipient == "olena@example.org").expect("renewal mail to the guardian");
        assert!(mail.body.contains("Daria ist jetzt 16 Jahre alt"), "{}", mail.body);
    }
}
