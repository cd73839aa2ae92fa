//! Log-in accounts and their server-side sessions.

use crate::{Store, StoreError, StoreResult, conflict_on, on_pool, to_unix};
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
        on_pool!(self, |pool| {
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
            .execute(pool)
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
        let row: Option<LoginRow> = on_pool!(self, |pool| {
            sqlx::query_as(&sql)
                .bind(email_key(email))
                .fetch_optional(pool)
                .await
        })?;
        row.map(|row| Ok((row.user.into_domain()?, row.password_hash)))
            .transpose()
    }

    pub async fn user(&self, id: &UserId) -> StoreResult<User> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let row: Option<UserRow> = on_pool!(self, |pool| {
            sqlx::query_as(&sql)
                .bind(id.as_str())
                .fetch_optional(pool)
                .await
        })?;
        row.ok_or(StoreError::NotFound)?.into_domain()
    }

    pub async fn set_user_locale(&self, id: &UserId, locale: &str) -> StoreResult<()> {
        on_pool!(self, |pool| {
            sqlx::query("UPDATE users SET locale = $1 WHERE id = $2")
                .bind(locale)
                .bind(id.as_str())
                .execute(pool)
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
        let rows: Vec<UserRow> = on_pool!(self, |pool| {
            sqlx::query_as(&sql)
                .bind(organisation.as_str())
                .fetch_all(pool)
                .await
        })?;
        rows.into_iter().map(UserRow::into_domain).collect()
    }

    pub async fn count_users(&self) -> StoreResult<i64> {
        let count: i64 = on_pool!(self, |pool| {
            sqlx::query_scalar("SELECT COUNT(*) FROM users")
                .fetch_one(pool)
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
        on_pool!(self, |pool| {
            sqlx::query(
                "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(token_hash)
            .bind(user.as_str())
            .bind(to_unix(now))
            .bind(to_unix(expires_at))
            .execute(pool)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }

    /// The account behind a session that has not expired.
    pub async fn session_user(
        &self,
        token_hash: &str,
        now: time::OffsetDateTime,
    ) -> StoreResult<Option<User>> {
        let sql = format!(
            "SELECT {} FROM users u JOIN sessions s ON s.user_id = u.id \
             WHERE s.token_hash = $1 AND s.expires_at > $2",
            USER_COLUMNS
                .split(", ")
                .map(|column| format!("u.{column}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let row: Option<UserRow> = on_pool!(self, |pool| {
            sqlx::query_as(&sql)
                .bind(token_hash)
                .bind(to_unix(now))
                .fetch_optional(pool)
                .await
        })?;
        row.map(UserRow::into_domain).transpose()
    }

    pub async fn delete_session(&self, token_hash: &str) -> StoreResult<()> {
        on_pool!(self, |pool| {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                .bind(token_hash)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// Ends every session of an account (log-out everywhere, password change).
    pub async fn delete_user_sessions(&self, user: &UserId) -> StoreResult<()> {
        on_pool!(self, |pool| {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(user.as_str())
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }
}
