//! The `tandem` binary end to end: import and export through the command line, and a backup
//! restored into an empty database holds the same rows (SQLite; PostgreSQL when pg_dump is
//! installed and a server answers, otherwise the test says loudly that it skipped).

#![allow(clippy::unwrap_used)]

use std::{collections::BTreeMap, io::Write, path::PathBuf, process::Command};
use tandem_core::{ids::ProgrammeId, programme::ProgrammeDetails};
use tandem_store::{Store, testing::TestDb};

const LIST: &str = "Rolle;Vorname;Nachname;E-Mail;PLZ;Sprachen;Geburtsjahr;Telefon\n\
    Mentor;Anna;Schulz;anna@example.org;30159;Deutsch;1980;+49 511 123456\n\
    Mentee;Amina;Haddad;amina@example.org;30161;ar:native,de:A2;1994;\n\
    Mentee;Oleh;Kovalenko;oleh@example.org;01067;Ukrainisch;2001;\n";

fn tandem(args: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

fn temp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("tandem-cli-{}-{name}", uuid::Uuid::new_v4()))
}

async fn programme(store: &Store) -> ProgrammeId {
    let now = time::OffsetDateTime::now_utc();
    let org = store
        .create_organisation("Exil e.V.", "Osnabrück", now)
        .await
        .unwrap();
    let details =
        ProgrammeDetails::parse("Tandem", "buddy", "", "49074", "de", "6", "1", true).unwrap();
    store
        .create_programme(&org.id, &details, now)
        .await
        .unwrap()
        .id
}

async fn counts(url: &str) -> BTreeMap<String, i64> {
    let store = Store::connect(url).await.unwrap();
    let counts = store.row_counts().await.unwrap().into_iter().collect();
    store.close().await;
    counts
}

/// Imports the list through the binary: a dry run writes nothing, the import writes all.
fn import_list(url: &str, programme: &ProgrammeId) {
    let file = temp("list.csv");
    std::fs::File::create(&file)
        .unwrap()
        .write_all(LIST.as_bytes())
        .unwrap();
    let file = file.to_str().unwrap();
    let (ok, out) = tandem(&[
        "import",
        file,
        "--programme",
        programme.as_str(),
        "--dry-run",
        "--database",
        url,
    ]);
    assert!(ok, "{out}");
    assert!(out.contains("3 people would be imported"), "{out}");
    let (ok, out) = tandem(&[
        "import",
        file,
        "--programme",
        programme.as_str(),
        "--database",
        url,
    ]);
    assert!(ok, "{out}");
    assert!(out.contains("Imported 3 people"), "{out}");
    let _ = std::fs::remove_file(file);
}

#[tokio::test]
async fn import_export_and_a_broken_file_through_the_command_line() {
    let db = TestDb::sqlite().await;
    let url = db.url();
    let programme = programme(&db.store).await;
    import_list(&url, &programme);
    for extension in ["csv", "xlsx"] {
        let out_file = temp(&format!("export.{extension}"));
        let out_path = out_file.to_str().unwrap();
        let (ok, out) = tandem(&[
            "export",
            "--programme",
            programme.as_str(),
            out_path,
            "--database",
            &url,
        ]);
        assert!(ok, "{out}");
        // The export of the imported list re-imports cleanly into the same columns: as a dry run
        // against the same programme it finds every row a duplicate, which proves it was read.
        let (ok, out) = tandem(&[
            "import",
            out_path,
            "--programme",
            programme.as_str(),
            "--dry-run",
            "--database",
            &url,
        ]);
        assert!(!ok);
        assert_eq!(
            out.matches("the same e-mail as someone already in the programme")
                .count(),
            3,
            "{out}"
        );
        let _ = std::fs::remove_file(out_file);
    }
    let broken = temp("broken.csv");
    std::fs::write(
        &broken,
        format!("{LIST}Mentee;Sara;Ali;sara@example.org;3015;ar;1999;\n"),
    )
    .unwrap();
    let (ok, out) = tandem(&[
        "import",
        broken.to_str().unwrap(),
        "--programme",
        programme.as_str(),
        "--database",
        &url,
    ]);
    assert!(!ok);
    assert!(
        out.contains("row 5, column PLZ: '3015' is not a German postal code"),
        "{out}"
    );
    assert!(out.contains("nothing imported"), "{out}");
    let _ = std::fs::remove_file(broken);
    assert_eq!(
        counts(&url).await["people"],
        3,
        "the broken file added nobody"
    );
    db.finish().await;
}

#[tokio::test]
async fn a_sqlite_backup_restores_into_an_empty_database_only() {
    let db = TestDb::sqlite().await;
    let url = db.url();
    let programme = programme(&db.store).await;
    import_list(&url, &programme);
    let backup = temp("backup.db");
    let (ok, out) = tandem(&["backup", backup.to_str().unwrap(), "--database", &url]);
    assert!(ok, "{out}");
    let target = temp("restored.db");
    let target_url = format!("sqlite://{}", target.display());
    let (ok, out) = tandem(&[
        "restore",
        backup.to_str().unwrap(),
        "--database",
        &target_url,
    ]);
    assert!(ok, "{out}");
    let original = counts(&url).await;
    assert_eq!(original["people"], 3);
    assert_eq!(counts(&target_url).await, original);
    // A second restore into the now filled database is refused and changes nothing.
    let (ok, out) = tandem(&[
        "restore",
        backup.to_str().unwrap(),
        "--database",
        &target_url,
    ]);
    assert!(!ok);
    assert!(out.contains("is not empty"), "{out}");
    assert_eq!(counts(&target_url).await, original);
    // The backup file is refused where it does not belong.
    let (ok, out) = tandem(&[
        "restore",
        backup.to_str().unwrap(),
        "--database",
        "postgres://nobody@127.0.0.1:1/none",
    ]);
    assert!(!ok);
    assert!(out.contains("is a SQLite backup"), "{out}");
    for file in [&backup, &target] {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
        }
    }
    db.finish().await;
}

#[tokio::test]
async fn a_postgres_backup_restores_into_an_empty_database() {
    let has_tools = ["pg_dump", "pg_restore"].iter().all(|tool| {
        Command::new(tool)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if !has_tools {
        let _ = std::io::stderr().write_all(
            b"\n*** SKIPPED: PostgreSQL backup test - pg_dump/pg_restore not on PATH ***\n",
        );
        return;
    }
    let Some(source) = TestDb::postgres().await else {
        return;
    };
    let Some(target) = TestDb::postgres().await else {
        return;
    };
    let programme = programme(&source.store).await;
    import_list(&source.url(), &programme);
    let backup = temp("backup.pgdump");
    let (ok, out) = tandem(&[
        "backup",
        backup.to_str().unwrap(),
        "--database",
        &source.url(),
    ]);
    assert!(ok, "{out}");
    let (ok, out) = tandem(&[
        "restore",
        backup.to_str().unwrap(),
        "--database",
        &target.url(),
    ]);
    assert!(ok, "{out}");
    let original = counts(&source.url()).await;
    assert_eq!(original["people"], 3);
    assert_eq!(counts(&target.url()).await, original);
    let (ok, out) = tandem(&[
        "restore",
        backup.to_str().unwrap(),
        "--database",
        &target.url(),
    ]);
    assert!(!ok);
    assert!(out.contains("is not empty"), "{out}");
    let _ = std::fs::remove_file(&backup);
    source.finish().await;
    target.finish().await;
}
