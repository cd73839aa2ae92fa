//! The JSON API under `/api/v1`, with its OpenAPI document at `/api/openapi.json`.
//!
//! The same permission rules as the pages: the organisation comes from the session, objects of
//! other organisations are 404. Request bodies reject unknown fields (422), so a forged
//! `organisation_id` in a body is refused rather than silently ignored or applied.

use crate::{AppState, context::RequestContext, error::ApiError};
use axum::{
    Extension, Json, Router,
    extract::{Path, Query, State},
    http::StatusCode,
    routing::{get, post},
};
use serde::{Deserialize, Serialize};
use tandem_core::{
    ids::{PersonId, ProgrammeId, TandemId},
    permissions::Action,
    person::{Person, PersonStatus, Side},
    programme::{Programme, ProgrammeDetails},
    tandem::{TandemAction, TandemStatus},
    values::{LanguageCode, SpokenLanguage},
};
use tandem_store::{Page, PeopleQuery, PersonSummary, TandemQuery, TandemView};
use utoipa::{IntoParams, OpenApi, ToSchema};

type ApiResult<T> = Result<Json<T>, ApiError>;

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// A programme.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgrammeDto {
    id: String,
    name: String,
    kind: String,
    description: String,
    /// `online` or comma-separated postal codes.
    region: String,
    languages: Vec<String>,
    planned_duration_months: u16,
    mentor_capacity: u8,
    published: bool,
}

impl From<Programme> for ProgrammeDto {
    fn from(programme: Programme) -> Self {
        let details = programme.details;
        Self {
            id: programme.id.to_string(),
            name: details.name,
            kind: details.kind.as_str().to_owned(),
            description: details.description,
            region: details.region.to_text(),
            languages: details
                .languages
                .iter()
                .map(LanguageCode::to_string)
                .collect(),
            planned_duration_months: details.planned_duration_months,
            mentor_capacity: details.mentor_capacity,
            published: details.published,
        }
    }
}

/// What an organisation admin sends to create or change a programme.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeInput {
    name: String,
    /// buddy, learning or career.
    kind: String,
    #[serde(default)]
    description: String,
    region: String,
    /// ISO 639 codes, e.g. `["de", "ar"]`.
    languages: Vec<String>,
    planned_duration_months: u16,
    mentor_capacity: u8,
    #[serde(default)]
    published: bool,
}

impl ProgrammeInput {
    fn parse(&self) -> Result<ProgrammeDetails, ApiError> {
        Ok(ProgrammeDetails::parse(
            &self.name,
            &self.kind,
            &self.description,
            &self.region,
            &self.languages.join(","),
            &self.planned_duration_months.to_string(),
            &self.mentor_capacity.to_string(),
            self.published,
        )?)
    }
}

/// A page of results.
#[derive(Debug, Serialize, ToSchema)]
pub struct PageDto<T> {
    items: Vec<T>,
    page: u32,
    per_page: u32,
    total: u64,
}

impl<T, U: From<T>> From<Page<T>> for PageDto<U> {
    fn from(page: Page<T>) -> Self {
        Self {
            items: page.items.into_iter().map(U::from).collect(),
            page: page.page,
            per_page: page.per_page,
            total: page.total,
        }
    }
}

/// A line of a waiting list.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonSummaryDto {
    id: String,
    programme_id: String,
    side: String,
    status: String,
    first_name: String,
    last_name: String,
    postal_code: String,
    languages: String,
    /// Unix seconds.
    registered_at: i64,
}

impl From<PersonSummary> for PersonSummaryDto {
    fn from(p: PersonSummary) -> Self {
        Self {
            id: p.id,
            programme_id: p.programme_id,
            side: p.side,
            status: p.status,
            first_name: p.first_name,
            last_name: p.last_name,
            postal_code: p.postal_code,
            languages: p.languages,
            registered_at: p.registered_at,
        }
    }
}

/// A person's full profile, as the coordinator sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonDto {
    id: String,
    programme_id: String,
    side: String,
    status: String,
    first_name: String,
    last_name: String,
    email: String,
    phone: Option<String>,
    postal_code: String,
    /// `code:level` pairs, e.g. `ar:native,de:A2`.
    languages: String,
    /// Bitset of weekday × slot (Monday first; morning, afternoon, evening).
    availability: u32,
    gender: String,
    gender_preference: String,
    birth_year: i32,
    interests: Vec<String>,
    goals: Vec<String>,
    profession: String,
    capacity: Option<u8>,
    locale: String,
    coordinator_notes: String,
    consent_text_version: String,
    consent_locale: String,
    /// Unix seconds.
    consent_given_at: i64,
    registered_at: i64,
}

impl From<Person> for PersonDto {
    fn from(person: Person) -> Self {
        let profile = person.profile;
        Self {
            id: person.id.to_string(),
            programme_id: person.programme_id.to_string(),
            side: person.side.as_str().to_owned(),
            status: person.status.as_str().to_owned(),
            first_name: profile.first_name,
            last_name: profile.last_name,
            email: profile.email.to_string(),
            phone: profile.phone,
            postal_code: profile.postal_code.to_string(),
            languages: SpokenLanguage::format_list(&profile.languages),
            availability: profile.availability.bits(),
            gender: profile.gender.as_str().to_owned(),
            gender_preference: profile.gender_preference.as_str().to_owned(),
            birth_year: profile.birth_year.get(),
            interests: profile.interests,
            goals: profile.goals,
            profession: profile.profession,
            capacity: profile.capacity,
            locale: profile.locale,
            coordinator_notes: person.coordinator_notes,
            consent_text_version: person.consent.text_version,
            consent_locale: person.consent.locale,
            consent_given_at: person.consent.given_at.unix_timestamp(),
            registered_at: person.registered_at.unix_timestamp(),
        }
    }
}

/// A tandem with names.
#[derive(Debug, Serialize, ToSchema)]
pub struct TandemDto {
    id: String,
    programme_id: String,
    programme_name: String,
    mentor_id: String,
    mentor_name: String,
    mentee_id: String,
    mentee_name: String,
    status: String,
    mentor_accepted: bool,
    mentee_accepted: bool,
    end_reason: Option<String>,
    /// The text of the end reason "other".
    end_reason_detail: Option<String>,
    created_at: i64,
    started_at: Option<i64>,
    ended_at: Option<i64>,
}

impl From<TandemView> for TandemDto {
    fn from(t: TandemView) -> Self {
        Self {
            id: t.id,
            programme_id: t.programme_id,
            programme_name: t.programme_name,
            mentor_id: t.mentor_id,
            mentor_name: t.mentor_name,
            mentee_id: t.mentee_id,
            mentee_name: t.mentee_name,
            status: t.status,
            mentor_accepted: t.mentor_accepted,
            mentee_accepted: t.mentee_accepted,
            end_reason: t.end_reason,
            end_reason_detail: t.end_reason_detail,
            created_at: t.created_at,
            started_at: t.started_at,
            ended_at: t.ended_at,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScreeningInput {
    /// screened, ready, withdrawn or registered.
    status: String,
}

/// A further mentor or mentee of a tandem (besides its primary mentor and mentee).
#[derive(Debug, Serialize, ToSchema)]
pub struct TandemMemberDto {
    person_id: String,
    name: String,
    /// mentor or mentee.
    side: String,
    added_at: i64,
}

impl From<tandem_store::TandemMember> for TandemMemberDto {
    fn from(m: tandem_store::TandemMember) -> Self {
        Self {
            person_id: m.person_id,
            name: m.name,
            side: m.side,
            added_at: m.added_at,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMemberInput {
    /// A mentor or mentee of the tandem's programme; the side is the person's own.
    person_id: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTandemInput {
    mentor_id: String,
    mentee_id: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TandemActionInput {
    /// accept_mentor, accept_mentee, decline_mentor, decline_mentee, start, pause, resume,
    /// complete or end_early.
    action: String,
    /// Required for end_early: moved_away, no_time, not_a_good_fit, goal_reached, no_contact, other.
    #[serde(default)]
    end_reason: Option<String>,
    /// Required with end reason "other": what happened, at most 200 characters.
    #[serde(default)]
    end_reason_detail: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeopleParams {
    programme: Option<String>,
    side: Option<String>,
    status: Option<String>,
    q: Option<String>,
    page: Option<u32>,
    per_page: Option<u32>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TandemParams {
    programme: Option<String>,
    status: Option<String>,
    page: Option<u32>,
    per_page: Option<u32>,
}

/// Statewide counts (alliance only).
#[derive(Debug, Serialize, ToSchema)]
pub struct StatsDto {
    organisations: i64,
    programmes: i64,
    people_by_status: Vec<StatusCountDto>,
    tandems_by_status: Vec<StatusCountDto>,
}

/// How many people or tandems have one status. An object rather than a `[status, count]`
/// pair: a tuple's schema (`prefixItems`) is not valid OpenAPI 3.0, and fields say what they are.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatusCountDto {
    status: String,
    count: i64,
}

#[utoipa::path(get, path = "/api/v1/programmes", tag = "programmes",
    responses((status = 200, body = Vec<ProgrammeDto>), (status = 401), (status = 403)))]
async fn list_programmes(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
) -> ApiResult<Vec<ProgrammeDto>> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let programmes = state.store.list_programmes(&organisation).await?;
    Ok(Json(
        programmes.into_iter().map(ProgrammeDto::from).collect(),
    ))
}

#[utoipa::path(post, path = "/api/v1/programmes", tag = "programmes", request_body = ProgrammeInput,
    responses((status = 201, body = ProgrammeDto), (status = 422)))]
async fn create_programme(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Json(input): Json<ProgrammeInput>,
) -> Result<(StatusCode, Json<ProgrammeDto>), ApiError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let programme = state
        .store
        .create_programme(&organisation, &input.parse()?, now())
        .await?;
    Ok((StatusCode::CREATED, Json(programme.into())))
}

#[utoipa::path(get, path = "/api/v1/programmes/{id}", tag = "programmes",
    params(("id" = String, Path)), responses((status = 200, body = ProgrammeDto), (status = 404)))]
async fn get_programme(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> ApiResult<ProgrammeDto> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    Ok(Json(
        state
            .store
            .programme(&organisation, &ProgrammeId::from_string(id))
            .await?
            .into(),
    ))
}

#[utoipa::path(put, path = "/api/v1/programmes/{id}", tag = "programmes", request_body = ProgrammeInput,
    params(("id" = String, Path)), responses((status = 200, body = ProgrammeDto), (status = 404), (status = 422)))]
async fn update_programme(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    Json(input): Json<ProgrammeInput>,
) -> ApiResult<ProgrammeDto> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let id = ProgrammeId::from_string(id);
    state.store.programme(&organisation, &id).await?;
    Ok(Json(
        state
            .store
            .update_programme(&organisation, &id, &input.parse()?, now())
            .await?
            .into(),
    ))
}

#[utoipa::path(get, path = "/api/v1/people", tag = "people", params(PeopleParams),
    responses((status = 200, body = PageDto<PersonSummaryDto>)))]
async fn list_people(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Query(params): Query<PeopleParams>,
) -> ApiResult<PageDto<PersonSummaryDto>> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let query = PeopleQuery {
        programme_id: params.programme.map(ProgrammeId::from_string),
        side: params.side.as_deref().map(Side::parse).transpose()?,
        status: params
            .status
            .as_deref()
            .map(PersonStatus::parse)
            .transpose()?,
        search: params.q.unwrap_or_default(),
        page: params.page.unwrap_or(1),
        per_page: params.per_page.unwrap_or(50),
    };
    Ok(Json(
        state.store.list_people(&organisation, &query).await?.into(),
    ))
}

#[utoipa::path(get, path = "/api/v1/people/{id}", tag = "people", params(("id" = String, Path)),
    responses((status = 200, body = PersonDto), (status = 404)))]
async fn get_person(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> ApiResult<PersonDto> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    Ok(Json(
        state
            .store
            .person(&organisation, &PersonId::from_string(id))
            .await?
            .into(),
    ))
}

#[utoipa::path(post, path = "/api/v1/people/{id}/screening", tag = "people", request_body = ScreeningInput,
    params(("id" = String, Path)), responses((status = 200, body = PersonDto), (status = 404), (status = 409)))]
async fn screen_person(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    Json(input): Json<ScreeningInput>,
) -> ApiResult<PersonDto> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let id = PersonId::from_string(id);
    let to = PersonStatus::parse(&input.status)?;
    state
        .store
        .screen_person(&organisation, &id, to, now())
        .await?;
    Ok(Json(state.store.person(&organisation, &id).await?.into()))
}

#[utoipa::path(get, path = "/api/v1/tandems", tag = "tandems", params(TandemParams),
    responses((status = 200, body = PageDto<TandemDto>)))]
async fn list_tandems(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Query(params): Query<TandemParams>,
) -> ApiResult<PageDto<TandemDto>> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let query = TandemQuery {
        programme_id: params.programme.map(ProgrammeId::from_string),
        status: params
            .status
            .as_deref()
            .map(TandemStatus::parse)
            .transpose()?,
        page: params.page.unwrap_or(1),
        per_page: params.per_page.unwrap_or(50),
    };
    Ok(Json(
        state
            .store
            .list_tandems(&organisation, &query)
            .await?
            .into(),
    ))
}

#[utoipa::path(post, path = "/api/v1/tandems", tag = "tandems", request_body = NewTandemInput,
    responses((status = 201, body = TandemDto), (status = 404), (status = 422)))]
async fn create_tandem(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Json(input): Json<NewTandemInput>,
) -> Result<(StatusCode, Json<TandemDto>), ApiError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let mentor = PersonId::from_string(input.mentor_id);
    let mentee = PersonId::from_string(input.mentee_id);
    let tandem = state
        .store
        .create_tandem(&organisation, &mentor, &mentee, now())
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(state.store.tandem(&organisation, &tandem.id).await?.into()),
    ))
}

#[utoipa::path(get, path = "/api/v1/tandems/{id}", tag = "tandems", params(("id" = String, Path)),
    responses((status = 200, body = TandemDto), (status = 404)))]
async fn get_tandem(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> ApiResult<TandemDto> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    Ok(Json(
        state
            .store
            .tandem(&organisation, &TandemId::from_string(id))
            .await?
            .into(),
    ))
}

#[utoipa::path(post, path = "/api/v1/tandems/{id}/actions", tag = "tandems", request_body = TandemActionInput,
    params(("id" = String, Path)), responses((status = 200, body = TandemDto), (status = 404), (status = 409)))]
async fn tandem_action(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    Json(input): Json<TandemActionInput>,
) -> ApiResult<TandemDto> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let id = TandemId::from_string(id);
    let action = TandemAction::parse(&input.action, input.end_reason.as_deref())?;
    let detail = tandem_core::tandem::end_reason_detail(
        action,
        input.end_reason_detail.as_deref().unwrap_or(""),
    )?;
    state
        .store
        .apply_tandem_action_with_detail(&organisation, &id, action, detail.as_deref(), now())
        .await?;
    Ok(Json(state.store.tandem(&organisation, &id).await?.into()))
}

/// The tandem's further members, after checking the tandem is the caller's organisation's.
async fn members_of(
    state: &AppState,
    organisation: &tandem_core::ids::OrganisationId,
    tandem: &TandemId,
) -> Result<Vec<TandemMemberDto>, ApiError> {
    state.store.tandem(organisation, tandem).await?;
    Ok(state
        .store
        .tandem_members(organisation, tandem)
        .await?
        .into_iter()
        .map(TandemMemberDto::from)
        .collect())
}

#[utoipa::path(get, path = "/api/v1/tandems/{id}/members", tag = "tandems", params(("id" = String, Path)),
    responses((status = 200, body = [TandemMemberDto]), (status = 404)))]
async fn list_tandem_members(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> ApiResult<Vec<TandemMemberDto>> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    Ok(Json(
        members_of(&state, &organisation, &TandemId::from_string(id)).await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/tandems/{id}/members", tag = "tandems", request_body = NewMemberInput,
    params(("id" = String, Path)),
    responses((status = 201, body = [TandemMemberDto]), (status = 404), (status = 422)))]
async fn add_tandem_member(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    Json(input): Json<NewMemberInput>,
) -> Result<(StatusCode, Json<Vec<TandemMemberDto>>), ApiError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let tandem = TandemId::from_string(id);
    state
        .store
        .add_tandem_member(
            &organisation,
            &tandem,
            &PersonId::from_string(input.person_id),
            now(),
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(members_of(&state, &organisation, &tandem).await?),
    ))
}

#[utoipa::path(delete, path = "/api/v1/tandems/{id}/members/{member}", tag = "tandems",
    params(("id" = String, Path), ("member" = String, Path)),
    responses((status = 204), (status = 404), (status = 422)))]
async fn remove_tandem_member(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path((id, member)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    state
        .store
        .remove_tandem_member(
            &organisation,
            &TandemId::from_string(id),
            &PersonId::from_string(member),
            now(),
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/stats", tag = "alliance", responses((status = 200, body = StatsDto), (status = 403)))]
async fn stats(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
) -> ApiResult<StatsDto> {
    if !context.actor()?.may_administer_alliance() {
        return Err(crate::error::AppError::Forbidden.into());
    }
    let counts = state.store.statewide_counts().await?;
    Ok(Json(StatsDto {
        organisations: counts.organisations,
        programmes: counts.programmes,
        people_by_status: counts
            .people_by_status
            .into_iter()
            .map(|c| StatusCountDto {
                status: c.status,
                count: c.count,
            })
            .collect(),
        tandems_by_status: counts
            .tandems_by_status
            .into_iter()
            .map(|c| StatusCountDto {
                status: c.status,
                count: c.count,
            })
            .collect(),
    }))
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Tandem API",
        description = "Programmes, people and tandems of the signed-in organisation. Authenticate with the session cookie from /login."
    ),
    paths(
        list_programmes,
        create_programme,
        get_programme,
        update_programme,
        list_people,
        get_person,
        screen_person,
        list_tandems,
        create_tandem,
        get_tandem,
        tandem_action,
        list_tandem_members,
        add_tandem_member,
        remove_tandem_member,
        stats
    ),
    components(schemas(
        ProgrammeDto,
        ProgrammeInput,
        PersonSummaryDto,
        PersonDto,
        TandemDto,
        ScreeningInput,
        NewTandemInput,
        TandemActionInput,
        TandemMemberDto,
        NewMemberInput,
        StatsDto,
        StatusCountDto
    ))
)]
pub struct ApiDoc;

/// The OpenAPI document as JSON.
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// The `/api/v1` routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/programmes",
            get(list_programmes).post(create_programme),
        )
        .route(
            "/api/v1/programmes/{id}",
            get(get_programme).put(update_programme),
        )
        .route("/api/v1/people", get(list_people))
        .route("/api/v1/people/{id}", get(get_person))
        .route("/api/v1/people/{id}/screening", post(screen_person))
        .route("/api/v1/tandems", get(list_tandems).post(create_tandem))
        .route("/api/v1/tandems/{id}", get(get_tandem))
        .route("/api/v1/tandems/{id}/actions", post(tandem_action))
        .route(
            "/api/v1/tandems/{id}/members",
            get(list_tandem_members).post(add_tandem_member),
        )
        .route(
            "/api/v1/tandems/{id}/members/{member}",
            axum::routing::delete(remove_tandem_member),
        )
        .route("/api/v1/stats", get(stats))
}
