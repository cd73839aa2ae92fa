//! Sending the outbox: a background job takes queued mails and delivers them over SMTP (lettre),
//! or, where no SMTP server is configured, writes each one as a `.eml` file into a folder. A mail
//! that fails is tried again on the next round, up to [`MAX_ATTEMPTS`]; whatever caused the mail
//! (a proposal, a reminder) is stored before the mail is queued, so a failed send loses nothing.

use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, header::ContentType},
};
use std::path::PathBuf;
use tandem_store::{QueuedMail, Store, StoreResult};

/// How often one mail is tried before it stays in the outbox for a person to look at.
pub const MAX_ATTEMPTS: i64 = 8;

/// Where mails go.
#[derive(Clone)]
pub enum Transport {
    /// `smtp://host:port` (a relay on the machine or in the network).
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// A folder: each mail becomes `<id>.eml`.
    Folder(PathBuf),
}

#[derive(Clone)]
pub struct Mailer {
    pub transport: Transport,
    pub from: Mailbox,
}

/// What may go into the log about a failed delivery: the kind of failure and the SMTP code, never
/// the server's text, which names the recipient ("550 <someone@example.org> unknown"). The whole
/// message stays in the outbox row, which erasure removes with the mail.
fn loggable(error: &anyhow::Error) -> String {
    if let Some(smtp) = error.downcast_ref::<lettre::transport::smtp::Error>() {
        let kind = if smtp.is_permanent() {
            "permanent SMTP error"
        } else if smtp.is_transient() {
            "transient SMTP error"
        } else if smtp.is_timeout() {
            "SMTP timeout"
        } else {
            "SMTP connection or protocol error"
        };
        return match smtp.status() {
            Some(code) => format!("{kind} ({code})"),
            None => kind.to_owned(),
        };
    }
    if let Some(io) = error.downcast_ref::<std::io::Error>() {
        return format!("I/O error: {}", io.kind());
    }
    if error
        .downcast_ref::<lettre::address::AddressError>()
        .is_some()
    {
        return "invalid address".to_owned();
    }
    "the message could not be built".to_owned()
}

impl Mailer {
    /// `smtp_url` like `smtp://127.0.0.1:2525`; `None` writes mails into `folder`.
    pub fn new(smtp_url: Option<&str>, folder: PathBuf, from: &str) -> anyhow::Result<Self> {
        let transport = match smtp_url {
            Some(url) => {
                let address = url.strip_prefix("smtp://").ok_or_else(|| {
                    anyhow::anyhow!("the SMTP URL must look like smtp://host:port")
                })?;
                let (host, port) = address
                    .trim_end_matches('/')
                    .rsplit_once(':')
                    .map_or((address, Ok(25)), |(host, port)| {
                        (host, port.parse::<u16>())
                    });
                let port = port.map_err(|_| anyhow::anyhow!("the SMTP port must be a number"))?;
                // Plain SMTP to a relay on the machine or in the local network (no TLS built in).
                Transport::Smtp(
                    AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
                        .port(port)
                        .build(),
                )
            }
            None => Transport::Folder(folder),
        };
        Ok(Self {
            transport,
            from: from.parse()?,
        })
    }

    /// A human-readable description for the start-up log.
    pub fn describe(&self) -> String {
        match &self.transport {
            Transport::Smtp(_) => "SMTP".to_owned(),
            Transport::Folder(folder) => format!(
                "no SMTP configured: mails are written to {}",
                folder.display()
            ),
        }
    }

    /// Delivers up to `limit` queued mails; returns (delivered, failed).
    pub async fn deliver_pending(&self, store: &Store, limit: i64) -> StoreResult<(usize, usize)> {
        let (mut delivered, mut failed) = (0, 0);
        for mail in store.pending_mails(limit, MAX_ATTEMPTS).await? {
            let outcome = self.deliver(&mail).await;
            let now = time::OffsetDateTime::now_utc();
            match outcome {
                Ok(()) => {
                    store.mail_attempted(&mail.id, None, now).await?;
                    delivered += 1;
                }
                Err(error) => {
                    tracing::warn!(mail = %mail.id, attempt = mail.attempts + 1, error = %loggable(&error), "mail not delivered");
                    store
                        .mail_attempted(&mail.id, Some(&error.to_string()), now)
                        .await?;
                    failed += 1;
                }
            }
        }
        Ok((delivered, failed))
    }

    async fn deliver(&self, mail: &QueuedMail) -> anyhow::Result<()> {
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(mail.recipient.parse()?);
        if let Some(reply_to) = &mail.reply_to {
            builder = builder.reply_to(reply_to.parse()?);
        }
        let message = builder
            .subject(mail.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())?;
        match &self.transport {
            Transport::Smtp(smtp) => {
                smtp.send(message).await?;
            }
            Transport::Folder(folder) => {
                tokio::fs::create_dir_all(folder).await?;
                let path = folder.join(format!("{}.eml", mail.id));
                tokio::fs::write(&path, message.formatted()).await?;
            }
        }
        Ok(())
    }

    /// Runs forever: delivers the outbox every `every`.
    pub async fn run(self, store: Store, every: std::time::Duration) {
        loop {
            match self.deliver_pending(&store, 100).await {
                Ok((0, 0)) => {}
                Ok((delivered, failed)) => {
                    tracing::info!(delivered, failed, "outbox");
                }
                Err(error) => tracing::error!(error = %error, "outbox could not be read"),
            }
            tokio::time::sleep(every).await;
        }
    }
}
