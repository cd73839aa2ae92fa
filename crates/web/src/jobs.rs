//! Background jobs of the web application. They take `now` as an argument, so tests move the
//! clock instead of waiting.

use crate::{
    WebConfig,
    auth::{new_token, token_hash},
    i18n::{DEFAULT_LOCALE, Locale, Tr},
};
use fluent_templates::fluent_bundle::FluentValue;
use tandem_store::{NewMail, Store, StoreResult};

pub use crate::pages::followup::{MEETING_REMINDER_DAYS, followup_mails};
pub use crate::pages::minors::safeguarding_job;

/// Reminds unanswered proposals after `proposal_reminder_days` (with a fresh personal link) and
/// expires them after `proposal_expiry_days`. Safe to run again: each reminder is claimed once.
/// Returns (reminders queued, proposals expired).
pub async fn proposal_deadlines(
    store: &Store,
    config: &WebConfig,
    now: time::OffsetDateTime,
) -> StoreResult<(usize, usize)> {
    let expired = store
        .expire_proposals(now - time::Duration::days(config.proposal_expiry_days), now)
        .await?;
    let mut token = || {
        let secret = new_token();
        let hash = token_hash(&secret);
        (secret, hash)
    };
    let reminders = store
        .due_reminders(
            now - time::Duration::days(config.proposal_reminder_days),
            &mut token,
            now,
        )
        .await?;
    for reminder in &reminders {
        let recipient = &reminder.recipient;
        let t = Tr::new(Locale::find(&recipient.locale).unwrap_or(DEFAULT_LOCALE));
        let link = format!(
            "{}/proposal/{}",
            config.public_url.trim_end_matches('/'),
            recipient.token
        );
        let days_left = config.proposal_expiry_days - config.proposal_reminder_days;
        let body = t.with(
            "mail-reminder-body",
            &[
                ("name", FluentValue::from(recipient.first_name.clone())),
                (
                    "other",
                    FluentValue::from(reminder.other_first_name.clone()),
                ),
                ("link", FluentValue::from(link)),
                ("days", FluentValue::from(days_left.max(1))),
            ],
        );
        store
            .queue_mail(
                &NewMail {
                    organisation: Some(&reminder.organisation_id),
                    recipient: &recipient.email,
                    reply_to: None,
                    locale: t.locale.code,
                    subject: &t.get("mail-reminder-subject"),
                    body: &crate::i18n::without_isolation(&body),
                },
                now,
            )
            .await?;
    }
    Ok((reminders.len(), expired))
}

/// How long personal data is kept (months of 30 days).
#[derive(Debug, Clone, Copy)]
pub struct Retention {
    /// After a person's last tandem ended.
    pub after_last_tandem_months: i64,
    /// For registrations that never led to a tandem, after the last change.
    pub unmatched_months: i64,
}

impl Default for Retention {
    fn default() -> Self {
        Self {
            after_last_tandem_months: 24,
            unmatched_months: 12,
        }
    }
}

/// Erases the people the retention rules say to erase, one transaction each, so the job can be
/// killed and run again at any point. Logs only the count. Returns how many were erased.
pub async fn retention(
    store: &Store,
    rules: Retention,
    now: time::OffsetDateTime,
) -> StoreResult<usize> {
    let month = time::Duration::days(30);
    let due = store
        .retention_due(
            now - month * i32::try_from(rules.after_last_tandem_months).unwrap_or(i32::MAX),
            now - month * i32::try_from(rules.unmatched_months).unwrap_or(i32::MAX),
        )
        .await?;
    let mut erased = 0;
    for (organisation, person) in due {
        match store.erase_person(&organisation, &person, now).await {
            Ok(()) => {
                store
                    .audit(
                        &organisation,
                        None,
                        tandem_store::AuditAction::Erased,
                        &person,
                        now,
                    )
                    .await?;
                erased += 1;
            }
            // Erased meanwhile by someone else: nothing left to do.
            Err(tandem_store::StoreError::NotFound) => {}
            Err(other) => return Err(other),
        }
    }
    if erased > 0 {
        tracing::info!(erased, "retention");
    }
    Ok(erased)
}

/// Runs [`proposal_deadlines`], [`followup_mails`], [`retention`] and [`safeguarding_job`]
/// (certificate records, consent renewals) every `every`, forever.
pub async fn run(store: Store, config: WebConfig, every: std::time::Duration) {
    loop {
        let now = time::OffsetDateTime::now_utc();
        match proposal_deadlines(&store, &config, now).await {
            Ok((0, 0)) => {}
            Ok((reminded, expired)) => tracing::info!(reminded, expired, "proposal deadlines"),
            Err(error) => tracing::error!(error = %error, "proposal deadlines failed"),
        }
        match followup_mails(&store, &config, now).await {
            Ok(0) => {}
            Ok(queued) => tracing::info!(queued, "follow-up mails"),
            Err(error) => tracing::error!(error = %error, "follow-up mails failed"),
        }
        if let Err(error) = retention(&store, Retention::default(), now).await {
            tracing::error!(error = %error, "retention failed");
        }
        let certificates = tandem_core::minors::CertificateRetention::default();
        match safeguarding_job(&store, &config, certificates, now).await {
            Ok((0, 0)) => {}
            Ok((deleted, reminded)) => tracing::info!(deleted, reminded, "safeguarding"),
            Err(error) => tracing::error!(error = %error, "safeguarding failed"),
        }
        tokio::time::sleep(every).await;
    }
}
