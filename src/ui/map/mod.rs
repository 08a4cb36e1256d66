//! The world map: countries filled by membership, host-city markers, pan and zoom.
//! Reads the state, sends commands; geometry comes ready-made from the core.

mod access;
mod input;
mod labels;
mod layer;
mod markers;
mod mesh;
mod note;
mod paint;
mod resources;
mod style;
pub use style::member_fill;
mod tooltip;
mod transform;

pub mod gpu;

use std::sync::Arc;

use egui::Sense;

use crate::geo::map_mesh;
use crate::geo::{HALF_WIDTH, WorldPoint};
use crate::state::{AppState, Command, MapCursor, Selection};
use crate::story::StoryPlayer;
use crate::theme;
use crate::ui::story_overlay;
use gpu::{GpuView, MapCallback};

use input::{Hover, handle_navigation, hover_at};
use labels::place_labels;
use markers::{EventCluster, cluster_events, marker_radius};
use mesh::{paint_countries, paint_selected_border};
use paint::paint_labels_and_markers;
use style::{BORDER_WIDTH_PT, STRIPE_PERIOD_PT, country_styles, map_type_sizes};
use tooltip::hover_tooltip_ui;

pub use access::{
    MAP_NAME, event_item_text, events_list_label, member_item_text, members_list_label,
    year_announcement,
};
pub use labels::{MapLabels, PlacedText, label_layout};
pub use resources::MapResources;
pub use tooltip::status_line;
pub use transform::MapTransform;

/// While the camera moves, the map is drawn as if this many times further out.
const MOVING_DETAIL_FACTOR: f64 = 4.0;

/// The map widget's id: a Tab stop; `app/keys.rs` asks whether it has keyboard focus.
pub fn map_id() -> egui::Id {
    egui::Id::unique("world_map")
}

pub fn map_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    resources: &mut MapResources,
    commands: &mut Vec<Command>,
) {
    let rect = ui.available_rect_before_wrap();
    ui.advance_cursor_after_rect(rect);
    let response = ui.interact(rect, map_id(), Sense::click_and_drag());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::accesskit::Role::Canvas,
            true,
            state.texts().ui("map-name"),
        )
    });
    let focused = response.has_focus();
    // With focus, the arrow keys move the map's cursor (not the focus), and Esc closes the
    // shortcuts window or an open card before a second Esc leaves the map.
    ui.memory_mut(|memory| {
        memory.set_focus_lock_filter(
            response.id,
            egui::EventFilter {
                horizontal_arrows: true,
                vertical_arrows: true,
                escape: *state.selection() != Selection::None || state.show_shortcuts(),
                tab: false,
            },
        );
    });
    let transform = MapTransform::new(rect, state.map_view());
    let palette = theme::map_palette(state.theme());

    handle_navigation(ui, &response, &transform, commands);

    let clusters = cluster_events(state, resources.cities(state.atlas()));
    let marker_scale = map_type_sizes(ui.ctx()).marker_scale;
    let hover = response
        .hover_pos()
        .and_then(|pos| hover_at(state, &transform, &clusters, marker_scale, pos));
    // The keyboard cursor shows while the map has focus, highlighted like a hover.
    let cursor = state.map_cursor().filter(|_| focused);
    let cursor_hover = cursor.and_then(|c| cursor_as_hover(state, c));
    keep_cursor_in_view(ui, rect, state, &transform, &clusters, cursor, commands);

    let painter = ui.painter_at(rect);
    if !resources.sea_is_background {
        painter.rect_filled(rect, 0.0, palette.sea);
    }
    let visible = transform.visible_world(rect);
    let hover_feedback = resources.hover_feedback;
    let hovered_country = match (&cursor_hover, &hover) {
        (Some(Hover::Country(index)), _) => Some(*index),
        (_, Some(Hover::Country(index))) if hover_feedback => Some(*index),
        _ => None,
    };
    // Degrees of longitude (at the equator) one physical pixel spans.
    let degrees_per_px = 360.0
        / (2.0 * HALF_WIDTH)
        / (transform.points_per_world() * f64::from(ui.ctx().pixels_per_point()));
    // The level of detail for this zoom, for either path; a coarser one while the camera
    // moves (a story's flight, a drag), where nobody sees the detail and a software renderer
    // needs the frames.
    let moving = response.dragged() || state.story().is_some_and(StoryPlayer::is_flying);
    let detail_degrees_per_px = if moving {
        degrees_per_px * MOVING_DETAIL_FACTOR
    } else {
        degrees_per_px
    };
    let mesh = match map_mesh::level_for(&resources.levels, detail_degrees_per_px) {
        Some(level) => Arc::clone(&level.mesh),
        None => resources.mesh(state.atlas()),
    };
    let gpu = resources
        .gpu
        .filter(|_| state.atlas().world.countries.len() <= gpu::MAX_COUNTRIES);
    let stripes = resources.stripes.id();
    let layer = resources.layer(state);
    let fills = layer.fills();
    let styles = country_styles(state, fills, hovered_country, &palette, layer);
    match gpu {
        Some(target) => {
            let (fill_ranges, segment_ranges) = mesh.visible_ranges(&visible);
            let center = transform.world_center();
            let origin = transform.screen_from_world(WorldPoint::default());
            let view = GpuView {
                world_center: [center.x as f32, center.y as f32],
                rect_size_points: [rect.width(), rect.height()],
                points_per_world: transform.points_per_world() as f32,
                border_width_points: BORDER_WIDTH_PT,
                stripe_period_points: STRIPE_PERIOD_PT,
                stripe_origin_points: [origin.x - rect.min.x, origin.y - rect.min.y],
                border: palette.border,
            };
            painter.add(gpu::map_shape(
                rect,
                MapCallback {
                    mesh,
                    target,
                    view,
                    styles,
                    fill_ranges,
                    segment_ranges,
                },
            ));
        }
        None => paint_countries(
            &painter,
            &mesh,
            &transform,
            visible,
            &styles,
            stripes,
            palette.border,
        ),
    }
    paint_selected_border(&painter, state, &transform, visible, &palette, layer);
    let sizes = map_type_sizes(ui.ctx());
    let overlays = story_overlay::overlay_rects(ui.ctx(), state, rect);
    let labels = place_labels(
        ui.ctx(),
        state,
        &transform,
        layer,
        &clusters,
        rect,
        overlays,
        sizes,
        &palette,
    );
    paint_labels_and_markers(&painter, &labels, &palette);
    if response.clicked_by(egui::PointerButton::Primary) {
        commands.push(match &hover {
            Some(Hover::Events(ids)) => ids.last().map_or(Command::ClearSelection, |id| {
                Command::SelectEvent(id.clone())
            }),
            Some(Hover::Country(index)) => {
                Command::SelectCountry(state.atlas().world.countries[*index].key.clone())
            }
            None => Command::ClearSelection,
        });
    } else if response.clicked() {
        // Enter or Space on the focused map, or a screen reader's click: the cursor's item.
        commands.extend(state.map_cursor_command());
    }
    access::describe_map(
        ui, rect, state, layer, &transform, &clusters, cursor, commands,
    );
    if focused {
        paint_focus(
            &painter,
            rect,
            state,
            &transform,
            &clusters,
            cursor,
            marker_scale,
        );
    }
    // Named beside the item, as a hover would be (not over the shortcuts window).
    if let (Some(cursor_hover), Some(cursor), false) =
        (&cursor_hover, cursor, state.show_shortcuts())
    {
        let anchor = cursor_point(state, &transform, &clusters, cursor).map_or(rect, |point| {
            egui::Rect::from_center_size(point, egui::Vec2::splat(24.0))
        });
        egui::Tooltip::always_open(
            ui.ctx().clone(),
            response.layer_id,
            map_id().with("cursor"),
            anchor,
        )
        .show(|ui| hover_tooltip_ui(ui, state, layer, cursor_hover, true));
    }
    if let Some(hover) = hover.filter(|_| hover_feedback) {
        response.on_hover_ui_at_pointer(|ui| hover_tooltip_ui(ui, state, layer, &hover, false));
    }
}

/// The cursor's item as the pointer's hover would be: one event, or a country.
fn cursor_as_hover(state: &AppState, cursor: &MapCursor) -> Option<Hover> {
    match cursor {
        MapCursor::Event(id) => Some(Hover::Events(vec![id.clone()])),
        MapCursor::Country(key) => state.atlas().world.index_of(key).map(Hover::Country),
    }
}

/// The cluster that holds event `id`.
fn cluster_of<'c, 'a>(clusters: &'c [EventCluster<'a>], id: &str) -> Option<&'c EventCluster<'a>> {
    clusters
        .iter()
        .find(|cluster| cluster.events.iter().any(|e| e.id == id))
}

/// Where the cursor's item is on screen: the event's marker, the country's name anchor.
fn cursor_point(
    state: &AppState,
    transform: &MapTransform,
    clusters: &[EventCluster<'_>],
    cursor: &MapCursor,
) -> Option<egui::Pos2> {
    let world = match cursor {
        MapCursor::Event(id) => cluster_of(clusters, id)?.position,
        MapCursor::Country(key) => state.atlas().world.country_by_key(key)?.label_anchor,
    };
    Some(transform.screen_from_world(world))
}

/// Pans once when the cursor moves to an item outside the view (or the map gains focus
/// with the cursor's item outside it), so the item sits a margin inside the map.
fn keep_cursor_in_view(
    ui: &egui::Ui,
    rect: egui::Rect,
    state: &AppState,
    transform: &MapTransform,
    clusters: &[EventCluster<'_>],
    cursor: Option<&MapCursor>,
    commands: &mut Vec<Command>,
) {
    let memory_id = map_id().with("cursor_in_view");
    let last: Option<MapCursor> = ui.data(|data| data.get_temp(memory_id));
    if last.as_ref() == cursor {
        return;
    }
    ui.data_mut(|data| match cursor {
        Some(cursor) => {
            data.insert_temp(memory_id, cursor.clone());
        }
        None => {
            data.remove::<MapCursor>(memory_id);
        }
    });
    let Some(point) = cursor.and_then(|c| cursor_point(state, transform, clusters, c)) else {
        return;
    };
    let margin = (rect.size() * 0.2).min(egui::Vec2::splat(120.0));
    let inside = rect.shrink2(margin);
    let shift = point - inside.clamp(point);
    if shift != egui::Vec2::ZERO {
        commands.push(Command::Pan {
            delta_world: transform.world_delta_from_screen(shift),
        });
    }
}

/// The focus ring along the map's edge, and one around the cursor's marker.
fn paint_focus(
    painter: &egui::Painter,
    rect: egui::Rect,
    state: &AppState,
    transform: &MapTransform,
    clusters: &[EventCluster<'_>],
    cursor: Option<&MapCursor>,
    marker_scale: f32,
) {
    let color = theme::focus_ring_color(state.theme() == crate::state::ThemeChoice::Dark);
    let ring = egui::Stroke::new(theme::FOCUS_RING_WIDTH, color);
    painter.rect_stroke(
        rect.shrink(theme::FOCUS_RING_GAP),
        0.0,
        ring,
        egui::StrokeKind::Inside,
    );
    if let Some(MapCursor::Event(id)) = cursor
        && let Some(cluster) = cluster_of(clusters, id)
    {
        let center = transform.screen_from_world(cluster.position);
        let radius = marker_radius(cluster, marker_scale) + theme::FOCUS_RING_GAP + 1.0;
        painter.circle_stroke(center, radius, ring);
    }
}
