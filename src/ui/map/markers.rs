//! Events clustered by host city into markers, founding-city diamonds, and the discs drawn.

use egui::{Color32, Mesh, Pos2, Rect, Vec2};

use super::transform::MapTransform;
use crate::data::{Atlas, Event};
use crate::geo::WorldPoint;
use crate::state::{AppState, Selection};
use crate::theme::{self, MapPalette};

/// Events that share a host city, drawn as one marker.
pub(super) struct EventCluster<'a> {
    pub(super) position: WorldPoint,
    pub(super) events: Vec<&'a Event>,
    pub(super) latest_year: i32,
    pub(super) has_current: bool,
}

/// For each event of the atlas, the index of its host city (city name and position rounded
/// to ~1 km, so one city is one marker). Built once per atlas.
pub(super) fn city_of_event(atlas: &Atlas) -> Vec<u32> {
    let mut cities: std::collections::HashMap<(&str, i64, i64), u32> =
        std::collections::HashMap::new();
    atlas
        .events
        .iter()
        .map(|event| {
            let key = (
                event.city.as_str(),
                (event.lon * 100.0).round() as i64,
                (event.lat * 100.0).round() as i64,
            );
            let next = cities.len() as u32;
            *cities.entry(key).or_insert(next)
        })
        .collect()
}

pub(super) fn cluster_events<'a>(
    state: &'a AppState,
    city_of_event: &[u32],
) -> Vec<EventCluster<'a>> {
    let year = state.year();
    let mut cluster_of_city: Vec<Option<usize>> = vec![None; city_of_event.len()];
    let mut clusters: Vec<EventCluster<'a>> = Vec::new();
    for (index, event) in state.atlas().events.iter().enumerate() {
        if event.start.year > year {
            break; // sorted by start date
        }
        if !state.passes_filter(event) {
            continue;
        }
        let Some(&city) = city_of_event.get(index) else {
            continue;
        };
        let slot = &mut cluster_of_city[city as usize];
        let cluster_index = *slot.get_or_insert_with(|| {
            clusters.push(EventCluster {
                position: crate::geo::world_from_lon_lat(event.lon, event.lat),
                events: Vec::new(),
                latest_year: event.start.year,
                has_current: false,
            });
            clusters.len() - 1
        });
        let cluster = &mut clusters[cluster_index];
        cluster.latest_year = cluster.latest_year.max(event.start.year);
        cluster.has_current |= event.start.year == year;
        cluster.events.push(event);
    }
    // Older first, so the current year's markers are drawn on top.
    clusters.sort_by_key(|g| (g.has_current, g.latest_year));
    clusters
}

pub(super) fn marker_radius(cluster: &EventCluster<'_>, scale: f32) -> f32 {
    let base = if cluster.has_current { 7.0 } else { 4.5 };
    (base + (cluster.events.len() as f32 - 1.0).min(4.0) * 0.8) * scale
}

/// One marker as drawn: a host city's events, or an organization's founding city.
#[derive(Clone, Debug)]
pub(super) struct MarkerDisc {
    pub(super) center: Pos2,
    pub(super) radius: f32,
    pub(super) color: Color32,
    pub(super) alpha: f32,
    pub(super) count: usize,
    pub(super) selected: bool,
    pub(super) current: bool,
}

/// Halo around marker discs and diamonds, in points.
pub(super) const MARKER_HALO_PT: f32 = 2.0;

/// The visible host-city markers, older first so the year's own are drawn on top.
pub(super) fn marker_discs(
    state: &AppState,
    transform: &MapTransform,
    clusters: &[EventCluster<'_>],
    clip: Rect,
    scale: f32,
    palette: &MapPalette,
) -> Vec<MarkerDisc> {
    let year = state.year();
    let selected_event = match &state.selection() {
        Selection::Event(id) => Some(id.as_str()),
        _ => None,
    };
    clusters
        .iter()
        .filter_map(|cluster| {
            let center = transform.screen_from_world(cluster.position);
            let radius = marker_radius(cluster, scale);
            if !clip.expand(radius + 4.0).contains(center) {
                return None;
            }
            // Older events fade but never vanish.
            let age = (year - cluster.latest_year).max(0) as f32;
            Some(MarkerDisc {
                center,
                radius,
                color: if cluster.has_current {
                    palette.marker_current
                } else {
                    palette.marker
                },
                alpha: if cluster.has_current {
                    1.0
                } else {
                    (1.0 - age / 40.0).max(0.4)
                },
                count: cluster.events.len(),
                selected: cluster
                    .events
                    .iter()
                    .any(|e| Some(e.id.as_str()) == selected_event),
                current: cluster.has_current,
            })
        })
        .collect()
}

/// Founding cities of the selected organizations that exist on the date: centre, half
/// diagonal and colour of each diamond.
pub(super) fn founding_cities(
    state: &AppState,
    transform: &MapTransform,
    scale: f32,
) -> Vec<(Pos2, f32, Color32)> {
    let date = state.date();
    state
        .selected_organizations()
        .filter(|organization| organization.exists_on(date))
        .filter_map(|organization| {
            let city = organization.founded_city.as_ref()?;
            let center =
                transform.screen_from_world(crate::geo::world_from_lon_lat(city.lon, city.lat));
            Some((
                center,
                7.5 * scale,
                theme::organization_color(state, &organization.id)?,
            ))
        })
        .collect()
}

/// Steps around a marker disc: round to the eye at marker sizes.
pub(super) const DISC_STEPS: usize = 12;

/// The unit circle in `DISC_STEPS` steps, computed once.
pub(super) static UNIT_CIRCLE: std::sync::LazyLock<[Vec2; DISC_STEPS]> =
    std::sync::LazyLock::new(|| {
        std::array::from_fn(|step| {
            let angle = step as f32 * std::f32::consts::TAU / DISC_STEPS as f32;
            Vec2::new(angle.cos(), angle.sin())
        })
    });

/// A filled disc with a one-pixel soft rim, appended to `mesh` (premultiplied colour).
pub(super) fn add_disc(mesh: &mut Mesh, center: Pos2, radius: f32, color: Color32) {
    let base = mesh.vertices.len() as u32;
    let vertex = |pos: Pos2, color: Color32| egui::epaint::Vertex {
        pos,
        uv: egui::epaint::WHITE_UV,
        color,
    };
    mesh.vertices.push(vertex(center, color));
    for direction in UNIT_CIRCLE.iter() {
        mesh.vertices
            .push(vertex(center + *direction * (radius - 0.5), color));
        mesh.vertices.push(vertex(
            center + *direction * (radius + 0.5),
            Color32::TRANSPARENT,
        ));
    }
    for step in 0..DISC_STEPS as u32 {
        let next = (step + 1) % DISC_STEPS as u32;
        let (inner, outer) = (base + 1 + 2 * step, base + 2 + 2 * step);
        let (next_inner, next_outer) = (base + 1 + 2 * next, base + 2 + 2 * next);
        mesh.indices.extend([
            base, inner, next_inner, inner, outer, next_outer, inner, next_outer, next_inner,
        ]);
    }
}
