//! Imports that run in the background, so that a large list shows its progress on a page that
//! refreshes itself (no JavaScript): the request that starts an import answers at once with the
//! address of its status page, and the import writes its rows in one transaction as before —
//! all or nothing. Jobs live in the server's memory: a restart ends a running import's
//! transaction, which writes nothing, and the upload stays to be imported again.

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};
use tandem_core::ids::{OrganisationId, ProgrammeId};

/// How long a finished job's result stays readable on its status page.
const KEEP_FINISHED: Duration = Duration::from_secs(60 * 60);

/// How a job ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    /// This many people were written.
    Imported(usize),
    /// Nothing was written; the translation key says why.
    Failed(&'static str),
}

/// What the status page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProgress {
    pub programme: ProgrammeId,
    pub total: usize,
    pub done: usize,
    pub outcome: Option<ImportOutcome>,
}

#[derive(Debug)]
struct Job {
    organisation: OrganisationId,
    programme: ProgrammeId,
    total: usize,
    done: Arc<AtomicUsize>,
    outcome: Option<(ImportOutcome, Instant)>,
}

/// The running and recently finished imports of this server, by job id.
#[derive(Debug, Clone, Default)]
pub struct ImportJobs(Arc<Mutex<HashMap<String, Job>>>);

/// The handle a running import reports through.
pub struct ImportTicket {
    jobs: ImportJobs,
    id: String,
    done: Arc<AtomicUsize>,
}

impl ImportJobs {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Job>> {
        // A panic while holding the lock leaves the map itself whole; keep serving it.
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Registers a new import of `total` rows and returns its ticket (whose id is a random
    /// UUID, so status pages cannot be guessed). Old finished jobs are forgotten on the way.
    pub fn start(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
        total: usize,
    ) -> ImportTicket {
        let id = uuid::Uuid::new_v4().to_string();
        let done = Arc::new(AtomicUsize::new(0));
        let mut jobs = self.lock();
        jobs.retain(|_, job| {
            job.outcome
                .as_ref()
                .is_none_or(|(_, at)| at.elapsed() < KEEP_FINISHED)
        });
        jobs.insert(
            id.clone(),
            Job {
                organisation: organisation.clone(),
                programme: programme.clone(),
                total,
                done: Arc::clone(&done),
                outcome: None,
            },
        );
        ImportTicket {
            jobs: self.clone(),
            id,
            done,
        }
    }

    /// A job's progress, only for its own organisation (another one's is "not found").
    pub fn progress(&self, organisation: &OrganisationId, id: &str) -> Option<ImportProgress> {
        let jobs = self.lock();
        let job = jobs
            .get(id)
            .filter(|job| &job.organisation == organisation)?;
        Some(ImportProgress {
            programme: job.programme.clone(),
            total: job.total,
            done: job.done.load(Ordering::Relaxed),
            outcome: job.outcome.as_ref().map(|(outcome, _)| outcome.clone()),
        })
    }
}

impl ImportTicket {
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The counter the store's progress callback sets (rows written so far).
    pub fn counter(&self) -> Arc<AtomicUsize> {
        Arc::clone(&self.done)
    }

    pub fn finish(self, outcome: ImportOutcome) {
        if let Some(job) = self.jobs.lock().get_mut(&self.id) {
            job.outcome = Some((outcome, Instant::now()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_reports_progress_and_outcome_to_its_own_organisation_only() {
        let jobs = ImportJobs::default();
        let organisation = OrganisationId::from_string("org".to_owned());
        let programme = ProgrammeId::from_string("programme".to_owned());
        let ticket = jobs.start(&organisation, &programme, 10);
        let id = ticket.id().to_owned();
        ticket.counter().store(4, Ordering::Relaxed);
        let running = jobs.progress(&organisation, &id).unwrap();
        assert_eq!(
            (running.done, running.total, running.outcome),
            (4, 10, None)
        );
        let other = OrganisationId::from_string("other".to_owned());
        assert!(jobs.progress(&other, &id).is_none());
        ticket.finish(ImportOutcome::Imported(10));
        let finished = jobs.progress(&organisation, &id).unwrap();
        assert_eq!(finished.outcome, Some(ImportOutcome::Imported(10)));
        assert!(jobs.progress(&organisation, "unknown").is_none());
    }
}
