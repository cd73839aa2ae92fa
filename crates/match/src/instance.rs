//! Instance files: the benchmark's binary formats (`MBI1` sparse, `MBD1` dense; little-endian
//! int32, see `shared/bench/README.md`) and a readable JSON form of the same data. Works on bytes;
//! reading the file is the caller's business.

use crate::{Problem, ProblemError, problem::Pair};

#[derive(Debug, thiserror::Error)]
pub enum InstanceError {
    #[error("the file is empty or shorter than its header")]
    TooShort,
    #[error("unknown file type: the first four bytes are {0:?}, expected MBI1, MBD1 or JSON")]
    BadMagic([u8; 4]),
    #[error("the header says {what} = {value}, which is negative")]
    NegativeCount { what: &'static str, value: i32 },
    #[error("the file is truncated: {expected} bytes expected, {found} found")]
    Truncated { expected: usize, found: usize },
    #[error("{0}")]
    Problem(#[from] ProblemError),
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// A parsed instance.
#[derive(Debug, Clone)]
pub enum Instance {
    Sparse(Problem),
    Dense { n: usize, costs: Vec<i32> },
}

fn words(bytes: &[u8], from: usize, count: usize) -> Result<Vec<i32>, InstanceError> {
    let end = count
        .checked_mul(4)
        .and_then(|len| len.checked_add(from))
        .ok_or(InstanceError::TooShort)?;
    let slice = bytes.get(from..end).ok_or(InstanceError::Truncated {
        expected: end,
        found: bytes.len(),
    })?;
    Ok(slice
        .chunks_exact(4)
        .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect())
}

fn count(value: i32, what: &'static str) -> Result<usize, InstanceError> {
    usize::try_from(value).map_err(|_| InstanceError::NegativeCount { what, value })
}

/// Reads any supported instance.
pub fn parse(bytes: &[u8]) -> Result<Instance, InstanceError> {
    let magic: [u8; 4] = bytes
        .get(..4)
        .and_then(|m| m.try_into().ok())
        .ok_or(InstanceError::TooShort)?;
    match &magic {
        b"MBI1" => parse_sparse(bytes).map(Instance::Sparse),
        b"MBD1" => {
            let n = count(words(bytes, 4, 1)?[0], "n")?;
            let cells = n.checked_mul(n).ok_or(InstanceError::TooShort)?;
            let costs = words(bytes, 8, cells)?;
            Ok(Instance::Dense { n, costs })
        }
        _ if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') => {
            parse_json(bytes).map(Instance::Sparse)
        }
        _ => Err(InstanceError::BadMagic(magic)),
    }
}

fn parse_sparse(bytes: &[u8]) -> Result<Problem, InstanceError> {
    let header = words(bytes, 4, 3)?;
    let (n, m, e) = (
        count(header[0], "N")?,
        count(header[1], "M")?,
        count(header[2], "E")?,
    );
    let expected = 16 + 4 * (m + 4 * e);
    if bytes.len() < expected {
        return Err(InstanceError::Truncated {
            expected,
            found: bytes.len(),
        });
    }
    let capacity: Vec<i64> = words(bytes, 16, m)?.into_iter().map(i64::from).collect();
    // The format promises pairs sorted by mentee, then mentor: then the columns become the
    // problem's arrays directly, without an intermediate copy (a large file is 8M pairs).
    let column = |k: usize| {
        let at = 16 + 4 * m + 4 * k * e;
        bytes[at..at + 4 * e]
            .chunks_exact(4)
            .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
    };
    let pair = |index: usize, mentee: i32, mentor: i32, score: i32, mentor_score: i32| {
        let mentee = u32::try_from(mentee).map_err(|_| ProblemError::UnknownMentee {
            index,
            mentee: i64::from(mentee),
            count: n,
        })?;
        let mentor = u32::try_from(mentor).map_err(|_| ProblemError::UnknownMentor {
            index,
            mentor: i64::from(mentor),
            count: m,
        })?;
        Ok::<_, ProblemError>(Pair {
            mentee,
            mentor,
            score,
            mentor_score,
        })
    };
    let sorted = column(0)
        .zip(column(1))
        .zip(column(0).zip(column(1)).skip(1))
        .all(|(a, b)| a < b);
    if sorted {
        let mentees = column(0);
        let rest = column(1).zip(column(2)).zip(column(3));
        let pairs = mentees.zip(rest).enumerate().map(
            |(index, (mentee, ((mentor, score), mentor_score)))| {
                pair(index, mentee, mentor, score, mentor_score)
            },
        );
        return Ok(Problem::from_sorted_pairs(capacity, n, e, pairs)?);
    }
    let mut pairs = Vec::with_capacity(e);
    for (index, (mentee, ((mentor, score), mentor_score))) in column(0)
        .zip(column(1).zip(column(2)).zip(column(3)))
        .enumerate()
    {
        pairs.push(pair(index, mentee, mentor, score, mentor_score)?);
    }
    Ok(Problem::new(&capacity, n, &pairs, &[], &[])?)
}

/// The JSON form: `{"mentees": 2, "capacities": [1], "pairs": [[0, 0, 700, 500], …],
/// "pins": [[0, 0]], "forbids": [[1, 0]]}`; the fourth pair value (mentor score) is optional.
#[derive(Debug, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct JsonInstance {
    pub mentees: usize,
    pub capacities: Vec<i64>,
    pub pairs: Vec<Vec<i64>>,
    #[serde(default)]
    pub pins: Vec<(u32, u32)>,
    #[serde(default)]
    pub forbids: Vec<(u32, u32)>,
}

fn parse_json(bytes: &[u8]) -> Result<Problem, InstanceError> {
    let json: JsonInstance = serde_json::from_slice(bytes)?;
    let mut pairs = Vec::with_capacity(json.pairs.len());
    for (index, pair) in json.pairs.iter().enumerate() {
        let get = |k: usize| pair.get(k).copied();
        let (Some(mentee), Some(mentor), Some(score)) = (get(0), get(1), get(2)) else {
            return Err(InstanceError::Json(serde::de::Error::custom(format!(
                "pair {index} needs [mentee, mentor, score]"
            ))));
        };
        let mentee_id = u32::try_from(mentee).map_err(|_| ProblemError::UnknownMentee {
            index,
            mentee,
            count: json.mentees,
        })?;
        let mentor_id = u32::try_from(mentor).map_err(|_| ProblemError::UnknownMentor {
            index,
            mentor,
            count: json.capacities.len(),
        })?;
        let score =
            i32::try_from(score).map_err(|_| ProblemError::NegativeScore { index, score })?;
        let mentor_score = get(3).map_or(Ok(score), |s| {
            i32::try_from(s).map_err(|_| ProblemError::NegativeScore { index, score: s })
        })?;
        pairs.push(Pair {
            mentee: mentee_id,
            mentor: mentor_id,
            score,
            mentor_score,
        });
    }
    Ok(Problem::new(
        &json.capacities,
        json.mentees,
        &pairs,
        &json.pins,
        &json.forbids,
    )?)
}
