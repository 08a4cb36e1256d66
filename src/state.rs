//! The application state and the one place it changes: [`AppState::apply`].
//! Panels read the state and push [`Command`]s; nothing else writes it.

use std::sync::Arc;

use crate::data::timeline;
use crate::data::{Atlas, Event, Organization};
use crate::geo::{HALF_WIDTH, WorldPoint};
use crate::story::{StepEntered, StoryFrame, StoryPlayer};
use crate::time::playback::{Playback, PlaybackCommand};
use crate::time::{Date, Wake};

/// What the card in the side panel shows.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Selection {
    #[default]
    None,
    Event(String),
    Country(String),
}

/// Camera of the map, kept between frames: centre in world units and zoom (1 = whole map).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    pub center: WorldPoint,
    pub zoom: f64,
}

/// The default view: the whole width, cropped above Antarctica's interior.
pub const HOME_VIEW: MapView = MapView {
    center: WorldPoint { x: 0.0, y: 0.14 },
    zoom: 1.0,
};

pub const MIN_ZOOM: f64 = 0.8;
pub const MAX_ZOOM: f64 = 40.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeChoice {
    Light,
    Dark,
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
    SetFieldFilter(Option<String>),
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
}

pub struct AppState {
    pub atlas: Arc<Atlas>,
    pub playback: Playback,
    /// Selected organization ids, in the order picked (the first fills, later ones stripe).
    pub selected_organizations: Vec<String>,
    pub selection: Selection,
    pub field_filter: Option<String>,
    pub map_view: MapView,
    pub show_side_panel: bool,
    pub show_plots: bool,
    pub theme: ThemeChoice,
    /// The story being told, if any.
    pub story: Option<StoryPlayer>,
    /// Whether source links may open a browser. False in kiosk mode: a visitor must never
    /// leave the atlas, so cards show a source's title and address as plain text.
    pub external_links: bool,
    event_years: Vec<i32>,
    /// Member-count staircases per organization (same order as `atlas.organizations`),
    /// derived once: they do not depend on the selected year.
    member_staircases: Vec<Vec<[f64; 2]>>,
    /// Events per kind per year, for no field filter and for each field: a frame only
    /// looks its filter up.
    events_per_kind: Vec<(Option<String>, timeline::EventsPerKind)>,
    /// Independent states among the atlas's country histories, per year (31 December).
    independent_per_year: Vec<[f64; 2]>,
}

impl AppState {
    pub fn new(atlas: Arc<Atlas>, year: i32, last_year: i32) -> Self {
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
            playback: Playback::new(atlas.first_year(), last_year, year),
            atlas,
            selected_organizations: Vec::new(),
            selection: Selection::None,
            field_filter: None,
            map_view: HOME_VIEW,
            show_side_panel: true,
            show_plots: true,
            theme: ThemeChoice::Light,
            story: None,
            external_links: true,
            event_years,
            member_staircases,
            events_per_kind,
            independent_per_year,
        }
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

    /// Moves playback and any story flight on by `dt_secs` of wall time, and says when the
    /// state will next change by itself (the window sleeps until then).
    pub fn advance(&mut self, dt_secs: f64) -> Wake {
        let dt_secs = if dt_secs.is_finite() {
            dt_secs.max(0.0)
        } else {
            0.0
        };
        self.playback.advance(dt_secs);
        let current = StoryFrame {
            view: self.map_view,
            time_years: self.playback.time_years(),
        };
        let mut entered = None;
        if let Some(player) = &mut self.story {
            let (frame, step) = player.advance(&self.atlas.stories, dt_secs, current);
            if let Some(frame) = frame {
                self.map_view = frame.view;
                self.playback.show_time(frame.time_years);
            }
            entered = step;
        }
        if let Some(entered) = entered {
            self.enter_step(&entered);
        }
        self.next_wake()
    }

    /// When the state next changes by itself: now while playing or flying, at the end of an
    /// unattended story step, otherwise only on input.
    pub fn next_wake(&self) -> Wake {
        let playing = if self.playback.is_playing() {
            Wake::Now
        } else {
            Wake::OnInput
        };
        self.story.as_ref().map_or(playing, |player| {
            playing.sooner(player.next_wake(&self.atlas.stories))
        })
    }

    /// What a step sets when it begins: organizations and the open event.
    fn enter_step(&mut self, entered: &StepEntered) {
        let Some(step) = self
            .atlas
            .stories
            .get(entered.story)
            .and_then(|s| s.steps.get(entered.step))
        else {
            return;
        };
        self.selected_organizations = step
            .organizations
            .iter()
            .filter(|id| self.atlas.organization(id).is_some())
            .cloned()
            .collect();
        self.selection = match &step.event {
            Some(id) if self.atlas.event(id).is_some() => Selection::Event(id.clone()),
            _ => Selection::None,
        };
    }

    fn story_go_to(&mut self, step: usize) {
        let (view, year) = (self.map_view, self.playback.time_years());
        let entered = self
            .story
            .as_mut()
            .and_then(|player| player.go_to(&self.atlas.stories, step, view, year));
        if let Some(entered) = entered {
            self.enter_step(&entered);
        }
    }

    /// The current story and step, for captions and counters.
    pub fn story_step(&self) -> Option<(&crate::data::Story, usize)> {
        let player = self.story.as_ref()?;
        let story = self.atlas.stories.get(player.story)?;
        Some((story, player.step))
    }

    fn interrupt_story(&mut self) {
        if let Some(player) = &mut self.story {
            player.interrupt();
        }
    }

    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Playback(command) => {
                self.interrupt_story();
                self.playback.apply(command);
            }
            Command::StoryStart {
                story,
                step,
                autoplay,
            } => {
                if story < self.atlas.stories.len() {
                    self.playback.apply(PlaybackCommand::Pause);
                    self.story = Some(StoryPlayer::new(story, autoplay));
                    self.story_go_to(step);
                }
            }
            Command::StoryNext => {
                if let Some(step) = self.story.as_ref().map(|p| p.step + 1) {
                    self.story_go_to(step);
                }
            }
            Command::StoryPrevious => {
                if let Some(step) = self.story.as_ref().map(|p| p.step.saturating_sub(1)) {
                    self.story_go_to(step);
                }
            }
            Command::StoryFirst => self.story_go_to(0),
            Command::StoryLast => self.story_go_to(usize::MAX),
            Command::StoryGoTo(step) => self.story_go_to(step),
            Command::StoryStop => {
                // Stopping mid-flight keeps the camera but lands the year on the step, so the
                // open event and the map never disagree about what has happened.
                let target_year = self
                    .story_step()
                    .and_then(|(story, step)| story.steps.get(step))
                    .map(|s| s.year);
                if let Some(year) = target_year {
                    self.playback.apply(PlaybackCommand::SetYear(year));
                }
                self.story = None;
            }
            Command::ResetAll => {
                self.story = None;
                self.selected_organizations.clear();
                self.selection = Selection::None;
                self.field_filter = None;
                self.map_view = HOME_VIEW;
                self.playback.apply(PlaybackCommand::Pause);
            }
            Command::NextEventYear => {
                if let Some(year) = timeline::next_event_year(&self.event_years, self.year()) {
                    self.playback.apply(PlaybackCommand::SetYear(year));
                }
            }
            Command::PreviousEventYear => {
                if let Some(year) = timeline::previous_event_year(&self.event_years, self.year()) {
                    self.playback.apply(PlaybackCommand::SetYear(year));
                }
            }
            Command::ToggleOrganization(id) => {
                if self.is_selected(&id) {
                    self.selected_organizations.retain(|s| *s != id);
                } else if self.atlas.organization(&id).is_some() {
                    self.selected_organizations.push(id);
                }
            }
            Command::SelectEvent(id) => {
                if self.atlas.event(&id).is_some() {
                    self.selection = Selection::Event(id);
                }
            }
            Command::SelectCountry(key) => self.selection = Selection::Country(key),
            Command::ClearSelection => self.selection = Selection::None,
            Command::SetFieldFilter(field) => self.field_filter = field,
            Command::Pan { delta_world } => {
                self.interrupt_story();
                self.map_view.center.x += delta_world.x;
                self.map_view.center.y += delta_world.y;
                self.clamp_view();
            }
            Command::Zoom {
                factor,
                anchor_world,
            } => {
                self.interrupt_story();
                let old_zoom = self.map_view.zoom;
                let new_zoom = (old_zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
                // Keep the anchor fixed on screen: centre moves toward it by 1 − old/new.
                let keep = 1.0 - old_zoom / new_zoom;
                self.map_view.center.x += (anchor_world.x - self.map_view.center.x) * keep;
                self.map_view.center.y += (anchor_world.y - self.map_view.center.y) * keep;
                self.map_view.zoom = new_zoom;
                self.clamp_view();
            }
            Command::ResetView => {
                self.interrupt_story();
                self.map_view = HOME_VIEW;
            }
            Command::SetView(view) => {
                self.interrupt_story();
                self.map_view = view;
            }
            Command::SetSidePanel(open) => self.show_side_panel = open,
            Command::SetPlots(open) => self.show_plots = open,
            Command::SetTheme(theme) => self.theme = theme,
        }
    }

    /// Keeps the centre on the map so the world cannot be panned out of sight.
    fn clamp_view(&mut self) {
        let center = &mut self.map_view.center;
        center.x = center.x.clamp(-HALF_WIDTH, HALF_WIDTH);
        center.y = center
            .y
            .clamp(-crate::geo::HALF_HEIGHT, crate::geo::HALF_HEIGHT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        state.apply(Command::Playback(PlaybackCommand::SetYear(1956)));
        state.apply(Command::NextEventYear);
        assert_eq!(
            state.year(),
            1960,
            "OPEC founded in Baghdad, September 1960"
        );
        state.apply(Command::NextEventYear);
        assert_eq!(state.year(), 1961);
        state.apply(Command::PreviousEventYear);
        state.apply(Command::PreviousEventYear);
        assert_eq!(state.year(), 1955, "Bandung");
    }
}
