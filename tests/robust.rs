//! Broken inputs, one per case: each drops only its item and names the file, the item and
//! the field; the good items still load. Also the limits on size, and a helper that writes
//! a folder with a very dense map for measuring load time.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

mod common;

use std::path::{Path, PathBuf};

use ssc_atlas::data::generate::dense_polygon_geometry;
use ssc_atlas::data::{Atlas, DataSource, load_atlas, validate::validate};
use ssc_atlas::geo::World;
use ssc_atlas::problem::Problems;
use ssc_atlas::time::Date;

/// A fixed "today": answers must not depend on the day the tests run.
const TODAY: Date = Date::ymd(2026, 12, 2);

/// The bundled 1:50m map with Brazil's outline replaced by one of `vertices` points.
fn map_with_dense_brazil(vertices: usize) -> String {
    let text = std::fs::read_to_string(Path::new(common::ASSETS).join("geo/countries-50m.geojson"))
        .unwrap();
    let mut map: serde_json::Value = serde_json::from_str(&text).unwrap();
    let dense: serde_json::Value =
        serde_json::from_str(&dense_polygon_geometry(vertices, [-52.0, -10.0], 15.0)).unwrap();
    for feature in map["features"].as_array_mut().unwrap() {
        if feature["properties"]["key"] == "BRA" {
            feature["geometry"] = dense.clone();
        }
    }
    map.to_string()
}

/// Writes a data folder whose map has one polygon of `SSC_DENSE_MAP_VERTICES` points to
/// `SSC_DENSE_MAP_DIR`, for timing `ssc-atlas validate --data DIR` (see assets/README.md,
/// "Limits").
#[test]
#[ignore = "writes a large folder for a manual measurement"]
fn write_dense_map_folder() {
    let vertices: usize =
        std::env::var("SSC_DENSE_MAP_VERTICES").map_or(2_000_000, |v| v.parse().unwrap());
    let dir = std::env::var("SSC_DENSE_MAP_DIR").map_or_else(
        |_| std::env::temp_dir().join("ssc-atlas-dense-map"),
        PathBuf::from,
    );
    common::copy_of_assets(&dir);
    std::fs::write(
        dir.join("geo/countries-50m.geojson"),
        map_with_dense_brazil(vertices),
    )
    .unwrap();
    eprintln!("wrote {} with {vertices} vertices", dir.display());
}

/// A copy of the bundled folder with `file` changed by `edit`; the atlas loaded from it,
/// its loading problems and what `validate` says, as lines.
struct Broken {
    dir: PathBuf,
    atlas: Atlas,
    loading: Vec<String>,
    validate: Vec<String>,
}

fn broken(case: &str, file: &str, edit: impl FnOnce(Vec<u8>) -> Vec<u8>) -> Broken {
    let dir = std::env::temp_dir().join(format!("ssc-atlas-robust-{}-{case}", std::process::id()));
    common::copy_of_assets(&dir);
    let path = dir.join(file);
    std::fs::write(&path, edit(std::fs::read(&path).unwrap())).unwrap();
    let source = DataSource::Dir(dir.clone());
    let atlas = load_atlas(&source);
    let loading = atlas.problems.iter().map(ToString::to_string).collect();
    let validate = validate(&atlas, &source, TODAY)
        .iter()
        .map(ToString::to_string)
        .collect();
    Broken {
        dir,
        atlas,
        loading,
        validate,
    }
}

impl Broken {
    fn label(&self, file: &str) -> String {
        self.dir.join(file).display().to_string()
    }

    /// The one loading problem, which must start with `file: path` and contain `words`.
    fn assert_one_problem(&self, file: &str, path: &str, words: &[&str]) {
        let errors: Vec<&String> = self
            .loading
            .iter()
            .filter(|line| !line.contains(": warning: "))
            .collect();
        assert_eq!(errors.len(), 1, "{:#?}", self.loading);
        let line = errors[0];
        let start = format!("{}: {path}: ", self.label(file));
        assert!(line.starts_with(&start), "expected {start:?} in {line:?}");
        for word in words {
            assert!(line.contains(word), "expected {word:?} in {line:?}");
        }
        assert_eq!(line.lines().count(), 1);
    }

    fn event_ids(&self) -> Vec<&str> {
        self.atlas.events.iter().map(|e| e.id.as_str()).collect()
    }
}

fn bundled() -> Atlas {
    load_atlas(&DataSource::Bundled)
}

const BANDUNG: &str = "asian-african-conference-1955-bandung";
const BANDUNG_PATH: &str = "features[0] (id \"asian-african-conference-1955-bandung\")";
const EVENTS: &str = "data/events.geojson";

fn replace_once(bytes: &[u8], from: &str, to: &[u8]) -> Vec<u8> {
    let at = bytes
        .windows(from.len())
        .position(|w| w == from.as_bytes())
        .unwrap_or_else(|| panic!("{from:?} not found"));
    let mut out = bytes[..at].to_vec();
    out.extend_from_slice(to);
    out.extend_from_slice(&bytes[at + from.len()..]);
    out
}

/// Only Bandung is left out; every other event loads.
fn assert_only_bandung_left_out(case: &Broken) {
    let all = bundled().events.len();
    assert_eq!(case.atlas.events.len(), all - 1, "{:#?}", case.loading);
    assert!(!case.event_ids().contains(&BANDUNG));
}

#[test]
fn a_nan_coordinate_leaves_out_its_event_only() {
    let case = broken("nan", EVENTS, |b| replace_once(&b, "107.61", b"NaN"));
    case.assert_one_problem(
        EVENTS,
        &format!("{BANDUNG_PATH}.geometry.coordinates[0]"),
        &[
            "not valid JSON at line 9 column",
            "NaN is not a number JSON allows",
        ],
    );
    assert_only_bandung_left_out(&case);
}

#[test]
fn a_number_out_of_range_leaves_out_its_event_only() {
    let case = broken("1e400", EVENTS, |b| replace_once(&b, "107.61", b"1e400"));
    case.assert_one_problem(
        EVENTS,
        &format!("{BANDUNG_PATH}.geometry.coordinates[0]"),
        &["line 9 column", "the number 1e400 is out of range"],
    );
    assert_only_bandung_left_out(&case);
}

#[test]
fn a_stray_byte_leaves_out_its_event_only_and_names_the_byte() {
    let case = broken("byte", EVENTS, |b| {
        replace_once(&b, "\"title\": \"Asian", b"\"title\": \"Asian\xff")
    });
    case.assert_one_problem(
        EVENTS,
        &format!("{BANDUNG_PATH}.properties.title"),
        &["invalid UTF-8", "at byte offset "],
    );
    assert_only_bandung_left_out(&case);
}

#[test]
fn a_byte_order_mark_is_ignored_with_a_warning() {
    let case = broken("bom", EVENTS, |b| [b"\xef\xbb\xbf".as_slice(), &b].concat());
    assert_eq!(case.atlas.events.len(), bundled().events.len());
    assert_eq!(
        case.loading,
        [format!(
            "{}: warning: starts with a byte-order mark, which was ignored (save as UTF-8 without BOM)",
            case.label(EVENTS)
        )]
    );
}

#[test]
fn a_trailing_comma_leaves_out_its_event_only() {
    let case = broken("trailing-comma", EVENTS, |b| {
        replace_once(&b, "9789210543095c004\"", b"9789210543095c004\",")
    });
    case.assert_one_problem(
        EVENTS,
        &format!("{BANDUNG_PATH}.properties.sources[1]"),
        &["line 38 column 6", "a trailing comma"],
    );
    assert_only_bandung_left_out(&case);
}

#[test]
fn an_unclosed_string_leaves_out_its_event_only() {
    let case = broken("unclosed", EVENTS, |b| {
        replace_once(&b, "\"city\": \"Bandung\",", b"\"city\": \"Bandung,")
    });
    case.assert_one_problem(
        EVENTS,
        &format!("{BANDUNG_PATH}.properties.city"),
        &["an unclosed string"],
    );
    assert_only_bandung_left_out(&case);
}

#[test]
fn a_value_of_the_wrong_type_names_its_field() {
    let case = broken("type", EVENTS, |b| {
        replace_once(&b, "\"participants\": 29", b"\"participants\": \"29\"")
    });
    case.assert_one_problem(
        EVENTS,
        &format!("{BANDUNG_PATH}.properties.participants"),
        &["invalid type: string \"29\", expected u32"],
    );
    assert_only_bandung_left_out(&case);
}

#[test]
fn nesting_too_deep_leaves_out_its_event_only() {
    let deep = format!(
        "\"participants\": 29, \"deep\": {}{}",
        "[".repeat(40),
        "]".repeat(40)
    );
    let case = broken("deep", EVENTS, |b| {
        replace_once(&b, "\"participants\": 29", deep.as_bytes())
    });
    case.assert_one_problem(
        EVENTS,
        &format!("{BANDUNG_PATH}.properties.deep[0][0][0][0]…"),
        &["nested deeper than 32 levels"],
    );
    assert_only_bandung_left_out(&case);
}

#[test]
fn a_text_over_the_limit_leaves_out_its_event_only() {
    let title = format!("\"title\": \"{}", "x".repeat(10_001));
    let case = broken("long", EVENTS, |b| {
        replace_once(&b, "\"title\": \"", title.as_bytes())
    });
    case.assert_one_problem(
        EVENTS,
        &format!("{BANDUNG_PATH}.properties.title"),
        &["a text of 10048 bytes; at most 10000 are allowed"],
    );
    assert_only_bandung_left_out(&case);
}

#[test]
fn a_truncated_file_keeps_the_events_before_the_cut() {
    let case = broken("truncated", EVENTS, |b| b[..b.len() / 2].to_vec());
    let loaded = case.atlas.events.len();
    assert!(loaded > 50 && loaded < bundled().events.len(), "{loaded}");
    assert_eq!(case.loading.len(), 1, "{:#?}", case.loading);
    assert!(
        case.loading[0].contains("not valid JSON at line ")
            && case.loading[0].contains("the file ends"),
        "{:#?}",
        case.loading
    );
}

#[test]
fn a_missing_comma_between_events_is_named_and_both_load() {
    let case = broken("missing-comma", EVENTS, |b| {
        replace_once(
            &b,
            "  },\n  {\n   \"type\": \"Feature\"",
            b"  }\n  {\n   \"type\": \"Feature\"",
        )
    });
    assert_eq!(case.atlas.events.len(), bundled().events.len());
    assert_eq!(case.loading.len(), 1, "{:#?}", case.loading);
    assert!(
        case.loading[0].starts_with(&format!(
            "{}: not valid JSON at line 42 column 3: expected `,` or `]`",
            case.label(EVENTS)
        )),
        "{:#?}",
        case.loading
    );
}

const ORGANIZATIONS: &str = "data/organizations.json";

#[test]
fn a_broken_organizations_file_is_one_cause_not_hundreds_of_lines() {
    let case = broken("organizations-garbage", ORGANIZATIONS, |_| {
        b"garbage".to_vec()
    });
    let first = format!(
        "{}: not valid JSON at line 1 column 1: expected value",
        case.label(ORGANIZATIONS)
    );
    assert_eq!(case.validate[0], first, "{:#?}", case.validate);
    assert!(
        case.validate[1].contains("further problem(s) follow from the one above"),
        "{:#?}",
        case.validate
    );
    assert!(
        !case
            .validate
            .iter()
            .any(|l| l.contains(": unknown organization id") && !l.contains("further problem")),
        "{:#?}",
        case.validate
    );
    assert!(case.validate.len() < 10, "{:#?}", case.validate);
}

#[test]
fn a_stray_byte_in_one_organization_leaves_out_that_organization_only() {
    let case = broken("organization-byte", ORGANIZATIONS, |b| {
        replace_once(
            &b,
            "\"name\": \"African Union\"",
            b"\"name\": \"African\xfe Union\"",
        )
    });
    case.assert_one_problem(
        ORGANIZATIONS,
        "organizations[0] (id \"au\").name",
        &["invalid UTF-8"],
    );
    assert!(case.atlas.organization("au").is_none());
    assert_eq!(
        case.atlas.organizations.len(),
        bundled().organizations.len() - 1
    );
    // Events and stories naming the AU are counted under the cause.
    let folded: Vec<&String> = case
        .validate
        .iter()
        .filter(|l| l.contains("further problem(s) follow"))
        .collect();
    assert_eq!(folded.len(), 1, "{:#?}", case.validate);
    assert!(
        folded[0].contains("organizations[0] (id \"au\")"),
        "{folded:?}"
    );
}

#[test]
fn a_bad_member_row_leaves_out_that_row_only() {
    let case = broken("member", ORGANIZATIONS, |b| {
        replace_once(&b, "\"joined\": \"1963-05-25\"", b"\"joined\": 1963")
    });
    case.assert_one_problem(
        ORGANIZATIONS,
        "organizations[0] (id \"au\").members[0].joined",
        &["invalid type: integer `1963`, expected a string"],
    );
    let au = case.atlas.organization("au").unwrap();
    let bundled_au = bundled().organization("au").unwrap().members.len();
    assert_eq!(au.members.len(), bundled_au - 1);
}

#[test]
fn a_bad_period_in_countries_names_its_field() {
    let case = broken("period", "data/countries.json", |b| {
        replace_once(&b, "\"status\": \"dependent\"", b"\"status\": \"colony\"")
    });
    assert_eq!(case.loading.len(), 1, "{:#?}", case.loading);
    let line = &case.loading[0];
    assert!(
        line.contains(".periods[") && line.contains("].status: unknown variant `colony`"),
        "{line}"
    );
    assert_eq!(
        case.atlas.country_histories.len(),
        bundled().country_histories.len()
    );
}

#[test]
fn a_bad_figure_names_its_field() {
    let case = broken("figure", "data/figures.json", |b| {
        replace_once(&b, "\"year\": 1984", b"\"year\": \"1984\"")
    });
    case.assert_one_problem(
        "data/figures.json",
        "figures[0] (id \"regional-organizations-1984\").year",
        &["invalid type: string \"1984\", expected i32"],
    );
    assert_eq!(case.atlas.figures.len(), bundled().figures.len() - 1);
}

#[test]
fn a_nan_in_a_story_names_the_step_and_the_other_stories_play() {
    let story = "stories/bandung-to-g77.json";
    let case = broken("story", story, |b| {
        replace_once(&b, "\"duration_secs\": 16", b"\"duration_secs\": NaN")
    });
    case.assert_one_problem(
        story,
        "steps[0].duration_secs",
        &[
            "not valid JSON at line 14 column",
            "NaN is not a number JSON allows",
        ],
    );
    assert_eq!(case.atlas.stories.len(), bundled().stories.len() - 1);
}

#[test]
fn a_nan_in_the_map_leaves_out_its_country_only() {
    let map = "geo/countries-50m.geojson";
    let case = broken("map", map, |b| {
        replace_once(&b, "\"coordinates\":[[[-69.9001", b"\"coordinates\":[[[NaN")
    });
    case.assert_one_problem(
        map,
        "features[0] (key \"ABW\").geometry.coordinates[0][0][0]",
        &["NaN is not a number JSON allows"],
    );
    assert!(case.atlas.world.country_by_key("ABW").is_none());
    assert_eq!(
        case.atlas.world.countries.len(),
        bundled().world.countries.len() - 1
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_with_a_clear_problem() {
    let case = broken("size", EVENTS, |mut b| {
        b.resize(17 * 1024 * 1024, b' ');
        b
    });
    assert!(case.atlas.events.is_empty());
    assert_eq!(
        case.loading,
        [format!(
            "{}: is larger than 16 MB, the most the atlas reads for this file; nothing of it is used",
            case.label(EVENTS)
        )]
    );
}

/// A map text of features, each a ring of `points` copies of one point.
fn map_of_rings(points: &[usize]) -> String {
    let features: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            let ring = vec!["[1,1]"; n].join(",");
            format!(
                r#"{{"type":"Feature","properties":{{"key":"K{i}"}},"geometry":{{"type":"Polygon","coordinates":[[{ring}]]}}}}"#
            )
        })
        .collect();
    format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    )
}

#[test]
fn a_feature_over_the_point_limit_is_left_out_before_it_is_read() {
    let mut problems = Problems::default();
    World::from_geojson(&map_of_rings(&[2_500_001]), "map.geojson", &mut problems);
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "map.geojson: features[0] (key \"K0\").geometry: about 2500003 points, more than the 2500000 one feature may have; this feature is left out (simplify it)"
        ]
    );
}

#[test]
fn a_map_over_the_point_limit_leaves_out_the_features_past_it() {
    let mut problems = Problems::default();
    let text = map_of_rings(&[2_000_000, 1_900_000, 200_000, 5]);
    World::from_geojson(&text, "map.geojson", &mut problems);
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        lines.contains(
            &"map.geojson: features: 1 feature(s) left out: the map has more than 4000000 points in all".to_owned()
        ),
        "{lines:?}"
    );
}
