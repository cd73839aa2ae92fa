//! Minors and certificates of conduct on the coordinator's pages: a person's birth date, guardian,
//! consent and nomination (with the renewal flag at 16 and 18), and a mentor's §72a record.
//!
//! Who sees what: coordinators of the person's organisation see the guardian section and whether
//! a mentor's certificate is valid, not valid or missing; only those allowed to inspect
//! certificates (`Action::InspectCertificates`, organisation admins) see and record the facts,
//! including whether it shows a relevant entry. Another organisation's person is 404 before any
//! role check, so ids cannot be probed. The background part (deleting records after the
//! activity ended, consent renewal reminders) is [`safeguarding_job`].

use crate::{
    AppState, WebConfig,
    context::RequestContext,
    error::AppError,
    forms::FormFields,
    i18n::{DEFAULT_LOCALE, Locale, Tr},
    labels,
    templates::{FieldErrors, Layout, render},
};
use askama::Template;
use axum::{
    Extension, Router,
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use fluent_templates::fluent_bundle::FluentValue;
use tandem_core::{
    DomainError,
    event::to_local,
    ids::{OrganisationId, PersonId},
    minors::{
        CertificateForm, CertificateRecord, CertificateRetention, CertificateStatus, Clearance,
        ConsentChannel, GuardianRelation, MinorDetails, MinorForm, age_on, date_text, is_minor,
    },
    permissions::Action,
    person::{Person, Side},
};
use tandem_store::{AuditAction, NewMail, Store, StoreResult};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/coordinator/people/{id}/guardian",
            get(guardian_form).post(save_guardian),
        )
        .route(
            "/coordinator/people/{id}/certificate",
            get(certificate_form).post(save_certificate),
        )
}

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

fn today() -> time::Date {
    to_local(now()).date()
}

/// Translation keys built at run time here, for the catalogue test.
pub fn dynamic_keys() -> Vec<String> {
    let mut keys: Vec<String> = GuardianRelation::ALL
        .iter()
        .map(|r| format!("minors-relation-{}", r.as_str()))
        .collect();
    keys.extend(
        ConsentChannel::ALL
            .iter()
            .map(|c| format!("minors-channel-{}", c.as_str())),
    );
    keys.extend(
        Clearance::ALL
            .iter()
            .map(|c| format!("minors-clearance-{}", c.as_str())),
    );
    keys.extend(
        [
            "guardian-consent-missing",
            "certificate-missing",
            "certificate-not-valid",
            "certificate-too-old",
            "certificate-after-inspection",
            "future-date",
            "birth-date",
            "birth-year-mismatch",
            "guardian-contact",
        ]
        .map(|code| format!("error-field-{code}")),
    );
    keys.push("rule-name-certificate_of_conduct".to_owned());
    keys
}

/// Adds every field error of a domain parse to `errors`.
fn collect(t: &Tr, errors: &mut FieldErrors, problems: &[DomainError]) {
    for problem in problems {
        if let DomainError::Invalid { field, code } = problem {
            errors.push(field, labels::field_error(t, code));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The section on the coordinator's person page
// ---------------------------------------------------------------------------------------------

/// What the person page shows about minors and certificates.
pub struct MinorsSection {
    pub person_id: String,
    /// Label/value lines about birth date, guardian, consent and nomination.
    pub facts: Vec<(String, String)>,
    /// "Consent must be renewed: now 16", or a missing consent, as a warning.
    pub warning: Option<String>,
    /// Mentors only.
    pub certificate: Option<CertificateSection>,
}

pub struct CertificateSection {
    /// Valid / not valid / missing, as every coordinator may see it.
    pub clearance: String,
    pub clearance_key: &'static str,
    /// The recorded facts, only for those who may inspect certificates.
    pub details: Option<Vec<(String, String)>>,
    pub may_inspect: bool,
}

/// "Layla Haddad (Parent) · 0541 123456 · layla@example.org": on the coordinator's person page
/// and on the meeting log of the child's mentors.
pub(crate) fn guardian_text(t: &Tr, guardian: &tandem_core::minors::Guardian) -> String {
    let contact = [
        guardian.phone.clone(),
        guardian.email.as_ref().map(|e| e.as_str().to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    format!(
        "{} ({}) · {contact}",
        guardian.name,
        t.get(&format!("minors-relation-{}", guardian.relation.as_str()))
    )
}

/// The section for `person`, who belongs to `organisation` (the caller has checked).
pub async fn person_section(
    state: &AppState,
    context: &RequestContext,
    organisation: &OrganisationId,
    person: &Person,
) -> Result<MinorsSection, AppError> {
    let t = &context.tr;
    let today = today();
    let details = state.store.minor_details(organisation, &person.id).await?;
    let mut facts = Vec::new();
    let mut warning = None;
    if let Some(details) = &details {
        facts.push((
            t.get("minors-birth-date"),
            format!(
                "{} ({})",
                date_text(details.birth_date),
                t.count(
                    "minors-age",
                    u64::try_from(age_on(details.birth_date, today)).unwrap_or(0)
                )
            ),
        ));
        if let Some(guardian) = &details.guardian {
            facts.push((t.get("minors-guardian"), guardian_text(t, guardian)));
        }
        if let Some(consent) = &details.consent {
            facts.push((
                t.get("minors-consent"),
                format!(
                    "{} · {} · {}",
                    consent.given_by,
                    date_text(consent.given_on),
                    t.get(&format!("minors-channel-{}", consent.channel.as_str()))
                ),
            ));
        }
        if let Some(nomination) = &details.nomination {
            facts.push((t.get("minors-nomination"), nomination.clone()));
        }
        if let Some(milestone) = details.consent_renewal_due(today) {
            warning = Some(t.count("minors-renewal-due", u64::try_from(milestone).unwrap_or(0)));
        }
    }
    if MinorDetails::check_may_proceed(details.as_ref(), person.profile.birth_year, today).is_err()
    {
        warning = Some(t.get("minors-consent-missing"));
    }
    let certificate = match person.side {
        Side::Mentor => {
            let record = state.store.certificate(organisation, &person.id).await?;
            let may_inspect = context
                .organisation_for(Action::InspectCertificates)
                .is_ok();
            let status = CertificateStatus::of(record.as_ref(), today);
            let clearance = status.clearance();
            let details = match (&record, may_inspect) {
                (Some(record), true) => Some(certificate_facts(state, t, record, today).await?),
                _ => None,
            };
            Some(CertificateSection {
                clearance: t.get(&format!("minors-clearance-{}", clearance.as_str())),
                clearance_key: clearance.as_str(),
                details,
                may_inspect,
            })
        }
        Side::Mentee => None,
    };
    Ok(MinorsSection {
        person_id: person.id.to_string(),
        facts,
        warning,
        certificate,
    })
}

async fn certificate_facts(
    state: &AppState,
    t: &Tr,
    record: &CertificateRecord,
    today: time::Date,
) -> Result<Vec<(String, String)>, AppError> {
    let inspector = match state.store.user(&record.inspected_by).await {
        Ok(user) => user.display_name,
        Err(tandem_store::StoreError::NotFound) => String::new(),
        Err(other) => return Err(other.into()),
    };
    let mut facts = vec![
        (t.get("minors-inspected-on"), date_text(record.inspected_on)),
        (
            t.get("minors-certificate-dated"),
            date_text(record.certificate_dated),
        ),
        (
            t.get("minors-relevant-entry"),
            t.get(if record.relevant_entry {
                "minors-yes"
            } else {
                "minors-no"
            }),
        ),
        (t.get("minors-inspected-by"), inspector),
        (t.get("minors-renew-by"), date_text(record.renew_by())),
    ];
    if record.renewal_due_soon(today) {
        facts.push((t.get("minors-renewal"), t.get("minors-renewal-soon")));
    }
    Ok(facts)
}

// ---------------------------------------------------------------------------------------------
// Guardian form
// ---------------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "minors_guardian.html")]
struct GuardianTemplate {
    layout: Layout,
    person_id: String,
    form: MinorForm,
    relations: Vec<(&'static str, String)>,
    channels: Vec<(&'static str, String)>,
    today: String,
    errors: FieldErrors,
}

fn guardian_template(
    context: &RequestContext,
    person: &Person,
    form: MinorForm,
    errors: FieldErrors,
) -> GuardianTemplate {
    let t = &context.tr;
    GuardianTemplate {
        layout: context.layout(format!(
            "{} – {} {}",
            t.get("minors-guardian-title"),
            person.profile.first_name,
            person.profile.last_name
        )),
        person_id: person.id.to_string(),
        form,
        relations: GuardianRelation::ALL
            .iter()
            .map(|r| {
                (
                    r.as_str(),
                    t.get(&format!("minors-relation-{}", r.as_str())),
                )
            })
            .collect(),
        channels: ConsentChannel::ALL
            .iter()
            .map(|c| (c.as_str(), t.get(&format!("minors-channel-{}", c.as_str()))))
            .collect(),
        today: date_text(today()),
        errors,
    }
}

async fn person_of(
    state: &AppState,
    context: &RequestContext,
    id: String,
) -> Result<(OrganisationId, Person), AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let person = state
        .store
        .person(&organisation, &PersonId::from_string(id))
        .await?;
    Ok((organisation, person))
}

pub async fn guardian_form(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (organisation, person) = person_of(&state, &context, id).await?;
    let form = state
        .store
        .minor_details(&organisation, &person.id)
        .await?
        .map(|details| MinorForm::from_details(&details))
        .unwrap_or_default();
    crate::pages::privacy::record(
        &state,
        &context,
        &organisation,
        AuditAction::Viewed,
        &person.id,
    )
    .await?;
    Ok(render(&guardian_template(
        &context,
        &person,
        form,
        FieldErrors::default(),
    )))
}

fn minor_form(fields: &FormFields) -> MinorForm {
    MinorForm {
        birth_date: fields.get("birth_date"),
        guardian_name: fields.get("guardian_name"),
        guardian_relation: fields.get("guardian_relation"),
        guardian_phone: fields.get("guardian_phone"),
        guardian_email: fields.get("guardian_email"),
        consent_given_by: fields.get("consent_given_by"),
        consent_given_on: fields.get("consent_given_on"),
        consent_channel: fields.get("consent_channel"),
        nomination: fields.get("nomination"),
    }
}

pub async fn save_guardian(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let (organisation, person) = person_of(&state, &context, id).await?;
    let form = minor_form(&FormFields::parse(&body));
    // The birth date the coordinator checked takes precedence over the year given at
    // registration, so it is not compared with it here.
    match form.parse(None, today()) {
        Ok(details) => {
            state
                .store
                .save_minor_details(&organisation, &person.id, &details, now())
                .await?;
            crate::pages::privacy::record(
                &state,
                &context,
                &organisation,
                AuditAction::Changed,
                &person.id,
            )
            .await?;
            Ok(Redirect::to(&format!("/coordinator/people/{}", person.id)).into_response())
        }
        Err(problems) => {
            let mut errors = FieldErrors::default();
            collect(&context.tr, &mut errors, &problems);
            let mut response = render(&guardian_template(&context, &person, form, errors));
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Certificate form
// ---------------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "minors_certificate.html")]
struct CertificateTemplate {
    layout: Layout,
    person_id: String,
    form: CertificateForm,
    today: String,
    errors: FieldErrors,
}

/// The mentor behind `id`, for someone who may inspect certificates. Another organisation's
/// person (or a mentee) is 404 first; a coordinator of the right organisation is 403.
async fn mentor_for_inspection(
    state: &AppState,
    context: &RequestContext,
    id: String,
) -> Result<(OrganisationId, Person), AppError> {
    let (organisation, person) = person_of(state, context, id).await?;
    if person.side != Side::Mentor {
        return Err(AppError::NotFound);
    }
    context.organisation_for(Action::InspectCertificates)?;
    Ok((organisation, person))
}

fn certificate_template(
    context: &RequestContext,
    person: &Person,
    form: CertificateForm,
    errors: FieldErrors,
) -> CertificateTemplate {
    let t = &context.tr;
    CertificateTemplate {
        layout: context.layout(format!(
            "{} – {} {}",
            t.get("minors-certificate-title"),
            person.profile.first_name,
            person.profile.last_name
        )),
        person_id: person.id.to_string(),
        form,
        today: date_text(today()),
        errors,
    }
}

pub async fn certificate_form(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (_, person) = mentor_for_inspection(&state, &context, id).await?;
    let form = CertificateForm {
        inspected_on: date_text(today()),
        ..CertificateForm::default()
    };
    Ok(render(&certificate_template(
        &context,
        &person,
        form,
        FieldErrors::default(),
    )))
}

pub async fn save_certificate(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let (organisation, person) = mentor_for_inspection(&state, &context, id).await?;
    let user = context.user.as_ref().ok_or(AppError::Unauthenticated)?;
    let fields = FormFields::parse(&body);
    let form = CertificateForm {
        inspected_on: fields.get("inspected_on"),
        certificate_dated: fields.get("certificate_dated"),
        relevant_entry: fields.get("relevant_entry"),
    };
    match form.parse(user.id.clone(), today()) {
        Ok(record) => {
            state
                .store
                .record_certificate(&organisation, &person.id, &record, now())
                .await?;
            crate::pages::privacy::record(
                &state,
                &context,
                &organisation,
                AuditAction::Changed,
                &person.id,
            )
            .await?;
            Ok(Redirect::to(&format!("/coordinator/people/{}", person.id)).into_response())
        }
        Err(problems) => {
            let mut errors = FieldErrors::default();
            collect(&context.tr, &mut errors, &problems);
            let mut response = render(&certificate_template(&context, &person, form, errors));
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Registration: the guardian part of the public form
// ---------------------------------------------------------------------------------------------

/// The guardian fields of the public registration form, as typed.
#[derive(Debug, Clone, Default)]
pub struct RegistrationMinor {
    pub form: MinorForm,
    /// The guardian ticked "I consent as parent or legal guardian".
    pub guardian_consent: bool,
}

impl RegistrationMinor {
    pub fn from_fields(fields: &FormFields, today: time::Date) -> Self {
        let guardian_consent = fields.checked("guardian_consent");
        let guardian_name = fields.get("guardian_name");
        let form = MinorForm {
            birth_date: fields.get("birth_date"),
            consent_given_by: if guardian_consent {
                guardian_name.clone()
            } else {
                String::new()
            },
            consent_given_on: if guardian_consent {
                date_text(today)
            } else {
                String::new()
            },
            consent_channel: if guardian_consent {
                ConsentChannel::Online.as_str().to_owned()
            } else {
                String::new()
            },
            guardian_name,
            guardian_relation: fields.get("guardian_relation"),
            guardian_phone: fields.get("guardian_phone"),
            guardian_email: fields.get("guardian_email"),
            nomination: fields.get("nomination"),
        };
        Self {
            form,
            guardian_consent,
        }
    }

    /// Whether anything of the guardian part was filled in.
    pub fn typed(&self) -> bool {
        !self.form.birth_date.trim().is_empty()
            || self.form.has_guardian_fields()
            || !self.form.nomination.trim().is_empty()
    }

    /// Parses the guardian part for a registration whose birth year parsed as `birth_year`.
    /// `Ok(None)`: nothing needed and nothing typed. Errors are added to `errors`, with the
    /// consent's parts reported on the consent box.
    pub fn parse(
        &self,
        t: &Tr,
        birth_year: Option<tandem_core::values::BirthYear>,
        today: time::Date,
        errors: &mut FieldErrors,
    ) -> Option<MinorDetails> {
        let minor_by_year = birth_year.is_some_and(|year| is_minor(None, year, today));
        if !minor_by_year && !self.typed() {
            return None;
        }
        if self.form.birth_date.trim().is_empty() {
            errors.push("birth_date", t.get("minors-error-birth-date-needed"));
            return None;
        }
        match self.form.parse(birth_year, today) {
            Ok(details) => Some(details),
            Err(problems) => {
                for problem in &problems {
                    if let DomainError::Invalid { field, code } = problem {
                        match *field {
                            "consent_given_by" | "consent_given_on" | "consent_channel" => {
                                errors.push("guardian_consent", t.get("minors-error-consent"));
                            }
                            field => errors.push(field, labels::field_error(t, code)),
                        }
                    }
                }
                None
            }
        }
    }
}

/// What the registration template needs for the guardian part.
pub struct RegistrationMinorView {
    pub form: MinorForm,
    pub guardian_consent: bool,
    pub relations: Vec<(&'static str, String)>,
    pub today: String,
}

impl RegistrationMinorView {
    pub fn new(t: &Tr, minor: RegistrationMinor) -> Self {
        Self {
            form: minor.form,
            guardian_consent: minor.guardian_consent,
            relations: GuardianRelation::ALL
                .iter()
                .map(|r| {
                    (
                        r.as_str(),
                        t.get(&format!("minors-relation-{}", r.as_str())),
                    )
                })
                .collect(),
            today: date_text(today()),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The daily job
// ---------------------------------------------------------------------------------------------

/// Deletes certificate records whose mentor's activity ended more than `retention` ago, and
/// queues one reminder per minor whose guardian's consent must be renewed (at 16 to the
/// guardian, at 18 to the young person). Safe to run again. Returns (records deleted, reminders
/// queued).
pub async fn safeguarding_job(
    store: &Store,
    config: &WebConfig,
    retention: CertificateRetention,
    now: time::OffsetDateTime,
) -> StoreResult<(usize, usize)> {
    let today = to_local(now).date();
    let mut deleted = 0;
    for (organisation, person) in store
        .certificates_due_for_deletion(retention, today)
        .await?
    {
        if store.delete_certificate(&organisation, &person).await? {
            store
                .audit(&organisation, None, AuditAction::Changed, &person, now)
                .await?;
            deleted += 1;
        }
    }
    let mut reminded = 0;
    for renewal in store.consent_renewals_due(today).await? {
        if !store
            .claim_consent_renewal_reminder(&renewal.person_id, renewal.milestone)
            .await?
        {
            continue;
        }
        // Without an address the flag on the coordinator's page is the reminder.
        let Some(recipient) = renewal.recipient.as_deref() else {
            continue;
        };
        let t = Tr::new(Locale::find(&renewal.locale).unwrap_or(DEFAULT_LOCALE));
        let key = if renewal.milestone >= 18 {
            "minors-mail-renewal-body-adult"
        } else {
            "minors-mail-renewal-body"
        };
        let body = t.with(
            key,
            &[
                ("name", FluentValue::from(renewal.first_name.clone())),
                ("age", FluentValue::from(renewal.milestone)),
                ("link", FluentValue::from(config.public_url.clone())),
            ],
        );
        store
            .queue_mail(
                &NewMail {
                    organisation: Some(&renewal.organisation_id),
                    recipient,
                    reply_to: None,
                    locale: t.locale.code,
                    subject: &t.get("minors-mail-renewal-subject"),
                    body: &crate::i18n::without_isolation(&body),
                },
                now,
            )
            .await?;
        reminded += 1;
    }
    Ok((deleted, reminded))
}
