//! Mentors' diaries in storage (`diary_entries`): entries written through the mentor's personal
//! link and the coordinator's comment on each. Every read and write is scoped by organisation;
//! the rules of a valid entry are `tandem_core::diary`. In a tandem with several mentors each
//! writes their own entries and reads only those; the coordinator reads them all.

use crate::{Store, StoreError, StoreResult, from_unix, in_organisation, to_unix};
use tandem_core::{
    diary::DiaryEntry,
    followup::{iso_date, parse_iso_date},
    ids::{OrganisationId, PersonId, TandemId, UserId},
};
use time::OffsetDateTime;

/// A stored entry with its comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiaryRecord {
    pub id: String,
    /// The mentor who wrote it, and their name (empty once erased).
    pub mentor_id: PersonId,
    pub mentor_name: String,
    pub entry: DiaryEntry,
    pub comment: Option<String>,
    /// The commenting coordinator's name, if the account still exists.
    pub commented_by: Option<String>,
    pub commented_at: Option<OffsetDateTime>,
    pub created_at: OffsetDateTime,
}

#[derive(sqlx::FromRow)]
struct DiaryRow {
    id: String,
    mentor_id: String,
    mentor_name: String,
    met_on: String,
    minutes: i64,
    activities: String,
    how_it_went: String,
    comment: Option<String>,
    commented_by: Option<String>,
    commented_at: Option<i64>,
    created_at: i64,
}

impl Store {
    /// Adds the mentor's entry to a tandem of the organisation. `NotFound` when the tandem is
    /// another organisation's or `mentor` is neither its mentor nor a further mentor of it.
    pub async fn add_diary_entry(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
        mentor: &PersonId,
        entry: &DiaryEntry,
        now: OffsetDateTime,
    ) -> StoreResult<String> {
        let id = uuid::Uuid::new_v4().to_string();
        let inserted = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "INSERT INTO diary_entries (id, tandem_id, organisation_id, mentor_id, met_on, \
                 minutes, activities, how_it_went, created_at) \
                 SELECT $1, t.id, t.organisation_id, $9, $2, $3, $4, $5, $6 \
                 FROM tandems t WHERE t.id = $7 AND t.organisation_id = $8 \
                 AND (t.mentor_id = $9 OR EXISTS (SELECT 1 FROM tandem_members m \
                 WHERE m.tandem_id = t.id AND m.person_id = $9 AND m.side = 'mentor'))",
            )
            .bind(&id)
            .bind(iso_date(entry.met_on))
            .bind(i64::from(entry.minutes))
            .bind(&entry.activities)
            .bind(&entry.how_it_went)
            .bind(to_unix(now))
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .bind(mentor.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        if inserted == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(id)
    }

    /// A tandem's whole diary, every mentor's entries, newest meeting first (the coordinator's
    /// view).
    pub async fn diary(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
    ) -> StoreResult<Vec<DiaryRecord>> {
        self.diary_entries(organisation, tandem, None).await
    }

    /// The entries one mentor wrote in a tandem's diary, newest meeting first: what that
    /// mentor's personal page shows. Another mentor's entries stay private to their author and
    /// the coordinators.
    pub async fn mentor_diary(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
        mentor: &PersonId,
    ) -> StoreResult<Vec<DiaryRecord>> {
        self.diary_entries(organisation, tandem, Some(mentor)).await
    }

    async fn diary_entries(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
        mentor: Option<&PersonId>,
    ) -> StoreResult<Vec<DiaryRecord>> {
        let rows: Vec<DiaryRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT d.id, d.mentor_id, p.first_name || ' ' || p.last_name AS mentor_name, \
                 d.met_on, d.minutes, d.activities, d.how_it_went, d.comment, \
                 u.display_name AS commented_by, d.commented_at, d.created_at \
                 FROM diary_entries d JOIN people p ON p.id = d.mentor_id \
                 LEFT JOIN users u ON u.id = d.commented_by \
                 WHERE d.tandem_id = $1 AND d.organisation_id = $2 \
                 AND ($3 IS NULL OR d.mentor_id = $3) \
                 ORDER BY d.met_on DESC, d.created_at DESC",
            )
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .bind(mentor.map(PersonId::as_str))
            .fetch_all(&mut *tx)
            .await
        })?;
        rows.into_iter()
            .map(|row| {
                Ok(DiaryRecord {
                    entry: DiaryEntry {
                        met_on: parse_iso_date(&row.met_on)
                            .map_err(|_| StoreError::Corrupt("diary_entries.met_on"))?,
                        minutes: u32::try_from(row.minutes)
                            .map_err(|_| StoreError::Corrupt("diary_entries.minutes"))?,
                        activities: row.activities,
                        how_it_went: row.how_it_went,
                    },
                    id: row.id,
                    mentor_id: PersonId::from_string(row.mentor_id),
                    mentor_name: row.mentor_name.trim().to_owned(),
                    comment: row.comment,
                    commented_by: row.commented_by,
                    commented_at: row
                        .commented_at
                        .map(|at| from_unix(at, "diary_entries.commented_at"))
                        .transpose()?,
                    created_at: from_unix(row.created_at, "diary_entries.created_at")?,
                })
            })
            .collect()
    }

    /// The coordinator's comment on one entry of a tandem of the organisation (replacing an
    /// earlier one). `NotFound` for another organisation's entry or one of another tandem.
    pub async fn comment_diary_entry(
        &self,
        organisation: &OrganisationId,
        tandem: &TandemId,
        entry: &str,
        comment: &str,
        by: &UserId,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        let changed = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "UPDATE diary_entries SET comment = $1, commented_by = $2, commented_at = $3 \
                 WHERE id = $4 AND tandem_id = $5 AND organisation_id = $6",
            )
            .bind(comment)
            .bind(by.as_str())
            .bind(to_unix(now))
            .bind(entry)
            .bind(tandem.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        if changed == 0 {
            Err(StoreError::NotFound)
        } else {
            Ok(())
        }
    }
}
