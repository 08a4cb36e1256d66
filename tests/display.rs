//! Access: the high-contrast theme, reduced motion, text size, and the selection's colours,
//! driven through the real widgets (`egui_kittest`) with a mocked clock.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use ssc_atlas::app::{AtlasApp, Mode};
use ssc_atlas::camera::MapView;
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::kiosk::{Kiosk, KioskConfig, KioskPhase};
use ssc_atlas::state::{AppState, Command, MAX_SELECTED, TEXT_ZOOM_STEPS, ThemeChoice};

fn state(year: i32) -> AppState {
    AppState::new(Arc::new(load_atlas(&DataSource::Bundled)), year, 2026)
}

fn harness(app: AtlasApp, size: (f32, f32)) -> Harness<'static, AtlasApp> {
    Harness::builder()
        .with_size(size)
        .with_step_dt(0.25)
        .with_max_steps(10_000)
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), app)
}

fn presenting(reduced_motion: bool) -> AtlasApp {
    let mut state = state(1950);
    state.apply(Command::SetReducedMotion(reduced_motion));
    state.apply(Command::StoryStart {
        story: 0,
        step: 0,
        autoplay: false,
    });
    AtlasApp::new(state, None).with_mode(Mode::Present { blank: false })
}

/// After the first steps settle, → and one frame: the step, the view and whether it flies.
fn one_frame_after_next_step(reduced_motion: bool) -> (usize, MapView, MapView, bool) {
    let mut harness = harness(presenting(reduced_motion), (1280.0, 800.0));
    harness.run_steps(12);
    let story = harness.state().state.atlas().stories[0].clone();
    harness.key_down(egui::Key::ArrowRight);
    harness.run_steps(1);
    harness.key_up(egui::Key::ArrowRight);
    let state = &harness.state().state;
    let player = state.story().unwrap();
    (
        player.step,
        state.map_view(),
        MapView::fitting(story.steps[1].view.as_ref()),
        player.is_flying(),
    )
}

#[test]
fn under_reduced_motion_a_story_step_cuts_to_its_view_in_the_next_frame() {
    let (step, view, target, flying) = one_frame_after_next_step(true);
    assert_eq!(step, 1);
    assert!(!flying, "no flight under reduced motion");
    assert_eq!(view, target, "the step's view, at once");
    // Without reduced motion the same frame is the start of a flight.
    let (step, view, target, flying) = one_frame_after_next_step(false);
    assert_eq!(step, 1);
    assert!(flying);
    assert_ne!(view, target);
}

#[test]
fn under_reduced_motion_the_attract_loop_still_walks_its_steps_and_play_still_plays() {
    let mut state = state(1950);
    state.apply(Command::SetReducedMotion(true));
    let app =
        AtlasApp::new(state, None).with_mode(Mode::Kiosk(Box::new(Kiosk::new(KioskConfig {
            idle_secs: 90.0,
            ..KioskConfig::default()
        }))));
    let mut harness = harness(app, (1280.0, 800.0));
    harness.run_steps(2);
    let stories = harness.state().state.atlas().stories.clone();
    let first = MapView::fitting(stories[0].steps[0].view.as_ref());
    {
        let state = &harness.state().state;
        assert!(matches!(state.mode(), Mode::Kiosk(k) if k.phase == KioskPhase::Attract));
        assert_eq!(state.map_view(), first, "the first step's view, no flight");
        assert!(!state.story().unwrap().is_flying());
    }
    // Past the first step's dwell: the loop moves on, again without a flight.
    let dwell = stories[0].steps[0].duration_secs.max(2.0);
    harness.run_steps((dwell / 0.25).ceil() as usize + 2);
    let state = &harness.state().state;
    let player = state.story().unwrap();
    assert_eq!((player.story, player.step), (0, 1));
    assert_eq!(
        state.map_view(),
        MapView::fitting(stories[0].steps[1].view.as_ref())
    );
    assert_eq!(state.year(), stories[0].steps[1].year);

    // Play at the desk still moves the year under reduced motion.
    let mut state = self::state(1960);
    state.apply(Command::SetReducedMotion(true));
    let mut harness = self::harness(AtlasApp::new(state, None), (1280.0, 800.0));
    harness.run_steps(2);
    harness.get_by_label("Play").click();
    harness.run_steps(9);
    assert!(harness.state().state.year() >= 1961, "playing");
}

/// Clicks an item of the top bar's Display menu, opening the menu first if it is closed.
fn click_display_item(harness: &mut Harness<'_, AtlasApp>, label: &str) {
    if harness.query_by_label(label).is_none() {
        harness.get_by_label("Display").click();
        harness.run();
    }
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn the_display_menu_sets_high_contrast_reduced_motion_and_text_size() {
    let mut harness = harness(AtlasApp::new(state(1975), None), (1440.0, 900.0));
    harness.run();
    click_display_item(&mut harness, "High contrast");
    assert_eq!(harness.state().state.theme(), ThemeChoice::HighContrast);
    let visuals = harness.ctx.global_style().visuals.clone();
    assert_eq!(visuals.panel_fill, egui::Color32::WHITE);
    assert_eq!(visuals.text_color(), egui::Color32::BLACK);
    click_display_item(&mut harness, "Reduced motion");
    assert!(harness.state().state.reduced_motion());
    assert!(harness.ctx.global_style().animation_time.abs() < f32::EPSILON);
    click_display_item(&mut harness, "Larger");
    assert!((harness.state().state.text_zoom() - TEXT_ZOOM_STEPS[1]).abs() < 1e-6);
    // Back to the light theme: egui's own light visuals again.
    click_display_item(&mut harness, "Light");
    assert_eq!(harness.state().state.theme(), ThemeChoice::Light);
    assert_eq!(
        harness.ctx.global_style().visuals.panel_fill,
        egui::Visuals::light().panel_fill
    );
}

fn press_ctrl(harness: &mut Harness<'_, AtlasApp>, key: egui::Key) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
    harness.run();
}

#[test]
fn ctrl_plus_minus_and_zero_change_the_text_size_at_the_desk_but_not_in_a_kiosk() {
    let mut harness = harness(AtlasApp::new(state(1975), None), (1440.0, 900.0));
    harness.run();
    for _ in 0..10 {
        press_ctrl(&mut harness, egui::Key::Plus);
    }
    let largest = TEXT_ZOOM_STEPS[TEXT_ZOOM_STEPS.len() - 1];
    assert!((harness.state().state.text_zoom() - largest).abs() < 1e-6);
    assert!((harness.ctx.zoom_factor() - largest).abs() < 1e-6);
    press_ctrl(&mut harness, egui::Key::Minus);
    assert!(
        (harness.state().state.text_zoom() - TEXT_ZOOM_STEPS[TEXT_ZOOM_STEPS.len() - 2]).abs()
            < 1e-6
    );
    press_ctrl(&mut harness, egui::Key::Num0);
    assert!((harness.state().state.text_zoom() - 1.0).abs() < 1e-6);
    assert!((harness.ctx.zoom_factor() - 1.0).abs() < 1e-6);

    let kiosk = AtlasApp::new(state(1975), None)
        .with_mode(Mode::Kiosk(Box::new(Kiosk::new(KioskConfig::default()))));
    let mut harness = self::harness(kiosk, (1280.0, 800.0));
    harness.run_steps(2);
    // A touch to leave the attract loop, then the keys a visitor might find.
    harness.drag_at(egui::pos2(700.0, 400.0));
    harness.drop_at(egui::pos2(700.0, 400.0));
    harness.run_steps(2);
    for _ in 0..3 {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
        harness.run_steps(1);
    }
    assert!((harness.state().state.text_zoom() - 1.0).abs() < 1e-6);
    assert!(
        (harness.ctx.zoom_factor() - 1.0).abs() < 1e-6,
        "egui's own zoom keys are off"
    );
}

/// What must stay inside the window at the desk: the top bar, the slider, the side panel's
/// top and the plots' titles.
const DESK_LANDMARKS: [&str; 12] = [
    "Atlas of South-South Cooperation",
    "Export",
    "Share",
    "Reset view",
    "Panel",
    "Plots",
    "Display",
    "Play",
    "Speed",
    "Year",
    "Members over time",
    "Close",
];

#[test]
fn at_the_largest_text_size_the_desk_fits_1280x800() {
    let largest = TEXT_ZOOM_STEPS[TEXT_ZOOM_STEPS.len() - 1];
    let mut state = state(1975);
    for id in ["au", "asean"] {
        state.apply(Command::ToggleOrganization(id.into()));
    }
    state.apply(Command::SelectEvent(
        "asian-african-conference-1955-bandung".into(),
    ));
    let mut harness = harness(AtlasApp::new(state, None), (1280.0, 800.0));
    harness.run();
    for _ in 0..TEXT_ZOOM_STEPS.len() {
        press_ctrl(&mut harness, egui::Key::Plus);
    }
    assert!((harness.ctx.zoom_factor() - largest).abs() < 1e-6);
    // A real window of 1280x800 pixels is this many points at that zoom.
    harness.set_size(egui::vec2(1280.0 / largest, 800.0 / largest));
    harness.run();
    let screen = harness.ctx.content_rect();
    assert!(
        (screen.width() - 1280.0 / largest).abs() < 1.0,
        "{screen:?}"
    );
    for label in DESK_LANDMARKS {
        let Some(node) = harness.query_by_label_contains(label) else {
            panic!("{label} not shown at {largest}x");
        };
        let rect = node.rect();
        assert!(
            screen.expand(0.5).contains_rect(rect),
            "{label} at {rect:?} is outside the window {screen:?}"
        );
    }
    // The top bar's switches do not run into one another or into the title.
    let mut row: Vec<egui::Rect> = DESK_LANDMARKS[..7]
        .iter()
        .map(|label| harness.get_by_label_contains(label).rect())
        .collect();
    row.sort_by(|a, b| a.left().total_cmp(&b.left()));
    for pair in row.windows(2) {
        assert!(
            pair[0].right() <= pair[1].left() + 0.5,
            "overlap in the top bar: {pair:?}"
        );
    }
}

#[test]
fn no_more_organizations_than_colours_can_be_ticked() {
    let mut state = state(2000);
    let ids: Vec<String> = state
        .atlas()
        .organizations
        .iter()
        .map(|o| o.id.clone())
        .take(MAX_SELECTED + 2)
        .collect();
    for id in &ids {
        state.apply(Command::ToggleOrganization(id.clone()));
    }
    assert_eq!(state.selected_organization_ids(), &ids[..MAX_SELECTED]);
    let colours: Vec<egui::Color32> = ids[..MAX_SELECTED]
        .iter()
        .map(|id| ssc_atlas::theme::organization_color(&state, id).unwrap())
        .collect();
    for (i, a) in colours.iter().enumerate() {
        assert!(!colours[i + 1..].contains(a), "one colour a body");
    }
    assert_eq!(
        ssc_atlas::theme::organization_color(&state, &ids[MAX_SELECTED]),
        None
    );
    // Unticking one frees its colour for the next body ticked.
    state.apply(Command::ToggleOrganization(ids[0].clone()));
    state.apply(Command::ToggleOrganization(ids[MAX_SELECTED].clone()));
    assert!(state.is_selected(&ids[MAX_SELECTED]));
}

/// Writes the picture at `SSC_CVD_INPUT` (a `--screenshot`) as it looks with each
/// deficiency: `/tmp/<stem>-protan.png`, `-deutan`, `-tritan`. Run by hand:
/// `SSC_CVD_INPUT=/tmp/shot.png cargo test --test access -- --ignored simulate`.
#[test]
#[ignore = "a helper for looking at screenshots, run by hand"]
fn simulate_colour_vision_deficiencies_on_a_screenshot() {
    use ssc_atlas::colour_vision::{Vision, simulate_rgba};
    let input = std::path::PathBuf::from(std::env::var("SSC_CVD_INPUT").unwrap());
    let stem = input.file_stem().unwrap().to_string_lossy().into_owned();
    let image = image::open(&input).unwrap().to_rgba8();
    for vision in [Vision::Protanopia, Vision::Deuteranopia, Vision::Tritanopia] {
        let mut simulated = image.clone();
        simulate_rgba(&mut simulated, vision);
        let out = std::env::temp_dir().join(format!("{stem}-{}.png", vision.short_name()));
        simulated.save(&out).unwrap();
        println!("{}", out.display());
    }
}
