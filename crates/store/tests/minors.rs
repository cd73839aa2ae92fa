//! Minors, guardians' consent and certificates of conduct (§72a SGB VIII) in storage, on SQLite
//! and on PostgreSQL: the gate on every path that forms a tandem, matching that never proposes
//! an uncleared pair, deletion of records by an injected clock, erasure, and consent renewals.

#![allow(clippy::unwrap_used)]

use tandem_core::{
    DomainError,
    ids::{OrganisationId, PersonId, UserId},
    matching,
    minors::{
        CertificateProblem, CertificateRecord, CertificateRetention, ConsentChannel, Guardian,
        GuardianConsent, GuardianRelation, MinorDetails,
    },
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    programme::{Programme, ProgrammeDetails},
    tandem::{TandemAction, TandemStatus},
    user::Role,
    values::Email,
};
use tandem_store::{NewUser, Store, StoreError, backend_tests, testing::traces_of};
use time::{Date, macros::date};

fn now() -> time::OffsetDateTime {
    time::macros::datetime!(2026-11-25 10:00 UTC)
}

fn at(day: Date) -> time::OffsetDateTime {
    day.with_hms(10, 0, 0).unwrap().assume_utc()
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

async fn programme(store: &Store, org: &OrganisationId) -> Programme {
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
    store.create_programme(org, &details, now()).await.unwrap()
}

fn consent() -> ConsentRecord {
    ConsentRecord {
        text_version: "2026-11-v1".into(),
        locale: "de".into(),
        given_at: now(),
    }
}

fn profile(name: &str, birth_year: &str) -> tandem_core::person::Profile {
    ProfileForm {
        first_name: name.into(),
        last_name: "Test".into(),
        email: format!("{}@example.org", name.to_lowercase()),
        postal_code: "49074".into(),
        languages: "ar:native,de:B1".into(),
        availability: vec!["2-1".into()],
        birth_year: birth_year.into(),
        interests: "lesen, fußball".into(),
        ..ProfileForm::default()
    }
    .parse(2026)
    .unwrap()
}

fn child_details(guardian_name: &str, with_consent: bool) -> MinorDetails {
    MinorDetails {
        birth_date: date!(2017 - 05 - 02),
        guardian: Some(Guardian {
            name: guardian_name.into(),
            relation: GuardianRelation::Parent,
            phone: Some("0541 123456".into()),
            email: Some(Email::parse("eltern@example.org").unwrap()),
        }),
        consent: with_consent.then(|| GuardianConsent {
            given_by: guardian_name.into(),
            given_on: date!(2026 - 11 - 20),
            channel: ConsentChannel::Paper,
        }),
        nomination: Some("Grundschule Wüste".into()),
    }
}

/// A registered child with a guardian who consented, screened to ready.
async fn ready_child(store: &Store, programme: &Programme, name: &str) -> PersonId {
    let person = store
        .register_person_with_details(
            &programme.id,
            Side::Mentee,
            &profile(name, "2017"),
            &consent(),
            &child_details("Layla Haddad", true),
            now(),
        )
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

async fn ready_adult(store: &Store, programme: &Programme, side: Side, name: &str) -> PersonId {
    let person = store
        .register_person(
            &programme.id,
            side,
            &profile(name, "1998"),
            &consent(),
            now(),
        )
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

fn record(dated: Date, inspected: Date, relevant_entry: bool, by: &UserId) -> CertificateRecord {
    CertificateRecord {
        inspected_on: inspected,
        certificate_dated: dated,
        relevant_entry,
        inspected_by: by.clone(),
    }
}

fn refused_for(
    result: Result<tandem_core::tandem::Tandem, StoreError>,
) -> Option<CertificateProblem> {
    match result {
        Err(StoreError::Domain(DomainError::CertificateOfConduct { problem })) => Some(problem),
        Ok(_) => None,
        Err(other) => panic!("unexpected error {other:?}"),
    }
}

backend_tests! {
    async fn a_child_without_a_guardians_consent_stays_registered(store) {
        let org = organisation(&store, "Balu und Du Osnabrück").await;
        let programme = programme(&store, &org).await;
        let child = store
            .register_person_with_details(&programme.id, Side::Mentee, &profile("Yara", "2017"), &consent(), &child_details("Samir Haddad", false), now())
            .await
            .unwrap();
        let refused = store.screen_person(&org, &child.id, PersonStatus::Ready, now()).await;
        assert!(matches!(refused, Err(StoreError::Domain(DomainError::Invalid { code: "guardian-consent-missing", .. }))), "{refused:?}");
        // A child registered with only a birth year (e.g. imported) is held back the same way.
        let bare = store.register_person(&programme.id, Side::Mentee, &profile("Omar", "2016"), &consent(), now()).await.unwrap();
        assert!(store.screen_person(&org, &bare.id, PersonStatus::Screened, now()).await.is_err());
        assert_eq!(store.screen_person(&org, &bare.id, PersonStatus::Withdrawn, now()).await.unwrap(), PersonStatus::Withdrawn);

        store.save_minor_details(&org, &child.id, &child_details("Samir Haddad", true), now()).await.unwrap();
        assert_eq!(store.screen_person(&org, &child.id, PersonStatus::Ready, now()).await.unwrap(), PersonStatus::Ready);
        let stored = store.minor_details(&org, &child.id).await.unwrap().unwrap();
        assert_eq!(stored, child_details("Samir Haddad", true));
    }

    async fn guardian_details_and_certificates_are_invisible_to_other_organisations(store) {
        let org = organisation(&store, "Balu und Du Osnabrück").await;
        let other = organisation(&store, "Exil e.V.").await;
        let programme = programme(&store, &org).await;
        let by = admin(&store, &org).await;
        let child = ready_child(&store, &programme, "Yara").await;
        let mentor = ready_adult(&store, &programme, Side::Mentor, "Jonas").await;
        let fresh = record(date!(2026 - 11 - 01), date!(2026 - 11 - 20), false, &by);

        assert_eq!(store.minor_details(&other, &child).await.unwrap(), None);
        assert!(matches!(store.save_minor_details(&other, &child, &child_details("X", true), now()).await, Err(StoreError::NotFound)));
        assert!(matches!(store.record_certificate(&other, &mentor, &fresh, now()).await, Err(StoreError::NotFound)));
        store.record_certificate(&org, &mentor, &fresh, now()).await.unwrap();
        assert_eq!(store.certificate(&other, &mentor).await.unwrap(), None);
        assert!(!store.delete_certificate(&other, &mentor).await.unwrap());
        assert_eq!(store.certificate(&org, &mentor).await.unwrap(), Some(fresh.clone()));
        // Only mentors have certificates.
        let mentee = store.record_certificate(&org, &child, &fresh, now()).await;
        assert!(matches!(mentee, Err(StoreError::Domain(DomainError::Invalid { code: "not-a-mentor", .. }))));
    }

    async fn a_minor_is_never_paired_with_a_mentor_whose_record_is_missing_expired_or_shows_an_entry(store) {
        let org = organisation(&store, "Balu und Du Osnabrück").await;
        let programme = programme(&store, &org).await;
        let by = admin(&store, &org).await;
        let child = ready_child(&store, &programme, "Yara").await;
        let adult = ready_adult(&store, &programme, Side::Mentee, "Amina").await;
        let missing = ready_adult(&store, &programme, Side::Mentor, "Jonas").await;
        let expired = ready_adult(&store, &programme, Side::Mentor, "Lena").await;
        let entry = ready_adult(&store, &programme, Side::Mentor, "Tom").await;
        let cleared = ready_adult(&store, &programme, Side::Mentor, "Mia").await;
        store.record_certificate(&org, &expired, &record(date!(2021 - 11 - 01), date!(2021 - 11 - 20), false, &by), now()).await.unwrap();
        store.record_certificate(&org, &entry, &record(date!(2026 - 11 - 01), date!(2026 - 11 - 20), true, &by), now()).await.unwrap();
        store.record_certificate(&org, &cleared, &record(date!(2026 - 11 - 01), date!(2026 - 11 - 20), false, &by), now()).await.unwrap();

        assert_eq!(refused_for(store.create_tandem(&org, &missing, &child, now()).await), Some(CertificateProblem::Missing));
        assert_eq!(refused_for(store.create_tandem(&org, &expired, &child, now()).await), Some(CertificateProblem::Expired));
        assert_eq!(refused_for(store.create_tandem(&org, &entry, &child, now()).await), Some(CertificateProblem::RelevantEntry));
        // Nothing was written by the refusals: the child is still waiting.
        assert_eq!(store.person(&org, &child).await.unwrap().status, PersonStatus::Ready);
        // An adult mentee needs no certificate of the mentor.
        assert_eq!(refused_for(store.create_tandem(&org, &missing, &adult, now()).await), None);
        let tandem = store.create_tandem(&org, &cleared, &child, now()).await.unwrap();
        assert_eq!(tandem.status, TandemStatus::Proposed);
    }

    async fn matching_never_proposes_an_uncleared_mentor_for_a_minor(store) {
        let org = organisation(&store, "Balu und Du Osnabrück").await;
        let programme = programme(&store, &org).await;
        let by = admin(&store, &org).await;
        let child = ready_child(&store, &programme, "Yara").await;
        // Registered as an adult and found ready, then the coordinator learns the real birth date.
        let unconsented = ready_adult(&store, &programme, Side::Mentee, "Omar").await;
        store.save_minor_details(&org, &unconsented, &child_details("Samir", false), now()).await.unwrap();
        let uncleared = ready_adult(&store, &programme, Side::Mentor, "Jonas").await;
        let pool = store.matching_pool(&org, &programme.id).await.unwrap();
        assert_eq!(pool.mentees.iter().map(|p| p.id.clone()).collect::<Vec<_>>(), vec![child.clone()]);
        assert!(!pool.mentees.iter().any(|p| p.id == unconsented), "a minor without consent is never matched");
        let criteria = matching::Criteria::defaults_for(&programme.details);
        let run = |pool: &tandem_store::MatchingPool, pins: &[(PersonId, PersonId)]| {
            matching::propose(&matching::Request {
                criteria: &criteria,
                objective: matching::Objective::BestFit,
                mentees: &pool.mentees,
                mentors: &pool.mentors,
                declined: &pool.declined,
                pins,
                forbids: &[],
                safeguarding: &pool.safeguarding,
                answers: &pool.answers,
                today: now().date(),
            })
        };
        let outcome = run(&pool, &[]).unwrap();
        assert!(outcome.proposals.is_empty());
        assert!(matches!(
            outcome.waiting[0].reason,
            matching::WaitingReason::NoAllowedMentor { rule: Some(matching::Rule::CertificateOfConduct), .. }
        ));
        assert!(matches!(
            run(&pool, &[(child.clone(), uncleared.clone())]),
            Err(matching::MatchingError::PinBreaksRule { rule: matching::Rule::CertificateOfConduct })
        ));

        store.record_certificate(&org, &uncleared, &record(date!(2026 - 11 - 01), date!(2026 - 11 - 20), false, &by), now()).await.unwrap();
        let pool = store.matching_pool(&org, &programme.id).await.unwrap();
        let outcome = run(&pool, &[]).unwrap();
        assert_eq!(outcome.proposals.len(), 1);
        assert_eq!(outcome.proposals[0].mentor, uncleared);

        // The record is found to show an entry before the run is sent: sending refuses the pair.
        let run_id = store
            .save_run(&org, &programme.id, &by, "best_fit", &criteria, &serde_json::json!({}), &outcome, &std::collections::HashMap::new(), now())
            .await
            .unwrap();
        store.record_certificate(&org, &uncleared, &record(date!(2026 - 11 - 01), date!(2026 - 11 - 24), true, &by), now()).await.unwrap();
        let mut counter = 0;
        let mut tokens = move || { counter += 1; (format!("secret-{counter}"), format!("hash-{counter}")) };
        let sent = store.send_run(&org, &run_id, &mut tokens, now()).await.unwrap();
        assert!(sent.is_empty());
        let view = store.matching_run(&org, &run_id).await.unwrap();
        assert_eq!(view.proposals[0].state, "failed");
        // What the coordinator sees says "not valid", never why.
        assert_eq!(view.proposals[0].problem.as_deref(), Some("certificate-not-valid"));
    }

    async fn a_record_is_deleted_three_months_after_the_mentors_activity_ended(store) {
        let org = organisation(&store, "Balu und Du Osnabrück").await;
        let programme = programme(&store, &org).await;
        let by = admin(&store, &org).await;
        let child = ready_child(&store, &programme, "Yara").await;
        let mentor = ready_adult(&store, &programme, Side::Mentor, "Jonas").await;
        let waiting = ready_adult(&store, &programme, Side::Mentor, "Lena").await;
        let fresh = record(date!(2026 - 11 - 01), date!(2026 - 11 - 20), false, &by);
        store.record_certificate(&org, &mentor, &fresh, now()).await.unwrap();
        store.record_certificate(&org, &waiting, &fresh, now()).await.unwrap();
        let tandem = store.create_tandem(&org, &mentor, &child, now()).await.unwrap();
        let retention = CertificateRetention::default();
        // While the tandem is open, nothing is due, however late.
        assert!(store.certificates_due_for_deletion(retention, date!(2030 - 01 - 01)).await.unwrap().is_empty());
        let ended = date!(2027 - 11 - 30);
        for action in [TandemAction::Accept(Side::Mentor), TandemAction::Accept(Side::Mentee), TandemAction::Start] {
            store.apply_tandem_action(&org, &tandem.id, action, now()).await.unwrap();
        }
        store.apply_tandem_action(&org, &tandem.id, TandemAction::Complete, at(ended)).await.unwrap();
        assert_eq!(store.person(&org, &mentor).await.unwrap().status, PersonStatus::Alumni);

        // 30 November + 3 months is 29 February in a leap year.
        assert!(store.certificates_due_for_deletion(retention, date!(2028 - 02 - 28)).await.unwrap().is_empty());
        let due = store.certificates_due_for_deletion(retention, date!(2028 - 02 - 29)).await.unwrap();
        assert_eq!(due, vec![(org.clone(), mentor.clone())], "the waiting mentor keeps theirs");
        let six = CertificateRetention::new(6).unwrap();
        assert!(store.certificates_due_for_deletion(six, date!(2028 - 03 - 01)).await.unwrap().is_empty());
        assert_eq!(store.certificates_due_for_deletion(six, date!(2028 - 05 - 30)).await.unwrap().len(), 1);
        assert!(store.delete_certificate(&org, &mentor).await.unwrap());
        assert_eq!(store.certificate(&org, &mentor).await.unwrap(), None);
        assert!(store.certificates_due_for_deletion(retention, date!(2030 - 01 - 01)).await.unwrap().is_empty());
    }

    async fn erasure_removes_guardian_and_certificate(store) {
        let org = organisation(&store, "Balu und Du Osnabrück").await;
        let programme = programme(&store, &org).await;
        let by = admin(&store, &org).await;
        let child = store
            .register_person_with_details(&programme.id, Side::Mentee, &profile("Yara", "2017"), &consent(), &child_details("Zuleika Quarmby", true), now())
            .await
            .unwrap();
        let mentor = ready_adult(&store, &programme, Side::Mentor, "Jonas").await;
        store.record_certificate(&org, &mentor, &record(date!(2026 - 11 - 01), date!(2026 - 11 - 20), false, &by), now()).await.unwrap();
        assert!(!traces_of(&store, "Zuleika Quarmby").await.is_empty());
        store.erase_person(&org, &child.id, now()).await.unwrap();
        store.erase_person(&org, &mentor, now()).await.unwrap();
        assert_eq!(traces_of(&store, "Zuleika Quarmby").await, Vec::<String>::new());
        assert_eq!(store.minor_details(&org, &child.id).await.unwrap(), None);
        assert_eq!(store.certificate(&org, &mentor).await.unwrap(), None);
    }

    async fn consent_renewal_is_due_at_sixteen_and_reminded_once(store) {
        let org = organisation(&store, "Profil Life").await;
        let programme = programme(&store, &org).await;
        let teen = store
            .register_person(&programme.id, Side::Mentee, &profile("Daria", "2010"), &consent(), now())
            .await
            .unwrap();
        let details = MinorDetails { birth_date: date!(2010 - 12 - 10), ..child_details("Olena Koval", true) };
        store.save_minor_details(&org, &teen.id, &details, now()).await.unwrap();
        assert!(store.consent_renewals_due(date!(2026 - 12 - 09)).await.unwrap().is_empty());
        let due = store.consent_renewals_due(date!(2026 - 12 - 10)).await.unwrap();
        assert_eq!(due.len(), 1);
        assert_eq!((due[0].milestone, due[0].recipient.as_deref()), (16, Some("eltern@example.org")));
        assert!(store.claim_consent_renewal_reminder(&teen.id, 16).await.unwrap());
        assert!(!store.claim_consent_renewal_reminder(&teen.id, 16).await.unwrap(), "claimed once");
        assert!(store.consent_renewals_due(date!(2027 - 01 - 10)).await.unwrap().is_empty());
        // At 18 the young person is written to themselves.
        let due = store.consent_renewals_due(date!(2028 - 12 - 10)).await.unwrap();
        assert_eq!((due[0].milestone, due[0].recipient.as_deref()), (18, Some("daria@example.org")));
    }
}
