//! Square assignment from a dense cost matrix (small programmes, or the classic benchmark):
//! shortest augmenting paths with row and column potentials (Kuhn–Munkres in the Jonker–Volgenant
//! formulation), O(n³) in the worst case.

/// A minimum-cost perfect assignment: `row_to_column[r]` and its total cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub row_to_column: Vec<usize>,
    pub cost: i64,
    /// Dual potentials: `cost[r][c] - row[r] - column[c] >= 0`, with equality on the assignment.
    pub row_potential: Vec<i64>,
    pub column_potential: Vec<i64>,
}

/// Solves `n × n` row-major `costs`. Returns `None` when `costs.len() != n * n`.
pub fn solve(n: usize, costs: &[i32]) -> Option<Assignment> {
    if costs.len() != n.checked_mul(n)? {
        return None;
    }
    let cost = |r: usize, c: usize| i64::from(costs[r * n + c]);
    // 1-based with a virtual column 0, as in the classic formulation.
    let mut u = vec![0i64; n + 1];
    let mut v = vec![0i64; n + 1];
    let mut column_row = vec![0usize; n + 1];
    let mut way = vec![0usize; n + 1];
    let mut min_to = vec![i64::MAX; n + 1];
    let mut used = vec![false; n + 1];
    for row in 1..=n {
        column_row[0] = row;
        let mut column = 0usize;
        min_to.fill(i64::MAX);
        used.fill(false);
        loop {
            used[column] = true;
            let r = column_row[column];
            let mut delta = i64::MAX;
            let mut next = 0usize;
            let ur = u[r];
            let base = (r - 1) * n;
            for c in 1..=n {
                if !used[c] {
                    let reduced = i64::from(costs[base + c - 1]) - ur - v[c];
                    if reduced < min_to[c] {
                        min_to[c] = reduced;
                        way[c] = column;
                    }
                    if min_to[c] < delta {
                        delta = min_to[c];
                        next = c;
                    }
                }
            }
            for c in 0..=n {
                if used[c] {
                    u[column_row[c]] += delta;
                    v[c] -= delta;
                } else {
                    min_to[c] -= delta;
                }
            }
            column = next;
            if column_row[column] == 0 {
                break;
            }
        }
        loop {
            let previous = way[column];
            column_row[column] = column_row[previous];
            column = previous;
            if column == 0 {
                break;
            }
        }
    }
    let mut row_to_column = vec![0usize; n];
    for c in 1..=n {
        if column_row[c] > 0 {
            row_to_column[column_row[c] - 1] = c - 1;
        }
    }
    let total = row_to_column
        .iter()
        .enumerate()
        .map(|(r, &c)| cost(r, c))
        .sum();
    Some(Assignment {
        row_to_column,
        cost: total,
        row_potential: u[1..].to_vec(),
        column_potential: v[1..].to_vec(),
    })
}

/// Checks feasibility and the dual certificate of a dense assignment in O(n²).
pub fn verify(n: usize, costs: &[i32], assignment: &Assignment) -> Result<(), String> {
    let mut seen = vec![false; n];
    for &c in &assignment.row_to_column {
        if c >= n || std::mem::replace(&mut seen[c], true) {
            return Err(format!("column {c} used twice or out of range"));
        }
    }
    for r in 0..n {
        for c in 0..n {
            let reduced = i64::from(costs[r * n + c])
                - assignment.row_potential[r]
                - assignment.column_potential[c];
            if reduced < 0 {
                return Err(format!("negative reduced cost at ({r}, {c})"));
            }
            if assignment.row_to_column[r] == c && reduced != 0 {
                return Err(format!("assigned ({r}, {c}) is not tight"));
            }
        }
    }
    Ok(())
}
