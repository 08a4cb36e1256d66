//! One country of the map: projected, triangulated and outlined once at load, with
//! where its name goes and how far a point lies from it.

use super::clean::{LonLat, is_map_edge, signed_area};
use super::hit::{RingBands, polygon_contains, ring_contains};
use super::projection::{WorldPoint, lon_lat_from_world, world_from_lon_lat};
use super::rect::WorldRect;
use super::triangulate::triangulate;

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
    /// Triangulated fill: triangle indices into the points of `polygons`, in order, then
    /// `fill_extra` (see `fill_vertices`), so the map keeps one copy of every point.
    pub fill_indices: Vec<u32>,
    /// Points a large polygon gained where it was cut into bands to triangulate.
    pub fill_extra: Vec<WorldPoint>,
    /// Polygons too intricate to fill in bounded time: only their outline is drawn.
    pub unfilled_polygons: usize,
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

impl Country {
    /// The points the fill's triangles index: every ring of every polygon, in order, then
    /// the points added where a large polygon was cut.
    pub fn fill_vertices(&self) -> impl Iterator<Item = WorldPoint> + '_ {
        self.polygons
            .iter()
            .flatten()
            .flatten()
            .chain(&self.fill_extra)
            .copied()
    }

    /// Even-odd point-in-polygon over every ring of every polygon.
    pub fn contains(&self, p: WorldPoint) -> bool {
        self.bbox.contains(p)
            && self.polygons.iter().enumerate().any(|(index, polygon)| {
                polygon_contains(polygon, self.ring_bands.get(index).map(Vec::as_slice), p)
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
    let total_points: u32 = polygons_lon_lat
        .iter()
        .flatten()
        .map(|r| r.len() as u32)
        .sum();
    let mut fill_indices = Vec::new();
    let mut fill_extra = Vec::new();
    let mut unfilled_polygons = 0;
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
        // Triangulate in world units; a large polygon in bands, each with its cut points.
        let triangles = triangulate(&projected);
        let polygon_points: u32 = projected.iter().map(|ring| ring.len() as u32).sum();
        let extra_base = total_points + fill_extra.len() as u32;
        fill_indices.extend(triangles.indices.iter().map(|&i| {
            if i < polygon_points {
                vertex_count + i
            } else {
                extra_base + (i - polygon_points)
            }
        }));
        fill_extra.extend(triangles.extra);
        unfilled_polygons += usize::from(triangles.unfilled);
        vertex_count += polygon_points;
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
    let fill_vertices: Vec<WorldPoint> = polygons
        .iter()
        .flatten()
        .flatten()
        .chain(&fill_extra)
        .copied()
        .collect();
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
        fill_extra,
        unfilled_polygons,
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
    use crate::geo::world::tests::{bundled_50m_world, fixture};

    #[test]
    fn every_label_anchor_lies_in_its_country() {
        let world = bundled_50m_world();
        for country in &world.countries {
            assert!(
                country.contains(country.label_anchor),
                "{} label outside",
                country.key
            );
        }
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
    fn distance_to_a_country() {
        let (world, _) = fixture();
        let square = world.country_by_key("SQR").unwrap();
        assert!(square.distance_km(5.0, 5.0) < 1e-9);
        let one_degree_east = square.distance_km(11.0, 5.0);
        assert!((one_degree_east - 110.8).abs() < 1.0, "{one_degree_east}");
    }
}
