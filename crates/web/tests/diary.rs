//! Mentors' diaries through HTTP on both backends: the mentor writes through the personal
//! meeting-log link (the mentee's link and programmes without diaries find nothing), the
//! coordinator reads and comments, and the mentor sees the comment.

#![allow(clippy::unwrap_used)]

mod common;

use axum::http::StatusCode;
use common::{Session, TestApp, now};
use tandem_core::{
    ids::{OrganisationId, TandemId},
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    programme::ProgrammeDetails,
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
}
