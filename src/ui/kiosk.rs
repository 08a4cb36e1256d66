//! Kiosk overlays: the attract invitation, the "Still exploring?" countdown, and the staff
//! PIN pad behind a long press in the top-left corner.

use std::sync::Arc;

use egui::{Align2, FontId, Galley, Pos2, Rect, RichText, Vec2};

use crate::kiosk::{Kiosk, KioskPhase};
use crate::state::Command;
use crate::theme;

/// Side of the invisible exit corner, in points.
pub const EXIT_CORNER_PT: f32 = 64.0;
/// Smallest touch target, in points.
pub const TOUCH_TARGET_PT: f32 = 56.0;

/// Draws the kiosk's overlays and sends what staff do on the PIN pad as commands. (The
/// exit corner's hold is read with the other input, in `app::keys`.)
pub fn kiosk_overlays_ui(
    ctx: &egui::Context,
    kiosk: &Kiosk,
    now: f64,
    year: i32,
    commands: &mut Vec<Command>,
) {
    if kiosk.phase == KioskPhase::Attract {
        invitation_ui(ctx, year);
    }
    if let Some(seconds) = kiosk.countdown_remaining_secs(now) {
        countdown_ui(ctx, seconds);
    }
    pin_pad_ui(ctx, kiosk, commands);
}

/// "Touch to explore" and the year, laid out; the map asks for their rectangles too.
struct AttractOverlays {
    invitation: (Rect, Arc<Galley>),
    year: (Rect, Arc<Galley>),
}

const INVITATION_PADDING: Vec2 = Vec2::new(28.0, 14.0);
const YEAR_PADDING: Vec2 = Vec2::new(theme::SPACE_M, theme::SPACE_XS);

/// The invitation centred at the top of the screen, the year at the top right (the slider
/// is hidden while attracting).
fn attract_overlays(ctx: &egui::Context, year: i32) -> AttractOverlays {
    let screen = ctx.content_rect();
    let (invitation, year) = ctx.fonts_mut(|fonts| {
        (
            fonts.layout_no_wrap(
                "Touch to explore".to_owned(),
                FontId::proportional(theme::type_size::KIOSK_HEADLINE),
                theme::KIOSK_TEXT,
            ),
            fonts.layout_no_wrap(
                year.to_string(),
                FontId::monospace(theme::type_size::KIOSK_YEAR),
                theme::KIOSK_TEXT,
            ),
        )
    });
    let invitation_size = invitation.size() + 2.0 * INVITATION_PADDING;
    let invitation_rect = Rect::from_min_size(
        Pos2::new(
            screen.center().x - invitation_size.x / 2.0,
            screen.top() + theme::SPACE_XL,
        ),
        invitation_size,
    );
    let year_size = year.size() + 2.0 * YEAR_PADDING;
    let year_rect = Rect::from_min_size(
        Pos2::new(
            screen.right() - theme::SPACE_XL - year_size.x,
            screen.top() + theme::SPACE_XL,
        ),
        year_size,
    );
    AttractOverlays {
        invitation: (invitation_rect, invitation),
        year: (year_rect, year),
    }
}

/// Where the attract loop's invitation and year are drawn, for the map and the caption to
/// keep clear of.
pub fn attract_overlay_rects(ctx: &egui::Context, year: i32) -> [Rect; 2] {
    let overlays = attract_overlays(ctx, year);
    [overlays.invitation.0, overlays.year.0]
}

fn invitation_ui(ctx: &egui::Context, year: i32) {
    let AttractOverlays { invitation, year } = attract_overlays(ctx, year);
    for (id, (rect, galley), fill, padding) in [
        (
            "kiosk_invitation",
            invitation,
            theme::INVITATION_FILL,
            INVITATION_PADDING,
        ),
        ("kiosk_year", year, theme::COUNTER_FILL, YEAR_PADDING),
    ] {
        egui::Area::new(egui::Id::unique(id))
            .order(egui::Order::Foreground)
            .fixed_pos(rect.min)
            .interactable(false)
            .show(ctx, |ui| {
                egui::Frame::new()
                    .fill(fill)
                    .corner_radius(theme::CORNER_RADIUS)
                    .inner_margin(padding)
                    .show(ui, |ui| {
                        ui.add(egui::Label::new(galley).selectable(false));
                    });
            });
    }
}

fn countdown_ui(ctx: &egui::Context, seconds: u32) {
    egui::Area::new(egui::Id::unique("kiosk_countdown"))
        .order(egui::Order::Foreground)
        .anchor(Align2::CENTER_CENTER, Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(theme::COUNTDOWN_FILL)
                .corner_radius(theme::CORNER_RADIUS)
                .inner_margin(theme::SPACE_XL)
                .show(ui, |ui| {
                    ui.vertical_centered(|ui| {
                        ui.label(
                            RichText::new("Still exploring?")
                                .size(theme::type_size::KIOSK_HEADLINE)
                                .strong()
                                .color(theme::KIOSK_TEXT),
                        );
                        ui.label(
                            RichText::new(format!("The atlas starts over in {seconds} s"))
                                .size(theme::type_size::KIOSK_BODY)
                                .color(theme::KIOSK_TEXT),
                        );
                        ui.add_space(theme::SPACE_M);
                        // Touching anywhere, this button included, keeps the visit going.
                        ui.add(
                            egui::Button::new(
                                RichText::new("Keep exploring").size(theme::type_size::KIOSK_BODY),
                            )
                            .min_size(Vec2::new(240.0, TOUCH_TARGET_PT)),
                        );
                    });
                });
        });
}

/// What the PIN pad says under its title: how many digits are typed, or that the last PIN
/// was wrong (until the next digit).
pub fn pin_status_text(digits_typed: usize, rejected: bool) -> String {
    match (digits_typed, rejected) {
        (0, true) => "Wrong PIN".to_owned(),
        (0, false) => "Type the PIN".to_owned(),
        (1, _) => "1 digit typed".to_owned(),
        (n, _) => format!("{n} digits typed"),
    }
}

/// Diameter of a typed digit's dot, in points.
const PIN_DOT_PT: f32 = 16.0;

/// One dot per digit typed; "Wrong PIN" in the error colour after a wrong PIN; the line
/// keeps its height so the pad does not jump.
fn pin_status_ui(ui: &mut egui::Ui, digits_typed: usize, rejected: bool) {
    let text = pin_status_text(digits_typed, rejected);
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(3.0 * TOUCH_TARGET_PT, 28.0), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, &text));
    if digits_typed == 0 {
        let color = if rejected {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().weak_text_color()
        };
        ui.painter().text(
            rect.left_center(),
            Align2::LEFT_CENTER,
            text,
            FontId::proportional(theme::type_size::KIOSK_SMALL),
            color,
        );
        return;
    }
    let color = ui.visuals().strong_text_color();
    let step = PIN_DOT_PT * 1.6;
    for index in 0..digits_typed {
        let center = Pos2::new(
            rect.left() + PIN_DOT_PT / 2.0 + index as f32 * step,
            rect.center().y,
        );
        if center.x > rect.right() {
            break;
        }
        ui.painter().circle_filled(center, PIN_DOT_PT / 2.0, color);
    }
}

/// The staff PIN pad, while it is open; digits and Cancel become commands.
fn pin_pad_ui(ctx: &egui::Context, kiosk: &Kiosk, commands: &mut Vec<Command>) {
    let Some(entry) = kiosk.pin_entry.clone() else {
        return;
    };
    let rejected = kiosk.pin_rejected;
    let mut cancel = false;
    let mut typed = false;
    egui::Area::new(egui::Id::unique("kiosk_pin_pad"))
        .order(egui::Order::Foreground)
        .anchor(Align2::CENTER_CENTER, Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .inner_margin(theme::SPACE_L)
                .show(ui, |ui| {
                    ui.label(
                        RichText::new("Staff PIN")
                            .size(theme::type_size::KIOSK_BODY)
                            .strong(),
                    );
                    pin_status_ui(ui, entry.chars().count(), rejected);
                    egui::Grid::new("pin_grid")
                        .spacing(Vec2::splat(theme::SPACE_S))
                        .show(ui, |ui| {
                            for (i, digit) in "1234567890".chars().enumerate() {
                                let button = egui::Button::new(
                                    RichText::new(digit.to_string())
                                        .size(theme::type_size::KIOSK_BODY),
                                )
                                .min_size(Vec2::splat(TOUCH_TARGET_PT));
                                if ui.add(button).clicked() {
                                    typed = true;
                                    commands.push(Command::KioskPinDigit(digit));
                                }
                                if i % 3 == 2 {
                                    ui.end_row();
                                }
                            }
                        });
                    let button = egui::Button::new(
                        RichText::new("Cancel").size(theme::type_size::KIOSK_SMALL),
                    )
                    .min_size(Vec2::new(3.0 * TOUCH_TARGET_PT, TOUCH_TARGET_PT));
                    if ui.add(button).clicked() {
                        cancel = true;
                    }
                });
        });
    if cancel {
        commands.push(Command::KioskClosePinPad);
    }
    if typed || cancel {
        // The pad's status line was drawn before this click: show the new one now rather
        // than at the next input.
        ctx.request_repaint();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_pin_pad_counts_digits_and_says_when_a_pin_was_wrong() {
        use super::pin_status_text;
        assert_eq!(pin_status_text(0, false), "Type the PIN");
        assert_eq!(pin_status_text(3, false), "3 digits typed");
        assert_eq!(pin_status_text(0, true), "Wrong PIN");
        assert_eq!(
            pin_status_text(1, true),
            "1 digit typed",
            "a digit clears it"
        );
    }
}
