//! The year slider along the bottom: Play/Pause, speed, the big year, and a track with
//! event ticks and decade labels.

use egui::{Align2, FontId, Pos2, Rect, Sense, Stroke, TextStyle, Vec2};

use crate::state::{AppState, Command};
use crate::theme;
use crate::time::playback::{PlaybackCommand, SPEEDS_YEARS_PER_SEC};

pub fn year_slider_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let body_size = TextStyle::Body.resolve(ui.style()).size;
    let texts = state.texts();
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = theme::SPACE_M;
        let playing = state.playback().is_playing();
        let label = texts.ui(if playing {
            "slider-pause"
        } else {
            "slider-play"
        });
        // A little larger than body text: the one control a visitor looks for first.
        let button = egui::Button::new(egui::RichText::new(label).size(body_size * 1.15))
            .min_size(Vec2::new(92.0, 44.0));
        let response = ui.add(button).on_hover_text(texts.ui("slider-play-hint"));
        theme::focus_ring(ui, &response);
        if response.clicked() {
            commands.push(Command::Playback(PlaybackCommand::TogglePlay));
        }
        let speed = state.playback().speed_years_per_sec();
        let response = egui::ComboBox::from_label(texts.ui("slider-speed"))
            .selected_text(speed_label(&texts, speed))
            .width(84.0)
            .show_ui(ui, |ui| {
                for option in SPEEDS_YEARS_PER_SEC {
                    if ui
                        .selectable_label(
                            (option - speed).abs() < 1e-9,
                            speed_label(&texts, option),
                        )
                        .clicked()
                    {
                        commands.push(Command::Playback(PlaybackCommand::SetSpeed {
                            years_per_sec: option,
                        }));
                    }
                }
            })
            .response
            .on_hover_text(texts.ui("slider-speed-hint"));
        theme::focus_ring(ui, &response);
        // The read-out's place is taken now and filled after the track, so that a drag
        // shows the year under the pointer in the same frame, not the one before.
        let year_font = FontId::monospace(theme::YEAR_FONT_SIZE.max(body_size * 1.7));
        let text_color = ui.visuals().strong_text_color();
        let widest = ui
            .painter()
            .layout_no_wrap("0000".to_owned(), year_font.clone(), text_color);
        let (year_rect, year_response) = ui.allocate_exact_size(widest.size(), Sense::hover());
        let shown_year = track_ui(ui, state, commands);
        ui.painter().text(
            year_rect.left_center(),
            Align2::LEFT_CENTER,
            shown_year.to_string(),
            year_font,
            text_color,
        );
        year_response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Label, true, shown_year.to_string())
        });
    });
}

fn speed_label(texts: &crate::data::Texts<'_>, years_per_sec: f64) -> String {
    texts.ui_with(
        "slider-speed-option",
        &[("speed", texts.decimal(years_per_sec).into())],
    )
}

/// The year at horizontal position `x` on a track from `left` to `right`.
fn year_at(x: f32, left: f32, right: f32, first: i32, last: i32) -> i32 {
    let t = ((x - left) / (right - left).max(1.0)).clamp(0.0, 1.0);
    first + (t * (last - first) as f32).round() as i32
}

/// The track: drag or click to pick a year; arrow keys are handled app-wide. Returns the
/// year to show: the one under the pointer while it drags, else the state's.
fn track_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) -> i32 {
    // Decade labels follow the body size, so they read at 20 px in the kiosk.
    let label_font = FontId::proportional(TextStyle::Body.resolve(ui.style()).size);
    let label_height = ui.fonts_mut(|fonts| fonts.row_height(&label_font));
    let desired = Vec2::new(
        ui.available_width() - theme::SPACE_S,
        (27.0 + label_height).max(46.0),
    );
    let (rect, response) = ui.allocate_exact_size(desired, Sense::click_and_drag());
    let first = state.playback().first_year();
    let last = state.playback().last_year();
    let track = Rect::from_min_max(
        Pos2::new(rect.left() + 10.0, rect.top() + 16.0),
        Pos2::new(rect.right() - 10.0, rect.top() + 20.0),
    );
    let x_of = |year: f64| {
        track.left()
            + (year - f64::from(first)) as f32 / (last - first).max(1) as f32 * track.width()
    };
    // Left and Right stay with the slider while it has focus (they step the year app-wide)
    // instead of moving focus to a neighbour.
    ui.memory_mut(|memory| {
        memory.set_focus_lock_filter(
            response.id,
            egui::EventFilter {
                horizontal_arrows: true,
                ..Default::default()
            },
        );
    });
    let mut shown_year = state.year();
    let mut shown_time_years = state.playback().time_years();
    if let Some(pos) = response.interact_pointer_pos()
        && (response.dragged() || response.clicked())
    {
        let year = year_at(pos.x, track.left(), track.right(), first, last);
        if year != state.year() || state.playback().is_playing() {
            commands.push(Command::Playback(PlaybackCommand::SetYear(year)));
            // The map and the panels follow in the next frame, even if the pointer rests.
            ui.ctx().request_repaint();
        }
        shown_year = year;
        shown_time_years = f64::from(year);
    }
    response.widget_info(|| {
        egui::WidgetInfo::slider(true, f64::from(shown_year), state.texts().ui("slider-year"))
    });
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect.expand(theme::FOCUS_RING_GAP + theme::FOCUS_RING_WIDTH));
    painter.rect_filled(track, 2.0, visuals.widgets.inactive.bg_fill);
    let filled = Rect::from_min_max(track.min, Pos2::new(x_of(shown_time_years), track.max.y));
    painter.rect_filled(filled, 2.0, visuals.selection.bg_fill);
    // Event ticks above the track.
    let tick_color = visuals.strong_text_color();
    for &year in state.event_years() {
        let x = x_of(f64::from(year) + 0.5);
        let current = year <= shown_year;
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
            label_font.clone(),
            visuals.text_color(),
        );
    }
    let handle = Pos2::new(x_of(shown_time_years), track.center().y);
    painter.circle(
        handle,
        8.0,
        visuals.selection.bg_fill,
        Stroke::new(2.0, visuals.strong_text_color()),
    );
    if response.has_focus() {
        // A ring around the whole slider, and one around the handle, which is what moves.
        let ring = Stroke::new(
            theme::FOCUS_RING_WIDTH,
            theme::focus_ring_color(visuals.dark_mode),
        );
        painter.rect_stroke(
            rect.expand(theme::FOCUS_RING_GAP),
            f32::from(theme::CORNER_RADIUS),
            ring,
            egui::StrokeKind::Outside,
        );
        painter.circle_stroke(handle, 8.0 + theme::FOCUS_RING_GAP + 1.0, ring);
    }
    response.on_hover_text(state.texts().ui("slider-track-hint"));
    shown_year
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_track_maps_its_ends_to_the_first_and_last_year() {
        assert_eq!(year_at(10.0, 10.0, 830.0, 1945, 2026), 1945);
        assert_eq!(year_at(830.0, 10.0, 830.0, 1945, 2026), 2026);
        assert_eq!(year_at(-50.0, 10.0, 830.0, 1945, 2026), 1945);
        assert_eq!(year_at(420.0, 10.0, 830.0, 1945, 2026), 1986);
    }
}
