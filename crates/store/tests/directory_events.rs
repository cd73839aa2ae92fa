//! The directory, organisation profiles and events, on SQLite and on PostgreSQL.

#![allow(clippy::unwrap_used)]

use tandem_core::{
    event::{Attendee, EventForm, RegistrationStatus},
    ids::{EventId, OrganisationId, RegistrationId},
    organisation::Profile,
    programme::{Listing, ProgrammeDetails},
};
use tandem_store::{Store, StoreError, backend_tests};

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

fn event_form(kind: &str, capacity: &str) -> EventForm {
    EventForm {
        kind: kind.into(),
        title: "Mentor*innen-Schulung".into(),
        description: "Grundlagen".into(),
        date: "2026-12-03".into(),
        start_time: "18:00".into(),
        end_time: "20:00".into(),
        place: "Freizeitheim Linden".into(),
        capacity: capacity.into(),
        sessions: "18:00-19:00 | Rolle und Grenzen | Team\n19:00-20:00 | Fälle | Team".into(),
        published: Some("on".into()),
        ..EventForm::default()
    }
}

async fn event(
    store: &Store,
    owner: Option<&OrganisationId>,
    kind: &str,
    capacity: &str,
) -> EventId {
    let (details, sessions) = event_form(kind, capacity).parse().unwrap();
    store
        .create_event(owner, &details, &sessions, now())
        .await
        .unwrap()
        .id
}

fn attendee(name: &str) -> Attendee {
    Attendee::parse(
        name,
        &format!("{}@example.org", name.to_lowercase()),
        "",
        "",
    )
    .unwrap()
}

async fn register(store: &Store, event: &EventId, name: &str) -> (RegistrationStatus, Option<u32>) {
    let done = store
        .register_for_event(event, &attendee(name), "de", &format!("hash-{name}"), now())
        .await
        .unwrap();
    (done.status, done.waiting_position)
}

backend_tests! {
    async fn the_directory_lists_published_programmes_with_their_listing(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let other = organisation(&store, "Caritas").await;
        let published = ProgrammeDetails::parse("Lernpaten", "learning", "", "30159", "de,ar", "12", "1", true).unwrap();
        let hidden = ProgrammeDetails { name: "Entwurf".into(), published: false, ..published.clone() };
        let programme = store.create_programme(&org, &published, now()).await.unwrap();
        store.create_programme(&org, &hidden, now()).await.unwrap();

        let listing = Listing::parse("Kinder von 6 bis 12", "Anrufen", "0511 123", false, true).unwrap();
        store.set_programme_listing(&org, &programme.id, &listing, now()).await.unwrap();
        let missed = store.set_programme_listing(&other, &programme.id, &listing, now()).await;
        assert!(matches!(missed, Err(StoreError::NotFound)), "another organisation's programme");
        assert_eq!(store.programme_listing(&org, &programme.id).await.unwrap(), listing);

        let entries = store.directory_entries().await.unwrap();
        assert_eq!(entries.len(), 1, "unpublished programmes stay out");
        assert_eq!(entries[0].listing, listing);
        assert_eq!(entries[0].organisation.name, "Exil e.V.");
        assert_eq!(store.directory_entry(&programme.id).await.unwrap().listing, listing);
        assert_eq!(store.directory_entries_of(&other).await.unwrap().len(), 0);

        let profile = Profile::parse("Wir begleiten", "https://exil.example.org", "Sprachcafés", "kontakt@exil.example.org").unwrap();
        store.set_organisation_profile(&org, &profile).await.unwrap();
        assert_eq!(store.organisation_profile(&org).await.unwrap().1, profile);
        assert_eq!(store.organisation_logo(&org).await.unwrap(), None);
        store.set_organisation_logo(&org, Some(&[137, 80, 78, 71])).await.unwrap();
        assert_eq!(store.organisation_logo(&org).await.unwrap(), Some(vec![137, 80, 78, 71]));
        store.set_organisation_logo(&org, None).await.unwrap();
        assert_eq!(store.organisation_logo(&org).await.unwrap(), None);
    }

    async fn events_belong_to_their_organiser_and_keep_their_sessions(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let other = organisation(&store, "Caritas").await;
        let ours = event(&store, Some(&org), "training", "20").await;
        let alliance = event(&store, None, "conference", "300").await;

        let loaded = store.owned_event(Some(&org), &ours).await.unwrap();
        assert_eq!(loaded.sessions.len(), 2);
        assert_eq!(loaded.sessions[1].title, "Fälle");
        assert!(matches!(store.owned_event(Some(&other), &ours).await, Err(StoreError::NotFound)));
        assert!(matches!(store.owned_event(None, &ours).await, Err(StoreError::NotFound)));
        assert!(store.owned_event(None, &alliance).await.is_ok());

        let (mut details, _) = event_form("training", "25").parse().unwrap();
        details.title = "Schulung II".into();
        let refused = store.update_event(Some(&other), &ours, &details, &[], now()).await;
        assert!(matches!(refused, Err(StoreError::NotFound)));
        store.update_event(Some(&org), &ours, &details, &[], now()).await.unwrap();
        let updated = store.published_event(&ours).await.unwrap();
        assert_eq!((updated.details.title.as_str(), updated.sessions.len()), ("Schulung II", 0));

        let upcoming = store.upcoming_events(None, now()).await.unwrap();
        assert_eq!(upcoming.len(), 2);
        assert_eq!(store.upcoming_events(Some(Some(&org)), now()).await.unwrap().len(), 1);
        assert_eq!(store.upcoming_events(Some(None), now()).await.unwrap()[0].organiser, None);
        let later = time::macros::datetime!(2027-01-01 0:00 UTC);
        assert!(store.upcoming_events(None, later).await.unwrap().is_empty(), "past events drop off");
        assert_eq!(store.owned_events(Some(&org)).await.unwrap().len(), 1);
    }

    async fn the_waiting_list_moves_up_when_someone_cancels(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let info = event(&store, Some(&org), "information_evening", "2").await;
        assert_eq!(register(&store, &info, "Amina").await, (RegistrationStatus::Confirmed, None));
        assert_eq!(register(&store, &info, "Bilal").await, (RegistrationStatus::Confirmed, None));
        assert_eq!(register(&store, &info, "Chen").await, (RegistrationStatus::Waiting, Some(1)));
        assert_eq!(register(&store, &info, "Dana").await, (RegistrationStatus::Waiting, Some(2)));

        let twice = store.register_for_event(&info, &attendee("Amina"), "de", "hash-again", now()).await;
        assert!(matches!(twice, Err(StoreError::Conflict { field: "email" })), "{twice:?}");

        let cancelled = store.cancel_registration("hash-Amina", now()).await.unwrap();
        let names: Vec<String> = cancelled.promoted.into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["Chen"]);
        let dana = store.registration_by_token("hash-Dana").await.unwrap();
        assert_eq!((dana.status, dana.waiting_position), (RegistrationStatus::Waiting, Some(1)));
        let again = store.cancel_registration("hash-Amina", now()).await.unwrap();
        assert_eq!(again.promoted, [], "cancelling twice frees nothing twice");

        // After cancelling, the same address may register anew (at the end of the queue).
        let anew = store.register_for_event(&info, &attendee("Amina"), "de", "hash-anew", now()).await.unwrap();
        assert_eq!(anew.status, RegistrationStatus::Waiting);
        assert!(matches!(store.cancel_registration("no-such-hash", now()).await, Err(StoreError::NotFound)));
    }

    async fn two_cancelling_at_once_promote_two_different_people(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let info = event(&store, Some(&org), "get_together", "2").await;
        for name in ["Amina", "Bilal", "Chen", "Dana", "Emre"] {
            register(&store, &info, name).await;
        }
        let cancels = ["hash-Amina", "hash-Bilal"].map(|hash| {
            let store = store.clone();
            tokio::spawn(async move { store.cancel_registration(hash, now()).await })
        });
        let mut promoted = Vec::new();
        for cancel in cancels {
            let moved = cancel.await.unwrap().unwrap().promoted;
            assert_eq!(moved.len(), 1, "each cancel frees exactly one place");
            promoted.push(moved[0].name.clone());
        }
        promoted.sort();
        assert_eq!(promoted, ["Chen", "Dana"]);
        let rows = store.event_registrations(Some(&org), &info).await.unwrap();
        let confirmed: Vec<&str> = rows.iter().filter(|r| r.status == "confirmed").map(|r| r.name.as_str()).collect();
        assert_eq!(confirmed, ["Chen", "Dana"]);
        let emre = store.registration_by_token("hash-Emre").await.unwrap();
        assert_eq!(emre.waiting_position, Some(1));
    }

    async fn a_larger_capacity_moves_the_waiting_list_up(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let info = event(&store, Some(&org), "information_evening", "1").await;
        for name in ["Amina", "Bilal", "Chen", "Dana"] {
            register(&store, &info, name).await;
        }
        let (details, sessions) = event_form("information_evening", "3").parse().unwrap();
        let promoted = store.update_event(Some(&org), &info, &details, &sessions, now()).await.unwrap();
        let names: Vec<&str> = promoted.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Bilal", "Chen"], "the first two waiting move up, in order");
        let dana = store.registration_by_token("hash-Dana").await.unwrap();
        assert_eq!((dana.status, dana.waiting_position), (RegistrationStatus::Waiting, Some(1)));

        // Shrinking takes nobody's place away, and moves nobody up.
        let (smaller, _) = event_form("information_evening", "1").parse().unwrap();
        assert_eq!(store.update_event(Some(&org), &info, &smaller, &[], now()).await.unwrap(), []);
        let rows = store.event_registrations(Some(&org), &info).await.unwrap();
        assert_eq!(rows.iter().filter(|r| r.status == "confirmed").count(), 3);
    }

    async fn registrations_at_once_never_overfill_an_event(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let info = event(&store, Some(&org), "information_evening", "3").await;
        let attempts = (0..10).map(|index| {
            let (store, info) = (store.clone(), info.clone());
            tokio::spawn(async move {
                let person = Attendee::parse("Gast", &format!("gast{index}@example.org"), "", "").unwrap();
                store.register_for_event(&info, &person, "de", &format!("hash-{index}"), now()).await
            })
        }).collect::<Vec<_>>();
        let mut confirmed = 0;
        for attempt in attempts {
            if attempt.await.unwrap().unwrap().status == RegistrationStatus::Confirmed {
                confirmed += 1;
            }
        }
        assert_eq!(confirmed, 3);
    }

    async fn attended_trainings_count_for_the_mentor(store) {
        let org = organisation(&store, "Exil e.V.").await;
        let other = organisation(&store, "Caritas").await;
        let training = event(&store, None, "training", "10").await;
        let evening = event(&store, Some(&org), "information_evening", "1").await;
        register(&store, &training, "Mara").await;
        store.register_for_event(&evening, &attendee("Mara"), "de", "hash-evening", now()).await.unwrap();
        register(&store, &evening, "Nils").await;
        let rows = store.event_registrations(None, &training).await.unwrap();
        let mara = RegistrationId::from_string(rows[0].id.clone());
        assert!(store.trainings_attended("mara@example.org").await.unwrap().is_empty());

        let refused = store.set_attended(Some(&other), &training, &mara, true, now()).await;
        assert!(matches!(refused, Err(StoreError::NotFound)), "only the organiser takes attendance");
        store.set_attended(None, &training, &mara, true, now()).await.unwrap();
        let evening_rows = store.event_registrations(Some(&org), &evening).await.unwrap();
        for row in &evening_rows {
            let id = RegistrationId::from_string(row.id.clone());
            let result = store.set_attended(Some(&org), &evening, &id, true, now()).await;
            // Nils waits: someone on the waiting list cannot be ticked off.
            assert_eq!(result.is_ok(), row.status == "confirmed", "{}", row.name);
        }
        let trainings = store.trainings_attended("MARA@example.org").await.unwrap();
        assert_eq!(trainings.len(), 1, "only trainings count, not information evenings");
        assert_eq!(trainings[0].title, "Mentor*innen-Schulung");
    }
}
