//! Repairs that planar drawing needs, applied to every ring on load:
//! rings that cross the 180° meridian are split at it, a ring that winds around a pole
//! (Antarctica) is closed along the map's bottom (or top) edge, degenerate rings are dropped,
//! outer rings are made counter-clockwise and holes clockwise (RFC 7946).

/// Longitude, latitude in degrees.
pub type LonLat = [f64; 2];

/// One polygon: its outer ring first, then holes. Rings are open (first point not repeated).
pub type Rings = Vec<Vec<LonLat>>;

/// Rings narrower or flatter than this (degrees, about 10 m) are lines, not land. Small
/// enough to keep the Vatican of a 1:10m map, which is about 0.0013° wide.
const DEGENERATE_SPAN_DEG: f64 = 0.0001;

/// Twice the signed area (shoelace); positive for counter-clockwise.
pub fn signed_area(ring: &[LonLat]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let [x0, y0] = ring[i];
            let [x1, y1] = ring[(i + 1) % n];
            x0 * y1 - x1 * y0
        })
        .sum::<f64>()
        / 2.0
}

fn wrap_delta(delta: f64) -> f64 {
    if delta > 180.0 {
        delta - 360.0
    } else if delta < -180.0 {
        delta + 360.0
    } else {
        delta
    }
}

/// Drops the closing point and consecutive duplicates.
fn open_ring(ring: &[LonLat]) -> Vec<LonLat> {
    let mut out: Vec<LonLat> = Vec::with_capacity(ring.len());
    for &p in ring {
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// A ring made continuous in longitude, and whether it had to be closed around a pole.
fn unwrap_ring(ring: &[LonLat]) -> (Vec<LonLat>, bool) {
    let mut out = Vec::with_capacity(ring.len() + 2);
    let mut lon = ring[0][0];
    out.push(ring[0]);
    for pair in ring.windows(2) {
        lon += wrap_delta(pair[1][0] - pair[0][0]);
        out.push([lon, pair[1][1]]);
    }
    let closing_lon = lon + wrap_delta(ring[0][0] - ring[ring.len() - 1][0]);
    let winding_deg = closing_lon - ring[0][0];
    if winding_deg.abs() < 180.0 {
        return (out, false);
    }
    // The ring goes once around the globe: close it along the nearer pole.
    let mean_lat = ring.iter().map(|p| p[1]).sum::<f64>() / ring.len() as f64;
    let pole = if mean_lat < 0.0 { -90.0 } else { 90.0 };
    out.push([closing_lon, ring[0][1]]);
    out.push([closing_lon, pole]);
    out.push([ring[0][0], pole]);
    (out, true)
}

/// Sutherland–Hodgman clip of a ring to `lo <= lon <= hi`.
fn clip_to_band(ring: &[LonLat], lo: f64, hi: f64) -> Vec<LonLat> {
    let clip = |input: &[LonLat], inside: &dyn Fn(f64) -> bool, edge: f64| -> Vec<LonLat> {
        let mut output = Vec::with_capacity(input.len() + 4);
        for i in 0..input.len() {
            let current = input[i];
            let previous = input[(i + input.len() - 1) % input.len()];
            let crossing = || {
                let t = (edge - previous[0]) / (current[0] - previous[0]);
                [edge, previous[1] + t * (current[1] - previous[1])]
            };
            match (inside(previous[0]), inside(current[0])) {
                (true, true) => output.push(current),
                (true, false) => output.push(crossing()),
                (false, true) => {
                    output.push(crossing());
                    output.push(current);
                }
                (false, false) => {}
            }
        }
        output
    };
    let lower = clip(ring, &|x| x >= lo, lo);
    if lower.is_empty() {
        return lower;
    }
    clip(&lower, &|x| x <= hi, hi)
}

fn is_degenerate(ring: &[LonLat]) -> bool {
    if ring.len() < 3 {
        return true;
    }
    let (mut min, mut max) = ([f64::MAX; 2], [f64::MIN; 2]);
    for p in ring {
        for axis in 0..2 {
            min[axis] = min[axis].min(p[axis]);
            max[axis] = max[axis].max(p[axis]);
        }
    }
    max[0] - min[0] < DEGENERATE_SPAN_DEG || max[1] - min[1] < DEGENERATE_SPAN_DEG
}

/// Splits one ring into pieces that each lie within [-180, 180], and says if it was polar.
fn split_ring(ring: &[LonLat]) -> (Vec<Vec<LonLat>>, bool) {
    let ring = open_ring(ring);
    if ring.len() < 3 {
        return (Vec::new(), false);
    }
    let (unwrapped, polar) = unwrap_ring(&ring);
    let min_lon = unwrapped.iter().map(|p| p[0]).fold(f64::MAX, f64::min);
    let max_lon = unwrapped.iter().map(|p| p[0]).fold(f64::MIN, f64::max);
    let first_window = ((min_lon + 180.0) / 360.0).floor() as i32;
    let last_window = ((max_lon - 180.0) / 360.0).ceil() as i32;
    let mut pieces = Vec::new();
    for window in first_window..=last_window {
        let shift = 360.0 * f64::from(window);
        let clipped = clip_to_band(&unwrapped, -180.0 + shift, 180.0 + shift);
        let piece: Vec<LonLat> = open_ring(
            &clipped
                .iter()
                .map(|p| [p[0] - shift, p[1]])
                .collect::<Vec<_>>(),
        );
        if !is_degenerate(&piece) {
            pieces.push(piece);
        }
    }
    (pieces, polar)
}

fn oriented(mut ring: Vec<LonLat>, counter_clockwise: bool) -> Vec<LonLat> {
    if (signed_area(&ring) > 0.0) != counter_clockwise {
        ring.reverse();
    }
    ring
}

fn bbox_contains(ring: &[LonLat], point: LonLat) -> bool {
    let (mut min, mut max) = ([f64::MAX; 2], [f64::MIN; 2]);
    for p in ring {
        for axis in 0..2 {
            min[axis] = min[axis].min(p[axis]);
            max[axis] = max[axis].max(p[axis]);
        }
    }
    (min[0]..=max[0]).contains(&point[0]) && (min[1]..=max[1]).contains(&point[1])
}

/// Repairs one `GeoJSON` polygon (outer ring, then holes) into polygons fit for planar drawing.
pub fn repair_polygon(rings: &[Vec<LonLat>]) -> Vec<Rings> {
    let mut outers: Vec<Vec<LonLat>> = Vec::new();
    let mut holes: Vec<Vec<LonLat>> = Vec::new();
    for (index, ring) in rings.iter().enumerate() {
        let (pieces, polar) = split_ring(ring);
        // A ring around the pole is land reaching the map's edge, whatever its role in the
        // file; Natural Earth 50m stores Antarctica's coast as a "hole" of a degenerate ring.
        let is_outer = index == 0 || polar;
        if is_outer {
            outers.extend(pieces);
        } else {
            holes.extend(pieces);
        }
    }
    let mut polygons: Vec<Rings> = outers
        .into_iter()
        .map(|o| vec![oriented(o, true)])
        .collect();
    for hole in holes {
        let hole = oriented(hole, false);
        match polygons.iter_mut().find(|p| bbox_contains(&p[0], hole[0])) {
            Some(polygon) => polygon.push(hole),
            // The outer ring was degenerate: the "hole" is land of its own.
            None => polygons.push(vec![oriented(hole, true)]),
        }
    }
    polygons
}

/// Whether an edge lies along the map's edge (the antimeridian or a pole), where no border
/// should be drawn.
pub fn is_map_edge(a: LonLat, b: LonLat) -> bool {
    let on_meridian = |p: LonLat| (p[0].abs() - 180.0).abs() < 1e-9;
    let on_pole = |p: LonLat| (p[1].abs() - 90.0).abs() < 1e-9;
    (on_meridian(a) && on_meridian(b) && (a[0] - b[0]).abs() < 1e-9) || (on_pole(a) && on_pole(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closed(points: &[LonLat]) -> Vec<LonLat> {
        let mut ring = points.to_vec();
        ring.push(points[0]);
        ring
    }

    fn all_points(polygons: &[Rings]) -> impl Iterator<Item = &LonLat> {
        polygons.iter().flatten().flatten()
    }

    #[test]
    fn ring_crossing_the_antimeridian_is_split_in_two() {
        // An island from 170°E to 170°W, written the way TopoJSON stitches it.
        let ring = closed(&[
            [170.0, -10.0],
            [-170.0, -10.0],
            [-170.0, -20.0],
            [170.0, -20.0],
        ]);
        let polygons = repair_polygon(&[ring]);
        assert_eq!(polygons.len(), 2, "{polygons:?}");
        for p in all_points(&polygons) {
            assert!(p[0] >= -180.0 && p[0] <= 180.0);
        }
        // No edge may span more than the island's own width: no streak across the map.
        for polygon in &polygons {
            let ring = &polygon[0];
            for i in 0..ring.len() {
                let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
                assert!((a[0] - b[0]).abs() <= 10.0 + 1e-9, "streak {a:?} -> {b:?}");
            }
        }
        let east: f64 = polygons.iter().map(|p| signed_area(&p[0]).abs()).sum();
        assert!((east - 200.0).abs() < 1e-6, "area preserved: {east}");
    }

    #[test]
    fn ring_around_the_south_pole_is_closed_along_the_bottom() {
        // Antarctica as stored: a coast running east from -180 to 180, no pole points.
        let coast: Vec<LonLat> = (0..=36)
            .map(|i| [-180.0 + 10.0 * f64::from(i), -70.0 - f64::from(i % 3)])
            .collect();
        let polygons = repair_polygon(&[coast]);
        assert_eq!(polygons.len(), 1);
        let ring = &polygons[0][0];
        let has = |lon: f64, lat: f64| {
            ring.iter()
                .any(|p| (p[0] - lon).abs() < 1e-12 && (p[1] - lat).abs() < 1e-12)
        };
        assert!(has(180.0, -90.0) && has(-180.0, -90.0), "{ring:?}");
        // The land reaches the pole: the coast lies 18° to 20° from it all the way round.
        let area = signed_area(ring);
        assert!(area > 360.0 * 18.0 && area < 360.0 * 20.0, "{area}");
    }

    #[test]
    fn antarctica_coast_stored_as_a_hole_of_a_degenerate_ring_becomes_land() {
        let line: Vec<LonLat> = (0..=36)
            .map(|i| [-180.0 + 10.0 * f64::from(i), -89.999])
            .collect();
        let coast: Vec<LonLat> = (0..36)
            .map(|i| [-180.0 + 10.0 * f64::from(i), -70.0])
            .collect();
        let polygons = repair_polygon(&[line, coast]);
        let largest = polygons
            .iter()
            .map(|p| signed_area(&p[0]))
            .fold(0.0, f64::max);
        assert!(largest > 360.0 * 19.0, "{polygons:?}");
    }

    #[test]
    fn outer_rings_become_counter_clockwise_and_holes_clockwise() {
        let clockwise_outer = closed(&[[0.0, 0.0], [0.0, 10.0], [10.0, 10.0], [10.0, 0.0]]);
        let counter_clockwise_hole = closed(&[[2.0, 2.0], [8.0, 2.0], [8.0, 8.0], [2.0, 8.0]]);
        let polygons = repair_polygon(&[clockwise_outer, counter_clockwise_hole]);
        assert_eq!(polygons.len(), 1);
        assert!(signed_area(&polygons[0][0]) > 0.0);
        assert!(signed_area(&polygons[0][1]) < 0.0);
    }

    #[test]
    fn degenerate_rings_are_dropped() {
        let point = vec![[130.78, 42.22]; 4];
        assert!(repair_polygon(&[point]).is_empty());
    }

    #[test]
    fn edges_along_the_map_edge_are_recognised() {
        assert!(is_map_edge([180.0, 60.0], [180.0, 65.0]));
        assert!(is_map_edge([-180.0, -90.0], [180.0, -90.0]));
        assert!(!is_map_edge([179.0, 60.0], [180.0, 65.0]));
    }
}
