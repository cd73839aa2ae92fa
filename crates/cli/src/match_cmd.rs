//! `tandem match solve`: runs the matching engine on an instance file (the benchmark's binary
//! formats or the JSON form) and prints one JSON line with the result and the time it took.
//! `tandem match run`: a matching run for one programme of the database, as on the coordinator's
//! page, with the same summary.

use anyhow::Context;
use std::{io::Write, path::PathBuf, time::Instant};
use tandem_match::{Objective, instance};

#[derive(clap::Subcommand)]
pub enum MatchCommand {
    /// Solve one instance and print objective, matched, totals, seconds and peak memory as JSON.
    Solve(SolveArgs),
    /// Propose tandems for a programme: stored as a draft for the coordinator to review and send
    /// on the matching page (or only shown, with --dry-run).
    Run(RunArgs),
}

#[derive(clap::Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub database: crate::DatabaseArgs,
    /// The programme's id (shown in its page addresses).
    #[arg(long)]
    programme: String,
    /// best (total fit), most (people, then fit) or stable.
    #[arg(long, default_value = "best")]
    objective: String,
    /// Show the proposals without storing anything.
    #[arg(long)]
    dry_run: bool,
    /// The coordinator the stored run is recorded for (their e-mail); needed unless --dry-run.
    #[arg(long = "as")]
    coordinator: Option<String>,
}

#[derive(clap::Args)]
pub struct SolveArgs {
    #[arg(long)]
    instance: PathBuf,
    /// best (total fit), most (people, then fit), stable, or greedy.
    #[arg(long, default_value = "best")]
    objective: String,
    /// Write the chosen pairs as CSV (`mentee,mentor`) to this file.
    #[arg(long)]
    pairs: Option<PathBuf>,
    /// Check the optimality certificate (best and most) before printing.
    #[arg(long)]
    verify: bool,
}

/// Peak resident memory of this process in MB, where the system tells it.
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

pub fn solve(command: SolveArgs) -> anyhow::Result<()> {
    let SolveArgs {
        instance: path,
        objective,
        pairs,
        verify,
    } = command;
    let objective = Objective::parse(&objective).with_context(|| {
        format!("unknown objective '{objective}': use best, most, stable or greedy")
    })?;
    let started = Instant::now();
    let bytes = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let parsed = instance::parse(&bytes)
        .with_context(|| format!("{} is not a valid instance", path.display()))?;
    drop(bytes);
    let load_seconds = started.elapsed().as_secs_f64();
    let output = match parsed {
        instance::Instance::Sparse(problem) => {
            let solving = Instant::now();
            let solution = tandem_match::solve(&problem, objective);
            let solve_seconds = solving.elapsed().as_secs_f64();
            if verify && solution.certificate.is_some() {
                tandem_match::verify_optimal(&problem, &solution)
                    .map_err(|error| anyhow::anyhow!("certificate check failed: {error}"))?;
            }
            if let Some(out) = pairs {
                let mut file = std::io::BufWriter::new(std::fs::File::create(&out)?);
                writeln!(file, "mentee,mentor")?;
                for (mentee, mentor) in solution.pairs() {
                    writeln!(file, "{mentee},{mentor}")?;
                }
            }
            serde_json::json!({
                "objective": objective,
                "mentees": problem.mentees(),
                "mentors": problem.mentors(),
                "pairs": problem.pair_count(),
                "matched": solution.matched,
                "total_score": solution.total_score,
                "mentor_total": solution.total_mentor_score,
                "certificate_verified": verify && solution.certificate.is_some(),
                "load_seconds": load_seconds,
                "solve_seconds": solve_seconds,
                "peak_mb": peak_mb(),
            })
        }
        instance::Instance::Dense { n, costs } => {
            let solving = Instant::now();
            let result =
                tandem_match::dense::solve(n, &costs).context("malformed dense instance")?;
            let solve_seconds = solving.elapsed().as_secs_f64();
            if verify {
                tandem_match::dense::verify(n, &costs, &result)
                    .map_err(|error| anyhow::anyhow!("certificate check failed: {error}"))?;
            }
            serde_json::json!({
                "objective": "dense_min_cost",
                "n": n,
                "cost": result.cost,
                "certificate_verified": verify,
                "load_seconds": load_seconds,
                "solve_seconds": solve_seconds,
                "peak_mb": peak_mb(),
            })
        }
    };
    println!("{output}");
    Ok(())
}

/// A matching run for one programme, from the command line.
pub async fn run_programme(store: &tandem_store::Store, command: RunArgs) -> anyhow::Result<()> {
    use tandem_core::{
        ids::ProgrammeId,
        matching::{self, Criteria},
    };
    use tandem_web::{
        i18n::{Locale, Tr},
        labels,
    };
    let objective = Objective::parse(&command.objective)
        .filter(|objective| *objective != Objective::Greedy)
        .with_context(|| {
            format!(
                "unknown objective '{}': use best, most or stable",
                command.objective
            )
        })?;
    let programme_id = ProgrammeId::from_string(command.programme.clone());
    let organisation = store
        .programme_owner(&programme_id)
        .await
        .with_context(|| format!("no programme with the id {}", command.programme))?;
    let coordinator = match (&command.coordinator, command.dry_run) {
        (Some(email), _) => {
            let email = tandem_core::values::Email::parse(email)
                .map_err(|_| anyhow::anyhow!("'{email}' is not an e-mail address"))?;
            let (user, _) = store
                .find_login(&email)
                .await?
                .with_context(|| format!("no account for {email}"))?;
            anyhow::ensure!(
                user.organisation_id.as_ref() == Some(&organisation),
                "{email} does not belong to the programme's organisation"
            );
            Some(user)
        }
        (None, true) => None,
        (None, false) => {
            anyhow::bail!("say for whom the run is stored with --as EMAIL, or use --dry-run")
        }
    };
    let progress = indicatif::ProgressBar::new(3).with_style(
        indicatif::ProgressStyle::with_template("{msg:>24} [{bar:20}] {pos}/{len}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    progress.set_message("loading waiting lists");
    let programme = store.programme(&organisation, &programme_id).await?;
    let criteria = store
        .matching_criteria(&organisation, &programme_id)
        .await?
        .unwrap_or_else(|| Criteria::defaults_for(&programme.details));
    let pool = store.matching_pool(&organisation, &programme_id).await?;
    // The programme's intake questions word a shared answer among the reasons.
    let questions = store
        .programme_rules(&organisation, &programme_id)
        .await?
        .questions;
    progress.inc(1);
    progress.set_message("matching");
    let started = Instant::now();
    let outcome = matching::propose(&matching::Request {
        criteria: &criteria,
        objective,
        mentees: &pool.mentees,
        mentors: &pool.mentors,
        declined: &pool.declined,
        pins: &[],
        forbids: &[],
        safeguarding: &pool.safeguarding,
        answers: &pool.answers,
        today: time::OffsetDateTime::now_utc().date(),
    });
    let seconds = started.elapsed().as_secs_f64();
    progress.inc(1);
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(error) => {
            progress.finish_and_clear();
            anyhow::bail!(
                "nothing to match in {}: {error}; nothing was changed",
                programme.details.name
            );
        }
    };
    let names: std::collections::HashMap<_, _> = pool
        .mentees
        .iter()
        .chain(pool.mentors.iter().map(|(person, _)| person))
        .map(|person| {
            (
                person.id.clone(),
                format!("{} {}", person.profile.first_name, person.profile.last_name),
            )
        })
        .collect();
    let stored = match &coordinator {
        Some(user) if !command.dry_run => {
            progress.set_message("storing the run");
            let run = store
                .save_run(
                    &organisation,
                    &programme_id,
                    &user.id,
                    match objective {
                        Objective::MostMatched => "most_matched",
                        Objective::Stable => "stable",
                        _ => "best_fit",
                    },
                    &criteria,
                    &serde_json::json!({"source": "cli"}),
                    &outcome,
                    &names,
                    time::OffsetDateTime::now_utc(),
                )
                .await
                .map_err(|error| match error {
                    tandem_store::StoreError::Conflict { .. } => anyhow::anyhow!(
                        "a run of this programme still waits for a decision: send or discard it first"
                    ),
                    other => other.into(),
                })?;
            Some(run)
        }
        _ => None,
    };
    progress.inc(1);
    progress.finish_and_clear();

    let t = Tr::new(Locale::find("en").unwrap_or(tandem_web::i18n::DEFAULT_LOCALE));
    let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
    println!(
        "{}: {} mentees waiting, {} free mentor places; {} tandems proposed, total score {} ({:.3} s)",
        programme.details.name,
        outcome.mentees,
        outcome.places,
        outcome.proposals.len(),
        outcome.total_score,
        seconds
    );
    for proposal in &outcome.proposals {
        let reasons: Vec<String> = proposal
            .reasons
            .iter()
            .map(|reason| plain(labels::reason(&t, reason, &questions)))
            .collect();
        println!(
            "  {} + {}  [{}]  {}",
            names.get(&proposal.mentee).cloned().unwrap_or_default(),
            names.get(&proposal.mentor).cloned().unwrap_or_default(),
            proposal.score,
            reasons.join(" · ")
        );
    }
    for waiting in &outcome.waiting {
        println!(
            "  waiting: {}: {}",
            names.get(&waiting.mentee).cloned().unwrap_or_default(),
            plain(labels::waiting(&t, &waiting.reason))
        );
    }
    match stored {
        Some(run) => {
            println!("Stored as a draft: /coordinator/runs/{run} (review and send it there).")
        }
        None => println!("Dry run: nothing was stored."),
    }
    Ok(())
}
