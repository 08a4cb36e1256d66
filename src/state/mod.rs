//! The application state, read through methods and changed only by [`AppState::apply`]
//! (in `apply.rs`). Panels read the state and push [`Command`]s; nothing else writes it.

use std::sync::Arc;

use crate::data::timeline;
use crate::data::{Atlas, Event, Organization};
use crate::story::StoryPlayer;
use crate::time::playback::Playback;
use crate::time::{Date, Wake};

mod apply;
mod command;
mod export;
mod map_cursor;
mod mode;
mod share;
mod view;

pub use crate::camera::{HOME_VIEW, MAX_ZOOM, MIN_ZOOM, MapView};

/// The text sizes Ctrl + and Ctrl − step through (egui's zoom factor); the largest still
/// fits the desk's panels at 1280x800 (`tests/access.rs`).
pub const TEXT_ZOOM_STEPS: [f32; 4] = [1.0, 1.15, 1.3, 1.5];

/// At most this many organizations are selected at once: one colour of
/// [`crate::colour_vision::SELECTION_PALETTE`] each, all told apart under colour-vision
/// deficiencies.
pub const MAX_SELECTED: usize = crate::colour_vision::SELECTION_PALETTE.len();

/// Frames per second of the kiosk's unattended flights.
pub const ATTRACT_FRAMES_PER_SEC: f64 = 24.0;
pub use command::{Command, ReloadOutcome, Selection, TextSizeStep, ThemeChoice, WindowEffect};
pub use export::{ExportRequest, ExportStatus, PictureContent, PictureSize, PlotKind};
pub use map_cursor::{CursorStep, MapCursor, name_sort_key};
pub use mode::Mode;
pub use share::{NamedTable, ShareAction, ShareMessage, TableChoice};
pub use view::view_commands;

/// What the window was told so far.
struct WindowState {
    /// Set once staff entered the right PIN (or a screenshot run is done): only then may a
    /// kiosk window close.
    exit_allowed: bool,
    cursor_visible: bool,
}

// The switches a user flips (panel, plots, problems window, frame overlay) are independent
// of one another: booleans say that best.
#[allow(clippy::struct_excessive_bools)]
pub struct AppState {
    atlas: Arc<Atlas>,
    playback: Playback,
    /// Selected organization ids, in the order picked (the first fills, later ones stripe).
    selected_organizations: Vec<String>,
    selection: Selection,
    /// The map's keyboard cursor (see `map_cursor.rs`).
    map_cursor: Option<MapCursor>,
    /// Whether the keyboard shortcuts window is open.
    show_shortcuts: bool,
    field_filter: Option<String>,
    /// Text typed in the organization list's search box ("" lists all).
    organization_query: String,
    map_view: MapView,
    show_side_panel: bool,
    show_plots: bool,
    theme: ThemeChoice,
    /// The language shown (a code of `atlas.translations`), and the one a kiosk returns to
    /// after its idle reset.
    language: String,
    default_language: String,
    /// Story steps cut instead of flying (`--reduced-motion`, the Display menu).
    reduced_motion: bool,
    /// Index into [`TEXT_ZOOM_STEPS`].
    text_zoom_step: usize,
    /// The story being told, if any.
    story: Option<StoryPlayer>,
    mode: Mode,
    /// The frame clock's last reading (seconds), for the wall time between frames.
    clock_secs: Option<f64>,
    window: WindowState,
    /// What the window must do, drained once per frame by the app.
    effects: Vec<WindowEffect>,
    event_years: Vec<i32>,
    /// Member-count staircases per organization (same order as `atlas.organizations`),
    /// derived once: they do not depend on the selected year.
    member_staircases: Vec<Vec<[f64; 2]>>,
    /// Events per kind per year, for no field filter and for each field: a frame only
    /// looks its filter up.
    events_per_kind: Vec<(Option<String>, timeline::EventsPerKind)>,
    /// Independent states among the atlas's country histories, per year (31 December).
    independent_per_year: Vec<[f64; 2]>,
    data_problems: DataProblems,
    /// Whether the "Data problems" window is open.
    show_data_problems: bool,
    /// Whether frame times are shown over the map (desk only).
    show_frame_overlay: bool,
    /// The export folder and what the last "Share" did.
    share: share::ShareState,
    /// Pictures and animations asked for, and how the current one goes.
    exports: export::Exports,
}

/// What `validate` says about the data: the problems of the data shown, or of the last edit
/// when it could not be shown.
#[derive(Clone, Debug, Default)]
pub struct DataProblems {
    pub problems: Vec<crate::data::Problem>,
    /// Errors among `problems`.
    pub errors: usize,
    /// The last edit had errors: the atlas still shows the data before it.
    pub edit_rejected: bool,
    /// Reloads applied since start (a curator's edits seen).
    pub reloads: u32,
}

/// Series derived from the atlas once (and again after a reload), never per frame.
struct Derived {
    event_years: Vec<i32>,
    member_staircases: Vec<Vec<[f64; 2]>>,
    events_per_kind: Vec<(Option<String>, timeline::EventsPerKind)>,
    independent_per_year: Vec<[f64; 2]>,
}

impl Derived {
    fn of(atlas: &Atlas, last_year: i32) -> Self {
        let event_years = timeline::event_years(&atlas.events);
        let member_staircases = atlas
            .organizations
            .iter()
            .map(|o| timeline::staircase(&timeline::member_count_steps(o, last_year)))
            .collect();
        let mut fields: Vec<Option<String>> = atlas
            .events
            .iter()
            .flat_map(|e| e.tags.iter().cloned().map(Some))
            .collect();
        fields.sort();
        fields.dedup();
        fields.insert(0, None);
        let events_per_kind =
            fields
                .into_iter()
                .map(|field| {
                    let counts =
                        timeline::events_per_year_by_kind(atlas.events.iter().filter(|e| {
                            field.as_ref().is_none_or(|f| e.tags.iter().any(|t| t == f))
                        }));
                    (field, counts)
                })
                .collect();
        let independent_per_year = (atlas.first_year()..=last_year)
            .map(|y| {
                [
                    f64::from(y) + 1.0,
                    atlas.independent_count_on(Date::end_of_year(y)) as f64,
                ]
            })
            .collect();
        Self {
            event_years,
            member_staircases,
            events_per_kind,
            independent_per_year,
        }
    }
}

impl AppState {
    pub fn new(atlas: Arc<Atlas>, year: i32, last_year: i32) -> Self {
        let Derived {
            event_years,
            member_staircases,
            events_per_kind,
            independent_per_year,
        } = Derived::of(&atlas, last_year);
        Self {
            playback: Playback::new(atlas.first_year(), last_year, year),
            atlas,
            selected_organizations: Vec::new(),
            selection: Selection::None,
            map_cursor: None,
            show_shortcuts: false,
            field_filter: None,
            organization_query: String::new(),
            map_view: HOME_VIEW,
            show_side_panel: true,
            show_plots: true,
            theme: ThemeChoice::Light,
            language: crate::i18n::DEFAULT_LANGUAGE.to_owned(),
            default_language: crate::i18n::DEFAULT_LANGUAGE.to_owned(),
            reduced_motion: false,
            text_zoom_step: 0,
            story: None,
            mode: Mode::Desk,
            clock_secs: None,
            window: WindowState {
                exit_allowed: false,
                cursor_visible: true,
            },
            effects: Vec::new(),
            event_years,
            member_staircases,
            events_per_kind,
            independent_per_year,
            data_problems: DataProblems::default(),
            show_data_problems: false,
            show_frame_overlay: false,
            share: share::ShareState::default(),
            exports: export::Exports::default(),
        }
    }

    /// Shows `atlas` in place of the data on screen (a curator's edit), keeping the year, the
    /// selections that still exist, the camera, the mode and the story where it still fits.
    fn replace_atlas(&mut self, atlas: Arc<Atlas>) {
        self.rebuild(atlas, self.playback.last_year());
    }

    /// A new calendar year began while the atlas ran (a kiosk runs through New Year's Eve):
    /// the slider and the series reach it.
    fn extend_to_year(&mut self, last_year: i32) {
        if last_year > self.playback.last_year() {
            self.rebuild(Arc::clone(&self.atlas), last_year);
        }
    }

    fn rebuild(&mut self, atlas: Arc<Atlas>, last_year: i32) {
        let Derived {
            event_years,
            member_staircases,
            events_per_kind,
            independent_per_year,
        } = Derived::of(&atlas, last_year);
        let time_years = self.playback.time_years();
        let mut playback = Playback::new(atlas.first_year(), last_year, self.playback.year());
        playback.set_time_years(time_years);
        self.playback = playback;
        self.selected_organizations
            .retain(|id| atlas.organization(id).is_some());
        let selection_exists = match &self.selection {
            Selection::None => true,
            Selection::Event(id) => atlas.event(id).is_some(),
            Selection::Country(key) => atlas.is_known_country_code(key),
        };
        if !selection_exists {
            self.selection = Selection::None;
        }
        let story_fits = self.story.as_ref().is_none_or(|player| {
            atlas
                .stories
                .get(player.story)
                .is_some_and(|story| player.step < story.steps.len())
        });
        if !story_fits {
            self.story = None;
        }
        self.atlas = atlas;
        self.event_years = event_years;
        self.member_staircases = member_staircases;
        self.events_per_kind = events_per_kind;
        self.independent_per_year = independent_per_year;
    }

    /// Every visitor-facing text in the language shown.
    pub fn texts(&self) -> crate::data::Texts<'_> {
        self.atlas.texts(&self.language)
    }

    /// The code of the language shown ("fr").
    pub fn language(&self) -> &str {
        &self.language
    }

    pub fn default_language(&self) -> &str {
        &self.default_language
    }

    pub fn atlas(&self) -> &Arc<Atlas> {
        &self.atlas
    }

    /// What `validate` reported about the data on screen, or about a curator's edit that
    /// could not be shown (then the last good data stays on screen).
    pub fn data_problems(&self) -> &DataProblems {
        &self.data_problems
    }

    /// Every problem to list for a curator: `validate`'s (of a watched folder), else those
    /// met while loading.
    pub fn problems_to_list(&self) -> &[crate::data::Problem] {
        if self.data_problems.problems.is_empty() {
            &self.atlas.problems.0
        } else {
            &self.data_problems.problems
        }
    }

    /// Whether the keyboard shortcuts window is open (never in a kiosk).
    pub fn show_shortcuts(&self) -> bool {
        self.show_shortcuts && !matches!(self.mode, Mode::Kiosk(_))
    }

    pub fn show_data_problems(&self) -> bool {
        self.show_data_problems
    }

    /// The frame-time overlay is on, and the mode allows it (never in a kiosk).
    pub fn show_frame_overlay(&self) -> bool {
        self.show_frame_overlay && matches!(self.mode, Mode::Desk)
    }

    pub fn playback(&self) -> &Playback {
        &self.playback
    }

    /// Selected organization ids, in the order picked (the first fills, later ones stripe).
    pub fn selected_organization_ids(&self) -> &[String] {
        &self.selected_organizations
    }

    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    pub fn field_filter(&self) -> Option<&str> {
        self.field_filter.as_deref()
    }

    pub fn organization_query(&self) -> &str {
        &self.organization_query
    }

    pub fn map_view(&self) -> MapView {
        self.map_view
    }

    pub fn show_side_panel(&self) -> bool {
        self.show_side_panel
    }

    pub fn show_plots(&self) -> bool {
        self.show_plots
    }

    pub fn theme(&self) -> ThemeChoice {
        self.theme
    }

    /// Story steps cut to their view instead of flying the camera.
    pub fn reduced_motion(&self) -> bool {
        self.reduced_motion
    }

    /// How much larger than the default the interface is drawn (egui's zoom factor): the
    /// user's Ctrl + / Ctrl − at the desk and in presentation, always 1 in a kiosk (its
    /// room-scale layout is made for one size).
    pub fn text_zoom(&self) -> f32 {
        if matches!(self.mode, Mode::Kiosk(_)) {
            return 1.0;
        }
        TEXT_ZOOM_STEPS
            .get(self.text_zoom_step)
            .copied()
            .unwrap_or(1.0)
    }

    /// The selection slot of an organization (0 for the first ticked), which gives its
    /// colour; `None` when it is not selected.
    pub fn organization_slot(&self, organization_id: &str) -> Option<usize> {
        self.selected_organizations
            .iter()
            .position(|id| id == organization_id)
    }

    /// Whether another organization can be ticked: each selected body keeps a colour of its
    /// own ([`MAX_SELECTED`]).
    pub fn selection_full(&self) -> bool {
        self.selected_organizations.len() >= MAX_SELECTED
    }

    /// The frame clock's last reading (seconds, egui's input time), once a frame has run.
    pub fn clock_secs(&self) -> Option<f64> {
        self.clock_secs
    }

    pub fn story(&self) -> Option<&StoryPlayer> {
        self.story.as_ref()
    }

    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// Whether source links may open a browser. Not in a kiosk: a visitor must never leave
    /// the atlas, so cards show a source's title and address as plain text.
    pub fn external_links(&self) -> bool {
        !matches!(self.mode, Mode::Kiosk(_))
    }

    /// Whether the window may close (a kiosk only after the staff PIN).
    pub fn exit_allowed(&self) -> bool {
        self.window.exit_allowed
    }

    /// What the window must do since the last call (viewport commands to send).
    pub fn take_window_effects(&mut self) -> Vec<WindowEffect> {
        std::mem::take(&mut self.effects)
    }

    /// When the state next changes by itself: now while playing or flying, at the end of an
    /// unattended story step or a kiosk timer, otherwise only on input.
    pub fn next_wake(&self) -> Wake {
        let playing = if self.playback.is_playing() {
            Wake::Now
        } else {
            Wake::OnInput
        };
        let story = self.story.as_ref().map_or(Wake::OnInput, |player| {
            player.next_wake(&self.atlas.stories)
        });
        let kiosk = match (&self.mode, self.clock_secs) {
            (Mode::Kiosk(kiosk), Some(now_secs)) => kiosk.next_wake(now_secs),
            _ => Wake::OnInput,
        };
        playing.sooner(story).sooner(kiosk)
    }

    /// The shortest time between frames the atlas asks for while something moves, if it
    /// limits them: the kiosk's attract loop flies its camera at a film's rate, since nobody
    /// is steering and a kiosk runs all day (a visitor, a lecturer and Play get every frame
    /// the machine can draw).
    pub fn min_frame_interval_secs(&self) -> Option<f64> {
        match &self.mode {
            Mode::Kiosk(kiosk) if kiosk.phase == crate::kiosk::KioskPhase::Attract => {
                Some(1.0 / ATTRACT_FRAMES_PER_SEC)
            }
            _ => None,
        }
    }

    /// The current story and step, for captions and counters.
    pub fn story_step(&self) -> Option<(&crate::data::Story, usize)> {
        let player = self.story.as_ref()?;
        let story = self.atlas.stories.get(player.story)?;
        Some((story, player.step))
    }

    /// The member-count staircase of the organization at `index`, ready to plot.
    pub fn member_staircase(&self, index: usize) -> &[[f64; 2]] {
        self.member_staircases.get(index).map_or(&[], Vec::as_slice)
    }

    /// Events per year by kind under the current field filter.
    pub fn events_per_kind(&self) -> Option<&timeline::EventsPerKind> {
        self.events_per_kind
            .iter()
            .find(|(field, _)| *field == self.field_filter)
            .map(|(_, counts)| counts)
    }

    /// `[year end, count]` of independent states among the country histories.
    pub fn independent_per_year(&self) -> &[[f64; 2]] {
        &self.independent_per_year
    }

    pub fn year(&self) -> i32 {
        self.playback.year()
    }

    /// "At year Y" means on 31 December of Y.
    pub fn date(&self) -> Date {
        Date::end_of_year(self.year())
    }

    pub fn event_years(&self) -> &[i32] {
        &self.event_years
    }

    pub fn is_selected(&self, organization_id: &str) -> bool {
        self.selected_organizations
            .iter()
            .any(|id| id == organization_id)
    }

    pub fn selected_organizations(&self) -> impl Iterator<Item = &Organization> {
        self.selected_organizations
            .iter()
            .filter_map(|id| self.atlas.organization(id))
    }

    /// Whether an event passes the field filter.
    pub fn passes_filter(&self, event: &Event) -> bool {
        self.field_filter
            .as_ref()
            .is_none_or(|field| event.tags.iter().any(|t| t == field))
    }

    /// Events up to the selected year that pass the filter.
    pub fn visible_events(&self) -> impl Iterator<Item = &Event> {
        let year = self.year();
        self.atlas
            .events
            .iter()
            .filter(move |e| e.start.year <= year && self.passes_filter(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::WorldPoint;
    use crate::time::playback::PlaybackCommand;

    fn state() -> AppState {
        let atlas = crate::data::load_atlas(&crate::data::DataSource::Bundled);
        AppState::new(Arc::new(atlas), 1960, 2026)
    }

    #[test]
    fn zoom_keeps_the_anchor_in_place() {
        let mut state = state();
        let anchor = WorldPoint { x: 1.0, y: 0.5 };
        let screen_offset_before = (anchor.x - state.map_view.center.x) * state.map_view.zoom;
        state.apply(Command::Zoom {
            factor: 2.0,
            anchor_world: anchor,
        });
        let screen_offset_after = (anchor.x - state.map_view.center.x) * state.map_view.zoom;
        assert!((screen_offset_before - screen_offset_after).abs() < 1e-9);
        assert!((state.map_view.zoom - 2.0).abs() < 1e-12);
        state.apply(Command::ResetView);
        assert_eq!(state.map_view, HOME_VIEW);
    }

    #[test]
    fn organizations_toggle_in_order_and_unknown_ids_are_ignored() {
        let mut state = state();
        state.apply(Command::ToggleOrganization("opec".into()));
        state.apply(Command::ToggleOrganization("asean".into()));
        state.apply(Command::ToggleOrganization("no-such-body".into()));
        assert_eq!(state.selected_organizations, vec!["opec", "asean"]);
        state.apply(Command::ToggleOrganization("opec".into()));
        assert_eq!(state.selected_organizations, vec!["asean"]);
    }

    #[test]
    fn page_keys_jump_between_event_years() {
        let mut state = state();
        state.apply(Command::Playback(PlaybackCommand::SetYear(1958)));
        state.apply(Command::NextEventYear);
        assert_eq!(
            state.year(),
            1959,
            "the Conseil de l'Entente founded in Abidjan, May 1959"
        );
        state.apply(Command::NextEventYear);
        assert_eq!(state.year(), 1960, "LAFTA, OPEC, CACM …");
        state.apply(Command::PreviousEventYear);
        state.apply(Command::PreviousEventYear);
        assert_eq!(state.year(), 1957, "the Council of Arab Economic Unity");
        state.apply(Command::PreviousEventYear);
        assert_eq!(state.year(), 1955, "Bandung");
    }
}
