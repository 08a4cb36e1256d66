//! The map for screen readers (AccessKit): the map's node names what the keyboard cursor is
//! on; under it, the year's events and the ticked organizations' members as lists to walk,
//! and a polite live region that announces the year. A screen reader's click on an item opens
//! its card, as a click on the map does. Built only while an assistive
//! technology (or a test) reads the tree: `accesskit_node_builder` answers `None` otherwise.
//!
//! Every visitor-facing text is made by one small function below.

use egui::accesskit::{Action, Live, Role};
use egui::{Id, Rect, Sense, Ui, UiBuilder};

use super::layer::MapLayer;
use super::markers::EventCluster;
use super::transform::MapTransform;
use crate::data::{Event, Organization, Texts};
use crate::state::{AppState, Command, MapCursor};
use crate::time::Date;

/// The map's accessible name (English; the window shows `map-name` in its language).
pub const MAP_NAME: &str = "World map";

/// The name of the list of the year's events.
pub fn events_list_label(texts: &Texts<'_>, year: i32) -> String {
    texts.ui_with("access-events-in", &[("year", year.to_string().into())])
}

/// One event as a screen reader reads it: "Bandung: Asian-African Conference, 18 April
/// 1955 – 24 April 1955".
pub fn event_item_text(texts: &Texts<'_>, event: &Event) -> String {
    format!(
        "{}: {}, {}",
        texts.place(&event.city),
        texts.event_title(event),
        texts.date_range(event)
    )
}

/// The name of an organization's member list ("OAU members in 1964").
pub fn members_list_label(texts: &Texts<'_>, short_name: &str, year: i32) -> String {
    texts.ui_with(
        "access-members-in",
        &[
            ("name", short_name.into()),
            ("year", year.to_string().into()),
        ],
    )
}

/// A member as listed: its name of the time, and whether its membership is suspended.
pub fn member_item_text(texts: &Texts<'_>, name: &str, suspended: bool) -> String {
    if suspended {
        texts.ui_with("access-suspended", &[("name", name.into())])
    } else {
        name.to_owned()
    }
}

/// The one item of the list of a body that has no members on the date, or whose members the
/// atlas does not list.
fn no_member_list_text(texts: &Texts<'_>, organization: &Organization, date: Date) -> String {
    let year = |y: i32| ("year", y.to_string().into());
    if date < organization.founded {
        return texts.ui_with("access-not-founded", &[year(organization.founded.year)]);
    }
    if let Some(dissolved) = organization.dissolved.filter(|d| *d <= date) {
        return texts.ui_with("access-dissolved", &[year(dissolved.year)]);
    }
    if organization.has_member_list() {
        return texts.ui("access-no-members");
    }
    match organization.count_on(date) {
        Some(count) => texts.ui_with(
            if count.older_than_date {
                "access-latest-count"
            } else {
                "access-count-only"
            },
            &[("count", count.count.into()), year(count.year)],
        ),
        None => texts.ui("access-no-count"),
    }
}

/// The polite announcement of a year: "1964: 3 events, 2 new states".
pub fn year_announcement(texts: &Texts<'_>, year: i32, events: usize, new_states: usize) -> String {
    texts.ui_with(
        "access-year",
        &[
            ("year", year.to_string().into()),
            ("events", events.into()),
            ("states", new_states.into()),
        ],
    )
}

/// What the keyboard cursor is on, as the map's value.
pub fn cursor_text(state: &AppState, cursor: &MapCursor) -> Option<String> {
    let texts = state.texts();
    match cursor {
        MapCursor::Event(id) => state
            .atlas()
            .event(id)
            .map(|event| event_item_text(&texts, event)),
        MapCursor::Country(key) => {
            let status = state.atlas().status_on(key, state.date());
            let name = texts.name_of_time(key, &status.name).to_owned();
            Some(match status.part_of_name {
                Some(larger) => texts.ui_with(
                    "access-part-of",
                    &[
                        ("name", name.into()),
                        ("state", texts.place(&larger).into()),
                    ],
                ),
                None => name,
            })
        }
    }
}

/// Ids of the nodes under the map.
fn node_id(part: impl std::hash::Hash + std::fmt::Debug) -> Id {
    super::map_id().with(("access", part))
}

/// The lists and the live region under the map's node, and the cursor as its value.
#[expect(clippy::too_many_arguments)]
pub(super) fn describe_map(
    ui: &mut Ui,
    map_rect: Rect,
    state: &AppState,
    layer: &MapLayer,
    transform: &MapTransform,
    clusters: &[EventCluster<'_>],
    cursor: Option<&MapCursor>,
    commands: &mut Vec<Command>,
) {
    let ctx = ui.ctx().clone();
    let map = super::map_id();
    let cursor_value = cursor.and_then(|c| cursor_text(state, c));
    let texts = state.texts();
    let hint = texts.ui("access-map-hint");
    let active = ctx
        .accesskit_node_builder(map, |node| {
            node.set_description(hint);
            if let Some(value) = &cursor_value {
                node.set_value(value.clone());
            }
        })
        .is_some();
    if !active {
        return;
    }
    let year = state.year();
    let date = state.date();
    let mut active_item: Option<Id> = None;

    // The year's events, each at its marker.
    let marker_rect = |event: &Event| {
        clusters
            .iter()
            .find(|c| c.events.iter().any(|e| e.id == event.id))
            .map(|c| {
                Rect::from_center_size(
                    transform.screen_from_world(c.position),
                    egui::Vec2::splat(12.0),
                )
            })
    };
    let mut list = list_ui(ui, map_rect, "events", &events_list_label(&texts, year));
    for event in state.year_events() {
        let id = node_id(("event", &event.id));
        let open = Command::SelectEvent(event.id.clone());
        let item = list_item(
            &mut list,
            id,
            marker_rect(event),
            &event_item_text(&texts, event),
        );
        commands.extend(item.clicked(&ctx, open));
        if matches!(cursor, Some(MapCursor::Event(e)) if *e == event.id) {
            active_item = Some(id);
        }
    }
    drop(list);

    // Each ticked organization's members, by their names of the time.
    let world = &state.atlas().world;
    for organization in state.selected_organizations() {
        let label = members_list_label(&texts, texts.organization_short(organization, date), year);
        let mut list = list_ui(ui, map_rect, ("members", &organization.id), &label);
        let mut members: Vec<(String, String, bool)> = organization
            .members_on(date)
            .map(|m| {
                let name = texts.country_name_on(&m.country, date);
                (name, m.country.clone(), m.suspended_on(date))
            })
            .collect();
        members.sort_by_cached_key(|(name, _, _)| crate::state::name_sort_key(name));
        members.dedup_by(|a, b| a.0 == b.0);
        if members.is_empty() {
            let id = node_id(("members", &organization.id, "none"));
            list_item(
                &mut list,
                id,
                None,
                &no_member_list_text(&texts, organization, date),
            );
        }
        for (name, code, suspended) in &members {
            let id = node_id(("member", &organization.id, code));
            let anchor = world.country_by_key(code).map(|c| {
                Rect::from_center_size(
                    transform.screen_from_world(c.label_anchor),
                    egui::Vec2::splat(12.0),
                )
            });
            let item = list_item(
                &mut list,
                id,
                anchor,
                &member_item_text(&texts, name, *suspended),
            );
            // A member that is a map country opens its card (a historical state has none).
            if anchor.is_some() {
                commands.extend(item.clicked(&ctx, Command::SelectCountry(code.clone())));
            }
            if active_item.is_none() && matches!(cursor, Some(MapCursor::Country(k)) if k == code) {
                active_item = Some(id);
            }
        }
    }

    // The year, announced when it changes.
    let events = state.year_events().count();
    let announcement = year_announcement(&texts, year, events, layer.time.new_states().len());
    let live = ui.new_child(
        UiBuilder::new()
            .scope_id(node_id("year"))
            .max_rect(map_rect)
            .accessibility_parent(map)
            .accessibility_role(Role::Label),
    );
    ctx.accesskit_node_builder(live.unique_id(), |node| {
        node.set_value(announcement);
        node.set_live(Live::Polite);
    });
    drop(live);

    if let Some(item) = active_item {
        ctx.accesskit_node_builder(map, |node| {
            node.set_active_descendant(item.accesskit_id());
        });
    }
}

/// A list node under the map.
fn list_ui(
    ui: &mut Ui,
    map_rect: Rect,
    part: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
) -> Ui {
    ui.new_child(
        UiBuilder::new()
            .scope_id(node_id(part))
            .max_rect(map_rect)
            .accessibility_parent(super::map_id())
            .accessibility_role(Role::List)
            .accessibility_label(label),
    )
}

/// One named item of a list, where it is on the map (`None` when it has no place there).
fn list_item(list: &mut Ui, id: Id, rect: Option<Rect>, text: &str) -> ListItem {
    let rect = rect.unwrap_or_else(|| Rect::from_min_size(list.max_rect().min, egui::Vec2::ZERO));
    let response = list.interact(rect, id, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(Role::ListItem, true, text));
    ListItem(id)
}

/// A list item's node.
struct ListItem(Id);

impl ListItem {
    /// Offers a screen reader's click on the item, and answers `open` when it asked for one
    /// (the pointer cannot click it: the map under it takes the clicks).
    fn clicked(&self, ctx: &egui::Context, open: Command) -> Option<Command> {
        ctx.accesskit_node_builder(self.0, |node| node.add_action(Action::Click));
        ctx.input(|input| input.has_accesskit_action_request(self.0, Action::Click))
            .then_some(open)
    }
}
