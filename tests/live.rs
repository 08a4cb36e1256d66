//! A curator's folder under watch: an edit shows in the running window, a broken edit leaves
//! the last good data on screen and says what is wrong, and fixing it shows it again.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use ssc_atlas::app::AtlasApp;
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::state::{AppState, Command, Selection};
use ssc_atlas::time::Date;

const BANDUNG: &str = "asian-african-conference-1955-bandung";
const TODAY: Date = Date::ymd(2026, 12, 2);

fn curator_folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ssc-atlas-live-{}-{name}", std::process::id()));
    common::copy_of_assets(&dir);
    dir
}

/// Rewrites a file the way an editor saves it (to a temporary name, then renamed).
fn edit(path: &Path, change: impl FnOnce(String) -> String) {
    let text = change(std::fs::read_to_string(path).unwrap());
    let temporary = path.with_extension("saving");
    std::fs::write(&temporary, text).unwrap();
    std::fs::rename(&temporary, path).unwrap();
}

fn bandung_title(harness: &Harness<'_, AtlasApp>) -> String {
    harness
        .state()
        .state
        .atlas()
        .event(BANDUNG)
        .unwrap()
        .title
        .clone()
}

/// Steps the window until `done` holds, for at most `limit` of wall time; the time it took.
fn run_until(
    harness: &mut Harness<'_, AtlasApp>,
    limit: Duration,
    done: impl Fn(&Harness<'_, AtlasApp>) -> bool,
) -> Option<Duration> {
    let started = Instant::now();
    while started.elapsed() < limit {
        harness.step();
        if done(harness) {
            return Some(started.elapsed());
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    None
}

#[test]
fn a_curators_edit_shows_live_and_a_broken_one_keeps_the_last_good_data() {
    let dir = curator_folder("edit");
    let source = DataSource::Dir(dir.clone());
    let mut state = AppState::new(Arc::new(load_atlas(&source)), 1955, 2026);
    state.apply(Command::ToggleOrganization("au".into()));
    state.apply(Command::SelectEvent(BANDUNG.into()));
    let app = AtlasApp::new(state, None).with_data_watch(&dir, None, TODAY);
    let mut harness = Harness::builder()
        .with_size((1280.0, 800.0))
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), app);
    harness.run();
    // The watch starts with the first frame; give it a moment to be in place.
    std::thread::sleep(Duration::from_millis(200));

    let events = dir.join("data/events.geojson");
    edit(&events, |text| {
        text.replacen(
            "\"Asian–African Conference (Bandung Conference)\"",
            "\"Bandung, as corrected by the curator\"",
            1,
        )
    });
    let took = run_until(&mut harness, Duration::from_secs(2), |h| {
        bandung_title(h) == "Bandung, as corrected by the curator"
    });
    assert!(took.is_some(), "the edit did not show within 2 s");
    harness.run();
    // In the card (the map's list of the year's events names the title too).
    assert!(
        harness
            .query_all_by_label_contains("Bandung, as corrected by the curator")
            .any(|node| node.accesskit_node().role() != egui::accesskit::Role::ListItem),
        "the open card shows the corrected title"
    );
    let state = &harness.state().state;
    assert_eq!(state.year(), 1955, "the year stays");
    assert_eq!(
        state.selected_organization_ids(),
        ["au"],
        "the selection stays"
    );
    assert_eq!(*state.selection(), Selection::Event(BANDUNG.into()));
    assert_eq!(state.data_problems().reloads, 1);

    // A broken date: the edit is not shown, the corrected title stays, the window says why.
    let organizations = dir.join("data/organizations.json");
    edit(&organizations, |text| {
        text.replacen(
            "\"founded\": \"1963-05-25\"",
            "\"founded\": \"1963-13-45\"",
            1,
        )
    });
    let took = run_until(&mut harness, Duration::from_secs(2), |h| {
        h.state().state.data_problems().edit_rejected
    });
    assert!(took.is_some(), "the broken edit was not noticed within 2 s");
    harness.run();
    let state = &harness.state().state;
    assert_eq!(
        bandung_title(&harness),
        "Bandung, as corrected by the curator"
    );
    assert!(
        state.atlas().organization("au").is_some(),
        "the last good data stays"
    );
    assert!(
        state
            .data_problems()
            .problems
            .iter()
            .any(|p| p.to_string().contains("1963-13-45")),
        "{:#?}",
        state.data_problems().problems
    );
    assert!(
        harness.query_by_label_contains("Edit not shown").is_some(),
        "the top bar says the edit is not shown"
    );

    // Fixed: shown again, and the top bar's warning goes.
    edit(&organizations, |text| {
        text.replacen(
            "\"founded\": \"1963-13-45\"",
            "\"founded\": \"1963-05-25\"",
            1,
        )
    });
    let took = run_until(&mut harness, Duration::from_secs(2), |h| {
        !h.state().state.data_problems().edit_rejected
    });
    assert!(took.is_some(), "the fix was not seen within 2 s");
    harness.run();
    assert!(harness.query_by_label_contains("Edit not shown").is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_kiosk_logs_each_reload_for_the_curator() {
    let dir = curator_folder("kiosk-log");
    let log = dir.join(ssc_atlas::app::RELOAD_LOG_NAME);
    let source = DataSource::Dir(dir.clone());
    let state = AppState::new(Arc::new(load_atlas(&source)), 1975, 2026);
    let app = AtlasApp::new(state, None).with_data_watch(&dir, Some(log.clone()), TODAY);
    let mut harness = Harness::builder()
        .with_size((1280.0, 800.0))
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), app);
    harness.run();
    std::thread::sleep(Duration::from_millis(200));
    edit(&dir.join("data/events.geojson"), |text| {
        text.replacen("\"start\": \"1955-04-18\"", "\"start\": \"1955-04-31\"", 1)
    });
    let took = run_until(&mut harness, Duration::from_secs(2), |h| {
        h.state().state.data_problems().edit_rejected
    });
    assert!(took.is_some());
    let text = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].contains("edit not shown after a change to events.geojson"),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains(BANDUNG) && l.contains("1955-04-31")),
        "the problem itself, naming the event: {text}"
    );
    // The log file in the folder does not itself count as an edit.
    harness.run();
    std::thread::sleep(Duration::from_millis(600));
    harness.run();
    let reread = std::fs::read_to_string(&log).unwrap();
    assert_eq!(reread.lines().count(), lines.len(), "{reread}");
    let _ = std::fs::remove_dir_all(&dir);
}
