//! The core's layer of the selected date ([`TimeLayer`]) with the colours of the current
//! selection: the UI's only part in it is turning organization indices into colours.

use egui::Color32;

use crate::state::AppState;
use crate::theme;
use crate::time_layer::TimeLayer;

/// The organizations colouring one country: colour, and whether the membership is suspended.
pub(super) type CountryFill = Vec<(Color32, bool)>;

/// The layer of one date, and the fills of one selection kept while it holds.
pub(super) struct MapLayer {
    pub(super) time: TimeLayer,
    /// Selected organization ids (in order) and each country's fill for them.
    fills: Option<(Vec<String>, Vec<CountryFill>)>,
}

impl MapLayer {
    pub(super) fn new(state: &AppState) -> Self {
        let mut layer = Self {
            time: TimeLayer::new(state.atlas(), state.date()),
            fills: None,
        };
        layer.refresh_fills(state);
        layer
    }

    /// Recomputes the fills if the selection changed since they were made.
    pub(super) fn refresh_fills(&mut self, state: &AppState) {
        let selection_changed = self
            .fills
            .as_ref()
            .is_none_or(|(selection, _)| *selection != state.selected_organization_ids());
        if selection_changed {
            let fills = country_fills(state, &self.time);
            self.fills = Some((state.selected_organization_ids().to_vec(), fills));
        }
    }

    /// Each country's organization colours, indexed like `atlas.world.countries`.
    pub(super) fn fills(&self) -> &[CountryFill] {
        self.fills
            .as_ref()
            .map_or(&[][..], |(_, fills)| fills.as_slice())
    }
}

/// The core's fills (organization indices) as colours; two organizations of one colour
/// show once, the first one's suspension counting.
fn country_fills(state: &AppState, layer: &TimeLayer) -> Vec<CountryFill> {
    let selection: Vec<_> = state.selected_organizations().collect();
    let colors: Vec<Color32> = selection
        .iter()
        .enumerate()
        .map(|(slot, organization)| {
            theme::organization_color(state, &organization.id)
                .unwrap_or_else(|| theme::selection_color(slot))
        })
        .collect();
    layer
        .organization_fills(state.atlas(), &selection)
        .into_iter()
        .map(|organizations| {
            let mut fill: CountryFill = Vec::new();
            for organization in organizations {
                let Some(&color) = colors.get(organization.organization) else {
                    continue;
                };
                if !fill.iter().any(|(c, _)| *c == color) {
                    fill.push((color, organization.suspended));
                }
            }
            fill
        })
        .collect()
}
