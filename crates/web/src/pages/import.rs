//! Import and export of a programme's people, for its coordinators.
//!
//! The steps: upload a CSV/XLSX/ODS file (kept in storage until imported, at most a day); the
//! review page shows the guessed column mapping for correction, the rows to leave out, and the
//! dry run — every problem by row and column, and the duplicates; only a clean dry run offers the
//! import button, and the import writes all rows in one transaction or none. Export gives the
//! same columns as CSV or XLSX. Every handler first resolves the programme within the signed-in
//! account's organisation, so another organisation's programme or upload is "not found".

use crate::import_jobs::ImportOutcome;
use crate::{
    AppState,
    context::{RequestContext, url_encode},
    error::AppError,
    forms::FormFields,
    templates::{Layout, render},
};
use askama::Template;
use axum::{
    Extension, Router,
    body::Bytes,
    extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Query, Request, State},
    http::header,
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use fluent_templates::fluent_bundle::FluentValue;
use std::collections::{BTreeMap, BTreeSet};
use tandem_core::{
    ids::{OrganisationId, ProgrammeId},
    import::{
        self, Duplicate, DuplicateKind, Field, ImportError, Mapping, MappingProblem, Problem,
    },
    permissions::Action,
    programme::Programme,
};
use tandem_store::AuditAction;

/// Room for the largest accepted file and the multipart framing around it.
const UPLOAD_BODY_LIMIT_BYTES: usize = import::MAX_FILE_BYTES + 64 * 1024;

/// This module's routes, merged into the application router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/coordinator/programmes/{id}/import",
            get(upload_page)
                .post(upload)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT_BYTES)),
        )
        .route(
            "/coordinator/programmes/{id}/import/{upload}",
            get(review).post(run_import),
        )
        .route("/coordinator/imports/{job}", get(import_status))
        .route("/coordinator/programmes/{id}/export.csv", get(export_csv))
        .route("/coordinator/programmes/{id}/export.xlsx", get(export_xlsx))
        .route(
            "/coordinator/programmes/{id}/tandems.csv",
            get(export_tandems_csv),
        )
}

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// The signed-in account as the audit log names it.
fn actor(context: &RequestContext) -> Option<(&tandem_core::ids::UserId, &str)> {
    context
        .user
        .as_ref()
        .map(|user| (&user.id, user.display_name.as_str()))
}

/// The programme, if it is the signed-in coordinator's organisation's.
async fn programme_of(
    state: &AppState,
    context: &RequestContext,
    id: String,
) -> Result<(OrganisationId, Programme), AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let programme = state
        .store
        .programme(&organisation, &ProgrammeId::from_string(id))
        .await?;
    Ok((organisation, programme))
}

/// Translation keys built at run time here, for the catalogue test.
pub fn dynamic_keys() -> Vec<String> {
    let mut keys: Vec<String> = Field::ALL
        .iter()
        .map(|field| format!("import-field-{}", field.key()))
        .collect();
    keys.extend(
        PROBLEM_CODES
            .iter()
            .map(|code| format!("import-code-{code}")),
    );
    keys.extend(
        ERROR_CODES
            .iter()
            .map(|code| format!("import-error-{code}")),
    );
    keys
}

const PROBLEM_CODES: [&str; 17] = [
    "required",
    "too-long",
    "too-many",
    "email",
    "phone",
    "postal-code",
    "language",
    "language-level",
    "duplicate-language",
    "availability",
    "choice",
    "birth-year",
    "range-1-10",
    "role",
    "status",
    "status-needs-tandem",
    "locale",
];

const ERROR_CODES: [&str; 7] = [
    "file-too-large",
    "too-many-rows",
    "too-many-columns",
    "unpacked-too-large",
    "empty",
    "legacy-excel",
    "unreadable",
];

fn field_label(context: &RequestContext, field: Field) -> String {
    context.tr.get(&format!("import-field-{}", field.key()))
}

fn error_message(context: &RequestContext, error: &ImportError) -> String {
    let limit = match error {
        ImportError::FileTooLarge { limit, .. } => format!("{} MB", limit / (1024 * 1024)),
        ImportError::TooManyRows { limit, .. } => limit.to_string(),
        ImportError::TooManyColumns { limit, .. } => limit.to_string(),
        ImportError::UnpackedTooLarge { limit } => format!("{} MB", limit / (1024 * 1024)),
        _ => String::new(),
    };
    context.tr.with(
        &format!("import-error-{}", error.code()),
        &[("limit", FluentValue::from(limit))],
    )
}

fn problem_line(context: &RequestContext, problem: &Problem) -> String {
    let known = if PROBLEM_CODES.contains(&problem.code) {
        problem.code
    } else {
        "choice"
    };
    let message = context.tr.get(&format!("import-code-{known}"));
    let args = [
        ("row", FluentValue::from(problem.row.to_string())),
        ("column", FluentValue::from(problem.column.clone())),
        ("value", FluentValue::from(problem.value.clone())),
        ("message", FluentValue::from(message)),
    ];
    if problem.value.is_empty() {
        context.tr.with("import-problem-empty", &args)
    } else {
        context.tr.with("import-problem", &args)
    }
}

fn duplicate_line(context: &RequestContext, duplicate: &Duplicate) -> String {
    let key = match (duplicate.kind, duplicate.of_row) {
        (DuplicateKind::Email, Some(_)) => "import-duplicate-email-row",
        (DuplicateKind::Email, None) => "import-duplicate-email-existing",
        (DuplicateKind::NameAndBirthYear, Some(_)) => "import-duplicate-name-row",
        (DuplicateKind::NameAndBirthYear, None) => "import-duplicate-name-existing",
    };
    context.tr.with(
        key,
        &[
            ("row", FluentValue::from(duplicate.row.to_string())),
            (
                "other",
                FluentValue::from(duplicate.of_row.map(|r| r.to_string()).unwrap_or_default()),
            ),
            ("value", FluentValue::from(duplicate.value.clone())),
        ],
    )
}

fn mapping_line(context: &RequestContext, problem: &MappingProblem) -> String {
    match problem {
        MappingProblem::Missing(field) => context.tr.with(
            "import-mapping-missing",
            &[("field", FluentValue::from(field_label(context, *field)))],
        ),
        MappingProblem::Repeated { field, columns } => context.tr.with(
            "import-mapping-repeated",
            &[
                ("field", FluentValue::from(field_label(context, *field))),
                ("columns", FluentValue::from(columns.join(", "))),
            ],
        ),
        MappingProblem::Unknown(what) => what.clone(),
    }
}

// ---------------------------------------------------------------------------------------------
// Upload

#[derive(Template)]
#[template(path = "import_upload.html")]
struct UploadTemplate {
    layout: Layout,
    programme_id: String,
    programme_name: String,
    limits: String,
    error: Option<String>,
}

fn upload_template(
    context: &RequestContext,
    programme: &Programme,
    error: Option<String>,
) -> UploadTemplate {
    UploadTemplate {
        layout: context.layout(context.tr.get("import-title")),
        programme_id: programme.id.to_string(),
        programme_name: programme.details.name.clone(),
        limits: context.tr.with(
            "import-limits",
            &[
                (
                    "megabytes",
                    FluentValue::from(import::MAX_FILE_BYTES / (1024 * 1024)),
                ),
                ("rows", FluentValue::from(import::MAX_ROWS)),
            ],
        ),
        error,
    }
}

pub async fn upload_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (_, programme) = programme_of(&state, &context, id).await?;
    Ok(render(&upload_template(&context, &programme, None)))
}

/// Takes the file, checks that it reads as a table, keeps it, and goes to the review.
pub async fn upload(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    request: Request,
) -> Result<Response, AppError> {
    // The programme is checked before the body is read: another organisation learns nothing.
    let (organisation, programme) = programme_of(&state, &context, id).await?;
    let failed = |message: String| {
        let mut page = render(&upload_template(&context, &programme, Some(message)));
        *page.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
        Ok(page)
    };
    let too_large = ImportError::FileTooLarge {
        bytes: import::MAX_FILE_BYTES + 1,
        limit: import::MAX_FILE_BYTES,
    };
    let Ok(mut multipart) = Multipart::from_request(request, &state).await else {
        return failed(context.tr.get("import-no-file"));
    };
    let mut file: Option<(String, Bytes)> = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => {
                let name = field.file_name().unwrap_or("upload").to_owned();
                match field.bytes().await {
                    Ok(bytes) => file = Some((name, bytes)),
                    Err(_) => return failed(error_message(&context, &too_large)),
                }
            }
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(_) => return failed(error_message(&context, &too_large)),
        }
    }
    let Some((name, bytes)) = file.filter(|(_, bytes)| !bytes.is_empty()) else {
        return failed(context.tr.get("import-no-file"));
    };
    if let Err(error) = import::read_table(&bytes) {
        return failed(error_message(&context, &error));
    }
    let upload = state
        .store
        .save_import_upload(&organisation, &programme.id, &name, &bytes, now())
        .await?;
    Ok(Redirect::to(&format!(
        "/coordinator/programmes/{}/import/{upload}",
        programme.id
    ))
    .into_response())
}

// ---------------------------------------------------------------------------------------------
// Review (mapping + dry run) and import

/// One column of the file with its chosen field.
struct ColumnChoice {
    index: usize,
    header: String,
    sample: String,
    chosen: String,
}

#[derive(Template)]
#[template(path = "import_review.html")]
struct ReviewTemplate {
    layout: Layout,
    programme_id: String,
    programme_name: String,
    upload_id: String,
    file_summary: String,
    columns: Vec<ColumnChoice>,
    fields: Vec<(&'static str, String)>,
    skip: String,
    mapping_problems: Vec<String>,
    problems: Vec<String>,
    problems_title: String,
    duplicates: Vec<String>,
    duplicates_title: String,
    /// "N people will be imported", when the dry run is clean.
    ready: Option<String>,
    /// The rows to leave out, suggested when the dry run is not clean.
    suggested_skip: String,
    consent_missing: bool,
    /// The query string that repeats this mapping, for links.
    mapping_query: String,
}

/// The mapping and skip list from a query or form: `col0=role&col1=first_name&…&skip=3,7`.
fn choices(fields: &FormFields, table: &import::Table) -> (Mapping, bool) {
    let given: Vec<String> = (0..table.headers.len())
        .map(|index| fields.get(&format!("col{index}")))
        .collect();
    if fields.all("col0").is_empty() {
        (Mapping::guess(&table.headers), false)
    } else {
        (Mapping::from_keys(table.headers.len(), &given), true)
    }
}

async fn review_page(
    state: &AppState,
    context: &RequestContext,
    organisation: &OrganisationId,
    programme: &Programme,
    upload_id: &str,
    fields: &FormFields,
    consent_missing: bool,
) -> Result<Response, AppError> {
    let (file_name, bytes) = state
        .store
        .import_upload(organisation, &programme.id, upload_id)
        .await?;
    let table = match import::read_table(&bytes) {
        Ok(table) => table,
        Err(error) => {
            return Ok(render(&upload_template(
                context,
                programme,
                Some(error_message(context, &error)),
            )));
        }
    };
    let (mapping, _) = choices(fields, &table);
    let skip_text = fields.get("skip");
    let mut mapping_problems = Vec::new();
    let skip = import::parse_row_list(&skip_text).unwrap_or_else(|message| {
        mapping_problems.push(message);
        BTreeSet::new()
    });
    let existing = state
        .store
        .import_existing(organisation, &programme.id)
        .await?;
    let report = match import::validate(&table, &mapping, &existing, &skip, now().year()) {
        Ok(report) => Some(report),
        Err(problems) => {
            mapping_problems.extend(problems.iter().map(|p| mapping_line(context, p)));
            None
        }
    };
    let t = &context.tr;
    let columns = table
        .headers
        .iter()
        .enumerate()
        .map(|(index, _)| ColumnChoice {
            index,
            header: table.column_name(index),
            sample: table
                .rows
                .first()
                .and_then(|row| row.cells.get(index))
                .cloned()
                .unwrap_or_default(),
            chosen: mapping
                .0
                .get(index)
                .copied()
                .flatten()
                .map_or("", Field::key)
                .to_owned(),
        })
        .collect::<Vec<_>>();
    let mapping_query = columns
        .iter()
        .map(|c| format!("col{}={}", c.index, url_encode(&c.chosen)))
        .collect::<Vec<_>>()
        .join("&");
    let (problems, duplicates, ready, suggested_skip) = match &report {
        Some(report) => {
            let ready = (report.is_clean() && mapping_problems.is_empty()).then(|| {
                t.count(
                    "import-ready",
                    u64::try_from(report.rows.len()).unwrap_or(0),
                )
            });
            let mut suggested: BTreeSet<usize> = skip.clone();
            suggested.extend(report.blocked_rows());
            (
                report
                    .problems
                    .iter()
                    .map(|p| problem_line(context, p))
                    .collect(),
                report
                    .duplicates
                    .iter()
                    .map(|d| duplicate_line(context, d))
                    .collect(),
                ready,
                suggested
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(","),
            )
        }
        None => (Vec::new(), Vec::new(), None, String::new()),
    };
    let file_summary = t.with(
        "import-file-summary",
        &[
            ("name", FluentValue::from(file_name)),
            ("format", FluentValue::from(table.format.to_string())),
            ("rows", FluentValue::from(table.rows.len())),
        ],
    );
    let problems_title = t.count(
        "import-problems",
        u64::try_from(problems.len()).unwrap_or(0),
    );
    let duplicates_title = t.count(
        "import-duplicates",
        u64::try_from(duplicates.len()).unwrap_or(0),
    );
    let mut page = render(&ReviewTemplate {
        layout: context.layout(t.get("import-review-title")),
        programme_id: programme.id.to_string(),
        programme_name: programme.details.name.clone(),
        upload_id: upload_id.to_owned(),
        file_summary,
        columns,
        fields: Field::ALL
            .iter()
            .map(|field| (field.key(), field_label(context, *field)))
            .collect(),
        skip: skip_text,
        mapping_problems,
        problems,
        problems_title,
        duplicates,
        duplicates_title,
        ready,
        suggested_skip,
        consent_missing,
        mapping_query,
    });
    if consent_missing {
        *page.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(page)
}

fn query_fields(query: &BTreeMap<String, String>) -> FormFields {
    let encoded = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(query)
        .finish();
    FormFields::parse(&Bytes::from(encoded))
}

pub async fn review(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path((id, upload_id)): Path<(String, String)>,
    Query(query): Query<BTreeMap<String, String>>,
) -> Result<Response, AppError> {
    let (organisation, programme) = programme_of(&state, &context, id).await?;
    review_page(
        &state,
        &context,
        &organisation,
        &programme,
        &upload_id,
        &query_fields(&query),
        false,
    )
    .await
}

#[derive(Template)]
#[template(path = "import_done.html")]
struct DoneTemplate {
    layout: Layout,
    programme_id: String,
    /// While the import runs: the page reloads itself every second.
    running: bool,
    done: usize,
    total: usize,
    message: String,
    failed: bool,
}

/// Validates again (the programme may have changed since the review) and starts the import of
/// all rows in one transaction in the background, answering with its status page; or shows the
/// review again with what stops it.
pub async fn run_import(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path((id, upload_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let (organisation, programme) = programme_of(&state, &context, id).await?;
    let fields = FormFields::parse(&body);
    let (_, bytes) = state
        .store
        .import_upload(&organisation, &programme.id, &upload_id)
        .await?;
    let consent = fields.checked("consent");
    let table = import::read_table(&bytes).map_err(|_| AppError::Invalid {
        field: "file",
        code: "unreadable",
    })?;
    let (mapping, _) = choices(&fields, &table);
    let skip = import::parse_row_list(&fields.get("skip")).map_err(|_| AppError::Invalid {
        field: "skip",
        code: "rows",
    })?;
    let existing = state
        .store
        .import_existing(&organisation, &programme.id)
        .await?;
    let clean = import::validate(&table, &mapping, &existing, &skip, now().year())
        .ok()
        .filter(import::Report::is_clean);
    let Some(report) = clean.filter(|_| consent) else {
        return review_page(
            &state,
            &context,
            &organisation,
            &programme,
            &upload_id,
            &fields,
            !consent,
        )
        .await;
    };
    let ticket = state
        .imports
        .start(&organisation, &programme.id, report.rows.len());
    let status = format!("/coordinator/imports/{}", ticket.id());
    let store = state.store.clone();
    let actor = context
        .user
        .as_ref()
        .map(|user| (user.id.clone(), user.display_name.clone()));
    tokio::spawn(async move {
        let counter = ticket.counter();
        let written = store
            .import_people(
                &organisation,
                &programme.id,
                &report.rows,
                actor.as_ref().map(|(id, name)| (id, name.as_str())),
                now(),
                &mut |rows| counter.store(rows, std::sync::atomic::Ordering::Relaxed),
            )
            .await;
        let outcome = match written {
            Ok(written) => {
                if let Err(error) = store.delete_import_upload(&organisation, &upload_id).await {
                    // The people are in; the upload goes with the daily clean-up instead.
                    tracing::warn!(error = %error, "imported upload not deleted");
                }
                tracing::info!(programme = %programme.id, rows = written, "people imported");
                ImportOutcome::Imported(written)
            }
            Err(tandem_store::StoreError::Conflict { .. }) => {
                ImportOutcome::Failed("import-failed-duplicate")
            }
            Err(error) => {
                tracing::error!(error = %error, programme = %programme.id, "import failed");
                ImportOutcome::Failed("import-failed")
            }
        };
        ticket.finish(outcome);
    });
    Ok(Redirect::to(&status).into_response())
}

/// The status page of an import: rows written so far while it runs (reloading itself), then
/// the result.
pub async fn import_status(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(job): Path<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let progress = state
        .imports
        .progress(&organisation, &job)
        .ok_or(AppError::NotFound)?;
    let t = &context.tr;
    let count = |key: &str, n: usize| t.count(key, u64::try_from(n).unwrap_or(u64::MAX));
    let (title, message, failed) = match &progress.outcome {
        None => (
            t.get("import-running-title"),
            t.with(
                "import-running",
                &[
                    ("done", FluentValue::from(progress.done)),
                    ("total", FluentValue::from(progress.total)),
                ],
            ),
            false,
        ),
        Some(ImportOutcome::Imported(written)) => (
            t.get("import-done-title"),
            count("import-done", *written),
            false,
        ),
        Some(ImportOutcome::Failed(key)) => (t.get("import-failed-title"), t.get(key), true),
    };
    let mut response = render(&DoneTemplate {
        layout: context.layout(title),
        programme_id: progress.programme.to_string(),
        running: progress.outcome.is_none(),
        done: progress.done,
        total: progress.total,
        message,
        failed,
    });
    if failed {
        *response.status_mut() = axum::http::StatusCode::CONFLICT;
    }
    Ok(response)
}

// ---------------------------------------------------------------------------------------------
// Export

async fn export(
    state: &AppState,
    context: &RequestContext,
    id: String,
    xlsx: bool,
) -> Result<Response, AppError> {
    let (organisation, programme) = programme_of(state, context, id).await?;
    let people = state
        .store
        .export_people(&organisation, &programme.id)
        .await?;
    let ids: Vec<_> = people.iter().map(|person| person.id.clone()).collect();
    state
        .store
        .audit_people(
            &organisation,
            actor(context),
            AuditAction::Exported,
            &ids,
            now(),
        )
        .await?;
    let german = context.tr.locale.code == "de";
    let (headers, rows) = import::export_table(&people, german);
    let (bytes, content_type, extension) = if xlsx {
        // The workbook carries the tandems on a second sheet; the import reads only the first.
        let tandems = state
            .store
            .export_tandems(&organisation, &programme.id)
            .await?;
        let (tandem_headers, tandem_rows) = import::export_tandem_table(&tandems, german);
        let people_sheet = context.tr.get("export-sheet-people");
        let tandem_sheet = context.tr.get("export-sheet-tandems");
        (
            import::write_workbook(&[
                import::Sheet {
                    name: &people_sheet,
                    headers: &headers,
                    rows: &rows,
                },
                import::Sheet {
                    name: &tandem_sheet,
                    headers: &tandem_headers,
                    rows: &tandem_rows,
                },
            ]),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        )
    } else {
        (
            import::write_csv(&headers, &rows),
            "text/csv; charset=utf-8",
            "csv",
        )
    };
    let bytes = bytes.map_err(|error| AppError::Internal(anyhow::anyhow!("export: {error}")))?;
    tracing::info!(programme = %programme.id, people = people.len(), "people exported");
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"people-{}.{extension}\"",
                    programme.id
                ),
            ),
        ],
        bytes,
    )
        .into_response())
}

pub async fn export_csv(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    export(&state, &context, id, false).await
}

pub async fn export_xlsx(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    export(&state, &context, id, true).await
}

/// The programme's tandems as CSV (the XLSX export has them on its second sheet).
pub async fn export_tandems_csv(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (organisation, programme) = programme_of(&state, &context, id).await?;
    let tandems = state
        .store
        .export_tandems(&organisation, &programme.id)
        .await?;
    let german = context.tr.locale.code == "de";
    let (headers, rows) = import::export_tandem_table(&tandems, german);
    let bytes = import::write_csv(&headers, &rows)
        .map_err(|error| AppError::Internal(anyhow::anyhow!("export: {error}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"tandems-{}.csv\"", programme.id),
            ),
        ],
        bytes,
    )
        .into_response())
}
