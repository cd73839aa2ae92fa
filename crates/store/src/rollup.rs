//! The statewide report's monthly rollup (`statewide_months`, migration 0016).
//!
//! Reading a year of a statewide data set row by row (half a million meetings, fifty thousand
//! tandems) takes seconds; the report needs only sums per (programme kind, mentee's postal code,
//! month), a few thousand rows. The rollup stays exact because every transaction that changes
//! what it counts — logging a meeting, a tandem's lifecycle move, a programme's kind, erasing a
//! mentee (whose postal code becomes `99999`) — first takes the affected tandems' contribution
//! out, makes its change, and puts the new contribution back ([`shift_rollup!`]). A contribution
//! is computed from the rows themselves, so the rollup can never drift from a rule written
//! twice. `Store::statewide_figures_from_rows` keeps the row-by-row reading as the reference the
//! contract tests compare the rollup with.

use std::collections::BTreeMap;

use crate::{StoreError, StoreResult};

/// Which tandems a shift of the rollup covers; `$1` is bound to the id.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Scope {
    Tandem,
    Programme,
    /// Tandems whose mentee is the given person (the postal code is the mentee's).
    Mentee,
    /// Every tandem (building the rollup); the bound value is ignored.
    All,
}

impl Scope {
    const fn filter(self) -> &'static str {
        match self {
            Self::Tandem => "t.id = $1",
            Self::Programme => "t.programme_id = $1",
            Self::Mentee => "t.mentee_id = $1",
            Self::All => "$1 = $1",
        }
    }

    /// Each tandem of the scope that ever started: kind, postal code, status, start, end.
    pub(crate) fn tandems_sql(self) -> String {
        format!(
            "SELECT g.kind, me.postal_code, t.status, t.started_at, t.ended_at FROM tandems t \
             JOIN programmes g ON g.id = t.programme_id JOIN people me ON me.id = t.mentee_id \
             WHERE {} AND t.started_at IS NOT NULL",
            self.filter()
        )
    }

    /// The scope's meetings per (kind, postal code, month): count, minutes, tandems that met.
    pub(crate) fn meetings_sql(self) -> String {
        format!(
            "SELECT g.kind, me.postal_code, SUBSTR(m.met_on, 1, 7), COUNT(*), \
             CAST(SUM(m.minutes) AS BIGINT), COUNT(DISTINCT m.tandem_id) FROM meetings m \
             JOIN tandems t ON t.id = m.tandem_id JOIN programmes g ON g.id = t.programme_id \
             JOIN people me ON me.id = t.mentee_id WHERE {} \
             GROUP BY g.kind, me.postal_code, SUBSTR(m.met_on, 1, 7)",
            self.filter()
        )
    }
}

/// A tandem as [`Scope::tandems_sql`] reads it.
pub(crate) type TandemFacts = (String, String, String, Option<i64>, Option<i64>);
/// Meetings as [`Scope::meetings_sql`] reads them.
pub(crate) type MeetingFacts = (String, String, String, i64, i64, i64);

/// One row of the rollup: what happened in one month for one (kind, postal code).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct MonthFigures {
    pub started: i64,
    pub ended: i64,
    pub completed: i64,
    pub ended_early: i64,
    pub meetings: i64,
    pub minutes: i64,
    pub tandems_met: i64,
}

/// The month (`YYYY-MM`, German local time) of a stored timestamp.
fn month_of(seconds: i64, column: &'static str) -> StoreResult<String> {
    let at = crate::from_unix(seconds, column)?;
    let day = tandem_core::event::to_local(at).date();
    Ok(tandem_core::followup::YearMonth::of(day).key())
}

/// The contribution of the scope's rows to the rollup, per (kind, postal code, month).
pub(crate) fn contributions(
    tandems: &[TandemFacts],
    meetings: &[MeetingFacts],
) -> StoreResult<BTreeMap<(String, String, String), MonthFigures>> {
    let mut rows: BTreeMap<(String, String, String), MonthFigures> = BTreeMap::new();
    for (kind, postal_code, status, started_at, ended_at) in tandems {
        let Some(started_at) = started_at else {
            continue;
        };
        let key = |month: String| (kind.clone(), postal_code.clone(), month);
        rows.entry(key(month_of(*started_at, "tandems.started_at")?))
            .or_default()
            .started += 1;
        if let Some(ended_at) = ended_at {
            let row = rows
                .entry(key(month_of(*ended_at, "tandems.ended_at")?))
                .or_default();
            row.ended += 1;
            match status.as_str() {
                "completed" => row.completed += 1,
                "ended_early" => row.ended_early += 1,
                _ => {}
            }
        }
    }
    for (kind, postal_code, month, count, minutes, tandems_met) in meetings {
        if month.len() != 7 {
            return Err(StoreError::Corrupt("meetings.met_on"));
        }
        let row = rows
            .entry((kind.clone(), postal_code.clone(), month.clone()))
            .or_default();
        row.meetings += count;
        row.minutes += minutes;
        row.tandems_met += tandems_met;
    }
    Ok(rows)
}

/// Adds a (signed) contribution to one rollup row, creating it when missing.
pub(crate) const UPSERT: &str = "INSERT INTO statewide_months (kind, postal_code, month, \
     started, ended, completed, ended_early, meetings, minutes, tandems_met) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
     ON CONFLICT (month, kind, postal_code) DO UPDATE SET \
     started = statewide_months.started + excluded.started, \
     ended = statewide_months.ended + excluded.ended, \
     completed = statewide_months.completed + excluded.completed, \
     ended_early = statewide_months.ended_early + excluded.ended_early, \
     meetings = statewide_months.meetings + excluded.meetings, \
     minutes = statewide_months.minutes + excluded.minutes, \
     tandems_met = statewide_months.tandems_met + excluded.tandems_met";

/// Takes out (`sign` = -1) or puts back (`sign` = 1) the contribution of the tandems in
/// `scope` (id `key`) inside the transaction `tx`. Expanded once per backend, like
/// `in_organisation_transaction!` bodies; errors convert into the body's `StoreError`.
macro_rules! shift_rollup {
    ($tx:ident, $scope:expr, $key:expr, $sign:expr) => {{
        let scope: $crate::rollup::Scope = $scope;
        let sign: i64 = $sign;
        let tandems: Vec<$crate::rollup::TandemFacts> = sqlx::query_as(&scope.tandems_sql())
            .bind($key)
            .fetch_all(&mut *$tx)
            .await?;
        let meetings: Vec<$crate::rollup::MeetingFacts> = sqlx::query_as(&scope.meetings_sql())
            .bind($key)
            .fetch_all(&mut *$tx)
            .await?;
        for ((kind, postal_code, month), figures) in
            $crate::rollup::contributions(&tandems, &meetings)?
        {
            sqlx::query($crate::rollup::UPSERT)
                .bind(kind)
                .bind(postal_code)
                .bind(month)
                .bind(sign * figures.started)
                .bind(sign * figures.ended)
                .bind(sign * figures.completed)
                .bind(sign * figures.ended_early)
                .bind(sign * figures.meetings)
                .bind(sign * figures.minutes)
                .bind(sign * figures.tandems_met)
                .execute(&mut *$tx)
                .await?;
        }
    }};
}
pub(crate) use shift_rollup;

impl crate::Store {
    /// Builds the rollup from every row (after migration 0016 on a database with data, and
    /// after the benchmark's bulk load, which bypasses the store's functions).
    pub async fn rebuild_statewide_rollup(&self) -> StoreResult<()> {
        crate::in_system_transaction!(self, |tx| {
            sqlx::query("DELETE FROM statewide_months")
                .execute(&mut *tx)
                .await?;
            shift_rollup!(tx, Scope::All, "all", 1);
            sqlx::query("UPDATE rollup_state SET built = TRUE WHERE name = 'statewide_months'")
                .execute(&mut *tx)
                .await?;
            Ok::<_, StoreError>(())
        })
    }

    /// Builds the rollup once if migration 0016 left it unbuilt.
    pub(crate) async fn ensure_statewide_rollup(&self) -> StoreResult<()> {
        let built: Option<bool> = crate::as_system!(self, |tx| {
            sqlx::query_scalar("SELECT built FROM rollup_state WHERE name = 'statewide_months'")
                .fetch_optional(&mut *tx)
                .await
        })?;
        if built == Some(false) {
            self.rebuild_statewide_rollup().await?;
        }
        Ok(())
    }
}
