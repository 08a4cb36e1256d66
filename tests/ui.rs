//! UI tests: the real widgets, driven by label, checked against state and screen.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use ssc_atlas::app::AtlasApp;
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::state::{AppState, Command};

const LAST_YEAR: i32 = 2026;

fn app(year: i32) -> AtlasApp {
    let atlas = load_atlas(&DataSource::Bundled);
    AtlasApp::new(AppState::new(Arc::new(atlas), year, LAST_YEAR), None)
}

fn harness(app: AtlasApp, size: (f32, f32)) -> Harness<'static, AtlasApp> {
    Harness::builder()
        .with_size(size)
        .with_step_dt(0.1)
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), app)
}

#[test]
fn arrow_and_page_keys_move_the_year() {
    let mut harness = harness(app(1960), (1440.0, 900.0));
    harness.run();
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().state.year(), 1961);
    assert!(
        harness.query_by_label("1961").is_some(),
        "the big year read-out follows"
    );
    harness.key_press(egui::Key::PageDown);
    harness.run();
    let year = harness.state().state.year();
    assert!(
        year > 1961 && harness.state().state.event_years().contains(&year),
        "jumped to {year}"
    );
    harness.key_press(egui::Key::PageUp);
    harness.run();
    assert_eq!(
        harness.state().state.year(),
        1961,
        "the 1961 Belgrade summit"
    );
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(harness.state().state.year(), 1960);
}

#[test]
fn play_advances_about_one_year_per_second_and_pause_stops() {
    let mut harness = harness(app(1960), (1440.0, 900.0));
    harness.run();
    harness.get_by_label("Play").click();
    harness.run_steps(21); // 20 further frames of 0.1 s after the click
    let year = harness.state().state.year();
    assert!(
        (1961..=1963).contains(&year),
        "after ~2 s at 1 yr/s: {year}"
    );
    assert!(harness.state().state.playback().is_playing());
    harness.get_by_label("Pause").click();
    harness.run();
    let paused_at = harness.state().state.year();
    harness.run_steps(20);
    assert_eq!(harness.state().state.year(), paused_at);
    assert!(harness.query_by_label("Play").is_some());
}

#[test]
fn play_follows_the_wall_clock_when_frames_are_slow() {
    // Two frames a second, as a software renderer may manage at 1920x1080.
    let mut harness = Harness::builder()
        .with_size((1440.0, 900.0))
        .with_step_dt(0.5)
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), app(1960));
    harness.run_steps(2);
    harness.get_by_label("Play").click();
    harness.run_steps(1); // the frame that reads the click
    let started = harness.state().state.playback().time_years();
    harness.run_steps(10); // 5 s of wall time
    let moved = harness.state().state.playback().time_years() - started;
    assert!(
        (moved - 5.0).abs() <= 0.5 + 1e-9,
        "1 yr/s for 5 s moved {moved} years"
    );
}

#[test]
fn year_keys_work_while_a_button_has_focus() {
    let mut harness = harness(app(1960), (1440.0, 900.0));
    harness.run();
    harness.get_by_label("Display").focus();
    harness.run();
    assert!(harness.get_by_label("Display").is_focused());
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().state.year(), 1961, "→ moved the year");
    assert!(
        harness.get_by_label("Display").is_focused(),
        "and did not move focus"
    );
    harness.key_press(egui::Key::PageDown);
    harness.run();
    assert!(harness.state().state.year() > 1961, "PgDn too");
}

#[test]
fn clicking_the_slider_track_sets_the_year() {
    let mut harness = harness(app(1950), (1440.0, 900.0));
    harness.run();
    harness.get_by_label("Year").click();
    harness.run();
    // The middle of the track is the middle of 1945..=2026.
    let year = harness.state().state.year();
    assert!((1985..=1986).contains(&year), "{year}");
}

#[test]
fn ticking_an_organization_selects_it_and_shows_its_member_count() {
    let mut harness = harness(app(1975), (1440.0, 900.0));
    harness.run();
    // A hundred bodies: find it by name first.
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Find")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Find")
        .type_text("opec");
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(egui::accesskit::Role::CheckBox, "ASEAN")
            .is_none(),
        "the search leaves out bodies whose names do not match"
    );
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "OPEC")
        .click();
    harness.run();
    assert_eq!(
        harness.state().state.selected_organization_ids(),
        vec!["opec"]
    );
    // 13 members at the end of 1975 (Gabon joined that year), per the bundled data.
    let count = ssc_atlas::data::timeline::member_count_on(
        harness.state().state.atlas().organization("opec").unwrap(),
        harness.state().state.date(),
    );
    assert_eq!(count, 13);
    // The plot's legend now lists OPEC too; untick the one in the side panel.
    harness
        .query_all_by_label("OPEC")
        .find(|node| node.rect().min.x > 1000.0)
        .unwrap()
        .click();
    harness.run();
    assert!(harness.state().state.selected_organization_ids().is_empty());
}

#[test]
fn the_event_card_shows_place_date_and_openable_sources() {
    let mut app = app(1955);
    app.state.apply(Command::SelectEvent(
        "asian-african-conference-1955-bandung".into(),
    ));
    let mut harness = harness(app, (1440.0, 900.0));
    harness.run();
    // In the card (the map's list of the year's events names the dates too).
    assert!(
        harness
            .query_all_by_label_contains("18 April 1955 – 24 April 1955")
            .any(|node| node.accesskit_node().role() != egui::accesskit::Role::ListItem)
    );
    assert!(harness.query_by_label("Bandung, Indonesia").is_some());
    assert!(harness.query_by_label("Sources").is_some());
    let event = harness
        .state()
        .state
        .atlas()
        .event("asian-african-conference-1955-bandung")
        .unwrap()
        .clone();
    for source in &event.sources {
        assert!(
            harness.query_by_label(&source.title).is_some(),
            "link {}",
            source.title
        );
    }
    let close = harness.get_by_label("Close");
    close.click();
    harness.run();
    assert_eq!(
        harness.state().state.selection(),
        &ssc_atlas::state::Selection::None
    );
}

#[test]
fn idle_atlas_stops_drawing() {
    let mut harness = harness(app(1970), (1280.0, 800.0));
    harness.run();
    let before = harness.state().frames_drawn;
    // Nothing moves and nothing is touched: egui asks for no further frame.
    let steps = harness.run();
    assert!(steps <= 1, "{steps} frames while idle");
    assert!(harness.state().frames_drawn - before <= 1);
}

#[test]
fn snapshot_at_1280x800_with_two_organizations() {
    let mut app = app(1982);
    app.state.apply(Command::ToggleOrganization("au".into()));
    app.state
        .apply(Command::ToggleOrganization("arab-league".into()));
    let mut harness = harness(app, (1280.0, 800.0));
    harness.run();
    harness.snapshot("atlas_1982_au_arab_league");
}

/// Renders `app` headless through wgpu; `gpu_map` draws countries through the GPU path.
fn render_map(mut app: AtlasApp, gpu_map: bool) -> image::RgbaImage {
    use eframe::egui_wgpu::RendererOptions;
    use egui_kittest::wgpu::{WgpuTestRenderer, create_render_state, default_wgpu_setup};
    let render_state = create_render_state(default_wgpu_setup(), RendererOptions::PREDICTABLE);
    if gpu_map {
        app = app.with_gpu_target(Some(ssc_atlas::ui::map::gpu::GpuTarget {
            format: render_state.target_format,
        }));
    }
    let mut harness = Harness::builder()
        .with_size((1280.0, 800.0))
        .renderer(WgpuTestRenderer::from_render_state(render_state))
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), app);
    harness.run();
    harness.render().unwrap()
}

/// The GPU path (static buffers, paint callback) and the egui-mesh fallback draw the same
/// map: fills, stripes, hatching, hidden inner borders and the selected country's outline.
#[test]
fn gpu_and_mesh_maps_agree() {
    let scene = || {
        let mut app = app(1964);
        for id in ["au", "opec", "arab-league"] {
            app.state.apply(Command::ToggleOrganization(id.into()));
        }
        app.state.apply(Command::SelectCountry("DZA".into()));
        app.state.apply(Command::SetSidePanel(false));
        app.state.apply(Command::SetPlots(false));
        app
    };
    let mesh = render_map(scene(), false);
    let gpu = render_map(scene(), true);
    assert_eq!(mesh.dimensions(), gpu.dimensions());
    let differs = |a: &image::Rgba<u8>, b: &image::Rgba<u8>| {
        a.0.iter()
            .zip(b.0)
            .any(|(x, y)| (i16::from(*x) - i16::from(y)).abs() > 24)
    };
    let total = (mesh.width() * mesh.height()) as usize;
    let different = mesh
        .pixels()
        .zip(gpu.pixels())
        .filter(|(a, b)| differs(a, b))
        .count();
    if different * 1000 > total * 6 || std::env::var_os("SAVE_AGREEMENT").is_some() {
        mesh.save("target/agreement-mesh.png").ok();
        gpu.save("target/agreement-gpu.png").ok();
    }
    eprintln!("{different} of {total} pixels differ between the GPU and mesh maps");
    // Anti-aliased edges may differ by a shade (the most along the stripes, whose two
    // selection colours are chosen to differ strongly: 0.54% of pixels, against 0.48% with
    // the curator's colours); anything more than 0.6% of pixels is a bug.
    assert!(
        different * 1000 <= total * 6,
        "{different} of {total} pixels differ (images in target/agreement-*.png)"
    );
    // And the GPU path did draw: the Sahara (OAU members) is not the sea's colour.
    let sea = gpu.get_pixel(300, 600);
    let sahara = gpu.get_pixel(650, 280);
    assert_ne!(sea, sahara, "the GPU map drew nothing");
    assert_eq!(sahara, mesh.get_pixel(650, 280));
}

#[test]
fn tab_visits_the_top_bar_in_reading_order() {
    let mut harness = harness(app(1970), (1440.0, 900.0));
    harness.run();
    let mut visited = Vec::new();
    for _ in 0..7 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        let focused = harness
            .get_by(|node| node.is_focused() && node.role() != egui::accesskit::Role::Window);
        visited.push((
            focused.accesskit_node().label().unwrap_or_default(),
            focused.rect().left(),
        ));
    }
    let labels: Vec<&str> = visited.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Export",
            "Share",
            "Language",
            "Reset view",
            "Panel",
            "Plots",
            "Display"
        ]
    );
    assert!(
        visited.windows(2).all(|pair| pair[0].1 < pair[1].1),
        "left to right: {visited:?}"
    );
}

#[test]
fn the_country_card_names_bodies_as_they_were_then_and_lists_its_sources() {
    let mut app = app(1970);
    app.state.apply(Command::SelectCountry("GHA".into()));
    let mut harness = harness(app, (1440.0, 900.0));
    harness.run();
    assert!(
        harness.query_by_label("OAU since 1963").is_some(),
        "the OAU in 1970, not the AU"
    );
    assert!(
        harness.query_by_label("AU since 1963").is_none(),
        "the AU did not exist in 1963"
    );
    assert!(
        harness.query_by_label("Sources").is_some(),
        "the card lists its sources"
    );
}
