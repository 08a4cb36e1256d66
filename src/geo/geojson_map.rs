//! Reading a GeoJSON map of countries into `World`.

use serde_json::Value;

use super::clean::{LonLat, repair_polygon};
use super::country::{Country, build_country};
use super::world::World;
use crate::problem::Problems;

impl World {
    /// Reads a `FeatureCollection` of Polygon/MultiPolygon features with a `key` property.
    /// Features that cannot be read are reported and skipped.
    pub fn from_geojson(text: &str, file: &str, problems: &mut Problems) -> Self {
        // Each feature stays raw text until its turn: a map's whole JSON tree at once would
        // take several times the file's size, and that memory would outlive the load.
        #[derive(serde::Deserialize)]
        struct Collection<'a> {
            #[serde(borrow)]
            features: Option<Vec<&'a serde_json::value::RawValue>>,
        }
        let features = match serde_json::from_str::<Collection<'_>>(text) {
            Ok(Collection {
                features: Some(features),
            }) => features,
            Err(err) if err.is_syntax() || err.is_eof() => {
                problems.push(file, "", format!("not valid JSON: {err}"));
                return Self::default();
            }
            _ => {
                problems.push(
                    file,
                    "features",
                    "expected a FeatureCollection with \"features\"",
                );
                return Self::default();
            }
        };
        let mut countries: Vec<Country> = Vec::with_capacity(features.len());
        for (index, raw) in features.iter().enumerate() {
            let Ok(feature) = serde_json::from_str::<Value>(raw.get()) else {
                problems.push(file, format!("features[{index}]"), "not valid JSON");
                continue;
            };
            let properties = feature.get("properties");
            let text_property = |name: &str| {
                properties
                    .and_then(|p| p.get(name))
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            };
            let Some(key) = text_property("key").filter(|k| !k.is_empty()) else {
                problems.push(
                    file,
                    format!("features[{index}].properties.key"),
                    "missing key",
                );
                continue;
            };
            let path = format!("features[{index}] (key \"{key}\")");
            if countries.iter().any(|c| c.key == key) {
                problems.push(file, &path, "duplicate key; this feature is skipped");
                continue;
            }
            let name = text_property("name").unwrap_or_else(|| key.clone());
            match read_polygons(feature.get("geometry")) {
                Ok(raw_polygons) => {
                    let repaired: Vec<Vec<Vec<LonLat>>> = raw_polygons
                        .iter()
                        .flat_map(|p| repair_polygon(p))
                        .collect();
                    if repaired.is_empty() {
                        problems.push(file, &path, "no drawable polygon after repair");
                        continue;
                    }
                    countries.push(build_country(key, name, &repaired));
                }
                Err(message) => problems.push(file, format!("{path}.geometry"), message),
            }
        }
        Self::new(countries)
    }
}

fn read_ring(value: &Value) -> Result<Vec<LonLat>, String> {
    let points = value.as_array().ok_or("a ring is not an array")?;
    points
        .iter()
        .map(|p| match p.as_array().map(Vec::as_slice) {
            Some([lon, lat, ..]) => match (lon.as_f64(), lat.as_f64()) {
                (Some(lon), Some(lat)) if lon.abs() <= 180.0 && lat.abs() <= 90.0 => Ok([lon, lat]),
                _ => Err(format!("position {p} is not [lon, lat] within range")),
            },
            _ => Err(format!("position {p} is not [lon, lat]")),
        })
        .collect()
}

fn read_polygon(value: &Value) -> Result<Vec<Vec<LonLat>>, String> {
    value
        .as_array()
        .ok_or_else(|| "a polygon is not an array of rings".to_owned())?
        .iter()
        .map(read_ring)
        .collect()
}

fn read_polygons(geometry: Option<&Value>) -> Result<Vec<Vec<Vec<LonLat>>>, String> {
    let geometry = geometry.ok_or("missing geometry")?;
    let coordinates = geometry.get("coordinates").ok_or("missing coordinates")?;
    match geometry.get("type").and_then(Value::as_str) {
        Some("Polygon") => Ok(vec![read_polygon(coordinates)?]),
        Some("MultiPolygon") => coordinates
            .as_array()
            .ok_or_else(|| "MultiPolygon coordinates are not an array".to_owned())?
            .iter()
            .map(read_polygon)
            .collect(),
        other => Err(format!(
            "expected Polygon or MultiPolygon, found {}",
            other.unwrap_or("no type")
        )),
    }
}

#[cfg(test)]
mod tests {
    use crate::geo::world::tests::fixture;

    #[test]
    fn loads_good_features_and_reports_bad_ones() {
        let (world, problems) = fixture();
        assert_eq!(world.countries.len(), 3);
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].contains("fixture.geojson: features[3].properties.key: missing key"));
        assert!(messages[1].contains("features[4] (key \"BAD\").geometry: expected Polygon"));
    }
}
