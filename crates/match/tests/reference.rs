//! Reproduces the published reference objectives of the shared benchmark instances exactly.
//!
//! The instances are generated (never committed) by `bench/make-instances.sh`, which `.ci/run` calls
//! and which exports `TANDEM_BENCH_INSTANCES`. Without that variable these tests print SKIPPED.

use std::path::PathBuf;
use tandem_match::{Objective, Problem, blocking_pairs, dense, instance, solve, verify_optimal};

fn instance_path(name: &str) -> Option<PathBuf> {
    let Some(dir) = std::env::var_os("TANDEM_BENCH_INSTANCES") else {
        eprintln!(
            "*** SKIPPED: TANDEM_BENCH_INSTANCES is not set; run bench/make-instances.sh DIR and \
             export TANDEM_BENCH_INSTANCES=DIR to check the reference objectives ***"
        );
        return None;
    };
    let path = PathBuf::from(dir).join(format!("{name}.bin"));
    assert!(path.exists(), "{} is missing", path.display());
    Some(path)
}

fn load_sparse(name: &str) -> Option<Problem> {
    let path = instance_path(name)?;
    let bytes = std::fs::read(&path).expect("readable instance");
    match instance::parse(&bytes).expect("valid instance") {
        instance::Instance::Sparse(problem) => Some(problem),
        instance::Instance::Dense { .. } => panic!("{name} should be sparse"),
    }
}

struct Reference {
    best: (i64, usize),
    most: (i64, usize),
    stable: (usize, i64, i64),
}

fn check(name: &str, reference: &Reference) {
    let Some(problem) = load_sparse(name) else {
        return;
    };
    let best = solve(&problem, Objective::BestFit);
    assert_eq!(
        (best.total_score, best.matched),
        reference.best,
        "{name}: best fit"
    );
    verify_optimal(&problem, &best).expect("best-fit certificate holds");

    let most = solve(&problem, Objective::MostMatched);
    assert_eq!(
        (most.total_score, most.matched),
        reference.most,
        "{name}: most matched"
    );
    verify_optimal(&problem, &most).expect("most-matched certificate holds");

    let stable = solve(&problem, Objective::Stable);
    assert_eq!(
        (
            stable.matched,
            stable.total_score,
            stable.total_mentor_score
        ),
        reference.stable,
        "{name}: stable"
    );
    assert!(blocking_pairs(&problem, &stable.assignment).is_empty());

    let greedy = solve(&problem, Objective::Greedy);
    assert!(greedy.total_score <= best.total_score);
}

#[test]
fn small_instance_matches_the_reference_objectives() {
    check(
        "small",
        &Reference {
            best: (929_094, 1646),
            most: (924_982, 1667),
            stable: (1613, 843_351, 1_016_644),
        },
    );
}

#[test]
fn medium_instance_matches_the_reference_objectives() {
    check(
        "medium",
        &Reference {
            best: (9_384_500, 16206),
            most: (9_376_661, 16233),
            stable: (16098, 8_470_281, 10_297_584),
        },
    );
}

#[test]
fn dense_lap2000_matches_the_reference_cost() {
    let Some(path) = instance_path("lap2000") else {
        return;
    };
    let bytes = std::fs::read(&path).expect("readable instance");
    let instance::Instance::Dense { n, costs } = instance::parse(&bytes).expect("valid instance")
    else {
        panic!("lap2000 should be dense");
    };
    let assignment = dense::solve(n, &costs).expect("square matrix");
    assert_eq!(assignment.cost, 728);
    dense::verify(n, &costs, &assignment).expect("dense certificate holds");
}
