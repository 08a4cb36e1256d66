//! The world map: countries filled by membership, host-city markers, pan and zoom.
//! Reads the state, sends commands; geometry comes ready-made from the core.

use std::sync::Arc;

use egui::{
    Align2, Color32, FontId, Galley, Mesh, Pos2, Rect, Sense, Shape, Stroke, TextureHandle, Vec2,
};

use crate::data::{Atlas, CountryStatus, Event, PoliticalStatus};
use crate::geo::map_mesh::{self, LevelOfDetail, MapMesh};
use crate::geo::{HALF_WIDTH, WorldPoint, WorldRect};
use crate::state::{AppState, Command, MapView, Selection};
use crate::theme::{self, MapPalette};
use crate::ui::label_layout::{self, Circle, Corner, Focus, Obstacles};
use crate::ui::map_gpu::{self, CountryStyle, GpuTarget, GpuView, MapCallback};
use crate::ui::story_overlay;

/// Half the height of the world shown at zoom 1 (Antarctica's interior cropped).
const HOME_HALF_HEIGHT: f64 = 1.19;
/// Stripe period of the second organization's pattern, in points.
const STRIPE_PERIOD_PX: f32 = 9.0;
/// Width of the borders between countries, in points.
const BORDER_WIDTH_PX: f32 = 0.6;
/// Pointer distance within which a marker is hit, in points.
const MARKER_HIT_RADIUS_PX: f32 = 9.0;

/// Between world units and screen points for one frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapTransform {
    screen_center: Pos2,
    world_center: WorldPoint,
    px_per_world: f64,
}

impl MapTransform {
    pub fn new(rect: Rect, view: MapView) -> Self {
        let fit = (f64::from(rect.width()) / (2.0 * HALF_WIDTH))
            .min(f64::from(rect.height()) / (2.0 * HOME_HALF_HEIGHT));
        Self {
            screen_center: rect.center(),
            world_center: view.center,
            px_per_world: fit * view.zoom,
        }
    }

    pub fn screen_from_world(&self, p: WorldPoint) -> Pos2 {
        Pos2::new(
            self.screen_center.x + ((p.x - self.world_center.x) * self.px_per_world) as f32,
            self.screen_center.y - ((p.y - self.world_center.y) * self.px_per_world) as f32,
        )
    }

    pub fn world_from_screen(&self, pos: Pos2) -> WorldPoint {
        WorldPoint {
            x: self.world_center.x + f64::from(pos.x - self.screen_center.x) / self.px_per_world,
            y: self.world_center.y - f64::from(pos.y - self.screen_center.y) / self.px_per_world,
        }
    }

    /// A distance on screen as a distance in world units (y flipped).
    pub fn world_delta_from_screen(&self, delta: Vec2) -> WorldPoint {
        WorldPoint {
            x: f64::from(delta.x) / self.px_per_world,
            y: -f64::from(delta.y) / self.px_per_world,
        }
    }

    pub fn world_center(&self) -> WorldPoint {
        self.world_center
    }

    pub fn points_per_world(&self) -> f64 {
        self.px_per_world
    }

    pub fn visible_world(&self, rect: Rect) -> WorldRect {
        let a = self.world_from_screen(rect.left_top());
        let b = self.world_from_screen(rect.right_bottom());
        WorldRect {
            min: WorldPoint {
                x: a.x.min(b.x),
                y: a.y.min(b.y),
            },
            max: WorldPoint {
                x: a.x.max(b.x),
                y: a.y.max(b.y),
            },
        }
    }
}

/// Textures, GPU geometry and per-date layers kept by the app between frames.
pub struct MapResources {
    stripes: TextureHandle,
    /// The map of the selected date, recomputed only when the date changes.
    layer: Option<TimeLayer>,
    /// Set when eframe renders with wgpu: countries are then drawn by the GPU.
    gpu: Option<GpuTarget>,
    /// The map's static geometry for the GPU, built on first use for the atlas's world.
    mesh: Option<(usize, Arc<MapMesh>)>,
    /// Host city index of each event, built on first use for the atlas.
    cities: Option<(usize, Vec<u32>)>,
    /// Coarser meshes for zoomed-out views, coarsest first.
    levels: Vec<LevelOfDetail>,
    /// Whether hovering highlights a country and shows its tooltip (not during the kiosk's
    /// attract loop, where a resting pointer is nobody's).
    hover_feedback: bool,
}

/// The organizations colouring one country: colour, and whether the membership is suspended.
type CountryFill = Vec<(Color32, bool)>;

/// Each country's status on one date, and which drawn state it belongs to.
struct TimeLayer {
    date: crate::time::Date,
    statuses: Vec<CountryStatus>,
    /// Index of the state of the time each country is drawn as part of.
    group: Vec<usize>,
    group_sizes: Vec<usize>,
    /// The year's new states: map key and name of the time.
    new_states: Vec<(String, String)>,
    /// One label per state of the time: name of the time at its largest part, largest first
    /// (the order labels claim space in, so placement is stable while panning).
    labels: Vec<(usize, String)>,
    /// Countries that were then part of a larger state, by that state's code.
    parts: std::collections::HashMap<String, Vec<usize>>,
    /// Organization colours per country for one selection (in order), kept while it holds.
    fills: Option<(Vec<String>, Vec<CountryFill>)>,
}

impl TimeLayer {
    fn new(atlas: &Atlas, date: crate::time::Date) -> Self {
        let statuses: Vec<CountryStatus> = atlas
            .world
            .countries
            .iter()
            .map(|c| atlas.status_on(&c.key, date))
            .collect();
        let mut group_keys: Vec<String> = Vec::new();
        let group = statuses
            .iter()
            .map(|status| {
                let key = status.part_of.clone().unwrap_or_else(|| status.key.clone());
                group_keys
                    .iter()
                    .position(|k| *k == key)
                    .unwrap_or_else(|| {
                        group_keys.push(key);
                        group_keys.len() - 1
                    })
            })
            .collect::<Vec<usize>>();
        let mut group_sizes = vec![0; group_keys.len()];
        for &g in &group {
            group_sizes[g] += 1;
        }
        let countries = &atlas.world.countries;
        let mut largest_part: Vec<Option<usize>> = vec![None; group_keys.len()];
        for (index, &g) in group.iter().enumerate() {
            if largest_part[g].is_none_or(|best| countries[index].area > countries[best].area) {
                largest_part[g] = Some(index);
            }
        }
        let mut labels: Vec<(usize, String)> = largest_part
            .into_iter()
            .flatten()
            .filter(|&index| countries[index].key != "ATA")
            .map(|index| {
                let status = &statuses[index];
                let name = status
                    .part_of_name
                    .clone()
                    .unwrap_or_else(|| status.name.clone());
                (index, name)
            })
            .collect();
        labels.sort_by(|a, b| countries[b.0].area.total_cmp(&countries[a.0].area));
        let mut parts: std::collections::HashMap<String, Vec<usize>> =
            std::collections::HashMap::new();
        for (index, status) in statuses.iter().enumerate() {
            if let Some(code) = &status.part_of {
                parts.entry(code.clone()).or_default().push(index);
            }
        }
        let new_states = atlas.new_states_in(date.year);
        Self {
            date,
            statuses,
            group,
            group_sizes,
            new_states,
            labels,
            parts,
            fills: None,
        }
    }

    fn is_dependent(&self, index: usize) -> bool {
        self.statuses[index].status == PoliticalStatus::Dependent
    }

    fn same_state(&self, a: usize, b: usize) -> bool {
        self.group[a] == self.group[b]
    }
}

impl MapResources {
    pub fn new(ctx: &egui::Context) -> Self {
        // White diagonal stripes on transparent; tinted per organization by vertex colour.
        let size = 16;
        let pixels: Vec<Color32> = (0..size * size)
            .map(|i| {
                let (x, y) = (i % size, i / size);
                if (x + y) % size < 7 {
                    Color32::WHITE
                } else {
                    Color32::TRANSPARENT
                }
            })
            .collect();
        let image = egui::ColorImage::new([size, size], pixels);
        let options = egui::TextureOptions {
            wrap_mode: egui::TextureWrapMode::Repeat,
            ..egui::TextureOptions::LINEAR
        };
        Self {
            stripes: ctx.load_texture("map-stripes", image, options),
            layer: None,
            gpu: None,
            mesh: None,
            cities: None,
            levels: Vec::new(),
            hover_feedback: true,
        }
    }

    pub fn set_hover_feedback(&mut self, on: bool) {
        self.hover_feedback = on;
    }

    /// Draw countries with the GPU (wgpu paint callback) instead of egui meshes.
    #[must_use]
    pub fn with_gpu(mut self, gpu: Option<GpuTarget>) -> Self {
        self.gpu = gpu;
        self
    }

    /// Coarser meshes to draw when zoomed out (GPU path only), coarsest first.
    #[must_use]
    pub fn with_levels(mut self, levels: Vec<LevelOfDetail>) -> Self {
        self.levels = levels;
        self
    }

    fn cities(&mut self, atlas: &Arc<Atlas>) -> &[u32] {
        let key = Arc::as_ptr(atlas) as usize;
        if self.cities.as_ref().is_none_or(|(k, _)| *k != key) {
            self.cities = Some((key, city_of_event(atlas)));
        }
        self.cities
            .as_ref()
            .map_or(&[], |(_, cities)| cities.as_slice())
    }

    fn mesh(&mut self, atlas: &Arc<Atlas>) -> Arc<MapMesh> {
        let key = Arc::as_ptr(atlas) as usize;
        match &self.mesh {
            Some((k, mesh)) if *k == key => Arc::clone(mesh),
            _ => {
                let mesh = Arc::new(MapMesh::new(&atlas.world));
                self.mesh = Some((key, Arc::clone(&mesh)));
                mesh
            }
        }
    }

    /// The layer of the selected date, with the fills of the current selection.
    fn layer(&mut self, state: &AppState) -> &TimeLayer {
        let date = state.date();
        if self.layer.as_ref().is_none_or(|layer| layer.date != date) {
            self.layer = Some(TimeLayer::new(state.atlas(), date));
        }
        let layer = self
            .layer
            .get_or_insert_with(|| TimeLayer::new(state.atlas(), date));
        let selection_changed = layer
            .fills
            .as_ref()
            .is_none_or(|(selection, _)| *selection != state.selected_organization_ids());
        if selection_changed {
            let fills = country_fills(state, layer);
            layer.fills = Some((state.selected_organization_ids().to_vec(), fills));
        }
        layer
    }
}

/// Events that share a host city, drawn as one marker.
struct EventGroup<'a> {
    position: WorldPoint,
    events: Vec<&'a Event>,
    latest_year: i32,
    has_current: bool,
}

/// For each event of the atlas, the index of its host city (city name and position rounded
/// to ~1 km, so one city is one marker). Built once per atlas.
fn city_of_event(atlas: &Atlas) -> Vec<u32> {
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

fn group_events<'a>(state: &'a AppState, city_of_event: &[u32]) -> Vec<EventGroup<'a>> {
    let year = state.year();
    let mut group_of_city: Vec<Option<usize>> = vec![None; city_of_event.len()];
    let mut groups: Vec<EventGroup<'a>> = Vec::new();
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
        let slot = &mut group_of_city[city as usize];
        let group_index = *slot.get_or_insert_with(|| {
            groups.push(EventGroup {
                position: crate::geo::world_from_lon_lat(event.lon, event.lat),
                events: Vec::new(),
                latest_year: event.start.year,
                has_current: false,
            });
            groups.len() - 1
        });
        let group = &mut groups[group_index];
        group.latest_year = group.latest_year.max(event.start.year);
        group.has_current |= event.start.year == year;
        group.events.push(event);
    }
    // Older first, so the current year's markers are drawn on top.
    groups.sort_by_key(|g| (g.has_current, g.latest_year));
    groups
}

/// Which organizations (by index into the selection) colour each country, and whether
/// the membership is suspended, on the selected date.
fn country_fills(state: &AppState, layer: &TimeLayer) -> Vec<Vec<(Color32, bool)>> {
    let atlas: &Atlas = state.atlas();
    let date = state.date();
    let mut fills = vec![Vec::new(); atlas.world.countries.len()];
    for organization in state.selected_organizations() {
        let color = theme::organization_color(organization.color);
        for member in organization.members_on(date) {
            let suspended = member.suspended_on(date);
            // Its own polygons (or a historical state's), and those then part of it.
            let own = atlas
                .keys_for_member(&member.country)
                .into_iter()
                .filter_map(|key| atlas.world.index_of(key));
            let parts = layer
                .parts
                .get(&member.country)
                .into_iter()
                .flatten()
                .copied();
            for index in own.chain(parts) {
                if !fills[index].iter().any(|(c, _)| *c == color) {
                    fills[index].push((color, suspended));
                }
            }
        }
    }
    fills
}

/// What the pointer is over.
#[derive(Clone, Debug, PartialEq)]
enum Hover {
    Country(usize),
    Events(Vec<String>),
}

pub fn map_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    resources: &mut MapResources,
    commands: &mut Vec<Command>,
) {
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::Canvas, true, "World map")
    });
    let transform = MapTransform::new(rect, state.map_view());
    let palette = theme::map_palette(state.theme());

    handle_navigation(ui, &response, &transform, commands);

    let groups = group_events(state, resources.cities(state.atlas()));
    let marker_scale = map_type_sizes(ui.ctx()).marker_scale;
    let hover = response
        .hover_pos()
        .and_then(|pos| hover_at(state, &transform, &groups, marker_scale, pos));

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
    let gpu = resources
        .gpu
        .filter(|_| state.atlas().world.countries.len() <= map_gpu::MAX_COUNTRIES)
        .map(|target| {
            let coarse = map_mesh::level_for(&resources.levels, degrees_per_px)
                .map(|level| Arc::clone(&level.mesh));
            (
                target,
                coarse.unwrap_or_else(|| resources.mesh(state.atlas())),
            )
        });
    let stripes = resources.stripes.id();
    let layer = resources.layer(state);
    let fills = layer
        .fills
        .as_ref()
        .map_or(&[][..], |(_, fills)| fills.as_slice());
    let styles = country_styles(state, fills, hovered_country, &palette, layer);
    match gpu {
        Some((target, mesh)) => {
            let (fill_ranges, segment_ranges) = mesh.visible_ranges(&visible);
            let center = transform.world_center();
            let origin = transform.screen_from_world(WorldPoint::default());
            let view = GpuView {
                world_center: [center.x as f32, center.y as f32],
                rect_size_points: [rect.width(), rect.height()],
                points_per_world: transform.points_per_world() as f32,
                border_width_points: BORDER_WIDTH_PX,
                stripe_period_points: STRIPE_PERIOD_PX,
                stripe_origin_points: [origin.x - rect.min.x, origin.y - rect.min.y],
                border: palette.border,
            };
            painter.add(map_gpu::map_shape(
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
            paint_selected_border(&painter, state, &transform, visible, &palette, layer);
        }
        None => paint_countries(
            &painter, state, &transform, visible, &styles, &palette, stripes, layer,
        ),
    }
    let sizes = map_type_sizes(ui.ctx());
    let overlays = story_overlay::overlay_rects(ui.ctx(), state, rect);
    let labels = place_labels(
        ui.ctx(),
        state,
        &transform,
        layer,
        &groups,
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

fn handle_navigation(
    ui: &egui::Ui,
    response: &egui::Response,
    transform: &MapTransform,
    commands: &mut Vec<Command>,
) {
    if response.double_clicked() {
        commands.push(Command::ResetView);
        return;
    }
    if response.dragged() {
        let delta = transform.world_delta_from_screen(response.drag_delta());
        if delta.x != 0.0 || delta.y != 0.0 {
            commands.push(Command::Pan {
                delta_world: WorldPoint {
                    x: -delta.x,
                    y: -delta.y,
                },
            });
        }
    }
    if let Some(pointer) = response.hover_pos() {
        let (scroll_y, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
        let factor = f64::from(pinch) * (f64::from(scroll_y) * 0.002).exp();
        if (factor - 1.0).abs() > 1e-4 {
            commands.push(Command::Zoom {
                factor,
                anchor_world: transform.world_from_screen(pointer),
            });
        }
    }
}

fn hover_at(
    state: &AppState,
    transform: &MapTransform,
    groups: &[EventGroup<'_>],
    marker_scale: f32,
    pos: Pos2,
) -> Option<Hover> {
    // Markers sit on top of countries, so they win; the nearest one within reach.
    let nearest = groups
        .iter()
        .map(|g| (g, transform.screen_from_world(g.position).distance(pos)))
        .filter(|(g, d)| *d <= MARKER_HIT_RADIUS_PX + marker_radius(g, marker_scale) * 0.5)
        .min_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((group, _)) = nearest {
        return Some(Hover::Events(
            group.events.iter().map(|e| e.id.clone()).collect(),
        ));
    }
    state
        .atlas()
        .world
        .hit_test(transform.world_from_screen(pos))
        .map(Hover::Country)
}

fn marker_radius(group: &EventGroup<'_>, scale: f32) -> f32 {
    let base = if group.has_current { 7.0 } else { 4.5 };
    (base + (group.events.len() as f32 - 1.0).min(4.0) * 0.8) * scale
}

/// Each country's colours on the selected date: the first organization fills, a second
/// one (or a suspension) stripes, a territory not yet a state is hatched; hovering one part
/// of a state of the time highlights all of it.
fn country_styles(
    state: &AppState,
    fills: &[Vec<(Color32, bool)>],
    hovered: Option<usize>,
    palette: &MapPalette,
    layer: &TimeLayer,
) -> Vec<CountryStyle> {
    let world = &state.atlas().world;
    world
        .countries
        .iter()
        .enumerate()
        .map(|(index, country)| {
            let organizations: &[(Color32, bool)] = fills.get(index).map_or(&[], Vec::as_slice);
            let dependent = layer.is_dependent(index);
            let base = if country.key == "ATA" {
                palette.land_faint
            } else if dependent {
                palette.land_dependent
            } else {
                palette.land
            };
            let mut fill = match organizations.first() {
                Some((org, false)) => lerp_color(base, *org, 0.82),
                Some((org, true)) => lerp_color(base, *org, 0.35),
                None => base,
            };
            if hovered.is_some_and(|h| layer.same_state(h, index)) {
                fill = if organizations.is_empty() {
                    palette.land_hovered
                } else {
                    lerp_color(fill, Color32::BLACK, 0.15)
                };
            }
            let stripe = match organizations {
                [_, (second, _), ..] => *second,
                [(first, true)] => *first,
                [] if dependent => palette.hatch,
                _ => Color32::TRANSPARENT,
            };
            CountryStyle {
                fill,
                stripe,
                group: layer.group[index] as u32,
            }
        })
        .collect()
}

/// Border runs of one country's outlines, split where a border lies inside its state of
/// the time; `skip_shared_with_lower` leaves out segments the neighbour draws.
fn border_runs(
    index: usize,
    country: &crate::geo::Country,
    transform: &MapTransform,
    layer: &TimeLayer,
    skip_shared_with_lower: bool,
    runs: &mut Vec<Vec<Pos2>>,
) {
    for (outline, neighbors) in country.outlines.iter().zip(&country.outline_neighbors) {
        let mut run: Vec<Pos2> = Vec::new();
        for (i, point) in outline.iter().enumerate() {
            let neighbor = if i > 0 {
                neighbors.get(i - 1).copied().flatten()
            } else {
                None
            };
            let skip = neighbor.is_some_and(|n| {
                layer.same_state(index, n as usize)
                    || (skip_shared_with_lower && (n as usize) < index)
            });
            if skip {
                if run.len() > 1 {
                    runs.push(std::mem::take(&mut run));
                }
                run.clear();
            }
            run.push(transform.screen_from_world(*point));
        }
        if run.len() > 1 {
            runs.push(run);
        }
    }
}

/// The selected country's outline, thick, over the GPU-drawn map.
fn paint_selected_border(
    painter: &egui::Painter,
    state: &AppState,
    transform: &MapTransform,
    visible: WorldRect,
    palette: &MapPalette,
    layer: &TimeLayer,
) {
    let Selection::Country(key) = &state.selection() else {
        return;
    };
    let world = &state.atlas().world;
    let Some(index) = world.index_of(key) else {
        return;
    };
    let country = &world.countries[index];
    if !country.bbox.intersects(&visible) {
        return;
    }
    let mut runs = Vec::new();
    border_runs(index, country, transform, layer, false, &mut runs);
    let thick = Stroke::new(2.2, palette.border_selected);
    painter.extend(runs.into_iter().map(|points| Shape::line(points, thick)));
}

/// The plain egui-mesh path: every visible country's triangles and borders, transformed on
/// the CPU each frame. Used when eframe does not render with wgpu, and in tests.
#[expect(clippy::too_many_arguments)]
fn paint_countries(
    painter: &egui::Painter,
    state: &AppState,
    transform: &MapTransform,
    visible: WorldRect,
    styles: &[CountryStyle],
    palette: &MapPalette,
    stripes: egui::TextureId,
    layer: &TimeLayer,
) {
    let world = &state.atlas().world;
    let mut fill_mesh = Mesh::default();
    let mut stripe_mesh = Mesh::with_texture(stripes);
    let origin = transform.screen_from_world(WorldPoint::default());
    let selected_key = match &state.selection() {
        Selection::Country(key) => Some(key.as_str()),
        _ => None,
    };
    let mut borders = Vec::new();
    let mut selected_borders = Vec::new();
    for (index, (country, style)) in world.countries.iter().zip(styles).enumerate() {
        if !country.bbox.intersects(&visible) {
            continue;
        }
        append_mesh(&mut fill_mesh, country, transform, style.fill, None);
        if style.stripe != Color32::TRANSPARENT {
            append_mesh(
                &mut stripe_mesh,
                country,
                transform,
                style.stripe,
                Some(origin),
            );
        }
        border_runs(index, country, transform, layer, true, &mut borders);
        if selected_key == Some(country.key.as_str()) {
            border_runs(
                index,
                country,
                transform,
                layer,
                false,
                &mut selected_borders,
            );
        }
    }
    painter.add(Shape::mesh(fill_mesh));
    painter.add(Shape::mesh(stripe_mesh));
    let thin = Stroke::new(BORDER_WIDTH_PX, palette.border);
    painter.extend(borders.into_iter().map(|points| Shape::line(points, thin)));
    let thick = Stroke::new(2.2, palette.border_selected);
    painter.extend(
        selected_borders
            .into_iter()
            .map(|points| Shape::line(points, thick)),
    );
}

fn append_mesh(
    mesh: &mut Mesh,
    country: &crate::geo::Country,
    transform: &MapTransform,
    color: Color32,
    stripe_origin: Option<Pos2>,
) {
    let base = mesh.vertices.len() as u32;
    for p in country.fill_vertices() {
        let pos = transform.screen_from_world(p);
        let uv = stripe_origin.map_or(egui::epaint::WHITE_UV, |origin| {
            Pos2::new(
                (pos.x - origin.x) / (STRIPE_PERIOD_PX * 16.0 / 7.0),
                (pos.y - origin.y) / (STRIPE_PERIOD_PX * 16.0 / 7.0),
            )
        });
        mesh.vertices.push(egui::epaint::Vertex { pos, uv, color });
    }
    mesh.indices
        .extend(country.fill_indices.iter().map(|i| base + i));
}

fn lerp_color(a: Color32, b: Color32, t: f32) -> Color32 {
    let mix = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()))
}

/// Type sizes of the map in this context: from the body text style (larger in
/// presentation and kiosk modes) and the screen height.
fn map_type_sizes(ctx: &egui::Context) -> theme::MapTypeSizes {
    let body = egui::TextStyle::Body.resolve(&ctx.global_style()).size;
    theme::map_type_sizes(body, ctx.content_rect().height())
}

/// Space between a marker's disc and its label, and around every label, in points.
const LABEL_GAP_PX: f32 = 3.0;
/// Padding of an event label's halo box around its text, in points.
const EVENT_LABEL_PAD_PX: f32 = 3.0;
/// Padding of a country name's faint halo around its text, in points.
const COUNTRY_LABEL_PAD_PX: f32 = 1.5;
/// Widths at which an event label wraps, in ems of its type size, tried in turn.
const EVENT_LABEL_WRAP_EMS: [f32; 2] = [20.0, 10.0];

/// One marker as drawn: a host city's events, or an organization's founding city.
#[derive(Clone, Debug)]
struct MarkerDisc {
    center: Pos2,
    radius: f32,
    color: Color32,
    alpha: f32,
    count: usize,
    selected: bool,
    current: bool,
}

/// A piece of text and the box it was given on the map (halo padding included).
#[derive(Clone, Debug)]
pub struct PlacedText {
    pub rect: Rect,
    pub galley: Arc<Galley>,
    pad: f32,
}

/// Everything written or drawn over the countries, placed so nothing hides what matters:
/// markers first, then the overlays (captions and kiosk text, drawn by others) and the
/// note box, then the year's event labels, then the names of the states of the time.
pub struct MapLabels {
    markers: Vec<MarkerDisc>,
    marker_scale: f32,
    founding_cities: Vec<(Pos2, f32, Color32)>,
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
                radius: m.radius + MARKER_HALO_PX,
            })
            .chain(
                self.founding_cities
                    .iter()
                    .map(|&(center, radius, _)| Circle {
                        center,
                        radius: radius + MARKER_HALO_PX,
                    }),
            )
            .collect()
    }
}

/// Halo around marker discs and diamonds, in points.
const MARKER_HALO_PX: f32 = 2.0;

/// Places the labels of the map at `state` in `map_rect`, as `map_ui` draws them (for tests
/// that check what lands where). Builds its per-date data afresh.
pub fn label_layout(ctx: &egui::Context, state: &AppState, map_rect: Rect) -> MapLabels {
    let transform = MapTransform::new(map_rect, state.map_view());
    let mut layer = TimeLayer::new(state.atlas(), state.date());
    let fills = country_fills(state, &layer);
    layer.fills = Some((state.selected_organization_ids().to_vec(), fills));
    let cities = city_of_event(state.atlas());
    let groups = group_events(state, &cities);
    let overlays = story_overlay::overlay_rects(ctx, state, map_rect);
    place_labels(
        ctx,
        state,
        &transform,
        &layer,
        &groups,
        map_rect,
        overlays,
        map_type_sizes(ctx),
        &theme::map_palette(state.theme()),
    )
}

#[expect(clippy::too_many_arguments)]
fn place_labels(
    ctx: &egui::Context,
    state: &AppState,
    transform: &MapTransform,
    layer: &TimeLayer,
    groups: &[EventGroup<'_>],
    map_rect: Rect,
    overlays: Vec<Rect>,
    sizes: theme::MapTypeSizes,
    palette: &MapPalette,
) -> MapLabels {
    let markers = marker_discs(
        state,
        transform,
        groups,
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
        groups,
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

/// The visible host-city markers, older first so the year's own are drawn on top.
fn marker_discs(
    state: &AppState,
    transform: &MapTransform,
    groups: &[EventGroup<'_>],
    clip: Rect,
    scale: f32,
    palette: &MapPalette,
) -> Vec<MarkerDisc> {
    let year = state.year();
    let selected_event = match &state.selection() {
        Selection::Event(id) => Some(id.as_str()),
        _ => None,
    };
    groups
        .iter()
        .filter_map(|group| {
            let center = transform.screen_from_world(group.position);
            let radius = marker_radius(group, scale);
            if !clip.expand(radius + 4.0).contains(center) {
                return None;
            }
            // Older events fade but never vanish.
            let age = (year - group.latest_year).max(0) as f32;
            Some(MarkerDisc {
                center,
                radius,
                color: if group.has_current {
                    palette.marker_current
                } else {
                    palette.marker
                },
                alpha: if group.has_current {
                    1.0
                } else {
                    (1.0 - age / 40.0).max(0.4)
                },
                count: group.events.len(),
                selected: group
                    .events
                    .iter()
                    .any(|e| Some(e.id.as_str()) == selected_event),
                current: group.has_current,
            })
        })
        .collect()
}

/// Founding cities of the selected organizations that exist on the date: centre, half
/// diagonal and colour of each diamond.
fn founding_cities(
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
                theme::organization_color(organization.color),
            ))
        })
        .collect()
}

/// The note in a corner of the map: the year's new states, and why a ticked organization
/// fills nothing (the atlas holds only its member counts). It goes to the corner that
/// covers no overlay and the fewest markers, narrower if that helps.
#[expect(clippy::too_many_arguments)]
fn place_note(
    ctx: &egui::Context,
    state: &AppState,
    country_focus: &[Focus],
    layer: &TimeLayer,
    map_rect: Rect,
    labels: &MapLabels,
    circles: &[Circle],
    sizes: theme::MapTypeSizes,
    palette: &MapPalette,
) -> Option<PlacedText> {
    let text = note_text(state, layer)?;
    let pad = theme::SPACE_S;
    let font = FontId::proportional(sizes.note);
    let shapes: Vec<Arc<Galley>> = [0.45, 0.3]
        .into_iter()
        .map(|share| {
            ctx.fonts_mut(|fonts| {
                fonts.layout(
                    text.clone(),
                    font.clone(),
                    palette.label,
                    (map_rect.width() * share).max(160.0),
                )
            })
        })
        .collect();
    let corners = [
        Corner::TopLeft,
        Corner::BottomLeft,
        Corner::TopRight,
        Corner::BottomRight,
    ];
    let mut candidates = Vec::new();
    for galley in &shapes {
        candidates.extend(label_layout::corner_rects(
            map_rect,
            galley.size() + Vec2::splat(2.0 * pad),
            theme::SPACE_S,
            &corners,
        ));
    }
    // The year's markers weigh most: what the year is about.
    let current: Vec<bool> = labels
        .markers
        .iter()
        .map(|m| m.current)
        .chain(labels.founding_cities.iter().map(|_| true))
        .collect();
    let mut focus: Vec<Focus> = circles
        .iter()
        .zip(current)
        .map(|(circle, current)| Focus {
            area: *circle,
            weight: if current { 10.0 } else { 1.0 },
        })
        .collect();
    focus.extend_from_slice(country_focus);
    let chosen =
        label_layout::least_covering(&candidates, map_rect, &focus, &labels.overlays).unwrap_or(0);
    Some(PlacedText {
        rect: *candidates.get(chosen)?,
        galley: shapes.get(chosen / corners.len())?.clone(),
        pad,
    })
}

/// The countries the year and the selection are about, by their name's anchor: the year's
/// new states (weighing most) and the members of the ticked organizations.
fn country_focus(
    state: &AppState,
    transform: &MapTransform,
    layer: &TimeLayer,
    radius: f32,
) -> Vec<Focus> {
    let world = &state.atlas().world;
    let focus = |index: usize, weight: f32| Focus {
        area: Circle {
            center: transform.screen_from_world(world.countries[index].label_anchor),
            radius,
        },
        weight,
    };
    let mut countries: Vec<Focus> = layer
        .new_states
        .iter()
        .filter_map(|(key, _)| world.index_of(key))
        .map(|index| focus(index, 5.0))
        .collect();
    if let Some((_, fills)) = &layer.fills {
        countries.extend(
            fills
                .iter()
                .enumerate()
                .filter(|(_, fill)| !fill.is_empty())
                .map(|(index, _)| focus(index, 1.0)),
        );
    }
    countries
}

/// "New states in 1960: …" and, for ticked organizations without a member list, why the
/// map fills nothing for them.
fn note_text(state: &AppState, layer: &TimeLayer) -> Option<String> {
    let mut lines = Vec::new();
    if !layer.new_states.is_empty() {
        lines.push(format!(
            "New states in {}: {}",
            layer.date.year,
            layer
                .new_states
                .iter()
                .map(|(_, name)| name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let date = state.date();
    let counts_only: Vec<&str> = state
        .selected_organizations()
        .filter(|organization| !organization.has_member_list())
        .map(|organization| organization.short_name_on(date))
        .collect();
    match counts_only.as_slice() {
        [] => {}
        [one] => lines.push(format!(
            "{one}: the atlas holds member counts only, no member list to draw"
        )),
        several => lines.push(format!(
            "{}: the atlas holds member counts only, no member lists to draw",
            several.join(", ")
        )),
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// One way to lay out a label, and its places around the marker, best first.
type LabelShape = (Arc<Galley>, [Rect; 8]);

/// Labels for the selected year's events, the selected event first, each beside its
/// marker where it covers no marker, overlay or other label; a label with no such place
/// is left out (its marker still shows, and hovering it names the event).
#[expect(clippy::too_many_arguments)]
fn place_event_labels(
    ctx: &egui::Context,
    state: &AppState,
    transform: &MapTransform,
    groups: &[EventGroup<'_>],
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
    let mut labels: Vec<(bool, usize, Vec<LabelShape>)> = groups
        .iter()
        .filter(|g| g.has_current)
        .filter_map(|group| {
            let center = transform.screen_from_world(group.position);
            if !map_rect.contains(center) {
                return None;
            }
            let titles: Vec<&str> = group
                .events
                .iter()
                .filter(|e| e.start.year == year)
                .map(|e| e.title.as_str())
                .collect();
            let text = format!("{}: {}", group.events[0].city, titles.join("; "));
            let radius = marker_radius(group, sizes.marker_scale) + MARKER_HALO_PX;
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
                    let size = galley.size() + Vec2::splat(2.0 * EVENT_LABEL_PAD_PX);
                    // A point further out than the gap kept from obstacles, so the label's
                    // own marker never blocks it by a rounding error.
                    let candidates =
                        label_layout::candidates_around(center, radius, size, LABEL_GAP_PX + 1.0);
                    (galley, candidates)
                })
                .collect();
            let selected = group
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
            .filter(|r| map_rect.contains_rect(**r) && !obstacles.blocks(**r, LABEL_GAP_PX))
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
                LABEL_GAP_PX,
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
            pad: EVENT_LABEL_PAD_PX,
        });
    }
    placed
}

/// Names of the states of the time, largest first, where the name fits inside the
/// country's largest polygon and clears every marker, overlay and label placed before it.
#[expect(clippy::too_many_arguments)]
fn place_country_labels(
    ctx: &egui::Context,
    state: &AppState,
    transform: &MapTransform,
    layer: &TimeLayer,
    map_rect: Rect,
    obstacles: &mut Obstacles,
    sizes: theme::MapTypeSizes,
    palette: &MapPalette,
) -> Vec<PlacedText> {
    let countries = &state.atlas().world.countries;
    let font = FontId::proportional(sizes.country_label);
    let color = country_label_color(palette);
    let mut placed = Vec::new();
    for (index, name) in &layer.labels {
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
        let galley = ctx.fonts_mut(|fonts| fonts.layout_no_wrap(name.clone(), font.clone(), color));
        if galley.size().x > room.width() * 0.8 || galley.size().y * 1.6 > room.height() {
            continue;
        }
        let rect = Rect::from_center_size(
            transform.screen_from_world(country.label_anchor),
            galley.size(),
        )
        .expand(COUNTRY_LABEL_PAD_PX);
        if !map_rect.contains_rect(rect) || obstacles.blocks(rect, LABEL_GAP_PX) {
            continue;
        }
        obstacles.rects.push(rect);
        placed.push(PlacedText {
            rect,
            galley,
            pad: COUNTRY_LABEL_PAD_PX,
        });
    }
    placed
}

fn country_label_color(palette: &MapPalette) -> Color32 {
    palette.label.gamma_multiply(0.7)
}

/// Draws what [`place_labels`] placed: country names under the markers, then the markers,
/// the event labels and the note over them.
fn paint_labels_and_markers(painter: &egui::Painter, labels: &MapLabels, palette: &MapPalette) {
    for label in &labels.country_labels {
        // A faint halo keeps the name readable over stripes and hatching.
        painter.rect_filled(label.rect, 2.0, palette.label_halo.gamma_multiply(0.55));
        painter.galley(
            label.rect.min + Vec2::splat(label.pad),
            label.galley.clone(),
            country_label_color(palette),
        );
    }
    for &(center, r, color) in &labels.founding_cities {
        let diamond = |r: f32| {
            vec![
                center + Vec2::new(0.0, -r),
                center + Vec2::new(r, 0.0),
                center + Vec2::new(0.0, r),
                center + Vec2::new(-r, 0.0),
            ]
        };
        painter.add(Shape::convex_polygon(
            diamond(r + MARKER_HALO_PX),
            palette.marker_halo,
            Stroke::NONE,
        ));
        painter.add(Shape::convex_polygon(
            diamond(r),
            color,
            Stroke::new(1.0, palette.border_selected),
        ));
    }
    // Every disc in one mesh: thousands of markers cost a copy, not a tessellation each.
    let mut discs = Mesh::default();
    discs.reserve_triangles(labels.markers.len() * 2 * DISC_STEPS * 3);
    discs.reserve_vertices(labels.markers.len() * 2 * (1 + 2 * DISC_STEPS));
    for marker in &labels.markers {
        add_disc(
            &mut discs,
            marker.center,
            marker.radius + MARKER_HALO_PX,
            palette.marker_halo.gamma_multiply(marker.alpha),
        );
        add_disc(
            &mut discs,
            marker.center,
            marker.radius,
            marker.color.gamma_multiply(marker.alpha),
        );
    }
    painter.add(Shape::mesh(discs));
    let count_font = FontId::proportional(9.5 * labels.marker_scale);
    for marker in &labels.markers {
        if marker.selected {
            painter.circle_stroke(
                marker.center,
                marker.radius + 4.0,
                Stroke::new(2.0, palette.border_selected),
            );
        }
        if marker.count > 1 {
            painter.text(
                marker.center,
                Align2::CENTER_CENTER,
                marker.count.to_string(),
                count_font.clone(),
                palette.marker_halo,
            );
        }
    }
    for label in &labels.event_labels {
        painter.rect_filled(label.rect, 3.0, palette.label_halo);
        painter.galley(
            label.rect.min + Vec2::splat(label.pad),
            label.galley.clone(),
            palette.label,
        );
    }
    if let Some(note) = &labels.note {
        painter.rect_filled(
            note.rect,
            f32::from(theme::CORNER_RADIUS),
            palette.label_halo,
        );
        painter.galley(
            note.rect.min + Vec2::splat(note.pad),
            note.galley.clone(),
            palette.label,
        );
    }
}

/// Steps around a marker disc: round to the eye at marker sizes.
const DISC_STEPS: usize = 12;

/// The unit circle in `DISC_STEPS` steps, computed once.
static UNIT_CIRCLE: std::sync::LazyLock<[Vec2; DISC_STEPS]> = std::sync::LazyLock::new(|| {
    std::array::from_fn(|step| {
        let angle = step as f32 * std::f32::consts::TAU / DISC_STEPS as f32;
        Vec2::new(angle.cos(), angle.sin())
    })
});

/// A filled disc with a one-pixel soft rim, appended to `mesh` (premultiplied colour).
fn add_disc(mesh: &mut Mesh, center: Pos2, radius: f32, color: Color32) {
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

fn hover_tooltip_ui(ui: &mut egui::Ui, state: &AppState, layer: &TimeLayer, hover: &Hover) {
    let atlas = state.atlas();
    let date = state.date();
    match hover {
        Hover::Country(index) => {
            let country = &atlas.world.countries[*index];
            let status = &layer.statuses[*index];
            let group_size = layer.group_sizes[layer.group[*index]];
            if let (Some(state_name), true) = (&status.part_of_name, group_size > 1) {
                ui.strong(state_name);
                ui.label(format!("here: {} (today {})", status.name, country.name));
            } else {
                ui.strong(&status.name);
                if status.name != country.name {
                    ui.label(format!("today: {}", country.name));
                }
            }
            if let Some(line) = status_line(status) {
                ui.label(line);
            }
            for organization in state.selected_organizations() {
                let spans: Vec<String> = organization
                    .members
                    .iter()
                    .filter(|m| {
                        atlas
                            .keys_for_member_on(&m.country, date)
                            .contains(&country.key.as_str())
                    })
                    .filter(|m| m.holds_on(date))
                    .map(|m| {
                        format!(
                            "{} since {}",
                            organization.short_name_on(date),
                            m.joined.year
                        )
                    })
                    .collect();
                for span in spans {
                    ui.label(span);
                }
            }
            ui.small("Click for details");
        }
        Hover::Events(ids) => {
            for id in ids.iter().rev() {
                if let Some(event) = atlas.event(id) {
                    ui.strong(&event.title);
                    ui.label(format!(
                        "{} · {}, {}",
                        event.date_range_text(),
                        event.city,
                        event.country
                    ));
                }
            }
            ui.small("Click to open the card");
        }
    }
}

/// "British colony … until 6 March 1957" style line for a territory, or none for a state.
pub fn status_line(status: &CountryStatus) -> Option<String> {
    let until = status
        .until
        .map(|d| format!(", until {}", d.display_long()))
        .unwrap_or_default();
    match status.status {
        PoliticalStatus::Independent => None,
        PoliticalStatus::Dependent => Some(match &status.administered_by {
            Some(power) => format!("territory administered by {power}{until}"),
            None => format!("dependent territory{until}"),
        }),
        PoliticalStatus::PartOf => status
            .part_of_name
            .as_ref()
            .map(|name| format!("part of {name}{until}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screen_and_world_round_trip() {
        let rect = Rect::from_min_size(Pos2::new(10.0, 20.0), Vec2::new(1200.0, 600.0));
        let view = MapView {
            center: WorldPoint { x: 0.5, y: -0.2 },
            zoom: 3.0,
        };
        let transform = MapTransform::new(rect, view);
        let world = WorldPoint { x: 0.7, y: 0.1 };
        let back = transform.world_from_screen(transform.screen_from_world(world));
        assert!((back.x - world.x).abs() < 1e-5 && (back.y - world.y).abs() < 1e-5);
        // North is up: a larger y is higher on screen.
        let north = transform.screen_from_world(WorldPoint { x: 0.7, y: 0.2 });
        assert!(north.y < transform.screen_from_world(world).y);
        // The view's centre is the rect's centre.
        assert_eq!(transform.screen_from_world(view.center), rect.center());
    }

    #[test]
    fn home_view_fits_the_whole_width() {
        let rect = Rect::from_min_size(Pos2::ZERO, Vec2::new(1000.0, 1000.0));
        let transform = MapTransform::new(rect, crate::state::HOME_VIEW);
        let west = transform.screen_from_world(WorldPoint {
            x: -HALF_WIDTH,
            y: 0.0,
        });
        let east = transform.screen_from_world(WorldPoint {
            x: HALF_WIDTH,
            y: 0.0,
        });
        assert!((west.x - 0.0).abs() < 0.01 && (east.x - 1000.0).abs() < 0.01);
    }
}
