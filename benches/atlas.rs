//! Benchmarks: loading and hit testing. Run with `cargo bench`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use criterion::{Criterion, criterion_group, criterion_main};
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::geo::world_from_lon_lat;

fn load(c: &mut Criterion) {
    c.bench_function("load bundled atlas", |b| {
        b.iter(|| load_atlas(&DataSource::Bundled));
    });
}

fn hit_test(c: &mut Criterion) {
    let atlas = load_atlas(&DataSource::Bundled);
    let points: Vec<_> = (0..64)
        .map(|i| world_from_lon_lat(-170.0 + f64::from(i) * 5.3, -50.0 + f64::from(i % 16) * 7.0))
        .collect();
    c.bench_function("hit test 64 points", |b| {
        b.iter(|| {
            points
                .iter()
                .filter_map(|p| atlas.world.hit_test(*p))
                .count()
        });
    });
}

criterion_group!(benches, load, hit_test);
criterion_main!(benches);
