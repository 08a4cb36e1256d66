//! The side panel: organizations to show on the map, the field filter, and the card of
//! whatever is selected.

use egui::{Color32, RichText, Sense, Vec2};

use crate::data::validate::FIELDS;
use crate::data::{Event, Organization, PoliticalStatus, Source};
use crate::state::{AppState, Command, Selection};
use crate::theme;
use crate::time::Date;
use crate::ui::sources::{note_ui, sources_ui};

pub fn side_panel_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // The card of what is selected comes first, so it is never below the fold.
            if *state.selection() != Selection::None {
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
            if *state.selection() == Selection::None {
                ui.separator();
                card_ui(ui, state, commands);
            }
            if !state.atlas().figures.is_empty() {
                ui.separator();
                figures_ui(ui, state);
            }
            if !state.atlas().problems.is_empty() {
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
                .field_filter()
                .as_ref()
                .is_none_or(|field| o.tags.iter().any(|t| t == field))
    };
    for (kind, heading) in KIND_HEADINGS {
        let members: Vec<&Organization> = state
            .atlas()
            .organizations
            .iter()
            .filter(|o| o.kind == kind)
            .filter(in_field)
            .collect();
        organization_group_ui(ui, state, heading, &members, commands);
    }
    let others: Vec<&Organization> = state
        .atlas()
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
    let response = egui::CollapsingHeader::new(format!("{} more", rest.len()))
        .id_salt(("organization_group", heading))
        .default_open(false)
        .show(ui, |ui| {
            for organization in rest {
                organization_row_ui(ui, state, organization, commands);
            }
        });
    theme::focus_ring(ui, &response.header_response);
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
    ui.horizontal(|ui| {
        let mut selected = state.is_selected(&organization.id);
        swatch(ui, theme::organization_color(organization.color));
        let exists = organization.exists_on(date);
        let name = organization.short_name_on(if exists { date } else { organization.founded });
        let response = ui.checkbox(&mut selected, name);
        theme::focus_ring(ui, &response);
        if response.changed() {
            commands.push(Command::ToggleOrganization(organization.id.clone()));
        }
        let count = member_count_on(organization, date);
        response.on_hover_ui(|ui| {
            ui.label(format!(
                "{}\nfounded {}{}",
                organization.name_on(if exists { date } else { organization.founded }),
                organization.founded.display_long(),
                organization
                    .founded_city
                    .as_ref()
                    .map(|c| format!(", {}", c.name))
                    .unwrap_or_default()
            ));
            if !organization.has_member_list() {
                ui.label(
                    "Only sourced member counts are known, not the member list, so the map \
                     cannot fill its members.",
                );
            }
            if let Some(detail) = count.detail(date.year) {
                ui.label(detail);
            }
            if let Some(source) = organization.count_on(date).and_then(|c| c.source) {
                ui.label(format!("Count: {}", source.title));
            }
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // Right to left: the qualifier is added first so the number sits before it.
            if let Some(qualifier) = count.qualifier() {
                ui.label(RichText::new(qualifier).small().weak());
            }
            ui.label(RichText::new(count.figure()).monospace().weak());
        });
    });
}

/// What the panel can say about an organization's size on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MemberCountOn {
    /// Not yet founded (it will be in `founded_year`).
    NotFounded { founded_year: i32 },
    /// Counted from the member list, or a sourced count of the year shown.
    Known(usize),
    /// Only an older sourced count: `count` members in `year`.
    LatestKnown { count: usize, year: i32 },
    /// No count up to this date; `first` is the first sourced count after it, if any.
    NotKnown { first: Option<(usize, i32)> },
}

/// The member count of `organization` on `date` ([`Organization::count_on`]), with what
/// the panel says when there is none: not yet founded, or no count known that early.
fn member_count_on(organization: &Organization, date: Date) -> MemberCountOn {
    if !organization.exists_on(date) {
        return MemberCountOn::NotFounded {
            founded_year: organization.founded.year,
        };
    }
    match organization.count_on(date) {
        Some(known) if !known.older_than_date => MemberCountOn::Known(known.count),
        Some(known) => MemberCountOn::LatestKnown {
            count: known.count,
            year: known.year,
        },
        None => MemberCountOn::NotKnown {
            first: organization
                .member_counts
                .iter()
                .filter(|c| c.year > date.year)
                .min_by_key(|c| c.year)
                .map(|c| (c.count as usize, c.year)),
        },
    }
}

impl MemberCountOn {
    /// The number, in tabular figures.
    fn figure(self) -> String {
        match self {
            Self::NotFounded { .. } | Self::NotKnown { .. } => String::new(),
            Self::Known(count) | Self::LatestKnown { count, .. } => count.to_string(),
        }
    }

    /// Words after the number: how old it is, or why there is none.
    fn qualifier(self) -> Option<String> {
        match self {
            Self::NotFounded { founded_year } => Some(format!("from {founded_year}")),
            Self::Known(_) => None,
            Self::LatestKnown { year, .. } => Some(format!("in {year}, latest known")),
            Self::NotKnown { .. } => Some("count not known".to_owned()),
        }
    }

    /// A sentence for the tooltip, where the short form leaves something out.
    fn detail(self, year: i32) -> Option<String> {
        match self {
            Self::LatestKnown { count, year: known } => Some(format!(
                "No count is known for {year}; the latest sourced count is {count} members in \
                 {known}."
            )),
            Self::NotKnown {
                first: Some((count, first)),
            } => Some(format!(
                "No count is known for {year}; the first sourced count is {count} members in \
                 {first}."
            )),
            Self::NotKnown { first: None } => Some("No sourced member count.".to_owned()),
            Self::NotFounded { .. } | Self::Known(_) => None,
        }
    }
}

fn field_filter_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let current = state.field_filter().unwrap_or("all fields").to_owned();
        let response = egui::ComboBox::from_label("Field of cooperation")
            .selected_text(current)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(state.field_filter().is_none(), "all fields")
                    .clicked()
                {
                    commands.push(Command::SetFieldFilter(None));
                }
                for field in FIELDS {
                    let selected = state.field_filter() == Some(field);
                    if ui.selectable_label(selected, field).clicked() {
                        commands.push(Command::SetFieldFilter(Some(field.to_owned())));
                    }
                }
            })
            .response;
        theme::focus_ring(ui, &response);
    });
}

fn card_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    match &state.selection() {
        Selection::None => {
            ui.label(
                RichText::new(
                    "Select a host city or a country on the map to read its story and sources.",
                )
                .weak(),
            );
        }
        Selection::Event(id) => match state.atlas().event(id) {
            Some(event) => event_card_ui(ui, state, event, commands),
            None => {
                ui.label(format!("No event \"{id}\""));
            }
        },
        Selection::Country(key) => country_card_ui(ui, state, key, commands),
    }
}

/// A link inside the atlas (to another event): a focusable, ringed control.
fn card_link(ui: &mut egui::Ui, text: String) -> bool {
    let response = ui.link(text);
    theme::focus_ring(ui, &response);
    response.clicked()
}

/// Card titles stand above the body text in every mode (19 px at the desk, larger in the
/// kiosk's 20 px body text).
fn card_title_size(ui: &egui::Ui) -> f32 {
    let body = egui::TextStyle::Body.resolve(ui.style()).size;
    theme::CARD_TITLE_SIZE.max(body * 1.35)
}

fn close_button(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    let response = ui.button("Close");
    theme::focus_ring(ui, &response);
    if response.clicked() {
        commands.push(Command::ClearSelection);
    }
}

fn event_card_ui(ui: &mut egui::Ui, state: &AppState, event: &Event, commands: &mut Vec<Command>) {
    close_button(ui, commands);
    ui.label(
        RichText::new(&event.title)
            .size(card_title_size(ui))
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
                if let Some(organization) = state.atlas().organization(id) {
                    let color = theme::organization_color(organization.color);
                    let text = RichText::new(organization.short_name_on(event.start))
                        .color(theme::ORGANIZATION_CHIP_TEXT)
                        .background_color(color);
                    let response =
                        ui.add(egui::Button::new(text).fill(color))
                            .on_hover_text(format!(
                                "Show {} on the map",
                                organization.name_on(state.date())
                            ));
                    theme::focus_ring(ui, &response);
                    if response.clicked() && !state.is_selected(id) {
                        commands.push(Command::ToggleOrganization(id.clone()));
                    }
                }
            }
        });
    }
    if !event.tags.is_empty() {
        ui.label(RichText::new(format!("Fields: {}", event.tags.join(", "))).small());
    }
    if let Some(note) = &event.note {
        note_ui(
            ui,
            Some("Sources differ"),
            note,
            theme::note_color(state.theme()),
            state.external_links(),
        );
    }
    sources_ui(ui, &event.sources, state.external_links());
    // Other events in the same city, to move between them.
    let others: Vec<&Event> = state
        .atlas()
        .events
        .iter()
        .filter(|e| e.city == event.city && e.id != event.id)
        .collect();
    if !others.is_empty() {
        ui.add_space(theme::SPACE_XS);
        ui.label(RichText::new(format!("Also in {}", event.city)).strong());
        for other in others {
            if card_link(ui, format!("{} ({})", other.title, other.start.year)) {
                commands.push(Command::SelectEvent(other.id.clone()));
            }
        }
    }
}

fn country_card_ui(ui: &mut egui::Ui, state: &AppState, key: &str, commands: &mut Vec<Command>) {
    close_button(ui, commands);
    let atlas = state.atlas();
    let date = state.date();
    let status = atlas.status_on(key, date);
    ui.label(
        RichText::new(&status.name)
            .size(card_title_size(ui))
            .strong(),
    );
    if status.name_today != status.name {
        ui.label(format!("today: {}", status.name_today));
    }
    let status_text = match status.status {
        PoliticalStatus::Independent => "independent".to_owned(),
        PoliticalStatus::Dependent => match &status.administered_by {
            Some(power) => format!("territory administered by {power}"),
            None => "dependent territory".to_owned(),
        },
        PoliticalStatus::PartOf => format!(
            "part of {}",
            status
                .part_of_name
                .clone()
                .or_else(|| status.part_of.clone())
                .unwrap_or_default()
        ),
    };
    ui.label(RichText::new(format!("In {}: {status_text}", state.year())).weak());
    let period_note = atlas
        .country_history(key)
        .and_then(|h| h.period_on(date))
        .and_then(|p| p.note.as_ref());
    if let Some(note) = period_note {
        note_ui(
            ui,
            None,
            note,
            ui.visuals().weak_text_color(),
            state.external_links(),
        );
    }
    ui.add_space(theme::SPACE_XS);
    ui.label(RichText::new("Memberships").strong());
    let mut any = false;
    // Sources of everything the card states, each listed once, in order of appearance.
    let mut card_sources: Vec<&Source> = status.sources.iter().collect();
    for organization in &atlas.organizations {
        for member in organization.members.iter().filter(|m| {
            atlas.keys_for_member_on(&m.country, date).contains(&key)
                || atlas.keys_for_member(&m.country).contains(&key)
        }) {
            any = true;
            membership_ui(ui, state, key, organization, member);
            card_sources.extend(&member.sources);
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
            if card_link(
                ui,
                format!("{} ({}, {})", event.title, event.city, event.start.year),
            ) {
                commands.push(Command::SelectEvent(event.id.clone()));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    card_sources.retain(|s| seen.insert((s.url.as_str(), s.title.as_str())));
    let card_sources: Vec<Source> = card_sources.into_iter().cloned().collect();
    ui.add_space(theme::SPACE_XS);
    sources_ui(ui, &card_sources, state.external_links());
}

/// One membership line of a country card: the organization by its name of the time, the
/// span, suspensions and any note.
fn membership_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    key: &str,
    organization: &Organization,
    member: &crate::data::Membership,
) {
    let atlas = state.atlas();
    let date = state.date();
    let span = match member.left {
        Some(left) => format!("{}–{}", member.joined.year, left.year),
        None => format!("since {}", member.joined.year),
    };
    // The name the body bore during the membership: on the date shown, or when it began or
    // ended if the date lies outside it (Morocco left the OAU in 1984 and joined the AU in
    // 2017, whatever the year shown).
    let name_date = if date < member.joined {
        member.joined
    } else {
        member.left.filter(|left| *left <= date).unwrap_or(date)
    };
    let as_name = if member.country == key {
        String::new()
    } else {
        format!(
            " (as {})",
            atlas.country_name_on(&member.country, name_date)
        )
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
            organization.short_name_on(name_date)
        ));
        ui.label(if current { text.strong() } else { text.weak() });
    });
    for suspension in &member.suspensions {
        let until = suspension
            .until
            .map_or_else(|| "…".to_owned(), |u| u.year.to_string());
        ui.label(RichText::new(format!("    suspended {}–{until}", suspension.from.year)).small());
    }
    if let Some(note) = &member.note {
        note_ui(
            ui,
            None,
            note,
            theme::note_color(state.theme()),
            state.external_links(),
        );
    }
}

/// The seed text's aggregate figures, with the atlas's own count beside each.
fn figures_ui(ui: &mut egui::Ui, state: &AppState) {
    let response = egui::CollapsingHeader::new("The picture by the end of 1984")
        .id_salt("figures")
        .show(ui, |ui| {
            for figure in &state.atlas().figures {
                ui.label(RichText::new(format!("{} {}", figure.text, figure.label)).strong());
                if let Some(kind) = &figure.counts_kind {
                    let end = crate::time::Date::end_of_year(figure.year);
                    let count = state
                        .atlas()
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
            if let Some(figure) = state.atlas().figures.first() {
                ui.label(RichText::new("Source").strong());
                crate::ui::sources::source_ui(ui, &figure.source, state.external_links());
            }
        });
    theme::focus_ring(ui, &response.header_response);
}

fn problems_ui(ui: &mut egui::Ui, state: &AppState) {
    let response =
        egui::CollapsingHeader::new(format!("{} data problems", state.atlas().problems.len()))
            .id_salt("data_problems")
            .show(ui, |ui| {
                ui.label(
                    RichText::new(
                        "These entries were left out; run `ssc-atlas validate` for details.",
                    )
                    .small(),
                );
                for problem in state.atlas().problems.iter().take(50) {
                    ui.label(RichText::new(problem.to_string()).small());
                }
            });
    theme::focus_ring(ui, &response.header_response);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{MemberCount, MemberStatus, Membership};

    fn source() -> Source {
        Source {
            title: "test".into(),
            url: "https://example.org".into(),
        }
    }

    /// A body founded in 1961 with sourced counts only (like the NAM).
    fn counted(counts: &[(i32, u32)]) -> Organization {
        Organization {
            id: "counted".into(),
            name: "Counted".into(),
            short_name: "C".into(),
            former_names: Vec::new(),
            kind: "political".into(),
            founded: Date::ymd(1961, 9, 1),
            founded_city: None,
            founding_event: None,
            color: [0, 0, 0],
            tags: Vec::new(),
            members: Vec::new(),
            member_counts: counts
                .iter()
                .map(|&(year, count)| MemberCount {
                    year,
                    count,
                    source: source(),
                })
                .collect(),
            sources: vec![source()],
            note: None,
        }
    }

    fn at(organization: &Organization, year: i32) -> MemberCountOn {
        member_count_on(organization, Date::end_of_year(year))
    }

    #[test]
    fn a_count_of_an_earlier_year_says_it_is_the_latest_known() {
        let nam = counted(&[(1961, 25), (1979, 93), (2006, 115)]);
        let in_1983 = at(&nam, 1983);
        assert_eq!(
            in_1983,
            MemberCountOn::LatestKnown {
                count: 93,
                year: 1979
            }
        );
        assert_eq!(in_1983.figure(), "93");
        assert_eq!(
            in_1983.qualifier().as_deref(),
            Some("in 1979, latest known")
        );
        assert_eq!(at(&nam, 1979), MemberCountOn::Known(93));
        assert_eq!(at(&nam, 1979).qualifier(), None);
    }

    #[test]
    fn before_the_first_count_nothing_is_claimed() {
        let unctad = counted(&[(2018, 195)]);
        let in_1975 = at(&unctad, 1975);
        assert_eq!(
            in_1975,
            MemberCountOn::NotKnown {
                first: Some((195, 2018))
            }
        );
        assert_eq!(in_1975.figure(), "");
        assert!(
            in_1975
                .detail(1975)
                .is_some_and(|d| d.contains("195 members in 2018"))
        );
        assert_eq!(
            at(&unctad, 1960),
            MemberCountOn::NotFounded { founded_year: 1961 }
        );
    }

    #[test]
    fn a_member_list_counts_full_members_on_the_day() {
        let mut body = counted(&[(1961, 99)]);
        body.members = vec![
            Membership {
                country: "AAA".into(),
                joined: Date::ymd(1961, 9, 1),
                left: None,
                status: MemberStatus::Member,
                suspensions: Vec::new(),
                note: None,
                sources: vec![source()],
            },
            Membership {
                country: "BBB".into(),
                joined: Date::year_only(1970),
                left: Some(Date::year_only(1980)),
                status: MemberStatus::Member,
                suspensions: Vec::new(),
                note: None,
                sources: vec![source()],
            },
            Membership {
                country: "CCC".into(),
                joined: Date::year_only(1962),
                left: None,
                status: MemberStatus::Observer,
                suspensions: Vec::new(),
                note: None,
                sources: vec![source()],
            },
        ];
        assert_eq!(
            at(&body, 1961),
            MemberCountOn::Known(1),
            "the list, not the count"
        );
        assert_eq!(at(&body, 1975), MemberCountOn::Known(2));
        assert_eq!(at(&body, 1980), MemberCountOn::Known(1), "left in 1980");
    }
}
