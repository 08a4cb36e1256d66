//! Kiosk overlays: the attract invitation, the "Still exploring?" countdown, and the staff
//! PIN pad behind a long press in the top-left corner.

use egui::{Align2, Color32, RichText, Vec2};

use crate::kiosk::{Kiosk, KioskPhase};
use crate::state::Command;
use crate::theme;

/// Side of the invisible exit corner, in points.
pub const EXIT_CORNER_PX: f32 = 64.0;
/// Smallest touch target, in points.
pub const TOUCH_TARGET_PX: f32 = 56.0;

/// Draws the kiosk's overlays and sends what staff and visitors do as commands.
pub fn kiosk_overlays_ui(
    ctx: &egui::Context,
    kiosk: &Kiosk,
    now: f64,
    year: i32,
    commands: &mut Vec<Command>,
) {
    if kiosk.phase == KioskPhase::Attract {
        invitation_ui(ctx);
        year_ui(ctx, year);
    }
    if let Some(seconds) = kiosk.countdown_remaining_secs(now) {
        countdown_ui(ctx, seconds);
    }
    pin_pad_ui(ctx, kiosk, commands);
}

fn invitation_ui(ctx: &egui::Context) {
    egui::Area::new(egui::Id::unique("kiosk_invitation"))
        .order(egui::Order::Foreground)
        .anchor(Align2::CENTER_TOP, Vec2::new(0.0, theme::SPACE_XL))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(Color32::from_rgb(0xB0, 0x1C, 0x2E))
                .corner_radius(theme::CORNER_RADIUS)
                .inner_margin(egui::Margin::symmetric(28, 14))
                .show(ui, |ui| {
                    ui.label(
                        RichText::new("Touch to explore")
                            .size(38.0)
                            .strong()
                            .color(Color32::WHITE),
                    );
                });
        });
}

/// The year of the story, large, at the top right (the slider is hidden while attracting;
/// the top left lists the year's new states).
fn year_ui(ctx: &egui::Context, year: i32) {
    egui::Area::new(egui::Id::unique("kiosk_year"))
        .order(egui::Order::Foreground)
        .anchor(
            Align2::RIGHT_TOP,
            Vec2::new(-theme::SPACE_XL, theme::SPACE_XL),
        )
        .interactable(false)
        .show(ctx, |ui| {
            ui.label(
                RichText::new(year.to_string())
                    .font(egui::FontId::monospace(56.0))
                    .strong()
                    .color(Color32::WHITE)
                    .background_color(Color32::from_black_alpha(170)),
            );
        });
}

fn countdown_ui(ctx: &egui::Context, seconds: u32) {
    egui::Area::new(egui::Id::unique("kiosk_countdown"))
        .order(egui::Order::Foreground)
        .anchor(Align2::CENTER_CENTER, Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(Color32::from_black_alpha(230))
                .corner_radius(theme::CORNER_RADIUS)
                .inner_margin(theme::SPACE_XL)
                .show(ui, |ui| {
                    ui.vertical_centered(|ui| {
                        ui.label(
                            RichText::new("Still exploring?")
                                .size(38.0)
                                .strong()
                                .color(Color32::WHITE),
                        );
                        ui.label(
                            RichText::new(format!("The atlas starts over in {seconds} s"))
                                .size(24.0)
                                .color(Color32::WHITE),
                        );
                        ui.add_space(theme::SPACE_M);
                        // Touching anywhere, this button included, keeps the visit going.
                        ui.add(
                            egui::Button::new(RichText::new("Keep exploring").size(24.0))
                                .min_size(Vec2::new(240.0, TOUCH_TARGET_PX)),
                        );
                    });
                });
        });
}

/// The staff PIN pad, while it is open.
fn pin_pad_ui(ctx: &egui::Context, kiosk: &Kiosk, commands: &mut Vec<Command>) {
    let Some(entry) = kiosk.pin_entry.clone() else {
        return;
    };
    let mut cancel = false;
    egui::Area::new(egui::Id::unique("kiosk_pin_pad"))
        .order(egui::Order::Foreground)
        .anchor(Align2::CENTER_CENTER, Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .inner_margin(theme::SPACE_L)
                .show(ui, |ui| {
                    ui.label(RichText::new("Staff PIN").size(24.0).strong());
                    ui.label(
                        RichText::new("•".repeat(entry.len()))
                            .size(24.0)
                            .monospace(),
                    );
                    egui::Grid::new("pin_grid")
                        .spacing(Vec2::splat(theme::SPACE_S))
                        .show(ui, |ui| {
                            for (i, digit) in "1234567890".chars().enumerate() {
                                let button =
                                    egui::Button::new(RichText::new(digit.to_string()).size(24.0))
                                        .min_size(Vec2::splat(TOUCH_TARGET_PX));
                                if ui.add(button).clicked() {
                                    commands.push(Command::KioskPinDigit(digit));
                                }
                                if i % 3 == 2 {
                                    ui.end_row();
                                }
                            }
                        });
                    let button = egui::Button::new(RichText::new("Cancel").size(20.0))
                        .min_size(Vec2::new(3.0 * TOUCH_TARGET_PX, TOUCH_TARGET_PX));
                    if ui.add(button).clicked() {
                        cancel = true;
                    }
                });
        });
    if cancel {
        commands.push(Command::KioskClosePinPad);
    }
}
