//! What panels and input readers send, and what the window is asked to do in return.

use crate::camera::MapView;
use crate::geo::WorldPoint;
use crate::time::playback::PlaybackCommand;

use super::Mode;

/// What the card in the side panel shows.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Selection {
    #[default]
    None,
    Event(String),
    Country(String),
}

/// A reload of a curator's folder ([`crate::data::watch::Reload`]), shared; two are equal
/// only when they are the same reload.
#[derive(Clone)]
pub struct ReloadOutcome(pub std::sync::Arc<crate::data::watch::Reload>);

impl PartialEq for ReloadOutcome {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for ReloadOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "ReloadOutcome({} problems, {} errors, {} files changed)",
            self.0.problems.len(),
            self.0.errors,
            self.0.changed.len()
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeChoice {
    Light,
    Dark,
    /// Black on white, strong borders, no faint text.
    HighContrast,
}

/// Ctrl + / Ctrl − / Ctrl 0: the text size one step larger, one step smaller, or back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextSizeStep {
    Larger,
    Smaller,
    Reset,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Playback(PlaybackCommand),
    /// Jump to the next (or previous) year that has an event.
    NextEventYear,
    PreviousEventYear,
    ToggleOrganization(String),
    SelectEvent(String),
    SelectCountry(String),
    ClearSelection,
    /// Move the map's keyboard cursor (the map has focus: arrow keys, a typed letter).
    MoveMapCursor(super::CursorStep),
    /// Open or close the keyboard shortcuts window (`?`; desk and presentation only).
    SetShortcutsOpen(bool),
    SetFieldFilter(Option<String>),
    /// The organization list lists only bodies whose names contain this text.
    SetOrganizationQuery(String),
    /// What `validate` says about the data on screen (at start).
    SetDataProblems(Vec<crate::data::Problem>),
    /// A curator's folder changed and was read again: show it if it has no error, else keep
    /// the last good data and say what is wrong.
    DataReloaded(ReloadOutcome),
    /// Today's date from the calendar: a new year extends the slider to it.
    Today(crate::time::Date),
    /// Desk: show or hide the frame-time overlay (F12).
    ToggleFrameOverlay,
    /// Open or close the "Data problems" window.
    SetDataProblemsOpen(bool),
    /// Move the camera by a distance in world units.
    Pan {
        delta_world: WorldPoint,
    },
    /// Zoom by `factor`, keeping `anchor_world` under the pointer.
    Zoom {
        factor: f64,
        anchor_world: WorldPoint,
    },
    ResetView,
    /// Show exactly this view (a bookmark, a benchmark's zoomed scenario).
    SetView(MapView),
    SetSidePanel(bool),
    SetPlots(bool),
    SetTheme(ThemeChoice),
    /// Show the interface and the data in this language (a code of the atlas's
    /// translations; an unknown one is ignored).
    SetLanguage(String),
    /// The language the atlas starts in and a kiosk returns to after its idle reset.
    SetDefaultLanguage(String),
    /// Story steps cut to their view instead of flying the camera (and egui's own
    /// animations are off).
    SetReducedMotion(bool),
    /// Change the text size (desk and presentation; ignored in a kiosk).
    TextSize(TextSizeStep),
    /// Start a story (index into `atlas.stories`) at a step; `autoplay` for unattended play.
    StoryStart {
        story: usize,
        step: usize,
        autoplay: bool,
    },
    StoryNext,
    StoryPrevious,
    StoryFirst,
    StoryLast,
    StoryGoTo(usize),
    StoryStop,
    /// Back to the start state: no selections, whole world, paused (kiosk idle reset).
    ResetAll,
    /// The frame clock (seconds, egui's input time): moves playback, story flights and the
    /// kiosk's timers on by the wall time since the last tick.
    AdvanceClock {
        now_secs: f64,
    },
    /// Who the atlas is set up for (desk, presentation, kiosk).
    SetMode(Mode),
    /// Presentation: B blanks the screen and back.
    ToggleBlank,
    /// Presentation: Esc leaves fullscreen.
    LeaveFullscreen,
    /// The window manager asked to close (refused in a locked kiosk).
    CloseRequested,
    /// Close the window (a `--screenshot` run has saved its picture).
    Quit,
    /// Kiosk: a touch, click or key at `now_secs`.
    KioskInput {
        now_secs: f64,
    },
    /// Kiosk: the staff exit corner is (or is not) held.
    KioskCornerHeld {
        held: bool,
        now_secs: f64,
    },
    /// Kiosk: a digit typed on the staff PIN pad.
    KioskPinDigit(char),
    KioskClosePinPad,
    /// Share the view or the table behind it (desk and presentation; ignored in a kiosk).
    Share(super::ShareAction),
    /// Where "Share" saves files (`--export-dir`).
    SetExportDir(std::path::PathBuf),
    /// Hide the message of the last share.
    ClearShareMessage,
    /// Save a picture, export a story as an animation, or cancel (never in a kiosk).
    Export(super::ExportRequest),
    /// How the export the app is running goes (progress, saved, failed).
    ExportStatus(super::ExportStatus),
}

/// What the window must do after a command; the app sends these as viewport commands, in
/// one place, after the frame's input has been read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WindowEffect {
    LeaveFullscreen,
    Close,
    CancelClose,
    ShowCursor(bool),
    /// Put this text on the clipboard (a shared table or view).
    CopyText(String),
}
