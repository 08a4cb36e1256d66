//! Navigation (drag, scroll, pinch, double click) and what the pointer is over.

use egui::Pos2;

use super::markers::{EventCluster, marker_radius};
use super::transform::MapTransform;
use crate::geo::WorldPoint;
use crate::state::{AppState, Command};

/// Pointer distance within which a marker is hit, in points.
pub(super) const MARKER_HIT_RADIUS_PT: f32 = 9.0;

/// What the pointer is over.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Hover {
    Country(usize),
    Events(Vec<String>),
}

pub(super) fn handle_navigation(
    ui: &egui::Ui,
    response: &egui::Response,
    transform: &MapTransform,
    commands: &mut Vec<Command>,
) {
    if response.double_clicked() {
        commands.push(Command::ResetView);
        return;
    }
    if response.dragged() {
        let delta = transform.world_delta_from_screen(response.drag_delta());
        if delta.x != 0.0 || delta.y != 0.0 {
            commands.push(Command::Pan {
                delta_world: WorldPoint {
                    x: -delta.x,
                    y: -delta.y,
                },
            });
        }
    }
    if let Some(pointer) = response.hover_pos() {
        let (scroll_y, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
        let factor = f64::from(pinch) * (f64::from(scroll_y) * 0.002).exp();
        if (factor - 1.0).abs() > 1e-4 {
            commands.push(Command::Zoom {
                factor,
                anchor_world: transform.world_from_screen(pointer),
            });
        }
    }
}

pub(super) fn hover_at(
    state: &AppState,
    transform: &MapTransform,
    clusters: &[EventCluster<'_>],
    marker_scale: f32,
    pos: Pos2,
) -> Option<Hover> {
    // Markers sit on top of countries, so they win; the nearest one within reach.
    let nearest = clusters
        .iter()
        .map(|g| (g, transform.screen_from_world(g.position).distance(pos)))
        .filter(|(g, d)| *d <= MARKER_HIT_RADIUS_PT + marker_radius(g, marker_scale) * 0.5)
        .min_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((cluster, _)) = nearest {
        return Some(Hover::Events(
            cluster.events.iter().map(|e| e.id.clone()).collect(),
        ));
    }
    state
        .atlas()
        .world
        .hit_test(transform.world_from_screen(pos))
        .map(Hover::Country)
}
