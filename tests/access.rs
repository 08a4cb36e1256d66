//! Access: the selection's colours, told apart under colour-vision deficiencies, and the
//! high-contrast theme, driven through the real widgets (`egui_kittest`).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use ssc_atlas::app::AtlasApp;
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::state::{AppState, Command, MAX_SELECTED, ThemeChoice};

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
fn the_display_menu_sets_high_contrast_and_back() {
    let mut harness = harness(AtlasApp::new(state(1975), None), (1440.0, 900.0));
    harness.run();
    click_display_item(&mut harness, "High contrast");
    assert_eq!(harness.state().state.theme(), ThemeChoice::HighContrast);
    let visuals = harness.ctx.global_style().visuals.clone();
    assert_eq!(visuals.panel_fill, egui::Color32::WHITE);
    assert_eq!(visuals.text_color(), egui::Color32::BLACK);
    // Back to the light theme: egui's own light visuals again.
    click_display_item(&mut harness, "Light");
    assert_eq!(harness.state().state.theme(), ThemeChoice::Light);
    assert_eq!(
        harness.ctx.global_style().visuals.panel_fill,
        egui::Visuals::light().panel_fill
    );
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
