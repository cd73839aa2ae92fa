//! Import and export through the coordinator's pages, on both backends: upload, the guessed
//! mapping, the dry run with every problem by row and column, the all-or-nothing import, the
//! export round trip, limits, and another organisation's coordinators finding nothing.

#![allow(clippy::unwrap_used)]

mod common;

use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use common::{Session, TestApp};
use tandem_core::{ids::ProgrammeId, import, user::Role};
use tandem_web::i18n::without_isolation;

const LIST: &str = "Rolle;Vorname;Nachname;E-Mail;PLZ;Sprachen;Geburtsjahr;Telefon\n\
    Mentor;Anna;Schulz;anna@example.org;30159;Deutsch (Muttersprache);1980;+49 511 123456\n\
    Mentee;Amina;Haddad;amina@example.org;30161;ar:native,de:A2;1994;\n\
    Mentee;Oleh;Kovalenko;oleh@example.org;01067;Ukrainisch, Russisch;2001;\n";

/// The guessed mapping of `LIST`, as the review page's form sends it back.
const LIST_MAPPING: [(&str, &str); 8] = [
    ("col0", "role"),
    ("col1", "first_name"),
    ("col2", "last_name"),
    ("col3", "email"),
    ("col4", "postal_code"),
    ("col5", "languages"),
    ("col6", "birth_year"),
    ("col7", "phone"),
];

async fn upload(
    app: &TestApp,
    session: &Session,
    programme: &str,
    name: &str,
    bytes: &[u8],
) -> common::TestResponse {
    let boundary = "tandem-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let request = Request::post(format!("/coordinator/programmes/{programme}/import"))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(header::COOKIE, session.0.clone().unwrap())
        .body(Body::from(body))
        .unwrap();
    app.send(request).await
}

struct Coordinator {
    session: Session,
    programme: ProgrammeId,
    organisation: tandem_core::ids::OrganisationId,
}

async fn coordinator(app: &TestApp, org_name: &str, email: &str) -> Coordinator {
    let organisation = app.organisation(org_name).await;
    let programme = app.programme(&organisation).await;
    app.user(email, Role::Coordinator, Some(&organisation))
        .await;
    Coordinator {
        session: app.login(email).await,
        programme,
        organisation,
    }
}

async fn people_in(app: &TestApp, who: &Coordinator) -> usize {
    app.store
        .export_people(&who.organisation, &who.programme)
        .await
        .unwrap()
        .len()
}

/// Uploads and returns the review page's address.
async fn uploaded(app: &TestApp, who: &Coordinator, name: &str, bytes: &[u8]) -> String {
    let response = upload(app, &who.session, who.programme.as_str(), name, bytes).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    response.location.unwrap()
}

/// Posts the import form; a started import answers with its status page, which is followed
/// until the import has finished (the page stops refreshing itself). Returns the last answer.
async fn import_and_wait(
    app: &TestApp,
    review: &str,
    session: &Session,
    fields: &[(&str, &str)],
) -> common::TestResponse {
    let started = app.post_form(review, session, fields).await;
    let Some(status) = started
        .location
        .clone()
        .filter(|to| to.starts_with("/coordinator/imports/"))
    else {
        return started;
    };
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    for _ in 0..200 {
        let page = app.get(&status, session).await;
        if !page.body.contains("http-equiv=\"refresh\"") {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the import did not finish");
}

fn with_consent<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields: Vec<(&str, &str)> = LIST_MAPPING.to_vec();
    fields.extend_from_slice(extra);
    fields
}

app_tests! {
    async fn a_coordinator_imports_a_list_after_a_clean_dry_run(app) {
        let who = coordinator(app, "Exil e.V.", "koordination@exil.example").await;
        let page = app.get(&format!("/coordinator/programmes/{}/import", who.programme), &who.session).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("enctype=\"multipart/form-data\""));
        let review = uploaded(app, &who, "liste.csv", LIST.as_bytes()).await;
        let page = app.get(&review, &who.session).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let body = without_isolation(&page.body);
        assert!(body.contains("liste.csv: CSV (UTF-8, delimiter ;), 3 Zeilen"), "{body}");
        assert!(body.contains("Alles in Ordnung: 3 Personen werden importiert."), "{body}");
        assert!(body.contains("<option value=\"postal_code\" selected>"), "the guessed mapping is preselected");
        // Without the consent confirmation nothing happens.
        let refused = app.post_form(&review, &who.session, &with_consent(&[("skip", "")])).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(people_in(app, &who).await, 0);
        let done = import_and_wait(app, &review, &who.session, &with_consent(&[("skip", ""), ("consent", "yes")])).await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        assert!(without_isolation(&done.body).contains("3 Personen wurden importiert."), "{}", done.body);
        assert_eq!(people_in(app, &who).await, 3);
        // The upload is gone after the import.
        assert_eq!(app.get(&review, &who.session).await.status, StatusCode::NOT_FOUND);
    }

    async fn every_problem_is_shown_by_row_and_column_and_nothing_is_imported(app) {
        let who = coordinator(app, "Exil e.V.", "koordination@exil.example").await;
        let broken = format!("{LIST}Mentee;Sara;Ali;sara@example.org;3015;ar;1999;\nMentor;Anna;Schulz;ANNA@example.org;30159;de;1980;\n");
        let review = uploaded(app, &who, "liste.csv", broken.as_bytes()).await;
        let body = without_isolation(&app.get(&review, &who.session).await.body);
        assert!(body.contains("Zeile 5, Spalte PLZ: „3015“ ist keine deutsche Postleitzahl"), "{body}");
        assert!(body.contains("Zeile 6: dieselbe E-Mail wie Zeile 2 (ANNA@example.org)"), "{body}");
        assert!(body.contains("2 Dubletten") || body.contains("Eine Dublette"), "{body}");
        assert!(!body.contains("Jetzt alle importieren"), "no import button while rows are broken");
        assert!(body.contains("skip=5,6"), "the rows to leave out are suggested: {body}");
        let refused = import_and_wait(app, &review, &who.session, &with_consent(&[("skip", ""), ("consent", "yes")])).await;
        assert_eq!(refused.status, StatusCode::OK, "the review is shown again");
        assert_eq!(people_in(app, &who).await, 0, "a broken row stops the whole file");
        let done = import_and_wait(app, &review, &who.session, &with_consent(&[("skip", "5,6"), ("consent", "yes")])).await;
        assert!(without_isolation(&done.body).contains("3 Personen wurden importiert."), "{}", done.body);
        assert_eq!(people_in(app, &who).await, 3);
    }

    async fn a_corrected_mapping_is_used(app) {
        let who = coordinator(app, "Exil e.V.", "koordination@exil.example").await;
        let odd = LIST.replacen("PLZ", "Wohnort-Nr", 1);
        let review = uploaded(app, &who, "liste.csv", odd.as_bytes()).await;
        let body = without_isolation(&app.get(&review, &who.session).await.body);
        assert!(body.contains("Keine Spalte ist „Postleitzahl“ zugeordnet"), "{body}");
        let query: Vec<String> = LIST_MAPPING.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let corrected = app.get(&format!("{review}?{}&skip=", query.join("&")), &who.session).await;
        assert!(without_isolation(&corrected.body).contains("3 Personen werden importiert"), "{}", corrected.body);
    }

    async fn export_and_import_again_is_lossless(app) {
        let who = coordinator(app, "Exil e.V.", "koordination@exil.example").await;
        let review = uploaded(app, &who, "liste.csv", LIST.as_bytes()).await;
        import_and_wait(app, &review, &who.session, &with_consent(&[("consent", "yes")])).await;
        let export = app.get(&format!("/coordinator/programmes/{}/export.csv", who.programme), &who.session).await;
        assert_eq!(export.status, StatusCode::OK);
        // A second programme of the same organisation takes the export, and gives it back unchanged.
        let second = app.programme(&who.organisation).await;
        let other = Coordinator { session: who.session.clone(), programme: second.clone(), organisation: who.organisation.clone() };
        let review = uploaded(app, &other, "export.csv", export.body.as_bytes()).await;
        let table = import::read_table(export.body.as_bytes()).unwrap();
        let mapping: Vec<(String, String)> = import::Mapping::guess(&table.headers).0.iter().enumerate()
            .map(|(i, f)| (format!("col{i}"), f.map_or(String::new(), |f| f.key().to_owned()))).collect();
        let mut fields: Vec<(&str, &str)> = mapping.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        fields.push(("consent", "yes"));
        let done = import_and_wait(app, &review, &who.session, &fields).await;
        assert!(without_isolation(&done.body).contains("3 Personen wurden importiert."), "{}", done.body);
        let again = app.get(&format!("/coordinator/programmes/{second}/export.csv"), &who.session).await;
        assert_eq!(again.body, export.body);
        let xlsx = app.get(&format!("/coordinator/programmes/{second}/export.xlsx"), &who.session).await;
        assert_eq!(xlsx.status, StatusCode::OK);
        // Every export is in the audit log, once per person and file.
        let trail = app.store.audit_trail(&who.organisation, None, 100).await.unwrap();
        let exported = trail.iter().filter(|line| line.action == "exported").count();
        let changed = trail.iter().filter(|line| line.action == "changed").count();
        assert_eq!((exported, changed), (9, 6), "three exports of three people; two imports of three");
    }

    async fn xlsx_and_windows_1252_files_are_read(app) {
        let who = coordinator(app, "Exil e.V.", "koordination@exil.example").await;
        let table = import::read_table(LIST.as_bytes()).unwrap();
        let rows: Vec<Vec<String>> = table.rows.iter().map(|r| r.cells.clone()).collect();
        let xlsx = import::write_xlsx(&table.headers, &rows).unwrap();
        let review = uploaded(app, &who, "liste.xlsx", &xlsx).await;
        let body = without_isolation(&app.get(&review, &who.session).await.body);
        assert!(body.contains("liste.xlsx: XLSX, 3 Zeilen"), "{body}");
        assert!(body.contains("3 Personen werden importiert"), "{body}");
        let text = LIST.replace("Schulz", "Weiß-Jürgens");
        // Windows-1252 agrees with Latin-1 for every character here.
        let windows: Vec<u8> = text.chars().map(|c| u8::try_from(u32::from(c)).unwrap()).collect();
        let review = uploaded(app, &who, "liste.csv", &windows).await;
        let body = without_isolation(&app.get(&review, &who.session).await.body);
        assert!(body.contains("windows-1252"), "{body}");
        assert!(body.contains("Weiß-Jürgens"), "the sample shows the decoded name: {body}");
    }

    async fn files_over_the_limit_and_unreadable_files_are_refused_by_name(app) {
        let who = coordinator(app, "Exil e.V.", "koordination@exil.example").await;
        let huge = vec![b'a'; import::MAX_FILE_BYTES + 1024];
        let response = upload(app, &who.session, who.programme.as_str(), "gross.csv", &huge).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(without_isolation(&response.body).contains("höchstens 10 MB"), "{}", response.body);
        let old = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        let response = upload(app, &who.session, who.programme.as_str(), "alt.xls", &old).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(response.body.contains("Alte Excel-Dateien (.xls)"), "{}", response.body);
    }

    async fn another_organisation_finds_neither_the_programme_nor_the_upload(app) {
        let a = coordinator(app, "Organisation A", "koordination@a.example").await;
        let b = coordinator(app, "Organisation B", "koordination@b.example").await;
        let review_a = uploaded(app, &a, "liste.csv", LIST.as_bytes()).await;
        let upload_a = review_a.rsplit('/').next().unwrap();
        let started = app.post_form(&review_a, &a.session, &with_consent(&[("consent", "yes")])).await;
        let status_a = started.location.unwrap();
        assert!(status_a.starts_with("/coordinator/imports/"), "{status_a}");
        while app.get(&status_a, &a.session).await.body.contains("http-equiv=\"refresh\"") {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        let review_a = uploaded(app, &a, "liste2.csv", LIST.replace("example.org", "example.net").as_bytes()).await;
        let upload_a2 = review_a.rsplit('/').next().unwrap().to_owned();
        for path in [
            format!("/coordinator/programmes/{}/import", a.programme),
            format!("/coordinator/programmes/{}/import/{upload_a2}", a.programme),
            // A's upload id under B's own programme.
            format!("/coordinator/programmes/{}/import/{upload_a2}", b.programme),
            format!("/coordinator/programmes/{}/import/{upload_a}", b.programme),
            format!("/coordinator/programmes/{}/export.csv", a.programme),
            format!("/coordinator/programmes/{}/export.xlsx", a.programme),
            format!("/coordinator/programmes/{}/tandems.csv", a.programme),
            // A's finished import's status page.
            status_a.clone(),
        ] {
            let response = app.get(&path, &b.session).await;
            assert_eq!(response.status, StatusCode::NOT_FOUND, "{path}");
            assert!(!response.body.contains("Anna"), "{path} leaked a name");
        }
        let response = upload(app, &b.session, a.programme.as_str(), "liste.csv", LIST.as_bytes()).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND);
        let response = import_and_wait(app, &format!("/coordinator/programmes/{}/import/{upload_a2}", b.programme), &b.session, &with_consent(&[("consent", "yes")])).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND);
        assert_eq!(people_in(app, &b).await, 0);
        assert_eq!(people_in(app, &a).await, 3, "A's second upload was not imported by B");
        // Not signed in: to the log-in page.
        let response = app.get(&format!("/coordinator/programmes/{}/export.csv", a.programme), &Session::default()).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER);
    }
}

app_tests! {
    async fn a_programmes_tandems_download_as_csv_in_the_visitors_language(app) {
        use tandem_core::{person::{PersonStatus, Side}, tandem::TandemAction};
        let who = coordinator(app, "Exil e.V.", "koordination@exil.example").await;
        let review = uploaded(app, &who, "liste.csv", LIST.as_bytes()).await;
        import_and_wait(app, &review, &who.session, &with_consent(&[("consent", "yes")])).await;
        let path = format!("/coordinator/programmes/{}/tandems.csv", who.programme);
        let empty = app.get(&path, &who.session).await;
        assert_eq!(empty.status, StatusCode::OK);
        assert_eq!(import::read_table(empty.body.as_bytes()).unwrap().rows.len(), 0);

        let people = app.store.export_people(&who.organisation, &who.programme).await.unwrap();
        let id_of = |name: &str| people.iter().find(|p| p.profile.first_name == name).unwrap().id.clone();
        let now = time::OffsetDateTime::now_utc();
        for name in ["Anna", "Amina"] {
            app.store.screen_person(&who.organisation, &id_of(name), PersonStatus::Ready, now).await.unwrap();
        }
        let tandem = app.store.create_tandem(&who.organisation, &id_of("Anna"), &id_of("Amina"), now).await.unwrap();
        for action in [TandemAction::Accept(Side::Mentor), TandemAction::Accept(Side::Mentee), TandemAction::Start] {
            app.store.apply_tandem_action(&who.organisation, &tandem.id, action, now).await.unwrap();
        }
        let csv = app.get(&path, &who.session).await;
        assert_eq!(csv.status, StatusCode::OK);
        let table = import::read_table(csv.body.as_bytes()).unwrap();
        assert_eq!(table.headers[0], "E-Mail Mentor*in");
        assert_eq!(table.rows.len(), 1);
        assert_eq!(table.rows[0].cells[..5], ["anna@example.org", "Anna Schulz", "amina@example.org", "Amina Haddad", "active"]);
        let english = app.get(&format!("{path}?lang=en"), &who.session).await;
        assert!(english.body.contains("Mentor email;"), "{}", english.body);
        // The export page links it.
        let page = app.get(&format!("/coordinator/programmes/{}/import", who.programme), &who.session).await;
        assert!(page.body.contains(&path), "{}", page.body);
    }
}

app_tests! {
    async fn a_large_import_shows_its_progress_and_then_the_result(app) {
        let who = coordinator(app, "Exil e.V.", "koordination@exil.example").await;
        let mut list = String::from("Rolle;Vorname;Nachname;E-Mail;PLZ;Sprachen;Geburtsjahr;Telefon\n");
        for n in 0..400 {
            list.push_str(&format!("Mentee;Person;Nummer {n};person{n}@example.org;30159;ar,de:A2;1990;\n"));
        }
        let review = uploaded(app, &who, "gross.csv", list.as_bytes()).await;
        let other = coordinator(app, "Andere e.V.", "koordination@andere.example").await;
        // A long write holds the programme: the import starts but cannot write yet.
        let held = tandem_store::testing::hold_programme(&app.store, &who.programme).await;
        let started = app.post_form(&review, &who.session, &with_consent(&[("consent", "yes")])).await;
        assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
        let status = started.location.unwrap();
        let running = app.get(&status, &who.session).await;
        assert_eq!(running.status, StatusCode::OK);
        let body = without_isolation(&running.body);
        assert!(body.contains("<meta http-equiv=\"refresh\" content=\"1\">"), "the page refreshes itself: {body}");
        assert!(body.contains("0 von 400 Zeilen geschrieben"), "{body}");
        assert!(body.contains("<progress max=\"400\" value=\"0\">"), "{body}");
        // Another organisation's coordinator does not find the job.
        assert_eq!(app.get(&status, &other.session).await.status, StatusCode::NOT_FOUND);
        assert_eq!(people_in(app, &who).await, 0, "nothing is visible while the import runs");
        held.release().await;
        let mut page = app.get(&status, &who.session).await;
        for _ in 0..400 {
            if !page.body.contains("http-equiv=\"refresh\"") {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            page = app.get(&status, &who.session).await;
        }
        let body = without_isolation(&page.body);
        assert!(body.contains("400 Personen wurden importiert."), "{body}");
        assert!(!body.contains("http-equiv=\"refresh\""), "a finished import's page stays still");
        assert_eq!(people_in(app, &who).await, 400);
        let english = app.get(&format!("{status}?lang=en"), &who.session).await;
        assert!(without_isolation(&english.body).contains("400 people were imported."), "{}", english.body);
    }
}
