//! The keyboard shortcuts window (`?`): every key of the desk and presentation modes. Not in
//! the kiosk, which reads no shortcut. Closed by `?`, Esc or its close button.
//!
//! The tables below list the messages (`keys-*` in `assets/i18n/LANG/interface.ftl`) of each
//! key and what it does; the keys themselves are read in `app/keys.rs` (and a key added
//! there belongs here too). Only glyphs the bundled fonts have: key names are spelt out, no
//! arrow symbols.

use crate::state::{AppState, Command, Mode};

/// The window's title (message id).
pub const SHORTCUTS_TITLE: &str = "keys-title";

/// At the desk: the messages of a key and of what it does.
pub const DESK_KEYS: &[(&str, &str)] = &[
    ("keys-desk-1-key", "keys-desk-1"),
    ("keys-desk-2-key", "keys-desk-2"),
    ("keys-desk-3-key", "keys-desk-3"),
    ("keys-desk-4-key", "keys-desk-4"),
    ("keys-desk-5-key", "keys-desk-5"),
    ("keys-desk-6-key", "keys-desk-6"),
    ("keys-desk-7-key", "keys-desk-7"),
    ("keys-desk-8-key", "keys-desk-8"),
];

/// While the map has focus (Tab to it).
pub const MAP_KEYS: &[(&str, &str)] = &[
    ("keys-map-1-key", "keys-map-1"),
    ("keys-map-2-key", "keys-map-2"),
    ("keys-map-3-key", "keys-map-3"),
    ("keys-map-4-key", "keys-map-4"),
    ("keys-map-5-key", "keys-map-5"),
    ("keys-map-6-key", "keys-map-6"),
];

/// Presenting a story (`--present`).
pub const PRESENTATION_KEYS: &[(&str, &str)] = &[
    ("keys-present-1-key", "keys-present-1"),
    ("keys-present-2-key", "keys-present-2"),
    ("keys-present-3-key", "keys-present-3"),
    ("keys-present-4-key", "keys-present-4"),
    ("keys-present-5-key", "keys-present-5"),
    ("keys-present-6-key", "keys-present-6"),
    ("keys-present-7-key", "keys-present-7"),
    ("keys-present-8-key", "keys-present-8"),
    ("keys-present-9-key", "keys-present-9"),
];

/// Headings of the three tables (message ids).
pub const DESK_HEADING: &str = "keys-desk";
pub const MAP_HEADING: &str = "keys-map";
pub const PRESENTATION_HEADING: &str = "keys-presentation";

pub fn shortcuts_window(ctx: &egui::Context, state: &AppState, commands: &mut Vec<Command>) {
    if !state.show_shortcuts() {
        return;
    }
    // The mode's own keys first.
    let mut tables = [
        (DESK_HEADING, DESK_KEYS),
        (MAP_HEADING, MAP_KEYS),
        (PRESENTATION_HEADING, PRESENTATION_KEYS),
    ];
    if matches!(state.mode(), Mode::Present { .. }) {
        tables.rotate_right(1);
    }
    let texts = state.texts();
    let mut open = true;
    egui::Window::new(texts.ui(SHORTCUTS_TITLE))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .max_height(ctx.content_rect().height() * 0.9)
        .show(ctx, |ui| {
            let height = ctx.content_rect().height() * 0.75;
            egui::ScrollArea::vertical()
                .max_height(height)
                .min_scrolled_height(height)
                .show(ui, |ui| {
                    for (heading, keys) in tables {
                        ui.strong(texts.ui(heading));
                        egui::Grid::new(heading)
                            .num_columns(2)
                            .spacing([crate::theme::SPACE_M, crate::theme::SPACE_XS])
                            .striped(true)
                            .show(ui, |ui| {
                                for (key, action) in keys {
                                    ui.monospace(texts.ui(key));
                                    ui.label(texts.ui(action));
                                    ui.end_row();
                                }
                            });
                        ui.add_space(crate::theme::SPACE_S);
                    }
                });
        });
    if !open {
        commands.push(Command::SetShortcutsOpen(false));
    }
}
