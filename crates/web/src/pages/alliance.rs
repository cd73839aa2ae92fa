//! Alliance pages: onboarding organisations and statewide counts. The alliance sees aggregates
//! only, never a person.

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
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use tandem_core::{DomainError, person::PersonStatus, tandem::TandemStatus};
use tandem_store::StoreError;

#[derive(Template)]
#[template(path = "alliance.html")]
struct AllianceTemplate {
    layout: Layout,
    organisations: Vec<(String, String)>,
    programmes_line: String,
    people: Vec<(String, i64)>,
    tandems: Vec<(String, i64)>,
    name: String,
    city: String,
    errors: FieldErrors,
}

fn require_alliance(context: &RequestContext) -> Result<(), AppError> {
    if context.actor()?.may_administer_alliance() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

async fn page(
    state: &AppState,
    context: &RequestContext,
    name: String,
    city: String,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    require_alliance(context)?;
    let t = &context.tr;
    let counts = state.store.statewide_counts().await?;
    let failed = !errors.is_empty();
    let mut response = render(&AllianceTemplate {
        layout: context.layout(t.get("alliance-title")),
        organisations: state
            .store
            .list_organisations()
            .await?
            .into_iter()
            .map(|org| (org.name, org.city))
            .collect(),
        programmes_line: t.count(
            "alliance-programmes",
            u64::try_from(counts.programmes).unwrap_or(0),
        ),
        people: PersonStatus::ALL
            .iter()
            .map(|s| {
                (
                    labels::person_status(t, s.as_str()),
                    counts.people(s.as_str()),
                )
            })
            .collect(),
        tandems: TandemStatus::ALL
            .iter()
            .map(|s| {
                (
                    labels::tandem_status(t, s.as_str()),
                    counts.tandems(s.as_str()),
                )
            })
            .collect(),
        name,
        city,
        errors,
    });
    if failed {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

pub async fn home(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    page(
        &state,
        &context,
        String::new(),
        String::new(),
        FieldErrors::default(),
    )
    .await
}

pub async fn create_organisation(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    body: Bytes,
) -> Result<Response, AppError> {
    require_alliance(&context)?;
    let fields = FormFields::parse(&body);
    let (name, city) = (fields.get("name"), fields.get("city"));
    let mut errors = FieldErrors::default();
    match state
        .store
        .create_organisation(&name, &city, time::OffsetDateTime::now_utc())
        .await
    {
        Ok(_) => return Ok(Redirect::to("/alliance").into_response()),
        Err(StoreError::Conflict { field }) => {
            errors.push(field, labels::field_error(&context.tr, "taken"))
        }
        Err(StoreError::Domain(DomainError::Invalid { field, code })) => {
            errors.push(field, labels::field_error(&context.tr, code));
        }
        Err(other) => return Err(other.into()),
    }
    page(&state, &context, name, city, errors).await
}
