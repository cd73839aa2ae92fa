//! The solvers and the optimality certificate.
//!
//! Best fit and most-matched are solved as a min-cost flow: source → mentee (1 place) → mentor
//! (cost `BASE - score`) → sink (the mentor's places), plus a bypass mentee → sink with cost `K`
//! ("stays unmatched"). Every mentee sends its unit either to a mentor or along the bypass, so all
//! costs are non-negative. With `K = BASE` unmatched is exactly as good as a score-0 pair (best fit);
//! with `K` larger than any possible difference in score, the count comes first (most matched).
//!
//! Mentees are added one by one (successive shortest paths): Dijkstra on reduced costs finds the
//! cheapest way to place the new mentee, possibly moving others along a chain, and stops as soon as
//! it reaches the sink. Node potentials keep reduced costs non-negative and, at the end, are the
//! dual certificate that [`verify_optimal`] checks.

use crate::{Problem, stable};
use std::{cmp::Reverse, collections::BinaryHeap};

/// What to optimise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    BestFit,
    MostMatched,
    Stable,
    Greedy,
}

impl Objective {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "best" | "best_fit" => Some(Self::BestFit),
            "most" | "most_matched" => Some(Self::MostMatched),
            "stable" => Some(Self::Stable),
            "greedy" => Some(Self::Greedy),
            _ => None,
        }
    }
}

/// Why a mentee stayed unmatched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnmatchedReason {
    /// The hard rules left no mentor at all.
    NoAllowedPair,
    /// Every allowed mentor's places went to pairs that served the objective better.
    MentorsTakenByBetterPairs,
}

/// Dual potentials of the flow network: one per mentee, one per mentor, one for the sink.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub base: i64,
    pub unmatched_cost: i64,
    pub mentee: Vec<i64>,
    pub mentor: Vec<i64>,
    pub sink: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    pub objective: Objective,
    /// For each mentee its mentor, if matched.
    pub assignment: Vec<Option<u32>>,
    pub matched: usize,
    pub total_score: i64,
    /// Sum of the mentors' own scores of the chosen pairs.
    pub total_mentor_score: i64,
    pub unmatched: Vec<(u32, UnmatchedReason)>,
    /// For best fit and most matched: the proof of optimality.
    pub certificate: Option<Certificate>,
}

impl Solution {
    /// The chosen pairs as (mentee, mentor), by mentee.
    pub fn pairs(&self) -> Vec<(u32, u32)> {
        self.assignment
            .iter()
            .enumerate()
            .filter_map(|(mentee, mentor)| mentor.map(|m| (mentee as u32, m)))
            .collect()
    }
}

/// Score values are at most this; costs are `BASE - score`.
const BASE: i64 = 1_000_000;

/// Solves the problem for the objective.
pub fn solve(problem: &Problem, objective: Objective) -> Solution {
    let (assignment, certificate) = match objective {
        Objective::Greedy => (greedy(problem), None),
        Objective::Stable => (stable::deferred_acceptance(problem), None),
        Objective::BestFit | Objective::MostMatched => {
            let base = BASE.max(i64::from(problem.score.iter().copied().max().unwrap_or(0)));
            let unmatched_cost = if objective == Objective::BestFit {
                base
            } else {
                // Larger than any achievable difference in total cost: one more tandem always wins.
                base.saturating_mul(problem.mentees() as i64 + 1)
            };
            let (assignment, certificate) = min_cost_assignment(problem, base, unmatched_cost);
            (assignment, Some(certificate))
        }
    };
    finish(problem, objective, assignment, certificate)
}

fn finish(
    problem: &Problem,
    objective: Objective,
    assignment: Vec<Option<u32>>,
    certificate: Option<Certificate>,
) -> Solution {
    let mut total_score = 0i64;
    let mut total_mentor_score = 0i64;
    let mut unmatched = Vec::new();
    for (mentee, mentor) in assignment.iter().enumerate() {
        match mentor.and_then(|m| problem.edge(mentee as u32, m)) {
            Some(e) => {
                total_score += i64::from(problem.score[e]);
                total_mentor_score += i64::from(problem.mentor_score[e]);
            }
            None => {
                let reason = if problem.row(mentee).is_empty() {
                    UnmatchedReason::NoAllowedPair
                } else {
                    UnmatchedReason::MentorsTakenByBetterPairs
                };
                unmatched.push((mentee as u32, reason));
            }
        }
    }
    let matched = assignment.len() - unmatched.len();
    Solution {
        objective,
        assignment,
        matched,
        total_score,
        total_mentor_score,
        unmatched,
        certificate,
    }
}

/// Pairs by descending score (ties: lower mentee, then lower mentor), pins first.
fn greedy(problem: &Problem) -> Vec<Option<u32>> {
    let mut assignment = vec![None; problem.mentees()];
    let mut free: Vec<u32> = problem.capacity.clone();
    for &(mentee, mentor) in &problem.pins {
        assignment[mentee as usize] = Some(mentor);
        free[mentor as usize] -= 1;
    }
    let mut order: Vec<u32> = (0..problem.pair_count() as u32).collect();
    let mentee_of: Vec<u32> = (0..problem.mentees())
        .flat_map(|i| problem.row(i).map(move |_| i as u32))
        .collect();
    order.sort_by_key(|&e| {
        (
            Reverse(problem.score[e as usize]),
            mentee_of[e as usize],
            problem.mentor[e as usize],
        )
    });
    for e in order {
        let (mentee, mentor) = (mentee_of[e as usize] as usize, problem.mentor[e as usize]);
        if assignment[mentee].is_none() && free[mentor as usize] > 0 {
            assignment[mentee] = Some(mentor);
            free[mentor as usize] -= 1;
        }
    }
    assignment
}

const NONE: u32 = u32::MAX;

/// Successive shortest paths with potentials, one mentee at a time. Node ids: mentees `0..n`,
/// mentors `n..n+m`, sink `n+m`.
fn min_cost_assignment(
    problem: &Problem,
    base: i64,
    unmatched_cost: i64,
) -> (Vec<Option<u32>>, Certificate) {
    let n = problem.mentees();
    let m = problem.mentors();
    let sink = n + m;
    let cost = |e: usize| base - i64::from(problem.score[e]);

    let mut potential = vec![0i64; n + m + 1];
    let mut assigned = vec![NONE; n];
    let mut held: Vec<Vec<u32>> = vec![Vec::new(); m];
    let mut free: Vec<u32> = problem.capacity.clone();
    let mut pinned = vec![false; n];
    for &(mentee, mentor) in &problem.pins {
        pinned[mentee as usize] = true;
        assigned[mentee as usize] = mentor;
        free[mentor as usize] -= 1;
    }

    let mut dist = vec![i64::MAX; n + m + 1];
    let mut pred = vec![NONE; n + m + 1];
    let mut settled = vec![false; n + m + 1];
    let mut touched: Vec<usize> = Vec::new();
    let mut heap: BinaryHeap<Reverse<(i64, u32)>> = BinaryHeap::new();

    for source in (0..n).filter(|&i| !pinned[i]) {
        // Make every arc out of the new mentee non-negative.
        let mut start = potential[sink] - unmatched_cost;
        for e in problem.row(source) {
            start = start.max(potential[n + problem.mentor[e] as usize] - cost(e));
        }
        potential[source] = start;

        dist[source] = 0;
        touched.push(source);
        heap.push(Reverse((0, source as u32)));
        let mut target_distance = i64::MAX;
        while let Some(Reverse((d, node))) = heap.pop() {
            let node = node as usize;
            if settled[node] || d > dist[node] {
                continue;
            }
            settled[node] = true;
            if node == sink {
                target_distance = d;
                break;
            }
            let mut relax = |to: usize,
                             reduced: i64,
                             heap: &mut BinaryHeap<Reverse<(i64, u32)>>,
                             touched: &mut Vec<usize>| {
                let candidate = d + reduced;
                if candidate < dist[to] {
                    if dist[to] == i64::MAX {
                        touched.push(to);
                    }
                    dist[to] = candidate;
                    pred[to] = node as u32;
                    heap.push(Reverse((candidate, to as u32)));
                }
            };
            if node < n {
                // A mentee: to every allowed mentor it is not with, or along the bypass.
                for e in problem.row(node) {
                    let mentor = problem.mentor[e];
                    if assigned[node] == mentor {
                        continue;
                    }
                    let to = n + mentor as usize;
                    if !settled[to] {
                        relax(
                            to,
                            cost(e) + potential[node] - potential[to],
                            &mut heap,
                            &mut touched,
                        );
                    }
                }
                if !settled[sink] {
                    relax(
                        sink,
                        unmatched_cost + potential[node] - potential[sink],
                        &mut heap,
                        &mut touched,
                    );
                }
            } else {
                // A mentor: to the sink if it has a free place, back to each mentee it holds.
                let mentor = node - n;
                if free[mentor] > 0 {
                    relax(
                        sink,
                        potential[node] - potential[sink],
                        &mut heap,
                        &mut touched,
                    );
                }
                for &mentee in &held[mentor] {
                    let mentee = mentee as usize;
                    if !settled[mentee] {
                        let e = problem.edge(mentee as u32, mentor as u32).unwrap_or(0);
                        relax(
                            mentee,
                            -cost(e) + potential[node] - potential[mentee],
                            &mut heap,
                            &mut touched,
                        );
                    }
                }
            }
        }
        heap.clear();

        // Reached nodes move by their distance, capped at the sink's, and everything by minus the
        // sink's distance (potentials are defined up to a constant, so untouched nodes stay put).
        for &node in &touched {
            potential[node] += dist[node].min(target_distance) - target_distance;
        }

        // Walk the path back from the sink and re-seat everyone on it.
        let mut node = sink;
        loop {
            let previous = pred[node] as usize;
            if node == sink {
                if previous < n && previous != source {
                    // The last mentee of the chain leaves its mentor and stays unmatched.
                    let from = assigned[previous] as usize;
                    held[from].retain(|&k| k as usize != previous);
                    free[from] += 1;
                    assigned[previous] = NONE;
                }
            } else if node >= n {
                // Mentee `previous` moves into mentor `node`.
                let mentor = node - n;
                if previous != source {
                    let from = assigned[previous] as usize;
                    held[from].retain(|&k| k as usize != previous);
                    free[from] += 1;
                }
                assigned[previous] = mentor as u32;
                held[mentor].push(previous as u32);
                free[mentor] -= 1;
            }
            if previous == source {
                break;
            }
            node = previous;
        }

        for &node in &touched {
            dist[node] = i64::MAX;
            pred[node] = NONE;
            settled[node] = false;
        }
        touched.clear();
    }
    let assignment = assigned.iter().map(|&a| (a != NONE).then_some(a)).collect();
    let certificate = Certificate {
        base,
        unmatched_cost,
        mentee: potential[..n].to_vec(),
        mentor: potential[n..n + m].to_vec(),
        sink: potential[sink],
    };
    (assignment, certificate)
}

/// Checks that a solution is feasible and that the certificate proves it optimal for its
/// objective: every residual arc of the flow network has a non-negative reduced cost. O(pairs).
pub fn verify_optimal(problem: &Problem, solution: &Solution) -> Result<(), String> {
    let certificate = solution.certificate.as_ref().ok_or("no certificate")?;
    let n = problem.mentees();
    let mut load = vec![0u32; problem.mentors()];
    for (mentee, mentor) in solution.assignment.iter().enumerate() {
        if let Some(mentor) = *mentor {
            problem
                .edge(mentee as u32, mentor)
                .ok_or(format!("mentee {mentee} got a pair that is not allowed"))?;
            load[mentor as usize] += 1;
        }
    }
    for (mentor, &places) in problem.capacity.iter().enumerate() {
        if load[mentor] > places {
            return Err(format!(
                "mentor {mentor} has {} mentees for {places} places",
                load[mentor]
            ));
        }
    }
    for &(mentee, mentor) in &problem.pins {
        if solution.assignment[mentee as usize] != Some(mentor) {
            return Err(format!("pin {mentee}–{mentor} is missing"));
        }
    }
    let pinned: Vec<bool> = {
        let mut pinned = vec![false; n];
        for &(mentee, _) in &problem.pins {
            pinned[mentee as usize] = true;
        }
        pinned
    };
    let (pm, pj, pt) = (&certificate.mentee, &certificate.mentor, certificate.sink);
    for mentee in (0..n).filter(|&i| !pinned[i]) {
        let chosen = solution.assignment[mentee];
        for e in problem.row(mentee) {
            let mentor = problem.mentor[e];
            let reduced =
                certificate.base - i64::from(problem.score[e]) + pm[mentee] - pj[mentor as usize];
            if chosen == Some(mentor) {
                if reduced != 0 {
                    return Err(format!(
                        "chosen pair {mentee}–{mentor} is not tight ({reduced})"
                    ));
                }
            } else if reduced < 0 {
                return Err(format!(
                    "pair {mentee}–{mentor} has negative reduced cost {reduced}"
                ));
            }
        }
        let bypass = certificate.unmatched_cost + pm[mentee] - pt;
        match chosen {
            None if bypass != 0 => {
                return Err(format!("unmatched mentee {mentee} is not tight ({bypass})"));
            }
            Some(_) if bypass < 0 => {
                return Err(format!(
                    "mentee {mentee} would rather be unmatched ({bypass})"
                ));
            }
            _ => {}
        }
    }
    for (mentor, &places) in problem.capacity.iter().enumerate() {
        let free_arc = pj[mentor] - pt; // mentor → sink, residual while places are left
        let used_arc = pt - pj[mentor]; // sink → mentor, residual while someone is held
        let pinned_here = problem
            .pins
            .iter()
            .filter(|p| p.1 as usize == mentor)
            .count() as u32;
        let held = load[mentor] - pinned_here;
        if load[mentor] < places && free_arc < 0 {
            return Err(format!(
                "mentor {mentor} has a free place but a negative arc to the sink"
            ));
        }
        if held > 0 && used_arc < 0 {
            return Err(format!(
                "mentor {mentor} holds mentees but its sink arc is not tight"
            ));
        }
    }
    Ok(())
}
