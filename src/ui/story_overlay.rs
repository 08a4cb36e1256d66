//! Story captions and the step counter, drawn over the map in presentation and kiosk modes.
//! The caption goes to the corner of the map where the step's focus is not; the map asks
//! for the same rectangles ([`overlay_rects`]) so its labels stay clear of them.

use std::sync::Arc;

use egui::{Color32, FontId, Galley, Pos2, Rect, Vec2};

use crate::data::{PoliticalStatus, StoryStep};
use crate::state::AppState;
use crate::theme;
use crate::time::Date;
use crate::ui::label_layout::{self, Circle, Corner, Focus};
use crate::ui::map::MapTransform;

/// Caption type is sized from the screen so it reads from the back of a room: the body at
/// 3.2% of the screen's height (the brief asks at least 3%), the title larger.
pub fn caption_sizes(screen_height: f32) -> (f32, f32) {
    let body = (screen_height * 0.032).max(18.0);
    (body * 1.35, body)
}

/// Whether the story plays by itself (the kiosk's attract loop).
pub fn unattended(state: &AppState) -> bool {
    state.story().is_some_and(|player| player.autoplay)
}

/// The extra line a caption carries in this state: the attract loop's invitation.
/// It speaks the language the invitation cycles to.
pub fn caption_extra(state: &AppState) -> Option<String> {
    unattended(state).then(|| {
        state
            .atlas()
            .texts(&crate::ui::kiosk::invitation_language(state))
            .ui("kiosk-attract-hint")
    })
}

/// Space between the caption's lines, in points.
const CAPTION_LINE_GAP: f32 = theme::SPACE_XS;

/// The caption of the current step, laid out and placed.
pub struct CaptionLayout {
    pub rect: Rect,
    lines: Vec<(Arc<Galley>, f32)>,
}

/// Lays out the caption of the current step and places it in the corner of `map_rect`
/// that hides the least of what the step is about.
pub fn caption_layout(
    ctx: &egui::Context,
    state: &AppState,
    map_rect: Rect,
    extra: Option<&str>,
) -> Option<CaptionLayout> {
    let (story, step_index) = state.story_step()?;
    let step = story.steps.get(step_index)?;
    let texts = state.texts();
    let story_title = texts.story_title(story);
    let step_title = texts.step_title(story, step_index);
    let step_caption = texts.step_caption(story, step_index);
    let (title_size, body_size) = caption_sizes(ctx.content_rect().height());
    let margin = theme::SPACE_L;
    let lay_out = |wrap_width: f32| -> Vec<(Arc<Galley>, f32)> {
        let mut lines = Vec::new();
        let mut add = |text: &str, size: f32, color: Color32, space_before: f32| {
            let galley = ctx.fonts_mut(|fonts| {
                fonts.layout(
                    text.to_owned(),
                    FontId::proportional(size),
                    color,
                    wrap_width,
                )
            });
            lines.push((galley, space_before));
        };
        add(
            story_title,
            body_size * 0.7,
            theme::CAPTION_STORY_TITLE,
            0.0,
        );
        add(step_title, title_size, theme::CAPTION_TEXT, 0.0);
        add(step_caption, body_size, theme::CAPTION_TEXT, 0.0);
        if let Some(extra) = extra {
            add(
                extra,
                body_size * 0.8,
                theme::ATTRACT_HINT_COLOR,
                theme::SPACE_S,
            );
        }
        lines
    };
    let size_of = |lines: &[(Arc<Galley>, f32)]| -> Vec2 {
        let width = lines.iter().map(|(g, _)| g.size().x).fold(0.0, f32::max);
        let height: f32 = lines
            .iter()
            .map(|(g, space)| g.size().y + space)
            .sum::<f32>()
            + CAPTION_LINE_GAP * lines.len().saturating_sub(1) as f32;
        Vec2::new(width, height) + Vec2::splat(2.0 * margin)
    };
    // A wide and a narrow shape, each in four corners: the narrow one fits beside a focus
    // that the wide one would cover.
    let usable = (map_rect.width() - 2.0 * theme::SPACE_XL - 2.0 * margin).max(120.0);
    let shapes: Vec<Vec<(Arc<Galley>, f32)>> = [0.5, 0.36]
        .into_iter()
        .map(|share| lay_out((map_rect.width() * share).clamp(320.0_f32.min(usable), usable)))
        .collect();
    let corners = [
        Corner::BottomLeft,
        Corner::BottomRight,
        Corner::TopLeft,
        Corner::TopRight,
    ];
    let mut candidates = Vec::new();
    for lines in &shapes {
        candidates.extend(label_layout::corner_rects(
            map_rect,
            size_of(lines),
            theme::SPACE_XL,
            &corners,
        ));
    }
    // The choice depends only on the step, the map's size and the caption's shapes: it is
    // made once and remembered, not weighed against every country on every frame.
    let key = egui::Id::unique((
        "story_caption_corner",
        state.story().map(|player| player.story),
        step_index,
        [map_rect.min, map_rect.max].map(|p| [p.x.to_bits(), p.y.to_bits()]),
        candidates
            .iter()
            .map(|r| [r.width().to_bits(), r.height().to_bits()])
            .collect::<Vec<_>>(),
        unattended(state),
    ));
    let remembered = ctx.data(|data| data.get_temp::<usize>(key));
    let chosen = remembered.unwrap_or_else(|| {
        let focus = step_focus(state, step, map_rect);
        let fixed = fixed_overlay_rects(ctx, state, map_rect);
        let chosen =
            label_layout::least_covering(&candidates, map_rect, &focus, &fixed).unwrap_or(0);
        ctx.data_mut(|data| data.insert_temp(key, chosen));
        chosen
    });
    let lines = shapes.into_iter().nth(chosen / corners.len())?;
    Some(CaptionLayout {
        rect: *candidates.get(chosen)?,
        lines,
    })
}

/// What a step is about, on screen once its flight has landed: its event (with room for
/// the event's label), the members of its organizations, and the states it shows being
/// born (the territories still dependent when its years begin, or the year's new states).
/// All other land counts a little, so that the caption prefers the sea.
pub fn step_focus(state: &AppState, step: &StoryStep, map_rect: Rect) -> Vec<Focus> {
    let atlas = state.atlas();
    let transform = MapTransform::new(
        map_rect,
        crate::camera::MapView::fitting(step.view.as_ref()),
    );
    let screen_height = map_rect.height();
    let point = |world: crate::geo::WorldPoint, radius: f32, weight: f32| Focus {
        area: Circle {
            center: transform.screen_from_world(world),
            radius,
        },
        weight,
    };
    let countries = &atlas.world.countries;
    let mut focus: Vec<Focus> = countries
        .iter()
        .filter(|c| c.key != "ATA")
        .map(|c| point(c.label_anchor, 4.0, 0.05))
        .collect();
    let country_point = |key: &str, weight: f32| {
        atlas
            .world
            .index_of(key)
            .map(|index| point(countries[index].label_anchor, screen_height * 0.02, weight))
    };
    let date = Date::end_of_year(step.year);
    for organization in step
        .organizations
        .iter()
        .filter_map(|id| atlas.organization(id))
    {
        for member in organization.members_on(date) {
            for key in atlas.keys_for_member(&member.country) {
                focus.extend(country_point(key, 1.0));
            }
        }
    }
    match step.from_year {
        Some(from_year) => {
            let start = Date::end_of_year(from_year);
            for country in countries {
                if atlas.status_on(&country.key, start).status == PoliticalStatus::Dependent {
                    focus.extend(country_point(&country.key, 1.0));
                }
            }
        }
        None => {
            for (key, _) in atlas.new_states_in(step.year) {
                focus.extend(country_point(&key, 1.0));
            }
        }
    }
    if let Some(event) = step.event.as_ref().and_then(|id| atlas.event(id)) {
        // Heavier than any number of countries: the caption must never hide the event.
        focus.push(point(
            crate::geo::world_from_lon_lat(event.lon, event.lat),
            screen_height * 0.06,
            1000.0,
        ));
    }
    focus
}

/// Overlays that stay where they are whatever the step: the step counter in presentation,
/// the invitation and the year in the kiosk's attract loop.
fn fixed_overlay_rects(ctx: &egui::Context, state: &AppState, map_rect: Rect) -> Vec<Rect> {
    if state.story().is_none() {
        return Vec::new();
    }
    if unattended(state) {
        crate::ui::kiosk::attract_overlay_rects(ctx, state)
    } else {
        counter_layout(ctx, state, map_rect)
            .map(|(rect, _)| vec![rect])
            .unwrap_or_default()
    }
}

/// Every overlay drawn over the map in this state, for map labels to avoid.
pub fn overlay_rects(ctx: &egui::Context, state: &AppState, map_rect: Rect) -> Vec<Rect> {
    let mut rects = fixed_overlay_rects(ctx, state, map_rect);
    rects.extend(
        caption_layout(ctx, state, map_rect, caption_extra(state).as_deref()).map(|c| c.rect),
    );
    rects
}

/// The caption of the current step, in the corner of the map away from the step's focus.
pub fn caption_ui(ctx: &egui::Context, state: &AppState, map_rect: Rect, extra: Option<&str>) {
    let Some(caption) = caption_layout(ctx, state, map_rect, extra) else {
        return;
    };
    let margin = theme::SPACE_L;
    egui::Area::new(egui::Id::unique("story_caption"))
        .order(egui::Order::Foreground)
        .fixed_pos(caption.rect.min)
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(theme::CAPTION_FILL)
                .corner_radius(theme::CORNER_RADIUS)
                .inner_margin(margin)
                .show(ui, |ui| {
                    ui.set_width(caption.rect.width() - 2.0 * margin);
                    ui.spacing_mut().item_spacing.y = CAPTION_LINE_GAP;
                    for (galley, space_before) in caption.lines {
                        if space_before > 0.0 {
                            ui.add_space(space_before);
                        }
                        ui.add(egui::Label::new(galley).selectable(false));
                    }
                });
        });
}

/// Space around the counter's figures, in points.
const COUNTER_PADDING: Vec2 = Vec2::new(theme::SPACE_M, theme::SPACE_XS);

/// The step counter's text size: read from the back of the room like the caption.
fn counter_size(screen_height: f32) -> f32 {
    caption_sizes(screen_height).1 * 0.85
}

/// "3 / 8" laid out, and where it goes: the bottom right of the map.
fn counter_layout(
    ctx: &egui::Context,
    state: &AppState,
    map_rect: Rect,
) -> Option<(Rect, Arc<Galley>)> {
    let (story, step) = state.story_step()?;
    let size = counter_size(ctx.content_rect().height());
    let galley = ctx.fonts_mut(|fonts| {
        fonts.layout_no_wrap(
            format!("{} / {}", step + 1, story.steps.len()),
            FontId::monospace(size),
            theme::CAPTION_TEXT,
        )
    });
    let box_size = galley.size() + 2.0 * COUNTER_PADDING;
    let min = map_rect.right_bottom() - Vec2::splat(theme::SPACE_XL) - box_size;
    Some((
        Rect::from_min_size(Pos2::new(min.x, min.y), box_size),
        galley,
    ))
}

/// "3 / 8" at the bottom right of the map, large enough to read from the back of a room.
pub fn step_counter_ui(ctx: &egui::Context, state: &AppState, map_rect: Rect) {
    let Some((rect, galley)) = counter_layout(ctx, state, map_rect) else {
        return;
    };
    egui::Area::new(egui::Id::unique("story_counter"))
        .order(egui::Order::Foreground)
        .fixed_pos(rect.min)
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(theme::COUNTER_FILL)
                .corner_radius(theme::CORNER_RADIUS)
                .inner_margin(COUNTER_PADDING)
                .show(ui, |ui| {
                    ui.add(egui::Label::new(galley).selectable(false));
                });
        });
}

#[cfg(test)]
mod tests {
    #[test]
    fn captions_are_at_least_three_percent_of_the_screen() {
        for height in [720.0, 1080.0, 2160.0] {
            let (title, body) = super::caption_sizes(height);
            assert!(
                body >= 0.03 * height && title > body,
                "{height}: {title} {body}"
            );
        }
    }

    #[test]
    fn the_step_counter_reads_like_a_map_label_from_the_back() {
        for height in [720.0, 1080.0, 2160.0] {
            assert!(super::counter_size(height) >= 0.022 * height);
        }
    }
}
