//! The view file (`--open VIEW.json`): a small versioned JSON object. Reading it never
//! fails as a whole: each bad value or unknown id is a [`Problem`] naming the file and the
//! JSON path, and the view keeps what is good.

use std::ops::RangeInclusive;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use super::{Camera, Card, Unknown, ViewSpec};
use crate::camera::{MAX_ZOOM, MIN_ZOOM};
use crate::data::{Atlas, Problem};

/// The key that marks a view file, and the format version this atlas writes and reads.
pub const VERSION_KEY: &str = "ssc_atlas_view";
pub const VERSION: u64 = 1;

/// A view file is a few hundred bytes; a larger one is not a view.
const MAX_FILE_BYTES: u64 = 1 << 20;

#[derive(Serialize)]
struct CameraJson {
    lon: f64,
    lat: f64,
    zoom: f64,
}

/// The file's fields in the order a reader expects them.
#[derive(Serialize)]
struct ViewJson<'a> {
    ssc_atlas_view: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<i32>,
    organizations: &'a [String],
    field: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    camera: Option<CameraJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    event: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    theme: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    side_panel: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    plots: Option<bool>,
    caption: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
}

/// The view as the text of a view file (pretty JSON, a line per field).
pub fn to_json(view: &ViewSpec) -> String {
    let json = ViewJson {
        ssc_atlas_view: VERSION,
        year: view.year,
        organizations: &view.organizations,
        field: view.field.as_deref(),
        camera: view.camera.map(|c| CameraJson {
            lon: super::round3(c.lon),
            lat: super::round3(c.lat),
            zoom: super::round3(c.zoom),
        }),
        event: match &view.card {
            Some(Card::Event(id)) => Some(id),
            _ => None,
        },
        country: match &view.card {
            Some(Card::Country(key)) => Some(key),
            _ => None,
        },
        theme: view.dark.map(|dark| if dark { "dark" } else { "light" }),
        side_panel: view.side_panel,
        plots: view.plots,
        caption: view.caption.as_deref().unwrap_or_default(),
        language: view.language.as_deref(),
    };
    let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads the view file at `path`: the view and its problems, or one line saying why the
/// file cannot be read at all.
pub fn read_file(
    path: &Path,
    atlas: &Atlas,
    years: &RangeInclusive<i32>,
) -> Result<(ViewSpec, Vec<Problem>), String> {
    let name = path.display().to_string();
    let size = std::fs::metadata(path)
        .map_err(|err| format!("cannot read the view file {name}: {err}"))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(format!(
            "{name}: {size} bytes is not a view file (those are under {MAX_FILE_BYTES} bytes)"
        ));
    }
    let text = std::fs::read_to_string(path)
        .map_err(|err| format!("cannot read the view file {name}: {err}"))?;
    Ok(read(&text, &name, atlas, years))
}

/// Reads a view file's text; `file` names it in the problems.
pub fn read(
    text: &str,
    file: &str,
    atlas: &Atlas,
    years: &RangeInclusive<i32>,
) -> (ViewSpec, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut view = ViewSpec::default();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Value = match serde_json::from_str(text) {
        Ok(root) => root,
        Err(err) => {
            problems.push(Problem::new(
                file,
                "",
                format!("not a JSON view file: {err}"),
            ));
            return (view, problems);
        }
    };
    let Some(object) = root.as_object() else {
        problems.push(Problem::new(file, "", "a view file is one JSON object {…}"));
        return (view, problems);
    };
    let mut unknown_fields = Vec::new();
    let mut problem =
        |path: &str, message: String| problems.push(Problem::new(file, path, message));
    match object.get(VERSION_KEY).map(Value::as_u64) {
        Some(Some(VERSION)) => {}
        Some(Some(newer)) if newer > VERSION => problem(
            VERSION_KEY,
            format!(
                "version {newer} is newer than this atlas reads ({VERSION}); only the fields it knows are used"
            ),
        ),
        _ => problem(
            VERSION_KEY,
            format!(
                "missing or not {VERSION}: a view file starts with \"{VERSION_KEY}\": {VERSION}"
            ),
        ),
    }
    for (key, value) in object {
        match key.as_str() {
            VERSION_KEY => {}
            "year" => match value.as_i64().and_then(|y| i32::try_from(y).ok()) {
                Some(year) if years.contains(&year) => view.year = Some(year),
                _ => problem(
                    key,
                    format!(
                        "{value} is not a year from {} to {}",
                        years.start(),
                        years.end()
                    ),
                ),
            },
            "organizations" => match value.as_array() {
                Some(items) => {
                    for (index, item) in items.iter().enumerate() {
                        match item.as_str() {
                            Some(id) => view.organizations.push(id.to_owned()),
                            None => problem(
                                &format!("organizations[{index}]"),
                                format!("{item} is not an organization id (a string)"),
                            ),
                        }
                    }
                }
                None => problem(key, format!("{value} is not a list of organization ids")),
            },
            "field" => match value {
                Value::Null => {}
                Value::String(field) => view.field = Some(field.clone()),
                _ => problem(key, format!("{value} is not a field of cooperation or null")),
            },
            "camera" => match read_camera(value) {
                Ok(camera) => view.camera = Some(camera),
                Err((path, message)) => problem(&path, message),
            },
            "event" | "country" => match value {
                Value::Null => {}
                Value::String(id) if view.card.is_some() => problem(
                    key,
                    format!("\"{id}\": a view opens one card, an event or a country; the first is kept"),
                ),
                Value::String(id) if key == "event" => view.card = Some(Card::Event(id.clone())),
                Value::String(key) => view.card = Some(Card::Country(key.clone())),
                _ => problem(key, format!("{value} is not an id (a string) or null")),
            },
            "theme" => match value.as_str() {
                Some("light") => view.dark = Some(false),
                Some("dark") => view.dark = Some(true),
                _ => problem(key, format!("{value} is not \"light\" or \"dark\"")),
            },
            "side_panel" | "plots" => match value.as_bool() {
                Some(open) if key == "plots" => view.plots = Some(open),
                Some(open) => view.side_panel = Some(open),
                None => problem(key, format!("{value} is not true or false")),
            },
            "language" => match value {
                Value::Null => {}
                Value::String(code) => view.language = Some(code.clone()),
                _ => problem(key, format!("{value} is not a language code (a string)")),
            },
            "caption" => match value {
                Value::Null => {}
                Value::String(caption) if caption.trim().is_empty() => {}
                Value::String(caption) => view.caption = Some(caption.clone()),
                _ => problem(key, format!("{value} is not a caption (a string)")),
            },
            _ => unknown_fields.push(Problem::warning(
                file,
                key.as_str(),
                "unknown field, ignored (a view file has year, organizations, field, camera, event or country, theme, side_panel, plots, caption)",
            )),
        }
    }
    problems.extend(unknown_fields);
    for unknown in view.resolve(atlas) {
        let path = match &unknown {
            Unknown::Organization { index, .. } => format!("organizations[{index}]"),
            Unknown::Field(_) => "field".to_owned(),
            Unknown::Event(_) => "event".to_owned(),
            Unknown::Country(_) => "country".to_owned(),
        };
        problems.push(Problem::new(file, path, unknown.to_string()));
    }
    (view, problems)
}

fn read_camera(value: &Value) -> Result<Camera, (String, String)> {
    let Some(object) = value.as_object() else {
        return Err((
            "camera".into(),
            format!("{value} is not {{\"lon\": …, \"lat\": …, \"zoom\": …}}"),
        ));
    };
    let number = |key: &str, range: RangeInclusive<f64>| -> Result<f64, (String, String)> {
        let path = format!("camera.{key}");
        match object.get(key).and_then(Value::as_f64) {
            Some(n) if range.contains(&n) => Ok(n),
            Some(n) => Err((
                path,
                format!("{n} is outside {} to {}", range.start(), range.end()),
            )),
            None => Err((path, "missing, or not a number".into())),
        }
    };
    Ok(Camera {
        lon: number("lon", -180.0..=180.0)?,
        lat: number("lat", -90.0..=90.0)?,
        zoom: number("zoom", MIN_ZOOM..=MAX_ZOOM)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atlas() -> Atlas {
        crate::data::load_atlas(&crate::data::DataSource::Bundled)
    }

    #[test]
    fn a_written_view_reads_back_the_same() {
        let view = ViewSpec {
            year: Some(1975),
            organizations: vec!["au".into(), "opec".into()],
            field: Some("energy".into()),
            camera: Some(Camera {
                lon: 10.0,
                lat: 5.0,
                zoom: 2.5,
            }),
            card: Some(Card::Country("GHA".into())),
            dark: Some(true),
            side_panel: Some(false),
            plots: Some(true),
            caption: Some("Oil and Africa".into()),
            language: Some("fr".into()),
        };
        let text = to_json(&view);
        assert!(text.starts_with("{\n  \"ssc_atlas_view\": 1,"), "{text}");
        let (read_back, problems) = read(&text, "v.json", &atlas(), &(1945..=2026));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(read_back, view);
    }

    #[test]
    fn bad_values_and_unknown_ids_name_the_file_and_path_and_the_rest_is_kept() {
        let text = r#"{
            "ssc_atlas_view": 1,
            "year": 1800,
            "organizations": ["opec", "nato", 7],
            "camera": {"lon": 10, "lat": 95, "zoom": 2},
            "event": "no-such-event",
            "theme": "dark",
            "plots": "yes",
            "colour": "red"
        }"#;
        let (view, problems) = read(text, "talk/v.json", &atlas(), &(1945..=2026));
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        for expected in [
            "talk/v.json: year: 1800 is not a year from 1945 to 2026",
            "talk/v.json: organizations[2]: 7 is not an organization id (a string)",
            "talk/v.json: camera.lat: 95 is outside -90 to 90",
            "talk/v.json: plots: \"yes\" is not true or false",
            "talk/v.json: colour: warning: unknown field, ignored",
            "talk/v.json: organizations[1]: unknown organization id \"nato\"",
            "talk/v.json: event: unknown event id \"no-such-event\"",
        ] {
            assert!(
                lines.iter().any(|l| l.starts_with(expected)),
                "{expected}\nin {lines:#?}"
            );
        }
        assert_eq!(view.organizations, ["opec"]);
        assert_eq!(view.dark, Some(true));
        assert_eq!((view.year, view.camera, view.card), (None, None, None));
    }

    #[test]
    fn a_file_without_the_version_or_not_json_is_a_problem() {
        let (_, problems) = read(r#"{"year": 1975}"#, "v.json", &atlas(), &(1945..=2026));
        assert!(
            problems[0].to_string().contains("ssc_atlas_view"),
            "{problems:?}"
        );
        let (view, problems) = read("[1, 2", "v.json", &atlas(), &(1945..=2026));
        assert_eq!(view, ViewSpec::default());
        assert!(
            problems[0]
                .to_string()
                .starts_with("v.json: not a JSON view file")
        );
    }
}
