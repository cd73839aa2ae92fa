//! Events through HTTP on both backends: registering, the waiting list, cancelling by link,
//! the organiser's form, the list at the door, the CSV and the calendar files.

#![allow(clippy::unwrap_used)]

mod common;

use axum::http::StatusCode;
use common::{Session, TestApp, now};
use tandem_core::{
    person::{ConsentRecord, ProfileForm, Side},
    user::Role,
};
use tandem_web::i18n::without_isolation;

/// Creates an event through the organiser's form and returns its id.
async fn create_event(app: &TestApp, session: &Session, capacity: &str, sessions: &str) -> String {
    let response = app
        .post_form(
            "/staff/events",
            session,
            &[
                ("kind", "conference"),
                ("title", "9. Integrationskonferenz"),
                ("description", "Gemeinsam, stark"),
                ("date", "2030-11-27"),
                ("start_time", "10:00"),
                ("end_time", "16:00"),
                ("place", "Hannover; Saal 1"),
                ("capacity", capacity),
                ("sessions", sessions),
                ("published", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    response
        .location
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned()
}

async fn register(app: &TestApp, event: &str, name: &str, email: &str) -> common::TestResponse {
    app.post_form(
        &format!("/events/{event}/register"),
        &Session::default(),
        &[
            ("name", name),
            ("email", email),
            ("organisation_name", "=HYPERLINK(1)"),
            ("accessibility_needs", ""),
        ],
    )
    .await
}

/// The secret of the newest mail's link to a registration.
async fn link_in_mail_to(app: &TestApp, recipient: &str) -> String {
    let mails = app.store.pending_mails(100, 8).await.unwrap();
    let mail = mails
        .iter()
        .rev()
        .find(|mail| mail.recipient == recipient)
        .unwrap();
    let at = mail.body.find("/events/registration/").unwrap();
    mail.body[at..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

app_tests! {
    async fn people_register_wait_and_move_up_when_someone_cancels(app) {
        app.user("alliance@example.org", Role::AllianceAdmin, None).await;
        let office = app.login("alliance@example.org").await;
        let event = create_event(app, &office, "1", "10:00-10:30 | Eröffnung | Ministerin\n11:00-12:00 | Podium | A, B").await;

        let public = app.get(&format!("/events/{event}"), &Session::default()).await;
        assert_eq!(public.status, StatusCode::OK);
        assert!(public.body.contains("Eröffnung") && public.body.contains("Podium"));
        assert!(app.get("/events", &Session::default()).await.body.contains("9. Integrationskonferenz"));

        let first = register(app, &event, "Amina Haddad", "amina@example.org").await;
        assert_eq!(first.status, StatusCode::SEE_OTHER);
        let amina = link_in_mail_to(app, "amina@example.org").await;
        let page = app.get(&amina, &Session::default()).await;
        assert!(page.body.contains("Sie sind angemeldet"), "{}", page.body);

        let second = register(app, &event, "Bilal Omar", "bilal@example.org").await;
        assert_eq!(second.status, StatusCode::SEE_OTHER);
        let bilal = link_in_mail_to(app, "bilal@example.org").await;
        assert!(without_isolation(&app.get(&bilal, &Session::default()).await.body).contains("Nummer 1 auf der Warteliste"));

        let twice = register(app, &event, "Amina Haddad", "AMINA@example.org").await;
        assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(twice.body.contains("schon angemeldet") && twice.body.contains("value=\"Amina Haddad\""));

        let bad = register(app, &event, "A", "not-an-address").await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("aria-describedby=\"email-error\""));

        let cancelled = app.post_form(&format!("{amina}/cancel"), &Session::default(), &[]).await;
        assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
        assert!(app.get(&amina, &Session::default()).await.body.contains("storniert"));
        assert!(app.get(&bilal, &Session::default()).await.body.contains("Sie sind angemeldet"));
        let mails = app.store.pending_mails(100, 8).await.unwrap();
        assert!(
            mails.iter().any(|mail| mail.recipient == "bilal@example.org" && mail.body.contains("Platz ist frei geworden")),
            "the one who moved up is told"
        );
    }

    async fn organisers_take_attendance_and_download_a_safe_csv(app) {
        let org = app.organisation("Exil e.V.").await;
        app.user("coordinator@exil.example.org", Role::Coordinator, Some(&org)).await;
        let staff = app.login("coordinator@exil.example.org").await;

        let refused = app
            .post_form("/staff/events", &staff, &[("kind", "training"), ("title", "Schulung"), ("date", "2030-02-30"), ("start_time", "18:00"), ("end_time", "17:00"), ("place", "Raum 1"), ("capacity", "20"), ("sessions", "18:00 Begrüßung")])
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("value=\"Schulung\"") && refused.body.contains("18:00 Begrüßung"), "what was typed stays");
        assert!(refused.body.contains("date-error") && refused.body.contains("end_time-error"));

        let event = create_event(app, &staff, "5", "").await;
        register(app, &event, "Mara Berg", "mara@example.org").await;
        let list = app.get(&format!("/staff/events/{event}"), &staff).await;
        assert_eq!(list.status, StatusCode::OK);
        let id = list.body.split("id=\"r-").nth(1).unwrap().split('"').next().unwrap().to_owned();
        let ticked = app.post_form(&format!("/staff/events/{event}/attendance/{id}"), &staff, &[("attended", "yes")]).await;
        assert_eq!(ticked.status, StatusCode::SEE_OTHER);
        assert!(without_isolation(&app.get(&format!("/staff/events/{event}"), &staff).await.body).contains("1 Person anwesend"));

        let csv = app.get(&format!("/staff/events/{event}/registrations.csv"), &staff).await;
        assert_eq!(csv.status, StatusCode::OK);
        assert!(csv.body.starts_with("Name,E-Mail,Organisation"));
        assert!(csv.body.contains("Mara Berg,mara@example.org,'=HYPERLINK(1)"), "formulas are defused: {}", csv.body);
        assert!(csv.body.contains(",1,"), "attendance is in the file");
    }

    async fn a_larger_training_moves_people_up_and_attendance_shows_on_the_mentor(app) {
        let org = app.organisation("Exil e.V.").await;
        app.user("coordinator@exil.example.org", Role::Coordinator, Some(&org)).await;
        let staff = app.login("coordinator@exil.example.org").await;
        let mut fields = vec![
            ("kind", "training"),
            ("title", "Schulung für Mentorinnen"),
            ("description", "Rolle, Grenzen, Nähe und Distanz"),
            ("date", "2030-03-05"),
            ("start_time", "18:00"),
            ("end_time", "20:00"),
            ("place", "Hannover"),
            ("capacity", "1"),
            ("sessions", ""),
            ("published", "yes"),
        ];
        let created = app.post_form("/staff/events", &staff, &fields).await;
        let event = created.location.unwrap().rsplit('/').next().unwrap().to_owned();
        register(app, &event, "Mara Berg", "mara@example.org").await;
        register(app, &event, "Nils Ek", "nils@example.org").await;
        let nils = link_in_mail_to(app, "nils@example.org").await;
        assert!(without_isolation(&app.get(&nils, &Session::default()).await.body).contains("Nummer 1 auf der Warteliste"));

        fields[7] = ("capacity", "2");
        let edited = app.post_form(&format!("/staff/events/{event}/edit"), &staff, &fields).await;
        assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
        assert!(app.get(&nils, &Session::default()).await.body.contains("Sie sind angemeldet"), "the waiting list moved up");
        let mails = app.store.pending_mails(100, 8).await.unwrap();
        assert!(mails.iter().any(|mail| mail.recipient == "nils@example.org" && mail.body.contains("Platz ist frei geworden")));

        // Mara is a mentor in a programme; her attendance at the door counts on her record.
        let programme = app.programme(&org).await;
        let form = ProfileForm {
            first_name: "Mara".into(),
            last_name: "Berg".into(),
            email: "Mara@Example.org".into(),
            postal_code: "30159".into(),
            languages: "de:native".into(),
            availability: vec!["1-2".into()],
            birth_year: "1980".into(),
            locale: "de".into(),
            ..ProfileForm::default()
        };
        let consent = ConsentRecord { text_version: "v1".into(), locale: "de".into(), given_at: now() };
        let mara = app.store.register_person(&programme, Side::Mentor, &form.parse(2026).unwrap(), &consent, now()).await.unwrap();
        let before = app.get(&format!("/coordinator/people/{}", mara.id), &staff).await;
        assert!(before.body.contains("Noch keine Schulung besucht"), "{}", before.body);

        let list = app.get(&format!("/staff/events/{event}"), &staff).await;
        let id = list.body.split("id=\"r-").nth(1).unwrap().split('"').next().unwrap().to_owned();
        app.post_form(&format!("/staff/events/{event}/attendance/{id}"), &staff, &[("attended", "yes")]).await;
        let after = app.get(&format!("/coordinator/people/{}", mara.id), &staff).await;
        assert!(after.body.contains("Besuchte Schulungen"));
        assert!(after.body.contains("Schulung für Mentorinnen</bdi> · 2030-03-05"), "{}", after.body);
    }

    async fn calendar_files_parse_with_a_real_icalendar_parser(app) {
        app.user("alliance@example.org", Role::AllianceAdmin, None).await;
        let office = app.login("alliance@example.org").await;
        let long_title = "Panel 1: Patenschaften, Mentoring und Lernpatenschaften – was wirkt, für wen, und warum?";
        let event = create_event(app, &office, "300", &format!("10:00-10:30 | Eröffnung | Ministerin\n11:00-12:30 | {long_title} | A; B")).await;
        let ics = app.get(&format!("/events/{event}/event.ics"), &Session::default()).await;
        assert_eq!(ics.status, StatusCode::OK);
        assert!(ics.body.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.body.lines().all(|line| line.len() <= 76), "lines are folded");
        assert!(ics.body.contains("DTSTART:20301127T090000Z"), "10:00 in Hannover is 09:00 UTC in November");

        let Some(python) = std::env::var_os("TANDEM_TEST_PYTHON") else {
            eprintln!("SKIPPED: .ics parsing with Python icalendar (TANDEM_TEST_PYTHON not set)");
            return;
        };
        let has_icalendar = std::process::Command::new(&python).args(["-c", "import icalendar"]).status().is_ok_and(|s| s.success());
        if !has_icalendar {
            assert!(std::env::var_os("TANDEM_REQUIRE_SMTP").is_none(), "CI must provide icalendar");
            eprintln!("SKIPPED: Python icalendar is not installed");
            return;
        }
        let file = std::env::temp_dir().join(format!("tandem-{event}.ics"));
        std::fs::write(&file, &ics.body).unwrap();
        let script = "import sys, icalendar\n\
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n\
events = [c for c in cal.walk('VEVENT')]\n\
assert len(events) == 1, events\n\
e = events[0]\n\
print(e['SUMMARY'])\n\
print(e.decoded('DTSTART').isoformat())\n\
print(str(e['DESCRIPTION']).replace(chr(10), ' | '))\n\
print(e['LOCATION'])\n";
        let output = std::process::Command::new(&python).args(["-c", script]).arg(&file).output().unwrap();
        std::fs::remove_file(&file).ok();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let printed = String::from_utf8(output.stdout).unwrap();
        let lines: Vec<&str> = printed.lines().collect();
        assert_eq!(lines[0], "9. Integrationskonferenz");
        assert_eq!(lines[1], "2030-11-27T09:00:00+00:00");
        assert!(lines[2].contains(long_title), "{}", lines[2]);
        assert_eq!(lines[3], "Hannover; Saal 1");

        let org_feed = app.organisation("Exil e.V.").await;
        let feed = app.get(&format!("/organisations/{org_feed}/events.ics"), &Session::default()).await;
        assert_eq!(feed.status, StatusCode::OK);
        assert!(feed.body.contains("BEGIN:VCALENDAR") && !feed.body.contains("BEGIN:VEVENT"), "an empty feed is still a calendar");
    }
}
