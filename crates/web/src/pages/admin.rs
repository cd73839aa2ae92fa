//! Organisation admin pages: the organisation's programmes (create, edit) and its staff.

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
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use tandem_core::{
    DomainError,
    ids::ProgrammeId,
    permissions::Action,
    programme::{ProgrammeDetails, ProgrammeKind},
    user::Role,
    values::{Email, LanguageCode},
};
use tandem_store::{NewUser, StoreError};

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

#[derive(Template)]
#[template(path = "admin_programmes.html")]
struct ProgrammesTemplate {
    layout: Layout,
    programmes: Vec<(String, String, String, bool)>,
}

pub async fn programmes(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let programmes = state
        .store
        .list_programmes(&organisation)
        .await?
        .into_iter()
        .map(|p| {
            (
                p.id.to_string(),
                p.details.name,
                labels::kind(&context.tr, p.details.kind),
                p.details.published,
            )
        })
        .collect();
    Ok(render(&ProgrammesTemplate {
        layout: context.layout(context.tr.get("admin-programmes-title")),
        programmes,
    }))
}

/// The programme form's raw values, kept as typed when it comes back with errors.
#[derive(Debug, Clone, Default)]
pub struct ProgrammeForm {
    name: String,
    kind: String,
    description: String,
    region: String,
    languages: String,
    planned_duration_months: String,
    mentor_capacity: String,
    published: bool,
    /// The template a new programme starts from (empty: none); see `pages::programme_rules`.
    template: String,
}

impl ProgrammeForm {
    fn from_fields(fields: &FormFields) -> Self {
        Self {
            template: fields.get("template"),
            name: fields.get("name"),
            kind: fields.get("kind"),
            description: fields.get("description"),
            region: fields.get("region"),
            languages: fields.get("languages"),
            planned_duration_months: fields.get("planned_duration_months"),
            mentor_capacity: fields.get("mentor_capacity"),
            published: fields.checked("published"),
        }
    }
    fn from_details(details: &ProgrammeDetails) -> Self {
        Self {
            name: details.name.clone(),
            kind: details.kind.as_str().to_owned(),
            description: details.description.clone(),
            region: details.region.to_text(),
            languages: details
                .languages
                .iter()
                .map(LanguageCode::as_str)
                .collect::<Vec<_>>()
                .join(","),
            planned_duration_months: details.planned_duration_months.to_string(),
            mentor_capacity: details.mentor_capacity.to_string(),
            published: details.published,
            template: String::new(),
        }
    }
    fn parse(&self) -> Result<ProgrammeDetails, DomainError> {
        ProgrammeDetails::parse(
            &self.name,
            &self.kind,
            &self.description,
            &self.region,
            &self.languages,
            &self.planned_duration_months,
            &self.mentor_capacity,
            self.published,
        )
    }
}

#[derive(Template)]
#[template(path = "admin_programme_form.html")]
struct ProgrammeFormTemplate {
    layout: Layout,
    action: String,
    form: ProgrammeForm,
    kinds: Vec<(&'static str, String)>,
    /// Offered on a new programme only.
    templates: Vec<(&'static str, String)>,
    errors: FieldErrors,
}

fn form_page(
    context: &RequestContext,
    action: String,
    form: ProgrammeForm,
    errors: FieldErrors,
) -> Response {
    let title = if action.ends_with("/programmes") {
        "admin-programme-new"
    } else {
        "admin-programme-edit"
    };
    let failed = !errors.is_empty();
    let mut response = render(&ProgrammeFormTemplate {
        layout: context.layout(context.tr.get(title)),
        action,
        form,
        kinds: ProgrammeKind::ALL
            .iter()
            .map(|k| (k.as_str(), labels::kind(&context.tr, *k)))
            .collect(),
        templates: if title == "admin-programme-new" {
            crate::pages::programme_rules::template_choices(&context.tr)
        } else {
            Vec::new()
        },
        errors,
    });
    if failed {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    response
}

#[derive(Debug, serde::Deserialize)]
pub struct TemplateQuery {
    #[serde(default)]
    template: String,
}

pub async fn new_programme(
    Extension(context): Extension<RequestContext>,
    axum::extract::Query(query): axum::extract::Query<TemplateQuery>,
) -> Result<Response, AppError> {
    context.organisation_for(Action::AdministerOrganisation)?;
    let mut form = ProgrammeForm {
        kind: "buddy".into(),
        planned_duration_months: "6".into(),
        mentor_capacity: "1".into(),
        languages: "de".into(),
        ..ProgrammeForm::default()
    };
    // A template fills in the kind and the duration; its rules follow on creation.
    if let Ok(template) = tandem_core::programme_rules::Template::parse(&query.template) {
        form.kind = template.kind().as_str().to_owned();
        form.planned_duration_months = template.duration_months().to_string();
        form.template = template.as_str().to_owned();
    }
    Ok(form_page(
        &context,
        "/admin/programmes".into(),
        form,
        FieldErrors::default(),
    ))
}

fn field_errors(context: &RequestContext, error: &DomainError) -> FieldErrors {
    let mut errors = FieldErrors::default();
    if let DomainError::Invalid { field, code } = error {
        errors.push(field, labels::field_error(&context.tr, code));
    }
    errors
}

pub async fn create_programme(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let form = ProgrammeForm::from_fields(&FormFields::parse(&body));
    let template = match form.template.trim() {
        "" => Ok(None),
        raw => tandem_core::programme_rules::Template::parse(raw).map(Some),
    };
    match form.parse().and_then(|details| Ok((details, template?))) {
        Ok((details, template)) => {
            let programme = state
                .store
                .create_programme(&organisation, &details, now())
                .await?;
            if let Some(template) = template {
                state
                    .store
                    .set_programme_rules(&organisation, &programme.id, &template.rules(), now())
                    .await?;
                return Ok(
                    Redirect::to(&format!("/admin/programmes/{}/rules", programme.id))
                        .into_response(),
                );
            }
            Ok(Redirect::to("/admin/programmes").into_response())
        }
        Err(error) => Ok(form_page(
            &context,
            "/admin/programmes".into(),
            form,
            field_errors(&context, &error),
        )),
    }
}

pub async fn edit_programme(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let programme = state
        .store
        .programme(&organisation, &ProgrammeId::from_string(id))
        .await?;
    let action = format!("/admin/programmes/{}", programme.id);
    Ok(form_page(
        &context,
        action,
        ProgrammeForm::from_details(&programme.details),
        FieldErrors::default(),
    ))
}

pub async fn update_programme(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let id = ProgrammeId::from_string(id);
    // Another organisation's programme is "not found" before the form is even looked at.
    state.store.programme(&organisation, &id).await?;
    let form = ProgrammeForm::from_fields(&FormFields::parse(&body));
    match form.parse() {
        Ok(details) => {
            state
                .store
                .update_programme(&organisation, &id, &details, now())
                .await?;
            Ok(Redirect::to("/admin/programmes").into_response())
        }
        Err(error) => Ok(form_page(
            &context,
            format!("/admin/programmes/{id}"),
            form,
            field_errors(&context, &error),
        )),
    }
}

#[derive(Template)]
#[template(path = "admin_staff.html")]
struct StaffTemplate {
    layout: Layout,
    staff: Vec<(String, String, String)>,
    name: String,
    email: String,
    role: String,
    errors: FieldErrors,
}

async fn staff_page(
    state: &AppState,
    context: &RequestContext,
    (name, email, role): (String, String, String),
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let staff = state
        .store
        .list_staff(&organisation)
        .await?
        .into_iter()
        .map(|user| {
            (
                user.display_name,
                user.email.to_string(),
                context.tr.get(&format!("role-{}", user.role.as_str())),
            )
        })
        .collect();
    let failed = !errors.is_empty();
    let mut response = render(&StaffTemplate {
        layout: context.layout(context.tr.get("admin-staff-title")),
        staff,
        name,
        email,
        role,
        errors,
    });
    if failed {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

pub async fn staff(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    staff_page(
        &state,
        &context,
        (String::new(), String::new(), "coordinator".into()),
        FieldErrors::default(),
    )
    .await
}

pub async fn create_staff(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let fields = FormFields::parse(&body);
    let (name, email, role, password) = (
        fields.get("name"),
        fields.get("email"),
        fields.get("role"),
        fields.get("password"),
    );
    let t = &context.tr;
    let mut errors = FieldErrors::default();
    if name.trim().chars().count() < 2 {
        errors.push("name", labels::field_error(t, "too-short"));
    }
    let parsed_email = Email::parse(&email);
    if parsed_email.is_err() {
        errors.push("email", labels::field_error(t, "email"));
    }
    let parsed_role = match Role::parse(&role) {
        Ok(role @ (Role::Coordinator | Role::OrgAdmin)) => Some(role),
        _ => {
            errors.push("role", labels::field_error(t, "choice"));
            None
        }
    };
    if let Err(tandem_core::DomainError::Invalid { code, .. }) =
        tandem_core::user::check_password_strength(&password)
    {
        errors.push("password", labels::field_error(t, code));
    }
    if let (Ok(email_value), Some(role_value), true) =
        (parsed_email, parsed_role, errors.is_empty())
    {
        let new = NewUser {
            email: email_value,
            display_name: name.trim().to_owned(),
            role: role_value,
            organisation_id: Some(organisation),
            password_hash: crate::auth::hash_password(&password)?,
            locale: t.locale.code.to_owned(),
        };
        match state.store.create_user(&new, now()).await {
            Ok(_) => return Ok(Redirect::to("/admin/coordinators").into_response()),
            Err(StoreError::Conflict { .. }) => {
                errors.push("email", labels::field_error(t, "taken"))
            }
            Err(other) => return Err(other.into()),
        }
    }
    staff_page(&state, &context, (name, email, role), errors).await
}
