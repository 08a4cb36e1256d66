//! Mutation fuzzing of every reader on the stable toolchain: the bundled files, mutated
//! (bits flipped, bytes set, cut short, text inserted, ranges deleted, duplicated or
//! swapped, JSON's troublemakers such as `NaN`, `1e400`, a byte-order mark or deep nesting
//! put in), must each give a result or problems, one line each, and never a panic.
//!
//! `cargo test --test fuzz` runs a few seconds. The long run, which CI skips:
//! `SSC_FUZZ_SECS=3600 cargo test --release --test fuzz -- --ignored --nocapture`; it prints
//! the cases run, inputs per second, and the slowest and largest input.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use ssc_atlas::data::read_file_bytes;

const ASSETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets");

/// Every file a reader reads, with its share of the cases (the 1:50m map is slow to read, so
/// it gets fewer).
const FILES: [(&str, u32); 10] = [
    ("data/events.geojson", 4),
    ("data/organizations.json", 3),
    ("data/countries.json", 3),
    ("data/figures.json", 3),
    ("data/weak-sources.txt", 1),
    ("stories/bandung-to-g77.json", 1),
    ("stories/collective-self-reliance.json", 1),
    ("stories/regional-organizations.json", 1),
    ("geo/countries-110m.geojson", 2),
    ("geo/countries-50m.geojson", 1),
];

/// Small deterministic generator (SplitMix64): a seed replays a run.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when n is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
}

/// Bytes JSON readers trip over.
const TOKENS: [&[u8]; 24] = [
    b"NaN",
    b"-Infinity",
    b"1e400",
    b"-1e400",
    b"1e-400",
    b"99999999999999999999999",
    b"-0",
    b"null",
    b"true",
    b"[]",
    b"{}",
    b"\"\"",
    b",",
    b":",
    b"\"",
    b"\\",
    b"\\u",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xc3",
    b"\0",
    b"\n",
    b"\"\\ud800\"",
    b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
];

/// A ring's worth of random points (a random walk, crossing itself) put at the start of
/// some ring of a map: large polygons go through the cutting into pieces.
fn insert_long_ring(bytes: &mut Vec<u8>, rng: &mut Rng) {
    let marker = b"[[[";
    let starts: Vec<usize> = bytes
        .windows(marker.len())
        .enumerate()
        .filter(|(_, w)| *w == marker)
        .map(|(i, _)| i + marker.len() - 1)
        .collect();
    if starts.is_empty() {
        return;
    }
    let at = starts[rng.below(starts.len())];
    let count = 4_000 + rng.below(30_000);
    let (mut lon, mut lat) = (rng.below(300) as f64 - 150.0, rng.below(140) as f64 - 70.0);
    let mut text = String::new();
    for _ in 0..count {
        lon = (lon + (rng.below(2001) as f64 - 1000.0) * 1e-3).clamp(-180.0, 180.0);
        lat = (lat + (rng.below(2001) as f64 - 1000.0) * 1e-3).clamp(-90.0, 90.0);
        let _ = write!(text, "[{lon:.4},{lat:.4}],");
    }
    bytes.splice(at..at, text.into_bytes());
}

/// One to four mutations of `input`; a map may also get a long random ring.
fn mutate(input: &[u8], is_map: bool, rng: &mut Rng) -> Vec<u8> {
    let mut bytes = input.to_vec();
    if is_map && rng.below(4) == 0 {
        insert_long_ring(&mut bytes, rng);
    }
    for _ in 0..=rng.below(4) {
        let len = bytes.len();
        let at = rng.below(len + 1);
        match rng.below(10) {
            0 if len > 0 => {
                let i = rng.below(len);
                bytes[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                bytes[i] = rng.below(256) as u8;
            }
            2 => bytes.truncate(at),
            3 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                bytes.splice(at..at, token.iter().copied());
            }
            4 => {
                // Replace a value-sized run with a troublemaker.
                let end = (at + 1 + rng.below(12)).min(len);
                let token = TOKENS[rng.below(TOKENS.len())];
                bytes.splice(at.min(end)..end, token.iter().copied());
            }
            5 => {
                let end = (at + rng.below(200)).min(len);
                bytes.drain(at..end);
            }
            6 => {
                // Duplicate a range (an item written twice, a paste gone wrong).
                let end = (at + rng.below(400)).min(len);
                let copy = bytes[at..end].to_vec();
                let to = rng.below(bytes.len() + 1);
                bytes.splice(to..to, copy);
            }
            7 if len > 2 => {
                // Swap two short ranges (two values trade places).
                let size = 1 + rng.below(16);
                let (a, b) = (rng.below(len), rng.below(len));
                let (a, b) = (a.min(b), a.max(b));
                if a + size <= b && b + size <= len {
                    let first = bytes[a..a + size].to_vec();
                    let second = bytes[b..b + size].to_vec();
                    bytes.splice(b..b + size, first);
                    bytes.splice(a..a + size, second);
                }
            }
            8 => {
                // A long text.
                let run = vec![b'x'; rng.below(20_000)];
                bytes.splice(at..at, run);
            }
            _ => {
                // Deep nesting.
                let depth = rng.below(200);
                let open = vec![if rng.below(2) == 0 { b'[' } else { b'{' }; depth];
                bytes.splice(at..at, open);
            }
        }
    }
    bytes
}

/// Peak resident memory of this process so far, in KB, after resetting it (Linux only;
/// `None` elsewhere).
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn resident_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// What a run found.
#[derive(Default)]
struct Report {
    cases: u64,
    slowest: (Duration, String),
    largest_kb: (u64, String),
}

/// Fuzzes every reader for `duration` from `seed`; panics (naming the saved input) on the
/// first reader that panics or reports a problem over several lines.
fn fuzz(duration: Duration, seed: u64) -> Report {
    let corpus: Vec<(&str, u32, Vec<u8>)> = FILES
        .iter()
        .map(|&(name, share)| {
            (
                name,
                share,
                std::fs::read(Path::new(ASSETS).join(name)).unwrap(),
            )
        })
        .collect();
    let total_share: u32 = corpus.iter().map(|c| c.1).sum();
    let mut rng = Rng(seed);
    let mut report = Report::default();
    let started = Instant::now();
    // Panics are caught and reported with their input, not printed by the hook each time.
    std::panic::set_hook(Box::new(|_| {}));
    while started.elapsed() < duration {
        let mut pick = rng.below(total_share as usize) as u32;
        let (name, _, original) = corpus
            .iter()
            .find(|c| {
                let hit = pick < c.1;
                pick = pick.saturating_sub(c.1);
                hit
            })
            .unwrap();
        let input = mutate(original, name.starts_with("geo/"), &mut rng);
        reset_peak_memory();
        let before_kb = resident_memory_kb().unwrap_or(0);
        let start = Instant::now();
        let result = std::panic::catch_unwind(|| read_file_bytes(name, &input));
        let took = start.elapsed();
        let grew_kb = peak_memory_kb().unwrap_or(0).saturating_sub(before_kb);
        let case = format!("case {} ({name}, seed {seed})", report.cases);
        let Ok((_, problems)) = result else {
            let saved =
                std::env::temp_dir().join(format!("ssc-atlas-fuzz-panic-{}.bin", report.cases));
            std::fs::write(&saved, &input).unwrap();
            let _ = std::panic::take_hook();
            panic!("{case} panicked; input saved to {}", saved.display());
        };
        for problem in problems.iter() {
            let line = problem.to_string();
            assert_eq!(line.lines().count(), 1, "{case}: {line:?}");
            assert!(
                line.starts_with(name),
                "{case}: {line:?} does not name its file"
            );
        }
        if took > report.slowest.0 {
            report.slowest = (took, format!("{case}, {} bytes", input.len()));
        }
        if grew_kb > report.largest_kb.0 {
            report.largest_kb = (grew_kb, format!("{case}, {} bytes", input.len()));
        }
        report.cases += 1;
        if report.cases % 20_000 == 0 {
            println!(
                "fuzz: {} cases after {:.0} s; slowest so far {:.3} s; largest so far +{} KB",
                report.cases,
                started.elapsed().as_secs_f64(),
                report.slowest.0.as_secs_f64(),
                report.largest_kb.0
            );
        }
    }
    let _ = std::panic::take_hook();
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "fuzz: {} cases in {seconds:.0} s ({:.1} inputs/s); slowest {:.3} s ({}); largest +{} KB resident ({})",
        report.cases,
        report.cases as f64 / seconds,
        report.slowest.0.as_secs_f64(),
        report.slowest.1,
        report.largest_kb.0,
        report.largest_kb.1,
    );
    report
}

fn seed_from_env() -> u64 {
    std::env::var("SSC_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1955)
}

#[test]
fn mutated_files_never_panic_short_run() {
    let report = fuzz(Duration::from_secs(3), seed_from_env());
    assert!(report.cases > 0);
}

#[test]
#[ignore = "long run: SSC_FUZZ_SECS=3600 cargo test --release --test fuzz -- --ignored"]
fn mutated_files_never_panic_long_run() {
    let seconds: u64 = std::env::var("SSC_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3600);
    let report = fuzz(Duration::from_secs(seconds), seed_from_env());
    assert!(report.cases > 0);
}

#[test]
fn every_bundled_file_reads_without_problems() {
    for (name, _) in FILES {
        let bytes = std::fs::read(Path::new(ASSETS).join(name)).unwrap();
        let (items, problems) = read_file_bytes(name, &bytes);
        assert!(items > 0, "{name}");
        assert!(problems.is_empty(), "{name}: {:?}", problems.0);
    }
}
