//! The country style table: fills and stripes from the selected organizations.

use egui::Color32;

use super::gpu::CountryStyle;
use super::layer::MapLayer;
use crate::state::AppState;
use crate::theme::{self, MapPalette};

/// Stripe period of the second organization's pattern, in points.
pub(super) const STRIPE_PERIOD_PT: f32 = 9.0;
/// Width of the borders between countries, in points.
pub(super) const BORDER_WIDTH_PT: f32 = 0.6;

/// Each country's colours on the selected date: the first organization fills, a second
/// one (or a suspension) stripes, a territory not yet a state is hatched; hovering one part
/// of a state of the time highlights all of it.
pub(super) fn country_styles(
    state: &AppState,
    fills: &[Vec<(Color32, bool)>],
    hovered: Option<usize>,
    palette: &MapPalette,
    layer: &MapLayer,
) -> Vec<CountryStyle> {
    let world = &state.atlas().world;
    world
        .countries
        .iter()
        .enumerate()
        .map(|(index, country)| {
            let organizations: &[(Color32, bool)] = fills.get(index).map_or(&[], Vec::as_slice);
            let dependent = layer.time.is_dependent(index);
            let base = if country.key == "ATA" {
                palette.land_faint
            } else if dependent {
                palette.land_dependent
            } else {
                palette.land
            };
            let mut fill = match organizations.first() {
                Some((org, false)) => member_fill(base, *org),
                Some((org, true)) => lerp_color(base, *org, 0.35),
                None => base,
            };
            if hovered.is_some_and(|h| layer.time.same_state(h, index)) {
                fill = if organizations.is_empty() {
                    palette.land_hovered
                } else {
                    lerp_color(fill, theme::HOVER_SHADE, 0.15)
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
                state_of_the_time: layer.time.state_of_the_time(index).unwrap_or(index) as u32,
            }
        })
        .collect()
}

/// A member's fill: its first selected organization's colour over the land (legends use
/// it too, so their swatches match the map).
pub fn member_fill(land: Color32, organization: Color32) -> Color32 {
    lerp_color(land, organization, 0.82)
}

pub(super) fn lerp_color(a: Color32, b: Color32, t: f32) -> Color32 {
    let mix = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()))
}

/// Type sizes of the map in this context: from the body text style (larger in
/// presentation and kiosk modes) and the screen height.
pub(super) fn map_type_sizes(ctx: &egui::Context) -> theme::MapTypeSizes {
    let body = egui::TextStyle::Body.resolve(&ctx.global_style()).size;
    theme::map_type_sizes(body, ctx.content_rect().height())
}
