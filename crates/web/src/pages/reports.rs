//! Outcomes and reports: the coordinator records what a mentee reached; dashboard tables
//! download as XLSX; an organisation's funder report is a German PDF for a period; the alliance
//! admin reads the statewide report (aggregates only, small cells suppressed) and its CSV.
//!
//! The rules (a valid outcome, suppression, grouping) are `tandem_core::outcome` and
//! `tandem_core::report`; the SQL is `tandem_store::outcomes`. Here: HTTP, templates, files.

use super::followup::{Dashboard, PeriodQuery, build_dashboard, day, district, now, period, today};
use crate::{
    AppState,
    context::RequestContext,
    error::AppError,
    forms::FormFields,
    i18n::{Tr, without_isolation},
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
use serde::Deserialize;
use tandem_core::{
    DomainError,
    followup::{YearMonth, iso_date},
    ids::{OrganisationId, PersonId, ProgrammeId, TandemId},
    outcome::{GERMAN_LEVELS, OutcomeForm, OutcomeKind},
    permissions::Action,
    programme::ProgrammeKind,
    report::{
        Grouping, Published, Sheet, StatewideReport, defuse, statewide_report, write_workbook,
    },
    values::LanguageLevel,
};
use tandem_store::AuditAction;

/// This module's routes, merged into the application router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/coordinator/people/{id}/outcomes",
            get(outcomes_page).post(record_outcome),
        )
        .route(
            "/coordinator/people/{id}/outcomes/{outcome}/delete",
            post(delete_outcome),
        )
        .route("/coordinator/dashboard.xlsx", get(organisation_xlsx))
        .route(
            "/coordinator/programmes/{id}/dashboard.xlsx",
            get(programme_xlsx),
        )
        .route("/alliance/report", get(statewide_page))
        .route("/alliance/report.csv", get(statewide_csv))
}

/// An outcome in words: its kind, with the CEFR level for a German level.
pub fn outcome_label(t: &Tr, kind: OutcomeKind, level: Option<LanguageLevel>) -> String {
    let name = match kind {
        OutcomeKind::GermanLevel => t.get("reports-outcome-german-level"),
        OutcomeKind::SchoolTransition => t.get("reports-outcome-school-transition"),
        OutcomeKind::Apprenticeship => t.get("reports-outcome-apprenticeship"),
        OutcomeKind::Job => t.get("reports-outcome-job"),
        OutcomeKind::QualificationRecognised => t.get("reports-outcome-qualification-recognised"),
        OutcomeKind::StudyPlace => t.get("reports-outcome-study-place"),
        OutcomeKind::Other => t.get("reports-outcome-other"),
    };
    match level {
        Some(level) => format!("{name} {}", level.as_str()),
        None => name,
    }
}

fn outcome_error(t: &Tr, code: &str) -> String {
    match code {
        "outcome-level-required" => t.get("reports-error-level-required"),
        "outcome-in-future" => t.get("reports-error-in-future"),
        "outcome-detail-required" => t.get("reports-error-detail-required"),
        other => labels::field_error(t, other),
    }
}

/// One outcome as a line of the person's list.
pub struct OutcomeLine {
    id: String,
    date: String,
    outcome: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "reports_outcomes.html")]
struct OutcomesTemplate {
    layout: Layout,
    person_id: String,
    tandem: String,
    saved: bool,
    outcomes: Vec<OutcomeLine>,
    form: OutcomeForm,
    kinds: Vec<(&'static str, String)>,
    levels: Vec<&'static str>,
    today: String,
    errors: FieldErrors,
}

#[derive(Debug, Deserialize, Default)]
pub struct OutcomeQuery {
    #[serde(default)]
    tandem: String,
    #[serde(default)]
    saved: Option<String>,
}

async fn outcomes_view(
    state: &AppState,
    context: &RequestContext,
    organisation: &OrganisationId,
    person: &PersonId,
    tandem: String,
    refused: Option<(OutcomeForm, FieldErrors)>,
    saved: bool,
) -> Result<Response, AppError> {
    let (form, errors) = match refused {
        Some((form, errors)) => (Some(form), errors),
        None => (None, FieldErrors::default()),
    };
    let t = &context.tr;
    let found = state.store.person(organisation, person).await?;
    let records = state.store.person_outcomes(organisation, person).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let name = format!("{} {}", found.profile.first_name, found.profile.last_name);
    let page = render(&OutcomesTemplate {
        layout: context.layout(t.arg("reports-outcomes-title", &name)),
        person_id: person.to_string(),
        tandem,
        saved,
        outcomes: records
            .iter()
            .map(|record| OutcomeLine {
                id: record.id.clone(),
                date: day(record.outcome.achieved_on),
                outcome: outcome_label(t, record.outcome.kind, record.outcome.level),
                detail: record.outcome.detail.clone(),
            })
            .collect(),
        form: form.unwrap_or_else(|| OutcomeForm::suggested(today())),
        kinds: OutcomeKind::ALL
            .iter()
            .map(|kind| (kind.as_str(), outcome_label(t, *kind, None)))
            .collect(),
        levels: GERMAN_LEVELS.iter().map(|level| level.as_str()).collect(),
        today: iso_date(today()),
        errors,
    });
    Ok((status, page).into_response())
}

/// A person's outcomes and the form to record one (linked from the tandem's follow-up page).
pub async fn outcomes_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    Query(query): Query<OutcomeQuery>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let person = PersonId::from_string(id);
    let response = outcomes_view(
        &state,
        &context,
        &organisation,
        &person,
        query.tandem,
        None,
        query.saved.is_some(),
    )
    .await?;
    super::privacy::record(
        &state,
        &context,
        &organisation,
        AuditAction::Viewed,
        &person,
    )
    .await?;
    Ok(response)
}

/// Records an outcome; a refused one shows the form again with what was typed.
pub async fn record_outcome(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let person = PersonId::from_string(id);
    let fields = FormFields::parse(&body);
    let form = OutcomeForm {
        kind: fields.get("kind"),
        level: fields.get("level"),
        date: fields.get("date"),
        detail: fields.get("detail"),
    };
    let tandem = fields.get("tandem");
    match form.parse(today()) {
        Ok(outcome) => {
            let tandem_id = (!tandem.trim().is_empty())
                .then(|| TandemId::from_string(tandem.trim().to_owned()));
            let recorded_by = context
                .user
                .as_ref()
                .map(|user| user.id.to_string())
                .unwrap_or_default();
            state
                .store
                .record_outcome(
                    &organisation,
                    &person,
                    tandem_id.as_ref(),
                    &outcome,
                    &recorded_by,
                    now(),
                )
                .await?;
            super::privacy::record(
                &state,
                &context,
                &organisation,
                AuditAction::Changed,
                &person,
            )
            .await?;
            Ok(Redirect::to(&format!(
                "/coordinator/people/{person}/outcomes?saved=1&tandem={}",
                crate::context::url_encode(tandem.trim())
            ))
            .into_response())
        }
        Err(problems) => {
            let mut errors = FieldErrors::default();
            for problem in &problems {
                if let DomainError::Invalid { field, code } = problem {
                    errors.push(field, outcome_error(&context.tr, code));
                }
            }
            outcomes_view(
                &state,
                &context,
                &organisation,
                &person,
                tandem,
                Some((form, errors)),
                false,
            )
            .await
        }
    }
}

/// Deletes an outcome recorded by mistake.
pub async fn delete_outcome(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path((id, outcome)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let person = PersonId::from_string(id);
    state
        .store
        .delete_outcome(&organisation, &person, &outcome)
        .await?;
    super::privacy::record(
        &state,
        &context,
        &organisation,
        AuditAction::Changed,
        &person,
    )
    .await?;
    Ok(Redirect::to(&format!("/coordinator/people/{person}/outcomes")).into_response())
}

/// One table of a dashboard as the downloads carry it: its sheet (name, header line, rows of
/// cells as the page writes them) and which columns hold decimals.
struct DashboardTable {
    /// Its name in the CSV link (`?table=`).
    key: &'static str,
    sheet: Sheet,
    /// Columns written with the visitor's decimal mark ("2,5"); the workbook gets numbers.
    decimals: &'static [usize],
}

/// Every table of a dashboard, in the page's order: months, waiting times, moods, outcomes,
/// and the start and end surveys before and after.
fn dashboard_tables(t: &Tr, built: &Dashboard) -> Vec<DashboardTable> {
    let plain = |key: &str| without_isolation(&t.get(key));
    let headers = |keys: &[&str]| keys.iter().map(|key| plain(key)).collect::<Vec<_>>();
    vec![
        DashboardTable {
            key: "months",
            sheet: Sheet {
                name: plain("reports-sheet-months"),
                headers: headers(&[
                    "dashboard-month",
                    "dashboard-running",
                    "dashboard-started",
                    "dashboard-ended",
                    "dashboard-meetings",
                    "dashboard-per-tandem",
                    "dashboard-hours",
                ]),
                rows: built
                    .months
                    .iter()
                    .map(|line| {
                        vec![
                            line.month.clone(),
                            line.running.to_string(),
                            line.started.to_string(),
                            line.ended.to_string(),
                            line.meetings.to_string(),
                            line.per_tandem.clone(),
                            line.hours.clone(),
                        ]
                    })
                    .collect(),
            },
            decimals: &[5, 6],
        },
        DashboardTable {
            key: "waiting",
            sheet: Sheet {
                name: plain("reports-sheet-waiting"),
                headers: headers(&["dashboard-waiting-time", "side-mentee", "side-mentor"]),
                rows: built
                    .waiting
                    .iter()
                    .map(|(bucket, mentees, mentors)| {
                        vec![bucket.clone(), mentees.to_string(), mentors.to_string()]
                    })
                    .collect(),
            },
            decimals: &[],
        },
        DashboardTable {
            key: "moods",
            sheet: Sheet {
                name: plain("reports-sheet-moods"),
                headers: headers(&["followup-question-mood", "dashboard-answers"]),
                rows: built
                    .moods
                    .iter()
                    .map(|(mood, count)| vec![mood.clone(), count.to_string()])
                    .collect(),
            },
            decimals: &[],
        },
        DashboardTable {
            key: "outcomes",
            sheet: Sheet {
                name: plain("reports-sheet-outcomes"),
                headers: headers(&["reports-outcome", "reports-count"]),
                rows: built
                    .outcomes
                    .iter()
                    .map(|(outcome, count)| vec![outcome.clone(), count.to_string()])
                    .collect(),
            },
            decimals: &[],
        },
        DashboardTable {
            key: "before-after",
            sheet: Sheet {
                name: plain("reports-sheet-surveys"),
                headers: headers(&[
                    "survey-dashboard-question",
                    "survey-dashboard-start",
                    "survey-dashboard-answers",
                    "survey-dashboard-end",
                    "survey-dashboard-answers",
                ]),
                rows: built
                    .before_after
                    .iter()
                    .map(|(question, start, start_count, end, end_count)| {
                        vec![
                            question.clone(),
                            start.clone(),
                            start_count.to_string(),
                            end.clone(),
                            end_count.to_string(),
                        ]
                    })
                    .collect(),
            },
            decimals: &[1, 3],
        },
    ]
}

/// Every table of a dashboard as a sheet of a workbook, decimals as numbers.
fn dashboard_sheets(t: &Tr, built: &Dashboard) -> Vec<Sheet> {
    dashboard_tables(t, built)
        .into_iter()
        .map(|table| {
            let mut sheet = table.sheet;
            for row in &mut sheet.rows {
                for (column, cell) in row.iter_mut().enumerate() {
                    *cell = without_isolation(cell);
                    if table.decimals.contains(&column) {
                        // A decimal point, so the spreadsheet reads a number ("–" stays text).
                        *cell = cell.replace(',', ".");
                    }
                }
            }
            sheet
        })
        .collect()
}

/// One table of a dashboard (`key` as in the CSV link) as CSV, cells as the page writes them
/// and defused; `None` for a table the dashboard does not have.
pub(crate) fn dashboard_csv(
    t: &Tr,
    built: &Dashboard,
    key: &str,
) -> Result<Option<Vec<u8>>, AppError> {
    let Some(table) = dashboard_tables(t, built)
        .into_iter()
        .find(|table| table.key == key)
    else {
        return Ok(None);
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in std::iter::once(&table.sheet.headers).chain(&table.sheet.rows) {
        writer
            .write_record(record.iter().map(|cell| defuse(&without_isolation(cell))))
            .map_err(|error| AppError::Internal(error.into()))?;
    }
    writer
        .into_inner()
        .map(Some)
        .map_err(|error| AppError::Internal(anyhow::anyhow!("csv: {error}")))
}

pub(crate) fn file_response(content_type: &str, name: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response()
}

async fn xlsx_response(
    state: &AppState,
    context: &RequestContext,
    programme: Option<ProgrammeId>,
    query: &PeriodQuery,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let (from, to) = period(query);
    let t = &context.tr;
    let built = build_dashboard(
        state,
        t,
        &organisation,
        programme.as_ref(),
        district(query).map(|d| d.key),
        (from, to),
    )
    .await?;
    let bytes = write_workbook(&dashboard_sheets(t, &built))
        .map_err(|error| AppError::Internal(anyhow::anyhow!("xlsx: {error}")))?;
    Ok(file_response(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &format!("dashboard-{}-{}.xlsx", from.key(), to.key()),
        bytes,
    ))
}

/// The organisation dashboard's tables as an XLSX workbook (one sheet per table).
pub async fn organisation_xlsx(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    xlsx_response(&state, &context, None, &query).await
}

/// A programme dashboard's tables as an XLSX workbook.
pub async fn programme_xlsx(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    xlsx_response(&state, &context, Some(ProgrammeId::from_string(id)), &query).await
}

/// The alliance's choice of period and grouping.
#[derive(Debug, Deserialize, Default)]
pub struct StatewideQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    by: String,
}

fn require_alliance(context: &RequestContext) -> Result<(), AppError> {
    if context.actor()?.may_administer_alliance() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

fn kind_label(t: &Tr, kind: &str) -> String {
    match ProgrammeKind::parse(kind) {
        Ok(ProgrammeKind::Buddy) => t.get("kind-buddy"),
        Ok(ProgrammeKind::Learning) => t.get("kind-learning"),
        Ok(ProgrammeKind::Career) => t.get("kind-career"),
        Err(_) => kind.to_owned(),
    }
}

/// A row's name: the district's (by its key) or the programme kind's.
fn row_label(t: &Tr, grouping: Grouping, key: &str) -> String {
    match grouping {
        Grouping::ProgrammeKind => kind_label(t, key),
        Grouping::District => tandem_core::gazetteer::all()
            .iter()
            .find(|place| !key.is_empty() && place.district_key == key)
            .map_or_else(
                || t.get("reports-no-district"),
                |place| place.district.to_owned(),
            ),
    }
}

async fn statewide(
    state: &AppState,
    context: &RequestContext,
    query: &StatewideQuery,
) -> Result<(StatewideReport, Grouping, YearMonth, YearMonth), AppError> {
    require_alliance(context)?;
    let (from, to) = period(&PeriodQuery {
        from: query.from.clone(),
        to: query.to.clone(),
        district: String::new(),
    });
    let grouping = Grouping::parse(&query.by);
    let figures = state.store.statewide_figures(from, to).await?;
    Ok((statewide_report(grouping, &figures), grouping, from, to))
}

/// A published cell: the number, or the suppression mark.
fn shown(value: Option<u64>) -> String {
    value.map_or_else(|| "•".to_owned(), |value| value.to_string())
}

/// A suppressed table as header-less lines: (row name, cells…), with the totals line last.
fn lines(
    t: &Tr,
    report: &StatewideReport,
    grouping: Grouping,
    table: &Published,
) -> Vec<(String, Vec<String>)> {
    let mut lines: Vec<(String, Vec<String>)> = report
        .rows
        .iter()
        .enumerate()
        .map(|(index, key)| {
            let mut cells: Vec<String> = table
                .cells
                .get(index)
                .map(|row| row.iter().map(|value| shown(*value)).collect())
                .unwrap_or_default();
            if let Some(totals) = &table.row_totals {
                cells.push(shown(totals.get(index).copied().flatten()));
            }
            (row_label(t, grouping, key), cells)
        })
        .collect();
    if let Some(totals) = &table.column_totals {
        let mut cells: Vec<String> = totals.iter().map(|value| shown(*value)).collect();
        if let Some(grand) = table.grand_total {
            cells.push(shown(grand));
        }
        lines.push((t.get("reports-total"), cells));
    }
    lines
}

fn tandem_headers(t: &Tr) -> Vec<String> {
    vec![
        t.get("reports-started"),
        t.get("reports-active"),
        t.get("reports-completed"),
        t.get("reports-ended-early"),
        t.get("reports-waiting"),
    ]
}

fn outcome_headers(t: &Tr) -> Vec<String> {
    let mut headers: Vec<String> = OutcomeKind::ALL
        .iter()
        .map(|kind| outcome_label(t, *kind, None))
        .collect();
    headers.push(t.get("reports-total"));
    headers
}

#[derive(Template)]
#[template(path = "reports_statewide.html")]
struct StatewideTemplate {
    layout: Layout,
    from: String,
    to: String,
    by: &'static str,
    tandem_headers: Vec<String>,
    tandems: Vec<(String, Vec<String>)>,
    hours: Vec<(String, Vec<String>)>,
    outcome_headers: Vec<String>,
    outcomes: Vec<(String, Vec<String>)>,
}

/// The statewide report for the alliance admin: aggregates by district or programme kind,
/// every small count suppressed (with secondary suppression), never a person.
pub async fn statewide_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Query(query): Query<StatewideQuery>,
) -> Result<Response, AppError> {
    let (report, grouping, from, to) = statewide(&state, &context, &query).await?;
    let t = &context.tr;
    Ok(render(&StatewideTemplate {
        layout: context.layout(t.get("reports-statewide-title")),
        from: from.key(),
        to: to.key(),
        by: grouping.as_str(),
        tandem_headers: tandem_headers(t),
        tandems: lines(t, &report, grouping, &report.tandems),
        hours: lines(t, &report, grouping, &report.hours),
        outcome_headers: outcome_headers(t),
        outcomes: lines(t, &report, grouping, &report.outcomes),
    }))
}

/// The statewide report as one CSV table: a line per row with every measure; suppressed
/// values are `•`, as on the page.
pub async fn statewide_csv(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Query(query): Query<StatewideQuery>,
) -> Result<Response, AppError> {
    let (report, grouping, from, to) = statewide(&state, &context, &query).await?;
    let t = &context.tr;
    let tandems = lines(t, &report, grouping, &report.tandems);
    let hours = lines(t, &report, grouping, &report.hours);
    let outcomes = lines(t, &report, grouping, &report.outcomes);
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec![t.get(match grouping {
        Grouping::District => "reports-district",
        Grouping::ProgrammeKind => "reports-kind",
    })];
    header.extend(tandem_headers(t));
    header.push(t.get("dashboard-hours"));
    header.extend(outcome_headers(t).into_iter().map(|name| {
        without_isolation(&t.arg("reports-outcomes-column", &without_isolation(&name)))
    }));
    let write = |writer: &mut csv::Writer<Vec<u8>>, cells: Vec<String>| {
        writer
            .write_record(cells.iter().map(|cell| defuse(&without_isolation(cell))))
            .map_err(|error| AppError::Internal(error.into()))
    };
    write(&mut writer, header)?;
    for ((name, tandem_cells), ((_, hour_cells), (_, outcome_cells))) in
        tandems.into_iter().zip(hours.into_iter().zip(outcomes))
    {
        let mut record = vec![name];
        record.extend(tandem_cells);
        record.extend(hour_cells);
        record.extend(outcome_cells);
        write(&mut writer, record)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| AppError::Internal(anyhow::anyhow!("csv: {error}")))?;
    Ok(file_response(
        "text/csv; charset=utf-8",
        &format!("landesbericht-{}-{}.csv", from.key(), to.key()),
        bytes,
    ))
}
