//! Keyboard and screen reader access, through the real widgets and the AccessKit tree:
//! Tab order to the map, the map's keyboard cursor (arrows, letters, Enter, Esc), the year
//! keys while the map has no focus, the shortcuts window, the map's lists for screen
//! readers, the year's live announcement, and a name on every control.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::sync::Arc;

use egui::accesskit::{Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use ssc_atlas::app::{AtlasApp, Mode};
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::kiosk::{Kiosk, KioskConfig};
use ssc_atlas::state::{AppState, Command, MapCursor, Selection};
use ssc_atlas::ui::map;

const LAST_YEAR: i32 = 2026;
const BANDUNG: &str = "asian-african-conference-1955-bandung";

fn app(year: i32) -> AtlasApp {
    let atlas = load_atlas(&DataSource::Bundled);
    AtlasApp::new(AppState::new(Arc::new(atlas), year, LAST_YEAR), None)
}

fn harness(app: AtlasApp) -> Harness<'static, AtlasApp> {
    Harness::builder()
        .with_size((1440.0, 900.0))
        .with_step_dt(0.1)
        .with_max_steps(10_000)
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), app)
}

fn press(harness: &mut Harness<'_, AtlasApp>, key: egui::Key) {
    harness.key_press(key);
    harness.run();
}

fn type_text(harness: &mut Harness<'_, AtlasApp>, text: &str) {
    harness.event(egui::Event::Text(text.into()));
    harness.run();
}

/// Whether the map widget has keyboard focus (a screen reader's focus is then on the
/// cursor's list item, the map's active descendant, when there is one).
fn map_focused(harness: &Harness<'_, AtlasApp>) -> bool {
    harness
        .get_by_role_and_label(Role::Canvas, map::MAP_NAME)
        .accesskit_node()
        .is_focused_in_tree()
}

fn focus_map(harness: &mut Harness<'_, AtlasApp>) {
    harness
        .get_by_role_and_label(Role::Canvas, map::MAP_NAME)
        .focus();
    harness.run();
    assert!(map_focused(harness), "the map took focus");
}

fn cursor(harness: &Harness<'_, AtlasApp>) -> Option<MapCursor> {
    harness.state().state.map_cursor().cloned()
}

/// The map's accessible value: what its keyboard cursor is on.
fn map_value(harness: &Harness<'_, AtlasApp>) -> Option<String> {
    harness
        .get_by_role_and_label(Role::Canvas, map::MAP_NAME)
        .accesskit_node()
        .value()
}

/// The label of the focused node (not the window's).
fn focused_label(harness: &Harness<'_, AtlasApp>) -> (Role, String) {
    let node = harness.get_by(|node| node.is_focused() && node.role() != Role::Window);
    (
        node.accesskit_node().role(),
        node.accesskit_node().label().unwrap_or_default(),
    )
}

/// English texts of the bundled atlas (kept for the whole test run).
fn english() -> ssc_atlas::data::Texts<'static> {
    static ATLAS: std::sync::OnceLock<ssc_atlas::data::Atlas> = std::sync::OnceLock::new();
    ATLAS
        .get_or_init(|| load_atlas(&DataSource::Bundled))
        .texts("en")
}

#[test]
fn tab_goes_through_the_top_bar_the_slider_the_side_panel_then_the_map() {
    let mut harness = harness(app(1964));
    harness.run();
    let mut stops: Vec<(Role, String)> = Vec::new();
    for _ in 0..400 {
        press(&mut harness, egui::Key::Tab);
        let stop = focused_label(&harness);
        let done = stop.0 == Role::Canvas;
        stops.push(stop);
        if done {
            break;
        }
    }
    let position = |test: &dyn Fn(&(Role, String)) -> bool| stops.iter().position(test);
    let export = position(&|(_, l)| l == "Export").expect("the top bar's Export");
    let dark = position(&|(_, l)| l == "Display").expect("the top bar's Display menu");
    let play = position(&|(_, l)| l == "Play").expect("Play");
    let year = position(&|(r, l)| *r == Role::Slider && l == "Year").expect("the year slider");
    let search = position(&|(r, _)| *r == Role::TextInput).expect("the organization search");
    let first_organization = position(&|(r, _)| *r == Role::CheckBox).expect("an organization");
    let map_stop = position(&|(r, l)| *r == Role::Canvas && l == map::MAP_NAME).expect("the map");
    assert_eq!(export, 0, "Tab starts at the top bar: {stops:?}");
    assert!(
        export < dark && dark < play && play < year,
        "top bar, then the slider: {stops:?}"
    );
    assert!(
        year < search && search < first_organization,
        "then the side panel: {stops:?}"
    );
    assert_eq!(map_stop, stops.len() - 1, "the map last");
    // Every Tab stop has a name a screen reader can say.
    for (role, label) in &stops {
        assert!(
            !label.trim().is_empty(),
            "a {role:?} Tab stop without a name"
        );
    }
    // And Tab goes round to the start again.
    press(&mut harness, egui::Key::Tab);
    assert_eq!(focused_label(&harness).1, "Export");
}

#[test]
fn arrows_move_the_year_until_the_map_has_focus_then_its_cursor() {
    let mut harness = harness(app(1963));
    harness.run();
    press(&mut harness, egui::Key::ArrowRight);
    assert_eq!(
        harness.state().state.year(),
        1964,
        "no focus: Right moves the year"
    );
    assert_eq!(cursor(&harness), None);

    focus_map(&mut harness);
    let events: Vec<String> = harness
        .state()
        .state
        .year_events()
        .map(|e| e.id.clone())
        .collect();
    assert!(events.len() >= 3, "1964's events: {events:?}");
    press(&mut harness, egui::Key::ArrowRight);
    assert_eq!(
        harness.state().state.year(),
        1964,
        "the map's Right: not the year"
    );
    assert_eq!(cursor(&harness), Some(MapCursor::Event(events[0].clone())));
    let first = harness
        .state()
        .state
        .atlas()
        .event(&events[0])
        .unwrap()
        .clone();
    assert_eq!(
        focused_label(&harness),
        (Role::ListItem, map::event_item_text(&english(), &first)),
        "a screen reader's focus follows the cursor (the map's active descendant)"
    );
    press(&mut harness, egui::Key::ArrowRight);
    assert_eq!(cursor(&harness), Some(MapCursor::Event(events[1].clone())));
    press(&mut harness, egui::Key::ArrowLeft);
    assert_eq!(cursor(&harness), Some(MapCursor::Event(events[0].clone())));
    assert!(
        map_focused(&harness),
        "the arrows kept the focus on the map"
    );
    // Named for a screen reader, and in a tooltip beside the marker.
    assert_eq!(
        map_value(&harness),
        Some(map::event_item_text(&english(), &first))
    );
    assert!(
        harness.query_all_by_label(&first.title).count() >= 1,
        "the cursor's tooltip names {}",
        first.title
    );

    // Enter opens the card, as a click on the marker does.
    press(&mut harness, egui::Key::Enter);
    assert_eq!(
        harness.state().state.selection(),
        &Selection::Event(events[0].clone())
    );
    assert!(
        harness.query_by_label("Sources").is_some(),
        "the card is open"
    );
    // Esc closes it and the map keeps focus; a second Esc leaves the map.
    press(&mut harness, egui::Key::Escape);
    assert_eq!(harness.state().state.selection(), &Selection::None);
    assert!(map_focused(&harness), "the first Esc only closed the card");
    press(&mut harness, egui::Key::Escape);
    assert!(!map_focused(&harness), "the second Esc left the map");
    press(&mut harness, egui::Key::ArrowRight);
    assert_eq!(
        harness.state().state.year(),
        1965,
        "and Right moves the year again"
    );
    // Page keys move the year either way.
    focus_map(&mut harness);
    press(&mut harness, egui::Key::PageUp);
    assert_eq!(harness.state().state.year(), 1964);
}

#[test]
fn up_down_and_letters_walk_the_countries_and_enter_opens_one() {
    let mut harness = harness(app(1960));
    harness.run();
    focus_map(&mut harness);
    let countries = harness.state().state.countries_by_name();
    press(&mut harness, egui::Key::ArrowDown);
    assert_eq!(
        cursor(&harness),
        Some(MapCursor::Country(countries[0].0.clone()))
    );
    press(&mut harness, egui::Key::ArrowDown);
    assert_eq!(
        cursor(&harness),
        Some(MapCursor::Country(countries[1].0.clone()))
    );
    press(&mut harness, egui::Key::ArrowUp);
    press(&mut harness, egui::Key::ArrowUp);
    assert_eq!(
        cursor(&harness),
        Some(MapCursor::Country(countries.last().unwrap().0.clone())),
        "Up from the first goes round to the last"
    );
    assert_eq!(harness.state().state.year(), 1960, "the year stays");

    type_text(&mut harness, "g");
    let Some(MapCursor::Country(key)) = cursor(&harness) else {
        panic!("a letter puts the cursor on a country");
    };
    let name = harness
        .state()
        .state
        .atlas()
        .status_on(&key, harness.state().state.date())
        .name;
    assert!(name.starts_with('G'), "{key}: {name}");
    assert_eq!(map_value(&harness).as_deref(), Some(name.as_str()));
    press(&mut harness, egui::Key::Enter);
    assert_eq!(
        harness.state().state.selection(),
        &Selection::Country(key.clone()),
        "Enter sends the click's SelectCountry"
    );
}

#[test]
fn the_map_pans_to_keep_the_cursors_item_in_view() {
    let mut app = app(1955);
    // Zoomed in on the Atlantic, far from Bandung.
    let mut view = app.state.map_view();
    view.zoom = 6.0;
    view.center = ssc_atlas::geo::world_from_lon_lat(-30.0, 20.0);
    app.state.apply(Command::SetView(view));
    let mut harness = harness(app);
    harness.run();
    let map_rect = harness
        .get_by_role_and_label(Role::Canvas, map::MAP_NAME)
        .rect();
    let bandung = map::event_item_text(
        &harness.state().state.texts(),
        harness.state().state.atlas().event(BANDUNG).unwrap(),
    );
    let item_rect = |harness: &Harness<'_, AtlasApp>| {
        harness
            .get_by_role_and_label(Role::ListItem, &bandung)
            .rect()
    };
    assert!(
        !map_rect.contains(item_rect(&harness).center()),
        "Bandung starts out of view"
    );
    focus_map(&mut harness);
    press(&mut harness, egui::Key::ArrowRight);
    assert_eq!(cursor(&harness), Some(MapCursor::Event(BANDUNG.into())));
    harness.run();
    assert!(
        map_rect.shrink(40.0).contains(item_rect(&harness).center()),
        "Bandung's marker {:?} inside the map {map_rect:?}",
        item_rect(&harness)
    );
}

#[test]
fn the_map_lists_the_years_events_for_a_screen_reader() {
    let mut harness = harness(app(1955));
    harness.run();
    let label = map::events_list_label(&english(), 1955);
    let list = harness.get_by_role_and_label(Role::List, &label);
    assert_eq!(
        list.parent().map(|p| p.accesskit_node().role()),
        Some(Role::Canvas),
        "the list is the map's"
    );
    let items: Vec<String> = list
        .get_all_by_role(Role::ListItem)
        .map(|item| item.accesskit_node().label().unwrap_or_default())
        .collect();
    assert!(
        items.contains(
            &"Bandung: Asian–African Conference (Bandung Conference), 18 April 1955 – 24 April 1955"
                .to_owned()
        ),
        "{items:?}"
    );
    assert_eq!(
        items.len(),
        harness.state().state.year_events().count(),
        "one item per event of the year"
    );
    // A screen reader's click on an item opens its card.
    let bandung = map::event_item_text(
        &harness.state().state.texts(),
        harness.state().state.atlas().event(BANDUNG).unwrap(),
    );
    harness
        .get_by_role_and_label(Role::ListItem, &bandung)
        .click_accesskit();
    harness.run();
    assert_eq!(
        harness.state().state.selection(),
        &Selection::Event(BANDUNG.into())
    );
}

#[test]
fn the_map_lists_the_selected_organizations_members() {
    let mut app = app(1964);
    app.state.apply(Command::ToggleOrganization("au".into()));
    app.state.apply(Command::ToggleOrganization("asean".into()));
    let mut harness = harness(app);
    harness.run();
    // The AU of 2002 was the OAU in 1964.
    let oau_label = map::members_list_label(&english(), "OAU", 1964);
    let oau = harness.get_by_role_and_label(Role::List, &oau_label);
    let members: Vec<String> = oau
        .get_all_by_role(Role::ListItem)
        .map(|item| item.accesskit_node().label().unwrap_or_default())
        .collect();
    let date = harness.state().state.date();
    let expected = harness
        .state()
        .state
        .atlas()
        .organization("au")
        .unwrap()
        .members_on(date)
        .count();
    assert!(expected > 30, "{expected} OAU members at the end of 1964");
    assert_eq!(members.len(), expected, "{members:?}");
    assert!(members.iter().any(|m| m == "Ghana"), "{members:?}");
    harness
        .get_by_role_and_label(Role::ListItem, "Ghana")
        .click_accesskit();
    harness.run();
    assert_eq!(
        harness.state().state.selection(),
        &Selection::Country("GHA".into()),
        "a screen reader's click on a member opens its card"
    );
    let mut sorted = members.clone();
    sorted.sort_by_key(|m| ssc_atlas::state::name_sort_key(m));
    assert_eq!(members, sorted, "in alphabetical order");
    // ASEAN was founded in 1967: its list says so.
    let asean_label = map::members_list_label(&english(), "ASEAN", 1964);
    let asean = harness.get_by_role_and_label(Role::List, &asean_label);
    let items: Vec<String> = asean
        .get_all_by_role(Role::ListItem)
        .map(|item| item.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(items, ["Not founded until 1967"]);
}

#[test]
fn a_change_of_year_is_announced_politely() {
    let mut harness = harness(app(1964));
    harness.run();
    let announcement = |harness: &Harness<'_, AtlasApp>| {
        let node = harness.get_by(|node| node.live() == Live::Polite);
        node.value()
            .or_else(|| node.accesskit_node().label())
            .unwrap_or_default()
    };
    let expected = |harness: &Harness<'_, AtlasApp>| {
        let state = &harness.state().state;
        let new_states = state.atlas().new_states_in(state.year()).len();
        map::year_announcement(
            &state.texts(),
            state.year(),
            state.year_events().count(),
            new_states,
        )
    };
    let first = announcement(&harness);
    assert!(first.starts_with("1964: "), "{first}");
    assert_eq!(first, expected(&harness));
    press(&mut harness, egui::Key::ArrowRight);
    let second = announcement(&harness);
    assert!(second.starts_with("1965: "), "{second}");
    assert_eq!(second, expected(&harness));
    assert_eq!(
        map::year_announcement(&english(), 1960, 1, 17),
        "1960: 1 event, 17 new states"
    );
    assert_eq!(
        map::year_announcement(&english(), 1946, 0, 1),
        "1946: no events, 1 new state"
    );
}

#[test]
fn every_control_has_a_name_and_the_slider_and_checkboxes_their_values() {
    let mut app = app(1964);
    app.state.apply(Command::ToggleOrganization("au".into()));
    let mut harness = harness(app);
    harness.run();
    let controls = [
        Role::Button,
        Role::CheckBox,
        Role::Slider,
        Role::ComboBox,
        Role::TextInput,
        Role::Link,
        Role::Canvas,
        Role::Tab,
    ];
    let unnamed: Vec<String> = harness
        .query_all_by(|node| controls.contains(&node.role()))
        .filter(|node| {
            node.accesskit_node()
                .label()
                .is_none_or(|l| l.trim().is_empty())
        })
        .map(|node| format!("{:?} at {:?}", node.accesskit_node().role(), node.rect()))
        .collect();
    assert!(unnamed.is_empty(), "controls without a name: {unnamed:?}");
    let slider = harness.get_by_role_and_label(Role::Slider, "Year");
    assert_eq!(slider.accesskit_node().numeric_value(), Some(1964.0));
    let oau = harness.get_by_role_and_label(Role::CheckBox, "OAU");
    assert_eq!(
        oau.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    let speed = harness.get_by_role_and_label(Role::ComboBox, "Speed");
    assert!(
        speed
            .accesskit_node()
            .value()
            .is_some_and(|v| v.contains("yr/s")),
        "the speed's value: {:?}",
        speed.accesskit_node().value()
    );
}

fn shortcuts_open(harness: &Harness<'_, AtlasApp>) -> bool {
    harness
        .query_by_label(
            &harness
                .state()
                .state
                .texts()
                .ui(ssc_atlas::ui::shortcuts::SHORTCUTS_TITLE),
        )
        .is_some()
}

#[test]
fn question_mark_shows_the_shortcuts_and_esc_closes_only_them() {
    let mut app = app(1955);
    app.state.apply(Command::SelectEvent(BANDUNG.into()));
    let mut harness = harness(app);
    harness.run();
    assert!(!shortcuts_open(&harness));
    type_text(&mut harness, "?");
    assert!(shortcuts_open(&harness), "? opens the shortcuts");
    for (key, _) in ssc_atlas::ui::shortcuts::DESK_KEYS
        .iter()
        .chain(ssc_atlas::ui::shortcuts::MAP_KEYS)
        .chain(ssc_atlas::ui::shortcuts::PRESENTATION_KEYS)
    {
        let key = harness.state().state.texts().ui(key);
        assert!(
            harness.query_all_by_label(&key).count() >= 1,
            "{key} listed"
        );
    }
    press(&mut harness, egui::Key::Escape);
    assert!(!shortcuts_open(&harness), "Esc closes them");
    assert_eq!(
        harness.state().state.selection(),
        &Selection::Event(BANDUNG.into()),
        "and only them: the card stays"
    );
    // With the map focused (and no card open), Esc closes the shortcuts and the map keeps
    // focus.
    harness.state_mut().state.apply(Command::ClearSelection);
    focus_map(&mut harness);
    press(&mut harness, egui::Key::Questionmark);
    assert!(shortcuts_open(&harness), "the ? key opens them too");
    press(&mut harness, egui::Key::Escape);
    assert!(!shortcuts_open(&harness));
    assert!(map_focused(&harness), "the map kept focus");
    press(&mut harness, egui::Key::Questionmark);
    assert!(shortcuts_open(&harness));
    type_text(&mut harness, "?");
    assert!(!shortcuts_open(&harness), "? closes them");
}

#[test]
fn presentation_has_the_shortcuts_and_the_kiosk_does_not() {
    let atlas = Arc::new(load_atlas(&DataSource::Bundled));
    let present = AtlasApp::new(AppState::new(Arc::clone(&atlas), 1964, LAST_YEAR), None)
        .with_mode(Mode::Present { blank: false });
    let mut presenting = harness(present);
    presenting.run();
    type_text(&mut presenting, "?");
    assert!(shortcuts_open(&presenting), "in presentation");
    presenting.key_down(egui::Key::Escape);
    presenting.run_steps(1);
    let left_fullscreen = presenting.output().viewport_output.values().any(|v| {
        v.commands
            .iter()
            .any(|c| matches!(c, egui::ViewportCommand::Fullscreen(false)))
    });
    presenting.key_up(egui::Key::Escape);
    presenting.run();
    assert!(!shortcuts_open(&presenting), "Esc closed them");
    assert!(!left_fullscreen, "and did not also leave fullscreen");

    let kiosk = AtlasApp::new(AppState::new(atlas, 1964, LAST_YEAR), None).with_mode(Mode::Kiosk(
        Box::new(Kiosk::new(KioskConfig {
            idle_secs: 600.0,
            countdown_secs: 10.0,
            pin: Some("2468".into()),
            ..KioskConfig::default()
        })),
    ));
    let mut in_kiosk = harness(kiosk);
    in_kiosk.run_steps(4);
    type_text(&mut in_kiosk, "?");
    in_kiosk.run_steps(4);
    assert!(!shortcuts_open(&in_kiosk), "never in the kiosk");
    assert!(!in_kiosk.state().state.show_shortcuts());
}

/// Pixels of the light theme's focus ring colour in `band` (points = pixels here).
fn ring_pixels(image: &image::RgbaImage, band_outer: egui::Rect, band_inner: egui::Rect) -> usize {
    let ring = ssc_atlas::theme::focus_ring_color(false);
    let near = |p: &image::Rgba<u8>| {
        (i16::from(p[0]) - i16::from(ring.r())).abs() <= 40
            && (i16::from(p[1]) - i16::from(ring.g())).abs() <= 40
            && (i16::from(p[2]) - i16::from(ring.b())).abs() <= 40
    };
    let (width, height) = image.dimensions();
    let mut count = 0;
    for y in band_outer.top().max(0.0) as u32..(band_outer.bottom().max(0.0) as u32).min(height) {
        for x in band_outer.left().max(0.0) as u32..(band_outer.right().max(0.0) as u32).min(width)
        {
            let point = egui::pos2(x as f32 + 0.5, y as f32 + 0.5);
            if !band_inner.contains(point) && near(image.get_pixel(x, y)) {
                count += 1;
            }
        }
    }
    count
}

/// Every Tab stop, from the top bar's first button to the map (buttons, the speed box, the
/// slider, the panels' resize handles, the search box, the groups' headings, the
/// organizations, the field filter): each shows a ring of the focus colour around it (inside
/// the map's edge) when Tab reaches it, and none before.
#[test]
fn every_tab_stop_shows_a_focus_ring() {
    use eframe::egui_wgpu::RendererOptions;
    use egui_kittest::wgpu::{WgpuTestRenderer, create_render_state, default_wgpu_setup};
    let render_state = create_render_state(default_wgpu_setup(), RendererOptions::PREDICTABLE);
    let mut harness = Harness::builder()
        .with_size((1280.0, 800.0))
        .with_step_dt(0.1)
        .with_max_steps(10_000)
        .renderer(WgpuTestRenderer::from_render_state(render_state))
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), app(1964));
    harness.run();
    let unfocused = harness.render().unwrap();
    let mut checked: Vec<(Role, String)> = Vec::new();
    let mut unseen: Vec<String> = Vec::new();
    for _ in 0..400 {
        press(&mut harness, egui::Key::Tab);
        let stop = focused_label(&harness);
        let rect = harness
            .get_by(|node| node.is_focused() && node.role() != Role::Window)
            .rect();
        // Around a control; inside the map's edge (the panels around it would hide it).
        let (outer, inner) = if stop.0 == Role::Canvas {
            (rect, rect.shrink(10.0))
        } else {
            (rect.expand(8.0), rect.shrink(4.0))
        };
        let image = harness.render().unwrap();
        let before = ring_pixels(&unfocused, outer, inner);
        let after = ring_pixels(&image, outer, inner);
        let perimeter = 2.0 * (rect.width() + rect.height());
        if !(after as f32 >= perimeter && after > 2 * before + 20) {
            unseen.push(format!(
                "{stop:?} at {rect:?}: {after} ring pixels focused, {before} before"
            ));
        }
        let done = stop.0 == Role::Canvas;
        checked.push(stop);
        if done {
            break;
        }
    }
    assert!(unseen.is_empty(), "focus not visible: {unseen:#?}");
    let roles: Vec<Role> = checked.iter().map(|(role, _)| *role).collect();
    for role in [
        Role::Button,
        Role::ComboBox,
        Role::Slider,
        Role::TextInput,
        Role::CheckBox,
        Role::Splitter,
        Role::Canvas,
    ] {
        assert!(roles.contains(&role), "{role:?} checked: {checked:?}");
    }
}
