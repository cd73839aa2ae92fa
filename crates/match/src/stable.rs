//! Mentee-proposing deferred acceptance with capacities (hospitals/residents).
//!
//! Mentees rank mentors by pair score, descending, then mentor id; mentors rank mentees by their
//! own score, descending, then mentee id. The result is the mentee-optimal stable matching, which is
//! unique, so any correct implementation returns exactly this one.

use crate::Problem;
use std::cmp::Reverse;

pub(crate) fn deferred_acceptance(problem: &Problem) -> Vec<Option<u32>> {
    let n = problem.mentees();
    let m = problem.mentors();
    // Each mentee's row is already in its preference order (see `Problem`).
    let mut capacity: Vec<u32> = problem.capacity.clone();
    let mut assignment: Vec<Option<u32>> = vec![None; n];
    let mut pinned = vec![false; n];
    for &(mentee, mentor) in &problem.pins {
        pinned[mentee as usize] = true;
        assignment[mentee as usize] = Some(mentor);
        capacity[mentor as usize] -= 1;
    }
    // Held proposals per mentor as (rank key, mentee); capacities are small, so a linear scan for
    // the worst held proposal beats a heap.
    let mut held: Vec<Vec<(i32, u32)>> = vec![Vec::new(); m];
    let mut next = vec![0usize; n];
    let mut queue: Vec<u32> = (0..n as u32)
        .rev()
        .filter(|&i| !pinned[i as usize])
        .collect();
    // Better for a mentor: higher own score, then lower mentee id.
    let better = |a: (i32, u32), b: (i32, u32)| a.0 > b.0 || (a.0 == b.0 && a.1 < b.1);
    while let Some(mentee) = queue.pop() {
        let i = mentee as usize;
        let row = problem.row(i);
        loop {
            if next[i] >= row.len() {
                break; // proposed to everyone: stays unmatched
            }
            let e = row.start + next[i];
            next[i] += 1;
            let mentor = problem.mentor[e] as usize;
            if capacity[mentor] == 0 {
                continue;
            }
            let offer = (problem.mentor_score[e], mentee);
            if (held[mentor].len() as u32) < capacity[mentor] {
                held[mentor].push(offer);
                break;
            }
            let (worst_at, &worst) = held[mentor]
                .iter()
                .enumerate()
                .min_by(|a, b| {
                    if better(*a.1, *b.1) {
                        std::cmp::Ordering::Greater
                    } else if better(*b.1, *a.1) {
                        std::cmp::Ordering::Less
                    } else {
                        std::cmp::Ordering::Equal
                    }
                })
                .unwrap_or((0, &offer));
            if better(offer, worst) {
                held[mentor][worst_at] = offer;
                queue.push(worst.1);
                break;
            }
        }
    }
    for (mentor, offers) in held.iter().enumerate() {
        for &(_, mentee) in offers {
            assignment[mentee as usize] = Some(mentor as u32);
        }
    }
    assignment
}

/// Pairs (mentee, mentor) that would both rather be together than with what they got: empty for a
/// stable matching.
pub fn blocking_pairs(problem: &Problem, assignment: &[Option<u32>]) -> Vec<(u32, u32)> {
    let mut held: Vec<Vec<(i32, u32)>> = vec![Vec::new(); problem.mentors()];
    for (mentee, mentor) in assignment.iter().enumerate() {
        if let Some(mentor) = mentor
            && let Some(e) = problem.edge(mentee as u32, *mentor)
        {
            held[*mentor as usize].push((problem.mentor_score[e], mentee as u32));
        }
    }
    let mut blocking = Vec::new();
    for pair in problem.pairs() {
        let current = assignment[pair.mentee as usize];
        if current == Some(pair.mentor) || problem.pins().iter().any(|p| p.0 == pair.mentee) {
            continue;
        }
        let mentee_prefers = match current.and_then(|m| problem.edge(pair.mentee, m)) {
            None => true,
            Some(e) => {
                let now = (problem.score[e], Reverse(problem.mentor[e]));
                (pair.score, Reverse(pair.mentor)) > now
            }
        };
        if !mentee_prefers {
            continue;
        }
        let offers = &held[pair.mentor as usize];
        let mentor_prefers = (offers.len() as u32) < problem.capacity(pair.mentor)
            || offers.iter().any(|&(score, mentee)| {
                pair.mentor_score > score || (pair.mentor_score == score && pair.mentee < mentee)
            });
        if mentor_prefers {
            blocking.push((pair.mentee, pair.mentor));
        }
    }
    blocking
}
