//! Reading a map of countries (a `.geojson` file) into `World`, with the `geojson` crate's
//! streaming feature reader. Its types stay in this file: each feature becomes a key, a name and
//! polygons in degrees, which `build_country` projects and triangulates.

use geojson::{FeatureReader, Geometry, GeometryValue, Position};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::clean::{LonLat, repair_polygon};
use super::country::build_country;
use super::world::World;
use crate::problem::Problems;

impl World {
    /// Reads a `FeatureCollection` of Polygon/MultiPolygon features with a `key` property.
    /// Features that cannot be read are reported and skipped.
    pub fn from_geojson(text: &str, file: &str, problems: &mut Problems) -> Self {
        let Some(features) = features_array(text, file, problems) else {
            return Self::default();
        };
        let mut reader = MapReader {
            file,
            problems,
            countries: Vec::new(),
        };
        // One feature in memory at a time: a map's whole JSON tree at once would take
        // several times the file's size, and that memory would outlive the load.
        let stream = FeatureReader::from_reader(features.as_bytes()).features();
        for (index, item) in stream.enumerate() {
            let Ok(feature) = item else {
                // The stream stops inside a feature it rejects (a missing `type`, a
                // coordinate that is not a number) and cannot find the next one, so the
                // rest is read feature by feature, leniently, to name the problem.
                reader.add_one_by_one(features, index);
                break;
            };
            reader.add(
                index,
                MapFeature {
                    properties: feature.properties,
                    geometry: Ok(feature.geometry),
                },
            );
        }
        Self::new(reader.countries)
    }
}

/// The `features` array's text. The whole document is checked first without building
/// anything, so a syntax error anywhere is reported once, with its line and column, and
/// members before `features` (a `bbox`, a `crs`) do not confuse the stream.
fn features_array<'a>(text: &'a str, file: &str, problems: &mut Problems) -> Option<&'a str> {
    #[derive(serde::Deserialize)]
    struct Collection<'a> {
        #[serde(borrow)]
        features: Option<&'a RawValue>,
    }
    match serde_json::from_str::<Collection<'_>>(text) {
        Ok(Collection {
            features: Some(features),
        }) if features.get().starts_with('[') => Some(features.get()),
        Err(err) if err.is_syntax() || err.is_eof() => {
            problems.push(file, "", format!("not valid JSON: {err}"));
            None
        }
        _ => {
            problems.push(
                file,
                "features",
                "expected a FeatureCollection with \"features\"",
            );
            None
        }
    }
}

/// What the map needs of one feature, whichever way it was read.
struct MapFeature {
    properties: Option<Map<String, Value>>,
    /// `Err` holds why the geometry could not be read.
    geometry: Result<Option<Geometry>, String>,
}

impl MapFeature {
    /// Properties and geometry read apart, so a bad geometry still names its feature's key
    /// and a feature without `"type": "Feature"` is read as before the crate.
    fn lenient(text: &str) -> Result<Self, String> {
        #[derive(serde::Deserialize)]
        struct Parts<'a> {
            properties: Option<Map<String, Value>>,
            #[serde(borrow)]
            geometry: Option<&'a RawValue>,
        }
        let parts = serde_json::from_str::<Parts<'_>>(text).map_err(|err| message_of(&err))?;
        let geometry = match parts.geometry {
            Some(raw) if raw.get() != "null" => read_geometry(raw.get()).map(Some),
            _ => Ok(None),
        };
        Ok(Self {
            properties: parts.properties,
            geometry,
        })
    }

    fn text_property(&self, name: &str) -> Option<String> {
        self.properties
            .as_ref()
            .and_then(|p| p.get(name))
            .and_then(Value::as_str)
            .map(str::to_owned)
    }
}

struct MapReader<'a> {
    file: &'a str,
    problems: &'a mut Problems,
    countries: Vec<super::Country>,
}

impl MapReader<'_> {
    fn add(&mut self, index: usize, feature: MapFeature) {
        let file = self.file;
        let Some(key) = feature.text_property("key").filter(|k| !k.is_empty()) else {
            self.problems.push(
                file,
                format!("features[{index}].properties.key"),
                "missing key",
            );
            return;
        };
        let path = format!("features[{index}] (key \"{key}\")");
        if self.countries.iter().any(|c| c.key == key) {
            self.problems
                .push(file, &path, "duplicate key; this feature is skipped");
            return;
        }
        let name = feature.text_property("name").unwrap_or_else(|| key.clone());
        match feature.geometry.and_then(read_polygons) {
            Ok(raw_polygons) => {
                let repaired: Vec<Vec<Vec<LonLat>>> = raw_polygons
                    .iter()
                    .flat_map(|p| repair_polygon(p))
                    .collect();
                if repaired.is_empty() {
                    self.problems
                        .push(file, &path, "no drawable polygon after repair");
                    return;
                }
                let country = build_country(key, name, &repaired);
                if country.unfilled_polygons > 0 {
                    self.problems.push(
                        file,
                        format!("{path}.geometry"),
                        format!(
                            "{} polygon(s) too intricate to fill (rings zigzag across the whole shape); only their outline is drawn",
                            country.unfilled_polygons
                        ),
                    );
                }
                self.countries.push(country);
            }
            Err(message) => self
                .problems
                .push(file, format!("{path}.geometry"), message),
        }
    }

    /// Reads the features from `first` on, each from its own text.
    fn add_one_by_one(&mut self, features: &str, first: usize) {
        // Already checked as JSON by `features_array`, so this split does not fail.
        let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(features) else {
            return;
        };
        for (index, item) in items.iter().enumerate().skip(first) {
            match MapFeature::lenient(item.get()) {
                Ok(feature) => self.add(index, feature),
                Err(message) => {
                    self.problems
                        .push(self.file, format!("features[{index}]"), message);
                }
            }
        }
    }
}

fn read_polygons(geometry: Option<Geometry>) -> Result<Vec<Vec<Vec<LonLat>>>, String> {
    match geometry.ok_or("missing geometry")?.value {
        GeometryValue::Polygon { coordinates } => Ok(vec![read_polygon(&coordinates)?]),
        GeometryValue::MultiPolygon { coordinates } => {
            coordinates.iter().map(|p| read_polygon(p)).collect()
        }
        other => Err(format!(
            "expected Polygon or MultiPolygon, found {}",
            other.type_name()
        )),
    }
}

fn read_polygon(rings: &[Vec<Position>]) -> Result<Vec<Vec<LonLat>>, String> {
    rings.iter().map(|ring| read_ring(ring)).collect()
}

/// A geometry the crate's stream rejected, read alone. A type the map cannot draw is named
/// as such before what the crate says about its coordinates.
fn read_geometry(text: &str) -> Result<Geometry, String> {
    #[derive(serde::Deserialize)]
    struct Typed {
        #[serde(rename = "type")]
        kind: Option<String>,
    }
    let kind = serde_json::from_str::<Typed>(text)
        .ok()
        .and_then(|t| t.kind);
    match kind.as_deref() {
        Some("Polygon" | "MultiPolygon") => {}
        other => {
            return Err(format!(
                "expected Polygon or MultiPolygon, found {}",
                other.unwrap_or("no type")
            ));
        }
    }
    serde_json::from_str::<Geometry>(text).map_err(|err| message_of(&err))
}

/// What serde says, without its line and column: they count from the start of the one
/// feature read alone, not of the file, and the problem's path already says where.
fn message_of(err: &serde_json::Error) -> String {
    let message = err.to_string();
    let position = format!(" at line {} column {}", err.line(), err.column());
    message
        .strip_suffix(&position)
        .map_or(message.clone(), str::to_owned)
}

fn read_ring(ring: &[Position]) -> Result<Vec<LonLat>, String> {
    ring.iter()
        .map(|position| match *position.as_slice() {
            [lon, lat, ..] if lon.abs() <= 180.0 && lat.abs() <= 90.0 => Ok([lon, lat]),
            [_, _, ..] => Err(format!(
                "position {} is not [lon, lat] within range",
                json_position(position)
            )),
            _ => Err(format!(
                "position {} is not [lon, lat]",
                json_position(position)
            )),
        })
        .collect()
}

/// A position as the file writes it: `[190,10]`.
fn json_position(position: &Position) -> String {
    let numbers: Vec<String> = position.as_slice().iter().map(f64::to_string).collect();
    format!("[{}]", numbers.join(","))
}

#[cfg(test)]
mod tests {
    use crate::geo::World;
    use crate::geo::world::tests::fixture;
    use crate::problem::Problems;

    #[test]
    fn loads_good_features_and_reports_bad_ones() {
        let (world, problems) = fixture();
        assert_eq!(world.countries.len(), 3);
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].contains("fixture.geojson: features[3].properties.key: missing key"));
        assert!(messages[1].contains("features[4] (key \"BAD\").geometry: expected Polygon"));
    }

    fn read(text: &str) -> (World, Vec<String>) {
        let mut problems = Problems::default();
        let world = World::from_geojson(text, "map.geojson", &mut problems);
        (world, problems.iter().map(ToString::to_string).collect())
    }

    fn keys(world: &World) -> Vec<&str> {
        world.countries.iter().map(|c| c.key.as_str()).collect()
    }

    const SQUARE: &str = r#"{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}"#;

    #[test]
    fn a_feature_the_crate_rejects_is_named_and_the_rest_still_load() {
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[
              {{"type":"Feature","properties":{{"key":"AAA"}},"geometry":{SQUARE}}},
              {{"type":"Feature","properties":{{"key":"BAD"}},
                "geometry":{{"type":"Polygon","coordinates":[[[0,0],["east",1],[1,1],[0,0]]]}}}},
              {{"properties":{{"key":"UNTYPED"}},"geometry":{SQUARE}}},
              {{"type":"Feature","properties":{{"key":"FAR"}},
                "geometry":{{"type":"Polygon","coordinates":[[[0,0],[200,1.5],[1,1],[0,0]]]}}}},
              {{"type":"Feature","properties":{{"key":"NONE"}},"geometry":null}},
              {{"type":"Feature","properties":{{"key":"AAA"}},"geometry":{SQUARE}}},
              {{"type":"Feature","properties":{{"key":"LINE"}},
                "geometry":{{"type":"LineString","coordinates":[[[0,0],[1,1]]]}}}},
              {{"type":"Feature","properties":{{"key":"ZZZ"}},"geometry":{SQUARE}}}
            ]}}"#
        );
        let (world, messages) = read(&text);
        assert_eq!(keys(&world), ["AAA", "UNTYPED", "ZZZ"], "{messages:?}");
        assert_eq!(
            messages,
            [
                "map.geojson: features[1] (key \"BAD\").geometry: invalid type: string \"east\", expected f64",
                "map.geojson: features[3] (key \"FAR\").geometry: position [200,1.5] is not [lon, lat] within range",
                "map.geojson: features[4] (key \"NONE\").geometry: missing geometry",
                "map.geojson: features[5] (key \"AAA\"): duplicate key; this feature is skipped",
                "map.geojson: features[6] (key \"LINE\").geometry: expected Polygon or MultiPolygon, found LineString",
            ]
        );
    }

    #[test]
    fn broken_json_is_one_problem_with_its_line_and_nothing_loads() {
        let text = format!(
            "{{\"type\":\"FeatureCollection\",\"features\":[\n{{\"type\":\"Feature\",\"properties\":{{\"key\":\"AAA\"}},\"geometry\":{SQUARE}}},\n{{\"type\":}}]}}"
        );
        let (world, messages) = read(&text);
        assert!(world.countries.is_empty());
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(
            messages[0].starts_with("map.geojson: not valid JSON: "),
            "{messages:?}"
        );
        assert!(messages[0].contains("line 3"), "{messages:?}");
    }

    #[test]
    fn members_before_features_and_an_empty_map_are_read() {
        let text = format!(
            r#"{{"type":"FeatureCollection","bbox":[-180,-90,180,90],
               "features":[{{"type":"Feature","properties":{{"key":"AAA"}},"geometry":{SQUARE}}}]}}"#
        );
        let (world, messages) = read(&text);
        assert_eq!((keys(&world), messages.len()), (vec!["AAA"], 0));
        let (world, messages) = read(r#"{"type":"FeatureCollection","features":[ ]}"#);
        assert_eq!((world.countries.len(), messages.len()), (0, 0));
        let (_, messages) = read(r#"{"type":"Polygon","coordinates":[]}"#);
        assert_eq!(
            messages,
            ["map.geojson: features: expected a FeatureCollection with \"features\""]
        );
    }
}
