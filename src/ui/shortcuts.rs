//! The keyboard shortcuts window (`?`): every key of the desk and presentation modes. Not in
//! the kiosk, which reads no shortcut. Closed by `?`, Esc or its close button.
//!
//! The tables below are the one place these texts live; the keys themselves are read in
//! `app/keys.rs` (and a key added there belongs here too). Only glyphs the bundled fonts
//! have: key names are spelt out, no arrow symbols.

use crate::state::{AppState, Command, Mode};

/// The window's title.
pub const SHORTCUTS_TITLE: &str = "Keyboard shortcuts";

/// At the desk: key, what it does.
pub const DESK_KEYS: &[(&str, &str)] = &[
    ("Tab, Shift+Tab", "Move between the controls and the map"),
    ("Left, Right", "Previous or next year"),
    ("Page Up, Page Down", "Previous or next year with events"),
    ("Space", "Play or pause (or press the focused button)"),
    (
        "Esc",
        "Close the card (or leave the focused control, or this window)",
    ),
    ("Ctrl+S", "Save a picture of the view"),
    ("F12", "Show or hide frame times"),
    ("?", "Show or hide these shortcuts"),
];

/// While the map has focus (Tab to it): key, what it does.
pub const MAP_KEYS: &[(&str, &str)] = &[
    ("Left, Right", "Previous or next event of the year"),
    (
        "Up, Down",
        "Previous or next country (in alphabetical order)",
    ),
    ("A letter", "Next country whose name starts with it"),
    ("Enter, Space", "Open the card of the event or country"),
    ("Esc", "Close the card; again to leave the map"),
    ("Page Up, Page Down", "Previous or next year with events"),
];

/// Presenting a story (`--present`): key, what it does.
pub const PRESENTATION_KEYS: &[(&str, &str)] = &[
    ("Right, Down, Page Down, Space, Enter", "Next step"),
    ("Left, Up, Page Up, Backspace", "Previous step"),
    ("Home, End", "First or last step"),
    ("1 to 9", "Go to that step"),
    ("B", "Blank the screen, and back"),
    ("Esc", "Leave fullscreen (or close this window)"),
    ("Ctrl+S", "Save a picture of the view"),
    ("Ctrl+E", "Save the story as an animated GIF"),
    ("?", "Show or hide these shortcuts"),
];

/// Headings of the three tables.
pub const DESK_HEADING: &str = "At the desk";
pub const MAP_HEADING: &str = "On the map";
pub const PRESENTATION_HEADING: &str = "Presenting a story";

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
    let mut open = true;
    egui::Window::new(SHORTCUTS_TITLE)
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
                        ui.strong(heading);
                        egui::Grid::new(heading)
                            .num_columns(2)
                            .spacing([crate::theme::SPACE_M, crate::theme::SPACE_XS])
                            .striped(true)
                            .show(ui, |ui| {
                                for (key, action) in keys {
                                    ui.monospace(*key);
                                    ui.label(*action);
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
