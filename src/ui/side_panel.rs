//! The side panel: organizations to show on the map, the field filter, and the card of
//! whatever is selected.

use egui::{Color32, RichText, Sense, Vec2};

use crate::data::timeline;
use crate::data::validate::FIELDS;
use crate::data::{Event, Organization, Source};
use crate::state::{AppState, Command, Selection};
use crate::theme;

pub fn side_panel_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // The card of what is selected comes first, so it is never below the fold.
            if state.selection != Selection::None {
                ui.add_space(theme::SPACE_S);
                card_ui(ui, state, commands);
                ui.separator();
            }
            ui.add_space(theme::SPACE_S);
            ui.heading("Organizations");
            ui.label(RichText::new(format!("Members on 31 December {}", state.year())).small());
            ui.add_space(theme::SPACE_XS);
            organizations_ui(ui, state, commands);
            ui.add_space(theme::SPACE_S);
            field_filter_ui(ui, state, commands);
            if state.selection == Selection::None {
                ui.separator();
                card_ui(ui, state, commands);
            }
            if !state.atlas.figures.is_empty() {
                ui.separator();
                figures_ui(ui, state);
            }
            if !state.atlas.problems.is_empty() {
                ui.separator();
                problems_ui(ui, state);
            }
        });
}

fn swatch(ui: &mut egui::Ui, color: Color32) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(14.0), Sense::hover());
    ui.painter().rect_filled(rect, 3.0, color);
}

/// Headings for organization kinds, in the order the panel lists them.
const KIND_HEADINGS: [(&str, &str); 5] = [
    ("regional", "Regional"),
    ("political", "Political"),
    ("commodity", "Commodity producers"),
    ("economic", "Economic"),
    ("financial", "Financial"),
];

fn organizations_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let known: Vec<&str> = KIND_HEADINGS.iter().map(|(kind, _)| *kind).collect();
    // With a field chosen, list only the bodies working in it (and any already selected).
    let in_field = |o: &&Organization| {
        state.is_selected(&o.id)
            || state
                .field_filter
                .as_ref()
                .is_none_or(|field| o.tags.iter().any(|t| t == field))
    };
    for (kind, heading) in KIND_HEADINGS {
        let members: Vec<&Organization> = state
            .atlas
            .organizations
            .iter()
            .filter(|o| o.kind == kind)
            .filter(in_field)
            .collect();
        organization_group_ui(ui, state, heading, &members, commands);
    }
    let others: Vec<&Organization> = state
        .atlas
        .organizations
        .iter()
        .filter(|o| !known.contains(&o.kind.as_str()))
        .filter(in_field)
        .collect();
    organization_group_ui(ui, state, "Other", &others, commands);
}

fn organization_group_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    heading: &str,
    organizations: &[&Organization],
    commands: &mut Vec<Command>,
) {
    if organizations.is_empty() {
        return;
    }
    ui.add_space(theme::SPACE_XS);
    ui.label(RichText::new(heading).small().strong());
    if organizations.len() <= MAX_OPEN_GROUP {
        for organization in organizations {
            organization_row_ui(ui, state, organization, commands);
        }
        return;
    }
    // A curator's long list folds away; what is selected stays in view.
    for organization in organizations.iter().filter(|o| state.is_selected(&o.id)) {
        organization_row_ui(ui, state, organization, commands);
    }
    let rest: Vec<&&Organization> = organizations
        .iter()
        .filter(|o| !state.is_selected(&o.id))
        .collect();
    egui::CollapsingHeader::new(format!("{} more", rest.len()))
        .id_salt(("organization_group", heading))
        .default_open(false)
        .show(ui, |ui| {
            for organization in rest {
                organization_row_ui(ui, state, organization, commands);
            }
        });
}

/// Groups longer than this fold their unselected organizations under "N more".
const MAX_OPEN_GROUP: usize = 16;

fn organization_row_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    organization: &Organization,
    commands: &mut Vec<Command>,
) {
    let date = state.date();
    {
        ui.horizontal(|ui| {
            let mut selected = state.is_selected(&organization.id);
            swatch(ui, theme::organization_color(organization.color));
            let exists = organization.exists_on(date);
            let name = organization.short_name_on(if exists { date } else { organization.founded });
            let response = ui.checkbox(&mut selected, name);
            if response.changed() {
                commands.push(Command::ToggleOrganization(organization.id.clone()));
            }
            response.on_hover_ui(|ui| {
                ui.label(format!(
                    "{}\nfounded {}{}",
                    organization.name_on(date),
                    organization.founded.display_long(),
                    organization
                        .founded_city
                        .as_ref()
                        .map(|c| format!(", {}", c.name))
                        .unwrap_or_default()
                ));
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let text = if !exists {
                    format!("from {}", organization.founded.year)
                } else if organization.members.is_empty() {
                    counted_members(organization, state.year())
                } else {
                    timeline::member_count_on(organization, date).to_string()
                };
                ui.label(RichText::new(text).monospace().weak());
            });
        });
    }
}

/// For bodies with counts only: the latest sourced count up to the year.
fn counted_members(organization: &Organization, year: i32) -> String {
    organization
        .member_counts
        .iter()
        .filter(|c| c.year <= year)
        .max_by_key(|c| c.year)
        .map_or_else(|| "–".to_owned(), |c| format!("{} ({})", c.count, c.year))
}

fn field_filter_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let current = state
            .field_filter
            .clone()
            .unwrap_or_else(|| "all fields".to_owned());
        egui::ComboBox::from_label("Field of cooperation")
            .selected_text(current)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(state.field_filter.is_none(), "all fields")
                    .clicked()
                {
                    commands.push(Command::SetFieldFilter(None));
                }
                for field in FIELDS {
                    let selected = state.field_filter.as_deref() == Some(field);
                    if ui.selectable_label(selected, field).clicked() {
                        commands.push(Command::SetFieldFilter(Some(field.to_owned())));
                    }
                }
            });
    });
}

fn card_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    match &state.selection {
        Selection::None => {
            ui.label(
                RichText::new(
                    "Select a host city or a country on the map to read its story and sources.",
                )
                .weak(),
            );
        }
        Selection::Event(id) => match state.atlas.event(id) {
            Some(event) => event_card_ui(ui, state, event, commands),
            None => {
                ui.label(format!("No event \"{id}\""));
            }
        },
        Selection::Country(key) => country_card_ui(ui, state, key, commands),
    }
}

fn sources_ui(ui: &mut egui::Ui, sources: &[Source]) {
    ui.label(RichText::new("Sources").strong());
    for source in sources {
        ui.hyperlink_to(&source.title, &source.url)
            .on_hover_text(&source.url);
    }
}

fn note_ui(ui: &mut egui::Ui, state: &AppState, note: Option<&String>) {
    if let Some(note) = note {
        ui.label(
            RichText::new("Sources differ")
                .strong()
                .color(theme::note_color(state.theme)),
        );
        ui.label(RichText::new(note).color(theme::note_color(state.theme)));
    }
}

fn close_button(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    if ui.button("Close").clicked() {
        commands.push(Command::ClearSelection);
    }
}

fn event_card_ui(ui: &mut egui::Ui, state: &AppState, event: &Event, commands: &mut Vec<Command>) {
    close_button(ui, commands);
    ui.label(
        RichText::new(&event.title)
            .size(theme::CARD_TITLE_SIZE)
            .strong(),
    );
    let mut kind = event.kind.clone();
    if let Some(number) = event.number {
        kind = format!("{kind} · no. {number} in its series");
    }
    ui.label(RichText::new(kind).small());
    ui.label(event.date_range_text());
    ui.label(format!("{}, {}", event.city, event.country));
    if let Some(participants) = event.participants {
        ui.label(format!("{participants} participating states"));
    }
    ui.add_space(theme::SPACE_XS);
    ui.label(&event.summary);
    if !event.organizations.is_empty() {
        ui.horizontal_wrapped(|ui| {
            for id in &event.organizations {
                if let Some(organization) = state.atlas.organization(id) {
                    let text = RichText::new(organization.short_name_on(event.start))
                        .color(Color32::WHITE)
                        .background_color(theme::organization_color(organization.color));
                    if ui
                        .add(
                            egui::Button::new(text)
                                .fill(theme::organization_color(organization.color)),
                        )
                        .on_hover_text(format!("Show {} on the map", organization.name))
                        .clicked()
                        && !state.is_selected(id)
                    {
                        commands.push(Command::ToggleOrganization(id.clone()));
                    }
                }
            }
        });
    }
    if !event.tags.is_empty() {
        ui.label(RichText::new(format!("Fields: {}", event.tags.join(", "))).small());
    }
    note_ui(ui, state, event.note.as_ref());
    sources_ui(ui, &event.sources);
    // Other events in the same city, to move between them.
    let others: Vec<&Event> = state
        .atlas
        .events
        .iter()
        .filter(|e| e.city == event.city && e.id != event.id)
        .collect();
    if !others.is_empty() {
        ui.add_space(theme::SPACE_XS);
        ui.label(RichText::new(format!("Also in {}", event.city)).strong());
        for other in others {
            if ui
                .link(format!("{} ({})", other.title, other.start.year))
                .clicked()
            {
                commands.push(Command::SelectEvent(other.id.clone()));
            }
        }
    }
}

fn country_card_ui(ui: &mut egui::Ui, state: &AppState, key: &str, commands: &mut Vec<Command>) {
    close_button(ui, commands);
    let atlas = &state.atlas;
    let date = state.date();
    let name_then = atlas.country_name_on(key, date);
    ui.label(
        RichText::new(&name_then)
            .size(theme::CARD_TITLE_SIZE)
            .strong(),
    );
    let today = atlas.country_name_today(key);
    if today != name_then {
        ui.label(format!("today: {today}"));
    }
    if let Some(period) = atlas.country_history(key).and_then(|h| h.period_on(date)) {
        let status = match period.status {
            crate::data::PoliticalStatus::Independent => "independent".to_owned(),
            crate::data::PoliticalStatus::Dependent => match &period.administered_by {
                Some(power) => format!("territory administered by {power}"),
                None => "dependent territory".to_owned(),
            },
            crate::data::PoliticalStatus::PartOf => format!(
                "part of {}",
                period
                    .part_of
                    .as_deref()
                    .map_or_else(String::new, |c| atlas.country_name_on(c, date))
            ),
        };
        ui.label(RichText::new(format!("In {}: {status}", state.year())).weak());
    }
    ui.add_space(theme::SPACE_XS);
    ui.label(RichText::new("Memberships").strong());
    let mut any = false;
    for organization in &atlas.organizations {
        for member in organization.members.iter().filter(|m| {
            atlas.keys_for_member_on(&m.country, date).contains(&key)
                || atlas.keys_for_member(&m.country).contains(&key)
        }) {
            any = true;
            let span = match member.left {
                Some(left) => format!("{}–{}", member.joined.year, left.year),
                None => format!("since {}", member.joined.year),
            };
            let as_name = if member.country == key {
                String::new()
            } else {
                format!(" (as {})", atlas.country_name_today(&member.country))
            };
            let status = match member.status {
                crate::data::MemberStatus::Member => "",
                crate::data::MemberStatus::Associate => ", associate",
                crate::data::MemberStatus::Observer => ", observer",
            };
            let current = member.holds_on(date);
            ui.horizontal_wrapped(|ui| {
                swatch(ui, theme::organization_color(organization.color));
                let text = RichText::new(format!(
                    "{} {span}{as_name}{status}",
                    organization.short_name
                ));
                ui.label(if current { text.strong() } else { text.weak() });
            });
            for suspension in &member.suspensions {
                let until = suspension
                    .until
                    .map_or_else(|| "…".to_owned(), |u| u.year.to_string());
                ui.label(
                    RichText::new(format!("    suspended {}–{until}", suspension.from.year))
                        .small(),
                );
            }
            if let Some(note) = &member.note {
                ui.label(
                    RichText::new(note)
                        .small()
                        .color(theme::note_color(state.theme)),
                );
            }
        }
    }
    if !any {
        ui.label(RichText::new("No memberships in the atlas's organizations.").weak());
    }
    let hosted: Vec<&Event> = atlas
        .events
        .iter()
        .filter(|e| e.country_iso3 == key)
        .collect();
    if !hosted.is_empty() {
        ui.add_space(theme::SPACE_XS);
        ui.label(RichText::new("Hosted").strong());
        for event in hosted {
            if ui
                .link(format!(
                    "{} ({}, {})",
                    event.title, event.city, event.start.year
                ))
                .clicked()
            {
                commands.push(Command::SelectEvent(event.id.clone()));
            }
        }
    }
}

/// The seed text's aggregate figures, with the atlas's own count beside each.
fn figures_ui(ui: &mut egui::Ui, state: &AppState) {
    egui::CollapsingHeader::new("The picture by the end of 1984")
        .id_salt("figures")
        .show(ui, |ui| {
            for figure in &state.atlas.figures {
                ui.label(RichText::new(format!("{} {}", figure.text, figure.label)).strong());
                if let Some(kind) = &figure.counts_kind {
                    let end = crate::time::Date::end_of_year(figure.year);
                    let count = state
                        .atlas
                        .organizations
                        .iter()
                        .filter(|o| &o.kind == kind && o.founded <= end)
                        .count();
                    ui.label(
                        RichText::new(format!(
                            "this atlas holds {count} founded by {}",
                            figure.year
                        ))
                        .small()
                        .weak(),
                    );
                }
            }
            if let Some(figure) = state.atlas.figures.first() {
                let source = &figure.source;
                if source.url.is_empty() {
                    ui.label(RichText::new(format!("Source: {}", source.title)).small());
                } else {
                    ui.hyperlink_to(format!("Source: {}", source.title), &source.url);
                }
            }
        });
}

fn problems_ui(ui: &mut egui::Ui, state: &AppState) {
    egui::CollapsingHeader::new(format!("{} data problems", state.atlas.problems.len()))
        .id_salt("data_problems")
        .show(ui, |ui| {
            ui.label(
                RichText::new("These entries were left out; run `ssc-atlas validate` for details.")
                    .small(),
            );
            for problem in state.atlas.problems.iter().take(50) {
                ui.label(RichText::new(problem.to_string()).small());
            }
        });
}
