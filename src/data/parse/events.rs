//! `data/events.geojson`: a `GeoJSON` `FeatureCollection`, one Point feature per event. The
//! `geojson` crate reads each geometry; the properties become an [`Event`].

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{DateReader, Document, Items, top_items};
use crate::data::model::{Event, Source};
use crate::problem::Problems;

/// A feature: its geometry is read apart, so its errors name `geometry`.
#[derive(Deserialize)]
struct RawFeature<'a> {
    properties: RawEvent,
    #[serde(borrow)]
    geometry: Option<&'a RawValue>,
}

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
    let document = Document::new(file, text);
    let mut events = Vec::new();
    let mut ids = Vec::new();
    let features = Items {
        array: "features",
        id_field: Some("id"),
    };
    let values = top_items(&document, "features", problems);
    features.each(&document, &values, problems, |item, problems| {
        let feature: RawFeature = item.record;
        let raw = feature.properties;
        let path = item.path;
        ids.push((item.index, raw.id.clone()));
        let geometry = match feature.geometry {
            // Read alone, so a number out of range in it is named with its line.
            Some(raw) if raw.get() != "null" => {
                let geometry_path = format!("{path}.geometry");
                let geometry_item = document.item(raw.get());
                match document.read_item(geometry_item, &geometry_path, problems) {
                    Some(geometry) => Some(geometry),
                    None => return,
                }
            }
            _ => None,
        };
        let Some((lon, lat)) = geometry.and_then(point_coordinates) else {
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
                format!("{path}.geometry.coordinates"),
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
    document.report_syntax_outside_items(problems);
    (events, ids)
}

/// A feature's Point as `(longitude, latitude)`; `None` for any other geometry type.
fn point_coordinates(geometry: geojson::Geometry) -> Option<(f64, f64)> {
    match geometry.value {
        geojson::GeometryValue::Point { coordinates } => match coordinates.as_slice() {
            [lon, lat, ..] => Some((*lon, *lat)),
            _ => None,
        },
        _ => None,
    }
}
