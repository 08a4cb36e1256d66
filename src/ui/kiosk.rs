//! Kiosk overlays: the attract invitation, the "Still exploring?" countdown, and the staff
//! PIN pad behind a long press in the top-left corner.

use std::sync::Arc;

use egui::{Align2, FontId, Galley, Pos2, Rect, RichText, Vec2};

use crate::kiosk::{Kiosk, KioskPhase};
use crate::state::{AppState, Command};
use crate::theme;

/// Side of the invisible exit corner, in points.
pub const EXIT_CORNER_PT: f32 = 64.0;
/// Smallest touch target, in points.
pub const TOUCH_TARGET_PT: f32 = 56.0;

/// Draws the kiosk's overlays and sends what staff do on the PIN pad as commands. (The
/// exit corner's hold is read with the other input, in `app::keys`.)
pub fn kiosk_overlays_ui(
    ctx: &egui::Context,
    state: &AppState,
    kiosk: &Kiosk,
    now: f64,
    commands: &mut Vec<Command>,
) {
    if kiosk.phase == KioskPhase::Attract {
        invitation_ui(ctx, state);
    }
    if let Some(seconds) = kiosk.countdown_remaining_secs(now) {
        countdown_ui(ctx, state, seconds);
    }
    pin_pad_ui(ctx, state, kiosk, commands);
}

/// "Touch to explore", the year and the language buttons, laid out; the map asks for their
/// rectangles too, and the kiosk's input reads which language a touch chose.
struct AttractOverlays {
    invitation: (Rect, Arc<Galley>),
    year: (Rect, Arc<Galley>),
    /// One button per language, by its own name, along the bottom.
    languages: Vec<(Rect, Arc<Galley>, String)>,
}

/// The invitation's language while attracting: each step of the unattended story shows it
/// in the next language, so every visitor meets their own within a minute or two.
pub fn invitation_language(state: &AppState) -> String {
    let codes = state.atlas().translations.codes();
    let step = state.story().map_or(0, |player| player.step);
    let story = state.story().map_or(0, |player| player.story);
    // The kiosk's own language first, then the others in the pickers' order.
    let own = codes
        .iter()
        .position(|c| *c == state.language())
        .unwrap_or(0);
    let index = (own + step + story) % codes.len().max(1);
    codes
        .get(index)
        .map_or_else(|| state.language().to_owned(), |c| (*c).to_owned())
}

const LANGUAGE_PADDING: Vec2 = Vec2::new(theme::SPACE_L, theme::SPACE_S);

const INVITATION_PADDING: Vec2 = Vec2::new(28.0, 14.0);
const YEAR_PADDING: Vec2 = Vec2::new(theme::SPACE_M, theme::SPACE_XS);

/// The invitation centred at the top of the screen, the year at the top right (the slider
/// is hidden while attracting).
fn attract_overlays(ctx: &egui::Context, state: &AppState) -> AttractOverlays {
    let screen = ctx.content_rect();
    let year = state.year();
    let invitation_text = state
        .atlas()
        .texts(&invitation_language(state))
        .ui("kiosk-invitation");
    let names: Vec<(String, String)> = state
        .atlas()
        .translations
        .languages
        .iter()
        .map(|p| (p.code.clone(), p.name.clone()))
        .collect();
    let (invitation, year, name_galleys) = ctx.fonts_mut(|fonts| {
        (
            fonts.layout_no_wrap(
                invitation_text,
                FontId::proportional(theme::type_size::KIOSK_HEADLINE),
                theme::KIOSK_TEXT,
            ),
            fonts.layout_no_wrap(
                year.to_string(),
                FontId::monospace(theme::type_size::KIOSK_YEAR),
                theme::KIOSK_TEXT,
            ),
            names
                .iter()
                .map(|(_, name)| {
                    fonts.layout_no_wrap(
                        name.clone(),
                        FontId::proportional(theme::type_size::KIOSK_BODY),
                        theme::KIOSK_TEXT,
                    )
                })
                .collect::<Vec<_>>(),
        )
    });
    let sizes: Vec<Vec2> = name_galleys
        .iter()
        .map(|g| (g.size() + 2.0 * LANGUAGE_PADDING).max(Vec2::splat(TOUCH_TARGET_PT)))
        .collect();
    // A compact row at the bottom right, clear of the caption's usual corner.
    let row_width = sizes.iter().map(|s| s.x).sum::<f32>()
        + theme::SPACE_S * sizes.len().saturating_sub(1) as f32;
    let mut x = screen.right() - theme::SPACE_XL - row_width;
    let mut languages = Vec::new();
    for ((galley, size), (code, _)) in name_galleys.into_iter().zip(sizes).zip(names) {
        let rect = Rect::from_min_size(
            Pos2::new(x, screen.bottom() - theme::SPACE_XL - size.y),
            size,
        );
        x += size.x + theme::SPACE_S;
        languages.push((rect, galley, code));
    }
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
        languages,
    }
}

/// Where the attract loop's invitation, year and language buttons are drawn, for the map
/// and the caption to keep clear of.
pub fn attract_overlay_rects(ctx: &egui::Context, state: &AppState) -> Vec<Rect> {
    let overlays = attract_overlays(ctx, state);
    let mut rects = vec![overlays.invitation.0, overlays.year.0];
    rects.extend(overlays.languages.iter().map(|(rect, _, _)| *rect));
    rects
}

/// The language buttons of the attract screen: where each is and the language it picks
/// (read by the kiosk's input, which hands the touch to the visitor in that language).
pub fn language_buttons(ctx: &egui::Context, state: &AppState) -> Vec<(Rect, String)> {
    attract_overlays(ctx, state)
        .languages
        .into_iter()
        .map(|(rect, _, code)| (rect, code))
        .collect()
}

fn invitation_ui(ctx: &egui::Context, state: &AppState) {
    let AttractOverlays {
        invitation,
        year,
        languages,
    } = attract_overlays(ctx, state);
    for (rect, galley, code) in languages {
        let fill = if code == state.language() {
            theme::INVITATION_FILL
        } else {
            theme::COUNTER_FILL
        };
        egui::Area::new(egui::Id::unique(("kiosk_language", &code)))
            .order(egui::Order::Foreground)
            .fixed_pos(rect.min)
            .interactable(false)
            .show(ctx, |ui| {
                // The margin centres the name in the button's rectangle (a short name gets
                // the touch target's full width).
                let margin = ((rect.size() - galley.size()) / 2.0).max(Vec2::ZERO);
                egui::Frame::new()
                    .fill(fill)
                    .corner_radius(theme::CORNER_RADIUS)
                    .inner_margin(egui::Margin::symmetric(margin.x as i8, margin.y as i8))
                    .show(ui, |ui| {
                        ui.add(egui::Label::new(galley).selectable(false));
                    });
            });
    }
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

fn countdown_ui(ctx: &egui::Context, state: &AppState, seconds: u32) {
    let texts = state.texts();
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
                            RichText::new(texts.ui("kiosk-still-exploring"))
                                .size(theme::type_size::KIOSK_HEADLINE)
                                .strong()
                                .color(theme::KIOSK_TEXT),
                        );
                        ui.label(
                            RichText::new(
                                texts.ui_with("kiosk-starts-over", &[("seconds", seconds.into())]),
                            )
                            .size(theme::type_size::KIOSK_BODY)
                            .color(theme::KIOSK_TEXT),
                        );
                        ui.add_space(theme::SPACE_M);
                        // Touching anywhere, this button included, keeps the visit going.
                        ui.add(
                            egui::Button::new(
                                RichText::new(texts.ui("kiosk-keep-exploring"))
                                    .size(theme::type_size::KIOSK_BODY),
                            )
                            .min_size(Vec2::new(240.0, TOUCH_TARGET_PT)),
                        );
                    });
                });
        });
}

/// What the PIN pad says under its title: how many digits are typed, or that the last PIN
/// was wrong (until the next digit).
pub fn pin_status_text(
    texts: &crate::data::Texts<'_>,
    digits_typed: usize,
    rejected: bool,
) -> String {
    match (digits_typed, rejected) {
        (0, true) => texts.ui("kiosk-pin-wrong"),
        (0, false) => texts.ui("kiosk-pin-type"),
        (n, _) => texts.ui_with("kiosk-pin-digits", &[("count", n.into())]),
    }
}

/// Diameter of a typed digit's dot, in points.
const PIN_DOT_PT: f32 = 16.0;

/// One dot per digit typed; "Wrong PIN" in the error colour after a wrong PIN; the line
/// keeps its height so the pad does not jump.
fn pin_status_ui(ui: &mut egui::Ui, text: String, digits_typed: usize, rejected: bool) {
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
fn pin_pad_ui(ctx: &egui::Context, state: &AppState, kiosk: &Kiosk, commands: &mut Vec<Command>) {
    let texts = state.texts();
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
                        RichText::new(texts.ui("kiosk-pin-title"))
                            .size(theme::type_size::KIOSK_BODY)
                            .strong(),
                    );
                    let typed_count = entry.chars().count();
                    let status = pin_status_text(&texts, typed_count, rejected);
                    pin_status_ui(ui, status, typed_count, rejected);
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
                        RichText::new(texts.ui("kiosk-pin-cancel"))
                            .size(theme::type_size::KIOSK_SMALL),
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
        let atlas = crate::data::load_atlas(&crate::data::DataSource::Bundled);
        let texts = atlas.texts("en");
        assert_eq!(pin_status_text(&texts, 0, false), "Type the PIN");
        assert_eq!(pin_status_text(&texts, 3, false), "3 digits typed");
        assert_eq!(pin_status_text(&texts, 0, true), "Wrong PIN");
        assert_eq!(
            pin_status_text(&texts, 1, true),
            "1 digit typed",
            "a digit clears it"
        );
    }
}
