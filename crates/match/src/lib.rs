//! Tandem's matching engine: given mentees, mentors with a number of places, and the allowed pairs
//! with integer scores, find the best set of tandems — and prove it.
//!
//! Solvers (all deterministic: the same problem gives the same answer, whatever order the pairs
//! came in):
//! - [`Objective::BestFit`]: the largest total score; mentees may stay unmatched;
//! - [`Objective::MostMatched`]: as many tandems as possible, then the largest total score;
//! - [`Objective::Stable`]: mentee-proposing deferred acceptance with capacities;
//! - [`Objective::Greedy`]: pairs by descending score, the baseline that shows what optimising gains.
//!
//! The optimal modes return dual potentials that [`verify_optimal`] checks in O(pairs), so a test
//! (or a sceptical coordinator) can confirm optimality without trusting the solver. [`dense`] solves
//! square assignment problems given as a cost matrix.
//!
//! This crate does no I/O and knows nothing about people, HTTP or SQL; the product maps people to
//! problems (see [`criteria`]) and reads instance files through [`instance`], which works on bytes.

pub mod criteria;
pub mod dense;
pub mod instance;
mod problem;
mod solve;
mod stable;
pub use stable::blocking_pairs;

pub use problem::{Pair, Problem, ProblemError};
pub use solve::{Certificate, Objective, Solution, UnmatchedReason, solve, verify_optimal};
