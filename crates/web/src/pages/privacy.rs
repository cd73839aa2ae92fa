//! Data protection for coordinators and organisation admins: a person's complete data as JSON
//! (GDPR Art. 15/20), erasure (Art. 17), and the audit trail of who viewed, changed, exported or
//! erased whom. Every access to a person's data goes through [`record`].

use crate::{
    AppState,
    context::RequestContext,
    error::AppError,
    forms::FormFields,
    templates::{Layout, render},
};
use askama::Template;
use axum::{
    Extension,
    body::Bytes,
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Redirect, Response},
};
use tandem_core::{
    ids::{OrganisationId, PersonId},
    permissions::Action,
    person::PersonStatus,
};
use tandem_store::AuditAction;

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// Writes one line of the audit trail for the signed-in user.
pub async fn record(
    state: &AppState,
    context: &RequestContext,
    organisation: &OrganisationId,
    action: AuditAction,
    person: &PersonId,
) -> Result<(), AppError> {
    let actor = context
        .user
        .as_ref()
        .map(|user| (&user.id, user.display_name.as_str()));
    state
        .store
        .audit(organisation, actor, action, person, now())
        .await?;
    Ok(())
}

/// The person's complete data as a JSON download.
pub async fn export(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let id = PersonId::from_string(id);
    let may_inspect = context
        .organisation_for(Action::InspectCertificates)
        .is_ok();
    let body = crate::pages::consent::export_json(&state, &organisation, &id, may_inspect).await?;
    record(&state, &context, &organisation, AuditAction::Exported, &id).await?;
    // A copy handed out by staff answers an access request: it goes on the list as done.
    state
        .store
        .open_data_request(
            &organisation,
            &id,
            tandem_core::consent::RequestKind::Access,
            false,
            true,
            now(),
        )
        .await?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"tandem-person-{id}.json\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// Erases the person's personal data. Needs the confirmation box, and no open tandem.
pub async fn erase(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let id = PersonId::from_string(id);
    let person = state.store.person(&organisation, &id).await?;
    if !FormFields::parse(&body).checked("confirm") {
        return Err(AppError::Invalid {
            field: "confirm",
            code: "required",
        });
    }
    if person.status == PersonStatus::Matched {
        return Err(AppError::Conflict {
            field: "status",
            code: "open-tandem",
        });
    }
    state.store.erase_person(&organisation, &id, now()).await?;
    record(&state, &context, &organisation, AuditAction::Erased, &id).await?;
    for kind in [
        tandem_core::consent::RequestKind::Erasure,
        tandem_core::consent::RequestKind::EndParticipation,
    ] {
        state
            .store
            .complete_data_requests(&organisation, &id, kind, now())
            .await?;
    }
    Ok(Redirect::to(&format!(
        "/coordinator/programmes/{}/people",
        person.programme_id
    ))
    .into_response())
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditTemplate {
    layout: Layout,
    entries: Vec<(String, String, String, String)>,
}

/// The organisation's audit trail, for its admin.
pub async fn audit_trail(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let t = &context.tr;
    let entries = state
        .store
        .audit_trail(&organisation, None, 500)
        .await?
        .into_iter()
        .map(|entry| {
            let at = time::OffsetDateTime::from_unix_timestamp(entry.at)
                .map(|at| {
                    format!(
                        "{:04}-{:02}-{:02} {:02}:{:02}",
                        at.year(),
                        u8::from(at.month()),
                        at.day(),
                        at.hour(),
                        at.minute()
                    )
                })
                .unwrap_or_default();
            (
                at,
                entry.actor_name,
                t.get(&format!("audit-action-{}", entry.action)),
                entry.person_id,
            )
        })
        .collect();
    Ok(render(&AuditTemplate {
        layout: context.layout(t.get("audit-title")),
        entries,
    }))
}
