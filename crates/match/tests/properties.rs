//! Property tests on thousands of small random problems: the optimal modes equal brute force,
//! certificates verify, capacities/pins/forbids hold, stable results have no blocking pair, and the
//! same problem (in any input order) gives the same answer.

#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use tandem_match::{Objective, Pair, Problem, blocking_pairs, dense, solve, verify_optimal};

#[derive(Debug, Clone)]
struct Raw {
    mentees: usize,
    capacity: Vec<i64>,
    pairs: Vec<Pair>,
}

fn raw_problem() -> impl Strategy<Value = Raw> {
    (1usize..=6, 1usize..=4).prop_flat_map(|(n, m)| {
        let capacity = proptest::collection::vec(0i64..=2, m);
        let cells = proptest::collection::vec((any::<bool>(), 0i32..=20, 0i32..=20), n * m);
        (Just(n), capacity, cells).prop_map(move |(n, capacity, cells)| {
            let pairs = cells
                .iter()
                .enumerate()
                .filter(|(_, cell)| cell.0)
                .map(|(index, cell)| Pair {
                    mentee: (index / m) as u32,
                    mentor: (index % m) as u32,
                    score: cell.1,
                    mentor_score: cell.2,
                })
                .collect();
            Raw {
                mentees: n,
                capacity,
                pairs,
            }
        })
    })
}

/// Every feasible assignment, by enumeration: (matched, total score) of the best for each objective.
fn brute_force(problem: &Problem) -> ((usize, i64), (usize, i64)) {
    let n = problem.mentees();
    let options: Vec<Vec<Option<u32>>> = (0..n as u32)
        .map(|i| {
            let pinned = problem.pins().iter().find(|p| p.0 == i).map(|p| p.1);
            match pinned {
                Some(mentor) => vec![Some(mentor)],
                None => std::iter::once(None)
                    .chain(
                        (0..problem.mentors() as u32)
                            .filter(|&j| problem.score(i, j).is_some())
                            .map(Some),
                    )
                    .collect(),
            }
        })
        .collect();
    let mut best = (0usize, i64::MIN);
    let mut most = (0usize, i64::MIN);
    let mut choice = vec![0usize; n];
    loop {
        let mut load = vec![0u32; problem.mentors()];
        let mut feasible = true;
        let (mut matched, mut score) = (0usize, 0i64);
        for (i, &k) in choice.iter().enumerate() {
            if let Some(j) = options[i][k] {
                load[j as usize] += 1;
                feasible &= load[j as usize] <= problem.capacity(j);
                matched += 1;
                score += i64::from(problem.score(i as u32, j).unwrap());
            }
        }
        if feasible {
            if score > best.1 {
                best = (matched, score);
            }
            if (matched, score) > most {
                most = (matched, score);
            }
        }
        // Next combination.
        let mut position = 0;
        loop {
            if position == n {
                return (best, most);
            }
            choice[position] += 1;
            if choice[position] < options[position].len() {
                break;
            }
            choice[position] = 0;
            position += 1;
        }
    }
}

fn check_feasible(problem: &Problem, assignment: &[Option<u32>]) {
    let mut load = vec![0u32; problem.mentors()];
    for (i, mentor) in assignment.iter().enumerate() {
        if let Some(j) = mentor {
            assert!(
                problem.score(i as u32, *j).is_some(),
                "pair {i}-{j} not allowed"
            );
            load[*j as usize] += 1;
        }
    }
    for j in 0..problem.mentors() as u32 {
        assert!(load[j as usize] <= problem.capacity(j), "capacity of {j}");
    }
    for &(i, j) in problem.pins() {
        assert_eq!(assignment[i as usize], Some(j), "pin {i}-{j}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn optimal_modes_equal_brute_force(raw in raw_problem()) {
        let problem = Problem::new(&raw.capacity, raw.mentees, &raw.pairs, &[], &[]).unwrap();
        let (best, most) = brute_force(&problem);
        let fit = solve(&problem, Objective::BestFit);
        check_feasible(&problem, &fit.assignment);
        prop_assert_eq!(fit.total_score, best.1);
        verify_optimal(&problem, &fit).map_err(TestCaseError::fail)?;
        let count = solve(&problem, Objective::MostMatched);
        check_feasible(&problem, &count.assignment);
        prop_assert_eq!((count.matched, count.total_score), most);
        verify_optimal(&problem, &count).map_err(TestCaseError::fail)?;
        let greedy = solve(&problem, Objective::Greedy);
        check_feasible(&problem, &greedy.assignment);
        prop_assert!(greedy.total_score <= best.1);
    }

    #[test]
    fn stable_matchings_have_no_blocking_pair(raw in raw_problem()) {
        let problem = Problem::new(&raw.capacity, raw.mentees, &raw.pairs, &[], &[]).unwrap();
        let stable = solve(&problem, Objective::Stable);
        check_feasible(&problem, &stable.assignment);
        prop_assert_eq!(blocking_pairs(&problem, &stable.assignment), vec![]);
    }

    #[test]
    fn results_do_not_depend_on_input_order(raw in raw_problem(), seed in any::<u64>()) {
        let problem = Problem::new(&raw.capacity, raw.mentees, &raw.pairs, &[], &[]).unwrap();
        let mut shuffled = raw.pairs.clone();
        let mut state = seed | 1;
        for k in (1..shuffled.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            shuffled.swap(k, (state % (k as u64 + 1)) as usize);
        }
        let again = Problem::new(&raw.capacity, raw.mentees, &shuffled, &[], &[]).unwrap();
        for objective in [Objective::BestFit, Objective::MostMatched, Objective::Stable, Objective::Greedy] {
            let first = solve(&problem, objective);
            prop_assert_eq!(&first, &solve(&problem, objective), "twice the same");
            prop_assert_eq!(&first, &solve(&again, objective), "shuffled input");
        }
    }

    #[test]
    fn pins_and_forbids_hold(raw in raw_problem(), pick in any::<prop::sample::Index>(), ban in any::<prop::sample::Index>()) {
        prop_assume!(raw.pairs.len() >= 2);
        let pin = raw.pairs[pick.index(raw.pairs.len())];
        let mut capacity = raw.capacity.clone();
        capacity[pin.mentor as usize] = capacity[pin.mentor as usize].max(1);
        let forbid = raw.pairs[ban.index(raw.pairs.len())];
        let forbids: Vec<(u32, u32)> = if (forbid.mentee, forbid.mentor) == (pin.mentee, pin.mentor) { vec![] } else { vec![(forbid.mentee, forbid.mentor)] };
        let problem = Problem::new(&capacity, raw.mentees, &raw.pairs, &[(pin.mentee, pin.mentor)], &forbids).unwrap();
        for &(mentee, mentor) in &forbids {
            prop_assert!(problem.score(mentee, mentor).is_none());
        }
        let (best, most) = brute_force(&problem);
        for objective in [Objective::BestFit, Objective::MostMatched, Objective::Stable, Objective::Greedy] {
            let solution = solve(&problem, objective);
            check_feasible(&problem, &solution.assignment);
            match objective {
                Objective::BestFit => {
                    prop_assert_eq!(solution.total_score, best.1);
                    verify_optimal(&problem, &solution).map_err(TestCaseError::fail)?;
                }
                Objective::MostMatched => {
                    prop_assert_eq!((solution.matched, solution.total_score), most);
                    verify_optimal(&problem, &solution).map_err(TestCaseError::fail)?;
                }
                _ => {}
            }
        }
    }

    #[test]
    fn dense_assignment_is_optimal(n in 1usize..=7, seed in any::<u64>(), spread in 1u64..=50) {
        let mut state = seed | 1;
        let costs: Vec<i32> = (0..n * n).map(|_| { state ^= state << 13; state ^= state >> 7; state ^= state << 17; (state % spread) as i32 }).collect(); // small spreads: many ties
        let result = dense::solve(n, &costs).unwrap();
        dense::verify(n, &costs, &result).map_err(TestCaseError::fail)?;
        // Brute force over permutations.
        let mut perm: Vec<usize> = (0..n).collect();
        let mut best = i64::MAX;
        permutations(&mut perm, 0, &mut |p| {
            let cost: i64 = p.iter().enumerate().map(|(r, &c)| i64::from(costs[r * n + c])).sum();
            best = best.min(cost);
        });
        prop_assert_eq!(result.cost, best);
    }
}

fn permutations(items: &mut Vec<usize>, k: usize, visit: &mut dyn FnMut(&[usize])) {
    if k == items.len() {
        visit(items);
        return;
    }
    for i in k..items.len() {
        items.swap(k, i);
        permutations(items, k + 1, visit);
        items.swap(k, i);
    }
}

#[test]
fn bad_problems_are_named_not_panicked() {
    let pair = |mentee, mentor| Pair {
        mentee,
        mentor,
        score: 5,
        mentor_score: 5,
    };
    let unknown = Problem::new(&[1], 1, &[pair(0, 3)], &[], &[]).unwrap_err();
    assert_eq!(
        unknown.to_string(),
        "pair 0 names mentor 3, but there are only 1 mentors"
    );
    let negative = Problem::new(&[-1], 1, &[pair(0, 0)], &[], &[]).unwrap_err();
    assert!(negative.to_string().contains("negative capacity"));
    let over =
        Problem::new(&[1], 2, &[pair(0, 0), pair(1, 0)], &[(0, 0), (1, 0)], &[]).unwrap_err();
    assert!(
        over.to_string().contains("more mentees than its 1 places"),
        "{over}"
    );
    let forbidden = Problem::new(&[1], 1, &[pair(0, 0)], &[(0, 0)], &[(0, 0)]).unwrap_err();
    assert!(forbidden.to_string().contains("forbidden"));
}
