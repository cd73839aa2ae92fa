//! Follow-up on SQLite and on PostgreSQL: meetings, check-in answers by link, the list of
//! tandems at risk, and the mails the follow-up job claims — with the clock passed in.

#![allow(clippy::unwrap_used)]

use tandem_core::{
    followup::{
        CheckInAnswer, CheckInPoint, LoggedBy, MeetingForm, Mood, NoMeetingThreshold, RiskReason,
    },
    ids::{OrganisationId, ProgrammeId, TandemId},
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    programme::ProgrammeDetails,
    programme_rules::{Question, QuestionKind},
    survey::{StandardQuestion, SurveyAnswers, SurveyKind},
    tandem::TandemAction,
};
use tandem_store::{FollowupMailKind, LinkPurpose, Store, StoreError, backend_tests};
use time::{Duration, OffsetDateTime, macros::datetime};

/// The tandem starts on this day (German local time, 11:00).
fn start() -> OffsetDateTime {
    datetime!(2026-10-01 09:00 UTC)
}

fn day(raw: &str) -> time::Date {
    tandem_core::followup::parse_iso_date(raw).unwrap()
}

struct Fixture {
    org: OrganisationId,
    programme: ProgrammeId,
    tandem: TandemId,
}

async fn organisation(store: &Store, name: &str) -> OrganisationId {
    store
        .create_organisation(name, "Hannover", start())
        .await
        .unwrap()
        .id
}

/// An organisation with a 12-month programme and one active tandem started on `start()`.
async fn running_tandem(store: &Store, name: &str) -> Fixture {
    let org = organisation(store, name).await;
    let details = ProgrammeDetails::parse(
        "Start with a Friend",
        "buddy",
        "",
        "30159",
        "de,ar",
        "12",
        "1",
        true,
    )
    .unwrap();
    let programme = store
        .create_programme(&org, &details, start())
        .await
        .unwrap()
        .id;
    let consent = ConsentRecord {
        text_version: "v1".into(),
        locale: "de".into(),
        given_at: start(),
    };
    let mut ids = Vec::new();
    for (side, first_name, locale) in [(Side::Mentor, "Jana", "de"), (Side::Mentee, "Yusuf", "ar")]
    {
        let form = ProfileForm {
            first_name: first_name.into(),
            last_name: "Muster".into(),
            email: format!("{}@{}.example.org", first_name.to_lowercase(), name.len()),
            postal_code: "30159".into(),
            languages: "de:native".into(),
            birth_year: "1990".into(),
            locale: locale.into(),
            ..ProfileForm::default()
        };
        let person = store
            .register_person(
                &programme,
                side,
                &form.parse(2026).unwrap(),
                &consent,
                start(),
            )
            .await
            .unwrap();
        store
            .screen_person(&org, &person.id, PersonStatus::Ready, start())
            .await
            .unwrap();
        ids.push(person.id);
    }
    let tandem = store
        .create_tandem(&org, &ids[0], &ids[1], start())
        .await
        .unwrap()
        .id;
    for action in [
        TandemAction::Accept(Side::Mentor),
        TandemAction::Accept(Side::Mentee),
        TandemAction::Start,
    ] {
        store
            .apply_tandem_action(&org, &tandem, action, start())
            .await
            .unwrap();
    }
    Fixture {
        org,
        programme,
        tandem,
    }
}

fn meeting(date: &str, minutes: &str) -> tandem_core::followup::Meeting {
    MeetingForm {
        date: date.into(),
        minutes: minutes.into(),
        kind: "in_person".into(),
        note: "Stadtbibliothek".into(),
    }
    .parse(day("2026-12-31"), day("2026-10-01"))
    .unwrap()
}

fn answer(mood: u8, meets_regularly: bool, call_me: bool, comment: &str) -> CheckInAnswer {
    CheckInAnswer {
        mood: Mood::new(mood).unwrap(),
        meets_regularly,
        comment: comment.into(),
        call_me,
    }
}

/// A token source like the web layer's, predictable for tests.
fn tokens() -> impl FnMut() -> (String, String) + Send {
    let mut n = 0;
    move || {
        n += 1;
        (format!("secret-{n}"), format!("hash-{n}"))
    }
}

backend_tests! {
    async fn meetings_are_logged_listed_and_summed_into_hours(store) {
        let f = running_tandem(&store, "Exil e.V.").await;
        store.log_meeting(&f.org, &f.tandem, LoggedBy::Mentor, &meeting("2026-10-08", "90"), start()).await.unwrap();
        store.log_meeting(&f.org, &f.tandem, LoggedBy::Coordinator, &meeting("2026-10-20", "45"), start()).await.unwrap();
        let meetings = store.meetings(&f.org, &f.tandem).await.unwrap();
        assert_eq!(meetings.len(), 2);
        assert_eq!(meetings[0].meeting.date, day("2026-10-20"), "newest first");
        assert_eq!(meetings[0].logged_by, LoggedBy::Coordinator);
        assert_eq!(meetings[1].meeting.note.as_deref(), Some("Stadtbibliothek"));
        let totals = store.meeting_totals(&f.org, &f.tandem).await.unwrap();
        assert_eq!((totals.meetings, totals.minutes, totals.last), (2, 135, Some(day("2026-10-20"))));
        assert!((tandem_core::followup::hours(totals.minutes) - 2.3).abs() < 1e-9);
    }

    async fn another_organisation_neither_logs_nor_sees_meetings(store) {
        let a = running_tandem(&store, "Exil e.V.").await;
        let b = organisation(&store, "Caritas").await;
        store.log_meeting(&a.org, &a.tandem, LoggedBy::Mentor, &meeting("2026-10-08", "60"), start()).await.unwrap();
        assert!(matches!(
            store.log_meeting(&b, &a.tandem, LoggedBy::Coordinator, &meeting("2026-10-09", "60"), start()).await,
            Err(StoreError::NotFound)
        ));
        assert!(store.meetings(&b, &a.tandem).await.unwrap().is_empty());
        assert_eq!(store.meeting_totals(&b, &a.tandem).await.unwrap().meetings, 0);
        assert!(store.tandems_at_risk(&b, day("2027-01-01")).await.unwrap().is_empty());
        assert!(matches!(store.resolve_check_ins(&b, &a.tandem, start()).await, Err(StoreError::NotFound)));
        assert!(matches!(store.no_meeting_threshold(&b, &a.programme).await, Err(StoreError::NotFound)));
        assert!(matches!(
            store.set_no_meeting_threshold(&b, &a.programme, NoMeetingThreshold::new(2).unwrap(), start()).await,
            Err(StoreError::NotFound)
        ));
        assert!(matches!(
            store.create_followup_link(&b, &a.tandem, Side::Mentor, LinkPurpose::Meetings, "stolen", start()).await,
            Err(StoreError::NotFound)
        ));
    }

    async fn a_finished_tandem_takes_no_more_meetings(store) {
        let f = running_tandem(&store, "Exil e.V.").await;
        store.apply_tandem_action(&f.org, &f.tandem, TandemAction::Complete, start()).await.unwrap();
        let refused = store.log_meeting(&f.org, &f.tandem, LoggedBy::Mentor, &meeting("2026-10-08", "60"), start()).await;
        assert!(matches!(refused, Err(StoreError::Domain(_))), "{refused:?}");
        assert!(store.meetings(&f.org, &f.tandem).await.unwrap().is_empty());
    }

    async fn a_personal_link_finds_its_side_and_only_by_its_hash(store) {
        let f = running_tandem(&store, "Exil e.V.").await;
        store.create_followup_link(&f.org, &f.tandem, Side::Mentee, LinkPurpose::Meetings, "hash-mentee", start()).await.unwrap();
        let link = store.followup_link("hash-mentee", true).await.unwrap();
        assert_eq!((link.side, link.first_name.as_str(), link.other_first_name.as_str()), (Side::Mentee, "Yusuf", "Jana"));
        assert_eq!(link.locale, "ar");
        assert_eq!(link.started_on, Some(day("2026-10-01")));
        assert_eq!(link.organisation_id, f.org);
        assert!(link.takes_meetings());
        assert!(matches!(store.followup_link("hash-other", true).await, Err(StoreError::NotFound)));
        // A meeting-log link is no check-in link.
        assert!(matches!(store.followup_link("hash-mentee", false).await, Err(StoreError::NotFound)));
    }

    async fn a_check_in_link_used_twice_updates_the_answer(store) {
        let f = running_tandem(&store, "Exil e.V.").await;
        store.create_followup_link(&f.org, &f.tandem, Side::Mentee, LinkPurpose::CheckIn(CheckInPoint::Weeks4), "hash-4w", start()).await.unwrap();
        store.answer_check_in("hash-4w", &answer(2, false, true, "Wir sehen uns kaum"), start()).await.unwrap();
        let link = store.followup_link("hash-4w", false).await.unwrap();
        assert_eq!(store.check_in_answer_by_link(&link).await.unwrap(), Some(answer(2, false, true, "Wir sehen uns kaum")));
        store.resolve_check_ins(&f.org, &f.tandem, start()).await.unwrap();
        store.answer_check_in("hash-4w", &answer(5, true, false, "Jetzt besser"), start() + Duration::days(1)).await.unwrap();
        let answers = store.check_in_answers(&f.org, &f.tandem).await.unwrap();
        assert_eq!(answers.len(), 1, "one answer per person and point");
        assert_eq!(answers[0].answer, answer(5, true, false, "Jetzt besser"));
        assert_eq!((answers[0].side, answers[0].point, answers[0].resolved), (Side::Mentee, CheckInPoint::Weeks4, false));
        assert!(matches!(store.answer_check_in("no-such-hash", &answer(3, true, false, ""), start()).await, Err(StoreError::NotFound)));
    }

    async fn tandems_at_risk_show_their_reasons_until_dealt_with(store) {
        let quiet = running_tandem(&store, "Exil e.V.").await;
        // Same organisation: a second programme and tandem that meets.
        let org = quiet.org.clone();
        store.log_meeting(&org, &quiet.tandem, LoggedBy::Mentor, &meeting("2026-10-05", "60"), start()).await.unwrap();

        // 2 Nov: four whole weeks after the last meeting on 5 Oct.
        assert!(store.tandems_at_risk(&org, day("2026-11-01")).await.unwrap().is_empty());
        let listed = store.tandems_at_risk(&org, day("2026-11-02")).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].reasons, [RiskReason::NoMeetingFor { weeks: 4 }]);
        assert_eq!((listed[0].mentor_name.as_str(), listed[0].mentee_name.as_str()), ("Jana Muster", "Yusuf Muster"));
        assert_eq!(listed[0].last_meeting, Some(day("2026-10-05")));

        // The programme allows six weeks: not at risk yet.
        store.set_no_meeting_threshold(&org, &quiet.programme, NoMeetingThreshold::new(6).unwrap(), start()).await.unwrap();
        assert_eq!(store.no_meeting_threshold(&org, &quiet.programme).await.unwrap().weeks(), 6);
        assert!(store.tandems_at_risk(&org, day("2026-11-02")).await.unwrap().is_empty());

        // A call request flags it regardless, until the coordinator deals with it.
        store.create_followup_link(&org, &quiet.tandem, Side::Mentor, LinkPurpose::CheckIn(CheckInPoint::Weeks4), "hash-call", start()).await.unwrap();
        store.answer_check_in("hash-call", &answer(4, true, true, "Bitte anrufen"), start()).await.unwrap();
        let listed = store.tandems_at_risk(&org, day("2026-11-02")).await.unwrap();
        assert_eq!(listed[0].reasons, [RiskReason::CallRequested]);
        assert_eq!(store.resolve_check_ins(&org, &quiet.tandem, start()).await.unwrap(), 1);
        assert!(store.tandems_at_risk(&org, day("2026-11-02")).await.unwrap().is_empty());

        // Paused tandems are not chased.
        store.apply_tandem_action(&org, &quiet.tandem, TandemAction::Pause, start()).await.unwrap();
        assert!(store.tandems_at_risk(&org, day("2027-06-01")).await.unwrap().is_empty());
    }

    async fn the_job_sends_each_check_in_point_once_and_only_the_newest(store) {
        let f = running_tandem(&store, "Exil e.V.").await;
        let mut token = tokens();
        let now = start() + Duration::days(20);
        assert!(store.due_check_in_mails(day("2026-10-28"), &mut token, now).await.unwrap().is_empty(), "four weeks not yet over");
        let mails = store.due_check_in_mails(day("2026-10-29"), &mut token, now).await.unwrap();
        assert_eq!(mails.len(), 2, "both sides");
        assert!(mails.iter().all(|mail| mail.kind == FollowupMailKind::CheckIn(CheckInPoint::Weeks4) && mail.tandem_id == f.tandem));
        let mentee_mail = mails.iter().find(|mail| mail.recipient.first_name == "Yusuf").unwrap();
        assert_eq!((mentee_mail.recipient.locale.as_str(), mentee_mail.other_first_name.as_str()), ("ar", "Jana"));
        // The secret in the mail opens the check-in; its hash is what is stored.
        let hash = mentee_mail.recipient.token.replace("secret", "hash");
        let link = store.followup_link(&hash, false).await.unwrap();
        assert_eq!((link.side, link.purpose), (Side::Mentee, LinkPurpose::CheckIn(CheckInPoint::Weeks4)));
        assert!(store.due_check_in_mails(day("2026-10-30"), &mut token, now).await.unwrap().is_empty(), "sent once");

        // Seven months later the 3- and 6-month points are both due: only the newest is mailed.
        let later = store.due_check_in_mails(day("2027-05-01"), &mut token, now).await.unwrap();
        assert_eq!(later.len(), 2);
        assert!(later.iter().all(|mail| mail.kind == FollowupMailKind::CheckIn(CheckInPoint::Months6)));
        assert!(store.due_check_in_mails(day("2027-05-02"), &mut token, now).await.unwrap().is_empty(), "3 months was claimed too");
        let end = store.due_check_in_mails(day("2027-10-01"), &mut token, now).await.unwrap();
        assert!(end.iter().all(|mail| mail.kind == FollowupMailKind::CheckIn(CheckInPoint::End)) && end.len() == 2);
    }

    async fn the_job_sends_the_meeting_log_link_then_reminds_quiet_tandems(store) {
        let f = running_tandem(&store, "Exil e.V.").await;
        let mut token = tokens();
        let two_weeks = Duration::days(14);
        let first = store.due_meeting_mails(two_weeks, &mut token, start() + Duration::hours(1)).await.unwrap();
        assert_eq!(first.len(), 2);
        assert!(first.iter().all(|mail| mail.kind == FollowupMailKind::MeetingLog));
        let link = store.followup_link(&first[0].recipient.token.replace("secret", "hash"), true).await.unwrap();
        assert_eq!(link.tandem_id, f.tandem);
        assert!(store.due_meeting_mails(two_weeks, &mut token, start() + Duration::days(2)).await.unwrap().is_empty(), "sent once");

        // A meeting on day 10: no reminder on day 16, but on day 25 (15 days after it).
        store.log_meeting(&f.org, &f.tandem, LoggedBy::Mentor, &meeting("2026-10-11", "60"), start()).await.unwrap();
        assert!(store.due_meeting_mails(two_weeks, &mut token, start() + Duration::days(16)).await.unwrap().is_empty());
        let reminders = store.due_meeting_mails(two_weeks, &mut token, start() + Duration::days(26)).await.unwrap();
        assert_eq!(reminders.len(), 2);
        assert!(reminders.iter().all(|mail| mail.kind == FollowupMailKind::MeetingReminder));
        // A fresh link, and the first one still works.
        let fresh = store.followup_link(&reminders[0].recipient.token.replace("secret", "hash"), true).await.unwrap();
        assert_eq!(fresh.tandem_id, f.tandem);
        assert!(store.followup_link(&first[0].recipient.token.replace("secret", "hash"), true).await.is_ok());
        // Not again within two weeks of the reminder.
        assert!(store.due_meeting_mails(two_weeks, &mut token, start() + Duration::days(30)).await.unwrap().is_empty());
        assert_eq!(store.due_meeting_mails(two_weeks, &mut token, start() + Duration::days(41)).await.unwrap().len(), 2);
    }

    async fn a_person_s_follow_up_data_is_exported_then_erased_keeping_the_hours(store) {
        let f = running_tandem(&store, "Exil e.V.").await;
        let note = MeetingForm { date: "2026-10-08".into(), minutes: "60".into(), kind: "online".into(), note: "Marker-Notiz-7781".into() }
            .parse(day("2026-12-31"), day("2026-10-01")).unwrap();
        store.log_meeting(&f.org, &f.tandem, LoggedBy::Mentee, &note, start()).await.unwrap();
        store.create_followup_link(&f.org, &f.tandem, Side::Mentee, LinkPurpose::CheckIn(CheckInPoint::Weeks4), "hash-erase", start()).await.unwrap();
        store.answer_check_in("hash-erase", &answer(3, true, false, "Marker-Antwort-7781"), start()).await.unwrap();
        store.apply_tandem_action(&f.org, &f.tandem, TandemAction::Complete, start()).await.unwrap();
        let mentee = store.tandem_record(&f.org, &f.tandem).await.unwrap().mentee_id;

        assert!(!tandem_store::testing::traces_of(&store, "Marker-").await.is_empty());
        let export = store.export_person(&f.org, &mentee).await.unwrap();
        assert_eq!(export.meetings.len(), 1);
        assert_eq!((export.meetings[0].note.as_str(), export.meetings[0].logged_by.as_str()), ("Marker-Notiz-7781", "mentee"));
        assert_eq!(export.check_ins.len(), 1);
        assert_eq!((export.check_ins[0].point.as_str(), export.check_ins[0].comment.as_str()), ("4w", "Marker-Antwort-7781"));
        store.erase_person(&f.org, &mentee, start()).await.unwrap();
        assert!(tandem_store::testing::traces_of(&store, "Marker-").await.is_empty());
        assert!(matches!(store.followup_link("hash-erase", false).await, Err(StoreError::NotFound)));
        let totals = store.meeting_totals(&f.org, &f.tandem).await.unwrap();
        assert_eq!((totals.meetings, totals.minutes), (1, 60), "hours stay for the statistics");
        assert_eq!(store.check_in_answers(&f.org, &f.tandem).await.unwrap()[0].answer.mood.get(), 3);
    }

    async fn the_dashboard_counts_meetings_by_month_moods_and_tandems(store) {
        let f = running_tandem(&store, "Exil e.V.").await;
        for (date, minutes) in [("2026-10-08", "60"), ("2026-10-20", "90"), ("2026-11-03", "30")] {
            store.log_meeting(&f.org, &f.tandem, LoggedBy::Mentor, &meeting(date, minutes), start()).await.unwrap();
        }
        store.create_followup_link(&f.org, &f.tandem, Side::Mentee, LinkPurpose::CheckIn(CheckInPoint::Weeks4), "hash-mood", start()).await.unwrap();
        store.answer_check_in("hash-mood", &answer(4, true, false, ""), start() + Duration::days(30)).await.unwrap();

        let data = store.dashboard_data(&f.org, Some(&f.programme), &|_| true, day("2026-10-01"), day("2026-11-30")).await.unwrap();
        assert_eq!(data.title, "Start with a Friend");
        assert_eq!(data.meetings_by_month, [("2026-10".to_owned(), 2, 150), ("2026-11".to_owned(), 1, 30)]);
        assert_eq!(data.moods, [0, 0, 0, 1, 0]);
        assert_eq!(data.spans.len(), 1);
        assert_eq!((data.spans[0].started, data.spans[0].ended), (day("2026-10-01"), None));
        assert!(data.waiting_mentees.is_empty() && data.waiting_mentors.is_empty(), "both are matched");

        let whole = store.dashboard_data(&f.org, None, &|_| true, day("2026-10-01"), day("2026-11-30")).await.unwrap();
        assert_eq!((whole.title.as_str(), whole.meetings_by_month.len(), whole.spans.len()), ("Exil e.V.", 2, 1), "all programmes of the organisation");
        let elsewhere = store.dashboard_data(&f.org, None, &|code| code != "30159", day("2026-10-01"), day("2026-11-30")).await.unwrap();
        assert!(elsewhere.spans.is_empty() && elsewhere.meetings_by_month.is_empty() && elsewhere.moods == [0; 5], "the postal-code filter leaves the tandem out");
        let october = store.dashboard_data(&f.org, Some(&f.programme), &|_| true, day("2026-10-01"), day("2026-10-31")).await.unwrap();
        assert_eq!(october.meetings_by_month.len(), 1, "the period filters meetings");
        let other = organisation(&store, "Caritas").await;
        assert!(matches!(
            store.dashboard_data(&other, Some(&f.programme), &|_| true, day("2026-10-01"), day("2026-10-31")).await,
            Err(StoreError::NotFound)
        ));
    }

    async fn the_job_sends_start_and_end_surveys_once_to_those_who_are_asked(store) {
        let f = running_tandem(&store, "Exil e.V.").await;
        let mut token = tokens();
        // Without questions of its own the programme asks only the mentee (standard questions).
        let first = store.due_survey_mails(&mut token, start() + Duration::hours(1)).await.unwrap();
        assert_eq!(first.len(), 1, "{first:?}");
        assert_eq!((first[0].kind, first[0].recipient.first_name.as_str()), (FollowupMailKind::Survey(SurveyKind::Start), "Yusuf"));
        let link = store.survey_link(&first[0].recipient.token.replace("secret", "hash")).await.unwrap();
        assert_eq!((link.side, link.purpose), (Side::Mentee, LinkPurpose::Survey(SurveyKind::Start)));
        assert!(store.followup_link(&first[0].recipient.token.replace("secret", "hash"), false).await.is_err(), "not a check-in link");
        assert!(store.due_survey_mails(&mut token, start() + Duration::days(2)).await.unwrap().is_empty(), "sent once");

        // A question of its own for mentors: the end survey goes to both sides.
        let mut rules = store.programme_rules(&f.org, &f.programme).await.unwrap();
        rules.questions.push(own_question("c9", Some(Side::Mentor)));
        store.set_programme_rules(&f.org, &f.programme, &rules, start()).await.unwrap();
        store.apply_tandem_action(&f.org, &f.tandem, TandemAction::Complete, start() + Duration::days(60)).await.unwrap();
        let end = store.due_survey_mails(&mut token, start() + Duration::days(61)).await.unwrap();
        assert_eq!(end.len(), 2);
        assert!(end.iter().all(|mail| mail.kind == FollowupMailKind::Survey(SurveyKind::End)));
        assert!(store.due_survey_mails(&mut token, start() + Duration::days(62)).await.unwrap().is_empty());

        // A tandem that started more than a month before the job first runs is not surveyed.
        let _old = running_tandem(&store, "Caritas").await;
        assert!(store.due_survey_mails(&mut token, start() + Duration::days(31)).await.unwrap().is_empty());
    }

    async fn a_survey_answered_twice_replaces_its_answers_and_dashboards_average_them(store) {
        let f = running_tandem(&store, "Exil e.V.").await;
        let mut rules = store.programme_rules(&f.org, &f.programme).await.unwrap();
        rules.questions.push(own_question("c1", None));
        store.set_programme_rules(&f.org, &f.programme, &rules, start()).await.unwrap();
        store.create_followup_link(&f.org, &f.tandem, Side::Mentee, LinkPurpose::Survey(SurveyKind::Start), "hash-start", start()).await.unwrap();
        store.create_followup_link(&f.org, &f.tandem, Side::Mentee, LinkPurpose::Survey(SurveyKind::End), "hash-end", start()).await.unwrap();
        let start_link = store.survey_link("hash-start").await.unwrap();
        let first = SurveyAnswers { standard: vec![(StandardQuestion::German, 2), (StandardQuestion::Belonging, 3)], own: vec![("c1".into(), "Marker-Umfrage-1".into())] };
        store.answer_survey(&start_link, &first, start()).await.unwrap();
        let second = SurveyAnswers { standard: vec![(StandardQuestion::German, 3)], own: vec![("c1".into(), "Marker-Umfrage-2".into())] };
        store.answer_survey(&start_link, &second, start() + Duration::hours(2)).await.unwrap();
        assert_eq!(store.survey_answers_by_link(&start_link).await.unwrap(), second, "replaced, not added");
        let end_link = store.survey_link("hash-end").await.unwrap();
        let end = SurveyAnswers { standard: vec![(StandardQuestion::German, 4), (StandardQuestion::LocalContacts, 6)], own: Vec::new() };
        store.answer_survey(&end_link, &end, start() + Duration::days(90)).await.unwrap();

        let all = |_: &str| true;
        let sums = store.survey_sums(&f.org, Some(&f.programme), &all, day("2026-01-01"), day("2027-12-31")).await.unwrap();
        let table = tandem_core::survey::before_after(&sums);
        let german = table.iter().find(|line| line.question == StandardQuestion::German).unwrap();
        assert_eq!((german.start.count, german.start.mean(), german.end.count, german.end.mean()), (1, Some(3.0), 1, Some(4.0)));
        assert!(table.iter().all(|line| line.question != StandardQuestion::Belonging), "the first answer was replaced");
        let elsewhere = |code: &str| code != "30159";
        assert!(store.survey_sums(&f.org, None, &elsewhere, day("2026-01-01"), day("2027-12-31")).await.unwrap().is_empty(), "the district filter applies");
        let other = organisation(&store, "Caritas").await;
        assert!(store.survey_sums(&other, None, &all, day("2026-01-01"), day("2027-12-31")).await.unwrap().is_empty());
        assert!(matches!(store.survey_sums(&other, Some(&f.programme), &all, day("2026-01-01"), day("2027-12-31")).await, Ok(sums) if sums.is_empty()));

        // Export lists every answer; erasure removes the programme's own answers and keeps scores.
        let mentee = store.tandem_record(&f.org, &f.tandem).await.unwrap().mentee_id;
        let export = store.export_person(&f.org, &mentee).await.unwrap();
        assert_eq!(export.surveys.len(), 4, "{:?}", export.surveys);
        assert!(export.surveys.iter().any(|answer| answer.answer == "Marker-Umfrage-2" && answer.survey == "start"));
        store.erase_person(&f.org, &mentee, start()).await.unwrap();
        assert!(tandem_store::testing::traces_of(&store, "Marker-Umfrage").await.is_empty());
        let after = tandem_core::survey::before_after(&store.survey_sums(&f.org, None, &all, day("2026-01-01"), day("2027-12-31")).await.unwrap());
        assert_eq!(after, table, "averages stay true after the erasure");
        assert!(matches!(store.survey_link("hash-start").await, Err(StoreError::NotFound)), "the links are gone");
    }
}

fn own_question(id: &str, side: Option<Side>) -> Question {
    Question {
        id: id.into(),
        kind: QuestionKind::Text,
        side,
        text: std::collections::BTreeMap::from([("de".into(), "Was hat sich verändert?".into())]),
        choices: Vec::new(),
        required: false,
        survey: true,
    }
}
