//! `tandem import FILE --programme ID`: a dry run that lists every problem by row and column and
//! the duplicates, then (unless `--dry-run`) the import of all rows in one transaction.
//! `tandem export --programme ID FILE.csv|FILE.xlsx`: the programme's people in the same columns.
//!
//! The command line is the operator's: it acts for the organisation that runs the programme.

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use std::{collections::BTreeSet, path::PathBuf};
use tandem_core::{
    ids::ProgrammeId,
    import::{self, Mapping},
};
use tandem_store::Store;

#[derive(clap::Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub database: crate::DatabaseArgs,
    /// A CSV (any of , ; TAB |; UTF-8 or Windows-1252), XLSX or ODS file with a header row.
    file: PathBuf,
    /// The programme's id (shown in its page addresses).
    #[arg(long)]
    programme: String,
    /// Check and report only; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Row numbers to leave out, as the report names them: `3,7,10-12`.
    #[arg(long, default_value = "")]
    skip_rows: String,
    /// Corrections of the guessed columns: `PLZ=postal_code,Bemerkung=ignore`.
    #[arg(long, default_value = "")]
    mapping: String,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub database: crate::DatabaseArgs,
    /// The programme's id.
    #[arg(long)]
    programme: String,
    /// Where to write: `.csv` or `.xlsx` decides the format.
    file: PathBuf,
    /// Headers in English instead of German.
    #[arg(long)]
    english: bool,
    /// Also write the programme's tandems to this CSV file (an XLSX export always has them on
    /// its second sheet).
    #[arg(long)]
    tandems: Option<PathBuf>,
}

pub async fn import(store: &Store, args: ImportArgs) -> anyhow::Result<()> {
    let programme = ProgrammeId::from_string(args.programme.clone());
    let organisation = store
        .programme_owner(&programme)
        .await
        .with_context(|| format!("no programme with the id {}", args.programme))?;
    let size = std::fs::metadata(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?
        .len();
    if size > import::MAX_FILE_BYTES as u64 {
        bail!(
            "{} has {size} bytes; the limit is {} bytes (10 MB)",
            args.file.display(),
            import::MAX_FILE_BYTES
        );
    }
    let bytes = std::fs::read(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let table = import::read_table(&bytes).with_context(|| args.file.display().to_string())?;
    println!(
        "{}: {}, {} rows",
        args.file.display(),
        table.format,
        table.rows.len()
    );
    let mapping = Mapping::guess(&table.headers)
        .with_overrides(&table.headers, &args.mapping)
        .map_err(|problem| anyhow::anyhow!("--mapping: {problem}"))?;
    println!("Columns: {}", mapping.describe(&table));
    let skip: BTreeSet<usize> =
        import::parse_row_list(&args.skip_rows).map_err(|e| anyhow::anyhow!("--skip-rows: {e}"))?;
    let existing = store.import_existing(&organisation, &programme).await?;
    let current_year = time::OffsetDateTime::now_utc().year();
    let report = match import::validate(&table, &mapping, &existing, &skip, current_year) {
        Ok(report) => report,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            bail!("the columns do not fit; correct them with --mapping and run again");
        }
    };
    for problem in &report.problems {
        println!("{problem}");
    }
    for duplicate in &report.duplicates {
        println!("{duplicate}");
    }
    if !report.skipped.is_empty() {
        println!("Left out on request: {} rows", report.skipped.len());
    }
    if !report.is_clean() {
        let blocked: Vec<String> = report
            .blocked_rows()
            .iter()
            .map(ToString::to_string)
            .collect();
        bail!(
            "nothing imported: {} problems and {} duplicates. Fix the file, or leave the rows out \
             with --skip-rows {}",
            report.problems.len(),
            report.duplicates.len(),
            blocked.join(",")
        );
    }
    if args.dry_run {
        println!(
            "Dry run: {} people would be imported; nothing was written.",
            report.rows.len()
        );
        return Ok(());
    }
    let bar = ProgressBar::new(report.rows.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} rows ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let written = {
        let bar = bar.clone();
        store
            .import_people(
                &organisation,
                &programme,
                &report.rows,
                None,
                time::OffsetDateTime::now_utc(),
                &mut move |done| bar.set_position(done as u64),
            )
            .await
    };
    bar.finish_and_clear();
    let written = written.context("the import failed and was rolled back; nothing was written")?;
    println!("Imported {written} people in one transaction.");
    Ok(())
}

pub async fn export(store: &Store, args: ExportArgs) -> anyhow::Result<()> {
    let programme = ProgrammeId::from_string(args.programme.clone());
    let organisation = store
        .programme_owner(&programme)
        .await
        .with_context(|| format!("no programme with the id {}", args.programme))?;
    let people = store.export_people(&organisation, &programme).await?;
    let (headers, rows) = import::export_table(&people, !args.english);
    let tandems = store.export_tandems(&organisation, &programme).await?;
    let (tandem_headers, tandem_rows) = import::export_tandem_table(&tandems, !args.english);
    let extension = args
        .file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let bytes = match extension.as_str() {
        "csv" => import::write_csv(&headers, &rows),
        "xlsx" => import::write_workbook(&[
            import::Sheet {
                name: if args.english { "People" } else { "Personen" },
                headers: &headers,
                rows: &rows,
            },
            import::Sheet {
                name: "Tandems",
                headers: &tandem_headers,
                rows: &tandem_rows,
            },
        ]),
        _ => bail!("the file name must end in .csv or .xlsx"),
    }
    .map_err(|e| anyhow::anyhow!("cannot write the table: {e}"))?;
    std::fs::write(&args.file, bytes)
        .with_context(|| format!("cannot write {}", args.file.display()))?;
    println!(
        "Exported {} people to {}.",
        people.len(),
        args.file.display()
    );
    if let Some(path) = &args.tandems {
        let bytes = import::write_csv(&tandem_headers, &tandem_rows)
            .map_err(|e| anyhow::anyhow!("cannot write the table: {e}"))?;
        std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
        println!("Exported {} tandems to {}.", tandems.len(), path.display());
    }
    Ok(())
}
