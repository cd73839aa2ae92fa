//! The mail outbox: every mail Tandem sends is first a row here, written in the same moment as the
//! change it reports, and a background job delivers it (with retries) afterwards.

use crate::{Store, StoreResult, as_system, to_unix};
use tandem_core::ids::OrganisationId;

/// A mail to queue.
#[derive(Debug, Clone, Copy)]
pub struct NewMail<'a> {
    /// The organisation on whose behalf it goes out; `None` for the alliance's own mails.
    pub organisation: Option<&'a OrganisationId>,
    pub recipient: &'a str,
    /// Where answers go when it is not Tandem's sender address (the contact form).
    pub reply_to: Option<&'a str>,
    pub locale: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct QueuedMail {
    pub id: String,
    pub recipient: String,
    pub reply_to: Option<String>,
    pub locale: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

impl Store {
    /// Puts a mail in the outbox; a background job sends it.
    pub async fn queue_mail(
        &self,
        mail: &NewMail<'_>,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        as_system!(self, |tx| {
            sqlx::query(
                "INSERT INTO outbox (id, organisation_id, recipient, reply_to, locale, subject, \
                 body, created_at, attempts, sent_at, last_error) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, NULL, NULL)",
            )
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(mail.organisation.map(OrganisationId::as_str))
            .bind(mail.recipient)
            .bind(mail.reply_to)
            .bind(mail.locale)
            .bind(mail.subject)
            .bind(mail.body)
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }

    /// Mails not sent yet, oldest first, that have been tried fewer than `max_attempts` times.
    pub async fn pending_mails(
        &self,
        limit: i64,
        max_attempts: i64,
    ) -> StoreResult<Vec<QueuedMail>> {
        Ok(as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT id, recipient, reply_to, locale, subject, body, attempts FROM outbox \
                 WHERE sent_at IS NULL AND attempts < $1 ORDER BY created_at, id LIMIT $2",
            )
            .bind(max_attempts)
            .bind(limit)
            .fetch_all(&mut *tx)
            .await
        })?)
    }

    /// Records a delivery (`error` is `None`) or a failed attempt.
    pub async fn mail_attempted(
        &self,
        id: &str,
        error: Option<&str>,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        as_system!(self, |tx| {
            sqlx::query(
                "UPDATE outbox SET attempts = attempts + 1, \
                 sent_at = CASE WHEN $1 IS NULL THEN $2 ELSE NULL END, last_error = $1 \
                 WHERE id = $3",
            )
            .bind(error)
            .bind(to_unix(now))
            .bind(id)
            .execute(&mut *tx)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }
}
