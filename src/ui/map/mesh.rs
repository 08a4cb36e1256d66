//! The CPU mesh path: countries and borders as egui meshes, and the selected border.

use egui::{Color32, Mesh, Pos2, Shape, Stroke};

use super::gpu::CountryStyle;
use super::layer::MapLayer;
use super::style::{BORDER_WIDTH_PT, STRIPE_PERIOD_PT};
use super::transform::MapTransform;
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

/// The plain egui-mesh path: every visible country's triangles and borders, transformed on
/// the CPU each frame. Used when eframe does not render with wgpu, and in tests.
#[expect(clippy::too_many_arguments)]
pub(super) fn paint_countries(
    painter: &egui::Painter,
    state: &AppState,
    transform: &MapTransform,
    visible: WorldRect,
    styles: &[CountryStyle],
    palette: &MapPalette,
    stripes: egui::TextureId,
    layer: &MapLayer,
) {
    let world = &state.atlas().world;
    let mut fill_mesh = Mesh::default();
    let mut stripe_mesh = Mesh::with_texture(stripes);
    let origin = transform.screen_from_world(WorldPoint::default());
    let selected_key = match &state.selection() {
        Selection::Country(key) => Some(key.as_str()),
        _ => None,
    };
    let mut borders = Vec::new();
    let mut selected_borders = Vec::new();
    for (index, (country, style)) in world.countries.iter().zip(styles).enumerate() {
        if !country.bbox.intersects(&visible) {
            continue;
        }
        append_mesh(&mut fill_mesh, country, transform, style.fill, None);
        if style.stripe != Color32::TRANSPARENT {
            append_mesh(
                &mut stripe_mesh,
                country,
                transform,
                style.stripe,
                Some(origin),
            );
        }
        border_runs(index, country, transform, layer, true, &mut borders);
        if selected_key == Some(country.key.as_str()) {
            border_runs(
                index,
                country,
                transform,
                layer,
                false,
                &mut selected_borders,
            );
        }
    }
    painter.add(Shape::mesh(fill_mesh));
    painter.add(Shape::mesh(stripe_mesh));
    let thin = Stroke::new(BORDER_WIDTH_PT, palette.border);
    painter.extend(borders.into_iter().map(|points| Shape::line(points, thin)));
    let thick = Stroke::new(2.2, palette.border_selected);
    painter.extend(
        selected_borders
            .into_iter()
            .map(|points| Shape::line(points, thick)),
    );
}

pub(super) fn append_mesh(
    mesh: &mut Mesh,
    country: &crate::geo::Country,
    transform: &MapTransform,
    color: Color32,
    stripe_origin: Option<Pos2>,
) {
    let base = mesh.vertices.len() as u32;
    for p in country.fill_vertices() {
        let pos = transform.screen_from_world(p);
        let uv = stripe_origin.map_or(egui::epaint::WHITE_UV, |origin| {
            Pos2::new(
                (pos.x - origin.x) / (STRIPE_PERIOD_PT * 16.0 / 7.0),
                (pos.y - origin.y) / (STRIPE_PERIOD_PT * 16.0 / 7.0),
            )
        });
        mesh.vertices.push(egui::epaint::Vertex { pos, uv, color });
    }
    mesh.indices
        .extend(country.fill_indices.iter().map(|i| base + i));
}
