//! Tandems with several mentors or mentees, on SQLite and on PostgreSQL: a mentor with a family
//! in a buddy programme, two mentors in a career programme, and every refusal — the tandem's
//! rules (room), a further mentor's trainings, places and §72a record, a mentee already in a
//! tandem, a child joining a mentor without a record, another organisation, a closed tandem —
//! and what follows: statuses when the tandem ends, free places in matching, the export; further
//! members' meeting-log links, a further mentor's own diary, the children's profiles for every
//! mentor of the tandem and nobody else, the certificate of volunteering, export and erasure.

#![allow(clippy::unwrap_used)]

use tandem_core::{
    DomainError,
    diary::DiaryEntry,
    followup::{LoggedBy, Meeting, MeetingKind},
    ids::{OrganisationId, PersonId, UserId},
    minors::{
        CertificateRecord, ConsentChannel, Guardian, GuardianConsent, GuardianRelation,
        MinorDetails,
    },
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    programme::{Programme, ProgrammeDetails},
    programme_rules::{Template, TrainingRecord},
    tandem::{EndReason, TandemAction},
    user::Role,
    values::Email,
};
use tandem_store::{
    FollowupMailKind, NewUser, Store, StoreError, backend_tests, testing::traces_of,
};
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

fn refused_code<T: std::fmt::Debug>(result: Result<T, StoreError>) -> Option<&'static str> {
    match result {
        Err(StoreError::Domain(DomainError::Invalid { code, .. })) => Some(code),
        Err(StoreError::Domain(DomainError::CertificateOfConduct { .. })) => Some("certificate"),
        Ok(_) => None,
        Err(other) => panic!("unexpected error {other:?}"),
    }
}

async fn trained_mentor(store: &Store, programme: &Programme, by: &UserId, name: &str) -> PersonId {
    let mentor = ready(store, programme, Side::Mentor, name, "1980").await;
    let rules = store
        .programme_rules(&programme.organisation_id, &programme.id)
        .await
        .unwrap();
    for title in &rules.required_trainings {
        store
            .record_training(
                &programme.organisation_id,
                &mentor,
                &attended(title, date!(2026 - 11 - 10)),
                by,
                now(),
            )
            .await
            .unwrap();
    }
    mentor
}

async fn status(store: &Store, org: &OrganisationId, person: &PersonId) -> PersonStatus {
    store.person(org, person).await.unwrap().status
}

async fn cleared(store: &Store, org: &OrganisationId, mentor: &PersonId, by: &UserId) {
    let record = CertificateRecord {
        inspected_on: date!(2026 - 11 - 20),
        certificate_dated: date!(2026 - 11 - 01),
        relevant_entry: false,
        inspected_by: by.clone(),
    };
    store
        .record_certificate(org, mentor, &record, now())
        .await
        .unwrap();
}

fn tokens() -> impl FnMut() -> (String, String) + Send {
    let mut n = 0;
    move || {
        n += 1;
        (format!("secret-{n}"), format!("hash-{n}"))
    }
}

fn entry(activities: &str) -> DiaryEntry {
    DiaryEntry {
        met_on: date!(2026 - 11 - 25),
        minutes: 90,
        activities: activities.into(),
        how_it_went: "gut".into(),
    }
}

fn names(seen: &[(tandem_core::person::Person, Option<MinorDetails>)]) -> Vec<String> {
    seen.iter()
        .map(|(person, _)| person.profile.first_name.clone())
        .collect()
}

backend_tests! {
    async fn a_mentor_takes_on_a_family_and_every_refusal_is_named(store) {
        let org = organisation(&store, "Start with a Friend Osnabrück").await;
        let other = organisation(&store, "Exil e.V.").await;
        let by = admin(&store, &org).await;
        let programme = programme(&store, &org, Template::Buddy).await;
        let mentor = trained_mentor(&store, &programme, &by, "Mara").await;
        let parent = ready(&store, &programme, Side::Mentee, "Amal", "1985").await;
        let tandem = store.create_tandem(&org, &mentor, &parent, now()).await.unwrap();
        let spouse = ready(&store, &programme, Side::Mentee, "Yusuf", "1983").await;
        let grandmother = ready(&store, &programme, Side::Mentee, "Fatima", "1955").await;
        store.add_tandem_member(&org, &tandem.id, &spouse, now()).await.unwrap();
        store.add_tandem_member(&org, &tandem.id, &grandmother, now()).await.unwrap();
        let members = store.tandem_members(&org, &tandem.id).await.unwrap();
        assert_eq!(members.iter().map(|m| m.side.as_str()).collect::<Vec<_>>(), ["mentee", "mentee"]);
        assert_eq!(status(&store, &org, &spouse).await, PersonStatus::Matched);

        // Twice, or from another organisation: refused / not found.
        assert_eq!(refused_code(store.add_tandem_member(&org, &tandem.id, &spouse, now()).await), Some("already-in-tandem"));
        assert_eq!(refused_code(store.add_tandem_member(&org, &tandem.id, &mentor, now()).await), Some("already-in-tandem"));
        let stranger = ready(&store, &programme, Side::Mentee, "Omid", "1990").await;
        assert!(matches!(store.add_tandem_member(&other, &tandem.id, &stranger, now()).await, Err(StoreError::NotFound)));
        assert!(matches!(store.tandem_members(&other, &tandem.id).await.map(|m| m.len()), Ok(0)));
        // Buddy tandems have one mentor: a second is refused by the tandem's rules.
        let second_mentor = trained_mentor(&store, &programme, &by, "Jonas").await;
        assert_eq!(refused_code(store.add_tandem_member(&org, &tandem.id, &second_mentor, now()).await), Some("tandem-full"));
        // A mentee of another open tandem cannot join (one open tandem per mentee).
        let elsewhere = ready(&store, &programme, Side::Mentee, "Bilal", "1991").await;
        store.create_tandem(&org, &second_mentor, &elsewhere, now()).await.unwrap();
        assert_eq!(refused_code(store.add_tandem_member(&org, &tandem.id, &elsewhere, now()).await), Some("not-available"));
        // … and a family member cannot be paired again by hand either.
        let third_mentor = trained_mentor(&store, &programme, &by, "Lena").await;
        assert_eq!(refused_code(store.create_tandem(&org, &third_mentor, &spouse, now()).await), Some("not-available"));

        // A child joins only when the mentor has a valid certificate of conduct (§72a).
        let child = ready(&store, &programme, Side::Mentee, "Rana", "2016").await;
        assert_eq!(refused_code(store.add_tandem_member(&org, &tandem.id, &child, now()).await), Some("certificate"));
        let record = CertificateRecord {
            inspected_on: date!(2026 - 11 - 20),
            certificate_dated: date!(2026 - 11 - 01),
            relevant_entry: false,
            inspected_by: by.clone(),
        };
        store.record_certificate(&org, &mentor, &record, now()).await.unwrap();
        store.add_tandem_member(&org, &tandem.id, &child, now()).await.unwrap();

        // Taken out: back to the pool. The tandem ends: everyone leaves with it.
        store.remove_tandem_member(&org, &tandem.id, &grandmother, now()).await.unwrap();
        assert_eq!(status(&store, &org, &grandmother).await, PersonStatus::Ready);
        assert!(matches!(store.remove_tandem_member(&org, &tandem.id, &grandmother, now()).await, Err(StoreError::NotFound)));
        for action in [TandemAction::Accept(Side::Mentor), TandemAction::Accept(Side::Mentee), TandemAction::Start, TandemAction::EndEarly(EndReason::MovedAway)] {
            store.apply_tandem_action(&org, &tandem.id, action, now()).await.unwrap();
        }
        assert_eq!(status(&store, &org, &spouse).await, PersonStatus::Ready, "ended early: back to the pool");
        assert_eq!(status(&store, &org, &child).await, PersonStatus::Ready);
        assert_eq!(refused_code(store.add_tandem_member(&org, &tandem.id, &grandmother, now()).await), Some("tandem-closed"));
        assert_eq!(refused_code(store.remove_tandem_member(&org, &tandem.id, &spouse, now()).await), Some("tandem-closed"));
        assert_eq!(store.tandem_members(&org, &tandem.id).await.unwrap().len(), 2, "a closed tandem keeps its history");

        // The export names the memberships.
        let export = store.export_person(&org, &spouse).await.unwrap();
        assert_eq!(export.memberships.len(), 1);
        assert_eq!((export.memberships[0].side.as_str(), export.memberships[0].status.as_str()), ("mentee", "ended_early"));
    }

    async fn two_mentors_share_a_career_mentee_when_each_meets_every_rule(store) {
        let org = organisation(&store, "IQ Mentoring").await;
        let by = admin(&store, &org).await;
        let programme = programme(&store, &org, Template::Career).await;
        let first = trained_mentor(&store, &programme, &by, "Jonas").await;
        let mentee = ready(&store, &programme, Side::Mentee, "Amina", "1990").await;
        let tandem = store.create_tandem(&org, &first, &mentee, now()).await.unwrap();

        // Without the required training the second mentor is refused, like a primary one.
        let second = ready(&store, &programme, Side::Mentor, "Lea", "1978").await;
        assert_eq!(refused_code(store.add_tandem_member(&org, &tandem.id, &second, now()).await), Some("required-trainings-missing"));
        store.record_training(&org, &second, &attended("Einführung ins Mentoring", date!(2026 - 11 - 02)), &by, now()).await.unwrap();
        // A mentor whose one place is taken is refused (a place counts as primary or further mentor).
        let busy = trained_mentor(&store, &programme, &by, "Kai").await;
        let busy_mentee = ready(&store, &programme, Side::Mentee, "Dana", "1992").await;
        store.create_tandem(&org, &busy, &busy_mentee, now()).await.unwrap();
        assert_eq!(refused_code(store.add_tandem_member(&org, &tandem.id, &busy, now()).await), Some("mentor-full"));
        store.add_tandem_member(&org, &tandem.id, &second, now()).await.unwrap();
        // Career tandems allow two mentors and one mentee.
        let third = trained_mentor(&store, &programme, &by, "Ole").await;
        assert_eq!(refused_code(store.add_tandem_member(&org, &tandem.id, &third, now()).await), Some("tandem-full"));
        let another = ready(&store, &programme, Side::Mentee, "Hadi", "1989").await;
        assert_eq!(refused_code(store.add_tandem_member(&org, &tandem.id, &another, now()).await), Some("tandem-full"));

        // The second mentor's place is taken: matching offers them no place, a manual tandem is refused.
        let pool = store.matching_pool(&org, &programme.id).await.unwrap();
        assert!(!pool.mentors.iter().any(|(m, _)| m.id == second), "no free place left");
        assert!(pool.mentors.iter().any(|(m, _)| m.id == third));
        assert_eq!(refused_code(store.create_tandem(&org, &second, &another, now()).await), Some("mentor-full"));

        // Completed: both mentors become alumni.
        for action in [TandemAction::Accept(Side::Mentor), TandemAction::Accept(Side::Mentee), TandemAction::Start, TandemAction::Complete] {
            store.apply_tandem_action(&org, &tandem.id, action, now()).await.unwrap();
        }
        assert_eq!(status(&store, &org, &first).await, PersonStatus::Alumni);
        assert_eq!(status(&store, &org, &second).await, PersonStatus::Alumni);
    }

    async fn further_members_keep_a_meeting_log_their_own_diary_and_see_only_their_children(store) {
        let org = organisation(&store, "Balu und Du Osnabrück").await;
        let other = organisation(&store, "Exil e.V.").await;
        let by = admin(&store, &org).await;
        let programme = programme(&store, &org, Template::LearningChildren).await;
        // Two mentors for two siblings: this organisation widens the template.
        let mut rules = Template::LearningChildren.rules();
        (rules.max_mentors_per_tandem, rules.max_mentees_per_tandem) = (2, 2);
        (rules.mentor_age, rules.mentee_age) = (None, None);
        store.set_programme_rules(&org, &programme.id, &rules, now()).await.unwrap();
        let primary = trained_mentor(&store, &programme, &by, "Jonas").await;
        let further = trained_mentor(&store, &programme, &by, "Lea").await;
        let stranger = trained_mentor(&store, &programme, &by, "Kai").await;
        for mentor in [&primary, &further, &stranger] {
            cleared(&store, &org, mentor, &by).await;
        }
        let child = ready(&store, &programme, Side::Mentee, "Rana", "2017").await;
        let sibling = ready(&store, &programme, Side::Mentee, "Sami", "2018").await;
        let tandem = store.create_tandem(&org, &primary, &child, now()).await.unwrap().id;
        store.add_tandem_member(&org, &tandem, &further, now()).await.unwrap();
        store.add_tandem_member(&org, &tandem, &sibling, now()).await.unwrap();
        let elsewhere = ready(&store, &programme, Side::Mentee, "Omid", "2017").await;
        let theirs = store.create_tandem(&org, &stranger, &elsewhere, now()).await.unwrap().id;
        for id in [&tandem, &theirs] {
            for action in [TandemAction::Accept(Side::Mentor), TandemAction::Accept(Side::Mentee), TandemAction::Start] {
                store.apply_tandem_action(&org, id, action, now()).await.unwrap();
            }
        }

        // The follow-up job mails a meeting-log link to every member, further ones included.
        let mut token = tokens();
        let mails = store.due_meeting_mails(time::Duration::days(14), &mut token, now() + time::Duration::hours(1)).await.unwrap();
        let ours: Vec<_> = mails.iter().filter(|mail| mail.tandem_id == tandem).collect();
        let mut to: Vec<&str> = ours.iter().map(|mail| mail.recipient.first_name.as_str()).collect();
        to.sort_unstable();
        assert_eq!(to, ["Jonas", "Lea", "Rana", "Sami"]);
        assert!(ours.iter().all(|mail| mail.kind == FollowupMailKind::MeetingLog));
        let hash_of = |name: &str| ours.iter().find(|mail| mail.recipient.first_name == name).unwrap().recipient.token.replace("secret", "hash");
        let lea = store.followup_link(&hash_of("Lea"), true).await.unwrap();
        assert_eq!((lea.side, &lea.person_id, lea.other_first_name.as_str()), (Side::Mentor, &further, "Rana"));
        assert!(lea.takes_meetings());
        let sami = store.followup_link(&hash_of("Sami"), true).await.unwrap();
        assert_eq!((sami.side, &sami.person_id, sami.other_first_name.as_str()), (Side::Mentee, &sibling, "Jonas"));
        // A link for someone who is no member of the tandem cannot be made.
        assert!(matches!(store.create_member_followup_link(&org, &tandem, &stranger, tandem_store::LinkPurpose::Meetings, "forged", now()).await, Err(StoreError::NotFound)));
        assert!(matches!(store.create_member_followup_link(&other, &tandem, &further, tandem_store::LinkPurpose::Meetings, "forged", now()).await, Err(StoreError::NotFound)));

        // Each mentor writes their own diary entries and reads only those; the coordinator reads all.
        let meeting = Meeting { date: date!(2026 - 11 - 25), minutes: 90, kind: MeetingKind::InPerson, note: Some("marker-note-7f3".into()) };
        store.log_meeting(&org, &tandem, LoggedBy::Mentor, &meeting, now()).await.unwrap();
        store.add_diary_entry(&org, &tandem, &primary, &entry("Zoo"), now()).await.unwrap();
        store.add_diary_entry(&org, &tandem, &further, &entry("marker-diary-7f3"), now()).await.unwrap();
        for nobody in [&sibling, &child, &stranger] {
            assert!(matches!(store.add_diary_entry(&org, &tandem, nobody, &entry("x"), now()).await, Err(StoreError::NotFound)));
        }
        assert!(matches!(store.add_diary_entry(&other, &tandem, &further, &entry("x"), now()).await, Err(StoreError::NotFound)));
        let own = store.mentor_diary(&org, &tandem, &further).await.unwrap();
        assert_eq!(own.iter().map(|r| r.entry.activities.as_str()).collect::<Vec<_>>(), ["marker-diary-7f3"]);
        let own = store.mentor_diary(&org, &tandem, &primary).await.unwrap();
        assert_eq!(own.iter().map(|r| r.entry.activities.as_str()).collect::<Vec<_>>(), ["Zoo"]);
        let all = store.diary(&org, &tandem).await.unwrap();
        let mut authors: Vec<&str> = all.iter().map(|r| r.mentor_name.as_str()).collect();
        authors.sort_unstable();
        assert_eq!(authors, ["Jonas Test", "Lea Test"]);
        assert!(store.diary(&other, &tandem).await.unwrap().is_empty());

        // Both children's profiles, guardian included, for each of their mentors — and nobody else.
        for mentor in [&primary, &further] {
            let seen = store.mentees_seen_by(&org, &tandem, mentor).await.unwrap();
            assert_eq!(names(&seen), ["Rana", "Sami"]);
            assert!(seen.iter().all(|(_, details)| details.as_ref().is_some_and(|d| d.guardian.is_some())));
        }
        for nobody in [&child, &sibling, &stranger] {
            assert!(matches!(store.mentees_seen_by(&org, &tandem, nobody).await, Err(StoreError::NotFound)));
        }
        assert!(matches!(store.mentees_seen_by(&other, &tandem, &further).await, Err(StoreError::NotFound)));
        assert_eq!(names(&store.mentees_seen_by(&org, &theirs, &stranger).await.unwrap()), ["Omid"]);

        // The certificate of volunteering lists the tandem for the further mentor, with its hours.
        let service = store.mentor_service(&org, &further).await.unwrap();
        assert_eq!(service.len(), 1);
        assert_eq!((service[0].meetings, service[0].minutes), (1, 90));
        assert!(store.mentor_service(&org, &sibling).await.unwrap().is_empty(), "mentees earn no certificate");
        // The export names the membership and the tandem's meetings.
        let export = store.export_person(&org, &further).await.unwrap();
        assert_eq!((export.memberships.len(), export.meetings.len()), (1, 1));
        assert_eq!(export.meetings[0].minutes, 90);

        // Taken out of the tandem: the links open nothing, the children are no longer theirs.
        let second_mentor_link = hash_of("Lea");
        store.remove_tandem_member(&org, &tandem, &further, now()).await.unwrap();
        assert!(matches!(store.followup_link(&second_mentor_link, true).await, Err(StoreError::NotFound)));
        assert!(matches!(store.mentees_seen_by(&org, &tandem, &further).await, Err(StoreError::NotFound)));
        assert!(matches!(store.add_diary_entry(&org, &tandem, &further, &entry("x"), now()).await, Err(StoreError::NotFound)));
        assert!(store.followup_link(&hash_of("Sami"), true).await.is_ok());

        // The tandem ends: nobody sees the children any more.
        store.apply_tandem_action(&org, &tandem, TandemAction::Complete, now()).await.unwrap();
        assert!(store.mentees_seen_by(&org, &tandem, &primary).await.unwrap().is_empty());

        // Erasing the further mentee takes the tandem's free texts and their links; the
        // membership row (ids only) stays, so counts stay true.
        store.erase_person(&org, &sibling, now()).await.unwrap();
        assert!(traces_of(&store, "marker-note-7f3").await.is_empty(), "meeting note of a member's tandem");
        assert!(traces_of(&store, "marker-diary-7f3").await.is_empty(), "diary text of a member's tandem");
        assert!(matches!(store.followup_link(&hash_of("Sami"), true).await, Err(StoreError::NotFound)));
        assert!(traces_of(&store, &hash_of("Sami")).await.is_empty(), "the member's link hash is gone");
        assert_eq!(store.tandem_members(&org, &tandem).await.unwrap().len(), 1);
        assert_eq!(store.mentor_service(&org, &primary).await.unwrap()[0].minutes, 90, "hours stay");
    }
}
