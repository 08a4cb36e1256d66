//! Drawing what the labels module placed: names, markers, event labels and the note.

use egui::{Align2, FontId, Mesh, Shape, Stroke, Vec2};

use super::labels::{MapLabels, country_label_color};
use super::markers::{DISC_STEPS, MARKER_HALO_PT, add_disc};
use crate::theme::{self, MapPalette};

/// Draws what [`place_labels`] placed: country names under the markers, then the markers,
/// the event labels and the note over them.
pub(super) fn paint_labels_and_markers(
    painter: &egui::Painter,
    labels: &MapLabels,
    palette: &MapPalette,
) {
    for label in &labels.country_labels {
        // A faint halo keeps the name readable over stripes and hatching.
        painter.rect_filled(label.rect, 2.0, palette.label_halo.gamma_multiply(0.55));
        painter.galley(
            label.rect.min + Vec2::splat(label.pad),
            label.galley.clone(),
            country_label_color(palette),
        );
    }
    for &(center, r, color) in &labels.founding_cities {
        let diamond = |r: f32| {
            vec![
                center + Vec2::new(0.0, -r),
                center + Vec2::new(r, 0.0),
                center + Vec2::new(0.0, r),
                center + Vec2::new(-r, 0.0),
            ]
        };
        painter.add(Shape::convex_polygon(
            diamond(r + MARKER_HALO_PT),
            palette.marker_halo,
            Stroke::NONE,
        ));
        painter.add(Shape::convex_polygon(
            diamond(r),
            color,
            Stroke::new(1.0, palette.border_selected),
        ));
    }
    // Every disc in one mesh: thousands of markers cost a copy, not a tessellation each.
    let mut discs = Mesh::default();
    discs.reserve_triangles(labels.markers.len() * 2 * DISC_STEPS * 3);
    discs.reserve_vertices(labels.markers.len() * 2 * (1 + 2 * DISC_STEPS));
    for marker in &labels.markers {
        add_disc(
            &mut discs,
            marker.center,
            marker.radius + MARKER_HALO_PT,
            palette.marker_halo.gamma_multiply(marker.alpha),
        );
        add_disc(
            &mut discs,
            marker.center,
            marker.radius,
            marker.color.gamma_multiply(marker.alpha),
        );
    }
    painter.add(Shape::mesh(discs));
    let count_font = FontId::proportional(theme::type_size::MARKER_COUNT * labels.marker_scale);
    for marker in &labels.markers {
        if marker.selected {
            painter.circle_stroke(
                marker.center,
                marker.radius + 4.0,
                Stroke::new(2.0, palette.border_selected),
            );
        }
        if marker.count > 1 {
            painter.text(
                marker.center,
                Align2::CENTER_CENTER,
                marker.count.to_string(),
                count_font.clone(),
                palette.marker_halo,
            );
        }
    }
    for label in &labels.event_labels {
        painter.rect_filled(label.rect, 3.0, palette.label_halo);
        painter.galley(
            label.rect.min + Vec2::splat(label.pad),
            label.galley.clone(),
            palette.label,
        );
    }
    if let Some(note) = &labels.note {
        painter.rect_filled(
            note.rect,
            f32::from(theme::CORNER_RADIUS),
            palette.label_halo,
        );
        painter.galley(
            note.rect.min + Vec2::splat(note.pad),
            note.galley.clone(),
            palette.label,
        );
    }
}
