//! Bringing existing lists of mentors and mentees in, and writing them out again in the same
//! columns.
//!
//! The steps, each a pure function so the web page, the CLI and the tests share them:
//! 1. [`read_table`] turns the bytes of a CSV (any of `, ; TAB |`, UTF-8 with or without BOM,
//!    UTF-16 with BOM, else Windows-1252), XLSX or ODS file into a [`Table`] of strings with the
//!    spreadsheet's row numbers. Limits on size, rows and columns are checked here and named in
//!    the error.
//! 2. [`Mapping::guess`] maps columns to [`Field`]s from German and English headers; the user
//!    corrects it ([`Mapping::with_overrides`], [`Mapping::from_keys`]).
//! 3. [`validate`] parses every row into the same registration values the form uses
//!    ([`ProfileForm::parse`]) and reports every problem by row and column, and the duplicates
//!    (same e-mail, or same name and birth year) within the file and against the people already in
//!    the programme (passed in as [`ExistingPerson`]s). Only a clean [`Report`] is imported, in one
//!    transaction, by the store.
//! 4. [`export_table`] writes people in the same columns, so import → export → import is lossless.
//!
//! This module reads and writes bytes only; files, uploads and SQL live elsewhere.

use crate::{
    DomainError,
    person::{Person, PersonStatus, Profile, ProfileForm, Side},
    values::{Availability, LanguageCode, SpokenLanguage},
};
use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    fmt,
    io::Cursor,
};

/// The largest file accepted (upload or command line).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// The most data rows one import takes (below the header).
pub const MAX_ROWS: usize = 10_000;
/// The most columns a table may have.
pub const MAX_COLUMNS: usize = 100;
/// What the parts of an XLSX/ODS file (a ZIP archive) may add up to once unpacked; stops
/// "zip bombs" before the spreadsheet reader inflates them.
pub const MAX_UNPACKED_BYTES: u64 = 200 * 1024 * 1024;

/// Why a file could not be read as a table at all (row problems are [`Problem`]s instead).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file has {bytes} bytes; the limit is {limit} bytes (10 MB)")]
    FileTooLarge { bytes: usize, limit: usize },
    #[error("the table has {rows} rows; the limit is {limit} rows")]
    TooManyRows { rows: usize, limit: usize },
    #[error("the table has {columns} columns; the limit is {limit} columns")]
    TooManyColumns { columns: usize, limit: usize },
    #[error("the spreadsheet unpacks to more than {limit} bytes")]
    UnpackedTooLarge { limit: u64 },
    #[error("the file is empty or has no header row")]
    Empty,
    #[error("old Excel files (.xls) are not read; save the sheet as .xlsx, .ods or CSV")]
    LegacyExcel,
    #[error("the file could not be read as CSV, XLSX or ODS: {0}")]
    Unreadable(String),
}

impl ImportError {
    /// A stable key for translations.
    pub const fn code(&self) -> &'static str {
        match self {
            Self::FileTooLarge { .. } => "file-too-large",
            Self::TooManyRows { .. } => "too-many-rows",
            Self::TooManyColumns { .. } => "too-many-columns",
            Self::UnpackedTooLarge { .. } => "unpacked-too-large",
            Self::Empty => "empty",
            Self::LegacyExcel => "legacy-excel",
            Self::Unreadable(_) => "unreadable",
        }
    }
}

/// What kind of file a table came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv {
        delimiter: u8,
        encoding: &'static str,
    },
    Xlsx,
    Ods,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Csv {
                delimiter,
                encoding,
            } => {
                let name = match delimiter {
                    b'\t' => "tab".to_owned(),
                    other => char::from(*other).to_string(),
                };
                write!(f, "CSV ({encoding}, delimiter {name})")
            }
            Self::Xlsx => f.write_str("XLSX"),
            Self::Ods => f.write_str("ODS"),
        }
    }
}

/// One data row with the number a spreadsheet program shows for it (the header is usually 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub number: usize,
    pub cells: Vec<String>,
}

/// A header row and the data rows below it, all as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub format: Format,
    pub headers: Vec<String>,
    pub rows: Vec<TableRow>,
}

impl Table {
    /// The name a problem report uses for column `index`: its header, or "column N".
    pub fn column_name(&self, index: usize) -> String {
        match self.headers.get(index).map(|h| h.trim()) {
            Some(header) if !header.is_empty() => header.to_owned(),
            _ => format!("column {}", index + 1),
        }
    }
}

/// Reads a CSV, XLSX or ODS file. Never panics on any input (a property test feeds it noise).
pub fn read_table(bytes: &[u8]) -> Result<Table, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::FileTooLarge {
            bytes: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return read_spreadsheet(bytes);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ImportError::LegacyExcel);
    }
    read_csv(bytes)
}

/// Decodes text: a BOM decides (UTF-8, UTF-16); otherwise valid UTF-8 is UTF-8 and anything else
/// is taken as Windows-1252, what Excel on German Windows writes as "CSV".
fn decode_text(bytes: &[u8]) -> (String, &'static str) {
    if let Some((encoding, bom_length)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        let name = if encoding == encoding_rs::UTF_8 {
            "UTF-8 with BOM"
        } else {
            encoding.name()
        };
        return (text.into_owned(), name);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), "UTF-8"),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), "windows-1252")
        }
    }
}

const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

fn csv_reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// Picks the delimiter that splits the first records into the most equally long rows of more
/// than one column (quotes respected, because the csv reader does the splitting).
fn sniff_delimiter(text: &str) -> u8 {
    let mut best = (DELIMITERS[0], (0usize, 0usize));
    for delimiter in DELIMITERS {
        let mut reader = csv_reader(text, delimiter);
        let mut widths = Vec::new();
        for record in reader.records().take(30) {
            match record {
                Ok(record) if record.iter().all(|cell| cell.trim().is_empty()) => {}
                Ok(record) => widths.push(record.len()),
                Err(_) => break,
            }
        }
        let Some(&header_width) = widths.first() else {
            continue;
        };
        if header_width < 2 {
            continue;
        }
        let consistent = widths.iter().filter(|&&w| w == header_width).count();
        let score = (consistent, header_width);
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

fn read_csv(bytes: &[u8]) -> Result<Table, ImportError> {
    let (text, encoding) = decode_text(bytes);
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv_reader(&text, delimiter);
    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| ImportError::Unreadable(error.to_string()))?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() > MAX_COLUMNS {
            return Err(ImportError::TooManyColumns {
                columns: record.len(),
                limit: MAX_COLUMNS,
            });
        }
        let number = record
            .position()
            .map_or(0, |position| usize::try_from(position.line()).unwrap_or(0));
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if headers.is_none() {
            headers = Some(cells);
        } else {
            rows.push(TableRow { number, cells });
        }
    }
    finish_table(
        Format::Csv {
            delimiter,
            encoding,
        },
        headers,
        rows,
    )
}

fn finish_table(
    format: Format,
    headers: Option<Vec<String>>,
    rows: Vec<TableRow>,
) -> Result<Table, ImportError> {
    let headers = headers.ok_or(ImportError::Empty)?;
    if rows.len() > MAX_ROWS {
        return Err(ImportError::TooManyRows {
            rows: rows.len(),
            limit: MAX_ROWS,
        });
    }
    Ok(Table {
        format,
        headers: headers.into_iter().map(|h| h.trim().to_owned()).collect(),
        rows,
    })
}

/// Refuses archives whose members claim to unpack beyond [`MAX_UNPACKED_BYTES`].
fn check_archive(bytes: &[u8]) -> Result<(), ImportError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|error| ImportError::Unreadable(error.to_string()))?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let member = archive
            .by_index_raw(index)
            .map_err(|error| ImportError::Unreadable(error.to_string()))?;
        total = total.saturating_add(member.size());
        if total > MAX_UNPACKED_BYTES {
            return Err(ImportError::UnpackedTooLarge {
                limit: MAX_UNPACKED_BYTES,
            });
        }
    }
    Ok(())
}

fn read_spreadsheet(bytes: &[u8]) -> Result<Table, ImportError> {
    check_archive(bytes)?;
    // The spreadsheet readers are large third-party parsers; a panic inside one on a hostile file
    // becomes an "unreadable" answer here instead of a dropped connection or a dead command.
    std::panic::catch_unwind(|| read_spreadsheet_unguarded(bytes)).unwrap_or_else(|_| {
        Err(ImportError::Unreadable(
            "the spreadsheet reader failed on this file".to_owned(),
        ))
    })
}

fn read_spreadsheet_unguarded(bytes: &[u8]) -> Result<Table, ImportError> {
    use calamine::Reader;
    let unreadable = |error: &dyn fmt::Display| ImportError::Unreadable(error.to_string());
    // Cells by row and column; a sheet is stored sparsely, so one stray cell far down cannot make
    // us allocate a huge dense grid.
    let mut grid: BTreeMap<u32, BTreeMap<u32, String>> = BTreeMap::new();
    let mut too_far: Option<u32> = None;
    let mut keep = |row: u32, column: u32, text: String| -> Result<(), ImportError> {
        if text.trim().is_empty() {
            return Ok(());
        }
        if usize::try_from(column).unwrap_or(usize::MAX) >= MAX_COLUMNS {
            return Err(ImportError::TooManyColumns {
                columns: usize::try_from(column).unwrap_or(usize::MAX) + 1,
                limit: MAX_COLUMNS,
            });
        }
        if grid.len() > MAX_ROWS + 1 && !grid.contains_key(&row) {
            too_far = Some(too_far.map_or(row, |seen| seen.max(row)));
            return Ok(());
        }
        grid.entry(row).or_default().insert(column, text);
        Ok(())
    };
    let format = if let Ok(mut workbook) =
        calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(Cursor::new(bytes))
    {
        let name = workbook
            .sheet_names()
            .first()
            .cloned()
            .ok_or(ImportError::Empty)?;
        let mut cells = workbook
            .worksheet_cells_reader(&name)
            .map_err(|e| unreadable(&e))?;
        while let Some(cell) = cells.next_cell().map_err(|e| unreadable(&e))? {
            let (row, column) = cell.get_position();
            let value: calamine::Data = cell.get_value().clone().into();
            keep(row, column, cell_text(&value))?;
        }
        Format::Xlsx
    } else if let Ok(mut workbook) =
        calamine::open_workbook_from_rs::<calamine::Ods<_>, _>(Cursor::new(bytes))
    {
        let range = workbook
            .worksheet_range_at(0)
            .ok_or(ImportError::Empty)?
            .map_err(|e| unreadable(&e))?;
        let (first_row, first_column) = range.start().unwrap_or((0, 0));
        for (row_offset, row) in range.rows().enumerate() {
            for (column_offset, value) in row.iter().enumerate() {
                let row = first_row.saturating_add(u32::try_from(row_offset).unwrap_or(u32::MAX));
                let column =
                    first_column.saturating_add(u32::try_from(column_offset).unwrap_or(u32::MAX));
                keep(row, column, cell_text(value))?;
            }
        }
        Format::Ods
    } else {
        return Err(ImportError::Unreadable(
            "a ZIP archive that is neither XLSX nor ODS".to_owned(),
        ));
    };
    if too_far.is_some() {
        return Err(ImportError::TooManyRows {
            rows: grid.len().saturating_sub(1) + 1,
            limit: MAX_ROWS,
        });
    }
    let mut rows = grid.into_iter();
    let headers = rows.next().map(|(_, cells)| dense(&cells));
    let rows = rows
        .map(|(row, cells)| TableRow {
            number: usize::try_from(row).unwrap_or(usize::MAX).saturating_add(1),
            cells: dense(&cells),
        })
        .collect();
    finish_table(format, headers, rows)
}

fn dense(cells: &BTreeMap<u32, String>) -> Vec<String> {
    let width = cells
        .keys()
        .next_back()
        .map_or(0, |last| usize::try_from(*last).unwrap_or(0) + 1);
    let mut row = vec![String::new(); width];
    for (column, text) in cells {
        if let Some(slot) = row.get_mut(usize::try_from(*column).unwrap_or(usize::MAX)) {
            slot.clone_from(text);
        }
    }
    row
}

/// A cell as text. Whole numbers lose their ".0" (a postal code typed as a number is 30159, not
/// 30159.0).
fn cell_text(value: &calamine::Data) -> String {
    use calamine::Data;
    match value {
        Data::Int(number) => number.to_string(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => {
            format!("{number:.0}")
        }
        Data::Float(number) => number.to_string(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Bool(flag) => flag.to_string(),
        Data::DateTime(at) => at.as_f64().to_string(),
        Data::Error(error) => format!("#{error:?}"),
        Data::Empty => String::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Columns

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Role,
    FirstName,
    LastName,
    Email,
    Phone,
    PostalCode,
    Languages,
    BirthYear,
    Gender,
    GenderPreference,
    Availability,
    Interests,
    Goals,
    Profession,
    Capacity,
    Locale,
    Status,
    Notes,
}

impl Field {
    /// Every field, in the order of an export.
    pub const ALL: [Self; 18] = [
        Self::Role,
        Self::FirstName,
        Self::LastName,
        Self::Email,
        Self::Phone,
        Self::PostalCode,
        Self::Languages,
        Self::BirthYear,
        Self::Gender,
        Self::GenderPreference,
        Self::Availability,
        Self::Interests,
        Self::Goals,
        Self::Profession,
        Self::Capacity,
        Self::Locale,
        Self::Status,
        Self::Notes,
    ];

    /// The key used in `--mapping`, in forms and in translation keys.
    pub const fn key(self) -> &'static str {
        match self {
            Self::Role => "role",
            Self::FirstName => "first_name",
            Self::LastName => "last_name",
            Self::Email => "email",
            Self::Phone => "phone",
            Self::PostalCode => "postal_code",
            Self::Languages => "languages",
            Self::BirthYear => "birth_year",
            Self::Gender => "gender",
            Self::GenderPreference => "gender_preference",
            Self::Availability => "availability",
            Self::Interests => "interests",
            Self::Goals => "goals",
            Self::Profession => "profession",
            Self::Capacity => "capacity",
            Self::Locale => "locale",
            Self::Status => "status",
            Self::Notes => "notes",
        }
    }

    pub fn parse_key(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        Self::ALL.into_iter().find(|field| field.key() == raw)
    }

    /// Without these a row cannot become a registration.
    pub const fn required(self) -> bool {
        matches!(
            self,
            Self::Role
                | Self::FirstName
                | Self::LastName
                | Self::Email
                | Self::PostalCode
                | Self::Languages
                | Self::BirthYear
        )
    }

    /// The header an export writes; German or English (both are recognised on import).
    pub const fn header(self, german: bool) -> &'static str {
        match (self, german) {
            (Self::Role, true) => "Rolle",
            (Self::Role, false) => "Role",
            (Self::FirstName, true) => "Vorname",
            (Self::FirstName, false) => "First name",
            (Self::LastName, true) => "Nachname",
            (Self::LastName, false) => "Last name",
            (Self::Email, _) => "E-Mail",
            (Self::Phone, true) => "Telefon",
            (Self::Phone, false) => "Phone",
            (Self::PostalCode, true) => "PLZ",
            (Self::PostalCode, false) => "Postal code",
            (Self::Languages, true) => "Sprachen",
            (Self::Languages, false) => "Languages",
            (Self::BirthYear, true) => "Geburtsjahr",
            (Self::BirthYear, false) => "Birth year",
            (Self::Gender, true) => "Geschlecht",
            (Self::Gender, false) => "Gender",
            (Self::GenderPreference, true) => "Geschlechtswunsch",
            (Self::GenderPreference, false) => "Gender preference",
            (Self::Availability, true) => "Zeiten",
            (Self::Availability, false) => "Availability",
            (Self::Interests, true) => "Interessen",
            (Self::Interests, false) => "Interests",
            (Self::Goals, true) => "Ziele",
            (Self::Goals, false) => "Goals",
            (Self::Profession, true) => "Beruf",
            (Self::Profession, false) => "Profession",
            (Self::Capacity, true) => "Kapazität",
            (Self::Capacity, false) => "Capacity",
            (Self::Locale, true) => "Kontaktsprache",
            (Self::Locale, false) => "Contact language",
            (Self::Status, _) => "Status",
            (Self::Notes, true) => "Notizen",
            (Self::Notes, false) => "Notes",
        }
    }

    /// Header spellings recognised, after [`normalise_header`].
    const fn aliases(self) -> &'static [&'static str] {
        match self {
            Self::Role => &[
                "rolle",
                "role",
                "side",
                "seite",
                "typ",
                "type",
                "teilnehmerart",
                "mentormentee",
            ],
            Self::FirstName => &["vorname", "firstname", "givenname", "forename", "rufname"],
            Self::LastName => &[
                "nachname",
                "lastname",
                "surname",
                "familyname",
                "familienname",
                "name",
            ],
            Self::Email => &[
                "email",
                "emailadresse",
                "emailaddress",
                "mail",
                "mailadresse",
                "epost",
            ],
            Self::Phone => &[
                "telefon",
                "telefonnummer",
                "tel",
                "phone",
                "phonenumber",
                "telephone",
                "mobil",
                "mobile",
                "handy",
            ],
            Self::PostalCode => &[
                "plz",
                "postleitzahl",
                "postalcode",
                "postcode",
                "zip",
                "zipcode",
            ],
            Self::Languages => &[
                "sprachen",
                "sprache",
                "sprachkenntnisse",
                "languages",
                "language",
            ],
            Self::BirthYear => &["geburtsjahr", "jahrgang", "birthyear", "yearofbirth"],
            Self::Gender => &["geschlecht", "gender", "sex"],
            Self::GenderPreference => &[
                "geschlechtswunsch",
                "wunschgeschlecht",
                "gewuenschtesgeschlecht",
                "genderpreference",
                "preferredgender",
            ],
            Self::Availability => &[
                "zeiten",
                "verfuegbarkeit",
                "zeitfenster",
                "availability",
                "times",
            ],
            Self::Interests => &["interessen", "hobbys", "interests", "hobbies"],
            Self::Goals => &["ziele", "ziel", "goals", "goal"],
            Self::Profession => &[
                "beruf",
                "taetigkeit",
                "schulfaecher",
                "faecher",
                "profession",
                "occupation",
                "job",
                "subjects",
            ],
            Self::Capacity => &["kapazitaet", "plaetze", "capacity", "places"],
            Self::Locale => &[
                "kontaktsprache",
                "korrespondenzsprache",
                "contactlanguage",
                "locale",
            ],
            Self::Status => &["status"],
            Self::Notes => &[
                "notizen",
                "notiz",
                "bemerkungen",
                "bemerkung",
                "anmerkungen",
                "kommentar",
                "notes",
                "comments",
            ],
        }
    }
}

/// Lower case, umlauts spelt out, everything but letters and digits dropped:
/// "E-Mail-Adresse" → "emailadresse", "Verfügbarkeit" → "verfuegbarkeit".
pub fn normalise_header(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.trim().chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// Which field each column holds (`None`: ignored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping(pub Vec<Option<Field>>);

/// Why a mapping cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MappingProblem {
    /// No column holds this required field.
    Missing(Field),
    /// Several columns hold the same field.
    Repeated { field: Field, columns: Vec<String> },
    /// `--mapping` named a column the file does not have, or a field Tandem does not know.
    Unknown(String),
}

impl fmt::Display for MappingProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing(field) => write!(
                f,
                "no column holds {} ({}); map one with --mapping \"HEADER={}\"",
                field.header(false),
                field.key(),
                field.key()
            ),
            Self::Repeated { field, columns } => write!(
                f,
                "the columns {} all hold {}; keep one",
                columns.join(", "),
                field.key()
            ),
            Self::Unknown(what) => write!(f, "{what}"),
        }
    }
}

impl Mapping {
    /// Guesses from the headers; a field claimed by an earlier column is not given twice.
    pub fn guess(headers: &[String]) -> Self {
        let mut taken = BTreeSet::new();
        Self(
            headers
                .iter()
                .map(|header| {
                    let normalised = normalise_header(header);
                    let field = Field::ALL
                        .into_iter()
                        .find(|field| field.aliases().contains(&normalised.as_str()))?;
                    taken.insert(field).then_some(field)
                })
                .collect(),
        )
    }

    /// One field key per column as a form sends it; an empty or unknown key ignores the column.
    pub fn from_keys(width: usize, keys: &[String]) -> Self {
        Self(
            (0..width)
                .map(|index| keys.get(index).and_then(|key| Field::parse_key(key)))
                .collect(),
        )
    }

    /// Applies corrections `HEADER=field,OTHER=ignore` (headers compared case-insensitively).
    pub fn with_overrides(
        mut self,
        headers: &[String],
        spec: &str,
    ) -> Result<Self, MappingProblem> {
        for pair in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (header, key) = pair.split_once('=').ok_or_else(|| {
                MappingProblem::Unknown(format!("'{pair}' is not of the form HEADER=field"))
            })?;
            let column = headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(header.trim()))
                .ok_or_else(|| {
                    MappingProblem::Unknown(format!("the file has no column '{}'", header.trim()))
                })?;
            let field = match key.trim() {
                "ignore" | "" => None,
                other => Some(Field::parse_key(other).ok_or_else(|| {
                    let known: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
                    MappingProblem::Unknown(format!(
                        "'{other}' is not a field; use one of {} or ignore",
                        known.join(", ")
                    ))
                })?),
            };
            if let Some(slot) = self.0.get_mut(column) {
                *slot = field;
            }
        }
        Ok(self)
    }

    pub fn column_of(&self, field: Field) -> Option<usize> {
        self.0.iter().position(|f| *f == Some(field))
    }

    /// Missing required fields and fields held by several columns.
    pub fn problems(&self, table: &Table) -> Vec<MappingProblem> {
        let mut problems = Vec::new();
        for field in Field::ALL {
            let columns: Vec<String> = self
                .0
                .iter()
                .enumerate()
                .filter(|(_, f)| **f == Some(field))
                .map(|(index, _)| table.column_name(index))
                .collect();
            if columns.is_empty() && field.required() {
                problems.push(MappingProblem::Missing(field));
            } else if columns.len() > 1 {
                problems.push(MappingProblem::Repeated { field, columns });
            }
        }
        problems
    }

    /// The `--mapping` form of this mapping, for showing what was guessed.
    pub fn describe(&self, table: &Table) -> String {
        self.0
            .iter()
            .enumerate()
            .map(|(index, field)| {
                format!(
                    "{}={}",
                    table.column_name(index),
                    field.map_or("ignore", Field::key)
                )
            })
            .collect::<Vec<_>>()
            .join(",")
    }
}

// ---------------------------------------------------------------------------------------------
// Rows

/// A row that became a registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    pub row: usize,
    pub side: Side,
    pub status: PersonStatus,
    pub profile: Profile,
    pub notes: String,
}

/// One thing wrong in one cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub row: usize,
    pub column: String,
    pub value: String,
    /// A stable key for translations ([`problem_message`] has the English text).
    pub code: &'static str,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}, column {}: ", self.row, self.column)?;
        if self.value.is_empty() {
            write!(f, "{}", problem_message(self.code))
        } else {
            write!(f, "'{}' {}", self.value, problem_message(self.code))
        }
    }
}

/// English wording of each problem code (the web pages translate the codes).
pub fn problem_message(code: &str) -> &'static str {
    match code {
        "required" => "a value is required",
        "too-long" => "is too long",
        "too-many" => "has too many entries (at most 20)",
        "email" => "is not an e-mail address",
        "phone" => "is not a phone number",
        "postal-code" => "is not a German postal code",
        "language" => "names a language Tandem does not know (use codes like de, ar:native)",
        "language-level" => "has a level other than A1–C2 or native",
        "duplicate-language" => "names a language twice",
        "availability" => "is not a list of times like mon-evening, sat-morning",
        "choice" => "is not one of the allowed values",
        "birth-year" => "is not a birth year between 1900 and this year",
        "range-1-10" => "is not a number from 1 to 10",
        "role" => "is neither Mentor nor Mentee",
        "status" => "is not a status (registered, screened, ready, withdrawn, alumni)",
        "status-needs-tandem" => "cannot be imported: a matched person needs a tandem; use ready",
        "locale" => "is not a language code like de, en, ar",
        _ => "is not valid",
    }
}

/// Someone already in the programme, for duplicate checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExistingPerson {
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub birth_year: i32,
}

/// How two registrations look like the same person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DuplicateKind {
    Email,
    NameAndBirthYear,
}

/// A row that repeats an earlier row or someone already in the programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub row: usize,
    pub kind: DuplicateKind,
    /// The earlier row of the file, or `None` for someone already in the programme.
    pub of_row: Option<usize>,
    /// The e-mail or "name, birth year" that repeats.
    pub value: String,
}

impl fmt::Display for Duplicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            DuplicateKind::Email => "the same e-mail",
            DuplicateKind::NameAndBirthYear => "the same name and birth year",
        };
        match self.of_row {
            Some(other) => write!(
                f,
                "row {}: {what} as row {other} ({})",
                self.row, self.value
            ),
            None => write!(
                f,
                "row {}: {what} as someone already in the programme ({})",
                self.row, self.value
            ),
        }
    }
}

/// The dry run: what would be imported, and everything that stops it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    pub rows: Vec<ImportRow>,
    pub problems: Vec<Problem>,
    pub duplicates: Vec<Duplicate>,
    /// Rows left out on request.
    pub skipped: Vec<usize>,
}

impl Report {
    /// Nothing stops the import: every row that is not skipped is valid and new.
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty() && self.duplicates.is_empty()
    }
    /// Rows that have a problem or are duplicates, for "skip these rows".
    pub fn blocked_rows(&self) -> BTreeSet<usize> {
        self.problems
            .iter()
            .map(|p| p.row)
            .chain(self.duplicates.iter().map(|d| d.row))
            .collect()
    }
}

/// Parses `3,7,10-12` into row numbers.
pub fn parse_row_list(raw: &str) -> Result<BTreeSet<usize>, String> {
    let mut rows = BTreeSet::new();
    for item in raw.split([',', ' ', ';']).filter(|s| !s.trim().is_empty()) {
        let item = item.trim();
        let bad = || format!("'{item}' is not a row number or range like 10-12");
        match item.split_once('-') {
            Some((from, to)) => {
                let from: usize = from.trim().parse().map_err(|_| bad())?;
                let to: usize = to.trim().parse().map_err(|_| bad())?;
                if to < from || to - from > MAX_ROWS {
                    return Err(bad());
                }
                rows.extend(from..=to);
            }
            None => {
                rows.insert(item.parse().map_err(|_| bad())?);
            }
        }
    }
    Ok(rows)
}

/// Checks every row that is not skipped. `Err` when the mapping itself is unusable.
pub fn validate(
    table: &Table,
    mapping: &Mapping,
    existing: &[ExistingPerson],
    skip: &BTreeSet<usize>,
    current_year: i32,
) -> Result<Report, Vec<MappingProblem>> {
    let mapping_problems = mapping.problems(table);
    if !mapping_problems.is_empty() {
        return Err(mapping_problems);
    }
    let mut report = Report::default();
    let mut emails: HashMap<String, Option<usize>> = existing
        .iter()
        .map(|person| (person.email.to_lowercase(), None))
        .collect();
    let mut names: HashMap<(String, String, i32), Option<usize>> = existing
        .iter()
        .map(|person| {
            (
                name_key(&person.first_name, &person.last_name, person.birth_year),
                None,
            )
        })
        .collect();
    for row in &table.rows {
        if skip.contains(&row.number) {
            report.skipped.push(row.number);
            continue;
        }
        let parsed = match parse_row(table, mapping, row, current_year) {
            Ok(parsed) => parsed,
            Err(problems) => {
                report.problems.extend(problems);
                continue;
            }
        };
        let profile = &parsed.profile;
        let email = profile.email.as_str().to_lowercase();
        if let Some(of_row) = emails.get(&email) {
            report.duplicates.push(Duplicate {
                row: row.number,
                kind: DuplicateKind::Email,
                of_row: *of_row,
                value: profile.email.to_string(),
            });
            continue;
        }
        let name = name_key(
            &profile.first_name,
            &profile.last_name,
            profile.birth_year.get(),
        );
        if let Some(of_row) = names.get(&name) {
            report.duplicates.push(Duplicate {
                row: row.number,
                kind: DuplicateKind::NameAndBirthYear,
                of_row: *of_row,
                value: format!(
                    "{} {}, {}",
                    profile.first_name,
                    profile.last_name,
                    profile.birth_year.get()
                ),
            });
            continue;
        }
        emails.insert(email, Some(row.number));
        names.insert(name, Some(row.number));
        report.rows.push(parsed);
    }
    Ok(report)
}

fn name_key(first: &str, last: &str, birth_year: i32) -> (String, String, i32) {
    let squash = |name: &str| {
        name.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    (squash(first), squash(last), birth_year)
}

/// A cell as the user meant it: trimmed, and without the apostrophe that exports put before
/// `=`, `+`, `-`, `@` so spreadsheets do not run them as formulas.
fn clean_cell(raw: &str) -> String {
    let trimmed = raw.trim();
    match trimmed.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_owned(),
        _ => trimmed.to_owned(),
    }
}

fn parse_row(
    table: &Table,
    mapping: &Mapping,
    row: &TableRow,
    current_year: i32,
) -> Result<ImportRow, Vec<Problem>> {
    let cell = |field: Field| -> String {
        mapping
            .column_of(field)
            .and_then(|column| row.cells.get(column))
            .map(|raw| clean_cell(raw))
            .unwrap_or_default()
    };
    let column = |field: Field| -> String {
        mapping
            .column_of(field)
            .map_or_else(|| field.key().to_owned(), |index| table.column_name(index))
    };
    let problem = |field: Field, code: &'static str| Problem {
        row: row.number,
        column: column(field),
        value: cell(field),
        code,
    };
    let mut problems = Vec::new();

    let side = match role(&cell(Field::Role)) {
        Some(side) => Some(side),
        None => {
            let code = if cell(Field::Role).is_empty() {
                "required"
            } else {
                "role"
            };
            problems.push(problem(Field::Role, code));
            None
        }
    };
    let status = match status(&cell(Field::Status)) {
        Ok(status) => Some(status),
        Err(code) => {
            problems.push(problem(Field::Status, code));
            None
        }
    };
    let locale_raw = cell(Field::Locale);
    let locale = if locale_raw.is_empty() {
        String::new()
    } else {
        match LanguageCode::parse(&language_alias(&locale_raw)) {
            Ok(code) => code.to_string(),
            Err(_) => {
                problems.push(problem(Field::Locale, "locale"));
                String::new()
            }
        }
    };
    let form = ProfileForm {
        first_name: cell(Field::FirstName),
        last_name: cell(Field::LastName),
        email: cell(Field::Email),
        phone: cell(Field::Phone),
        postal_code: cell(Field::PostalCode),
        languages: languages(&cell(Field::Languages)),
        availability: availability_keys(&cell(Field::Availability)),
        gender: gender(&cell(Field::Gender)),
        gender_preference: gender_preference(&cell(Field::GenderPreference)),
        birth_year: cell(Field::BirthYear),
        interests: cell(Field::Interests),
        goals: cell(Field::Goals),
        profession: cell(Field::Profession),
        capacity: cell(Field::Capacity),
        locale,
    };
    let profile = match form.parse(current_year) {
        Ok(profile) => Some(profile),
        Err(errors) => {
            for error in errors {
                if let DomainError::Invalid { field, code } = error {
                    let field = field_of_form(field);
                    problems.push(problem(field, code));
                }
            }
            None
        }
    };
    let notes = cell(Field::Notes);
    if notes.chars().count() > 5_000 {
        problems.push(problem(Field::Notes, "too-long"));
    }
    match (side, status, profile) {
        (Some(side), Some(status), Some(profile)) if problems.is_empty() => Ok(ImportRow {
            row: row.number,
            side,
            status,
            profile,
            notes,
        }),
        _ => Err(problems),
    }
}

/// The column a form field's error belongs to.
fn field_of_form(field: &str) -> Field {
    match field {
        "first_name" => Field::FirstName,
        "last_name" => Field::LastName,
        "email" => Field::Email,
        "phone" => Field::Phone,
        "postal_code" => Field::PostalCode,
        "availability" => Field::Availability,
        "gender" => Field::Gender,
        "gender_preference" => Field::GenderPreference,
        "birth_year" => Field::BirthYear,
        "interests" => Field::Interests,
        "goals" => Field::Goals,
        "profession" => Field::Profession,
        "capacity" => Field::Capacity,
        _ => Field::Languages,
    }
}

fn role(raw: &str) -> Option<Side> {
    match normalise_header(raw).as_str() {
        "mentor" | "mentorin" | "mentoren" | "pate" | "patin" | "paten" | "balu" | "volunteer"
        | "ehrenamtliche" | "ehrenamtlicher" => Some(Side::Mentor),
        "mentee" | "mentees" | "mogli" | "patenkind" | "newcomer" | "teilnehmerin"
        | "teilnehmer" => Some(Side::Mentee),
        _ => None,
    }
}

fn status(raw: &str) -> Result<PersonStatus, &'static str> {
    if raw.is_empty() {
        return Ok(PersonStatus::Registered);
    }
    match PersonStatus::parse(&raw.to_lowercase()) {
        Ok(PersonStatus::Matched) => Err("status-needs-tandem"),
        Ok(status) => Ok(status),
        Err(_) => Err("status"),
    }
}

fn gender(raw: &str) -> String {
    match normalise_header(raw).as_str() {
        "w" | "weiblich" | "f" | "female" | "frau" => "female".to_owned(),
        "m" | "maennlich" | "male" | "mann" => "male".to_owned(),
        "d" | "divers" | "diverse" | "x" => "diverse".to_owned(),
        "" | "ka" | "keineangabe" | "notstated" => "not_stated".to_owned(),
        _ => raw.to_owned(),
    }
}

fn gender_preference(raw: &str) -> String {
    match normalise_header(raw).as_str() {
        "" | "egal" | "any" | "keine" | "keinepraeferenz" => "any".to_owned(),
        "gleich" | "gleichesgeschlecht" | "same" | "samegender" => "same_gender".to_owned(),
        "w" | "weiblich" | "f" | "female" | "frau" => "female".to_owned(),
        "m" | "maennlich" | "male" | "mann" => "male".to_owned(),
        _ => raw.to_owned(),
    }
}

/// German and English language names as lists have them, to the codes Tandem stores.
fn language_alias(raw: &str) -> String {
    let code = match normalise_header(raw).as_str() {
        "deutsch" | "german" => "de",
        "englisch" | "english" => "en",
        "arabisch" | "arabic" => "ar",
        "ukrainisch" | "ukrainian" => "uk",
        "russisch" | "russian" => "ru",
        "persisch" | "farsi" | "persian" => "fa",
        "dari" => "prs",
        "kurmandschi" | "kurmanji" => "kmr",
        "sorani" => "ckb",
        "kurdisch" | "kurdish" => "ku",
        "tuerkisch" | "turkish" => "tr",
        "tigrinya" => "ti",
        "paschtu" | "pashto" | "paschto" => "ps",
        "somali" => "so",
        "franzoesisch" | "french" => "fr",
        "spanisch" | "spanish" => "es",
        "italienisch" | "italian" => "it",
        "polnisch" | "polish" => "pl",
        "rumaenisch" | "romanian" => "ro",
        "albanisch" | "albanian" => "sq",
        _ => return raw.trim().to_owned(),
    };
    code.to_owned()
}

/// `Deutsch (Muttersprache), Arabisch: B1` → `de:native,ar:B1`; codes pass through unchanged, so
/// [`SpokenLanguage::parse_list`] still decides what is valid.
fn languages(raw: &str) -> String {
    raw.split([',', ';', '/'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            let (name, level) = match item.split_once([':', '(']) {
                Some((name, level)) => (name, Some(level.trim().trim_end_matches(')').trim())),
                None => (item, None),
            };
            let code = language_alias(name);
            match level.map(|level| match normalise_header(level).as_str() {
                "muttersprache" | "native" | "erstsprache" | "mothertongue" => "native".to_owned(),
                _ => level.to_owned(),
            }) {
                Some(level) => format!("{code}:{level}"),
                None => code,
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

const DAYS: [[&str; 3]; 7] = [
    ["mon", "mo", "montag"],
    ["tue", "di", "dienstag"],
    ["wed", "mi", "mittwoch"],
    ["thu", "do", "donnerstag"],
    ["fri", "fr", "freitag"],
    ["sat", "sa", "samstag"],
    ["sun", "so", "sonntag"],
];
const SLOTS: [[&str; 3]; 3] = [
    ["morning", "vormittags", "vormittag"],
    ["afternoon", "nachmittags", "nachmittag"],
    ["evening", "abends", "abend"],
];

/// `mon-evening, Sa vormittags` → the form's slot keys `0-2`, `5-0`. Unknown items pass through,
/// so the form's parser reports them.
fn availability_keys(raw: &str) -> Vec<String> {
    raw.split([',', ';'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            let lower = item.to_lowercase();
            let (day, slot) = match lower.split_once(['-', ' ']) {
                Some(parts) => parts,
                None => return item.to_owned(),
            };
            let day = DAYS
                .iter()
                .position(|names| names.contains(&day.trim()))
                .or_else(|| day.trim().parse().ok());
            let slot = SLOTS
                .iter()
                .position(|names| names.contains(&slot.trim()))
                .or_else(|| slot.trim().parse().ok());
            match (day, slot) {
                (Some(day), Some(slot)) => format!("{day}-{slot}"),
                _ => item.to_owned(),
            }
        })
        .collect()
}

fn format_availability(availability: Availability) -> String {
    let mut items = Vec::new();
    for (day, names) in DAYS.iter().enumerate() {
        for (slot, slot_names) in SLOTS.iter().enumerate() {
            if availability.contains(day, slot) {
                items.push(format!("{}-{}", names[0], slot_names[0]));
            }
        }
    }
    items.join(", ")
}

// ---------------------------------------------------------------------------------------------
// Export

/// People in the import's columns: headers and rows of text.
pub fn export_table(people: &[Person], german: bool) -> (Vec<String>, Vec<Vec<String>>) {
    let headers = Field::ALL
        .iter()
        .map(|field| field.header(german).to_owned())
        .collect();
    let rows = people
        .iter()
        .map(|person| {
            let profile = &person.profile;
            Field::ALL
                .iter()
                .map(|field| match field {
                    Field::Role => person.side.as_str().to_owned(),
                    Field::FirstName => profile.first_name.clone(),
                    Field::LastName => profile.last_name.clone(),
                    Field::Email => profile.email.to_string(),
                    Field::Phone => profile.phone.clone().unwrap_or_default(),
                    Field::PostalCode => profile.postal_code.to_string(),
                    Field::Languages => SpokenLanguage::format_list(&profile.languages),
                    Field::BirthYear => profile.birth_year.get().to_string(),
                    Field::Gender => profile.gender.as_str().to_owned(),
                    Field::GenderPreference => profile.gender_preference.as_str().to_owned(),
                    Field::Availability => format_availability(profile.availability),
                    Field::Interests => profile.interests.join(", "),
                    Field::Goals => profile.goals.join(", "),
                    Field::Profession => profile.profession.clone(),
                    Field::Capacity => profile
                        .capacity
                        .map(|places| places.to_string())
                        .unwrap_or_default(),
                    Field::Locale => profile.locale.clone(),
                    Field::Status => person.status.as_str().to_owned(),
                    Field::Notes => person.coordinator_notes.clone(),
                })
                .collect()
        })
        .collect();
    (headers, rows)
}

/// Prefixes cells starting with `=`, `+`, `-`, `@`, tab or CR so spreadsheets show them as text
/// (undone by the import).
fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// CSV as German Excel opens it directly: UTF-8 with BOM, `;` between cells, formulas defused.
pub fn write_csv(headers: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    writer
        .write_record(headers.iter().map(|h| defuse(h)))
        .map_err(|e| e.to_string())?;
    for row in rows {
        writer
            .write_record(row.iter().map(|cell| defuse(cell)))
            .map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// An XLSX workbook with one sheet; every cell is written as text, so postal codes keep leading
/// zeros and nothing is ever evaluated as a formula.
pub fn write_xlsx(headers: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    write_workbook(&[Sheet {
        name: "Tandem",
        headers,
        rows,
    }])
}

/// One sheet of an exported workbook.
#[derive(Debug, Clone, Copy)]
pub struct Sheet<'a> {
    pub name: &'a str,
    pub headers: &'a [String],
    pub rows: &'a [Vec<String>],
}

/// An XLSX workbook with the sheets in order, every cell as text. The import reads the first
/// sheet only, so people go first and an export with a tandem sheet still imports unchanged.
pub fn write_workbook(sheets: &[Sheet<'_>]) -> Result<Vec<u8>, String> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for Sheet {
        name,
        headers,
        rows,
    } in sheets
    {
        let sheet = workbook.add_worksheet();
        sheet.set_name(*name).map_err(|e| e.to_string())?;
        for (column, header) in headers.iter().enumerate() {
            let column = u16::try_from(column).map_err(|e| e.to_string())?;
            sheet
                .write_string_with_format(0, column, header, &bold)
                .map_err(|e| e.to_string())?;
        }
        for (index, row) in rows.iter().enumerate() {
            let line = u32::try_from(index + 1).map_err(|e| e.to_string())?;
            for (column, cell) in row.iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                let column = u16::try_from(column).map_err(|e| e.to_string())?;
                sheet
                    .write_string(line, column, cell)
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    workbook.save_to_buffer().map_err(|e| e.to_string())
}

/// One tandem of a programme, as the export lists it: both sides by e-mail (the key the import
/// knows people by) and name, the state, and its days in German local time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedTandem {
    pub mentor_email: String,
    pub mentor_name: String,
    pub mentee_email: String,
    pub mentee_name: String,
    pub status: String,
    pub created_at: time::OffsetDateTime,
    pub started_at: Option<time::OffsetDateTime>,
    pub ended_at: Option<time::OffsetDateTime>,
    pub end_reason: Option<String>,
}

/// Tandems as headers and rows of text (dates `YYYY-MM-DD`, German calendar days).
pub fn export_tandem_table(
    tandems: &[ExportedTandem],
    german: bool,
) -> (Vec<String>, Vec<Vec<String>>) {
    let headers = if german {
        [
            "E-Mail Mentor*in",
            "Name Mentor*in",
            "E-Mail Mentee",
            "Name Mentee",
            "Status",
            "Vorgeschlagen am",
            "Begonnen am",
            "Beendet am",
            "Grund des Endes",
        ]
    } else {
        [
            "Mentor email",
            "Mentor name",
            "Mentee email",
            "Mentee name",
            "Status",
            "Proposed on",
            "Started on",
            "Ended on",
            "End reason",
        ]
    };
    let day = |at: time::OffsetDateTime| {
        let date = crate::event::to_local(at).date();
        format!(
            "{:04}-{:02}-{:02}",
            date.year(),
            u8::from(date.month()),
            date.day()
        )
    };
    let rows = tandems
        .iter()
        .map(|tandem| {
            vec![
                tandem.mentor_email.clone(),
                tandem.mentor_name.clone(),
                tandem.mentee_email.clone(),
                tandem.mentee_name.clone(),
                tandem.status.clone(),
                day(tandem.created_at),
                tandem.started_at.map(day).unwrap_or_default(),
                tandem.ended_at.map(day).unwrap_or_default(),
                tandem.end_reason.clone().unwrap_or_default(),
            ]
        })
        .collect();
    (headers.iter().map(|h| (*h).to_owned()).collect(), rows)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::ids::{PersonId, ProgrammeId};

    fn table(text: &str) -> Table {
        read_table(text.as_bytes()).unwrap()
    }

    fn check(text: &str) -> Report {
        let table = table(text);
        let mapping = Mapping::guess(&table.headers);
        validate(&table, &mapping, &[], &BTreeSet::new(), 2026).unwrap()
    }

    const GERMAN: &str = "Rolle;Vorname;Nachname;E-Mail;PLZ;Sprachen;Geburtsjahr;Telefon\n\
        Mentor;Anna;Schulz;anna@example.org;30159;Deutsch (Muttersprache), Englisch: B2;1980;+49 511 123456\n\
        Mentee;Amina;Haddad;amina@example.org;30161;ar:native,de:A2;1994;\n";

    #[test]
    fn german_headers_are_guessed_and_rows_parse() {
        let table = table(GERMAN);
        assert_eq!(
            table.format,
            Format::Csv {
                delimiter: b';',
                encoding: "UTF-8"
            }
        );
        let mapping = Mapping::guess(&table.headers);
        assert_eq!(mapping.column_of(Field::PostalCode), Some(4));
        assert_eq!(mapping.column_of(Field::Phone), Some(7));
        let report = validate(&table, &mapping, &[], &BTreeSet::new(), 2026).unwrap();
        assert!(report.is_clean(), "{report:?}");
        assert_eq!(report.rows.len(), 2);
        let anna = &report.rows[0];
        assert_eq!(anna.row, 2);
        assert_eq!(anna.side, Side::Mentor);
        assert_eq!(
            SpokenLanguage::format_list(&anna.profile.languages),
            "de:native,en:B2"
        );
        assert_eq!(anna.profile.phone.as_deref(), Some("+49 511 123456"));
        assert_eq!(report.rows[1].side, Side::Mentee);
        assert_eq!(report.rows[1].status, PersonStatus::Registered);
    }

    #[test]
    fn english_headers_and_every_delimiter() {
        for delimiter in [",", ";", "\t", "|"] {
            let text = [
                "Role",
                "First name",
                "Last name",
                "Email",
                "Postal code",
                "Languages",
                "Year of birth",
            ]
            .join(delimiter)
                + "\n"
                + &[
                    "mentee",
                    "Oleh",
                    "Kovalenko",
                    "oleh@example.org",
                    "49074",
                    "uk",
                    "2001",
                ]
                .join(delimiter)
                + "\n";
            let report = check(&text);
            assert!(report.is_clean(), "delimiter {delimiter:?}: {report:?}");
            assert_eq!(report.rows[0].profile.first_name, "Oleh");
        }
    }

    #[test]
    fn quoted_cells_with_delimiters_inside_do_not_confuse_the_sniffer() {
        let text = "Rolle,Vorname,Nachname,E-Mail,PLZ,Sprachen,Geburtsjahr,Interessen\n\
            Mentor,Jan,Meyer,jan@example.org,30159,\"de;en\",1970,\"Fußball; Kochen, Lesen\"\n";
        let report = check(text);
        assert!(report.is_clean(), "{report:?}");
        assert_eq!(
            report.rows[0].profile.interests,
            vec!["fußball", "kochen", "lesen"]
        );
    }

    #[test]
    fn every_problem_is_named_by_row_and_column() {
        let text = "Rolle;Vorname;Nachname;E-Mail;PLZ;Sprachen;Geburtsjahr\n\
            Mentor;Anna;Schulz;anna@example.org;30159;de;1980\n\
            Mentee;;Haddad;not-an-email;3015;xx;1850\n\
            Gast;Jo;Li;jo@example.org;30159;de;1990\n";
        let report = check(text);
        let lines: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
        assert!(
            lines.contains(&"row 3, column PLZ: '3015' is not a German postal code".to_owned()),
            "{lines:#?}"
        );
        assert!(
            lines.contains(&"row 3, column Vorname: a value is required".to_owned()),
            "{lines:#?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("row 3, column E-Mail: 'not-an-email'"))
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("row 3, column Sprachen: 'xx'"))
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("row 3, column Geburtsjahr: '1850'"))
        );
        assert!(
            lines.contains(&"row 4, column Rolle: 'Gast' is neither Mentor nor Mentee".to_owned())
        );
        assert_eq!(report.rows.len(), 1);
        assert!(!report.is_clean());
        assert_eq!(
            report.blocked_rows().into_iter().collect::<Vec<_>>(),
            vec![3, 4]
        );
    }

    #[test]
    fn skipped_rows_are_left_out() {
        let text = "Rolle;Vorname;Nachname;E-Mail;PLZ;Sprachen;Geburtsjahr\n\
            Mentor;Anna;Schulz;anna@example.org;30159;de;1980\n\
            Mentee;;Haddad;x;3015;xx;1850\n";
        let table = table(text);
        let mapping = Mapping::guess(&table.headers);
        let skip = parse_row_list("3").unwrap();
        let report = validate(&table, &mapping, &[], &skip, 2026).unwrap();
        assert!(report.is_clean());
        assert_eq!(report.skipped, vec![3]);
        assert_eq!(report.rows.len(), 1);
    }

    #[test]
    fn duplicates_within_the_file_and_against_the_programme() {
        let text = "Rolle;Vorname;Nachname;E-Mail;PLZ;Sprachen;Geburtsjahr\n\
            Mentor;Anna;Schulz;anna@example.org;30159;de;1980\n\
            Mentor;Anne;Schulz;ANNA@example.org;30159;de;1981\n\
            Mentee;anna;  schulz;other@example.org;30159;de;1980\n\
            Mentee;Karim;Said;karim@example.org;30159;ar;1999\n\
            Mentee;Lea;Brandt;lea@example.org;30159;de;2000\n";
        let table = table(text);
        let mapping = Mapping::guess(&table.headers);
        let existing = vec![
            ExistingPerson {
                email: "karim@example.org".into(),
                first_name: "K".into(),
                last_name: "S".into(),
                birth_year: 1990,
            },
            ExistingPerson {
                email: "someone@example.org".into(),
                first_name: "Lea".into(),
                last_name: "Brandt".into(),
                birth_year: 2000,
            },
        ];
        let report = validate(&table, &mapping, &existing, &BTreeSet::new(), 2026).unwrap();
        let found: Vec<(usize, DuplicateKind, Option<usize>)> = report
            .duplicates
            .iter()
            .map(|d| (d.row, d.kind, d.of_row))
            .collect();
        assert_eq!(
            found,
            vec![
                (3, DuplicateKind::Email, Some(2)),
                (4, DuplicateKind::NameAndBirthYear, Some(2)),
                (5, DuplicateKind::Email, None),
                (6, DuplicateKind::NameAndBirthYear, None),
            ]
        );
        assert_eq!(report.rows.len(), 1);
        assert_eq!(
            report.duplicates[0].to_string(),
            "row 3: the same e-mail as row 2 (ANNA@example.org)"
        );
    }

    #[test]
    fn windows_1252_and_bom_files_read_the_same() {
        let text = "Rolle;Vorname;Nachname;E-Mail;PLZ;Sprachen;Geburtsjahr\n\
            Mentor;Jürgen;Weiß;juergen@example.org;30159;de;1960\n";
        let (cp1252, _, lossy) = encoding_rs::WINDOWS_1252.encode(text);
        assert!(!lossy);
        assert!(std::str::from_utf8(&cp1252).is_err(), "really not UTF-8");
        let windows = read_table(&cp1252).unwrap();
        assert_eq!(
            windows.format,
            Format::Csv {
                delimiter: b';',
                encoding: "windows-1252"
            }
        );
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(text.as_bytes());
        let with_bom = read_table(&bom).unwrap();
        assert_eq!(
            with_bom.headers[0], "Rolle",
            "the BOM is not part of the header"
        );
        assert_eq!(windows.rows, with_bom.rows);
        assert_eq!(windows.rows[0].cells[1], "Jürgen");
        assert_eq!(windows.rows[0].cells[2], "Weiß");
    }

    #[test]
    fn mapping_can_be_corrected() {
        let text = "Typ;Rufname;Familie;Mail;Ort;Sprachen;Jahr;Egal\n\
            Mentor;Anna;Schulz;anna@example.org;30159;de;1980;x\n";
        let table = table(text);
        let guessed = Mapping::guess(&table.headers);
        let problems = guessed.problems(&table);
        assert!(problems.contains(&MappingProblem::Missing(Field::LastName)));
        assert!(problems.contains(&MappingProblem::Missing(Field::PostalCode)));
        let corrected = guessed
            .with_overrides(
                &table.headers,
                "Familie=last_name, ort=postal_code,Jahr=birth_year",
            )
            .unwrap();
        let report = validate(&table, &corrected, &[], &BTreeSet::new(), 2026).unwrap();
        assert!(report.is_clean(), "{report:?}");
        assert!(
            Mapping::guess(&table.headers)
                .with_overrides(&table.headers, "Nope=email")
                .is_err()
        );
        assert!(
            Mapping::guess(&table.headers)
                .with_overrides(&table.headers, "Ort=zip")
                .is_err()
        );
        let from_form = Mapping::from_keys(3, &["role".into(), String::new(), "bogus".into()]);
        assert_eq!(from_form.0, vec![Some(Field::Role), None, None]);
    }

    #[test]
    fn limits_are_named() {
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        let error = read_table(&big).unwrap_err();
        assert!(
            error.to_string().contains("limit is 10485760 bytes"),
            "{error}"
        );
        let mut text = String::from("Rolle;Vorname\n");
        for _ in 0..=MAX_ROWS {
            text.push_str("Mentor;A\n");
        }
        let error = read_table(text.as_bytes()).unwrap_err();
        assert_eq!(
            error,
            ImportError::TooManyRows {
                rows: MAX_ROWS + 1,
                limit: MAX_ROWS
            }
        );
        assert!(error.to_string().contains("the limit is 10000 rows"));
        assert_eq!(read_table(b"").unwrap_err(), ImportError::Empty);
        assert_eq!(
            read_table(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0]).unwrap_err(),
            ImportError::LegacyExcel
        );
    }

    fn person(side: Side, status: PersonStatus, form: ProfileForm, notes: &str) -> Person {
        Person {
            id: PersonId::generate(),
            programme_id: ProgrammeId::generate(),
            side,
            status,
            profile: form.parse(2026).unwrap(),
            coordinator_notes: notes.into(),
            consent: crate::person::ConsentRecord {
                text_version: "v".into(),
                locale: "de".into(),
                given_at: time::OffsetDateTime::UNIX_EPOCH,
            },
            registered_at: time::OffsetDateTime::UNIX_EPOCH,
        }
    }

    fn sample_people() -> Vec<Person> {
        vec![
            person(
                Side::Mentor,
                PersonStatus::Ready,
                ProfileForm {
                    first_name: "=Anna".into(),
                    last_name: "Schulz-Weiß".into(),
                    email: "anna@example.org".into(),
                    phone: "+49 (511) 123-456".into(),
                    postal_code: "01067".into(),
                    languages: "de:native,en:B2".into(),
                    availability: vec!["0-2".into(), "5-0".into()],
                    gender: "female".into(),
                    gender_preference: "same_gender".into(),
                    birth_year: "1980".into(),
                    interests: "fußball, kochen".into(),
                    goals: "".into(),
                    profession: "Lehrerin; \"Deutsch\"".into(),
                    capacity: "2".into(),
                    locale: "de".into(),
                },
                "Erstgespräch am 3.11.\nsehr zuverlässig",
            ),
            person(
                Side::Mentee,
                PersonStatus::Registered,
                ProfileForm {
                    first_name: "أمينة".into(),
                    last_name: "Haddad".into(),
                    email: "amina@example.org".into(),
                    postal_code: "30161".into(),
                    languages: "ar:native,de:A2".into(),
                    birth_year: "1994".into(),
                    goals: "ausbildung".into(),
                    locale: "ar".into(),
                    ..ProfileForm::default()
                },
                "",
            ),
        ]
    }

    fn reimport(bytes: &[u8]) -> Vec<ImportRow> {
        let table = read_table(bytes).unwrap();
        let mapping = Mapping::guess(&table.headers);
        let report = validate(&table, &mapping, &[], &BTreeSet::new(), 2026).unwrap();
        assert!(report.is_clean(), "{report:?}");
        report.rows
    }

    #[test]
    fn export_then_import_is_lossless_in_csv_and_xlsx() {
        let people = sample_people();
        for german in [true, false] {
            let (headers, rows) = export_table(&people, german);
            let csv = write_csv(&headers, &rows).unwrap();
            let xlsx = write_xlsx(&headers, &rows).unwrap();
            for bytes in [csv, xlsx] {
                let back = reimport(&bytes);
                assert_eq!(back.len(), people.len());
                for (row, person) in back.iter().zip(&people) {
                    assert_eq!(row.profile, person.profile);
                    assert_eq!(row.side, person.side);
                    assert_eq!(row.status, person.status);
                    assert_eq!(row.notes, person.coordinator_notes);
                }
                let again: Vec<Person> = back
                    .iter()
                    .map(|row| Person {
                        side: row.side,
                        status: row.status,
                        profile: row.profile.clone(),
                        coordinator_notes: row.notes.clone(),
                        ..people[0].clone()
                    })
                    .collect();
                assert_eq!(export_table(&again, german).1, rows, "same rows again");
            }
        }
    }

    #[test]
    fn xlsx_numbers_become_plain_text() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        for (column, header) in [
            "Rolle",
            "Vorname",
            "Nachname",
            "E-Mail",
            "PLZ",
            "Sprachen",
            "Geburtsjahr",
        ]
        .iter()
        .enumerate()
        {
            sheet
                .write_string(2, u16::try_from(column).unwrap(), *header)
                .unwrap();
        }
        for (column, text) in ["Mentee", "Oleh", "Kovalenko", "oleh@example.org"]
            .iter()
            .enumerate()
        {
            sheet
                .write_string(3, u16::try_from(column).unwrap(), *text)
                .unwrap();
        }
        sheet.write_number(3, 4, 49074).unwrap();
        sheet.write_string(3, 5, "Ukrainisch").unwrap();
        sheet.write_number(3, 6, 2001.0).unwrap();
        let bytes = workbook.save_to_buffer().unwrap();
        let table = read_table(&bytes).unwrap();
        assert_eq!(table.format, Format::Xlsx);
        assert_eq!(table.rows[0].number, 4, "spreadsheet row numbers");
        let report = validate(
            &table,
            &Mapping::guess(&table.headers),
            &[],
            &BTreeSet::new(),
            2026,
        )
        .unwrap();
        assert!(report.is_clean(), "{report:?}");
        assert_eq!(report.rows[0].profile.postal_code.as_str(), "49074");
        assert_eq!(report.rows[0].profile.birth_year.get(), 2001);
        assert_eq!(report.rows[0].profile.languages[0].language.as_str(), "uk");
    }

    /// A minimal OpenDocument spreadsheet, as LibreOffice writes its parts.
    fn ods(rows: &[&[&str]]) -> Vec<u8> {
        use std::io::Write;
        let mut body = String::new();
        for row in rows {
            body.push_str("<table:table-row>");
            for cell in *row {
                body.push_str(&format!(
                    "<table:table-cell office:value-type=\"string\"><text:p>{cell}</text:p></table:table-cell>"
                ));
            }
            body.push_str("</table:table-row>");
        }
        let content = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content \
             xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
             xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
             xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
             <office:body><office:spreadsheet><table:table table:name=\"Tabelle1\">{body}\
             </table:table></office:spreadsheet></office:body></office:document-content>"
        );
        let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest \
             xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\
             <manifest:file-entry manifest:full-path=\"/\" \
             manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
             <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
             </manifest:manifest>";
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for (name, text) in [
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("META-INF/manifest.xml", manifest),
            ("content.xml", content.as_str()),
        ] {
            writer.start_file(name, stored).unwrap();
            writer.write_all(text.as_bytes()).unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    #[test]
    fn ods_files_are_read() {
        let bytes = ods(&[
            &[
                "Rolle",
                "Vorname",
                "Nachname",
                "E-Mail",
                "PLZ",
                "Sprachen",
                "Geburtsjahr",
            ],
            &[
                "Mentorin",
                "Jana",
                "Novak",
                "jana@example.org",
                "21335",
                "de, cs",
                "1975",
            ],
        ]);
        let table = read_table(&bytes).unwrap();
        assert_eq!(table.format, Format::Ods);
        let report = validate(
            &table,
            &Mapping::guess(&table.headers),
            &[],
            &BTreeSet::new(),
            2026,
        )
        .unwrap();
        assert!(report.is_clean(), "{report:?}");
        assert_eq!(report.rows[0].row, 2);
        assert_eq!(report.rows[0].side, Side::Mentor);
        assert_eq!(report.rows[0].profile.postal_code.as_str(), "21335");
    }

    #[test]
    fn row_lists_parse() {
        assert_eq!(
            parse_row_list("3, 7,10-12")
                .unwrap()
                .into_iter()
                .collect::<Vec<_>>(),
            vec![3, 7, 10, 11, 12]
        );
        assert!(parse_row_list("x").is_err());
        assert!(parse_row_list("5-2").is_err());
    }

    mod robustness {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(400))]

            #[test]
            fn random_bytes_never_panic_the_readers(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
                if let Ok(table) = read_table(&bytes) {
                    let mapping = Mapping::guess(&table.headers);
                    let _ = validate(&table, &mapping, &[], &BTreeSet::new(), 2026);
                }
            }

            #[test]
            fn random_zip_like_bytes_never_panic(tail in proptest::collection::vec(any::<u8>(), 0..2048)) {
                let mut bytes = b"PK\x03\x04".to_vec();
                bytes.extend(tail);
                let _ = read_table(&bytes);
            }

            #[test]
            fn random_text_tables_never_panic_the_mapper(
                cells in proptest::collection::vec("[A-Za-z0-9äöüß@.,;:|\t\"' =+-]{0,12}", 0..60)
            ) {
                let mut text = String::from("Rolle;Vorname;Nachname;E-Mail;PLZ;Sprachen;Geburtsjahr;Zeiten;Geschlecht\n");
                for chunk in cells.chunks(9) {
                    text.push_str(&chunk.join(";"));
                    text.push('\n');
                }
                let table = read_table(text.as_bytes()).unwrap();
                let mapping = Mapping::guess(&table.headers);
                let _ = mapping.clone().with_overrides(&table.headers, &cells.join(","));
                let _ = validate(&table, &mapping, &[], &BTreeSet::new(), 2026);
            }

            #[test]
            fn corrupted_xlsx_never_panics(position in 0usize..4000, byte in any::<u8>()) {
                let (headers, rows) = (vec!["Rolle".to_owned(), "PLZ".to_owned()], vec![vec!["Mentor".to_owned(), "30159".to_owned()]]);
                let mut bytes = write_xlsx(&headers, &rows).unwrap();
                let index = position % bytes.len();
                bytes[index] = byte;
                let _ = read_table(&bytes);
            }
        }
    }

    #[test]
    fn tandems_go_on_a_second_sheet_and_the_people_sheet_still_imports() {
        let people = table(GERMAN);
        let people_rows: Vec<Vec<String>> =
            people.rows.iter().map(|row| row.cells.clone()).collect();
        let started = time::macros::datetime!(2026-03-31 22:30 UTC);
        let tandem = ExportedTandem {
            mentor_email: "m@example.org".to_owned(),
            mentor_name: "Jörg Müller".to_owned(),
            mentee_email: "a@example.org".to_owned(),
            mentee_name: "Amina Haddad".to_owned(),
            status: "ended".to_owned(),
            created_at: time::macros::datetime!(2026-03-01 10:00 UTC),
            started_at: Some(started),
            ended_at: Some(time::macros::datetime!(2026-09-30 10:00 UTC)),
            end_reason: Some("completed".to_owned()),
        };
        let (headers, rows) = export_tandem_table(std::slice::from_ref(&tandem), true);
        assert_eq!(headers.len(), rows[0].len());
        // 22:30 UTC on 31 March is already 1 April in Germany (summer time).
        assert_eq!(rows[0][6], "2026-04-01");
        assert_eq!(rows[0][5], "2026-03-01");
        assert_eq!(rows[0][8], "completed");
        let bytes = write_workbook(&[
            Sheet {
                name: "Personen",
                headers: &people.headers,
                rows: &people_rows,
            },
            Sheet {
                name: "Tandems",
                headers: &headers,
                rows: &rows,
            },
        ])
        .unwrap();
        let again = read_table(&bytes).unwrap();
        assert_eq!(again.headers, people.headers);
        // A spreadsheet does not keep empty cells at the end of a row.
        let without_trailing_blanks = |rows: &[TableRow]| -> Vec<(usize, Vec<String>)> {
            rows.iter()
                .map(|row| {
                    let mut cells = row.cells.clone();
                    while cells.last().is_some_and(String::is_empty) {
                        cells.pop();
                    }
                    (row.number, cells)
                })
                .collect()
        };
        assert_eq!(
            without_trailing_blanks(&again.rows),
            without_trailing_blanks(&people.rows)
        );
        use calamine::Reader;
        let mut workbook =
            calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(Cursor::new(bytes)).unwrap();
        assert_eq!(workbook.sheet_names(), vec!["Personen", "Tandems"]);
        let sheet = workbook.worksheet_range("Tandems").unwrap();
        let cells: Vec<String> = sheet.rows().nth(1).unwrap().iter().map(cell_text).collect();
        assert_eq!(cells, rows[0]);
    }
}
