//! Matching runs: the pool a run works on, the runs and their proposals as the coordinator reviews
//! them, sending proposals as tandems with personal links, the answers given through those links,
//! and the mail outbox. One draft run per programme at a time (a unique index), so two coordinators
//! can never produce overlapping proposal sets.

use crate::people::{PERSON_COLUMNS, PersonRow};
use crate::{
    Store, StoreError, StoreResult, as_system, from_unix, in_organisation,
    in_organisation_transaction, to_unix,
};
use tandem_core::{
    ids::{OrganisationId, PersonId, ProgrammeId, ProposalId, RunId, TandemId, UserId},
    matching::{Criteria, Outcome, Reason, WaitingReason},
    person::{Person, PersonStatus, Side},
    tandem::{Tandem, TandemAction, TandemStatus},
};

/// Who a run can pair: waiting mentees, mentors with free places, and pairs declined before.
#[derive(Debug, Clone, Default)]
pub struct MatchingPool {
    pub mentees: Vec<Person>,
    pub mentors: Vec<(Person, u32)>,
    pub declined: Vec<(PersonId, PersonId)>,
    /// Minors among the mentees and the mentors' certificates of conduct (§72a SGB VIII), for
    /// `matching::Request::safeguarding`. Minors without a guardian's consent are left out of
    /// `mentees` altogether.
    pub safeguarding: tandem_core::minors::Safeguarding,
    /// Everyone's intake answers, for criteria that compare them.
    pub answers: tandem_core::matching::IntakeAnswers,
}

/// A run as the coordinator's result page shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RunView {
    pub id: String,
    pub programme_id: String,
    pub started_by: String,
    pub objective: String,
    pub status: String,
    pub mentees: i64,
    pub places: i64,
    pub matched: i64,
    pub total_score: i64,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub proposals: Vec<ProposalView>,
    pub waiting: Vec<WaitingView>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ProposalView {
    pub id: String,
    pub mentee_id: String,
    pub mentee_name: String,
    pub mentor_id: String,
    pub mentor_name: String,
    pub score: i64,
    pub reasons: Vec<Reason>,
    pub pinned: bool,
    /// proposed, dropped, sent or failed.
    pub state: String,
    pub tandem_id: Option<String>,
    /// Why sending failed (a domain error code), if it did.
    pub problem: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WaitingView {
    pub mentee_id: String,
    pub mentee_name: String,
    pub reason: WaitingReason,
}

/// A line of a programme's run history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct RunSummary {
    pub id: String,
    pub objective: String,
    pub status: String,
    pub mentees: i64,
    pub places: i64,
    pub matched: i64,
    pub total_score: i64,
    pub created_at: i64,
    pub started_by: String,
}

/// One side of a sent proposal: whom to write to, in which language, with which personal link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub person_id: PersonId,
    pub first_name: String,
    pub email: String,
    pub locale: String,
    /// The secret of the personal link (only its hash is stored).
    pub token: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentProposal {
    pub tandem_id: TandemId,
    pub mentee: Recipient,
    pub mentor: Recipient,
}

/// What a personal link shows: the person's own side, the tandem, and both people.
#[derive(Debug, Clone, PartialEq)]
pub struct ProposalForPerson {
    pub organisation_id: OrganisationId,
    pub tandem: Tandem,
    pub side: Side,
    pub proposed_at: Option<time::OffsetDateTime>,
    pub own: Person,
    pub other: Person,
}

/// An unanswered proposal whose reminder is due: a fresh personal link for the side that has
/// not answered (the old link stops working).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub organisation_id: OrganisationId,
    pub tandem_id: TandemId,
    pub recipient: Recipient,
    pub other_first_name: String,
}

/// A mail waiting in the outbox.

#[derive(sqlx::FromRow)]
struct RunRow {
    id: String,
    programme_id: String,
    started_by: String,
    objective: String,
    status: String,
    mentees: i64,
    places: i64,
    matched: i64,
    total_score: i64,
    waiting: String,
    created_at: i64,
    sent_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct ProposalRow {
    id: String,
    mentee_id: String,
    mentee_name: String,
    mentor_id: String,
    mentor_name: String,
    score: i64,
    reasons: String,
    pinned: bool,
    state: String,
    tandem_id: Option<String>,
    problem: Option<String>,
}

/// Mentee rows, mentor rows, the programme's default places, open tandems per mentor, and the
/// declined pairs, as read for one matching pool.
type PoolRows = (
    Vec<PersonRow>,
    Vec<PersonRow>,
    Option<i64>,
    Vec<(String, i64)>,
    Vec<(String, String)>,
);

const OPEN_STATUSES: &str = "('proposed', 'accepted', 'active', 'paused')";

impl Store {
    /// The programme's own criteria, if its admin set any (otherwise the kind's defaults apply).
    pub async fn matching_criteria(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
    ) -> StoreResult<Option<Criteria>> {
        let raw: Option<String> = in_organisation!(self, organisation, |tx| {
            sqlx::query_scalar(
                "SELECT matching_criteria FROM programmes WHERE id = $1 AND organisation_id = $2",
            )
            .bind(programme.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await
        })?;
        let raw = raw.ok_or(StoreError::NotFound)?;
        if raw.is_empty() {
            return Ok(None);
        }
        serde_json::from_str(&raw)
            .map(Some)
            .map_err(|_| StoreError::Corrupt("programmes.matching_criteria"))
    }

    pub async fn set_matching_criteria(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
        criteria: &Criteria,
    ) -> StoreResult<()> {
        let raw = serde_json::to_string(criteria).map_err(|_| StoreError::Corrupt("criteria"))?;
        let changed = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "UPDATE programmes SET matching_criteria = $1 WHERE id = $2 AND organisation_id = $3",
            )
            .bind(&raw)
            .bind(programme.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Waiting mentees (ready), mentors with free places (ready or already matched below their
    /// capacity), and the pairs declined before, of one programme of the caller's organisation.
    pub async fn matching_pool(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
    ) -> StoreResult<MatchingPool> {
        let people_sql = format!(
            "SELECT {PERSON_COLUMNS} FROM people WHERE programme_id = $1 AND organisation_id = $2 \
             AND side = $3 AND status IN ('ready', 'matched') AND erased_at IS NULL ORDER BY registered_at, id"
        );
        let load_sql = format!(
            "SELECT t.mentor_id, COUNT(*) FROM tandems t WHERE t.programme_id = $1 \
             AND t.status IN {OPEN_STATUSES} GROUP BY t.mentor_id"
        );
        let (mentee_rows, mentor_rows, default_places, loads, declined): PoolRows =
            in_organisation!(self, organisation, |tx| {
                let mentees = sqlx::query_as(&people_sql)
                    .bind(programme.as_str())
                    .bind(organisation.as_str())
                    .bind(Side::Mentee.as_str())
                    .fetch_all(&mut *tx)
                    .await?;
                let mentors = sqlx::query_as(&people_sql)
                    .bind(programme.as_str())
                    .bind(organisation.as_str())
                    .bind(Side::Mentor.as_str())
                    .fetch_all(&mut *tx)
                    .await?;
                let places = sqlx::query_scalar(
                    "SELECT mentor_capacity FROM programmes WHERE id = $1 AND organisation_id = $2",
                )
                .bind(programme.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await?;
                let loads = sqlx::query_as(&load_sql)
                    .bind(programme.as_str())
                    .fetch_all(&mut *tx)
                    .await?;
                let member_loads: Vec<(String, i64)> =
                    sqlx::query_as(crate::members::MEMBER_LOADS_SQL)
                        .bind(programme.as_str())
                        .fetch_all(&mut *tx)
                        .await?;
                let loads = [loads, member_loads].concat();
                let declined = sqlx::query_as(
                    "SELECT mentee_id, mentor_id FROM declined_pairs WHERE programme_id = $1",
                )
                .bind(programme.as_str())
                .fetch_all(&mut *tx)
                .await?;
                Ok::<_, sqlx::Error>((mentees, mentors, places, loads, declined))
            })?;
        let default_places = default_places.ok_or(StoreError::NotFound)?;
        // A mentor's open tandems as primary mentor and as further mentor, added up.
        let mut load: std::collections::HashMap<String, i64> = std::collections::HashMap::new();
        for (mentor, open) in loads {
            *load.entry(mentor).or_default() += open;
        }
        let mut pool = MatchingPool::default();
        for row in mentee_rows {
            let person = row.into_domain()?;
            if person.status == PersonStatus::Ready {
                pool.mentees.push(person);
            }
        }
        for row in mentor_rows {
            let person = row.into_domain()?;
            let places = person.profile.capacity.map_or(default_places, i64::from);
            let free = places - load.get(person.id.as_str()).copied().unwrap_or(0);
            if free > 0 {
                pool.mentors
                    .push((person, u32::try_from(free).unwrap_or(0)));
            }
        }
        pool.declined = declined
            .into_iter()
            .map(|(mentee, mentor)| (PersonId::from_string(mentee), PersonId::from_string(mentor)))
            .collect();
        // Matching has no clock of its own: minors are judged on today's German date.
        let today = tandem_core::event::to_local(time::OffsetDateTime::now_utc()).date();
        let guard = self
            .pool_safeguarding(organisation, programme, &pool.mentees, today)
            .await?;
        pool.mentees
            .retain(|mentee| !guard.unconsented.contains(&mentee.id));
        pool.safeguarding = guard.safeguarding;
        pool.answers = self
            .programme_intake_answers(organisation, programme)
            .await?;
        // The programme's rules: a certificate for every mentor, required trainings.
        self.apply_programme_rules(organisation, programme, &mut pool)
            .await?;
        Ok(pool)
    }

    /// Stores a run and its proposals as a draft. Refused with `Conflict { field: "run" }` while
    /// another draft of the same programme waits for a decision.
    #[expect(
        clippy::too_many_arguments,
        reason = "a run is recorded with all it was given"
    )]
    pub async fn save_run(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
        started_by: &UserId,
        objective: &str,
        criteria: &Criteria,
        settings: &serde_json::Value,
        outcome: &Outcome,
        names: &std::collections::HashMap<PersonId, String>,
        now: time::OffsetDateTime,
    ) -> StoreResult<RunId> {
        let id = RunId::generate();
        let name = |person: &PersonId| names.get(person).cloned().unwrap_or_default();
        let waiting: Vec<WaitingView> = outcome
            .waiting
            .iter()
            .map(|waiting| WaitingView {
                mentee_id: waiting.mentee.to_string(),
                mentee_name: name(&waiting.mentee),
                reason: waiting.reason.clone(),
            })
            .collect();
        let criteria_json = to_json(criteria);
        let waiting_json = to_json(&waiting);
        let settings_json = settings.to_string();
        in_organisation_transaction!(self, organisation, |tx| {
            let owned: Option<String> = sqlx::query_scalar(
                "SELECT id FROM programmes WHERE id = $1 AND organisation_id = $2",
            )
            .bind(programme.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await?;
            if owned.is_none() {
                return Err(StoreError::NotFound);
            }
            sqlx::query(
                "INSERT INTO matching_runs (id, programme_id, organisation_id, started_by, \
                 objective, criteria, settings, status, mentees, places, matched, total_score, \
                 waiting, created_at, sent_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 'draft', $8, $9, $10, $11, $12, $13, NULL)",
            )
            .bind(id.as_str())
            .bind(programme.as_str())
            .bind(organisation.as_str())
            .bind(started_by.as_str())
            .bind(objective)
            .bind(&criteria_json)
            .bind(&settings_json)
            .bind(i64::from(outcome.mentees))
            .bind(i64::from(outcome.places))
            .bind(outcome.proposals.len() as i64)
            .bind(outcome.total_score)
            .bind(&waiting_json)
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await
            .map_err(|e| crate::conflict_on(e, "matching_runs_one_draft", "run"))?;
            for (position, proposal) in outcome.proposals.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO run_proposals (id, run_id, position, mentee_id, mentor_id, score, \
                     reasons, pinned, state, tandem_id, problem) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'proposed', NULL, NULL)",
                )
                .bind(ProposalId::generate().as_str())
                .bind(id.as_str())
                .bind(position as i64)
                .bind(proposal.mentee.as_str())
                .bind(proposal.mentor.as_str())
                .bind(i64::from(proposal.score))
                .bind(to_json(&proposal.reasons))
                .bind(proposal.pinned)
                .execute(&mut *tx)
                .await?;
            }
            Ok(id)
        })
    }

    pub async fn matching_run(
        &self,
        organisation: &OrganisationId,
        run: &RunId,
    ) -> StoreResult<RunView> {
        let proposals_sql = "SELECT rp.id, rp.mentee_id, \
             me.first_name || ' ' || me.last_name AS mentee_name, rp.mentor_id, \
             mr.first_name || ' ' || mr.last_name AS mentor_name, rp.score, rp.reasons, rp.pinned, \
             rp.state, rp.tandem_id, rp.problem FROM run_proposals rp \
             JOIN people me ON me.id = rp.mentee_id JOIN people mr ON mr.id = rp.mentor_id \
             WHERE rp.run_id = $1 ORDER BY rp.position";
        let (row, proposals): (Option<RunRow>, Vec<ProposalRow>) =
            in_organisation!(self, organisation, |tx| {
                let row = sqlx::query_as(
                "SELECT r.id, r.programme_id, u.display_name AS started_by, r.objective, r.status, \
                 r.mentees, r.places, r.matched, r.total_score, r.waiting, r.created_at, r.sent_at \
                 FROM matching_runs r JOIN users u ON u.id = r.started_by \
                 WHERE r.id = $1 AND r.organisation_id = $2",
            )
            .bind(run.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await?;
                let proposals = sqlx::query_as(proposals_sql)
                    .bind(run.as_str())
                    .fetch_all(&mut *tx)
                    .await?;
                Ok::<_, sqlx::Error>((row, proposals))
            })?;
        let row = row.ok_or(StoreError::NotFound)?;
        let proposals = proposals
            .into_iter()
            .map(|p| {
                Ok(ProposalView {
                    reasons: serde_json::from_str(&p.reasons)
                        .map_err(|_| StoreError::Corrupt("run_proposals.reasons"))?,
                    id: p.id,
                    mentee_id: p.mentee_id,
                    mentee_name: p.mentee_name,
                    mentor_id: p.mentor_id,
                    mentor_name: p.mentor_name,
                    score: p.score,
                    pinned: p.pinned,
                    state: p.state,
                    tandem_id: p.tandem_id,
                    problem: p.problem,
                })
            })
            .collect::<StoreResult<Vec<_>>>()?;
        Ok(RunView {
            waiting: serde_json::from_str(&row.waiting)
                .map_err(|_| StoreError::Corrupt("matching_runs.waiting"))?,
            id: row.id,
            programme_id: row.programme_id,
            started_by: row.started_by,
            objective: row.objective,
            status: row.status,
            mentees: row.mentees,
            places: row.places,
            matched: row.matched,
            total_score: row.total_score,
            created_at: row.created_at,
            sent_at: row.sent_at,
            proposals,
        })
    }

    /// A programme's runs, newest first.
    pub async fn list_runs(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
    ) -> StoreResult<Vec<RunSummary>> {
        Ok(in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT r.id, r.objective, r.status, r.mentees, r.places, r.matched, \
                 r.total_score, r.created_at, u.display_name AS started_by FROM matching_runs r \
                 JOIN users u ON u.id = r.started_by \
                 WHERE r.programme_id = $1 AND r.organisation_id = $2 \
                 ORDER BY r.created_at DESC, r.id LIMIT 50",
            )
            .bind(programme.as_str())
            .bind(organisation.as_str())
            .fetch_all(&mut *tx)
            .await
        })?)
    }

    /// Drops a proposal from a draft run, or takes it back.
    pub async fn set_proposal_dropped(
        &self,
        organisation: &OrganisationId,
        run: &RunId,
        proposal: &ProposalId,
        dropped: bool,
    ) -> StoreResult<()> {
        let (from, to) = if dropped {
            ("proposed", "dropped")
        } else {
            ("dropped", "proposed")
        };
        let changed = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "UPDATE run_proposals SET state = $1 WHERE id = $2 AND run_id = $3 AND state = $4 \
                 AND run_id IN (SELECT id FROM matching_runs WHERE id = $3 \
                 AND organisation_id = $5 AND status = 'draft')",
            )
            .bind(to)
            .bind(proposal.as_str())
            .bind(run.as_str())
            .bind(from)
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// The mentee and mentor of a proposal in a draft run of the caller's organisation.
    pub async fn draft_proposal_pair(
        &self,
        organisation: &OrganisationId,
        run: &RunId,
        proposal: &ProposalId,
    ) -> StoreResult<(PersonId, PersonId)> {
        let pair: Option<(String, String)> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT rp.mentee_id, rp.mentor_id FROM run_proposals rp \
                 JOIN matching_runs r ON r.id = rp.run_id WHERE rp.id = $1 AND rp.run_id = $2 \
                 AND r.organisation_id = $3 AND r.status = 'draft'",
            )
            .bind(proposal.as_str())
            .bind(run.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await
        })?;
        let (mentee, mentor) = pair.ok_or(StoreError::NotFound)?;
        Ok((PersonId::from_string(mentee), PersonId::from_string(mentor)))
    }

    /// Gives two proposals of a draft run each other's mentor, with their new scores and reasons.
    pub async fn swap_mentors(
        &self,
        organisation: &OrganisationId,
        run: &RunId,
        first: (&ProposalId, i32, &[Reason]),
        second: (&ProposalId, i32, &[Reason]),
    ) -> StoreResult<()> {
        let (first_pair, second_pair) = (
            self.draft_proposal_pair(organisation, run, first.0).await?,
            self.draft_proposal_pair(organisation, run, second.0)
                .await?,
        );
        in_organisation_transaction!(self, organisation, |tx| {
            for ((proposal, score, reasons), mentor) in
                [(first, &second_pair.1), (second, &first_pair.1)]
            {
                sqlx::query(
                    "UPDATE run_proposals SET mentor_id = $1, score = $2, reasons = $3, \
                     pinned = FALSE, state = 'proposed' WHERE id = $4 AND run_id = $5",
                )
                .bind(mentor.as_str())
                .bind(i64::from(score))
                .bind(to_json(&reasons))
                .bind(proposal.as_str())
                .bind(run.as_str())
                .execute(&mut *tx)
                .await?;
            }
            Ok::<_, StoreError>(())
        })?;
        Ok(())
    }

    /// Discards a draft run: nothing is sent, and the programme can run again.
    pub async fn discard_run(&self, organisation: &OrganisationId, run: &RunId) -> StoreResult<()> {
        let changed = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "UPDATE matching_runs SET status = 'discarded' WHERE id = $1 \
                 AND organisation_id = $2 AND status = 'draft'",
            )
            .bind(run.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Sends a draft run: every proposal still proposed becomes a tandem (status proposed) with a
    /// personal link for each side. A proposal that can no longer be made (the mentor filled up
    /// meanwhile, the mentee withdrew) is marked failed with the reason; the others go out.
    /// `token` makes a fresh (secret, hash) pair.
    pub async fn send_run(
        &self,
        organisation: &OrganisationId,
        run: &RunId,
        token: &mut (dyn FnMut() -> (String, String) + Send),
        now: time::OffsetDateTime,
    ) -> StoreResult<Vec<SentProposal>> {
        // Claim the run first: a second click, or a second coordinator, finds it sent.
        let claimed = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "UPDATE matching_runs SET status = 'sent', sent_at = $1 WHERE id = $2 \
                 AND organisation_id = $3 AND status = 'draft'",
            )
            .bind(to_unix(now))
            .bind(run.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        if claimed == 0 {
            return Err(StoreError::NotFound);
        }
        let pending: Vec<(String, String, String)> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(
                "SELECT id, mentee_id, mentor_id FROM run_proposals WHERE run_id = $1 \
                 AND state = 'proposed' ORDER BY position",
            )
            .bind(run.as_str())
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut sent = Vec::new();
        for (proposal, mentee_id, mentor_id) in pending {
            let (mentee_id, mentor_id) = (
                PersonId::from_string(mentee_id),
                PersonId::from_string(mentor_id),
            );
            let outcome = self
                .create_tandem(organisation, &mentor_id, &mentee_id, now)
                .await;
            let tandem = match outcome {
                Ok(tandem) => tandem,
                Err(StoreError::Domain(error)) => {
                    let code = match error {
                        tandem_core::DomainError::Invalid { code, .. } => code,
                        tandem_core::DomainError::CertificateOfConduct { problem } => {
                            problem.public_code()
                        }
                        _ => "illegal-move",
                    };
                    self.mark_proposal(&proposal, "failed", None, Some(code))
                        .await?;
                    continue;
                }
                Err(StoreError::Conflict { .. }) => {
                    self.mark_proposal(&proposal, "failed", None, Some("not-available"))
                        .await?;
                    continue;
                }
                Err(other) => return Err(other),
            };
            let (mentee_token, mentee_hash) = token();
            let (mentor_token, mentor_hash) = token();
            in_organisation!(self, organisation, |tx| {
                sqlx::query(
                    "UPDATE tandems SET mentee_token_hash = $1, mentor_token_hash = $2, \
                     proposed_at = $3 WHERE id = $4",
                )
                .bind(&mentee_hash)
                .bind(&mentor_hash)
                .bind(to_unix(now))
                .bind(tandem.id.as_str())
                .execute(&mut *tx)
                .await
                .map(|_| ())
            })?;
            self.mark_proposal(&proposal, "sent", Some(&tandem.id), None)
                .await?;
            let mentee = self.person(organisation, &mentee_id).await?;
            let mentor = self.person(organisation, &mentor_id).await?;
            let recipient = |person: Person, token: String| Recipient {
                person_id: person.id,
                first_name: person.profile.first_name,
                email: person.profile.email.as_str().to_owned(),
                locale: person.profile.locale,
                token,
            };
            sent.push(SentProposal {
                tandem_id: tandem.id,
                mentee: recipient(mentee, mentee_token),
                mentor: recipient(mentor, mentor_token),
            });
        }
        Ok(sent)
    }

    async fn mark_proposal(
        &self,
        proposal: &str,
        state: &str,
        tandem: Option<&TandemId>,
        problem: Option<&str>,
    ) -> StoreResult<()> {
        as_system!(self, |tx| {
            sqlx::query(
                "UPDATE run_proposals SET state = $1, tandem_id = $2, problem = $3 WHERE id = $4",
            )
            .bind(state)
            .bind(tandem.map(TandemId::as_str))
            .bind(problem)
            .bind(proposal)
            .execute(&mut *tx)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }

    /// The proposal behind a personal link, by the hash of its secret.
    pub async fn proposal_by_token(&self, token_hash: &str) -> StoreResult<ProposalForPerson> {
        let found: Option<(String, String, String, String, Option<i64>)> =
            as_system!(self, |tx| {
                sqlx::query_as(
                    "SELECT id, organisation_id, \
                 CASE WHEN mentee_token_hash = $1 THEN 'mentee' ELSE 'mentor' END, \
                 programme_id, proposed_at FROM tandems \
                 WHERE mentee_token_hash = $1 OR mentor_token_hash = $1",
                )
                .bind(token_hash)
                .fetch_optional(&mut *tx)
                .await
            })?;
        let (id, organisation, side, _, proposed_at) = found.ok_or(StoreError::NotFound)?;
        let organisation = OrganisationId::from_string(organisation);
        let tandem = self
            .tandem_record(&organisation, &TandemId::from_string(id))
            .await?;
        let side = Side::parse(&side).map_err(|_| StoreError::Corrupt("tandems.side"))?;
        let (own_id, other_id) = match side {
            Side::Mentee => (&tandem.mentee_id, &tandem.mentor_id),
            Side::Mentor => (&tandem.mentor_id, &tandem.mentee_id),
        };
        let own = self.person(&organisation, own_id).await?;
        let other = self.person(&organisation, other_id).await?;
        Ok(ProposalForPerson {
            proposed_at: proposed_at
                .map(|at| from_unix(at, "tandems.proposed_at"))
                .transpose()?,
            organisation_id: organisation,
            tandem,
            side,
            own,
            other,
        })
    }

    /// Records an answer given through a personal link (or by phone, through the coordinator).
    /// A decline also records the pair so it is never proposed again.
    pub async fn answer_proposal(
        &self,
        token_hash: &str,
        accept: bool,
        reason: Option<&str>,
        now: time::OffsetDateTime,
    ) -> StoreResult<Tandem> {
        let proposal = self.proposal_by_token(token_hash).await?;
        if proposal.tandem.status != TandemStatus::Proposed {
            return Err(tandem_core::DomainError::invalid("tandem", "already-answered").into());
        }
        let action = if accept {
            TandemAction::Accept(proposal.side)
        } else {
            TandemAction::Decline(proposal.side)
        };
        let tandem = self
            .apply_tandem_action(&proposal.organisation_id, &proposal.tandem.id, action, now)
            .await?;
        if let (false, Some(reason)) = (accept, reason.filter(|r| !r.trim().is_empty())) {
            as_system!(self, |tx| {
                sqlx::query("UPDATE tandems SET decline_reason = $1 WHERE id = $2")
                    .bind(reason.trim())
                    .bind(tandem.id.as_str())
                    .execute(&mut *tx)
                    .await
                    .map(|_| ())
            })?;
        }
        Ok(tandem)
    }

    /// Proposals sent at or before `remind_before` and not reminded yet: for each side that has
    /// not answered, a fresh link (its hash replaces the old one) and whom to write to.
    pub async fn due_reminders(
        &self,
        remind_before: time::OffsetDateTime,
        token: &mut (dyn FnMut() -> (String, String) + Send),
        now: time::OffsetDateTime,
    ) -> StoreResult<Vec<Reminder>> {
        let due: Vec<(String, String)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT id, organisation_id FROM tandems WHERE status = 'proposed' \
                 AND proposed_at IS NOT NULL AND proposed_at <= $1 AND reminded_at IS NULL \
                 ORDER BY proposed_at, id LIMIT 500",
            )
            .bind(to_unix(remind_before))
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut reminders = Vec::new();
        for (id, organisation) in due {
            let organisation = OrganisationId::from_string(organisation);
            let tandem = self
                .tandem_record(&organisation, &TandemId::from_string(id))
                .await?;
            // Claim the reminder first, so a second job run does not write twice.
            let claimed = as_system!(self, |tx| {
                sqlx::query(
                    "UPDATE tandems SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL",
                )
                .bind(to_unix(now))
                .bind(tandem.id.as_str())
                .execute(&mut *tx)
                .await
                .map(|done| done.rows_affected())
            })?;
            if claimed == 0 {
                continue;
            }
            let mentee = self.person(&organisation, &tandem.mentee_id).await?;
            let mentor = self.person(&organisation, &tandem.mentor_id).await?;
            for (side, person, other, answered) in [
                ("mentee", &mentee, &mentor, tandem.mentee_accepted),
                ("mentor", &mentor, &mentee, tandem.mentor_accepted),
            ] {
                if answered {
                    continue;
                }
                let (secret, hash) = token();
                let column_sql = format!("UPDATE tandems SET {side}_token_hash = $1 WHERE id = $2");
                as_system!(self, |tx| {
                    sqlx::query(&column_sql)
                        .bind(&hash)
                        .bind(tandem.id.as_str())
                        .execute(&mut *tx)
                        .await
                        .map(|_| ())
                })?;
                reminders.push(Reminder {
                    organisation_id: organisation.clone(),
                    tandem_id: tandem.id.clone(),
                    recipient: Recipient {
                        person_id: person.id.clone(),
                        first_name: person.profile.first_name.clone(),
                        email: person.profile.email.as_str().to_owned(),
                        locale: person.profile.locale.clone(),
                        token: secret,
                    },
                    other_first_name: other.profile.first_name.clone(),
                });
            }
        }
        Ok(reminders)
    }

    /// Proposals sent at or before `expire_before` and still unanswered expire: the tandem is
    /// declined and both people wait again — but, unlike a refusal, the pair may be proposed
    /// again. Returns how many expired.
    pub async fn expire_proposals(
        &self,
        expire_before: time::OffsetDateTime,
        now: time::OffsetDateTime,
    ) -> StoreResult<usize> {
        let due: Vec<(String, String)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT id, organisation_id FROM tandems WHERE status = 'proposed' \
                 AND proposed_at IS NOT NULL AND proposed_at <= $1 ORDER BY proposed_at, id",
            )
            .bind(to_unix(expire_before))
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut expired = 0;
        for (id, organisation) in due {
            let organisation = OrganisationId::from_string(organisation);
            let id = TandemId::from_string(id);
            let tandem = match self
                .apply_tandem_action(&organisation, &id, TandemAction::Decline(Side::Mentee), now)
                .await
            {
                Ok(tandem) => tandem,
                // Answered in the meantime: nothing to expire.
                Err(StoreError::Domain(_)) => continue,
                Err(other) => return Err(other),
            };
            as_system!(self, |tx| {
                sqlx::query("DELETE FROM declined_pairs WHERE mentee_id = $1 AND mentor_id = $2")
                    .bind(tandem.mentee_id.as_str())
                    .bind(tandem.mentor_id.as_str())
                    .execute(&mut *tx)
                    .await
                    .map(|_| ())
            })?;
            as_system!(self, |tx| {
                sqlx::query("UPDATE tandems SET decline_reason = 'expired' WHERE id = $1")
                    .bind(tandem.id.as_str())
                    .execute(&mut *tx)
                    .await
                    .map(|_| ())
            })?;
            expired += 1;
        }
        Ok(expired)
    }
}

/// The JSON text this module stores for structured values.
fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
