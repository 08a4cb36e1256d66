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

/// A copy of the bundled data in a fresh folder, with `edit` applied to events and
/// organizations.
fn broken_copy(name: &str, edit: impl FnOnce(&mut Value, &mut Value)) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ssc-atlas-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["geo", "data"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    for file in [
        "geo/countries-50m.geojson",
        "data/countries.json",
        "data/figures.json",
    ] {
        std::fs::copy(Path::new(ASSETS).join(file), dir.join(file)).unwrap();
    }
    let read = |file: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(Path::new(ASSETS).join(file)).unwrap())
            .unwrap()
    };
    let mut events = read("data/events.geojson");
    let mut organizations = read("data/organizations.json");
    edit(&mut events, &mut organizations);
    std::fs::write(dir.join("data/events.geojson"), events.to_string()).unwrap();
    std::fs::write(
        dir.join("data/organizations.json"),
        organizations.to_string(),
    )
    .unwrap();
    dir
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
        &CliCommand::Validate,
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
        &CliCommand::Validate,
        &DataSource::Dir(dir),
        TODAY,
        &mut out,
    );
    assert!(matches!(result, Err(CliError::InvalidData { count: 1 })));
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("has no source"), "{text}");

    let mut out = Vec::new();
    run_command(&CliCommand::Validate, &DataSource::Bundled, TODAY, &mut out).unwrap();
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
        &CliCommand::Validate,
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
