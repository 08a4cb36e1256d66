//! Filling a polygon with triangles in time that grows with its size, not its square.
//!
//! Ear clipping (`earcutr`) is fast on small rings but, on a ring whose corners mostly point
//! inward, scans the ring again for every ear it cuts: a 500,000-point coast took 6 s and a
//! 2,000,000-point one over a minute. A large polygon is therefore cut in two at the median
//! of its points, along whichever axis its rings cross fewest times (x, y, or across or
//! along the piece's long axis), and each half again,
//! until every piece has at most [`POINTS_PER_PIECE`] points; each piece is clipped into
//! triangles alone. The cuts add points where rings cross them; the pieces' points are
//! returned as extra vertices.

use super::projection::WorldPoint;

/// Polygons of at most this many points are triangulated whole.
pub const POINTS_PER_PIECE: usize = 4096;

/// When the cuts would add more than this many points per point of the polygon (a star of
/// long spikes that every cut crosses), the polygon is not filled.
const MAX_ADDED_POINTS_PER_POINT: usize = 4;

/// Cuts deeper than this (points that a median cannot separate) leave the polygon unfilled.
const MAX_CUT_DEPTH: usize = 64;

/// A piece this small that ear clipping misfills is kept as it is.
const MIN_POINTS_TO_RECUT: usize = 16;

/// Joining holes to the outer ring costs the ring's length per hole: a large polygon with
/// more holes than this is not filled.
const MAX_HOLES_IN_PIECES: usize = 1024;

/// The triangles of one polygon (outer ring, then holes).
#[derive(Debug, Default)]
pub struct Triangles {
    /// Indices: below the polygon's point count into its points (rings in order), from there
    /// on into `extra`.
    pub indices: Vec<u32>,
    /// The points of the pieces a large polygon was cut into.
    pub extra: Vec<WorldPoint>,
    /// Whether the polygon was too intricate to fill (its outline is still drawn).
    pub unfilled: bool,
}

/// Triangulates one polygon; indices count from 0 over its rings' points in order.
pub fn triangulate(polygon: &[Vec<WorldPoint>]) -> Triangles {
    let point_count: usize = polygon.iter().map(Vec::len).sum();
    if point_count <= POINTS_PER_PIECE {
        return Triangles {
            indices: earcut(polygon),
            ..Triangles::default()
        };
    }
    let unfilled = Triangles {
        unfilled: true,
        ..Triangles::default()
    };
    if polygon.len() > MAX_HOLES_IN_PIECES + 1 {
        return unfilled;
    }
    // A hole cut in two would touch the outer ring's piece along the cut, which ear
    // clipping cannot take: holes are joined to the outer ring first.
    let (ring, corridor_ys) = join_holes(polygon);
    let mut pieces = Pieces {
        points: Vec::new(),
        indices: Vec::new(),
        added_budget: MAX_ADDED_POINTS_PER_POINT * point_count,
        corridor_ys,
    };
    if !pieces.fill(ring, 0) {
        return unfilled;
    }
    let base = point_count as u32;
    Triangles {
        indices: pieces.indices.into_iter().map(|i| base + i).collect(),
        extra: pieces.points,
        unfilled: false,
    }
}

/// The pieces filled so far: their points and triangles.
struct Pieces {
    points: Vec<WorldPoint>,
    indices: Vec<u32>,
    /// Points the cuts may still add.
    added_budget: usize,
    /// Sorted heights of the zero-width corridors that join holes to the outer ring: a piece
    /// holding one is cut only along x (parallel to it), as ear clipping cannot take a
    /// corridor cut across.
    corridor_ys: Vec<f64>,
}

impl Pieces {
    /// Fills one ring (with zero-width seams where it was cut); false if it cannot be
    /// filled within the limits.
    fn fill(&mut self, ring: Vec<WorldPoint>, depth: usize) -> bool {
        if ring.len() <= POINTS_PER_PIECE {
            let triangles = earcut(std::slice::from_ref(&ring));
            // Ear clipping may misfill a piece where cut seams meet a corridor to a hole;
            // such a piece is cut again, smaller.
            let exact = (triangles_area(&ring, &triangles) - ring_area(&ring).abs()).abs()
                <= 1e-9 * ring_area(&ring).abs().max(f64::MIN_POSITIVE);
            if exact || ring.len() <= MIN_POINTS_TO_RECUT || depth >= MAX_CUT_DEPTH {
                let base = self.points.len() as u32;
                self.indices.extend(triangles.into_iter().map(|i| base + i));
                self.points.extend(ring);
                return true;
            }
        }
        if depth >= MAX_CUT_DEPTH {
            return false;
        }
        let polygon = [ring];
        let (low, high) = polygon[0].iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
            (lo.min(p.y), hi.max(p.y))
        });
        let first_corridor = self.corridor_ys.partition_point(|&c| c < low);
        let holds_corridor = self
            .corridor_ys
            .get(first_corridor)
            .is_some_and(|&c| c <= high);
        let cut_along = |axis: Axis| {
            let bands = Bands::halves(&polygon[0], axis);
            let added = if bands.count() < 2 {
                usize::MAX
            } else {
                bands.added_points(&polygon, axis)
            };
            (bands, axis, added)
        };
        let cheapest =
            |cuts: Vec<(Bands, Axis, usize)>| cuts.into_iter().min_by_key(|(_, _, added)| *added);
        let (across_y, across_x) = (Axis { x: 0.0, y: 1.0 }, Axis { x: 1.0, y: 0.0 });
        let Some(mut best) = (if holds_corridor {
            cheapest(vec![cut_along(across_y)])
        } else {
            cheapest(vec![cut_along(across_y), cut_along(across_x)])
        }) else {
            return false;
        };
        // A cut along x or y that crosses the rings often (a stretch of coast whose inlets
        // run slanted) is weighed against cuts across and along the piece's long axis. Not
        // near holes: slanted cuts meeting their seams leave pieces ear clipping misfills.
        if best.2 > polygon[0].len() / 8 && self.corridor_ys.is_empty() {
            let long = Axis::long_axis(&polygon[0]);
            let across = Axis {
                x: -long.y,
                y: long.x,
            };
            if let Some(slanted) = cheapest(vec![cut_along(long), cut_along(across)])
                && slanted.2 < best.2
            {
                best = slanted;
            }
        }
        let (bands, value, added) = best;
        if added == usize::MAX {
            return false;
        }
        if added > self.added_budget {
            return false;
        }
        self.added_budget -= added;
        let [ring] = polygon;
        for piece in bands.clip_ring(&ring, value) {
            if piece.len() >= 3 && !self.fill(piece, depth + 1) {
                return false;
            }
        }
        true
    }
}

/// The signed area of a ring (positive counter-clockwise).
fn ring_area(ring: &[WorldPoint]) -> f64 {
    (0..ring.len())
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            a.x * b.y - b.x * a.y
        })
        .sum::<f64>()
        / 2.0
}

/// The area the triangles cover, counting overlaps twice.
fn triangles_area(points: &[WorldPoint], indices: &[u32]) -> f64 {
    indices
        .chunks_exact(3)
        .map(|t| {
            let [a, b, c] = [t[0], t[1], t[2]].map(|i| points[i as usize]);
            ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0
        })
        .sum()
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

/// One ring of the outer ring and its holes, and the heights of the corridors: each hole, from its leftmost point, is joined
/// by a zero-width corridor to the nearest edge to its left (of the outer ring or of a hole
/// joined before it), as ear clipping itself does for holes.
fn join_holes(polygon: &[Vec<WorldPoint>]) -> (Vec<WorldPoint>, Vec<f64>) {
    let Some((outer, holes)) = polygon.split_first() else {
        return (Vec::new(), Vec::new());
    };
    let mut corridor_ys = Vec::new();
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
        corridor_ys.push(p.y);
        let mut joined = Vec::with_capacity(ring.len() + hole.len() + 3);
        joined.extend_from_slice(&ring[..=edge]);
        joined.push(q);
        joined.extend(hole[start..].iter().chain(&hole[..=start]));
        joined.push(q);
        joined.extend_from_slice(&ring[edge + 1..]);
        ring = joined;
    }
    corridor_ys.sort_by(f64::total_cmp);
    (ring, corridor_ys)
}

/// A direction to cut across: points are ordered by their projection on it.
#[derive(Clone, Copy, Debug)]
struct Axis {
    x: f64,
    y: f64,
}

impl Axis {
    fn of(self, p: &WorldPoint) -> f64 {
        p.x * self.x + p.y * self.y
    }

    /// The direction in which the points spread most (principal axis of their covariance).
    fn long_axis(points: &[WorldPoint]) -> Self {
        let n = points.len().max(1) as f64;
        let (sum_x, sum_y) = points
            .iter()
            .fold((0.0, 0.0), |(sx, sy), p| (sx + p.x, sy + p.y));
        let (mean_x, mean_y) = (sum_x / n, sum_y / n);
        let (mut xx, mut xy, mut yy) = (0.0, 0.0, 0.0);
        for p in points {
            let (dx, dy) = (p.x - mean_x, p.y - mean_y);
            xx += dx * dx;
            xy += dx * dy;
            yy += dy * dy;
        }
        let angle = 0.5 * (2.0 * xy).atan2(xx - yy);
        if angle.is_finite() {
            Self {
                x: angle.cos(),
                y: angle.sin(),
            }
        } else {
            Self { x: 1.0, y: 0.0 }
        }
    }
}

/// Two bands along one axis, split at the median of the points so each holds half of them.
struct Bands {
    /// Increasing; band `i` runs from `edges[i]` to `edges[i + 1]`.
    edges: Vec<f64>,
}

impl Bands {
    fn halves(ring: &[WorldPoint], value: Axis) -> Self {
        let mut values: Vec<f64> = ring.iter().map(|p| value.of(p)).collect();
        if values.is_empty() {
            return Self { edges: Vec::new() };
        }
        let middle = values.len() / 2;
        let (below, median, above) = values.select_nth_unstable_by(middle, f64::total_cmp);
        let min = below.iter().copied().fold(*median, f64::min);
        let max = above.iter().copied().fold(*median, f64::max);
        let mut edges = vec![min, *median, max];
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
    fn clip_ring(&self, ring: &[WorldPoint], value: Axis) -> Vec<Vec<WorldPoint>> {
        let mut pieces = vec![Vec::new(); self.count()];
        let mut push = |band: usize, p: WorldPoint| {
            let piece: &mut Vec<WorldPoint> = &mut pieces[band];
            if piece.last() != Some(&p) {
                piece.push(p);
            }
        };
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            let (va, vb) = (value.of(&a), value.of(&b));
            let (band_a, band_b) = (self.band_of(va), self.band_of(vb));
            let at = |v: f64| {
                let t = (v - va) / (vb - va);
                WorldPoint {
                    x: a.x + t * (b.x - a.x),
                    y: a.y + t * (b.y - a.y),
                }
            };
            match band_a.cmp(&band_b) {
                std::cmp::Ordering::Equal => {
                    push(band_a, a);
                    push(band_a, b);
                }
                std::cmp::Ordering::Less => {
                    push(band_a, a);
                    for band in band_a..band_b {
                        let crossing = at(self.edges[band + 1]);
                        push(band, crossing);
                        push(band + 1, crossing);
                    }
                    push(band_b, b);
                }
                std::cmp::Ordering::Greater => {
                    push(band_a, a);
                    for band in (band_b..band_a).rev() {
                        let crossing = at(self.edges[band + 1]);
                        push(band + 1, crossing);
                        push(band, crossing);
                    }
                    push(band_b, b);
                }
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
    fn added_points(&self, polygon: &[Vec<WorldPoint>], value: Axis) -> usize {
        polygon
            .iter()
            .map(|ring| {
                let bands: Vec<usize> = ring.iter().map(|p| self.band_of(value.of(p))).collect();
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
    fn a_large_polygon_with_a_hole_cut_into_pieces_is_filled_once() {
        let polygon = vec![wavy_ring(60_000, 1.0, true), wavy_ring(9_000, 0.4, false)];
        let triangles = triangulate(&polygon);
        assert!(!triangles.unfilled);
        assert!(!triangles.extra.is_empty(), "cut into bands");
        let (expected, filled) = (
            ring_area_sum(&polygon),
            triangle_area_sum(&polygon, &triangles),
        );
        // Within a millionth or so: ear clipping misfills a few pieces of some dozen points
        // where a corridor to the hole meets the cuts.
        assert!(
            (filled - expected).abs() < 1e-5 * expected.abs(),
            "{filled} vs {expected}"
        );
    }

    #[test]
    fn a_comb_is_cut_across_its_teeth_and_filled() {
        // Teeth as tall as the comb: bands along y would cut every tooth, bands along x few.
        let teeth = 5_000;
        let mut ring: Vec<WorldPoint> = (0..teeth)
            .flat_map(|i| {
                let x = f64::from(i);
                [
                    WorldPoint { x, y: 0.0 },
                    WorldPoint { x: x + 0.5, y: 0.0 },
                    WorldPoint {
                        x: x + 0.5,
                        y: 100.0,
                    },
                    WorldPoint {
                        x: x + 1.0,
                        y: 100.0,
                    },
                ]
            })
            .collect();
        ring.push(WorldPoint {
            x: f64::from(teeth),
            y: -1.0,
        });
        ring.push(WorldPoint { x: 0.0, y: -1.0 });
        ring.reverse();
        let polygon = vec![ring];
        let triangles = triangulate(&polygon);
        assert!(!triangles.unfilled);
        let (expected, filled) = (
            ring_area_sum(&polygon).abs(),
            triangle_area_sum(&polygon, &triangles),
        );
        assert!(
            (filled - expected).abs() < 1e-6 * expected,
            "{filled} vs {expected}"
        );
    }

    #[test]
    fn a_star_of_long_spikes_is_cut_across_its_spikes_and_filled() {
        // Every cut along x or y crosses most spikes; cuts across a piece's long axis do not.
        let spikes = 20_000;
        let ring: Vec<WorldPoint> = (0..2 * spikes)
            .map(|i| {
                let angle = std::f64::consts::TAU * f64::from(i) / f64::from(2 * spikes);
                let r = if i % 2 == 0 { 1.0 } else { 0.01 };
                WorldPoint {
                    x: r * angle.cos(),
                    y: r * angle.sin(),
                }
            })
            .collect();
        let polygon = [ring];
        let triangles = triangulate(&polygon);
        assert!(!triangles.unfilled);
        let (expected, filled) = (
            ring_area_sum(&polygon).abs(),
            triangle_area_sum(&polygon, &triangles),
        );
        assert!(
            (filled - expected).abs() < 1e-5 * expected,
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
