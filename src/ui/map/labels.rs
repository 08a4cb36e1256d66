//! Event and country labels placed by rectangle rules, and the map's label layout.

use std::sync::Arc;

use egui::{Color32, FontId, Galley, Pos2, Rect, Vec2};

use super::layer::MapLayer;
use super::markers::{
    EventCluster, MARKER_HALO_PT, MarkerDisc, city_of_event, cluster_events, founding_cities,
    marker_discs, marker_radius,
};
use super::note::{country_focus, place_note};
use super::style::map_type_sizes;
use super::transform::MapTransform;
use crate::state::{AppState, Selection};
use crate::theme::{self, MapPalette};
use crate::ui::label_layout::{self, Circle, Focus, Obstacles};
use crate::ui::story_overlay;

/// Space between a marker's disc and its label, and around every label, in points.
pub(super) const LABEL_GAP_PT: f32 = 3.0;
/// Padding of an event label's halo box around its text, in points.
pub(super) const EVENT_LABEL_PAD_PT: f32 = 3.0;
/// Padding of a country name's faint halo around its text, in points.
pub(super) const COUNTRY_LABEL_PAD_PT: f32 = 1.5;
/// Widths at which an event label wraps, in ems of its type size, tried in turn.
pub(super) const EVENT_LABEL_WRAP_EMS: [f32; 2] = [20.0, 10.0];

/// A piece of text and the box it was given on the map (halo padding included).
#[derive(Clone, Debug)]
pub struct PlacedText {
    pub rect: Rect,
    pub galley: Arc<Galley>,
    pub(super) pad: f32,
}

/// Everything written or drawn over the countries, placed so nothing hides what matters:
/// markers first, then the overlays (captions and kiosk text, drawn by others) and the
/// note box, then the year's event labels, then the names of the states of the time.
pub struct MapLabels {
    pub(super) markers: Vec<MarkerDisc>,
    pub(super) marker_scale: f32,
    pub(super) founding_cities: Vec<(Pos2, f32, Color32)>,
    /// Overlays drawn over the map by others (caption, step counter, kiosk invitation).
    pub overlays: Vec<Rect>,
    /// The year's new states and notes on the selection, in a corner.
    pub note: Option<PlacedText>,
    pub event_labels: Vec<PlacedText>,
    pub country_labels: Vec<PlacedText>,
}

impl MapLabels {
    /// Every marker's disc on screen, halo included (founding cities' diamonds as discs).
    pub fn marker_circles(&self) -> Vec<Circle> {
        self.markers
            .iter()
            .map(|m| Circle {
                center: m.center,
                radius: m.radius + MARKER_HALO_PT,
            })
            .chain(
                self.founding_cities
                    .iter()
                    .map(|&(center, radius, _)| Circle {
                        center,
                        radius: radius + MARKER_HALO_PT,
                    }),
            )
            .collect()
    }
}

/// Places the labels of the map at `state` in `map_rect`, as `map_ui` draws them (for tests
/// that check what lands where). Builds its per-date data afresh.
pub fn label_layout(ctx: &egui::Context, state: &AppState, map_rect: Rect) -> MapLabels {
    let transform = MapTransform::new(map_rect, state.map_view());
    let layer = MapLayer::new(state);
    let cities = city_of_event(state.atlas());
    let clusters = cluster_events(state, &cities);
    let overlays = story_overlay::overlay_rects(ctx, state, map_rect);
    place_labels(
        ctx,
        state,
        &transform,
        &layer,
        &clusters,
        map_rect,
        overlays,
        map_type_sizes(ctx),
        &theme::map_palette(state.theme()),
    )
}

#[expect(clippy::too_many_arguments)]
pub(super) fn place_labels(
    ctx: &egui::Context,
    state: &AppState,
    transform: &MapTransform,
    layer: &MapLayer,
    clusters: &[EventCluster<'_>],
    map_rect: Rect,
    overlays: Vec<Rect>,
    sizes: theme::MapTypeSizes,
    palette: &MapPalette,
) -> MapLabels {
    let markers = marker_discs(
        state,
        transform,
        clusters,
        map_rect,
        sizes.marker_scale,
        palette,
    );
    let founding_cities = founding_cities(state, transform, sizes.marker_scale);
    let mut labels = MapLabels {
        markers,
        marker_scale: sizes.marker_scale,
        founding_cities,
        overlays,
        note: None,
        event_labels: Vec::new(),
        country_labels: Vec::new(),
    };
    let circles = labels.marker_circles();
    let country_focus = country_focus(state, transform, layer, sizes.event_label * 0.5);
    labels.note = place_note(
        ctx,
        state,
        &country_focus,
        layer,
        map_rect,
        &labels,
        &circles,
        sizes,
        palette,
    );
    let mut obstacles = Obstacles {
        circles,
        rects: labels.overlays.clone(),
    };
    obstacles.rects.extend(labels.note.iter().map(|n| n.rect));
    labels.event_labels = place_event_labels(
        ctx,
        state,
        transform,
        clusters,
        map_rect,
        &mut obstacles,
        &country_focus,
        sizes,
        palette,
    );
    labels.country_labels = place_country_labels(
        ctx,
        state,
        transform,
        layer,
        map_rect,
        &mut obstacles,
        sizes,
        palette,
    );
    labels
}

/// One way to lay out a label, and its places around the marker, best first.
pub(super) type LabelShape = (Arc<Galley>, [Rect; 8]);

/// Labels for the selected year's events, the selected event first, each beside its
/// marker where it covers no marker, overlay or other label; a label with no such place
/// is left out (its marker still shows, and hovering it names the event).
#[expect(clippy::too_many_arguments)]
pub(super) fn place_event_labels(
    ctx: &egui::Context,
    state: &AppState,
    transform: &MapTransform,
    clusters: &[EventCluster<'_>],
    map_rect: Rect,
    obstacles: &mut Obstacles,
    country_focus: &[Focus],
    sizes: theme::MapTypeSizes,
    palette: &MapPalette,
) -> Vec<PlacedText> {
    let year = state.year();
    let selected_event = match &state.selection() {
        Selection::Event(id) => Some(id.as_str()),
        _ => None,
    };
    let font = FontId::proportional(sizes.event_label);
    // Each label of the year in every shape (wide first; narrower and taller where the
    // wide one finds no room), with its places around the marker.
    let mut labels: Vec<(bool, usize, Vec<LabelShape>)> = clusters
        .iter()
        .filter(|g| g.has_current)
        .filter_map(|cluster| {
            let center = transform.screen_from_world(cluster.position);
            if !map_rect.contains(center) {
                return None;
            }
            let texts = state.texts();
            let titles: Vec<&str> = cluster
                .events
                .iter()
                .filter(|e| e.start.year == year)
                .map(|e| texts.event_title(e))
                .collect();
            let text = format!(
                "{}: {}",
                texts.place(&cluster.events[0].city),
                titles.join("; ")
            );
            let radius = marker_radius(cluster, sizes.marker_scale) + MARKER_HALO_PT;
            let shapes = EVENT_LABEL_WRAP_EMS
                .iter()
                .map(|ems| {
                    let galley = ctx.fonts_mut(|fonts| {
                        fonts.layout(
                            text.clone(),
                            font.clone(),
                            palette.label,
                            sizes.event_label * ems,
                        )
                    });
                    let size = galley.size() + Vec2::splat(2.0 * EVENT_LABEL_PAD_PT);
                    // A point further out than the gap kept from obstacles, so the label's
                    // own marker never blocks it by a rounding error.
                    let candidates =
                        label_layout::candidates_around(center, radius, size, LABEL_GAP_PT + 1.0);
                    (galley, candidates)
                })
                .collect();
            let selected = cluster
                .events
                .iter()
                .any(|e| Some(e.id.as_str()) == selected_event);
            Some((selected, titles.len(), shapes))
        })
        .collect();
    // The selected event claims its place first; then the labels with the fewest places
    // free of markers and overlays, so a crowded city is not boxed in by a roomy one's label.
    labels.sort_by_cached_key(|(selected, this_year, shapes)| {
        let free = shapes
            .iter()
            .flat_map(|(_, candidates)| candidates)
            .filter(|r| map_rect.contains_rect(**r) && !obstacles.blocks(**r, LABEL_GAP_PT))
            .count();
        (
            std::cmp::Reverse(*selected),
            free,
            std::cmp::Reverse(*this_year),
        )
    });
    let mut placed = Vec::new();
    for (_, _, shapes) in labels {
        // Clear of everything placed, and over as few of the year's countries as it can.
        let place = shapes.into_iter().find_map(|(galley, candidates)| {
            label_layout::least_covering_clear(
                candidates,
                map_rect,
                obstacles,
                LABEL_GAP_PT,
                country_focus,
            )
            .map(|rect| (rect, galley))
        });
        let Some((rect, galley)) = place else {
            continue;
        };
        obstacles.rects.push(rect);
        placed.push(PlacedText {
            rect,
            galley,
            pad: EVENT_LABEL_PAD_PT,
        });
    }
    placed
}

/// Names of the states of the time, largest first, where the name fits inside the
/// country's largest polygon and clears every marker, overlay and label placed before it.
#[expect(clippy::too_many_arguments)]
pub(super) fn place_country_labels(
    ctx: &egui::Context,
    state: &AppState,
    transform: &MapTransform,
    layer: &MapLayer,
    map_rect: Rect,
    obstacles: &mut Obstacles,
    sizes: theme::MapTypeSizes,
    palette: &MapPalette,
) -> Vec<PlacedText> {
    let countries = &state.atlas().world.countries;
    let font = FontId::proportional(sizes.country_label);
    let color = country_label_color(palette);
    let mut placed = Vec::new();
    let texts = state.texts();
    for (index, name) in layer.time.labels() {
        let country = &countries[*index];
        let a = transform.screen_from_world(country.label_box.min);
        let b = transform.screen_from_world(country.label_box.max);
        let room = Rect::from_two_pos(a, b);
        // Cheap test first: most countries are too small at the zoom to take a name.
        if room.width() < sizes.country_label * 3.0
            || room.height() < sizes.country_label
            || !map_rect.intersects(room)
        {
            continue;
        }
        // A label names a state of the time: the part's own name where it stands alone.
        let name = match layer.time.status(*index) {
            Some(status) if status.part_of_name.as_deref() == Some(name.as_str()) => {
                texts.place(name)
            }
            _ => texts.name_of_time(&country.key, name),
        };
        let galley =
            ctx.fonts_mut(|fonts| fonts.layout_no_wrap(name.to_owned(), font.clone(), color));
        if galley.size().x > room.width() * 0.8 || galley.size().y * 1.6 > room.height() {
            continue;
        }
        let rect = Rect::from_center_size(
            transform.screen_from_world(country.label_anchor),
            galley.size(),
        )
        .expand(COUNTRY_LABEL_PAD_PT);
        if !map_rect.contains_rect(rect) || obstacles.blocks(rect, LABEL_GAP_PT) {
            continue;
        }
        obstacles.rects.push(rect);
        placed.push(PlacedText {
            rect,
            galley,
            pad: COUNTRY_LABEL_PAD_PT,
        });
    }
    placed
}

pub(super) fn country_label_color(palette: &MapPalette) -> Color32 {
    palette.country_label
}
