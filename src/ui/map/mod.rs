//! The world map: countries filled by membership, host-city markers, pan and zoom.
//! Reads the state, sends commands; geometry comes ready-made from the core.

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
use crate::state::{AppState, Command};
use crate::story::StoryPlayer;
use crate::theme;
use crate::ui::story_overlay;
use gpu::{GpuView, MapCallback};

use input::{Hover, handle_navigation, hover_at};
use labels::place_labels;
use markers::cluster_events;
use mesh::{paint_countries, paint_selected_border};
use paint::paint_labels_and_markers;
use style::{BORDER_WIDTH_PT, STRIPE_PERIOD_PT, country_styles, map_type_sizes};
use tooltip::hover_tooltip_ui;

pub use labels::{MapLabels, PlacedText, label_layout};
pub use resources::MapResources;
pub use tooltip::status_line;
pub use transform::MapTransform;

/// While the camera moves, the map is drawn as if this many times further out.
const MOVING_DETAIL_FACTOR: f64 = 4.0;

pub fn map_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    resources: &mut MapResources,
    commands: &mut Vec<Command>,
) {
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::accesskit::Role::Canvas,
            true,
            state.texts().ui("map-name"),
        )
    });
    let transform = MapTransform::new(rect, state.map_view());
    let palette = theme::map_palette(state.theme());

    handle_navigation(ui, &response, &transform, commands);

    let clusters = cluster_events(state, resources.cities(state.atlas()));
    let marker_scale = map_type_sizes(ui.ctx()).marker_scale;
    let hover = response
        .hover_pos()
        .and_then(|pos| hover_at(state, &transform, &clusters, marker_scale, pos));

    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, palette.sea);
    let visible = transform.visible_world(rect);
    let hover_feedback = resources.hover_feedback;
    let hovered_country = match hover {
        Some(Hover::Country(index)) if hover_feedback => Some(index),
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
    if response.clicked() {
        commands.push(match &hover {
            Some(Hover::Events(ids)) => ids.last().map_or(Command::ClearSelection, |id| {
                Command::SelectEvent(id.clone())
            }),
            Some(Hover::Country(index)) => {
                Command::SelectCountry(state.atlas().world.countries[*index].key.clone())
            }
            None => Command::ClearSelection,
        });
    }
    if let Some(hover) = hover.filter(|_| hover_feedback) {
        response.on_hover_ui_at_pointer(|ui| hover_tooltip_ui(ui, state, layer, &hover));
    }
}
