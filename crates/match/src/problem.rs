//! The matching problem in compact form: pairs in CSR order by mentee, each row in preference order.

use std::cmp::Reverse;

/// Why a problem could not be built. Every variant names what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProblemError {
    #[error("pair {index} names mentee {mentee}, but there are only {count} mentees")]
    UnknownMentee {
        index: usize,
        mentee: i64,
        count: usize,
    },
    #[error("pair {index} names mentor {mentor}, but there are only {count} mentors")]
    UnknownMentor {
        index: usize,
        mentor: i64,
        count: usize,
    },
    #[error("mentor {mentor} has a negative capacity ({capacity})")]
    NegativeCapacity { mentor: usize, capacity: i64 },
    #[error("pair {index} has a negative score ({score})")]
    NegativeScore { index: usize, score: i64 },
    #[error("the pair mentee {mentee} – mentor {mentor} appears twice")]
    DuplicatePair { mentee: u32, mentor: u32 },
    #[error("pin mentee {mentee} – mentor {mentor} is not an allowed pair")]
    PinNotAllowed { mentee: u32, mentor: u32 },
    #[error("pin mentee {mentee} – mentor {mentor} is also forbidden")]
    PinForbidden { mentee: u32, mentor: u32 },
    #[error("mentee {mentee} is pinned more than once")]
    MenteePinnedTwice { mentee: u32 },
    #[error("pins give mentor {mentor} more mentees than its {capacity} places")]
    PinsExceedCapacity { mentor: u32, capacity: u32 },
    #[error("the instance is too large: {what}")]
    TooLarge { what: &'static str },
}

/// One allowed pair as given by the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub mentee: u32,
    pub mentor: u32,
    /// How good the pair is (higher is better); the objective.
    pub score: i32,
    /// How much the mentor prefers this mentee; used only by stable matching.
    pub mentor_score: i32,
}

/// A validated problem. Pairs are grouped by mentee and, within a mentee, in preference order
/// (score descending, then mentor ascending): results never depend on the order in which pairs
/// were given, stable matching reads preferences straight off the rows, and the flow solver can
/// stop scanning a row once the remaining pairs cannot help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub(crate) capacity: Vec<u32>,
    /// `start[i]..start[i + 1]` are mentee i's pairs.
    pub(crate) start: Vec<u32>,
    pub(crate) mentor: Vec<u32>,
    pub(crate) score: Vec<i32>,
    pub(crate) mentor_score: Vec<i32>,
    pub(crate) pins: Vec<(u32, u32)>,
}

impl Problem {
    /// Builds a problem. Forbidden pairs are dropped; pins must be allowed pairs that fit the
    /// mentors' capacities.
    pub fn new(
        capacity: &[i64],
        mentees: usize,
        pairs: &[Pair],
        pins: &[(u32, u32)],
        forbids: &[(u32, u32)],
    ) -> Result<Self, ProblemError> {
        let capacity: Vec<u32> = capacity
            .iter()
            .enumerate()
            .map(|(mentor, &places)| {
                u32::try_from(places).map_err(|_| ProblemError::NegativeCapacity {
                    mentor,
                    capacity: places,
                })
            })
            .collect::<Result<_, _>>()?;
        if u32::try_from(mentees).is_err() || u32::try_from(pairs.len()).is_err() {
            return Err(ProblemError::TooLarge {
                what: "more than 2^32 mentees or pairs",
            });
        }
        for (index, pair) in pairs.iter().enumerate() {
            if pair.mentee as usize >= mentees {
                return Err(ProblemError::UnknownMentee {
                    index,
                    mentee: i64::from(pair.mentee),
                    count: mentees,
                });
            }
            if pair.mentor as usize >= capacity.len() {
                return Err(ProblemError::UnknownMentor {
                    index,
                    mentor: i64::from(pair.mentor),
                    count: capacity.len(),
                });
            }
            if pair.score < 0 {
                return Err(ProblemError::NegativeScore {
                    index,
                    score: i64::from(pair.score),
                });
            }
        }
        let mut forbidden: Vec<(u32, u32)> = forbids.to_vec();
        forbidden.sort_unstable();
        let mut sorted: Vec<Pair> = pairs
            .iter()
            .copied()
            .filter(|pair| {
                forbidden
                    .binary_search(&(pair.mentee, pair.mentor))
                    .is_err()
            })
            .collect();
        sorted.sort_unstable_by_key(|pair| (pair.mentee, pair.mentor));
        if let Some(twice) = sorted
            .windows(2)
            .find(|w| (w[0].mentee, w[0].mentor) == (w[1].mentee, w[1].mentor))
        {
            return Err(ProblemError::DuplicatePair {
                mentee: twice[0].mentee,
                mentor: twice[0].mentor,
            });
        }
        let mut start = vec![0u32; mentees + 1];
        for pair in &sorted {
            start[pair.mentee as usize + 1] += 1;
        }
        for i in 0..mentees {
            start[i + 1] += start[i];
        }
        let mut problem = Self {
            capacity,
            start,
            mentor: sorted.iter().map(|p| p.mentor).collect(),
            score: sorted.iter().map(|p| p.score).collect(),
            mentor_score: sorted.iter().map(|p| p.mentor_score).collect(),
            pins: Vec::new(),
        };
        problem.order_rows_by_preference();
        problem.with_pins(pins, &forbidden)
    }

    /// Builds a problem from pairs already sorted by mentee, then mentor, without copying them
    /// first (the reader of large instance files uses this). Checks what [`Problem::new`] checks.
    pub(crate) fn from_sorted_pairs(
        capacity: Vec<i64>,
        mentees: usize,
        pair_count: usize,
        pairs: impl Iterator<Item = Result<Pair, ProblemError>>,
    ) -> Result<Self, ProblemError> {
        let capacity: Vec<u32> = capacity
            .iter()
            .enumerate()
            .map(|(mentor, &places)| {
                u32::try_from(places).map_err(|_| ProblemError::NegativeCapacity {
                    mentor,
                    capacity: places,
                })
            })
            .collect::<Result<_, _>>()?;
        if u32::try_from(mentees).is_err() || u32::try_from(pair_count).is_err() {
            return Err(ProblemError::TooLarge {
                what: "more than 2^32 mentees or pairs",
            });
        }
        let mut start = vec![0u32; mentees + 1];
        let mut mentor = Vec::with_capacity(pair_count);
        let mut score = Vec::with_capacity(pair_count);
        let mut mentor_score = Vec::with_capacity(pair_count);
        for (index, pair) in pairs.enumerate() {
            let pair = pair?;
            if pair.mentee as usize >= mentees {
                return Err(ProblemError::UnknownMentee {
                    index,
                    mentee: i64::from(pair.mentee),
                    count: mentees,
                });
            }
            if pair.mentor as usize >= capacity.len() {
                return Err(ProblemError::UnknownMentor {
                    index,
                    mentor: i64::from(pair.mentor),
                    count: capacity.len(),
                });
            }
            if pair.score < 0 {
                return Err(ProblemError::NegativeScore {
                    index,
                    score: i64::from(pair.score),
                });
            }
            start[pair.mentee as usize + 1] += 1;
            mentor.push(pair.mentor);
            score.push(pair.score);
            mentor_score.push(pair.mentor_score);
        }
        for i in 0..mentees {
            start[i + 1] += start[i];
        }
        let mut problem = Self {
            capacity,
            start,
            mentor,
            score,
            mentor_score,
            pins: Vec::new(),
        };
        problem.order_rows_by_preference();
        Ok(problem)
    }

    /// Puts each mentee's pairs in preference order: score descending, then mentor ascending.
    fn order_rows_by_preference(&mut self) {
        let mut order: Vec<usize> = Vec::new();
        let mut scratch: Vec<(u32, i32, i32)> = Vec::new();
        for i in 0..self.mentees() {
            let row = self.row(i);
            let in_order = row.clone().zip(row.clone().skip(1)).all(|(a, b)| {
                (Reverse(self.score[a]), self.mentor[a]) < (Reverse(self.score[b]), self.mentor[b])
            });
            if in_order {
                continue;
            }
            order.clear();
            order.extend(row.clone());
            order.sort_unstable_by_key(|&e| (Reverse(self.score[e]), self.mentor[e]));
            scratch.clear();
            scratch.extend(
                order
                    .iter()
                    .map(|&e| (self.mentor[e], self.score[e], self.mentor_score[e])),
            );
            for (e, &(mentor, score, mentor_score)) in row.zip(&scratch) {
                self.mentor[e] = mentor;
                self.score[e] = score;
                self.mentor_score[e] = mentor_score;
            }
        }
    }

    fn with_pins(
        mut self,
        pins: &[(u32, u32)],
        forbidden: &[(u32, u32)],
    ) -> Result<Self, ProblemError> {
        let mut pins = pins.to_vec();
        pins.sort_unstable();
        let mut load = vec![0u32; self.capacity.len()];
        for (index, &(mentee, mentor)) in pins.iter().enumerate() {
            if forbidden.binary_search(&(mentee, mentor)).is_ok() {
                return Err(ProblemError::PinForbidden { mentee, mentor });
            }
            if self.edge(mentee, mentor).is_none() {
                return Err(ProblemError::PinNotAllowed { mentee, mentor });
            }
            if index > 0 && pins[index - 1].0 == mentee {
                return Err(ProblemError::MenteePinnedTwice { mentee });
            }
            load[mentor as usize] += 1;
            if load[mentor as usize] > self.capacity[mentor as usize] {
                return Err(ProblemError::PinsExceedCapacity {
                    mentor,
                    capacity: self.capacity[mentor as usize],
                });
            }
        }
        self.pins = pins;
        Ok(self)
    }

    /// A problem without mentor-side scores (they default to the pair score).
    pub fn from_scores(
        capacity: &[i64],
        mentees: usize,
        pairs: &[(u32, u32, i32)],
    ) -> Result<Self, ProblemError> {
        let pairs: Vec<Pair> = pairs
            .iter()
            .map(|&(mentee, mentor, score)| Pair {
                mentee,
                mentor,
                score,
                mentor_score: score,
            })
            .collect();
        Self::new(capacity, mentees, &pairs, &[], &[])
    }

    pub fn mentees(&self) -> usize {
        self.start.len() - 1
    }
    pub fn mentors(&self) -> usize {
        self.capacity.len()
    }
    pub fn pair_count(&self) -> usize {
        self.mentor.len()
    }
    pub fn capacity(&self, mentor: u32) -> u32 {
        self.capacity[mentor as usize]
    }
    /// Index range of a mentee's pairs.
    pub(crate) fn row(&self, mentee: usize) -> std::ops::Range<usize> {
        self.start[mentee] as usize..self.start[mentee + 1] as usize
    }
    /// The index of the pair, if allowed.
    pub fn edge(&self, mentee: u32, mentor: u32) -> Option<usize> {
        let row = self
            .start
            .get(mentee as usize + 1)
            .map(|_| self.row(mentee as usize))?;
        self.mentor[row.clone()]
            .iter()
            .position(|&j| j == mentor)
            .map(|offset| row.start + offset)
    }
    /// The score of an allowed pair.
    pub fn score(&self, mentee: u32, mentor: u32) -> Option<i32> {
        self.edge(mentee, mentor).map(|e| self.score[e])
    }
    /// The pairs that must be in every result.
    pub fn pins(&self) -> &[(u32, u32)] {
        &self.pins
    }
    /// All pairs as (mentee, mentor, score, mentor score).
    pub fn pairs(&self) -> impl Iterator<Item = Pair> + '_ {
        (0..self.mentees()).flat_map(move |i| {
            self.row(i).map(move |e| Pair {
                mentee: i as u32,
                mentor: self.mentor[e],
                score: self.score[e],
                mentor_score: self.mentor_score[e],
            })
        })
    }
}
