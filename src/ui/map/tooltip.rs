//! The hover tooltip of a country or a host city, and a territory's status line.

use super::input::Hover;
use super::layer::MapLayer;
use crate::data::{CountryStatus, PoliticalStatus};
use crate::state::AppState;

/// The last line of a tooltip under the keyboard cursor (the pointer's says "Click").
const KEYBOARD_COUNTRY_HINT: &str = "Enter for details";
const KEYBOARD_EVENT_HINT: &str = "Enter opens the card";

/// `keyboard`: the tooltip names the map's keyboard cursor, not what the pointer is over.
pub(super) fn hover_tooltip_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    layer: &MapLayer,
    hover: &Hover,
    keyboard: bool,
) {
    let atlas = state.atlas();
    let date = state.date();
    match hover {
        Hover::Country(index) => {
            let country = &atlas.world.countries[*index];
            let Some(status) = layer.time.status(*index) else {
                return;
            };
            let parts_in_state = layer.time.parts_in_state(*index);
            if let (Some(state_name), true) = (&status.part_of_name, parts_in_state > 1) {
                ui.strong(state_name);
                ui.label(format!("here: {} (today {})", status.name, country.name));
            } else {
                ui.strong(&status.name);
                if status.name != country.name {
                    ui.label(format!("today: {}", country.name));
                }
            }
            if let Some(line) = status_line(status) {
                ui.label(line);
            }
            for organization in state.selected_organizations() {
                let spans: Vec<String> = organization
                    .members
                    .iter()
                    .filter(|m| {
                        atlas
                            .keys_for_member_on(&m.country, date)
                            .contains(&country.key.as_str())
                    })
                    .filter(|m| m.holds_on(date))
                    .map(|m| {
                        format!(
                            "{} since {}",
                            organization.short_name_on(date),
                            m.joined.year
                        )
                    })
                    .collect();
                for span in spans {
                    ui.label(span);
                }
            }
            ui.small(if keyboard {
                KEYBOARD_COUNTRY_HINT
            } else {
                "Click for details"
            });
        }
        Hover::Events(ids) => {
            for id in ids.iter().rev() {
                if let Some(event) = atlas.event(id) {
                    ui.strong(&event.title);
                    ui.label(format!(
                        "{} · {}, {}",
                        event.date_range_text(),
                        event.city,
                        event.country
                    ));
                }
            }
            ui.small(if keyboard {
                KEYBOARD_EVENT_HINT
            } else {
                "Click to open the card"
            });
        }
    }
}

/// "British colony … until 6 March 1957" style line for a territory, or none for a state.
pub fn status_line(status: &CountryStatus) -> Option<String> {
    let until = status
        .until
        .map(|d| format!(", until {}", d.display_long()))
        .unwrap_or_default();
    match status.status {
        PoliticalStatus::Independent => None,
        PoliticalStatus::Dependent => Some(match &status.administered_by {
            Some(power) => format!("territory administered by {power}{until}"),
            None => format!("dependent territory{until}"),
        }),
        PoliticalStatus::PartOf => status
            .part_of_name
            .as_ref()
            .map(|name| format!("part of {name}{until}")),
    }
}
