//! Events: the public calendar, an event's page with registration, the personal page behind the
//! cancel link, iCalendar files; and for organisers their events, the form, the list at the door
//! and the CSV of registrations.

use crate::{
    AppState,
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
    Extension,
    body::Bytes,
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use fluent_templates::fluent_bundle::FluentValue;
use tandem_core::{
    DomainError,
    event::{Attendee, Event, EventForm, EventKind, RegistrationStatus, to_local},
    ids::{EventId, OrganisationId, RegistrationId},
};
use tandem_store::{EventSummary, NewMail, Promoted, StoreError};

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// "Thu 3 Dec 2026, 18:00–20:00" in German local time (numbers only, so it reads in any language).
fn when(event: &Event) -> String {
    let start = to_local(event.details.starts_at);
    let end = to_local(event.details.ends_at);
    format!(
        "{:02}.{:02}.{}, {:02}:{:02}–{:02}:{:02}",
        start.day(),
        u8::from(start.month()),
        start.year(),
        start.hour(),
        start.minute(),
        end.hour(),
        end.minute()
    )
}

fn kind_label(t: &Tr, kind: EventKind) -> String {
    t.get(&format!("event-kind-{}", kind.as_str()))
}

/// Every key `kind_label` can build, for the catalogue test.
pub fn kind_keys() -> Vec<String> {
    EventKind::ALL
        .iter()
        .map(|kind| format!("event-kind-{}", kind.as_str()))
        .collect()
}

/// An event as lists show it.
pub struct EventCard {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub when: String,
    pub place: String,
    pub organiser: String,
    /// "12 places left" or "Fully booked – waiting list".
    pub places: String,
    pub published: bool,
}

impl EventCard {
    fn new(t: &Tr, summary: &EventSummary) -> Self {
        let details = &summary.event.details;
        let free = details.capacity.saturating_sub(summary.confirmed);
        Self {
            id: summary.event.id.to_string(),
            title: details.title.clone(),
            kind: kind_label(t, details.kind),
            when: when(&summary.event),
            place: if details.place.is_empty() {
                t.get("event-online")
            } else {
                details.place.clone()
            },
            organiser: summary
                .organiser
                .clone()
                .unwrap_or_else(|| t.get("event-alliance")),
            places: if free > 0 {
                t.count("event-places-left", u64::from(free))
            } else {
                t.count("event-fully-booked", u64::from(summary.waiting))
            },
            published: details.published,
        }
    }
}

#[derive(Template)]
#[template(path = "events.html")]
struct EventsTemplate {
    layout: Layout,
    events: Vec<EventCard>,
}

pub async fn events(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    let t = &context.tr;
    let events = state
        .store
        .upcoming_events(None, now())
        .await?
        .iter()
        .map(|summary| EventCard::new(t, summary))
        .collect();
    Ok(render(&EventsTemplate {
        layout: context.layout(t.get("events-title")),
        events,
    }))
}

/// One line of a conference's programme.
pub struct SessionLine {
    pub time: String,
    pub title: String,
    pub speakers: String,
}

/// What was typed into the registration form.
#[derive(Debug, Clone, Default)]
pub struct RegistrationForm {
    pub name: String,
    pub email: String,
    pub organisation_name: String,
    pub accessibility_needs: String,
}

#[derive(Template)]
#[template(path = "event.html")]
struct EventTemplate {
    layout: Layout,
    id: String,
    kind: String,
    when: String,
    place: String,
    online_url: String,
    description: String,
    organiser: String,
    sessions: Vec<SessionLine>,
    form: RegistrationForm,
    errors: FieldErrors,
}

pub async fn event_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let event = state
        .store
        .published_event(&EventId::from_string(id))
        .await?;
    event_response(
        &state,
        &context,
        &event,
        RegistrationForm::default(),
        FieldErrors::default(),
    )
    .await
}

async fn event_response(
    state: &AppState,
    context: &RequestContext,
    event: &Event,
    form: RegistrationForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let t = &context.tr;
    let organiser = match &event.organisation_id {
        Some(organisation) => state.store.organisation(organisation).await?.name,
        None => t.get("event-alliance"),
    };
    let details = &event.details;
    let sessions = event
        .sessions
        .iter()
        .map(|session| {
            let (start, end) = (to_local(session.starts_at), to_local(session.ends_at));
            SessionLine {
                time: format!(
                    "{:02}:{:02}–{:02}:{:02}",
                    start.hour(),
                    start.minute(),
                    end.hour(),
                    end.minute()
                ),
                title: session.title.clone(),
                speakers: session.speakers.clone(),
            }
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = render(&EventTemplate {
        layout: context.layout(details.title.clone()),
        id: event.id.to_string(),
        kind: kind_label(t, details.kind),
        when: when(event),
        place: details.place.clone(),
        online_url: details.online_url.clone(),
        description: details.description.clone(),
        organiser,
        sessions,
        form,
        errors,
    });
    Ok((status, page).into_response())
}

/// Registers for an event: confirmed while places are free, else on the waiting list; either way
/// a mail with the personal cancel link goes out. The same address twice is refused politely.
pub async fn register(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let event = state
        .store
        .published_event(&EventId::from_string(id))
        .await?;
    let fields = FormFields::parse(&body);
    let form = RegistrationForm {
        name: fields.get("name"),
        email: fields.get("email"),
        organisation_name: fields.get("organisation_name"),
        accessibility_needs: fields.get("accessibility_needs"),
    };
    let t = &context.tr;
    let attendee = match Attendee::parse(
        &form.name,
        &form.email,
        &form.organisation_name,
        &form.accessibility_needs,
    ) {
        Ok(attendee) => attendee,
        Err(problems) => {
            let mut errors = FieldErrors::default();
            for problem in problems {
                if let DomainError::Invalid { field, code } = problem {
                    errors.push(field, labels::field_error(t, code));
                }
            }
            return event_response(&state, &context, &event, form, errors).await;
        }
    };
    let token = new_token();
    let registered = match state
        .store
        .register_for_event(
            &event.id,
            &attendee,
            t.locale.code,
            &token_hash(&token),
            now(),
        )
        .await
    {
        Ok(registered) => registered,
        Err(StoreError::Conflict { .. }) => {
            let mut errors = FieldErrors::default();
            errors.push("email", t.get("event-already-registered"));
            return event_response(&state, &context, &event, form, errors).await;
        }
        Err(other) => return Err(other.into()),
    };
    let link = format!("{}/events/registration/{token}", state.config.public_url);
    let body = match registered.waiting_position {
        None => t.with(
            "mail-event-confirmed-body",
            &[
                ("name", FluentValue::from(attendee.name.clone())),
                ("event", FluentValue::from(event.details.title.clone())),
                ("when", FluentValue::from(when(&event))),
                ("link", FluentValue::from(link)),
            ],
        ),
        Some(position) => t.with(
            "mail-event-waiting-body",
            &[
                ("name", FluentValue::from(attendee.name.clone())),
                ("event", FluentValue::from(event.details.title.clone())),
                ("position", FluentValue::from(position)),
                ("link", FluentValue::from(link)),
            ],
        ),
    };
    let subject = t.with(
        "mail-event-subject",
        &[("event", FluentValue::from(event.details.title.clone()))],
    );
    state
        .store
        .queue_mail(
            &NewMail {
                organisation: event.organisation_id.as_ref(),
                recipient: attendee.email.as_str(),
                reply_to: None,
                locale: t.locale.code,
                subject: &without_isolation(&subject),
                body: &without_isolation(&body),
            },
            now(),
        )
        .await?;
    Ok(Redirect::to(&format!("/events/registration/{token}")).into_response())
}

#[derive(Template)]
#[template(path = "event_registration.html")]
struct RegistrationTemplate {
    layout: Layout,
    token: String,
    event_id: String,
    when: String,
    /// What stands: confirmed, waiting at place N, or cancelled.
    standing: String,
    cancellable: bool,
}

/// The personal page behind the link in the confirmation mail.
pub async fn registration_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let found = state
        .store
        .registration_by_token(&token_hash(&token))
        .await?;
    let t = &context.tr;
    let standing = match (found.status, found.waiting_position) {
        (RegistrationStatus::Confirmed, _) => t.get("event-you-are-confirmed"),
        (RegistrationStatus::Waiting, position) => t.with(
            "event-you-are-waiting",
            &[("position", FluentValue::from(position.unwrap_or(1)))],
        ),
        (RegistrationStatus::Cancelled, _) => t.get("event-you-cancelled"),
    };
    let page = render(&RegistrationTemplate {
        layout: context.layout(found.event.details.title.clone()),
        event_id: found.event.id.to_string(),
        when: when(&found.event),
        standing,
        cancellable: found.status != RegistrationStatus::Cancelled,
        token,
    });
    // The page carries a secret link: never cache it, never send it on as a referrer.
    Ok((
        [
            (header::CACHE_CONTROL, "no-store"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        page,
    )
        .into_response())
}

/// Cancels; the first on the waiting list moves up and is told by mail in their language.
pub async fn cancel(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let cancelled = state
        .store
        .cancel_registration(&token_hash(&token), now())
        .await?;
    if !cancelled.promoted.is_empty() {
        let event = state.store.published_event(&cancelled.event_id).await?;
        tell_promoted(&state, &event, &cancelled.promoted).await?;
    }
    Ok(Redirect::to(&format!("/events/registration/{token}")).into_response())
}

/// Tells each person who moved up from the waiting list, by mail in their language.
async fn tell_promoted(
    state: &AppState,
    event: &Event,
    promoted: &[Promoted],
) -> Result<(), AppError> {
    for person in promoted {
        let t = Tr::new(Locale::find(&person.locale).unwrap_or(DEFAULT_LOCALE));
        let body = t.with(
            "mail-event-promoted-body",
            &[
                ("name", FluentValue::from(person.name.clone())),
                ("event", FluentValue::from(event.details.title.clone())),
                ("when", FluentValue::from(when(event))),
            ],
        );
        let subject = t.with(
            "mail-event-subject",
            &[("event", FluentValue::from(event.details.title.clone()))],
        );
        state
            .store
            .queue_mail(
                &NewMail {
                    organisation: event.organisation_id.as_ref(),
                    recipient: &person.email,
                    reply_to: None,
                    locale: t.locale.code,
                    subject: &without_isolation(&subject),
                    body: &without_isolation(&body),
                },
                now(),
            )
            .await?;
    }
    Ok(())
}

fn calendar_response(body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        body,
    )
        .into_response()
}

/// One event as an `.ics` file.
pub async fn event_ics(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id = id.trim_end_matches(".ics");
    let event = state
        .store
        .published_event(&EventId::from_string(id))
        .await?;
    let name = event.details.title.clone();
    Ok(calendar_response(crate::ics::calendar(
        &[event],
        &state.config.public_url,
        &name,
    )))
}

/// An organisation's upcoming events as a calendar feed to subscribe to.
pub async fn organisation_feed(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let organisation = state
        .store
        .organisation(&OrganisationId::from_string(id))
        .await?;
    let mut events = Vec::new();
    for summary in state
        .store
        .upcoming_events(Some(Some(&organisation.id)), now())
        .await?
    {
        events.push(state.store.published_event(&summary.event.id).await?);
    }
    Ok(calendar_response(crate::ics::calendar(
        &events,
        &state.config.public_url,
        &organisation.name,
    )))
}

#[derive(Template)]
#[template(path = "staff_events.html")]
struct StaffEventsTemplate {
    layout: Layout,
    events: Vec<EventCard>,
}

/// The organiser's events, published or not.
pub async fn staff_events(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    let actor = context.actor()?;
    let owner = actor.event_owner().map_err(|_| AppError::Forbidden)?;
    let t = &context.tr;
    let events = state
        .store
        .owned_events(owner)
        .await?
        .iter()
        .map(|summary| EventCard::new(t, summary))
        .collect();
    Ok(render(&StaffEventsTemplate {
        layout: context.layout(t.get("staff-events-title")),
        events,
    }))
}

#[derive(Template)]
#[template(path = "event_form.html")]
struct EventFormTemplate {
    layout: Layout,
    action: String,
    form: EventForm,
    kinds: Vec<(&'static str, String)>,
    errors: FieldErrors,
}

fn event_form_page(
    context: &RequestContext,
    action: String,
    form: EventForm,
    errors: FieldErrors,
) -> Response {
    let t = &context.tr;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = render(&EventFormTemplate {
        layout: context.layout(t.get("event-form-title")),
        action,
        form,
        kinds: EventKind::ALL
            .iter()
            .map(|kind| (kind.as_str(), kind_label(t, *kind)))
            .collect(),
        errors,
    });
    (status, page).into_response()
}

pub async fn new_event(
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    context
        .actor()?
        .event_owner()
        .map_err(|_| AppError::Forbidden)?;
    let form = EventForm {
        capacity: "30".to_owned(),
        ..EventForm::default()
    };
    Ok(event_form_page(
        &context,
        "/staff/events".to_owned(),
        form,
        FieldErrors::default(),
    ))
}

pub async fn edit_event(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let actor = context.actor()?;
    let owner = actor.event_owner().map_err(|_| AppError::Forbidden)?;
    let event = state
        .store
        .owned_event(owner, &EventId::from_string(id))
        .await?;
    Ok(event_form_page(
        &context,
        format!("/staff/events/{}/edit", event.id),
        EventForm::from_event(&event),
        FieldErrors::default(),
    ))
}

fn event_form_from(fields: &FormFields) -> EventForm {
    EventForm {
        kind: fields.get("kind"),
        title: fields.get("title"),
        description: fields.get("description"),
        date: fields.get("date"),
        start_time: fields.get("start_time"),
        end_time: fields.get("end_time"),
        place: fields.get("place"),
        online_url: fields.get("online_url"),
        capacity: fields.get("capacity"),
        sessions: fields.get("sessions"),
        published: fields.checked("published").then(|| "on".to_owned()),
    }
}

fn form_errors(t: &Tr, errors: &tandem_core::event::FormErrors) -> FieldErrors {
    let mut shown = FieldErrors::default();
    for error in &errors.fields {
        if let DomainError::Invalid { field, code } = error {
            shown.push(field, labels::field_error(t, code));
        }
    }
    if !errors.session_lines.is_empty() {
        let lines = errors
            .session_lines
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        shown.push(
            "sessions",
            t.with(
                "error-field-session-lines",
                &[("lines", FluentValue::from(lines))],
            ),
        );
    }
    shown
}

pub async fn create_event(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    body: Bytes,
) -> Result<Response, AppError> {
    let actor = context.actor()?;
    let owner = actor.event_owner().map_err(|_| AppError::Forbidden)?;
    let form = event_form_from(&FormFields::parse(&body));
    match form.parse() {
        Ok((details, sessions)) => {
            let event = state
                .store
                .create_event(owner, &details, &sessions, now())
                .await?;
            Ok(Redirect::to(&format!("/staff/events/{}", event.id)).into_response())
        }
        Err(errors) => Ok(event_form_page(
            &context,
            "/staff/events".to_owned(),
            form,
            form_errors(&context.tr, &errors),
        )),
    }
}

pub async fn update_event(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let actor = context.actor()?;
    let owner = actor.event_owner().map_err(|_| AppError::Forbidden)?;
    let id = EventId::from_string(id);
    state.store.owned_event(owner, &id).await?;
    let form = event_form_from(&FormFields::parse(&body));
    match form.parse() {
        Ok((details, sessions)) => {
            let promoted = state
                .store
                .update_event(owner, &id, &details, &sessions, now())
                .await?;
            if !promoted.is_empty() {
                let event = state.store.owned_event(owner, &id).await?;
                tell_promoted(&state, &event, &promoted).await?;
            }
            Ok(Redirect::to(&format!("/staff/events/{id}")).into_response())
        }
        Err(errors) => Ok(event_form_page(
            &context,
            format!("/staff/events/{id}/edit"),
            form,
            form_errors(&context.tr, &errors),
        )),
    }
}

/// One registration on the list at the door.
pub struct DoorLine {
    pub id: String,
    pub name: String,
    pub organisation_name: String,
    pub accessibility_needs: String,
    pub status: String,
    pub confirmed: bool,
    pub attended: bool,
}

#[derive(Template)]
#[template(path = "staff_event.html")]
struct StaffEventTemplate {
    layout: Layout,
    id: String,
    card: EventCard,
    lines: Vec<DoorLine>,
    /// "3 of 20 present".
    present: String,
}

/// The list at the door: confirmed people first with a tick each, then the waiting list.
pub async fn staff_event(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let actor = context.actor()?;
    let owner = actor.event_owner().map_err(|_| AppError::Forbidden)?;
    let id = EventId::from_string(id);
    let t = &context.tr;
    let summary = state
        .store
        .owned_events(owner)
        .await?
        .into_iter()
        .find(|summary| summary.event.id == id)
        .ok_or(AppError::NotFound)?;
    let mut lines: Vec<DoorLine> = state
        .store
        .event_registrations(owner, &id)
        .await?
        .into_iter()
        .filter(|row| row.status != "cancelled")
        .map(|row| DoorLine {
            confirmed: row.status == "confirmed",
            status: t.get(&format!("event-status-{}", row.status)),
            id: row.id,
            name: row.name,
            organisation_name: row.organisation_name,
            accessibility_needs: row.accessibility_needs,
            attended: row.attended,
        })
        .collect();
    lines.sort_by_key(|line| !line.confirmed);
    let present = t.count(
        "event-present",
        lines.iter().filter(|line| line.attended).count() as u64,
    );
    Ok(render(&StaffEventTemplate {
        layout: context.layout(summary.event.details.title.clone()),
        id: id.to_string(),
        card: EventCard::new(t, &summary),
        lines,
        present,
    }))
}

/// Ticks someone off at the door (or takes it back); back to the list at their line.
pub async fn attendance(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path((id, registration)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let actor = context.actor()?;
    let owner = actor.event_owner().map_err(|_| AppError::Forbidden)?;
    let id = EventId::from_string(id);
    let attended = FormFields::parse(&body).get("attended") == "yes";
    state
        .store
        .set_attended(
            owner,
            &id,
            &RegistrationId::from_string(registration.clone()),
            attended,
            now(),
        )
        .await?;
    Ok(Redirect::to(&format!("/staff/events/{id}#r-{registration}")).into_response())
}

/// The registrations as CSV for the organiser; cells that a spreadsheet would run as a formula
/// are defused with a leading apostrophe.
pub async fn registrations_csv(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let actor = context.actor()?;
    let owner = actor.event_owner().map_err(|_| AppError::Forbidden)?;
    let id = EventId::from_string(id);
    let rows = state.store.event_registrations(owner, &id).await?;
    let t = &context.tr;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = [
        "csv-name",
        "csv-email",
        "csv-organisation",
        "csv-accessibility",
        "csv-status",
        "csv-attended",
        "csv-registered-at",
    ]
    .map(|key| without_isolation(&t.get(key)));
    writer
        .write_record(&header)
        .map_err(|error| AppError::Internal(error.into()))?;
    for row in rows {
        let registered = time::OffsetDateTime::from_unix_timestamp(row.registered_at)
            .map(|at| {
                let at = to_local(at);
                format!(
                    "{}-{:02}-{:02} {:02}:{:02}",
                    at.year(),
                    u8::from(at.month()),
                    at.day(),
                    at.hour(),
                    at.minute()
                )
            })
            .unwrap_or_default();
        let record = [
            row.name,
            row.email,
            row.organisation_name,
            row.accessibility_needs,
            without_isolation(&t.get(&format!("event-status-{}", row.status))),
            if row.attended { "1" } else { "0" }.to_owned(),
            registered,
        ]
        .map(|cell| defuse(&cell));
        writer
            .write_record(&record)
            .map_err(|error| AppError::Internal(error.into()))?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| AppError::Internal(anyhow::anyhow!("csv: {error}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"registrations-{id}.csv\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

/// Prefixes cells starting with `=`, `+`, `-`, `@`, tab or CR so spreadsheets show them as text.
fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// The keys built at run time here, for the catalogue test.
pub fn dynamic_keys() -> Vec<String> {
    let mut keys = kind_keys();
    keys.extend(
        ["confirmed", "waiting", "cancelled"]
            .iter()
            .map(|status| format!("event-status-{status}")),
    );
    keys
}
