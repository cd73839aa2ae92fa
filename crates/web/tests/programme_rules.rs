//! Programme templates and rules through HTTP on both backends: a programme created from a
//! template, a custom intake question (and a bad one: 422), the registration form asking the
//! questions in the visitor's language and refusing an age outside the limits with the limit
//! named, a mentor's trainings recorded by the coordinator, a manual tandem refused while a
//! required training is missing, and the certificate of volunteering as PDF.

#![allow(clippy::unwrap_used)]

mod common;

use axum::http::StatusCode;
use common::{Session, TestApp};
use tandem_core::{
    ids::{OrganisationId, PersonId, ProgrammeId},
    person::Side,
    programme_rules::Template,
    user::Role,
};

struct Org {
    id: OrganisationId,
    admin: Session,
    coordinator: Session,
}

async fn org(app: &TestApp) -> Org {
    let id = app.organisation("IQ Netzwerk Niedersachsen").await;
    app.user("leitung@iq.example", Role::OrgAdmin, Some(&id))
        .await;
    app.user("koordination@iq.example", Role::Coordinator, Some(&id))
        .await;
    Org {
        admin: app.login("leitung@iq.example").await,
        coordinator: app.login("koordination@iq.example").await,
        id,
    }
}

/// Creates a programme from a template through the admin form; returns its id.
async fn from_template(app: &TestApp, org: &Org, template: Template, name: &str) -> ProgrammeId {
    let months = template.duration_months().to_string();
    let response = app
        .post_form(
            "/admin/programmes",
            &org.admin,
            &[
                ("name", name),
                ("kind", template.kind().as_str()),
                ("description", ""),
                ("region", "30159"),
                ("languages", "de,ar"),
                ("planned_duration_months", &months),
                ("mentor_capacity", "1"),
                ("published", "yes"),
                ("template", template.as_str()),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let location = response.location.unwrap();
    assert!(location.ends_with("/rules"), "{location}");
    ProgrammeId::from_string(
        location
            .trim_start_matches("/admin/programmes/")
            .trim_end_matches("/rules"),
    )
}

fn registration<'a>(
    name: &'a str,
    email: &'a str,
    year: &'a str,
    side: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("side", side),
        ("first_name", name),
        ("last_name", "Beispiel"),
        ("email", email),
        ("postal_code", "30159"),
        ("birth_year", year),
        ("language_0", "ar"),
        ("level_0", "native"),
        ("language_1", "de"),
        ("level_1", "B2"),
        ("consent", "yes"),
    ]
}

async fn person_id(app: &TestApp, org: &OrganisationId, search: &str) -> PersonId {
    let people = app
        .store
        .list_people(
            org,
            &tandem_store::PeopleQuery {
                search: search.into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    PersonId::from_string(people.items[0].id.clone())
}

app_tests! {
    async fn a_career_programme_from_its_template_asks_its_questions_and_keeps_the_answers(app) {
        let org = org(app).await;
        let programme = from_template(app, &org, Template::Career, "IQ Mentoring Hannover").await;
        let rules = app.store.programme_rules(&org.id, &programme).await.unwrap();
        assert_eq!(rules, Template::Career.rules());
        let page = app.get(&format!("/admin/programmes/{programme}/rules"), &org.admin).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Einführung ins Mentoring"));

        // A custom question without German wording comes back with what was typed.
        let bad = app.post_form(&format!("/admin/programmes/{programme}/questions"), &org.admin, &[
            ("question_kind", "multiple_choice"), ("question_side", "mentee"), ("question_en", "Languages at work"),
            ("question_choices", "Englisch | English\nFranzösisch | French"),
        ]).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("value=\"Languages at work\""));
        assert!(bad.body.contains("id=\"question-de-error\""));
        let added = app.post_form(&format!("/admin/programmes/{programme}/questions"), &org.admin, &[
            ("question_kind", "multiple_choice"), ("question_side", "mentee"), ("question_de", "Sprachen im Beruf"),
            ("question_en", "Languages at work"), ("question_choices", "Englisch | English\nFranzösisch | French"),
        ]).await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        let custom = app.store.programme_rules(&org.id, &programme).await.unwrap().questions.last().unwrap().clone();
        assert_eq!(custom.text_in("de"), "Sprachen im Beruf");

        // The form asks the questions in the visitor's language, German where none is given.
        let public = Session::default();
        let english = app.get(&format!("/programmes/{programme}/register?side=mentee&lang=en"), &public).await;
        assert!(english.body.contains("Your goal") && english.body.contains("Languages at work"));
        let arabic = app.get(&format!("/programmes/{programme}/register?side=mentee&lang=ar"), &public).await;
        assert!(arabic.body.contains("Ihr Ziel") && arabic.body.contains("Sprachen im Beruf"));

        // A choice that is not offered and a missing required answer: 422, named, input kept.
        let field = custom.field();
        let mut fields = registration("Amina", "amina@example.org", "1990", "mentee");
        fields.extend([("q_career_goal", "astronaut"), ("q_profession", "Pflegefachfrau"), (field.as_str(), "o2")]);
        let refused = app.post_form(&format!("/programmes/{programme}/register"), &public, &fields).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("id=\"q_career_goal-error\""));
        assert!(refused.body.contains("id=\"q_recognition_stage-error\""));
        assert!(refused.body.contains("value=\"Pflegefachfrau\""));
        assert!(refused.body.contains(&format!("id=\"{field}-o2\" name=\"{field}\" value=\"o2\" checked")), "a ticked option stays ticked");

        fields.retain(|(name, _)| *name != "q_career_goal");
        fields.extend([("q_career_goal", "recognition"), ("q_recognition_stage", "applied")]);
        let registered = app.post_form(&format!("/programmes/{programme}/register"), &public, &fields).await;
        assert_eq!(registered.status, StatusCode::SEE_OTHER, "{}", registered.body);
        let amina = person_id(app, &org.id, "amina").await;
        let shown = app.get(&format!("/coordinator/people/{amina}"), &org.coordinator).await;
        assert!(shown.body.contains("Anerkennung eines ausländischen Abschlusses"), "{}", shown.body);
        assert!(shown.body.contains("Antrag gestellt") && shown.body.contains("Französisch"));
    }

    async fn ages_outside_a_childrens_programme_are_refused_with_the_limit(app) {
        let org = org(app).await;
        let programme = from_template(app, &org, Template::LearningChildren, "Balu und Du Hannover").await;
        let public = Session::default();
        let mut fields = registration("Omar", "omar@example.org", "2012", "mentee");
        fields.extend([("q_school", "Grundschule Linden")]);
        let refused = app.post_form(&format!("/programmes/{programme}/register"), &public, &fields).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        // Fluent isolates the numbers with bidi marks; the words around them are what counts.
        let plain = |body: &str| body.replace(['\u{2068}', '\u{2069}'], "");
        assert!(plain(&refused.body).contains("Mentees von 6 bis 10 Jahren"), "{}", refused.body);
        assert!(refused.body.contains("value=\"Omar\"") && refused.body.contains("value=\"Grundschule Linden\""));
        let mentor = registration("Jonas", "jonas@example.org", "1970", "mentor");
        let refused = app.post_form(&format!("/programmes/{programme}/register?lang=en"), &public, &mentor).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(plain(&refused.body).contains("aged 17 to 30"), "{}", refused.body);
    }

    async fn a_mentor_without_the_required_trainings_is_refused_and_gets_a_certificate_later(app) {
        let org = org(app).await;
        let programme = from_template(app, &org, Template::Career, "IQ Mentoring Hannover").await;
        let public = Session::default();
        let mut mentee = registration("Amina", "amina@example.org", "1990", "mentee");
        mentee.extend([("q_career_goal", "job"), ("q_recognition_stage", "not_needed")]);
        assert_eq!(app.post_form(&format!("/programmes/{programme}/register"), &public, &mentee).await.status, StatusCode::SEE_OTHER);
        let mut mentor = registration("Jonas", "jonas@example.org", "1975", "mentor");
        mentor.retain(|(name, _)| *name != "level_1");
        mentor.push(("level_1", "native"));
        let response = app.post_form(&format!("/programmes/{programme}/register"), &public, &mentor).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        let amina = person_id(app, &org.id, "amina").await;
        let jonas = person_id(app, &org.id, "jonas").await;
        for person in [&amina, &jonas] {
            for status in ["screened", "ready"] {
                let screened = app.post_form(&format!("/coordinator/people/{person}/screen"), &org.coordinator, &[("status", status)]).await;
                assert_eq!(screened.status, StatusCode::SEE_OTHER);
            }
        }
        let page = app.get(&format!("/coordinator/people/{jonas}"), &org.coordinator).await;
        assert!(page.body.contains("Es fehlen Pflichtfortbildungen"));
        let pair = [("mentor", jonas.as_str()), ("mentee", amina.as_str())];
        let create = format!("/coordinator/programmes/{programme}/tandems");
        let refused = app.post_form(&create, &org.coordinator, &pair).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("noch nicht alle Pflichtfortbildungen"), "{}", refused.body);

        // A bad training record comes back with what was typed.
        let bad = app.post_form(&format!("/coordinator/people/{jonas}/trainings"), &org.coordinator, &[
            ("title", "Einführung ins Mentoring"), ("held_on", "2026-13-01"), ("attended", "yes"),
        ]).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("value=\"Einführung ins Mentoring\"") && bad.body.contains("id=\"held-on-error\""));
        let recorded = app.post_form(&format!("/coordinator/people/{jonas}/trainings"), &org.coordinator, &[
            ("title", "Einführung ins Mentoring"), ("held_on", "2026-11-02"), ("attended", "yes"),
        ]).await;
        assert_eq!(recorded.status, StatusCode::SEE_OTHER);
        let created = app.post_form(&create, &org.coordinator, &pair).await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);

        for lang in ["de", "en"] {
            let pdf = app.get(&format!("/coordinator/people/{jonas}/volunteering-certificate?lang={lang}"), &org.coordinator).await;
            assert_eq!(pdf.status, StatusCode::OK);
            assert!(pdf.body.starts_with("%PDF-1.4"));
            // Text is written as hex strings of WinAnsi bytes.
            let hex = |s: &str| s.bytes().map(|b| format!("{b:02x}")).collect::<String>();
            assert!(pdf.body.contains(&hex(if lang == "de" { "Fortbildungen" } else { "Trainings" })));
            assert!(pdf.body.contains(&hex("Einf")), "the training is listed");
        }
        // A mentee has no certificate of volunteering.
        let none = app.get(&format!("/coordinator/people/{amina}/volunteering-certificate"), &org.coordinator).await;
        assert_eq!(none.status, StatusCode::NOT_FOUND);
        let _ = Side::Mentor;
    }
}
