//! The public directory ("Projektmesse"): search and filters, a programme's page, the map of Lower
//! Saxony, organisation profiles with a contact form that hides the address, and the admin forms
//! that fill them.

use crate::{
    AppState,
    context::{RequestContext, url_encode},
    error::AppError,
    forms::FormFields,
    labels, map,
    pages::coordinator::Pager,
    templates::{FieldErrors, Layout, render},
};
use askama::Template;
use axum::{
    Extension,
    body::Bytes,
    extract::{Multipart, Path, Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;
use std::collections::BTreeMap;
use tandem_core::{
    DomainError,
    directory::{self, DirectoryEntry, Search, SearchForm},
    ids::{OrganisationId, ProgrammeId},
    organisation::{LOGO_MAX_BYTES, Profile},
    permissions::Action,
    programme::{Listing, ProgrammeKind},
    values::Email,
};
use tandem_store::{NewMail, Page};

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// A programme as the public lists and pages show it.
pub struct ProgrammeCard {
    pub id: String,
    pub name: String,
    pub organisation_id: String,
    pub organisation: String,
    pub city: String,
    pub kind: String,
    pub languages: String,
    pub region: String,
    pub description: String,
    pub duration: String,
    pub target_group: String,
    pub how_to_join: String,
    pub contact: String,
    /// "Looking for mentors and mentees", or empty.
    pub seeking: String,
    /// "12 km away" on a search near a place.
    pub distance: Option<String>,
}

impl ProgrammeCard {
    pub fn new(context: &RequestContext, entry: &DirectoryEntry, distance_km: Option<f64>) -> Self {
        let t = &context.tr;
        let details = &entry.programme.details;
        let listing = &entry.listing;
        let seeking = match (listing.seeks_mentors, listing.seeks_mentees) {
            (true, true) => t.get("directory-seeks-both"),
            (true, false) => t.get("directory-seeks-mentors"),
            (false, true) => t.get("directory-seeks-mentees"),
            (false, false) => String::new(),
        };
        Self {
            id: entry.programme.id.to_string(),
            name: details.name.clone(),
            organisation_id: entry.organisation.id.to_string(),
            organisation: entry.organisation.name.clone(),
            city: entry.organisation.city.clone(),
            kind: labels::kind(t, details.kind),
            languages: details
                .languages
                .iter()
                .map(|code| labels::language(t, code.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
            region: labels::region(t, &details.region),
            description: details.description.clone(),
            duration: t.count("months", u64::from(details.planned_duration_months)),
            target_group: listing.target_group.clone(),
            how_to_join: listing.how_to_join.clone(),
            contact: listing.contact.clone(),
            seeking,
            distance: distance_km.map(|km| {
                // Whole kilometres: the gazetteer's coordinates are a postal code's centre.
                let rounded = km.round().max(0.0) as u64;
                t.with("directory-distance", &[("km", FluentValue::from(rounded))])
            }),
        }
    }
}

#[derive(Debug, Deserialize, Default)]
pub struct DirectoryQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    postal_code: String,
    #[serde(default)]
    radius_km: String,
    #[serde(default)]
    district: String,
    #[serde(default)]
    seeking: String,
    #[serde(default)]
    page: Option<u32>,
}

impl DirectoryQuery {
    fn form(&self) -> SearchForm {
        SearchForm {
            text: self.q.clone(),
            kind: self.kind.clone(),
            language: self.language.clone(),
            postal_code: self.postal_code.clone(),
            radius_km: self.radius_km.clone(),
            district: self.district.clone(),
            seeking: self.seeking.clone(),
        }
    }
    /// The query string of this search without the page, for the pager's links.
    fn link(&self) -> String {
        let pairs = [
            ("q", &self.q),
            ("postal_code", &self.postal_code),
            ("radius_km", &self.radius_km),
            ("kind", &self.kind),
            ("language", &self.language),
            ("seeking", &self.seeking),
            ("district", &self.district),
        ];
        let mut link = String::from("/?");
        for (name, value) in pairs {
            if !value.is_empty() {
                link.push_str(&format!("{name}={}&", url_encode(value)));
            }
        }
        link
    }
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomeTemplate {
    layout: Layout,
    query: DirectoryQuery,
    kinds: Vec<(&'static str, String)>,
    languages: Vec<(String, String)>,
    radii: Vec<(String, String)>,
    district_name: Option<String>,
    errors: FieldErrors,
    filtered: bool,
    summary: String,
    programmes: Vec<ProgrammeCard>,
    pager: Pager,
}

/// Radii offered in the search form.
const RADII_KM: [u16; 5] = [5, 10, 25, 50, 100];

/// The directory: every published programme, searched and filtered, nearest first near a place.
pub async fn home(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Query(query): Query<DirectoryQuery>,
) -> Result<Response, AppError> {
    let t = &context.tr;
    let entries = state.store.directory_entries().await?;
    let (search, problems) = Search::parse(&query.form());
    let mut errors = FieldErrors::default();
    for problem in &problems {
        if let DomainError::Invalid { field, code } = problem {
            errors.push(field, labels::field_error(t, code));
        }
    }
    let hits = directory::search(&entries, &search);
    let total = hits.len();
    let page_number = query.page.unwrap_or(1).max(1);
    let per_page = directory::PAGE_SIZE;
    let start = usize::try_from(page_number - 1)
        .unwrap_or(usize::MAX)
        .saturating_mul(per_page);
    let programmes: Vec<ProgrammeCard> = hits
        .iter()
        .skip(start)
        .take(per_page)
        .map(|hit| ProgrammeCard::new(&context, &entries[hit.index], hit.distance_km))
        .collect();
    let page = Page {
        items: Vec::<()>::new(),
        page: page_number,
        per_page: u32::try_from(per_page).unwrap_or(20),
        total: total as u64,
    };
    let base = query.link();
    let pager = Pager::new(t, &page, |number| format!("{base}page={number}"));
    let mut languages: BTreeMap<String, String> = BTreeMap::new();
    for entry in entries.iter() {
        for code in &entry.programme.details.languages {
            languages
                .entry(code.as_str().to_owned())
                .or_insert_with(|| labels::language(t, code.as_str()));
        }
    }
    let mut languages: Vec<(String, String)> = languages.into_iter().collect();
    languages.sort_by(|a, b| a.1.cmp(&b.1));
    let summary = match &search.near {
        Some(near) => t.with(
            "directory-found-near",
            &[
                ("count", FluentValue::from(total)),
                ("km", FluentValue::from(near.radius_km)),
                ("place", FluentValue::from(near.place.locality.to_owned())),
            ],
        ),
        None => t.with("directory-found", &[("count", FluentValue::from(total))]),
    };
    let district_name = search.district.and_then(|key| {
        directory::districts()
            .iter()
            .find(|d| d.key == key)
            .map(|d| d.name.to_owned())
    });
    Ok(render(&HomeTemplate {
        layout: context.layout(t.get("home-title")),
        kinds: ProgrammeKind::ALL
            .iter()
            .map(|kind| (kind.as_str(), labels::kind(t, *kind)))
            .collect(),
        languages,
        radii: RADII_KM
            .iter()
            .map(|km| {
                (
                    km.to_string(),
                    t.with("directory-radius-option", &[("km", FluentValue::from(*km))]),
                )
            })
            .collect(),
        district_name,
        errors,
        filtered: search.is_filtered(),
        summary,
        programmes,
        pager,
        query,
    }))
}

#[derive(Template)]
#[template(path = "programme.html")]
struct ProgrammeTemplate {
    layout: Layout,
    programme: ProgrammeCard,
}

pub async fn programme_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let entry = state
        .store
        .directory_entry(&ProgrammeId::from_string(id))
        .await?;
    let card = ProgrammeCard::new(&context, &entry, None);
    Ok(render(&ProgrammeTemplate {
        layout: context.layout(card.name.clone()),
        programme: card,
    }))
}

/// A district on the map with how many programmes work there.
pub struct MapDistrict {
    pub key: &'static str,
    pub name: String,
    pub path: &'static str,
    pub count: usize,
    /// "3 programmes".
    pub label: String,
}

/// A programme's point on the map.
pub struct MapPoint {
    pub x: String,
    pub y: String,
    pub name: String,
    pub href: String,
}

#[derive(Template)]
#[template(path = "map.html")]
struct MapTemplate {
    layout: Layout,
    width: u32,
    height: u32,
    districts: Vec<MapDistrict>,
    points: Vec<MapPoint>,
    /// "2 programmes work online", when any do.
    online: Option<String>,
    attribution: &'static str,
}

/// Lower Saxony with its districts (each links to the directory filtered to it) and the
/// programmes as points, with the same information as a list beside it.
pub async fn map_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    let entries = state.store.directory_entries().await?;
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut points = Vec::new();
    let mut online: u64 = 0;
    for entry in entries.iter() {
        let region = &entry.programme.details.region;
        let mut keys: Vec<&str> = directory::places(region)
            .map(|place| place.district_key)
            .collect();
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            *counts.entry(key).or_default() += 1;
        }
        match directory::map_position(region) {
            Some((latitude, longitude)) => {
                let (x, y) = map::project(latitude, longitude);
                let nearest = directory::places(region).next();
                points.push(MapPoint {
                    x: format!("{x:.0}"),
                    y: format!("{y:.0}"),
                    name: entry.programme.details.name.clone(),
                    href: match nearest {
                        Some(place) => format!("/?postal_code={}&radius_km=10", place.postal_code),
                        None => format!("/programmes/{}", entry.programme.id),
                    },
                });
            }
            None => online += 1,
        }
    }
    let districts = map::outlines()
        .iter()
        .map(|outline| {
            let count = counts.get(outline.key).copied().unwrap_or(0);
            MapDistrict {
                key: outline.key,
                name: district_label(outline.key, outline.name),
                path: outline.path,
                count,
                label: context.tr.count("programmes-count", count as u64),
            }
        })
        .collect();
    Ok(render(&MapTemplate {
        layout: context.layout(context.tr.get("map-title")),
        width: map::WIDTH,
        height: map::HEIGHT,
        districts,
        points,
        online: (online > 0).then(|| context.tr.count("map-online", online)),
        attribution: map::ATTRIBUTION,
    }))
}

/// Official names repeat (the city and the district of Osnabrück): the gazetteer's name, which
/// says "Landkreis" or "Stadt", tells them apart.
fn district_label(key: &str, fallback: &str) -> String {
    directory::districts()
        .iter()
        .find(|d| d.key == key)
        .map_or_else(|| fallback.to_owned(), |d| d.name.to_owned())
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct OrganisationTemplate {
    layout: Layout,
    id: String,
    name: String,
    city: String,
    profile: Profile,
    has_logo: bool,
    programmes: Vec<ProgrammeCard>,
    contact: ContactForm,
    errors: FieldErrors,
    sent: bool,
}

/// The contact form as typed.
#[derive(Debug, Clone, Default)]
pub struct ContactForm {
    pub name: String,
    pub email: String,
    pub message: String,
}

#[derive(Debug, Deserialize, Default)]
pub struct SentQuery {
    #[serde(default)]
    sent: Option<String>,
}

pub async fn organisation_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    Query(query): Query<SentQuery>,
) -> Result<Response, AppError> {
    organisation_response(
        &state,
        &context,
        &OrganisationId::from_string(id),
        ContactForm::default(),
        FieldErrors::default(),
        query.sent.is_some(),
    )
    .await
}

async fn organisation_response(
    state: &AppState,
    context: &RequestContext,
    id: &OrganisationId,
    contact: ContactForm,
    errors: FieldErrors,
    sent: bool,
) -> Result<Response, AppError> {
    let (organisation, profile) = state.store.organisation_profile(id).await?;
    let programmes: Vec<ProgrammeCard> = state
        .store
        .directory_entries_of(id)
        .await?
        .iter()
        .map(|entry| ProgrammeCard::new(context, entry, None))
        .collect();
    // Only organisations that present something are on the fair.
    if programmes.is_empty() && profile.description.is_empty() {
        return Err(AppError::NotFound);
    }
    let has_logo = state.store.organisation_logo(id).await?.is_some();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = render(&OrganisationTemplate {
        layout: context.layout(organisation.name.clone()),
        id: organisation.id.to_string(),
        name: organisation.name,
        city: organisation.city,
        profile,
        has_logo,
        programmes,
        contact,
        errors,
        sent,
    });
    Ok((status, page).into_response())
}

/// Sends a visitor's message to the organisation's contact address without showing it; replies go
/// straight to the visitor. A filled-in hidden field (`website`) marks a bot: it is thanked and
/// nothing is sent.
pub async fn contact(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let id = OrganisationId::from_string(id);
    let fields = FormFields::parse(&body);
    let form = ContactForm {
        name: fields.get("name").trim().to_owned(),
        email: fields.get("email").trim().to_owned(),
        message: fields.get("message").trim().to_owned(),
    };
    let back = format!("/organisations/{id}?sent=1#contact");
    if !fields.get("website").is_empty() {
        return Ok(Redirect::to(&back).into_response());
    }
    let t = &context.tr;
    let mut errors = FieldErrors::default();
    if form.name.chars().count() < 2 || form.name.chars().count() > 200 {
        errors.push("contact_name", labels::field_error(t, "too-short"));
    }
    let email = Email::parse(&form.email);
    if email.is_err() {
        errors.push("contact_email", labels::field_error(t, "email"));
    }
    let length = form.message.chars().count();
    if !(10..=5000).contains(&length) {
        errors.push("contact_message", labels::field_error(t, "message-length"));
    }
    let (organisation, profile) = state.store.organisation_profile(&id).await?;
    let Some(recipient) = profile.contact_email else {
        errors.push("contact_message", t.get("contact-no-address"));
        return organisation_response(&state, &context, &id, form, errors, false).await;
    };
    let Ok(email) = email else {
        return organisation_response(&state, &context, &id, form, errors, false).await;
    };
    if !errors.is_empty() {
        return organisation_response(&state, &context, &id, form, errors, false).await;
    }
    // The organisation reads it in German, the alliance's working language.
    let german = crate::i18n::Tr::new(crate::i18n::DEFAULT_LOCALE);
    let subject = german.with(
        "mail-contact-subject",
        &[("name", FluentValue::from(form.name.clone()))],
    );
    let body = german.with(
        "mail-contact-body",
        &[
            ("name", FluentValue::from(form.name.clone())),
            ("organisation", FluentValue::from(organisation.name.clone())),
            ("message", FluentValue::from(form.message.clone())),
        ],
    );
    state
        .store
        .queue_mail(
            &NewMail {
                organisation: Some(&id),
                recipient: recipient.as_str(),
                reply_to: Some(email.as_str()),
                locale: german.locale.code,
                subject: &crate::i18n::without_isolation(&subject),
                body: &crate::i18n::without_isolation(&body),
            },
            now(),
        )
        .await?;
    Ok(Redirect::to(&back).into_response())
}

/// An organisation's logo (re-encoded PNG); cached for a day.
pub async fn logo(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let png = state
        .store
        .organisation_logo(&OrganisationId::from_string(id))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/png"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        png,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "admin_profile.html")]
struct ProfileFormTemplate {
    layout: Layout,
    id: String,
    description: String,
    website: String,
    partner_note: String,
    contact_email: String,
    has_logo: bool,
    logo_hint: String,
    errors: FieldErrors,
    saved: bool,
}

/// The organisation admin's form for the fair profile and the logo.
pub async fn profile_form(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Query(query): Query<SentQuery>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let (_, profile) = state.store.organisation_profile(&organisation).await?;
    let has_logo = state
        .store
        .organisation_logo(&organisation)
        .await?
        .is_some();
    Ok(render(&ProfileFormTemplate {
        layout: context.layout(context.tr.get("profile-title")),
        id: organisation.to_string(),
        contact_email: profile
            .contact_email
            .map(|email| email.as_str().to_owned())
            .unwrap_or_default(),
        description: profile.description,
        website: profile.website,
        partner_note: profile.partner_note,
        has_logo,
        logo_hint: logo_hint(&context.tr),
        errors: FieldErrors::default(),
        saved: query.sent.is_some(),
    }))
}

/// Saves the profile (multipart, because of the logo). A bad field or a refused file keeps
/// everything typed and saves nothing.
pub async fn save_profile(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let t = &context.tr;
    let mut fields: BTreeMap<String, String> = BTreeMap::new();
    let mut upload: Option<Vec<u8>> = None;
    let mut errors = FieldErrors::default();
    let mut remove_logo = false;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => {
                errors.push("logo", logo_too_large(t));
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == "logo" {
            match field.bytes().await {
                Ok(bytes) if bytes.is_empty() => {}
                Ok(bytes) if bytes.len() > LOGO_MAX_BYTES => errors.push("logo", logo_too_large(t)),
                Ok(bytes) => upload = Some(bytes.to_vec()),
                Err(_) => errors.push("logo", logo_too_large(t)),
            }
        } else if name == "remove_logo" {
            remove_logo = true;
        } else if let Ok(text) = field.text().await {
            fields.insert(name, text);
        }
    }
    let get = |name: &str| fields.get(name).cloned().unwrap_or_default();
    let profile = Profile::parse(
        &get("description"),
        &get("website"),
        &get("partner_note"),
        &get("contact_email"),
    );
    if let Err(DomainError::Invalid { field, code }) = &profile {
        errors.push(field, labels::field_error(t, code));
    }
    let logo = match upload {
        Some(bytes) => match crate::logo::reencode(&bytes) {
            Ok(png) => Some(png),
            Err(()) => {
                errors.push("logo", t.get("error-field-logo-not-image"));
                None
            }
        },
        None => None,
    };
    match profile {
        Ok(profile) if errors.is_empty() => {
            state
                .store
                .set_organisation_profile(&organisation, &profile)
                .await?;
            if let Some(png) = &logo {
                state
                    .store
                    .set_organisation_logo(&organisation, Some(png))
                    .await?;
            } else if remove_logo {
                state
                    .store
                    .set_organisation_logo(&organisation, None)
                    .await?;
            }
            Ok(Redirect::to("/admin/profile?sent=1").into_response())
        }
        _ => {
            let has_logo = state
                .store
                .organisation_logo(&organisation)
                .await?
                .is_some();
            let page = render(&ProfileFormTemplate {
                layout: context.layout(t.get("profile-title")),
                id: organisation.to_string(),
                description: get("description"),
                website: get("website"),
                partner_note: get("partner_note"),
                contact_email: get("contact_email"),
                has_logo,
                logo_hint: logo_hint(&context.tr),
                errors,
                saved: false,
            });
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

fn logo_hint(t: &crate::i18n::Tr) -> String {
    t.with(
        "profile-logo-hint",
        &[("kb", FluentValue::from(LOGO_MAX_BYTES / 1024))],
    )
}

fn logo_too_large(t: &crate::i18n::Tr) -> String {
    t.with(
        "error-field-logo-too-large",
        &[("kb", FluentValue::from(LOGO_MAX_BYTES / 1024))],
    )
}

#[derive(Template)]
#[template(path = "admin_listing.html")]
struct ListingTemplate {
    layout: Layout,
    id: String,
    listing: Listing,
    errors: FieldErrors,
}

/// The organisation admin's form for what the directory says about a programme.
pub async fn listing_form(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let id = ProgrammeId::from_string(id);
    let listing = state.store.programme_listing(&organisation, &id).await?;
    let programme = state.store.programme(&organisation, &id).await?;
    Ok(render(&ListingTemplate {
        layout: context.layout(context.tr.with(
            "listing-title",
            &[("name", FluentValue::from(programme.details.name))],
        )),
        id: id.to_string(),
        listing,
        errors: FieldErrors::default(),
    }))
}

pub async fn save_listing(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let id = ProgrammeId::from_string(id);
    let programme = state.store.programme(&organisation, &id).await?;
    let fields = FormFields::parse(&body);
    let typed = Listing {
        target_group: fields.get("target_group"),
        how_to_join: fields.get("how_to_join"),
        contact: fields.get("contact"),
        seeks_mentors: fields.checked("seeks_mentors"),
        seeks_mentees: fields.checked("seeks_mentees"),
    };
    match Listing::parse(
        &typed.target_group,
        &typed.how_to_join,
        &typed.contact,
        typed.seeks_mentors,
        typed.seeks_mentees,
    ) {
        Ok(listing) => {
            state
                .store
                .set_programme_listing(&organisation, &id, &listing, now())
                .await?;
            Ok(Redirect::to("/admin/programmes").into_response())
        }
        Err(error) => {
            let mut errors = FieldErrors::default();
            if let DomainError::Invalid { field, code } = &error {
                errors.push(field, labels::field_error(&context.tr, code));
            }
            let page = render(&ListingTemplate {
                layout: context.layout(context.tr.with(
                    "listing-title",
                    &[("name", FluentValue::from(programme.details.name))],
                )),
                id: id.to_string(),
                listing: typed,
                errors,
            });
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
