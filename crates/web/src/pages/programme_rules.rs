//! Programme rules on the pages: the organisation admin adjusts what a template set (limits,
//! required trainings, certificate, check-in points) and adds intake questions; the coordinator
//! records a mentor's trainings and downloads the certificate of volunteering; the registration
//! form asks the intake questions and refuses ages and German levels outside the limits.

use crate::{
    AppState,
    context::RequestContext,
    error::AppError,
    forms::FormFields,
    i18n::Tr,
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
use std::collections::BTreeMap;
use tandem_core::{
    DomainError,
    event::to_local,
    followup::CheckInPoint,
    ids::{OrganisationId, PersonId, ProgrammeId},
    permissions::Action,
    person::{Person, Side},
    programme_rules::{
        Ineligible, ProgrammeRules, QuestionForm, QuestionKind, RulesForm,
        Template as RulesTemplate, TrainingForm, missing_trainings,
    },
    values::LanguageLevel,
};
use tandem_store::TrainingSource;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/admin/programmes/{id}/rules",
            get(rules_page).post(save_rules),
        )
        .route("/admin/programmes/{id}/questions", post(add_question))
        .route(
            "/admin/programmes/{id}/questions/{entry}/delete",
            post(delete_question),
        )
        .route("/coordinator/people/{id}/trainings", post(record_training))
        .route(
            "/coordinator/people/{id}/volunteering-certificate",
            get(volunteering_certificate),
        )
}

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// Translation keys built at run time here, for the catalogue test.
pub fn dynamic_keys() -> Vec<String> {
    let mut keys: Vec<String> = RulesTemplate::ALL
        .iter()
        .map(|t| format!("template-{}", t.as_str()))
        .collect();
    keys.extend(
        QuestionKind::ALL
            .iter()
            .map(|k| format!("question-kind-{}", k.as_str())),
    );
    keys.extend(
        CheckInPoint::ALL
            .iter()
            .map(|p| format!("rules-point-{}", p.as_str())),
    );
    keys
}

/// The template choices for the new-programme form (value, label).
pub fn template_choices(t: &Tr) -> Vec<(&'static str, String)> {
    RulesTemplate::ALL
        .iter()
        .map(|template| {
            (
                template.as_str(),
                t.get(&format!("template-{}", template.as_str())),
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Registration: limits and intake questions
// ---------------------------------------------------------------------------------------------

/// One intake question on the registration form, worded in the visitor's language.
pub struct QuestionView {
    pub field: String,
    pub kind: &'static str,
    pub text: String,
    pub required: bool,
    /// (value, label, chosen) for (multiple) choice questions.
    pub choices: Vec<(String, String, bool)>,
    /// What was typed (text, number, date).
    pub value: String,
}

/// The questions one side is asked, with what was submitted so far.
pub fn question_views(
    rules: &ProgrammeRules,
    side: Side,
    locale: &str,
    fields: Option<&FormFields>,
) -> Vec<QuestionView> {
    views_of(rules.questions_for(side), locale, |field| {
        fields.map(|f| f.all(field)).unwrap_or_default()
    })
}

/// Questions worded in `locale`, with the values `values` gives for each form field.
pub fn views_of<'a>(
    questions: impl Iterator<Item = &'a tandem_core::programme_rules::Question>,
    locale: &str,
    values: impl Fn(&str) -> Vec<String>,
) -> Vec<QuestionView> {
    questions
        .map(|question| {
            let field = question.field();
            let values = values(&field);
            QuestionView {
                kind: question.kind.as_str(),
                text: question.text_in(locale),
                required: question.required,
                choices: question
                    .choices
                    .iter()
                    .map(|choice| {
                        (
                            choice.id.clone(),
                            question.choice_text(&choice.id, locale),
                            values.contains(&choice.id),
                        )
                    })
                    .collect(),
                value: values.first().cloned().unwrap_or_default(),
                field,
            }
        })
        .collect()
}

/// The message naming the limit a registration broke.
fn ineligible_message(t: &Tr, problem: Ineligible, side: Side) -> String {
    match problem {
        Ineligible::Age { range } => t.with(
            &format!("rules-age-outside-{}", side.as_str()),
            &[
                ("min", FluentValue::from(u64::from(range.min))),
                ("max", FluentValue::from(u64::from(range.max))),
            ],
        ),
        Ineligible::German { min } => t.arg("rules-german-below", min.as_str()),
    }
}

/// Checks a registration against the programme's rules: the limits (age, German level) and the
/// answers to its intake questions. Errors go to `errors`; the answers to store come back.
#[expect(
    clippy::too_many_arguments,
    reason = "everything the registration form holds"
)]
pub fn check_registration(
    t: &Tr,
    rules: &ProgrammeRules,
    side: Side,
    profile: Option<&tandem_core::person::Profile>,
    birth_date: Option<time::Date>,
    fields: &FormFields,
    today: time::Date,
    errors: &mut FieldErrors,
) -> Vec<(String, String)> {
    if let Some(profile) = profile {
        let german: Option<LanguageLevel> = profile
            .languages
            .iter()
            .find(|spoken| spoken.language.as_str() == "de")
            .map(|spoken| spoken.level);
        for problem in rules.check_eligibility(side, profile.birth_year, birth_date, german, today)
        {
            if !errors.has(problem.field()) {
                errors.push(problem.field(), ineligible_message(t, problem, side));
            }
        }
    }
    match tandem_core::programme_rules::parse_answers(rules, side, |name| fields.all(name)) {
        Ok(answers) => answers,
        Err(problems) => {
            for (field, code) in problems {
                errors.push(&field, labels::field_error(t, code));
            }
            Vec::new()
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The admin's rules page
// ---------------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "programme_rules.html")]
struct RulesPage {
    layout: Layout,
    programme_id: String,
    template_name: String,
    form: RulesForm,
    levels: Vec<(&'static str, String)>,
    points: Vec<(&'static str, String)>,
    questions: Vec<(String, String, String, String, String)>,
    question: QuestionForm,
    question_kinds: Vec<(&'static str, String)>,
    sides: Vec<(&'static str, String)>,
    locales: Vec<(&'static str, &'static str)>,
    errors: FieldErrors,
}

impl RulesPage {
    fn point_checked(&self, point: &&str) -> bool {
        self.form.checkin_points.iter().any(|p| p == point)
    }
    fn question_text(&self, locale: &&str) -> String {
        self.question
            .texts
            .get(*locale)
            .cloned()
            .unwrap_or_default()
    }
}

fn rules_page_response(
    context: &RequestContext,
    programme_id: &ProgrammeId,
    programme_name: &str,
    rules: &ProgrammeRules,
    form: RulesForm,
    question: QuestionForm,
    errors: FieldErrors,
) -> Response {
    let t = &context.tr;
    let failed = !errors.is_empty();
    let locale = t.locale.code;
    let mut response = render(&RulesPage {
        layout: context.layout(t.arg("rules-title", programme_name)),
        programme_id: programme_id.to_string(),
        template_name: rules.template.map_or_else(
            || t.get("template-none"),
            |template| t.get(&format!("template-{}", template.as_str())),
        ),
        form,
        levels: LanguageLevel::ALL
            .iter()
            .filter(|level| **level != LanguageLevel::Native)
            .map(|level| (level.as_str(), level.as_str().to_owned()))
            .collect(),
        points: CheckInPoint::ALL
            .iter()
            .map(|point| {
                (
                    point.as_str(),
                    t.get(&format!("rules-point-{}", point.as_str())),
                )
            })
            .collect(),
        questions: rules
            .questions
            .iter()
            .map(|q| {
                (
                    q.id.clone(),
                    q.text_in(locale),
                    t.get(&format!("question-kind-{}", q.kind.as_str())),
                    q.side.map_or_else(
                        || t.get("rules-side-both"),
                        |side| t.get(&format!("side-{}", side.as_str())),
                    ),
                    t.get(if q.survey {
                        "rules-question-asked-survey"
                    } else {
                        "rules-question-asked-registration"
                    }),
                )
            })
            .collect(),
        question,
        question_kinds: QuestionKind::ALL
            .iter()
            .map(|k| (k.as_str(), t.get(&format!("question-kind-{}", k.as_str()))))
            .collect(),
        sides: vec![
            ("both", t.get("rules-side-both")),
            ("mentee", t.get("side-mentee")),
            ("mentor", t.get("side-mentor")),
        ],
        locales: crate::i18n::LOCALES_OFFERED
            .iter()
            .map(|l| (l.code, l.name))
            .collect(),
        errors,
    });
    if failed {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    response
}

async fn rules_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let id = ProgrammeId::from_string(id);
    let programme = state.store.programme(&organisation, &id).await?;
    let rules = state.store.programme_rules(&organisation, &id).await?;
    Ok(rules_page_response(
        &context,
        &id,
        &programme.details.name,
        &rules,
        RulesForm::from_rules(&rules),
        QuestionForm {
            kind: "text".into(),
            ..QuestionForm::default()
        },
        FieldErrors::default(),
    ))
}

fn push_errors(t: &Tr, errors: &mut FieldErrors, problems: &[DomainError]) {
    for problem in problems {
        if let DomainError::Invalid { field, code } = problem
            && !errors.has(field)
        {
            errors.push(field, labels::field_error(t, code));
        }
    }
}

async fn save_rules(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let id = ProgrammeId::from_string(id);
    let programme = state.store.programme(&organisation, &id).await?;
    let current = state.store.programme_rules(&organisation, &id).await?;
    let fields = FormFields::parse(&body);
    let form = RulesForm {
        meetings_per_month: fields.get("meetings_per_month"),
        mentee_age_min: fields.get("mentee_age_min"),
        mentee_age_max: fields.get("mentee_age_max"),
        mentor_age_min: fields.get("mentor_age_min"),
        mentor_age_max: fields.get("mentor_age_max"),
        mentee_min_german: fields.get("mentee_min_german"),
        mentor_min_german: fields.get("mentor_min_german"),
        required_trainings: fields.get("required_trainings"),
        certificate_required: fields.checked("certificate_required"),
        checkin_points: fields.all("checkin_points"),
        max_mentors_per_tandem: fields.get("max_mentors_per_tandem"),
        max_mentees_per_tandem: fields.get("max_mentees_per_tandem"),
    };
    match form.parse(&current) {
        Ok(rules) => {
            state
                .store
                .set_programme_rules(&organisation, &id, &rules, now())
                .await?;
            Ok(Redirect::to(&format!("/admin/programmes/{id}/rules")).into_response())
        }
        Err(problems) => {
            let mut errors = FieldErrors::default();
            push_errors(&context.tr, &mut errors, &problems);
            Ok(rules_page_response(
                &context,
                &id,
                &programme.details.name,
                &current,
                form,
                QuestionForm {
                    kind: "text".into(),
                    ..QuestionForm::default()
                },
                errors,
            ))
        }
    }
}

async fn add_question(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let id = ProgrammeId::from_string(id);
    let programme = state.store.programme(&organisation, &id).await?;
    let mut rules = state.store.programme_rules(&organisation, &id).await?;
    let fields = FormFields::parse(&body);
    let question = QuestionForm {
        kind: fields.get("question_kind"),
        side: fields.get("question_side"),
        texts: crate::i18n::LOCALES_OFFERED
            .iter()
            .map(|l| {
                (
                    l.code.to_owned(),
                    fields.get(&format!("question_{}", l.code)),
                )
            })
            .collect::<BTreeMap<_, _>>(),
        choices: fields.get("question_choices"),
        required: fields.checked("question_required"),
        survey: fields.checked("question_survey"),
    };
    match question.parse(&rules.questions) {
        Ok(parsed) => {
            rules.questions.push(parsed);
            state
                .store
                .set_programme_rules(&organisation, &id, &rules, now())
                .await?;
            Ok(Redirect::to(&format!("/admin/programmes/{id}/rules")).into_response())
        }
        Err(problems) => {
            let mut errors = FieldErrors::default();
            push_errors(&context.tr, &mut errors, &problems);
            Ok(rules_page_response(
                &context,
                &id,
                &programme.details.name,
                &rules,
                RulesForm::from_rules(&rules),
                question,
                errors,
            ))
        }
    }
}

async fn delete_question(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path((id, question)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let id = ProgrammeId::from_string(id);
    let mut rules = state.store.programme_rules(&organisation, &id).await?;
    let before = rules.questions.len();
    rules.questions.retain(|q| q.id != question);
    if rules.questions.len() == before {
        return Err(AppError::NotFound);
    }
    state
        .store
        .set_programme_rules(&organisation, &id, &rules, now())
        .await?;
    Ok(Redirect::to(&format!("/admin/programmes/{id}/rules")).into_response())
}

// ---------------------------------------------------------------------------------------------
// The coordinator's person page: trainings, intake answers, the certificate of volunteering
// ---------------------------------------------------------------------------------------------

/// A mentor's trainings as the person page shows them, with the programme's missing ones.
pub struct TrainingsSection {
    pub person_id: String,
    /// (title, date, attended, from an event)
    pub lines: Vec<(String, String, bool, bool)>,
    pub missing: Vec<String>,
    pub form: TrainingForm,
    pub errors: FieldErrors,
}

impl TrainingsSection {
    pub fn attended_value(&self) -> &'static str {
        if self.form.attended { "yes" } else { "no" }
    }
}

pub async fn trainings_section(
    state: &AppState,
    organisation: &OrganisationId,
    person: &Person,
) -> Result<Option<TrainingsSection>, AppError> {
    if person.side != Side::Mentor {
        return Ok(None);
    }
    let trainings = state
        .store
        .mentor_trainings(organisation, &person.id)
        .await?;
    let rules = state
        .store
        .programme_rules(organisation, &person.programme_id)
        .await?;
    let records: Vec<_> = trainings.iter().map(|t| t.record.clone()).collect();
    Ok(Some(TrainingsSection {
        person_id: person.id.to_string(),
        lines: trainings
            .into_iter()
            .map(|t| {
                (
                    t.record.title,
                    tandem_core::followup::iso_date(t.record.held_on),
                    t.record.attended,
                    t.source == TrainingSource::Event,
                )
            })
            .collect(),
        missing: missing_trainings(&rules.required_trainings, &records),
        form: TrainingForm {
            attended: true,
            ..TrainingForm::default()
        },
        errors: FieldErrors::default(),
    }))
}

/// The person's answers to the programme's intake questions, worded for the reader.
pub async fn answer_facts(
    state: &AppState,
    context: &RequestContext,
    organisation: &OrganisationId,
    person: &Person,
) -> Result<Vec<(String, String)>, AppError> {
    let answers = state.store.intake_answers(organisation, &person.id).await?;
    if answers.is_empty() {
        return Ok(Vec::new());
    }
    let rules = state
        .store
        .programme_rules(organisation, &person.programme_id)
        .await?;
    let locale = context.tr.locale.code;
    Ok(answers
        .into_iter()
        .map(
            |(id, answer)| match rules.questions.iter().find(|q| q.id == id) {
                Some(question) => (
                    question.text_in(locale),
                    question.display_answer(&answer, locale),
                ),
                // A question removed later: the answer stays readable under its id.
                None => (id, answer),
            },
        )
        .collect())
}

#[derive(Template)]
#[template(path = "training_form.html")]
struct TrainingFormPage {
    layout: Layout,
    section: TrainingsSection,
}

async fn record_training(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let user = context.user.as_ref().ok_or(AppError::Unauthenticated)?;
    let person = state
        .store
        .person(&organisation, &PersonId::from_string(id))
        .await?;
    let fields = FormFields::parse(&body);
    let form = TrainingForm {
        title: fields.get("title"),
        held_on: fields.get("held_on"),
        attended: fields.get("attended") == "yes",
    };
    let today = to_local(now()).date();
    let problems = match form.parse(today) {
        Ok(record) => {
            match state
                .store
                .record_training(&organisation, &person.id, &record, &user.id, now())
                .await
            {
                Ok(()) => {
                    crate::pages::privacy::record(
                        &state,
                        &context,
                        &organisation,
                        tandem_store::AuditAction::Changed,
                        &person.id,
                    )
                    .await?;
                    return Ok(
                        Redirect::to(&format!("/coordinator/people/{}", person.id)).into_response()
                    );
                }
                Err(tandem_store::StoreError::Domain(problem)) => vec![problem],
                Err(other) => return Err(other.into()),
            }
        }
        Err(problems) => problems,
    };
    let mut section = trainings_section(&state, &organisation, &person)
        .await?
        .ok_or(AppError::Invalid {
            field: "title",
            code: "not-a-mentor",
        })?;
    push_errors(&context.tr, &mut section.errors, &problems);
    section.form = form;
    let mut response = render(&TrainingFormPage {
        layout: context.layout(context.tr.get("person-trainings")),
        section,
    });
    *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(response)
}

#[derive(serde::Deserialize)]
struct LangQuery {
    #[serde(default)]
    lang: String,
}

/// The certificate's own words, German or English whatever the page's language.
struct Words {
    de: bool,
}

impl Words {
    fn w(&self, de: &'static str, en: &'static str) -> &'static str {
        if self.de { de } else { en }
    }
    fn day(&self, date: time::Date) -> String {
        if self.de {
            format!(
                "{:02}.{:02}.{}",
                date.day(),
                u8::from(date.month()),
                date.year()
            )
        } else {
            format!("{} {} {}", date.day(), date.month(), date.year())
        }
    }
    fn hours(&self, minutes: u64) -> String {
        let hours = format!("{}.{}", minutes / 60, (minutes % 60) * 10 / 60);
        if self.de {
            hours.replace('.', ",")
        } else {
            hours
        }
    }
}

/// The certificate of volunteering as PDF bytes: the mentor's tandems (no mentee's name), the
/// hours from logged meetings, and the trainings attended.
pub fn certificate_pdf(
    de: bool,
    organisation_name: &str,
    mentor_name: &str,
    service: &[tandem_store::ServiceLine],
    trainings: &[tandem_store::MentorTraining],
    today: time::Date,
) -> Vec<u8> {
    let words = Words { de };
    let mut pdf = crate::pdf::PdfDocument::new(words.w(
        "Nachweis über ehrenamtliches Engagement",
        "Certificate of volunteering",
    ));
    pdf.heading(words.w(
        "Nachweis über ehrenamtliches Engagement",
        "Certificate of volunteering",
    ));
    let minutes: u64 = service.iter().map(|line| line.minutes).sum();
    let meetings: u64 = service.iter().map(|line| line.meetings).sum();
    let intro = if de {
        format!(
            "{organisation_name} bestätigt, dass {mentor_name} sich ehrenamtlich als Mentorin bzw. \
             Mentor engagiert hat: in {} Tandem(s) mit {} dokumentierten Treffen und insgesamt {} \
             Stunden.",
            service.len(),
            meetings,
            words.hours(minutes)
        )
    } else {
        format!(
            "{organisation_name} confirms that {mentor_name} has volunteered as a mentor: in {} \
             tandem(s) with {} recorded meetings and {} hours in total.",
            service.len(),
            meetings,
            words.hours(minutes)
        )
    };
    pdf.paragraph(&intro);
    pdf.spacer();
    pdf.heading(words.w("Tandems", "Tandems"));
    if service.is_empty() {
        pdf.paragraph(words.w("Noch kein Tandem begonnen.", "No tandem started yet."));
    } else {
        let headers = [
            words.w("Programm", "Programme"),
            words.w("Zeitraum", "Period"),
            words.w("Treffen", "Meetings"),
            words.w("Stunden", "Hours"),
        ]
        .map(str::to_owned);
        let rows: Vec<Vec<String>> = service
            .iter()
            .map(|line| {
                let from = line
                    .started_at
                    .map(|at| words.day(to_local(at).date()))
                    .unwrap_or_default();
                let to = line.ended_at.map_or_else(
                    || words.w("laufend", "ongoing").to_owned(),
                    |at| words.day(to_local(at).date()),
                );
                vec![
                    line.programme_name.clone(),
                    format!("{from} – {to}"),
                    line.meetings.to_string(),
                    words.hours(line.minutes),
                ]
            })
            .collect();
        pdf.table(&headers, &rows);
    }
    pdf.spacer();
    pdf.heading(words.w("Fortbildungen", "Trainings"));
    let attended: Vec<Vec<String>> = trainings
        .iter()
        .filter(|t| t.record.attended)
        .map(|t| vec![t.record.title.clone(), words.day(t.record.held_on)])
        .collect();
    if attended.is_empty() {
        pdf.paragraph(words.w("Keine Fortbildung verzeichnet.", "No training on record."));
    } else {
        pdf.table(
            &[words.w("Titel", "Title"), words.w("Datum", "Date")].map(str::to_owned),
            &attended,
        );
    }
    pdf.spacer();
    pdf.paragraph(&format!("{}, {}", organisation_name, words.day(today)));
    pdf.small(words.w(
        "Die Stunden sind die Summe der im Tandem dokumentierten Treffen. Namen der begleiteten \
         Personen werden zum Schutz ihrer Daten nicht genannt.",
        "Hours are the sum of the meetings recorded in the tandems. The people mentored are not \
         named, to protect their data.",
    ));
    pdf.finish()
}

async fn volunteering_certificate(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    Query(query): Query<LangQuery>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let person = state
        .store
        .person(&organisation, &PersonId::from_string(id))
        .await?;
    if person.side != Side::Mentor {
        return Err(AppError::NotFound);
    }
    let de = query.lang != "en";
    let organisation_name = state.store.organisation(&organisation).await?.name;
    let service = state
        .store
        .mentor_service(&organisation, &person.id)
        .await?;
    let trainings = state
        .store
        .mentor_trainings(&organisation, &person.id)
        .await?;
    let bytes = certificate_pdf(
        de,
        &organisation_name,
        &format!("{} {}", person.profile.first_name, person.profile.last_name),
        &service,
        &trainings,
        to_local(now()).date(),
    );
    crate::pages::privacy::record(
        &state,
        &context,
        &organisation,
        tandem_store::AuditAction::Exported,
        &person.id,
    )
    .await?;
    let file = if de {
        "ehrenamtsnachweis.pdf"
    } else {
        "certificate-of-volunteering.pdf"
    };
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tandem_core::programme_rules::TrainingRecord;
    use tandem_store::{MentorTraining, ServiceLine};
    use time::macros::{date, datetime};

    /// Renders both languages; with `TANDEM_PDF_OUT` set, writes them there to be looked at.
    #[test]
    fn the_certificate_of_volunteering_renders_in_german_and_english() {
        let service = vec![
            ServiceLine {
                programme_name: "IQ Mentoring Heidekreis".into(),
                status: "completed".into(),
                started_at: Some(datetime!(2026-01-12 10:00 UTC)),
                ended_at: Some(datetime!(2026-07-10 10:00 UTC)),
                meetings: 14,
                minutes: 1290,
            },
            ServiceLine {
                programme_name: "Jobpilot 360° – Mentoring für Ausbildung und Beruf".into(),
                status: "active".into(),
                started_at: Some(datetime!(2026-09-01 10:00 UTC)),
                ended_at: None,
                meetings: 6,
                minutes: 420,
            },
        ];
        let trainings = vec![MentorTraining {
            record: TrainingRecord {
                title: "Einführung ins Mentoring".into(),
                held_on: date!(2025 - 12 - 03),
                attended: true,
            },
            source: TrainingSource::Recorded,
        }];
        for de in [true, false] {
            let bytes = certificate_pdf(
                de,
                "Verein Niedersächsischer Bildungsinitiativen e.V.",
                "Jürgen Weiß",
                &service,
                &trainings,
                date!(2026 - 12 - 06),
            );
            assert!(bytes.starts_with(b"%PDF-1.4"));
            // Text is written as hex strings of WinAnsi bytes.
            let text = String::from_utf8_lossy(&bytes);
            let hex = |s: &str| s.bytes().map(|b| format!("{b:02x}")).collect::<String>();
            assert!(text.contains(&hex(if de { "Fortbildungen" } else { "Trainings" })));
            assert!(
                text.contains(&hex(if de { "28,5" } else { "28.5" })),
                "1710 minutes are 28.5 hours"
            );
            if let Ok(dir) = std::env::var("TANDEM_PDF_OUT") {
                let name = if de { "de" } else { "en" };
                std::fs::write(format!("{dir}/volunteering-{name}.pdf"), &bytes).unwrap();
            }
        }
    }
}
