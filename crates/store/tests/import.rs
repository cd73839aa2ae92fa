//! Importing lists, exporting them, and copying the database, on SQLite and on PostgreSQL.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use tandem_core::{
    ids::{OrganisationId, ProgrammeId},
    import::{self, ImportRow, Mapping},
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    programme::ProgrammeDetails,
};
use tandem_store::{Store, StoreError, backend_tests, testing::TestDb};

fn now() -> time::OffsetDateTime {
    time::macros::datetime!(2026-11-25 10:00 UTC)
}

const LIST: &str = "Rolle;Vorname;Nachname;E-Mail;Telefon;PLZ;Sprachen;Geburtsjahr;Geschlecht;Zeiten;Interessen;Notizen;Status\n\
    Mentor;Anna;Schulz;anna@example.org;+49 511 123456;30159;Deutsch (Muttersprache), Englisch: B2;1980;w;Mo abends, Sa vormittags;Kochen, Fußball;\"Erstgespräch am 3.11.\nsehr zuverlässig\";ready\n\
    Mentee;Amina;Haddad;amina@example.org;;30161;ar:native,de:A2;1994;weiblich;;;;\n\
    Mentee;Oleh;Kovalenko;oleh@example.org;0511 98765;01067;Ukrainisch, Russisch;2001;m;fri-afternoon;;=1+1;screened\n";

async fn organisation_with_programme(store: &Store, name: &str) -> (OrganisationId, ProgrammeId) {
    let org = store
        .create_organisation(name, "Hannover", now())
        .await
        .unwrap()
        .id;
    let details = ProgrammeDetails::parse(
        "Start with a Friend",
        "buddy",
        "",
        "30159",
        "de,ar",
        "6",
        "1",
        false,
    )
    .unwrap();
    let programme = store
        .create_programme(&org, &details, now())
        .await
        .unwrap()
        .id;
    (org, programme)
}

/// The dry run of a file against what the programme already holds.
async fn dry_run(
    store: &Store,
    org: &OrganisationId,
    programme: &ProgrammeId,
    bytes: &[u8],
) -> import::Report {
    let table = import::read_table(bytes).unwrap();
    let mapping = Mapping::guess(&table.headers);
    let existing = store.import_existing(org, programme).await.unwrap();
    import::validate(&table, &mapping, &existing, &BTreeSet::new(), 2026).unwrap()
}

async fn import_rows(
    store: &Store,
    org: &OrganisationId,
    programme: &ProgrammeId,
    rows: &[ImportRow],
) -> Result<usize, StoreError> {
    store
        .import_people(org, programme, rows, None, now(), &mut |_| {})
        .await
}

async fn export_csv(store: &Store, org: &OrganisationId, programme: &ProgrammeId) -> Vec<u8> {
    let people = store.export_people(org, programme).await.unwrap();
    let (headers, rows) = import::export_table(&people, true);
    import::write_csv(&headers, &rows).unwrap()
}

fn rows_of(bytes: &[u8]) -> Vec<Vec<String>> {
    import::read_table(bytes)
        .unwrap()
        .rows
        .into_iter()
        .map(|row| row.cells)
        .collect()
}

backend_tests! {
    async fn import_export_import_is_lossless(store) {
        let (org, first) = organisation_with_programme(&store, "Exil e.V.").await;
        let report = dry_run(&store, &org, &first, LIST.as_bytes()).await;
        assert!(report.is_clean(), "{report:?}");
        let mut calls = 0;
        let written = store.import_people(&org, &first, &report.rows, None, now(), &mut |_| calls += 1).await.unwrap();
        assert_eq!((written, calls), (3, 3));

        let exported = export_csv(&store, &org, &first).await;
        // Into a second programme, then out again: the same rows.
        let (_, second) = (org.clone(), store.create_programme(&org, &store.programme(&org, &first).await.unwrap().details, now()).await.unwrap().id);
        let again = dry_run(&store, &org, &second, &exported).await;
        assert!(again.is_clean(), "{again:?}");
        import_rows(&store, &org, &second, &again.rows).await.unwrap();
        let exported_again = export_csv(&store, &org, &second).await;
        assert_eq!(rows_of(&exported), rows_of(&exported_again));
        assert_eq!(exported, exported_again, "byte for byte");

        // And what was stored is what the file said.
        let people = store.export_people(&org, &first).await.unwrap();
        let anna = people.iter().find(|p| p.profile.first_name == "Anna").unwrap();
        assert_eq!(anna.side, Side::Mentor);
        assert_eq!(anna.status, PersonStatus::Ready);
        assert_eq!(anna.coordinator_notes, "Erstgespräch am 3.11.\nsehr zuverlässig");
        assert!(anna.profile.availability.contains(0, 2) && anna.profile.availability.contains(5, 0));
        assert_eq!(anna.consent.text_version, "import");
        let trail = store.audit_trail(&org, Some(&anna.id), 10).await.unwrap();
        assert_eq!(trail.len(), 1);
        assert_eq!((trail[0].action.as_str(), trail[0].actor_name.as_str()), ("changed", "tandem import (command line)"));
        let oleh = people.iter().find(|p| p.profile.first_name == "Oleh").unwrap();
        assert_eq!(oleh.profile.postal_code.as_str(), "01067");
        assert_eq!(oleh.coordinator_notes, "=1+1", "a formula-like note survives the defusing");
        // Re-importing the export into the same programme finds only duplicates.
        let repeat = dry_run(&store, &org, &first, &exported).await;
        assert_eq!(repeat.duplicates.len(), 3);
        assert!(repeat.rows.is_empty());
    }

    async fn a_failing_row_leaves_nothing_behind(store) {
        let (org, programme) = organisation_with_programme(&store, "Exil e.V.").await;
        let report = dry_run(&store, &org, &programme, LIST.as_bytes()).await;
        assert!(report.is_clean());
        // Between the dry run and the import, someone registers with the last row's e-mail.
        let form = ProfileForm {
            first_name: "Oleh".into(),
            last_name: "K.".into(),
            email: "oleh@example.org".into(),
            postal_code: "30159".into(),
            languages: "uk".into(),
            birth_year: "2001".into(),
            ..ProfileForm::default()
        };
        sqlx_free_register(&store, &org, &programme, form).await;
        let before = store.export_people(&org, &programme).await.unwrap().len();
        let error = import_rows(&store, &org, &programme, &report.rows).await.unwrap_err();
        assert!(matches!(error, StoreError::Conflict { field: "email" }), "{error:?}");
        assert_eq!(store.export_people(&org, &programme).await.unwrap().len(), before, "the first two rows were rolled back");
    }

    async fn a_broken_file_imports_nothing_until_rows_are_skipped(store) {
        let (org, programme) = organisation_with_programme(&store, "Exil e.V.").await;
        let broken = format!("{LIST}Mentee;Sara;Ali;sara@example.org;;3015;ar;1999;;;;;\n");
        let report = dry_run(&store, &org, &programme, broken.as_bytes()).await;
        assert!(!report.is_clean());
        assert_eq!(report.problems[0].to_string(), "row 6, column PLZ: '3015' is not a German postal code");
        let table = import::read_table(broken.as_bytes()).unwrap();
        let skip = report.blocked_rows();
        let skipped = import::validate(&table, &Mapping::guess(&table.headers), &[], &skip, 2026).unwrap();
        assert!(skipped.is_clean());
        assert_eq!(import_rows(&store, &org, &programme, &skipped.rows).await.unwrap(), 3);
    }

    async fn another_organisation_cannot_import_or_export(store) {
        let (org_a, programme_a) = organisation_with_programme(&store, "Organisation A").await;
        let (org_b, _) = organisation_with_programme(&store, "Organisation B").await;
        let report = dry_run(&store, &org_a, &programme_a, LIST.as_bytes()).await;
        import_rows(&store, &org_a, &programme_a, &report.rows).await.unwrap();
        assert!(matches!(import_rows(&store, &org_b, &programme_a, &report.rows).await, Err(StoreError::NotFound)));
        assert!(matches!(store.export_people(&org_b, &programme_a).await, Err(StoreError::NotFound)));
        assert!(matches!(store.import_existing(&org_b, &programme_a).await, Err(StoreError::NotFound)));
        assert_eq!(store.export_people(&org_a, &programme_a).await.unwrap().len(), 3);
    }

    async fn uploads_wait_for_their_organisation_only_and_expire(store) {
        let (org_a, programme_a) = organisation_with_programme(&store, "Organisation A").await;
        let (org_b, programme_b) = organisation_with_programme(&store, "Organisation B").await;
        let id = store.save_import_upload(&org_a, &programme_a, "liste.csv", LIST.as_bytes(), now()).await.unwrap();
        let (name, bytes) = store.import_upload(&org_a, &programme_a, &id).await.unwrap();
        assert_eq!((name.as_str(), bytes.as_slice()), ("liste.csv", LIST.as_bytes()));
        assert!(matches!(store.import_upload(&org_b, &programme_a, &id).await, Err(StoreError::NotFound)));
        assert!(matches!(store.import_upload(&org_b, &programme_b, &id).await, Err(StoreError::NotFound)));
        assert!(matches!(store.save_import_upload(&org_b, &programme_a, "x.csv", b"x", now()).await, Err(StoreError::NotFound)));
        store.delete_import_upload(&org_b, &id).await.unwrap();
        assert!(store.import_upload(&org_a, &programme_a, &id).await.is_ok(), "B cannot delete A's upload");
        // A day later, the next upload clears the old one away.
        let later = now() + time::Duration::hours(25);
        store.save_import_upload(&org_b, &programme_b, "y.csv", b"y", later).await.unwrap();
        assert!(matches!(store.import_upload(&org_a, &programme_a, &id).await, Err(StoreError::NotFound)));
    }

    async fn row_counts_see_every_table(store) {
        assert!(store.is_empty().await.unwrap());
        let counts = store.row_counts().await.unwrap();
        assert!(counts.iter().any(|(table, _)| table == "people"));
        assert!(!counts.iter().any(|(table, _)| table == "_sqlx_migrations"));
        organisation_with_programme(&store, "Exil e.V.").await;
        assert!(!store.is_empty().await.unwrap());
        assert_eq!(store.integrity_check().await.unwrap(), "ok");
    }
}

/// Registers through the public path, publishing the programme first (registration needs it).
async fn sqlx_free_register(
    store: &Store,
    org: &OrganisationId,
    programme: &ProgrammeId,
    form: ProfileForm,
) {
    let mut details = store.programme(org, programme).await.unwrap().details;
    details.published = true;
    store
        .update_programme(org, programme, &details, now())
        .await
        .unwrap();
    let consent = ConsentRecord {
        text_version: "v1".into(),
        locale: "de".into(),
        given_at: now(),
    };
    store
        .register_person(
            programme,
            Side::Mentee,
            &form.parse(2026).unwrap(),
            &consent,
            now(),
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn a_sqlite_backup_taken_while_writing_has_everything_committed() {
    let db = TestDb::sqlite().await;
    let store = db.store.clone();
    let (org, programme) = organisation_with_programme(&store, "Exil e.V.").await;
    let report = dry_run(&store, &org, &programme, LIST.as_bytes()).await;
    import_rows(&store, &org, &programme, &report.rows)
        .await
        .unwrap();
    let path = std::env::temp_dir().join(format!("tandem-backup-{}.db", uuid::Uuid::new_v4()));
    let path_text = path.display().to_string();
    // A writer keeps going while the copy is taken; the copy is consistent either way.
    let writer = {
        let store = store.clone();
        tokio::spawn(async move {
            for index in 0..20 {
                store
                    .create_organisation(&format!("Verein {index}"), "Celle", now())
                    .await
                    .unwrap();
            }
        })
    };
    store.backup_sqlite_into(&path_text).await.unwrap();
    writer.await.unwrap();
    let copy = Store::connect(&format!("sqlite://{path_text}"))
        .await
        .unwrap();
    assert_eq!(copy.integrity_check().await.unwrap(), "ok");
    let counts: std::collections::BTreeMap<String, i64> =
        copy.row_counts().await.unwrap().into_iter().collect();
    assert_eq!(counts["people"], 3);
    assert!((1..=21).contains(&counts["organisations"]));
    copy.close().await;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{path_text}{suffix}"));
    }
    db.finish().await;
}

backend_tests! {
    async fn a_programmes_tandems_are_exported_with_both_sides(store) {
        use tandem_core::tandem::TandemAction;
        let (org, programme) = organisation_with_programme(&store, "Exil e.V.").await;
        let list = "Rolle;Vorname;Nachname;E-Mail;PLZ;Sprachen;Geburtsjahr;Status\n\
            Mentor;Anna;Schulz;anna@example.org;30159;de;1980;ready\n\
            Mentee;Amina;Haddad;amina@example.org;30161;ar,de:A2;1994;ready\n";
        let report = dry_run(&store, &org, &programme, list.as_bytes()).await;
        assert!(report.is_clean(), "{report:?}");
        import_rows(&store, &org, &programme, &report.rows).await.unwrap();
        assert!(store.export_tandems(&org, &programme).await.unwrap().is_empty());

        let people = store.export_people(&org, &programme).await.unwrap();
        let id_of = |name: &str| people.iter().find(|p| p.profile.first_name == name).unwrap().id.clone();
        let tandem = store.create_tandem(&org, &id_of("Anna"), &id_of("Amina"), now()).await.unwrap();
        for action in [TandemAction::Accept(Side::Mentor), TandemAction::Accept(Side::Mentee), TandemAction::Start] {
            store.apply_tandem_action(&org, &tandem.id, action, now()).await.unwrap();
        }
        let tandems = store.export_tandems(&org, &programme).await.unwrap();
        assert_eq!(tandems.len(), 1);
        let line = &tandems[0];
        assert_eq!((line.mentor_email.as_str(), line.mentee_email.as_str()), ("anna@example.org", "amina@example.org"));
        assert_eq!((line.mentor_name.as_str(), line.mentee_name.as_str()), ("Anna Schulz", "Amina Haddad"));
        assert_eq!(line.status, "active");
        assert_eq!((line.created_at, line.started_at, line.ended_at), (now(), Some(now()), None));
        let (_, rows) = import::export_tandem_table(&tandems, true);
        assert_eq!(rows[0][4..8], ["active", "2026-11-25", "2026-11-25", ""]);

        // Another organisation sees nothing of it.
        let (other, _) = organisation_with_programme(&store, "Andere e.V.").await;
        assert!(matches!(store.export_tandems(&other, &programme).await, Err(StoreError::NotFound)));
    }
}
