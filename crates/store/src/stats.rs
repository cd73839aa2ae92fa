//! Aggregates for the alliance. Only counts leave this module: the alliance never sees a person.

use crate::{Store, StoreResult, as_system};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct StatusCount {
    pub status: String,
    pub count: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StatewideCounts {
    pub organisations: i64,
    pub programmes: i64,
    pub people_by_status: Vec<StatusCount>,
    pub tandems_by_status: Vec<StatusCount>,
}

impl StatewideCounts {
    pub fn people(&self, status: &str) -> i64 {
        find(&self.people_by_status, status)
    }
    pub fn tandems(&self, status: &str) -> i64 {
        find(&self.tandems_by_status, status)
    }
}

fn find(counts: &[StatusCount], status: &str) -> i64 {
    counts
        .iter()
        .find(|count| count.status == status)
        .map_or(0, |count| count.count)
}

impl Store {
    pub async fn statewide_counts(&self) -> StoreResult<StatewideCounts> {
        let (organisations, programmes, people_by_status, tandems_by_status) =
            as_system!(self, |tx| {
                let organisations: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organisations")
                    .fetch_one(&mut *tx)
                    .await?;
                let programmes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM programmes")
                    .fetch_one(&mut *tx)
                    .await?;
                let people: Vec<StatusCount> = sqlx::query_as(
                    "SELECT status, COUNT(*) AS count FROM people GROUP BY status ORDER BY status",
                )
                .fetch_all(&mut *tx)
                .await?;
                let tandems: Vec<StatusCount> = sqlx::query_as(
                    "SELECT status, COUNT(*) AS count FROM tandems GROUP BY status ORDER BY status",
                )
                .fetch_all(&mut *tx)
                .await?;
                Ok::<_, sqlx::Error>((organisations, programmes, people, tandems))
            })?;
        Ok(StatewideCounts {
            organisations,
            programmes,
            people_by_status,
            tandems_by_status,
        })
    }
}
