//! Tandem's storage: one set of repository functions over an embedded SQLite file (the default) and
//! PostgreSQL (the scale-out store), each with its own migration folder.
//!
//! How the two backends share code: every repository function is written once, with portable SQL
//! (`$N` placeholders, TEXT ids, integer timestamps), and the [`in_organisation!`] /
//! [`in_organisation_transaction!`] macros (one organisation's work) and [`as_system!`] /
//! [`in_system_transaction!`] (work across organisations, said explicitly) expand the same body
//! once per backend. Dialect differences are few and explicit (see `Backend` matches). This
//! crate knows SQL and nothing about HTTP; it enforces the organisation scope on every query that
//! touches people, so a caller cannot forget it — and on PostgreSQL row-level security enforces
//! it a second time for the store's own transactions.
//!
//! Errors: every function returns [`StoreError`]; the web layer maps it to HTTP in one place.

use sqlx::{
    PgPool, SqlitePool,
    postgres::PgPoolOptions,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};
use std::{str::FromStr, time::Duration};
use tandem_core::DomainError;

pub mod bench_data;
mod consents;
mod diary;
mod directory;
mod events;
mod followup;
mod import;
mod matching;
mod members;
mod minors;
mod organisations;
mod outbox;
mod outcomes;
mod people;
mod privacy;
mod programme_rules;
mod programmes;
mod rollup;
pub mod sealing;
mod stats;
mod surveys;
mod tandems;
pub mod testing;
mod users;

pub use consents::{ConsentChange, DataRequest, SelfServiceOwner};
pub use diary::DiaryRecord;
pub use events::{
    AttendedTraining, Cancelled, EventOwner, EventSummary, Promoted, Registered,
    RegistrationByToken, RegistrationRow,
};
pub use followup::{
    AtRiskTandem, CheckInRecord, DashboardData, ExportedCheckIn, ExportedMeeting, FollowupLink,
    FollowupMail, FollowupMailKind, LinkPurpose, MeetingRecord, MeetingTotals,
};
pub use matching::{
    MatchingPool, ProposalForPerson, ProposalView, Recipient, Reminder, RunSummary, RunView,
    SentProposal, WaitingView,
};
pub use members::TandemMember;
pub use minors::ConsentRenewal;
pub use outbox::{NewMail, QueuedMail};
pub use outcomes::{ExportedOutcome, OutcomeCounts, OutcomeRecord};
pub use people::{PeopleCounts, PeopleQuery, PersonSummary};
pub use privacy::ExportedMembership;
pub use privacy::{
    AuditAction, AuditEntry, ExportedIntakeAnswer, ExportedMail, ExportedProposal, ExportedTandem,
    PersonExport,
};
pub use programme_rules::{MentorTraining, ServiceLine, TrainingSource};
pub use stats::{StatewideCounts, StatusCount};
pub use surveys::{ExportedSurveyAnswer, SurveySums};
pub use tandems::{TandemQuery, TandemView};
pub use users::{LoginChallenge, NewUser, SecondFactorOutcome};

/// A page of results with what a pager needs.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// 1-based.
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

impl<T> Page<T> {
    pub fn page_count(&self) -> u32 {
        let pages = self.total.div_ceil(u64::from(self.per_page.max(1)));
        u32::try_from(pages).unwrap_or(u32::MAX).max(1)
    }
    pub fn has_next(&self) -> bool {
        self.page < self.page_count()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The object does not exist, or belongs to another organisation: callers cannot tell apart.
    #[error("not found")]
    NotFound,
    /// A uniqueness rule was hit; `field` names the form field to blame.
    #[error("{field} already exists")]
    Conflict { field: &'static str },
    /// A rule of the domain refused the change; nothing was written.
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    /// A stored value no longer parses (a bug or manual edit); reported, never shown to users.
    #[error("corrupt stored value in {0}")]
    Corrupt(&'static str),
    /// A sealed secret cannot be written or read: no data key, or not the key it was sealed with.
    #[error("data key: {0}")]
    DataKey(&'static str),
}

impl StoreError {
    /// The database could not write because its disk (or, on SQLite, its size limit) is full:
    /// SQLite's `SQLITE_FULL` (13), PostgreSQL's `disk_full` (53100). The transaction was rolled
    /// back, so nothing was written and the data before stays whole.
    pub fn is_storage_full(&self) -> bool {
        let Self::Database(sqlx::Error::Database(error)) = self else {
            return false;
        };
        match error.try_downcast_ref::<sqlx::sqlite::SqliteError>() {
            // The extended code keeps SQLITE_FULL in its low byte.
            Some(_) => error
                .code()
                .and_then(|code| code.parse::<i32>().ok())
                .is_some_and(|code| code & 0xff == 13),
            None => error.code().as_deref() == Some("53100"),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// Which database a store talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, Clone)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs the same body against whichever pool the store has. Inside, `$pool` is a `&SqlitePool` or a
/// `&PgPool`; the body must type-check for both.
macro_rules! on_pool {
    ($store:expr, |$pool:ident| $body:expr) => {
        match &$store.pool {
            $crate::Pool::Sqlite($pool) => $body,
            $crate::Pool::Postgres($pool) => $body,
        }
    };
}

/// The end of every transaction the macros below open: commit when the body returned `Ok`;
/// otherwise roll back at once (releasing SQLite's write lock now rather than when the pool gets
/// round to it) and report the body's error, which matters more than a failed rollback.
macro_rules! finish_transaction {
    ($tx:ident, $body:expr) => {{
        let result = $body;
        match result {
            Ok(_) => $tx.commit().await?,
            Err(_) => $tx.rollback().await.unwrap_or(()),
        }
        result
    }};
}

/// For a function that works for one organisation: on PostgreSQL the body
/// runs in a transaction that names `$organisation` ([`name_organisation`]), so row-level
/// security (migration 0015) shows and accepts only that organisation's rows of the walled
/// tables — a statement that forgot its `organisation_id` filter still finds nothing of another
/// organisation. On SQLite, which has no row-level security, the body runs on one pooled
/// connection without a transaction (reads do not take the write lock). Inside, use `&mut *$tx`
/// as the executor; the body returns a `Result`.
macro_rules! in_organisation {
    ($store:expr, $organisation:expr, |$tx:ident| $body:expr) => {
        match &$store.pool {
            $crate::Pool::Sqlite(pool) => {
                let mut $tx = pool.acquire().await?;
                $body
            }
            $crate::Pool::Postgres(pool) => {
                let mut $tx = pool.begin().await?;
                $crate::name_organisation(&mut *$tx, $organisation).await?;
                $crate::finish_transaction!($tx, $body)
            }
        }
    };
}

/// [`in_organisation!`] in one transaction (SQLite: `BEGIN IMMEDIATE`, which takes the write
/// lock at once: a deferred transaction that has read and then writes gets `SQLITE_BUSY`
/// without waiting out the busy timeout when another connection writes): on PostgreSQL the
/// transaction names `$organisation` first, as in [`in_organisation!`].
macro_rules! in_organisation_transaction {
    ($store:expr, $organisation:expr, |$tx:ident| $body:expr) => {
        match &$store.pool {
            $crate::Pool::Sqlite(pool) => {
                let mut $tx = pool.begin_with("BEGIN IMMEDIATE").await?;
                $crate::finish_transaction!($tx, $body)
            }
            $crate::Pool::Postgres(pool) => {
                let mut $tx = pool.begin().await?;
                $crate::name_organisation(&mut *$tx, $organisation).await?;
                $crate::finish_transaction!($tx, $body)
            }
        }
    };
}
/// Like [`in_organisation!`], for the few functions that work across organisations by nature —
/// the retention and safeguarding jobs, the public directory and registration, statewide
/// counts, log-in and accounts, personal links looked up by their secret, backups — so they
/// say so: on PostgreSQL the transaction switches the system bypass of row-level security on
/// for itself (`tandem.bypass`, transaction-local). Grep for it to review every such place.
macro_rules! as_system {
    ($store:expr, |$tx:ident| $body:expr) => {
        match &$store.pool {
            $crate::Pool::Sqlite(pool) => {
                let mut $tx = pool.acquire().await?;
                $body
            }
            $crate::Pool::Postgres(pool) => {
                let mut $tx = pool.begin().await?;
                $crate::bypass_for_transaction(&mut *$tx).await?;
                $crate::finish_transaction!($tx, $body)
            }
        }
    };
}

/// [`in_organisation_transaction!`] across organisations, as [`as_system!`].
macro_rules! in_system_transaction {
    ($store:expr, |$tx:ident| $body:expr) => {
        match &$store.pool {
            $crate::Pool::Sqlite(pool) => {
                let mut $tx = pool.begin_with("BEGIN IMMEDIATE").await?;
                $crate::finish_transaction!($tx, $body)
            }
            $crate::Pool::Postgres(pool) => {
                let mut $tx = pool.begin().await?;
                $crate::bypass_for_transaction(&mut *$tx).await?;
                $crate::finish_transaction!($tx, $body)
            }
        }
    };
}
pub(crate) use {
    as_system, finish_transaction, in_organisation, in_organisation_transaction,
    in_system_transaction,
};

/// The explicit bypass of row-level security for one transaction (see [`as_system!`]).
pub(crate) async fn bypass_for_transaction(
    connection: &mut sqlx::PgConnection,
) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT set_config('tandem.bypass', 'on', true)")
        .execute(connection)
        .await
        .map(|_| ())
}

/// Names the organisation a PostgreSQL transaction works for and switches the connection's
/// system bypass off until the transaction ends (both settings are transaction-local).
pub(crate) async fn name_organisation(
    connection: &mut sqlx::PgConnection,
    organisation: &tandem_core::ids::OrganisationId,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "SELECT set_config('tandem.bypass', 'off', true), \
         set_config('tandem.organisation', $1, true)",
    )
    .bind(organisation.as_str())
    .execute(connection)
    .await
    .map(|_| ())
}

/// The handle every part of Tandem uses to reach the database. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    pool: Pool,
    /// The public directory's programmes, shared by every clone of this store.
    directory: directory::DirectoryCache,
    /// Seals secrets at rest (`sealing`); without one, reading or writing them is refused.
    data_key: Option<sealing::DataKey>,
}

/// The bypass of row-level security for a whole connection: only the connection that runs the
/// migrations (a later migration may move rows of the walled tables), which is then closed.
/// Every other connection of the store starts without it; each transaction names its
/// organisation ([`in_organisation!`]) or says it works for the whole system ([`as_system!`]).
pub(crate) async fn system_bypass(connection: &mut sqlx::PgConnection) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT set_config('tandem.bypass', 'on', false)")
        .execute(connection)
        .await
        .map(|_| ())
}

/// The default database when none is configured: a SQLite file in the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://tandem.db";

impl Store {
    /// Connects to `sqlite://PATH` (created if missing) or `postgres://…`.
    pub async fn connect(url: &str) -> StoreResult<Self> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await?;
            return Ok(Self {
                pool: Pool::Postgres(pool),
                directory: directory::DirectoryCache::default(),
                data_key: None,
            });
        }
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            // Deleted and overwritten content is zeroed on disk (erasure must leave no trace).
            .pragma("secure_delete", "ON")
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        Ok(Self {
            pool: Pool::Sqlite(pool),
            directory: directory::DirectoryCache::default(),
            data_key: None,
        })
    }

    /// The key that seals secrets at rest. Tools that never read them (backup, restore) may
    /// leave it out; then reading or writing a secret fails with [`StoreError::DataKey`].
    pub fn with_data_key(mut self, key: sealing::DataKey) -> Self {
        self.data_key = Some(key);
        self
    }

    pub(crate) fn data_key(&self) -> StoreResult<&sealing::DataKey> {
        self.data_key
            .as_ref()
            .ok_or(StoreError::DataKey("no data key configured"))
    }

    pub fn backend(&self) -> Backend {
        match self.pool {
            Pool::Sqlite(_) => Backend::Sqlite,
            Pool::Postgres(_) => Backend::Postgres,
        }
    }

    /// The most connections the pool opens; the web layer sizes its load shedding from it.
    pub fn pool_size(&self) -> usize {
        let size = match &self.pool {
            Pool::Sqlite(pool) => pool.options().get_max_connections(),
            Pool::Postgres(pool) => pool.options().get_max_connections(),
        };
        usize::try_from(size).unwrap_or(usize::MAX)
    }

    /// Applies the migrations this backend has not seen yet.
    pub async fn migrate(&self) -> StoreResult<()> {
        match &self.pool {
            Pool::Sqlite(pool) => sqlx::migrate!("./migrations/sqlite").run(pool).await?,
            Pool::Postgres(pool) => {
                // Not returned to the pool: the bypass is set for the whole session.
                let mut connection = pool.acquire().await?.detach();
                system_bypass(&mut connection).await?;
                let migrated = sqlx::migrate!("./migrations/postgres")
                    .run(&mut connection)
                    .await;
                sqlx::Connection::close(connection).await?;
                migrated?;
            }
        }
        self.ensure_statewide_rollup().await
    }

    /// Whether the database answers; used by `/health`.
    pub async fn ping(&self) -> StoreResult<()> {
        on_pool!(self, |pool| sqlx::query("SELECT 1")
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    pub async fn close(&self) {
        on_pool!(self, |pool| pool.close().await);
    }
}

/// Unix seconds, the portable timestamp form in both schemas.
pub(crate) fn to_unix(at: time::OffsetDateTime) -> i64 {
    at.unix_timestamp()
}

pub(crate) fn from_unix(seconds: i64, column: &'static str) -> StoreResult<time::OffsetDateTime> {
    time::OffsetDateTime::from_unix_timestamp(seconds).map_err(|_| StoreError::Corrupt(column))
}

/// Maps a unique-index violation to a field conflict, and passes other errors through.
pub(crate) fn conflict_on(error: sqlx::Error, index: &str, field: &'static str) -> StoreError {
    if let sqlx::Error::Database(db) = &error {
        let mentions_index = db.constraint() == Some(index) || db.message().contains(index);
        if db.is_unique_violation() && (mentions_index || db.constraint().is_none()) {
            return StoreError::Conflict { field };
        }
    }
    StoreError::Database(error)
}

/// Offset and limit for a 1-based page, with `per_page` kept between 1 and 200.
pub(crate) fn page_window(page: u32, per_page: u32) -> (u32, u32, i64, i64) {
    let page = page.max(1);
    let per_page = per_page.clamp(1, 200);
    (
        page,
        per_page,
        i64::from(per_page),
        // In i64: a page number near u32::MAX times 200 overflows u32 (found by the API fuzzer).
        (i64::from(page) - 1) * i64::from(per_page),
    )
}
