//! Reports that leave the organisation: statistical disclosure control for the alliance's
//! statewide tables, the grouping of raw counts into those tables, and spreadsheet cells that
//! are safe to open.
//!
//! **Suppression.** The alliance sees aggregates only. A published count from one to four people
//! could point at a person, so every such cell is suppressed (*primary*). A single suppressed
//! value in a line whose total is published would follow from the total by subtraction, so each
//! additive line (a row with its row total, a column with its column total, and the line of
//! totals with the grand total) must hold either no suppressed member or at least two
//! (*secondary*): while some line has exactly one, its smallest published non-zero member is
//! suppressed too, until nothing changes. Totals are members like any cell, so a small total is
//! suppressed as well. This is the usual row/column rule of statistical offices; it does not
//! solve the full linear system across lines.

use std::collections::BTreeMap;

use crate::{outcome::OutcomeKind, programme::ProgrammeKind};

/// Counts below this (and above zero) are never published.
pub const MIN_PUBLISHED: u64 = 5;

/// A table of counts; which totals it publishes decides which lines are additive. A table of
/// different measures side by side (started, waiting, …) has no meaningful row total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub cells: Vec<Vec<u64>>,
    pub row_totals: bool,
    pub column_totals: bool,
}

/// A table as published: `None` is a suppressed value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub cells: Vec<Vec<Option<u64>>>,
    /// Present when the table publishes row totals.
    pub row_totals: Option<Vec<Option<u64>>>,
    pub column_totals: Option<Vec<Option<u64>>>,
    /// Present when the table publishes both kinds of totals.
    pub grand_total: Option<Option<u64>>,
}

impl Table {
    fn width(&self) -> usize {
        self.cells.first().map_or(0, Vec::len)
    }

    pub fn row_total(&self, row: usize) -> u64 {
        self.cells.get(row).map_or(0, |cells| cells.iter().sum())
    }

    pub fn column_total(&self, column: usize) -> u64 {
        self.cells
            .iter()
            .map(|row| row.get(column).copied().unwrap_or(0))
            .sum()
    }

    /// The table with its totals as one grid: row `R` holds the column totals, column `C` the
    /// row totals, `(R, C)` the grand total; `present` says which of those the table publishes.
    fn extended(&self) -> (Vec<Vec<u64>>, Vec<Vec<bool>>) {
        let (rows, columns) = (self.cells.len(), self.width());
        let mut values = vec![vec![0; columns + 1]; rows + 1];
        let mut present = vec![vec![false; columns + 1]; rows + 1];
        for (r, line) in self.cells.iter().enumerate() {
            for (c, value) in line.iter().enumerate().take(columns) {
                values[r][c] = *value;
                present[r][c] = true;
            }
            values[r][columns] = self.row_total(r);
            present[r][columns] = self.row_totals;
        }
        for c in 0..columns {
            values[rows][c] = self.column_total(c);
            present[rows][c] = self.column_totals;
        }
        values[rows][columns] = values[rows].iter().take(columns).sum();
        present[rows][columns] = self.row_totals && self.column_totals;
        (values, present)
    }
}

/// Suppresses a table of counts: primary cells are those from 1 to 4 (totals included).
pub fn suppress(table: &Table) -> Published {
    suppress_by(table, |value, _| value > 0 && value < MIN_PUBLISHED)
}

/// Suppresses with a caller's primary rule, given each member's value and (row, column) in the
/// extended grid (row = number of rows for a column total, column = number of columns for a
/// row total). Used for magnitudes such as hours, whose rule counts the contributors instead.
pub fn suppress_by(table: &Table, primary: impl Fn(u64, (usize, usize)) -> bool) -> Published {
    let (values, present) = table.extended();
    let (rows, columns) = (table.cells.len(), table.width());
    let mut hidden = vec![vec![false; columns + 1]; rows + 1];
    for r in 0..=rows {
        for c in 0..=columns {
            hidden[r][c] = present[r][c] && primary(values[r][c], (r, c));
        }
    }
    // The additive lines: members of each as (row, column) of the extended grid.
    let mut lines: Vec<Vec<(usize, usize)>> = Vec::new();
    if table.row_totals {
        for r in 0..=rows {
            if r == rows && !table.column_totals {
                continue;
            }
            lines.push((0..=columns).map(|c| (r, c)).collect());
        }
    }
    if table.column_totals {
        for c in 0..=columns {
            if c == columns && !table.row_totals {
                continue;
            }
            lines.push((0..=rows).map(|r| (r, c)).collect());
        }
    }
    for line in &mut lines {
        line.retain(|&(r, c)| present[r][c]);
    }
    loop {
        let mut changed = false;
        for line in &lines {
            if line.iter().filter(|&&(r, c)| hidden[r][c]).count() != 1 {
                continue;
            }
            // The smallest published non-zero member; cells before totals on a tie.
            let pick = line
                .iter()
                .filter(|&&(r, c)| !hidden[r][c] && values[r][c] > 0)
                .min_by_key(|&&(r, c)| (values[r][c], r == rows || c == columns, r, c));
            let pick = pick.or_else(|| line.iter().find(|&&(r, c)| !hidden[r][c]));
            if let Some(&(r, c)) = pick {
                hidden[r][c] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let show = |r: usize, c: usize| (!hidden[r][c]).then_some(values[r][c]);
    Published {
        cells: (0..rows)
            .map(|r| (0..columns).map(|c| show(r, c)).collect())
            .collect(),
        row_totals: table
            .row_totals
            .then(|| (0..rows).map(|r| show(r, columns)).collect()),
        column_totals: table
            .column_totals
            .then(|| (0..columns).map(|c| show(rows, c)).collect()),
        grand_total: (table.row_totals && table.column_totals).then(|| show(rows, columns)),
    }
}

/// How the statewide report groups its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// By the district of the mentee's (or waiting person's) postal code.
    District,
    ProgrammeKind,
}

impl Grouping {
    pub fn parse(raw: &str) -> Self {
        if raw.trim() == "kind" {
            Self::ProgrammeKind
        } else {
            Self::District
        }
    }
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::District => "district",
            Self::ProgrammeKind => "kind",
        }
    }
}

/// Raw statewide figures for one (programme kind, postal code), as the store counts them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatewideFigures {
    pub started: u64,
    pub active: u64,
    pub completed: u64,
    pub ended_early: u64,
    pub waiting: u64,
    pub minutes: u64,
    /// At least this many tandems met in the period (the contributors to the minutes): the
    /// most that met within one month of it, which the monthly rollup keeps exactly. Suppressing
    /// by this lower bound is never weaker than by the true number.
    pub tandems_meeting: u64,
    /// In [`OutcomeKind::ALL`] order.
    pub outcomes: [u64; 7],
}

impl StatewideFigures {
    fn add(&mut self, other: &Self) {
        self.started += other.started;
        self.active += other.active;
        self.completed += other.completed;
        self.ended_early += other.ended_early;
        self.waiting += other.waiting;
        self.minutes += other.minutes;
        self.tandems_meeting += other.tandems_meeting;
        for (sum, count) in self.outcomes.iter_mut().zip(other.outcomes) {
            *sum += count;
        }
    }
}

/// The row key of a statewide table: a district key, a programme kind, or "no district" (an
/// unknown or erased postal code).
pub fn row_key(grouping: Grouping, kind: ProgrammeKind, postal_code: &str) -> String {
    match grouping {
        Grouping::ProgrammeKind => kind.as_str().to_owned(),
        Grouping::District => crate::values::PostalCode::parse(postal_code)
            .ok()
            .and_then(|code| crate::gazetteer::lookup(&code))
            .map_or_else(String::new, |place| place.district_key.to_owned()),
    }
}

/// The statewide report: tables of aggregates, each already suppressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatewideReport {
    /// Row keys (see [`row_key`]), in order.
    pub rows: Vec<String>,
    /// Started in the period, active at its end, completed, ended early (in the period), people
    /// waiting now: measures side by side, so column totals only.
    pub tandems: Published,
    /// Volunteer hours in the period (whole hours); suppressed unless five tandems met within
    /// one month of the period, with secondary suppression on the column.
    pub hours: Published,
    /// Outcomes by kind ([`OutcomeKind::ALL`]): a partition, so row and column totals.
    pub outcomes: Published,
}

/// Groups raw figures into rows and suppresses every table.
pub fn statewide_report(
    grouping: Grouping,
    figures: &[(ProgrammeKind, String, StatewideFigures)],
) -> StatewideReport {
    let mut grouped: BTreeMap<String, StatewideFigures> = BTreeMap::new();
    if grouping == Grouping::ProgrammeKind {
        for kind in ProgrammeKind::ALL {
            grouped.entry(kind.as_str().to_owned()).or_default();
        }
    }
    for (kind, postal_code, figure) in figures {
        grouped
            .entry(row_key(grouping, *kind, postal_code))
            .or_default()
            .add(figure);
    }
    let rows: Vec<String> = grouped.keys().cloned().collect();
    let values: Vec<&StatewideFigures> = grouped.values().collect();
    let tandems = suppress(&Table {
        cells: values
            .iter()
            .map(|f| vec![f.started, f.active, f.completed, f.ended_early, f.waiting])
            .collect(),
        row_totals: false,
        column_totals: true,
    });
    let contributors: Vec<u64> = values.iter().map(|f| f.tandems_meeting).collect();
    let total_contributors: u64 = contributors.iter().sum();
    let hours = suppress_by(
        &Table {
            cells: values.iter().map(|f| vec![f.minutes / 60]).collect(),
            row_totals: false,
            column_totals: true,
        },
        |_, (r, _)| {
            let tandems = contributors.get(r).copied().unwrap_or(total_contributors);
            tandems > 0 && tandems < MIN_PUBLISHED
        },
    );
    let outcomes = suppress(&Table {
        cells: values.iter().map(|f| f.outcomes.to_vec()).collect(),
        row_totals: true,
        column_totals: true,
    });
    StatewideReport {
        rows,
        tandems,
        hours,
        outcomes,
    }
}

/// The outcome kinds in the order of the outcome table's columns.
pub const OUTCOME_COLUMNS: [OutcomeKind; 7] = OutcomeKind::ALL;

/// Prefixes cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) with `'`.
pub fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// One sheet of a workbook: a name, a header line and rows. Cells that read as plain numbers
/// are written as numbers (so sums work); every other cell as defused text.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

fn as_number(cell: &str) -> Option<f64> {
    let plain = !cell.is_empty()
        && cell.chars().all(|c| c.is_ascii_digit() || c == '.')
        && !cell.starts_with('.')
        && cell.matches('.').count() <= 1;
    plain.then(|| cell.parse().ok()).flatten()
}

/// An XLSX workbook of the given sheets.
pub fn write_workbook(sheets: &[Sheet]) -> Result<Vec<u8>, String> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for sheet in sheets {
        let page = workbook.add_worksheet();
        // Sheet names: at most 31 characters, none of []:*?/\.
        let name: String = sheet
            .name
            .chars()
            .filter(|c| !"[]:*?/\\".contains(*c))
            .take(31)
            .collect();
        page.set_name(name).map_err(|e| e.to_string())?;
        for (column, header) in sheet.headers.iter().enumerate() {
            let column = u16::try_from(column).map_err(|e| e.to_string())?;
            page.write_string_with_format(0, column, defuse(header), &bold)
                .map_err(|e| e.to_string())?;
        }
        for (index, row) in sheet.rows.iter().enumerate() {
            let line = u32::try_from(index + 1).map_err(|e| e.to_string())?;
            for (column, cell) in row.iter().enumerate() {
                let column = u16::try_from(column).map_err(|e| e.to_string())?;
                match as_number(cell) {
                    Some(number) => page.write_number(line, column, number),
                    None => page.write_string(line, column, defuse(cell)),
                }
                .map_err(|e| e.to_string())?;
            }
        }
    }
    workbook.save_to_buffer().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::indexing_slicing,
        clippy::needless_range_loop
    )]
    use super::*;
    use proptest::prelude::*;

    fn members_hidden(published: &Published, table: &Table) -> Vec<Vec<bool>> {
        // Every additive line as "is this member hidden?" flags.
        let mut lines = Vec::new();
        let rows = table.cells.len();
        let columns = table.cells.first().map_or(0, Vec::len);
        if let Some(row_totals) = &published.row_totals {
            for r in 0..rows {
                let mut line: Vec<bool> = published.cells[r].iter().map(Option::is_none).collect();
                line.push(row_totals[r].is_none());
                lines.push(line);
            }
        }
        if let Some(column_totals) = &published.column_totals {
            for c in 0..columns {
                let mut line: Vec<bool> =
                    published.cells.iter().map(|row| row[c].is_none()).collect();
                line.push(column_totals[c].is_none());
                lines.push(line);
            }
        }
        if let (Some(row_totals), Some(column_totals), Some(grand)) = (
            &published.row_totals,
            &published.column_totals,
            published.grand_total,
        ) {
            let mut line: Vec<bool> = row_totals.iter().map(Option::is_none).collect();
            line.push(grand.is_none());
            lines.push(line);
            let mut line: Vec<bool> = column_totals.iter().map(Option::is_none).collect();
            line.push(grand.is_none());
            lines.push(line);
        }
        lines
    }

    fn table_strategy() -> impl Strategy<Value = Table> {
        (1usize..7, 1usize..6, any::<bool>(), any::<bool>()).prop_flat_map(
            |(rows, columns, row_totals, column_totals)| {
                // Mostly small counts, so suppression has work to do.
                let value = prop_oneof![Just(0u64), 1u64..5, 5u64..12, 12u64..200];
                proptest::collection::vec(proptest::collection::vec(value, columns), rows).prop_map(
                    move |cells| Table {
                        cells,
                        row_totals,
                        column_totals,
                    },
                )
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn no_small_count_is_published_and_no_suppressed_value_follows_from_a_total(table in table_strategy()) {
            let published = suppress(&table);
            let rows = table.cells.len();
            let columns = table.cells[0].len();
            // Published values are the true ones, and none lies between 1 and 4.
            for r in 0..rows {
                for c in 0..columns {
                    let truth = table.cells[r][c];
                    if truth > 0 && truth < MIN_PUBLISHED {
                        prop_assert_eq!(published.cells[r][c], None);
                    }
                    if let Some(shown) = published.cells[r][c] {
                        prop_assert_eq!(shown, truth);
                    }
                }
            }
            if let Some(totals) = &published.row_totals {
                for (r, total) in totals.iter().enumerate() {
                    if let Some(total) = total {
                        prop_assert_eq!(*total, table.row_total(r));
                        prop_assert!(*total == 0 || *total >= MIN_PUBLISHED);
                    }
                }
            }
            if let Some(totals) = &published.column_totals {
                for (c, total) in totals.iter().enumerate() {
                    if let Some(total) = total {
                        prop_assert_eq!(*total, table.column_total(c));
                        prop_assert!(*total == 0 || *total >= MIN_PUBLISHED);
                    }
                }
            }
            if let Some(Some(grand)) = published.grand_total {
                prop_assert_eq!(grand, (0..rows).map(|r| table.row_total(r)).sum::<u64>());
            }
            // In every additive line: no suppressed member, or at least two.
            for line in members_hidden(&published, &table) {
                let hidden = line.iter().filter(|h| **h).count();
                prop_assert!(hidden != 1, "a lone suppressed value in {:?} of {:?}", line, published);
            }
            // Where a line's total is published, the hidden cells' sum is not one cell's value.
            if let Some(totals) = &published.column_totals {
                for (c, total) in totals.iter().enumerate() {
                    let hidden = published.cells.iter().filter(|row| row[c].is_none()).count();
                    prop_assert!(total.is_none() || hidden == 0 || hidden >= 2);
                }
            }
        }
    }

    #[test]
    fn a_lone_small_cell_takes_the_smallest_neighbour_with_it() {
        let table = Table {
            cells: vec![vec![3, 10, 7], vec![8, 9, 20]],
            row_totals: true,
            column_totals: true,
        };
        let published = suppress(&table);
        // Row 0: 3 is primary; 7 is its smallest complement. Columns 0 and 2 then need a second
        // hidden cell each: 8 (column 0) and 20 (column 2); row 1 then has two.
        assert_eq!(
            published.cells,
            vec![vec![None, Some(10), None], vec![None, Some(9), None]]
        );
        assert_eq!(published.row_totals, Some(vec![Some(20), Some(37)]));
        assert_eq!(
            published.column_totals,
            Some(vec![Some(11), Some(19), Some(27)])
        );
        assert_eq!(published.grand_total, Some(Some(57)));
    }

    #[test]
    fn a_small_total_is_suppressed_and_zero_stays_visible() {
        let table = Table {
            cells: vec![vec![0, 0], vec![2, 0], vec![6, 9]],
            row_totals: false,
            column_totals: true,
        };
        let published = suppress(&table);
        assert_eq!(published.cells[0], vec![Some(0), Some(0)]);
        assert_eq!(published.cells[1][0], None, "2 is primary");
        assert_eq!(
            published.cells[2][0], None,
            "6 is the complement in column 0"
        );
        assert_eq!(published.column_totals, Some(vec![Some(8), Some(9)]));
        assert_eq!(published.row_totals, None);
        assert_eq!(published.grand_total, None);
    }

    #[test]
    fn statewide_rows_group_by_district_or_kind() {
        let figures = StatewideFigures {
            started: 6,
            active: 3,
            outcomes: [5, 0, 0, 1, 0, 0, 0],
            ..StatewideFigures::default()
        };
        let input = vec![
            (ProgrammeKind::Buddy, "30159".to_owned(), figures.clone()),
            (ProgrammeKind::Career, "30161".to_owned(), figures.clone()),
            (ProgrammeKind::Buddy, "99999".to_owned(), figures),
        ];
        let by_district = statewide_report(Grouping::District, &input);
        let hannover =
            crate::gazetteer::lookup(&crate::values::PostalCode::parse("30159").unwrap())
                .unwrap()
                .district_key;
        assert_eq!(by_district.rows, vec![String::new(), hannover.to_owned()]);
        assert_eq!(by_district.tandems.cells[1][0], Some(12));
        let by_kind = statewide_report(Grouping::ProgrammeKind, &input);
        assert_eq!(by_kind.rows, ["buddy", "career", "learning"]);
        assert_eq!(by_kind.tandems.cells[2], vec![Some(0); 5]);
        assert_eq!(by_kind.tandems.cells[0][0], Some(12));
        assert_eq!(by_kind.tandems.column_totals.unwrap()[0], Some(18));
    }

    #[test]
    fn workbook_cells_are_numbers_or_defused_text() {
        assert_eq!(as_number("12"), Some(12.0));
        assert_eq!(as_number("1.5"), Some(1.5));
        assert_eq!(as_number("-3"), None);
        assert_eq!(as_number("1,5"), None);
        assert_eq!(defuse("=SUM(A1)"), "'=SUM(A1)");
        let bytes = write_workbook(&[Sheet {
            name: "Monate/Tabelle".into(),
            headers: vec!["Monat".into()],
            rows: vec![vec!["=1+1".into()]],
        }])
        .unwrap();
        assert!(bytes.starts_with(b"PK"));
    }
}
