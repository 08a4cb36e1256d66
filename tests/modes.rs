//! Presentation and kiosk modes, driven through the real widgets with a mocked clock
//! (kittest advances egui's time by a fixed step each frame).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use ssc_atlas::app::{AtlasApp, Mode};
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::kiosk::{Kiosk, KioskConfig, KioskPhase};
use ssc_atlas::state::{AppState, Command};

const STEP_SECS: f32 = 0.25;

fn presenting(step: usize) -> AtlasApp {
    let atlas = load_atlas(&DataSource::Bundled);
    let mut state = AppState::new(Arc::new(atlas), 1950, 2026);
    state.apply(Command::StoryStart {
        story: 0,
        step,
        autoplay: false,
    });
    AtlasApp::new(state, None).with_mode(Mode::Present { blank: false })
}

fn kiosk(idle_secs: f64) -> AtlasApp {
    let atlas = load_atlas(&DataSource::Bundled);
    let state = AppState::new(Arc::new(atlas), 1950, 2026);
    AtlasApp::new(state, None).with_mode(Mode::Kiosk(Box::new(Kiosk::new(KioskConfig {
        idle_secs,
        countdown_secs: 10.0,
        pin: Some("2468".into()),
        ..KioskConfig::default()
    }))))
}

fn harness(app: AtlasApp) -> Harness<'static, AtlasApp> {
    harness_with_step(app, STEP_SECS)
}

/// The kiosk's clock is egui's input time, so its tests can take one-second steps.
fn harness_with_step(app: AtlasApp, step_secs: f32) -> Harness<'static, AtlasApp> {
    Harness::builder()
        .with_size((1280.0, 800.0))
        .with_step_dt(step_secs)
        .with_max_steps(10_000)
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), app)
}

/// A finger down and up at one place.
fn touch(harness: &Harness<'_, AtlasApp>, pos: egui::Pos2) {
    harness.drag_at(pos);
    harness.drop_at(pos);
}

fn kiosk_phase(harness: &Harness<'_, AtlasApp>) -> KioskPhase {
    match harness.state().mode() {
        Mode::Kiosk(kiosk) => kiosk.phase,
        _ => panic!("not a kiosk"),
    }
}

fn step_of(harness: &Harness<'_, AtlasApp>) -> usize {
    harness.state().state.story().unwrap().step
}

#[test]
fn clicker_keys_move_between_steps_and_the_year_follows() {
    let mut harness = harness(presenting(0));
    harness.run_steps(6);
    let story = harness.state().state.atlas().stories[0].clone();
    assert_eq!(harness.state().state.year(), story.steps[0].year);
    for key in [
        egui::Key::ArrowRight,
        egui::Key::PageDown,
        egui::Key::Space,
        egui::Key::Enter,
        egui::Key::ArrowDown,
    ] {
        let before = step_of(&harness);
        harness.key_press(key);
        harness.run_steps(9); // 2.25 s: the flight (1.8 s) has landed
        assert_eq!(step_of(&harness), before + 1, "{key:?} goes forward");
        assert_eq!(
            harness.state().state.year(),
            story.steps[before + 1].year,
            "the year follows"
        );
    }
    for key in [
        egui::Key::ArrowLeft,
        egui::Key::PageUp,
        egui::Key::Backspace,
        egui::Key::ArrowUp,
    ] {
        let before = step_of(&harness);
        harness.key_press(key);
        harness.run_steps(9);
        assert_eq!(step_of(&harness), before - 1, "{key:?} goes back");
    }
    harness.key_press(egui::Key::End);
    harness.run_steps(6);
    assert_eq!(step_of(&harness), story.steps.len() - 1);
    harness.key_press(egui::Key::Home);
    harness.run_steps(6);
    assert_eq!(step_of(&harness), 0);
    harness.key_press(egui::Key::Num3);
    harness.run_steps(6);
    assert_eq!(step_of(&harness), 2, "number keys jump to a step");
    // The caption of the step is on screen.
    let title = story.steps[2].title.clone();
    assert!(harness.query_by_label(&title).is_some(), "caption {title}");
    assert!(
        harness
            .query_by_label(&format!("3 / {}", story.steps.len()))
            .is_some()
    );
}

#[test]
fn b_blanks_the_screen_and_back() {
    let mut harness = harness(presenting(1));
    harness.run_steps(2);
    harness.key_press(egui::Key::B);
    harness.run_steps(1);
    assert!(matches!(
        harness.state().mode(),
        Mode::Present { blank: true }
    ));
    harness.key_press(egui::Key::B);
    harness.run_steps(1);
    assert!(matches!(
        harness.state().mode(),
        Mode::Present { blank: false }
    ));
}

fn close_sent(harness: &Harness<'_, AtlasApp>) -> bool {
    harness.output().viewport_output.values().any(|v| {
        v.commands
            .iter()
            .any(|c| matches!(c, egui::ViewportCommand::Close))
    })
}

#[test]
fn kiosk_ignores_esc_alt_f4_and_ctrl_q_and_cancels_close_requests() {
    let mut harness = harness(kiosk(90.0));
    harness.run_steps(2);
    harness.key_press(egui::Key::Escape);
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::F4);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    harness.run_steps(1);
    assert!(!close_sent(&harness));
    // A close request from the window manager (Alt+F4 reaches the app this way) is refused.
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run_steps(1);
    let cancelled = harness.output().viewport_output.values().any(|v| {
        v.commands
            .iter()
            .any(|c| matches!(c, egui::ViewportCommand::CancelClose))
    });
    assert!(cancelled, "close request cancelled");
    assert!(!close_sent(&harness));
}

#[test]
fn a_touch_during_the_attract_loop_hands_over_at_once() {
    let mut harness = harness(kiosk(90.0));
    harness.run_steps(4);
    assert_eq!(kiosk_phase(&harness), KioskPhase::Attract);
    assert!(
        harness
            .state()
            .state
            .story()
            .as_ref()
            .is_some_and(|s| s.autoplay),
        "stories play"
    );
    // Mid-flight: touch the map.
    touch(&harness, egui::pos2(800.0, 500.0));
    harness.run_steps(1);
    assert!(matches!(
        kiosk_phase(&harness),
        KioskPhase::Exploring { .. }
    ));
    assert!(harness.state().state.story().is_none(), "the story stops");
}

#[test]
fn the_attract_loop_flies_at_a_film_rate_and_a_visitor_gets_every_frame() {
    let mut harness = harness(kiosk(90.0));
    harness.run_steps(2);
    let state = &harness.state().state;
    assert!(
        state
            .story()
            .is_some_and(ssc_atlas::story::StoryPlayer::is_flying),
        "the first flight"
    );
    let interval = state
        .min_frame_interval_secs()
        .expect("the attract loop is capped");
    assert!(
        (interval - 1.0 / ssc_atlas::state::ATTRACT_FRAMES_PER_SEC).abs() < 1e-9,
        "{interval}"
    );
    touch(&harness, egui::pos2(800.0, 500.0));
    harness.run_steps(1);
    assert_eq!(harness.state().state.min_frame_interval_secs(), None);
    // A lecturer's flights are not capped either.
    assert_eq!(presenting(1).state.min_frame_interval_secs(), None);
}

#[test]
fn idle_countdown_and_reset_happen_at_the_configured_times() {
    let idle_secs = 20.0;
    let mut harness = harness_with_step(kiosk(idle_secs), 1.0);
    harness.run_steps(2);
    touch(&harness, egui::pos2(300.0, 300.0));
    harness.run_steps(1);
    harness
        .state_mut()
        .state
        .apply(Command::ToggleOrganization("opec".into()));
    let chosen = harness.state().state.selected_organization_ids().to_vec();
    assert!(chosen.contains(&"opec".to_owned()));
    let KioskPhase::Exploring {
        last_input_secs: touched_at,
    } = kiosk_phase(&harness)
    else {
        panic!("the touch handed over");
    };
    // Just before the idle time: still exploring, no countdown.
    while harness.ctx.input(|i| i.time) < touched_at + idle_secs - 1.0 {
        harness.run_steps(1);
    }
    let phase = kiosk_phase(&harness);
    let now = harness.ctx.input(|i| i.time);
    assert!(
        matches!(phase, KioskPhase::Exploring { .. }),
        "{phase:?} at {now}, touched at {touched_at}"
    );
    assert!(harness.query_by_label("Still exploring?").is_none());
    harness.run_steps(4); // past 20 s
    assert!(matches!(
        kiosk_phase(&harness),
        KioskPhase::Countdown { .. }
    ));
    assert!(harness.query_by_label("Still exploring?").is_some());
    assert_eq!(
        harness.state().state.selected_organization_ids(),
        chosen,
        "nothing cleared yet"
    );
    // The countdown lasts 10 s, then everything is cleared and the stories play again.
    harness.run_steps(11);
    assert_eq!(kiosk_phase(&harness), KioskPhase::Attract);
    harness.run_steps(2);
    assert!(
        harness
            .state()
            .state
            .story()
            .as_ref()
            .is_some_and(|s| s.autoplay)
    );
    let selected = &harness.state().state.selected_organization_ids();
    let story_orgs = &harness.state().state.atlas().stories[0].steps[0].organizations;
    assert_eq!(selected, story_orgs, "selections reset to the story's own");
}

#[test]
fn a_visitor_chooses_a_language_on_the_attract_screen_and_the_reset_restores_the_kiosk_s() {
    let mut harness = harness_with_step(kiosk(20.0), 1.0);
    harness.run_steps(2);
    assert_eq!(harness.state().state.language(), "en");
    // The invitation speaks the next language at each step of the unattended story.
    let first = ssc_atlas::ui::kiosk::invitation_language(&harness.state().state);
    harness.state_mut().state.apply(Command::StoryNext);
    let second = ssc_atlas::ui::kiosk::invitation_language(&harness.state().state);
    assert_ne!(first, second, "the invitation cycles through the languages");
    harness.run_steps(1);
    // Every language's own name is a button a finger can hit.
    for name in [
        "English",
        "Français",
        "Español",
        "Português",
        "Kiswahili",
        "हिन्दी",
    ] {
        let rect = harness.get_by_label(name).rect();
        assert!(rect.height() >= 24.0, "{name}: {rect:?}");
    }
    let kiswahili = harness.get_by_label("Kiswahili").rect();
    touch(&harness, kiswahili.center());
    harness.run_steps(1);
    assert_eq!(harness.state().state.language(), "sw");
    assert!(matches!(
        kiosk_phase(&harness),
        KioskPhase::Exploring { .. }
    ));
    // Idle past the countdown: the kiosk starts over in its own language.
    harness.run_steps(35);
    assert_eq!(kiosk_phase(&harness), KioskPhase::Attract);
    assert_eq!(harness.state().state.language(), "en");
}

#[test]
fn holding_the_top_left_corner_opens_the_staff_pin_pad_and_the_pin_quits() {
    let mut harness = harness_with_step(kiosk(90.0), 1.0);
    harness.run_steps(2);
    harness.drag_at(egui::pos2(10.0, 10.0));
    harness.run_steps(5);
    assert!(
        harness.query_by_label("Staff PIN").is_some(),
        "a 5 s hold opens the pad"
    );
    harness.drop_at(egui::pos2(10.0, 10.0));
    harness.run_steps(1);
    // Digits are pressed through accessibility actions: kittest's synthetic pointer click
    // does not reach buttons in this freshly placed overlay (a real click does; checked by
    // hand under Xvfb with xdotool).
    for digit in ["2", "4", "6", "8"] {
        harness
            .get_by_role_and_label(egui::accesskit::Role::Button, digit)
            .click_accesskit();
        harness.run_steps(1);
    }
    let entry = match harness.state().mode() {
        Mode::Kiosk(kiosk) => kiosk.pin_entry.clone(),
        _ => None,
    };
    assert!(
        harness.state().exit_allowed(),
        "the right PIN unlocks the kiosk (entry {entry:?})"
    );
}

/// Positions over the map where a country tooltip shows after the pointer rests there.
fn tooltip_positions(harness: &mut Harness<'_, AtlasApp>) -> usize {
    let mut shown = 0;
    for x in [300.0, 450.0, 600.0, 750.0, 900.0] {
        for y in [200.0, 350.0, 500.0] {
            harness.hover_at(egui::pos2(x, y));
            harness.run_steps(4);
            shown += usize::from(
                harness
                    .query_by_label_contains("Click for details")
                    .is_some(),
            );
        }
    }
    shown
}

#[test]
fn the_attract_loop_shows_no_hover_tooltips_but_exploring_does() {
    let mut harness = harness(kiosk(600.0));
    harness.run_steps(4);
    assert_eq!(kiosk_phase(&harness), KioskPhase::Attract);
    assert_eq!(
        tooltip_positions(&mut harness),
        0,
        "a resting pointer is nobody's"
    );
    touch(&harness, egui::pos2(640.0, 400.0));
    harness.run_steps(2);
    assert!(matches!(
        kiosk_phase(&harness),
        KioskPhase::Exploring { .. }
    ));
    assert!(
        tooltip_positions(&mut harness) > 0,
        "a visitor's pointer gets tooltips"
    );
}

/// Runs `test` on its own thread and fails if it has not finished within `limit`: a frame
/// that deadlocks on egui's context lock would otherwise hang the test run.
fn within(limit: std::time::Duration, test: impl FnOnce() + Send + 'static) {
    let (done, finished) = std::sync::mpsc::channel();
    let worker = std::thread::spawn(move || {
        test();
        let _ = done.send(());
    });
    match finished.recv_timeout(limit) {
        Ok(()) => worker.join().unwrap(),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            // The test panicked: hand its failure on.
            if let Err(panic) = worker.join() {
                std::panic::resume_unwind(panic);
            }
        }
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            panic!("the atlas stopped responding (a frame never finished)")
        }
    }
}

#[test]
fn esc_in_presentation_leaves_fullscreen_and_the_lecturer_stays_in_control() {
    within(std::time::Duration::from_mins(2), || {
        let mut harness = harness(presenting(0));
        harness.run_steps(4);
        harness.key_press(egui::Key::ArrowRight);
        harness.run_steps(9);
        assert_eq!(step_of(&harness), 1);
        // Key down alone, so the frame that reads it is the last one and its output is kept.
        harness.key_down(egui::Key::Escape);
        harness.run_steps(1);
        let left_fullscreen = harness.output().viewport_output.values().any(|v| {
            v.commands
                .iter()
                .any(|c| matches!(c, egui::ViewportCommand::Fullscreen(false)))
        });
        assert!(left_fullscreen, "Esc leaves fullscreen");
        harness.key_up(egui::Key::Escape);
        harness.key_press(egui::Key::ArrowRight);
        harness.run_steps(9);
        assert_eq!(step_of(&harness), 2, "→ still works after Esc");
    });
}

#[test]
fn a_new_caption_shows_in_the_very_frame_that_reads_the_key() {
    let mut harness = harness(presenting(0));
    harness.run_steps(9);
    let story = harness.state().state.atlas().stories[0].clone();
    // Key down alone: kittest runs one frame per queued event.
    harness.key_down(egui::Key::ArrowRight);
    harness.run_steps(1);
    assert!(
        harness.query_by_label(&story.steps[1].title).is_some(),
        "caption of step 2 drawn by the frame that read →"
    );
    harness.key_up(egui::Key::ArrowRight);
}

#[test]
fn the_presentation_slider_hides_until_the_pointer_comes_near_it() {
    let mut harness = harness(presenting(1));
    harness.hover_at(egui::pos2(640.0, 300.0));
    harness.run_steps(9);
    assert!(
        harness.query_by_label("Play").is_none(),
        "no Play bar over the story"
    );
    harness.hover_at(egui::pos2(640.0, 790.0));
    harness.run_steps(2);
    assert!(
        harness.query_by_label("Play").is_some(),
        "it comes up near the bottom"
    );
    harness.hover_at(egui::pos2(640.0, 300.0));
    harness.run_steps(2);
    assert!(harness.query_by_label("Play").is_none(), "and goes again");
}

/// The delay egui was asked to wait before the next frame (`Duration::MAX`: until input).
fn repaint_delay(harness: &Harness<'_, AtlasApp>) -> std::time::Duration {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map_or(std::time::Duration::MAX, |v| v.repaint_delay)
}

#[test]
fn the_kiosk_draws_nothing_while_nothing_moves() {
    let mut harness = harness(kiosk(90.0));
    // The attract loop: the first flight (1.8 s) lands, then the step dwells.
    harness.run_steps(12);
    assert_eq!(kiosk_phase(&harness), KioskPhase::Attract);
    assert!(
        !harness.state().state.story().unwrap().is_flying(),
        "landed"
    );
    let delay = repaint_delay(&harness);
    assert!(
        delay >= std::time::Duration::from_secs(2),
        "between flights the kiosk sleeps until the next step, asked for {delay:?}"
    );
    // A visitor touches, then walks away: nothing is drawn until the idle countdown is due.
    touch(&harness, egui::pos2(700.0, 400.0));
    harness.run_steps(1);
    harness.remove_cursor();
    harness.run_steps(4);
    assert!(matches!(
        kiosk_phase(&harness),
        KioskPhase::Exploring { .. }
    ));
    let delay = repaint_delay(&harness);
    assert!(
        delay >= std::time::Duration::from_mins(1),
        "an untouched explore screen sleeps until the idle countdown, asked for {delay:?}"
    );
    let drawn = harness.state().frames_drawn;
    let steps = harness.run();
    assert!(steps <= 2, "{steps} frames with nothing moving");
    assert!(harness.state().frames_drawn - drawn <= 2);
}

/// A link opened by anything in the frame (here the test itself, as a card's link would).
fn open_url_sent(mut app: AtlasApp) -> bool {
    let mut harness = Harness::builder()
        .with_size((1280.0, 800.0))
        .with_step_dt(STEP_SECS)
        .build_ui_state(
            |ui, app: &mut AtlasApp| {
                ui.ctx()
                    .open_url(egui::OpenUrl::new_tab("https://www.un.org/"));
                app.show(ui);
            },
            {
                app.state.apply(Command::SelectEvent(
                    "asian-african-conference-1955-bandung".into(),
                ));
                app
            },
        );
    harness.run_steps(1);
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .any(|c| matches!(c, egui::OutputCommand::OpenUrl(_)))
}

#[test]
fn no_link_leaves_the_kiosk_but_a_desk_opens_them() {
    assert!(!open_url_sent(kiosk(90.0)), "a kiosk opens no browser");
    assert!(
        !open_url_sent(presenting(0)),
        "a clicker's Enter on a focused link opens nothing"
    );
    let atlas = load_atlas(&DataSource::Bundled);
    let desk = AtlasApp::new(AppState::new(Arc::new(atlas), 1955, 2026), None);
    assert!(open_url_sent(desk), "a researcher's click does");
}

#[test]
fn every_text_style_in_the_kiosk_is_at_least_20_px() {
    let mut harness = harness(kiosk(90.0));
    harness.run_steps(2);
    let styles = harness.ctx.global_style().text_styles.clone();
    for (style, font) in &styles {
        assert!(font.size >= 20.0, "{style:?} is {} px", font.size);
    }
}
