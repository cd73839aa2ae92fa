//! Template structs (askama, compiled into the binary) and the shared page layout.

use crate::{
    context::RequestContext,
    i18n::{LOCALES_OFFERED, Locale, Tr},
};
use askama::Template;
use axum::{
    http::StatusCode,
    response::{Html, IntoResponse, Response},
};
use tandem_core::user::Role;

/// What the layout around every page needs.
#[derive(Debug, Clone)]
pub struct Layout {
    pub t: Tr,
    pub title: String,
    pub lang: &'static str,
    pub dir: &'static str,
    pub path: String,
    pub user_name: Option<String>,
    pub nav: Vec<(String, &'static str)>,
    pub locales: &'static [Locale],
}

impl Layout {
    pub fn new(context: &RequestContext, title: String) -> Self {
        let t = context.tr.clone();
        let mut nav = vec![
            (t.get("nav-home"), "/"),
            (t.get("nav-map"), "/map"),
            (t.get("nav-events"), "/events"),
        ];
        if let Some(user) = &context.user {
            match user.role {
                Role::Coordinator => {
                    nav.push((t.get("nav-coordinator"), "/coordinator"));
                    nav.push((t.get("nav-tandems"), "/coordinator/tandems"));
                    nav.push((t.get("nav-at-risk"), "/coordinator/at-risk"));
                    nav.push((t.get("nav-requests"), "/coordinator/requests"));
                    nav.push((t.get("nav-staff-events"), "/staff/events"));
                }
                Role::OrgAdmin => {
                    nav.push((t.get("nav-coordinator"), "/coordinator"));
                    nav.push((t.get("nav-tandems"), "/coordinator/tandems"));
                    nav.push((t.get("nav-at-risk"), "/coordinator/at-risk"));
                    nav.push((t.get("nav-requests"), "/coordinator/requests"));
                    nav.push((t.get("nav-programmes"), "/admin/programmes"));
                    nav.push((t.get("nav-staff"), "/admin/coordinators"));
                    nav.push((t.get("nav-audit"), "/admin/audit"));
                    nav.push((t.get("nav-profile"), "/admin/profile"));
                    nav.push((t.get("nav-staff-events"), "/staff/events"));
                }
                Role::AllianceAdmin => {
                    nav.push((t.get("nav-alliance"), "/alliance"));
                    nav.push((t.get("nav-staff-events"), "/staff/events"));
                }
                Role::Mentor | Role::Mentee => {}
            }
        }
        Self {
            lang: t.locale.code,
            dir: t.locale.dir(),
            title,
            path: context.path.clone(),
            user_name: context.user.as_ref().map(|user| user.display_name.clone()),
            nav,
            locales: LOCALES_OFFERED,
            t,
        }
    }
}

/// Renders a template; a rendering failure is logged and answered with a bare 500.
pub fn render<T: Template>(template: &T) -> Response {
    match template.render() {
        Ok(body) => Html(body).into_response(),
        Err(error) => {
            tracing::error!(error = %error, "template failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// A form field error, shown next to its field.
#[derive(Debug, Clone, Default)]
pub struct FieldErrors(pub Vec<(String, String)>);

impl FieldErrors {
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, message)| message.as_str())
    }
    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn push(&mut self, field: &str, message: String) {
        if !self.has(field) {
            self.0.push((field.to_owned(), message));
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorTemplate {
    pub layout: Layout,
    pub message: String,
}
