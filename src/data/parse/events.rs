//! `data/events.geojson`: a `GeoJSON` `FeatureCollection`, one Point feature per event. The
//! `geojson` crate reads each geometry; the properties become an [`Event`].

use serde::Deserialize;
use serde_json::Value;

use super::{DateReader, Items, parse_json, top_array};
use crate::data::model::{Event, Source};
use crate::problem::Problems;

#[derive(Deserialize)]
struct RawEvent {
    id: String,
    kind: String,
    series: Option<String>,
    number: Option<u32>,
    title: String,
    start: String,
    end: Option<String>,
    city: String,
    country: String,
    country_iso3: String,
    #[serde(default)]
    organizations: Vec<String>,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    tags: Vec<String>,
    participants: Option<u32>,
    #[serde(default)]
    sources: Vec<Source>,
    note: Option<String>,
}

/// The events, and every feature's id with its index as written (duplicates included).
pub(in crate::data) fn events(
    text: &str,
    file: &str,
    problems: &mut Problems,
) -> (Vec<Event>, Vec<(usize, String)>) {
    let Some(root) = parse_json(text, file, problems) else {
        return (Vec::new(), Vec::new());
    };
    let mut events = Vec::new();
    let mut ids = Vec::new();
    let features = Items {
        file,
        array: "features",
        id_field: Some("id"),
        record: Some("properties"),
    };
    let values = top_array(&root, "features", file, problems);
    features.each(values, problems, |item, problems| {
        let raw: RawEvent = item.record;
        let path = item.path;
        ids.push((item.index, raw.id.clone()));
        let Some((lon, lat)) = point_coordinates(item.raw) else {
            problems.push(
                file,
                format!("{path}.geometry"),
                "expected a Point with [longitude, latitude]",
            );
            return;
        };
        if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
            problems.push(
                file,
                format!("{path}.geometry"),
                format!("coordinates [{lon}, {lat}] are outside [-180..180, -90..90]"),
            );
            return;
        }
        let properties_path = format!("{path}.properties");
        let mut dates = DateReader::new(file, &properties_path);
        let start = dates.required("start", &raw.start, problems);
        let end = dates.optional("end", raw.end.as_deref(), problems);
        if !dates.ok {
            return;
        }
        events.push(Event {
            id: raw.id,
            kind: raw.kind,
            series: raw.series,
            number: raw.number,
            title: raw.title,
            start,
            end,
            city: raw.city,
            country: raw.country,
            country_iso3: raw.country_iso3,
            lon,
            lat,
            organizations: raw.organizations,
            summary: raw.summary,
            tags: raw.tags,
            participants: raw.participants,
            sources: raw.sources,
            note: raw.note,
        });
    });
    (events, ids)
}

/// A feature's Point as `(longitude, latitude)`, read by the `geojson` crate; `None` for a
/// missing or malformed geometry or any other geometry type.
fn point_coordinates(feature: &Value) -> Option<(f64, f64)> {
    let geometry = geojson::Geometry::deserialize(feature.get("geometry")?).ok()?;
    match geometry.value {
        geojson::GeometryValue::Point { coordinates } => match coordinates.as_slice() {
            [lon, lat, ..] => Some((*lon, *lat)),
            _ => None,
        },
        _ => None,
    }
}
