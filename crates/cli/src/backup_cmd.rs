//! `tandem backup FILE` and `tandem restore FILE`.
//!
//! SQLite: the backup is `VACUUM INTO`, a consistent copy taken while the server keeps running;
//! the restore checks the copy (integrity, Tandem's tables), brings its schema up to date, and
//! moves it into place — only where the target database is missing or holds no rows.
//! PostgreSQL: `pg_dump --format=custom` and `pg_restore --single-transaction`, found on PATH
//! (package `postgresql-client`); without them the command says so and stops. A backup restores
//! into the same kind of database it came from.

use anyhow::{Context, bail};
use std::{
    path::{Path, PathBuf},
    process::Command,
};
use tandem_store::Store;

#[derive(clap::Args)]
pub struct BackupArgs {
    #[command(flatten)]
    pub database: crate::DatabaseArgs,
    /// The backup file to write (must not exist yet).
    file: PathBuf,
}

#[derive(clap::Args)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub database: crate::DatabaseArgs,
    /// A file written by `tandem backup`.
    file: PathBuf,
}

const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";
const PG_DUMP_MAGIC: &[u8] = b"PGDMP";

fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// The file behind `sqlite://PATH?options` or `sqlite:PATH`.
fn sqlite_path(url: &str) -> anyhow::Result<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .with_context(|| format!("{url} is neither sqlite://FILE nor postgres://…"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    if path.is_empty() || path == ":memory:" {
        bail!("an in-memory database has nothing to back up or restore into");
    }
    Ok(PathBuf::from(path))
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

fn require_tool(program: &str) -> anyhow::Result<()> {
    if on_path(program) {
        Ok(())
    } else {
        bail!(
            "{program} is not on PATH: PostgreSQL is backed up and restored with pg_dump and \
             pg_restore (Debian: apt-get install postgresql-client, of the server's version or newer)"
        )
    }
}

fn run(command: &mut Command, what: &str) -> anyhow::Result<()> {
    let output = command
        .output()
        .with_context(|| format!("cannot start {what}"))?;
    if !output.status.success() {
        bail!(
            "{what} failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(())
}

async fn summary(store: &Store) -> anyhow::Result<String> {
    let counts = store.row_counts().await?;
    let count = |table: &str| {
        counts
            .iter()
            .find(|(name, _)| name == table)
            .map_or(0, |(_, n)| *n)
    };
    Ok(format!(
        "{} organisations, {} programmes, {} people, {} tandems, {} accounts",
        count("organisations"),
        count("programmes"),
        count("people"),
        count("tandems"),
        count("users")
    ))
}

pub async fn backup(args: BackupArgs) -> anyhow::Result<()> {
    let url = &args.database.url;
    if args.file.exists() {
        bail!(
            "{} exists already; choose a new file name",
            args.file.display()
        );
    }
    if is_postgres(url) {
        require_tool("pg_dump")?;
        run(
            Command::new("pg_dump")
                .arg("--format=custom")
                .arg("--no-owner")
                .arg("--file")
                .arg(&args.file)
                .arg(url),
            "pg_dump",
        )?;
        println!(
            "Backup written to {} (pg_dump custom format).",
            args.file.display()
        );
        return Ok(());
    }
    let store = Store::connect(url)
        .await
        .with_context(|| format!("cannot open the database {}", crate::redact(url)))?;
    let target = args
        .file
        .to_str()
        .context("the backup file name must be valid UTF-8")?;
    store
        .backup_sqlite_into(target)
        .await
        .context("the backup failed")?;
    store.close().await;
    let copy = Store::connect(&format!("sqlite://{target}")).await?;
    let integrity = copy.integrity_check().await?;
    let summary = summary(&copy).await?;
    copy.checkpoint().await?;
    copy.close().await;
    remove_sidecars(&args.file);
    if integrity != "ok" {
        bail!("the copy failed its integrity check: {integrity}");
    }
    println!("Backup written to {}: {summary}.", args.file.display());
    Ok(())
}

/// Removes the `-shm` file and an empty `-wal` file that SQLite may leave next to a closed
/// database; a write-ahead log that still holds pages is never deleted.
fn remove_sidecars(path: &Path) {
    for suffix in ["-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let name = PathBuf::from(name);
        let empty_or_index =
            suffix == "-shm" || std::fs::metadata(&name).is_ok_and(|meta| meta.len() == 0);
        if empty_or_index {
            let _ = std::fs::remove_file(name);
        }
    }
}

fn magic(path: &Path) -> anyhow::Result<Vec<u8>> {
    use std::io::Read;
    let mut head = vec![0u8; 16];
    let mut file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let read = file.read(&mut head)?;
    head.truncate(read);
    Ok(head)
}

/// Refuses a target that holds any row; a missing database counts as empty.
async fn ensure_empty(url: &str) -> anyhow::Result<()> {
    let store = Store::connect(url)
        .await
        .with_context(|| format!("cannot open the database {}", crate::redact(url)))?;
    let empty = store.is_empty().await?;
    let summary = summary(&store).await?;
    store.close().await;
    if !empty {
        bail!(
            "refusing to restore: the database {} is not empty ({summary}). Restore into a new, \
             empty database",
            crate::redact(url)
        );
    }
    Ok(())
}

pub async fn restore(args: RestoreArgs) -> anyhow::Result<()> {
    let url = &args.database.url;
    let head = magic(&args.file)?;
    if is_postgres(url) {
        if head.starts_with(SQLITE_MAGIC) {
            bail!(
                "{} is a SQLite backup; restore it into a sqlite:// database",
                args.file.display()
            );
        }
        if !head.starts_with(PG_DUMP_MAGIC) {
            bail!(
                "{} is not a backup written by tandem backup",
                args.file.display()
            );
        }
        require_tool("pg_restore")?;
        ensure_empty(url).await?;
        run(
            Command::new("pg_restore")
                .arg("--clean")
                .arg("--if-exists")
                .arg("--no-owner")
                .arg("--single-transaction")
                .arg("--exit-on-error")
                .arg("--dbname")
                .arg(url)
                .arg(&args.file),
            "pg_restore",
        )?;
        let store = crate::open(&args.database).await?;
        println!("Restored: {}.", summary(&store).await?);
        store.close().await;
        return Ok(());
    }
    if head.starts_with(PG_DUMP_MAGIC) {
        bail!(
            "{} is a PostgreSQL backup; restore it into a postgres:// database",
            args.file.display()
        );
    }
    if !head.starts_with(SQLITE_MAGIC) {
        bail!(
            "{} is not a backup written by tandem backup",
            args.file.display()
        );
    }
    let target = sqlite_path(url)?;
    if target.exists() {
        ensure_empty(url).await?;
    }
    // Check and migrate a copy next to the target, then move it into place in one rename.
    let mut staging = target.as_os_str().to_owned();
    staging.push(".restoring");
    let staging = PathBuf::from(staging);
    for suffix in ["", "-wal", "-shm"] {
        let mut name = staging.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
    std::fs::copy(&args.file, &staging).with_context(|| {
        format!(
            "cannot copy {} to {}",
            args.file.display(),
            staging.display()
        )
    })?;
    let staged_url = format!("sqlite://{}", staging.display());
    let checked = async {
        let store = Store::connect(&staged_url).await?;
        let integrity = store.integrity_check().await?;
        if integrity != "ok" {
            bail!("the backup failed its integrity check: {integrity}");
        }
        if !store
            .row_counts()
            .await?
            .iter()
            .any(|(table, _)| table == "people")
        {
            bail!("the file is a SQLite database but not a Tandem backup");
        }
        store
            .migrate()
            .await
            .context("cannot bring the backup's schema up to date")?;
        let summary = summary(&store).await?;
        // Fold the WAL back into the file so the one file is the whole database.
        store.checkpoint().await?;
        store.close().await;
        anyhow::Ok(summary)
    }
    .await;
    let summary = match checked {
        Ok(summary) => summary,
        Err(error) => {
            let _ = std::fs::remove_file(&staging);
            remove_sidecars(&staging);
            return Err(error);
        }
    };
    remove_sidecars(&staging);
    remove_sidecars(&target);
    std::fs::rename(&staging, &target)
        .with_context(|| format!("cannot move the restored database to {}", target.display()))?;
    println!("Restored into {}: {summary}.", target.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_name_their_file() {
        assert_eq!(
            sqlite_path("sqlite://tandem.db").unwrap(),
            PathBuf::from("tandem.db")
        );
        assert_eq!(
            sqlite_path("sqlite:///var/lib/t.db?mode=rwc").unwrap(),
            PathBuf::from("/var/lib/t.db")
        );
        assert!(sqlite_path("sqlite::memory:").is_err());
        assert!(sqlite_path("mysql://x").is_err());
    }
}
