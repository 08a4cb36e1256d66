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
use crate::data::{Event, Organization};
use crate::state::{AppState, Command, MapCursor};
use crate::time::Date;

/// The map's accessible description: how to use it from the keyboard.
pub const MAP_HINT: &str = "Tab to the map, then: Left and Right move between the year's \
                            events, Up and Down between countries, a letter to a country \
                            starting with it; Enter opens its card, Esc closes it.";

/// The map's accessible name.
pub const MAP_NAME: &str = "World map";

/// The name of the list of the year's events.
pub fn events_list_label(year: i32) -> String {
    format!("Events in {year}")
}

/// One event as a screen reader reads it: "Bandung: Asian-African Conference, 18 April
/// 1955 – 24 April 1955".
pub fn event_item_text(event: &Event) -> String {
    format!(
        "{}: {}, {}",
        event.city,
        event.title,
        event.date_range_text()
    )
}

/// The name of an organization's member list ("OAU members in 1964").
pub fn members_list_label(short_name: &str, year: i32) -> String {
    format!("{short_name} members in {year}")
}

/// A member as listed: its name of the time, and whether its membership is suspended.
pub fn member_item_text(name: &str, suspended: bool) -> String {
    if suspended {
        format!("{name} (suspended)")
    } else {
        name.to_owned()
    }
}

/// The one item of the list of a body that has no members on the date, or whose members the
/// atlas does not list.
fn no_member_list_text(organization: &Organization, date: Date) -> String {
    if date < organization.founded {
        return format!("Not founded until {}", organization.founded.year);
    }
    if let Some(dissolved) = organization.dissolved.filter(|d| *d <= date) {
        return format!("Dissolved in {}", dissolved.year);
    }
    if organization.has_member_list() {
        return "No members listed for this year".to_owned();
    }
    match organization.count_on(date) {
        Some(count) if count.older_than_date => format!(
            "{} members in {}, the latest count the atlas holds; no member list",
            count.count, count.year
        ),
        Some(count) => format!(
            "{} members in {}; the atlas holds counts only, no member list",
            count.count, count.year
        ),
        None => "No member count or member list for this year".to_owned(),
    }
}

/// The polite announcement of a year: "1964: 3 events, 2 new states".
pub fn year_announcement(year: i32, events: usize, new_states: usize) -> String {
    let events = match events {
        0 => "no events".to_owned(),
        1 => "1 event".to_owned(),
        n => format!("{n} events"),
    };
    let states = match new_states {
        0 => "no new states".to_owned(),
        1 => "1 new state".to_owned(),
        n => format!("{n} new states"),
    };
    format!("{year}: {events}, {states}")
}

/// What the keyboard cursor is on, as the map's value.
pub fn cursor_text(state: &AppState, cursor: &MapCursor) -> Option<String> {
    match cursor {
        MapCursor::Event(id) => state.atlas().event(id).map(event_item_text),
        MapCursor::Country(key) => {
            let status = state.atlas().status_on(key, state.date());
            Some(match status.part_of_name {
                Some(larger) => format!("{} (part of {larger})", status.name),
                None => status.name,
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
    let active = ctx
        .accesskit_node_builder(map, |node| {
            node.set_description(MAP_HINT);
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
    let mut list = list_ui(ui, map_rect, "events", &events_list_label(year));
    for event in state.year_events() {
        let id = node_id(("event", &event.id));
        let open = Command::SelectEvent(event.id.clone());
        let item = list_item(&mut list, id, marker_rect(event), &event_item_text(event));
        commands.extend(item.clicked(&ctx, open));
        if matches!(cursor, Some(MapCursor::Event(e)) if *e == event.id) {
            active_item = Some(id);
        }
    }
    drop(list);

    // Each ticked organization's members, by their names of the time.
    let world = &state.atlas().world;
    for organization in state.selected_organizations() {
        let label = members_list_label(organization.short_name_on(date), year);
        let mut list = list_ui(ui, map_rect, ("members", &organization.id), &label);
        let mut members: Vec<(String, String, bool)> = organization
            .members_on(date)
            .map(|m| {
                let name = state.atlas().country_name_on(&m.country, date);
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
                &no_member_list_text(organization, date),
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
            let item = list_item(&mut list, id, anchor, &member_item_text(name, *suspended));
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
    let announcement = year_announcement(year, events, layer.time.new_states().len());
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
