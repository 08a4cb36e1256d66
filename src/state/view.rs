//! The state as a view to send ([`AppState::view`]), and a view as the commands that show it
//! ([`view_commands`]): the two halves of every round trip through a command line or a view
//! file.

use super::{AppState, Command, Selection, ThemeChoice};
use crate::time::playback::PlaybackCommand;
use crate::view::{Camera, Card, ViewSpec};

impl AppState {
    /// Everything the state shows, as a view (no caption).
    pub fn view(&self) -> ViewSpec {
        ViewSpec {
            year: Some(self.year()),
            organizations: self.selected_organization_ids().to_vec(),
            field: self.field_filter().map(str::to_owned),
            camera: Some(Camera::of(self.map_view())),
            card: match self.selection() {
                Selection::None => None,
                Selection::Event(id) => Some(Card::Event(id.clone())),
                Selection::Country(key) => Some(Card::Country(key.clone())),
            },
            dark: Some(self.theme() == ThemeChoice::Dark),
            side_panel: Some(self.show_side_panel()),
            plots: Some(self.show_plots()),
            caption: None,
            language: Some(self.language().to_owned()),
        }
    }
}

/// The commands that show `view` on a state that has only its start values (organizations
/// are toggled on, so the state must have none selected).
pub fn view_commands(view: &ViewSpec) -> Vec<Command> {
    let mut commands = Vec::new();
    if let Some(year) = view.year {
        commands.push(Command::Playback(PlaybackCommand::SetYear(year)));
    }
    commands.extend(
        view.organizations
            .iter()
            .map(|id| Command::ToggleOrganization(id.clone())),
    );
    if let Some(field) = &view.field {
        commands.push(Command::SetFieldFilter(Some(field.clone())));
    }
    match &view.card {
        Some(Card::Event(id)) => commands.push(Command::SelectEvent(id.clone())),
        Some(Card::Country(key)) => commands.push(Command::SelectCountry(key.clone())),
        None => {}
    }
    if let Some(camera) = view.camera {
        commands.push(Command::SetView(camera.map_view()));
    }
    if let Some(dark) = view.dark {
        commands.push(Command::SetTheme(if dark {
            ThemeChoice::Dark
        } else {
            ThemeChoice::Light
        }));
    }
    if let Some(open) = view.side_panel {
        commands.push(Command::SetSidePanel(open));
    }
    if let Some(open) = view.plots {
        commands.push(Command::SetPlots(open));
    }
    if let Some(language) = &view.language {
        commands.push(Command::SetLanguage(language.clone()));
    }
    commands
}
