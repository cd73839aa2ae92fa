//! The start and end surveys behind the personal link in the mail (`/survey/{token}`): the
//! standard questions of the programme's template (mentees) and the programme's own survey
//! questions, in the person's language, without a password. Answering again replaces the
//! answers. The questions are `tandem_core::survey`; the SQL `tandem_store::surveys`; the job
//! that mails the links is `pages::followup::followup_mails`.

use crate::{
    AppState,
    auth::token_hash,
    context::RequestContext,
    error::AppError,
    forms::FormFields,
    i18n::Tr,
    labels,
    pages::followup::{PersonalQuery, now, personal_context, private_page},
    pages::programme_rules::{QuestionView, views_of},
    templates::{FieldErrors, Layout, render},
};
use askama::Template;
use axum::{
    Extension, Router,
    body::Bytes,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use fluent_templates::fluent_bundle::FluentValue;
use tandem_core::survey::{StandardQuestion, SurveyKind, questions_for};
use tandem_store::{FollowupLink, LinkPurpose};

/// This module's routes, merged into the application router.
pub fn routes() -> Router<AppState> {
    Router::new().route("/survey/{token}", get(survey).post(answer_survey))
}

/// One standard question on the page.
pub struct StandardView {
    field: String,
    text: String,
    /// Five choices (1–5) rather than a number field.
    scale: bool,
    /// (value, label) of the five choices.
    choices: Vec<(String, String)>,
    value: String,
}

#[derive(Template)]
#[template(path = "survey.html")]
struct SurveyTemplate {
    layout: Layout,
    intro: String,
    token: String,
    saved: bool,
    standard: Vec<StandardView>,
    questions: Vec<QuestionView>,
    errors: FieldErrors,
}

/// The words of a standard question (and of its scale's ends), for pages and dashboards.
pub fn standard_label(t: &Tr, question: StandardQuestion) -> String {
    t.get(&format!("survey-question-{}", question.as_str()))
}

/// Every key this module builds, for the catalogue test.
pub fn dynamic_keys() -> Vec<String> {
    let mut keys: Vec<String> = StandardQuestion::ALL
        .iter()
        .map(|q| format!("survey-question-{}", q.as_str()))
        .collect();
    for survey in SurveyKind::ALL {
        keys.push(format!("survey-title-{}", survey.as_str()));
        keys.push(format!("mail-survey-{}-subject", survey.as_str()));
        keys.push(format!("mail-survey-{}-body", survey.as_str()));
    }
    keys.extend(["range-1-5", "range-0-100"].map(|code| format!("error-field-{code}")));
    keys
}

fn survey_kind(link: &FollowupLink) -> Result<SurveyKind, AppError> {
    match link.purpose {
        LinkPurpose::Survey(kind) => Ok(kind),
        _ => Err(AppError::NotFound),
    }
}

/// The page, with `values` giving what to show in each field (stored or just typed).
fn survey_page(
    context: &RequestContext,
    token: String,
    link: &FollowupLink,
    rules: &tandem_core::programme_rules::ProgrammeRules,
    values: &dyn Fn(&str) -> Vec<String>,
    errors: FieldErrors,
    saved: bool,
) -> Result<Response, AppError> {
    let t = &context.tr;
    let kind = survey_kind(link)?;
    let asked = questions_for(rules, link.side);
    let standard = asked
        .standard
        .iter()
        .map(|question| {
            let field = question.field();
            StandardView {
                text: standard_label(t, *question),
                scale: question.is_scale(),
                choices: (1..=5)
                    .map(|value| (value.to_string(), value.to_string()))
                    .collect(),
                value: values(&field).join(""),
                field,
            }
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = render(&SurveyTemplate {
        layout: context.layout(t.get(&format!("survey-title-{}", kind.as_str()))),
        intro: t.with(
            "survey-hello",
            &[
                ("name", FluentValue::from(link.first_name.clone())),
                ("other", FluentValue::from(link.other_first_name.clone())),
            ],
        ),
        token,
        saved,
        standard,
        questions: views_of(asked.own.into_iter(), t.locale.code, values),
        errors,
    });
    Ok(private_page(status, page))
}

/// The survey behind the link in the mail; filled in when answered before.
pub async fn survey(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
    Query(query): Query<PersonalQuery>,
) -> Result<Response, AppError> {
    let link = state.store.survey_link(&token_hash(&token)).await?;
    let context = personal_context(&context, &link.locale, query.lang.is_some());
    let rules = state
        .store
        .programme_rules(&link.organisation_id, &link.programme_id)
        .await?;
    let answers = state.store.survey_answers_by_link(&link).await?;
    let values = |field: &str| -> Vec<String> {
        if let Some((_, score)) = answers.standard.iter().find(|(q, _)| q.field() == field) {
            return vec![score.to_string()];
        }
        answers
            .own
            .iter()
            .find(|(id, _)| format!("q_{id}") == field)
            .map(|(_, answer)| answer.split(',').map(str::to_owned).collect())
            .unwrap_or_default()
    };
    survey_page(
        &context,
        token,
        &link,
        &rules,
        &values,
        FieldErrors::default(),
        query.saved.is_some(),
    )
}

/// Saves the answers; the same link again replaces them.
pub async fn answer_survey(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
    Query(query): Query<PersonalQuery>,
    body: Bytes,
) -> Result<Response, AppError> {
    let link = state.store.survey_link(&token_hash(&token)).await?;
    survey_kind(&link)?;
    let context = personal_context(&context, &link.locale, query.lang.is_some());
    let rules = state
        .store
        .programme_rules(&link.organisation_id, &link.programme_id)
        .await?;
    let fields = FormFields::parse(&body);
    match tandem_core::survey::parse_survey(&rules, link.side, |name| fields.all(name)) {
        Ok(answers) => {
            state.store.answer_survey(&link, &answers, now()).await?;
            Ok(Redirect::to(&format!("/survey/{token}?saved=1")).into_response())
        }
        Err(problems) => {
            let mut errors = FieldErrors::default();
            for (field, code) in problems {
                errors.push(&field, labels::field_error(&context.tr, code));
            }
            survey_page(
                &context,
                token,
                &link,
                &rules,
                &|name| fields.all(name),
                errors,
                false,
            )
        }
    }
}
