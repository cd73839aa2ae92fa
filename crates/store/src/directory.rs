//! What the public directory and the fair read: published programmes with their listing, and the
//! organisations' profiles and logos. Writing is always within the caller's organisation.

use crate::{
    Store, StoreError, StoreResult, as_system, from_unix, in_organisation,
    programmes::{PROGRAMME_COLUMNS, ProgrammeRow},
    to_unix,
};
use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};
use tandem_core::{
    directory::DirectoryEntry,
    ids::{OrganisationId, ProgrammeId},
    organisation::{Organisation, Profile},
    programme::Listing,
    values::Email,
};

/// How long the directory's programmes are served from memory at most. Writes through this
/// store clear the copy at once; the limit bounds how stale it can be after a write by another
/// process on the same database (the command line, a second server).
const DIRECTORY_CACHE_SECONDS: u64 = 2;

/// The published programmes as the directory reads them, kept in memory for a moment: the
/// directory is the same for every visitor and the most visited page, and reading every
/// programme's row per request cost more than the rest of the page together (bench/load.sh).
#[derive(Debug, Clone, Default)]
pub(crate) struct DirectoryCache(Arc<Mutex<CachedEntries>>);

#[derive(Debug, Default)]
struct CachedEntries {
    /// Counts invalidations, so a read that raced a write does not store what it read.
    generation: u64,
    entries: Option<(Instant, Arc<Vec<DirectoryEntry>>)>,
}

impl DirectoryCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, CachedEntries> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The kept entries if fresh, else the generation to store a new read under.
    fn get(&self) -> Result<Arc<Vec<DirectoryEntry>>, u64> {
        let cached = self.lock();
        match &cached.entries {
            Some((at, entries)) if at.elapsed() < Duration::from_secs(DIRECTORY_CACHE_SECONDS) => {
                Ok(Arc::clone(entries))
            }
            _ => Err(cached.generation),
        }
    }

    fn put(&self, generation: u64, entries: Arc<Vec<DirectoryEntry>>) {
        let mut cached = self.lock();
        if cached.generation == generation {
            cached.entries = Some((Instant::now(), entries));
        }
    }

    /// Called by every write to programmes or organisations.
    pub(crate) fn clear(&self) {
        let mut cached = self.lock();
        cached.generation += 1;
        cached.entries = None;
    }
}

#[derive(sqlx::FromRow)]
struct ListingRow {
    target_group: String,
    how_to_join: String,
    contact: String,
    seeks_mentors: bool,
    seeks_mentees: bool,
}

impl From<ListingRow> for Listing {
    fn from(row: ListingRow) -> Self {
        Self {
            target_group: row.target_group,
            how_to_join: row.how_to_join,
            contact: row.contact,
            seeks_mentors: row.seeks_mentors,
            seeks_mentees: row.seeks_mentees,
        }
    }
}

const LISTING_COLUMNS: &str =
    "p.target_group, p.how_to_join, p.contact, p.seeks_mentors, p.seeks_mentees";

#[derive(sqlx::FromRow)]
struct EntryRow {
    #[sqlx(flatten)]
    programme: ProgrammeRow,
    #[sqlx(flatten)]
    listing: ListingRow,
    org_name: String,
    org_city: String,
    org_created_at: i64,
}

impl EntryRow {
    fn into_domain(self) -> StoreResult<DirectoryEntry> {
        let programme = self.programme.into_domain()?;
        let organisation = Organisation {
            id: programme.organisation_id.clone(),
            name: self.org_name,
            city: self.org_city,
            created_at: from_unix(self.org_created_at, "organisations.created_at")?,
        };
        Ok(DirectoryEntry {
            programme,
            organisation,
            listing: self.listing.into(),
        })
    }
}

#[derive(sqlx::FromRow)]
struct ProfileRow {
    description: String,
    website: String,
    partner_note: String,
    contact_email: Option<String>,
}

impl ProfileRow {
    fn into_domain(self) -> StoreResult<Profile> {
        let contact_email = self
            .contact_email
            .map(|raw| Email::parse(&raw))
            .transpose()
            .map_err(|_| StoreError::Corrupt("organisations.contact_email"))?;
        Ok(Profile {
            description: self.description,
            website: self.website,
            partner_note: self.partner_note,
            contact_email,
        })
    }
}

impl Store {
    /// Every published programme with its organisation and listing, by programme name.
    pub async fn directory_entries(&self) -> StoreResult<Arc<Vec<DirectoryEntry>>> {
        let generation = match self.directory.get() {
            Ok(entries) => return Ok(entries),
            Err(generation) => generation,
        };
        let entries = Arc::new(self.entries_where("p.published", None).await?);
        self.directory.put(generation, Arc::clone(&entries));
        Ok(entries)
    }

    /// The published programmes of one organisation, for its page on the fair.
    pub async fn directory_entries_of(
        &self,
        organisation: &OrganisationId,
    ) -> StoreResult<Vec<DirectoryEntry>> {
        self.entries_where("p.published AND p.organisation_id = $1", Some(organisation))
            .await
    }

    /// One published programme for its public page; unpublished ones are "not found".
    pub async fn directory_entry(&self, id: &ProgrammeId) -> StoreResult<DirectoryEntry> {
        let sql = format!(
            "SELECT {PROGRAMME_COLUMNS}, {LISTING_COLUMNS}, o.name AS org_name, \
             o.city AS org_city, o.created_at AS org_created_at FROM programmes p \
             JOIN organisations o ON o.id = p.organisation_id WHERE p.id = $1 AND p.published"
        );
        let row: Option<EntryRow> = as_system!(self, |tx| {
            sqlx::query_as(&sql)
                .bind(id.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        row.ok_or(StoreError::NotFound)?.into_domain()
    }

    async fn entries_where(
        &self,
        condition: &str,
        organisation: Option<&OrganisationId>,
    ) -> StoreResult<Vec<DirectoryEntry>> {
        let sql = format!(
            "SELECT {PROGRAMME_COLUMNS}, {LISTING_COLUMNS}, o.name AS org_name, \
             o.city AS org_city, o.created_at AS org_created_at FROM programmes p \
             JOIN organisations o ON o.id = p.organisation_id WHERE {condition} \
             ORDER BY p.name, p.id"
        );
        let rows: Vec<EntryRow> = as_system!(self, |tx| {
            let mut query = sqlx::query_as(&sql);
            if let Some(organisation) = organisation {
                query = query.bind(organisation.as_str());
            }
            query.fetch_all(&mut *tx).await
        })?;
        rows.into_iter().map(EntryRow::into_domain).collect()
    }

    /// A programme's listing, within the caller's organisation.
    pub async fn programme_listing(
        &self,
        organisation: &OrganisationId,
        id: &ProgrammeId,
    ) -> StoreResult<Listing> {
        let sql = format!(
            "SELECT {LISTING_COLUMNS} FROM programmes p WHERE p.id = $1 AND p.organisation_id = $2"
        );
        let row: Option<ListingRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(&sql)
                .bind(id.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        Ok(row.ok_or(StoreError::NotFound)?.into())
    }

    pub async fn set_programme_listing(
        &self,
        organisation: &OrganisationId,
        id: &ProgrammeId,
        listing: &Listing,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        let changed = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "UPDATE programmes SET target_group = $1, how_to_join = $2, contact = $3, \
                 seeks_mentors = $4, seeks_mentees = $5, updated_at = $6 \
                 WHERE id = $7 AND organisation_id = $8",
            )
            .bind(&listing.target_group)
            .bind(&listing.how_to_join)
            .bind(&listing.contact)
            .bind(listing.seeks_mentors)
            .bind(listing.seeks_mentees)
            .bind(to_unix(now))
            .bind(id.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        self.directory.clear();
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// An organisation's profile on the fair (public except the contact address).
    pub async fn organisation_profile(
        &self,
        organisation: &OrganisationId,
    ) -> StoreResult<(Organisation, Profile)> {
        let organisation = self.organisation(organisation).await?;
        let row: Option<ProfileRow> = in_organisation!(self, &organisation.id, |tx| {
            sqlx::query_as(
                "SELECT description, website, partner_note, contact_email FROM organisations \
                 WHERE id = $1",
            )
            .bind(organisation.id.as_str())
            .fetch_optional(&mut *tx)
            .await
        })?;
        Ok((
            organisation,
            row.ok_or(StoreError::NotFound)?.into_domain()?,
        ))
    }

    pub async fn set_organisation_profile(
        &self,
        organisation: &OrganisationId,
        profile: &Profile,
    ) -> StoreResult<()> {
        let changed = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "UPDATE organisations SET description = $1, website = $2, partner_note = $3, \
                 contact_email = $4 WHERE id = $5",
            )
            .bind(&profile.description)
            .bind(&profile.website)
            .bind(&profile.partner_note)
            .bind(profile.contact_email.as_ref().map(Email::as_str))
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        self.directory.clear();
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Stores an already re-encoded PNG logo, or removes it (`None`).
    pub async fn set_organisation_logo(
        &self,
        organisation: &OrganisationId,
        png: Option<&[u8]>,
    ) -> StoreResult<()> {
        in_organisation!(self, organisation, |tx| {
            sqlx::query("UPDATE organisations SET logo_png = $1 WHERE id = $2")
                .bind(png)
                .bind(organisation.as_str())
                .execute(&mut *tx)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    pub async fn organisation_logo(
        &self,
        organisation: &OrganisationId,
    ) -> StoreResult<Option<Vec<u8>>> {
        let logo: Option<Option<Vec<u8>>> = in_organisation!(self, organisation, |tx| {
            sqlx::query_scalar("SELECT logo_png FROM organisations WHERE id = $1")
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        logo.ok_or(StoreError::NotFound)
    }
}
