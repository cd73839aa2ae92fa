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
//! it reaches the sink. A warm start seats every mentee it can at its best mentor first (see
//! `min_cost_assignment`), so only contested mentees need a search. Node potentials keep reduced costs non-negative and, at the end, are the
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

/// The residual network as one search sees it.
struct Network<'a> {
    problem: &'a Problem,
    base: i64,
    unmatched_cost: i64,
    seat: &'a [u32],
    free: &'a [u32],
    mentee_potential: &'a [i64],
    mentor_potential: &'a [i64],
    sink_potential: i64,
}

/// Dijkstra's working state over mentors, reused between searches (only what a search touched is
/// reset, so a search costs what it explores, not the size of the problem).
struct Search {
    dist: Vec<i64>,
    settled: Vec<bool>,
    /// The pair (and its mentee) by which each mentor was reached.
    via: Vec<u32>,
    via_mentee: Vec<u32>,
    reached: Vec<u32>,
    settled_mentees: Vec<(u32, i64)>,
    heap: BinaryHeap<Reverse<(i64, u32)>>,
    /// The best way to the sink found so far: its distance and last step (a mentor with a free
    /// place, or else a mentee taking the bypass).
    target: i64,
    last_mentor: u32,
    last_mentee: u32,
}

impl Search {
    fn new(mentors: usize) -> Self {
        Self {
            dist: vec![i64::MAX; mentors],
            settled: vec![false; mentors],
            via: vec![NONE; mentors],
            via_mentee: vec![NONE; mentors],
            reached: Vec::new(),
            settled_mentees: Vec::new(),
            heap: BinaryHeap::new(),
            target: i64::MAX,
            last_mentor: NONE,
            last_mentee: NONE,
        }
    }

    fn reset_target(&mut self) {
        self.target = i64::MAX;
        self.last_mentor = NONE;
        self.last_mentee = NONE;
    }

    /// Settles mentee `i` at distance `d`: relaxes its bypass and its arcs to mentors. Arcs that
    /// cannot beat the best way to the sink found so far are not even queued.
    fn settle_mentee(&mut self, network: &Network<'_>, i: usize, d: i64) {
        self.settled_mentees.push((i as u32, d));
        let problem = network.problem;
        let pi = network.mentee_potential[i];
        let bypass = d + network.unmatched_cost + pi - network.sink_potential;
        if bypass < self.target {
            self.target = bypass;
            self.last_mentor = NONE;
            self.last_mentee = i as u32;
        }
        let own = network.seat[i];
        let offset = d + network.base + pi;
        for e in problem.row(i) {
            // Mentor potentials never rise above 0 (the sink's), so `offset - score` bounds every
            // remaining candidate from below; the row is in descending score order.
            let at_least = offset - i64::from(problem.score[e]);
            if at_least >= self.target {
                break;
            }
            let j = problem.mentor[e] as usize;
            let candidate = at_least - network.mentor_potential[j];
            if candidate >= self.target || candidate >= self.dist[j] || e as u32 == own {
                continue;
            }
            if self.dist[j] == i64::MAX {
                self.reached.push(j as u32);
            }
            self.dist[j] = candidate;
            self.via[j] = e as u32;
            self.via_mentee[j] = i as u32;
            if network.free[j] > 0 {
                // A free place ends the path here; the mentor is still settled in turn, so the
                // potentials stay exact.
                let to_sink = candidate + network.mentor_potential[j] - network.sink_potential;
                if to_sink < self.target {
                    self.target = to_sink;
                    self.last_mentor = j as u32;
                }
            }
            self.heap.push(Reverse((candidate, j as u32)));
        }
    }
}

/// Successive shortest paths with potentials. Node potentials live in three arrays (mentees,
/// mentors, the sink); reduced costs of every residual arc stay non-negative throughout, and the
/// arcs in use are tight, so the potentials at the end are the certificate.
///
/// Two things keep it fast. A warm start seats each mentee at its best mentor while that mentor
/// has places, which is already optimal for the mentees seated (their potentials make every other
/// arc non-negative); only the contested rest needs a search. And the search runs over mentors
/// only: a seated mentee is reached solely through its mentor, by a tight arc, so it is settled
/// together with that mentor and never enters the heap.
fn min_cost_assignment(
    problem: &Problem,
    base: i64,
    unmatched_cost: i64,
) -> (Vec<Option<u32>>, Certificate) {
    let n = problem.mentees();
    let m = problem.mentors();
    let cost = |e: usize| base - i64::from(problem.score[e]);

    let mut mentee_potential = vec![0i64; n];
    let mut mentor_potential = vec![0i64; m];
    let sink_potential = 0i64;
    // The pair each mentee sits in (NONE: unmatched or not yet placed).
    let mut seat = vec![NONE; n];
    // Mentor j's seated mentees are `seated[offset[j]..offset[j] + held[j]]` (pins excluded).
    let mut offset = vec![0u32; m + 1];
    let mut free: Vec<u32> = problem.capacity.clone();
    let mut pinned = vec![false; n];
    for &(mentee, mentor) in &problem.pins {
        pinned[mentee as usize] = true;
        free[mentor as usize] -= 1;
    }
    for j in 0..m {
        offset[j + 1] = offset[j] + free[j];
    }
    let mut seated = vec![NONE; offset[m] as usize];
    let mut held = vec![0u32; m];
    let sit = |seated: &mut Vec<u32>, held: &mut Vec<u32>, offset: &[u32], j: usize, i: u32| {
        seated[(offset[j] + held[j]) as usize] = i;
        held[j] += 1;
    };
    let stand = |seated: &mut Vec<u32>, held: &mut Vec<u32>, offset: &[u32], j: usize, i: u32| {
        let slots = &mut seated[offset[j] as usize..(offset[j] + held[j]) as usize];
        if let Some(at) = slots.iter().position(|&k| k == i) {
            let last = slots.len() - 1;
            slots.swap(at, last);
            held[j] -= 1;
        }
    };

    // Warm start: with all mentor potentials 0, seating a mentee at its best pair (lowest cost,
    // then lowest mentor) with potential minus that cost keeps every arc non-negative. Where more
    // mentees want a mentor than it has places, those with most to lose (the largest gap to their
    // next option) sit first; the others are likely to find a near-equal place cheaply later.
    let mut bids: Vec<(u32, i64, u32, u32)> = Vec::new();
    for i in (0..n).filter(|&i| !pinned[i]) {
        let mut best = NONE;
        let (mut first, mut second) = (i64::MAX, unmatched_cost);
        for e in problem.row(i) {
            let c = cost(e);
            if c < first {
                second = second.min(first);
                first = c;
                best = e as u32;
            } else {
                second = second.min(c);
            }
        }
        if best == NONE {
            mentee_potential[i] = sink_potential - unmatched_cost;
        } else {
            bids.push((
                problem.mentor[best as usize],
                first - second,
                i as u32,
                best,
            ));
        }
    }
    bids.sort_unstable();
    let mut waiting: Vec<(i64, u32)> = Vec::new();
    for &(j, gap, i, best) in &bids {
        let j = j as usize;
        if free[j] > 0 {
            free[j] -= 1;
            seat[i as usize] = best;
            sit(&mut seated, &mut held, &offset, j, i);
            mentee_potential[i as usize] = -cost(best as usize);
        } else {
            waiting.push((gap, i));
        }
    }
    waiting.sort_unstable();
    let waiting: Vec<u32> = waiting.into_iter().map(|(_, i)| i).collect();
    drop(bids);

    let mut search = Search::new(m);
    for source in waiting {
        let source = source as usize;
        let mut start = sink_potential - unmatched_cost;
        for e in problem.row(source) {
            start = start.max(mentor_potential[problem.mentor[e] as usize] - cost(e));
        }
        mentee_potential[source] = start;

        let network = Network {
            problem,
            base,
            unmatched_cost,
            seat: &seat,
            free: &free,
            mentee_potential: &mentee_potential,
            mentor_potential: &mentor_potential,
            sink_potential,
        };
        search.settle_mentee(&network, source, 0);
        while let Some(Reverse((d, j))) = search.heap.pop() {
            if d >= search.target {
                break;
            }
            let j = j as usize;
            if search.settled[j] || d > search.dist[j] {
                continue;
            }
            search.settled[j] = true;
            if free[j] > 0 {
                let to_sink = d + mentor_potential[j] - sink_potential;
                if to_sink < search.target {
                    search.target = to_sink;
                    search.last_mentor = j as u32;
                }
                continue;
            }
            for slot in offset[j]..offset[j] + held[j] {
                let i = seated[slot as usize] as usize;
                let e = seat[i] as usize;
                // The seat is tight, so this is `d` itself; computed to stay exact regardless.
                let di = d - cost(e) + mentor_potential[j] - mentee_potential[i];
                search.settle_mentee(&network, i, di);
            }
        }
        search.heap.clear();
        let Search {
            dist,
            settled,
            via,
            via_mentee,
            reached,
            settled_mentees,
            target,
            last_mentor,
            last_mentee,
            ..
        } = &mut search;
        let (target, last_mentor, last_mentee) = (*target, *last_mentor, *last_mentee);

        // Settled nodes move by their distance minus the sink's; the rest (at or beyond the sink)
        // stay, so every residual arc keeps a non-negative reduced cost.
        for &j in reached.iter() {
            let j = j as usize;
            if settled[j] && dist[j] < target {
                mentor_potential[j] += dist[j] - target;
            }
        }
        for &(i, d) in settled_mentees.iter() {
            if d < target {
                mentee_potential[i as usize] += d - target;
            }
        }

        // Re-seat everyone along the path, walking back from the sink.
        let mut next = last_mentor as usize;
        if last_mentor == NONE {
            // The chain ends with a mentee giving up its seat for the bypass (or the new mentee
            // itself staying unmatched).
            let i = last_mentee as usize;
            if i != source {
                let j = problem.mentor[seat[i] as usize] as usize;
                stand(&mut seated, &mut held, &offset, j, i as u32);
                free[j] += 1;
                seat[i] = NONE;
                next = j;
            }
        }
        if next != NONE as usize {
            let mut j = next;
            loop {
                let (e, i) = (via[j], via_mentee[j]);
                let previous = seat[i as usize];
                seat[i as usize] = e;
                sit(&mut seated, &mut held, &offset, j, i);
                free[j] -= 1;
                if i as usize == source {
                    break;
                }
                let from = problem.mentor[previous as usize] as usize;
                stand(&mut seated, &mut held, &offset, from, i);
                free[from] += 1;
                j = from;
            }
        }

        for &j in reached.iter() {
            dist[j as usize] = i64::MAX;
            settled[j as usize] = false;
            via[j as usize] = NONE;
        }
        reached.clear();
        settled_mentees.clear();
        search.reset_target();
    }
    let assignment = seat
        .iter()
        .map(|&e| (e != NONE).then(|| problem.mentor[e as usize]))
        .collect();
    let mut assignment: Vec<Option<u32>> = assignment;
    for &(mentee, mentor) in &problem.pins {
        assignment[mentee as usize] = Some(mentor);
    }
    let certificate = Certificate {
        base,
        unmatched_cost,
        mentee: mentee_potential,
        mentor: mentor_potential,
        sink: sink_potential,
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
