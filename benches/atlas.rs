//! Benchmarks: loading, hit testing, and one whole frame (UI + tessellation) while playing,
//! for the bundled data and for the large set (10m map, 10,000 generated events, 100
//! generated organizations), and a map of one polygon of up to 2,000,000 points. Run with
//! `cargo bench`; `ssc-atlas bench` prints percentiles.
#![allow(clippy::unwrap_used, clippy::expect_used)] // bench code: a failed unwrap is a failed run

use std::path::Path;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use ssc_atlas::app::AtlasApp;
use ssc_atlas::bench::{
    BenchOptions, HeadlessFrames, LARGE_MAP_DEFAULT, scenario_atlas, scenario_state,
};
use ssc_atlas::data::generate::dense_polygon_geometry;
use ssc_atlas::data::{Atlas, DataSource, load_atlas};
use ssc_atlas::geo::World;
use ssc_atlas::geo::world_from_lon_lat;
use ssc_atlas::problem::Problems;
use ssc_atlas::state::{Command, MapView};
use ssc_atlas::ui::map::gpu::GpuTarget;

fn load(c: &mut Criterion) {
    c.bench_function("load bundled atlas", |b| {
        b.iter(|| load_atlas(&DataSource::Bundled));
    });
}

/// Reading a map whose one polygon has 100,000 to 2,000,000 points: the time must grow in
/// proportion (assets/README.md, "Limits").
fn dense_map(c: &mut Criterion) {
    let mut group = c.benchmark_group("load a map of one dense polygon");
    group.sample_size(10);
    for points in [100_000, 500_000, 1_000_000, 2_000_000] {
        let geometry = dense_polygon_geometry(points, [-52.0, -10.0], 15.0);
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"key":"BRA"}},"geometry":{geometry}}}]}}"#
        );
        group.bench_function(format!("{points} points"), |b| {
            b.iter(|| {
                let mut problems = Problems::default();
                World::from_geojson(&text, "dense.geojson", &mut problems)
            });
        });
    }
    group.finish();
}

fn hit_test_bench(c: &mut Criterion, name: &str, atlas: &Atlas) {
    let points: Vec<_> = (0..64)
        .map(|i| world_from_lon_lat(-170.0 + f64::from(i) * 5.3, -50.0 + f64::from(i % 16) * 7.0))
        .collect();
    c.bench_function(name, |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % points.len();
            atlas.world.hit_test(points[i])
        });
    });
}

/// The large set, if its 10m map is there or can be made (`scripts/build_large_map.py`
/// fetches it from a package registry).
fn large_atlas() -> Option<Atlas> {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join(LARGE_MAP_DEFAULT);
    if !map.exists() {
        let made = std::process::Command::new("python3")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/build_large_map.py"))
            .arg("--out")
            .arg(&map)
            .status()
            .is_ok_and(|status| status.success());
        if !made {
            eprintln!("large benchmarks skipped: no {LARGE_MAP_DEFAULT}");
            return None;
        }
    }
    let options = BenchOptions {
        large: true,
        large_map: map,
        ..BenchOptions::default()
    };
    scenario_atlas(&options).ok()
}

/// Frames at 1920x1080 with three organizations selected, all events, while playing:
/// building the UI and tessellating it, as eframe does before handing work to the GPU.
fn frame_bench(c: &mut Criterion, name: &str, atlas: Arc<Atlas>, gpu: bool, view: Option<MapView>) {
    let target = gpu.then_some(GpuTarget {
        format: eframe::wgpu::TextureFormat::Rgba8Unorm,
    });
    let mut state = scenario_state(atlas);
    if let Some(view) = view {
        state.apply(Command::SetView(view));
    }
    let app = AtlasApp::new(state, None).with_gpu_target(target);
    let mut frames = HeadlessFrames::new(app, (1920.0, 1080.0));
    // Warm up: fonts, textures, layout caches.
    for _ in 0..30 {
        frames.keep_playing();
        frames.frame();
    }
    c.bench_function(name, |b| {
        b.iter(|| {
            frames.keep_playing();
            frames.frame()
        });
    });
}

fn benches(c: &mut Criterion) {
    load(c);
    dense_map(c);
    let bundled = Arc::new(load_atlas(&DataSource::Bundled));
    hit_test_bench(c, "hit test (per point), 50m map", &bundled);
    frame_bench(
        c,
        "frame, bundled, GPU map",
        Arc::clone(&bundled),
        true,
        None,
    );
    frame_bench(
        c,
        "frame, bundled, egui-mesh map (fallback)",
        bundled,
        false,
        None,
    );
    if let Some(large) = large_atlas() {
        let large = Arc::new(large);
        hit_test_bench(c, "hit test (per point), 10m map", &large);
        frame_bench(c, "frame, large, GPU map", Arc::clone(&large), true, None);
        let west_africa = MapView {
            center: world_from_lon_lat(0.0, 10.0),
            zoom: 6.0,
        };
        frame_bench(
            c,
            "frame, large, GPU map, zoomed to West Africa",
            large,
            true,
            Some(west_africa),
        );
    }
}

criterion_group!(atlas, benches);
criterion_main!(atlas);
