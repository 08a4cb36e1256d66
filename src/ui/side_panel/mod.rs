//! The side panel: organizations to show on the map, the field filter, and the card of
//! whatever is selected.

mod cards;

use egui::{Color32, RichText, Sense, Vec2};

use crate::data::validate::FIELDS;
use crate::data::{Organization, Texts};
use crate::state::{AppState, Command, Selection};
use crate::theme;
use crate::time::Date;
use cards::{card_ui, figures_ui};

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
            let texts = state.texts();
            ui.heading(texts.ui("panel-organizations"));
            ui.label(
                RichText::new(texts.ui_with(
                    "panel-members-on",
                    &[("date", texts.long_date(state.date()).into())],
                ))
                .small(),
            );
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
        });
}

/// An organization's colour, or only its place when it is not selected (colours belong to
/// the selection; an empty outline beside the checkbox read as a second checkbox).
pub(super) fn swatch(ui: &mut egui::Ui, color: Option<Color32>) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(14.0), Sense::hover());
    if let Some(color) = color {
        ui.painter().rect_filled(rect, 3.0, color);
    }
}

/// Why an organization cannot be ticked: the selection is full.
fn selection_full_text(texts: &Texts<'_>) -> String {
    texts.ui_with(
        "panel-selection-full",
        &[("count", crate::state::MAX_SELECTED.into())],
    )
}

/// Organization kinds in the order the panel lists them, with the message of each
/// heading.
const KIND_HEADINGS: [(&str, &str); 5] = [
    ("regional", "kind-regional"),
    ("political", "kind-political"),
    ("commodity", "kind-commodity"),
    ("economic", "kind-economic"),
    ("financial", "kind-financial"),
];

/// Bodies whose names contain `query` (any case), today's or former, long or short, in
/// English or in the language shown.
pub(crate) fn matches_query(organization: &Organization, query: &str, texts: &Texts<'_>) -> bool {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return true;
    }
    let translated = std::iter::once(organization.founded)
        .chain(organization.former_names.iter().map(|f| f.until))
        .map(|date| {
            (
                texts.organization_name(organization, date),
                texts.organization_short(organization, date),
            )
        });
    std::iter::once((organization.name.as_str(), organization.short_name.as_str()))
        .chain(
            organization
                .former_names
                .iter()
                .map(|f| (f.name.as_str(), f.short_name.as_str())),
        )
        .chain(translated)
        .any(|(name, short)| {
            name.to_lowercase().contains(&query) || short.to_lowercase().contains(&query)
        })
}

fn search_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let mut query = state.organization_query().to_owned();
    ui.horizontal(|ui| {
        let texts = state.texts();
        let label = ui.label(texts.ui("panel-find"));
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut query)
                    .hint_text(texts.ui("panel-find-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        theme::focus_ring(ui, &response);
        if response.changed() {
            commands.push(Command::SetOrganizationQuery(query.clone()));
        }
    });
}

fn organizations_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let known: Vec<&str> = KIND_HEADINGS.iter().map(|(kind, _)| *kind).collect();
    // A kiosk visitor has no keyboard; everyone else can search a long list.
    if state.external_links() {
        search_ui(ui, state, commands);
    }
    let query = state.organization_query();
    let texts = state.texts();
    // With a field chosen, list only the bodies working in it (and any already selected).
    let in_field = |o: &&Organization| {
        state.is_selected(&o.id)
            || (matches_query(o, query, &texts)
                && state
                    .field_filter()
                    .as_ref()
                    .is_none_or(|field| o.tags.iter().any(|t| t == field)))
    };
    for (kind, heading) in KIND_HEADINGS {
        let members: Vec<&Organization> = state
            .atlas()
            .organizations
            .iter()
            .filter(|o| o.kind == kind)
            .filter(in_field)
            .collect();
        organization_group_ui(ui, state, &texts.ui(heading), &members, commands);
    }
    if !query.trim().is_empty()
        && !state
            .atlas()
            .organizations
            .iter()
            .any(|o| matches_query(o, query, &texts))
    {
        ui.label(
            RichText::new(texts.ui_with("panel-no-match", &[("query", query.trim().into())]))
                .weak(),
        );
    }
    let others: Vec<&Organization> = state
        .atlas()
        .organizations
        .iter()
        .filter(|o| !known.contains(&o.kind.as_str()))
        .filter(in_field)
        .collect();
    organization_group_ui(ui, state, &texts.ui("kind-other"), &others, commands);
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
    let date = state.date();
    // Bodies of the year first; those founded later or already ended fold away (what is
    // selected always stays in view).
    let (of_the_year, others): (Vec<&Organization>, Vec<&Organization>) = organizations
        .iter()
        .partition(|o| o.exists_on(date) || state.is_selected(&o.id));
    ui.add_space(theme::SPACE_XS);
    let searching = !state.organization_query().trim().is_empty();
    let texts = state.texts();
    let header = egui::CollapsingHeader::new(
        RichText::new(texts.ui_with(
            "panel-group-heading",
            &[
                ("heading", heading.into()),
                ("count", of_the_year.len().into()),
                ("year", date.year.to_string().into()),
            ],
        ))
        .small()
        .strong(),
    )
    .id_salt(("organization_group", heading))
    .default_open(true)
    // A search opens every group that has a match.
    .open(searching.then_some(true));
    let response = header.show(ui, |ui| {
        for organization in &of_the_year {
            organization_row_ui(ui, state, organization, commands);
        }
        if others.is_empty() {
            return;
        }
        let label = texts.ui_with(
            "panel-group-others",
            &[
                ("count", others.len().into()),
                ("year", date.year.to_string().into()),
            ],
        );
        let response = egui::CollapsingHeader::new(RichText::new(label).small())
            .id_salt(("organization_group_others", heading))
            .default_open(of_the_year.is_empty())
            .open(searching.then_some(true))
            .show(ui, |ui| {
                for organization in &others {
                    organization_row_ui(ui, state, organization, commands);
                }
            });
        theme::focus_ring(ui, &response.header_response);
    });
    theme::focus_ring(ui, &response.header_response);
}

fn organization_row_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    organization: &Organization,
    commands: &mut Vec<Command>,
) {
    let date = state.date();
    let texts = state.texts();
    ui.horizontal(|ui| {
        let mut selected = state.is_selected(&organization.id);
        swatch(ui, theme::organization_color(state, &organization.id));
        let exists = organization.exists_on(date);
        let name_date = if exists { date } else { organization.founded };
        let name = texts.organization_short(organization, name_date);
        let response = ui
            .add_enabled(
                selected || !state.selection_full(),
                egui::Checkbox::new(&mut selected, name),
            )
            .on_disabled_hover_text(selection_full_text(&texts));
        theme::focus_ring(ui, &response);
        if response.changed() {
            commands.push(Command::ToggleOrganization(organization.id.clone()));
        }
        let count = member_count_on(organization, date);
        response.on_hover_ui(|ui| {
            ui.label(texts.organization_name(organization, name_date));
            let founded = texts.long_date(organization.founded);
            ui.label(match &organization.founded_city {
                Some(city) => texts.ui_with(
                    "panel-founded-in",
                    &[
                        ("date", founded.into()),
                        ("city", texts.place(&city.name).into()),
                    ],
                ),
                None => texts.ui_with("panel-founded", &[("date", founded.into())]),
            });
            if let Some(in_force) = organization.in_force {
                ui.label(texts.ui_with(
                    "panel-in-force",
                    &[("date", texts.long_date(in_force).into())],
                ));
            }
            if let Some(dissolved) = organization.dissolved {
                let successor = organization
                    .succeeded_by
                    .as_deref()
                    .and_then(|id| state.atlas().organization(id))
                    .map(|next| texts.organization_name(next, dissolved));
                let ended = texts.long_date(dissolved);
                ui.label(match successor {
                    Some(next) => texts.ui_with(
                        "panel-ended-continued",
                        &[("date", ended.into()), ("successor", next.into())],
                    ),
                    None => texts.ui_with("panel-ended", &[("date", ended.into())]),
                });
            }
            if !organization.has_member_list() {
                ui.label(texts.ui("panel-counts-only"));
            }
            if let Some(detail) = count.detail(&texts, date.year) {
                ui.label(detail);
            }
            if let Some(source) = organization.count_on(date).and_then(|c| c.source) {
                ui.label(texts.ui_with(
                    "panel-count-source",
                    &[("source", source.title.as_str().into())],
                ));
            }
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // Right to left: the qualifier is added first so the number sits before it.
            if let Some(qualifier) = count.qualifier(&texts) {
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
    /// No longer exists: dissolved in `year`.
    Dissolved { year: i32 },
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
    if let Some(dissolved) = organization.dissolved.filter(|&d| d <= date) {
        return MemberCountOn::Dissolved {
            year: dissolved.year,
        };
    }
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
            Self::NotFounded { .. } | Self::Dissolved { .. } | Self::NotKnown { .. } => {
                String::new()
            }
            Self::Known(count) | Self::LatestKnown { count, .. } => count.to_string(),
        }
    }

    /// Words after the number: how old it is, or why there is none.
    fn qualifier(self, texts: &Texts<'_>) -> Option<String> {
        let year = |y: i32| ("year", y.to_string().into());
        match self {
            Self::NotFounded { founded_year } => {
                Some(texts.ui_with("count-from", &[year(founded_year)]))
            }
            Self::Dissolved { year: ended } => Some(texts.ui_with("count-ended", &[year(ended)])),
            Self::Known(_) => None,
            Self::LatestKnown { year: known, .. } => {
                Some(texts.ui_with("count-latest-known", &[year(known)]))
            }
            Self::NotKnown { .. } => Some(texts.ui("count-not-known")),
        }
    }

    /// A sentence for the tooltip, where the short form leaves something out.
    fn detail(self, texts: &Texts<'_>, year: i32) -> Option<String> {
        let args = |count: usize, known: i32| {
            [
                ("year", year.to_string().into()),
                ("count", count.into()),
                ("known", known.to_string().into()),
            ]
        };
        match self {
            Self::LatestKnown { count, year: known } => {
                Some(texts.ui_with("count-detail-latest", &args(count, known)))
            }
            Self::NotKnown {
                first: Some((count, first)),
            } => Some(texts.ui_with("count-detail-first", &args(count, first))),
            Self::NotKnown { first: None } => Some(texts.ui("count-detail-none")),
            Self::NotFounded { .. } | Self::Dissolved { .. } | Self::Known(_) => None,
        }
    }
}

fn field_filter_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let texts = state.texts();
    ui.horizontal(|ui| {
        let current = state
            .field_filter()
            .map_or_else(|| texts.ui("field-all"), |f| texts.field(f));
        let response = egui::ComboBox::from_label(texts.ui("panel-field"))
            .selected_text(current)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(state.field_filter().is_none(), texts.ui("field-all"))
                    .clicked()
                {
                    commands.push(Command::SetFieldFilter(None));
                }
                for field in FIELDS {
                    let selected = state.field_filter() == Some(field);
                    if ui.selectable_label(selected, texts.field(field)).clicked() {
                        commands.push(Command::SetFieldFilter(Some(field.to_owned())));
                    }
                }
            })
            .response;
        theme::focus_ring(ui, &response);
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{MemberCount, MemberStatus, Membership, Source};

    fn source() -> Source {
        Source {
            title: "test".into(),
            url: "https://example.org".into(),
        }
    }

    /// A body founded in 1961 with sourced counts only (like the NAM).
    fn counted(counts: &[(i32, u32)]) -> Organization {
        Organization {
            member_counts: counts
                .iter()
                .map(|&(year, count)| MemberCount {
                    year,
                    count,
                    source: source(),
                })
                .collect(),
            sources: vec![source()],
            ..Organization::fixture("counted", "political", Date::ymd(1961, 9, 1))
        }
    }

    fn english() -> crate::data::Atlas {
        crate::data::load_atlas(&crate::data::DataSource::Bundled)
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
        let atlas = english();
        let texts = atlas.texts("en");
        assert_eq!(in_1983.figure(), "93");
        assert_eq!(
            in_1983.qualifier(&texts).as_deref(),
            Some("in 1979, latest known")
        );
        assert_eq!(at(&nam, 1979), MemberCountOn::Known(93));
        assert_eq!(at(&nam, 1979).qualifier(&texts), None);
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
                .detail(&english().texts("en"), 1975)
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
                joined_basis: crate::data::JoinedBasis::Admission,
                suspensions: Vec::new(),
                note: None,
                sources: vec![source()],
            },
            Membership {
                country: "BBB".into(),
                joined: Date::year_only(1970),
                left: Some(Date::year_only(1980)),
                status: MemberStatus::Member,
                joined_basis: crate::data::JoinedBasis::Admission,
                suspensions: Vec::new(),
                note: None,
                sources: vec![source()],
            },
            Membership {
                country: "CCC".into(),
                joined: Date::year_only(1962),
                left: None,
                status: MemberStatus::Observer,
                joined_basis: crate::data::JoinedBasis::Admission,
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
