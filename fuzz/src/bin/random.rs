//! The fuzz targets without libFuzzer, for machines with only a stable toolchain:
//! `cargo run --release --no-default-features --bin random -- TARGET SECONDS [SEED]`.
//! Inputs are the committed corpus mutated (bit flips, byte changes, insertions, deletions,
//! splices) or random bytes; structured targets decode them with `arbitrary`. A panic saves the
//! input to `artifacts/TARGET/` and exits with status 1. No coverage guidance: a weaker search
//! than libFuzzer's, kept so the targets run anywhere.

use arbitrary::{Arbitrary, Unstructured};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn run(target: &str, data: &[u8]) {
    match target {
        "read_table" => tandem_fuzz::read_table_target(data),
        "mapper" => {
            if let Ok(input) = tandem_fuzz::MapperInput::arbitrary(&mut Unstructured::new(data)) {
                tandem_fuzz::mapper_target(input);
            }
        }
        "xlsx" => {
            if let Ok(input) = tandem_fuzz::XlsxInput::arbitrary(&mut Unstructured::new(data)) {
                tandem_fuzz::xlsx_target(input);
            }
        }
        other => {
            eprintln!("unknown target {other}: read_table, mapper or xlsx");
            std::process::exit(2);
        }
    }
}

fn mutate(dice: &mut Dice, corpus: &[Vec<u8>], mut data: Vec<u8>) -> Vec<u8> {
    for _ in 0..=dice.below(8) {
        match dice.below(6) {
            0 if !data.is_empty() => {
                let i = dice.below(data.len());
                data[i] ^= 1 << dice.below(8);
            }
            1 if !data.is_empty() => {
                let i = dice.below(data.len());
                data[i] = dice.next() as u8;
            }
            2 => {
                let i = dice.below(data.len() + 1);
                let interesting = [b';', b',', b'\t', b'"', b'\n', b'\r', 0, 0xff, b'=', b'<'];
                data.insert(i, interesting[dice.below(interesting.len())]);
            }
            3 if !data.is_empty() => {
                let i = dice.below(data.len());
                let n = dice.below(data.len() - i).min(64) + 1;
                data.drain(i..(i + n).min(data.len()));
            }
            4 if !corpus.is_empty() => {
                let other = &corpus[dice.below(corpus.len())];
                if !other.is_empty() {
                    let from = dice.below(other.len());
                    let to = from + dice.below(other.len() - from).min(256) + 1;
                    let at = dice.below(data.len() + 1);
                    data.splice(at..at, other[from..to.min(other.len())].iter().copied());
                }
            }
            _ => {
                let i = dice.below(data.len() + 1);
                let n = dice.below(16);
                let bytes: Vec<u8> = (0..n).map(|_| dice.next() as u8).collect();
                data.splice(i..i, bytes);
            }
        }
    }
    data
}

fn read_corpus(dir: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter_map(|path| std::fs::read(path).ok())
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let target = args.get(1).map_or("read_table", String::as_str).to_owned();
    let seconds: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(60);
    let seed: u64 = args
        .get(3)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x7a4d_e11a)
        | 1;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = read_corpus(&root.join("corpus").join(&target));
    let mut dice = Dice(seed);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut executions: u64 = 0;
    // Every corpus file once as it is, then mutations until the time is up.
    for data in &corpus {
        run(&target, data);
        executions += 1;
    }
    while Instant::now() < deadline {
        for _ in 0..64 {
            let data = if corpus.is_empty() || dice.below(10) == 0 {
                let n = dice.below(4096);
                (0..n).map(|_| dice.next() as u8).collect()
            } else {
                mutate(&mut dice, &corpus, corpus[dice.below(corpus.len())].clone())
            };
            let outcome = std::panic::catch_unwind(|| run(&target, &data));
            executions += 1;
            if outcome.is_err() {
                let dir = root.join("artifacts").join(&target);
                let _ = std::fs::create_dir_all(&dir);
                let path = dir.join(format!("crash-{executions}"));
                let _ = std::fs::write(&path, &data);
                eprintln!(
                    "{target}: panic after {executions} executions; input saved to {}",
                    path.display()
                );
                std::process::exit(1);
            }
        }
    }
    println!(
        "{target}: {executions} executions in {:.0} s, {} corpus files, seed {seed}, no panic",
        started.elapsed().as_secs_f64(),
        corpus.len()
    );
}
