//! What each mode reads from the keyboard and the touch screen. These functions only read
//! input and return plain values: a context method called inside an input closure would
//! deadlock the frame, so the caller acts on what they return.

use crate::kiosk::{Kiosk, KioskPhase};
use crate::state::Command;
use crate::time::playback::PlaybackCommand;

/// Keys a desk user sends. The year keys work whatever has focus, except a text field;
/// Space and Esc belong to a focused widget (Space presses a button, Esc drops focus).
pub(super) fn keyboard_commands(ui: &egui::Ui) -> Vec<Command> {
    let ctx = ui.ctx();
    if ctx.text_edit_focused() {
        return Vec::new();
    }
    let widget_focused = ctx.egui_wants_keyboard_input();
    let (commands, arrows) = ui.input(|input| {
        let mut commands = Vec::new();
        let right = input.key_pressed(egui::Key::ArrowRight);
        let left = input.key_pressed(egui::Key::ArrowLeft);
        if right {
            commands.push(Command::Playback(PlaybackCommand::StepYears(1)));
        }
        if left {
            commands.push(Command::Playback(PlaybackCommand::StepYears(-1)));
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
        if !widget_focused && input.key_pressed(egui::Key::Escape) {
            commands.push(Command::ClearSelection);
        }
        // Staff and developers: frame times over the map (never offered to kiosk visitors).
        if input.key_pressed(egui::Key::F12) {
            commands.push(Command::ToggleFrameOverlay);
        }
        commands.extend(export_keys(input));
        commands.extend(text_size_keys(input));
        (commands, right || left)
    });
    if arrows && widget_focused {
        // ← → moved the year; they must not also move focus to a neighbouring widget.
        ctx.memory_mut(|memory| memory.move_focus(egui::FocusDirection::None));
    }
    commands
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
pub(super) fn kiosk_input(ui: &egui::Ui, kiosk: &Kiosk, now_secs: f64) -> Vec<Command> {
    let mut commands = Vec::new();
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
