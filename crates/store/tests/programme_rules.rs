//! Programme templates and rules in storage, on SQLite and on PostgreSQL: each template end to
//! end (rules, intake answers, trainings, certificate, a tandem with the rules' snapshot), the
//! required-trainings gate in manual tandem creation and in matching, and a running tandem that
//! keeps the rules it started with when the programme is edited.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use tandem_core::{
    DomainError,
    followup::{CheckInPoint, LoggedBy, MeetingForm},
    ids::{OrganisationId, PersonId, UserId},
    matching,
    minors::{
        CertificateRecord, ConsentChannel, Guardian, GuardianConsent, GuardianRelation,
        MinorDetails,
    },
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    programme::{Programme, ProgrammeDetails},
    programme_rules::{Question, QuestionChoice, QuestionKind, Template, TrainingRecord},
    tandem::{TandemAction, TandemStatus},
    user::Role,
    values::Email,
};
use tandem_store::{FollowupMailKind, NewUser, Store, StoreError, TrainingSource, backend_tests};
use time::{Date, macros::date};

fn now() -> time::OffsetDateTime {
    time::macros::datetime!(2026-11-25 10:00 UTC)
}

async fn organisation(store: &Store, name: &str) -> OrganisationId {
    store
        .create_organisation(name, "Osnabrück", now())
        .await
        .unwrap()
        .id
}

async fn admin(store: &Store, org: &OrganisationId) -> UserId {
    let user = NewUser {
        email: Email::parse(&format!("admin-{}@example.org", PersonId::generate())).unwrap(),
        display_name: "Leitung".into(),
        role: Role::OrgAdmin,
        organisation_id: Some(org.clone()),
        password_hash: "hash".into(),
        locale: "de".into(),
    };
    store.create_user(&user, now()).await.unwrap().id
}

/// A programme created from a template, as the admin page does it.
async fn programme(store: &Store, org: &OrganisationId, template: Template) -> Programme {
    let details = ProgrammeDetails::parse(
        template.as_str(),
        template.kind().as_str(),
        "",
        "49074,49076",
        "de,ar",
        &template.duration_months().to_string(),
        "1",
        true,
    )
    .unwrap();
    let programme = store.create_programme(org, &details, now()).await.unwrap();
    store
        .set_programme_rules(org, &programme.id, &template.rules(), now())
        .await
        .unwrap();
    programme
}

fn consent() -> ConsentRecord {
    ConsentRecord {
        text_version: "2026-11-v1".into(),
        locale: "de".into(),
        given_at: now(),
    }
}

async fn ready(
    store: &Store,
    programme: &Programme,
    side: Side,
    name: &str,
    birth_year: &str,
) -> PersonId {
    let profile = ProfileForm {
        first_name: name.into(),
        last_name: "Test".into(),
        email: format!("{}@example.org", name.to_lowercase()),
        postal_code: "49074".into(),
        languages: "ar:native,de:C1".into(),
        availability: vec!["2-1".into()],
        birth_year: birth_year.into(),
        interests: "lesen".into(),
        ..ProfileForm::default()
    }
    .parse(2026)
    .unwrap();
    let year: i32 = birth_year.parse().unwrap();
    let person = if year > 2008 {
        // Under 18: a parent's consent on paper, as the children's programmes record it.
        let details = MinorDetails {
            birth_date: Date::from_calendar_date(year, time::Month::May, 2).unwrap(),
            guardian: Some(Guardian {
                name: "Layla Haddad".into(),
                relation: GuardianRelation::Parent,
                phone: Some("0541 123456".into()),
                email: None,
            }),
            consent: Some(GuardianConsent {
                given_by: "Layla Haddad".into(),
                given_on: date!(2026 - 11 - 20),
                channel: ConsentChannel::Paper,
            }),
            nomination: Some("Grundschule Wüste".into()),
        };
        store
            .register_person_with_details(
                &programme.id,
                side,
                &profile,
                &consent(),
                &details,
                now(),
            )
            .await
            .unwrap()
    } else {
        store
            .register_person(&programme.id, side, &profile, &consent(), now())
            .await
            .unwrap()
    };
    store
        .screen_person(
            &programme.organisation_id,
            &person.id,
            PersonStatus::Ready,
            now(),
        )
        .await
        .unwrap();
    person.id
}

fn attended(title: &str, on: Date) -> TrainingRecord {
    TrainingRecord {
        title: title.into(),
        held_on: on,
        attended: true,
    }
}

fn refused_code(result: Result<tandem_core::tandem::Tandem, StoreError>) -> Option<&'static str> {
    match result {
        Err(StoreError::Domain(DomainError::Invalid { code, .. })) => Some(code),
        Err(StoreError::Domain(DomainError::CertificateOfConduct { .. })) => Some("certificate"),
        Ok(_) => None,
        Err(other) => panic!("unexpected error {other:?}"),
    }
}

backend_tests! {
    async fn each_template_runs_end_to_end(store) {
        let org = organisation(&store, "Netzwerk Osnabrück").await;
        let by = admin(&store, &org).await;
        for template in Template::ALL {
            let programme = programme(&store, &org, template).await;
            let rules = store.programme_rules(&org, &programme.id).await.unwrap();
            assert_eq!(rules, template.rules(), "{template:?} reads back");
            let (mentee_year, mentor_year) = match template {
                Template::LearningChildren => ("2018", "2002"),
                Template::LearningPupils => ("2010", "2000"),
                Template::Buddy | Template::Career => ("1990", "1980"),
            };
            let tag = template.as_str().replace('_', "");
            let mentee = ready(&store, &programme, Side::Mentee, &format!("Mentee{tag}"), mentee_year).await;
            let mentor = ready(&store, &programme, Side::Mentor, &format!("Mentor{tag}"), mentor_year).await;
            // The intake answers the registration form collected are kept per person.
            let answers: Vec<(String, String)> = rules
                .questions_for(Side::Mentee)
                .map(|q| (q.id.clone(), q.choices.first().map_or_else(|| "7".to_owned(), |c| c.id.clone())))
                .collect();
            store.save_intake_answers(&mentee, &answers).await.unwrap();
            let mut stored = store.intake_answers(&org, &mentee).await.unwrap();
            stored.sort();
            let mut expected = answers.clone();
            expected.sort();
            assert_eq!(stored, expected);

            // Without the required trainings the mentor is refused.
            assert_eq!(refused_code(store.create_tandem(&org, &mentor, &mentee, now()).await), Some("required-trainings-missing"), "{template:?}");
            for title in &rules.required_trainings {
                store.record_training(&org, &mentor, &attended(title, date!(2026 - 11 - 10)), &by, now()).await.unwrap();
            }
            // Children's and pupils' programmes also ask a certificate of every mentor.
            let result = store.create_tandem(&org, &mentor, &mentee, now()).await;
            if rules.certificate_required {
                assert_eq!(refused_code(result), Some("certificate"), "{template:?}");
                let record = CertificateRecord {
                    inspected_on: date!(2026 - 11 - 20),
                    certificate_dated: date!(2026 - 11 - 01),
                    relevant_entry: false,
                    inspected_by: by.clone(),
                };
                store.record_certificate(&org, &mentor, &record, now()).await.unwrap();
                store.create_tandem(&org, &mentor, &mentee, now()).await.unwrap();
            } else {
                result.unwrap();
            }
            let tandems = store.list_tandems(&org, &tandem_store::TandemQuery { programme_id: Some(programme.id.clone()), per_page: 10, ..Default::default() }).await.unwrap();
            let tandem = tandem_core::ids::TandemId::from_string(tandems.items[0].id.clone());
            let kept = store.tandem_rules(&org, &tandem).await.unwrap().unwrap();
            assert_eq!(kept.rules.template, Some(template));
            assert_eq!(kept.duration_months, template.duration_months());
            assert_eq!(store.mentor_trainings(&org, &mentor).await.unwrap().len(), rules.required_trainings.len());
        }
    }

    async fn required_trainings_keep_a_mentor_out_of_matching_and_manual_tandems(store) {
        let org = organisation(&store, "IQ Mentoring").await;
        let other = organisation(&store, "Exil e.V.").await;
        let by = admin(&store, &org).await;
        let programme = programme(&store, &org, Template::Career).await;
        let mentee = ready(&store, &programme, Side::Mentee, "Amina", "1990").await;
        let mentor = ready(&store, &programme, Side::Mentor, "Jonas", "1975").await;

        let pool = store.matching_pool(&org, &programme.id).await.unwrap();
        assert!(pool.safeguarding.missing_trainings.contains(&mentor));
        let criteria = matching::Criteria::defaults_for(&programme.details);
        let run = |pool: &tandem_store::MatchingPool| {
            matching::propose(&matching::Request {
                criteria: &criteria,
                objective: matching::Objective::BestFit,
                mentees: &pool.mentees,
                mentors: &pool.mentors,
                declined: &pool.declined,
                pins: &[],
                forbids: &[],
                safeguarding: &pool.safeguarding,
                answers: &pool.answers,
                today: now().date(),
            })
        };
        let outcome = run(&pool).unwrap();
        assert!(outcome.proposals.is_empty());
        assert!(matches!(
            outcome.waiting[0].reason,
            matching::WaitingReason::NoAllowedMentor { rule: Some(matching::Rule::RequiredTrainings), .. }
        ));
        assert_eq!(refused_code(store.create_tandem(&org, &mentor, &mentee, now()).await), Some("required-trainings-missing"));

        // Registered for the training but not attended does not count; another organisation
        // cannot record anything for this mentor; a mentee has no training record.
        let mut planned = attended("Einführung ins Mentoring", date!(2026 - 12 - 10));
        planned.attended = false;
        store.record_training(&org, &mentor, &planned, &by, now()).await.unwrap();
        assert!(store.matching_pool(&org, &programme.id).await.unwrap().safeguarding.missing_trainings.contains(&mentor));
        assert!(matches!(store.record_training(&other, &mentor, &attended("Einführung ins Mentoring", date!(2026 - 11 - 01)), &by, now()).await, Err(StoreError::NotFound)));
        assert!(store.mentor_trainings(&other, &mentor).await.unwrap().is_empty());
        assert!(matches!(
            store.record_training(&org, &mentee, &attended("Einführung ins Mentoring", date!(2026 - 11 - 01)), &by, now()).await,
            Err(StoreError::Domain(DomainError::Invalid { code: "not-a-mentor", .. }))
        ));

        store.record_training(&org, &mentor, &attended("einführung ins mentoring", date!(2026 - 11 - 01)), &by, now()).await.unwrap();
        let record = store.mentor_trainings(&org, &mentor).await.unwrap();
        assert_eq!(record.len(), 2);
        assert!(record.iter().all(|t| t.source == TrainingSource::Recorded));
        let pool = store.matching_pool(&org, &programme.id).await.unwrap();
        assert!(pool.safeguarding.missing_trainings.is_empty());
        let outcome = run(&pool).unwrap();
        assert_eq!(outcome.proposals.len(), 1);
        assert_eq!(outcome.proposals[0].mentor, mentor);
        let tandem = store.create_tandem(&org, &mentor, &mentee, now()).await.unwrap();
        assert_eq!(tandem.status, TandemStatus::Proposed);
    }

    async fn a_running_tandem_keeps_the_rules_it_started_with(store) {
        let org = organisation(&store, "Start with a Friend").await;
        let by = admin(&store, &org).await;
        let programme = programme(&store, &org, Template::Buddy).await;
        let mentee = ready(&store, &programme, Side::Mentee, "Yusuf", "1995").await;
        let mentor = ready(&store, &programme, Side::Mentor, "Jana", "1988").await;
        store.record_training(&org, &mentor, &attended("Kennenlerngespräch mit dem lokalen Team", date!(2026 - 11 - 02)), &by, now()).await.unwrap();
        let tandem = store.create_tandem(&org, &mentor, &mentee, now()).await.unwrap();
        for action in [TandemAction::Accept(Side::Mentor), TandemAction::Accept(Side::Mentee), TandemAction::Start] {
            store.apply_tandem_action(&org, &tandem.id, action, now()).await.unwrap();
        }
        let started_with = store.tandem_rules(&org, &tandem.id).await.unwrap().unwrap();

        // The organisation edits the programme: one month, a check-in only at the end, a new
        // required training and a certificate for everyone.
        let mut edited = store.programme_rules(&org, &programme.id).await.unwrap();
        edited.checkin_points = vec![CheckInPoint::End];
        edited.required_trainings.push("Interkulturelles Training".into());
        edited.certificate_required = true;
        store.set_programme_rules(&org, &programme.id, &edited, now()).await.unwrap();
        let mut details = programme.details.clone();
        details.planned_duration_months = 1;
        store.update_programme(&org, &programme.id, &details, now()).await.unwrap();

        assert_eq!(store.tandem_rules(&org, &tandem.id).await.unwrap().unwrap(), started_with);
        assert_eq!(started_with.duration_months, 6);
        assert_eq!(store.programme_rules(&org, &programme.id).await.unwrap(), edited);
        // Check-ins follow the kept rules: after five weeks the four-week point is asked, and the
        // programme's new one-month end is not.
        let mut n = 0;
        let mut token = move || { n += 1; (format!("secret-{n}"), format!("hash-{n}")) };
        let mails = store.due_check_in_mails(date!(2026 - 12 - 30), &mut token, now()).await.unwrap();
        assert_eq!(mails.len(), 2);
        assert!(mails.iter().all(|mail| mail.kind == FollowupMailKind::CheckIn(CheckInPoint::Weeks4)), "{:?}", mails.iter().map(|m| m.kind).collect::<Vec<_>>());
        // The running tandem goes on; a new tandem would meet the new rules.
        store.apply_tandem_action(&org, &tandem.id, TandemAction::Pause, now()).await.unwrap();
        store.apply_tandem_action(&org, &tandem.id, TandemAction::Resume, now()).await.unwrap();
        let newcomer = ready(&store, &programme, Side::Mentee, "Rania", "1993").await;
        let second = ready(&store, &programme, Side::Mentor, "Paul", "1970").await;
        store.record_training(&org, &second, &attended("Kennenlerngespräch mit dem lokalen Team", date!(2026 - 11 - 02)), &by, now()).await.unwrap();
        assert_eq!(refused_code(store.create_tandem(&org, &second, &newcomer, now()).await), Some("required-trainings-missing"));
    }

    async fn the_volunteering_record_counts_meetings_and_hours(store) {
        let org = organisation(&store, "IQ Mentoring").await;
        let other = organisation(&store, "Exil e.V.").await;
        let by = admin(&store, &org).await;
        let programme = programme(&store, &org, Template::Career).await;
        let mentee = ready(&store, &programme, Side::Mentee, "Amina", "1990").await;
        let mentor = ready(&store, &programme, Side::Mentor, "Jonas", "1975").await;
        store.record_training(&org, &mentor, &attended("Einführung ins Mentoring", date!(2026 - 11 - 01)), &by, now()).await.unwrap();
        let tandem = store.create_tandem(&org, &mentor, &mentee, now()).await.unwrap();
        assert!(store.mentor_service(&org, &mentor).await.unwrap().is_empty(), "not started yet");
        for action in [TandemAction::Accept(Side::Mentor), TandemAction::Accept(Side::Mentee), TandemAction::Start] {
            store.apply_tandem_action(&org, &tandem.id, action, now()).await.unwrap();
        }
        for (day, minutes) in [("2026-11-26", "90"), ("2026-12-03", "60")] {
            let meeting = MeetingForm { date: day.into(), minutes: minutes.into(), kind: "in_person".into(), note: String::new() }
                .parse(date!(2026 - 12 - 31), date!(2026 - 11 - 25))
                .unwrap();
            store.log_meeting(&org, &tandem.id, LoggedBy::Mentor, &meeting, now()).await.unwrap();
        }
        let service = store.mentor_service(&org, &mentor).await.unwrap();
        assert_eq!(service.len(), 1);
        assert_eq!((service[0].meetings, service[0].minutes), (2, 150));
        assert_eq!(service[0].programme_name, "career");
        assert!(store.mentor_service(&other, &mentor).await.unwrap().is_empty());
    }

    async fn intake_answers_marked_as_criteria_steer_matching(store) {
        let org = organisation(&store, "IQ Mentoring").await;
        let programme = programme(&store, &org, Template::Career).await;
        // A question both sides answer: the sectors someone works in or wants to work in.
        let mut rules = Template::Career.rules();
        rules.required_trainings.clear();
        let option = |id: &str| QuestionChoice { id: id.into(), text: BTreeMap::from([("de".to_owned(), id.to_owned())]) };
        rules.questions.push(Question {
            id: "sector".into(),
            kind: QuestionKind::MultipleChoice,
            side: None,
            text: BTreeMap::from([("de".to_owned(), "Branchen".to_owned())]),
            choices: ["care", "it", "trade", "finance"].map(option).to_vec(),
            required: false,
            survey: false,
        });
        store.set_programme_rules(&org, &programme.id, &rules, now()).await.unwrap();
        let mut people = std::collections::HashMap::new();
        for (name, side, sectors) in [
            ("Amina", Side::Mentee, "care"),
            ("Bilal", Side::Mentee, "it"),
            ("Dana", Side::Mentee, "finance"),
            ("Jonas", Side::Mentor, "it"),
            ("Lea", Side::Mentor, "care,trade"),
        ] {
            let id = ready(&store, &programme, side, name, if side == Side::Mentee { "1990" } else { "1975" }).await;
            store.save_intake_answers(&id, &[("sector".to_owned(), sectors.to_owned())]).await.unwrap();
            people.insert(name, id);
        }
        let pool = store.matching_pool(&org, &programme.id).await.unwrap();
        assert_eq!(pool.answers[&people["Lea"]], vec![("sector".to_owned(), "care,trade".to_owned())]);

        let mut criteria = matching::Criteria::defaults_for(&programme.details);
        criteria.weight_language = 100;
        criteria.weight_answers = 200;
        criteria.answers = vec![matching::AnswerCriterion { question: "sector".into(), rule: matching::AnswerRule::MustShare }];
        store.set_matching_criteria(&org, &programme.id, &criteria).await.unwrap();
        assert_eq!(store.matching_criteria(&org, &programme.id).await.unwrap(), Some(criteria.clone()));
        let run = |criteria: &matching::Criteria, pool: &tandem_store::MatchingPool| {
            matching::propose(&matching::Request {
                criteria,
                objective: matching::Objective::BestFit,
                mentees: &pool.mentees,
                mentors: &pool.mentors,
                declined: &pool.declined,
                pins: &[],
                forbids: &[],
                safeguarding: &pool.safeguarding,
                answers: &pool.answers,
                today: now().date(),
            })
            .unwrap()
        };
        let pairs = |outcome: &matching::Outcome| {
            let mut pairs: Vec<(PersonId, PersonId)> = outcome.proposals.iter().map(|p| (p.mentee.clone(), p.mentor.clone())).collect();
            pairs.sort();
            pairs
        };
        let mut expected = vec![(people["Amina"].clone(), people["Lea"].clone()), (people["Bilal"].clone(), people["Jonas"].clone())];
        expected.sort();

        // "Must share": only pairs with a common sector; Dana shares none and is told why.
        let outcome = run(&criteria, &pool);
        assert_eq!(pairs(&outcome), expected);
        let amina = outcome.proposals.iter().find(|p| p.mentee == people["Amina"]).unwrap();
        assert!(amina.reasons.contains(&matching::Reason::SharedAnswer { question: "sector".into(), answers: vec!["care".into()] }), "{:?}", amina.reasons);
        assert_eq!(outcome.waiting.len(), 1);
        assert_eq!(outcome.waiting[0].mentee, people["Dana"]);
        assert!(matches!(outcome.waiting[0].reason, matching::WaitingReason::NoAllowedMentor { rule: Some(matching::Rule::SharedAnswer), .. }), "{:?}", outcome.waiting[0].reason);

        // "Prefer": every pair is allowed, equal answers decide between otherwise equal mentors.
        criteria.answers[0].rule = matching::AnswerRule::Prefer;
        let outcome = run(&criteria, &pool);
        assert_eq!(pairs(&outcome), expected);
        let bilal = outcome.proposals.iter().find(|p| p.mentee == people["Bilal"]).unwrap();
        let amina = outcome.proposals.iter().find(|p| p.mentee == people["Amina"]).unwrap();
        assert_eq!(bilal.score - amina.score, 100, "one of one option in common earns the full 200, one of two half");
        assert!(matches!(outcome.waiting[0].reason, matching::WaitingReason::MentorsTakenByBetterPairs { allowed: 2 }));

        // A swap by hand is judged by the same rule.
        criteria.answers[0].rule = matching::AnswerRule::MustShare;
        let person = |name: &str| { let store = store.clone(); let org = org.clone(); let id = people[name].clone(); async move { store.person(&org, &id).await.unwrap() } };
        let (dana, jonas) = (person("Dana").await, person("Jonas").await);
        assert_eq!(matching::evaluate_pair(&criteria, &dana, &jonas, &pool.answers, now().date()), Err(matching::Rule::SharedAnswer));

        // An erased person's answers leave the pool with them.
        store.erase_person(&org, &people["Dana"], now()).await.unwrap();
        let pool = store.matching_pool(&org, &programme.id).await.unwrap();
        assert!(!pool.answers.contains_key(&people["Dana"]));
        assert!(store.intake_answers(&org, &people["Dana"]).await.unwrap().is_empty());
    }
}
