//! Outcomes and the statewide figures on SQLite and on PostgreSQL: recording is scoped by
//! organisation, the dashboard counts follow period, programme and district, a person's export
//! lists their outcomes and erasure blanks their text; the statewide figures count across
//! organisations by programme kind and postal code.

#![allow(clippy::unwrap_used)]

use tandem_core::{
    followup::{LoggedBy, MeetingForm, YearMonth, parse_iso_date},
    ids::{OrganisationId, PersonId, ProgrammeId, TandemId},
    outcome::{OutcomeForm, OutcomeKind},
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    programme::{ProgrammeDetails, ProgrammeKind},
    survey::{StandardQuestion, SurveyAnswers},
    tandem::{EndReason, TandemAction},
    values::LanguageLevel,
};
use tandem_store::{Store, StoreError, backend_tests};
use time::{OffsetDateTime, macros::datetime};

fn start() -> OffsetDateTime {
    datetime!(2026-03-02 09:00 UTC)
}

fn day(raw: &str) -> time::Date {
    parse_iso_date(raw).unwrap()
}

fn month(raw: &str) -> YearMonth {
    YearMonth::of(day(&format!("{raw}-01")))
}

fn outcome(kind: &str, level: &str, date: &str, detail: &str) -> tandem_core::outcome::Outcome {
    OutcomeForm {
        kind: kind.into(),
        level: level.into(),
        date: date.into(),
        detail: detail.into(),
    }
    .parse(day("2026-12-31"))
    .unwrap()
}

async fn programme(store: &Store, org: &OrganisationId, kind: &str) -> ProgrammeId {
    let details =
        ProgrammeDetails::parse("Programm", kind, "", "30159", "de,ar", "12", "1", true).unwrap();
    store
        .create_programme(org, &details, start())
        .await
        .unwrap()
        .id
}

/// Registers a ready person; `n` keeps e-mails apart.
async fn person(
    store: &Store,
    org: &OrganisationId,
    programme: &ProgrammeId,
    side: Side,
    n: usize,
    postal_code: &str,
) -> PersonId {
    let form = ProfileForm {
        first_name: format!("Person{n}"),
        last_name: "Muster".into(),
        email: format!("p{n}-{}@example.org", org.as_str()),
        postal_code: postal_code.into(),
        languages: "de:native".into(),
        birth_year: "1990".into(),
        locale: "de".into(),
        ..ProfileForm::default()
    };
    let consent = ConsentRecord {
        text_version: "v1".into(),
        locale: "de".into(),
        given_at: start(),
    };
    let id = store
        .register_person(
            programme,
            side,
            &form.parse(2026).unwrap(),
            &consent,
            start(),
        )
        .await
        .unwrap()
        .id;
    store
        .screen_person(org, &id, PersonStatus::Ready, start())
        .await
        .unwrap();
    id
}

/// A running tandem whose mentee lives at `postal_code`: (tandem, mentee).
async fn running_tandem(
    store: &Store,
    org: &OrganisationId,
    programme: &ProgrammeId,
    n: usize,
    postal_code: &str,
) -> (TandemId, PersonId) {
    let mentor = person(store, org, programme, Side::Mentor, n * 2, "30159").await;
    let mentee = person(store, org, programme, Side::Mentee, n * 2 + 1, postal_code).await;
    let id = store
        .create_tandem(org, &mentor, &mentee, start())
        .await
        .unwrap()
        .id;
    for action in [
        TandemAction::Accept(Side::Mentor),
        TandemAction::Accept(Side::Mentee),
        TandemAction::Start,
    ] {
        store
            .apply_tandem_action(org, &id, action, start())
            .await
            .unwrap();
    }
    (id, mentee)
}

backend_tests! {
    async fn outcomes_are_recorded_listed_and_kept_inside_the_organisation(store) {
        let org = store.create_organisation("Exil e.V.", "Osnabrück", start()).await.unwrap().id;
        let other = store.create_organisation("Caritas", "Hannover", start()).await.unwrap().id;
        let programme = programme(&store, &org, "buddy").await;
        let (tandem, mentee) = running_tandem(&store, &org, &programme, 1, "49074").await;
        store.record_outcome(&org, &mentee, Some(&tandem), &outcome("german_level", "B1", "2026-06-01", ""), "coordinator-1", start()).await.unwrap();
        store.record_outcome(&org, &mentee, None, &outcome("job", "", "2026-09-15", "Pflegehelferin"), "coordinator-1", start()).await.unwrap();
        let listed = store.person_outcomes(&org, &mentee).await.unwrap();
        assert_eq!(listed.len(), 2);
        assert_eq!((listed[0].outcome.kind, listed[0].outcome.detail.as_str()), (OutcomeKind::Job, "Pflegehelferin"), "newest first");
        assert_eq!((listed[1].outcome.level, listed[1].tandem_id.as_ref()), (Some(LanguageLevel::B1), Some(&tandem)));

        // Another organisation neither reads, records nor deletes.
        assert!(matches!(store.person_outcomes(&other, &mentee).await, Err(StoreError::NotFound)));
        assert!(matches!(store.record_outcome(&other, &mentee, None, &outcome("job", "", "2026-09-15", ""), "x", start()).await, Err(StoreError::NotFound)));
        assert!(matches!(store.delete_outcome(&other, &mentee, &listed[0].id).await, Err(StoreError::NotFound)));
        // A tandem the person is not in is refused.
        let (foreign_tandem, _) = running_tandem(&store, &org, &programme, 2, "49074").await;
        assert!(matches!(store.record_outcome(&org, &mentee, Some(&foreign_tandem), &outcome("job", "", "2026-09-15", ""), "x", start()).await, Err(StoreError::NotFound)));

        store.delete_outcome(&org, &mentee, &listed[0].id).await.unwrap();
        assert_eq!(store.person_outcomes(&org, &mentee).await.unwrap().len(), 1);
    }

    async fn dashboard_outcomes_follow_period_programme_and_district(store) {
        let org = store.create_organisation("Exil e.V.", "Osnabrück", start()).await.unwrap().id;
        let buddy = programme(&store, &org, "buddy").await;
        let career = programme(&store, &org, "career").await;
        let (_, osnabrueck) = running_tandem(&store, &org, &buddy, 1, "49074").await;
        let (_, hannover) = running_tandem(&store, &org, &career, 2, "30159").await;
        for (who, kind, level, date) in [
            (&osnabrueck, "german_level", "B1", "2026-05-01"),
            (&osnabrueck, "german_level", "B1", "2026-07-01"),
            (&hannover, "german_level", "B1", "2026-05-02"),
            (&hannover, "apprenticeship", "", "2026-06-01"),
            (&hannover, "job", "", "2027-01-01"),
        ] {
            let parsed = OutcomeForm { kind: kind.into(), level: level.into(), date: date.into(), detail: String::new() }.parse(day("2027-12-31")).unwrap();
            store.record_outcome(&org, who, None, &parsed, "c", start()).await.unwrap();
        }
        let all = |_: &str| true;
        let counts = store.dashboard_outcomes(&org, None, &all, day("2026-01-01"), day("2026-12-31")).await.unwrap();
        assert_eq!(counts, vec![(OutcomeKind::GermanLevel, Some(LanguageLevel::B1), 3), (OutcomeKind::Apprenticeship, None, 1)]);
        let career_only = store.dashboard_outcomes(&org, Some(&career), &all, day("2026-01-01"), day("2027-12-31")).await.unwrap();
        assert_eq!(career_only, vec![(OutcomeKind::GermanLevel, Some(LanguageLevel::B1), 1), (OutcomeKind::Apprenticeship, None, 1), (OutcomeKind::Job, None, 1)]);
        let only_osnabrueck = |code: &str| code.starts_with("49");
        let district = store.dashboard_outcomes(&org, None, &only_osnabrueck, day("2026-01-01"), day("2026-06-30")).await.unwrap();
        assert_eq!(district, vec![(OutcomeKind::GermanLevel, Some(LanguageLevel::B1), 1)]);
        let other = store.create_organisation("Caritas", "Hannover", start()).await.unwrap().id;
        assert!(matches!(store.dashboard_outcomes(&other, Some(&buddy), &all, day("2026-01-01"), day("2026-12-31")).await, Err(StoreError::NotFound)));
    }

    async fn the_export_lists_outcomes_and_erasure_blanks_their_text(store) {
        let org = store.create_organisation("Exil e.V.", "Osnabrück", start()).await.unwrap().id;
        let programme = programme(&store, &org, "career").await;
        let (tandem, mentee) = running_tandem(&store, &org, &programme, 1, "49074").await;
        store.record_outcome(&org, &mentee, Some(&tandem), &outcome("other", "", "2026-08-01", "Marker-Ergebnis-4411"), "c", start()).await.unwrap();
        let export = store.export_person(&org, &mentee).await.unwrap();
        assert_eq!(export.outcomes.len(), 1);
        assert_eq!((export.outcomes[0].kind.as_str(), export.outcomes[0].detail.as_str()), ("other", "Marker-Ergebnis-4411"));
        assert_eq!(export.outcomes[0].tandem_id.as_deref(), Some(tandem.as_str()));

        store.apply_tandem_action(&org, &tandem, TandemAction::EndEarly(EndReason::MovedAway), start()).await.unwrap();
        assert!(!tandem_store::testing::traces_of(&store, "Marker-Ergebnis").await.is_empty());
        store.erase_person(&org, &mentee, start()).await.unwrap();
        assert!(tandem_store::testing::traces_of(&store, "Marker-Ergebnis").await.is_empty());
        let all = |_: &str| true;
        let counts = store.dashboard_outcomes(&org, None, &all, day("2026-01-01"), day("2026-12-31")).await.unwrap();
        assert_eq!(counts, vec![(OutcomeKind::Other, None, 1)], "the count stays true");
    }

    async fn statewide_figures_count_across_organisations_by_kind_and_postal_code(store) {
        let exil = store.create_organisation("Exil e.V.", "Osnabrück", start()).await.unwrap().id;
        let caritas = store.create_organisation("Caritas", "Hannover", start()).await.unwrap().id;
        let buddy = programme(&store, &exil, "buddy").await;
        let learning = programme(&store, &caritas, "learning").await;
        let mut osnabrueck = Vec::new();
        for n in 0..3 {
            osnabrueck.push(running_tandem(&store, &exil, &buddy, n, "49074").await);
        }
        let (hannover_tandem, hannover_mentee) = running_tandem(&store, &caritas, &learning, 10, "30159").await;
        store.apply_tandem_action(&exil, &osnabrueck[0].0, TandemAction::Complete, datetime!(2026-06-10 10:00 UTC)).await.unwrap();
        store.apply_tandem_action(&exil, &osnabrueck[1].0, TandemAction::EndEarly(EndReason::NoTime), datetime!(2026-05-10 10:00 UTC)).await.unwrap();
        let meeting = |date: &str, minutes: &str| MeetingForm { date: date.into(), minutes: minutes.into(), kind: "online".into(), note: String::new() }.parse(day("2027-12-31"), day("2026-03-02")).unwrap();
        store.log_meeting(&exil, &osnabrueck[2].0, LoggedBy::Mentor, &meeting("2026-04-01", "90"), start()).await.unwrap();
        store.log_meeting(&exil, &osnabrueck[2].0, LoggedBy::Mentor, &meeting("2026-04-08", "30"), start()).await.unwrap();
        store.log_meeting(&caritas, &hannover_tandem, LoggedBy::Mentee, &meeting("2026-04-02", "60"), start()).await.unwrap();
        store.log_meeting(&caritas, &hannover_tandem, LoggedBy::Mentee, &meeting("2027-01-02", "60"), start()).await.unwrap();
        store.record_outcome(&caritas, &hannover_mentee, None, &outcome("school_transition", "", "2026-07-01", ""), "c", start()).await.unwrap();
        let find = |figures: &[(ProgrammeKind, String, tandem_core::report::StatewideFigures)], kind: ProgrammeKind, code: &str| {
            figures.iter().find(|(k, c, _)| *k == kind && c == code).map(|(_, _, f)| f.clone()).unwrap_or_default()
        };
        let before = store.statewide_figures(month("2026-01"), month("2026-12")).await.unwrap();
        // One more person waits in Hannover.
        person(&store, &caritas, &learning, Side::Mentee, 99, "30159").await;
        let figures = store.statewide_figures(month("2026-01"), month("2026-12")).await.unwrap();
        let exil_figures = find(&figures, ProgrammeKind::Buddy, "49074");
        assert_eq!((exil_figures.started, exil_figures.active, exil_figures.completed, exil_figures.ended_early), (3, 1, 1, 1), "{figures:?}");
        assert_eq!((exil_figures.minutes, exil_figures.tandems_meeting), (120, 1));
        let caritas_figures = find(&figures, ProgrammeKind::Learning, "30159");
        assert_eq!((caritas_figures.started, caritas_figures.active, caritas_figures.minutes), (1, 1, 60));
        assert_eq!(caritas_figures.outcomes, [0, 1, 0, 0, 0, 0, 0]);
        assert_eq!(caritas_figures.waiting, find(&before, ProgrammeKind::Learning, "30159").waiting + 1);
        assert!(figures.iter().all(|(kind, _, _)| *kind != ProgrammeKind::Career), "no career programme anywhere");

        // A period before anything started counts nothing but the people waiting now.
        let early = store.statewide_figures(month("2025-01"), month("2025-12")).await.unwrap();
        assert!(early.iter().all(|(_, _, f)| f.started == 0 && f.active == 0 && f.minutes == 0));
    }

    async fn statewide_rollup_equals_the_rows_after_meetings_moves_a_kind_change_and_an_erasure(store) {
        let exil = store.create_organisation("Exil e.V.", "Osnabrück", start()).await.unwrap().id;
        let caritas = store.create_organisation("Caritas", "Hannover", start()).await.unwrap().id;
        let buddy = programme(&store, &exil, "buddy").await;
        let learning = programme(&store, &caritas, "learning").await;
        let mut tandems = Vec::new();
        for n in 0..4 {
            tandems.push((exil.clone(), running_tandem(&store, &exil, &buddy, n, "49074").await));
        }
        for n in 10..13 {
            tandems.push((caritas.clone(), running_tandem(&store, &caritas, &learning, n, "30159").await));
        }
        let meeting = |date: &str, minutes: &str| MeetingForm { date: date.into(), minutes: minutes.into(), kind: "online".into(), note: String::new() }.parse(day("2027-12-31"), day("2026-03-02")).unwrap();
        // Several meetings per tandem, some in the same month, spread over a year.
        for (index, (org, (tandem, _))) in tandems.iter().enumerate() {
            for (date, minutes) in [("2026-03-10", "60"), ("2026-03-24", "45"), ("2026-05-05", "90"), ("2026-12-30", "30"), ("2027-01-02", "120")].iter().skip(index % 3) {
                store.log_meeting(org, tandem, LoggedBy::Mentor, &meeting(date, minutes), start()).await.unwrap();
            }
        }
        let periods = [("2026-01", "2026-12"), ("2026-03", "2026-03"), ("2026-04", "2026-06"), ("2025-01", "2025-12"), ("2026-05", "2027-02"), ("2027-01", "2027-01")];
        let same = |label: &'static str| {
            let store = store.clone();
            async move {
                for (from, to) in periods {
                    let rolled = store.statewide_figures(month(from), month(to)).await.unwrap();
                    let rows = store.statewide_figures_from_rows(month(from), month(to)).await.unwrap();
                    assert_eq!(rolled, rows, "{label}, {from}..{to}");
                }
            }
        };
        same("after meetings").await;
        let figures = store.statewide_figures(month("2026-03"), month("2026-03")).await.unwrap();
        assert!(figures.iter().any(|(_, _, f)| f.tandems_meeting > 0 && f.minutes > 0), "the comparison covers meetings: {figures:?}");

        // Lifecycle moves in different months: completed, ended early, paused.
        store.apply_tandem_action(&exil, &tandems[0].1.0, TandemAction::Complete, datetime!(2026-06-10 10:00 UTC)).await.unwrap();
        store.apply_tandem_action(&exil, &tandems[1].1.0, TandemAction::EndEarly(EndReason::NoTime), datetime!(2026-03-31 23:30 UTC)).await.unwrap();
        store.apply_tandem_action(&caritas, &tandems[4].1.0, TandemAction::Pause, datetime!(2026-07-01 08:00 UTC)).await.unwrap();
        same("after lifecycle moves").await;
        // A late meeting for a running tandem, then the programme changes its kind.
        store.log_meeting(&exil, &tandems[2].1.0, LoggedBy::Mentee, &meeting("2026-04-01", "15"), start()).await.unwrap();
        let mut details = ProgrammeDetails::parse("Programm", "career", "", "30159", "de,ar", "12", "1", true).unwrap();
        store.update_programme(&exil, &buddy, &details, start()).await.unwrap();
        same("after a change of kind").await;
        let figures = store.statewide_figures(month("2026-01"), month("2026-12")).await.unwrap();
        assert!(figures.iter().all(|(kind, _, _)| *kind != ProgrammeKind::Buddy), "moved to career: {figures:?}");
        // Another organisation cannot change the programme, and the rollup does not move.
        details.kind = ProgrammeKind::Learning;
        assert!(matches!(store.update_programme(&caritas, &buddy, &details, start()).await, Err(StoreError::NotFound)));
        same("after a refused change").await;

        // Erasing a mentee moves their tandems to the erased postal code.
        store.erase_person(&caritas, &tandems[5].1.1, start()).await.unwrap();
        same("after an erasure").await;
        let figures = store.statewide_figures(month("2026-01"), month("2026-12")).await.unwrap();
        assert!(figures.iter().any(|(_, code, f)| code == "99999" && f.started == 1), "{figures:?}");

        // Building the rollup again from the rows changes nothing.
        let before = store.statewide_figures(month("2026-01"), month("2027-12")).await.unwrap();
        store.rebuild_statewide_rollup().await.unwrap();
        assert_eq!(store.statewide_figures(month("2026-01"), month("2027-12")).await.unwrap(), before);
        same("after a rebuild").await;
    }

    async fn a_tandems_further_mentees_count_as_people_and_the_tandem_counts_once(store) {
        let org = store.create_organisation("Exil e.V.", "Osnabrück", start()).await.unwrap().id;
        let buddy = programme(&store, &org, "buddy").await;
        let mut rules = store.programme_rules(&org, &buddy).await.unwrap();
        rules.max_mentees_per_tandem = 2;
        store.set_programme_rules(&org, &buddy, &rules, start()).await.unwrap();
        // The first mentee lives in Osnabrück, the second (a sibling who joined) in Hannover.
        let (tandem, first) = running_tandem(&store, &org, &buddy, 1, "49074").await;
        let second = person(&store, &org, &buddy, Side::Mentee, 10, "30159").await;
        store.add_tandem_member(&org, &tandem, &second, start()).await.unwrap();

        // Outcomes: the further mentee's may name the tandem, and both count.
        for mentee in [&first, &second] {
            store.record_outcome(&org, mentee, Some(&tandem), &outcome("german_level", "B1", "2026-06-01", ""), "c", start()).await.unwrap();
        }
        let all = |_: &str| true;
        let counted = store.dashboard_outcomes(&org, Some(&buddy), &all, day("2026-01-01"), day("2026-12-31")).await.unwrap();
        assert_eq!(counted, [(OutcomeKind::GermanLevel, Some(LanguageLevel::B1), 2)]);
        let hannover = |code: &str| code == "30159";
        let counted = store.dashboard_outcomes(&org, None, &hannover, day("2026-01-01"), day("2026-12-31")).await.unwrap();
        assert_eq!(counted, [(OutcomeKind::GermanLevel, Some(LanguageLevel::B1), 1)], "by the person's own postal code");

        // Surveys: the start survey reaches both mentees, and both answers count.
        let mut token = {
            let mut n = 0;
            move || {
                n += 1;
                (format!("secret-{n}"), format!("hash-{n}"))
            }
        };
        let mails = store.due_survey_mails(&mut token, start() + time::Duration::hours(1)).await.unwrap();
        let mut asked: Vec<PersonId> = mails.iter().map(|mail| mail.recipient.person_id.clone()).collect();
        asked.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        let mut mentees = vec![first.clone(), second.clone()];
        mentees.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        assert_eq!(asked, mentees, "{mails:?}");
        for (mail, score) in mails.iter().zip([2, 4]) {
            let link = store.survey_link(&mail.recipient.token.replace("secret", "hash")).await.unwrap();
            assert_eq!(link.person_id, mail.recipient.person_id);
            let answers = SurveyAnswers { standard: vec![(StandardQuestion::German, score)], own: Vec::new() };
            store.answer_survey(&link, &answers, start() + time::Duration::hours(2)).await.unwrap();
        }
        let sums = store.survey_sums(&org, Some(&buddy), &all, day("2026-01-01"), day("2026-12-31")).await.unwrap();
        let table = tandem_core::survey::before_after(&sums);
        assert_eq!((table[0].question, table[0].start.count, table[0].start.mean()), (StandardQuestion::German, 2, Some(3.0)), "{table:?}");
        let second_score = if mails[0].recipient.person_id == second { 2 } else { 4 };
        let sums = store.survey_sums(&org, None, &hannover, day("2026-01-01"), day("2026-12-31")).await.unwrap();
        let table = tandem_core::survey::before_after(&sums);
        assert_eq!((table[0].start.count, table[0].start.sum), (1, second_score), "the district is the answering mentee's");

        // Check-ins go to everyone in the tandem: the mentor and both mentees.
        let check_ins = store.due_check_in_mails(day("2026-03-30"), &mut token, start() + time::Duration::days(28)).await.unwrap();
        assert_eq!(check_ins.len(), 3, "{check_ins:?}");
        assert!(check_ins.iter().any(|mail| mail.recipient.person_id == second));

        // Statewide: one tandem, started once, at the first mentee's postal code; each
        // mentee's outcome at their own; the rollup agrees with the rows.
        let figures = store.statewide_figures(month("2026-03"), month("2026-12")).await.unwrap();
        let started: u64 = figures.iter().map(|(_, _, f)| f.started).sum();
        assert_eq!(started, 1, "{figures:?}");
        let at = |code: &str| figures.iter().find(|(_, c, _)| c == code).map(|(_, _, f)| f.clone()).unwrap_or_default();
        assert_eq!((at("49074").started, at("49074").outcomes[0]), (1, 1));
        assert_eq!((at("30159").started, at("30159").outcomes[0]), (0, 1));
        assert_eq!(figures, store.statewide_figures_from_rows(month("2026-03"), month("2026-12")).await.unwrap());
    }

    async fn an_other_end_reason_keeps_its_text_for_the_coordinator_until_erasure(store) {
        let org = store.create_organisation("Exil e.V.", "Osnabrück", start()).await.unwrap().id;
        let buddy = programme(&store, &org, "buddy").await;
        let (tandem, mentee) = running_tandem(&store, &org, &buddy, 0, "49074").await;
        let (plain, _) = running_tandem(&store, &org, &buddy, 1, "49074").await;
        // A text given with a listed reason is not stored.
        store.apply_tandem_action_with_detail(&org, &plain, TandemAction::EndEarly(EndReason::NoTime), Some("Marker-Nebensache"), start()).await.unwrap();
        assert_eq!(store.tandem(&org, &plain).await.unwrap().end_reason_detail, None);
        store.apply_tandem_action_with_detail(&org, &tandem, TandemAction::EndEarly(EndReason::Other), Some("Marker-Grund: Familie zieht zurück"), start()).await.unwrap();
        let view = store.tandem(&org, &tandem).await.unwrap();
        assert_eq!((view.end_reason.as_deref(), view.end_reason_detail.as_deref()), (Some("other"), Some("Marker-Grund: Familie zieht zurück")));
        let export = store.export_person(&org, &mentee).await.unwrap();
        assert_eq!(export.tandems[0].end_reason_detail.as_deref(), Some("Marker-Grund: Familie zieht zurück"));
        assert!(!tandem_store::testing::traces_of(&store, "Marker-Grund").await.is_empty());
        store.erase_person(&org, &mentee, start()).await.unwrap();
        let view = store.tandem(&org, &tandem).await.unwrap();
        assert_eq!((view.end_reason.as_deref(), view.end_reason_detail), (Some("other"), None), "the reason stays, the text goes");
        assert!(tandem_store::testing::traces_of(&store, "Marker-Grund").await.is_empty());
    }
}
