//! Fresh databases for tests, on both backends.
//!
//! Every test gets its own SQLite file or its own PostgreSQL database, so tests run in parallel.
//! PostgreSQL is found at `TANDEM_TEST_POSTGRES` (default `postgres://postgres@127.0.0.1:5432/test`,
//! then the same as user `root`). When none answers, PostgreSQL tests print a loud SKIPPED line to
//! the terminal and return; with `TANDEM_REQUIRE_POSTGRES=1` (set by `.ci/run`) they fail instead.

use crate::{Backend, Store, sealing::DataKey};
use sqlx::{Connection, PgConnection};
use std::{io::Write, time::Duration};

/// A migrated store on a database that exists only for one test.
#[derive(Debug)]
pub struct TestDb {
    pub store: Store,
    cleanup: Cleanup,
}

#[derive(Debug)]
enum Cleanup {
    SqliteFile(std::path::PathBuf),
    PostgresDatabase { admin_url: String, name: String },
}

const DEFAULT_POSTGRES_URLS: [&str; 2] = [
    "postgres://postgres@127.0.0.1:5432/test",
    "postgres://root@127.0.0.1:5432/test",
];

impl TestDb {
    pub async fn new(backend: Backend) -> Option<Self> {
        match backend {
            Backend::Sqlite => Some(Self::sqlite().await),
            Backend::Postgres => Self::postgres().await,
        }
    }

    pub async fn sqlite() -> Self {
        let path = std::env::temp_dir().join(format!("tandem-test-{}.db", uuid::Uuid::new_v4()));
        let store = Store::connect(&format!("sqlite://{}", path.display()))
            .await
            .expect("open test SQLite file")
            .with_data_key(DataKey::generate().0);
        store.migrate().await.expect("migrate test SQLite");
        Self {
            store,
            cleanup: Cleanup::SqliteFile(path),
        }
    }

    /// A fresh PostgreSQL database, or `None` (after a loud message) when no server answers.
    pub async fn postgres() -> Option<Self> {
        let Some(admin_url) = reachable_postgres().await else {
            let message = "\n*** SKIPPED: PostgreSQL test — no server reachable \
                           (set TANDEM_TEST_POSTGRES) ***\n";
            if std::env::var_os("TANDEM_REQUIRE_POSTGRES").is_some() {
                panic!("{message} and TANDEM_REQUIRE_POSTGRES is set");
            }
            // Written to the real stderr, past the test harness's capture, so it is seen.
            let _ = std::io::stderr().write_all(message.as_bytes());
            return None;
        };
        let name = format!("tandem_test_{}", uuid::Uuid::new_v4().simple());
        let mut admin = PgConnection::connect(&admin_url)
            .await
            .expect("connect to PostgreSQL");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .await
            .expect("create test database");
        let _ = admin.close().await;
        let url = replace_database(&admin_url, &name);
        let owner = Store::connect(&url)
            .await
            .expect("connect to test database");
        owner.migrate().await.expect("migrate test PostgreSQL");
        owner.close().await;
        let store = ordinary_role_store(&url)
            .await
            .with_data_key(DataKey::generate().0);
        Some(Self {
            store,
            cleanup: Cleanup::PostgresDatabase { admin_url, name },
        })
    }

    /// Closes the store and removes its database.
    pub async fn finish(self) {
        self.store.close().await;
        match self.cleanup {
            Cleanup::SqliteFile(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::PostgresDatabase { admin_url, name } => {
                if let Ok(mut admin) = PgConnection::connect(&admin_url).await {
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut admin)
                        .await;
                    let _ = admin.close().await;
                }
            }
        }
    }

    /// The database URL, for tests that start the whole server.
    pub fn url(&self) -> String {
        match &self.cleanup {
            Cleanup::SqliteFile(path) => format!("sqlite://{}", path.display()),
            Cleanup::PostgresDatabase { admin_url, name } => replace_database(admin_url, name),
        }
    }
}

/// Where `marker` can still be found in the database: on SQLite the raw bytes of the database
/// file and its WAL (so deleted-but-not-overwritten pages count), on PostgreSQL the text of every
/// row of every table. Empty when nothing is left.
pub async fn traces_of(store: &Store, marker: &str) -> Vec<String> {
    let mut found = Vec::new();
    match &store.pool {
        crate::Pool::Sqlite(pool) => {
            let files: Vec<(i64, String, String)> = sqlx::query_as("PRAGMA database_list")
                .fetch_all(pool)
                .await
                .expect("database list");
            for (_, _, file) in files.into_iter().filter(|(_, name, _)| name == "main") {
                for suffix in ["", "-wal"] {
                    let path = format!("{file}{suffix}");
                    let bytes = std::fs::read(&path).unwrap_or_default();
                    if bytes
                        .windows(marker.len())
                        .any(|window| window == marker.as_bytes())
                    {
                        found.push(path);
                    }
                }
            }
        }
        crate::Pool::Postgres(pool) => {
            // Every organisation's rows: the explicit system bypass for this transaction.
            let mut tx = pool.begin().await.expect("begin");
            crate::bypass_for_transaction(&mut tx)
                .await
                .expect("bypass");
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT table_name::text FROM information_schema.tables \
                 WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
            )
            .fetch_all(&mut *tx)
            .await
            .expect("table list");
            for table in tables {
                let hits: i64 = sqlx::query_scalar(&format!(
                    "SELECT COUNT(*) FROM {table} t WHERE t::text LIKE $1"
                ))
                .bind(format!("%{marker}%"))
                .fetch_one(&mut *tx)
                .await
                .expect("search table");
                if hits > 0 {
                    found.push(table);
                }
            }
        }
    }
    found
}

/// Runs one statement as written, outside the store's functions: tests use it to put the
/// database into states the store never writes itself (plaintext left by an older version).
pub async fn execute(store: &Store, statement: &str) {
    let done: Result<(), crate::StoreError> = async {
        crate::as_system!(store, |tx| {
            sqlx::query(statement)
                .execute(&mut *tx)
                .await
                .map(|_| ())
                .map_err(crate::StoreError::from)
        })
    }
    .await;
    done.expect("raw test statement");
}

/// The role the PostgreSQL tests' stores work as. Superusers are never subject to row-level
/// security, and the test server's URL is usually a superuser's: through this ordinary role the
/// whole contract suite runs with the wall of migration 0015 up, as an installation whose
/// database user owns the tables (FORCE ROW LEVEL SECURITY) does.
pub const TEST_APP_ROLE: &str = "tandem_test_app";

/// A store on `url` whose connections, like [`Store::connect`]'s, start without the system
/// bypass, and work as [`TEST_APP_ROLE`] with every privilege on this database's tables.
async fn ordinary_role_store(url: &str) -> Store {
    let mut admin = PgConnection::connect(url)
        .await
        .expect("connect to test database");
    // Roles belong to the cluster: create it once, tolerate a parallel test doing the same.
    for statement in [
        format!(
            "DO $$ BEGIN CREATE ROLE {TEST_APP_ROLE} NOLOGIN; \
             EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        ),
        format!("GRANT USAGE, CREATE ON SCHEMA public TO {TEST_APP_ROLE}"),
        format!("GRANT ALL ON ALL TABLES IN SCHEMA public TO {TEST_APP_ROLE}"),
        format!("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {TEST_APP_ROLE}"),
    ] {
        sqlx::query(&statement)
            .execute(&mut admin)
            .await
            .expect("prepare the test role");
    }
    let _ = admin.close().await;
    let pool = sqlx::postgres::PgPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(|connection, _| {
            Box::pin(async move {
                sqlx::query(&format!("SET ROLE {TEST_APP_ROLE}"))
                    .execute(connection)
                    .await
                    .map(|_| ())
            })
        })
        .connect(url)
        .await
        .expect("connect to test database as the test role");
    Store {
        pool: crate::Pool::Postgres(pool),
        directory: crate::directory::DirectoryCache::default(),
        data_key: None,
    }
}

/// How many rows of `table` a store function sees that works for `organisation` and —
/// deliberately, unlike every real one — leaves out the `organisation_id` filter: on PostgreSQL
/// row-level security must still hide other organisations' rows; SQLite has no such wall.
pub async fn rows_seen_without_filter(
    store: &Store,
    organisation: &tandem_core::ids::OrganisationId,
    table: &str,
) -> i64 {
    let statement = format!("SELECT COUNT(*) FROM {table}");
    let count: Result<i64, crate::StoreError> = (async {
        crate::in_organisation!(store, organisation, |tx| {
            sqlx::query_scalar(&statement)
                .fetch_one(&mut *tx)
                .await
                .map_err(crate::StoreError::from)
        })
    })
    .await;
    count.expect("count rows")
}

async fn reachable_postgres() -> Option<String> {
    let candidates: Vec<String> = match std::env::var("TANDEM_TEST_POSTGRES") {
        Ok(url) => vec![url],
        Err(_) => DEFAULT_POSTGRES_URLS
            .iter()
            .map(|url| (*url).to_owned())
            .collect(),
    };
    for url in candidates {
        // A server that accepts but never answers must not hang the suite.
        let attempt =
            tokio::time::timeout(Duration::from_secs(5), PgConnection::connect(&url)).await;
        if let Ok(Ok(connection)) = attempt {
            let _ = connection.close().await;
            return Some(url);
        }
    }
    None
}

fn replace_database(url: &str, database: &str) -> String {
    match url.rfind('/') {
        Some(slash) if slash > "postgres://".len() => format!("{}/{database}", &url[..slash]),
        _ => format!("{url}/{database}"),
    }
}

/// Defines one test per backend from one body: `name::sqlite` and `name::postgres`.
///
/// ```text
/// backend_tests! {
///     async fn organisations_are_listed(store) { /* uses `store: Store` */ }
/// }
/// ```
#[macro_export]
macro_rules! backend_tests {
    ($(async fn $name:ident($store:ident) $body:block)*) => {$(
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let db = $crate::testing::TestDb::sqlite().await;
                {
                    let $store = db.store.clone();
                    $body
                }
                db.finish().await;
            }

            #[tokio::test]
            async fn postgres() {
                let Some(db) = $crate::testing::TestDb::postgres().await else { return };
                {
                    let $store = db.store.clone();
                    $body
                }
                db.finish().await;
            }
        }
    )*};
}

/// A programme's row held by an open transaction, as a long write would hold it: another write
/// that touches the row first (an import, for one) waits until [`HeldProgramme::release`].
pub enum HeldProgramme {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

/// Takes the programme's row lock (PostgreSQL) or the write lock (SQLite) and keeps it.
pub async fn hold_programme(
    store: &Store,
    programme: &tandem_core::ids::ProgrammeId,
) -> HeldProgramme {
    const TOUCH: &str = "UPDATE programmes SET updated_at = updated_at WHERE id = $1";
    match &store.pool {
        crate::Pool::Sqlite(pool) => {
            let mut tx = pool.begin_with("BEGIN IMMEDIATE").await.expect("begin");
            sqlx::query(TOUCH)
                .bind(programme.as_str())
                .execute(&mut *tx)
                .await
                .expect("touch the programme");
            HeldProgramme::Sqlite(tx)
        }
        crate::Pool::Postgres(pool) => {
            let mut tx = pool.begin().await.expect("begin");
            crate::bypass_for_transaction(&mut tx)
                .await
                .expect("bypass");
            sqlx::query(TOUCH)
                .bind(programme.as_str())
                .execute(&mut *tx)
                .await
                .expect("touch the programme");
            HeldProgramme::Postgres(tx)
        }
    }
}

impl HeldProgramme {
    /// Ends the transaction without changing anything.
    pub async fn release(self) {
        match self {
            Self::Sqlite(tx) => tx.rollback().await.expect("rollback"),
            Self::Postgres(tx) => tx.rollback().await.expect("rollback"),
        }
    }
}

/// SQLite only: lets the database file grow by at most `extra_pages` pages from now on, on every
/// connection of the pool (`PRAGMA max_page_count` holds per connection), so that a write beyond
/// fails with `SQLITE_FULL` as on a full disk. Returns false on PostgreSQL, which has no such
/// limit.
pub async fn limit_sqlite_growth(store: &Store, extra_pages: i64) -> bool {
    let crate::Pool::Sqlite(pool) = &store.pool else {
        return false;
    };
    // Holding every connection at once reaches each one the pool will hand out.
    let mut connections = Vec::new();
    for _ in 0..pool.options().get_max_connections() {
        connections.push(pool.acquire().await.expect("connection"));
    }
    for connection in &mut connections {
        let pages: i64 = sqlx::query_scalar("PRAGMA page_count")
            .fetch_one(&mut **connection)
            .await
            .expect("page count");
        let _: i64 =
            sqlx::query_scalar(&format!("PRAGMA max_page_count = {}", pages + extra_pages))
                .fetch_one(&mut **connection)
                .await
                .expect("limit the page count");
    }
    true
}
