//! The caption strip at the bottom of an exported picture: the year, the organizations
//! shown with their colours, and the sources, so the picture stands alone on a slide.

use egui::{Color32, RichText, Sense, Vec2};

use crate::picture::Caption;
use crate::state::AppState;
use crate::theme;

/// The strip's height in points (two lines of text and their margins), for layouts that
/// make room for it.
pub const STRIP_HEIGHT_POINTS: f32 = 64.0;
const HEADLINE_SIZE: f32 = 22.0;
const SOURCES_SIZE: f32 = 13.0;

/// An organization's mark in a legend: filled as the map fills its members, or striped over
/// the land colour for the second and later ones (as the map draws them).
pub fn legend_swatch(ui: &mut egui::Ui, side: f32, color: Color32, striped: bool, land: Color32) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(side), Sense::hover());
    let color = if striped {
        color
    } else {
        crate::ui::map::member_fill(land, color)
    };
    let painter = ui.painter();
    if striped {
        painter.rect_filled(rect, 2.0, land);
        let clipped = painter.with_clip_rect(rect);
        let step = side / 3.0;
        let mut x = rect.left() - side;
        while x < rect.right() {
            clipped.line_segment(
                [
                    egui::pos2(x, rect.bottom()),
                    egui::pos2(x + side, rect.top()),
                ],
                egui::Stroke::new(step * 0.45, color),
            );
            x += step;
        }
    } else {
        painter.rect_filled(rect, 2.0, color);
    }
    painter.rect_stroke(
        rect,
        2.0,
        egui::Stroke::new(1.0, ui.visuals().weak_text_color()),
        egui::StrokeKind::Inside,
    );
}

/// Draws the strip as a bottom panel of `ui`; its text comes from [`Caption`]. `scale`
/// enlarges the year and the organizations (an animation's strip is read from a distance).
pub fn caption_strip_ui(ui: &mut egui::Ui, state: &AppState, scale: f32) {
    let headline_size = HEADLINE_SIZE * scale;
    let texts = state.texts();
    let caption = Caption::new(&texts, state.year(), state.selected_organization_ids());
    let frame = egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(
        theme::SPACE_L as i8,
        theme::SPACE_S as i8,
    ));
    egui::Panel::bottom("caption_strip")
        .resizable(false)
        .frame(frame)
        .show(ui, |ui| {
            let land = theme::map_palette(state.theme()).land;
            let date = state.date();
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(caption.year.to_string())
                        .size(headline_size)
                        .strong(),
                );
                ui.add_space(theme::SPACE_S);
                let organizations: Vec<_> = state.selected_organizations().collect();
                if organizations.is_empty() {
                    ui.label(RichText::new(texts.ui("caption-none")).size(headline_size));
                }
                for organization in &organizations {
                    // Each body fills the members it alone has; stripes mark the overlaps.
                    // One that did not exist that year has no colour on the map, so none here.
                    if organization.exists_on(date) {
                        legend_swatch(
                            ui,
                            headline_size * 0.8,
                            theme::organization_color(state, &organization.id).unwrap_or(land),
                            false,
                            land,
                        );
                    }
                    ui.label(
                        RichText::new(crate::picture::caption::legend_label(
                            &texts,
                            organization,
                            date,
                        ))
                        .size(headline_size),
                    );
                    ui.add_space(theme::SPACE_S);
                }
            });
            ui.add_space(theme::SPACE_XS);
            ui.label(
                RichText::new(caption.sources_line())
                    .size(SOURCES_SIZE)
                    .color(ui.visuals().weak_text_color()),
            );
        });
}
