//! Consent and data requests: the person's own "my data" page behind a personal link (see their
//! data, download it, give or withdraw consent per purpose, ask for erasure), the coordinator's
//! consent record per person, and the organisation's list of requests with their deadlines.

use crate::{
    AppState,
    auth::{new_token, token_hash},
    context::RequestContext,
    error::AppError,
    forms::FormFields,
    i18n::{Locale, Tr, without_isolation},
    labels,
    pages::privacy::record,
    templates::{Layout, render},
};
use askama::Template;
use axum::{
    Extension, Router,
    body::Bytes,
    extract::{Path, Query, State},
    http::header,
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use fluent_templates::fluent_bundle::FluentValue;
use tandem_core::{
    consent::{
        self, ConsentChannel, ConsentEvent, ConsentGiver, ConsentPurpose, RequestKind, Withdrawal,
    },
    ids::{OrganisationId, PersonId},
    permissions::Action,
    person::Person,
};
use tandem_store::{AuditAction, ConsentChange, NewMail};

/// This module's routes, merged into the application router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/me/{token}", get(my_data))
        .route("/me/{token}/consents", post(my_consent))
        .route("/me/{token}/export.json", get(my_export))
        .route("/me/{token}/erasure", post(my_erasure))
        .route(
            "/coordinator/people/{id}/consents",
            get(consents_page).post(record_consent),
        )
        .route("/coordinator/requests", get(requests_page))
        .route("/coordinator/requests/{id}/done", post(request_done))
}

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

fn day(at: time::OffsetDateTime) -> String {
    let local = tandem_core::event::to_local(at);
    format!(
        "{:04}-{:02}-{:02}",
        local.year(),
        u8::from(local.month()),
        local.day()
    )
}

/// Every key this module builds from a code, for the catalogue test.
pub fn dynamic_keys() -> Vec<String> {
    let mut keys: Vec<String> = ConsentPurpose::ALL
        .iter()
        .flat_map(|p| {
            [
                format!("consent-purpose-{}", p.as_str()),
                format!("consent-purpose-{}-hint", p.as_str()),
            ]
        })
        .collect();
    keys.extend(
        ConsentChannel::ALL
            .iter()
            .map(|c| format!("consent-channel-{}", c.as_str())),
    );
    keys.extend(["person", "guardian"].map(|g| format!("consent-by-{g}")));
    keys.extend(["access", "erasure", "end_participation"].map(|k| format!("request-kind-{k}")));
    keys
}

/// One purpose as a page shows it.
pub struct PurposeLine {
    pub purpose: &'static str,
    pub label: String,
    pub hint: String,
    pub given: bool,
    /// "given on … (web form, person)" or "withdrawn on …", or "never asked".
    pub state: String,
}

fn describe(t: &Tr, event: Option<&ConsentEvent>) -> String {
    match event {
        None => t.get("consent-state-none"),
        Some(event) => t.with(
            if event.given {
                "consent-state-given"
            } else {
                "consent-state-withdrawn"
            },
            &[
                ("date", FluentValue::from(day(event.at))),
                (
                    "channel",
                    FluentValue::from(
                        t.get(&format!("consent-channel-{}", event.channel.as_str())),
                    ),
                ),
                (
                    "by",
                    FluentValue::from(t.get(&format!("consent-by-{}", event.by.as_str()))),
                ),
                ("version", FluentValue::from(event.text_version.clone())),
            ],
        ),
    }
}

/// The consent given at registration, as the first event.
fn registration_event(person: &Person) -> ConsentEvent {
    ConsentEvent {
        purpose: ConsentPurpose::Participation,
        given: true,
        by: ConsentGiver::Person,
        channel: ConsentChannel::WebForm,
        text_version: person.consent.text_version.clone(),
        locale: person.consent.locale.clone(),
        at: person.consent.given_at,
    }
}

fn purpose_lines(t: &Tr, person: &Person, events: &[ConsentEvent]) -> Vec<PurposeLine> {
    let registration = registration_event(person);
    ConsentPurpose::ALL
        .into_iter()
        .map(|purpose| {
            let latest = consent::current(purpose, Some(&registration), events);
            PurposeLine {
                purpose: purpose.as_str(),
                label: t.get(&format!("consent-purpose-{}", purpose.as_str())),
                hint: t.get(&format!("consent-purpose-{}-hint", purpose.as_str())),
                given: latest.as_ref().is_some_and(|event| event.given),
                state: describe(t, latest.as_ref()),
            }
        })
        .collect()
}

/// After a registration: the optional consents ticked on the form, the "my data" link, and a
/// confirmation mail carrying it in the person's language.
pub async fn after_registration(
    state: &AppState,
    context: &RequestContext,
    organisation: &OrganisationId,
    person: &Person,
    programme_name: &str,
    fields: &FormFields,
) -> Result<(), AppError> {
    let at = person.consent.given_at;
    for purpose in ConsentPurpose::OPTIONAL {
        if fields.checked(&format!("consent_{}", purpose.as_str())) {
            state
                .store
                .change_consent(
                    organisation,
                    &person.id,
                    &ConsentChange {
                        purpose,
                        given: true,
                        by: ConsentGiver::Person,
                        channel: ConsentChannel::WebForm,
                        text_version: &person.consent.text_version,
                        locale: &person.consent.locale,
                        recorded_by: None,
                    },
                    at,
                )
                .await?;
        }
    }
    let token = new_token();
    state
        .store
        .set_self_service_link(organisation, &person.id, &token_hash(&token), at)
        .await?;
    let t = &context.tr;
    let link = format!(
        "{}/me/{token}",
        state.config.public_url.trim_end_matches('/')
    );
    let body = t.with(
        "mail-registered-body",
        &[
            ("name", FluentValue::from(person.profile.first_name.clone())),
            ("programme", FluentValue::from(programme_name.to_owned())),
            ("link", FluentValue::from(link)),
        ],
    );
    let subject = t.with(
        "mail-registered-subject",
        &[("programme", FluentValue::from(programme_name.to_owned()))],
    );
    state
        .store
        .queue_mail(
            &NewMail {
                organisation: Some(organisation),
                recipient: person.profile.email.as_str(),
                reply_to: None,
                locale: t.locale.code,
                subject: &without_isolation(&subject),
                body: &without_isolation(&body),
            },
            at,
        )
        .await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "me.html")]
struct MyDataTemplate {
    layout: Layout,
    token: String,
    facts: Vec<(String, String)>,
    purposes: Vec<PurposeLine>,
    erasure_requested: Option<String>,
    notice: Option<String>,
}

/// The person behind a link, in their organisation, with the link's language.
async fn owner(state: &AppState, token: &str) -> Result<(OrganisationId, Person), AppError> {
    let owner = state.store.self_service_owner(&token_hash(token)).await?;
    let person = state
        .store
        .person(&owner.organisation_id, &owner.person_id)
        .await?;
    Ok((owner.organisation_id, person))
}

/// A personal page keeps its secret link out of caches and referrers.
fn private(page: Response) -> Response {
    (
        [
            (header::CACHE_CONTROL, "no-store"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        page,
    )
        .into_response()
}

/// `?lang=` on a personal page: the language switcher's choice.
#[derive(Debug, Default, serde::Deserialize)]
pub struct LangQuery {
    #[serde(default)]
    lang: Option<String>,
}

async fn my_data_page(
    state: &AppState,
    context: &RequestContext,
    token: &str,
    chosen_language: bool,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let (organisation, person) = owner(state, token).await?;
    // The page speaks the person's stored language unless they chose another one on it.
    let mut context = context.clone();
    if !chosen_language && let Some(locale) = Locale::find(&person.profile.locale) {
        context.tr = Tr::new(locale);
    }
    let t = context.tr.clone();
    let events = state
        .store
        .consent_events(&organisation, &person.id)
        .await?;
    let requests = state.store.data_requests(&organisation).await?;
    let erasure_requested = requests
        .iter()
        .find(|request| {
            request.person_id == person.id
                && request.kind == RequestKind::Erasure
                && request.completed_at.is_none()
        })
        .map(|request| {
            t.with(
                "me-erasure-requested",
                &[
                    ("received", FluentValue::from(day(request.received_at))),
                    ("due", FluentValue::from(day(request.due_at))),
                ],
            )
        });
    let profile = &person.profile;
    let facts = vec![
        (
            t.get("field-name"),
            format!("{} {}", profile.first_name, profile.last_name),
        ),
        (t.get("field-email"), profile.email.to_string()),
        (
            t.get("field-phone"),
            profile.phone.clone().unwrap_or_default(),
        ),
        (t.get("field-postal-code"), profile.postal_code.to_string()),
        (
            t.get("me-status"),
            labels::person_status(&t, person.status.as_str()),
        ),
        (t.get("person-registered"), day(person.registered_at)),
    ];
    // The answers given at registration belong to what the person sees of their data.
    let facts = facts
        .into_iter()
        .chain(
            crate::pages::programme_rules::answer_facts(state, &context, &organisation, &person)
                .await?,
        )
        .collect();
    Ok(private(render(&MyDataTemplate {
        layout: context.layout(t.get("me-title")),
        token: token.to_owned(),
        facts,
        purposes: purpose_lines(&t, &person, &events),
        erasure_requested,
        notice,
    })))
}

pub async fn my_data(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
    Query(query): Query<LangQuery>,
) -> Result<Response, AppError> {
    my_data_page(&state, &context, &token, query.lang.is_some(), None).await
}

/// Gives or withdraws one purpose; withdrawing taking part acts at once (see `change_consent`).
pub async fn my_consent(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let (organisation, person) = owner(&state, &token).await?;
    let fields = FormFields::parse(&body);
    let purpose = ConsentPurpose::parse(&fields.get("purpose"))?;
    let given = fields.get("given") == "yes";
    let effect = state
        .store
        .change_consent(
            &organisation,
            &person.id,
            &ConsentChange {
                purpose,
                given,
                by: ConsentGiver::Person,
                channel: ConsentChannel::WebForm,
                text_version: &state.config.consent_text_version,
                locale: context.tr.locale.code,
                recorded_by: None,
            },
            now(),
        )
        .await?;
    state
        .store
        .audit(&organisation, None, AuditAction::Changed, &person.id, now())
        .await?;
    let notice = match effect {
        Withdrawal::LeavePool => Some(context.tr.get("me-withdrawn-left")),
        Withdrawal::CoordinatorMustEndTandem => Some(context.tr.get("me-withdrawn-tandem")),
        Withdrawal::RecordOnly => Some(context.tr.get("saved")),
    };
    my_data_page(&state, &context, &token, true, notice).await
}

/// The person's complete data as JSON; recorded as an access request answered at once.
pub async fn my_export(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (organisation, person) = owner(&state, &token).await?;
    state
        .store
        .open_data_request(
            &organisation,
            &person.id,
            RequestKind::Access,
            true,
            true,
            now(),
        )
        .await?;
    state
        .store
        .audit(
            &organisation,
            None,
            AuditAction::Exported,
            &person.id,
            now(),
        )
        .await?;
    let body = export_json(&state, &organisation, &person.id, true).await?;
    Ok(private(
        (
            [
                (
                    header::CONTENT_TYPE,
                    "application/json; charset=utf-8".to_owned(),
                ),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"my-data.json\"".to_owned(),
                ),
            ],
            body,
        )
            .into_response(),
    ))
}

/// Everything stored about a person: the store's export plus what other parts of the product
/// keep about them — consent events, a minor's details and guardian, a mentor's certificate of
/// conduct record, trainings, and the diary entries they wrote. `with_certificate_entry` says
/// whether the reader may see the certificate record's facts: the person themself and staff
/// allowed to inspect certificates may; other staff learn only that a record is on file, as on
/// the person's page.
pub async fn export_json(
    state: &AppState,
    organisation: &OrganisationId,
    person: &PersonId,
    with_certificate_entry: bool,
) -> Result<String, AppError> {
    let export = state.store.export_person(organisation, person).await?;
    let mut value = serde_json::to_value(&export).map_err(anyhow::Error::from)?;
    let events = state.store.consent_events(organisation, person).await?;
    let minor = state.store.minor_details(organisation, person).await?;
    let certificate = state
        .store
        .certificate(organisation, person)
        .await?
        .map(|record| {
            if with_certificate_entry {
                serde_json::json!({
                    "inspected_on": record.inspected_on.to_string(),
                    "certificate_dated": record.certificate_dated.to_string(),
                    "relevant_entry": record.relevant_entry,
                    "inspected_by": record.inspected_by.as_str(),
                })
            } else {
                serde_json::json!({ "on_file": true })
            }
        });
    let trainings: Vec<serde_json::Value> = state
        .store
        .mentor_trainings(organisation, person)
        .await?
        .into_iter()
        .map(|training| {
            serde_json::json!({
                "title": training.record.title,
                "held_on": training.record.held_on.to_string(),
                "attended": training.record.attended,
                "source": training.source,
            })
        })
        .collect();
    // Diary entries are the author's: the mentor's own, in every tandem they were a mentor of.
    let mentor_tandems = export
        .tandems
        .iter()
        .filter(|tandem| tandem.role == "mentor")
        .map(|tandem| tandem.id.clone())
        .chain(
            export
                .memberships
                .iter()
                .filter(|membership| membership.side == "mentor")
                .map(|membership| membership.tandem_id.clone()),
        );
    let mut diary = Vec::new();
    for tandem in mentor_tandems {
        let tandem = tandem_core::ids::TandemId::from_string(tandem);
        for record in state
            .store
            .mentor_diary(organisation, &tandem, person)
            .await?
        {
            diary.push(serde_json::json!({
                "tandem_id": tandem.as_str(),
                "met_on": record.entry.met_on.to_string(),
                "minutes": record.entry.minutes,
                "activities": record.entry.activities,
                "how_it_went": record.entry.how_it_went,
                "comment": record.comment,
                "written_at": record.created_at.unix_timestamp(),
            }));
        }
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("consent_events".to_owned(), json_value(&events)?);
        object.insert("minor_details".to_owned(), json_value(&minor)?);
        object.insert(
            "conduct_certificate".to_owned(),
            certificate.unwrap_or(serde_json::Value::Null),
        );
        object.insert("trainings".to_owned(), serde_json::Value::Array(trainings));
        object.insert("diary_entries".to_owned(), serde_json::Value::Array(diary));
    }
    Ok(serde_json::to_string_pretty(&value).map_err(anyhow::Error::from)?)
}

fn json_value<T: serde::Serialize>(value: &T) -> Result<serde_json::Value, AppError> {
    Ok(serde_json::to_value(value).map_err(anyhow::Error::from)?)
}

/// Asks for erasure: the organisation has a month; the page shows the deadline.
pub async fn my_erasure(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let (organisation, person) = owner(&state, &token).await?;
    if !FormFields::parse(&body).checked("confirm") {
        let notice = context.tr.get("me-erasure-confirm-missing");
        return my_data_page(&state, &context, &token, true, Some(notice)).await;
    }
    let open = state
        .store
        .data_requests(&organisation)
        .await?
        .into_iter()
        .any(|request| {
            request.person_id == person.id
                && request.kind == RequestKind::Erasure
                && request.completed_at.is_none()
        });
    if !open {
        state
            .store
            .open_data_request(
                &organisation,
                &person.id,
                RequestKind::Erasure,
                true,
                false,
                now(),
            )
            .await?;
    }
    my_data_page(&state, &context, &token, true, None).await
}

#[derive(Template)]
#[template(path = "consents.html")]
struct ConsentsTemplate {
    layout: Layout,
    id: String,
    purposes: Vec<PurposeLine>,
    history: Vec<(String, String, String)>,
    channels: Vec<(&'static str, String)>,
    notice: Option<String>,
}

async fn consents_view(
    state: &AppState,
    context: &RequestContext,
    organisation: &OrganisationId,
    id: &PersonId,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let person = state.store.person(organisation, id).await?;
    let t = &context.tr;
    let events = state.store.consent_events(organisation, id).await?;
    let registration = registration_event(&person);
    let history = std::iter::once(&registration)
        .chain(events.iter())
        .rev()
        .map(|event| {
            (
                day(event.at),
                t.get(&format!("consent-purpose-{}", event.purpose.as_str())),
                describe(t, Some(event)),
            )
        })
        .collect();
    Ok(render(&ConsentsTemplate {
        layout: context.layout(format!(
            "{} {}",
            person.profile.first_name, person.profile.last_name
        )),
        id: id.to_string(),
        purposes: purpose_lines(t, &person, &events),
        history,
        channels: ConsentChannel::RECORDED_BY_STAFF
            .iter()
            .map(|c| {
                (
                    c.as_str(),
                    t.get(&format!("consent-channel-{}", c.as_str())),
                )
            })
            .collect(),
        notice,
    }))
}

pub async fn consents_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let id = PersonId::from_string(id);
    record(&state, &context, &organisation, AuditAction::Viewed, &id).await?;
    consents_view(&state, &context, &organisation, &id, None).await
}

/// A coordinator records a consent given or withdrawn on paper, in person or by e-mail.
pub async fn record_consent(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let user = context.user.clone().ok_or(AppError::Unauthenticated)?;
    let id = PersonId::from_string(id);
    // Another organisation's person is "not found" before any field is looked at.
    state.store.person(&organisation, &id).await?;
    let fields = FormFields::parse(&body);
    let purpose = ConsentPurpose::parse(&fields.get("purpose"))?;
    let by = ConsentGiver::parse(&fields.get("given_by"))?;
    let channel = ConsentChannel::parse(&fields.get("channel"))?;
    if channel == ConsentChannel::WebForm {
        return Err(AppError::Invalid {
            field: "channel",
            code: "choice",
        });
    }
    let effect = state
        .store
        .change_consent(
            &organisation,
            &id,
            &ConsentChange {
                purpose,
                given: fields.get("given") == "yes",
                by,
                channel,
                text_version: &state.config.consent_text_version,
                locale: context.tr.locale.code,
                recorded_by: Some(&user.id),
            },
            now(),
        )
        .await?;
    record(&state, &context, &organisation, AuditAction::Changed, &id).await?;
    let notice = match effect {
        Withdrawal::LeavePool => context.tr.get("consent-effect-left"),
        Withdrawal::CoordinatorMustEndTandem => context.tr.get("consent-effect-tandem"),
        Withdrawal::RecordOnly => context.tr.get("saved"),
    };
    consents_view(&state, &context, &organisation, &id, Some(notice)).await
}

/// One request on the organisation's list.
pub struct RequestLine {
    pub id: String,
    pub person_id: String,
    pub person: String,
    pub kind: String,
    pub source: String,
    pub received: String,
    pub due: String,
    pub overdue: bool,
    pub completed: Option<String>,
}

#[derive(Template)]
#[template(path = "requests.html")]
struct RequestsTemplate {
    layout: Layout,
    open: Vec<RequestLine>,
    done: Vec<RequestLine>,
}

pub async fn requests_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let t = &context.tr;
    let at = now();
    let (open, done): (Vec<RequestLine>, Vec<RequestLine>) = state
        .store
        .data_requests(&organisation)
        .await?
        .into_iter()
        .map(|request| RequestLine {
            id: request.id,
            person_id: request.person_id.to_string(),
            person: match request.person_name.trim() {
                "" => t.get("requests-erased-person"),
                name => name.to_owned(),
            },
            kind: t.get(&format!("request-kind-{}", request.kind.as_str())),
            source: t.get(if request.self_service {
                "requests-source-self"
            } else {
                "requests-source-staff"
            }),
            received: day(request.received_at),
            due: day(request.due_at),
            overdue: request.completed_at.is_none() && request.due_at < at,
            completed: request.completed_at.map(day),
        })
        .partition(|line| line.completed.is_none());
    Ok(render(&RequestsTemplate {
        layout: context.layout(t.get("requests-title")),
        open,
        done,
    }))
}

/// Marks a request as answered (an access request answered by post, a tandem ended, …).
pub async fn request_done(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let request = state
        .store
        .data_requests(&organisation)
        .await?
        .into_iter()
        .find(|request| request.id == id && request.completed_at.is_none())
        .ok_or(AppError::NotFound)?;
    state
        .store
        .complete_data_requests(&organisation, &request.person_id, request.kind, now())
        .await?;
    Ok(Redirect::to("/coordinator/requests").into_response())
}
