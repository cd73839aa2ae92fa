//! Logs carry no personal data: every flow that takes names, e-mail addresses or free text runs
//! through the router while a subscriber records every event at TRACE (all targets, our crates
//! and sqlx alike — more than the server ever logs), and no marker may appear in what was
//! written. The markers share the stem `lgmk`, so one case-insensitive search finds any of them.

#![allow(clippy::unwrap_used)]

mod common;

use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use common::{Session, TestApp, now};
use std::{
    io::Write,
    sync::{Arc, Mutex, OnceLock},
};
use tandem_core::{
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    programme::ProgrammeDetails,
    tandem::TandemAction,
    user::Role,
};

const STEM: &str = "lgmk";

/// Everything every test of this binary logged, from the first `captured()` on.
fn buffer() -> &'static Arc<Mutex<Vec<u8>>> {
    static BUFFER: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    BUFFER.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&buffer);
        tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("trace"))
            .with_ansi(false)
            .with_writer(move || Writer(Arc::clone(&sink)))
            .init();
        buffer
    })
}

struct Writer(Arc<Mutex<Vec<u8>>>);

impl Write for Writer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn captured() -> String {
    String::from_utf8_lossy(&buffer().lock().unwrap()).into_owned()
}

/// Every captured line holding a marker (case-insensitive).
fn leaks() -> Vec<String> {
    captured()
        .lines()
        .filter(|line| line.to_lowercase().contains(STEM))
        .map(str::to_owned)
        .collect()
}

fn consent() -> ConsentRecord {
    ConsentRecord {
        text_version: "v1".into(),
        locale: "de".into(),
        given_at: now(),
    }
}

fn today() -> String {
    tandem_core::followup::iso_date(tandem_core::event::to_local(now()).date())
}

async fn link_in_mail(app: &TestApp, recipient: &str, prefix: &str) -> String {
    let mails = app.store.pending_mails(200, 8).await.unwrap();
    let mail = mails
        .iter()
        .rev()
        .find(|mail| mail.recipient == recipient && mail.body.contains(prefix))
        .unwrap_or_else(|| panic!("no mail to {recipient} with {prefix}"));
    let at = mail.body.find(prefix).unwrap();
    mail.body[at..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

async fn upload_csv(
    app: &TestApp,
    session: &Session,
    programme: &str,
    csv: &str,
) -> common::TestResponse {
    let boundary = "tandem-log-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lgmk-liste.csv\"\r\n\
         Content-Type: text/csv\r\n\r\n{csv}\r\n--{boundary}--\r\n"
    );
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

app_tests! {
    async fn no_flow_writes_a_name_an_address_or_a_note_into_the_logs(app) {
        buffer();
        let org = app.organisation("Lgmk Verein e.V.").await;
        let programme = app.programme(&org).await;
        app.user("lgmk-coordinator@example.org", Role::Coordinator, Some(&org)).await;
        app.user("lgmk-admin@example.org", Role::OrgAdmin, Some(&org)).await;
        let visitor = Session::default();

        // Log-in: unknown account, wrong password, then the right one.
        let unknown = app.post_form("/login", &visitor, &[("email", "lgmk-nobody@example.org"), ("password", "lgmk wrong password")]).await;
        assert_eq!(unknown.status, StatusCode::UNAUTHORIZED, "{}", unknown.body);
        let wrong = app.post_form("/login", &visitor, &[("email", "lgmk-coordinator@example.org"), ("password", "lgmk wrong password")]).await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        let coordinator = app.login("lgmk-coordinator@example.org").await;
        let admin = app.login("lgmk-admin@example.org").await;

        // Registration: first with errors (the form comes back), then complete.
        let path = format!("/programmes/{programme}/register");
        let mut fields = vec![
            ("side", "mentee"), ("first_name", "Lgmkamira"), ("last_name", "Lgmkhaddad"),
            ("email", "lgmk-amira@example.org"), ("postal_code", "30159"), ("birth_year", "1990"),
            ("language_0", "ar"), ("level_0", "native"), ("availability", "0-2"),
            ("interests", "lgmk Schach und Gärtnern"), ("goals", "lgmk Ausbildung finden"),
            ("profession", "lgmk Schneiderin"), ("phone", "+49 511 123456"),
        ];
        let refused = app.post_form(&path, &visitor, &fields).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "the consent is missing");
        fields.push(("consent", "yes"));
        let registered = app.post_form(&path, &visitor, &fields).await;
        assert_eq!(registered.status, StatusCode::SEE_OTHER, "{}", registered.body);
        let my_data = link_in_mail(app, "lgmk-amira@example.org", "/me/").await;
        assert_eq!(app.get(&my_data, &visitor).await.status, StatusCode::OK);
        assert_eq!(app.get(&format!("{my_data}/export.json"), &visitor).await.status, StatusCode::OK);

        // The coordinator reads, annotates and exports the person; the API lists them.
        let amira = app.store.list_people(&org, &tandem_store::PeopleQuery::default()).await.unwrap().items[0].id.clone();
        let page = format!("/coordinator/people/{amira}");
        assert_eq!(app.get(&page, &coordinator).await.status, StatusCode::OK);
        let noted = app.post_form(&format!("{page}/notes"), &coordinator, &[("notes", "lgmk Zeugnis fehlt noch")]).await;
        assert_eq!(noted.status, StatusCode::SEE_OTHER);
        assert_eq!(app.get(&format!("{page}/export"), &coordinator).await.status, StatusCode::OK);
        let listed = app.get("/api/v1/people", &coordinator).await;
        assert_eq!(listed.status, StatusCode::OK);
        assert!(listed.body.contains("Lgmkamira"), "the marker is really in the data: {}", listed.body);
        assert_eq!(app.get(&format!("/api/v1/people/{amira}"), &coordinator).await.status, StatusCode::OK);
        let forged = app.send_json("POST", &format!("/api/v1/people/{amira}/screening"), &coordinator,
            serde_json::json!({ "status": "ready", "note": "lgmk forged field" })).await;
        assert_eq!(forged.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", forged.body);

        // The contact form of the organisation's public profile.
        let contact = format!("/organisations/{org}/contact");
        let bad = app.post_form(&contact, &visitor, &[("name", "Lgmk Lena"), ("email", "lgmk-lena-at-example"), ("message", "lgmk Wir möchten kooperieren.")]).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        let profile = tandem_core::organisation::Profile::parse("Wir begleiten.", "", "", "lgmk-contact@example.org").unwrap();
        app.store.set_organisation_profile(&org, &profile).await.unwrap();
        let sent = app.post_form(&contact, &visitor, &[("name", "Lgmk Lena"), ("email", "lgmk-lena@example.org"), ("message", "lgmk Wir möchten kooperieren.")]).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);

        // Import: a list with a bad row first, then a clean one.
        let header = "Rolle;Vorname;Nachname;E-Mail;PLZ;Sprachen;Geburtsjahr\n";
        let broken = format!("{header}Mentor;Lgmkanna;Lgmkschulz;lgmk-anna-at-example;30159;de:native;1980\n");
        let review = upload_csv(app, &coordinator, programme.as_str(), &broken).await;
        assert_eq!(review.status, StatusCode::SEE_OTHER, "{}", review.body);
        let review = review.location.unwrap();
        assert_eq!(app.get(&review, &coordinator).await.status, StatusCode::OK);
        let clean = format!("{header}Mentor;Lgmkanna;Lgmkschulz;lgmk-anna@example.org;30159;de:native;1980\n");
        let review = upload_csv(app, &coordinator, programme.as_str(), &clean).await.location.unwrap();
        let mapping = [("col0", "role"), ("col1", "first_name"), ("col2", "last_name"), ("col3", "email"), ("col4", "postal_code"), ("col5", "languages"), ("col6", "birth_year"), ("skip", ""), ("consent", "yes")];
        let started = app.post_form(&review, &coordinator, &mapping).await;
        assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
        let status = started.location.unwrap();
        let mut imported = app.get(&status, &coordinator).await;
        for _ in 0..200 {
            if !imported.body.contains("http-equiv=\"refresh\"") {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            imported = app.get(&status, &coordinator).await;
        }
        assert_eq!(imported.status, StatusCode::OK, "{}", imported.body);
        assert!(!imported.body.contains("http-equiv=\"refresh\""), "the import did not finish");
        let exported = app.get(&format!("/coordinator/programmes/{programme}/export.csv"), &coordinator).await;
        assert_eq!(exported.status, StatusCode::OK, "{}", exported.body);

        // A running tandem in a learning programme: meeting log, diary, check-in.
        let details = ProgrammeDetails::parse("Lernpaten", "learning", "", "30159", "de", "12", "1", true).unwrap();
        let learning = app.store.create_programme(&org, &details, now()).await.unwrap().id;
        let mut ids = Vec::new();
        for (side, name) in [(Side::Mentor, "lgmkjonas"), (Side::Mentee, "lgmkoksana")] {
            let form = ProfileForm {
                first_name: name.into(), last_name: "Lgmkbeispiel".into(), email: format!("{name}@example.org"),
                postal_code: "30159".into(), languages: "de:native".into(), birth_year: "1990".into(),
                ..ProfileForm::default()
            };
            let person = app.store.register_person(&learning, side, &form.parse(2026).unwrap(), &consent(), now()).await.unwrap();
            app.store.screen_person(&org, &person.id, PersonStatus::Ready, now()).await.unwrap();
            ids.push(person.id);
        }
        let tandem = app.store.create_tandem(&org, &ids[0], &ids[1], now()).await.unwrap().id;
        let started = now() - time::Duration::days(29);
        for action in [TandemAction::Accept(Side::Mentor), TandemAction::Accept(Side::Mentee), TandemAction::Start] {
            app.store.apply_tandem_action(&org, &tandem, action, started).await.unwrap();
        }
        tandem_web::jobs::followup_mails(&app.store, &tandem_web::WebConfig::default(), now()).await.unwrap();
        let meetings = link_in_mail(app, "lgmkjonas@example.org", "/meetings/").await;
        let logged = app.post_form(&meetings, &visitor, &[("date", &today()), ("minutes", "90"), ("kind", "online"), ("note", "lgmk Bewerbung geübt")]).await;
        assert_eq!(logged.status, StatusCode::SEE_OTHER, "{}", logged.body);
        let diary = format!("{meetings}/diary");
        let half = app.post_form(&diary, &visitor, &[("date", &today()), ("minutes", "90"), ("activities", "lgmk Giraffen gezählt"), ("how_it_went", "")]).await;
        assert_eq!(half.status, StatusCode::UNPROCESSABLE_ENTITY);
        let written = app.post_form(&diary, &visitor, &[("date", &today()), ("minutes", "90"), ("activities", "lgmk Giraffen gezählt"), ("how_it_went", "lgmk viel gelacht")]).await;
        assert_eq!(written.status, StatusCode::SEE_OTHER, "{}", written.body);
        let entry = app.store.diary(&org, &tandem).await.unwrap()[0].id.clone();
        let commented = app.post_form(&format!("/coordinator/tandems/{tandem}/diary/{entry}/comment"), &coordinator, &[("comment", "lgmk weiter so")]).await;
        assert_eq!(commented.status, StatusCode::SEE_OTHER);
        let check_in = link_in_mail(app, "lgmkoksana@example.org", "/check-in/").await;
        let answered = app.post_form(&check_in, &visitor, &[("mood", "2"), ("meets_regularly", "no"), ("comment", "lgmk keine Termine"), ("call_me", "yes")]).await;
        assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
        assert_eq!(app.get(&format!("/coordinator/tandems/{tandem}/followup"), &coordinator).await.status, StatusCode::OK);
        assert_eq!(app.get("/coordinator/at-risk", &coordinator).await.status, StatusCode::OK);

        // Mails go out (into a folder), the admin reads the audit trail, and a person is erased.
        let folder = std::env::temp_dir().join(format!("tandem-logs-{}", uuid::Uuid::new_v4()));
        let mailer = tandem_web::mail::Mailer::new(None, folder.clone(), "Tandem <noreply@example.org>").unwrap();
        let (delivered, failed) = mailer.deliver_pending(&app.store, 200).await.unwrap();
        assert!(delivered >= 4 && failed == 0, "{delivered} delivered, {failed} failed");
        std::fs::remove_dir_all(&folder).unwrap();
        assert_eq!(app.get("/admin/audit", &admin).await.status, StatusCode::OK);
        let erased = app.post_form(&format!("{page}/erase"), &coordinator, &[("confirm", "yes")]).await;
        assert_eq!(erased.status, StatusCode::SEE_OTHER);
        let rules = tandem_web::jobs::Retention::default();
        tandem_web::jobs::retention(&app.store, rules, now() + time::Duration::days(800)).await.unwrap();

        // The subscriber saw the flows (sqlx statements, our own events) and no marker.
        let log = captured();
        assert!(log.contains("people imported"), "the capture works");
        assert!(log.contains("INSERT INTO"), "statements are captured at TRACE");
        assert_eq!(leaks(), Vec::<String>::new());
    }
}

/// A one-connection SMTP server that rejects every recipient and, as real servers do, names
/// the address in its answer.
async fn rejecting_smtp_server() -> u16 {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read).lines();
        write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
        while let Ok(Some(line)) = lines.next_line().await {
            let upper = line.to_uppercase();
            let answer = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                "250 sink".to_owned()
            } else if upper.starts_with("RCPT") {
                let address = line.split(':').nth(1).unwrap_or("").trim().to_owned();
                format!("550 5.1.1 {address}: Recipient address rejected: User unknown")
            } else if upper.starts_with("QUIT") {
                write.write_all(b"221 bye\r\n").await.unwrap();
                break;
            } else {
                "250 OK".to_owned()
            };
            write
                .write_all(format!("{answer}\r\n").as_bytes())
                .await
                .unwrap();
        }
    });
    port
}

app_tests! {
    async fn a_refused_mail_is_logged_without_the_address_the_server_echoed(app) {
        buffer();
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await;
        let form = ProfileForm {
            first_name: "Amira".into(), last_name: "Haddad".into(), email: "lgmk-refused@example.org".into(),
            postal_code: "30159".into(), languages: "ar:native".into(), birth_year: "1990".into(),
            ..ProfileForm::default()
        };
        let person = app.store.register_person(&programme, Side::Mentee, &form.parse(2026).unwrap(), &consent(), now()).await.unwrap();
        app.store
            .queue_mail(
                &tandem_store::NewMail {
                    organisation: Some(&org),
                    recipient: "lgmk-refused@example.org",
                    reply_to: None,
                    locale: "de",
                    subject: "Willkommen",
                    body: "Hallo",
                },
                now(),
            )
            .await
            .unwrap();
        let port = rejecting_smtp_server().await;
        let mailer = tandem_web::mail::Mailer::new(Some(&format!("smtp://127.0.0.1:{port}")), "unused".into(), "Tandem <tandem@example.org>").unwrap();
        let (delivered, failed) = mailer.deliver_pending(&app.store, 10).await.unwrap();
        assert_eq!((delivered, failed), (0, 1));
        let log = captured();
        assert!(log.contains("error=permanent SMTP error (550)"), "the refusal is logged with its code");
        assert_eq!(leaks(), Vec::<String>::new());
        assert!(app.store.person(&org, &person.id).await.is_ok());
    }
}
