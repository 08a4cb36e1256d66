//! Labels and overlays over the map, with the bundled data in the real app: nothing the
//! year or the story step is about is hidden, and the type is large where it must be.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use ssc_atlas::app::{AtlasApp, Mode};
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::kiosk::{Kiosk, KioskConfig};
use ssc_atlas::state::{AppState, Command};
use ssc_atlas::ui::label_layout::overlaps;
use ssc_atlas::ui::map::{MapLabels, MapTransform, label_layout};
use ssc_atlas::ui::story_overlay;

fn state(year: i32) -> AppState {
    let atlas = load_atlas(&DataSource::Bundled);
    AppState::new(Arc::new(atlas), year, 2026)
}

fn harness(app: AtlasApp, size: (f32, f32)) -> Harness<'static, AtlasApp> {
    Harness::builder()
        .with_size(size)
        .with_step_dt(0.25)
        .with_max_steps(10_000)
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), app)
}

fn map_rect(harness: &Harness<'_, AtlasApp>) -> egui::Rect {
    harness.get_by_label("World map").rect()
}

fn layout(harness: &Harness<'_, AtlasApp>) -> MapLabels {
    label_layout(&harness.ctx, &harness.state().state, map_rect(harness))
}

fn font_size(galley: &egui::Galley) -> f32 {
    galley.job.sections[0].format.font_id.size
}

/// Nothing placed covers a marker, an overlay or another placed text.
fn assert_nothing_hidden(labels: &MapLabels, what: &str) {
    let markers = labels.marker_circles();
    let texts: Vec<(&str, egui::Rect)> = labels
        .event_labels
        .iter()
        .map(|l| ("event label", l.rect))
        .chain(
            labels
                .country_labels
                .iter()
                .map(|l| ("country name", l.rect)),
        )
        .chain(labels.note.iter().map(|n| ("note", n.rect)))
        .collect();
    for (index, (kind, rect)) in texts.iter().enumerate() {
        if *kind != "note" {
            for marker in &markers {
                assert!(
                    !marker.intersects_rect(*rect),
                    "{what}: {kind} {rect:?} covers the marker at {:?}",
                    marker.center
                );
            }
        }
        for overlay in &labels.overlays {
            assert!(
                !overlaps(*rect, *overlay),
                "{what}: {kind} {rect:?} under the overlay {overlay:?}"
            );
        }
        for (other_kind, other) in &texts[index + 1..] {
            assert!(
                !overlaps(*rect, *other),
                "{what}: {kind} {rect:?} and {other_kind} {other:?} overlap"
            );
        }
    }
}

#[test]
fn event_labels_cover_no_marker_at_1024x768() {
    for (year, selection) in [
        (1964, &[][..]),
        (1975, &["au", "opec", "asean"][..]),
        (1961, &[][..]),
        (1983, &["nam"][..]),
    ] {
        let mut state = state(year);
        for id in selection {
            state.apply(Command::ToggleOrganization((*id).into()));
        }
        let mut harness = harness(AtlasApp::new(state, None), (1024.0, 768.0));
        harness.run();
        let labels = layout(&harness);
        assert!(
            !labels.event_labels.is_empty(),
            "{year}: some event is labelled"
        );
        assert_nothing_hidden(&labels, &format!("{year} {selection:?}"));
    }
}

#[test]
fn desk_labels_keep_their_desk_size() {
    let mut harness = harness(AtlasApp::new(state(1964), None), (1280.0, 800.0));
    harness.run();
    let labels = layout(&harness);
    let event = font_size(&labels.event_labels[0].galley);
    assert!((12.0..15.0).contains(&event), "{event}");
}

#[test]
fn ticking_an_organization_without_a_member_list_says_so_on_the_map() {
    let mut state = state(1983);
    state.apply(Command::ToggleOrganization("isdb".into()));
    let mut harness = harness(AtlasApp::new(state, None), (1024.0, 768.0));
    harness.run();
    let labels = layout(&harness);
    let note = labels.note.as_ref().expect("a note on the map");
    assert!(
        note.galley
            .text()
            .contains("IsDB: the atlas holds member counts only"),
        "{}",
        note.galley.text()
    );
    assert!(map_rect(&harness).contains_rect(note.rect));
    assert_nothing_hidden(&labels, "IsDB 1983");

    // An organization with a member list gets no such note.
    let mut state = self::state(1983);
    state.apply(Command::ToggleOrganization("asean".into()));
    let mut harness = self::harness(AtlasApp::new(state, None), (1024.0, 768.0));
    harness.run();
    let labels = layout(&harness);
    assert!(
        labels
            .note
            .as_ref()
            .is_none_or(|n| !n.galley.text().contains("member counts only"))
    );
}

fn presenting(story: usize, step: usize) -> AtlasApp {
    let mut state = state(1950);
    state.apply(Command::StoryStart {
        story,
        step,
        autoplay: false,
    });
    AtlasApp::new(state, None).with_mode(Mode::Present { blank: false })
}

/// Runs until the story's flight has landed.
fn land(harness: &mut Harness<'_, AtlasApp>) {
    for _ in 0..40 {
        harness.step();
        let flying = harness
            .state()
            .state
            .story()
            .is_some_and(ssc_atlas::story::StoryPlayer::is_flying);
        if !flying {
            break;
        }
    }
    harness.run_steps(2);
}

#[test]
fn the_caption_never_hides_the_steps_event_and_labels_avoid_it() {
    let atlas = load_atlas(&DataSource::Bundled);
    for size in [(1920.0, 1080.0), (1024.0, 768.0)] {
        for (story_index, story) in atlas.stories.iter().enumerate() {
            for (step_index, step) in story.steps.iter().enumerate() {
                let what = format!("{} step {} at {size:?}", story.id, step_index + 1);
                let mut harness = harness(presenting(story_index, step_index), size);
                land(&mut harness);
                let map = map_rect(&harness);
                let app_state = &harness.state().state;
                let caption =
                    story_overlay::caption_layout(&harness.ctx, app_state, map, None).unwrap();
                assert!(
                    map.contains_rect(caption.rect),
                    "{what}: caption off the map"
                );
                if let Some(event) = step.event.as_ref().and_then(|id| atlas.event(id)) {
                    let transform = MapTransform::new(map, app_state.map_view());
                    let marker = transform.screen_from_world(ssc_atlas::geo::world_from_lon_lat(
                        event.lon, event.lat,
                    ));
                    assert!(
                        !caption.rect.expand(12.0).contains(marker),
                        "{what}: the caption {:?} hides {} at {marker:?}",
                        caption.rect,
                        event.id
                    );
                }
                let labels = layout(&harness);
                assert!(
                    labels.overlays.contains(&caption.rect),
                    "{what}: the map knows where the caption is"
                );
                assert_nothing_hidden(&labels, &what);
            }
        }
    }
}

#[test]
fn a_wave_of_new_states_leaves_southern_africa_in_view() {
    let atlas = load_atlas(&DataSource::Bundled);
    let story = &atlas.stories[0];
    let step = story
        .steps
        .iter()
        .position(|s| s.title == "A wave of new states")
        .unwrap();
    for size in [(1920.0, 1080.0), (1280.0, 800.0)] {
        let mut harness = harness(presenting(0, step), size);
        land(&mut harness);
        let map = map_rect(&harness);
        let app_state = &harness.state().state;
        let caption = story_overlay::caption_layout(&harness.ctx, app_state, map, None).unwrap();
        let transform = MapTransform::new(map, app_state.map_view());
        // Still dependent in 1960: Angola, Mozambique, South West Africa, Southern Rhodesia,
        // Bechuanaland.
        for key in ["AGO", "MOZ", "NAM", "ZWE", "BWA"] {
            let index = atlas.world.index_of(key).unwrap();
            let anchor = transform.screen_from_world(atlas.world.countries[index].label_anchor);
            assert!(
                !caption.rect.contains(anchor),
                "{size:?}: the caption {:?} hides {key} at {anchor:?}",
                caption.rect
            );
        }
    }
}

#[test]
fn presentation_labels_and_counter_read_from_the_back_of_the_room() {
    let (width, height) = (1920.0, 1080.0);
    // Geneva 1964: several events that year, so several labels.
    let mut harness = harness(presenting(0, 5), (width, height));
    land(&mut harness);
    let labels = layout(&harness);
    assert!(!labels.event_labels.is_empty() && !labels.country_labels.is_empty());
    for label in labels.event_labels.iter().chain(&labels.country_labels) {
        let size = font_size(&label.galley);
        assert!(
            size >= 0.022 * height,
            "{} at {size} px",
            label.galley.text()
        );
    }
    let steps = harness.state().state.atlas().stories[0].steps.len();
    let counter = harness.get_by_label(&format!("6 / {steps}")).rect();
    assert!(
        counter.height() >= 0.022 * height,
        "step counter {} px tall",
        counter.height()
    );
}

fn kiosk() -> AtlasApp {
    AtlasApp::new(state(1950), None).with_mode(Mode::Kiosk(Box::new(Kiosk::new(KioskConfig {
        pin: Some("2468".into()),
        ..KioskConfig::default()
    }))))
}

#[test]
fn kiosk_labels_are_at_least_20_px_and_clear_the_invitation() {
    let mut harness = harness(kiosk(), (1920.0, 1080.0));
    harness.run_steps(4);
    // The attract loop's second step: 1960, a long list of new states.
    harness.state_mut().state.apply(Command::StoryGoTo(1));
    land(&mut harness);
    let labels = layout(&harness);
    assert!(
        labels.overlays.len() >= 3,
        "caption, invitation and year: {:?}",
        labels.overlays
    );
    // The invitation speaks the language of the step (it cycles through them).
    let state = &harness.state().state;
    let invitation_text = state
        .atlas()
        .texts(&ssc_atlas::ui::kiosk::invitation_language(state))
        .ui("kiosk-invitation");
    let invitation = harness.get_by_label(&invitation_text).rect();
    assert!(
        labels.overlays.iter().any(|o| o.contains_rect(invitation)),
        "the map knows where the invitation is drawn: {invitation:?} {:?}",
        labels.overlays
    );
    let note = labels.note.as_ref().expect("the year's new states");
    assert!(note.galley.text().starts_with("New states in 1960"));
    assert!(font_size(&note.galley) >= 20.0);
    assert!(!labels.country_labels.is_empty());
    for label in labels.event_labels.iter().chain(&labels.country_labels) {
        assert!(font_size(&label.galley) >= 20.0, "{}", label.galley.text());
    }
    assert_nothing_hidden(&labels, "kiosk 1960");
}

fn open_pin_pad(harness: &mut Harness<'_, AtlasApp>) {
    harness.run_steps(2);
    harness.drag_at(egui::pos2(10.0, 10.0));
    harness.run_steps(16);
    harness.drop_at(egui::pos2(10.0, 10.0));
    harness.run_steps(1);
    assert!(harness.query_by_label("Staff PIN").is_some());
}

fn press_digit(harness: &mut Harness<'_, AtlasApp>, digit: &str) {
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, digit)
        .click_accesskit();
    // The click lands in one frame; the pad asks for the next one to show it.
    harness.run_steps(2);
}

#[test]
fn the_pin_pad_shows_a_dot_per_digit_and_says_when_the_pin_is_wrong() {
    let mut harness = harness(kiosk(), (1280.0, 800.0));
    open_pin_pad(&mut harness);
    assert!(harness.query_by_label("Type the PIN").is_some());
    press_digit(&mut harness, "1");
    assert!(harness.query_by_label("1 digit typed").is_some());
    for digit in ["3", "5"] {
        press_digit(&mut harness, digit);
    }
    assert!(harness.query_by_label("3 digits typed").is_some());
    press_digit(&mut harness, "7");
    assert!(
        harness.query_by_label("Wrong PIN").is_some(),
        "a wrong PIN says so"
    );
    assert!(!harness.state().exit_allowed());
    press_digit(&mut harness, "2");
    assert!(harness.query_by_label("Wrong PIN").is_none());
    assert!(harness.query_by_label("1 digit typed").is_some());
}
