//! The one place the state changes: [`AppState::apply`].

use crate::kiosk::{KioskAction, KioskPhase};
use crate::story::{StepEntered, StoryFrame, StoryPlayer};
use crate::time::playback::PlaybackCommand;
use crate::time::timeline;

use super::{
    AppState, Command, DataProblems, HOME_VIEW, Mode, Selection, TextSizeStep, WindowEffect,
};

impl AppState {
    /// Moves playback and any story flight on by `dt_secs` of wall time.
    fn advance(&mut self, dt_secs: f64) {
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
                self.playback.set_time_years(frame.time_years);
            }
            entered = step;
        }
        if let Some(entered) = entered {
            self.enter_step(&entered);
        }
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
            .take(super::MAX_SELECTED)
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
        if self.reduced_motion {
            // No flight: the frame that reads the key already shows the step's view.
            self.advance(0.0);
        }
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
                    self.story =
                        Some(StoryPlayer::new(story, autoplay).with_cut(self.reduced_motion));
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
            Command::SetLanguage(code) => {
                if self.atlas.translations.pack(&code).is_some() {
                    self.language = code;
                }
            }
            Command::SetDefaultLanguage(code) => {
                if self.atlas.translations.pack(&code).is_some() {
                    self.language.clone_from(&code);
                    self.default_language = code;
                }
            }
            Command::ResetAll => {
                self.language.clone_from(&self.default_language);
                self.story = None;
                self.selected_organizations.clear();
                self.selection = Selection::None;
                self.map_cursor = None;
                self.field_filter = None;
                self.organization_query.clear();
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
                } else if self.atlas.organization(&id).is_some() && !self.selection_full() {
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
            Command::MoveMapCursor(step) => self.move_map_cursor(step),
            Command::SetShortcutsOpen(open) => {
                self.show_shortcuts = open && !matches!(self.mode, Mode::Kiosk(_));
            }
            Command::SetFieldFilter(field) => self.field_filter = field,
            Command::SetOrganizationQuery(query) => self.organization_query = query,
            Command::SetDataProblems(problems) => {
                self.data_problems = DataProblems {
                    errors: problems.iter().filter(|p| p.is_error()).count(),
                    problems,
                    ..DataProblems::default()
                };
            }
            Command::SetDataProblemsOpen(open) => self.show_data_problems = open,
            Command::ToggleFrameOverlay => {
                self.show_frame_overlay =
                    !self.show_frame_overlay && matches!(self.mode, Mode::Desk);
            }
            Command::Today(date) => self.extend_to_year(date.year),
            Command::DataReloaded(outcome) => {
                let reload = &outcome.0;
                let reloads = self.data_problems.reloads;
                if let Some(atlas) = &reload.atlas {
                    self.replace_atlas(atlas.clone());
                    self.data_problems = DataProblems {
                        problems: reload.problems.clone(),
                        errors: 0,
                        edit_rejected: false,
                        reloads: reloads + 1,
                    };
                } else {
                    self.data_problems = DataProblems {
                        problems: reload.problems.clone(),
                        errors: reload.errors,
                        edit_rejected: true,
                        reloads,
                    };
                }
            }
            Command::Pan { delta_world } => {
                self.interrupt_story();
                self.map_view = self.map_view.panned(delta_world);
            }
            Command::Zoom {
                factor,
                anchor_world,
            } => {
                self.interrupt_story();
                self.map_view = self.map_view.zoomed(factor, anchor_world);
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
            Command::SetReducedMotion(reduced) => {
                self.reduced_motion = reduced;
                if let Some(player) = &mut self.story {
                    player.set_cut(reduced);
                }
            }
            Command::TextSize(step) => {
                let last = super::TEXT_ZOOM_STEPS.len() - 1;
                if !matches!(self.mode, Mode::Kiosk(_)) {
                    self.text_zoom_step = match step {
                        TextSizeStep::Larger => (self.text_zoom_step + 1).min(last),
                        TextSizeStep::Smaller => self.text_zoom_step.saturating_sub(1),
                        TextSizeStep::Reset => 0,
                    };
                }
            }
            Command::AdvanceClock { now_secs } => self.advance_clock(now_secs),
            Command::SetMode(mode) => self.mode = mode,
            Command::Share(action) => self.share(action),
            Command::SetExportDir(dir) => self.set_export_dir(dir),
            Command::ClearShareMessage => self.clear_share_message(),
            Command::ToggleBlank => {
                if let Mode::Present { blank } = &mut self.mode {
                    *blank = !*blank;
                }
            }
            Command::LeaveFullscreen => self.effects.push(WindowEffect::LeaveFullscreen),
            Command::CloseRequested => {
                if matches!(self.mode, Mode::Kiosk(_)) && !self.window.exit_allowed {
                    self.effects.push(WindowEffect::CancelClose);
                }
            }
            Command::Quit => {
                self.window.exit_allowed = true;
                self.effects.push(WindowEffect::Close);
            }
            Command::KioskInput { now_secs } => {
                let handed_over = match &mut self.mode {
                    Mode::Kiosk(kiosk) => kiosk.on_input(now_secs) == KioskAction::HandOver,
                    _ => false,
                };
                if handed_over {
                    self.apply(Command::StoryStop);
                }
                self.update_cursor();
            }
            Command::KioskCornerHeld { held, now_secs } => {
                if let Mode::Kiosk(kiosk) = &mut self.mode {
                    kiosk.corner_held(held, now_secs);
                }
            }
            Command::KioskPinDigit(digit) => {
                let unlocked = match &mut self.mode {
                    Mode::Kiosk(kiosk) => kiosk.pin_digit(digit),
                    _ => false,
                };
                if unlocked {
                    self.apply(Command::Quit);
                }
            }
            Command::KioskClosePinPad => {
                if let Mode::Kiosk(kiosk) = &mut self.mode {
                    kiosk.close_pin_pad();
                }
            }
            Command::Export(request) => self.apply_export(request),
            Command::ExportStatus(status) => self.set_export_status(status),
        }
    }

    /// The frame clock: playback and flights follow the wall clock however slow the frames
    /// are; the kiosk counts idle time, resets, and restarts its stories when unattended.
    fn advance_clock(&mut self, now_secs: f64) {
        if !now_secs.is_finite() {
            return;
        }
        let dt_secs = self
            .clock_secs
            .map_or(0.0, |last| (now_secs - last).max(0.0));
        self.clock_secs = Some(now_secs);
        self.advance(dt_secs);
        let Mode::Kiosk(kiosk) = &mut self.mode else {
            return;
        };
        let reset = kiosk.tick(now_secs) == KioskAction::ResetToAttract;
        let attract = kiosk.phase == KioskPhase::Attract;
        if reset {
            self.apply(Command::ResetAll);
        }
        if attract && self.story.is_none() {
            // (Re)start the unattended stories.
            self.apply(Command::StoryStart {
                story: 0,
                step: 0,
                autoplay: true,
            });
        }
        self.update_cursor();
    }

    /// A kiosk hides the cursor while nobody is touching.
    fn update_cursor(&mut self) {
        let want_cursor = match &self.mode {
            Mode::Kiosk(kiosk) => kiosk.phase != KioskPhase::Attract,
            _ => true,
        };
        if want_cursor != self.window.cursor_visible {
            self.window.cursor_visible = want_cursor;
            self.effects.push(WindowEffect::ShowCursor(want_cursor));
        }
    }
}
