//! The bodies of the fuzz targets, shared by the libFuzzer binaries (`fuzz_targets/`) and the
//! libFuzzer-free runner (`src/bin/random.rs`). Each must never panic, whatever the input.

use arbitrary::Arbitrary;
use std::collections::BTreeSet;
use tandem_core::import::{
    ExistingPerson, Format, Mapping, Table, TableRow, parse_row_list, read_table, validate,
    write_csv, write_xlsx,
};

/// The year the rules are checked in; fixed so a crash reproduces.
const YEAR: i32 = 2026;

/// Any bytes as an uploaded file: the reader sniffs the format (CSV in any delimiter and
/// encoding, XLSX, ODS), then the guessed mapping and the row checks run on what it read.
pub fn read_table_target(data: &[u8]) {
    if let Ok(table) = read_table(data) {
        let mapping = Mapping::guess(&table.headers);
        let _ = mapping.describe(&table);
        let existing = existing_from(&table);
        let _ = validate(&table, &mapping, &existing, &BTreeSet::new(), YEAR);
    }
}

/// A table as the mapping step sees it, and what a user types into the mapping form.
#[derive(Debug, Arbitrary)]
pub struct MapperInput {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub keys: Vec<String>,
    pub overrides: String,
    pub skip: String,
    pub existing: Vec<(String, String, String, i32)>,
}

/// The column mapper: guessing, corrections by header, keys from the form, the skip list, and the
/// checks; also the CSV writer of the export, read back by the reader.
pub fn mapper_target(input: MapperInput) {
    let table = Table {
        format: Format::Csv {
            delimiter: b';',
            encoding: "utf-8",
        },
        headers: input.headers.into_iter().take(64).collect(),
        rows: input
            .rows
            .into_iter()
            .take(200)
            .enumerate()
            .map(|(index, cells)| TableRow {
                number: index + 2,
                cells: cells.into_iter().take(64).collect(),
            })
            .collect(),
    };
    let existing: Vec<ExistingPerson> = input
        .existing
        .into_iter()
        .take(50)
        .map(
            |(email, first_name, last_name, birth_year)| ExistingPerson {
                email,
                first_name,
                last_name,
                birth_year,
            },
        )
        .collect();
    let skip = parse_row_list(&input.skip).unwrap_or_default();
    let guessed = Mapping::guess(&table.headers);
    let _ = guessed.problems(&table);
    let _ = guessed.describe(&table);
    let _ = validate(&table, &guessed, &existing, &skip, YEAR);
    if let Ok(corrected) = guessed.with_overrides(&table.headers, &input.overrides) {
        let _ = validate(&table, &corrected, &existing, &skip, YEAR);
    }
    let from_form = Mapping::from_keys(table.headers.len(), &input.keys);
    let _ = from_form.describe(&table);
    let _ = validate(&table, &from_form, &existing, &skip, YEAR);
    let cells: Vec<Vec<String>> = table.rows.iter().map(|row| row.cells.clone()).collect();
    if let Ok(bytes) = write_csv(&table.headers, &cells) {
        read_table_target(&bytes);
    }
}

/// A spreadsheet Tandem writes itself, then damaged: the writer gives the reader a valid ZIP with
/// real XLSX parts, and the flips reach the ZIP directory, the XML and the shared strings, which
/// random bytes alone almost never get to.
#[derive(Debug, Arbitrary)]
pub struct XlsxInput {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub flips: Vec<(u32, u8)>,
    pub truncate: Option<u32>,
}

pub fn xlsx_target(input: XlsxInput) {
    let headers: Vec<String> = input.headers.into_iter().take(20).collect();
    let rows: Vec<Vec<String>> = input
        .rows
        .into_iter()
        .take(30)
        .map(|cells| cells.into_iter().take(20).collect())
        .collect();
    let Ok(mut bytes) = write_xlsx(&headers, &rows) else {
        return;
    };
    read_table_target(&bytes);
    if bytes.is_empty() {
        return;
    }
    for (position, value) in input.flips.into_iter().take(16) {
        let index = position as usize % bytes.len();
        bytes[index] ^= value;
    }
    if let Some(length) = input.truncate {
        bytes.truncate(length as usize % (bytes.len() + 1));
    }
    read_table_target(&bytes);
    // The same damage inside a stored (uncompressed) archive reaches the XML text itself.
    read_table_target(&restored(&bytes));
}

/// Re-packs the readable entries of a (possibly damaged) archive without compression.
fn restored(bytes: &[u8]) -> Vec<u8> {
    use std::io::{Cursor, Read, Write};
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Vec::new();
    };
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for index in 0..archive.len().min(32) {
        let Ok(mut file) = archive.by_index(index) else {
            continue;
        };
        let Ok(name) = file.name().map(|name| name.into_owned()) else {
            continue;
        };
        let mut content = Vec::new();
        if (&mut file).take(1 << 20).read_to_end(&mut content).is_err() {
            continue;
        }
        if writer.start_file(name, stored).is_err() || writer.write_all(&content).is_err() {
            return Vec::new();
        }
    }
    writer
        .finish()
        .map(|cursor| cursor.into_inner())
        .unwrap_or_default()
}

/// People "already in the programme" made from the table's first rows, so that the duplicate
/// checks compare real values.
fn existing_from(table: &Table) -> Vec<ExistingPerson> {
    table
        .rows
        .iter()
        .take(3)
        .map(|row| ExistingPerson {
            email: row.cells.first().cloned().unwrap_or_default(),
            first_name: row.cells.get(1).cloned().unwrap_or_default(),
            last_name: row.cells.get(2).cloned().unwrap_or_default(),
            birth_year: 1990,
        })
        .collect()
}
