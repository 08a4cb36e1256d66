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
    let style_of = |country: u32| styles.get(country as usize).copied().unwrap_or_default();
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
        let screen: Vec<Pos2> = vertices
            .iter()
            .map(|v| transform.screen_from_world(world_point(v.world)))
            .collect();
        append_fill(
            &mut fill_mesh,
            &screen,
            indices,
            range.vertices.start,
            style.fill,
            None,
        );
        if style.stripe != Color32::TRANSPARENT {
            append_fill(
                &mut stripe_mesh,
                &screen,
                indices,
                range.vertices.start,
                style.stripe,
                Some(origin),
            );
        }
        let segments = map
            .segments
            .get(range.segments.start as usize..range.segments.end as usize)
            .unwrap_or_default();
        for segment in segments {
            // A border inside one state of the time (Yugoslavia, the USSR …) is not drawn.
            let hidden = segment.neighbor != NO_NEIGHBOR
                && style_of(segment.country).state_of_the_time
                    == style_of(segment.neighbor).state_of_the_time;
            if !hidden {
                border_quad.append(
                    &mut border_mesh,
                    transform.screen_from_world(world_point(segment.from)),
                    transform.screen_from_world(world_point(segment.to)),
                );
            }
        }
    }
    painter.add(Shape::mesh(fill_mesh));
    painter.add(Shape::mesh(stripe_mesh));
    painter.add(Shape::mesh(border_mesh));
}

fn world_point([x, y]: [f32; 2]) -> WorldPoint {
    WorldPoint {
        x: f64::from(x),
        y: f64::from(y),
    }
}

/// Appends one country's triangles (`indices` count from `first_vertex`).
fn append_fill(
    mesh: &mut Mesh,
    screen: &[Pos2],
    indices: &[u32],
    first_vertex: u32,
    color: Color32,
    stripe_origin: Option<Pos2>,
) {
    let base = mesh.vertices.len() as u32;
    let stripe_period = STRIPE_PERIOD_PT * 16.0 / 7.0;
    mesh.vertices.extend(screen.iter().map(|&pos| {
        let uv = stripe_origin.map_or(egui::epaint::WHITE_UV, |origin| {
            Pos2::new(
                (pos.x - origin.x) / stripe_period,
                (pos.y - origin.y) / stripe_period,
            )
        });
        egui::epaint::Vertex { pos, uv, color }
    }));
    let count = screen.len() as u32;
    mesh.indices.extend(
        indices
            .iter()
            .map(|i| i.wrapping_sub(first_vertex))
            .filter(|&i| i < count)
            .map(|i| base + i),
    );
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
