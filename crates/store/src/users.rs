//! Log-in accounts and their server-side sessions.

use crate::{
    Store, StoreError, StoreResult, as_system, conflict_on, in_organisation, in_system_transaction,
    sealing::{is_sealed, pending_context, totp_context},
    to_unix,
};
use tandem_core::{
    ids::{OrganisationId, UserId},
    user::{Role, User},
    values::Email,
};

/// What it takes to create an account. The password arrives already hashed (argon2id, in `web`).
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: Email,
    pub display_name: String,
    pub role: Role,
    pub organisation_id: Option<OrganisationId>,
    pub password_hash: String,
    pub locale: String,
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: String,
    email: String,
    display_name: String,
    role: String,
    organisation_id: Option<String>,
    locale: String,
}

/// A session's user and when the session was last seen.
#[derive(sqlx::FromRow)]
struct SessionUserRow {
    #[sqlx(flatten)]
    user: UserRow,
    last_seen_at: i64,
}

const USER_COLUMNS: &str = "id, email, display_name, role, organisation_id, locale";

impl UserRow {
    fn into_domain(self) -> StoreResult<User> {
        Ok(User {
            id: UserId::from_string(self.id),
            email: Email::parse(&self.email).map_err(|_| StoreError::Corrupt("users.email"))?,
            display_name: self.display_name,
            role: Role::parse(&self.role).map_err(|_| StoreError::Corrupt("users.role"))?,
            organisation_id: self.organisation_id.map(OrganisationId::from_string),
            locale: self.locale,
        })
    }
}

#[derive(sqlx::FromRow)]
struct LoginRow {
    #[sqlx(flatten)]
    user: UserRow,
    password_hash: String,
}

fn email_key(email: &Email) -> String {
    email.as_str().to_lowercase()
}

impl Store {
    /// Creates an account. An e-mail address can hold only one account.
    pub async fn create_user(&self, new: &NewUser, now: time::OffsetDateTime) -> StoreResult<User> {
        if new.role.needs_organisation() != new.organisation_id.is_some() {
            return Err(
                tandem_core::DomainError::invalid("organisation", "role-organisation").into(),
            );
        }
        let id = UserId::generate();
        as_system!(self, |tx| {
            sqlx::query(
                "INSERT INTO users (id, email, email_key, display_name, role, organisation_id, \
                 password_hash, locale, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(id.as_str())
            .bind(new.email.as_str())
            .bind(email_key(&new.email))
            .bind(&new.display_name)
            .bind(new.role.as_str())
            .bind(new.organisation_id.as_ref().map(OrganisationId::as_str))
            .bind(&new.password_hash)
            .bind(&new.locale)
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await
            .map(|_| ())
        })
        .map_err(|e| conflict_on(e, "users_email_key", "email"))?;
        Ok(User {
            id,
            email: new.email.clone(),
            display_name: new.display_name.clone(),
            role: new.role,
            organisation_id: new.organisation_id.clone(),
            locale: new.locale.clone(),
        })
    }

    /// The account and its password hash for a log-in attempt.
    pub async fn find_login(&self, email: &Email) -> StoreResult<Option<(User, String)>> {
        let sql = format!("SELECT {USER_COLUMNS}, password_hash FROM users WHERE email_key = $1");
        let row: Option<LoginRow> = as_system!(self, |tx| {
            sqlx::query_as(&sql)
                .bind(email_key(email))
                .fetch_optional(&mut *tx)
                .await
        })?;
        row.map(|row| Ok((row.user.into_domain()?, row.password_hash)))
            .transpose()
    }

    pub async fn user(&self, id: &UserId) -> StoreResult<User> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let row: Option<UserRow> = as_system!(self, |tx| {
            sqlx::query_as(&sql)
                .bind(id.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        row.ok_or(StoreError::NotFound)?.into_domain()
    }

    pub async fn set_user_locale(&self, id: &UserId, locale: &str) -> StoreResult<()> {
        as_system!(self, |tx| {
            sqlx::query("UPDATE users SET locale = $1 WHERE id = $2")
                .bind(locale)
                .bind(id.as_str())
                .execute(&mut *tx)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// Staff accounts (admins and coordinators) of one organisation.
    pub async fn list_staff(&self, organisation: &OrganisationId) -> StoreResult<Vec<User>> {
        let sql = format!(
            "SELECT {USER_COLUMNS} FROM users WHERE organisation_id = $1 \
             AND role IN ('org_admin', 'coordinator') ORDER BY display_name"
        );
        let rows: Vec<UserRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(&sql)
                .bind(organisation.as_str())
                .fetch_all(&mut *tx)
                .await
        })?;
        rows.into_iter().map(UserRow::into_domain).collect()
    }

    pub async fn count_users(&self) -> StoreResult<i64> {
        let count: i64 = as_system!(self, |tx| {
            sqlx::query_scalar("SELECT COUNT(*) FROM users")
                .fetch_one(&mut *tx)
                .await
        })?;
        Ok(count)
    }

    /// Stores a session under the hash of its token (the token itself lives only in the cookie).
    pub async fn create_session(
        &self,
        token_hash: &str,
        user: &UserId,
        now: time::OffsetDateTime,
        expires_at: time::OffsetDateTime,
    ) -> StoreResult<()> {
        as_system!(self, |tx| {
            sqlx::query(
                "INSERT INTO sessions (token_hash, user_id, created_at, expires_at, \
                 last_seen_at) VALUES ($1, $2, $3, $4, $3)",
            )
            .bind(token_hash)
            .bind(user.as_str())
            .bind(to_unix(now))
            .bind(to_unix(expires_at))
            .execute(&mut *tx)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }

    /// The account behind a session that has neither expired nor been idle for `idle`; a use
    /// is remembered (at most once a minute, to spare the database a write per request).
    pub async fn session_user(
        &self,
        token_hash: &str,
        now: time::OffsetDateTime,
        idle: time::Duration,
    ) -> StoreResult<Option<User>> {
        let sql = format!(
            "SELECT {}, s.last_seen_at FROM users u JOIN sessions s ON s.user_id = u.id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3",
            USER_COLUMNS
                .split(", ")
                .map(|column| format!("u.{column}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let row: Option<SessionUserRow> = as_system!(self, |tx| {
            sqlx::query_as(&sql)
                .bind(token_hash)
                .bind(to_unix(now))
                .bind(to_unix(now - idle))
                .fetch_optional(&mut *tx)
                .await
        })?;
        // Seen within the last minute: nothing to write. An UPDATE that changes no row still
        // takes SQLite's write lock, so writing on every request queued all signed-in page
        // views behind each other and behind every real write.
        if let Some(row) = &row
            && row.last_seen_at < to_unix(now) - 60
        {
            as_system!(self, |tx| {
                sqlx::query(
                    "UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2 \
                     AND last_seen_at < $3",
                )
                .bind(to_unix(now))
                .bind(token_hash)
                .bind(to_unix(now) - 60)
                .execute(&mut *tx)
                .await
                .map(|_| ())
            })?;
        }
        row.map(|row| row.user.into_domain()).transpose()
    }

    /// Counts a failed log-in against the account and the client address, and forgets failures
    /// older than an hour (they no longer count).
    pub async fn record_login_failure(
        &self,
        account_key: &str,
        client_address: &str,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        in_system_transaction!(self, |tx| {
            sqlx::query("DELETE FROM login_failures WHERE failed_at < $1")
                .bind(to_unix(now) - 3600)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO login_failures (account_key, client_address, failed_at) \
                 VALUES ($1, $2, $3)",
            )
            .bind(account_key)
            .bind(client_address)
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await?;
            Ok::<_, StoreError>(())
        })
    }

    /// Failed log-ins within the last hour: (for this account, from this address).
    pub async fn recent_login_failures(
        &self,
        account_key: &str,
        client_address: &str,
        now: time::OffsetDateTime,
    ) -> StoreResult<(u32, u32)> {
        let since = to_unix(now) - 3600;
        let (account, address): (i64, i64) = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT \
                 (SELECT COUNT(*) FROM login_failures WHERE account_key = $1 AND failed_at > $3), \
                 (SELECT COUNT(*) FROM login_failures WHERE client_address = $2 AND failed_at > $3)",
            )
            .bind(account_key)
            .bind(client_address)
            .bind(since)
            .fetch_one(&mut *tx)
            .await
        })?;
        let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
        Ok((count(account), count(address)))
    }

    /// Replaces an account's password and ends all its sessions (a stolen session dies with the
    /// old password); the caller starts a fresh one.
    pub async fn set_password(&self, user: &UserId, password_hash: &str) -> StoreResult<()> {
        in_system_transaction!(self, |tx| {
            let changed = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
                .bind(password_hash)
                .bind(user.as_str())
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(user.as_str())
                .execute(&mut *tx)
                .await?;
            Ok(())
        })
    }

    pub async fn delete_session(&self, token_hash: &str) -> StoreResult<()> {
        as_system!(self, |tx| {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                .bind(token_hash)
                .execute(&mut *tx)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// Ends every session of an account (log-out everywhere, password change).
    pub async fn delete_user_sessions(&self, user: &UserId) -> StoreResult<()> {
        as_system!(self, |tx| {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(user.as_str())
                .execute(&mut *tx)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }
}

/// A log-in that passed the password and waits for its second factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginChallenge {
    pub user_id: UserId,
    /// Set while the account sets up its second factor (first log-in of an admin).
    pub pending_secret: Option<String>,
    pub next_path: String,
    pub attempts: u32,
}

/// What went wrong when finishing the second factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecondFactorOutcome {
    Done,
    /// The code's step was already used (a replay, or two tabs racing).
    Replayed,
}

impl Store {
    /// The account's second-factor secret (Base32) and last used step, if it has one.
    pub async fn second_factor(&self, user: &UserId) -> StoreResult<Option<(String, Option<i64>)>> {
        let row: Option<(Option<String>, Option<i64>)> = as_system!(self, |tx| {
            sqlx::query_as("SELECT totp_secret, totp_last_step FROM users WHERE id = $1")
                .bind(user.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        let (secret, last) = row.ok_or(StoreError::NotFound)?;
        match secret {
            Some(sealed) => {
                let secret = self
                    .data_key()?
                    .open(&sealed, &totp_context(user.as_str()))?;
                Ok(Some((secret, last)))
            }
            None => Ok(None),
        }
    }

    /// Seals second-factor secrets stored in plaintext before sealing existed (run at every
    /// start, after the migrations; a no-op once done) and drops enrolments in progress that
    /// still hold a plaintext secret (they last ten minutes; log-in simply starts over).
    /// Returns how many secrets it sealed.
    pub async fn seal_plaintext_secrets(&self) -> StoreResult<u64> {
        let key = self.data_key()?;
        let stored: Vec<(String, String)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL ORDER BY id",
            )
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut sealed_count = 0;
        for (id, secret) in stored.into_iter().filter(|(_, secret)| !is_sealed(secret)) {
            let sealed = key.seal(&secret, &totp_context(&id))?;
            // Only if nobody changed it meanwhile (a concurrent start sealed it already).
            sealed_count += as_system!(self, |tx| {
                sqlx::query("UPDATE users SET totp_secret = $1 WHERE id = $2 AND totp_secret = $3")
                    .bind(&sealed)
                    .bind(&id)
                    .bind(&secret)
                    .execute(&mut *tx)
                    .await
                    .map(|done| done.rows_affected())
            })?;
        }
        as_system!(self, |tx| {
            sqlx::query(
                "DELETE FROM login_challenges WHERE pending_secret IS NOT NULL \
                 AND pending_secret NOT LIKE 'sealed1:%'",
            )
            .execute(&mut *tx)
            .await
            .map(|_| ())
        })?;
        Ok(sealed_count)
    }

    /// Parks a log-in until its code comes (forgetting expired ones on the way).
    pub async fn create_login_challenge(
        &self,
        token_hash: &str,
        user: &UserId,
        pending_secret: Option<&str>,
        next_path: &str,
        now: time::OffsetDateTime,
        expires_at: time::OffsetDateTime,
    ) -> StoreResult<()> {
        let pending_secret = pending_secret
            .map(|secret| self.data_key()?.seal(secret, &pending_context(token_hash)))
            .transpose()?;
        in_system_transaction!(self, |tx| {
            sqlx::query("DELETE FROM login_challenges WHERE expires_at <= $1")
                .bind(to_unix(now))
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO login_challenges (token_hash, user_id, pending_secret, next_path, \
                 expires_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(token_hash)
            .bind(user.as_str())
            .bind(pending_secret.as_deref())
            .bind(next_path)
            .bind(to_unix(expires_at))
            .execute(&mut *tx)
            .await?;
            Ok::<_, StoreError>(())
        })
    }

    /// The parked log-in behind a challenge cookie, unless it expired.
    pub async fn login_challenge(
        &self,
        token_hash: &str,
        now: time::OffsetDateTime,
    ) -> StoreResult<Option<LoginChallenge>> {
        let row: Option<(String, Option<String>, String, i64)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT user_id, pending_secret, next_path, attempts FROM login_challenges \
                 WHERE token_hash = $1 AND expires_at > $2",
            )
            .bind(token_hash)
            .bind(to_unix(now))
            .fetch_optional(&mut *tx)
            .await
        })?;
        let Some((user, pending_secret, next_path, attempts)) = row else {
            return Ok(None);
        };
        let pending_secret = pending_secret
            .map(|sealed| self.data_key()?.open(&sealed, &pending_context(token_hash)))
            .transpose()?;
        Ok(Some(LoginChallenge {
            user_id: UserId::from_string(user),
            pending_secret,
            next_path,
            attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
        }))
    }

    /// Counts a wrong code; at `max_attempts` the challenge is dropped and log-in starts over.
    pub async fn fail_login_challenge(
        &self,
        token_hash: &str,
        max_attempts: u32,
    ) -> StoreResult<()> {
        as_system!(self, |tx| {
            sqlx::query("UPDATE login_challenges SET attempts = attempts + 1 WHERE token_hash = $1")
                .bind(token_hash)
                .execute(&mut *tx)
                .await
                .map(|_| ())
        })?;
        as_system!(self, |tx| {
            sqlx::query("DELETE FROM login_challenges WHERE token_hash = $1 AND attempts >= $2")
                .bind(token_hash)
                .bind(i64::from(max_attempts))
                .execute(&mut *tx)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// Finishes a second factor: the challenge is used up, the step remembered (refusing a step
    /// at or before the last one) and, at enrolment, the secret stored.
    pub async fn complete_second_factor(
        &self,
        token_hash: Option<&str>,
        user: &UserId,
        secret_to_store: Option<&str>,
        step: i64,
    ) -> StoreResult<SecondFactorOutcome> {
        let secret_to_store = secret_to_store
            .map(|secret| self.data_key()?.seal(secret, &totp_context(user.as_str())))
            .transpose()?;
        in_system_transaction!(self, |tx| {
            let advanced = sqlx::query(
                "UPDATE users SET totp_last_step = $1, totp_secret = COALESCE($2, totp_secret) \
                 WHERE id = $3 AND (totp_last_step IS NULL OR totp_last_step < $1)",
            )
            .bind(step)
            .bind(secret_to_store.as_deref())
            .bind(user.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if advanced == 0 {
                return Ok(SecondFactorOutcome::Replayed);
            }
            if let Some(token_hash) = token_hash {
                sqlx::query("DELETE FROM login_challenges WHERE token_hash = $1")
                    .bind(token_hash)
                    .execute(&mut *tx)
                    .await?;
            }
            Ok::<_, StoreError>(SecondFactorOutcome::Done)
        })
    }
}
