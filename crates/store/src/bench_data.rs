//! A statewide-size data set for benchmarks (`cargo bench -p tandem-web --bench statewide`):
//! organisations and programmes through the ordinary functions, then people, tandems, meetings
//! and outcomes with one `INSERT … SELECT` each over a recursive counter (portable SQL, so both
//! backends load the same rows). Never used by the application; the rows are obviously fake
//! (`@bench.invalid`).

use crate::{Store, StoreResult, as_system};
use tandem_core::{
    ids::{OrganisationId, ProgrammeId},
    programme::ProgrammeDetails,
};

/// How big the data set is. People per programme are 45 % mentors; every mentor has one tandem,
/// mentees without one wait.
#[derive(Debug, Clone, Copy)]
pub struct StatewideSize {
    pub organisations: usize,
    pub programmes_per_organisation: usize,
    pub people_per_programme: usize,
    pub tandems_per_programme: usize,
    pub meetings_per_tandem: usize,
}

impl StatewideSize {
    pub fn people(&self) -> usize {
        self.programmes() * self.people_per_programme
    }
    pub fn programmes(&self) -> usize {
        self.organisations * self.programmes_per_organisation
    }
    pub fn tandems(&self) -> usize {
        self.programmes() * self.tandems_per_programme
    }
    pub fn meetings(&self) -> usize {
        self.tandems() * self.meetings_per_tandem
    }
    fn mentors_per_programme(&self) -> usize {
        self.people_per_programme * 45 / 100
    }
}

/// A recursive counter `n(i)` from 0 to `count - 1`, as a `WITH` clause both backends accept.
fn counter(count: usize) -> String {
    format!(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {})",
        count.saturating_sub(1)
    )
}

/// Loads the data set; returns the organisations and their programmes (in creation order).
/// Postal codes are spread over `postal_codes`; days over the two years before `now`.
pub async fn seed_statewide(
    store: &Store,
    size: StatewideSize,
    postal_codes: &[&str],
    now: time::OffsetDateTime,
) -> StoreResult<Vec<(OrganisationId, ProgrammeId)>> {
    let kinds = ["buddy", "learning", "career"];
    let mut programmes = Vec::new();
    for o in 0..size.organisations {
        let organisation = store
            .create_organisation(&format!("Bench-Verein {o}"), "Hannover", now)
            .await?
            .id;
        for p in 0..size.programmes_per_organisation {
            let details = ProgrammeDetails::parse(
                &format!("Programm {o}-{p}"),
                kinds[(o + p) % kinds.len()],
                "",
                postal_codes.first().copied().unwrap_or("30159"),
                "de,ar",
                "12",
                "1",
                true,
            )
            .map_err(|_| crate::StoreError::Corrupt("bench programme"))?;
            let programme = store
                .create_programme(&organisation, &details, now)
                .await?
                .id;
            programmes.push((organisation.clone(), programme));
        }
    }
    // Programmes are numbered by id (the same numbering in every statement); days are picked
    // from short fixed-width lists (months back from now, days 01–28), since SUBSTR into a long
    // string walks it character by character on both backends.
    let numbered = "(SELECT id, organisation_id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k \
                    FROM programmes)";
    let today = tandem_core::event::to_local(now).date();
    let month = tandem_core::followup::YearMonth::of(today);
    let months: String = (0..24)
        .map(|back: i32| {
            let index = month.year * 12 + i32::from(month.month) - 1 - back;
            format!(
                "{:04}-{:02}",
                index.div_euclid(12),
                index.rem_euclid(12) + 1
            )
        })
        .collect();
    // Days 01–28 of earlier months; this month's only up to yesterday (or the 1st).
    let days: String = (1..=28).map(|day| format!("{day:02}")).collect();
    let this_month_days = u32::from(today.day().saturating_sub(1).max(1));
    let at = crate::to_unix(now);
    let (per, mentors, tandems) = (
        size.people_per_programme,
        size.mentors_per_programme(),
        size.tandems_per_programme,
    );
    let code_count = postal_codes.len().max(1);
    let codes: String = postal_codes.concat();
    // A day `x` (any number): month (x % 24) back, day of month by x.
    let day_of = |x: &str| {
        format!(
            "SUBSTR($2, (({x}) % 24) * 7 + 1, 7) || '-' || CASE WHEN ({x}) % 24 = 0 THEN \
             SUBSTR($3, (({x}) % {this_month_days}) * 2 + 1, 2) ELSE \
             SUBSTR($3, (({x}) % 28) * 2 + 1, 2) END"
        )
    };

    let people = format!(
        "{counter} INSERT INTO people (id, programme_id, organisation_id, side, status, \
         first_name, last_name, email, email_key, phone, postal_code, languages, availability, \
         gender, gender_preference, birth_year, interests, goals, profession, capacity, locale, \
         coordinator_notes, consent_text_version, consent_locale, consent_given_at, \
         registered_at, updated_at) \
         SELECT 'bp-' || i, p.id, p.organisation_id, \
         CASE WHEN i % {per} < {mentors} THEN 'mentor' ELSE 'mentee' END, \
         CASE WHEN i % {per} < {mentors} + {tandems} THEN 'matched' ELSE 'ready' END, \
         'Bench', 'Person', 'b' || i || '@bench.invalid', 'b' || i || '@bench.invalid', NULL, \
         SUBSTR($1, (i % {code_count}) * 5 + 1, 5), 'de:native', 0, 'not_stated', 'any', 1990, \
         '', '', '', NULL, 'de', '', 'v1', 'de', $2, $2 - (i % 400) * 86400, $2 \
         FROM n JOIN {numbered} p ON p.k = i / {per}",
        counter = counter(size.people()),
    );
    let tandem_rows = format!(
        "INSERT INTO tandems (id, programme_id, organisation_id, mentor_id, mentee_id, status, \
         mentor_accepted, mentee_accepted, end_reason, created_at, started_at, ended_at, \
         updated_at) SELECT 'bt-' || i, p.id, p.organisation_id, \
         'bp-' || ((i / {tandems}) * {per} + (i % {tandems}) % {mentors}), \
         'bp-' || ((i / {tandems}) * {per} + {mentors} + i % {tandems}), \
         CASE i % 10 WHEN 7 THEN 'completed' WHEN 8 THEN 'ended_early' WHEN 9 THEN 'paused' \
         ELSE 'active' END, TRUE, TRUE, CASE i % 10 WHEN 8 THEN 'no_time' ELSE NULL END, \
         s - 7 * 86400, s, CASE WHEN i % 10 IN (7, 8) THEN $1 - ((i * 3) % 25 + 1) * 86400 \
         ELSE NULL END, $1 FROM (SELECT i, $1 - (30 + (i * 7) % 700) * 86400 AS s FROM ({counter} \
         SELECT i FROM n) c) t JOIN {numbered} p ON p.k = i / {tandems}",
        counter = counter(size.tandems()),
    );
    let per_tandem = size.meetings_per_tandem.max(1);
    let meetings = format!(
        "{counter} INSERT INTO meetings (id, tandem_id, organisation_id, met_on, minutes, kind, \
         note, logged_by, created_at) SELECT 'bm-' || i, t.id, t.organisation_id, {day}, \
         30 + (i % 8) * 15, 'in_person', '', 'mentor', $1 FROM n \
         JOIN tandems t ON t.id = 'bt-' || (i / {per_tandem})",
        counter = counter(size.meetings()),
        day = day_of(&format!("(i / {per_tandem}) * 7 + (i % {per_tandem}) * 11")),
    );
    // Outcomes for every fifth tandem's mentee.
    let outcomes = format!(
        "{counter} INSERT INTO outcomes (id, organisation_id, person_id, tandem_id, kind, \
         level, achieved_on, detail, recorded_by, created_at) SELECT 'bo-' || i, \
         t.organisation_id, t.mentee_id, t.id, CASE i % 7 WHEN 0 THEN 'german_level' WHEN 1 THEN \
         'school_transition' WHEN 2 THEN 'apprenticeship' WHEN 3 THEN 'job' WHEN 4 THEN \
         'qualification_recognised' WHEN 5 THEN 'study_place' ELSE 'german_level' END, \
         CASE WHEN i % 7 IN (0, 6) THEN 'B1' ELSE NULL END, {day}, '', 'bench', $1 FROM n \
         JOIN tandems t ON t.id = 'bt-' || (i * 5)",
        counter = counter(size.tandems() / 5),
        day = day_of("i * 13"),
    );
    as_system!(store, |tx| {
        sqlx::query(&people)
            .bind(&codes)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        sqlx::query(&tandem_rows).bind(at).execute(&mut *tx).await?;
        sqlx::query(&meetings)
            .bind(at)
            .bind(&months)
            .bind(&days)
            .execute(&mut *tx)
            .await?;
        sqlx::query(&outcomes)
            .bind(at)
            .bind(&months)
            .bind(&days)
            .execute(&mut *tx)
            .await?;
        // Fresh statistics, as autovacuum (PostgreSQL) or `PRAGMA optimize` would have them.
        sqlx::query("ANALYZE").execute(&mut *tx).await.map(|_| ())
    })?;
    // The bulk load bypassed the functions that keep the statewide rollup.
    store.rebuild_statewide_rollup().await?;
    Ok(programmes)
}
