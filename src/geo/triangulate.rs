//! Filling a polygon with triangles in time that grows with its size, not its square.
//!
//! Ear clipping (`earcutr`) is fast on small rings but, on a ring whose corners mostly point
//! inward, scans the ring again for every ear it cuts: a 500,000-point coast took 6 s and a
//! 2,000,000-point one over a minute. A large polygon is therefore cut into bands of about
//! [`POINTS_PER_PIECE`] points each (every ring clipped to the band), and each band's piece is
//! clipped into triangles alone. The cut adds points where rings cross a band's edges; those
//! are returned as extra vertices.

use super::projection::WorldPoint;

/// Polygons of at most this many points are triangulated whole.
pub const POINTS_PER_PIECE: usize = 4096;

/// When cutting into bands along either axis would add more than this many points per point
/// of the polygon (a comb whose teeth cross every band), the polygon is not filled.
const MAX_ADDED_POINTS_PER_POINT: usize = 4;

/// Joining holes to the outer ring costs the ring's length per hole: a large polygon with
/// more holes than this is not filled.
const MAX_HOLES_IN_BANDS: usize = 1024;

/// The triangles of one polygon (outer ring, then holes).
#[derive(Debug, Default)]
pub struct Triangles {
    /// Indices: below the polygon's point count into its points (rings in order), from there
    /// on into `extra`.
    pub indices: Vec<u32>,
    /// Points added where rings were cut into bands.
    pub extra: Vec<WorldPoint>,
    /// Whether the polygon was too intricate to fill (its outline is still drawn).
    pub unfilled: bool,
}

/// Triangulates one polygon; indices count from 0 over its rings' points in order.
pub fn triangulate(polygon: &[Vec<WorldPoint>]) -> Triangles {
    triangulate_within(polygon, 0)
}

/// A band's piece still too large (rings crossing its edges many times) is cut again
/// across, down to this depth.
const MAX_CUT_DEPTH: usize = 3;

fn triangulate_within(polygon: &[Vec<WorldPoint>], depth: usize) -> Triangles {
    let point_count: usize = polygon.iter().map(Vec::len).sum();
    if point_count <= POINTS_PER_PIECE {
        return Triangles {
            indices: earcut(polygon),
            ..Triangles::default()
        };
    }
    if polygon.len() > MAX_HOLES_IN_BANDS + 1 {
        return Triangles {
            unfilled: true,
            ..Triangles::default()
        };
    }
    // Holes clipped to a band would touch the outer ring's piece along the band's edges,
    // which ear clipping cannot take: join them to the outer ring first.
    let merged = [join_holes(polygon)];
    let polygon = &merged[..];
    let band_count = point_count.div_ceil(POINTS_PER_PIECE);
    let by_y = Bands::new(polygon, band_count, |p| p.y);
    let by_x = Bands::new(polygon, band_count, |p| p.x);
    let (bands, value): (Bands, fn(&WorldPoint) -> f64) =
        if by_y.added_points(polygon, |p| p.y) <= by_x.added_points(polygon, |p| p.x) {
            (by_y, |p| p.y)
        } else {
            (by_x, |p| p.x)
        };
    if bands.added_points(polygon, value) > MAX_ADDED_POINTS_PER_POINT * point_count {
        return Triangles {
            unfilled: true,
            ..Triangles::default()
        };
    }
    let mut triangles = Triangles::default();
    let clipped: Vec<Vec<Vec<WorldPoint>>> = polygon
        .iter()
        .map(|ring| bands.clip_ring(ring, value))
        .collect();
    for band in 0..bands.count() {
        let pieces: Vec<Vec<WorldPoint>> = clipped
            .iter()
            .map(|ring_pieces| ring_pieces[band].clone())
            .collect();
        // The outer ring's piece leads; without it there is nothing to fill in this band.
        if pieces.first().is_none_or(|outer| outer.len() < 3) {
            continue;
        }
        let pieces: Vec<Vec<WorldPoint>> = pieces.into_iter().filter(|p| p.len() >= 3).collect();
        let piece_points: usize = pieces.iter().map(Vec::len).sum();
        let base = (point_count + triangles.extra.len()) as u32;
        if piece_points > 2 * POINTS_PER_PIECE {
            if depth >= MAX_CUT_DEPTH {
                return Triangles {
                    unfilled: true,
                    ..Triangles::default()
                };
            }
            let inner = triangulate_within(&pieces, depth + 1);
            if inner.unfilled {
                return inner;
            }
            // The inner cut indexes the piece's points, then its own extra points.
            triangles
                .indices
                .extend(inner.indices.into_iter().map(|i| base + i));
            triangles.extra.extend(pieces.into_iter().flatten());
            triangles.extra.extend(inner.extra);
            continue;
        }
        triangles
            .indices
            .extend(earcut(&pieces).into_iter().map(|i| base + i));
        triangles.extra.extend(pieces.into_iter().flatten());
    }
    triangles
}

/// One ring of the outer ring and its holes: each hole, from its leftmost point, is joined
/// by a zero-width corridor to the nearest edge to its left (of the outer ring or of a hole
/// joined before it), as ear clipping itself does for holes.
fn join_holes(polygon: &[Vec<WorldPoint>]) -> Vec<WorldPoint> {
    let Some((outer, holes)) = polygon.split_first() else {
        return Vec::new();
    };
    let leftmost = |ring: &[WorldPoint]| {
        (0..ring.len())
            .min_by(|&a, &b| ring[a].x.total_cmp(&ring[b].x))
            .unwrap_or(0)
    };
    let mut holes: Vec<&Vec<WorldPoint>> = holes.iter().filter(|h| h.len() >= 3).collect();
    // Left to right: a ray to the left from a hole's leftmost point meets only the outer
    // ring and holes already joined.
    holes.sort_by(|a, b| a[leftmost(a)].x.total_cmp(&b[leftmost(b)].x));
    let mut ring = outer.clone();
    for hole in holes {
        let start = leftmost(hole);
        let p = hole[start];
        let mut best: Option<(usize, f64)> = None;
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            if (a.y > p.y) == (b.y > p.y) {
                continue;
            }
            let x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
            if x <= p.x && best.is_none_or(|(_, best_x)| x > best_x) {
                best = Some((i, x));
            }
        }
        // A hole outside its outer ring covers nothing.
        let Some((edge, x)) = best else { continue };
        let q = WorldPoint { x, y: p.y };
        let mut joined = Vec::with_capacity(ring.len() + hole.len() + 3);
        joined.extend_from_slice(&ring[..=edge]);
        joined.push(q);
        joined.extend(hole[start..].iter().chain(&hole[..=start]));
        joined.push(q);
        joined.extend_from_slice(&ring[edge + 1..]);
        ring = joined;
    }
    ring
}

/// Ear clipping of one small polygon; indices into its rings' points in order.
fn earcut(polygon: &[Vec<WorldPoint>]) -> Vec<u32> {
    let mut flat = Vec::with_capacity(2 * polygon.iter().map(Vec::len).sum::<usize>());
    let mut hole_starts = Vec::new();
    for (i, ring) in polygon.iter().enumerate() {
        if i > 0 {
            hole_starts.push(flat.len() / 2);
        }
        for p in ring {
            flat.push(p.x);
            flat.push(p.y);
        }
    }
    earcutr::earcut(&flat, &hole_starts, 2)
        .map(|triangles| triangles.into_iter().map(|i| i as u32).collect())
        .unwrap_or_default()
}

/// Band edges along one axis, at quantiles of the points so each band holds about the same
/// number of them.
struct Bands {
    /// Increasing; band `i` runs from `edges[i]` to `edges[i + 1]`.
    edges: Vec<f64>,
}

impl Bands {
    fn new(polygon: &[Vec<WorldPoint>], band_count: usize, value: fn(&WorldPoint) -> f64) -> Self {
        let mut values: Vec<f64> = polygon.iter().flatten().map(value).collect();
        values.sort_unstable_by(f64::total_cmp);
        let mut edges: Vec<f64> = (0..band_count)
            .map(|band| values[band * values.len() / band_count])
            .collect();
        edges.push(values.last().copied().unwrap_or_default());
        edges.dedup();
        Self { edges }
    }

    fn count(&self) -> usize {
        self.edges.len().saturating_sub(1)
    }

    fn band_of(&self, v: f64) -> usize {
        self.edges
            .partition_point(|&edge| edge <= v)
            .saturating_sub(1)
            .min(self.count().saturating_sub(1))
    }

    /// A ring clipped to every band in one pass (as Sutherland–Hodgman would clip it to
    /// each): every edge adds its part inside each band it crosses to that band's piece.
    /// Parts of a concave ring in one band are joined along the band's edges by zero-width
    /// seams, which add no area to the fill.
    fn clip_ring(
        &self,
        ring: &[WorldPoint],
        value: fn(&WorldPoint) -> f64,
    ) -> Vec<Vec<WorldPoint>> {
        let mut pieces = vec![Vec::new(); self.count()];
        let mut push = |band: usize, p: WorldPoint| {
            let piece: &mut Vec<WorldPoint> = &mut pieces[band];
            if piece.last() != Some(&p) {
                piece.push(p);
            }
        };
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            let (va, vb) = (value(&a), value(&b));
            let (band_a, band_b) = (self.band_of(va), self.band_of(vb));
            let at = |v: f64| {
                let t = (v - va) / (vb - va);
                WorldPoint {
                    x: a.x + t * (b.x - a.x),
                    y: a.y + t * (b.y - a.y),
                }
            };
            if band_a == band_b {
                push(band_a, a);
                push(band_a, b);
            } else if band_a < band_b {
                push(band_a, a);
                for band in band_a..band_b {
                    let crossing = at(self.edges[band + 1]);
                    push(band, crossing);
                    push(band + 1, crossing);
                }
                push(band_b, b);
            } else {
                push(band_a, a);
                for band in (band_b..band_a).rev() {
                    let crossing = at(self.edges[band + 1]);
                    push(band + 1, crossing);
                    push(band, crossing);
                }
                push(band_b, b);
            }
        }
        for piece in &mut pieces {
            while piece.len() > 1 && piece.first() == piece.last() {
                piece.pop();
            }
        }
        pieces
    }

    /// How many points clipping every ring to every band adds: an edge adds two for every
    /// band edge it crosses.
    fn added_points(&self, polygon: &[Vec<WorldPoint>], value: fn(&WorldPoint) -> f64) -> usize {
        polygon
            .iter()
            .map(|ring| {
                let bands: Vec<usize> = ring.iter().map(|p| self.band_of(value(p))).collect();
                (0..bands.len())
                    .map(|i| 2 * bands[i].abs_diff(bands[(i + 1) % bands.len()]))
                    .sum::<usize>()
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring_area_sum(polygon: &[Vec<WorldPoint>]) -> f64 {
        polygon
            .iter()
            .map(|ring| {
                (0..ring.len())
                    .map(|i| {
                        let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
                        a.x * b.y - b.x * a.y
                    })
                    .sum::<f64>()
                    / 2.0
            })
            .sum()
    }

    fn triangle_area_sum(polygon: &[Vec<WorldPoint>], triangles: &Triangles) -> f64 {
        let points: Vec<WorldPoint> = polygon
            .iter()
            .flatten()
            .chain(&triangles.extra)
            .copied()
            .collect();
        triangles
            .indices
            .chunks_exact(3)
            .map(|t| {
                let [a, b, c] = [0, 1, 2].map(|k| points[t[k] as usize]);
                ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0
            })
            .sum()
    }

    /// A wavy circle (half its corners pointing inward) with a wavy hole.
    fn wavy_ring(points: usize, radius: f64, counter_clockwise: bool) -> Vec<WorldPoint> {
        let ring: Vec<WorldPoint> = (0..points)
            .map(|i| {
                let angle = std::f64::consts::TAU * i as f64 / points as f64;
                let r = radius * (if i % 2 == 0 { 1.0 } else { 0.99 } + 0.05 * (angle * 7.0).sin());
                WorldPoint {
                    x: r * angle.cos(),
                    y: r * angle.sin(),
                }
            })
            .collect();
        if counter_clockwise {
            ring
        } else {
            ring.into_iter().rev().collect()
        }
    }

    #[test]
    fn a_large_polygon_cut_into_bands_is_filled_exactly_once() {
        let polygon = vec![wavy_ring(60_000, 1.0, true), wavy_ring(9_000, 0.4, false)];
        let triangles = triangulate(&polygon);
        assert!(!triangles.unfilled);
        assert!(!triangles.extra.is_empty(), "cut into bands");
        let (expected, filled) = (
            ring_area_sum(&polygon),
            triangle_area_sum(&polygon, &triangles),
        );
        assert!(
            (filled - expected).abs() < 1e-9 * expected.abs().max(1.0) + 1e-6,
            "{filled} vs {expected}"
        );
    }

    #[test]
    fn a_small_polygon_is_triangulated_whole() {
        let polygon = vec![wavy_ring(100, 1.0, true)];
        let triangles = triangulate(&polygon);
        assert!(triangles.extra.is_empty());
        assert!((triangle_area_sum(&polygon, &triangles) - ring_area_sum(&polygon)).abs() < 1e-9);
    }
}
