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

        // Her answers are part of her data: on her own page and in the download.
        let link = my_data_link(app, "amina@example.org").await;
        let mine = app.get(&format!("{link}?lang=de"), &public).await;
        assert_eq!(mine.status, StatusCode::OK);
        assert!(mine.body.contains("Stand des Anerkennungsverfahrens") && mine.body.contains("Antrag gestellt"), "{}", mine.body);
        let export = app.get(&format!("{link}/export.json"), &public).await;
        assert!(export.body.contains("\"question_id\": \"recognition_stage\""), "{}", export.body);
        assert!(export.body.contains("\"answer\": \"applied\""));

        // A question only mentees answer cannot be a matching criterion; one both sides answer can.
        let criteria = format!("/admin/programmes/{programme}/matching-criteria");
        let mut fields = vec![
            ("min_shared_level", "B1"), ("max_km", "50"), ("mentee_age_low", ""), ("mentee_age_high", ""),
            ("mentor_age_low", ""), ("mentor_age_high", ""), ("weight_language", "300"), ("weight_distance", "300"),
            ("weight_interests", "200"), ("weight_common_time", "100"), ("weight_waiting", "0"), ("weight_answers", "100"),
        ];
        let mentee_only = format!("answer_{}", custom.id);
        let mut refused_fields = fields.clone();
        refused_fields.push((mentee_only.as_str(), "prefer"));
        let refused = app.post_form(&criteria, &org.admin, &refused_fields).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
        assert!(refused.body.contains("id=\"answers-error\""));
        let added = app.post_form(&format!("/admin/programmes/{programme}/questions"), &org.admin, &[
            ("question_kind", "choice"), ("question_side", "both"), ("question_de", "Branche"),
            ("question_en", "Industry sector"), ("question_choices", "Pflege | Care\nIT | IT"),
        ]).await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        let sector = app.store.programme_rules(&org.id, &programme).await.unwrap().questions.last().unwrap().clone();
        let page = app.get(&format!("{criteria}?lang=en"), &org.admin).await;
        assert!(page.body.contains("Industry sector") && !page.body.contains("Languages at work"), "only comparable questions are offered");
        let field = format!("answer_{}", sector.id);
        fields.push((field.as_str(), "must_share"));
        let saved = app.post_form(&criteria, &org.admin, &fields).await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        assert!(saved.body.contains("id=\"criteria-saved\""));
        let stored = app.store.matching_criteria(&org.id, &programme).await.unwrap().unwrap();
        assert_eq!(stored.weight_answers, 100);
        assert_eq!(stored.answers, vec![tandem_core::matching::AnswerCriterion { question: sector.id.clone(), rule: tandem_core::matching::AnswerRule::MustShare }]);
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
        // Someone registered first on each side, so a form that forgets the choice shows them.
        for (name, side) in [("Bilal", "mentee"), ("Amina", "mentee"), ("Anke", "mentor"), ("Jonas", "mentor")] {
            let email = format!("{}@example.org", name.to_lowercase());
            let mut fields = registration(name, &email, if side == "mentee" { "1990" } else { "1975" }, side);
            if side == "mentee" {
                fields.extend([("q_career_goal", "job"), ("q_recognition_stage", "not_needed")]);
            } else {
                fields.retain(|(name, _)| *name != "level_1");
                fields.push(("level_1", "native"));
            }
            let response = app.post_form(&format!("/programmes/{programme}/register"), &public, &fields).await;
            assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        }
        let amina = person_id(app, &org.id, "amina").await;
        let jonas = person_id(app, &org.id, "jonas").await;
        let (bilal, anke) = (person_id(app, &org.id, "bilal").await, person_id(app, &org.id, "anke").await);
        for person in [&amina, &jonas, &bilal, &anke] {
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
        // The refused form shows again with the pair that was chosen, not the first names.
        assert!(refused.body.contains(&format!("<option value=\"{jonas}\" selected>")), "{}", refused.body);
        assert!(refused.body.contains(&format!("<option value=\"{amina}\" selected>")), "{}", refused.body);
        assert!(!refused.body.contains(&format!("<option value=\"{anke}\" selected>")));
        assert!(!refused.body.contains(&format!("<option value=\"{bilal}\" selected>")));
        let fresh = app.get(&create.replace("/tandems", "/tandems/new"), &org.coordinator).await;
        assert_eq!(fresh.status, StatusCode::OK);
        assert!(!fresh.body.contains(" selected>"), "a fresh form picks nobody");

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

        // The links to both languages of the certificate are worded in the reader's language.
        let german = app.get(&format!("/coordinator/people/{jonas}"), &org.coordinator).await;
        assert!(german.body.contains("auf Deutsch (PDF)") && german.body.contains("auf Englisch (PDF)"));
        let english = app.get(&format!("/coordinator/people/{jonas}?lang=en"), &org.coordinator).await;
        assert!(english.body.contains("in German (PDF)") && english.body.contains("in English (PDF)"), "{}", english.body);
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

    async fn a_second_mentor_joins_on_the_tandem_page_and_through_the_api(app) {
        let org = org(app).await;
        let programme = from_template(app, &org, Template::Career, "IQ Mentoring Hannover").await;
        let public = Session::default();
        for (name, side) in [("Amina", "mentee"), ("Hadi", "mentee"), ("Jonas", "mentor"), ("Lea", "mentor")] {
            let email = format!("{}@example.org", name.to_lowercase());
            let mut fields = registration(name, &email, if side == "mentee" { "1990" } else { "1975" }, side);
            if side == "mentee" {
                fields.extend([("q_career_goal", "job"), ("q_recognition_stage", "not_needed")]);
            } else {
                fields.retain(|(name, _)| *name != "level_1");
                fields.push(("level_1", "native"));
            }
            let response = app.post_form(&format!("/programmes/{programme}/register"), &public, &fields).await;
            assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        }
        let [amina, hadi, jonas, lea] = [
            person_id(app, &org.id, "amina").await, person_id(app, &org.id, "hadi").await,
            person_id(app, &org.id, "jonas").await, person_id(app, &org.id, "lea").await,
        ];
        for person in [&amina, &hadi, &jonas, &lea] {
            for status in ["screened", "ready"] {
                app.post_form(&format!("/coordinator/people/{person}/screen"), &org.coordinator, &[("status", status)]).await;
            }
        }
        for mentor in [&jonas, &lea] {
            let recorded = app.post_form(&format!("/coordinator/people/{mentor}/trainings"), &org.coordinator, &[
                ("title", "Einführung ins Mentoring"), ("held_on", "2026-11-02"), ("attended", "yes"),
            ]).await;
            assert_eq!(recorded.status, StatusCode::SEE_OTHER);
        }
        let created = app.post_form(&format!("/coordinator/programmes/{programme}/tandems"), &org.coordinator,
            &[("mentor", jonas.as_str()), ("mentee", amina.as_str())]).await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let tandem_page = created.location.unwrap();
        let tandem = tandem_page.trim_start_matches("/coordinator/tandems/").to_owned();

        // Career tandems take a second mentor, not a second mentee: refused with the rule named.
        let members = format!("{tandem_page}/members");
        let refused = app.post_form(&members, &org.coordinator, &[("person", hadi.as_str())]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("id=\"member-error\""), "{}", refused.body);
        let joined = app.post_form(&members, &org.coordinator, &[("person", lea.as_str())]).await;
        assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.body);
        let page = app.get(&tandem_page, &org.coordinator).await;
        assert!(page.body.contains(&format!("/coordinator/people/{lea}")), "{}", page.body);

        // The same through the API: listed, a refusal is 422, removal is 204.
        let api = format!("/api/v1/tandems/{tandem}/members");
        let listed = app.get(&api, &org.coordinator).await;
        assert_eq!(listed.status, StatusCode::OK);
        assert!(listed.body.contains(lea.as_str()) && listed.body.contains("\"side\":\"mentor\""), "{}", listed.body);
        let refused = app.send_json("POST", &api, &org.coordinator, serde_json::json!({"person_id": hadi.as_str()})).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
        let removed = app.send_json("DELETE", &format!("{api}/{lea}"), &org.coordinator, serde_json::json!({})).await;
        assert_eq!(removed.status, StatusCode::NO_CONTENT, "{}", removed.body);
        assert_eq!(app.get(&api, &org.coordinator).await.body, "[]");
    }
}
