//! The side panel, the plots and the year slider, driven through the real widgets: what a
//! kiosk card may open, keyboard focus, plots at common window sizes, the glyphs shown.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use ssc_atlas::app::{AtlasApp, Mode};
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::kiosk::{Kiosk, KioskConfig, KioskPhase};
use ssc_atlas::state::{AppState, Command};

const LAST_YEAR: i32 = 2026;
/// The Bandung conference: a short card whose sources are near the top.
const BANDUNG: &str = "asian-african-conference-1955-bandung";
/// The 7th NAM summit: a "sources differ" note with an address written into it.
const NEW_DELHI_1983: &str = "nam-summit-07-new-delhi-1983";
const BELGRADE_1961: &str = "nam-summit-01-belgrade-1961";

fn desk_app(year: i32) -> AtlasApp {
    let atlas = load_atlas(&DataSource::Bundled);
    AtlasApp::new(AppState::new(Arc::new(atlas), year, LAST_YEAR), None)
}

fn kiosk_app(year: i32) -> AtlasApp {
    let atlas = load_atlas(&DataSource::Bundled);
    let state = AppState::new(Arc::new(atlas), year, LAST_YEAR);
    AtlasApp::new(state, None).with_mode(Mode::Kiosk(Box::new(Kiosk::new(KioskConfig {
        idle_secs: 600.0,
        countdown_secs: 10.0,
        pin: Some("2468".into()),
        ..KioskConfig::default()
    }))))
}

fn harness(app: AtlasApp, size: (f32, f32)) -> Harness<'static, AtlasApp> {
    Harness::builder()
        .with_size(size)
        .with_step_dt(0.1)
        .with_max_steps(10_000)
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), app)
}

/// A finger down and up at one place.
fn touch(harness: &mut Harness<'_, AtlasApp>, pos: egui::Pos2) {
    harness.drag_at(pos);
    harness.drop_at(pos);
    harness.run_steps(2);
}

/// A kiosk handed over to a visitor (one touch on the sea), showing `event`'s card.
fn kiosk_with_card(event: &str) -> Harness<'static, AtlasApp> {
    let mut harness = harness(kiosk_app(1983), (1280.0, 800.0));
    harness.run_steps(4);
    touch(&mut harness, egui::pos2(60.0, 700.0));
    assert!(
        matches!(
            harness.state().mode(),
            Mode::Kiosk(kiosk) if matches!(kiosk.phase, KioskPhase::Exploring { .. })
        ),
        "the touch handed the kiosk over"
    );
    harness
        .state_mut()
        .state
        .apply(Command::SelectEvent(event.into()));
    harness.run_steps(4);
    harness
}

fn desk_with_card(event: &str) -> Harness<'static, AtlasApp> {
    let mut app = desk_app(1983);
    app.state.apply(Command::SelectEvent(event.into()));
    let mut harness = harness(app, (1280.0, 800.0));
    harness.run();
    harness
}

fn opened_urls(harness: &Harness<'_, AtlasApp>) -> Vec<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::OpenUrl(open) => Some(open.url.clone()),
            _ => None,
        })
        .collect()
}

/// Clicks the widget labelled `label` (scrolled into view first) and returns the addresses
/// the frame of the click asked the platform to open.
fn click_and_collect_urls(harness: &mut Harness<'_, AtlasApp>, label: &str) -> Vec<String> {
    harness.get_by_label(label).scroll_to_me();
    harness.run_steps(3);
    harness.get_by_label(label).click();
    // One frame per queued event (move, press, release): the release frame opens links.
    harness.step();
    opened_urls(harness)
}

#[test]
fn kiosk_cards_show_sources_as_text_and_open_nothing() {
    let mut harness = kiosk_with_card(BANDUNG);
    let event = harness
        .state()
        .state
        .atlas()
        .event(BANDUNG)
        .unwrap()
        .clone();
    assert!(!harness.state().state.external_links());
    for source in &event.sources {
        assert!(
            harness.query_by_label(&source.url).is_some(),
            "the address of {} is shown as text",
            source.title
        );
        assert!(
            harness
                .query_by_role_and_label(Role::Link, &source.title)
                .is_none(),
            "no link for {}",
            source.title
        );
        let opened = click_and_collect_urls(&mut harness, &source.title);
        assert!(opened.is_empty(), "the kiosk opened {opened:?}");
    }
}

#[test]
fn desk_cards_open_a_source_on_a_click() {
    let mut harness = desk_with_card(BANDUNG);
    let event = harness
        .state()
        .state
        .atlas()
        .event(BANDUNG)
        .unwrap()
        .clone();
    let source = &event.sources[0];
    assert!(
        harness
            .query_by_role_and_label(Role::Link, &source.title)
            .is_some()
    );
    let opened = click_and_collect_urls(&mut harness, &source.title);
    assert_eq!(opened, vec![source.url.clone()]);
}

#[test]
fn a_sources_differ_note_names_its_sources_and_opens_them_only_at_the_desk() {
    // The note of the 1961 summit cites the Movement's 2016 summit site by its raw address.
    let address = "https://namvenezuela.org/?us_portfolio=project-image";
    let title = "namvenezuela.org";
    let mut desk = desk_with_card(BELGRADE_1961);
    assert!(
        desk.state()
            .state
            .atlas()
            .event(BELGRADE_1961)
            .unwrap()
            .note
            .as_deref()
            .is_some_and(|n| n.contains(address)),
        "the note this test reads"
    );
    assert!(
        desk.query_by_label_contains(address).is_none(),
        "no raw address in the desk card"
    );
    assert!(desk.query_by_role_and_label(Role::Link, title).is_some());
    assert_eq!(click_and_collect_urls(&mut desk, title), vec![address]);

    let mut kiosk = kiosk_with_card(BELGRADE_1961);
    assert!(kiosk.query_by_role_and_label(Role::Link, title).is_none());
    assert!(
        kiosk.query_by_label(address).is_some(),
        "the address as text"
    );
    assert!(click_and_collect_urls(&mut kiosk, title).is_empty());
    assert!(click_and_collect_urls(&mut kiosk, address).is_empty());
}

/// Presses Tab until the side panel's first organization (the OAU in 1983) has focus; the
/// number of presses, if within `limit`.
fn tabs_to_first_organization(harness: &mut Harness<'_, AtlasApp>, limit: usize) -> Option<usize> {
    for presses in 1..=limit {
        harness.key_press(egui::Key::Tab);
        harness.run();
        if harness
            .query_by(|node| {
                node.is_focused()
                    && node.role() == Role::CheckBox
                    && node.label().as_deref() == Some("OAU")
            })
            .is_some()
        {
            return Some(presses);
        }
    }
    None
}

#[test]
fn tab_reaches_the_first_organization_in_a_few_presses() {
    // Organizations selected: their plot legends were once Tab stops before the list.
    let mut app = desk_app(1983);
    for id in ["nam", "g77", "unctad", "asean"] {
        app.state.apply(Command::ToggleOrganization(id.into()));
    }
    let mut harness = harness(app, (1440.0, 900.0));
    harness.run();
    let presses = tabs_to_first_organization(&mut harness, 60).expect("Tab reaches the list");
    // The top bar's seven controls (Export, Share, Language, Reset view, Panel, Plots,
    // Display), Play, Speed, the year slider, the plots' resize handle, the organization
    // search box and the first group's heading.
    assert!(
        presses <= 14,
        "{presses} Tab presses to the first organization"
    );
}

#[test]
fn a_focused_item_far_down_the_panel_is_scrolled_into_view() {
    let mut harness = harness(desk_app(1983), (1280.0, 800.0));
    harness.run();
    tabs_to_first_organization(&mut harness, 40).unwrap();
    // On through every organization (and the groups' headings) to the field filter below
    // the list.
    let organizations = harness.state().state.atlas().organizations.len();
    for _ in 0..organizations + 20 {
        let on_filter = harness
            .query_by(|node| {
                node.is_focused()
                    && node
                        .label()
                        .is_some_and(|l| l.contains("Field of cooperation"))
            })
            .is_some();
        if on_filter {
            break;
        }
        harness.key_press(egui::Key::Tab);
        harness.run();
    }
    let panel_top = harness.get_by_label("Reset view").rect().bottom();
    let panel_bottom = harness.get_by_label("Members over time").rect().top();
    let focused = harness.get_by(|node| node.is_focused() && node.role() != Role::Window);
    let rect = focused.rect();
    assert!(
        focused
            .accesskit_node()
            .label()
            .is_some_and(|l| l.contains("Field of cooperation")),
        "focus on {:?}",
        focused.accesskit_node().label()
    );
    assert!(
        rect.top() >= panel_top && rect.bottom() <= panel_bottom,
        "{rect:?} outside the panel's view {panel_top}..{panel_bottom}"
    );
}

#[test]
fn the_slider_shows_the_year_under_the_pointer_while_dragging() {
    let mut harness = harness(desk_app(1950), (1440.0, 900.0));
    harness.run();
    let track = harness.get_by_label("Year").rect();
    // The track runs 10 points in from each end of the widget.
    let (left, right) = (track.left() + 10.0, track.right() - 10.0);
    let year_at =
        |x: f32| 1945 + ((x - left) / (right - left) * (LAST_YEAR - 1945) as f32).round() as i32;
    let start = egui::pos2(left + 0.25 * (right - left), track.center().y);
    harness.drag_at(start);
    harness.step();
    for fraction in [0.5_f32, 0.8, 0.3] {
        let x = left + fraction * (right - left);
        harness.hover_at(egui::pos2(x, track.center().y));
        // One frame: the read-out must already show the year under the pointer.
        harness.step();
        let year = year_at(x).to_string();
        assert!(
            harness.query_by_label(&year).is_some(),
            "the read-out shows {year} in the frame of the move"
        );
    }
    harness.drop_at(egui::pos2(left + 0.3 * (right - left), track.center().y));
    harness.run();
    assert_eq!(
        harness.state().state.year(),
        year_at(left + 0.3 * (right - left))
    );
}

/// Every piece of text drawn in the last frame, with its font.
fn drawn_texts(harness: &Harness<'_, AtlasApp>) -> Vec<(String, egui::FontId)> {
    fn walk(shape: &egui::Shape, out: &mut Vec<(String, egui::FontId)>) {
        match shape {
            egui::Shape::Text(text) => {
                let job = &text.galley.job;
                for section in &job.sections {
                    if let Some(part) = job
                        .text
                        .get(section.byte_range.start.0..section.byte_range.end.0)
                    {
                        out.push((part.to_owned(), section.format.font_id.clone()));
                    }
                }
            }
            egui::Shape::Vec(shapes) => {
                for shape in shapes {
                    walk(shape, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// Characters drawn in the last frame that no bundled font has.
fn missing_glyphs(harness: &Harness<'_, AtlasApp>) -> Vec<(char, String)> {
    let mut missing = Vec::new();
    for (text, font) in drawn_texts(harness) {
        for c in text
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
        {
            if !harness.ctx.fonts_mut(|fonts| fonts.has_glyph(&font, c))
                && !missing.iter().any(|(m, _)| *m == c)
            {
                missing.push((c, text.clone()));
            }
        }
    }
    missing
}

#[test]
fn every_glyph_shown_is_in_the_bundled_fonts() {
    let mut problems = Vec::new();
    let mut check = |harness: &Harness<'_, AtlasApp>, scene: &str| {
        for (c, text) in missing_glyphs(harness) {
            problems.push(format!(
                "{scene}: {c:?} (U+{:04X}) in {text:?}",
                u32::from(c)
            ));
        }
    };
    // Desk: four organizations, the slider's tooltip, a plot's hover text.
    let mut app = desk_app(1983);
    for id in ["nam", "g77", "unctad", "asean"] {
        app.state.apply(Command::ToggleOrganization(id.into()));
    }
    let mut desk = harness(app, (1440.0, 900.0));
    desk.run();
    check(&desk, "desk 1983");
    let track = desk.get_by_label("Year").rect();
    desk.hover_at(track.center());
    desk.run_steps(10);
    assert!(
        desk.query_by_label(&desk.state().state.texts().ui("slider-track-hint"))
            .is_some(),
        "the slider's tooltip is up"
    );
    check(&desk, "slider tooltip");
    // Cards: an event with a note, a country with memberships.
    for event in [BANDUNG, NEW_DELHI_1983] {
        let desk = desk_with_card(event);
        check(&desk, event);
    }
    let mut app = desk_app(1983);
    app.state.apply(Command::SelectCountry("IND".into()));
    let mut desk = harness(app, (1440.0, 900.0));
    desk.run();
    check(&desk, "country card IND");
    let kiosk = kiosk_with_card(NEW_DELHI_1983);
    check(&kiosk, "kiosk card");
    assert!(
        problems.is_empty(),
        "glyphs missing from the fonts:\n{}",
        problems.join("\n")
    );
}

/// The sizes of the decade labels "1950" and "1990" drawn in the last frame.
fn decade_label_sizes(harness: &Harness<'_, AtlasApp>) -> Vec<f32> {
    drawn_texts(harness)
        .into_iter()
        .filter(|(text, _)| text == "1950" || text == "1990")
        .map(|(_, font)| font.size)
        .collect()
}

#[test]
fn slider_tick_labels_follow_the_body_size() {
    let kiosk = kiosk_with_card(BANDUNG);
    // The kiosk shows no plots: every decade label drawn is the slider's.
    let sizes = decade_label_sizes(&kiosk);
    assert!(!sizes.is_empty());
    assert!(
        sizes.iter().all(|&size| size >= 20.0),
        "kiosk decade labels {sizes:?} px"
    );
}

/// Where each plot's frame lies.
fn plot_frames(harness: &Harness<'_, AtlasApp>) -> Vec<egui::Rect> {
    ["members_plot", "decolonization_plot", "events_plot"]
        .into_iter()
        .map(|name| {
            let memory =
                egui_plot::PlotMemory::load(&harness.ctx, ssc_atlas::ui::plots::plot_id(name))
                    .unwrap_or_else(|| panic!("{name} was drawn"));
            *memory.transform().frame()
        })
        .collect()
}

#[test]
fn plots_fit_the_window_label_every_decade_and_keep_legends_off_the_data() {
    for (width, height) in [
        (1024.0, 768.0),
        (1280.0, 800.0),
        (1440.0, 900.0),
        (1920.0, 1080.0),
    ] {
        let mut app = desk_app(1983);
        for id in ["nam", "g77", "unctad", "asean"] {
            app.state.apply(Command::ToggleOrganization(id.into()));
        }
        let mut harness = harness(app, (width, height));
        harness.run();
        let frames = plot_frames(&harness);
        let texts = drawn_texts(&harness);
        for frame in &frames {
            assert!(
                frame.right() <= width && frame.bottom() <= height && frame.left() >= 0.0,
                "{width}x{height}: plot {frame:?} runs off the window"
            );
            assert!(
                frame.width() > 150.0,
                "{width}x{height}: plot {frame:?} too narrow"
            );
        }
        // Decade labels under each plot (egui_plot paints them as text).
        for decade in (1950..=2020).step_by(10) {
            let label = decade.to_string();
            let count = texts.iter().filter(|(t, _)| *t == label).count();
            // One on the slider, one under each of the three plots.
            assert!(count >= 4, "{width}x{height}: {label} drawn {count} times");
        }
        // Legends sit above the plots, not on them.
        for label in ["summit", "ASEAN", "NAM members"] {
            let legend = harness
                .query_all_by_label(label)
                .find(|node| node.accesskit_node().role() != Role::CheckBox)
                .unwrap_or_else(|| panic!("legend {label}"))
                .rect();
            assert!(
                frames.iter().all(|frame| !frame.intersects(legend)),
                "{width}x{height}: legend {label} {legend:?} covers a plot"
            );
        }
    }
}

#[test]
fn hovering_a_faint_line_names_its_organization() {
    // With OAPEC selected, the other producers' bodies are drawn faint for comparison.
    let mut app = desk_app(1975);
    app.state.apply(Command::ToggleOrganization("oapec".into()));
    let mut harness = harness(app, (1440.0, 900.0));
    harness.run();
    let memory =
        egui_plot::PlotMemory::load(&harness.ctx, ssc_atlas::ui::plots::plot_id("members_plot"))
            .unwrap();
    // OPEC (not selected, so a faint line) had 13 members in 1975; log scale.
    let pos = memory
        .transform()
        .position_from_point(&egui_plot::PlotPoint::new(1975.5, 13f64.log10()));
    harness.hover_at(pos);
    harness.run_steps(4);
    let names: Vec<String> = harness
        .state()
        .state
        .atlas()
        .organizations
        .iter()
        .map(|o| {
            format!(
                "{}\n",
                o.short_name_on(ssc_atlas::time::Date::end_of_year(1975))
            )
        })
        .collect();
    let text = drawn_texts(&harness)
        .into_iter()
        .map(|(text, _)| text)
        .find(|text| text.contains("members in 1975"))
        .expect("a hover text for the line");
    assert!(
        names.iter().any(|n| text.starts_with(n.as_str())),
        "the hover text names the body: {text:?}"
    );
}

#[test]
fn data_problems_are_one_click_away_at_every_window_size() {
    let problems: Vec<ssc_atlas::data::Problem> = (0..40)
        .map(|i| {
            ssc_atlas::data::Problem::new(
                "data/events.geojson",
                format!("features[{i}] (id \"event-{i}\").properties.start"),
                "'1955-04-31' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
            )
        })
        .collect();
    for size in [(1024.0, 700.0), (1280.0, 800.0), (1920.0, 1080.0)] {
        let mut app = desk_app(1975);
        app.state.apply(Command::SetDataProblems(problems.clone()));
        let mut harness = harness(app, size);
        harness.run();
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0, size.1));
        let button = harness.get_by_label("40 data problems");
        assert!(
            screen.contains_rect(button.rect()),
            "{size:?}: the button is on screen"
        );
        button.click();
        harness.run();
        let first = harness.get_by_label_contains("features[0] (id \"event-0\")");
        assert!(
            screen.contains_rect(first.rect()),
            "{size:?}: the first problem is on screen at {:?}",
            first.rect()
        );
        // Closing it is a command like any other.
        harness.get_by_label("40 data problems").click();
        harness.run();
        assert!(!harness.state().state.show_data_problems());
    }
}

#[test]
fn the_picture_of_1984_sets_the_atlas_counts_beside_the_articles_figures() {
    // A tall window, so the list of a hundred bodies and the figures below it are on screen.
    let mut harness = harness(desk_app(1984), (1440.0, 4000.0));
    harness.run();
    harness
        .get_by_label("The picture by the end of 1984")
        .click();
    harness.run();
    for (figure, count) in [
        ("nearly 30 regional and sub-regional organizations", 32),
        (
            "more than 30 organizations of raw-material producing and exporting countries",
            17,
        ),
        ("nearly 20 monetary and financial organizations", 23),
    ] {
        assert!(harness.query_by_label(figure).is_some(), "{figure}");
        assert!(
            harness
                .query_by_label(&format!(
                    "this atlas holds {count} existing at the end of 1984"
                ))
                .is_some(),
            "{count} beside {figure}"
        );
    }
    assert!(
        harness
            .query_by_label_contains("left out rather than guessed")
            .is_some(),
        "the panel says why the producers' count is lower"
    );
}

#[test]
fn f12_shows_frame_times_at_the_desk_and_never_in_the_kiosk() {
    let mut desk = harness(desk_app(1975), (1280.0, 800.0));
    desk.run();
    assert!(
        desk.query_by_label_contains("frames/s").is_none(),
        "off by default"
    );
    desk.key_press(egui::Key::F12);
    desk.run();
    assert!(desk.state().state.show_frame_overlay());
    // A few frames, so there is something to summarise.
    desk.run_steps(5);
    assert!(
        desk.query_by_label_contains("frames/s").is_some(),
        "the overlay shows frame rates"
    );
    desk.key_press(egui::Key::F12);
    desk.run();
    assert!(desk.query_by_label_contains("frames/s").is_none());

    let mut kiosk = harness(kiosk_app(1975), (1280.0, 800.0));
    kiosk.run();
    kiosk.key_press(egui::Key::F12);
    kiosk.run_steps(5);
    assert!(!kiosk.state().state.show_frame_overlay());
    assert!(kiosk.query_by_label_contains("frames/s").is_none());
}

/// Filled rectangles of one colour drawn in the last frame, by area in points.
fn filled_rect_areas(harness: &Harness<'_, AtlasApp>, colour: egui::Color32) -> Vec<f32> {
    fn walk(shape: &egui::Shape, colour: egui::Color32, out: &mut Vec<f32>) {
        match shape {
            egui::Shape::Rect(rect) if rect.fill == colour => out.push(rect.rect.area()),
            egui::Shape::Vec(shapes) => {
                for shape in shapes {
                    walk(shape, colour, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, colour, &mut out);
    }
    out
}

/// A real window is cleared to the sea's colour, and the map then paints no sea over it
/// (on a software renderer a full-screen rectangle is a large share of a frame); pictures
/// and tests, which clear to something else, keep the sea rectangle.
#[test]
fn the_sea_is_the_window_s_clear_colour_and_is_not_painted_twice() {
    let sea = ssc_atlas::theme::map_palette(ssc_atlas::state::ThemeChoice::Light).sea;
    let size = (1280.0, 800.0);
    let mut painted = harness(desk_app(1975), size);
    painted.run();
    let big = |areas: Vec<f32>| areas.into_iter().filter(|a| *a > 200_000.0).count();
    assert_eq!(big(filled_rect_areas(&painted, sea)), 1);

    let mut cleared = harness(desk_app(1975).with_sea_as_clear_colour(), size);
    cleared.run();
    assert_eq!(big(filled_rect_areas(&cleared, sea)), 0);
    let clear_bytes = cleared
        .state()
        .clear_colour()
        .map(|channel| (channel * 255.0).round() as u8);
    assert_eq!(clear_bytes, sea.to_array());
}
