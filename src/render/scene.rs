//! What a picture shows, as plain values: enough to build the same `AppState` again on
//! another thread (the window's state stays with the window).

use std::sync::Arc;

use crate::data::Atlas;
use crate::state::{AppState, Command, MapView, Mode, Selection, ThemeChoice};

#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub year: i32,
    /// The slider's last year (today's year in the window).
    pub last_year: i32,
    pub organizations: Vec<String>,
    pub field_filter: Option<String>,
    pub view: MapView,
    pub theme: ThemeChoice,
    pub selection: Selection,
    pub side_panel: bool,
    pub plots: bool,
    /// Presentation mode (map and captions only), with the story and step being told.
    pub present: bool,
    pub story: Option<(usize, usize)>,
    /// The language of the window the picture is taken from.
    pub language: String,
}

impl Scene {
    /// The world in `year`, light theme, desk panels, nothing selected.
    pub fn new(year: i32, last_year: i32) -> Self {
        Self {
            year,
            last_year,
            organizations: Vec::new(),
            field_filter: None,
            view: crate::state::HOME_VIEW,
            theme: ThemeChoice::Light,
            selection: Selection::None,
            side_panel: true,
            plots: true,
            present: false,
            story: None,
            language: crate::i18n::DEFAULT_LANGUAGE.to_owned(),
        }
    }

    /// What the window shows now.
    pub fn of(state: &AppState) -> Self {
        let present = matches!(state.mode(), Mode::Present { .. });
        Self {
            year: state.year(),
            last_year: state.playback().last_year(),
            organizations: state.selected_organization_ids().to_vec(),
            field_filter: state.field_filter().map(str::to_owned),
            view: state.map_view(),
            theme: state.theme(),
            selection: state.selection().clone(),
            side_panel: state.show_side_panel(),
            plots: state.show_plots(),
            present,
            story: state
                .story()
                .filter(|_| present)
                .map(|player| (player.story, player.step)),
            language: state.language().to_owned(),
        }
    }

    /// A fresh state showing this scene. A story's step is entered (its caption, its
    /// organizations) and its flight stopped at once by the window's camera.
    pub fn state(&self, atlas: Arc<Atlas>) -> AppState {
        let mut state = AppState::new(atlas, self.year, self.last_year.max(self.year));
        state.apply(Command::SetLanguage(self.language.clone()));
        for id in &self.organizations {
            state.apply(Command::ToggleOrganization(id.clone()));
        }
        state.apply(Command::SetFieldFilter(self.field_filter.clone()));
        state.apply(Command::SetTheme(self.theme));
        state.apply(Command::SetSidePanel(self.side_panel));
        state.apply(Command::SetPlots(self.plots));
        match &self.selection {
            Selection::None => {}
            Selection::Event(id) => state.apply(Command::SelectEvent(id.clone())),
            Selection::Country(key) => state.apply(Command::SelectCountry(key.clone())),
        }
        if self.present {
            state.apply(Command::SetMode(Mode::Present { blank: false }));
        }
        if let Some((story, step)) = self.story {
            state.apply(Command::StoryStart {
                story,
                step,
                autoplay: false,
            });
        }
        state.apply(Command::SetView(self.view));
        state
    }
}
