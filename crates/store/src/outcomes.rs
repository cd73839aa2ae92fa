//! Outcomes per mentee (`outcomes`, migration 0012) and the raw figures of the alliance's
//! statewide report. The rules (a valid outcome, how figures are grouped and suppressed) live in
//! `tandem_core::outcome` and `tandem_core::report`; this module only reads and writes.
//!
//! The statewide figures are counted across every organisation but leave this module only as
//! numbers per (programme kind, postal code): no id, no name, no row about one person.

use crate::{Store, StoreError, StoreResult, as_system, in_organisation, to_unix};
use tandem_core::{
    followup::{YearMonth, iso_date, parse_iso_date},
    ids::{OrganisationId, PersonId, ProgrammeId, TandemId},
    outcome::{Outcome, OutcomeKind},
    programme::ProgrammeKind,
    report::StatewideFigures,
    values::LanguageLevel,
};
use time::Date;

/// A stored outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeRecord {
    pub id: String,
    pub tandem_id: Option<TandemId>,
    pub outcome: Outcome,
    pub recorded_by: String,
}

/// One of the person's outcomes, for their data export (GDPR Art. 15/20).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct ExportedOutcome {
    pub kind: String,
    pub level: Option<String>,
    pub achieved_on: String,
    pub detail: String,
    pub tandem_id: Option<String>,
}

/// What erasing a person (in `Store::erase_person`'s transaction, `$1` the person) does to
/// outcomes: the free text goes; kind, level and day stay, so reports stay true.
pub(crate) const ERASE_OUTCOMES: [&str; 1] =
    ["UPDATE outcomes SET detail = '' WHERE person_id = $1"];

#[derive(sqlx::FromRow)]
struct OutcomeRow {
    id: String,
    tandem_id: Option<String>,
    kind: String,
    level: Option<String>,
    achieved_on: String,
    detail: String,
    recorded_by: String,
}

impl OutcomeRow {
    fn record(self) -> StoreResult<OutcomeRecord> {
        let kind =
            OutcomeKind::parse(&self.kind).map_err(|_| StoreError::Corrupt("outcomes.kind"))?;
        let level = self
            .level
            .map(|level| {
                LanguageLevel::parse(&level).map_err(|_| StoreError::Corrupt("outcomes.level"))
            })
            .transpose()?;
        let day = parse_iso_date(&self.achieved_on)
            .map_err(|_| StoreError::Corrupt("outcomes.achieved_on"))?;
        Ok(OutcomeRecord {
            id: self.id,
            tandem_id: self.tandem_id.map(TandemId::from_string),
            outcome: Outcome::from_stored(kind, level, day, self.detail),
            recorded_by: self.recorded_by,
        })
    }
}

/// A statewide rollup line: kind, postal code, started, active at the end, completed, ended
/// early, minutes, the most tandems that met in one month.
type RollupLine = (String, String, i64, i64, i64, i64, i64, i64);

/// Outcomes of a dashboard's period: (kind, German level, count).
pub type OutcomeCounts = Vec<(OutcomeKind, Option<LanguageLevel>, u64)>;

impl Store {
    /// Records an outcome of a person of the organisation (not erased); `tandem`, when given,
    /// must be one of the organisation's tandems with this person in it, as its first mentor or
    /// mentee or as a further member.
    pub async fn record_outcome(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
        tandem: Option<&TandemId>,
        outcome: &Outcome,
        recorded_by: &str,
        now: time::OffsetDateTime,
    ) -> StoreResult<String> {
        let id = uuid::Uuid::new_v4().to_string();
        let inserted = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "INSERT INTO outcomes (id, organisation_id, person_id, tandem_id, kind, level, \
                 achieved_on, detail, recorded_by, created_at) \
                 SELECT $1, p.organisation_id, p.id, $3, $4, $5, $6, $7, $8, $9 FROM people p \
                 WHERE p.id = $2 AND p.organisation_id = $10 AND p.erased_at IS NULL \
                 AND ($3 IS NULL OR EXISTS (SELECT 1 FROM tandems t WHERE t.id = $3 \
                 AND t.organisation_id = $10 AND (t.mentee_id = p.id OR t.mentor_id = p.id \
                 OR EXISTS (SELECT 1 FROM tandem_members m WHERE m.tandem_id = t.id \
                 AND m.person_id = p.id))))",
            )
            .bind(&id)
            .bind(person.as_str())
            .bind(tandem.map(TandemId::as_str))
            .bind(outcome.kind.as_str())
            .bind(outcome.level.map(LanguageLevel::as_str))
            .bind(iso_date(outcome.achieved_on))
            .bind(&outcome.detail)
            .bind(recorded_by)
            .bind(to_unix(now))
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        if inserted == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(id)
    }

    /// A person's outcomes, newest first. Another organisation's person is `NotFound`.
    pub async fn person_outcomes(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
    ) -> StoreResult<Vec<OutcomeRecord>> {
        let owned: Option<String> = in_organisation!(self, organisation, |tx| {
            sqlx::query_scalar("SELECT id FROM people WHERE id = $1 AND organisation_id = $2")
                .bind(person.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        owned.ok_or(StoreError::NotFound)?;
        let rows: Vec<OutcomeRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT id, tandem_id, kind, level, achieved_on, detail, recorded_by \
                 FROM outcomes WHERE person_id = $1 AND organisation_id = $2 \
                 ORDER BY achieved_on DESC, created_at DESC",
            )
            .bind(person.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?;
        rows.into_iter().map(OutcomeRow::record).collect()
    }

    /// Deletes an outcome recorded by mistake; another organisation's is `NotFound`.
    pub async fn delete_outcome(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
        outcome: &str,
    ) -> StoreResult<()> {
        let deleted = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "DELETE FROM outcomes WHERE id = $1 AND person_id = $2 AND organisation_id = $3",
            )
            .bind(outcome)
            .bind(person.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        if deleted == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Outcomes reached in `from..=to` by people of one programme of the organisation (or all,
    /// `None`) whose postal code `keep` accepts — the dashboard's district filter.
    pub async fn dashboard_outcomes(
        &self,
        organisation: &OrganisationId,
        programme: Option<&ProgrammeId>,
        keep: &(dyn Fn(&str) -> bool + Sync),
        from: Date,
        to: Date,
    ) -> StoreResult<OutcomeCounts> {
        if let Some(programme) = programme {
            let owned: Option<String> = in_organisation!(self, organisation, |tx| {
                sqlx::query_scalar(
                    "SELECT id FROM programmes WHERE id = $1 AND organisation_id = $2",
                )
                .bind(programme.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await
            })?;
            owned.ok_or(StoreError::NotFound)?;
        }
        let rows: Vec<(String, Option<String>, String, i64)> =
            in_organisation!(self, organisation, |tx| {
                sqlx::query_as(
                    "SELECT o.kind, o.level, p.postal_code, COUNT(*) FROM outcomes o \
                 JOIN people p ON p.id = o.person_id WHERE o.organisation_id = $1 \
                 AND ($2 IS NULL OR p.programme_id = $2) AND o.achieved_on >= $3 \
                 AND o.achieved_on <= $4 GROUP BY o.kind, o.level, p.postal_code",
                )
                .bind(organisation.as_str())
                .bind(programme.map(ProgrammeId::as_str))
                .bind(iso_date(from))
                .bind(iso_date(to))
                .fetch_all(&mut *tx)
                .await
            })?;
        let mut counts: OutcomeCounts = Vec::new();
        for (kind, level, postal_code, count) in rows {
            if !keep(&postal_code) {
                continue;
            }
            let kind =
                OutcomeKind::parse(&kind).map_err(|_| StoreError::Corrupt("outcomes.kind"))?;
            let level = level.and_then(|level| LanguageLevel::parse(&level).ok());
            let count = u64::try_from(count).unwrap_or(0);
            match counts
                .iter_mut()
                .find(|(k, l, _)| *k == kind && *l == level)
            {
                Some(line) => line.2 += count,
                None => counts.push((kind, level, count)),
            }
        }
        counts.sort();
        Ok(counts)
    }

    /// The person's outcomes for their export.
    pub(crate) async fn outcomes_export(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
    ) -> StoreResult<Vec<ExportedOutcome>> {
        Ok(in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT kind, level, achieved_on, detail, tandem_id FROM outcomes \
                 WHERE person_id = $1 AND organisation_id = $2 ORDER BY achieved_on, created_at",
            )
            .bind(person.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?)
    }

    /// The statewide report's raw figures for the months `from..=to`, per (programme kind,
    /// postal code of the mentee or waiting person), over every organisation. Tandems: started
    /// in the period, active at its end, completed and ended early in it; people waiting (ready)
    /// now; meeting minutes in the period and a lower bound of the tandems that met (the most
    /// in any one month); outcomes reached in it by kind. Tandems and meetings come from the
    /// monthly rollup (`store::rollup`), a few thousand rows however many meetings there are.
    pub async fn statewide_figures(
        &self,
        from: YearMonth,
        to: YearMonth,
    ) -> StoreResult<Vec<(ProgrammeKind, String, StatewideFigures)>> {
        let rollup: Vec<RollupLine> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT kind, postal_code, \
                     CAST(SUM(CASE WHEN month >= $1 THEN started ELSE 0 END) AS BIGINT), \
                     CAST(SUM(started - ended) AS BIGINT), \
                     CAST(SUM(CASE WHEN month >= $1 THEN completed ELSE 0 END) AS BIGINT), \
                     CAST(SUM(CASE WHEN month >= $1 THEN ended_early ELSE 0 END) AS BIGINT), \
                     CAST(SUM(CASE WHEN month >= $1 THEN minutes ELSE 0 END) AS BIGINT), \
                     CAST(MAX(CASE WHEN month >= $1 THEN tandems_met ELSE 0 END) AS BIGINT) \
                     FROM statewide_months WHERE month <= $2 GROUP BY kind, postal_code",
            )
            .bind(from.key())
            .bind(to.key())
            .fetch_all(&mut *tx)
            .await
        })?;
        let tandems = rollup
            .iter()
            .map(|(kind, code, started, active, completed, early, _, _)| {
                (
                    kind.clone(),
                    code.clone(),
                    *started,
                    *active,
                    *completed,
                    *early,
                )
            })
            .collect();
        let meetings = rollup
            .into_iter()
            .filter(|row| row.6 != 0 || row.7 != 0)
            .map(|(kind, code, _, _, _, _, minutes, met)| (kind, code, minutes, met))
            .collect();
        self.statewide_rest(from, to, tandems, meetings).await
    }

    /// The same figures read row by row from tandems and meetings: the reference the rollup is
    /// tested against (and how it was done before; seconds at statewide size).
    pub async fn statewide_figures_from_rows(
        &self,
        from: YearMonth,
        to: YearMonth,
    ) -> StoreResult<Vec<(ProgrammeKind, String, StatewideFigures)>> {
        let start =
            tandem_core::event::from_local(from.first_day(), time::Time::MIDNIGHT).unix_timestamp();
        let end = tandem_core::event::from_local(
            to.last_day().next_day().unwrap_or(to.last_day()),
            time::Time::MIDNIGHT,
        )
        .unix_timestamp();
        let tandems: Vec<(String, String, i64, i64, i64, i64)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT g.kind, me.postal_code, \
                 CAST(SUM(CASE WHEN t.started_at >= $1 AND t.started_at < $2 THEN 1 ELSE 0 END) AS BIGINT), \
                 CAST(SUM(CASE WHEN t.started_at < $2 AND (t.ended_at IS NULL OR t.ended_at >= $2) \
                   THEN 1 ELSE 0 END) AS BIGINT), \
                 CAST(SUM(CASE WHEN t.status = 'completed' AND t.ended_at >= $1 AND t.ended_at < $2 \
                   THEN 1 ELSE 0 END) AS BIGINT), \
                 CAST(SUM(CASE WHEN t.status = 'ended_early' AND t.ended_at >= $1 AND t.ended_at < $2 \
                   THEN 1 ELSE 0 END) AS BIGINT) \
                 FROM tandems t JOIN people me ON me.id = t.mentee_id \
                 JOIN programmes g ON g.id = t.programme_id \
                 WHERE t.started_at IS NOT NULL AND t.started_at < $2 \
                 AND (t.ended_at IS NULL OR t.ended_at >= $1) \
                 GROUP BY g.kind, me.postal_code",
            )
            .bind(start)
            .bind(end)
            .fetch_all(&mut *tx)
            .await
        })?;
        // Per (kind, postal code, month) first: the most tandems that met in one month.
        let meetings: Vec<(String, String, i64, i64)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT kind, postal_code, CAST(SUM(minutes) AS BIGINT), \
                 CAST(MAX(tandems) AS BIGINT) FROM \
                 (SELECT g.kind AS kind, me.postal_code AS postal_code, \
                  SUM(m.minutes) AS minutes, COUNT(DISTINCT m.tandem_id) AS tandems FROM meetings m \
                  JOIN tandems t ON t.id = m.tandem_id JOIN people me ON me.id = t.mentee_id \
                  JOIN programmes g ON g.id = t.programme_id \
                  WHERE m.met_on >= $1 AND m.met_on <= $2 \
                  GROUP BY g.kind, me.postal_code, SUBSTR(m.met_on, 1, 7)) per_month \
                 GROUP BY kind, postal_code",
            )
            .bind(iso_date(from.first_day()))
            .bind(iso_date(to.last_day()))
            .fetch_all(&mut *tx)
            .await
        })?;
        self.statewide_rest(from, to, tandems, meetings).await
    }

    /// Adds the people waiting now and the outcomes of the period to the tandem and meeting
    /// figures (kind, postal code, …) and groups everything per (kind, postal code).
    async fn statewide_rest(
        &self,
        from: YearMonth,
        to: YearMonth,
        tandems: Vec<(String, String, i64, i64, i64, i64)>,
        meetings: Vec<(String, String, i64, i64)>,
    ) -> StoreResult<Vec<(ProgrammeKind, String, StatewideFigures)>> {
        let waiting: Vec<(String, String, i64)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT g.kind, p.postal_code, COUNT(*) FROM people p \
                 JOIN programmes g ON g.id = p.programme_id \
                 WHERE p.status = 'ready' AND p.erased_at IS NULL GROUP BY g.kind, p.postal_code",
            )
            .fetch_all(&mut *tx)
            .await
        })?;
        let outcomes: Vec<(String, String, String, i64)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT g.kind, p.postal_code, o.kind, COUNT(*) FROM outcomes o \
                 JOIN people p ON p.id = o.person_id JOIN programmes g ON g.id = p.programme_id \
                 WHERE o.achieved_on >= $1 AND o.achieved_on <= $2 \
                 GROUP BY g.kind, p.postal_code, o.kind",
            )
            .bind(iso_date(from.first_day()))
            .bind(iso_date(to.last_day()))
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut figures: std::collections::HashMap<(ProgrammeKind, String), StatewideFigures> =
            std::collections::HashMap::new();
        let kind_of = |raw: &str| {
            ProgrammeKind::parse(raw).map_err(|_| StoreError::Corrupt("programmes.kind"))
        };
        let count = |value: i64| u64::try_from(value).unwrap_or(0);
        for (kind, postal_code, started, active, completed, ended_early) in tandems {
            let entry = figures.entry((kind_of(&kind)?, postal_code)).or_default();
            entry.started += count(started);
            entry.active += count(active);
            entry.completed += count(completed);
            entry.ended_early += count(ended_early);
        }
        for (kind, postal_code, people) in waiting {
            figures
                .entry((kind_of(&kind)?, postal_code))
                .or_default()
                .waiting += count(people);
        }
        for (kind, postal_code, minutes, tandems) in meetings {
            let entry = figures.entry((kind_of(&kind)?, postal_code)).or_default();
            entry.minutes += count(minutes);
            entry.tandems_meeting += count(tandems);
        }
        for (kind, postal_code, outcome, people) in outcomes {
            let outcome =
                OutcomeKind::parse(&outcome).map_err(|_| StoreError::Corrupt("outcomes.kind"))?;
            let index = OutcomeKind::ALL
                .iter()
                .position(|k| *k == outcome)
                .unwrap_or(OutcomeKind::ALL.len() - 1);
            let entry = figures.entry((kind_of(&kind)?, postal_code)).or_default();
            if let Some(slot) = entry.outcomes.get_mut(index) {
                *slot += count(people);
            }
        }
        let mut figures: Vec<_> = figures
            .into_iter()
            .filter(|(_, figure)| *figure != StatewideFigures::default())
            .map(|((kind, postal_code), figure)| (kind, postal_code, figure))
            .collect();
        figures.sort_by(|a, b| (a.0.as_str(), &a.1).cmp(&(b.0.as_str(), &b.1)));
        Ok(figures)
    }
}
