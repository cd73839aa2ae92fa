//! Coordinator pages: waiting lists, profiles and screening, forming tandems by hand, and moving
//! them through their lifecycle. Everything is scoped by the organisation of the signed-in account.

use crate::{
    AppState,
    context::RequestContext,
    error::AppError,
    forms::FormFields,
    labels,
    templates::{FieldErrors, Layout, render},
};
use askama::Template;
use axum::{
    Extension,
    body::Bytes,
    extract::{Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use tandem_core::{
    DomainError,
    ids::{PersonId, ProgrammeId, TandemId},
    permissions::Action,
    person::{PersonStatus, Side},
    tandem::{EndReason, TandemAction, TandemStatus},
    values::SpokenLanguage,
};
use tandem_store::{Page, PeopleQuery, PersonSummary, TandemQuery, TandemView};

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// Days since a Unix timestamp, for "waiting for N days".
fn days_since(unix: i64) -> i64 {
    (now().unix_timestamp() - unix).max(0) / 86_400
}

fn date(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|at| {
            format!(
                "{:04}-{:02}-{:02}",
                at.year(),
                u8::from(at.month()),
                at.day()
            )
        })
        .unwrap_or_default()
}

/// A programme with its waiting counts on the overview.
pub struct ProgrammeLine {
    id: String,
    name: String,
    kind: String,
    waiting_mentees: u64,
    waiting_mentors: u64,
    registered: u64,
}

#[derive(Template)]
#[template(path = "coordinator_home.html")]
struct HomeTemplate {
    layout: Layout,
    programmes: Vec<ProgrammeLine>,
}

pub async fn home(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let counts = state.store.people_counts(&organisation).await?;
    let programmes = state
        .store
        .list_programmes(&organisation)
        .await?
        .into_iter()
        .map(|programme| ProgrammeLine {
            id: programme.id.to_string(),
            kind: labels::kind(&context.tr, programme.details.kind),
            waiting_mentees: counts.of(&programme.id, Some(Side::Mentee), PersonStatus::Ready),
            waiting_mentors: counts.of(&programme.id, Some(Side::Mentor), PersonStatus::Ready),
            registered: counts.of(&programme.id, None, PersonStatus::Registered),
            name: programme.details.name,
        })
        .collect();
    Ok(render(&HomeTemplate {
        layout: context.layout(context.tr.get("coordinator-title")),
        programmes,
    }))
}

#[derive(Debug, Deserialize, Default)]
pub struct PeopleParams {
    #[serde(default)]
    side: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    page: Option<u32>,
}

/// A person's line in a waiting list.
pub struct PersonLine {
    id: String,
    name: String,
    side: String,
    status: String,
    postal_code: String,
    languages: String,
    waiting_days: String,
}

impl PersonLine {
    fn new(context: &RequestContext, person: &PersonSummary) -> Self {
        let t = &context.tr;
        let languages = SpokenLanguage::parse_list(&person.languages)
            .map(|list| {
                list.iter()
                    .map(|spoken| {
                        format!(
                            "{} ({})",
                            labels::language(t, spoken.language.as_str()),
                            spoken.level.as_str()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        Self {
            id: person.id.clone(),
            name: format!("{} {}", person.first_name, person.last_name),
            side: t.get(&format!("side-{}", person.side)),
            status: labels::person_status(t, &person.status),
            postal_code: person.postal_code.clone(),
            languages,
            waiting_days: t.count(
                "days-waiting",
                u64::try_from(days_since(person.registered_at)).unwrap_or(0),
            ),
        }
    }
}

/// Paging links that keep the current filters.
pub struct Pager {
    pub previous: Option<String>,
    pub next: Option<String>,
    /// "Page 2 of 5 (112 in all)".
    pub position: String,
}

impl Pager {
    pub(crate) fn new<T>(
        t: &crate::i18n::Tr,
        page: &Page<T>,
        link: impl Fn(u32) -> String,
    ) -> Self {
        use fluent_templates::fluent_bundle::FluentValue;
        Self {
            position: t.with(
                "pager-position",
                &[
                    ("page", FluentValue::from(page.page)),
                    ("pages", FluentValue::from(page.page_count())),
                    ("total", FluentValue::from(page.total)),
                ],
            ),
            previous: (page.page > 1).then(|| link(page.page - 1)),
            next: page.has_next().then(|| link(page.page + 1)),
        }
    }
}

#[derive(Template)]
#[template(path = "people.html")]
struct PeopleTemplate {
    layout: Layout,
    programme_id: String,
    programme_name: String,
    side: String,
    status: String,
    q: String,
    statuses: Vec<(&'static str, String)>,
    people: Vec<PersonLine>,
    pager: Pager,
}

fn encode(value: &str) -> String {
    crate::context::url_encode(value)
}

pub async fn people(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    Query(params): Query<PeopleParams>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let programme = state
        .store
        .programme(&organisation, &ProgrammeId::from_string(id))
        .await?;
    let side = Side::parse(&params.side).ok();
    let status = if params.status.is_empty() {
        None
    } else {
        Some(PersonStatus::parse(&params.status).map_err(AppError::from)?)
    };
    let page = state
        .store
        .list_people(
            &organisation,
            &PeopleQuery {
                programme_id: Some(programme.id.clone()),
                side,
                status,
                search: params.q.clone(),
                page: params.page.unwrap_or(1),
                per_page: 25,
            },
        )
        .await?;
    let base = format!(
        "/coordinator/programmes/{}/people?side={}&status={}&q={}",
        programme.id,
        encode(&params.side),
        encode(&params.status),
        encode(&params.q)
    );
    let pager = Pager::new(&context.tr, &page, |number| format!("{base}&page={number}"));
    let t = &context.tr;
    Ok(render(&PeopleTemplate {
        layout: context.layout(t.get("people-title")),
        programme_id: programme.id.to_string(),
        programme_name: programme.details.name,
        side: side.map(Side::as_str).unwrap_or("").to_owned(),
        status: params.status,
        q: params.q,
        statuses: PersonStatus::ALL
            .iter()
            .map(|s| (s.as_str(), labels::person_status(t, s.as_str())))
            .collect(),
        people: page
            .items
            .iter()
            .map(|person| PersonLine::new(&context, person))
            .collect(),
        pager,
    }))
}

#[derive(Template)]
#[template(path = "person.html")]
struct PersonTemplate {
    layout: Layout,
    id: String,
    programme_id: String,
    side: String,
    status: String,
    facts: Vec<(String, String)>,
    notes: String,
    screening: Vec<(&'static str, String)>,
    /// A mentor's trainings (recorded, and attended at any organiser's training events), the
    /// programme's missing ones and the certificate of volunteering; `None` for mentees
    /// (see `pages::programme_rules`).
    trainings: Option<crate::pages::programme_rules::TrainingsSection>,
    /// Birth date, guardian and consent; a mentor's certificate of conduct (see `pages::minors`).
    minors: crate::pages::minors::MinorsSection,
}

pub async fn person(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let person = state
        .store
        .person(&organisation, &PersonId::from_string(id))
        .await?;
    crate::pages::privacy::record(
        &state,
        &context,
        &organisation,
        tandem_store::AuditAction::Viewed,
        &person.id,
    )
    .await?;
    let t = &context.tr;
    let profile = &person.profile;
    let availability: Vec<String> = (0..7)
        .flat_map(|day| (0..3).map(move |slot| (day, slot)))
        .filter(|(day, slot)| profile.availability.contains(*day, *slot))
        .map(|(day, slot)| format!("{} {}", labels::weekday(t, day), labels::slot(t, slot)))
        .collect();
    let place = tandem_core::gazetteer::lookup(&profile.postal_code)
        .map(|place| format!("{} {}", profile.postal_code, place.locality))
        .unwrap_or_else(|| profile.postal_code.to_string());
    let mut facts = vec![
        (t.get("field-email"), profile.email.to_string()),
        (
            t.get("field-phone"),
            profile.phone.clone().unwrap_or_default(),
        ),
        (t.get("field-postal-code"), place),
        (
            t.get("field-birth-year"),
            profile.birth_year.get().to_string(),
        ),
        (
            t.get("field-languages"),
            profile
                .languages
                .iter()
                .map(|spoken| {
                    format!(
                        "{} ({})",
                        labels::language(t, spoken.language.as_str()),
                        spoken.level.as_str()
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            t.get("field-gender"),
            t.get(&format!("gender-{}", profile.gender.as_str())),
        ),
        (
            t.get("field-gender-preference"),
            t.get(&format!(
                "gender-preference-{}",
                profile.gender_preference.as_str()
            )),
        ),
        (t.get("field-availability"), availability.join(", ")),
        (t.get("field-interests"), profile.interests.join(", ")),
        (t.get("field-goals"), profile.goals.join(", ")),
        (t.get("field-profession"), profile.profession.clone()),
        (
            t.get("person-registered"),
            date(person.registered_at.unix_timestamp()),
        ),
        (
            t.get("person-consent"),
            format!(
                "{} · {} · {}",
                person.consent.text_version,
                person.consent.locale,
                date(person.consent.given_at.unix_timestamp())
            ),
        ),
    ];
    let screening = [
        PersonStatus::Screened,
        PersonStatus::Ready,
        PersonStatus::Withdrawn,
        PersonStatus::Registered,
    ]
    .into_iter()
    .filter(|to| person.status.screen_to(*to).is_ok())
    .map(|to| (to.as_str(), t.get(&format!("screen-to-{}", to.as_str()))))
    .collect();
    // Attendance ticked at the door of a training counts for the mentor, whoever ran it, and
    // so do trainings the coordinator recorded.
    let trainings =
        crate::pages::programme_rules::trainings_section(&state, &organisation, &person).await?;
    facts.extend(
        crate::pages::programme_rules::answer_facts(&state, &context, &organisation, &person)
            .await?,
    );
    let minors =
        crate::pages::minors::person_section(&state, &context, &organisation, &person).await?;
    Ok(render(&PersonTemplate {
        layout: context.layout(format!("{} {}", profile.first_name, profile.last_name)),
        id: person.id.to_string(),
        programme_id: person.programme_id.to_string(),
        side: t.get(&format!("side-{}", person.side.as_str())),
        status: labels::person_status(t, person.status.as_str()),
        facts,
        notes: person.coordinator_notes,
        screening,
        trainings,
        minors,
    }))
}

pub async fn screen(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let fields = FormFields::parse(&body);
    let to = PersonStatus::parse(&fields.get("status"))?;
    let id = PersonId::from_string(id);
    state
        .store
        .screen_person(&organisation, &id, to, now())
        .await?;
    crate::pages::privacy::record(
        &state,
        &context,
        &organisation,
        tandem_store::AuditAction::Changed,
        &id,
    )
    .await?;
    Ok(Redirect::to(&format!("/coordinator/people/{id}")).into_response())
}

pub async fn notes(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let fields = FormFields::parse(&body);
    let notes = fields.get("notes");
    if notes.chars().count() > 10_000 {
        return Err(AppError::Invalid {
            field: "notes",
            code: "too-long",
        });
    }
    let id = PersonId::from_string(id);
    state
        .store
        .set_coordinator_notes(&organisation, &id, &notes, now())
        .await?;
    crate::pages::privacy::record(
        &state,
        &context,
        &organisation,
        tandem_store::AuditAction::Changed,
        &id,
    )
    .await?;
    Ok(Redirect::to(&format!("/coordinator/people/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "tandem_new.html")]
struct NewTandemTemplate {
    layout: Layout,
    programme_id: String,
    programme_name: String,
    mentors: Vec<(String, String)>,
    mentees: Vec<(String, String)>,
    /// The mentor and mentee picked before a refusal, selected again (empty on a fresh form).
    chosen_mentor: String,
    chosen_mentee: String,
    error: Option<String>,
}

/// The pair a coordinator picked, kept so a refused form shows again as it was sent.
#[derive(Default)]
struct ChosenPair {
    mentor: String,
    mentee: String,
}

async fn ready_people(
    state: &AppState,
    organisation: &tandem_core::ids::OrganisationId,
    programme: &ProgrammeId,
    side: Side,
) -> Result<Vec<(String, String)>, AppError> {
    // Mentors stay pickable while matched: they may have free places left.
    let statuses: &[PersonStatus] = match side {
        Side::Mentor => &[PersonStatus::Ready, PersonStatus::Matched],
        Side::Mentee => &[PersonStatus::Ready],
    };
    let mut people = Vec::new();
    for status in statuses {
        let page = state
            .store
            .list_people(
                organisation,
                &PeopleQuery {
                    programme_id: Some(programme.clone()),
                    side: Some(side),
                    status: Some(*status),
                    per_page: 200,
                    ..PeopleQuery::default()
                },
            )
            .await?;
        people.extend(page.items.into_iter().map(|person| {
            (
                person.id,
                format!(
                    "{} {} · {}",
                    person.first_name, person.last_name, person.postal_code
                ),
            )
        }));
    }
    Ok(people)
}

async fn new_tandem_page(
    state: &AppState,
    context: &RequestContext,
    programme_id: String,
    chosen: ChosenPair,
    error: Option<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let programme = state
        .store
        .programme(&organisation, &ProgrammeId::from_string(programme_id))
        .await?;
    let template = NewTandemTemplate {
        layout: context.layout(context.tr.get("tandem-new-title")),
        programme_id: programme.id.to_string(),
        mentors: ready_people(state, &organisation, &programme.id, Side::Mentor).await?,
        mentees: ready_people(state, &organisation, &programme.id, Side::Mentee).await?,
        programme_name: programme.details.name,
        chosen_mentor: chosen.mentor,
        chosen_mentee: chosen.mentee,
        error,
    };
    Ok(render(&template))
}

pub async fn new_tandem(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    new_tandem_page(&state, &context, id, ChosenPair::default(), None).await
}

pub async fn create_tandem(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let programme = state
        .store
        .programme(&organisation, &ProgrammeId::from_string(id))
        .await?;
    let fields = FormFields::parse(&body);
    let mentor = PersonId::from_string(fields.get("mentor"));
    let mentee = PersonId::from_string(fields.get("mentee"));
    match state
        .store
        .create_tandem(&organisation, &mentor, &mentee, now())
        .await
    {
        Ok(tandem) => {
            Ok(Redirect::to(&format!("/coordinator/tandems/{}", tandem.id)).into_response())
        }
        Err(error) => match AppError::from(error) {
            AppError::Invalid { code, .. } | AppError::Conflict { code, .. } => {
                let message = labels::field_error(&context.tr, code);
                let chosen = ChosenPair {
                    mentor: mentor.to_string(),
                    mentee: mentee.to_string(),
                };
                let mut response = new_tandem_page(
                    &state,
                    &context,
                    programme.id.to_string(),
                    chosen,
                    Some(message),
                )
                .await?;
                *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
                Ok(response)
            }
            other => Err(other),
        },
    }
}

/// A tandem's line in a list.
pub struct TandemLine {
    id: String,
    programme: String,
    mentor: String,
    mentee: String,
    status: String,
    created: String,
}

impl TandemLine {
    fn new(context: &RequestContext, tandem: &TandemView) -> Self {
        Self {
            id: tandem.id.clone(),
            programme: tandem.programme_name.clone(),
            mentor: tandem.mentor_name.clone(),
            mentee: tandem.mentee_name.clone(),
            status: labels::tandem_status(&context.tr, &tandem.status),
            created: date(tandem.created_at),
        }
    }
}

#[derive(Debug, Deserialize, Default)]
pub struct TandemParams {
    #[serde(default)]
    status: String,
    #[serde(default)]
    programme: String,
    #[serde(default)]
    page: Option<u32>,
}

#[derive(Template)]
#[template(path = "tandems.html")]
struct TandemsTemplate {
    layout: Layout,
    status: String,
    statuses: Vec<(&'static str, String)>,
    tandems: Vec<TandemLine>,
    pager: Pager,
}

pub async fn tandems(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Query(params): Query<TandemParams>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let status = if params.status.is_empty() {
        None
    } else {
        Some(TandemStatus::parse(&params.status)?)
    };
    let programme_id =
        (!params.programme.is_empty()).then(|| ProgrammeId::from_string(params.programme.clone()));
    let page = state
        .store
        .list_tandems(
            &organisation,
            &TandemQuery {
                programme_id,
                status,
                page: params.page.unwrap_or(1),
                per_page: 25,
            },
        )
        .await?;
    let base = format!(
        "/coordinator/tandems?status={}&programme={}",
        encode(&params.status),
        encode(&params.programme)
    );
    let t = &context.tr;
    Ok(render(&TandemsTemplate {
        layout: context.layout(t.get("tandems-title")),
        pager: Pager::new(t, &page, |number| format!("{base}&page={number}")),
        status: params.status,
        statuses: TandemStatus::ALL
            .iter()
            .map(|s| (s.as_str(), labels::tandem_status(t, s.as_str())))
            .collect(),
        tandems: page
            .items
            .iter()
            .map(|tandem| TandemLine::new(&context, tandem))
            .collect(),
    }))
}

#[derive(Template)]
#[template(path = "tandem.html")]
struct TandemTemplate {
    layout: Layout,
    tandem: TandemLine,
    mentor_id: String,
    mentee_id: String,
    accepted: Vec<String>,
    end_reason: Option<String>,
    end_reason_detail: Option<String>,
    end_reason_detail_max: usize,
    actions: Vec<(&'static str, String)>,
    can_end_early: bool,
    end_reasons: Vec<(&'static str, String)>,
    /// The end-early form as the coordinator last sent it (empty at first).
    end_form: EndEarlyForm,
    /// Meetings and volunteer hours (see `pages::followup`).
    followup: crate::pages::followup::TandemFollowupSummary,
    /// Further mentors and mentees: (person id, name, side in words).
    members: Vec<(String, String, String)>,
    /// People who could join while the tandem is open: (person id, name and side).
    candidates: Vec<(String, String)>,
    open: bool,
    member_error: Option<String>,
}

/// What the coordinator chose and typed in the end-early form, and what was wrong with it: a
/// refused form comes back with both (a wrong form keeps what was typed).
#[derive(Debug, Default)]
struct EndEarlyForm {
    reason: String,
    detail: String,
    errors: FieldErrors,
}

fn action_key(action: TandemAction) -> &'static str {
    match action {
        TandemAction::Accept(Side::Mentor) => "accept_mentor",
        TandemAction::Accept(Side::Mentee) => "accept_mentee",
        TandemAction::Decline(Side::Mentor) => "decline_mentor",
        TandemAction::Decline(Side::Mentee) => "decline_mentee",
        TandemAction::Start => "start",
        TandemAction::Pause => "pause",
        TandemAction::Resume => "resume",
        TandemAction::Complete => "complete",
        TandemAction::EndEarly(_) => "end_early",
    }
}

pub async fn tandem(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    tandem_page(&state, &context, id, None, EndEarlyForm::default()).await
}

async fn tandem_page(
    state: &AppState,
    context: &RequestContext,
    id: String,
    member_error: Option<String>,
    end_form: EndEarlyForm,
) -> Result<Response, AppError> {
    let refused = member_error.is_some() || !end_form.errors.is_empty();
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let view = state
        .store
        .tandem(&organisation, &TandemId::from_string(id))
        .await?;
    let t = &context.tr;
    let tandem_id = TandemId::from_string(view.id.clone());
    let followup =
        crate::pages::followup::tandem_summary(&state.store, t, &organisation, &tandem_id).await?;
    let members: Vec<(String, String, String)> = state
        .store
        .tandem_members(&organisation, &tandem_id)
        .await?
        .into_iter()
        .map(|member| {
            let side = t.get(&format!("side-{}", member.side));
            (member.person_id, member.name, side)
        })
        .collect();
    let open = TandemStatus::parse(&view.status)?.is_open();
    let mut candidates = Vec::new();
    if open {
        let programme = ProgrammeId::from_string(view.programme_id.clone());
        for side in [Side::Mentor, Side::Mentee] {
            let label = t.get(&format!("side-{}", side.as_str()));
            for (id, name) in ready_people(state, &organisation, &programme, side).await? {
                let in_tandem = id == view.mentor_id
                    || id == view.mentee_id
                    || members.iter().any(|(member, _, _)| *member == id);
                if !in_tandem {
                    candidates.push((id, format!("{name} · {label}")));
                }
            }
        }
    }
    let mut domain = tandem_core::tandem::Tandem::propose(
        ProgrammeId::from_string(view.programme_id.clone()),
        PersonId::from_string(view.mentor_id.clone()),
        PersonId::from_string(view.mentee_id.clone()),
        now(),
    );
    domain.status = TandemStatus::parse(&view.status)?;
    domain.mentor_accepted = view.mentor_accepted;
    domain.mentee_accepted = view.mentee_accepted;
    let possible = domain.possible_actions();
    let mut accepted = Vec::new();
    if view.mentor_accepted {
        accepted.push(t.get("tandem-mentor-accepted"));
    }
    if view.mentee_accepted {
        accepted.push(t.get("tandem-mentee-accepted"));
    }
    Ok(render(&TandemTemplate {
        layout: context.layout(t.get("tandem-title")),
        tandem: TandemLine::new(context, &view),
        mentor_id: view.mentor_id.clone(),
        mentee_id: view.mentee_id.clone(),
        accepted,
        end_reason: view
            .end_reason
            .as_deref()
            .map(|reason| labels::end_reason(t, reason)),
        end_reason_detail: view.end_reason_detail.clone(),
        end_reason_detail_max: tandem_core::tandem::END_REASON_DETAIL_MAX,
        can_end_early: possible
            .iter()
            .any(|action| matches!(action, TandemAction::EndEarly(_))),
        actions: possible
            .into_iter()
            .filter(|action| !matches!(action, TandemAction::EndEarly(_)))
            .map(|action| (action_key(action), labels::action(t, action_key(action))))
            .collect(),
        end_reasons: EndReason::ALL
            .iter()
            .map(|r| (r.as_str(), labels::end_reason(t, r.as_str())))
            .collect(),
        end_form,
        followup,
        members,
        candidates,
        open,
        member_error,
    }))
    .map(|page| {
        let mut page = page;
        if refused {
            *page.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
        }
        page
    })
}

/// Adds a further mentor or mentee; a refusal shows the tandem again with the rule named.
pub async fn add_tandem_member(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let tandem = TandemId::from_string(id.clone());
    let person = PersonId::from_string(FormFields::parse(&body).get("person"));
    match state
        .store
        .add_tandem_member(&organisation, &tandem, &person, now())
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/coordinator/tandems/{tandem}")).into_response()),
        Err(error) => match AppError::from(error) {
            AppError::Invalid { code, .. } | AppError::Conflict { code, .. } => {
                let message = labels::field_error(&context.tr, code);
                tandem_page(&state, &context, id, Some(message), EndEarlyForm::default()).await
            }
            other => Err(other),
        },
    }
}

pub async fn remove_tandem_member(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path((id, member)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let tandem = TandemId::from_string(id);
    state
        .store
        .remove_tandem_member(
            &organisation,
            &tandem,
            &PersonId::from_string(member),
            now(),
        )
        .await?;
    Ok(Redirect::to(&format!("/coordinator/tandems/{tandem}")).into_response())
}

/// Moves a tandem through its lifecycle. An early end with a wrong reason or text shows the
/// tandem again with the error next to the field and the form as it was sent.
pub async fn tandem_action(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let fields = FormFields::parse(&body);
    let name = fields.get("action");
    let reason = fields.get("end_reason");
    let typed = fields.get("end_reason_detail");
    let parsed = TandemAction::parse(&name, Some(&reason)).and_then(|action| {
        tandem_core::tandem::end_reason_detail(action, &typed).map(|detail| (action, detail))
    });
    let (action, detail) = match parsed {
        Ok(parsed) => parsed,
        Err(DomainError::Invalid { field, code })
            if name.trim() == "end_early"
                && matches!(field, "end_reason" | "end_reason_detail") =>
        {
            let mut errors = FieldErrors::default();
            errors.push(field, labels::field_error(&context.tr, code));
            let form = EndEarlyForm {
                reason,
                detail: typed,
                errors,
            };
            return tandem_page(&state, &context, id, None, form).await;
        }
        Err(other) => return Err(other.into()),
    };
    let id = TandemId::from_string(id);
    state
        .store
        .apply_tandem_action_with_detail(&organisation, &id, action, detail.as_deref(), now())
        .await?;
    Ok(Redirect::to(&format!("/coordinator/tandems/{id}")).into_response())
}
