//! Lists in and out, and whole-database copies.
//!
//! An import writes every validated row of a dry run in ONE transaction: a failure on any row
//! (a concurrent registration with the same e-mail, a lost connection) leaves nothing behind.
//! Like every people query it is scoped by organisation: a programme of another organisation is
//! `NotFound`. Backups use SQLite's `VACUUM INTO` (a consistent copy while the server writes);
//! PostgreSQL is copied by `pg_dump`, which the CLI runs.

use crate::AuditAction;
use crate::{
    Backend, Store, StoreError, StoreResult, as_system, in_organisation,
    in_organisation_transaction, people::PERSON_COLUMNS, people::PersonRow, to_unix,
};
use tandem_core::{
    ids::{OrganisationId, PersonId, ProgrammeId, UserId},
    import::{ExistingPerson, ExportedTandem, ImportRow},
    person::Person,
    values::SpokenLanguage,
};

/// The consent version recorded for imported people: the organisation holds their consent on
/// paper or in its old system, and the import records that it was brought in, when, and in
/// which language the person is written to.
const IMPORT_CONSENT_VERSION: &str = "import";

const AUDIT_SQL: &str = "INSERT INTO audit_log (id, organisation_id, actor_id, actor_name, action, \
     person_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7)";

/// Who the audit log names for imports run with `tandem import`.
const COMMAND_LINE_ACTOR: &str = "tandem import (command line)";

/// How long an uploaded list may wait for its import.
const UPLOAD_LIFETIME_SECONDS: i64 = 24 * 60 * 60;

/// Tables of Tandem's own; `_sqlx_migrations` is the schema's, not data.
const MIGRATIONS_TABLE: &str = "_sqlx_migrations";
/// Tables whose only rows on a fresh database come from the migrations (bookkeeping, not data).
const SEEDED_BY_MIGRATIONS: &[&str] = &["rollup_state"];

impl Store {
    async fn ensure_programme(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
    ) -> StoreResult<()> {
        let found: Option<String> = in_organisation!(self, organisation, |tx| {
            sqlx::query_scalar("SELECT id FROM programmes WHERE id = $1 AND organisation_id = $2")
                .bind(programme.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        found.map(|_| ()).ok_or(StoreError::NotFound)
    }

    /// The people already in a programme, for the import's duplicate check.
    pub async fn import_existing(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
    ) -> StoreResult<Vec<ExistingPerson>> {
        self.ensure_programme(organisation, programme).await?;
        let rows: Vec<(String, String, String, i64)> =
            in_organisation!(self, organisation, |tx| {
                sqlx::query_as(
                    "SELECT email_key, first_name, last_name, birth_year FROM people \
                 WHERE programme_id = $1 AND organisation_id = $2 AND erased_at IS NULL",
                )
                .bind(programme.as_str())
                .bind(organisation.as_str())
                .fetch_all(&mut *tx)
                .await
            })?;
        Ok(rows
            .into_iter()
            .map(
                |(email, first_name, last_name, birth_year)| ExistingPerson {
                    email,
                    first_name,
                    last_name,
                    birth_year: i32::try_from(birth_year).unwrap_or(0),
                },
            )
            .collect())
    }

    /// Registers every row in one transaction, or none, with a "changed" line in the audit log
    /// for each person (`actor` `None`: the command line). `progress` is called with the number
    /// of rows written so far (for a progress bar).
    pub async fn import_people(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
        rows: &[ImportRow],
        actor: Option<(&UserId, &str)>,
        now: time::OffsetDateTime,
        progress: &mut (dyn FnMut(usize) + Send),
    ) -> StoreResult<usize> {
        let sql = format!(
            "INSERT INTO people ({PERSON_COLUMNS}, organisation_id, email_key, updated_at) VALUES \
             ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, \
             $19, $20, $21, $22, $23, $24, $25, $26, $24)"
        );
        let at = to_unix(now);
        in_organisation_transaction!(self, organisation, |tx| {
            // Touching the programme row first takes the write lock (SQLite) or the row lock
            // (PostgreSQL) and proves the programme is this organisation's.
            let touched = sqlx::query(
                "UPDATE programmes SET updated_at = updated_at WHERE id = $1 AND organisation_id = $2",
            )
            .bind(programme.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if touched == 0 {
                Err(StoreError::NotFound)
            } else {
                let mut written = 0usize;
                let mut failure = None;
                for row in rows {
                    let profile = &row.profile;
                    let id = PersonId::generate();
                    let result = sqlx::query(&sql)
                        .bind(id.as_str())
                        .bind(programme.as_str())
                        .bind(row.side.as_str())
                        .bind(row.status.as_str())
                        .bind(&profile.first_name)
                        .bind(&profile.last_name)
                        .bind(profile.email.as_str())
                        .bind(profile.phone.as_deref())
                        .bind(profile.postal_code.as_str())
                        .bind(SpokenLanguage::format_list(&profile.languages))
                        .bind(i64::from(profile.availability.bits()))
                        .bind(profile.gender.as_str())
                        .bind(profile.gender_preference.as_str())
                        .bind(i64::from(profile.birth_year.get()))
                        .bind(profile.interests.join(","))
                        .bind(profile.goals.join(","))
                        .bind(&profile.profession)
                        .bind(profile.capacity.map(i64::from))
                        .bind(&profile.locale)
                        .bind(&row.notes)
                        .bind(IMPORT_CONSENT_VERSION)
                        .bind(&profile.locale)
                        .bind(at)
                        .bind(at)
                        .bind(organisation.as_str())
                        .bind(profile.email.as_str().to_lowercase())
                        .execute(&mut *tx)
                        .await;
                    if let Err(error) = result {
                        failure = Some(crate::conflict_on(
                            error,
                            "people_programme_email_key",
                            "email",
                        ));
                        break;
                    }
                    sqlx::query(AUDIT_SQL)
                        .bind(uuid::Uuid::new_v4().to_string())
                        .bind(organisation.as_str())
                        .bind(actor.map(|(id, _)| id.as_str()))
                        .bind(actor.map_or(COMMAND_LINE_ACTOR, |(_, name)| name))
                        .bind(AuditAction::Changed.as_str())
                        .bind(id.as_str())
                        .bind(at)
                        .execute(&mut *tx)
                        .await?;
                    written += 1;
                    progress(written);
                }
                match failure {
                    Some(error) => Err(error),
                    None => Ok(written),
                }
            }
        })
    }

    /// Keeps an uploaded list until it is mapped and imported; returns its id. Uploads older
    /// than a day are deleted on the way, so forgotten lists do not linger.
    pub async fn save_import_upload(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
        file_name: &str,
        content: &[u8],
        now: time::OffsetDateTime,
    ) -> StoreResult<String> {
        self.ensure_programme(organisation, programme).await?;
        let id = uuid::Uuid::new_v4().to_string();
        let at = to_unix(now);
        // Every organisation's forgotten uploads: housekeeping across organisations, so it says
        // so (row-level security would otherwise limit it to this organisation's).
        as_system!(self, |tx| {
            sqlx::query("DELETE FROM import_uploads WHERE created_at < $1")
                .bind(at - UPLOAD_LIFETIME_SECONDS)
                .execute(&mut *tx)
                .await
                .map(|_| ())
        })?;
        in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "INSERT INTO import_uploads (id, organisation_id, programme_id, file_name, \
                 content, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&id)
            .bind(organisation.as_str())
            .bind(programme.as_str())
            .bind(file_name)
            .bind(content)
            .bind(at)
            .execute(&mut *tx)
            .await?;
            Ok::<_, StoreError>(())
        })?;
        Ok(id)
    }

    /// An upload of this organisation for this programme: its file name and bytes.
    pub async fn import_upload(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
        id: &str,
    ) -> StoreResult<(String, Vec<u8>)> {
        let row: Option<(String, Vec<u8>)> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT file_name, content FROM import_uploads WHERE id = $1 \
                 AND organisation_id = $2 AND programme_id = $3",
            )
            .bind(id)
            .bind(organisation.as_str())
            .bind(programme.as_str())
            .fetch_optional(&mut *tx)
            .await
        })?;
        row.ok_or(StoreError::NotFound)
    }

    pub async fn delete_import_upload(
        &self,
        organisation: &OrganisationId,
        id: &str,
    ) -> StoreResult<()> {
        in_organisation!(self, organisation, |tx| {
            sqlx::query("DELETE FROM import_uploads WHERE id = $1 AND organisation_id = $2")
                .bind(id)
                .bind(organisation.as_str())
                .execute(&mut *tx)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// Everyone in a programme (erased people left out), ordered by role and name, for export.
    pub async fn export_people(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
    ) -> StoreResult<Vec<Person>> {
        self.ensure_programme(organisation, programme).await?;
        let sql = format!(
            "SELECT {PERSON_COLUMNS} FROM people WHERE programme_id = $1 AND organisation_id = $2 \
             AND erased_at IS NULL ORDER BY side, lower(last_name), lower(first_name), email_key, id"
        );
        let rows: Vec<PersonRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(&sql)
                .bind(programme.as_str())
                .bind(organisation.as_str())
                .fetch_all(&mut *tx)
                .await
        })?;
        rows.into_iter().map(PersonRow::into_domain).collect()
    }

    /// A programme's tandems for export, oldest first, with both sides' e-mails and names
    /// (an erased side shows as blank).
    pub async fn export_tandems(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
    ) -> StoreResult<Vec<ExportedTandem>> {
        self.ensure_programme(organisation, programme).await?;
        let sql = "SELECT mr.email, mr.first_name || ' ' || mr.last_name, me.email, \
             me.first_name || ' ' || me.last_name, t.status, t.created_at, t.started_at, \
             t.ended_at, t.end_reason FROM tandems t \
             JOIN people mr ON mr.id = t.mentor_id JOIN people me ON me.id = t.mentee_id \
             WHERE t.programme_id = $1 AND t.organisation_id = $2 ORDER BY t.created_at, t.id";
        type Row = (
            String,
            String,
            String,
            String,
            String,
            i64,
            Option<i64>,
            Option<i64>,
            Option<String>,
        );
        let rows: Vec<Row> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(sql)
                .bind(programme.as_str())
                .bind(organisation.as_str())
                .fetch_all(&mut *tx)
                .await
        })?;
        rows.into_iter()
            .map(|row| {
                Ok(ExportedTandem {
                    mentor_email: row.0,
                    mentor_name: row.1.trim().to_owned(),
                    mentee_email: row.2,
                    mentee_name: row.3.trim().to_owned(),
                    status: row.4,
                    created_at: crate::from_unix(row.5, "tandems.created_at")?,
                    started_at: row
                        .6
                        .map(|at| crate::from_unix(at, "tandems.started_at"))
                        .transpose()?,
                    ended_at: row
                        .7
                        .map(|at| crate::from_unix(at, "tandems.ended_at"))
                        .transpose()?,
                    end_reason: row.8,
                })
            })
            .collect()
    }

    /// Records one audit line per person in one transaction (a whole programme's export).
    pub async fn audit_people(
        &self,
        organisation: &OrganisationId,
        actor: Option<(&UserId, &str)>,
        action: AuditAction,
        people: &[PersonId],
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        let at = to_unix(now);
        in_organisation_transaction!(self, organisation, |tx| {
            for person in people {
                sqlx::query(AUDIT_SQL)
                    .bind(uuid::Uuid::new_v4().to_string())
                    .bind(organisation.as_str())
                    .bind(actor.map(|(id, _)| id.as_str()))
                    .bind(actor.map_or("system", |(_, name)| name))
                    .bind(action.as_str())
                    .bind(person.as_str())
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
            }
            Ok::<_, StoreError>(())
        })
    }

    /// Rows per table of Tandem's schema (the migrations table left out), sorted by table name.
    pub async fn row_counts(&self) -> StoreResult<Vec<(String, i64)>> {
        let tables: Vec<String> = match self.backend() {
            Backend::Sqlite => as_system!(self, |tx| {
                sqlx::query_scalar(
                    "SELECT name FROM sqlite_master WHERE type = 'table' \
                     AND name NOT LIKE 'sqlite_%' ORDER BY name",
                )
                .fetch_all(&mut *tx)
                .await
            })?,
            Backend::Postgres => as_system!(self, |tx| {
                sqlx::query_scalar(
                    "SELECT table_name::text FROM information_schema.tables \
                     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' \
                     ORDER BY table_name",
                )
                .fetch_all(&mut *tx)
                .await
            })?,
        };
        let mut counts = Vec::new();
        for table in tables.into_iter().filter(|t| t != MIGRATIONS_TABLE) {
            // Names come from the catalogue, never from a user; quoted all the same.
            let sql = format!("SELECT COUNT(*) FROM \"{}\"", table.replace('"', "\"\""));
            let count: i64 = as_system!(self, |tx| {
                sqlx::query_scalar(&sql).fetch_one(&mut *tx).await
            })?;
            counts.push((table, count));
        }
        Ok(counts)
    }

    /// No row in any of Tandem's tables: the only kind of database a restore writes into.
    /// Rows the migrations themselves seed (the rollup's bookkeeping) do not count as data.
    pub async fn is_empty(&self) -> StoreResult<bool> {
        Ok(self
            .row_counts()
            .await?
            .iter()
            .filter(|(table, _)| !SEEDED_BY_MIGRATIONS.contains(&table.as_str()))
            .all(|(_, count)| *count == 0))
    }

    /// SQLite: writes a consistent copy of the whole database to `path` (which must not exist)
    /// with `VACUUM INTO`, while other connections keep reading and writing.
    pub async fn backup_sqlite_into(&self, path: &str) -> StoreResult<()> {
        match &self.pool {
            crate::Pool::Sqlite(pool) => {
                sqlx::query("VACUUM INTO $1")
                    .bind(path)
                    .execute(pool)
                    .await?;
                Ok(())
            }
            crate::Pool::Postgres(_) => Err(StoreError::Database(sqlx::Error::Configuration(
                "VACUUM INTO is SQLite's; back PostgreSQL up with pg_dump".into(),
            ))),
        }
    }

    /// SQLite: folds the write-ahead log back into the database file, so the file alone is the
    /// whole database (before it is copied or moved). PostgreSQL: nothing to do.
    pub async fn checkpoint(&self) -> StoreResult<()> {
        if let crate::Pool::Sqlite(pool) = &self.pool {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(pool)
                .await?;
        }
        Ok(())
    }

    /// SQLite: the result of `PRAGMA integrity_check` ("ok" when sound); PostgreSQL: "ok".
    pub async fn integrity_check(&self) -> StoreResult<String> {
        match &self.pool {
            crate::Pool::Sqlite(pool) => Ok(sqlx::query_scalar("PRAGMA integrity_check")
                .fetch_one(pool)
                .await?),
            crate::Pool::Postgres(_) => Ok("ok".to_owned()),
        }
    }
}
