//! The year slider along the bottom: Play/Pause, speed, the big year, and a track with
//! event ticks and decade labels.

use egui::{Align2, FontId, Pos2, Rect, Sense, Stroke, Vec2};

use crate::state::{AppState, Command};
use crate::theme;
use crate::time::playback::{PlaybackCommand, SPEEDS_YEARS_PER_SEC};

pub fn year_slider_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = theme::SPACE_M;
        let playing = state.playback.is_playing();
        let label = if playing { "Pause" } else { "Play" };
        let button = egui::Button::new(egui::RichText::new(label).size(16.0))
            .min_size(Vec2::new(92.0, 44.0));
        if ui.add(button).on_hover_text("Space").clicked() {
            commands.push(Command::Playback(PlaybackCommand::TogglePlay));
        }
        let speed = state.playback.speed_years_per_sec();
        egui::ComboBox::from_label("Speed")
            .selected_text(speed_label(speed))
            .width(84.0)
            .show_ui(ui, |ui| {
                for option in SPEEDS_YEARS_PER_SEC {
                    if ui
                        .selectable_label((option - speed).abs() < 1e-9, speed_label(option))
                        .clicked()
                    {
                        commands.push(Command::Playback(PlaybackCommand::SetSpeed {
                            years_per_sec: option,
                        }));
                    }
                }
            })
            .response
            .on_hover_text("Playback speed in years per second");
        ui.label(
            egui::RichText::new(state.year().to_string())
                .font(FontId::monospace(theme::YEAR_FONT_SIZE))
                .strong(),
        );
        track_ui(ui, state, commands);
    });
}

fn speed_label(years_per_sec: f64) -> String {
    format!("{years_per_sec} yr/s")
}

/// The track: drag or click to pick a year; arrow keys are handled app-wide.
fn track_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let desired = Vec2::new(ui.available_width() - theme::SPACE_S, 46.0);
    let (rect, response) = ui.allocate_exact_size(desired, Sense::click_and_drag());
    let first = state.playback.first_year();
    let last = state.playback.last_year();
    response.widget_info(|| egui::WidgetInfo::slider(true, f64::from(state.year()), "Year"));
    let track = Rect::from_min_max(
        Pos2::new(rect.left() + 10.0, rect.top() + 16.0),
        Pos2::new(rect.right() - 10.0, rect.top() + 20.0),
    );
    let x_of = |year: f64| {
        track.left()
            + (year - f64::from(first)) as f32 / (last - first).max(1) as f32 * track.width()
    };
    if let Some(pos) = response.interact_pointer_pos()
        && (response.dragged() || response.clicked())
    {
        let t = ((pos.x - track.left()) / track.width()).clamp(0.0, 1.0);
        let year = first + (t * (last - first) as f32).round() as i32;
        if year != state.year() || state.playback.is_playing() {
            commands.push(Command::Playback(PlaybackCommand::SetYear(year)));
        }
    }
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect.expand(2.0));
    painter.rect_filled(track, 2.0, visuals.widgets.inactive.bg_fill);
    let filled = Rect::from_min_max(
        track.min,
        Pos2::new(x_of(state.playback.time_years()), track.max.y),
    );
    painter.rect_filled(filled, 2.0, visuals.selection.bg_fill);
    // Event ticks above the track.
    let tick_color = visuals.strong_text_color();
    for &year in state.event_years() {
        let x = x_of(f64::from(year) + 0.5);
        let current = year <= state.year();
        let stroke = Stroke::new(
            1.5,
            if current {
                tick_color
            } else {
                tick_color.gamma_multiply(0.45)
            },
        );
        painter.line_segment(
            [
                Pos2::new(x, track.top() - 9.0),
                Pos2::new(x, track.top() - 2.0),
            ],
            stroke,
        );
    }
    // Decades below.
    let first_decade = (first + 9) / 10 * 10;
    for decade in (first_decade..=last).step_by(10) {
        let x = x_of(f64::from(decade));
        painter.line_segment(
            [
                Pos2::new(x, track.bottom() + 1.0),
                Pos2::new(x, track.bottom() + 6.0),
            ],
            Stroke::new(1.0, visuals.text_color()),
        );
        painter.text(
            Pos2::new(x, track.bottom() + 7.0),
            Align2::CENTER_TOP,
            decade.to_string(),
            FontId::proportional(12.0),
            visuals.text_color(),
        );
    }
    let handle = Pos2::new(x_of(state.playback.time_years()), track.center().y);
    painter.circle(
        handle,
        8.0,
        visuals.selection.bg_fill,
        Stroke::new(2.0, visuals.strong_text_color()),
    );
    response.on_hover_text("Drag to choose the year · ← → step a year · PgUp/PgDn jump to events");
}
