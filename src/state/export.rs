//! What the user asked to export (pictures, a story's animation) and how it went. The state
//! only records requests and the status line; the app runs them (`app/export.rs`). A kiosk
//! records nothing: it offers no export.

use std::path::PathBuf;

/// One of the three plots under the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlotKind {
    Members,
    Independence,
    Events,
}

impl PlotKind {
    pub const ALL: [Self; 3] = [Self::Members, Self::Independence, Self::Events];

    /// The menu's words.
    pub fn label(self) -> &'static str {
        match self {
            Self::Members => "Members plot",
            Self::Independence => "Independent states plot",
            Self::Events => "Events plot",
        }
    }

    /// The first word of the file name (`plot-members-1975.png`).
    pub fn file_kind(self) -> &'static str {
        match self {
            Self::Members => "plot-members",
            Self::Independence => "plot-independence",
            Self::Events => "plot-events",
        }
    }
}

/// What a picture shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureContent {
    /// The window's view: panels, map and overlays as on screen.
    View,
    Plot(PlotKind),
}

/// How large a picture is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureSize {
    /// The window's size in pixels.
    Window,
    /// A chosen size in pixels (a preset), drawn again at that size.
    Pixels(u32, u32),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportRequest {
    Picture {
        content: PictureContent,
        size: PictureSize,
    },
    /// The story (index into `atlas.stories`) as an animated GIF.
    StoryAnimation { story: usize },
    /// The story being presented, as an animated GIF.
    PresentedStory,
    /// Stop the animation being made.
    Cancel,
}

/// The status line under the map.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum ExportStatus {
    #[default]
    Idle,
    /// A picture or animation is being made; `total` 0 while the count is not known.
    Running {
        what: String,
        done: usize,
        total: usize,
    },
    Saved(PathBuf),
    Failed(String),
    Cancelled,
}

impl ExportStatus {
    pub fn is_running(&self) -> bool {
        matches!(self, Self::Running { .. })
    }

    /// The line shown in the window.
    pub fn message(&self) -> Option<String> {
        match self {
            Self::Idle => None,
            Self::Running { what, done, total } if *total > 0 => Some(format!(
                "Making {what}: frame {done} of {total} ({}%)",
                done * 100 / total
            )),
            Self::Running { what, .. } => Some(format!("Making {what}…")),
            Self::Saved(path) => Some(format!("Saved {}", path.display())),
            Self::Failed(reason) => Some(format!("Not saved: {reason}")),
            Self::Cancelled => Some("Export cancelled; nothing was saved".to_owned()),
        }
    }
}

/// The state's share of exports: requests waiting for the app, and the status line.
#[derive(Clone, Debug, Default)]
pub struct Exports {
    pub(super) requests: Vec<ExportRequest>,
    pub(super) status: ExportStatus,
}

impl super::AppState {
    /// The requests since the last call, for the app to run.
    pub fn take_export_requests(&mut self) -> Vec<ExportRequest> {
        std::mem::take(&mut self.exports.requests)
    }

    pub fn export_status(&self) -> &ExportStatus {
        &self.exports.status
    }

    /// Whether this mode may export (a kiosk may not write files).
    pub fn export_allowed(&self) -> bool {
        !matches!(self.mode(), super::Mode::Kiosk(_))
    }

    pub(super) fn apply_export(&mut self, request: ExportRequest) {
        if !self.export_allowed() {
            return;
        }
        let busy = self.exports.status.is_running();
        let request = match request {
            ExportRequest::PresentedStory => match self.story() {
                Some(player) => ExportRequest::StoryAnimation {
                    story: player.story,
                },
                None => return,
            },
            request => request,
        };
        match request {
            ExportRequest::Cancel => self.exports.requests.push(ExportRequest::Cancel),
            // One export at a time: two 8K pictures at once would double the memory.
            _ if busy => {}
            request => {
                self.exports.status = ExportStatus::Running {
                    what: match &request {
                        ExportRequest::StoryAnimation { .. } => "the story's GIF".to_owned(),
                        _ => "the picture".to_owned(),
                    },
                    done: 0,
                    total: 0,
                };
                self.exports.requests.push(request);
            }
        }
    }

    pub(super) fn set_export_status(&mut self, status: ExportStatus) {
        if self.export_allowed() {
            self.exports.status = status;
        }
    }
}
