//! The whole map's static geometry in flat arrays, ready to upload to the GPU once: fill
//! triangles tagged with their country, and border segments tagged with the two countries
//! they separate. Built once at load; a frame only changes per-country colours.

use super::rect::WorldRect;
use super::world::World;

/// No neighbour: a coast, or a border whose other side is not on the map.
pub const NO_NEIGHBOR: u32 = u32::MAX;

/// One fill vertex: world position (f32 is plenty: ±2.7 units at 1e-7 precision) and country.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FillVertex {
    pub world: [f32; 2],
    pub country: u32,
}

/// One border segment, drawn as a screen-space quad by the GPU.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BorderSegment {
    pub from: [f32; 2],
    pub to: [f32; 2],
    pub country: u32,
    /// The country on the other side, or [`NO_NEIGHBOR`]; hidden when both belong to the
    /// same state of the time.
    pub neighbor: u32,
}

/// Where one country's data sits in the flat arrays, for culling by bounding box.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryRange {
    pub country: u32,
    pub bbox: WorldRect,
    /// The country's own fill vertices (its indices point only into these).
    pub vertices: std::ops::Range<u32>,
    pub indices: std::ops::Range<u32>,
    pub segments: std::ops::Range<u32>,
}

/// A coarser map to draw when zoomed out, as `GeoJSON` text.
#[derive(Clone, Debug)]
pub struct CoarseMap {
    /// File name, for problems.
    pub label: String,
    pub text: std::borrow::Cow<'static, str>,
    /// Drawn while one screen pixel spans at least this many degrees of longitude (at the
    /// equator): where its simplification is finer than a pixel.
    pub min_degrees_per_px: f64,
}

/// A mesh and the zoom range it serves.
#[derive(Clone, Debug)]
pub struct LevelOfDetail {
    pub min_degrees_per_px: f64,
    pub mesh: std::sync::Arc<MapMesh>,
}

/// Builds the coarse levels for `fine` (coarsest first). Unreadable maps are reported and
/// left out: the fine map then serves that zoom too.
pub fn coarse_levels(
    maps: &[CoarseMap],
    fine: &World,
) -> (Vec<LevelOfDetail>, crate::problem::Problems) {
    let mut problems = crate::problem::Problems::default();
    let mut levels: Vec<LevelOfDetail> = maps
        .iter()
        .filter_map(|map| {
            let world = World::from_geojson(&map.text, &map.label, &mut problems);
            (!world.countries.is_empty()).then(|| LevelOfDetail {
                min_degrees_per_px: map.min_degrees_per_px,
                mesh: std::sync::Arc::new(MapMesh::coarse(&world, fine)),
            })
        })
        .collect();
    levels.sort_by(|a, b| b.min_degrees_per_px.total_cmp(&a.min_degrees_per_px));
    (levels, problems)
}

/// The level to draw at `degrees_per_px`: the coarsest fine enough, else `None` (the full map).
pub fn level_for(levels: &[LevelOfDetail], degrees_per_px: f64) -> Option<&LevelOfDetail> {
    levels
        .iter()
        .find(|level| degrees_per_px >= level.min_degrees_per_px)
}

#[derive(Clone, Debug, Default)]
pub struct MapMesh {
    pub fill_vertices: Vec<FillVertex>,
    pub fill_indices: Vec<u32>,
    pub segments: Vec<BorderSegment>,
    /// Countries in storage order: sorted along a space-filling curve, so the countries in
    /// one view tend to be neighbours in the arrays and their ranges merge into few draws.
    pub ranges: Vec<CountryRange>,
    pub country_count: usize,
}

/// Position along a Z-order curve of a point in the map's extent (16 bits per axis).
fn z_order(x: f64, y: f64) -> u64 {
    let to_cell =
        |v: f64, half: f64| (((v + half) / (2.0 * half)).clamp(0.0, 1.0) * 65535.0) as u64;
    let (cx, cy) = (
        to_cell(x, super::HALF_WIDTH),
        to_cell(y, super::HALF_HEIGHT),
    );
    let spread = |mut v: u64| {
        v &= 0xFFFF;
        v = (v | (v << 8)) & 0x00FF_00FF;
        v = (v | (v << 4)) & 0x0F0F_0F0F;
        v = (v | (v << 2)) & 0x3333_3333;
        (v | (v << 1)) & 0x5555_5555
    };
    spread(cx) | (spread(cy) << 1)
}

/// One country to put in a mesh: its geometry, the index styles use for it, how to
/// translate its outline neighbours to that index space, and whether it must be drawn last.
struct Placement<'a> {
    country: &'a super::Country,
    tag: u32,
    neighbor_tags: Vec<Vec<Option<u32>>>,
    /// Shared borders are drawn once, by the lower tag; a country pulled in from the fine
    /// map has neighbours that do not draw their side, so it draws all of its own.
    dedupe_shared: bool,
    on_top: bool,
}

impl MapMesh {
    /// The mesh of one world; tags are its country indices.
    pub fn new(world: &World) -> Self {
        let placements = world
            .countries
            .iter()
            .enumerate()
            .map(|(index, country)| Placement {
                country,
                tag: index as u32,
                neighbor_tags: country.outline_neighbors.clone(),
                dedupe_shared: true,
                on_top: false,
            })
            .collect();
        Self::from_placements(placements, world.countries.len())
    }

    /// A coarser level of detail for `fine`: each country drawn with `coarse`'s geometry where
    /// `coarse` has it, else with `fine`'s (small islands do not vanish when zoomed out).
    /// Tags are `fine`'s indices, so one style table serves every level. A coarse feature
    /// whose key `fine` does not know takes the tag of the fine country under its label.
    pub fn coarse(coarse: &World, fine: &World) -> Self {
        let fine_index_of = |c: &super::Country| {
            fine.index_of(&c.key)
                .or_else(|| fine.hit_test(c.label_anchor))
                .map(|i| i as u32)
        };
        let coarse_tags: Vec<Option<u32>> = coarse.countries.iter().map(fine_index_of).collect();
        let mut covered = vec![false; fine.countries.len()];
        let mut placements = Vec::new();
        for (country, tag) in coarse.countries.iter().zip(&coarse_tags) {
            let Some(tag) = *tag else { continue };
            covered[tag as usize] = true;
            let neighbor_tags = country
                .outline_neighbors
                .iter()
                .map(|ns| {
                    ns.iter()
                        .map(|n| n.and_then(|n| coarse_tags.get(n as usize).copied().flatten()))
                        .collect()
                })
                .collect();
            placements.push(Placement {
                country,
                tag,
                neighbor_tags,
                dedupe_shared: true,
                on_top: false,
            });
        }
        for (index, country) in fine.countries.iter().enumerate() {
            if covered[index] {
                continue;
            }
            placements.push(Placement {
                country,
                tag: index as u32,
                neighbor_tags: country.outline_neighbors.clone(),
                dedupe_shared: false,
                on_top: true,
            });
        }
        Self::from_placements(placements, fine.countries.len())
    }

    fn from_placements(mut placements: Vec<Placement<'_>>, country_count: usize) -> Self {
        placements.sort_by_key(|p| {
            let center = p.country.bbox.center();
            (p.on_top, z_order(center.x, center.y))
        });
        let mut mesh = Self {
            country_count,
            ..Self::default()
        };
        for placement in placements {
            let country = placement.country;
            let tag = placement.tag;
            let base = mesh.fill_vertices.len() as u32;
            mesh.fill_vertices
                .extend(country.fill_vertices().map(|p| FillVertex {
                    world: [p.x as f32, p.y as f32],
                    country: tag,
                }));
            let first_index = mesh.fill_indices.len() as u32;
            mesh.fill_indices
                .extend(country.fill_indices.iter().map(|i| base + i));
            let first_segment = mesh.segments.len() as u32;
            for (outline, neighbors) in country.outlines.iter().zip(&placement.neighbor_tags) {
                for (pair, neighbor) in outline.windows(2).zip(neighbors) {
                    // A shared border is in both countries' outlines: keep one copy.
                    if placement.dedupe_shared && neighbor.is_some_and(|n| n < tag) {
                        continue;
                    }
                    mesh.segments.push(BorderSegment {
                        from: [pair[0].x as f32, pair[0].y as f32],
                        to: [pair[1].x as f32, pair[1].y as f32],
                        country: tag,
                        neighbor: neighbor.unwrap_or(NO_NEIGHBOR),
                    });
                }
            }
            mesh.ranges.push(CountryRange {
                country: tag,
                bbox: country.bbox,
                vertices: base..mesh.fill_vertices.len() as u32,
                indices: first_index..mesh.fill_indices.len() as u32,
                segments: first_segment..mesh.segments.len() as u32,
            });
        }
        mesh
    }

    /// Index and segment ranges to draw for the countries that touch `visible`, merged
    /// where they are contiguous (all of them merge into one range each when all show).
    pub fn visible_ranges(
        &self,
        visible: &WorldRect,
    ) -> (Vec<std::ops::Range<u32>>, Vec<std::ops::Range<u32>>) {
        let mut indices: Vec<std::ops::Range<u32>> = Vec::new();
        let mut segments: Vec<std::ops::Range<u32>> = Vec::new();
        let push = |list: &mut Vec<std::ops::Range<u32>>, range: &std::ops::Range<u32>| {
            if range.is_empty() {
                return;
            }
            match list.last_mut() {
                Some(last) if last.end == range.start => last.end = range.end,
                _ => list.push(range.clone()),
            }
        };
        for range in self.ranges.iter().filter(|r| r.bbox.intersects(visible)) {
            push(&mut indices, &range.indices);
            push(&mut segments, &range.segments);
        }
        (indices, segments)
    }

    /// The vertex data as 32-bit words (x, y, country), in upload order.
    pub fn fill_vertex_words(&self) -> Vec<u32> {
        self.fill_vertices
            .iter()
            .flat_map(|v| [v.world[0].to_bits(), v.world[1].to_bits(), v.country])
            .collect()
    }

    /// The segment data as 32-bit words (x0, y0, x1, y1, country, neighbour).
    pub fn segment_words(&self) -> Vec<u32> {
        self.segments
            .iter()
            .flat_map(|s| {
                [
                    s.from[0].to_bits(),
                    s.from[1].to_bits(),
                    s.to[0].to_bits(),
                    s.to[1].to_bits(),
                    s.country,
                    s.neighbor,
                ]
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::{WorldPoint, world_from_lon_lat};
    use crate::problem::Problems;

    /// Two squares sharing an edge, and an island.
    fn world() -> World {
        let text = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"key":"AAA","name":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}},
          {"type":"Feature","properties":{"key":"BBB","name":"B"},"geometry":{"type":"Polygon","coordinates":[[[10,0],[20,0],[20,10],[10,10],[10,0]]]}},
          {"type":"Feature","properties":{"key":"CCC","name":"C"},"geometry":{"type":"Polygon","coordinates":[[[100,-40],[110,-40],[110,-30],[100,-30],[100,-40]]]}}
        ]}"#;
        let mut problems = Problems::default();
        let world = World::from_geojson(text, "test.geojson", &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        world
    }

    #[test]
    fn keeps_every_triangle_and_one_copy_of_each_shared_border() {
        let world = world();
        let mesh = MapMesh::new(&world);
        let triangles: usize = world.countries.iter().map(|c| c.fill_indices.len()).sum();
        assert_eq!(mesh.fill_indices.len(), triangles);
        let segments: usize = world
            .countries
            .iter()
            .flat_map(|c| &c.outlines)
            .map(|o| o.len() - 1)
            .sum();
        let shared: Vec<&BorderSegment> = mesh
            .segments
            .iter()
            .filter(|s| s.neighbor != NO_NEIGHBOR)
            .collect();
        assert!(!shared.is_empty());
        // Each shared segment appears in two outlines but once in the mesh.
        assert_eq!(mesh.segments.len(), segments - shared.len());
        let (a, b) = (
            world.index_of("AAA").unwrap() as u32,
            world.index_of("BBB").unwrap() as u32,
        );
        assert!(shared.iter().all(
            |s| (s.country.min(s.neighbor), s.country.max(s.neighbor)) == (a.min(b), a.max(b))
        ));
        // Every vertex an index points at belongs to the range's country.
        for range in &mesh.ranges {
            for i in range.indices.clone() {
                let v = mesh.fill_vertices[mesh.fill_indices[i as usize] as usize];
                assert_eq!(v.country, range.country);
            }
        }
        assert_eq!(mesh.fill_vertex_words().len(), mesh.fill_vertices.len() * 3);
        assert_eq!(mesh.segment_words().len(), mesh.segments.len() * 6);
    }

    #[test]
    fn a_coarse_level_keeps_fine_tags_and_fills_in_what_it_lacks() {
        let fine = world();
        // The coarse map has A and B as one rough square each, no island C, and a feature
        // the fine map does not know, lying inside B.
        let text = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"key":"AAA","name":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}},
          {"type":"Feature","properties":{"key":"BBB","name":"B"},"geometry":{"type":"Polygon","coordinates":[[[10,0],[20,0],[20,5],[10,5],[10,0]]]}},
          {"type":"Feature","properties":{"key":"XXX","name":"X"},"geometry":{"type":"Polygon","coordinates":[[[10,5],[20,5],[20,10],[10,10],[10,5]]]}}
        ]}"#;
        let mut problems = Problems::default();
        let coarse_world = World::from_geojson(text, "coarse.geojson", &mut problems);
        let mesh = MapMesh::coarse(&coarse_world, &fine);
        assert_eq!(mesh.country_count, fine.countries.len());
        let tag = |key: &str| fine.index_of(key).unwrap() as u32;
        let tags: Vec<u32> = mesh.ranges.iter().map(|r| r.country).collect();
        // X is drawn as B (the fine country under it); C comes from the fine map, last.
        assert_eq!(tags.iter().filter(|&&t| t == tag("BBB")).count(), 2);
        assert_eq!(tags.last(), Some(&tag("CCC")));
        assert!(
            mesh.fill_vertices
                .iter()
                .all(|v| (v.country as usize) < fine.countries.len())
        );
        // Island C's triangles are the fine map's.
        let island = mesh
            .ranges
            .iter()
            .find(|r| r.country == tag("CCC"))
            .unwrap();
        assert_eq!(
            island.indices.len(),
            fine.countries[tag("CCC") as usize].fill_indices.len()
        );
    }

    #[test]
    fn the_coarsest_level_fine_enough_for_the_zoom_is_drawn() {
        let level = |d: f64| LevelOfDetail {
            min_degrees_per_px: d,
            mesh: std::sync::Arc::new(MapMesh::default()),
        };
        let levels = vec![level(0.2), level(0.04)];
        assert_eq!(
            level_for(&levels, 0.3).map(|l| l.min_degrees_per_px),
            Some(0.2)
        );
        assert_eq!(
            level_for(&levels, 0.1).map(|l| l.min_degrees_per_px),
            Some(0.04)
        );
        assert!(level_for(&levels, 0.01).is_none());

        let maps = [CoarseMap {
            label: "broken.geojson".into(),
            text: "{".into(),
            min_degrees_per_px: 0.2,
        }];
        let (levels, problems) = coarse_levels(&maps, &world());
        assert!(levels.is_empty());
        assert!(problems.iter().any(|p| p.file == "broken.geojson"));
    }

    #[test]
    fn culling_keeps_what_is_in_view_and_merges_neighbours() {
        let world = world();
        let mesh = MapMesh::new(&world);
        let everything = WorldRect {
            min: WorldPoint { x: -3.0, y: -2.0 },
            max: WorldPoint { x: 3.0, y: 2.0 },
        };
        let (indices, segments) = mesh.visible_ranges(&everything);
        assert_eq!(indices, vec![0..mesh.fill_indices.len() as u32]);
        assert_eq!(segments, vec![0..mesh.segments.len() as u32]);

        let near_island = world_from_lon_lat(105.0, -35.0);
        let view = WorldRect {
            min: WorldPoint {
                x: near_island.x - 0.01,
                y: near_island.y - 0.01,
            },
            max: WorldPoint {
                x: near_island.x + 0.01,
                y: near_island.y + 0.01,
            },
        };
        let (indices, _) = mesh.visible_ranges(&view);
        let island = world.index_of("CCC").unwrap() as u32;
        let drawn: usize = indices.iter().map(ExactSizeIterator::len).sum();
        assert_eq!(drawn, world.countries[island as usize].fill_indices.len());
        for range in indices {
            for i in range {
                let v = mesh.fill_vertices[mesh.fill_indices[i as usize] as usize];
                assert_eq!(v.country, island);
            }
        }
    }
}
