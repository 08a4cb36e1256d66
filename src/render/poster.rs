//! A poster: a title, the map of one year with the chosen organizations, a legend and the
//! sources, laid out as on a 1920-point-wide page and drawn at any size up to 8K.

use std::sync::Arc;

use egui::{RichText, Vec2};
use image::RgbaImage;

use super::frames::Frames;
use super::offscreen::OffscreenRenderer;
use super::scene::Scene;
use super::strip::legend_swatch;
use crate::data::{Atlas, Texts};
use crate::picture::Caption;
use crate::state::AppState;
use crate::theme;

/// The poster's width in points: the layout is the same at every size.
pub const POSTER_LAYOUT_WIDTH_POINTS: f32 = 1920.0;
const TITLE_SIZE: f32 = 46.0;
const SUBTITLE_SIZE: f32 = 22.0;
const LEGEND_SIZE: f32 = 20.0;
const SOURCES_SIZE: f32 = 14.0;

/// The default title: "The OAU and OPEC in 1975", or "The world in 1960".
pub fn default_title(texts: &Texts<'_>, year: i32, organization_ids: &[String]) -> String {
    let caption = Caption::new(texts, year, organization_ids);
    let year = ("year", year.to_string().into());
    match caption.organizations.as_slice() {
        [] => texts.ui_with("poster-title-world", &[year]),
        [one] => texts.ui_with("poster-title-one", &[("name", one.as_str().into()), year]),
        [first @ .., last] => texts.ui_with(
            "poster-title-many",
            &[
                ("names", first.join(", ").into()),
                ("last", last.as_str().into()),
                year,
            ],
        ),
    }
}

/// Draws the poster of `organization_ids` in `year` at `size_px`.
pub fn poster(
    atlas: Arc<Atlas>,
    year: i32,
    organization_ids: &[String],
    title: &str,
    size_px: (u32, u32),
    language: &str,
) -> Result<RgbaImage, String> {
    let renderer = OffscreenRenderer::new()?;
    let mut scene = Scene::new(year, year);
    language.clone_into(&mut scene.language);
    scene.organizations = organization_ids.to_vec();
    scene.present = true;
    scene.side_panel = false;
    scene.plots = false;
    let pixels_per_point = (size_px.0 as f32 / POSTER_LAYOUT_WIDTH_POINTS).max(0.25);
    let title = title.to_owned();
    let mut frames = Frames::new(renderer, atlas, &scene, size_px, pixels_per_point)
        .with_decorations(move |ui, state| poster_panels(ui, state, &title));
    frames.still()
}

/// The title above the map and the legend and sources below it.
fn poster_panels(ui: &mut egui::Ui, state: &AppState, title: &str) {
    let margin = egui::Margin::symmetric(40, 24);
    let date = state.date();
    egui::Panel::top("poster_title")
        .resizable(false)
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(margin))
        .show(ui, |ui| {
            ui.label(RichText::new(title).size(TITLE_SIZE).strong());
            let texts = state.texts();
            let names: Vec<String> = state
                .selected_organizations()
                .filter(|o| o.exists_on(date))
                .map(|o| texts.organization_name(o, date).to_owned())
                .collect();
            let day = ("date", texts.long_date(date).into());
            let subtitle = if names.is_empty() {
                texts.ui_with("poster-subtitle-world", &[day])
            } else {
                texts.ui_with(
                    "poster-subtitle-members",
                    &[day, ("names", names.join("; ").into())],
                )
            };
            ui.label(RichText::new(subtitle).size(SUBTITLE_SIZE));
        });
    egui::Panel::bottom("poster_legend")
        .resizable(false)
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(margin))
        .show(ui, |ui| {
            let palette = theme::map_palette(state.theme());
            let texts = state.texts();
            // Each swatch and its words are one item, so a line never breaks between them.
            let entry = |ui: &mut egui::Ui, swatch: &dyn Fn(&mut egui::Ui), label: String| {
                let text = RichText::new(label).size(LEGEND_SIZE);
                let label_width = egui::WidgetText::from(text.clone())
                    .into_galley(
                        ui,
                        Some(egui::TextWrapMode::Extend),
                        f32::INFINITY,
                        egui::TextStyle::Body,
                    )
                    .size()
                    .x;
                let width = LEGEND_SIZE * 1.1 + ui.spacing().item_spacing.x + label_width;
                // Room left on this row: a wrapping layout reports the whole row's width.
                if ui.max_rect().right() - ui.cursor().min.x < width {
                    ui.end_row();
                }
                swatch(ui);
                ui.add(egui::Label::new(text).extend());
                ui.add_space(theme::SPACE_L);
            };
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing = Vec2::new(10.0, 8.0);
                let selected: Vec<_> = state.selected_organizations().collect();
                for organization in &selected {
                    let mut label = format!(
                        "{} ({})",
                        texts.organization_name(organization, date),
                        texts.organization_short(organization, date)
                    );
                    if let Some(note) =
                        crate::picture::caption::absence_note(&texts, organization, date)
                    {
                        label = format!("{label}, {note}");
                    }
                    let color =
                        theme::organization_color(state, &organization.id).unwrap_or(palette.land);
                    // A body that did not exist that year has no colour on the map.
                    let exists = organization.exists_on(date);
                    entry(
                        ui,
                        &|ui| {
                            if exists {
                                legend_swatch(ui, LEGEND_SIZE * 1.1, color, false, palette.land);
                            }
                        },
                        label,
                    );
                }
                let existing: Vec<_> = selected.iter().filter(|o| o.exists_on(date)).collect();
                if let [first, second, ..] = existing.as_slice() {
                    // Where bodies overlap, the second is striped over the first.
                    let stripe =
                        theme::organization_color(state, &second.id).unwrap_or(palette.land);
                    let under = crate::ui::map::member_fill(
                        palette.land,
                        theme::organization_color(state, &first.id).unwrap_or(palette.land),
                    );
                    let both = texts.ui_with(
                        "poster-both",
                        &[
                            ("first", texts.organization_short(first, date).into()),
                            ("second", texts.organization_short(second, date).into()),
                        ],
                    );
                    entry(
                        ui,
                        &|ui| legend_swatch(ui, LEGEND_SIZE * 1.1, stripe, true, under),
                        both,
                    );
                }
                entry(
                    ui,
                    &|ui| legend_swatch(ui, LEGEND_SIZE * 1.1, palette.land, false, palette.land),
                    texts.ui("poster-other-states"),
                );
                entry(
                    ui,
                    &|ui| {
                        legend_swatch(
                            ui,
                            LEGEND_SIZE * 1.1,
                            palette.hatch,
                            true,
                            palette.land_dependent,
                        );
                    },
                    texts.ui("poster-territories"),
                );
            });
            ui.add_space(theme::SPACE_S);
            let caption = Caption::new(&texts, date.year, state.selected_organization_ids());
            ui.label(
                RichText::new(caption.sources_line())
                    .size(SOURCES_SIZE)
                    .color(ui.visuals().weak_text_color()),
            );
        });
}
