//! Square assignment from a dense cost matrix (small programmes, or the classic benchmark), by
//! Jonker and Volgenant's algorithm: column reduction, reduction transfer and two rounds of
//! augmenting row reduction (an auction-like pass) seat most rows cheaply; the rest are placed by
//! shortest augmenting paths that scan all columns tied at the current minimum distance together,
//! which is what keeps matrices full of equal costs fast. Column prices `v` and row values
//! `u[i] = cost[i][x[i]] - v[x[i]]` are the dual certificate.

/// A minimum-cost perfect assignment: `row_to_column[r]` and its total cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub row_to_column: Vec<usize>,
    pub cost: i64,
    /// Dual potentials: `cost[r][c] - row[r] - column[c] >= 0`, with equality on the assignment.
    pub row_potential: Vec<i64>,
    pub column_potential: Vec<i64>,
}

const UNSET: usize = usize::MAX;

/// Solves `n × n` row-major `costs`. Returns `None` when `costs.len() != n * n`.
pub fn solve(n: usize, costs: &[i32]) -> Option<Assignment> {
    if costs.len() != n.checked_mul(n)? {
        return None;
    }
    if n == 0 {
        return Some(Assignment {
            row_to_column: Vec::new(),
            cost: 0,
            row_potential: Vec::new(),
            column_potential: Vec::new(),
        });
    }
    let matrix = Matrix { n, costs };
    let mut x = vec![UNSET; n]; // row -> column
    let mut y = vec![UNSET; n]; // column -> row
    let mut v = vec![i64::MAX; n];
    let mut free_rows = column_reduction_and_transfer(&matrix, &mut x, &mut y, &mut v);
    for _ in 0..2 {
        if free_rows.is_empty() {
            break;
        }
        free_rows = augmenting_row_reduction(&matrix, free_rows, &mut x, &mut y, &mut v);
    }
    let mut paths = PathSearch::new(n);
    for &row in &free_rows {
        let mut column = paths.find(&matrix, row, &y, &mut v);
        loop {
            let i = paths.pred[column];
            y[column] = i;
            let previous = std::mem::replace(&mut x[i], column);
            column = previous;
            if i == row {
                break;
            }
        }
    }
    let row_potential: Vec<i64> = (0..n).map(|i| matrix.cost(i, x[i]) - v[x[i]]).collect();
    let cost = (0..n).map(|i| matrix.cost(i, x[i])).sum();
    Some(Assignment {
        row_to_column: x,
        cost,
        row_potential,
        column_potential: v,
    })
}

struct Matrix<'a> {
    n: usize,
    costs: &'a [i32],
}

impl Matrix<'_> {
    fn row(&self, i: usize) -> &[i32] {
        &self.costs[i * self.n..(i + 1) * self.n]
    }
    fn cost(&self, i: usize, j: usize) -> i64 {
        i64::from(self.costs[i * self.n + j])
    }
}

/// Each column goes to its cheapest row (prices = column minima); rows that got exactly one
/// column pass the slack to their second-best on to that column's price. Returns the free rows.
fn column_reduction_and_transfer(
    matrix: &Matrix<'_>,
    x: &mut [usize],
    y: &mut [usize],
    v: &mut [i64],
) -> Vec<usize> {
    let n = matrix.n;
    for i in 0..n {
        for (j, &c) in matrix.row(i).iter().enumerate() {
            let c = i64::from(c);
            if c < v[j] {
                v[j] = c;
                y[j] = i;
            }
        }
    }
    let mut unique = vec![true; n];
    for j in (0..n).rev() {
        let i = y[j];
        if x[i] == UNSET {
            x[i] = j;
        } else {
            unique[i] = false;
            y[j] = UNSET;
        }
    }
    let mut free_rows = Vec::new();
    for i in 0..n {
        if x[i] == UNSET {
            free_rows.push(i);
        } else if unique[i] {
            let own = x[i];
            let slack = matrix
                .row(i)
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != own)
                .map(|(j, &c)| i64::from(c) - v[j])
                .min();
            if let Some(slack) = slack {
                v[own] -= slack;
            }
        }
    }
    free_rows
}

/// One round of augmenting row reduction: each free row takes its best column at the price that
/// makes it indifferent to its second best, evicting the holder (who bids again at once when the
/// price really dropped). Returns the rows still free.
fn augmenting_row_reduction(
    matrix: &Matrix<'_>,
    mut free_rows: Vec<usize>,
    x: &mut [usize],
    y: &mut [usize],
    v: &mut [i64],
) -> Vec<usize> {
    let n = matrix.n;
    let count = free_rows.len();
    let mut current = 0usize;
    let mut still_free = 0usize;
    let mut rounds = 0usize;
    while current < count {
        rounds += 1;
        let row = free_rows[current];
        current += 1;
        let (mut j1, mut u1) = (0usize, i64::MAX);
        let (mut j2, mut u2) = (UNSET, i64::MAX);
        for (j, &c) in matrix.row(row).iter().enumerate() {
            let reduced = i64::from(c) - v[j];
            if reduced < u2 {
                if reduced >= u1 {
                    u2 = reduced;
                    j2 = j;
                } else {
                    u2 = u1;
                    j2 = j1;
                    u1 = reduced;
                    j1 = j;
                }
            }
        }
        let mut holder = y[j1];
        let lowered = if u2 == i64::MAX {
            v[j1]
        } else {
            v[j1] - (u2 - u1)
        };
        let price_drops = lowered < v[j1];
        if rounds < current * n {
            if price_drops {
                v[j1] = lowered;
            } else if holder != UNSET && j2 != UNSET {
                j1 = j2;
                holder = y[j2];
            }
            if holder != UNSET {
                if price_drops {
                    current -= 1;
                    free_rows[current] = holder;
                } else {
                    free_rows[still_free] = holder;
                    still_free += 1;
                }
            }
        } else if holder != UNSET {
            free_rows[still_free] = holder;
            still_free += 1;
        }
        x[row] = j1;
        y[j1] = row;
        if holder != UNSET && x[holder] == j1 {
            x[holder] = UNSET;
        }
    }
    free_rows.truncate(still_free);
    free_rows
}

/// Dijkstra over columns for one free row; columns tied at the minimum are kept together in
/// `columns[low..high]` and scanned as a group.
struct PathSearch {
    columns: Vec<usize>,
    dist: Vec<i64>,
    pred: Vec<usize>,
}

impl PathSearch {
    fn new(n: usize) -> Self {
        Self {
            columns: (0..n).collect(),
            dist: vec![0; n],
            pred: vec![0; n],
        }
    }

    /// Returns a free column at the end of a shortest path from `start`, with `pred` set along
    /// it, and moves the prices of the columns scanned.
    fn find(&mut self, matrix: &Matrix<'_>, start: usize, y: &[usize], v: &mut [i64]) -> usize {
        let n = matrix.n;
        for (j, &c) in matrix.row(start).iter().enumerate() {
            self.columns[j] = j;
            self.pred[j] = start;
            self.dist[j] = i64::from(c) - v[j];
        }
        let (mut low, mut high, mut ready) = (0usize, 0usize, 0usize);
        // The distance of the group being scanned: every column in `columns[ready..high]`.
        let mut group = 0i64;
        let end = 'search: loop {
            if low == high {
                ready = low;
                high = self.gather_minimum(low);
                group = self.dist[self.columns[low]];
                for &j in &self.columns[low..high] {
                    if y[j] == UNSET {
                        break 'search j;
                    }
                }
            }
            // Scan the tied columns' rows.
            while low != high {
                let j = self.columns[low];
                low += 1;
                let i = y[j];
                let minimum = self.dist[j];
                let h = matrix.cost(i, j) - v[j] - minimum;
                let row = matrix.row(i);
                let mut k = high;
                while k < n {
                    let j = self.columns[k];
                    let reduced = i64::from(row[j]) - v[j] - h;
                    if reduced < self.dist[j] {
                        self.dist[j] = reduced;
                        self.pred[j] = i;
                        if reduced == minimum {
                            if y[j] == UNSET {
                                break 'search j;
                            }
                            self.columns.swap(k, high);
                            high += 1;
                        }
                    }
                    k += 1;
                }
            }
        };
        for &j in &self.columns[..ready] {
            v[j] += self.dist[j] - group;
        }
        end
    }

    /// Moves every column at the smallest distance among `columns[low..]` to the front of that
    /// range; returns the end of the group.
    fn gather_minimum(&mut self, low: usize) -> usize {
        let n = self.columns.len();
        let mut high = low + 1;
        let mut minimum = self.dist[self.columns[low]];
        for k in low + 1..n {
            let j = self.columns[k];
            let d = self.dist[j];
            if d <= minimum {
                if d < minimum {
                    high = low;
                    minimum = d;
                }
                self.columns.swap(k, high);
                high += 1;
            }
        }
        high
    }
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
