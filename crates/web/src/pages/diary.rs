//! Mentors' diaries: the mentor writes an entry after a meeting through the personal meeting-log
//! link (`/meetings/{token}/diary`, the link of `pages::followup`, no second mechanism), and the
//! coordinator reads the tandem's diary and comments on entries. The mentee never sees it. In a
//! tandem with several mentors each writes and reads their own entries through their own link.
//!
//! Rules are `tandem_core::diary`; SQL is `tandem_store::diary`.

use crate::{
    AppState,
    auth::token_hash,
    context::RequestContext,
    error::AppError,
    forms::FormFields,
    i18n::{Locale, Tr},
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
use serde::Deserialize;
use tandem_core::{
    DomainError,
    diary::{self, DiaryForm},
    event::to_local,
    followup::iso_date,
    ids::TandemId,
    permissions::Action,
};
use tandem_store::{DiaryRecord, FollowupLink};

/// This module's routes, merged into the application router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/meetings/{token}/diary",
            get(mentor_diary).post(write_entry),
        )
        .route("/coordinator/tandems/{id}/diary", get(tandem_diary))
        .route(
            "/coordinator/tandems/{id}/diary/{entry}/comment",
            post(comment),
        )
}

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

fn today() -> time::Date {
    to_local(now()).date()
}

fn field_errors(t: &Tr, problems: &[DomainError]) -> FieldErrors {
    let mut errors = FieldErrors::default();
    for problem in problems {
        if let DomainError::Invalid { field, code } = problem {
            errors.push(field, labels::field_error(t, code));
        }
    }
    errors
}

/// One entry as both pages show it.
pub struct EntryLine {
    id: String,
    /// On the coordinator's page: "Written by Jonas Beispiel" (a tandem may have several mentors).
    author: String,
    date: String,
    duration: String,
    activities: String,
    how_it_went: String,
    comment: Option<String>,
    /// "Comment by Maria, 2026-11-24".
    comment_meta: String,
    /// On the coordinator's page: what is in the comment box, and why it was refused.
    typed: String,
    error: Option<String>,
}

impl EntryLine {
    fn new(t: &Tr, record: &DiaryRecord) -> Self {
        Self {
            id: record.id.clone(),
            author: t.arg("diary-written-by", &record.mentor_name),
            date: iso_date(record.entry.met_on),
            duration: t.count("diary-minutes", u64::from(record.entry.minutes)),
            activities: record.entry.activities.clone(),
            how_it_went: record.entry.how_it_went.clone(),
            comment: record.comment.clone(),
            comment_meta: match (&record.commented_by, record.commented_at) {
                (Some(name), Some(at)) => format!(
                    "{} · {}",
                    t.arg("diary-comment-by", name),
                    iso_date(to_local(at).date())
                ),
                _ => String::new(),
            },
            typed: record.comment.clone().unwrap_or_default(),
            error: None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The mentor's page, behind the personal link
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Deserialize, Default)]
pub struct PersonalQuery {
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    saved: Option<String>,
}

#[derive(Template)]
#[template(path = "diary_mentor.html")]
struct MentorTemplate {
    layout: Layout,
    token: String,
    intro: String,
    saved: bool,
    /// `None` while the tandem does not run (before the start, after the end).
    form: Option<DiaryForm>,
    started: String,
    today: String,
    errors: FieldErrors,
    entries: Vec<EntryLine>,
}

/// The mentor's link of a tandem in a programme that keeps diaries; anything else is 404.
async fn mentor_link(state: &AppState, token: &str) -> Result<FollowupLink, AppError> {
    let link = state.store.followup_link(&token_hash(token), true).await?;
    diary::may_write(link.side)?;
    let programme = state
        .store
        .programme(&link.organisation_id, &link.programme_id)
        .await?;
    if !diary::uses_diary(programme.details.kind) {
        return Err(AppError::NotFound);
    }
    Ok(link)
}

/// A personal page speaks the person's stored language unless they chose another with `?lang=`.
fn personal_context(context: &RequestContext, locale: &str, chosen: bool) -> RequestContext {
    let mut personal = context.clone();
    if !chosen {
        personal.tr = Tr::new(Locale::find(locale).unwrap_or(context.tr.locale));
    }
    personal
}

/// Personal pages carry a secret in their address: never cached, never passed on as referrer.
fn private_page(status: StatusCode, page: Response) -> Response {
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

async fn mentor_page(
    state: &AppState,
    context: &RequestContext,
    token: String,
    link: &FollowupLink,
    form: Option<DiaryForm>,
    errors: FieldErrors,
    saved: bool,
) -> Result<Response, AppError> {
    let t = &context.tr;
    // A mentor reads only their own entries: with several mentors, each one's diary is private
    // to its author and the coordinators.
    let records = state
        .store
        .mentor_diary(&link.organisation_id, &link.tandem_id, &link.person_id)
        .await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let running = link.takes_meetings();
    let page = render(&MentorTemplate {
        layout: context.layout(t.arg("diary-title", &link.other_first_name)),
        intro: t.arg("diary-hello", &link.first_name),
        token,
        saved,
        form: running.then(|| form.unwrap_or_else(|| DiaryForm::suggested(today()))),
        started: link.started_on.map(iso_date).unwrap_or_default(),
        today: iso_date(today()),
        errors,
        entries: records.iter().map(|r| EntryLine::new(t, r)).collect(),
    });
    Ok(private_page(status, page))
}

pub async fn mentor_diary(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
    Query(query): Query<PersonalQuery>,
) -> Result<Response, AppError> {
    let link = mentor_link(&state, &token).await?;
    let context = personal_context(&context, &link.locale, query.lang.is_some());
    mentor_page(
        &state,
        &context,
        token,
        &link,
        None,
        FieldErrors::default(),
        query.saved.is_some(),
    )
    .await
}

pub async fn write_entry(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
    Query(query): Query<PersonalQuery>,
    body: Bytes,
) -> Result<Response, AppError> {
    let link = mentor_link(&state, &token).await?;
    let context = personal_context(&context, &link.locale, query.lang.is_some());
    let (true, Some(started)) = (link.takes_meetings(), link.started_on) else {
        return Err(AppError::Conflict {
            field: "tandem",
            code: "tandem-not-running",
        });
    };
    let fields = FormFields::parse(&body);
    let form = DiaryForm {
        date: fields.get("date"),
        minutes: fields.get("minutes"),
        activities: fields.get("activities"),
        how_it_went: fields.get("how_it_went"),
    };
    match form.parse(today(), started) {
        Ok(entry) => {
            state
                .store
                .add_diary_entry(
                    &link.organisation_id,
                    &link.tandem_id,
                    &link.person_id,
                    &entry,
                    now(),
                )
                .await?;
            Ok(private_page(
                StatusCode::SEE_OTHER,
                Redirect::to(&format!("/meetings/{token}/diary?saved=1")).into_response(),
            ))
        }
        Err(problems) => {
            let errors = field_errors(&context.tr, &problems);
            mentor_page(&state, &context, token, &link, Some(form), errors, false).await
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The coordinator's page
// ---------------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "diary_tandem.html")]
struct TandemTemplate {
    layout: Layout,
    tandem_id: String,
    mentor: String,
    mentee: String,
    entries: Vec<EntryLine>,
}

async fn tandem_page(
    state: &AppState,
    context: &RequestContext,
    id: String,
    failed: Option<(String, String, String)>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let view = state
        .store
        .tandem(&organisation, &TandemId::from_string(id))
        .await?;
    let tandem = TandemId::from_string(view.id.clone());
    let t = &context.tr;
    let records = state.store.diary(&organisation, &tandem).await?;
    let status = if failed.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut page = render(&TandemTemplate {
        layout: context.layout(t.get("diary-coordinator-title")),
        tandem_id: view.id,
        mentor: view.mentor_name,
        mentee: view.mentee_name,
        entries: records
            .iter()
            .map(|record| {
                let mut line = EntryLine::new(t, record);
                if let Some((entry, typed, message)) = &failed
                    && *entry == line.id
                {
                    line.typed = typed.clone();
                    line.error = Some(message.clone());
                }
                line
            })
            .collect(),
    });
    *page.status_mut() = status;
    Ok(page)
}

pub async fn tandem_diary(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    tandem_page(&state, &context, id, None).await
}

pub async fn comment(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path((id, entry)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let user = context.user.as_ref().ok_or(AppError::Unauthenticated)?;
    let tandem = TandemId::from_string(id);
    // The tandem first: another organisation's is 404 whatever the comment says.
    state.store.tandem(&organisation, &tandem).await?;
    let typed = FormFields::parse(&body).get("comment");
    match diary::parse_comment(&typed) {
        Ok(comment) => {
            state
                .store
                .comment_diary_entry(&organisation, &tandem, &entry, &comment, &user.id, now())
                .await?;
            Ok(Redirect::to(&format!(
                "/coordinator/tandems/{tandem}/diary#entry-{entry}"
            ))
            .into_response())
        }
        Err(DomainError::Invalid { code, .. }) => {
            let message = labels::field_error(&context.tr, code);
            tandem_page(
                &state,
                &context,
                tandem.to_string(),
                Some((entry, typed, message)),
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
