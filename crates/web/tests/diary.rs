//! Mentors' diaries through HTTP on both backends: the mentor writes through the personal
//! meeting-log link (the mentee's link and programmes without diaries find nothing), the
//! coordinator reads and comments, and the mentor sees the comment. A further mentor of a
//! tandem gets a link of their own, writes a diary the other mentor does not read, sees the
//! children's profiles like the primary mentor (the mentees do not), and their certificate of
//! volunteering counts the tandem's hours.

#![allow(clippy::unwrap_used)]

mod common;

use axum::http::StatusCode;
use common::{Session, TestApp, now};
use tandem_core::{
    ids::{OrganisationId, PersonId, TandemId},
    minors::{
        CertificateRecord, ConsentChannel, Guardian, GuardianConsent, GuardianRelation,
        MinorDetails,
    },
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    programme::ProgrammeDetails,
    programme_rules::ProgrammeRules,
    tandem::TandemAction,
    user::Role,
};

struct Running {
    tandem: TandemId,
    coordinator: Session,
}

/// A running tandem of `kind` started ten days ago; its links mailed by the follow-up job.
async fn running_tandem(app: &TestApp, org: &OrganisationId, kind: &str, prefix: &str) -> Running {
    let details =
        ProgrammeDetails::parse("Lernpaten", kind, "", "49074", "de", "12", "1", true).unwrap();
    let programme = app
        .store
        .create_programme(org, &details, now())
        .await
        .unwrap()
        .id;
    let consent = ConsentRecord {
        text_version: "v1".into(),
        locale: "de".into(),
        given_at: now(),
    };
    let mut ids = Vec::new();
    for (side, name) in [(Side::Mentor, "jonas"), (Side::Mentee, "amina")] {
        let form = ProfileForm {
            first_name: format!("{prefix}{name}"),
            last_name: "Beispiel".into(),
            email: format!("{prefix}{name}@example.org"),
            postal_code: "49074".into(),
            languages: "de:native".into(),
            birth_year: "1990".into(),
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
            .screen_person(org, &person.id, PersonStatus::Ready, now())
            .await
            .unwrap();
        ids.push(person.id);
    }
    let tandem = app
        .store
        .create_tandem(org, &ids[0], &ids[1], now())
        .await
        .unwrap()
        .id;
    let started = now() - time::Duration::days(10);
    for action in [
        TandemAction::Accept(Side::Mentor),
        TandemAction::Accept(Side::Mentee),
        TandemAction::Start,
    ] {
        app.store
            .apply_tandem_action(org, &tandem, action, started)
            .await
            .unwrap();
    }
    let email = format!("{prefix}coordinator@example.org");
    app.user(&email, Role::Coordinator, Some(org)).await;
    Running {
        tandem,
        coordinator: app.login(&email).await,
    }
}

async fn link_in_mail(app: &TestApp, recipient: &str) -> String {
    let mails = app.store.pending_mails(100, 8).await.unwrap();
    let mail = mails
        .iter()
        .rev()
        .find(|m| m.recipient == recipient && m.body.contains("/meetings/"))
        .unwrap();
    let at = mail.body.find("/meetings/").unwrap();
    mail.body[at..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

/// A ready person of the programme; a child (birth year after 2008) with a parent's consent.
async fn ready(
    app: &TestApp,
    org: &OrganisationId,
    programme: &tandem_core::ids::ProgrammeId,
    side: Side,
    name: &str,
    year: i32,
) -> PersonId {
    let form = ProfileForm {
        first_name: name.into(),
        last_name: "Beispiel".into(),
        email: format!("{}@example.org", name.to_lowercase()),
        postal_code: "49074".into(),
        languages: "ar:native,de:B1".into(),
        birth_year: year.to_string(),
        ..ProfileForm::default()
    }
    .parse(2026)
    .unwrap();
    let consent = ConsentRecord {
        text_version: "v1".into(),
        locale: "de".into(),
        given_at: now(),
    };
    let person = if year > 2008 {
        let details = MinorDetails {
            birth_date: time::Date::from_calendar_date(year, time::Month::May, 2).unwrap(),
            guardian: Some(Guardian {
                name: "Layla Haddad".into(),
                relation: GuardianRelation::Parent,
                phone: Some("0541 998877".into()),
                email: None,
            }),
            consent: Some(GuardianConsent {
                given_by: "Layla Haddad".into(),
                given_on: time::macros::date!(2026 - 11 - 20),
                channel: ConsentChannel::Paper,
            }),
            nomination: None,
        };
        app.store
            .register_person_with_details(programme, side, &form, &consent, &details, now())
            .await
            .unwrap()
    } else {
        app.store
            .register_person(programme, side, &form, &consent, now())
            .await
            .unwrap()
    };
    app.store
        .screen_person(org, &person.id, PersonStatus::Ready, now())
        .await
        .unwrap();
    person.id
}

fn today() -> String {
    tandem_core::followup::iso_date(tandem_core::event::to_local(now()).date())
}

app_tests! {
    async fn the_mentor_writes_the_coordinator_comments_and_the_mentor_reads_it(app) {
        let org = app.organisation("Balu und Du Osnabrück").await;
        let running = running_tandem(app, &org, "learning", "").await;
        tandem_web::jobs::followup_mails(&app.store, &tandem_web::WebConfig::default(), now()).await.unwrap();
        let mentor = link_in_mail(app, "jonas@example.org").await;
        let mentee = link_in_mail(app, "amina@example.org").await;
        let public = Session::default();
        let diary = format!("{mentor}/diary");
        let page = app.get(&diary, &public).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("name=\"activities\""));
        assert_eq!(app.get(&format!("{mentee}/diary"), &public).await.status, StatusCode::NOT_FOUND, "the mentee never sees the diary");

        let refused = app.post_form(&diary, &public, &[("date", &today()), ("minutes", "90"), ("activities", "Im Zoo Giraffen gezählt"), ("how_it_went", "")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("Im Zoo Giraffen gezählt"), "what was typed stays");
        assert!(refused.body.contains("id=\"how_it_went-error\""));
        let saved = app.post_form(&diary, &public, &[("date", &today()), ("minutes", "90"), ("activities", "Im Zoo Giraffen gezählt"), ("how_it_went", "Amina hat viel gelacht")]).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);

        let coordinator_page = format!("/coordinator/tandems/{}/diary", running.tandem);
        let page = app.get(&coordinator_page, &running.coordinator).await;
        assert!(page.body.contains("Amina hat viel gelacht"));
        let entry = app.store.diary(&org, &running.tandem).await.unwrap()[0].id.clone();
        let comment = format!("{coordinator_page}/{entry}/comment");
        let empty = app.post_form(&comment, &running.coordinator, &[("comment", "  ")]).await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        let done = app.post_form(&comment, &running.coordinator, &[("comment", "Schöne Idee, weiter so!")]).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        let page = app.get(&diary, &public).await;
        assert!(page.body.contains("Schöne Idee, weiter so!"), "the mentor sees the comment");
        // The entries are in the mentor's data export, with the comment.
        let mentor_id = app.store.diary(&org, &running.tandem).await.unwrap()[0].mentor_id.clone();
        let export = app.get(&format!("/coordinator/people/{mentor_id}/export"), &running.coordinator).await;
        assert_eq!(export.status, StatusCode::OK);
        let export: serde_json::Value = serde_json::from_str(&export.body).unwrap();
        assert_eq!(export["diary_entries"][0]["how_it_went"], "Amina hat viel gelacht");
        assert_eq!(export["diary_entries"][0]["comment"], "Schöne Idee, weiter so!");

        // Another organisation's coordinator finds neither the diary nor the entry.
        let other = app.organisation("Exil e.V.").await;
        let theirs = running_tandem(app, &other, "learning", "b-").await;
        assert_eq!(app.get(&coordinator_page, &theirs.coordinator).await.status, StatusCode::NOT_FOUND);
        let probe = app.post_form(&comment, &theirs.coordinator, &[("comment", "übernommen")]).await;
        assert_eq!(probe.status, StatusCode::NOT_FOUND);
        let wrong_tandem = format!("/coordinator/tandems/{}/diary/{entry}/comment", theirs.tandem);
        assert_eq!(app.post_form(&wrong_tandem, &theirs.coordinator, &[("comment", "übernommen")]).await.status, StatusCode::NOT_FOUND);
        assert_eq!(app.store.diary(&org, &running.tandem).await.unwrap()[0].comment.as_deref(), Some("Schöne Idee, weiter so!"));
    }

    async fn programmes_without_diaries_have_no_diary_page(app) {
        let org = app.organisation("Start with a Friend").await;
        running_tandem(app, &org, "buddy", "").await;
        tandem_web::jobs::followup_mails(&app.store, &tandem_web::WebConfig::default(), now()).await.unwrap();
        let mentor = link_in_mail(app, "jonas@example.org").await;
        assert_eq!(app.get(&format!("{mentor}/diary"), &Session::default()).await.status, StatusCode::NOT_FOUND);
    }

    async fn a_further_mentor_has_a_link_a_private_diary_the_childrens_profiles_and_hours(app) {
        let org = app.organisation("Balu und Du Osnabrück").await;
        let details = ProgrammeDetails::parse("Lernpaten Geschwister", "learning", "", "49074", "de", "12", "1", true).unwrap();
        let programme = app.store.create_programme(&org, &details, now()).await.unwrap().id;
        let rules = ProgrammeRules { max_mentors_per_tandem: 2, max_mentees_per_tandem: 2, ..ProgrammeRules::default() };
        app.store.set_programme_rules(&org, &programme, &rules, now()).await.unwrap();
        let admin = app.user("leitung@example.org", Role::OrgAdmin, Some(&org)).await;
        let jonas = ready(app, &org, &programme, Side::Mentor, "Jonas", 1998).await;
        let lea = ready(app, &org, &programme, Side::Mentor, "Lea", 2000).await;
        for mentor in [&jonas, &lea] {
            let record = CertificateRecord {
                inspected_on: time::macros::date!(2026 - 11 - 20),
                certificate_dated: time::macros::date!(2026 - 11 - 01),
                relevant_entry: false,
                inspected_by: admin.clone(),
            };
            app.store.record_certificate(&org, mentor, &record, now()).await.unwrap();
        }
        let rana = ready(app, &org, &programme, Side::Mentee, "Rana", 2017).await;
        let sami = ready(app, &org, &programme, Side::Mentee, "Sami", 2018).await;
        let tandem = app.store.create_tandem(&org, &jonas, &rana, now()).await.unwrap().id;
        app.store.add_tandem_member(&org, &tandem, &lea, now()).await.unwrap();
        app.store.add_tandem_member(&org, &tandem, &sami, now()).await.unwrap();
        let started = now() - time::Duration::days(10);
        for action in [TandemAction::Accept(Side::Mentor), TandemAction::Accept(Side::Mentee), TandemAction::Start] {
            app.store.apply_tandem_action(&org, &tandem, action, started).await.unwrap();
        }
        app.user("koordination@example.org", Role::Coordinator, Some(&org)).await;
        let coordinator = app.login("koordination@example.org").await;

        // The follow-up job mails every member their own meeting-log link.
        tandem_web::jobs::followup_mails(&app.store, &tandem_web::WebConfig::default(), now()).await.unwrap();
        let links: Vec<String> = member_links(app, &["jonas", "lea", "rana", "sami"]).await;
        let [jonas_link, lea_link, rana_link, sami_link] = [&links[0], &links[1], &links[2], &links[3]];
        let public = Session::default();

        // Both mentors see both children, with the guardian to call; the children's pages do not.
        for link in [jonas_link, lea_link] {
            let page = app.get(link, &public).await;
            assert_eq!(page.status, StatusCode::OK);
            assert!(page.body.contains("id=\"mentees\""), "{}", page.body);
            assert!(page.body.contains("Rana") && page.body.contains("Sami") && page.body.contains("0541 998877"));
        }
        for link in [rana_link, sami_link] {
            let page = app.get(link, &public).await;
            assert_eq!(page.status, StatusCode::OK);
            assert!(!page.body.contains("id=\"mentees\"") && !page.body.contains("0541 998877"));
        }

        // Lea logs a meeting and writes her diary; Jonas's diary page does not show her entry.
        let logged = app.post_form(lea_link, &public, &[("date", &today()), ("minutes", "90"), ("kind", "in_person"), ("note", "")]).await;
        assert_eq!(logged.status, StatusCode::SEE_OTHER, "{}", logged.body);
        let written = app.post_form(&format!("{lea_link}/diary"), &public, &[("date", &today()), ("minutes", "90"), ("activities", "Mit Sami Drachen gebaut"), ("how_it_went", "Sehr gut")]).await;
        assert_eq!(written.status, StatusCode::SEE_OTHER, "{}", written.body);
        assert!(app.get(&format!("{lea_link}/diary"), &public).await.body.contains("Mit Sami Drachen gebaut"));
        assert!(!app.get(&format!("{jonas_link}/diary"), &public).await.body.contains("Mit Sami Drachen gebaut"), "private to its author");
        assert_eq!(app.get(&format!("{sami_link}/diary"), &public).await.status, StatusCode::NOT_FOUND);
        let coordinator_page = app.get(&format!("/coordinator/tandems/{tandem}/diary"), &coordinator).await;
        assert!(coordinator_page.body.contains("Mit Sami Drachen gebaut") && coordinator_page.body.contains("Lea Beispiel"));

        // Lea's certificate of volunteering lists the tandem with its hours.
        let hex = |s: &str| s.bytes().map(|b| format!("{b:02x}")).collect::<String>();
        let pdf = app.get(&format!("/coordinator/people/{lea}/volunteering-certificate?lang=en"), &coordinator).await;
        assert_eq!(pdf.status, StatusCode::OK);
        assert!(pdf.body.contains(&hex("Lernpaten Geschwister")), "the tandem's programme is listed");
        assert!(pdf.body.contains(&hex("1.5")), "with the hour and a half of the meeting");

        // Taken out of the tandem, Lea's link opens nothing any more.
        app.store.remove_tandem_member(&org, &tandem, &lea, now()).await.unwrap();
        assert_eq!(app.get(lea_link, &public).await.status, StatusCode::NOT_FOUND);
        assert_eq!(app.get(&format!("{lea_link}/diary"), &public).await.status, StatusCode::NOT_FOUND);
        assert_eq!(app.get(jonas_link, &public).await.status, StatusCode::OK);
    }
}

/// The meeting-log link mailed to each of `names` (`name@example.org`), in that order.
async fn member_links(app: &TestApp, names: &[&str]) -> Vec<String> {
    let mut links = Vec::new();
    for name in names {
        links.push(link_in_mail(app, &format!("{name}@example.org")).await);
    }
    links
}
