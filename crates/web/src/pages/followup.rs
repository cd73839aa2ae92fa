//! Following running tandems: the personal meeting log and check-in questionnaire behind
//! password-less links (small pages, no JavaScript, in the person's own language), the
//! coordinator's view of a tandem's meetings and answers, the list of tandems at risk, and the
//! job that mails the links.
//!
//! The rules (a valid meeting, when a check-in is due, what puts a tandem at risk) are
//! `tandem_core::followup`; the SQL is `tandem_store::followup`. Here: HTTP, templates, mails.

use crate::{
    AppState, WebConfig,
    auth::{new_token, token_hash},
    context::RequestContext,
    error::AppError,
    forms::FormFields,
    i18n::{DEFAULT_LOCALE, Locale, Tr, without_isolation},
    labels,
    templates::{FieldErrors, Layout, render},
};
use askama::Template;
use axum::{
    Extension, Router,
    body::Bytes,
    extract::{Path, Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;
use tandem_core::{
    DomainError,
    followup::{
        CheckInForm, CheckInPoint, LoggedBy, MeetingForm, MeetingKind, NoMeetingThreshold,
        RiskReason, YearMonth, hours, months_between, retention, tandems_by_month, waiting_buckets,
    },
    ids::{OrganisationId, ProgrammeId, TandemId},
    permissions::Action,
    person::Side,
    tandem::TandemStatus,
};
use tandem_store::{
    FollowupLink, FollowupMailKind, MeetingRecord, MeetingTotals, NewMail, Store, StoreResult,
};
use time::Date;

/// This module's routes, merged into the application router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/meetings/{token}", get(meeting_log).post(log_meeting))
        .route("/check-in/{token}", get(check_in).post(answer_check_in))
        .route("/coordinator/at-risk", get(at_risk))
        .route(
            "/coordinator/programmes/{id}/followup-settings",
            post(save_settings),
        )
        .route("/coordinator/tandems/{id}/followup", get(tandem_followup))
        .route(
            "/coordinator/tandems/{id}/meetings",
            post(coordinator_log_meeting),
        )
        .route(
            "/coordinator/tandems/{id}/check-ins/resolve",
            post(resolve_check_ins),
        )
        .route("/coordinator/dashboard", get(organisation_dashboard))
        .route(
            "/coordinator/dashboard.csv",
            get(organisation_dashboard_csv),
        )
        .route("/coordinator/programmes/{id}/dashboard", get(dashboard))
        .route(
            "/coordinator/programmes/{id}/dashboard.csv",
            get(dashboard_csv),
        )
}

/// Days without a logged meeting after which both sides are reminded (and again after as many
/// days since the last reminder).
pub const MEETING_REMINDER_DAYS: i64 = 14;

pub(crate) fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// Today in Germany: meetings are calendar days there.
pub(crate) fn today() -> Date {
    tandem_core::event::to_local(now()).date()
}

/// "25.11.2026": numbers only, so it reads in every language.
pub(crate) fn day(date: Date) -> String {
    format!(
        "{:02}.{:02}.{}",
        date.day(),
        u8::from(date.month()),
        date.year()
    )
}

/// Hours to one decimal, with the decimal comma where the language writes one.
pub(crate) fn hours_text(t: &Tr, minutes: u64) -> String {
    decimal(t, hours(minutes))
}

/// A number to one decimal, with the decimal comma where the language writes one.
pub(crate) fn decimal(t: &Tr, value: f64) -> String {
    let text = format!("{value:.1}");
    match t.locale.code {
        "de" | "uk" | "tr" | "fa" | "ar" => text.replace('.', ","),
        _ => text,
    }
}

fn kind_label(t: &Tr, kind: MeetingKind) -> String {
    match kind {
        MeetingKind::InPerson => t.get("followup-kind-in-person"),
        MeetingKind::Online => t.get("followup-kind-online"),
    }
}

fn logged_by_label(t: &Tr, by: LoggedBy) -> String {
    match by {
        LoggedBy::Mentor => t.get("side-mentor"),
        LoggedBy::Mentee => t.get("side-mentee"),
        LoggedBy::Coordinator => t.get("followup-logged-by-coordinator"),
    }
}

fn point_label(t: &Tr, point: CheckInPoint) -> String {
    match point {
        CheckInPoint::Weeks4 => t.get("followup-point-4w"),
        CheckInPoint::Months3 => t.get("followup-point-3m"),
        CheckInPoint::Months6 => t.get("followup-point-6m"),
        CheckInPoint::End => t.get("followup-point-end"),
    }
}

fn mood_label(t: &Tr, mood: u8) -> String {
    match mood {
        1 => t.get("followup-mood-1"),
        2 => t.get("followup-mood-2"),
        3 => t.get("followup-mood-3"),
        4 => t.get("followup-mood-4"),
        _ => t.get("followup-mood-5"),
    }
}

fn reason_text(t: &Tr, reason: RiskReason) -> String {
    match reason {
        RiskReason::NoMeetingFor { weeks } => {
            t.count("followup-reason-no-meeting", u64::from(weeks))
        }
        RiskReason::BadCheckIn {
            mood,
            meets_regularly,
        } => t.with(
            "followup-reason-bad-check-in",
            &[
                ("mood", FluentValue::from(mood_label(t, mood))),
                (
                    "regular",
                    FluentValue::from(if meets_regularly { "yes" } else { "no" }),
                ),
            ],
        ),
        RiskReason::CallRequested => t.get("followup-reason-call-requested"),
    }
}

/// The field errors of a parse, translated.
fn field_errors(t: &Tr, problems: &[DomainError]) -> FieldErrors {
    let mut errors = FieldErrors::default();
    for problem in problems {
        if let DomainError::Invalid { field, code } = problem {
            errors.push(field, labels::field_error(t, code));
        }
    }
    errors
}

/// A personal page speaks the person's stored language unless they chose another with `?lang=`.
pub(crate) fn personal_context(
    context: &RequestContext,
    locale: &str,
    chosen: bool,
) -> RequestContext {
    if chosen {
        return context.clone();
    }
    let mut personal = context.clone();
    personal.tr = Tr::new(Locale::find(locale).unwrap_or(context.tr.locale));
    personal
}

/// Personal pages carry a secret in their address: never cached, never passed on as referrer.
pub(crate) fn private_page(status: StatusCode, page: Response) -> Response {
    (
        status,
        [
            (header::CACHE_CONTROL, "no-store"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        page,
    )
        .into_response()
}

#[derive(Debug, Deserialize, Default)]
pub struct PersonalQuery {
    #[serde(default)]
    pub(crate) lang: Option<String>,
    #[serde(default)]
    pub(crate) saved: Option<String>,
}

/// One meeting as a line of a list.
pub struct MeetingLine {
    date: String,
    duration: String,
    kind: String,
    note: String,
    by: String,
}

impl MeetingLine {
    fn new(t: &Tr, record: &MeetingRecord) -> Self {
        Self {
            date: day(record.meeting.date),
            duration: t.count("followup-minutes", u64::from(record.meeting.minutes)),
            kind: kind_label(t, record.meeting.kind),
            note: record.meeting.note.clone().unwrap_or_default(),
            by: logged_by_label(t, record.logged_by),
        }
    }
}

/// What the meeting form needs, for the personal page and the coordinator's.
pub struct MeetingFormView {
    action: String,
    form: MeetingForm,
    kinds: Vec<(&'static str, String)>,
    today: String,
    started: String,
    errors: FieldErrors,
}

impl MeetingFormView {
    fn new(t: &Tr, action: String, form: MeetingForm, started: Date, errors: FieldErrors) -> Self {
        Self {
            action,
            form,
            kinds: MeetingKind::ALL
                .iter()
                .map(|kind| (kind.as_str(), kind_label(t, *kind)))
                .collect(),
            today: tandem_core::followup::iso_date(today()),
            started: tandem_core::followup::iso_date(started),
            errors,
        }
    }
}

fn totals_text(t: &Tr, totals: &MeetingTotals) -> String {
    t.with(
        "followup-totals",
        &[
            ("count", FluentValue::from(totals.meetings)),
            ("hours", FluentValue::from(hours_text(t, totals.minutes))),
        ],
    )
}

#[derive(Template)]
#[template(path = "followup_meetings.html")]
struct MeetingLogTemplate {
    layout: Layout,
    intro: String,
    saved: bool,
    meeting_form: Option<MeetingFormView>,
    totals: String,
    meetings: Vec<MeetingLine>,
    /// For a mentor of an open tandem (primary or further): the mentees they meet.
    mentees: Vec<MenteeCard>,
}

/// A mentee's profile on the meeting log of the tandem's mentors: first name, age, languages,
/// area and, for a child, the guardian to arrange meetings with. Nobody else's page shows it.
pub struct MenteeCard {
    name: String,
    facts: Vec<(String, String)>,
}

impl MenteeCard {
    fn new(
        t: &Tr,
        person: &tandem_core::person::Person,
        details: Option<&tandem_core::minors::MinorDetails>,
    ) -> Self {
        let profile = &person.profile;
        let mut facts = Vec::new();
        if let Some(details) = details {
            let age = tandem_core::minors::age_on(details.birth_date, today());
            facts.push((
                t.get("minors-birth-date"),
                format!(
                    "{} ({})",
                    tandem_core::minors::date_text(details.birth_date),
                    t.count("minors-age", u64::try_from(age).unwrap_or(0))
                ),
            ));
        }
        facts.push((
            t.get("field-languages"),
            profile
                .languages
                .iter()
                .map(|spoken| labels::language(t, spoken.language.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
        ));
        facts.push((
            t.get("proposal-area"),
            tandem_core::gazetteer::lookup(&profile.postal_code).map_or_else(
                || profile.postal_code.to_string(),
                |place| place.locality.split(" / ").next().unwrap_or("").to_owned(),
            ),
        ));
        if let Some(guardian) = details.and_then(|details| details.guardian.as_ref()) {
            facts.push((
                t.get("minors-guardian"),
                crate::pages::minors::guardian_text(t, guardian),
            ));
        }
        Self {
            name: profile.first_name.clone(),
            facts,
        }
    }
}

async fn meeting_log_page(
    state: &AppState,
    context: &RequestContext,
    token: &str,
    link: &FollowupLink,
    form: Option<MeetingForm>,
    errors: FieldErrors,
    saved: bool,
) -> Result<Response, AppError> {
    let t = &context.tr;
    let records = state
        .store
        .meetings(&link.organisation_id, &link.tandem_id)
        .await?;
    let totals = state
        .store
        .meeting_totals(&link.organisation_id, &link.tandem_id)
        .await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let meeting_form = match (link.takes_meetings(), link.started_on) {
        (true, Some(started)) => Some(MeetingFormView::new(
            t,
            format!("/meetings/{token}"),
            form.unwrap_or_else(|| MeetingForm::suggested(today())),
            started,
            errors,
        )),
        _ => None,
    };
    // A child's profile is for its coordinators and its own mentors only: the store answers for
    // a current mentor of this tandem, the domain says when (`sees_mentee_profiles`).
    let mentees = if tandem_core::members::sees_mentee_profiles(link.side, link.status) {
        state
            .store
            .mentees_seen_by(&link.organisation_id, &link.tandem_id, &link.person_id)
            .await?
            .iter()
            .map(|(person, details)| MenteeCard::new(t, person, details.as_ref()))
            .collect()
    } else {
        Vec::new()
    };
    let page = render(&MeetingLogTemplate {
        mentees,
        layout: context.layout(t.arg("followup-meetings-title", &link.other_first_name)),
        intro: t.arg("followup-meetings-hello", &link.first_name),
        saved,
        meeting_form,
        totals: totals_text(t, &totals),
        meetings: records
            .iter()
            .take(20)
            .map(|record| MeetingLine::new(t, record))
            .collect(),
    });
    Ok(private_page(status, page))
}

/// The personal meeting log behind the link in the mail.
pub async fn meeting_log(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
    Query(query): Query<PersonalQuery>,
) -> Result<Response, AppError> {
    let link = state.store.followup_link(&token_hash(&token), true).await?;
    let context = personal_context(&context, &link.locale, query.lang.is_some());
    meeting_log_page(
        &state,
        &context,
        &token,
        &link,
        None,
        FieldErrors::default(),
        query.saved.is_some(),
    )
    .await
}

fn meeting_form_from(body: &Bytes) -> MeetingForm {
    let fields = FormFields::parse(body);
    MeetingForm {
        date: fields.get("date"),
        minutes: fields.get("minutes"),
        kind: fields.get("kind"),
        note: fields.get("note"),
    }
}

/// Logs a meeting through the personal link; a refused one shows the form again with reasons.
pub async fn log_meeting(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
    Query(query): Query<PersonalQuery>,
    body: Bytes,
) -> Result<Response, AppError> {
    let link = state.store.followup_link(&token_hash(&token), true).await?;
    let context = personal_context(&context, &link.locale, query.lang.is_some());
    let (true, Some(started)) = (link.takes_meetings(), link.started_on) else {
        return Err(AppError::Conflict {
            field: "tandem",
            code: "tandem-not-running",
        });
    };
    let form = meeting_form_from(&body);
    match form.parse(today(), started) {
        Ok(meeting) => {
            let by = match link.side {
                Side::Mentor => LoggedBy::Mentor,
                Side::Mentee => LoggedBy::Mentee,
            };
            state
                .store
                .log_meeting(&link.organisation_id, &link.tandem_id, by, &meeting, now())
                .await?;
            Ok(Redirect::to(&format!("/meetings/{token}?saved=1")).into_response())
        }
        Err(problems) => {
            let errors = field_errors(&context.tr, &problems);
            meeting_log_page(&state, &context, &token, &link, Some(form), errors, false).await
        }
    }
}

#[derive(Template)]
#[template(path = "followup_check_in.html")]
struct CheckInTemplate {
    layout: Layout,
    intro: String,
    token: String,
    saved: bool,
    form: CheckInForm,
    moods: Vec<(String, String)>,
    errors: FieldErrors,
}

fn check_in_page(
    context: &RequestContext,
    token: String,
    link: &FollowupLink,
    form: CheckInForm,
    errors: FieldErrors,
    saved: bool,
) -> Response {
    let t = &context.tr;
    let point = match link.purpose {
        tandem_store::LinkPurpose::CheckIn(point) => point_label(t, point),
        tandem_store::LinkPurpose::Meetings | tandem_store::LinkPurpose::Survey(_) => String::new(),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = render(&CheckInTemplate {
        layout: context.layout(t.get("followup-check-in-title")),
        intro: t.with(
            "followup-check-in-hello",
            &[
                ("name", FluentValue::from(link.first_name.clone())),
                ("other", FluentValue::from(link.other_first_name.clone())),
                ("point", FluentValue::from(point)),
            ],
        ),
        token,
        saved,
        form,
        moods: (1..=5)
            .rev()
            .map(|mood| (mood.to_string(), mood_label(t, mood)))
            .collect(),
        errors,
    });
    private_page(status, page)
}

/// The check-in questionnaire behind the link in the mail; filled in when answered before.
pub async fn check_in(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
    Query(query): Query<PersonalQuery>,
) -> Result<Response, AppError> {
    let link = state
        .store
        .followup_link(&token_hash(&token), false)
        .await?;
    let context = personal_context(&context, &link.locale, query.lang.is_some());
    let form = state
        .store
        .check_in_answer_by_link(&link)
        .await?
        .map(|answer| CheckInForm::from_answer(&answer))
        .unwrap_or_default();
    Ok(check_in_page(
        &context,
        token,
        &link,
        form,
        FieldErrors::default(),
        query.saved.is_some(),
    ))
}

/// Saves a check-in answer; the same link again replaces it.
pub async fn answer_check_in(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
    Query(query): Query<PersonalQuery>,
    body: Bytes,
) -> Result<Response, AppError> {
    let hash = token_hash(&token);
    let link = state.store.followup_link(&hash, false).await?;
    let context = personal_context(&context, &link.locale, query.lang.is_some());
    let fields = FormFields::parse(&body);
    let form = CheckInForm {
        mood: fields.get("mood"),
        meets_regularly: fields.get("meets_regularly"),
        comment: fields.get("comment"),
        call_me: fields.get("call_me"),
    };
    match form.parse() {
        Ok(answer) => {
            state.store.answer_check_in(&hash, &answer, now()).await?;
            Ok(Redirect::to(&format!("/check-in/{token}?saved=1")).into_response())
        }
        Err(problems) => {
            let errors = field_errors(&context.tr, &problems);
            Ok(check_in_page(&context, token, &link, form, errors, false))
        }
    }
}

/// One line of the list of tandems at risk.
pub struct AtRiskLine {
    tandem_id: String,
    programme: String,
    mentor: String,
    mentee: String,
    last_meeting: String,
    reasons: Vec<String>,
}

/// A programme's threshold, for the settings form on the list.
pub struct ThresholdLine {
    programme_id: String,
    dashboard: String,
    programme: String,
    weeks: u32,
}

#[derive(Template)]
#[template(path = "followup_at_risk.html")]
struct AtRiskTemplate {
    layout: Layout,
    count: String,
    lines: Vec<AtRiskLine>,
    thresholds: Vec<ThresholdLine>,
    saved: bool,
}

#[derive(Debug, Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

/// The coordinator's list of running tandems that need attention, with the reasons.
pub async fn at_risk(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let t = &context.tr;
    let lines: Vec<AtRiskLine> = state
        .store
        .tandems_at_risk(&organisation, today())
        .await?
        .into_iter()
        .map(|line| AtRiskLine {
            tandem_id: line.tandem_id.to_string(),
            programme: line.programme_name,
            mentor: line.mentor_name,
            mentee: line.mentee_name,
            last_meeting: line
                .last_meeting
                .map_or_else(|| t.get("followup-never"), day),
            reasons: line
                .reasons
                .into_iter()
                .map(|reason| reason_text(t, reason))
                .collect(),
        })
        .collect();
    let mut thresholds = Vec::new();
    for programme in state.store.list_programmes(&organisation).await? {
        let threshold = state
            .store
            .no_meeting_threshold(&organisation, &programme.id)
            .await?;
        thresholds.push(ThresholdLine {
            programme_id: programme.id.to_string(),
            dashboard: t.arg("dashboard-link", &programme.details.name),
            programme: programme.details.name,
            weeks: threshold.weeks(),
        });
    }
    Ok(render(&AtRiskTemplate {
        layout: context.layout(t.get("followup-at-risk-title")),
        count: t.count("followup-at-risk-count", lines.len() as u64),
        lines,
        thresholds,
        saved: query.saved.is_some(),
    }))
}

/// Sets a programme's "no meeting for N weeks" threshold.
pub async fn save_settings(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let programme = ProgrammeId::from_string(id);
    // The programme is checked first, so another organisation's id is a 404 whatever was sent.
    state
        .store
        .no_meeting_threshold(&organisation, &programme)
        .await?;
    let threshold = NoMeetingThreshold::parse(&FormFields::parse(&body).get("no_meeting_weeks"))?;
    state
        .store
        .set_no_meeting_threshold(&organisation, &programme, threshold, now())
        .await?;
    Ok(Redirect::to("/coordinator/at-risk?saved=1").into_response())
}

/// One check-in answer as the coordinator sees it.
pub struct AnswerLine {
    point: String,
    side: String,
    mood: String,
    meets_regularly: String,
    call_me: bool,
    comment: String,
    answered: String,
    open_trouble: bool,
}

#[derive(Template)]
#[template(path = "followup_tandem.html")]
struct TandemFollowupTemplate {
    layout: Layout,
    tandem_id: String,
    mentor: String,
    mentee: String,
    mentee_id: String,
    /// The tandem's further mentees (person id, name): their outcomes count like the first
    /// mentee's, so each has a link to record them.
    further_mentees: Vec<(String, String)>,
    programme: String,
    started: String,
    totals: String,
    meeting_form: Option<MeetingFormView>,
    meetings: Vec<MeetingLine>,
    answers: Vec<AnswerLine>,
    can_resolve: bool,
}

async fn tandem_followup_page(
    state: &AppState,
    context: &RequestContext,
    organisation: &OrganisationId,
    tandem: &TandemId,
    form: Option<MeetingForm>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let t = &context.tr;
    let view = state.store.tandem(organisation, tandem).await?;
    let records = state.store.meetings(organisation, tandem).await?;
    let totals = state.store.meeting_totals(organisation, tandem).await?;
    let answers = state.store.check_in_answers(organisation, tandem).await?;
    let further_mentees = state
        .store
        .tandem_members(organisation, tandem)
        .await?
        .into_iter()
        .filter(|member| member.side == Side::Mentee.as_str())
        .map(|member| (member.person_id, member.name))
        .collect();
    let started = view
        .started_at
        .and_then(|at| time::OffsetDateTime::from_unix_timestamp(at).ok())
        .map(|at| tandem_core::event::to_local(at).date());
    let running = matches!(
        TandemStatus::parse(&view.status)?,
        TandemStatus::Active | TandemStatus::Paused
    );
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let meeting_form = match (running, started) {
        (true, Some(started)) => Some(MeetingFormView::new(
            t,
            format!("/coordinator/tandems/{tandem}/meetings"),
            form.unwrap_or_else(|| MeetingForm::suggested(today())),
            started,
            errors,
        )),
        _ => None,
    };
    let answers: Vec<AnswerLine> = answers
        .iter()
        .map(|record| AnswerLine {
            point: point_label(t, record.point),
            side: match record.side {
                Side::Mentor => t.get("side-mentor"),
                Side::Mentee => t.get("side-mentee"),
            },
            mood: mood_label(t, record.answer.mood.get()),
            meets_regularly: if record.answer.meets_regularly {
                t.get("followup-yes")
            } else {
                t.get("followup-no")
            },
            call_me: record.answer.call_me,
            comment: record.answer.comment.clone(),
            answered: day(tandem_core::event::to_local(record.answered_at).date()),
            open_trouble: !record.resolved && record.answer.signals_trouble(),
        })
        .collect();
    let page = render(&TandemFollowupTemplate {
        layout: context.layout(t.get("followup-tandem-title")),
        tandem_id: view.id.clone(),
        mentor: view.mentor_name.clone(),
        mentee: view.mentee_name.clone(),
        mentee_id: view.mentee_id.clone(),
        further_mentees,
        programme: view.programme_name.clone(),
        started: started.map(day).unwrap_or_default(),
        totals: totals_text(t, &totals),
        meeting_form,
        meetings: records
            .iter()
            .map(|record| MeetingLine::new(t, record))
            .collect(),
        can_resolve: answers.iter().any(|answer| answer.open_trouble),
        answers,
    });
    Ok((status, page).into_response())
}

/// A tandem's meetings, hours and check-in answers for its coordinator, with the meeting form.
pub async fn tandem_followup(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let tandem = TandemId::from_string(id);
    tandem_followup_page(
        &state,
        &context,
        &organisation,
        &tandem,
        None,
        FieldErrors::default(),
    )
    .await
}

/// The coordinator logs a meeting they were told about (by phone, in the office).
pub async fn coordinator_log_meeting(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let tandem = TandemId::from_string(id);
    let record = state.store.tandem_record(&organisation, &tandem).await?;
    let Some(started) = record
        .started_at
        .map(|at| tandem_core::event::to_local(at).date())
    else {
        return Err(AppError::Conflict {
            field: "tandem",
            code: "tandem-not-running",
        });
    };
    let form = meeting_form_from(&body);
    match form.parse(today(), started) {
        Ok(meeting) => {
            state
                .store
                .log_meeting(
                    &organisation,
                    &tandem,
                    LoggedBy::Coordinator,
                    &meeting,
                    now(),
                )
                .await?;
            Ok(Redirect::to(&format!("/coordinator/tandems/{tandem}/followup")).into_response())
        }
        Err(problems) => {
            let errors = field_errors(&context.tr, &problems);
            tandem_followup_page(&state, &context, &organisation, &tandem, Some(form), errors).await
        }
    }
}

/// The coordinator has dealt with the open check-in answers (called back, talked it through).
pub async fn resolve_check_ins(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let tandem = TandemId::from_string(id);
    state
        .store
        .resolve_check_ins(&organisation, &tandem, now())
        .await?;
    Ok(Redirect::to(&format!("/coordinator/tandems/{tandem}/followup")).into_response())
}

/// What the coordinator's tandem page shows of the follow-up.
pub struct TandemFollowupSummary {
    pub totals: String,
}

/// The meetings and volunteer hours line for the tandem page.
pub async fn tandem_summary(
    store: &Store,
    t: &Tr,
    organisation: &OrganisationId,
    tandem: &TandemId,
) -> Result<TandemFollowupSummary, AppError> {
    let totals = store.meeting_totals(organisation, tandem).await?;
    Ok(TandemFollowupSummary {
        totals: totals_text(t, &totals),
    })
}

/// Queues the follow-up mails due at `now`: each side's personal meeting-log link when a tandem
/// starts, reminders to log meetings after [`MEETING_REMINDER_DAYS`] without one, and the
/// check-in questionnaire when a check-in point has come, and the start and end surveys
/// (`pages::surveys`) — each in the person's language.
/// Safe to run again: the store claims every mail once. Returns how many were queued.
pub async fn followup_mails(
    store: &Store,
    config: &WebConfig,
    now: time::OffsetDateTime,
) -> StoreResult<usize> {
    let mut token = || {
        let secret = new_token();
        let hash = token_hash(&secret);
        (secret, hash)
    };
    let mut mails = store
        .due_meeting_mails(time::Duration::days(MEETING_REMINDER_DAYS), &mut token, now)
        .await?;
    mails.extend(
        store
            .due_check_in_mails(tandem_core::event::to_local(now).date(), &mut token, now)
            .await?,
    );
    mails.extend(store.due_survey_mails(&mut token, now).await?);
    let base = config.public_url.trim_end_matches('/');
    for mail in &mails {
        let recipient = &mail.recipient;
        let t = Tr::new(Locale::find(&recipient.locale).unwrap_or(DEFAULT_LOCALE));
        let (link, point) = match mail.kind {
            FollowupMailKind::CheckIn(point) => (
                format!("{base}/check-in/{}", recipient.token),
                point_label(&t, point),
            ),
            FollowupMailKind::MeetingLog | FollowupMailKind::MeetingReminder => (
                format!("{base}/meetings/{}", recipient.token),
                String::new(),
            ),
            FollowupMailKind::Survey(_) => {
                (format!("{base}/survey/{}", recipient.token), String::new())
            }
        };
        let args = [
            ("name", FluentValue::from(recipient.first_name.clone())),
            ("other", FluentValue::from(mail.other_first_name.clone())),
            ("link", FluentValue::from(link)),
            ("point", FluentValue::from(point)),
            ("days", FluentValue::from(MEETING_REMINDER_DAYS)),
        ];
        let (subject, body) = match mail.kind {
            FollowupMailKind::MeetingLog => (
                t.get("mail-followup-log-subject"),
                t.with("mail-followup-log-body", &args),
            ),
            FollowupMailKind::MeetingReminder => (
                t.get("mail-followup-reminder-subject"),
                t.with("mail-followup-reminder-body", &args),
            ),
            FollowupMailKind::CheckIn(_) => (
                t.get("mail-followup-check-in-subject"),
                t.with("mail-followup-check-in-body", &args),
            ),
            FollowupMailKind::Survey(survey) => (
                t.get(&format!("mail-survey-{}-subject", survey.as_str())),
                t.with(&format!("mail-survey-{}-body", survey.as_str()), &args),
            ),
        };
        store
            .queue_mail(
                &NewMail {
                    organisation: Some(&mail.organisation_id),
                    recipient: &recipient.email,
                    reply_to: None,
                    locale: t.locale.code,
                    subject: &without_isolation(&subject),
                    body: &without_isolation(&body),
                },
                now,
            )
            .await?;
    }
    Ok(mails.len())
}

/// The period of a dashboard: whole months, from `from` to `to` (`YYYY-MM`).
#[derive(Debug, Deserialize, Default)]
pub struct PeriodQuery {
    #[serde(default)]
    pub(crate) from: String,
    #[serde(default)]
    pub(crate) to: String,
    /// Official key of a Lower Saxony district; empty for all.
    #[serde(default)]
    pub(crate) district: String,
}

/// The district asked for, if it is one of Lower Saxony's (anything else means all).
pub(crate) fn district(query: &PeriodQuery) -> Option<&'static tandem_core::directory::District> {
    tandem_core::directory::districts()
        .iter()
        .find(|district| district.key == query.district.trim())
}

/// Reads `YYYY-MM`; `None` when it is not a month.
fn parse_month(raw: &str) -> Option<YearMonth> {
    let (year, month) = raw.trim().split_once('-')?;
    let month = YearMonth {
        year: year.parse().ok().filter(|y| (2000..=2100).contains(y))?,
        month: month.parse().ok().filter(|m| (1..=12).contains(m))?,
    };
    Some(month)
}

/// The months asked for; by default the last twelve up to this one. A period turned around is
/// put right; one longer than five years is cut to its last five.
pub(crate) fn period(query: &PeriodQuery) -> (YearMonth, YearMonth) {
    let this_month = YearMonth::of(today());
    let to = parse_month(&query.to).unwrap_or(this_month);
    let from = parse_month(&query.from).unwrap_or_else(|| {
        // Eleven months before `to`: twelve months in all.
        let index = to.year * 12 + i32::from(to.month) - 1 - 11;
        YearMonth {
            year: index.div_euclid(12),
            month: u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1),
        }
    });
    let (from, to) = if from <= to { (from, to) } else { (to, from) };
    let months = months_between(from.first_day(), to.last_day());
    let from = months
        .len()
        .checked_sub(60)
        .and_then(|skip| months.get(skip).copied())
        .unwrap_or(from);
    (from, to)
}

/// One month of the dashboard's table (and its CSV).
pub struct MonthLine {
    pub(crate) month: String,
    pub(crate) running: u32,
    pub(crate) started: u32,
    pub(crate) ended: u32,
    pub(crate) meetings: u64,
    pub(crate) per_tandem: String,
    pub(crate) hours: String,
}

pub(crate) struct Dashboard {
    pub(crate) programme: String,
    pub(crate) months: Vec<MonthLine>,
    pub(crate) charts: Vec<(String, String)>,
    pub(crate) facts: Vec<(String, String)>,
    pub(crate) waiting: Vec<(String, u32, u32)>,
    pub(crate) moods: Vec<(String, u32)>,
    /// Outcomes reached in the period: (kind, with the German level where it has one), count.
    pub(crate) outcomes: Vec<(String, u64)>,
    /// Start and end surveys per standard question: (question, mean at the start, answers,
    /// mean at the end, answers); means to one decimal, "–" without answers.
    pub(crate) before_after: Vec<(String, String, u64, String, u64)>,
}

/// "11/2026": numbers only, like the dates.
pub(crate) fn month_label(month: YearMonth) -> String {
    format!("{:02}/{}", month.month, month.year)
}

pub(crate) async fn build_dashboard(
    state: &AppState,
    t: &Tr,
    organisation: &OrganisationId,
    programme: Option<&ProgrammeId>,
    district: Option<&'static str>,
    (from, to): (YearMonth, YearMonth),
) -> Result<Dashboard, AppError> {
    let keep = |postal_code: &str| {
        district.is_none_or(|key| tandem_core::followup::in_district(postal_code, key))
    };
    let data = state
        .store
        .dashboard_data(
            organisation,
            programme,
            &keep,
            from.first_day(),
            to.last_day(),
        )
        .await?;
    let outcomes = state
        .store
        .dashboard_outcomes(
            organisation,
            programme,
            &keep,
            from.first_day(),
            to.last_day(),
        )
        .await?
        .into_iter()
        .map(|(kind, level, count)| (super::reports::outcome_label(t, kind, level), count))
        .collect();
    let sums = state
        .store
        .survey_sums(
            organisation,
            programme,
            &keep,
            from.first_day(),
            to.last_day(),
        )
        .await?;
    let mean = |sum: tandem_core::survey::AnswerSum| {
        sum.mean()
            .map_or_else(|| "–".to_owned(), |mean| decimal(t, mean))
    };
    let before_after = tandem_core::survey::before_after(&sums)
        .into_iter()
        .map(|line| {
            (
                super::surveys::standard_label(t, line.question),
                mean(line.start),
                line.start.count,
                mean(line.end),
                line.end.count,
            )
        })
        .collect();
    let months = months_between(from.first_day(), to.last_day());
    let tandems = tandems_by_month(&data.spans, &months);
    let mut lines = Vec::new();
    for (month, row) in months.iter().zip(&tandems) {
        let (meetings, minutes) = data
            .meetings_by_month
            .iter()
            .find(|(key, _, _)| *key == month.key())
            .map_or((0, 0), |(_, count, minutes)| (*count, *minutes));
        let per_tandem = if row.running == 0 {
            0.0
        } else {
            // Meeting counts of one programme are far below f64's exact range.
            f64::from(u32::try_from(meetings).unwrap_or(u32::MAX)) / f64::from(row.running)
        };
        lines.push(MonthLine {
            month: month_label(*month),
            running: row.running,
            started: row.started,
            ended: row.ended,
            meetings,
            per_tandem: decimal(t, per_tandem),
            hours: hours_text(t, minutes),
        });
    }
    let total_minutes: u64 = data.meetings_by_month.iter().map(|(_, _, m)| m).sum();
    let total_meetings: u64 = data.meetings_by_month.iter().map(|(_, c, _)| c).sum();
    let (completed, ended) = retention(&data.spans);
    let retention_text = if ended == 0 {
        t.get("dashboard-retention-none")
    } else {
        t.with(
            "dashboard-retention-value",
            &[
                ("completed", FluentValue::from(completed)),
                ("ended", FluentValue::from(ended)),
                (
                    "percent",
                    FluentValue::from((u64::from(completed) * 100 / u64::from(ended)).to_string()),
                ),
            ],
        )
    };
    let today = today();
    let running_now = tandems_by_month(&data.spans, &[YearMonth::of(today)])
        .first()
        .map_or(0, |row| row.running);
    let facts = vec![
        (
            t.get("dashboard-waiting-mentees"),
            data.waiting_mentees.len().to_string(),
        ),
        (
            t.get("dashboard-waiting-mentors"),
            data.waiting_mentors.len().to_string(),
        ),
        (t.get("dashboard-running-now"), running_now.to_string()),
        (t.get("dashboard-retention"), retention_text),
        (
            t.get("dashboard-meetings-period"),
            total_meetings.to_string(),
        ),
        (
            t.get("dashboard-hours-period"),
            hours_text(t, total_minutes),
        ),
    ];
    let mentees = waiting_buckets(&data.waiting_mentees, today);
    let mentors = waiting_buckets(&data.waiting_mentors, today);
    let bucket_names = [
        t.get("dashboard-waiting-under-1"),
        t.get("dashboard-waiting-1-3"),
        t.get("dashboard-waiting-3-6"),
        t.get("dashboard-waiting-over-6"),
    ];
    let waiting = bucket_names
        .into_iter()
        .zip(mentees.into_iter().zip(mentors))
        .map(|(name, (mentees, mentors))| (name, mentees, mentors))
        .collect();
    let moods: Vec<(String, u32)> = (1..=5u8)
        .map(|mood| (mood_label(t, mood), data.moods[usize::from(mood - 1)]))
        .collect();
    let charts = vec![
        (
            t.get("dashboard-chart-running"),
            bar_chart(
                &t.get("dashboard-chart-running"),
                &lines
                    .iter()
                    .map(|line| {
                        (
                            line.month.clone(),
                            f64::from(line.running),
                            line.running.to_string(),
                        )
                    })
                    .collect::<Vec<_>>(),
            ),
        ),
        (
            t.get("dashboard-chart-hours"),
            bar_chart(
                &t.get("dashboard-chart-hours"),
                &months
                    .iter()
                    .zip(&lines)
                    .map(|(month, line)| {
                        let minutes = data
                            .meetings_by_month
                            .iter()
                            .find(|(key, _, _)| *key == month.key())
                            .map_or(0, |(_, _, minutes)| *minutes);
                        (line.month.clone(), hours(minutes), line.hours.clone())
                    })
                    .collect::<Vec<_>>(),
            ),
        ),
        (
            t.get("dashboard-chart-moods"),
            bar_chart(
                &t.get("dashboard-chart-moods"),
                &moods
                    .iter()
                    .enumerate()
                    .map(|(index, (_, count))| {
                        (
                            (index + 1).to_string(),
                            f64::from(*count),
                            count.to_string(),
                        )
                    })
                    .collect::<Vec<_>>(),
            ),
        ),
    ];
    Ok(Dashboard {
        programme: data.title,
        months: lines,
        charts,
        facts,
        waiting,
        moods,
        outcomes,
        before_after,
    })
}

/// Escapes text for SVG (XML).
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A bar chart drawn by the server: one bar per (label, value, value as written). It is an
/// image with a title; the table next to it carries the same numbers for screen readers.
fn bar_chart(title: &str, bars: &[(String, f64, String)]) -> String {
    const BAR: usize = 36;
    const GAP: usize = 14;
    const HEIGHT: f64 = 140.0;
    let max = bars.iter().map(|(_, value, _)| *value).fold(0.0, f64::max);
    let width = bars.len().max(1) * (BAR + GAP) + GAP;
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {width} 200\" width=\"{width}\" \
         height=\"200\" xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>",
        xml(title)
    );
    svg.push_str(&format!(
        "<line x1=\"0\" y1=\"170\" x2=\"{width}\" y2=\"170\" stroke=\"currentColor\"/>"
    ));
    for (index, (label, value, written)) in bars.iter().enumerate() {
        let height = if max > 0.0 { value / max * HEIGHT } else { 0.0 };
        let x = GAP + index * (BAR + GAP);
        let middle = x + BAR / 2;
        svg.push_str(&format!(
            "<rect x=\"{x}\" y=\"{:.1}\" width=\"{BAR}\" height=\"{height:.1}\" \
             fill=\"#2a6f97\"/><text x=\"{middle}\" y=\"{:.1}\" text-anchor=\"middle\" \
             font-size=\"11\">{}</text><text x=\"{middle}\" y=\"186\" text-anchor=\"middle\" \
             font-size=\"10\">{}</text>",
            170.0 - height,
            166.0 - height,
            xml(written),
            xml(label)
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[derive(Template)]
#[template(path = "followup_dashboard.html")]
struct DashboardTemplate {
    layout: Layout,
    /// Where the filter form and the CSV link go.
    base: String,
    from: String,
    to: String,
    district: String,
    districts: Vec<(&'static str, &'static str)>,
    facts: Vec<(String, String)>,
    charts: Vec<(String, String)>,
    months: Vec<MonthLine>,
    waiting: Vec<(String, u32, u32)>,
    moods: Vec<(String, u32)>,
    outcomes: Vec<(String, u64)>,
    before_after: Vec<(String, String, u64, String, u64)>,
}

async fn dashboard_page(
    state: &AppState,
    context: &RequestContext,
    programme: Option<ProgrammeId>,
    query: &PeriodQuery,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let (from, to) = period(query);
    let district = district(query);
    let t = &context.tr;
    let built = build_dashboard(
        state,
        t,
        &organisation,
        programme.as_ref(),
        district.map(|d| d.key),
        (from, to),
    )
    .await?;
    let base = match &programme {
        Some(id) => format!("/coordinator/programmes/{id}/dashboard"),
        None => "/coordinator/dashboard".to_owned(),
    };
    Ok(render(&DashboardTemplate {
        layout: context.layout(t.arg("dashboard-title", &built.programme)),
        base,
        from: from.key(),
        to: to.key(),
        district: district.map(|d| d.key).unwrap_or_default().to_owned(),
        districts: tandem_core::directory::districts()
            .iter()
            .map(|d| (d.key, d.name))
            .collect(),
        facts: built.facts,
        charts: built.charts,
        months: built.months,
        waiting: built.waiting,
        moods: built.moods,
        outcomes: built.outcomes,
        before_after: built.before_after,
    }))
}

/// A programme's dashboard: people waiting and how long, tandems running per month, retention,
/// meetings per tandem, hours and check-in moods, as SVG charts with the numbers as tables;
/// for a period of months and optionally one district (of the mentee's postal code).
pub async fn dashboard(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    dashboard_page(&state, &context, Some(ProgrammeId::from_string(id)), &query).await
}

/// The same dashboard over all programmes of the organisation.
pub async fn organisation_dashboard(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    dashboard_page(&state, &context, None, &query).await
}

/// Which table of a dashboard a CSV download carries (`months` when not given).
#[derive(Debug, Deserialize, Default)]
pub struct TableQuery {
    #[serde(default)]
    table: String,
}

/// One table of the dashboard as CSV: the monthly table, or the one `?table=` names.
pub async fn dashboard_csv(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    Query(query): Query<PeriodQuery>,
    Query(table): Query<TableQuery>,
) -> Result<Response, AppError> {
    csv_response(
        &state,
        &context,
        Some(ProgrammeId::from_string(id)),
        &query,
        &table,
    )
    .await
}

/// One table of the organisation-wide dashboard as CSV.
pub async fn organisation_dashboard_csv(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Query(query): Query<PeriodQuery>,
    Query(table): Query<TableQuery>,
) -> Result<Response, AppError> {
    csv_response(&state, &context, None, &query, &table).await
}

async fn csv_response(
    state: &AppState,
    context: &RequestContext,
    programme: Option<ProgrammeId>,
    query: &PeriodQuery,
    table: &TableQuery,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let (from, to) = period(query);
    let district = district(query).map(|d| d.key);
    let t = &context.tr;
    let built = build_dashboard(
        state,
        t,
        &organisation,
        programme.as_ref(),
        district,
        (from, to),
    )
    .await?;
    let key = match table.table.trim() {
        "" => "months",
        key => key,
    };
    let bytes = super::reports::dashboard_csv(t, &built, key)?.ok_or(AppError::NotFound)?;
    let name = match key {
        "months" => format!("dashboard-{}-{}.csv", from.key(), to.key()),
        key => format!("dashboard-{key}-{}-{}.csv", from.key(), to.key()),
    };
    Ok(super::reports::file_response(
        "text/csv; charset=utf-8",
        &name,
        bytes,
    ))
}
