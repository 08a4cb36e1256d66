//! The kiosk runs for days: the attract loop, run headless for many simulated hours, keeps
//! its state and memory flat.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::sync::Arc;

use ssc_atlas::app::{AtlasApp, Mode};
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::kiosk::{Kiosk, KioskConfig};
use ssc_atlas::state::{AppState, Command};

/// Resident memory of this process in KiB (Linux), for growth checks.
fn resident_kib() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4)
}

#[test]
fn two_hundred_simulated_hours_of_stories_stay_bounded() {
    let atlas = Arc::new(load_atlas(&DataSource::Bundled));
    let stories = atlas.stories.len();
    let mut state = AppState::new(atlas, 1945, 2026);
    state.apply(Command::StoryStart {
        story: 0,
        step: 0,
        autoplay: true,
    });
    let mut stories_seen = std::collections::BTreeSet::new();
    let mut story_starts = 0;
    let mut last_story = 0;
    for frame in 0..(200 * 3600 * 4) {
        state.apply(Command::AdvanceClock {
            now_secs: f64::from(frame) * 0.25,
        });
        let player = state.story().unwrap();
        if player.story != last_story && player.step == 0 {
            story_starts += 1;
            last_story = player.story;
        }
        stories_seen.insert(player.story);
        assert!(state.selected_organization_ids().len() <= 12);
        assert!(state.map_view().zoom.is_finite() && state.playback().time_years().is_finite());
    }
    assert_eq!(stories_seen.len(), stories, "every story played");
    println!("200 simulated hours: {story_starts} story starts");
    assert!(
        story_starts > 1000,
        "thousands of attract cycles: {story_starts}"
    );
}

#[test]
fn the_whole_kiosk_ui_keeps_memory_flat_through_attract_cycles() {
    let atlas = load_atlas(&DataSource::Bundled);
    let state = AppState::new(Arc::new(atlas), 1945, 2026);
    let mut app = AtlasApp::new(state, None)
        .with_mode(Mode::Kiosk(Box::new(Kiosk::new(KioskConfig::default()))));
    let ctx = egui::Context::default();
    let mut time = 0.0;
    let mut frame = |app: &mut AtlasApp| {
        time += 2.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            time: Some(time),
            predicted_dt: 2.0,
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| app.show(ui));
        // No renderer here: drop the texture uploads deliberately.
        output.textures_delta.clear();
        ctx.tessellate(output.shapes, output.pixels_per_point);
    };
    // Warm up: fonts, textures, caches.
    for _ in 0..200 {
        frame(&mut app);
    }
    // Three windows of 600 frames (20 simulated minutes each, several attract cycles): the
    // first may still fill caches; the last must not grow beyond noise. Each window keeps its
    // highest reading (sampled every 20 frames): the allocator hands freed pages back at
    // moments of its own, so a single reading swings by megabytes either way.
    let mut readings = Vec::new();
    for _ in 0..3 {
        let mut highest = 0;
        for index in 0..600 {
            frame(&mut app);
            if index % 20 == 0 {
                highest = highest.max(resident_kib().unwrap_or(0));
            }
        }
        readings.push(highest);
    }
    println!("highest resident memory (KiB) per window of 600 frames: {readings:?}");
    let last_growth = readings[2].saturating_sub(readings[1]);
    assert!(last_growth < 4 * 1024, "memory still growing: {readings:?}");
}
