//! The CPU mesh path: countries and borders as egui meshes, and the selected border.

use egui::{Color32, Mesh, Pos2, Shape, Stroke};

use super::gpu::CountryStyle;
use super::layer::MapLayer;
use super::style::{BORDER_WIDTH_PT, STRIPE_PERIOD_PT};
use super::transform::MapTransform;
use crate::geo::map_mesh::{MapMesh, NO_NEIGHBOR};
use crate::geo::{WorldPoint, WorldRect};
use crate::state::{AppState, Selection};
use crate::theme::MapPalette;

/// Border runs of one country's outlines, split where a border lies inside its state of
/// the time; `skip_shared_with_lower` leaves out segments the neighbour draws.
pub(super) fn border_runs(
    index: usize,
    country: &crate::geo::Country,
    transform: &MapTransform,
    layer: &MapLayer,
    skip_shared_with_lower: bool,
    runs: &mut Vec<Vec<Pos2>>,
) {
    for (outline, neighbors) in country.outlines.iter().zip(&country.outline_neighbors) {
        let mut run: Vec<Pos2> = Vec::new();
        for (i, point) in outline.iter().enumerate() {
            let neighbor = if i > 0 {
                neighbors.get(i - 1).copied().flatten()
            } else {
                None
            };
            let skip = neighbor.is_some_and(|n| {
                layer.time.same_state(index, n as usize)
                    || (skip_shared_with_lower && (n as usize) < index)
            });
            if skip {
                if run.len() > 1 {
                    runs.push(std::mem::take(&mut run));
                }
                run.clear();
            }
            run.push(transform.screen_from_world(*point));
        }
        if run.len() > 1 {
            runs.push(run);
        }
    }
}

/// The selected country's outline, thick, over the GPU-drawn map.
pub(super) fn paint_selected_border(
    painter: &egui::Painter,
    state: &AppState,
    transform: &MapTransform,
    visible: WorldRect,
    palette: &MapPalette,
    layer: &MapLayer,
) {
    let Selection::Country(key) = &state.selection() else {
        return;
    };
    let world = &state.atlas().world;
    let Some(index) = world.index_of(key) else {
        return;
    };
    let country = &world.countries[index];
    if !country.bbox.intersects(&visible) {
        return;
    }
    let mut runs = Vec::new();
    border_runs(index, country, transform, layer, false, &mut runs);
    let thick = Stroke::new(2.2, palette.border_selected);
    painter.extend(runs.into_iter().map(|points| Shape::line(points, thick)));
}

/// The egui-mesh path: the visible countries of one level of detail (the same mesh the GPU
/// path draws), transformed on the CPU each frame. Used when eframe renders with glow (the
/// default), and in tests. Borders are quads with a soft edge, as the GPU shader draws them.
pub(super) fn paint_countries(
    painter: &egui::Painter,
    map: &MapMesh,
    transform: &MapTransform,
    visible: WorldRect,
    styles: &[CountryStyle],
    stripes: egui::TextureId,
    border: Color32,
) {
    let mut fill_mesh = Mesh::default();
    let mut stripe_mesh = Mesh::with_texture(stripes);
    let mut border_mesh = Mesh::default();
    let origin = transform.screen_from_world(WorldPoint::default());
    let pixels_per_point = painter.ctx().pixels_per_point();
    let border_quad = BorderQuad::new(BORDER_WIDTH_PT, pixels_per_point, border);
    let min_segment_points = MIN_BORDER_SEGMENT_PX / pixels_per_point;
    let style_of = |country: u32| styles.get(country as usize).copied().unwrap_or_default();
    // Triangles and border segments wholly beside the screen are left out: zoomed in, most
    // of a large country's geometry is off screen, and each vertex is copied twice more
    // (egui's tessellator, the renderer's buffer) before the renderer clips it.
    let screen = painter
        .clip_rect()
        .expand(2.0 * border_quad.half_reach_points);
    for range in map.ranges.iter().filter(|r| r.bbox.intersects(&visible)) {
        let style = style_of(range.country);
        let vertices = map
            .fill_vertices
            .get(range.vertices.start as usize..range.vertices.end as usize)
            .unwrap_or_default();
        let indices = map
            .fill_indices
            .get(range.indices.start as usize..range.indices.end as usize)
            .unwrap_or_default();
        let positions: Vec<Pos2> = vertices
            .iter()
            .map(|v| transform.screen_from_world(world_point(v.world)))
            .collect();
        let shown = on_screen_triangles(&positions, indices, range.vertices.start, screen);
        if shown.indices.is_empty() {
            continue;
        }
        append_fill(&mut fill_mesh, &shown, style.fill, None);
        if style.stripe != Color32::TRANSPARENT {
            append_fill(&mut stripe_mesh, &shown, style.stripe, Some(origin));
        }
        let segments = map
            .segments
            .get(range.segments.start as usize..range.segments.end as usize)
            .unwrap_or_default();
        // Consecutive segments shorter than a pixel are joined: a detailed coast seen from
        // afar has several points a pixel, and each quad costs a software renderer as much
        // as a long one (time and binning memory).
        let mut pending: Option<(Pos2, Pos2, [f32; 2])> = None;
        for segment in segments {
            // A border inside one state of the time (Yugoslavia, the USSR …) is not drawn.
            let hidden = segment.neighbor != NO_NEIGHBOR
                && style_of(segment.country).state_of_the_time
                    == style_of(segment.neighbor).state_of_the_time;
            if hidden {
                if let Some((from, to, _)) = pending.take() {
                    border_quad.append_on_screen(&mut border_mesh, from, to, screen);
                }
                continue;
            }
            let to = transform.screen_from_world(world_point(segment.to));
            pending = match pending {
                Some((from, _, end))
                    if same_point(end, segment.from) && from.distance(to) < min_segment_points =>
                {
                    Some((from, to, segment.to))
                }
                other => {
                    if let Some((from, to, _)) = other {
                        border_quad.append_on_screen(&mut border_mesh, from, to, screen);
                    }
                    let from = transform.screen_from_world(world_point(segment.from));
                    Some((from, to, segment.to))
                }
            };
        }
        if let Some((from, to, _)) = pending {
            border_quad.append_on_screen(&mut border_mesh, from, to, screen);
        }
    }
    painter.add(Shape::mesh(fill_mesh));
    painter.add(Shape::mesh(stripe_mesh));
    painter.add(Shape::mesh(border_mesh));
}

/// Border segments are joined until they are this long on screen.
const MIN_BORDER_SEGMENT_PX: f32 = 1.5;

/// The same stored vertex (segments of one outline share their end points exactly).
fn same_point(a: [f32; 2], b: [f32; 2]) -> bool {
    a.map(f32::to_bits) == b.map(f32::to_bits)
}

fn world_point([x, y]: [f32; 2]) -> WorldPoint {
    WorldPoint {
        x: f64::from(x),
        y: f64::from(y),
    }
}

/// Which sides of `screen` a point lies beyond: one bit each for left, right, top, bottom.
fn sides_beyond(screen: egui::Rect, p: Pos2) -> u8 {
    u8::from(p.x < screen.min.x)
        | u8::from(p.x > screen.max.x) << 1
        | u8::from(p.y < screen.min.y) << 2
        | u8::from(p.y > screen.max.y) << 3
}

/// Whether every point lies beyond one and the same side of `screen` (then nothing between
/// them can show).
fn all_beyond_one_side(screen: egui::Rect, points: &[Pos2]) -> bool {
    points
        .iter()
        .fold(0b1111, |common, &p| common & sides_beyond(screen, p))
        != 0
}

/// The part of one country that may show: the vertices of its kept triangles, each once,
/// and those triangles as indices into them.
#[derive(Debug, Default, PartialEq)]
struct ShownTriangles {
    positions: Vec<Pos2>,
    indices: Vec<u32>,
}

/// One country's triangles (`indices` count from `first_vertex`) less those wholly beside
/// the screen.
fn on_screen_triangles(
    positions: &[Pos2],
    indices: &[u32],
    first_vertex: u32,
    screen: egui::Rect,
) -> ShownTriangles {
    const NOT_YET: u32 = u32::MAX;
    let count = positions.len() as u32;
    let mut shown_index = vec![NOT_YET; positions.len()];
    let mut shown = ShownTriangles::default();
    for triangle in indices.chunks_exact(3) {
        let local = [0, 1, 2].map(|k| triangle[k].wrapping_sub(first_vertex));
        if local.iter().any(|&i| i >= count)
            || all_beyond_one_side(screen, &local.map(|i| positions[i as usize]))
        {
            continue;
        }
        for i in local {
            let slot = &mut shown_index[i as usize];
            if *slot == NOT_YET {
                *slot = shown.positions.len() as u32;
                shown.positions.push(positions[i as usize]);
            }
            shown.indices.push(*slot);
        }
    }
    shown
}

/// Appends one country's shown triangles.
fn append_fill(
    mesh: &mut Mesh,
    shown: &ShownTriangles,
    color: Color32,
    stripe_origin: Option<Pos2>,
) {
    let base = mesh.vertices.len() as u32;
    let stripe_period = STRIPE_PERIOD_PT * 16.0 / 7.0;
    mesh.vertices.extend(shown.positions.iter().map(|&pos| {
        let uv = stripe_origin.map_or(egui::epaint::WHITE_UV, |origin| {
            Pos2::new(
                (pos.x - origin.x) / stripe_period,
                (pos.y - origin.y) / stripe_period,
            )
        });
        egui::epaint::Vertex { pos, uv, color }
    }));
    mesh.indices.extend(shown.indices.iter().map(|&i| base + i));
}

/// A thin border segment as two quads: full colour along the middle, clear at the edges
/// half a pixel beyond the line's width. Lines thinner than a pixel are drawn a pixel wide
/// and fainter, as egui draws them; four triangles a segment, no joins.
struct BorderQuad {
    half_reach_points: f32,
    middle: Color32,
}

impl BorderQuad {
    fn new(width_points: f32, pixels_per_point: f32, color: Color32) -> Self {
        let width_px = width_points * pixels_per_point;
        let drawn_px = width_px.max(1.0);
        Self {
            half_reach_points: (drawn_px * 0.5 + 0.5) / pixels_per_point,
            middle: color.gamma_multiply(width_px.min(1.0)),
        }
    }

    /// Appends the segment unless it lies wholly beside the screen.
    fn append_on_screen(&self, mesh: &mut Mesh, from: Pos2, to: Pos2, screen: egui::Rect) {
        if !all_beyond_one_side(screen, &[from, to]) {
            self.append(mesh, from, to);
        }
    }

    fn append(&self, mesh: &mut Mesh, from: Pos2, to: Pos2) {
        let along = to - from;
        let length = along.length();
        if length < 1e-4 {
            return;
        }
        let normal = egui::Vec2::new(-along.y, along.x) / length * self.half_reach_points;
        let base = mesh.vertices.len() as u32;
        let clear = Color32::TRANSPARENT;
        for (pos, color) in [
            (from - normal, clear),
            (from, self.middle),
            (from + normal, clear),
            (to - normal, clear),
            (to, self.middle),
            (to + normal, clear),
        ] {
            mesh.vertices.push(egui::epaint::Vertex {
                pos,
                uv: egui::epaint::WHITE_UV,
                color,
            });
        }
        mesh.indices.extend(
            [0, 1, 3, 1, 4, 3, 1, 2, 4, 2, 5, 4]
                .into_iter()
                .map(|i| base + i),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen() -> egui::Rect {
        egui::Rect::from_min_max(Pos2::new(0.0, 0.0), Pos2::new(100.0, 100.0))
    }

    #[test]
    fn triangles_wholly_beside_the_screen_are_left_out() {
        let positions = [
            Pos2::new(-50.0, 10.0),
            Pos2::new(-10.0, 10.0),
            Pos2::new(-30.0, 40.0),
            // A triangle that spans the screen with every corner outside it, on
            // different sides: it covers the middle and must stay.
            Pos2::new(-10.0, -10.0),
            Pos2::new(300.0, 50.0),
            Pos2::new(-10.0, 300.0),
            Pos2::new(50.0, 50.0),
        ];
        // Vertices are numbered from 10 in the shared mesh.
        let indices = [10, 11, 12, 13, 14, 15, 11, 16, 12];
        let shown = on_screen_triangles(&positions, &indices, 10, screen());
        assert_eq!(
            shown.positions,
            [3, 4, 5, 1, 6, 2].map(|i| positions[i]).to_vec()
        );
        assert_eq!(shown.indices, vec![0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn kept_triangles_share_their_vertices_once() {
        let positions = [
            Pos2::new(0.0, 0.0),
            Pos2::new(10.0, 0.0),
            Pos2::new(10.0, 10.0),
            Pos2::new(0.0, 10.0),
            // Never used by a kept triangle: not copied.
            Pos2::new(-500.0, -500.0),
        ];
        let shown = on_screen_triangles(&positions, &[0, 1, 2, 0, 2, 3], 0, screen());
        let mut mesh = Mesh::default();
        mesh.vertices.push(egui::epaint::Vertex::default());
        append_fill(&mut mesh, &shown, Color32::RED, None);
        assert_eq!(mesh.vertices.len(), 5);
        assert_eq!(mesh.indices, vec![1, 2, 3, 1, 3, 4]);
        let positions_in_mesh: Vec<Pos2> = mesh.vertices[1..].iter().map(|v| v.pos).collect();
        assert_eq!(positions_in_mesh, positions[..4].to_vec());
    }

    #[test]
    fn a_border_segment_beside_the_screen_is_not_drawn() {
        let quad = BorderQuad::new(1.0, 1.0, Color32::BLACK);
        let mut mesh = Mesh::default();
        quad.append_on_screen(
            &mut mesh,
            Pos2::new(-30.0, 10.0),
            Pos2::new(-5.0, 90.0),
            screen(),
        );
        assert!(mesh.vertices.is_empty());
        // Crossing the screen from beyond the left to beyond the right: drawn.
        quad.append_on_screen(
            &mut mesh,
            Pos2::new(-30.0, 50.0),
            Pos2::new(130.0, 50.0),
            screen(),
        );
        assert_eq!(mesh.vertices.len(), 6);
    }
}
