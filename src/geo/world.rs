//! The countries of the map: repaired, projected and triangulated once at load, then only
//! transformed and drawn. Hit testing answers "which country is under this point".

use serde_json::Value;

use super::clean::{LonLat, is_map_edge, repair_polygon, signed_area};
use super::projection::{WorldPoint, lon_lat_from_world, world_from_lon_lat};
use crate::problem::Problems;

/// Axis-aligned box in world units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WorldRect {
    pub min: WorldPoint,
    pub max: WorldPoint,
}

impl WorldRect {
    pub const EMPTY: Self = Self {
        min: WorldPoint {
            x: f64::MAX,
            y: f64::MAX,
        },
        max: WorldPoint {
            x: f64::MIN,
            y: f64::MIN,
        },
    };

    pub fn extend(&mut self, p: WorldPoint) {
        self.min.x = self.min.x.min(p.x);
        self.min.y = self.min.y.min(p.y);
        self.max.x = self.max.x.max(p.x);
        self.max.y = self.max.y.max(p.y);
    }

    pub fn contains(&self, p: WorldPoint) -> bool {
        p.x >= self.min.x && p.x <= self.max.x && p.y >= self.min.y && p.y <= self.max.y
    }

    pub fn intersects(&self, other: &Self) -> bool {
        self.min.x <= other.max.x
            && other.min.x <= self.max.x
            && self.min.y <= other.max.y
            && other.min.y <= self.max.y
    }

    pub fn center(&self) -> WorldPoint {
        WorldPoint {
            x: f64::midpoint(self.min.x, self.max.x),
            y: f64::midpoint(self.min.y, self.max.y),
        }
    }
}

/// One country (or territory) of the map, in world units.
#[derive(Clone, Debug)]
pub struct Country {
    pub key: String,
    pub name: String,
    pub bbox: WorldRect,
    /// Polygons for hit testing: outer ring then holes.
    pub polygons: Vec<Vec<Vec<WorldPoint>>>,
    /// Borders to stroke, already split where a ring runs along the map's edge.
    pub outlines: Vec<Vec<WorldPoint>>,
    /// For each outline, for each segment (point i to i+1), the country on its other side,
    /// if it shares that exact segment: lets the map hide borders inside a state of the time.
    pub outline_neighbors: Vec<Vec<Option<u32>>>,
    /// Triangulated fill: triangle indices into the points of `polygons`, in order (see
    /// `fill_vertices`), so the map keeps one copy of every point.
    pub fill_indices: Vec<u32>,
    /// Where a label goes: the centre of the largest polygon's box.
    pub label_anchor: WorldPoint,
    /// The largest polygon's box: a label is drawn only if it fits in it.
    pub label_box: WorldRect,
    /// Area in world units², for label priority.
    pub area: f64,
    /// Per ring of `polygons`, its edges sorted into horizontal bands, so a hit test
    /// crosses only the edges at the point's height (built by `World::new`).
    pub ring_bands: Vec<Vec<RingBands>>,
}

/// A ring's edges by horizontal band: the even-odd ray cast at height y only needs the
/// edges whose y-range contains y, which on a 10m coast is a few dozen of thousands.
#[derive(Clone, Debug, Default)]
pub struct RingBands {
    min_y: f64,
    band_height: f64,
    /// Edge `i` runs from point `i` to point `i + 1` (the last back to the first).
    bands: Vec<Vec<u32>>,
}

/// Rings with fewer points are tested edge by edge.
const MIN_POINTS_FOR_BANDS: usize = 64;
/// About this many edges per band.
const EDGES_PER_BAND: usize = 16;

impl RingBands {
    fn new(ring: &[WorldPoint]) -> Self {
        if ring.len() < MIN_POINTS_FOR_BANDS {
            return Self::default();
        }
        let (min_y, max_y) = ring.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
            (lo.min(p.y), hi.max(p.y))
        });
        let count = (ring.len() / EDGES_PER_BAND).clamp(1, 4096);
        let band_height = ((max_y - min_y) / count as f64).max(f64::EPSILON);
        let band_of =
            |y: f64| (((y - min_y) / band_height).floor().max(0.0) as usize).min(count - 1);
        let mut bands = vec![Vec::new(); count];
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            let (first, last) = (band_of(a.y.min(b.y)), band_of(a.y.max(b.y)));
            for band in &mut bands[first..=last] {
                band.push(i as u32);
            }
        }
        Self {
            min_y,
            band_height,
            bands,
        }
    }

    /// Even-odd test through the band at `p.y`; `None` when the ring has no bands.
    fn contains(&self, ring: &[WorldPoint], p: WorldPoint) -> Option<bool> {
        if self.bands.is_empty() {
            return None;
        }
        let band = (p.y - self.min_y) / self.band_height;
        if band < 0.0 || band >= self.bands.len() as f64 + 1.0 {
            return Some(false);
        }
        let edges = &self.bands[(band as usize).min(self.bands.len() - 1)];
        let mut inside = false;
        for &i in edges {
            let i = i as usize;
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            if crosses(a, b, p) {
                inside = !inside;
            }
        }
        Some(inside)
    }
}

/// Whether a ray from `p` towards +x crosses the edge `a`–`b` (half-open in y).
fn crosses(a: WorldPoint, b: WorldPoint, p: WorldPoint) -> bool {
    (a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x
}

impl Country {
    /// The points the fill's triangles index: every ring of every polygon, in order.
    pub fn fill_vertices(&self) -> impl Iterator<Item = WorldPoint> + '_ {
        self.polygons.iter().flatten().flatten().copied()
    }

    /// Even-odd point-in-polygon over every ring of every polygon.
    pub fn contains(&self, p: WorldPoint) -> bool {
        if !self.bbox.contains(p) {
            return false;
        }
        self.polygons
            .iter()
            .enumerate()
            .any(|(polygon_index, polygon)| {
                let bands = self.ring_bands.get(polygon_index);
                polygon
                    .iter()
                    .enumerate()
                    .filter(|(ring_index, ring)| {
                        bands
                            .and_then(|b| b.get(*ring_index))
                            .and_then(|b| b.contains(ring, p))
                            .unwrap_or_else(|| ring_contains(ring, p))
                    })
                    .count()
                    % 2
                    == 1
            })
    }

    /// Shortest distance in km from a point to this country (0 inside), on the sphere,
    /// measured to its ring vertices and edges sampled finely enough for a 50 km check.
    pub fn distance_km(&self, lon: f64, lat: f64) -> f64 {
        if self.contains(world_from_lon_lat(lon, lat)) {
            return 0.0;
        }
        let mut best = f64::MAX;
        // Degrees back from the projected rings: `validate` alone asks, so the map keeps no
        // second copy of every point.
        for projected in self.polygons.iter().flatten() {
            let ring: Vec<LonLat> = projected
                .iter()
                .filter_map(|p| lon_lat_from_world(*p))
                .map(|(lon, lat)| [lon, lat])
                .collect();
            for i in 0..ring.len() {
                let a = ring[i];
                let b = ring[(i + 1) % ring.len()];
                // Sample the edge so long edges of coarse maps do not hide a near point.
                let steps = (((a[0] - b[0]).abs() + (a[1] - b[1]).abs()) / 0.1)
                    .ceil()
                    .max(1.0);
                for s in 0..steps as usize {
                    let t = s as f64 / steps;
                    let point = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
                    best = best.min(haversine_km([lon, lat], point));
                }
            }
        }
        best
    }
}

pub fn haversine_km(a: LonLat, b: LonLat) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0;
    let (lat1, lat2) = (a[1].to_radians(), b[1].to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b[0] - a[0]).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().asin()
}

fn ring_contains(ring: &[WorldPoint], p: WorldPoint) -> bool {
    let mut inside = false;
    let mut j = ring.len() - 1;
    for i in 0..ring.len() {
        if crosses(ring[i], ring[j], p) {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// All countries, with a coarse grid to find candidates for a hit test quickly.
#[derive(Default)]
pub struct World {
    pub countries: Vec<Country>,
    grid: HitGrid,
    index_by_key: std::collections::HashMap<String, usize>,
}

const GRID_COLUMNS: usize = 64;
const GRID_ROWS: usize = 32;

/// Country indices per cell of a uniform grid over the map's extent.
#[derive(Default)]
struct HitGrid {
    cells: Vec<Vec<u32>>,
}

impl HitGrid {
    fn cell_range(
        rect: &WorldRect,
    ) -> (
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    ) {
        let column = |x: f64| {
            (((x + super::HALF_WIDTH) / (2.0 * super::HALF_WIDTH)) * GRID_COLUMNS as f64)
                .floor()
                .clamp(0.0, (GRID_COLUMNS - 1) as f64) as usize
        };
        let row = |y: f64| {
            (((y + super::HALF_HEIGHT) / (2.0 * super::HALF_HEIGHT)) * GRID_ROWS as f64)
                .floor()
                .clamp(0.0, (GRID_ROWS - 1) as f64) as usize
        };
        (
            column(rect.min.x)..=column(rect.max.x),
            row(rect.min.y)..=row(rect.max.y),
        )
    }

    fn build(countries: &[Country]) -> Self {
        let mut cells = vec![Vec::new(); GRID_COLUMNS * GRID_ROWS];
        for (index, country) in countries.iter().enumerate() {
            let (columns, rows) = Self::cell_range(&country.bbox);
            for row in rows {
                for column in columns.clone() {
                    cells[row * GRID_COLUMNS + column].push(index as u32);
                }
            }
        }
        Self { cells }
    }

    fn candidates(&self, p: WorldPoint) -> &[u32] {
        let (columns, rows) = Self::cell_range(&WorldRect { min: p, max: p });
        let cell = rows.start() * GRID_COLUMNS + columns.start();
        self.cells.get(cell).map_or(&[], Vec::as_slice)
    }
}

impl World {
    pub fn new(mut countries: Vec<Country>) -> Self {
        link_shared_borders(&mut countries);
        for country in &mut countries {
            country.ring_bands = country
                .polygons
                .iter()
                .map(|polygon| polygon.iter().map(|ring| RingBands::new(ring)).collect())
                .collect();
        }
        let grid = HitGrid::build(&countries);
        let index_by_key = countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.key.clone(), i))
            .collect();
        Self {
            countries,
            grid,
            index_by_key,
        }
    }

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

    pub fn country_by_key(&self, key: &str) -> Option<&Country> {
        self.index_of(key).map(|i| &self.countries[i])
    }

    pub fn index_of(&self, key: &str) -> Option<usize> {
        self.index_by_key.get(key).copied()
    }

    /// The country under a world point, if any.
    pub fn hit_test(&self, p: WorldPoint) -> Option<usize> {
        self.grid
            .candidates(p)
            .iter()
            .map(|&i| i as usize)
            .find(|&i| self.countries[i].contains(p))
    }

    pub fn vertex_count(&self) -> usize {
        self.countries
            .iter()
            .map(|c| c.polygons.iter().flatten().map(Vec::len).sum::<usize>())
            .sum()
    }
}

/// Finds, for every border segment, the neighbouring country that has the same segment.
/// A sorted list, not a hash map: one allocation for ~100,000 segments keeps start-up short.
fn link_shared_borders(countries: &mut [Country]) {
    type SegmentKey = ((i64, i64), (i64, i64));
    let quantize = |p: WorldPoint| ((p.x * 1e7).round() as i64, (p.y * 1e7).round() as i64);
    let key = |a: WorldPoint, b: WorldPoint| -> SegmentKey {
        let (a, b) = (quantize(a), quantize(b));
        if a <= b { (a, b) } else { (b, a) }
    };
    let mut owners: Vec<(SegmentKey, u32)> = countries
        .iter()
        .enumerate()
        .flat_map(|(index, country)| {
            country.outlines.iter().flat_map(move |outline| {
                outline
                    .windows(2)
                    .map(move |pair| (key(pair[0], pair[1]), index as u32))
            })
        })
        .collect();
    owners.sort_unstable();
    owners.dedup();
    let neighbour = |segment: SegmentKey, index: usize| {
        let start = owners.partition_point(|(k, _)| *k < segment);
        owners[start..]
            .iter()
            .take_while(|(k, _)| *k == segment)
            .map(|(_, owner)| *owner)
            .find(|&owner| owner as usize != index)
    };
    let linked: Vec<Vec<Vec<Option<u32>>>> = countries
        .iter()
        .enumerate()
        .map(|(index, country)| {
            country
                .outlines
                .iter()
                .map(|outline| {
                    outline
                        .windows(2)
                        .map(|pair| neighbour(key(pair[0], pair[1]), index))
                        .collect()
                })
                .collect()
        })
        .collect();
    for (country, neighbours) in countries.iter_mut().zip(linked) {
        country.outline_neighbors = neighbours;
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

fn project_ring(ring: &[LonLat]) -> Vec<WorldPoint> {
    ring.iter()
        .map(|p| world_from_lon_lat(p[0], p[1]))
        .collect()
}

/// Projects, triangulates and outlines one country's repaired polygons.
pub fn build_country(key: String, name: String, polygons_lon_lat: &[Vec<Vec<LonLat>>]) -> Country {
    let mut bbox = WorldRect::EMPTY;
    let mut polygons = Vec::with_capacity(polygons_lon_lat.len());
    let mut outlines = Vec::new();
    let mut vertex_count = 0u32;
    let mut fill_indices = Vec::new();
    let mut largest = (0.0, WorldRect::EMPTY, 0usize);
    let mut area = 0.0;
    for polygon in polygons_lon_lat {
        let projected: Vec<Vec<WorldPoint>> = polygon.iter().map(|r| project_ring(r)).collect();
        let mut polygon_box = WorldRect::EMPTY;
        for p in projected.iter().flatten() {
            polygon_box.extend(*p);
            bbox.extend(*p);
        }
        let outer_area =
            signed_area(&projected[0].iter().map(|p| [p.x, p.y]).collect::<Vec<_>>()).abs();
        area += outer_area;
        if outer_area > largest.0 {
            largest = (outer_area, polygon_box, polygons.len());
        }
        // Triangulate in world units.
        let mut flat = Vec::new();
        let mut hole_starts = Vec::new();
        for (i, ring) in projected.iter().enumerate() {
            if i > 0 {
                hole_starts.push(flat.len() / 2);
            }
            for p in ring {
                flat.push(p.x);
                flat.push(p.y);
            }
        }
        if let Ok(triangles) = earcutr::earcut(&flat, &hole_starts, 2) {
            fill_indices.extend(triangles.iter().map(|&i| vertex_count + i as u32));
        }
        vertex_count += (flat.len() / 2) as u32;
        // Outlines: each ring as a closed path, cut where it runs along the map's edge.
        for (ring_lon_lat, ring) in polygon.iter().zip(&projected) {
            let n = ring.len();
            let start =
                (0..n).find(|&i| is_map_edge(ring_lon_lat[(i + n - 1) % n], ring_lon_lat[i]));
            let mut current = Vec::new();
            let offset = start.unwrap_or(0);
            for step in 0..=n {
                let i = (offset + step) % n;
                let previous = (i + n - 1) % n;
                if step > 0 && is_map_edge(ring_lon_lat[previous], ring_lon_lat[i]) {
                    if current.len() > 1 {
                        outlines.push(std::mem::take(&mut current));
                    }
                    current.clear();
                }
                current.push(ring[i]);
            }
            if current.len() > 1 {
                outlines.push(current);
            }
        }
        polygons.push(projected);
    }
    let fill_vertices: Vec<WorldPoint> = polygons.iter().flatten().flatten().copied().collect();
    let label_anchor = label_anchor(
        &polygons,
        largest.2,
        largest.1,
        &fill_vertices,
        &fill_indices,
    );
    Country {
        key,
        name,
        bbox,
        polygons,
        outline_neighbors: Vec::new(),
        outlines,
        fill_indices,
        label_anchor,
        label_box: largest.1,
        area,
        ring_bands: Vec::new(),
    }
}

/// Where a name goes: the centre of the largest polygon's box if that lies in the polygon,
/// else (a crescent, a long coast) the middle of its largest triangle, which always does.
fn label_anchor(
    polygons: &[Vec<Vec<WorldPoint>>],
    largest: usize,
    largest_box: WorldRect,
    fill_vertices: &[WorldPoint],
    fill_indices: &[u32],
) -> WorldPoint {
    let center = largest_box.center();
    let inside = polygons.get(largest).is_some_and(|polygon| {
        polygon
            .iter()
            .filter(|ring| ring_contains(ring, center))
            .count()
            % 2
            == 1
    });
    if inside {
        return center;
    }
    fill_indices
        .chunks_exact(3)
        .map(|t| [t[0], t[1], t[2]].map(|i| fill_vertices[i as usize]))
        .filter(|[a, b, c]| [a, b, c].iter().all(|p| largest_box.contains(**p)))
        .max_by(|x, y| triangle_area(x).total_cmp(&triangle_area(y)))
        .map_or(center, |[a, b, c]| WorldPoint {
            x: (a.x + b.x + c.x) / 3.0,
            y: (a.y + b.y + c.y) / 3.0,
        })
}

fn triangle_area([a, b, c]: &[WorldPoint; 3]) -> f64 {
    ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_anchor_lies_in_its_country() {
        let atlas = crate::data::load_atlas(&crate::data::DataSource::Bundled);
        for country in &atlas.world.countries {
            assert!(
                country.contains(country.label_anchor),
                "{} label outside",
                country.key
            );
        }
    }

    const FIXTURE: &str = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"key":"SQR","name":"Squareland"},
       "geometry":{"type":"Polygon","coordinates":[[[0,0],[0,10],[10,10],[10,0],[0,0]]]}},
      {"type":"Feature","properties":{"key":"DON","name":"Donut"},
       "geometry":{"type":"Polygon","coordinates":[[[20,0],[20,10],[30,10],[30,0],[20,0]],
                                                    [[23,3],[27,3],[27,7],[23,7],[23,3]]]}},
      {"type":"Feature","properties":{"key":"FJI","name":"Fiji-like"},
       "geometry":{"type":"Polygon","coordinates":[[[175,-15],[-175,-15],[-175,-20],[175,-20],[175,-15]]]}},
      {"type":"Feature","properties":{"name":"No key"},
       "geometry":{"type":"Polygon","coordinates":[[[40,0],[40,1],[41,1],[40,0]]]}},
      {"type":"Feature","properties":{"key":"BAD"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}
    ]}"#;

    fn fixture() -> (World, Problems) {
        let mut problems = Problems::default();
        let world = World::from_geojson(FIXTURE, "fixture.geojson", &mut problems);
        (world, problems)
    }

    #[test]
    fn loads_good_features_and_reports_bad_ones() {
        let (world, problems) = fixture();
        assert_eq!(world.countries.len(), 3);
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].contains("fixture.geojson: features[3].properties.key: missing key"));
        assert!(messages[1].contains("features[4] (key \"BAD\").geometry: expected Polygon"));
    }

    #[test]
    fn hit_test_finds_the_country_and_not_the_sea_or_a_hole() {
        let (world, _) = fixture();
        let at = |lon, lat| {
            world
                .hit_test(world_from_lon_lat(lon, lat))
                .map(|i| world.countries[i].key.as_str())
        };
        assert_eq!(at(5.0, 5.0), Some("SQR"));
        assert_eq!(at(21.0, 5.0), Some("DON"));
        assert_eq!(at(25.0, 5.0), None, "inside the hole");
        assert_eq!(at(15.0, 5.0), None, "the sea between");
        assert_eq!(at(179.0, -17.0), Some("FJI"));
        assert_eq!(
            at(-178.0, -17.0),
            Some("FJI"),
            "east of the antimeridian too"
        );
        assert_eq!(at(0.0, 17.0), None);
    }

    #[test]
    fn triangulation_covers_the_area_of_each_country() {
        let (world, _) = fixture();
        for country in &world.countries {
            let triangles: f64 = country
                .fill_indices
                .chunks(3)
                .map(|t| {
                    let vertices: Vec<WorldPoint> = country.fill_vertices().collect();
                    let [a, b, c] = [0, 1, 2].map(|k| vertices[t[k] as usize]);
                    ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0
                })
                .sum();
            let rings: f64 = country
                .polygons
                .iter()
                .flatten()
                .map(|r| signed_area(&r.iter().map(|p| [p.x, p.y]).collect::<Vec<_>>()))
                .sum();
            assert!(
                (triangles - rings).abs() < 1e-9,
                "{}: {triangles} vs {rings}",
                country.key
            );
        }
    }

    #[test]
    fn split_country_has_no_outline_along_the_antimeridian() {
        let (world, _) = fixture();
        let fiji = world.country_by_key("FJI").unwrap();
        assert_eq!(fiji.polygons.len(), 2);
        let on_edge = |p: WorldPoint| {
            let (lon, _) = super::super::lon_lat_from_world(p).unwrap();
            (lon.abs() - 180.0).abs() < 1e-6
        };
        assert!(!fiji.outlines.is_empty());
        for line in &fiji.outlines {
            for pair in line.windows(2) {
                assert!(
                    !(on_edge(pair[0]) && on_edge(pair[1])),
                    "outline runs along the map edge: {pair:?}"
                );
            }
        }
    }

    #[test]
    fn shared_borders_know_their_neighbour() {
        let mut problems = Problems::default();
        let text = r#"{"features":[
          {"properties":{"key":"AAA"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[0,10],[10,10],[10,0],[0,0]]]}},
          {"properties":{"key":"BBB"},"geometry":{"type":"Polygon","coordinates":[[[10,0],[10,10],[20,10],[20,0],[10,0]]]}}]}"#;
        let world = World::from_geojson(text, "pair.geojson", &mut problems);
        let a = world.country_by_key("AAA").unwrap();
        let shared: usize = a
            .outline_neighbors
            .iter()
            .flatten()
            .filter(|n| **n == Some(1))
            .count();
        let free: usize = a
            .outline_neighbors
            .iter()
            .flatten()
            .filter(|n| n.is_none())
            .count();
        assert_eq!((shared, free), (1, 3), "{:?}", a.outline_neighbors);
    }

    #[test]
    fn banded_hit_test_agrees_with_crossing_every_edge() {
        let atlas = crate::data::load_atlas(&crate::data::DataSource::Bundled);
        let world = &atlas.world;
        let brute = |p: WorldPoint| {
            world.countries.iter().position(|c| {
                c.bbox.contains(p)
                    && c.polygons.iter().any(|polygon| {
                        polygon.iter().filter(|ring| ring_contains(ring, p)).count() % 2 == 1
                    })
            })
        };
        let banded_rings: usize = world
            .countries
            .iter()
            .flat_map(|c| c.ring_bands.iter().flatten())
            .filter(|b| !b.bands.is_empty())
            .count();
        assert!(banded_rings > 50, "{banded_rings} rings use bands");
        let mut land = 0;
        for i in 0..300 {
            for j in 0..150 {
                let p = crate::geo::world_from_lon_lat(
                    -179.5 + f64::from(i) * 1.2,
                    -80.0 + f64::from(j) * 1.1,
                );
                let hit = world.hit_test(p);
                assert_eq!(hit, brute(p), "at {p:?}");
                land += usize::from(hit.is_some());
            }
        }
        assert!(land > 10_000, "{land} points on land");
    }

    #[test]
    fn distance_to_a_country() {
        let (world, _) = fixture();
        let square = world.country_by_key("SQR").unwrap();
        assert!(square.distance_km(5.0, 5.0) < 1e-9);
        let one_degree_east = square.distance_km(11.0, 5.0);
        assert!((one_degree_east - 110.8).abs() < 1.0, "{one_degree_east}");
    }
}
