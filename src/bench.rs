//! `ssc-atlas bench`: the frame scenario run headless on the user's own hardware, so a
//! museum can check its kiosk before opening. Prints one JSON object.
//!
//! A frame here is what eframe does on the CPU before the GPU draws: build the whole UI
//! and tessellate it. The GPU's own work is not included.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;

use crate::app::AtlasApp;
use crate::data::generate::{LargeSpec, add_generated};
use crate::data::{Atlas, DataSource, load_atlas};
use crate::geo::{World, WorldPoint, world_from_lon_lat};
use crate::state::{AppState, Command, MapView};
use crate::time::playback::PlaybackCommand;
use crate::ui::map::gpu::GpuTarget;

/// Where `scripts/build_large_map.py` writes the 10m map by default.
pub const LARGE_MAP_DEFAULT: &str = "target/large/countries-10m.geojson";

/// The slider's last year in the scenario: fixed, not today's, so the same frames are timed
/// in any year and figures stay comparable.
pub const SCENARIO_LAST_YEAR: i32 = 2026;

/// Organizations selected in the frame scenario (those with full member histories).
pub const SCENARIO_ORGANIZATIONS: [&str; 3] = ["au", "arab-league", "opec"];

#[derive(Clone, Debug)]
pub struct BenchOptions {
    pub frames: usize,
    /// The 10m map and generated events and organizations instead of the bundled data.
    pub large: bool,
    pub large_map: PathBuf,
    pub size_points: (f32, f32),
    /// Draw countries as egui meshes (the fallback) instead of through the GPU.
    pub mesh: bool,
}

impl Default for BenchOptions {
    fn default() -> Self {
        Self {
            frames: 600,
            large: false,
            large_map: PathBuf::from(LARGE_MAP_DEFAULT),
            size_points: (1920.0, 1080.0),
            mesh: false,
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct BenchReport {
    pub scenario: &'static str,
    /// "gpu" (static geometry in GPU buffers, as the window draws on wgpu) or "mesh".
    pub map_renderer: &'static str,
    /// Process start (or the call, in tests) to the first frame built and tessellated.
    pub startup_ms: f64,
    pub load_ms: f64,
    pub frames: usize,
    pub frame_ms_median: f64,
    pub frame_ms_p99: f64,
    pub frame_ms_max: f64,
    /// The same frames with the map zoomed into West Africa (zoom 6).
    pub zoomed_frame_ms_median: f64,
    pub zoomed_frame_ms_p99: f64,
    pub hit_test_us: f64,
    pub width_points: f32,
    pub height_points: f32,
    pub countries: usize,
    pub map_vertices: usize,
    pub events: usize,
    pub organizations: usize,
    pub memberships: usize,
}

/// Loads the scenario's data: the bundled atlas, or for `large` the 10m map plus
/// generated events and organizations.
pub fn scenario_atlas(options: &BenchOptions) -> Result<Atlas, String> {
    let mut atlas = load_atlas(&DataSource::Bundled);
    if options.large {
        let path = &options.large_map;
        let text = std::fs::read_to_string(path).map_err(|err| {
            format!(
                "cannot read the large map {}: {err}; make it with `python3 scripts/build_large_map.py`",
                path.display()
            )
        })?;
        let mut problems = crate::data::Problems::default();
        atlas.world = World::from_geojson(&text, &path.display().to_string(), &mut problems);
        if atlas.world.countries.is_empty() {
            let first = problems.iter().next().map(ToString::to_string);
            return Err(format!(
                "no countries in {}: {}",
                path.display(),
                first.unwrap_or_default()
            ));
        }
        add_generated(&mut atlas, &LargeSpec::default());
    }
    Ok(atlas)
}

/// Drives one app headless at a fixed size and 60 frames per second of input time.
pub struct HeadlessFrames {
    pub app: AtlasApp,
    ctx: egui::Context,
    time_secs: f64,
    size_points: (f32, f32),
}

impl HeadlessFrames {
    pub fn new(app: AtlasApp, size_points: (f32, f32)) -> Self {
        Self {
            app,
            ctx: egui::Context::default(),
            time_secs: 0.0,
            size_points,
        }
    }

    /// Builds and tessellates one frame; returns the number of triangles' vertices made.
    pub fn frame(&mut self) -> usize {
        self.time_secs += 1.0 / 60.0;
        let raw_input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(self.size_points.0, self.size_points.1),
            )),
            time: Some(self.time_secs),
            predicted_dt: 1.0 / 60.0,
            ..Default::default()
        };
        let app = &mut self.app;
        let mut output = self.ctx.run_ui(raw_input, |ui| app.show(ui));
        output.textures_delta.clear();
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum()
    }

    /// Keeps Play running: at the last year, start again from the first.
    pub fn keep_playing(&mut self) {
        let state = &mut self.app.state;
        if !state.playback().is_playing() {
            let first = state.playback().first_year();
            state.apply(Command::Playback(PlaybackCommand::SetYear(first)));
            state.apply(Command::Playback(PlaybackCommand::Play));
        }
    }
}

/// The scenario's state: three organizations selected, Play at one year a second.
pub fn scenario_state(atlas: Arc<Atlas>) -> AppState {
    let mut state = AppState::new(atlas, 1945, SCENARIO_LAST_YEAR);
    for id in SCENARIO_ORGANIZATIONS {
        if state.atlas().organization(id).is_some() {
            state.apply(Command::ToggleOrganization(id.into()));
        }
    }
    state.apply(Command::Playback(PlaybackCommand::SetSpeed {
        years_per_sec: 1.0,
    }));
    state.apply(Command::Playback(PlaybackCommand::Play));
    state
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (p * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// Times `count` frames spread over the whole timeline: ten stretches, each starting Play
/// at one year a second from a tenth of the way further, so early and late years (few and
/// many events) both count, at the speed a visitor sees.
fn time_frames(frames: &mut HeadlessFrames, count: usize) -> Vec<f64> {
    const STRETCHES: usize = 10;
    const SETTLE_FRAMES_AFTER_SEEK: usize = 3;
    let mut times_ms = Vec::with_capacity(count);
    let (first, last) = {
        let playback = &frames.app.state.playback();
        (playback.first_year(), playback.last_year())
    };
    for i in 0..count {
        if i % count.div_ceil(STRETCHES) == 0 {
            let stretch = (i * STRETCHES / count) as i32;
            let year = first + (last - first) * stretch / STRETCHES as i32;
            let state = &mut frames.app.state;
            state.apply(Command::Playback(PlaybackCommand::SetYear(year)));
            state.apply(Command::Playback(PlaybackCommand::Play));
            // The jump itself is a seek, not playback: leave it and the frames that settle
            // its new labels out of the timing, so a short run's p99 is not the seeks'.
            for _ in 0..SETTLE_FRAMES_AFTER_SEEK {
                frames.keep_playing();
                frames.frame();
            }
        }
        frames.keep_playing();
        let started = Instant::now();
        frames.frame();
        times_ms.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times_ms.sort_by(f64::total_cmp);
    times_ms
}

/// Mean time of one hit test over a grid of points across the map, in microseconds.
pub fn hit_test_us(world: &World) -> f64 {
    let points: Vec<WorldPoint> = (0..100)
        .flat_map(|i| {
            (0..50).map(move |j| {
                world_from_lon_lat(-179.0 + f64::from(i) * 3.58, -58.0 + f64::from(j) * 2.8)
            })
        })
        .collect();
    let rounds = 4;
    let started = Instant::now();
    let mut hits = 0usize;
    for _ in 0..rounds {
        for p in &points {
            hits += usize::from(std::hint::black_box(world.hit_test(*p)).is_some());
        }
    }
    let elapsed_us = started.elapsed().as_secs_f64() * 1e6;
    std::hint::black_box(hits);
    elapsed_us / (rounds * points.len()) as f64
}

/// Runs the whole benchmark. `process_started` is when the process began.
pub fn run(options: &BenchOptions, process_started: Instant) -> Result<BenchReport, String> {
    let load_started = Instant::now();
    let atlas = Arc::new(scenario_atlas(options)?);
    let load_ms = load_started.elapsed().as_secs_f64() * 1000.0;
    let mut state = scenario_state(Arc::clone(&atlas));
    if let Ok(hide) = std::env::var("SSC_HIDE") {
        if hide.contains("side") {
            state.apply(Command::SetSidePanel(false));
        }
        if hide.contains("plots") {
            state.apply(Command::SetPlots(false));
        }
    }
    // Headless there is no device: the GPU path's callbacks are built as in the window but
    // never run, which is the CPU cost the window pays.
    let gpu = (!options.mesh).then_some(GpuTarget {
        format: eframe::wgpu::TextureFormat::Rgba8Unorm,
    });
    let app = AtlasApp::new(state, None).with_gpu_target(gpu);
    let mut frames = HeadlessFrames::new(app, options.size_points);
    frames.frame();
    let startup_ms = process_started.elapsed().as_secs_f64() * 1000.0;
    // Warm-up: fonts, galley caches, the first years' layers.
    for _ in 0..30 {
        frames.keep_playing();
        frames.frame();
    }
    let count = options.frames.max(1);
    let times = time_frames(&mut frames, count);

    frames.app.state.apply(Command::SetView(MapView {
        center: world_from_lon_lat(0.0, 10.0),
        zoom: 6.0,
    }));
    for _ in 0..10 {
        frames.frame();
    }
    let zoomed = time_frames(&mut frames, count);

    let memberships = atlas.organizations.iter().map(|o| o.members.len()).sum();
    Ok(BenchReport {
        scenario: if options.large {
            "large: 10m map, 10,000 generated events, 100 generated organizations"
        } else {
            "bundled data"
        },
        map_renderer: if options.mesh { "mesh" } else { "gpu" },
        startup_ms,
        load_ms,
        frames: count,
        frame_ms_median: percentile(&times, 0.5),
        frame_ms_p99: percentile(&times, 0.99),
        frame_ms_max: times.last().copied().unwrap_or_default(),
        zoomed_frame_ms_median: percentile(&zoomed, 0.5),
        zoomed_frame_ms_p99: percentile(&zoomed, 0.99),
        hit_test_us: hit_test_us(&atlas.world),
        width_points: options.size_points.0,
        height_points: options.size_points.1,
        countries: atlas.world.countries.len(),
        map_vertices: atlas.world.vertex_count(),
        events: atlas.events.len(),
        organizations: atlas.organizations.len(),
        memberships,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_of_a_sorted_list() {
        let values: Vec<f64> = (1..=100).map(f64::from).collect();
        assert!((percentile(&values, 0.5) - 51.0).abs() < 1e-9);
        assert!((percentile(&values, 0.99) - 99.0).abs() < 1e-9);
        assert!((percentile(&[], 0.5)).abs() < 1e-9);
    }

    #[test]
    fn a_short_run_reports_the_bundled_scenario() {
        let options = BenchOptions {
            frames: 3,
            ..BenchOptions::default()
        };
        let report = run(&options, Instant::now()).unwrap();
        assert_eq!(report.frames, 3);
        assert_eq!(report.countries, 241);
        assert!(report.events >= 71);
        assert!(report.frame_ms_median > 0.0 && report.frame_ms_p99 >= report.frame_ms_median);
        assert!(report.startup_ms >= report.load_ms);
    }

    #[test]
    fn a_missing_large_map_names_the_file_and_the_fix() {
        let options = BenchOptions {
            large: true,
            large_map: PathBuf::from("no/such/map.geojson"),
            ..BenchOptions::default()
        };
        let err = run(&options, Instant::now()).unwrap_err();
        assert!(err.contains("no/such/map.geojson") && err.contains("build_large_map.py"));
    }
}
