//! Organisation B never reaches organisation A's objects: every route that takes an object id,
//! for every staff role of B, answers 404 — pages and API alike.
//!
//! ROUTE AUTHORS: every route with an object id in its path belongs in `OBJECT_ROUTES`. The test
//! `every_object_route_is_in_the_table` fails when the router has an id route the table lacks.

#![allow(clippy::unwrap_used)]

mod common;

use axum::http::StatusCode;
use common::{Session, TestApp, now};
use tandem_core::{
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    user::Role,
};

/// (method, path with `{programme}`, `{person}` or `{tandem}`, request body kind).
const OBJECT_ROUTES: &[(&str, &str, Body)] = &[
    (
        "GET",
        "/coordinator/programmes/{programme}/people",
        Body::None,
    ),
    (
        "GET",
        "/coordinator/programmes/{programme}/tandems/new",
        Body::None,
    ),
    (
        "POST",
        "/coordinator/programmes/{programme}/tandems",
        Body::Form,
    ),
    ("GET", "/coordinator/people/{person}", Body::None),
    ("POST", "/coordinator/people/{person}/screen", Body::Form),
    ("POST", "/coordinator/people/{person}/notes", Body::Form),
    ("GET", "/coordinator/people/{person}/export", Body::None),
    ("GET", "/coordinator/people/{person}/consents", Body::None),
    ("POST", "/coordinator/people/{person}/consents", Body::Form),
    ("POST", "/coordinator/requests/{request}/done", Body::Form),
    ("GET", "/coordinator/people/{person}/guardian", Body::None),
    ("POST", "/coordinator/people/{person}/guardian", Body::Form),
    (
        "GET",
        "/coordinator/people/{person}/certificate",
        Body::None,
    ),
    (
        "POST",
        "/coordinator/people/{person}/certificate",
        Body::Form,
    ),
    ("POST", "/coordinator/people/{person}/erase", Body::Form),
    (
        "GET",
        "/coordinator/programmes/{programme}/matching",
        Body::None,
    ),
    (
        "POST",
        "/coordinator/programmes/{programme}/matching",
        Body::Form,
    ),
    ("GET", "/coordinator/runs/{run}", Body::None),
    (
        "POST",
        "/coordinator/runs/{run}/proposals/{proposal}",
        Body::Form,
    ),
    ("POST", "/coordinator/runs/{run}/swap", Body::Form),
    ("POST", "/coordinator/runs/{run}/send", Body::Form),
    ("POST", "/coordinator/runs/{run}/discard", Body::Form),
    ("GET", "/coordinator/tandems/{tandem}", Body::None),
    ("GET", "/coordinator/tandems/{tandem}/followup", Body::None),
    ("GET", "/coordinator/tandems/{tandem}/diary", Body::None),
    (
        "POST",
        "/coordinator/tandems/{tandem}/diary/{entry}/comment",
        Body::Form,
    ),
    ("POST", "/coordinator/tandems/{tandem}/meetings", Body::Form),
    (
        "POST",
        "/coordinator/tandems/{tandem}/check-ins/resolve",
        Body::Form,
    ),
    (
        "POST",
        "/coordinator/programmes/{programme}/followup-settings",
        Body::Form,
    ),
    (
        "GET",
        "/coordinator/programmes/{programme}/dashboard",
        Body::None,
    ),
    (
        "GET",
        "/coordinator/programmes/{programme}/dashboard.csv",
        Body::None,
    ),
    (
        "GET",
        "/coordinator/programmes/{programme}/dashboard.xlsx",
        Body::None,
    ),
    ("GET", "/coordinator/people/{person}/outcomes", Body::None),
    ("POST", "/coordinator/people/{person}/outcomes", Body::Form),
    (
        "POST",
        "/coordinator/people/{person}/outcomes/{outcome}/delete",
        Body::Form,
    ),
    ("POST", "/coordinator/tandems/{tandem}/action", Body::Form),
    ("POST", "/coordinator/tandems/{tandem}/members", Body::Form),
    (
        "POST",
        "/coordinator/tandems/{tandem}/members/{member}/remove",
        Body::Form,
    ),
    ("GET", "/admin/programmes/{programme}/edit", Body::None),
    (
        "GET",
        "/admin/programmes/{programme}/matching-criteria",
        Body::None,
    ),
    (
        "POST",
        "/admin/programmes/{programme}/matching-criteria",
        Body::Form,
    ),
    ("POST", "/admin/programmes/{programme}", Body::Form),
    ("GET", "/admin/programmes/{programme}/listing", Body::None),
    ("GET", "/admin/programmes/{programme}/rules", Body::None),
    ("POST", "/admin/programmes/{programme}/rules", Body::Form),
    (
        "POST",
        "/admin/programmes/{programme}/questions",
        Body::Form,
    ),
    (
        "POST",
        "/admin/programmes/{programme}/questions/{entry}/delete",
        Body::Form,
    ),
    ("POST", "/coordinator/people/{person}/trainings", Body::Form),
    (
        "GET",
        "/coordinator/people/{person}/volunteering-certificate",
        Body::None,
    ),
    ("GET", "/staff/events/{event}", Body::None),
    ("GET", "/staff/events/{event}/edit", Body::None),
    ("POST", "/staff/events/{event}/edit", Body::Form),
    (
        "POST",
        "/staff/events/{event}/attendance/{registration}",
        Body::Form,
    ),
    ("GET", "/staff/events/{event}/registrations.csv", Body::None),
    ("POST", "/admin/programmes/{programme}/listing", Body::Form),
    (
        "GET",
        "/coordinator/programmes/{programme}/import",
        Body::None,
    ),
    (
        "POST",
        "/coordinator/programmes/{programme}/import",
        Body::Form,
    ),
    (
        "GET",
        "/coordinator/programmes/{programme}/import/{upload}",
        Body::None,
    ),
    (
        "POST",
        "/coordinator/programmes/{programme}/import/{upload}",
        Body::Form,
    ),
    ("GET", "/coordinator/imports/{job}", Body::None),
    (
        "GET",
        "/coordinator/programmes/{programme}/export.csv",
        Body::None,
    ),
    (
        "GET",
        "/coordinator/programmes/{programme}/export.xlsx",
        Body::None,
    ),
    (
        "GET",
        "/coordinator/programmes/{programme}/tandems.csv",
        Body::None,
    ),
    ("GET", "/api/v1/programmes/{programme}", Body::None),
    ("PUT", "/api/v1/programmes/{programme}", Body::Json),
    ("GET", "/api/v1/people/{person}", Body::None),
    ("POST", "/api/v1/people/{person}/screening", Body::Json),
    ("GET", "/api/v1/tandems/{tandem}", Body::None),
    ("POST", "/api/v1/tandems/{tandem}/actions", Body::Json),
    ("GET", "/api/v1/tandems/{tandem}/members", Body::None),
    ("POST", "/api/v1/tandems/{tandem}/members", Body::Json),
    (
        "DELETE",
        "/api/v1/tandems/{tandem}/members/{member}",
        Body::Json,
    ),
];

/// Lists that take a filter id instead of a path id: B's answer must not contain A's objects.
const FILTERED_LISTS: &[&str] = &[
    "/api/v1/people?programme={programme}",
    "/api/v1/tandems?programme={programme}",
    "/coordinator/tandems?programme={programme}",
];

#[derive(Clone, Copy)]
enum Body {
    None,
    Form,
    Json,
}

struct Fixture {
    programme: String,
    person: String,
    mentee: String,
    tandem: String,
    run: String,
    proposal: String,
    event: String,
    registration: String,
    request: String,
}

impl Fixture {
    fn fill(&self, template: &str) -> String {
        template
            .replace("{programme}", &self.programme)
            .replace("{person}", &self.person)
            .replace("{tandem}", &self.tandem)
            .replace("{run}", &self.run)
            .replace("{proposal}", &self.proposal)
            .replace("{event}", &self.event)
            .replace("{registration}", &self.registration)
            .replace("{request}", &self.request)
            // A further member: A's own person, reached only through A's tandem.
            .replace("{member}", &self.person)
            // Uploads are checked within the programme's organisation first; tests/import.rs
            // tries A's real upload ids from organisation B.
            .replace("{upload}", "00000000-0000-4000-8000-000000000000")
            // Import jobs are looked up within the organisation; tests/import.rs tries A's real
            // job from organisation B.
            .replace("{job}", "00000000-0000-4000-8000-000000000000")
            // Diary entries are looked up within the tandem, which B cannot reach first.
            .replace("{entry}", "00000000-0000-4000-8000-000000000000")
            // Outcomes are looked up within the person, which B cannot reach first.
            .replace("{outcome}", "00000000-0000-4000-8000-000000000000")
    }
}

async fn organisation_a(app: &TestApp) -> Fixture {
    let org = app.organisation("Organisation A").await;
    let programme = app.programme(&org).await;
    let consent = ConsentRecord {
        text_version: "v1".into(),
        locale: "de".into(),
        given_at: now(),
    };
    let mut ids = Vec::new();
    for (side, email) in [
        (Side::Mentor, "mentor-a@example.org"),
        (Side::Mentee, "mentee-a@example.org"),
    ] {
        let form = ProfileForm {
            first_name: "Secret".into(),
            last_name: "Person".into(),
            email: email.into(),
            postal_code: "30159".into(),
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
            .screen_person(&org, &person.id, PersonStatus::Ready, now())
            .await
            .unwrap();
        ids.push(person.id);
    }
    let tandem = app
        .store
        .create_tandem(&org, &ids[0], &ids[1], now())
        .await
        .unwrap();
    // A draft matching run of A, with one proposal.
    let coordinator = app
        .user("coordinator-a@example.org", Role::Coordinator, Some(&org))
        .await;
    let outcome = tandem_core::matching::Outcome {
        proposals: vec![tandem_core::matching::Proposal {
            mentee: ids[1].clone(),
            mentor: ids[0].clone(),
            score: 500,
            reasons: vec![],
            pinned: false,
        }],
        waiting: vec![],
        total_score: 500,
        mentees: 1,
        places: 1,
    };
    let details = app.store.programme(&org, &programme).await.unwrap().details;
    let run = app
        .store
        .save_run(
            &org,
            &programme,
            &coordinator,
            "best_fit",
            &tandem_core::matching::Criteria::defaults_for(&details),
            &serde_json::json!({}),
            &outcome,
            &std::collections::HashMap::new(),
            now(),
        )
        .await
        .unwrap();
    let proposal = app.store.matching_run(&org, &run).await.unwrap().proposals[0]
        .id
        .clone();
    // An event of A with a registration ("Secret Person" must not leak).
    let (event_details, sessions) = tandem_core::event::EventForm {
        kind: "training".into(),
        title: "Schulung A".into(),
        date: "2030-05-06".into(),
        start_time: "18:00".into(),
        end_time: "20:00".into(),
        place: "Raum 1".into(),
        capacity: "10".into(),
        published: Some("on".into()),
        ..Default::default()
    }
    .parse()
    .unwrap();
    let event = app
        .store
        .create_event(Some(&org), &event_details, &sessions, now())
        .await
        .unwrap();
    let attendee =
        tandem_core::event::Attendee::parse("Secret Person", "secret@example.org", "", "").unwrap();
    let registration = app
        .store
        .register_for_event(&event.id, &attendee, "de", "isolation-hash", now())
        .await
        .unwrap();
    // An open data request about A's mentee.
    let request = app
        .store
        .open_data_request(
            &org,
            &ids[1],
            tandem_core::consent::RequestKind::Erasure,
            true,
            false,
            now(),
        )
        .await
        .unwrap();
    Fixture {
        request,
        event: event.id.to_string(),
        registration: registration.id.to_string(),
        run: run.to_string(),
        proposal,
        programme: programme.to_string(),
        person: ids[0].to_string(),
        mentee: ids[1].to_string(),
        tandem: tandem.id.to_string(),
    }
}

fn body_for(kind: Body, fixture: &Fixture) -> (Vec<(String, String)>, serde_json::Value) {
    let form = vec![
        ("status".to_owned(), "withdrawn".to_owned()),
        ("notes".to_owned(), "overwritten".to_owned()),
        ("action".to_owned(), "accept_mentor".to_owned()),
        ("mentor".to_owned(), fixture.person.clone()),
        ("mentee".to_owned(), fixture.mentee.clone()),
        ("name".to_owned(), "Taken over".to_owned()),
        ("kind".to_owned(), "buddy".to_owned()),
        ("region".to_owned(), "online".to_owned()),
        ("languages".to_owned(), "de".to_owned()),
        ("planned_duration_months".to_owned(), "6".to_owned()),
        ("mentor_capacity".to_owned(), "1".to_owned()),
        ("confirm".to_owned(), "yes".to_owned()),
    ];
    let json = match kind {
        Body::Json => serde_json::json!({}),
        _ => serde_json::Value::Null,
    };
    (form, json)
}

fn json_body(path: &str) -> serde_json::Value {
    if path.ends_with("/screening") {
        serde_json::json!({"status": "withdrawn"})
    } else if path.ends_with("/members") {
        serde_json::json!({"person_id": "00000000-0000-4000-8000-000000000000"})
    } else if path.ends_with("/actions") {
        serde_json::json!({"action": "accept_mentor"})
    } else {
        serde_json::json!({"name": "Taken over", "kind": "buddy", "region": "online", "languages": ["de"],
            "planned_duration_months": 6, "mentor_capacity": 1, "published": true})
    }
}

app_tests! {
    async fn every_object_operation_of_the_api_document_is_in_the_table(app) {
        let document = app.get("/api/openapi.json", &Session::default()).await;
        assert_eq!(document.status, StatusCode::OK);
        let document: serde_json::Value = serde_json::from_str(&document.body).unwrap();
        let paths = document["paths"].as_object().unwrap();
        let mut missing = Vec::new();
        let mut operations = 0;
        for (path, item) in paths.iter().filter(|(path, _)| path.contains('{')) {
            for method in item.as_object().unwrap().keys() {
                let method = method.to_uppercase();
                if !["GET", "POST", "PUT", "PATCH", "DELETE"].contains(&method.as_str()) {
                    continue;
                }
                operations += 1;
                let listed = OBJECT_ROUTES.iter().any(|(listed_method, template, _)| {
                    *listed_method == method && with_any_parameter(template) == with_any_parameter(path)
                });
                if !listed {
                    missing.push(format!("{method} {path}"));
                }
            }
        }
        assert!(operations > 3, "the document lists the API's object operations");
        assert!(missing.is_empty(), "API operations missing from OBJECT_ROUTES: {missing:?}");
    }

    async fn staff_of_another_organisation_get_404_everywhere(app) {
        let fixture = organisation_a(app).await;
        let org_b = app.organisation("Organisation B").await;
        app.programme(&org_b).await;
        app.user("coordinator-b@example.org", Role::Coordinator, Some(&org_b)).await;
        app.user("admin-b@example.org", Role::OrgAdmin, Some(&org_b)).await;
        let mut checked = 0;
        for email in ["coordinator-b@example.org", "admin-b@example.org"] {
            let session: Session = app.login(email).await;
            for (method, template, kind) in OBJECT_ROUTES {
                let path = fixture.fill(template);
                let response = match (method, kind) {
                    (&"GET", _) => app.get(&path, &session).await,
                    (_, Body::Json) => app.send_json(method, &path, &session, json_body(&path)).await,
                    (_, _) => {
                        let (form, _) = body_for(*kind, &fixture);
                        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                        app.post_form(&path, &session, &pairs).await
                    }
                };
                // A coordinator may not use admin routes at all (403 would reveal nothing either,
                // but we answer 404 or 403 only — never 2xx or 3xx).
                let admin_only = template.starts_with("/admin") || (*method == "PUT" && template.starts_with("/api/v1/programmes"));
                let acceptable = response.status == StatusCode::NOT_FOUND
                    || (email.starts_with("coordinator") && admin_only && response.status == StatusCode::FORBIDDEN);
                assert!(acceptable, "{email} {method} {path} answered {}: {}", response.status, response.body);
                assert!(!response.body.contains("Secret"), "{method} {path} leaked a name");
                checked += 1;
            }
            for template in FILTERED_LISTS {
                let response = app.get(&fixture.fill(template), &session).await;
                assert!(!response.body.contains("Secret"), "{template} leaked a name for {email}");
                checked += 1;
            }
        }
        assert_eq!(checked, 2 * (OBJECT_ROUTES.len() + FILTERED_LISTS.len()));
        eprintln!(
            "isolation matrix: ({} object routes + {} filtered lists) x 2 roles of B = {checked} requests",
            OBJECT_ROUTES.len(),
            FILTERED_LISTS.len()
        );
        // Nothing of A changed.
        let org_a_person = app.store.list_people(&app.store.list_organisations().await.unwrap()[0].id, &tandem_store::PeopleQuery::default()).await.unwrap();
        assert!(org_a_person.items.iter().all(|p| p.status == "matched"), "A's people are untouched");
        let org_a = &app.store.list_organisations().await.unwrap()[0].id;
        let run = app.store.matching_run(org_a, &tandem_core::ids::RunId::from_string(fixture.run.clone())).await.unwrap();
        assert_eq!((run.status.as_str(), run.proposals[0].state.as_str()), ("draft", "proposed"), "A's run is untouched");
    }
}

/// `/a/{id}/b/{member}` → `/a/{}/b/{}`: the document and the table may name parameters differently.
fn with_any_parameter(path: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for character in path.chars() {
        match character {
            '{' => {
                inside = true;
                out.push_str("{}");
            }
            '}' => inside = false,
            _ if !inside => out.push(character),
            _ => {}
        }
    }
    out
}

/// Every route with a path parameter in the router source is listed in the table above.
#[test]
fn every_object_route_is_in_the_table() {
    // Every source file of the crate, so a route added in a new module cannot slip past.
    let mut sources = Vec::new();
    let mut folders = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                sources.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    assert!(sources.len() > 10, "the router's sources were found");
    let mut missing = Vec::new();
    for source in &sources {
        // `.route("/path", …)` on one line or, as rustfmt writes long ones, over several.
        for call in source.split(".route(").skip(1) {
            let Some(literal) = call.trim_start().strip_prefix('"') else {
                continue;
            };
            let path = literal.split('"').next().unwrap();
            if !path.contains('{')
                || path.starts_with("/programmes/")
                || path.starts_with("/organisations/")
                || path.starts_with("/events/")
            {
                continue; // public pages of published programmes and of the fair are meant to be reachable
            }
            if path.starts_with("/proposal/") {
                continue; // a personal link: its secret is the key (tests/slice.rs covers it)
            }
            if path.starts_with("/me/") {
                continue; // the person's own data page, keyed by its secret (tests/consent.rs)
            }
            if path.starts_with("/meetings/")
                || path.starts_with("/check-in/")
                || path.starts_with("/survey/")
            {
                continue; // personal follow-up links, keyed by their secret (tests/followup.rs)
            }
            let normalised = path.replace("{id}", "{x}");
            let listed = OBJECT_ROUTES.iter().any(|(_, template, _)| {
                template
                    .replace("{programme}", "{x}")
                    .replace("{person}", "{x}")
                    .replace("{tandem}", "{x}")
                    .replace("{run}", "{x}")
                    .replace("{event}", "{x}")
                    .replace("{request}", "{x}")
                    == normalised
            });
            if !listed {
                missing.push(path.to_owned());
            }
        }
    }
    assert!(
        missing.is_empty(),
        "routes missing from OBJECT_ROUTES: {missing:?}"
    );
}
