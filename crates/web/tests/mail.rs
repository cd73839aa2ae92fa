//! The outbox reaches a real SMTP server (a local aiosmtpd, started by the test), in the
//! recipient's language; a server that is down costs an attempt and loses nothing.
//!
//! Needs Python with aiosmtpd: `.ci/run` makes one and sets `TANDEM_TEST_PYTHON`. Without it the
//! test prints SKIPPED (and fails where `TANDEM_REQUIRE_SMTP` is set).

#![allow(clippy::unwrap_used)]

mod common;

use common::{Session, now};
use std::{
    io::{BufRead, BufReader},
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::Duration,
};
use tandem_core::{ids::OrganisationId, organisation::Profile};
use tandem_store::NewMail;
use tandem_web::mail::Mailer;

struct SmtpSink {
    child: Child,
    port: u16,
    lines: mpsc::Receiver<String>,
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn mail<'a>(
    organisation: &'a OrganisationId,
    recipient: &'a str,
    locale: &'a str,
    subject: &'a str,
    body: &'a str,
) -> NewMail<'a> {
    NewMail {
        organisation: Some(organisation),
        recipient,
        reply_to: None,
        locale,
        subject,
        body,
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_sink() -> Option<SmtpSink> {
    let python = std::env::var("TANDEM_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let has_aiosmtpd = Command::new(&python)
        .args(["-c", "import aiosmtpd"])
        .status()
        .is_ok_and(|status| status.success());
    if !has_aiosmtpd {
        assert!(
            std::env::var_os("TANDEM_REQUIRE_SMTP").is_none(),
            "TANDEM_REQUIRE_SMTP is set but {python} has no aiosmtpd"
        );
        eprintln!("*** SKIPPED: no Python with aiosmtpd (set TANDEM_TEST_PYTHON) ***");
        return None;
    }
    let port = free_port();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scripts/smtp-sink.py");
    let mut child = Command::new(&python)
        .args(["-u", script, &port.to_string()])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (sender, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    let ready = lines.recv_timeout(Duration::from_secs(20)).unwrap();
    assert_eq!(ready, "READY");
    Some(SmtpSink { child, port, lines })
}

app_tests! {
    async fn queued_mails_reach_the_smtp_server_in_the_recipients_language(app) {
        let Some(sink) = start_sink() else { return };
        let org = app.organisation("Exil e.V.").await;
        app.store
            .queue_mail(&mail(&org, "mara@example.org", "de", "Ein Tandem-Vorschlag für Sie", "Hallo Mara, schön"), now())
            .await
            .unwrap();
        app.store
            .queue_mail(&mail(&org, "amira@example.org", "en", "A tandem proposal for you", "Hello Amira"), now())
            .await
            .unwrap();

        // First the server is unreachable: each mail costs one attempt and stays queued.
        let down = Mailer::new(Some(&format!("smtp://127.0.0.1:{}", free_port())), "unused".into(), "Tandem <tandem@example.org>").unwrap();
        assert_eq!(down.deliver_pending(&app.store, 10).await.unwrap(), (0, 2));
        assert_eq!(app.store.pending_mails(10, 8).await.unwrap().len(), 2, "nothing is lost");

        let mailer = Mailer::new(Some(&format!("smtp://127.0.0.1:{}", sink.port)), "unused".into(), "Tandem <tandem@example.org>").unwrap();
        assert_eq!(mailer.deliver_pending(&app.store, 10).await.unwrap(), (2, 0));
        assert!(app.store.pending_mails(10, 8).await.unwrap().is_empty());
        let mut received: Vec<serde_json::Value> = (0..2)
            .map(|_| serde_json::from_str(&sink.lines.recv_timeout(Duration::from_secs(20)).unwrap()).unwrap())
            .collect();
        received.sort_by_key(|mail| mail["to"][0].as_str().unwrap().to_owned());
        assert_eq!(received[0]["to"][0], "amira@example.org");
        assert_eq!(received[0]["subject"], "A tandem proposal for you");
        assert_eq!(received[1]["to"][0], "mara@example.org");
        assert_eq!(received[1]["subject"], "Ein Tandem-Vorschlag für Sie");
        assert!(received[1]["body"].as_str().unwrap().contains("Hallo Mara, schön"));
    }

    async fn the_contact_form_reaches_the_organisation_with_the_visitor_as_reply_to(app) {
        let Some(sink) = start_sink() else { return };
        let org = app.organisation("Exil e.V.").await;
        let profile = Profile::parse("Wir begleiten", "", "", "geheim@exil.example.org").unwrap();
        app.store.set_organisation_profile(&org, &profile).await.unwrap();
        let sent = app
            .post_form(&format!("/organisations/{org}/contact"), &Session::default(), &[("name", "Lena Berg"), ("email", "lena@example.org"), ("message", "Wir möchten kooperieren.")])
            .await;
        assert_eq!(sent.status, axum::http::StatusCode::SEE_OTHER, "{}", sent.body);

        let mailer = Mailer::new(Some(&format!("smtp://127.0.0.1:{}", sink.port)), "unused".into(), "Tandem <tandem@example.org>").unwrap();
        assert_eq!(mailer.deliver_pending(&app.store, 10).await.unwrap(), (1, 0));
        let received: serde_json::Value = serde_json::from_str(&sink.lines.recv_timeout(Duration::from_secs(20)).unwrap()).unwrap();
        assert_eq!(received["to"][0], "geheim@exil.example.org");
        assert_eq!(received["from"], "tandem@example.org", "sent as Tandem, not as the visitor");
        assert_eq!(received["reply_to"], "lena@example.org", "a reply goes to the visitor");
        assert!(received["subject"].as_str().unwrap().contains("Lena Berg"));
        assert!(received["body"].as_str().unwrap().contains("Wir möchten kooperieren."));
    }
}
