//! Benchmarks: loading, hit testing, and one whole frame (UI + tessellation) while playing.
//! Run with `cargo bench`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // bench code: a failed unwrap is a failed run

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use ssc_atlas::app::AtlasApp;
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::geo::world_from_lon_lat;
use ssc_atlas::state::{AppState, Command};
use ssc_atlas::time::playback::PlaybackCommand;

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
    c.bench_function("hit test (per point)", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % points.len();
            atlas.world.hit_test(points[i])
        });
    });
}

/// One frame at 1920x1080 with three organizations selected, all events, while playing:
/// building the UI and tessellating it, as eframe does before handing meshes to the GPU.
fn frame(c: &mut Criterion) {
    let atlas = Arc::new(load_atlas(&DataSource::Bundled));
    let mut state = AppState::new(atlas, 1945, 2026);
    for id in ["au", "arab-league", "opec"] {
        state.apply(Command::ToggleOrganization(id.into()));
    }
    state.apply(Command::Playback(PlaybackCommand::SetSpeed {
        years_per_sec: 0.25,
    }));
    state.apply(Command::Playback(PlaybackCommand::Play));
    let mut app = AtlasApp::new(state, None);
    let ctx = egui::Context::default();
    let mut time = 0.0;
    let mut raw_input = move || {
        time += 1.0 / 60.0;
        egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1920.0, 1080.0),
            )),
            time: Some(time),
            predicted_dt: 1.0 / 60.0,
            ..Default::default()
        }
    };
    // Warm up: fonts, textures, layout caches.
    for _ in 0..5 {
        let mut output = ctx.run_ui(raw_input(), |ui| app.show(ui));
        output.textures_delta.clear();
        ctx.tessellate(output.shapes, output.pixels_per_point);
    }
    c.bench_function("frame 1920x1080, 3 organizations, playing", |b| {
        b.iter(|| {
            if !app.state.playback.is_playing() {
                app.state.apply(Command::Playback(PlaybackCommand::Play));
            }
            let mut output = ctx.run_ui(raw_input(), |ui| app.show(ui));
            output.textures_delta.clear();
            ctx.tessellate(output.shapes, output.pixels_per_point)
        });
    });
}

criterion_group!(benches, load, hit_test, frame);
criterion_main!(benches);
