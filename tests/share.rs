//! Tables and views that leave the atlas: CSV a spreadsheet opens, a view sent as a command
//! line or a view file that reopens the same state, saved views made into a story that
//! `validate` accepts, and the window's Share menu used as a user would.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

mod common;

use std::path::PathBuf;
use std::sync::Arc;

use clap::Parser as _;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use ssc_atlas::app::AtlasApp;
use ssc_atlas::cli::{Cli, CliCommand, Format, run_command, start_view};
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::export::csv;
use ssc_atlas::state::{AppState, Command, Selection, ThemeChoice, view_commands};
use ssc_atlas::time::Date;
use ssc_atlas::time::playback::PlaybackCommand;
use ssc_atlas::view::{Camera, ViewSpec};

const TODAY: Date = Date::ymd(2026, 12, 2);
const YEARS: std::ops::RangeInclusive<i32> = 1945..=2026;

fn fresh_state() -> AppState {
    AppState::new(Arc::new(load_atlas(&DataSource::Bundled)), 1964, 2026)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ssc-atlas-share-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A state a lecturer arrived at: a year, two organizations, a field, a zoomed camera, a
/// card, the dark theme, the plots hidden.
fn lecturers_state(card: Command) -> AppState {
    let mut state = fresh_state();
    for command in [
        Command::Playback(PlaybackCommand::SetYear(1975)),
        Command::ToggleOrganization("au".into()),
        Command::ToggleOrganization("opec".into()),
        Command::SetFieldFilter(Some("energy".into())),
        Command::SetView(
            Camera {
                lon: 12.5,
                lat: 4.25,
                zoom: 2.75,
            }
            .map_view(),
        ),
        card,
        Command::SetTheme(ThemeChoice::Dark),
        Command::SetPlots(false),
    ] {
        state.apply(command);
    }
    state
}

/// The parts of a state a view holds, the camera as lon, lat and zoom.
fn assert_same_view(reopened: &AppState, original: &AppState) {
    assert_eq!(reopened.year(), original.year());
    assert_eq!(
        reopened.selected_organization_ids(),
        original.selected_organization_ids()
    );
    assert_eq!(reopened.field_filter(), original.field_filter());
    assert_eq!(reopened.selection(), original.selection());
    assert_eq!(reopened.theme(), original.theme());
    assert_eq!(reopened.show_side_panel(), original.show_side_panel());
    assert_eq!(reopened.show_plots(), original.show_plots());
    assert_eq!(reopened.language(), original.language());
    let (a, b) = (
        Camera::of(reopened.map_view()),
        Camera::of(original.map_view()),
    );
    // The file and the line keep 0.001°, about 100 m: far below a pixel at any zoom.
    assert!(
        (a.lon - b.lon).abs() < 2e-3
            && (a.lat - b.lat).abs() < 2e-3
            && (a.zoom - b.zoom).abs() < 2e-3,
        "{a:?} != {b:?}"
    );
}

/// Splits a POSIX command line as a shell would (plain words and '…' quoting, which is all
/// `ViewSpec::command_line` writes).
fn shell_split(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quoted = false;
    for c in line.chars() {
        match (c, quoted) {
            ('\'', _) => {
                quoted = !quoted;
                word.get_or_insert_default();
            }
            (' ', false) => words.extend(word.take()),
            (c, _) => word.get_or_insert_default().push(c),
        }
    }
    words.extend(word);
    words
}

/// The state the window starts in for these arguments, as `main` builds it.
fn start_state(args: &[String]) -> AppState {
    let cli = Cli::try_parse_from(args).unwrap();
    let mut state = fresh_state();
    let (view, problems) = start_view(&cli, state.atlas(), &YEARS).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    for command in view_commands(&view) {
        state.apply(command);
    }
    state
}

#[test]
fn a_copied_command_line_starts_the_same_view() {
    for card in [
        Command::SelectEvent("opec-founding-1960".into()),
        Command::SelectCountry("GAB".into()),
    ] {
        let original = lecturers_state(card);
        let line = original.view().command_line();
        assert!(
            line.starts_with(
                "ssc-atlas --year 1975 --select au,opec --field energy --view 12.5,4.25,2.75"
            ),
            "{line}"
        );
        assert!(line.ends_with("--dark --hide-plots"), "{line}");
        let reopened = start_state(&shell_split(&line));
        assert_same_view(&reopened, &original);
    }
    // A view in French carries its language (English, the default, is not written).
    let mut french = lecturers_state(Command::SelectCountry("GAB".into()));
    french.apply(Command::SetLanguage("fr".into()));
    let line = french.view().command_line();
    assert!(line.ends_with("--dark --hide-plots --lang fr"), "{line}");
    let reopened = start_state(&shell_split(&line));
    assert_eq!(reopened.language(), "fr");
    assert_same_view(&reopened, &french);
}

#[test]
fn a_saved_view_file_reopens_the_same_view() {
    let mut original = lecturers_state(Command::SelectEvent("opec-founding-1960".into()));
    let dir = scratch("view-file");
    original
        .atlas()
        .event("opec-founding-1960")
        .expect("the event the test opens");
    original.apply(Command::SetExportDir(dir.clone()));
    original.apply(Command::Share(ssc_atlas::state::ShareAction::SaveViewFile));
    let message = original.share_message().unwrap();
    assert!(!message.is_error, "{message:?}");
    let path = dir.join("view-1975-oau-opec.json");
    assert!(
        message.text.contains(&path.display().to_string()),
        "{message:?}"
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"ssc_atlas_view\": 1"), "{text}");
    assert!(
        text.contains("\"caption\": \"Baghdad Conference founds OPEC\""),
        "the card's title: {text}"
    );
    let args: Vec<String> = ["ssc-atlas", "--open", path.to_str().unwrap()]
        .map(String::from)
        .to_vec();
    let reopened = start_state(&args);
    assert_same_view(&reopened, &original);
    // A flag given as well wins over the file.
    let args: Vec<String> = [
        "ssc-atlas",
        "--open",
        path.to_str().unwrap(),
        "--year",
        "1980",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(start_state(&args).year(), 1980);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_view_file_with_unknown_ids_opens_what_is_good_and_names_the_rest() {
    let dir = scratch("bad-view");
    let path = dir.join("talk.json");
    std::fs::write(
        &path,
        r#"{"ssc_atlas_view": 1, "year": 1975, "organizations": ["au", "nato"], "country": "XXX", "theme": "sepia"}"#,
    )
    .unwrap();
    let cli = Cli::try_parse_from(["ssc-atlas", "--open", path.to_str().unwrap()]).unwrap();
    let mut state = fresh_state();
    let (view, problems) = start_view(&cli, state.atlas(), &YEARS).unwrap();
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let file = path.display().to_string();
    assert!(
        lines.contains(&format!(
            "{file}: theme: \"sepia\" is not \"light\" or \"dark\""
        )),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with(&format!(
            "{file}: organizations[1]: unknown organization id \"nato\""
        ))),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("{file}: country: unknown country key \"XXX\""))),
        "{lines:#?}"
    );
    for command in view_commands(&view) {
        state.apply(command);
    }
    assert_eq!(state.year(), 1975);
    assert_eq!(state.selected_organization_ids(), ["au"]);
    assert_eq!(state.selection(), &Selection::None);
    // A file that is not there is one line naming it, before any window.
    let cli = Cli::try_parse_from(["ssc-atlas", "--open", "/nonexistent/v.json"]).unwrap();
    let error = start_view(&cli, state.atlas(), &YEARS)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("cannot read the view file /nonexistent/v.json"),
        "{error}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn saved_views_make_a_story_that_validates() {
    let dir = scratch("story");
    let data = dir.join("data-folder");
    common::copy_of_assets(&data);
    let mut views = Vec::new();
    for (index, (year, organizations, event)) in [
        (1955, vec![], Some("asian-african-conference-1955-bandung")),
        (1963, vec!["au"], None),
        // ASEAN was founded in 1967: left out of a 1964 step with a warning.
        (1964, vec!["opec", "asean"], None),
    ]
    .into_iter()
    .enumerate()
    {
        let view = ViewSpec {
            year: Some(year),
            organizations: organizations.into_iter().map(String::from).collect(),
            camera: Some(Camera {
                lon: 30.0,
                lat: 5.0,
                zoom: 2.0,
            }),
            card: event.map(|id| ssc_atlas::view::Card::Event(id.into())),
            caption: (index == 1).then(|| "The OAU is founded in Addis Ababa.".to_owned()),
            ..ViewSpec::default()
        };
        let path = dir.join(format!("view-{index}.json"));
        std::fs::write(&path, ssc_atlas::view::file::to_json(&view)).unwrap();
        views.push(path);
    }
    let out = data.join("stories").join("my-story.json");
    let command = CliCommand::StoryFromViews {
        views: views.clone(),
        title: "Three moments".into(),
        summary: "Made from saved views.".into(),
        out: out.clone(),
    };
    let mut log = Vec::new();
    run_command(&command, &DataSource::Bundled, TODAY, &mut log).unwrap();
    let log = String::from_utf8(log).unwrap();
    assert!(
        log.contains("view-2.json: organizations[1]: warning: asean was founded in 1967"),
        "{log}"
    );
    let story: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(story["id"], "my-story");
    assert_eq!(story["steps"].as_array().unwrap().len(), 3);
    assert_eq!(
        story["steps"][0]["event"],
        "asian-african-conference-1955-bandung"
    );
    assert_eq!(
        story["steps"][1]["caption"],
        "The OAU is founded in Addis Ababa."
    );
    assert_eq!(
        story["steps"][2]["organizations"],
        serde_json::json!(["opec"])
    );
    assert_eq!(
        story["steps"][2]["caption"],
        "The members of OPEC at the end of 1964."
    );
    // `ssc-atlas validate --data DIR` on the folder holding the new story.
    let mut report = Vec::new();
    run_command(
        &CliCommand::Validate { watch: false },
        &DataSource::Dir(data.clone()),
        TODAY,
        &mut report,
    )
    .unwrap();
    let report = String::from_utf8(report).unwrap();
    assert!(report.contains("4 stories"), "{report}");
    // An existing story file is never overwritten.
    let again = run_command(&command, &DataSource::Bundled, TODAY, &mut Vec::new()).unwrap_err();
    assert!(again.to_string().contains("the file exists"), "{again}");
    std::fs::remove_dir_all(&dir).unwrap();
}

fn cli_csv(command: &CliCommand) -> String {
    let mut out = Vec::new();
    run_command(command, &DataSource::Bundled, TODAY, &mut out).unwrap();
    String::from_utf8(out).expect("CSV is UTF-8")
}

#[test]
fn members_csv_has_a_header_one_row_per_member_and_names_with_accents() {
    let text = cli_csv(&CliCommand::Members {
        organization: "au".into(),
        date: "2000".into(),
        format: Format::Csv,
    });
    assert!(
        text.starts_with("organization,organization_name,country,name,"),
        "no byte-order mark on standard output"
    );
    assert!(text.ends_with("\r\n"), "RFC 4180 line ends");
    let records = csv::parse(&text);
    let header = &records[0];
    let oau = load_atlas(&DataSource::Bundled);
    let members = oau
        .organization("au")
        .unwrap()
        .members_on(Date::end_of_year(2000))
        .count();
    assert_eq!(records.len() - 1, members);
    assert!(records.iter().all(|r| r.len() == header.len()));
    let name = header.iter().position(|h| h == "name").unwrap();
    for accented in ["Côte d'Ivoire", "São Tomé and Príncipe"] {
        assert!(records.iter().any(|r| r[name] == accented), "{accented}");
    }
    let url = header.iter().position(|h| h == "source_urls").unwrap();
    assert!(records[1..].iter().all(|r| r[url].starts_with("http")));
}

#[test]
fn events_csv_quotes_summaries_with_commas_and_quotes() {
    let text = cli_csv(&CliCommand::Events {
        from: Some(1955),
        to: Some(1965),
        format: Format::Csv,
    });
    let records = csv::parse(&text);
    let header = &records[0];
    let summary = header.iter().position(|h| h == "summary").unwrap();
    let with_comma = records.iter().find(|r| r[summary].contains(',')).unwrap();
    assert!(text.contains(&format!("\"{}\"", with_comma[summary].replace('"', "\"\""))));
    assert!(records.iter().all(|r| r.len() == header.len()));
}

#[test]
fn the_share_menu_saves_a_csv_and_copies_the_command_line() {
    let dir = scratch("menu");
    let mut state = fresh_state();
    state.apply(Command::Playback(PlaybackCommand::SetYear(1975)));
    state.apply(Command::ToggleOrganization("au".into()));
    state.apply(Command::SetExportDir(dir.clone()));
    let app = AtlasApp::new(state, None);
    let mut harness = Harness::builder()
        .with_size((1440.0, 900.0))
        .with_step_dt(0.1)
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), app);
    harness.run();
    harness.get_by_label("Share").click();
    harness.run();
    harness.get_by_label("Save members as CSV").click();
    harness.run();
    let path = dir.join("members-oau-1975.csv");
    let text = std::fs::read_to_string(&path).expect("the file the menu saved");
    assert!(
        text.starts_with('\u{feff}'),
        "a file for a spreadsheet has the UTF-8 mark"
    );
    let records = csv::parse(&text);
    assert_eq!(records[0][0], "organization");
    assert!(records[1..].iter().any(|r| r[3] == "Benin"));
    let message = format!("Saved {} members to {}", records.len() - 1, path.display());
    assert!(
        harness.query_by_label_contains(&message).is_some(),
        "{message}"
    );
    harness.get_by_label("Share").click();
    harness.run();
    harness.get_by_label("Copy command line").click();
    harness.step();
    let copied = harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        });
    let copied = copied.expect("the command line on the clipboard");
    assert!(
        copied.starts_with("ssc-atlas --year 1975 --select au --view 0,"),
        "{copied}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
