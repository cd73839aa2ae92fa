//! `tandem match solve`: runs the matching engine on an instance file (the benchmark's binary
//! formats or the JSON form) and prints one JSON line with the result and the time it took.

use anyhow::Context;
use std::{io::Write, path::PathBuf, time::Instant};
use tandem_match::{Objective, instance};

#[derive(clap::Subcommand)]
pub enum MatchCommand {
    /// Solve one instance and print objective, matched, totals, seconds and peak memory as JSON.
    Solve {
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
    },
}

/// Peak resident memory of this process in MB, where the system tells it.
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

pub fn run(command: MatchCommand) -> anyhow::Result<()> {
    let MatchCommand::Solve {
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
