//! What each mode reads from the keyboard and the touch screen. These functions only read
//! input and return plain values: a context method called inside an input closure would
//! deadlock the frame, so the caller acts on what they return.

use crate::kiosk::{Kiosk, KioskPhase};
use crate::state::Command;
use crate::time::playback::PlaybackCommand;

/// Keys a desk user sends. The year keys work whatever has focus, except a text field and
/// the map; Space and Esc belong to a focused widget (Space presses a button, Esc drops
/// focus). While the map has focus, the arrow keys and letters move its keyboard cursor
/// instead (`state/map_cursor.rs`), Enter opens the cursor's card (the map's own click) and
/// Esc closes the card.
pub(super) fn keyboard_commands(ui: &egui::Ui) -> Vec<Command> {
    let ctx = ui.ctx();
    if ctx.text_edit_focused() {
        return Vec::new();
    }
    let widget_focused = ctx.egui_wants_keyboard_input();
    let map_focused = ctx.memory(|memory| memory.has_focus(crate::ui::map::map_id()));
    let (commands, arrows) = ui.input(|input| {
        let mut commands = Vec::new();
        let right = input.key_pressed(egui::Key::ArrowRight);
        let left = input.key_pressed(egui::Key::ArrowLeft);
        if map_focused {
            commands.extend(map_cursor_keys(input));
        } else {
            if right {
                commands.push(Command::Playback(PlaybackCommand::StepYears(1)));
            }
            if left {
                commands.push(Command::Playback(PlaybackCommand::StepYears(-1)));
            }
        }
        if input.key_pressed(egui::Key::PageDown) {
            commands.push(Command::NextEventYear);
        }
        if input.key_pressed(egui::Key::PageUp) {
            commands.push(Command::PreviousEventYear);
        }
        if !widget_focused && input.key_pressed(egui::Key::Space) {
            commands.push(Command::Playback(PlaybackCommand::TogglePlay));
        }
        if (!widget_focused || map_focused) && input.key_pressed(egui::Key::Escape) {
            commands.push(Command::ClearSelection);
        }
        // Staff and developers: frame times over the map (never offered to kiosk visitors).
        if input.key_pressed(egui::Key::F12) {
            commands.push(Command::ToggleFrameOverlay);
        }
        commands.extend(export_keys(input));
        commands.extend(text_size_keys(input));
        let vertical =
            input.key_pressed(egui::Key::ArrowUp) || input.key_pressed(egui::Key::ArrowDown);
        (commands, right || left || (map_focused && vertical))
    });
    if arrows && widget_focused {
        // The arrows moved the year or the map's cursor; they must not also move focus to a
        // neighbouring widget (the map's focus lock filter holds them only from its second
        // frame with focus).
        ctx.memory_mut(|memory| memory.move_focus(egui::FocusDirection::None));
    }
    commands
}

/// The map's keys while it has focus: Left and Right the year's events, Up and Down the
/// countries, a typed letter the next country starting with it.
fn map_cursor_keys(input: &egui::InputState) -> Vec<Command> {
    use crate::state::CursorStep;
    let mut commands = Vec::new();
    let steps = [
        (egui::Key::ArrowRight, CursorStep::NextEvent),
        (egui::Key::ArrowLeft, CursorStep::PreviousEvent),
        (egui::Key::ArrowDown, CursorStep::NextCountry),
        (egui::Key::ArrowUp, CursorStep::PreviousCountry),
    ];
    for (key, step) in steps {
        if input.key_pressed(key) {
            commands.push(Command::MoveMapCursor(step));
        }
    }
    if !input.modifiers.command && !input.modifiers.alt {
        for event in &input.events {
            if let egui::Event::Text(text) = event {
                commands.extend(
                    text.chars()
                        .filter(|c| c.is_alphabetic())
                        .map(|c| Command::MoveMapCursor(CursorStep::CountryStartingWith(c))),
                );
            }
        }
    }
    commands
}

/// `?` opens and closes the keyboard shortcuts window (desk and presentation; the kiosk
/// never reads it); Esc closes it. Returns the command and whether Esc was taken, so the
/// mode's own Esc (close the card, leave fullscreen) does not act on the same press.
pub(super) fn shortcut_keys(ui: &egui::Ui, open: bool) -> (Option<Command>, bool) {
    if ui.ctx().text_edit_focused() {
        return (None, false);
    }
    ui.input(|input| {
        let question = input.key_pressed(egui::Key::Questionmark)
            || input
                .events
                .iter()
                .any(|e| matches!(e, egui::Event::Text(t) if t == "?"));
        let escape = open && input.key_pressed(egui::Key::Escape);
        if question {
            (Some(Command::SetShortcutsOpen(!open)), false)
        } else if escape {
            (Some(Command::SetShortcutsOpen(false)), true)
        } else {
            (None, false)
        }
    })
}

/// Ctrl+S saves a picture of the view; in presentation, Ctrl+E exports the story being
/// told as a GIF (desk and presentation only: the kiosk never reads these).
fn export_keys(input: &egui::InputState) -> Option<Command> {
    use crate::state::{ExportRequest, PictureContent, PictureSize};
    (input.modifiers.command && input.key_pressed(egui::Key::S)).then_some(Command::Export(
        ExportRequest::Picture {
            content: PictureContent::View,
            size: PictureSize::Window,
        },
    ))
}

/// Ctrl + (or Ctrl =) and Ctrl − change the text size, Ctrl 0 resets it (desk and
/// presentation; a kiosk visitor's keys never reach this).
fn text_size_keys(input: &egui::InputState) -> Option<Command> {
    use crate::state::TextSizeStep;
    if !input.modifiers.command {
        return None;
    }
    let step = if input.key_pressed(egui::Key::Plus) || input.key_pressed(egui::Key::Equals) {
        TextSizeStep::Larger
    } else if input.key_pressed(egui::Key::Minus) {
        TextSizeStep::Smaller
    } else if input.key_pressed(egui::Key::Num0) {
        TextSizeStep::Reset
    } else {
        return None;
    };
    Some(Command::TextSize(step))
}

/// What a lecturer's clicker asked for in one frame.
/// Keys that presentation clickers send; B blanks, Esc leaves fullscreen (as commands: the
/// viewport command is sent after the input lock is released).
pub(super) fn presentation_keys(ui: &egui::Ui) -> Vec<Command> {
    use egui::Key;
    ui.input(|input| {
        let mut commands = Vec::new();
        let pressed = |keys: &[Key]| keys.iter().any(|k| input.key_pressed(*k));
        if pressed(&[
            Key::ArrowRight,
            Key::ArrowDown,
            Key::PageDown,
            Key::Space,
            Key::Enter,
        ]) {
            commands.push(Command::StoryNext);
        }
        if pressed(&[Key::ArrowLeft, Key::ArrowUp, Key::PageUp, Key::Backspace]) {
            commands.push(Command::StoryPrevious);
        }
        if pressed(&[Key::Home]) {
            commands.push(Command::StoryFirst);
        }
        if pressed(&[Key::End]) {
            commands.push(Command::StoryLast);
        }
        let digits = [
            Key::Num1,
            Key::Num2,
            Key::Num3,
            Key::Num4,
            Key::Num5,
            Key::Num6,
            Key::Num7,
            Key::Num8,
            Key::Num9,
        ];
        for (index, key) in digits.iter().enumerate() {
            if input.key_pressed(*key) {
                commands.push(Command::StoryGoTo(index));
            }
        }
        if pressed(&[Key::B]) {
            commands.push(Command::ToggleBlank);
        }
        if pressed(&[Key::Escape]) {
            commands.push(Command::LeaveFullscreen);
        }
        commands.extend(export_keys(input));
        commands.extend(text_size_keys(input));
        if input.modifiers.command && input.key_pressed(Key::E) {
            commands.push(Command::Export(crate::state::ExportRequest::PresentedStory));
        }
        commands
    })
}

/// Touches and keys in kiosk mode: any input hands control to the visitor (the kiosk counts
/// idleness from it); the year keys work while exploring. No key quits.
pub(super) fn kiosk_input(
    ui: &egui::Ui,
    kiosk: &Kiosk,
    now_secs: f64,
    languages: &[(egui::Rect, String)],
) -> Vec<Command> {
    let mut commands = Vec::new();
    // A touch on a language button of the attract screen starts the visit in that language.
    let pressed_at = ui.input(|i| {
        i.events.iter().find_map(|e| match e {
            egui::Event::PointerButton {
                pos, pressed: true, ..
            } => Some(*pos),
            _ => None,
        })
    });
    if let Some(pos) = pressed_at
        && let Some((_, code)) = languages.iter().find(|(rect, _)| rect.contains(pos))
    {
        commands.push(Command::SetLanguage(code.clone()));
    }
    let touched = ui.input(|i| {
        i.events.iter().any(|e| {
            matches!(
                e,
                egui::Event::PointerButton { pressed: true, .. }
                    | egui::Event::Touch { .. }
                    | egui::Event::Key { pressed: true, .. }
                    | egui::Event::MouseWheel { .. }
            )
        })
    });
    if touched {
        commands.push(Command::KioskInput { now_secs });
    }
    // The staff exit: a finger held in the top-left corner.
    let corner = crate::ui::kiosk::EXIT_CORNER_PT;
    let corner_held = ui.input(|i| {
        i.pointer.primary_down()
            && i.pointer
                .interact_pos()
                .is_some_and(|p| p.x < corner && p.y < corner)
    });
    commands.push(Command::KioskCornerHeld {
        held: corner_held,
        now_secs,
    });
    if kiosk.phase != KioskPhase::Attract {
        commands.extend(keyboard_commands(ui));
    }
    commands
}
