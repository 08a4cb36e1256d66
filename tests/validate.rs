//! `validate` on broken copies of the data: each rule has a fixture that breaks it once.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use ssc_atlas::cli::{CliCommand, CliError, run_command};
use ssc_atlas::data::{DataSource, load_atlas, validate::validate};
use ssc_atlas::time::Date;

const ASSETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets");

/// A fixed "today": answers must not depend on the day the tests run.
const TODAY: Date = Date::ymd(2026, 12, 2);

/// The JSON files of a copy, to break before they are written.
struct DataFiles {
    events: Value,
    organizations: Value,
    countries: Value,
    figures: Value,
}

/// A copy of the bundled data (maps, data files, stories) in a fresh folder, with `edit`
/// applied to its JSON files.
fn broken_copy_of(name: &str, edit: impl FnOnce(&mut DataFiles)) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ssc-atlas-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["geo", "data", "stories"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    for file in [
        "geo/countries-50m.geojson",
        "geo/countries-110m.geojson",
        "stories/bandung-to-g77.json",
        "stories/collective-self-reliance.json",
        "stories/regional-organizations.json",
    ] {
        std::fs::copy(Path::new(ASSETS).join(file), dir.join(file)).unwrap();
    }
    let read = |file: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(Path::new(ASSETS).join(file)).unwrap())
            .unwrap()
    };
    let mut files = DataFiles {
        events: read("data/events.geojson"),
        organizations: read("data/organizations.json"),
        countries: read("data/countries.json"),
        figures: read("data/figures.json"),
    };
    edit(&mut files);
    for (file, value) in [
        ("data/events.geojson", &files.events),
        ("data/organizations.json", &files.organizations),
        ("data/countries.json", &files.countries),
        ("data/figures.json", &files.figures),
    ] {
        std::fs::write(dir.join(file), value.to_string()).unwrap();
    }
    dir
}

/// [`broken_copy_of`] with `edit` applied to events and organizations only.
fn broken_copy(name: &str, edit: impl FnOnce(&mut Value, &mut Value)) -> PathBuf {
    broken_copy_of(name, |files| {
        edit(&mut files.events, &mut files.organizations);
    })
}

/// The problems `validate` reports for a copy, as text lines.
fn problems(dir: &Path) -> Vec<String> {
    let source = DataSource::Dir(dir.to_owned());
    validate(&load_atlas(&source), &source, TODAY)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn event_props<'a>(events: &'a mut Value, id: &str) -> &'a mut Value {
    events["features"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|f| f["properties"]["id"] == id)
        .map(|f| &mut f["properties"])
        .unwrap()
}

fn organization<'a>(organizations: &'a mut Value, id: &str) -> &'a mut Value {
    organizations["organizations"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|o| o["id"] == id)
        .unwrap()
}

const BANDUNG: &str = "asian-african-conference-1955-bandung";

fn assert_one_problem(lines: &[String], file: &str, needle: &str) {
    let matching: Vec<&String> = lines.iter().filter(|l| l.contains(needle)).collect();
    assert_eq!(
        matching.len(),
        1,
        "expected one problem with {needle:?}, got {lines:#?}"
    );
    assert!(
        matching[0].contains(file),
        "{} should name {file}",
        matching[0]
    );
}

/// Only the errors among `lines` (warnings say `warning:`).
fn errors(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .filter(|l| !l.contains("warning:"))
        .cloned()
        .collect()
}

#[test]
fn the_unbroken_copy_is_clean() {
    let dir = broken_copy("clean", |_, _| {});
    assert_eq!(problems(&dir), Vec::<String>::new());
}

#[test]
fn a_weak_source_is_a_warning_by_the_curators_list_and_by_rule() {
    let dir = broken_copy("weak", |events, organizations| {
        event_props(events, BANDUNG)["sources"] = json!([
            {"title": "A blog", "url": "https://someone.blogspot.com/2010/bandung.html"},
            {"title": "A curator's own bad host", "url": "https://mirror.example-copies.org/bandung"}
        ]);
        organization(organizations, "asean")["members"][0]["sources"] =
            json!([{"title": "Bare address", "url": "http://203.0.113.9/asean"}]);
        organization(organizations, "au")["sources"] =
            json!([{"title": "Not an address", "url": "see the library"}]);
    });
    // The curator extends the bundled list in their folder.
    let bundled_list =
        std::fs::read_to_string(Path::new(ASSETS).join("data/weak-sources.txt")).unwrap();
    std::fs::write(
        dir.join("data/weak-sources.txt"),
        format!("{bundled_list}\n# added by the curator\n*.example-copies.org\n"),
    )
    .unwrap();
    let lines = problems(&dir);
    let mentioning =
        |needle: &str| -> Vec<&String> { lines.iter().filter(|l| l.contains(needle)).collect() };
    let blog = mentioning("someone.blogspot.com");
    assert_eq!(blog.len(), 1, "{lines:#?}");
    assert!(blog[0].contains("events.geojson") && blog[0].contains("warning:"));
    assert!(blog[0].contains("*.blogspot.com"), "{}", blog[0]);
    let curators = mentioning("mirror.example-copies.org");
    assert_eq!(curators.len(), 1, "{lines:#?}");
    assert!(curators[0].contains("*.example-copies.org"));
    let ip = mentioning("203.0.113.9");
    assert_eq!(ip.len(), 1, "{lines:#?}");
    assert!(ip[0].contains("bare IP") && ip[0].contains("members[0]"));
    // A source that is not an address at all is an error, not a warning.
    let not_address = mentioning("see the library");
    assert_eq!(not_address.len(), 1, "{lines:#?}");
    assert!(!not_address[0].contains("warning:"));
    assert!(
        errors(&lines)
            .iter()
            .any(|l| l.contains("not a web address"))
    );

    // Warnings alone do not fail `validate`; the summary counts them.
    let dir = broken_copy("weak-only", |events, _| {
        event_props(events, BANDUNG)["sources"] =
            json!([{"title": "A blog", "url": "https://someone.blogspot.com/x"}]);
    });
    let mut out = Vec::new();
    run_command(
        &CliCommand::Validate { watch: false },
        &DataSource::Dir(dir),
        TODAY,
        &mut out,
    )
    .unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("warning: source \"A blog\""), "{text}");
    assert!(text.lines().last().unwrap().starts_with("ok: "), "{text}");
}

#[test]
fn a_first_record_is_read_shown_by_members_and_a_bad_basis_is_named() {
    let dir = broken_copy("first-record", |_, organizations| {
        let members = &mut organization(organizations, "asean")["members"];
        members[0]["joined_basis"] = json!("first_record");
        members[1]["joined_basis"] = json!("guessed");
    });
    let lines = problems(&dir);
    assert_one_problem(&lines, "organizations.json", "unknown variant `guessed`");
    assert!(
        lines.iter().any(|l| l.contains("members[1]")),
        "the row is named: {lines:#?}"
    );
    let mut out = Vec::new();
    run_command(
        &CliCommand::Members {
            organization: "asean".into(),
            date: "1990".into(),
            format: ssc_atlas::cli::Format::Json,
        },
        &DataSource::Dir(dir),
        TODAY,
        &mut out,
    )
    .unwrap();
    let rows: Vec<Value> = serde_json::from_slice(&out).unwrap();
    let bases: Vec<&str> = rows
        .iter()
        .map(|r| r["joined_basis"].as_str().unwrap())
        .collect();
    assert_eq!(
        bases.iter().filter(|b| **b == "first_record").count(),
        1,
        "{rows:#?}"
    );
    assert!(
        bases
            .iter()
            .all(|b| ["admission", "first_record"].contains(b))
    );
}

#[test]
fn dissolution_dates_and_successors_are_checked() {
    let dir = broken_copy("dissolved", |_, organizations| {
        let asean = organization(organizations, "asean");
        asean["dissolved"] = json!("1960-01-01");
        asean["succeeded_by"] = json!("no-such-body");
        asean["in_force"] = json!("1966");
        let au = organization(organizations, "au");
        au["dissolved"] = json!("1970");
    });
    let lines = problems(&dir);
    assert_one_problem(
        &lines,
        "organizations.json",
        "dissolved is not after founded",
    );
    assert_one_problem(
        &lines,
        "organizations.json",
        "\"no-such-body\" is not an organization",
    );
    assert_one_problem(&lines, "organizations.json", "in_force is before founded");
    // Every AU member that joined from 1970 on joined a body that no longer existed.
    assert!(
        lines
            .iter()
            .filter(|l| l.contains("joined on or after the body was dissolved"))
            .count()
            > 10,
        "{lines:#?}"
    );
}

#[test]
fn duplicate_event_ids_are_rejected() {
    let dir = broken_copy("duplicate", |events, _| {
        let copy = events["features"][0].clone();
        events["features"].as_array_mut().unwrap().push(copy);
    });
    assert_one_problem(&problems(&dir), "events.geojson", "duplicate id");
}

#[test]
fn unknown_country_codes_are_rejected() {
    let dir = broken_copy("country", |events, organizations| {
        event_props(events, BANDUNG)["country_iso3"] = json!("XXX");
        organization(organizations, "asean")["members"][0]["country"] = json!("QQQ");
    });
    let lines = problems(&dir);
    assert_one_problem(&lines, "events.geojson", "unknown country code \"XXX\"");
    assert_one_problem(&lines, "organizations.json", "unknown country code \"QQQ\"");
}

#[test]
fn unknown_organization_ids_in_events_are_rejected() {
    let dir = broken_copy("org", |events, _| {
        event_props(events, BANDUNG)["organizations"] = json!(["no-such-body"]);
    });
    assert_one_problem(
        &problems(&dir),
        "events.geojson",
        "unknown organization id \"no-such-body\"",
    );
}

#[test]
fn dates_that_do_not_parse_are_rejected_and_the_rest_still_loads() {
    let dir = broken_copy("date", |events, _| {
        event_props(events, BANDUNG)["start"] = json!("18 April 1955");
    });
    let lines = problems(&dir);
    assert_one_problem(&lines, "events.geojson", "'18 April 1955' is not a date");
    assert!(
        lines[0].contains(&format!("(id \"{BANDUNG}\").properties.start")),
        "{lines:?}"
    );
    let atlas = load_atlas(&DataSource::Dir(dir));
    assert!(atlas.event(BANDUNG).is_none());
    assert!(atlas.events.len() > 50, "the good events still load");
}

#[test]
fn left_before_joined_is_rejected() {
    let dir = broken_copy("left", |_, organizations| {
        let member = &mut organization(organizations, "saarc")["members"][0];
        member["left"] = json!("1980");
    });
    assert_one_problem(
        &problems(&dir),
        "organizations.json",
        "left is not after joined",
    );
}

#[test]
fn overlapping_spans_for_one_member_are_rejected() {
    let dir = broken_copy("overlap", |_, organizations| {
        let members = organization(organizations, "gcc")["members"]
            .as_array_mut()
            .unwrap();
        let mut again = members[0].clone();
        again["joined"] = json!("1990");
        members.push(again);
    });
    assert_one_problem(&problems(&dir), "organizations.json", "overlaps members");
}

#[test]
fn coordinates_out_of_range_or_far_from_the_country_are_rejected() {
    let dir = broken_copy("coords", |events, _| {
        let features = events["features"].as_array_mut().unwrap();
        let other = features
            .iter_mut()
            .find(|f| f["properties"]["id"] != BANDUNG)
            .unwrap();
        other["geometry"]["coordinates"] = json!([200.0, 10.0]);
        // Bandung placed in Madagascar, thousands of km from Indonesia.
        let bandung = features
            .iter_mut()
            .find(|f| f["properties"]["id"] == BANDUNG)
            .unwrap();
        bandung["geometry"]["coordinates"] = json!([47.5, -18.9]);
    });
    let lines = problems(&dir);
    assert_one_problem(&lines, "events.geojson", "outside [-180..180, -90..90]");
    assert_one_problem(
        &lines,
        "events.geojson",
        "km from Indonesia (IDN), more than 50 km",
    );
}

#[test]
fn events_without_a_source_are_rejected() {
    let dir = broken_copy("source", |events, _| {
        event_props(events, BANDUNG)["sources"] = json!([]);
    });
    assert_one_problem(&problems(&dir), "events.geojson", "has no source");
}

#[test]
fn a_missing_field_and_broken_json_are_named_by_file_and_path() {
    let dir = broken_copy("missing", |events, _| {
        event_props(events, BANDUNG)
            .as_object_mut()
            .unwrap()
            .remove("title");
    });
    assert_one_problem(&problems(&dir), "events.geojson", "missing field `title`");
    std::fs::write(
        dir.join("data/organizations.json"),
        "{ \"organizations\": [ ",
    )
    .unwrap();
    let lines = problems(&dir);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("organizations.json: not valid JSON")),
        "{lines:#?}"
    );
}

#[test]
fn validate_command_exits_with_an_error_listing_each_problem() {
    let dir = broken_copy("command", |events, _| {
        event_props(events, BANDUNG)["sources"] = json!([]);
    });
    let mut out = Vec::new();
    let result = run_command(
        &CliCommand::Validate { watch: false },
        &DataSource::Dir(dir),
        TODAY,
        &mut out,
    );
    assert!(matches!(result, Err(CliError::InvalidData { count: 1 })));
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("has no source"), "{text}");

    let mut out = Vec::new();
    run_command(
        &CliCommand::Validate { watch: false },
        &DataSource::Bundled,
        TODAY,
        &mut out,
    )
    .unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.lines().last().unwrap().starts_with("ok: "), "{text}");
}

#[test]
fn a_value_with_a_newline_stays_on_its_problem_line() {
    let dir = broken_copy("newline", |events, _| {
        event_props(events, BANDUNG)["tags"] = json!(["trade\nsecurity\r\u{1b}[31m"]);
    });
    let mut out = Vec::new();
    let result = run_command(
        &CliCommand::Validate { watch: false },
        &DataSource::Dir(dir),
        TODAY,
        &mut out,
    );
    assert!(matches!(result, Err(CliError::InvalidData { count: 1 })));
    let text = String::from_utf8(out).unwrap();
    let error_lines = text.lines().filter(|l| !l.contains("warning:"));
    assert_eq!(error_lines.count(), 1, "{text}");
    assert!(
        text.contains(r#"unknown tag "trade\nsecurity\r\u{1b}[31m""#),
        "{text}"
    );
}

/// Like [`assert_one_problem`], and the line names each of `parts` (the file, the item, the
/// field).
fn assert_one_problem_naming(lines: &[String], needle: &str, parts: &[&str]) {
    let matching: Vec<&String> = lines.iter().filter(|l| l.contains(needle)).collect();
    assert_eq!(
        matching.len(),
        1,
        "expected one problem with {needle:?}, got {lines:#?}"
    );
    for part in parts {
        assert!(
            matching[0].contains(part),
            "{} should name {part}",
            matching[0]
        );
    }
}

fn figure<'a>(figures: &'a mut Value, id: &str) -> &'a mut Value {
    figures["figures"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|f| f["id"] == id)
        .unwrap()
}

#[test]
fn founding_cities_out_of_range_or_far_from_their_country_are_rejected() {
    let dir = broken_copy("founded-city", |_, organizations| {
        organization(organizations, "asean")["founded_city"]["lon"] = json!(200.0);
        // Addis Ababa placed in Madagascar, far from Ethiopia.
        let au_city = &mut organization(organizations, "au")["founded_city"];
        au_city["lon"] = json!(47.5);
        au_city["lat"] = json!(-18.9);
    });
    let lines = problems(&dir);
    assert_one_problem_naming(
        &lines,
        "coordinates [200, 13.75222] are outside [-180..180, -90..90]",
        &[
            "organizations.json",
            "organization \"asean\"",
            "founded_city",
        ],
    );
    assert_one_problem_naming(
        &lines,
        "km from Ethiopia (ETH), more than 50 km",
        &[
            "organizations.json",
            "organization \"au\"",
            "founded_city (\"Addis Ababa\")",
        ],
    );
    assert_eq!(errors(&lines).len(), 2, "{lines:#?}");
}

#[test]
fn duplicate_country_keys_state_codes_and_figure_ids_are_rejected() {
    let dir = broken_copy_of("duplicate-keys", |files| {
        for array in ["countries", "historical_states"] {
            let items = files.countries[array].as_array_mut().unwrap();
            let copy = items[1].clone();
            items.push(copy);
        }
        let figures = files.figures["figures"].as_array_mut().unwrap();
        let copy = figures[0].clone();
        figures.push(copy);
    });
    let lines = problems(&dir);
    assert_one_problem_naming(
        &lines,
        "duplicate key, first used at countries[1]",
        &["countries.json", "(key \"AGO\")"],
    );
    assert_one_problem_naming(
        &lines,
        "duplicate code, first used at historical_states[1]",
        &["countries.json", "(code \"ZZB\")"],
    );
    assert_one_problem_naming(
        &lines,
        "duplicate id, first used at figures[0]",
        &["figures.json", "(id \"regional-organizations-1984\")"],
    );
    assert_eq!(errors(&lines).len(), 3, "{lines:#?}");
}

#[test]
fn figure_years_out_of_range_and_unknown_kinds_are_rejected() {
    let dir = broken_copy_of("figure-years", |files| {
        figure(&mut files.figures, "regional-organizations-1984")["year"] = json!(-500);
        figure(&mut files.figures, "commodity-organizations-1984")["year"] = json!(99_999);
        figure(&mut files.figures, "financial-organizations-1984")["counts_kind"] = json!("banks");
        organization(&mut files.organizations, "asean")["kind"] = json!("cultural");
    });
    let lines = problems(&dir);
    assert_one_problem_naming(
        &lines,
        "year -500 is outside 1900..=2026",
        &["figures.json", "figure \"regional-organizations-1984\""],
    );
    assert_one_problem_naming(
        &lines,
        "year 99999 is outside 1900..=2026",
        &["figures.json", "figure \"commodity-organizations-1984\""],
    );
    assert_one_problem_naming(
        &lines,
        "unknown counts_kind \"banks\" (known: regional, political, commodity, economic, financial)",
        &["figures.json", "figure \"financial-organizations-1984\""],
    );
    assert_one_problem_naming(
        &lines,
        "unknown kind \"cultural\" (known: regional",
        &["organizations.json", "organization \"asean\""],
    );
    assert_eq!(errors(&lines).len(), 4, "{lines:#?}");
}

#[test]
fn member_counts_out_of_time_or_too_large_are_rejected() {
    let dir = broken_copy("member-counts", |_, organizations| {
        let counts = &mut organization(organizations, "g77")["member_counts"];
        counts[0]["year"] = json!(1950);
        counts[1]["year"] = json!(3000);
        counts[2]["count"] = json!(4_000_000_000_u32);
    });
    let lines = problems(&dir);
    assert_one_problem_naming(
        &lines,
        "year 1950 is before the founding in 1964",
        &[
            "organizations.json",
            "organization \"g77\".member_counts[0]",
        ],
    );
    assert_one_problem_naming(
        &lines,
        "year 3000 is after this year, 2026",
        &[
            "organizations.json",
            "organization \"g77\".member_counts[1]",
        ],
    );
    assert_one_problem_naming(
        &lines,
        "count 4000000000 is more than 250",
        &[
            "organizations.json",
            "organization \"g77\".member_counts[2]",
        ],
    );
    assert_eq!(errors(&lines).len(), 3, "{lines:#?}");
}

#[test]
fn events_before_1900_or_ending_after_next_year_are_rejected() {
    let dir = broken_copy("event-years", |events, _| {
        event_props(events, BANDUNG)["start"] = json!("1066-04-18");
        event_props(events, BANDUNG)["end"] = json!("1066-04-24");
        let features = events["features"].as_array_mut().unwrap();
        let other = features
            .iter_mut()
            .find(|f| f["properties"]["id"] != BANDUNG)
            .unwrap();
        other["properties"]["end"] = json!("2999");
    });
    let lines = problems(&dir);
    assert_one_problem_naming(
        &lines,
        "start 1066-04-18 is before 1900",
        &["events.geojson", BANDUNG],
    );
    assert_one_problem_naming(&lines, "end 1066-04-24 is before 1900", &["events.geojson"]);
    assert_one_problem_naming(
        &lines,
        "end 2999 is after 2027 (next year)",
        &["events.geojson", "event \""],
    );
    assert_eq!(errors(&lines).len(), 3, "{lines:#?}");
}

/// Rewrites one story file of a copy.
fn edit_story(dir: &Path, id: &str, edit: impl FnOnce(&mut Value)) {
    let file = dir.join(format!("stories/{id}.json"));
    let mut story: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    edit(&mut story);
    std::fs::write(&file, story.to_string()).unwrap();
}

#[test]
fn story_steps_lasting_no_time_or_forever_are_reported_and_play_for_the_default() {
    let dir = broken_copy("durations", |_, _| {});
    edit_story(&dir, "bandung-to-g77", |story| {
        story["steps"][0]["duration_secs"] = json!(-5);
        story["steps"][1]["duration_secs"] = json!(1e308);
        story["steps"][2]["duration_secs"] = json!(601);
    });
    let lines = problems(&dir);
    let file = "stories/bandung-to-g77.json";
    assert_one_problem_naming(
        &lines,
        "-5.0 is not a number of seconds above 0 and at most 600",
        &[file, "steps[0] (\"Bandung, April 1955\").duration_secs"],
    );
    assert_one_problem_naming(
        &lines,
        "1e308 is not",
        &[file, "steps[1]", "duration_secs", "at most 600"],
    );
    assert_one_problem_naming(&lines, "601.0 is not", &[file, "steps[2]", "duration_secs"]);
    assert_eq!(errors(&lines).len(), 3, "{lines:#?}");
    // The story still plays, each bad step for the default 12 s.
    let atlas = load_atlas(&DataSource::Dir(dir));
    let story = atlas
        .stories
        .iter()
        .find(|s| s.id == "bandung-to-g77")
        .unwrap();
    let durations: Vec<f64> = story.steps[..4].iter().map(|s| s.duration_secs).collect();
    assert_eq!(durations[..3], [12.0, 12.0, 12.0]);
    assert!(durations[3] > 0.0 && durations[3] <= 600.0);
}

#[test]
fn a_missing_or_empty_stories_folder_is_reported() {
    let dir = broken_copy("no-stories", |_, _| {});
    std::fs::remove_dir_all(dir.join("stories")).unwrap();
    let lines = problems(&dir);
    let folder = dir.join("stories").display().to_string();
    assert_one_problem_naming(&lines, "missing folder", &[&folder, "attract loop"]);
    assert_eq!(errors(&lines).len(), 1, "{lines:#?}");

    std::fs::create_dir(dir.join("stories")).unwrap();
    let lines = problems(&dir);
    assert_one_problem_naming(&lines, "no story (*.json) in the folder", &[&folder]);
    assert_eq!(errors(&lines).len(), 1, "{lines:#?}");
}

#[test]
fn a_story_whose_id_differs_from_its_file_name_names_the_real_file() {
    let dir = broken_copy("story-id", |_, _| {});
    std::fs::rename(
        dir.join("stories/bandung-to-g77.json"),
        dir.join("stories/bandung.json"),
    )
    .unwrap();
    let lines = problems(&dir);
    let real_file = dir.join("stories/bandung.json").display().to_string();
    assert_one_problem_naming(
        &lines,
        "id \"bandung-to-g77\" differs from the file name; rename the file to bandung-to-g77.json or set the id to \"bandung\"",
        &[&format!("{real_file}: id: ")],
    );
    assert_eq!(errors(&lines).len(), 1, "{lines:#?}");
    assert!(
        !lines.iter().any(|l| l.contains("bandung-to-g77.json:")),
        "no problem names a file that does not exist: {lines:#?}"
    );
}

#[test]
fn a_broken_or_missing_coarse_map_is_reported() {
    let dir = broken_copy("coarse-map", |_, _| {});
    let coarse = dir.join("geo/countries-110m.geojson");
    let label = coarse.display().to_string();
    let good = std::fs::read_to_string(&coarse).unwrap();
    let cases: [(&str, String, &str); 4] = [
        ("empty", String::new(), "not valid JSON"),
        (
            "truncated",
            good[..good.len() / 2].to_owned(),
            "not valid JSON",
        ),
        (
            "a NaN coordinate",
            good.replacen("[[[66.52,37.362]", "[[[NaN,37.362]", 1),
            "",
        ),
        (
            "no features",
            r#"{"type":"FeatureCollection","features":[]}"#.to_owned(),
            "no country could be read",
        ),
    ];
    for (case, text, needle) in cases {
        std::fs::write(&coarse, text).unwrap();
        let lines = errors(&problems(&dir));
        assert!(!lines.is_empty(), "{case}: no problem");
        assert!(
            lines.iter().all(|l| l.starts_with(&format!("{label}: "))),
            "{case}: {lines:#?}"
        );
        assert!(
            lines.iter().any(|l| l.contains(needle)),
            "{case}: {lines:#?}"
        );
    }
    // Bytes that are not UTF-8 at all cannot be read.
    std::fs::write(&coarse, b"{\"type\":\xff\xfe}").unwrap();
    assert_one_problem_naming(&problems(&dir), "cannot read", &[&label]);

    // Missing: the window still works, with the fine map at every zoom.
    std::fs::remove_file(&coarse).unwrap();
    let lines = problems(&dir);
    assert_eq!(errors(&lines), Vec::<String>::new());
    assert_one_problem_naming(
        &lines,
        "warning: missing",
        &[&label, "1:50m map at every zoom"],
    );
}

#[test]
fn validate_watch_reports_each_saved_change() {
    let dir = broken_copy("watch", |_, _| {});
    let source = DataSource::Dir(dir.clone());
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut out = Vec::new();
        let result = ssc_atlas::cli::watch_validate(&source, TODAY, &mut out, Some(1));
        let _ = done.send((result.is_ok(), String::from_utf8(out).unwrap()));
    });
    // Let the watch start, then save a broken date.
    std::thread::sleep(std::time::Duration::from_millis(300));
    let events = dir.join("data/events.geojson");
    let text = std::fs::read_to_string(&events).unwrap();
    std::fs::write(
        &events,
        text.replacen("\"1955-04-18\"", "\"1955-04-31\"", 1),
    )
    .unwrap();
    let (ok, text) = finished
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("validate --watch reported the change within 10 s");
    assert!(ok, "{text}");
    assert!(text.starts_with("watching "), "{text}");
    assert!(
        text.contains("after a change to data/events.geojson: 2 error(s)"),
        "{text}"
    );
    assert!(text.contains("1955-04-31"), "the problem itself: {text}");
}

#[test]
fn a_curator_adds_a_language_as_a_folder_and_validate_names_what_it_lacks() {
    let dir = broken_copy("german", |_, _| {});
    let german = dir.join("i18n/de");
    std::fs::create_dir_all(&german).unwrap();
    std::fs::write(
        german.join("interface.ftl"),
        "language-name = Deutsch\nslider-play = Abspielen\ntop-counts = { $events } Ereignisse\n",
    )
    .unwrap();
    std::fs::write(
        german.join("content.json"),
        format!(
            r#"{{"events": {{"{BANDUNG}": {{"title": "Asiatisch-Afrikanische Konferenz"}}}}}}"#
        ),
    )
    .unwrap();
    let atlas = load_atlas(&DataSource::Dir(dir.clone()));
    assert!(
        atlas.translations.codes().contains(&"de"),
        "a folder is a language"
    );
    let texts = atlas.texts("de");
    assert_eq!(texts.ui("slider-play"), "Abspielen");
    assert_eq!(
        texts.ui("slider-pause"),
        "Pause",
        "English where German lacks it"
    );
    let bandung = atlas.event(BANDUNG).unwrap();
    assert_eq!(
        texts.event_title(bandung),
        "Asiatisch-Afrikanische Konferenz"
    );
    let lines = problems(&dir);
    let label = |file: &str| dir.join("i18n/de").join(file).display().to_string();
    let has = |needle: String| lines.iter().any(|l| l == &needle);
    assert!(
        has(format!(
            "{}: slider-pause: warning: no Deutsch message (English: \"Pause\")",
            label("interface.ftl")
        )),
        "{lines:?}"
    );
    assert!(has(format!(
        "{}: top-counts: warning: uses the variables {{\"events\"}}; the English message uses {{\"events\", \"organizations\"}}",
        label("interface.ftl")
    )));
    assert!(has(format!(
        "{}: events.{BANDUNG}.summary: warning: no Deutsch translation (English: \"{}…\")",
        label("content.json"),
        bandung.summary.chars().take(60).collect::<String>()
    )));
    assert!(
        !lines
            .iter()
            .any(|l| l.contains(&format!("events.{BANDUNG}.title"))),
        "the title is there"
    );
    // Every other language stays complete, and nothing is an error.
    assert!(lines.iter().all(|l| l.contains("/i18n/de/")), "{lines:?}");
    assert!(lines.iter().all(|l| l.contains(": warning: ")));
}
