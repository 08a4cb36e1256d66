//! Story captions and the step counter, drawn over the map in presentation and kiosk modes.

use egui::{Align2, Color32, RichText};

use crate::state::AppState;
use crate::theme;

/// Caption type is sized from the screen so it reads from the back of a room: the body at
/// 3.2% of the screen's height (the brief asks at least 3%), the title larger.
pub fn caption_sizes(screen_height: f32) -> (f32, f32) {
    let body = (screen_height * 0.032).max(18.0);
    (body * 1.35, body)
}

/// The caption of the current step, at the bottom left of the map.
pub fn caption_ui(
    ctx: &egui::Context,
    state: &AppState,
    map_rect: egui::Rect,
    extra: Option<&str>,
) {
    let Some((story, step_index)) = state.story_step() else {
        return;
    };
    let Some(step) = story.steps.get(step_index) else {
        return;
    };
    let (title_size, body_size) = caption_sizes(ctx.content_rect().height());
    egui::Area::new(egui::Id::unique("story_caption"))
        .order(egui::Order::Foreground)
        .anchor(
            Align2::LEFT_BOTTOM,
            egui::vec2(theme::SPACE_XL, -theme::SPACE_XL),
        )
        .constrain_to(map_rect)
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(Color32::from_black_alpha(215))
                .corner_radius(theme::CORNER_RADIUS)
                .inner_margin(theme::SPACE_L)
                .show(ui, |ui| {
                    ui.set_max_width((map_rect.width() * 0.5).max(320.0));
                    ui.label(
                        RichText::new(&story.title)
                            .size(body_size * 0.7)
                            .color(Color32::from_gray(200)),
                    );
                    ui.label(
                        RichText::new(&step.title)
                            .size(title_size)
                            .strong()
                            .color(Color32::WHITE),
                    );
                    ui.label(
                        RichText::new(&step.caption)
                            .size(body_size)
                            .color(Color32::WHITE),
                    );
                    if let Some(extra) = extra {
                        ui.add_space(theme::SPACE_S);
                        ui.label(
                            RichText::new(extra)
                                .size(body_size * 0.8)
                                .color(Color32::from_rgb(0xF0, 0xE4, 0x42)),
                        );
                    }
                });
        });
}

/// "3 / 8" at the bottom right of the map.
pub fn step_counter_ui(ctx: &egui::Context, state: &AppState, map_rect: egui::Rect) {
    let Some((story, step)) = state.story_step() else {
        return;
    };
    egui::Area::new(egui::Id::unique("story_counter"))
        .order(egui::Order::Foreground)
        .fixed_pos(map_rect.right_bottom() - egui::vec2(110.0, 44.0))
        .interactable(false)
        .show(ctx, |ui| {
            ui.label(
                RichText::new(format!("{} / {}", step + 1, story.steps.len()))
                    .monospace()
                    .size(18.0)
                    .color(Color32::from_gray(230))
                    .background_color(Color32::from_black_alpha(160)),
            );
        });
}

#[cfg(test)]
mod tests {
    #[test]
    fn captions_are_at_least_three_percent_of_the_screen() {
        for height in [720.0, 1080.0, 2160.0] {
            let (title, body) = super::caption_sizes(height);
            assert!(
                body >= 0.03 * height && title > body,
                "{height}: {title} {body}"
            );
        }
    }
}
