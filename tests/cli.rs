//! The researcher's command line: the same answers the window gives, as JSON or CSV.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use serde_json::Value;
use ssc_atlas::cli::{CliCommand, CliError, Format, run_command};
use ssc_atlas::data::DataSource;
use ssc_atlas::time::Date;

/// A fixed "today": answers must not depend on the day the tests run.
const TODAY: Date = Date::ymd(2026, 12, 2);

fn run(command: &CliCommand) -> Result<String, CliError> {
    let mut out = Vec::new();
    run_command(command, &DataSource::Bundled, TODAY, &mut out)?;
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
    assert_eq!(
        lines[0],
        "organization,organization_name,country,name,name_today,status,joined,joined_basis,left,date,source_titles,source_urls,note"
    );
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
        format: Format::Json,
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
        format: Format::Json,
    })
    .unwrap();
    let status: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(status["status"], "part_of");
    assert_eq!(status["part_of"], "YUG");
    let err = run(&CliCommand::Country {
        key: "XXX".into(),
        date: "1990".into(),
        format: Format::Json,
    })
    .unwrap_err();
    assert!(err.to_string().contains("unknown country key"));
}

#[test]
fn events_carry_summary_participants_fields_and_names_of_the_time() {
    let text = run(&CliCommand::Events {
        from: Some(1955),
        to: Some(1955),
        format: Format::Json,
    })
    .unwrap();
    let events: Vec<Value> = serde_json::from_str(&text).unwrap();
    let bandung = events
        .iter()
        .find(|e| e["id"] == "asian-african-conference-1955-bandung")
        .unwrap();
    assert!(bandung["summary"].as_str().unwrap().contains("twenty-nine"));
    assert_eq!(bandung["participants"], 29);
    assert!(
        bandung["tags"]
            .as_array()
            .unwrap()
            .contains(&"political".into())
    );
    let text = run(&CliCommand::Events {
        from: Some(1963),
        to: Some(1963),
        format: Format::Json,
    })
    .unwrap();
    let events: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert!(
        events.iter().any(|e| e["organizations"]
            .as_array()
            .unwrap()
            .contains(&"au".into())
            && e["organization_names"]
                .as_array()
                .unwrap()
                .contains(&"OAU".into())),
        "the AU was founded as the OAU in 1963"
    );
}

/// Splits one CSV record (quotes may hold commas and doubled quotes; no newlines here).
fn csv_record(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

#[test]
fn events_csv_has_source_titles_summary_fields_and_the_country_of_the_time() {
    let text = run(&CliCommand::Events {
        from: Some(1961),
        to: Some(1961),
        format: Format::Csv,
    })
    .unwrap();
    let mut lines = text.lines();
    let header = csv_record(lines.next().unwrap());
    for column in [
        "country",
        "country_iso3",
        "summary",
        "participants",
        "tags",
        "source_titles",
        "source_urls",
        "organization_names",
    ] {
        assert!(header.iter().any(|h| h == column), "{column} in {header:?}");
    }
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<Vec<String>> = lines.map(csv_record).collect();
    assert!(rows.iter().all(|r| r.len() == header.len()), "{text}");
    let belgrade = rows
        .iter()
        .find(|r| r[column("city")] == "Belgrade")
        .unwrap();
    assert_eq!(belgrade[column("country")], "Yugoslavia");
    assert_eq!(belgrade[column("country_iso3")], "SRB");
    assert!(!belgrade[column("summary")].is_empty());
    assert!(!belgrade[column("source_titles")].is_empty());
    assert!(belgrade[column("source_urls")].starts_with("http"));
}

#[test]
fn ids_and_keys_are_accepted_in_any_case() {
    let upper = run(&CliCommand::Members {
        organization: "AU".into(),
        date: "1970".into(),
        format: Format::Json,
    })
    .unwrap();
    let lower = run(&CliCommand::Members {
        organization: "au".into(),
        date: "1970".into(),
        format: Format::Json,
    })
    .unwrap();
    assert_eq!(upper, lower);
    for key in ["cod", "COD", "Cod"] {
        let text = run(&CliCommand::Country {
            key: key.into(),
            date: "1980".into(),
            format: Format::Json,
        })
        .unwrap();
        let status: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(status["key"], "COD");
        assert_eq!(status["name"], "Zaire");
    }
}

#[test]
fn country_as_csv() {
    let text = run(&CliCommand::Country {
        key: "GHA".into(),
        date: "1956".into(),
        format: Format::Csv,
    })
    .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    let header = csv_record(lines[0]);
    let row = csv_record(lines[1]);
    assert_eq!(header.len(), row.len());
    let field = |name: &str| &row[header.iter().position(|h| h == name).unwrap()];
    assert_eq!(field("key"), "GHA");
    assert_eq!(field("name"), "Gold Coast");
    assert_eq!(field("status"), "dependent");
    assert_eq!(field("administered_by"), "United Kingdom");
    assert!(!field("source_titles").is_empty());
}

#[test]
fn historical_state_codes_are_country_keys() {
    let text = run(&CliCommand::Country {
        key: "TGK".into(),
        date: "1962".into(),
        format: Format::Json,
    })
    .unwrap();
    let status: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(status["name"], "Tanganyika");
    assert_eq!(status["status"], "independent");
    assert_eq!(status["covers"], serde_json::json!(["TZA"]));
    let text = run(&CliCommand::Country {
        key: "sun".into(),
        date: "1980".into(),
        format: Format::Json,
    })
    .unwrap();
    let status: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(status["name"], "Soviet Union");
    assert!(status["covers"].as_array().unwrap().contains(&"UKR".into()));
    // Outside its lifetime: a one-line error that says when it existed.
    let err = run(&CliCommand::Country {
        key: "SUN".into(),
        date: "2000".into(),
        format: Format::Json,
    })
    .unwrap_err();
    assert!(err.to_string().contains("until 1991-12-26"), "{err}");
    assert_eq!(err.to_string().lines().count(), 1);
}

#[test]
fn every_code_a_country_answer_names_is_itself_a_country_key() {
    let atlas = ssc_atlas::data::load_atlas(&DataSource::Bundled);
    let mut keys: Vec<String> = atlas
        .world
        .countries
        .iter()
        .map(|c| c.key.clone())
        .collect();
    keys.extend(atlas.historical_states.iter().map(|s| s.code.clone()));
    let mut named: Vec<(String, String)> = Vec::new();
    for year in (1945..=2025)
        .step_by(2)
        .chain([1958, 1961, 1964, 1991, 1992])
    {
        for date in [format!("{year}-06-30"), year.to_string()] {
            let date_value = ssc_atlas::time::Date::parse(&date).unwrap();
            for key in &keys {
                let status = match atlas.historical_state(key) {
                    Some(_) => match atlas.historical_status_on(key, date_value) {
                        Some(status) => status,
                        None => continue,
                    },
                    None => atlas.status_on(key, date_value),
                };
                for code in status.part_of.iter().chain(&status.covers) {
                    assert!(
                        atlas.country_code(code).is_some(),
                        "{key} on {date} names {code}, which `country` rejects"
                    );
                    if !named.iter().any(|(c, _)| c == code) {
                        named.push((code.clone(), date.clone()));
                    }
                }
            }
        }
    }
    assert!(named.iter().any(|(c, _)| c == "SUN"));
    assert!(named.iter().any(|(c, _)| c == "YUG"));
    // Each named code answers through the command itself on a date it was named.
    for (code, date) in named {
        run(&CliCommand::Country {
            key: code.clone(),
            date: date.clone(),
            format: Format::Json,
        })
        .unwrap_or_else(|err| panic!("country {code} --date {date}: {err}"));
    }
}

#[test]
fn members_of_a_body_with_counts_only_prints_the_counts_and_fails() {
    let mut out = Vec::new();
    let err = run_command(
        &CliCommand::Members {
            organization: "isdb".into(),
            date: "1983".into(),
            format: Format::Json,
        },
        &DataSource::Bundled,
        TODAY,
        &mut out,
    )
    .unwrap_err();
    assert!(matches!(err, CliError::CountsOnly(_)), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("no member list"), "{message}");
    assert!(message.contains("22 in 1975"), "{message}");
    let counts: Vec<Value> = serde_json::from_slice(&out).unwrap();
    assert!(!counts.is_empty());
    let holding: Vec<&Value> = counts
        .iter()
        .filter(|c| c["holds_on_date"] == true)
        .collect();
    assert_eq!(holding.len(), 1);
    assert_eq!(holding[0]["year"], 1975);
    assert_eq!(holding[0]["count"], 22);
    assert!(
        counts
            .iter()
            .all(|c| c["source_url"].as_str().unwrap().starts_with("http"))
    );
    // CSV too, and any body without a list (UN, UNCTAD …), never an empty list.
    for id in ["un", "unctad", "AIIB"] {
        let mut out = Vec::new();
        let result = run_command(
            &CliCommand::Members {
                organization: id.into(),
                date: "2020".into(),
                format: Format::Csv,
            },
            &DataSource::Bundled,
            TODAY,
            &mut out,
        );
        assert!(matches!(result, Err(CliError::CountsOnly(_))), "{id}");
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with("year,count,holds_on_date,source_title,source_url"),
            "{text}"
        );
    }
}

#[test]
fn from_and_to_have_help() {
    use clap::CommandFactory;
    let command = ssc_atlas::cli::Cli::command();
    let events = command.find_subcommand("events").unwrap();
    for name in ["from", "to"] {
        let arg = events.get_arguments().find(|a| a.get_id() == name).unwrap();
        assert!(
            arg.get_help().is_some_and(|h| !h.to_string().is_empty()),
            "--{name} has no help"
        );
    }
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_ssc-atlas"))
        .args(["events"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).unwrap();
    assert_eq!(first.trim(), "[");
    // The reader is dropped here, like `| head -1`.
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "stderr: {stderr}");
    assert!(output.status.success(), "{:?}", output.status);
}

/// Runs the binary with `args`; returns whether it succeeded and its standard error. Every
/// case here fails before a window would open, so no display is needed.
fn run_binary(args: &[&std::ffi::OsStr]) -> (bool, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_ssc-atlas"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn os(text: &str) -> &std::ffi::OsStr {
    text.as_ref()
}

#[test]
fn a_data_folder_that_is_not_one_is_an_error_naming_it() {
    for args in [
        vec![os("--data"), os("/nonexistent")],
        vec![os("validate"), os("--data"), os("/nonexistent")],
        vec![os("events"), os("--data"), os("/nonexistent")],
    ] {
        let (ok, stderr) = run_binary(&args);
        assert!(!ok, "{args:?}");
        assert_eq!(
            stderr.trim(),
            "ssc-atlas: --data /nonexistent: no such folder",
            "{args:?}"
        );
    }
    // A folder, but not a data folder (no data/ in it).
    let empty = std::env::temp_dir().join(format!("ssc-atlas-cli-{}-empty", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let (ok, stderr) = run_binary(&[os("--data"), empty.as_os_str()]);
    assert!(!ok);
    assert!(stderr.starts_with("ssc-atlas: --data "), "{stderr}");
    assert!(stderr.contains(&empty.display().to_string()), "{stderr}");
    assert!(stderr.contains("no data/ folder in it"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    std::fs::remove_dir_all(&empty).unwrap();
}

#[test]
fn a_kiosk_pin_that_is_not_4_to_8_digits_is_a_usage_error() {
    for pin in ["", "abcd", "12", "123456789"] {
        let (ok, stderr) = run_binary(&[os("--kiosk"), os("--kiosk-pin"), os(pin)]);
        assert!(!ok, "{pin:?}");
        assert!(
            stderr.contains("a PIN is 4 to 8 digits (the staff pad has only 0-9), e.g. 2468"),
            "{pin:?}: {stderr}"
        );
    }
}

#[test]
fn a_year_outside_the_atlas_names_the_accepted_range() {
    for year in ["-5", "1900", "3000"] {
        let (ok, stderr) = run_binary(&[os("--year"), os(year)]);
        assert!(!ok, "{year}");
        // The last year is today's, which this test cannot fix.
        let expected = format!("ssc-atlas: --year {year} is outside the atlas's years, 1945 to ");
        assert!(stderr.trim().starts_with(&expected), "{year}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
    let (ok, stderr) = run_binary(&[os("--year"), os("1975x")]);
    assert!(!ok);
    assert!(stderr.contains("'1975x' is not a year"), "{stderr}");
}

#[test]
fn a_screenshot_into_a_missing_folder_fails_before_a_window_opens() {
    let (ok, stderr) = run_binary(&[os("--screenshot"), os("/nonexistent/shot.png")]);
    assert!(!ok);
    assert_eq!(
        stderr.trim(),
        "ssc-atlas: --screenshot: no such folder /nonexistent"
    );
}

/// Draws the atlas headless (kittest, wgpu on the software renderer) with `--screenshot path`
/// and says whether the app counts the screenshot as saved: `main` exits 1 when it does not.
fn screenshot_saved(path: std::path::PathBuf) -> bool {
    use ssc_atlas::app::AtlasApp;
    use ssc_atlas::state::AppState;
    let atlas = ssc_atlas::data::load_atlas(&DataSource::Bundled);
    let app = AtlasApp::new(
        AppState::new(std::sync::Arc::new(atlas), 1975, TODAY.year),
        Some(path),
    );
    let saved = app.screenshot_saved();
    let mut harness = egui_kittest::Harness::builder()
        .with_size((1024.0, 768.0))
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), app);
    harness.run_steps(12);
    saved.load(std::sync::atomic::Ordering::Relaxed)
}

#[test]
fn a_screenshot_that_cannot_be_saved_does_not_count_as_saved() {
    let dir = std::env::temp_dir().join(format!("ssc-atlas-cli-{}-shot", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("shot.png");
    assert!(screenshot_saved(good.clone()));
    assert!(good.metadata().unwrap().len() > 1000);
    // The folder vanished after the start (or cannot be written): nothing is saved.
    assert!(!screenshot_saved(dir.join("gone/shot.png")));
    // A format the image crate cannot tell from the name.
    assert!(!screenshot_saved(dir.join("shot.unknown")));
    std::fs::remove_dir_all(&dir).unwrap();
}
