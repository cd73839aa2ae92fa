//! Member organisations of the alliance.

use crate::{Store, StoreError, StoreResult, as_system, conflict_on, from_unix, to_unix};
use tandem_core::{
    ids::OrganisationId,
    organisation::{Organisation, parse_name},
};

#[derive(sqlx::FromRow)]
struct OrganisationRow {
    id: String,
    name: String,
    city: String,
    created_at: i64,
}

impl OrganisationRow {
    fn into_domain(self) -> StoreResult<Organisation> {
        Ok(Organisation {
            id: OrganisationId::from_string(self.id),
            name: self.name,
            city: self.city,
            created_at: from_unix(self.created_at, "organisations.created_at")?,
        })
    }
}

impl Store {
    /// Onboards an organisation; names are unique across the alliance.
    pub async fn create_organisation(
        &self,
        name: &str,
        city: &str,
        now: time::OffsetDateTime,
    ) -> StoreResult<Organisation> {
        let name = parse_name("name", name)?;
        let city = parse_name("city", city)?;
        let id = OrganisationId::generate();
        as_system!(self, |tx| {
            sqlx::query(
                "INSERT INTO organisations (id, name, city, created_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(id.as_str())
            .bind(&name)
            .bind(&city)
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await
            .map(|_| ())
        })
        .map_err(|e| conflict_on(e, "organisations_name_key", "name"))?;
        self.directory.clear();
        Ok(Organisation {
            id,
            name,
            city,
            created_at: now,
        })
    }

    pub async fn list_organisations(&self) -> StoreResult<Vec<Organisation>> {
        let rows: Vec<OrganisationRow> = as_system!(self, |tx| {
            sqlx::query_as("SELECT id, name, city, created_at FROM organisations ORDER BY name")
                .fetch_all(&mut *tx)
                .await
        })?;
        rows.into_iter().map(OrganisationRow::into_domain).collect()
    }

    pub async fn organisation(&self, id: &OrganisationId) -> StoreResult<Organisation> {
        let row: Option<OrganisationRow> = as_system!(self, |tx| {
            sqlx::query_as("SELECT id, name, city, created_at FROM organisations WHERE id = $1")
                .bind(id.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        row.ok_or(StoreError::NotFound)?.into_domain()
    }
}
