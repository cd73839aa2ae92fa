//! The storage contract, run on SQLite and on PostgreSQL (`name::sqlite`, `name::postgres`).

// Test helpers outside #[test] functions may unwrap too: a failure is a failed test.
#![allow(clippy::unwrap_used)]

use tandem_core::{
    DomainError,
    ids::{OrganisationId, PersonId, RunId},
    matching,
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    programme::{Programme, ProgrammeDetails},
    tandem::{EndReason, TandemAction, TandemStatus},
    user::Role,
    values::Email,
};
use tandem_store::{NewUser, PeopleQuery, Store, StoreError, TandemQuery, backend_tests};

fn now() -> time::OffsetDateTime {
    time::macros::datetime!(2026-11-25 10:00 UTC)
}

async fn organisation(store: &Store, name: &str) -> OrganisationId {
    store
        .create_organisation(name, "Hannover", now())
        .await
        .unwrap()
        .id
}

async fn programme(store: &Store, organisation: &OrganisationId, capacity: &str) -> Programme {
    let details = ProgrammeDetails::parse(
        "Start with a Friend",
        "buddy",
        "Tandems im Alltag",
        "30159,30161",
        "de,ar,uk",
        "6",
        capacity,
        true,
    )
    .unwrap();
    store
        .create_programme(organisation, &details, now())
        .await
        .unwrap()
}

fn form(first_name: &str, email: &str) -> ProfileForm {
    ProfileForm {
        first_name: first_name.into(),
        last_name: "Test".into(),
        email: email.into(),
        postal_code: "30159".into(),
        languages: "ar:native,de:A2".into(),
        availability: vec!["1-2".into()],
        birth_year: "1990".into(),
        interests: "football, cooking".into(),
        ..ProfileForm::default()
    }
}

fn consent() -> ConsentRecord {
    ConsentRecord {
        text_version: "2026-11-v1".into(),
        locale: "de".into(),
        given_at: now(),
    }
}

async fn ready_person(store: &Store, programme: &Programme, side: Side, name: &str) -> PersonId {
    let profile = form(name, &format!("{name}@example.org"))
        .parse(2026)
        .unwrap();
    let person = store
        .register_person(&programme.id, side, &profile, &consent(), now())
        .await
        .unwrap();
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

backend_tests! {
    async fn organisations_and_staff_round_trip(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let duplicate = store.create_organisation("Exil e.V.", "Osnabrück", now()).await;
        assert!(matches!(duplicate, Err(StoreError::Conflict { field: "name" })));
        let user = NewUser {
            email: Email::parse("coord@exil.example").unwrap(),
            display_name: "Coordinator".into(),
            role: Role::Coordinator,
            organisation_id: Some(org.clone()),
            password_hash: "hash".into(),
            locale: "de".into(),
        };
        store.create_user(&user, now()).await.unwrap();
        let again = store.create_user(&NewUser { email: Email::parse("COORD@exil.example").unwrap(), ..user.clone() }, now()).await;
        assert!(matches!(again, Err(StoreError::Conflict { field: "email" })));
        let (found, hash) = store.find_login(&user.email).await.unwrap().unwrap();
        assert_eq!(hash, "hash");
        assert_eq!(store.list_staff(&org).await.unwrap(), vec![found.clone()]);

        let idle = time::Duration::minutes(30);
        let start = now();
        store.create_session("token-hash", &found.id, start, start + time::Duration::hours(1)).await.unwrap();
        assert_eq!(store.session_user("token-hash", start, idle).await.unwrap(), Some(found.clone()));
        let later = start + time::Duration::hours(2);
        assert_eq!(store.session_user("token-hash", later, time::Duration::hours(3)).await.unwrap(), None, "expired");
        // Used every 20 minutes, the session lives on; 31 minutes without use end it.
        let mut at = start;
        for _ in 0..2 {
            at += time::Duration::minutes(20);
            assert!(store.session_user("token-hash", at, idle).await.unwrap().is_some(), "in use, not idle");
        }
        assert_eq!(store.session_user("token-hash", at + time::Duration::minutes(31), idle).await.unwrap(), None, "idle");
        store.delete_session("token-hash").await.unwrap();
        assert_eq!(store.session_user("token-hash", start, idle).await.unwrap(), None);

        // Failed log-ins count per account and per address for an hour; a new password ends
        // every session.
        for _ in 0..3 {
            store.record_login_failure("coord@exil.example", "10.0.0.1", start).await.unwrap();
        }
        store.record_login_failure("other@exil.example", "10.0.0.1", start).await.unwrap();
        assert_eq!(store.recent_login_failures("coord@exil.example", "10.0.0.2", start).await.unwrap(), (3, 0));
        assert_eq!(store.recent_login_failures("nobody@exil.example", "10.0.0.1", start).await.unwrap(), (0, 4));
        let hour_later = start + time::Duration::minutes(61);
        assert_eq!(store.recent_login_failures("coord@exil.example", "10.0.0.1", hour_later).await.unwrap(), (0, 0));
        store.create_session("token-a", &found.id, start, start + time::Duration::hours(1)).await.unwrap();
        store.set_password(&found.id, "new-hash").await.unwrap();
        assert_eq!(store.session_user("token-a", start, idle).await.unwrap(), None, "sessions end with the old password");
        assert_eq!(store.find_login(&user.email).await.unwrap().unwrap().1, "new-hash");
    }

    async fn the_same_email_registers_once_per_programme(store) {
        let org = organisation(&store, "Start with a Friend Hannover").await;
        let programme = programme(&store, &org, "1").await;
        let profile = form("Amina", "amina@example.org").parse(2026).unwrap();
        store.register_person(&programme.id, Side::Mentee, &profile, &consent(), now()).await.unwrap();
        let mut again = profile.clone();
        again.email = Email::parse("AMINA@EXAMPLE.ORG").unwrap();
        let second = store.register_person(&programme.id, Side::Mentor, &again, &consent(), now()).await;
        assert!(matches!(second, Err(StoreError::Conflict { field: "email" })));
    }

    async fn people_lists_are_scoped_searched_and_paged(store) {
        let org_a = organisation(&store, "Org A").await;
        let org_b = organisation(&store, "Org B").await;
        let programme_a = programme(&store, &org_a, "1").await;
        let programme_b = programme(&store, &org_b, "1").await;
        for index in 0..25 {
            let profile = form(&format!("Mentee{index:02}"), &format!("m{index}@example.org")).parse(2026).unwrap();
            store.register_person(&programme_a.id, Side::Mentee, &profile, &consent(), now() + time::Duration::minutes(index)).await.unwrap();
        }
        let other = form("Secret", "secret@example.org").parse(2026).unwrap();
        let hidden = store.register_person(&programme_b.id, Side::Mentee, &other, &consent(), now()).await.unwrap();

        let first = store.list_people(&org_a, &PeopleQuery { per_page: 10, ..PeopleQuery::default() }).await.unwrap();
        assert_eq!((first.total, first.items.len(), first.page_count()), (25, 10, 3));
        assert_eq!(first.items[0].first_name, "Mentee00", "who waits longest comes first");
        let last = store.list_people(&org_a, &PeopleQuery { per_page: 10, page: 3, ..PeopleQuery::default() }).await.unwrap();
        assert_eq!(last.items.len(), 5);
        let search = store.list_people(&org_a, &PeopleQuery { search: "MENTEE1".into(), ..PeopleQuery::default() }).await.unwrap();
        assert_eq!(search.total, 10);
        let mentors = store.list_people(&org_a, &PeopleQuery { side: Some(Side::Mentor), ..PeopleQuery::default() }).await.unwrap();
        assert_eq!(mentors.total, 0);
        let secret = store.list_people(&org_a, &PeopleQuery { search: "secret".into(), ..PeopleQuery::default() }).await.unwrap();
        assert_eq!(secret.total, 0, "another organisation's people never show");
        assert!(matches!(store.person(&org_a, &hidden.id).await, Err(StoreError::NotFound)));
        assert!(matches!(store.programme(&org_a, &programme_b.id).await, Err(StoreError::NotFound)));
    }

    async fn a_tandem_lives_through_its_lifecycle(store) {
        let org = organisation(&store, "Balu und Du Osnabrück").await;
        let programme = programme(&store, &org, "1").await;
        let mentor = ready_person(&store, &programme, Side::Mentor, "mentor").await;
        let mentee = ready_person(&store, &programme, Side::Mentee, "mentee").await;
        let tandem = store.create_tandem(&org, &mentor, &mentee, now()).await.unwrap();
        assert_eq!(store.person(&org, &mentee).await.unwrap().status, PersonStatus::Matched);
        for action in [TandemAction::Accept(Side::Mentor), TandemAction::Accept(Side::Mentee), TandemAction::Start, TandemAction::Pause, TandemAction::Resume, TandemAction::Complete] {
            store.apply_tandem_action(&org, &tandem.id, action, now()).await.unwrap();
        }
        let view = store.tandem(&org, &tandem.id).await.unwrap();
        assert_eq!(view.status, "completed");
        assert_eq!(view.mentee_name, "mentee Test");
        assert_eq!(store.person(&org, &mentee).await.unwrap().status, PersonStatus::Alumni);
        assert_eq!(store.person(&org, &mentor).await.unwrap().status, PersonStatus::Alumni);
        let counts = store.statewide_counts().await.unwrap();
        assert_eq!((counts.tandems("completed"), counts.people("alumni")), (1, 2));
    }

    async fn an_illegal_move_changes_nothing(store) {
        let org = organisation(&store, "Exil").await;
        let programme = programme(&store, &org, "1").await;
        let mentor = ready_person(&store, &programme, Side::Mentor, "mentor").await;
        let mentee = ready_person(&store, &programme, Side::Mentee, "mentee").await;
        let tandem = store.create_tandem(&org, &mentor, &mentee, now()).await.unwrap();
        store.apply_tandem_action(&org, &tandem.id, TandemAction::Decline(Side::Mentee), now()).await.unwrap();
        assert_eq!(store.person(&org, &mentee).await.unwrap().status, PersonStatus::Ready, "back to the pool");
        let refused = store.apply_tandem_action(&org, &tandem.id, TandemAction::Complete, now()).await;
        assert!(matches!(refused, Err(StoreError::Domain(DomainError::IllegalTandemMove { from: TandemStatus::Declined, .. }))));
        assert_eq!(store.tandem(&org, &tandem.id).await.unwrap().status, "declined");
    }

    async fn mentor_capacity_and_one_open_tandem_per_mentee(store) {
        let org = organisation(&store, "Jobpilot").await;
        let programme = programme(&store, &org, "1").await;
        let mentor = ready_person(&store, &programme, Side::Mentor, "mentor").await;
        let first = ready_person(&store, &programme, Side::Mentee, "first").await;
        let second = ready_person(&store, &programme, Side::Mentee, "second").await;
        let tandem = store.create_tandem(&org, &mentor, &first, now()).await.unwrap();
        let full = store.create_tandem(&org, &mentor, &second, now()).await;
        assert!(matches!(full, Err(StoreError::Domain(DomainError::Invalid { code: "mentor-full", .. }))));
        let busy = store.create_tandem(&org, &mentor, &first, now()).await;
        assert!(busy.is_err(), "a matched mentee cannot get a second tandem");
        let swapped = store.create_tandem(&org, &first, &second, now()).await;
        assert!(matches!(swapped, Err(StoreError::Domain(DomainError::Invalid { code: "not-a-mentor", .. }))));
        store.apply_tandem_action(&org, &tandem.id, TandemAction::Accept(Side::Mentor), now()).await.unwrap();
        store.apply_tandem_action(&org, &tandem.id, TandemAction::Accept(Side::Mentee), now()).await.unwrap();
        store.apply_tandem_action(&org, &tandem.id, TandemAction::EndEarly(EndReason::MovedAway), now()).await.unwrap();
        store.create_tandem(&org, &mentor, &second, now()).await.expect("the place is free again");
        let listed = store.list_tandems(&org, &TandemQuery { status: Some(TandemStatus::EndedEarly), ..TandemQuery::default() }).await.unwrap();
        assert_eq!(listed.total, 1);
        assert_eq!(listed.items[0].end_reason.as_deref(), Some("moved_away"));
    }

    async fn concurrent_tandems_never_exceed_a_mentors_places(store) {
        let org = organisation(&store, "Rock your Life").await;
        let programme = programme(&store, &org, "2").await;
        let mentor = ready_person(&store, &programme, Side::Mentor, "mentor").await;
        let mut mentees = Vec::new();
        for index in 0..8 {
            mentees.push(ready_person(&store, &programme, Side::Mentee, &format!("mentee{index}")).await);
        }
        let attempts = mentees.iter().map(|mentee| {
            let store = store.clone();
            let (org, mentor, mentee) = (org.clone(), mentor.clone(), mentee.clone());
            tokio::spawn(async move { store.create_tandem(&org, &mentor, &mentee, now()).await })
        }).collect::<Vec<_>>();
        let mut formed = 0;
        for attempt in attempts {
            if attempt.await.unwrap().is_ok() { formed += 1; }
        }
        assert_eq!(formed, 2, "exactly the mentor's two places are given");
        let open = store.list_tandems(&org, &TandemQuery::default()).await.unwrap();
        assert_eq!(open.total, 2);
    }

    async fn cross_organisation_writes_are_not_found(store) {
        let org_a = organisation(&store, "Org A").await;
        let org_b = organisation(&store, "Org B").await;
        let programme = programme(&store, &org_a, "1").await;
        let mentor = ready_person(&store, &programme, Side::Mentor, "mentor").await;
        let mentee = ready_person(&store, &programme, Side::Mentee, "mentee").await;
        assert!(matches!(store.create_tandem(&org_b, &mentor, &mentee, now()).await, Err(StoreError::NotFound)));
        let tandem = store.create_tandem(&org_a, &mentor, &mentee, now()).await.unwrap();
        assert!(matches!(store.apply_tandem_action(&org_b, &tandem.id, TandemAction::Accept(Side::Mentor), now()).await, Err(StoreError::NotFound)));
        assert!(matches!(store.tandem(&org_b, &tandem.id).await, Err(StoreError::NotFound)));
        assert!(matches!(store.screen_person(&org_b, &mentor, PersonStatus::Withdrawn, now()).await, Err(StoreError::NotFound)));
        assert!(matches!(store.set_coordinator_notes(&org_b, &mentor, "x", now()).await, Err(StoreError::NotFound)));
        assert!(matches!(store.update_programme(&org_b, &programme.id, &programme.details, now()).await, Err(StoreError::NotFound)));
        assert_eq!(store.tandem(&org_a, &tandem.id).await.unwrap().status, "proposed");
    }

    async fn health_ping_and_migrations_are_idempotent(store) {
        store.ping().await.unwrap();
        store.migrate().await.unwrap();
        assert_eq!(store.count_users().await.unwrap(), 0);
    }
}

async fn coordinator(store: &Store, org: &OrganisationId) -> tandem_core::ids::UserId {
    let user = NewUser {
        email: Email::parse(&format!("coord-{}@example.org", PersonId::generate())).unwrap(),
        display_name: "Coordinator".into(),
        role: Role::Coordinator,
        organisation_id: Some(org.clone()),
        password_hash: "hash".into(),
        locale: "de".into(),
    };
    store.create_user(&user, now()).await.unwrap().id
}

/// Runs the engine over the programme's pool, as the product does.
async fn propose(
    store: &Store,
    programme: &Programme,
    pins: &[(PersonId, PersonId)],
    forbids: &[(PersonId, PersonId)],
) -> Result<matching::Outcome, matching::MatchingError> {
    let pool = store
        .matching_pool(&programme.organisation_id, &programme.id)
        .await
        .unwrap();
    let criteria = matching::Criteria::defaults_for(&programme.details);
    matching::propose(&matching::Request {
        criteria: &criteria,
        objective: matching::Objective::BestFit,
        mentees: &pool.mentees,
        mentors: &pool.mentors,
        declined: &pool.declined,
        pins,
        forbids,
        safeguarding: &pool.safeguarding,
        answers: &pool.answers,
        today: now().date(),
    })
}

async fn save(
    store: &Store,
    programme: &Programme,
    outcome: &matching::Outcome,
) -> Result<RunId, StoreError> {
    let user = coordinator(store, &programme.organisation_id).await;
    store
        .save_run(
            &programme.organisation_id,
            &programme.id,
            &user,
            "best_fit",
            &matching::Criteria::defaults_for(&programme.details),
            &serde_json::json!({}),
            outcome,
            &std::collections::HashMap::new(),
            now(),
        )
        .await
}

fn tokens() -> impl FnMut() -> (String, String) + Send {
    let mut counter = 0;
    move || {
        counter += 1;
        (format!("secret-{counter}"), format!("hash-{counter}"))
    }
}

backend_tests! {
    async fn a_matching_run_is_stored_sent_and_answered_by_both_sides(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let programme = programme(&store, &org, "1").await;
        let amira = ready_person(&store, &programme, Side::Mentee, "amira").await;
        let bilal = ready_person(&store, &programme, Side::Mentee, "bilal").await;
        let mentor = ready_person(&store, &programme, Side::Mentor, "mara").await;

        let outcome = propose(&store, &programme, &[], &[]).await.unwrap();
        assert_eq!((outcome.mentees, outcome.places), (2, 1));
        assert_eq!(outcome.proposals.len(), 1, "one place, one proposal");
        assert_eq!(outcome.proposals[0].mentor, mentor);
        assert!(outcome.proposals[0].reasons.iter().any(|reason| matches!(
            reason,
            matching::Reason::SharedLanguage { language, .. } if language == "ar"
        )));
        assert!(matches!(
            outcome.waiting[0].reason,
            matching::WaitingReason::MentorsTakenByBetterPairs { allowed: 1 }
        ));
        let run = save(&store, &programme, &outcome).await.unwrap();
        // Never two overlapping proposal sets for one programme.
        assert!(matches!(
            save(&store, &programme, &outcome).await,
            Err(StoreError::Conflict { field: "run" })
        ));
        let view = store.matching_run(&org, &run).await.unwrap();
        assert_eq!((view.status.as_str(), view.proposals.len(), view.waiting.len()), ("draft", 1, 1));

        let sent = store.send_run(&org, &run, &mut tokens(), now()).await.unwrap();
        assert_eq!(sent.len(), 1);
        assert!(store.send_run(&org, &run, &mut tokens(), now()).await.is_err(), "sent once");
        assert_eq!(store.matching_run(&org, &run).await.unwrap().proposals[0].state, "sent");
        // The mentor's only place is now taken by the proposal.
        let pool = store.matching_pool(&org, &programme.id).await.unwrap();
        assert!(pool.mentors.is_empty());
        let proposed_mentee = &sent[0].mentee.person_id;
        assert!(proposed_mentee == &amira || proposed_mentee == &bilal);

        let link = store.proposal_by_token("hash-1").await.unwrap();
        assert_eq!(link.side, Side::Mentee);
        assert_eq!(link.other.id, mentor);
        let tandem = store.answer_proposal("hash-1", true, None, now()).await.unwrap();
        assert_eq!(tandem.status, TandemStatus::Proposed);
        let tandem = store.answer_proposal("hash-2", true, None, now()).await.unwrap();
        assert_eq!(tandem.status, TandemStatus::Accepted);
        assert!(store.answer_proposal("hash-2", false, None, now()).await.is_err(), "answered");
        assert!(matches!(
            store.proposal_by_token("no-such-hash").await,
            Err(StoreError::NotFound)
        ));
    }

    async fn a_declined_pair_is_never_proposed_again(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let programme = programme(&store, &org, "1").await;
        let mentee = ready_person(&store, &programme, Side::Mentee, "amira").await;
        let mentor = ready_person(&store, &programme, Side::Mentor, "mara").await;
        let outcome = propose(&store, &programme, &[], &[]).await.unwrap();
        let run = save(&store, &programme, &outcome).await.unwrap();
        store.send_run(&org, &run, &mut tokens(), now()).await.unwrap();
        let tandem = store
            .answer_proposal("hash-2", false, Some("no time after all"), now())
            .await
            .unwrap();
        assert_eq!(tandem.status, TandemStatus::Declined);
        let pool = store.matching_pool(&org, &programme.id).await.unwrap();
        assert_eq!(pool.declined, vec![(mentee.clone(), mentor.clone())]);
        assert_eq!(pool.mentees.len(), 1, "the mentee is back on the waiting list");
        assert_eq!(pool.mentors.len(), 1, "the mentor's place is free again");
        let again = propose(&store, &programme, &[], &[]).await.unwrap();
        assert!(again.proposals.is_empty());
        assert!(matches!(
            again.waiting[0].reason,
            matching::WaitingReason::NoAllowedMentor { rule: Some(matching::Rule::DeclinedBefore), .. }
        ));
        assert!(matches!(
            propose(&store, &programme, &[(mentee, mentor)], &[]).await,
            Err(matching::MatchingError::PinBreaksRule { rule: matching::Rule::DeclinedBefore })
        ));
    }

    async fn pins_and_forbids_are_honoured_and_runs_can_be_discarded(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let programme = programme(&store, &org, "1").await;
        let amira = ready_person(&store, &programme, Side::Mentee, "amira").await;
        let bilal = ready_person(&store, &programme, Side::Mentee, "bilal").await;
        let mentor = ready_person(&store, &programme, Side::Mentor, "mara").await;
        for chosen in [&amira, &bilal] {
            let pinned = propose(&store, &programme, &[(chosen.clone(), mentor.clone())], &[])
                .await
                .unwrap();
            assert_eq!(&pinned.proposals[0].mentee, chosen);
            assert!(pinned.proposals[0].pinned);
            let other = if chosen == &amira { &bilal } else { &amira };
            let forbidden = propose(&store, &programme, &[], &[(other.clone(), mentor.clone())])
                .await
                .unwrap();
            assert_eq!(&forbidden.proposals[0].mentee, chosen);
        }
        let outcome = propose(&store, &programme, &[], &[]).await.unwrap();
        let run = save(&store, &programme, &outcome).await.unwrap();
        let proposal = tandem_core::ids::ProposalId::from_string(
            store.matching_run(&org, &run).await.unwrap().proposals[0].id.clone(),
        );
        store.set_proposal_dropped(&org, &run, &proposal, true).await.unwrap();
        store.discard_run(&org, &run).await.unwrap();
        // Another organisation sees nothing of it.
        let other = organisation(&store, "Caritas").await;
        assert!(matches!(store.matching_run(&other, &run).await, Err(StoreError::NotFound)));
        assert!(matches!(store.discard_run(&other, &run).await, Err(StoreError::NotFound)));
        // A discarded run frees the programme for the next one; it sends nothing.
        assert!(save(&store, &programme, &outcome).await.is_ok());
        assert!(store.send_run(&org, &run, &mut tokens(), now()).await.is_err());
    }

    async fn an_empty_pool_is_said_plainly(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let programme = programme(&store, &org, "1").await;
        assert_eq!(
            propose(&store, &programme, &[], &[]).await,
            Err(matching::MatchingError::NoWaitingMentees)
        );
        ready_person(&store, &programme, Side::Mentee, "amira").await;
        assert_eq!(
            propose(&store, &programme, &[], &[]).await,
            Err(matching::MatchingError::NoFreePlaces)
        );
    }

    async fn a_mentors_last_place_goes_once_when_sending_races_a_manual_tandem(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let programme = programme(&store, &org, "1").await;
        ready_person(&store, &programme, Side::Mentee, "amira").await;
        let bilal = ready_person(&store, &programme, Side::Mentee, "bilal").await;
        let mentor = ready_person(&store, &programme, Side::Mentor, "mara").await;
        let pinned = propose(&store, &programme, &[], &[(bilal.clone(), mentor.clone())])
            .await
            .unwrap();
        let run = save(&store, &programme, &pinned).await.unwrap();
        let mut tokens = tokens();
        let (sent, manual) = tokio::join!(
            store.send_run(&org, &run, &mut tokens, now()),
            store.create_tandem(&org, &mentor, &bilal, now()),
        );
        let sent = sent.unwrap();
        let open = store
            .list_tandems(&org, &TandemQuery { status: Some(TandemStatus::Proposed), ..TandemQuery::default() })
            .await
            .unwrap();
        assert_eq!(open.total, 1, "one tandem holds the mentor's only place");
        assert_eq!(sent.len() + usize::from(manual.is_ok()), 1);
        if sent.is_empty() {
            let view = store.matching_run(&org, &run).await.unwrap();
            assert_eq!(view.proposals[0].state, "failed");
            assert_eq!(view.proposals[0].problem.as_deref(), Some("mentor-full"));
        }
    }

    async fn an_erased_person_leaves_no_trace_but_the_counts_stay(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let programme = programme(&store, &org, "1").await;
        let marker = "Zqxmarker";
        let profile = ProfileForm {
            last_name: format!("{marker}Lastname"),
            interests: format!("{marker}hobby"),
            phone: "+49 511 {marker}".replace("{marker}", "123987"),
            ..form(&format!("{marker}First"), "zqxmarker.person@example.org")
        }
        .parse(2026)
        .unwrap();
        let person = store
            .register_person(&programme.id, Side::Mentee, &profile, &consent(), now())
            .await
            .unwrap();
        store.screen_person(&org, &person.id, PersonStatus::Ready, now()).await.unwrap();
        store
            .set_coordinator_notes(&org, &person.id, &format!("{marker} notes about a child"), now())
            .await
            .unwrap();
        // An answer to an intake question may name a school or an employer.
        store
            .save_intake_answers(&person.id, &[("school".to_owned(), format!("{marker} Grundschule"))])
            .await
            .unwrap();
        ready_person(&store, &programme, Side::Mentee, "bilal").await;
        let mentor = ready_person(&store, &programme, Side::Mentor, "mara").await;
        // A run that left her waiting: her name is kept in the run's waiting list.
        let outcome = propose(&store, &programme, &[], &[(person.id.clone(), mentor.clone())])
            .await
            .unwrap();
        assert_eq!(outcome.waiting[0].mentee, person.id);
        let mut names = std::collections::HashMap::new();
        names.insert(person.id.clone(), format!("{marker}First {marker}Lastname"));
        let user = coordinator(&store, &org).await;
        store
            .save_run(&org, &programme.id, &user, "best_fit",
                &matching::Criteria::defaults_for(&programme.details), &serde_json::json!({}),
                &outcome, &names, now())
            .await
            .unwrap();
        store.queue_mail(&tandem_store::NewMail { organisation: Some(&org), recipient: "zqxmarker.person@example.org", reply_to: None, locale: "de", subject: "Hallo", body: &format!("Hallo {marker}First") }, now()).await.unwrap();
        store.audit(&org, Some((&user, "Coordinator")), tandem_store::AuditAction::Viewed, &person.id, now()).await.unwrap();

        let export = store.export_person(&org, &person.id).await.unwrap();
        let json = serde_json::to_string(&export).unwrap();
        assert!(json.contains(&format!("{marker} notes")), "the export is complete");
        assert_eq!(export.intake_answers.len(), 1);
        assert_eq!(export.intake_answers[0].answer, format!("{marker} Grundschule"));
        assert_eq!(export.mails.len(), 1);
        assert_eq!(export.audit.len(), 1);
        assert!(!tandem_store::testing::traces_of(&store, marker).await.is_empty(), "the marker is there before");

        store.erase_person(&org, &person.id, now()).await.unwrap();
        store.audit(&org, Some((&user, "Coordinator")), tandem_store::AuditAction::Erased, &person.id, now()).await.unwrap();
        assert_eq!(tandem_store::testing::traces_of(&store, marker).await, Vec::<String>::new());
        assert_eq!(tandem_store::testing::traces_of(&store, "123987").await, Vec::<String>::new());
        assert!(matches!(store.person(&org, &person.id).await, Err(StoreError::NotFound)));
        assert!(matches!(store.erase_person(&org, &person.id, now()).await, Err(StoreError::NotFound)));
        let people = store.list_people(&org, &PeopleQuery::default()).await.unwrap();
        assert_eq!(people.total, 2, "the erased person is gone from lists");
        let counts = store.statewide_counts().await.unwrap();
        let total: i64 = counts.people_by_status.iter().map(|c| c.count).sum();
        assert_eq!(total, 3, "anonymous counts still include her");
        assert_eq!(store.audit_trail(&org, Some(&person.id), 10).await.unwrap().len(), 2);
    }
}
