//! The funder report: a German PDF per organisation and period — tandems started, active,
//! completed and ended early, meetings and volunteer hours per programme and in all, and the
//! outcomes reached — written with `crate::pdf` (standard fonts, no engine).

use super::{
    followup::{PeriodQuery, day, hours_text, month_label, period, today},
    reports::{file_response, outcome_label},
};
use crate::{
    AppState,
    context::RequestContext,
    error::AppError,
    i18n::{DEFAULT_LOCALE, Tr, without_isolation},
    pdf::PdfDocument,
};
use axum::{
    Extension, Router,
    extract::{Query, State},
    response::Response,
    routing::get,
};
use tandem_core::permissions::Action;

/// This module's routes, merged into the application router.
pub fn routes() -> Router<AppState> {
    Router::new().route("/coordinator/report.pdf", get(funder_report))
}

/// Tandems started, active at the end, completed and ended early in a period, from the spans.
fn tandem_figures(
    spans: &[tandem_core::followup::TandemSpan],
    from: time::Date,
    to: time::Date,
) -> [u32; 4] {
    let mut figures = [0; 4];
    for span in spans {
        if (from..=to).contains(&span.started) {
            figures[0] += 1;
        }
        if span.started <= to && span.ended.is_none_or(|ended| ended > to) {
            figures[1] += 1;
        }
        if span.ended.is_some_and(|ended| (from..=to).contains(&ended)) {
            figures[if span.completed { 2 } else { 3 }] += 1;
        }
    }
    figures
}

/// The funder report: a German PDF for the organisation and a period of months — tandems
/// started, active, completed and ended early, meetings and volunteer hours, per programme and
/// in all, and the outcomes reached.
pub async fn funder_report(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let (from, to) = period(&query);
    // Funders read German, whatever language the coordinator's pages are in.
    let t = &Tr::new(DEFAULT_LOCALE);
    let plain = |key: &str| without_isolation(&t.get(key));
    let (first, last) = (from.first_day(), to.last_day());
    let all = |_: &str| true;
    let whole = state
        .store
        .dashboard_data(&organisation, None, &all, first, last)
        .await?;
    let mut rows = Vec::new();
    for programme in state.store.list_programmes(&organisation).await? {
        let data = state
            .store
            .dashboard_data(&organisation, Some(&programme.id), &all, first, last)
            .await?;
        let figures = tandem_figures(&data.spans, first, last);
        let minutes: u64 = data.meetings_by_month.iter().map(|(_, _, m)| m).sum();
        let meetings: u64 = data.meetings_by_month.iter().map(|(_, c, _)| c).sum();
        let mut row = vec![data.title];
        row.extend(figures.iter().map(u32::to_string));
        row.push(meetings.to_string());
        row.push(hours_text(t, minutes));
        rows.push(row);
    }
    let figures = tandem_figures(&whole.spans, first, last);
    let minutes: u64 = whole.meetings_by_month.iter().map(|(_, _, m)| m).sum();
    let meetings: u64 = whole.meetings_by_month.iter().map(|(_, c, _)| c).sum();
    let mut total = vec![plain("reports-total")];
    total.extend(figures.iter().map(u32::to_string));
    total.push(meetings.to_string());
    total.push(hours_text(t, minutes));
    rows.push(total);
    let outcomes = state
        .store
        .dashboard_outcomes(&organisation, None, &all, first, last)
        .await?;

    let title = without_isolation(&t.arg("reports-funder-title", &whole.title));
    let mut pdf = PdfDocument::new(&title);
    pdf.heading(&title);
    pdf.paragraph(&without_isolation(&t.with(
        "reports-funder-period",
        &[
            ("from", month_label(from).into()),
            ("to", month_label(to).into()),
            ("today", day(today()).into()),
        ],
    )));
    pdf.spacer();
    pdf.paragraph(&without_isolation(&t.with(
        "reports-funder-summary",
        &[
            ("started", figures[0].into()),
            ("active", figures[1].into()),
            ("completed", figures[2].into()),
            ("early", figures[3].into()),
            ("hours", hours_text(t, minutes).into()),
        ],
    )));
    pdf.spacer();
    pdf.heading(&plain("reports-funder-tandems"));
    pdf.table(
        &[
            "programme",
            "reports-started",
            "reports-active-short",
            "reports-completed-short",
            "reports-ended-early",
            "dashboard-meetings",
            "dashboard-hours",
        ]
        .map(plain),
        &rows,
    );
    pdf.spacer();
    pdf.heading(&plain("reports-outcomes-caption"));
    if outcomes.is_empty() {
        pdf.paragraph(&plain("reports-no-outcomes"));
    } else {
        let lines: Vec<Vec<String>> = outcomes
            .iter()
            .map(|(kind, level, count)| {
                vec![
                    without_isolation(&outcome_label(t, *kind, *level)),
                    count.to_string(),
                ]
            })
            .collect();
        pdf.table(&[plain("reports-outcome"), plain("reports-count")], &lines);
    }
    pdf.spacer();
    pdf.small(&plain("reports-funder-note"));
    Ok(file_response(
        "application/pdf",
        &format!("foerderbericht-{}-{}.pdf", from.key(), to.key()),
        pdf.finish(),
    ))
}
