//! The researcher's command line: the same answers the window gives, as JSON or CSV.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use serde_json::Value;
use ssc_atlas::cli::{CliCommand, CliError, Format, run_command};
use ssc_atlas::data::DataSource;

fn run(command: &CliCommand) -> Result<String, CliError> {
    let mut out = Vec::new();
    run_command(command, &DataSource::Bundled, &mut out)?;
    Ok(String::from_utf8(out).unwrap())
}

#[test]
fn events_between_two_years_as_json() {
    let text = run(&CliCommand::Events {
        from: Some(1961),
        to: Some(1964),
        format: Format::Json,
    })
    .unwrap();
    let events: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert!(!events.is_empty());
    for event in &events {
        let start = event["start"].as_str().unwrap();
        assert!(("1961".."1965").contains(&start), "{start}");
        for field in [
            "id",
            "kind",
            "title",
            "city",
            "country_iso3",
            "lon",
            "lat",
            "organizations",
            "sources",
        ] {
            assert!(!event[field].is_null(), "{field} missing in {event}");
        }
    }
    assert!(
        events
            .iter()
            .any(|e| e["city"] == "Belgrade" && e["kind"] == "summit")
    );
}

#[test]
fn members_on_a_date_with_names_of_the_time() {
    let text = run(&CliCommand::Members {
        organization: "au".into(),
        date: "1970".into(),
        format: Format::Json,
    })
    .unwrap();
    let members: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(members.len(), 41);
    let benin = members.iter().find(|m| m["country"] == "BEN").unwrap();
    assert_eq!(benin["name"], "Dahomey", "Benin was Dahomey until 1975");
    assert_eq!(benin["joined"], "1963-05-25");
}

#[test]
fn members_as_csv_has_a_header_and_a_row_per_member() {
    let text = run(&CliCommand::Members {
        organization: "asean".into(),
        date: "1967-08-08".into(),
        format: Format::Csv,
    })
    .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "country,name,joined,left,suspended");
    assert_eq!(lines.len(), 1 + 5, "{text}");
}

#[test]
fn organizations_list_has_todays_counts() {
    let text = run(&CliCommand::Organizations {
        format: Format::Json,
    })
    .unwrap();
    let organizations: Vec<Value> = serde_json::from_str(&text).unwrap();
    let gcc = organizations.iter().find(|o| o["id"] == "gcc").unwrap();
    assert_eq!(gcc["members_today"], 6);
    assert_eq!(gcc["founded"], "1981-05-25");
}

#[test]
fn unknown_ids_and_malformed_dates_are_one_line_errors() {
    let err = run(&CliCommand::Members {
        organization: "nato".into(),
        date: "1970".into(),
        format: Format::Json,
    })
    .unwrap_err();
    assert_eq!(err.to_string().lines().count(), 1);
    assert!(err.to_string().contains("unknown organization id \"nato\""));
    let err = run(&CliCommand::Members {
        organization: "au".into(),
        date: "1970-13".into(),
        format: Format::Json,
    })
    .unwrap_err();
    assert!(err.to_string().contains("'1970-13' is not a date"), "{err}");
}

#[test]
fn country_on_a_date_as_the_map_shows_it() {
    let text = run(&CliCommand::Country {
        key: "GHA".into(),
        date: "1956".into(),
    })
    .unwrap();
    let status: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(status["name"], "Gold Coast");
    assert_eq!(status["name_today"], "Ghana");
    assert_eq!(status["status"], "dependent");
    assert_eq!(status["administered_by"], "United Kingdom");
    assert!(!status["sources"].as_array().unwrap().is_empty());
    let text = run(&CliCommand::Country {
        key: "HRV".into(),
        date: "1990-06-01".into(),
    })
    .unwrap();
    let status: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(status["status"], "part_of");
    assert_eq!(status["part_of"], "YUG");
    let err = run(&CliCommand::Country {
        key: "XXX".into(),
        date: "1990".into(),
    })
    .unwrap_err();
    assert!(err.to_string().contains("unknown country key"));
}
