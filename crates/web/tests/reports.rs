//! Outcomes and reports through HTTP on both backends: the coordinator records a mentee's
//! outcomes (bad input kept, 422), the dashboard counts them, its tables download as XLSX that
//! Python's openpyxl reads, the funder report is a PDF, and the alliance's statewide report
//! publishes no small count and no person.

#![allow(clippy::unwrap_used)]

mod common;

use axum::http::StatusCode;
use common::{Session, TestApp, now};
use tandem_core::{
    ids::{OrganisationId, PersonId, ProgrammeId, TandemId},
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    survey::{StandardQuestion, SurveyAnswers, SurveyKind},
    tandem::TandemAction,
    user::Role,
};
use tandem_store::LinkPurpose;
use tandem_web::i18n::without_isolation;

/// `count` running tandems in a new programme of `org`, mentees at `postal_code`.
async fn tandems(
    app: &TestApp,
    org: &OrganisationId,
    programme: &ProgrammeId,
    count: usize,
    postal_code: &str,
    tag: &str,
) -> Vec<(TandemId, PersonId)> {
    let consent = ConsentRecord {
        text_version: "v1".into(),
        locale: "de".into(),
        given_at: now(),
    };
    let mut made = Vec::new();
    for n in 0..count {
        let mut ids = Vec::new();
        for (side, code) in [(Side::Mentor, "30159"), (Side::Mentee, postal_code)] {
            let form = ProfileForm {
                first_name: format!("Geheim{n}"),
                last_name: "Person".into(),
                email: format!("{tag}-{n}-{}@example.org", side.as_str()),
                postal_code: code.into(),
                languages: "de:native".into(),
                birth_year: "1990".into(),
                ..ProfileForm::default()
            };
            let person = app
                .store
                .register_person(programme, side, &form.parse(2026).unwrap(), &consent, now())
                .await
                .unwrap();
            app.store
                .screen_person(org, &person.id, PersonStatus::Ready, now())
                .await
                .unwrap();
            ids.push(person.id);
        }
        let tandem = app
            .store
            .create_tandem(org, &ids[0], &ids[1], now())
            .await
            .unwrap()
            .id;
        for action in [
            TandemAction::Accept(Side::Mentor),
            TandemAction::Accept(Side::Mentee),
            TandemAction::Start,
        ] {
            app.store
                .apply_tandem_action(org, &tandem, action, now() - time::Duration::days(20))
                .await
                .unwrap();
        }
        made.push((tandem, ids[1].clone()));
    }
    made
}

/// The raw bytes of a page (the common helper reads bodies as text).
async fn raw_get(app: &TestApp, path: &str, session: &Session) -> Vec<u8> {
    use tower::ServiceExt;
    let router = tandem_web::router(app.store.clone(), common::test_config());
    let mut request = axum::http::Request::get(path);
    if let Some(cookie) = &session.0 {
        request = request.header("cookie", cookie);
    }
    let response = router
        .oneshot(request.body(axum::body::Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    http_body_util::BodyExt::collect(response.into_body())
        .await
        .unwrap()
        .to_bytes()
        .to_vec()
}

/// The text a PDF shows: its hex strings decoded as WinAnsi (Latin-1 for the letters used here).
fn pdf_text(bytes: &[u8]) -> String {
    let source = String::from_utf8_lossy(bytes);
    let mut text = String::new();
    for piece in source.split('<').skip(1) {
        let Some((hex, _)) = piece.split_once('>') else {
            continue;
        };
        if hex.is_empty() || hex.len() % 2 != 0 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            continue;
        }
        for pair in hex.as_bytes().chunks(2) {
            let byte = u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap();
            text.push(char::from(byte));
        }
        text.push(' ');
    }
    text
}

fn in_three_days() -> String {
    tandem_core::followup::iso_date(
        tandem_core::event::to_local(now() + time::Duration::days(3)).date(),
    )
}

fn today() -> String {
    tandem_core::followup::iso_date(tandem_core::event::to_local(now()).date())
}

app_tests! {
    async fn the_coordinator_records_outcomes_and_the_dashboard_counts_them(app) {
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await;
        let made = tandems(app, &org, &programme, 1, "30159", "o").await;
        let (tandem, mentee) = &made[0];
        app.user("coordinator@exil.example.org", Role::Coordinator, Some(&org)).await;
        let coordinator = app.login("coordinator@exil.example.org").await;

        let followup = without_isolation(&app.get(&format!("/coordinator/tandems/{tandem}/followup"), &coordinator).await.body);
        let link = format!("/coordinator/people/{mentee}/outcomes?tandem={tandem}");
        assert!(followup.contains(&link.replace('&', "&amp;")), "the tandem page links the mentee's outcomes");
        let person_page = app.get(&format!("/coordinator/people/{mentee}"), &coordinator).await;
        assert!(
            person_page.body.contains(&format!("href=\"/coordinator/people/{mentee}/outcomes\"")),
            "the person page links the outcomes too"
        );
        let page = app.get(&link, &coordinator).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Noch keine Ergebnisse erfasst."));

        let path = format!("/coordinator/people/{mentee}/outcomes");
        let refused = app.post_form(&path, &coordinator, &[("kind", "german_level"), ("level", ""), ("date", &in_three_days()), ("detail", "Prüfung bestanden"), ("tandem", tandem.as_str())]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        let body = without_isolation(&refused.body);
        assert!(body.contains("id=\"level-error\"") && body.contains("Das Datum liegt in der Zukunft."), "{body}");
        assert!(body.contains("value=\"Prüfung bestanden\"") && body.contains("value=\"german_level\" selected"), "what was typed is kept");
        assert!(app.store.person_outcomes(&org, mentee).await.unwrap().is_empty());

        for (kind, level, detail) in [("german_level", "B1", ""), ("apprenticeship", "", "Kfz-Mechatroniker")] {
            let saved = app.post_form(&path, &coordinator, &[("kind", kind), ("level", level), ("date", &today()), ("detail", detail), ("tandem", tandem.as_str())]).await;
            assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        }
        let listed = without_isolation(&app.get(&path, &coordinator).await.body);
        assert!(listed.contains("Deutschniveau erreicht B1") && listed.contains("Kfz-Mechatroniker"), "{listed}");
        let stored = app.store.person_outcomes(&org, mentee).await.unwrap();
        assert_eq!(stored.len(), 2);
        assert_eq!(stored[0].tandem_id.as_ref(), Some(tandem));

        let dashboard = without_isolation(&app.get(&format!("/coordinator/programmes/{programme}/dashboard"), &coordinator).await.body);
        assert!(dashboard.contains("<th scope=\"row\">Deutschniveau erreicht B1</th><td>1</td>"), "{dashboard}");
        assert!(dashboard.contains("<th scope=\"row\">Ausbildungsplatz gefunden</th><td>1</td>"));

        // The person's export lists them; a mistaken one is deleted.
        let export = app.store.export_person(&org, mentee).await.unwrap();
        assert_eq!(export.outcomes.len(), 2);
        let deleted = app.post_form(&format!("{path}/{}/delete", stored[0].id), &coordinator, &[]).await;
        assert_eq!(deleted.status, StatusCode::SEE_OTHER);
        assert_eq!(app.store.person_outcomes(&org, mentee).await.unwrap().len(), 1);
    }

    async fn dashboard_tables_download_as_xlsx_that_openpyxl_reads(app) {
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await;
        let made = tandems(app, &org, &programme, 2, "30159", "x").await;
        app.user("coordinator@exil.example.org", Role::Coordinator, Some(&org)).await;
        let coordinator = app.login("coordinator@exil.example.org").await;
        for (tandem, _) in &made {
            let logged = app.post_form(&format!("/coordinator/tandems/{tandem}/meetings"), &coordinator, &[("date", &today()), ("minutes", "75"), ("kind", "online")]).await;
            assert_eq!(logged.status, StatusCode::SEE_OTHER);
        }
        // A detail that looks like a formula must stay text.
        app.post_form(&format!("/coordinator/people/{}/outcomes", made[0].1), &coordinator, &[("kind", "other"), ("date", &today()), ("detail", "=HYPERLINK(\"x\")")]).await;

        let organisation_wide = app.get("/coordinator/dashboard.xlsx", &coordinator).await;
        assert_eq!(organisation_wide.status, StatusCode::OK);

        let Some(python) = std::env::var_os("TANDEM_TEST_PYTHON") else {
            eprintln!("SKIPPED: reading XLSX with Python openpyxl (TANDEM_TEST_PYTHON not set)");
            return;
        };
        let has_openpyxl = std::process::Command::new(&python).args(["-c", "import openpyxl"]).status().is_ok_and(|s| s.success());
        if !has_openpyxl {
            assert!(std::env::var_os("TANDEM_REQUIRE_SMTP").is_none(), "CI must provide openpyxl");
            eprintln!("SKIPPED: Python openpyxl is not installed");
            return;
        }
        let bytes = raw_get(app, &format!("/coordinator/programmes/{programme}/dashboard.xlsx"), &coordinator).await;
        assert!(bytes.starts_with(b"PK"));
        let file = std::env::temp_dir().join(format!("tandem-dashboard-{programme}.xlsx"));
        std::fs::write(&file, &bytes).unwrap();
        let script = "import sys, openpyxl\n\
wb = openpyxl.load_workbook(sys.argv[1])\n\
print('|'.join(wb.sheetnames))\n\
ws = wb['Monate']\n\
rows = list(ws.iter_rows(values_only=True))\n\
print('|'.join(str(c) for c in rows[0]))\n\
last = rows[-1]\n\
print(len(rows) - 1, last[1], last[4], last[6], type(last[6]).__name__)\n\
[print('outcome', row[0], row[1]) for row in wb['Ergebnisse'].iter_rows(min_row=2, values_only=True)]\n\
print(any(c.data_type == 'f' for s in wb for r in s.iter_rows() for c in r))\n";
        let output = std::process::Command::new(&python).args(["-c", script]).arg(&file).output().unwrap();
        std::fs::remove_file(&file).ok();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let printed = String::from_utf8(output.stdout).unwrap();
        let lines: Vec<&str> = printed.lines().collect();
        assert_eq!(lines[0], "Monate|Wartezeit|Stimmung|Ergebnisse|Vorher-Nachher");
        assert_eq!(lines[1], "Monat|Laufend am Monatsende|Begonnen|Beendet|Treffen|Treffen pro laufendem Tandem|Stunden");
        assert_eq!(lines[2], "12 2 2 2.5 float", "twelve months; this month: 2 running, 2 meetings, 2.5 hours as a number");
        assert_eq!(lines[3], "outcome Anderes Ergebnis 1");
        assert_eq!(lines[4], "False", "no formula anywhere");
    }

    async fn the_survey_before_after_table_downloads_as_csv_and_xlsx(app) {
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await;
        let made = tandems(app, &org, &programme, 2, "30159", "s").await;
        // Start surveys: German 2 and 4, belonging 3 from one mentee; an end survey: German 5.
        let answers = [
            (0, SurveyKind::Start, vec![(StandardQuestion::German, 2), (StandardQuestion::Belonging, 3)]),
            (1, SurveyKind::Start, vec![(StandardQuestion::German, 4)]),
            (0, SurveyKind::End, vec![(StandardQuestion::German, 5)]),
        ];
        for (index, (which, survey, standard)) in answers.into_iter().enumerate() {
            let hash = format!("hash-survey-{index}");
            app.store.create_followup_link(&org, &made[which].0, Side::Mentee, LinkPurpose::Survey(survey), &hash, now()).await.unwrap();
            let link = app.store.survey_link(&hash).await.unwrap();
            app.store.answer_survey(&link, &SurveyAnswers { standard, own: Vec::new() }, now()).await.unwrap();
        }
        app.user("coordinator@exil.example.org", Role::Coordinator, Some(&org)).await;
        let coordinator = app.login("coordinator@exil.example.org").await;
        let base = format!("/coordinator/programmes/{programme}/dashboard");
        let page = app.get(&base, &coordinator).await.body;
        assert!(page.contains(&format!("href=\"{base}.csv?table=before-after&amp;from=")), "the table links its CSV: {page}");

        // CSV: the table as the page shows it (German decimals), one line per question asked.
        let csv = app.get(&format!("{base}.csv?table=before-after"), &coordinator).await;
        assert_eq!(csv.status, StatusCode::OK);
        let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
        let headers: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
        assert_eq!(headers, ["Frage", "Durchschnitt zum Start", "Antworten", "Durchschnitt zum Ende", "Antworten"]);
        let rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert!(rows.contains(&vec!["Wie gut sprechen Sie Deutsch? (1 = kaum, 5 = fließend)".to_owned(), "3,0".into(), "2".into(), "5,0".into(), "1".into()]), "{rows:?}");
        assert!(rows.iter().any(|row| row[1] == "3,0" && row[2] == "1" && row[3] == "–" && row[4] == "0"), "belonging: start only: {rows:?}");
        let organisation_wide = app.get("/coordinator/dashboard.csv?table=before-after", &coordinator).await;
        assert_eq!(organisation_wide.body, csv.body, "the only programme is the whole organisation");
        for table in ["waiting", "moods", "outcomes"] {
            let other = app.get(&format!("{base}.csv?table={table}"), &coordinator).await;
            assert_eq!(other.status, StatusCode::OK, "{table}");
        }
        assert_eq!(app.get(&format!("{base}.csv?table=people"), &coordinator).await.status, StatusCode::NOT_FOUND);
        let months = app.get(&format!("{base}.csv"), &coordinator).await;
        assert!(months.body.starts_with("Monat,"), "without a table, the months as before");

        let Some(python) = std::env::var_os("TANDEM_TEST_PYTHON") else {
            eprintln!("SKIPPED: reading XLSX with Python openpyxl (TANDEM_TEST_PYTHON not set)");
            return;
        };
        let has_openpyxl = std::process::Command::new(&python).args(["-c", "import openpyxl"]).status().is_ok_and(|s| s.success());
        if !has_openpyxl {
            assert!(std::env::var_os("TANDEM_REQUIRE_SMTP").is_none(), "CI must provide openpyxl");
            eprintln!("SKIPPED: Python openpyxl is not installed");
            return;
        }
        let bytes = raw_get(app, &format!("{base}.xlsx"), &coordinator).await;
        let file = std::env::temp_dir().join(format!("tandem-surveys-{programme}.xlsx"));
        std::fs::write(&file, &bytes).unwrap();
        let script = "import sys, openpyxl\n\
wb = openpyxl.load_workbook(sys.argv[1])\n\
ws = wb['Vorher-Nachher']\n\
rows = list(ws.iter_rows(values_only=True))\n\
print('|'.join(str(c) for c in rows[0]))\n\
[print('|'.join('n%g' % c if isinstance(c, (int, float)) else str(c) for c in r)) for r in rows[1:]]\n";
        let output = std::process::Command::new(&python).args(["-c", script]).arg(&file).output().unwrap();
        std::fs::remove_file(&file).ok();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let printed = String::from_utf8(output.stdout).unwrap();
        let lines: Vec<&str> = printed.lines().collect();
        assert_eq!(lines[0], "Frage|Durchschnitt zum Start|Antworten|Durchschnitt zum Ende|Antworten");
        assert_eq!(lines.len(), 3, "{printed}");
        assert!(lines.contains(&"Wie gut sprechen Sie Deutsch? (1 = kaum, 5 = fließend)|n3|n2|n5|n1"), "means and counts are numbers: {printed}");
        assert!(lines.iter().any(|line| line.ends_with("|n3|n1|–|n0")), "no end answers: text: {printed}");
    }

    async fn the_funder_report_is_a_german_pdf(app) {
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await;
        tandems(app, &org, &programme, 1, "30159", "f").await;
        app.user("coordinator@exil.example.org", Role::Coordinator, Some(&org)).await;
        let coordinator = app.login("coordinator@exil.example.org").await;
        let bytes = raw_get(app, "/coordinator/report.pdf", &coordinator).await;
        assert!(bytes.starts_with(b"%PDF-1.4"), "a PDF");
        // For a look at it: TANDEM_KEEP_PDF=/tmp/report.pdf, then pdftoppm -png.
        if let Some(path) = std::env::var_os("TANDEM_KEEP_PDF") {
            std::fs::write(path, &bytes).unwrap();
        }
        let text = pdf_text(&bytes);
        assert!(text.contains("Förderbericht Exil e.V."), "the title names the organisation: {text}");
        assert!(text.contains("Tandems und Stunden nach Programm") && text.contains("Summe"), "{text}");
        assert!(text.contains("Im Zeitraum hat 1 Tandem begonnen"), "German, whatever the page language, with the singular: {text}");
        // Participants and the alliance get no organisation report.
        assert_ne!(app.get("/coordinator/report.pdf", &Session::default()).await.status, StatusCode::OK);
        app.user("alliance@example.org", Role::AllianceAdmin, None).await;
        let alliance = app.login("alliance@example.org").await;
        assert_eq!(app.get("/coordinator/report.pdf", &alliance).await.status, StatusCode::FORBIDDEN);
    }

    async fn the_statewide_report_suppresses_small_counts_and_names_nobody(app) {
        let exil = app.organisation("Exil e.V.").await;
        let caritas = app.organisation("Caritas Hannover").await;
        let osnabrueck = app.programme(&exil).await;
        let hannover = app.programme(&caritas).await;
        // Six tandems in Osnabrück (published), two in Hannover (suppressed, and so one more).
        tandems(app, &exil, &osnabrueck, 6, "49074", "os").await;
        tandems(app, &caritas, &hannover, 2, "30159", "ha").await;
        app.user("alliance@example.org", Role::AllianceAdmin, None).await;
        let alliance = app.login("alliance@example.org").await;

        let page = app.get("/alliance/report", &alliance).await;
        assert_eq!(page.status, StatusCode::OK);
        let body = without_isolation(&page.body);
        assert!(!body.contains("Geheim") && !body.contains("Exil e.V.") && !body.contains("Caritas"), "no person, no organisation");
        let row = |name: &str| {
            let at = body.find(&format!("<th scope=\"row\">{name}</th>")).unwrap_or_else(|| panic!("{name} in {body}"));
            body[at..].split("</tr>").next().unwrap().to_owned()
        };
        let osnabrueck_row = row("Osnabrück, Stadt");
        assert!(osnabrueck_row.starts_with("<th scope=\"row\">Osnabrück, Stadt</th><td>•</td><td>•</td><td>0</td><td>0</td>"), "{osnabrueck_row}");
        let hannover_row = row("Region Hannover");
        assert!(hannover_row.contains("<td>•</td>") && !hannover_row.contains("<td>2</td>"), "2 is never published: {hannover_row}");
        // Started and active: 6 and 2, total 8 — so 6 is suppressed too, or 2 would follow.
        assert!(body.contains("<th scope=\"row\">Summe</th><td>8</td><td>8</td>"), "true totals are published: {body}");

        let by_kind = without_isolation(&app.get("/alliance/report?by=kind", &alliance).await.body);
        assert!(by_kind.contains("value=\"kind\" selected"));
        let csv = app.get("/alliance/report.csv?by=district", &alliance).await;
        assert_eq!(csv.status, StatusCode::OK);
        let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
        assert_eq!(&reader.headers().unwrap()[0], "Landkreis");
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert!(rows.iter().all(|r| r.iter().skip(1).all(|cell| cell == "•" || cell.parse::<u64>().is_ok_and(|n| n == 0 || n >= 5))), "{rows:?}");

        // Coordinators and organisation admins do not see it.
        app.user("coordinator@exil.example.org", Role::Coordinator, Some(&exil)).await;
        let coordinator = app.login("coordinator@exil.example.org").await;
        assert_eq!(app.get("/alliance/report", &coordinator).await.status, StatusCode::FORBIDDEN);
        assert_eq!(app.get("/alliance/report.csv", &coordinator).await.status, StatusCode::FORBIDDEN);
    }
}
