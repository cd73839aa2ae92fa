//! Programmes, always read and written within their organisation, except the published ones that
//! the public pages show.

use crate::{
    Store, StoreError, StoreResult, as_system, in_organisation, in_organisation_transaction,
    to_unix,
};
use tandem_core::{
    ids::{OrganisationId, ProgrammeId},
    programme::{Programme, ProgrammeDetails, ProgrammeKind, Region},
    values::LanguageCode,
};

#[derive(sqlx::FromRow)]
pub(crate) struct ProgrammeRow {
    id: String,
    organisation_id: String,
    name: String,
    kind: String,
    description: String,
    region: String,
    languages: String,
    planned_duration_months: i64,
    mentor_capacity: i64,
    published: bool,
}

pub(crate) const PROGRAMME_COLUMNS: &str = "p.id, p.organisation_id, p.name, p.kind, p.description, \
     p.region, p.languages, p.planned_duration_months, p.mentor_capacity, p.published";

impl ProgrammeRow {
    pub(crate) fn into_domain(self) -> StoreResult<Programme> {
        let corrupt = |column| move |_| StoreError::Corrupt(column);
        let languages = self
            .languages
            .split(',')
            .filter(|code| !code.is_empty())
            .map(LanguageCode::parse)
            .collect::<Result<Vec<_>, _>>()
            .map_err(corrupt("programmes.languages"))?;
        Ok(Programme {
            id: ProgrammeId::from_string(self.id),
            organisation_id: OrganisationId::from_string(self.organisation_id),
            details: ProgrammeDetails {
                name: self.name,
                kind: ProgrammeKind::parse(&self.kind).map_err(corrupt("programmes.kind"))?,
                description: self.description,
                region: Region::parse(&self.region).map_err(corrupt("programmes.region"))?,
                languages,
                planned_duration_months: u16::try_from(self.planned_duration_months)
                    .map_err(|_| StoreError::Corrupt("programmes.planned_duration_months"))?,
                mentor_capacity: u8::try_from(self.mentor_capacity)
                    .map_err(|_| StoreError::Corrupt("programmes.mentor_capacity"))?,
                published: self.published,
            },
        })
    }
}

fn language_text(details: &ProgrammeDetails) -> String {
    details
        .languages
        .iter()
        .map(LanguageCode::as_str)
        .collect::<Vec<_>>()
        .join(",")
}

impl Store {
    pub async fn create_programme(
        &self,
        organisation: &OrganisationId,
        details: &ProgrammeDetails,
        now: time::OffsetDateTime,
    ) -> StoreResult<Programme> {
        let id = ProgrammeId::generate();
        in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "INSERT INTO programmes (id, organisation_id, name, kind, description, region, \
                 languages, planned_duration_months, mentor_capacity, published, created_at, \
                 updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
            )
            .bind(id.as_str())
            .bind(organisation.as_str())
            .bind(&details.name)
            .bind(details.kind.as_str())
            .bind(&details.description)
            .bind(details.region.to_text())
            .bind(language_text(details))
            .bind(i64::from(details.planned_duration_months))
            .bind(i64::from(details.mentor_capacity))
            .bind(details.published)
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await
            .map(|_| ())
        })?;
        self.directory.clear();
        Ok(Programme {
            id,
            organisation_id: organisation.clone(),
            details: details.clone(),
        })
    }

    /// Changes a programme of the caller's organisation; another organisation's is "not found".
    pub async fn update_programme(
        &self,
        organisation: &OrganisationId,
        id: &ProgrammeId,
        details: &ProgrammeDetails,
        now: time::OffsetDateTime,
    ) -> StoreResult<Programme> {
        // The kind is a key of the statewide rollup: the programme's tandems move with it.
        let result = in_organisation_transaction!(self, organisation, |tx| {
            crate::rollup::shift_rollup!(tx, crate::rollup::Scope::Programme, id.as_str(), -1);
            let updated = sqlx::query(
                "UPDATE programmes SET name = $1, kind = $2, description = $3, region = $4, \
                 languages = $5, planned_duration_months = $6, mentor_capacity = $7, \
                 published = $8, updated_at = $9 WHERE id = $10 AND organisation_id = $11",
            )
            .bind(&details.name)
            .bind(details.kind.as_str())
            .bind(&details.description)
            .bind(details.region.to_text())
            .bind(language_text(details))
            .bind(i64::from(details.planned_duration_months))
            .bind(i64::from(details.mentor_capacity))
            .bind(details.published)
            .bind(to_unix(now))
            .bind(id.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            crate::rollup::shift_rollup!(tx, crate::rollup::Scope::Programme, id.as_str(), 1);
            Ok::<_, StoreError>(updated)
        })?;
        self.directory.clear();
        if result == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(Programme {
            id: id.clone(),
            organisation_id: organisation.clone(),
            details: details.clone(),
        })
    }

    /// The organisation a programme belongs to — for trusted operator tools (the CLI), never for
    /// request handlers, which take the organisation from the session.
    pub async fn programme_owner(&self, programme: &ProgrammeId) -> StoreResult<OrganisationId> {
        let owner: Option<String> = as_system!(self, |tx| {
            sqlx::query_scalar("SELECT organisation_id FROM programmes WHERE id = $1")
                .bind(programme.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        owner
            .map(OrganisationId::from_string)
            .ok_or(StoreError::NotFound)
    }

    pub async fn programme(
        &self,
        organisation: &OrganisationId,
        id: &ProgrammeId,
    ) -> StoreResult<Programme> {
        let sql = format!(
            "SELECT {PROGRAMME_COLUMNS} FROM programmes p WHERE p.id = $1 AND p.organisation_id = $2"
        );
        let row: Option<ProgrammeRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(&sql)
                .bind(id.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        row.ok_or(StoreError::NotFound)?.into_domain()
    }

    pub async fn list_programmes(
        &self,
        organisation: &OrganisationId,
    ) -> StoreResult<Vec<Programme>> {
        let sql = format!(
            "SELECT {PROGRAMME_COLUMNS} FROM programmes p WHERE p.organisation_id = $1 ORDER BY p.name"
        );
        let rows: Vec<ProgrammeRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(&sql)
                .bind(organisation.as_str())
                .fetch_all(&mut *tx)
                .await
        })?;
        rows.into_iter().map(ProgrammeRow::into_domain).collect()
    }
}
