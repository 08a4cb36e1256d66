//! The hover tooltip of a country or a host city, and a territory's status line.

use super::input::Hover;
use super::layer::MapLayer;
use crate::data::{CountryStatus, PoliticalStatus, Texts};
use crate::state::AppState;

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
    let texts = state.texts();
    match hover {
        Hover::Country(index) => {
            let country = &atlas.world.countries[*index];
            let Some(status) = layer.time.status(*index) else {
                return;
            };
            let parts_in_state = layer.time.parts_in_state(*index);
            let today = texts.country_today(&country.key, &country.name);
            let name = texts.name_of_time(&country.key, &status.name);
            if let (Some(state_name), true) = (&status.part_of_name, parts_in_state > 1) {
                ui.strong(texts.place(state_name));
                ui.label(texts.ui_with(
                    "tooltip-here",
                    &[("name", name.into()), ("today", today.into())],
                ));
            } else {
                ui.strong(name);
                if name != today {
                    ui.label(texts.ui_with("card-today", &[("name", today.into())]));
                }
            }
            if let Some(line) = status_line(&texts, status) {
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
                        texts.ui_with(
                            "tooltip-member-since",
                            &[
                                ("name", texts.organization_short(organization, date).into()),
                                ("year", m.joined.year.to_string().into()),
                            ],
                        )
                    })
                    .collect();
                for span in spans {
                    ui.label(span);
                }
            }
            // Under the keyboard cursor the last line names its key, not the click.
            ui.small(texts.ui(if keyboard {
                "tooltip-enter-details"
            } else {
                "tooltip-click-details"
            }));
        }
        Hover::Events(ids) => {
            for id in ids.iter().rev() {
                if let Some(event) = atlas.event(id) {
                    ui.strong(texts.event_title(event));
                    ui.label(format!(
                        "{} · {}, {}",
                        texts.date_range(event),
                        texts.place(&event.city),
                        texts.place(&event.country)
                    ));
                }
            }
            ui.small(texts.ui(if keyboard {
                "tooltip-enter-card"
            } else {
                "tooltip-click-card"
            }));
        }
    }
}

/// "British colony … until 6 March 1957" style line for a territory, or none for a state.
pub fn status_line(texts: &Texts<'_>, status: &CountryStatus) -> Option<String> {
    let line = match status.status {
        PoliticalStatus::Independent => return None,
        PoliticalStatus::Dependent => match &status.administered_by {
            Some(power) => texts.ui_with(
                "card-administered-by",
                &[("power", texts.place(power).into())],
            ),
            None => texts.ui("card-dependent"),
        },
        PoliticalStatus::PartOf => texts.ui_with(
            "card-part-of",
            &[("state", texts.place(status.part_of_name.as_ref()?).into())],
        ),
    };
    Some(match status.until {
        Some(until) => texts.ui_with(
            "tooltip-until",
            &[
                ("status", line.into()),
                ("date", texts.long_date(until).into()),
            ],
        ),
        None => line,
    })
}
