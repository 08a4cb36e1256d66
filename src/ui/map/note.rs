//! The note in a corner: the year's new states and organizations without member lists.

use std::sync::Arc;

use egui::{FontId, Galley, Rect, Vec2};

use super::labels::{MapLabels, PlacedText};
use super::layer::MapLayer;
use super::transform::MapTransform;
use crate::state::AppState;
use crate::theme::{self, MapPalette};
use crate::ui::label_layout::{self, Circle, Corner, Focus};

/// The note in a corner of the map: the year's new states, and why a ticked organization
/// fills nothing (the atlas holds only its member counts). It goes to the corner that
/// covers no overlay and the fewest markers, narrower if that helps.
#[expect(clippy::too_many_arguments)]
pub(super) fn place_note(
    ctx: &egui::Context,
    state: &AppState,
    country_focus: &[Focus],
    layer: &MapLayer,
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
pub(super) fn country_focus(
    state: &AppState,
    transform: &MapTransform,
    layer: &MapLayer,
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
        .time
        .new_states()
        .iter()
        .filter_map(|(key, _)| world.index_of(key))
        .map(|index| focus(index, 5.0))
        .collect();
    countries.extend(
        layer
            .fills()
            .iter()
            .enumerate()
            .filter(|(_, fill)| !fill.is_empty())
            .map(|(index, _)| focus(index, 1.0)),
    );
    countries
}

/// "New states in 1960: …" and, for ticked organizations without a member list, why the
/// map fills nothing for them.
pub(super) fn note_text(state: &AppState, layer: &MapLayer) -> Option<String> {
    let mut lines = Vec::new();
    let texts = state.texts();
    if !layer.time.new_states().is_empty() {
        let names: Vec<&str> = layer
            .time
            .new_states()
            .iter()
            .map(|(key, name)| texts.name_of_time(key, name))
            .collect();
        lines.push(texts.ui_with(
            "note-new-states",
            &[
                ("year", layer.time.date().year.to_string().into()),
                ("count", names.len().into()),
                ("names", names.join(", ").into()),
            ],
        ));
    }
    let date = state.date();
    let counts_only: Vec<&str> = state
        .selected_organizations()
        .filter(|organization| !organization.has_member_list())
        .map(|organization| texts.organization_short(organization, date))
        .collect();
    if !counts_only.is_empty() {
        lines.push(texts.ui_with(
            "note-counts-only",
            &[
                ("count", counts_only.len().into()),
                ("names", counts_only.join(", ").into()),
            ],
        ));
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}
