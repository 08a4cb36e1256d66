//! The card of whatever is selected: an event, a country (memberships, figures), the data
//! problems.

use egui::RichText;

use super::swatch;
use crate::data::{Event, Organization, PoliticalStatus, Source};
use crate::state::{AppState, Command, Selection};
use crate::theme;
use crate::ui::sources::{note_ui, sources_ui};

pub(super) fn card_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let texts = state.texts();
    match &state.selection() {
        Selection::None => {
            ui.label(RichText::new(texts.ui("card-hint")).weak());
        }
        Selection::Event(id) => match state.atlas().event(id) {
            Some(event) => event_card_ui(ui, state, event, commands),
            None => {
                ui.label(texts.ui_with("card-no-event", &[("id", id.as_str().into())]));
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

fn close_button(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let response = ui.button(state.texts().ui("card-close"));
    theme::focus_ring(ui, &response);
    if response.clicked() {
        commands.push(Command::ClearSelection);
    }
}

fn event_card_ui(ui: &mut egui::Ui, state: &AppState, event: &Event, commands: &mut Vec<Command>) {
    let texts = state.texts();
    close_button(ui, state, commands);
    ui.label(
        RichText::new(texts.event_title(event))
            .size(card_title_size(ui))
            .strong(),
    );
    let kind = texts.event_kind(&event.kind);
    let kind = match event.number {
        Some(number) => texts.ui_with(
            "card-kind-numbered",
            &[("kind", kind.into()), ("number", number.into())],
        ),
        None => kind,
    };
    ui.label(RichText::new(kind).small());
    ui.label(texts.date_range(event));
    ui.label(format!(
        "{}, {}",
        texts.place(&event.city),
        texts.place(&event.country)
    ));
    if let Some(participants) = event.participants {
        ui.label(texts.ui_with("card-participants", &[("count", participants.into())]));
    }
    ui.add_space(theme::SPACE_XS);
    ui.label(texts.event_summary(event));
    if !event.organizations.is_empty() {
        ui.horizontal_wrapped(|ui| {
            for id in &event.organizations {
                if let Some(organization) = state.atlas().organization(id) {
                    // A selected body's chip wears its colour; the others are plain buttons.
                    let color = theme::organization_color(state, id);
                    let mut text =
                        RichText::new(texts.organization_short(organization, event.start));
                    let mut button_fill = None;
                    if let Some(color) = color {
                        text = text.color(theme::text_on(color)).background_color(color);
                        button_fill = Some(color);
                    }
                    let mut button = egui::Button::new(text);
                    if let Some(fill) = button_fill {
                        button = button.fill(fill);
                    }
                    let response = ui.add(button).on_hover_text(texts.ui_with(
                        "card-show-on-map",
                        &[(
                            "name",
                            texts.organization_name(organization, state.date()).into(),
                        )],
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
        let fields: Vec<String> = event.tags.iter().map(|t| texts.field(t)).collect();
        ui.label(
            RichText::new(texts.ui_with("card-fields", &[("fields", fields.join(", ").into())]))
                .small(),
        );
    }
    if let Some(note) = texts.event_note(event) {
        note_ui(
            ui,
            Some(&texts.ui("card-sources-differ")),
            note,
            theme::note_color(state.theme()),
            state.external_links(),
        );
    }
    sources_ui(
        ui,
        &texts.ui("card-sources"),
        &event.sources,
        state.external_links(),
    );
    // Other events in the same city, to move between them.
    let others: Vec<&Event> = state
        .atlas()
        .events
        .iter()
        .filter(|e| e.city == event.city && e.id != event.id)
        .collect();
    if !others.is_empty() {
        ui.add_space(theme::SPACE_XS);
        ui.label(
            RichText::new(
                texts.ui_with("card-also-in", &[("city", texts.place(&event.city).into())]),
            )
            .strong(),
        );
        for other in others {
            if card_link(
                ui,
                format!("{} ({})", texts.event_title(other), other.start.year),
            ) {
                commands.push(Command::SelectEvent(other.id.clone()));
            }
        }
    }
}

fn country_card_ui(ui: &mut egui::Ui, state: &AppState, key: &str, commands: &mut Vec<Command>) {
    let texts = state.texts();
    close_button(ui, state, commands);
    let atlas = state.atlas();
    let date = state.date();
    let status = atlas.status_on(key, date);
    let name_today = texts.country_today(key, &status.name_today);
    let name = if status.name == status.name_today {
        name_today
    } else {
        texts.place(&status.name)
    };
    ui.label(RichText::new(name).size(card_title_size(ui)).strong());
    if name_today != name {
        ui.label(texts.ui_with("card-today", &[("name", name_today.into())]));
    }
    let status_text = match status.status {
        PoliticalStatus::Independent => texts.ui("card-independent"),
        PoliticalStatus::Dependent => match &status.administered_by {
            Some(power) => texts.ui_with(
                "card-administered-by",
                &[("power", texts.place(power).into())],
            ),
            None => texts.ui("card-dependent"),
        },
        PoliticalStatus::PartOf => {
            let whole = status
                .part_of_name
                .clone()
                .or_else(|| status.part_of.clone())
                .unwrap_or_default();
            texts.ui_with("card-part-of", &[("state", texts.place(&whole).into())])
        }
    };
    ui.label(
        RichText::new(texts.ui_with(
            "card-status-in",
            &[
                ("year", state.year().to_string().into()),
                ("status", status_text.into()),
            ],
        ))
        .weak(),
    );
    let period_note = atlas
        .country_history(key)
        .and_then(|h| h.period_on(date))
        .and_then(|p| p.note.as_ref());
    if let Some(note) = period_note {
        note_ui(
            ui,
            None,
            texts.note(note),
            ui.visuals().weak_text_color(),
            state.external_links(),
        );
    }
    ui.add_space(theme::SPACE_XS);
    ui.label(RichText::new(texts.ui("card-memberships")).strong());
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
        ui.label(RichText::new(texts.ui("card-no-memberships")).weak());
    }
    let hosted: Vec<&Event> = atlas
        .events
        .iter()
        .filter(|e| e.country_iso3 == key)
        .collect();
    if !hosted.is_empty() {
        ui.add_space(theme::SPACE_XS);
        ui.label(RichText::new(texts.ui("card-hosted")).strong());
        for event in hosted {
            if card_link(
                ui,
                format!(
                    "{} ({}, {})",
                    texts.event_title(event),
                    texts.place(&event.city),
                    event.start.year
                ),
            ) {
                commands.push(Command::SelectEvent(event.id.clone()));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    card_sources.retain(|s| seen.insert((s.url.as_str(), s.title.as_str())));
    let card_sources: Vec<Source> = card_sources.into_iter().cloned().collect();
    ui.add_space(theme::SPACE_XS);
    sources_ui(
        ui,
        &texts.ui("card-sources"),
        &card_sources,
        state.external_links(),
    );
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
    let texts = state.texts();
    let date = state.date();
    let joined = ("joined", member.joined.year.to_string().into());
    let span = match (member.left, member.joined_basis) {
        (Some(left), crate::data::JoinedBasis::Admission) => {
            format!("{}–{}", member.joined.year, left.year)
        }
        (Some(left), crate::data::JoinedBasis::FirstRecord) => texts.ui_with(
            "card-member-by-until",
            &[joined, ("left", left.year.to_string().into())],
        ),
        (None, crate::data::JoinedBasis::Admission) => {
            texts.ui_with("card-member-since", &[joined])
        }
        (None, crate::data::JoinedBasis::FirstRecord) => texts.ui_with("card-member-by", &[joined]),
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
            " ({})",
            texts.ui_with(
                "card-member-as",
                &[(
                    "name",
                    texts.country_name_on(&member.country, name_date).into()
                )],
            )
        )
    };
    let status = match member.status {
        crate::data::MemberStatus::Member => String::new(),
        crate::data::MemberStatus::Associate => format!(", {}", texts.ui("card-associate")),
        crate::data::MemberStatus::Observer => format!(", {}", texts.ui("card-observer")),
    };
    let current = member.holds_on(date);
    ui.horizontal_wrapped(|ui| {
        swatch(ui, theme::organization_color(state, &organization.id));
        let text = RichText::new(format!(
            "{} {span}{as_name}{status}",
            texts.organization_short(organization, name_date)
        ));
        ui.label(if current { text.strong() } else { text.weak() });
    });
    for suspension in &member.suspensions {
        let until = suspension
            .until
            .map_or_else(|| "…".to_owned(), |u| u.year.to_string());
        ui.label(
            RichText::new(format!(
                "    {}",
                texts.ui_with(
                    "card-suspended",
                    &[
                        ("from", suspension.from.year.to_string().into()),
                        ("until", until.into()),
                    ],
                )
            ))
            .small(),
        );
    }
    if let Some(note) = &member.note {
        note_ui(
            ui,
            None,
            texts.note(note),
            theme::note_color(state.theme()),
            state.external_links(),
        );
    }
}

/// The seed text's aggregate figures, with the atlas's own count beside each.
pub(super) fn figures_ui(ui: &mut egui::Ui, state: &AppState) {
    let texts = state.texts();
    let response = egui::CollapsingHeader::new(texts.ui("figures-heading"))
        .id_salt("figures")
        .show(ui, |ui| {
            for figure in &state.atlas().figures {
                ui.label(
                    RichText::new(format!(
                        "{} {}",
                        texts.figure_text(&figure.id, "text", &figure.text),
                        texts.figure_text(&figure.id, "label", &figure.label)
                    ))
                    .strong(),
                );
                if let Some(kind) = &figure.counts_kind {
                    let end = crate::time::Date::end_of_year(figure.year);
                    let count = state
                        .atlas()
                        .organizations
                        .iter()
                        .filter(|o| &o.kind == kind && o.exists_on(end))
                        .count();
                    ui.label(
                        RichText::new(texts.ui_with(
                            "figures-atlas-holds",
                            &[
                                ("count", count.into()),
                                ("year", figure.year.to_string().into()),
                            ],
                        ))
                        .small()
                        .weak(),
                    );
                }
                if let Some(note) = &figure.atlas_note {
                    let note = texts.figure_text(&figure.id, "atlas_note", note);
                    ui.label(RichText::new(note).small().weak());
                }
            }
            if let Some(figure) = state.atlas().figures.first() {
                ui.label(RichText::new(texts.ui("figures-source")).strong());
                crate::ui::sources::source_ui(ui, &figure.source, state.external_links());
            }
        });
    theme::focus_ring(ui, &response.header_response);
}
