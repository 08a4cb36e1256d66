//! Reading a map of countries (a `.geojson` file) into `World`, with the `geojson` crate's
//! streaming feature reader. Its types stay in this file: each feature becomes a key, a name and
//! polygons in degrees, which `build_country` projects and triangulates.

use geojson::{Geometry, GeometryValue, Position};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::clean::{LonLat, repair_polygon};
use super::country::build_country;
use super::world::World;
use crate::problem::Problems;
use crate::problem::json::{self, Document};

/// Most points one feature may have (a country's outline at 1:10m has at most a few
/// hundred thousand); a larger one is left out before it is read.
pub const MAX_POINTS_PER_FEATURE: usize = 2_500_000;
/// Most points a whole map may have; features past it are left out.
pub const MAX_POINTS_PER_MAP: usize = 4_000_000;

impl World {
    /// Reads a `FeatureCollection` of Polygon/MultiPolygon features with a `key` property.
    /// Features that cannot be read are reported and skipped; a broken feature (a stray
    /// byte, a `NaN`) does not stop the others from loading.
    pub fn from_geojson(text: &str, file: &str, problems: &mut Problems) -> Self {
        let document = Document::new(file, text);
        // The features' texts only: one feature's geometry in memory at a time, as a map's
        // whole JSON tree would take several times the file's size.
        let Some(features) = json::array_items(text, "features") else {
            if document.syntax_error().is_some() {
                document.report_syntax_outside_items(problems);
            } else {
                problems.push(
                    file,
                    "features",
                    "expected a FeatureCollection with \"features\"",
                );
            }
            return Self::default();
        };
        let mut reader = MapReader {
            file,
            problems,
            countries: Vec::new(),
            keys: std::collections::HashSet::new(),
            points: 0,
            over_map_limit: 0,
        };
        for (index, feature) in features.iter().enumerate() {
            reader.add_text(&document, index, feature);
        }
        if reader.over_map_limit > 0 {
            reader.problems.push(
                file,
                "features",
                format!(
                    "{} feature(s) left out: the map has more than {MAX_POINTS_PER_MAP} points in all",
                    reader.over_map_limit
                ),
            );
        }
        document.report_syntax_outside_items(reader.problems);
        Self::new(reader.countries)
    }
}

/// What the map needs of one feature, whichever way it was read.
struct MapFeature {
    properties: Option<Map<String, Value>>,
    /// `Err` holds the field and why it could not be read.
    geometry: Result<Option<Geometry>, (String, String)>,
}

impl MapFeature {
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
    keys: std::collections::HashSet<String>,
    /// Points read so far, for [`MAX_POINTS_PER_MAP`].
    points: usize,
    /// Features left out because the map's points ran over its limit.
    over_map_limit: usize,
}

impl MapReader<'_> {
    /// Reads one feature from its text: properties and geometry apart, so a bad geometry
    /// still names its feature's key and a feature without `"type": "Feature"` is read too.
    fn add_text(&mut self, document: &Document<'_>, index: usize, text: &str) {
        #[derive(serde::Deserialize)]
        struct Parts<'a> {
            properties: Option<Map<String, Value>>,
            #[serde(borrow)]
            geometry: Option<&'a RawValue>,
        }
        let path = match json::item_id(text, "key") {
            Some(key) => format!("features[{index}] (key \"{key}\")"),
            None => format!("features[{index}]"),
        };
        // Every point opens a bracket: counted before reading, so a huge feature costs no
        // memory.
        let brackets = text.bytes().filter(|&b| b == b'[').count();
        if brackets > MAX_POINTS_PER_FEATURE {
            self.problems.push(
                self.file,
                format!("{path}.geometry"),
                format!(
                    "about {brackets} points, more than the {MAX_POINTS_PER_FEATURE} one feature may have; this feature is left out (simplify it)"
                ),
            );
            return;
        }
        if self.points + brackets > MAX_POINTS_PER_MAP {
            self.over_map_limit += 1;
            return;
        }
        let Some(parts) = document.read_item::<Parts>(document.item(text), &path, self.problems)
        else {
            return;
        };
        let geometry = match parts.geometry {
            Some(raw) if raw.get() != "null" => {
                if let Err(message) = drawable_type(raw.get()) {
                    Err(("geometry".to_owned(), message))
                } else {
                    let geometry_path = format!("{path}.geometry");
                    let item = document.item(raw.get());
                    let Some(geometry) =
                        document.read_item::<Geometry>(item, &geometry_path, self.problems)
                    else {
                        return;
                    };
                    Ok(Some(geometry))
                }
            }
            _ => Ok(None),
        };
        self.points += brackets;
        self.add(
            index,
            MapFeature {
                properties: parts.properties,
                geometry,
            },
        );
    }

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
        if !self.keys.insert(key.clone()) {
            self.problems
                .push(file, &path, "duplicate key; this feature is skipped");
            return;
        }
        let name = feature.text_property("name").unwrap_or_else(|| key.clone());
        match feature
            .geometry
            .and_then(|g| read_polygons(g).map_err(|m| ("geometry".to_owned(), m)))
        {
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
            Err((field, message)) => self.problems.push(file, format!("{path}.{field}"), message),
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

/// A geometry's type, checked before its coordinates: a type the map cannot draw is named
/// as such before anything about its coordinates.
fn drawable_type(text: &str) -> Result<(), String> {
    #[derive(serde::Deserialize)]
    struct Typed {
        #[serde(rename = "type")]
        kind: Option<String>,
    }
    let kind = serde_json::from_str::<Typed>(text)
        .ok()
        .and_then(|t| t.kind);
    match kind.as_deref() {
        Some("Polygon" | "MultiPolygon") => Ok(()),
        other => Err(format!(
            "expected Polygon or MultiPolygon, found {}",
            other.unwrap_or("no type")
        )),
    }
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
                "map.geojson: features[1] (key \"BAD\").geometry.coordinates[0][1][0]: invalid type: string \"east\", expected f64",
                "map.geojson: features[3] (key \"FAR\").geometry: position [200,1.5] is not [lon, lat] within range",
                "map.geojson: features[4] (key \"NONE\").geometry: missing geometry",
                "map.geojson: features[5] (key \"AAA\"): duplicate key; this feature is skipped",
                "map.geojson: features[6] (key \"LINE\").geometry: expected Polygon or MultiPolygon, found LineString",
            ]
        );
    }

    #[test]
    fn broken_json_drops_only_its_feature_and_names_its_line() {
        let text = format!(
            "{{\"type\":\"FeatureCollection\",\"features\":[\n{{\"type\":\"Feature\",\"properties\":{{\"key\":\"AAA\"}},\"geometry\":{SQUARE}}},\n{{\"type\":}}]}}"
        );
        let (world, messages) = read(&text);
        assert_eq!(keys(&world), ["AAA"]);
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(
            messages[0].starts_with(
                "map.geojson: features[1]: not valid JSON at line 3 column 9: expected value"
            ),
            "{messages:?}"
        );
    }

    #[test]
    fn a_nan_or_huge_coordinate_drops_only_its_feature() {
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[
              {{"type":"Feature","properties":{{"key":"NAN"}},"geometry":{{"type":"Polygon","coordinates":[[[0,0],[NaN,1],[1,1],[0,0]]]}}}},
              {{"type":"Feature","properties":{{"key":"AAA"}},"geometry":{SQUARE}}},
              {{"type":"Feature","properties":{{"key":"BIG"}},"geometry":{{"type":"Polygon","coordinates":[[[0,0],[1e400,1],[1,1],[0,0]]]}}}}
            ]}}"#
        );
        let (world, messages) = read(&text);
        assert_eq!(keys(&world), ["AAA"], "{messages:?}");
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].starts_with("map.geojson: features[0] (key \"NAN\").geometry.coordinates[0][1][0]: not valid JSON at line 2 column "), "{messages:?}");
        assert!(
            messages[0].contains("NaN is not a number JSON allows"),
            "{messages:?}"
        );
        assert!(messages[1].starts_with("map.geojson: features[2] (key \"BIG\").geometry.coordinates[0][1][0]: not valid JSON at line 4 column "), "{messages:?}");
        assert!(
            messages[1].contains("the number 1e400 is out of range"),
            "{messages:?}"
        );
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
