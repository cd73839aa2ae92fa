//! Public registration for mentors and mentees, and its confirmation. The directory and the
//! programme pages are in `directory`.

use crate::{
    AppState,
    context::RequestContext,
    error::AppError,
    forms::FormFields,
    labels,
    pages::directory::ProgrammeCard,
    templates::{FieldErrors, Layout, render},
};
use askama::Template;
use axum::{
    Extension,
    body::Bytes,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use tandem_core::{
    ids::ProgrammeId,
    person::{ConsentRecord, ProfileForm, Side},
};
use tandem_store::StoreError;

/// A plain input on a form, with what a label and an error need.
pub struct TextField {
    pub name: &'static str,
    pub label: String,
    pub kind: &'static str,
    pub value: String,
    pub autocomplete: &'static str,
    pub numeric: bool,
}

impl TextField {
    fn new(
        name: &'static str,
        label: String,
        kind: &'static str,
        value: &str,
        autocomplete: &'static str,
    ) -> Self {
        Self {
            name,
            label,
            kind,
            value: value.to_owned(),
            autocomplete,
            numeric: false,
        }
    }
    fn numeric(mut self) -> Self {
        self.numeric = true;
        self
    }
}

/// One row of the language picker on the registration form.
pub struct LanguageRow {
    pub index: usize,
    pub code: String,
    pub level: String,
}

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterTemplate {
    layout: Layout,
    programme: ProgrammeCard,
    side: &'static str,
    form: ProfileForm,
    about_fields: Vec<TextField>,
    more_fields: Vec<TextField>,
    language_rows: Vec<LanguageRow>,
    language_choices: Vec<(&'static str, String)>,
    levels: Vec<(&'static str, String)>,
    days: Vec<(usize, String)>,
    slots: Vec<(usize, String)>,
    genders: Vec<(&'static str, String)>,
    preferences: Vec<(&'static str, String)>,
    consent_checked: bool,
    consent_text: String,
    /// Optional purposes (field name, label, hint, ticked); see `pages::consent`.
    optional_consents: Vec<(String, String, String, bool)>,
    /// The guardian part, shown for children's programmes and whenever the birth says under 18
    /// (see `pages::minors`); `None` keeps the form short for adults.
    minor: Option<crate::pages::minors::RegistrationMinorView>,
    /// The programme's intake questions in the visitor's language (see `pages::programme_rules`).
    questions: Vec<crate::pages::programme_rules::QuestionView>,
    errors: FieldErrors,
}

impl RegisterTemplate {
    fn slot_checked(&self, day: &usize, slot: &usize) -> bool {
        self.form.availability.contains(&format!("{day}-{slot}"))
    }
}

#[derive(Debug, Deserialize)]
pub struct SideQuery {
    #[serde(default)]
    side: String,
}

fn parse_side(raw: &str) -> Side {
    Side::parse(raw).unwrap_or(Side::Mentee)
}

fn register_template(
    context: &RequestContext,
    programme: ProgrammeCard,
    side: Side,
    form: ProfileForm,
    consent_checked: bool,
    minor: Option<crate::pages::minors::RegistrationMinor>,
    errors: FieldErrors,
) -> RegisterTemplate {
    let t = &context.tr;
    let mut language_rows: Vec<LanguageRow> = form
        .languages
        .split(',')
        .filter(|item| !item.trim().is_empty())
        .enumerate()
        .map(|(index, item)| {
            let (code, level) = item.split_once(':').unwrap_or((item, ""));
            LanguageRow {
                index,
                code: code.trim().to_owned(),
                level: level.trim().to_owned(),
            }
        })
        .collect();
    while language_rows.len() < 3 {
        language_rows.push(LanguageRow {
            index: language_rows.len(),
            code: String::new(),
            level: String::new(),
        });
    }
    let title_key = match side {
        Side::Mentor => "register-title-mentor",
        Side::Mentee => "register-title-mentee",
    };
    let about_fields = vec![
        TextField::new(
            "first_name",
            t.get("field-first-name"),
            "text",
            &form.first_name,
            "given-name",
        ),
        TextField::new(
            "last_name",
            t.get("field-last-name"),
            "text",
            &form.last_name,
            "family-name",
        ),
        TextField::new("email", t.get("field-email"), "email", &form.email, "email"),
        TextField::new("phone", t.get("field-phone"), "tel", &form.phone, "tel"),
        TextField::new(
            "postal_code",
            t.get("field-postal-code"),
            "text",
            &form.postal_code,
            "postal-code",
        )
        .numeric(),
        TextField::new(
            "birth_year",
            t.get("field-birth-year"),
            "text",
            &form.birth_year,
            "bday-year",
        )
        .numeric(),
    ];
    let more_fields = vec![
        TextField::new(
            "interests",
            t.get("field-interests"),
            "text",
            &form.interests,
            "off",
        ),
        TextField::new("goals", t.get("field-goals"), "text", &form.goals, "off"),
        TextField::new(
            "profession",
            t.get("field-profession"),
            "text",
            &form.profession,
            "organization-title",
        ),
    ];
    RegisterTemplate {
        layout: context.layout(t.get(title_key)),
        programme,
        side: side.as_str(),
        form,
        about_fields,
        more_fields,
        language_rows,
        language_choices: labels::FORM_LANGUAGES
            .iter()
            .map(|code| (*code, labels::language(t, code)))
            .collect(),
        levels: labels::levels(t),
        days: (0..7).map(|day| (day, labels::weekday(t, day))).collect(),
        slots: (0..3).map(|slot| (slot, labels::slot(t, slot))).collect(),
        genders: labels::genders(t),
        preferences: labels::gender_preferences(t),
        consent_checked,
        consent_text: t.get("consent-text"),
        optional_consents: tandem_core::consent::ConsentPurpose::OPTIONAL
            .iter()
            .map(|purpose| {
                let key = format!("consent-purpose-{}", purpose.as_str());
                (
                    format!("consent_{}", purpose.as_str()),
                    t.get(&key),
                    t.get(&format!("{key}-hint")),
                    false,
                )
            })
            .collect(),
        minor: minor.map(|minor| crate::pages::minors::RegistrationMinorView::new(t, minor)),
        questions: Vec::new(),
        errors,
    }
}

/// Children's programmes (learning sponsorships) ask a mentee's birth date and guardian at once.
fn asks_guardian(entry: &tandem_core::directory::DirectoryEntry, side: Side) -> bool {
    side == Side::Mentee
        && entry.programme.details.kind == tandem_core::programme::ProgrammeKind::Learning
}

pub async fn register_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    Query(query): Query<SideQuery>,
) -> Result<Response, AppError> {
    let entry = state
        .store
        .directory_entry(&ProgrammeId::from_string(id))
        .await?;
    let card = ProgrammeCard::new(&context, &entry, None);
    let form = ProfileForm {
        locale: context.tr.locale.code.to_owned(),
        ..ProfileForm::default()
    };
    let side = parse_side(&query.side);
    let minor = asks_guardian(&entry, side).then(crate::pages::minors::RegistrationMinor::default);
    let rules = state
        .store
        .published_programme_rules(&entry.programme.id)
        .await?;
    let mut template = register_template(
        &context,
        card,
        side,
        form,
        false,
        minor,
        FieldErrors::default(),
    );
    template.questions =
        crate::pages::programme_rules::question_views(&rules, side, context.tr.locale.code, None);
    Ok(render(&template))
}

/// Builds the raw profile form from the submitted fields (languages from the picker rows).
fn profile_form(fields: &FormFields, locale: &str) -> ProfileForm {
    let languages = (0..3)
        .filter_map(|index| {
            let code = fields.get(&format!("language_{index}"));
            let level = fields.get(&format!("level_{index}"));
            (!code.trim().is_empty()).then(|| {
                if level.is_empty() {
                    code
                } else {
                    format!("{code}:{level}")
                }
            })
        })
        .collect::<Vec<_>>()
        .join(",");
    ProfileForm {
        first_name: fields.get("first_name"),
        last_name: fields.get("last_name"),
        email: fields.get("email"),
        phone: fields.get("phone"),
        postal_code: fields.get("postal_code"),
        languages,
        availability: fields.all("availability"),
        gender: fields.get("gender"),
        gender_preference: fields.get("gender_preference"),
        birth_year: fields.get("birth_year"),
        interests: fields.get("interests"),
        goals: fields.get("goals"),
        profession: fields.get("profession"),
        capacity: fields.get("capacity"),
        locale: locale.to_owned(),
    }
}

pub async fn register(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let programme_id = ProgrammeId::from_string(id);
    let entry = state.store.directory_entry(&programme_id).await?;
    let fields = FormFields::parse(&body);
    let side = parse_side(&fields.get("side"));
    let mut form = profile_form(&fields, context.tr.locale.code);
    let consent_checked = fields.checked("consent");
    let now = time::OffsetDateTime::now_utc();
    let today = tandem_core::event::to_local(now).date();
    let minor = crate::pages::minors::RegistrationMinor::from_fields(&fields, today);
    // The guardian part asks the full birth date; the year follows from it when left empty.
    if form.birth_year.trim().is_empty()
        && let Ok(date) = tandem_core::minors::parse_date("birth_date", &minor.form.birth_date)
    {
        form.birth_year = date.year().to_string();
    }
    let mut errors = FieldErrors::default();
    let parsed = form.parse(now.year());
    if let Err(problems) = &parsed {
        for problem in problems {
            if let tandem_core::DomainError::Invalid { field, code } = problem {
                errors.push(field, labels::field_error(&context.tr, code));
            }
        }
    }
    if !consent_checked {
        errors.push("consent", context.tr.get("error-consent"));
    }
    let details = minor.parse(
        &context.tr,
        parsed.as_ref().ok().map(|profile| profile.birth_year),
        today,
        &mut errors,
    );
    // The programme's limits (age, German level), named when broken, and its intake questions.
    let rules = state.store.published_programme_rules(&programme_id).await?;
    let answers = crate::pages::programme_rules::check_registration(
        &context.tr,
        &rules,
        side,
        parsed.as_ref().ok(),
        details.as_ref().map(|d| d.birth_date),
        &fields,
        today,
        &mut errors,
    );
    let show_minor = asks_guardian(&entry, side) || minor.typed() || errors.has("birth_date");
    let outcome = match (parsed, errors.is_empty()) {
        (Ok(profile), true) => {
            let consent = ConsentRecord {
                text_version: state.config.consent_text_version.clone(),
                locale: context.tr.locale.code.to_owned(),
                given_at: now,
            };
            let registered = match &details {
                Some(details) => {
                    state
                        .store
                        .register_person_with_details(
                            &programme_id,
                            side,
                            &profile,
                            &consent,
                            details,
                            now,
                        )
                        .await
                }
                None => {
                    state
                        .store
                        .register_person(&programme_id, side, &profile, &consent, now)
                        .await
                }
            };
            match registered {
                Ok(person) => {
                    state
                        .store
                        .save_intake_answers(&person.id, &answers)
                        .await?;
                    crate::pages::consent::after_registration(
                        &state,
                        &context,
                        &entry.organisation.id,
                        &person,
                        &entry.programme.details.name,
                        &fields,
                    )
                    .await?;
                    None
                }
                Err(StoreError::Conflict { field }) => {
                    errors.push(field, context.tr.get("error-already-registered"));
                    Some(errors)
                }
                Err(other) => return Err(other.into()),
            }
        }
        _ => Some(errors),
    };
    match outcome {
        None => Ok(Redirect::to(&format!("/programmes/{programme_id}/registered")).into_response()),
        Some(errors) => {
            let card = ProgrammeCard::new(&context, &entry, None);
            let mut template = register_template(
                &context,
                card,
                side,
                form,
                consent_checked,
                show_minor.then_some(minor),
                errors,
            );
            template.questions = crate::pages::programme_rules::question_views(
                &rules,
                side,
                context.tr.locale.code,
                Some(&fields),
            );
            // What was ticked stays ticked.
            for (name, _, _, checked) in &mut template.optional_consents {
                *checked = fields.checked(name);
            }
            let mut response = render(&template);
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}

#[derive(Template)]
#[template(path = "registered.html")]
struct RegisteredTemplate {
    layout: Layout,
    programme: ProgrammeCard,
}

pub async fn registered(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let entry = state
        .store
        .directory_entry(&ProgrammeId::from_string(id))
        .await?;
    let card = ProgrammeCard::new(&context, &entry, None);
    Ok(render(&RegisteredTemplate {
        layout: context.layout(context.tr.get("registered-title")),
        programme: card,
    }))
}
