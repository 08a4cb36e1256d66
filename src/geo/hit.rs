//! Hit testing: which country lies under a world point. A coarse grid picks the
//! candidates, each ring's edges sorted into horizontal bands answer the even-odd test.

use super::projection::{HALF_HEIGHT, HALF_WIDTH, WorldPoint};
use super::rect::WorldRect;

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
    pub(super) fn new(ring: &[WorldPoint]) -> Self {
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

/// Even-odd point-in-polygon over the rings of one polygon (outer ring, then holes),
/// through each ring's bands where it has them.
pub(super) fn polygon_contains(
    polygon: &[Vec<WorldPoint>],
    bands: Option<&[RingBands]>,
    p: WorldPoint,
) -> bool {
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
}

pub(super) fn ring_contains(ring: &[WorldPoint], p: WorldPoint) -> bool {
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

const GRID_COLUMNS: usize = 64;
const GRID_ROWS: usize = 32;

/// Country indices per cell of a uniform grid over the map's extent.
#[derive(Default)]
pub(super) struct HitGrid {
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
            (((x + HALF_WIDTH) / (2.0 * HALF_WIDTH)) * GRID_COLUMNS as f64)
                .floor()
                .clamp(0.0, (GRID_COLUMNS - 1) as f64) as usize
        };
        let row = |y: f64| {
            (((y + HALF_HEIGHT) / (2.0 * HALF_HEIGHT)) * GRID_ROWS as f64)
                .floor()
                .clamp(0.0, (GRID_ROWS - 1) as f64) as usize
        };
        (
            column(rect.min.x)..=column(rect.max.x),
            row(rect.min.y)..=row(rect.max.y),
        )
    }

    /// The grid over the boxes of the countries, in the order of their indices.
    pub(super) fn build(boxes: impl Iterator<Item = WorldRect>) -> Self {
        let mut cells = vec![Vec::new(); GRID_COLUMNS * GRID_ROWS];
        for (index, bbox) in boxes.enumerate() {
            let (columns, rows) = Self::cell_range(&bbox);
            for row in rows {
                for column in columns.clone() {
                    cells[row * GRID_COLUMNS + column].push(index as u32);
                }
            }
        }
        Self { cells }
    }

    pub(super) fn candidates(&self, p: WorldPoint) -> &[u32] {
        let (columns, rows) = Self::cell_range(&WorldRect { min: p, max: p });
        let cell = rows.start() * GRID_COLUMNS + columns.start();
        self.cells.get(cell).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::world::tests::bundled_50m_world;

    #[test]
    fn banded_hit_test_agrees_with_crossing_every_edge() {
        let world = &bundled_50m_world();
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
}
