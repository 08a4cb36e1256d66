//! Growth plots: member counts over time (step lines from membership spans) and events
//! per year by kind. Clicking an organization's line selects it on the map.
//!
//! Legends are drawn above each plot, never over its data, and the plots take no keyboard
//! focus: they are read, and everything they do (selecting a body) the side panel does too.

use std::cell::Cell;
use std::ops::RangeInclusive;

use egui::{Color32, FontId, RichText, Sense, Vec2};
use egui_plot::{
    AxisHints, Bar, BarChart, HoverPosition, Line, LineStyle, Plot, PlotPoints, Points, VLine,
};

use crate::data::Organization;
use crate::state::{AppState, Command};
use crate::theme;

/// Most organizations drawn as faint background lines in the members plot.
const MAX_FAINT_LINES: usize = 40;

mod axes;
use axes::{
    count_marks, decade_label, decade_label_step, decade_marks, from_log_scale, log_marks,
    log_scale, staircase_value_at,
};

pub fn plots_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    // Columns split the width exactly (spacing included), so the last plot never runs off
    // the window.
    ui.spacing_mut().item_spacing.x = theme::SPACE_L;
    ui.columns_const(|[members, decolonization, events]| {
        members_plot_ui(members, state, commands);
        decolonization_plot_ui(decolonization, state);
        events_plot_ui(events, state);
    });
}

/// One plot alone, filling `ui` (a plot-only picture).
pub fn plot_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    kind: crate::state::PlotKind,
    commands: &mut Vec<Command>,
) {
    use crate::state::PlotKind;
    match kind {
        PlotKind::Members => members_plot_ui(ui, state, commands),
        PlotKind::Independence => decolonization_plot_ui(ui, state),
        PlotKind::Events => events_plot_ui(ui, state),
    }
}

/// A mark in a legend: what the item looks like in the plot.
#[derive(Clone, Copy)]
enum LegendMark {
    Line(Color32),
    Dot(Color32),
    Block(Color32),
}

/// Width of a legend entry's mark, in points.
const LEGEND_MARK_WIDTH: f32 = 14.0;

/// A legend above the plot, wrapped to the column: it can never cover the data. An entry
/// moves to the next row whole, mark and name together.
fn legend_ui(ui: &mut egui::Ui, entries: &[(LegendMark, String)]) {
    if entries.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(theme::SPACE_XS, 0.0);
        let font = egui::TextStyle::Small.resolve(ui.style());
        let text_color = ui.visuals().text_color();
        for (index, (mark, name)) in entries.iter().enumerate() {
            let name_width = ui
                .painter()
                .layout_no_wrap(name.clone(), font.clone(), text_color)
                .size()
                .x;
            let entry_width = LEGEND_MARK_WIDTH + theme::SPACE_XS + name_width;
            if index > 0 && entry_width > ui.available_size_before_wrap().x {
                ui.end_row();
            }
            let height = ui.text_style_height(&egui::TextStyle::Small);
            let (rect, _) =
                ui.allocate_exact_size(Vec2::new(LEGEND_MARK_WIDTH, height), Sense::hover());
            let painter = ui.painter();
            match *mark {
                LegendMark::Line(color) => {
                    painter.line_segment(
                        [rect.left_center(), rect.right_center()],
                        egui::Stroke::new(2.5, color),
                    );
                }
                LegendMark::Dot(color) => {
                    painter.circle_filled(rect.center(), 4.0, color);
                }
                LegendMark::Block(color) => {
                    painter.rect_filled(
                        egui::Rect::from_center_size(rect.center(), Vec2::splat(10.0)),
                        2.0,
                        color,
                    );
                }
            }
            ui.add(egui::Label::new(RichText::new(name).small()).extend());
            ui.add_space(theme::SPACE_S);
        }
    });
}

/// The egui id of a plot (`"members_plot"`, `"decolonization_plot"`, `"events_plot"`), global so
/// that tests can read where the plot's frame lies (`egui_plot::PlotMemory::load`).
pub fn plot_id(name: &str) -> egui::Id {
    egui::Id::unique(("ssc_atlas_plot", name))
}

/// A plot over the atlas's years that stays put: the year is chosen with the slider, not by
/// dragging or zooming the plot. The time axis has a line on every decade and labels on
/// every decade that fits at this width (1024 px windows included).
fn time_plot<'a>(id: &str, ui: &egui::Ui, state: &AppState, y_label: &str) -> Plot<'a> {
    let first = f64::from(state.playback().first_year());
    let end = f64::from(state.playback().last_year()) + 1.0;
    let tick_font = FontId::proportional(egui::TextStyle::Small.resolve(ui.style()).size + 0.5);
    let label_width = ui
        .painter()
        .layout_no_wrap("0000".to_owned(), tick_font.clone(), Color32::WHITE)
        .size()
        .x;
    // The y axis and its label take about this much of the column.
    let plot_width = ui.available_width() - 56.0;
    let label_step = decade_label_step(plot_width, (end - first) as f32, label_width);
    Plot::new(id)
        .id(plot_id(id))
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .sense(Sense::hover())
        .include_y(0.0)
        .include_x(first)
        .include_x(end)
        .set_margin_fraction(egui::vec2(0.0, 0.05))
        .x_grid_spacer(move |input| decade_marks(&input, label_step))
        .custom_x_axes(vec![
            AxisHints::new_x()
                .formatter(move |mark, _range: &RangeInclusive<f64>| decade_label(mark, label_step))
                .label_spacing(4.0..=8.0)
                .tick_label_font(tick_font),
        ])
        .y_axis_label(y_label.to_owned())
}

/// An organization's sourced member counts as plot points.
fn count_points(
    organization: &Organization,
    scale: impl Fn(f64) -> Option<f64>,
) -> PlotPoints<'static> {
    organization
        .member_counts
        .iter()
        .filter_map(|c| Some([f64::from(c.year), scale(f64::from(c.count))?]))
        .collect::<Vec<_>>()
        .into()
}

fn ui_text_color(ctx: &egui::Context) -> Color32 {
    ctx.global_style().visuals.text_color()
}

/// A dashed line at the end of the selected year.
fn year_marker(plot_ui: &mut egui_plot::PlotUi<'_>, x: f64) {
    plot_ui.vline(
        VLine::new("", x)
            .color(ui_text_color(plot_ui.ctx()))
            .style(LineStyle::dashed_loose())
            .allow_hover(false),
    );
}

/// Independent states (from the country histories) against the member counts of the G77
/// and the Non-Aligned Movement: decolonization and South-South organization side by side.
fn decolonization_plot_ui(ui: &mut egui::Ui, state: &AppState) {
    let texts = state.texts();
    ui.add(egui::Label::new(RichText::new(texts.ui("plot-decolonization")).strong()).truncate())
        .on_hover_text(texts.ui("plot-decolonization-hint"));
    let independent_name = texts.ui("plot-independent");
    let members_of = |name: &str| texts.ui_with("plot-members-of", &[("name", name.into())]);
    let text_color = ui.visuals().text_color();
    let groupings: Vec<(usize, &Organization)> = ["g77", "nam"]
        .into_iter()
        .filter_map(|id| {
            let index = state
                .atlas()
                .organizations
                .iter()
                .position(|o| o.id == id)?;
            Some((index, &state.atlas().organizations[index]))
        })
        .collect();
    let date = state.date();
    let mut legend = vec![(LegendMark::Line(text_color), independent_name.clone())];
    legend.extend(groupings.iter().enumerate().map(|(n, (_, o))| {
        let color = theme::organization_color(state, &o.id)
            .unwrap_or_else(|| theme::grouping_color(state.theme(), n));
        let mark = if o.has_member_list() {
            LegendMark::Line(color)
        } else {
            LegendMark::Dot(color)
        };
        (mark, members_of(texts.organization_short(o, date)))
    }));
    if groupings.iter().any(|(_, o)| o.has_member_list()) {
        legend.push((
            LegendMark::Dot(text_color),
            texts.ui("plot-published-count"),
        ));
    }
    legend_ui(ui, &legend);
    let year = state.year();
    time_plot(
        "decolonization_plot",
        ui,
        state,
        &texts.ui("plot-axis-states"),
    )
    .label_formatter(|hover| match hover {
        HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } if !plot_name.is_empty() => {
            // The independence line counts on 31 December: its step belongs to the year
            // before the corner.
            let year = position.x.floor()
                - if *plot_name == independent_name {
                    1.0
                } else {
                    0.0
                };
            Some(format!(
                "{plot_name}\n{}",
                texts.ui_with(
                    "plot-hover-count-in",
                    &[
                        ("count", format!("{:.0}", position.y).into()),
                        ("year", format!("{year:.0}").into()),
                    ],
                )
            ))
        }
        _ => None,
    })
    .show(ui, |plot_ui| {
        plot_ui.line(
            Line::new(
                independent_name.clone(),
                PlotPoints::from(state.independent_per_year().to_vec()),
            )
            .color(text_color)
            .width(2.0),
        );
        for (n, (index, organization)) in groupings.iter().enumerate() {
            let color = theme::organization_color(state, &organization.id)
                .unwrap_or_else(|| theme::grouping_color(state.theme(), n));
            let name = members_of(texts.organization_short(organization, date));
            let staircase = state.member_staircase(*index);
            if !staircase.is_empty() {
                plot_ui.line(
                    Line::new(name.clone(), PlotPoints::from(staircase.to_vec()))
                        .allow_band(false)
                        .color(color)
                        .width(1.5),
                );
            }
            plot_ui.points(
                Points::new(
                    texts.ui_with("plot-published-count-of", &[("name", name.as_str().into())]),
                    count_points(organization, Some),
                )
                .color(color)
                .radius(3.5),
            );
        }
        year_marker(plot_ui, f64::from(year) + 0.999);
    });
}

fn members_plot_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let texts = state.texts();
    ui.add(egui::Label::new(RichText::new(texts.ui("plot-members")).strong()).truncate())
        .on_hover_text(texts.ui("plot-members-hint"));
    let date = state.date();
    let year = state.year();
    let faint = faint_line_kinds(state);
    // Bodies with a member list are step lines; bodies with counts only are points.
    let mut legend: Vec<(LegendMark, String)> = state
        .selected_organizations()
        .enumerate()
        .map(|(slot, o)| {
            let color = theme::organization_color(state, &o.id)
                .unwrap_or_else(|| theme::selection_color(slot));
            let mark = if o.has_member_list() {
                LegendMark::Line(color)
            } else {
                LegendMark::Dot(color)
            };
            (mark, texts.organization_short(o, date).to_owned())
        })
        .collect();
    if state
        .selected_organizations()
        .any(|o| o.has_member_list() && !o.member_counts.is_empty())
    {
        legend.push((
            LegendMark::Dot(ui.visuals().text_color()),
            texts.ui("plot-sourced-count"),
        ));
    }
    if let Some(kinds) = &faint {
        let others = match kinds.as_slice() {
            [kind] => texts.other_bodies(Some(kind)),
            _ => texts.other_bodies(None),
        };
        legend.push((LegendMark::Line(ui.visuals().weak_text_color()), others));
    }
    legend_ui(ui, &legend);
    // Where the pointer is, in years: the hover text gives the count in that year, not at
    // the nearest corner of the step line.
    let pointer_year: Cell<Option<f64>> = Cell::new(None);
    let value_on_pointer_year = |name: &str| -> Option<f64> {
        let x = pointer_year.get()?;
        let index = state
            .atlas()
            .organizations
            .iter()
            .position(|o| texts.organization_short(o, date) == name)?;
        staircase_value_at(state.member_staircase(index), x)
    };
    // Names of the sourced-count series, and the body each belongs to.
    let sourced_names: Vec<(String, String)> = state
        .selected_organizations()
        .filter(|o| !o.member_counts.is_empty())
        .map(|o| {
            let name = texts.organization_short(o, date);
            (
                texts.ui_with("plot-sourced-count-of", &[("name", name.into())]),
                name.to_owned(),
            )
        })
        .collect();
    let axis_label = texts.ui("plot-axis-members");
    let response = time_plot("members_plot", ui, state, &axis_label)
        .sense(Sense::CLICK)
        .y_grid_spacer(|input| log_marks(&input))
        .custom_y_axes(vec![
            AxisHints::new_y()
                .label(axis_label.clone())
                .formatter(|mark, _range: &RangeInclusive<f64>| {
                    format!("{:.0}", from_log_scale(mark.value))
                })
                .label_spacing(12.0..=20.0),
        ])
        .label_formatter(|hover| match hover {
            HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } if !plot_name.is_empty() => {
                if let Some((_, name)) =
                    sourced_names.iter().find(|(series, _)| series == plot_name)
                {
                    return Some(format!(
                        "{name}\n{}",
                        texts.ui_with(
                            "plot-hover-sourced",
                            &[
                                ("count", format!("{:.0}", from_log_scale(position.y)).into()),
                                ("year", format!("{:.0}", position.x).into()),
                            ],
                        )
                    ));
                }
                let x = pointer_year.get().unwrap_or(position.x);
                let count =
                    value_on_pointer_year(plot_name).unwrap_or_else(|| from_log_scale(position.y));
                Some(format!(
                    "{plot_name}\n{}",
                    texts.ui_with(
                        "plot-hover-members",
                        &[
                            ("count", format!("{count:.0}").into()),
                            ("year", format!("{:.0}", x.floor()).into()),
                        ],
                    )
                ))
            }
            _ => None,
        })
        .show(ui, |plot_ui| {
            pointer_year.set(plot_ui.pointer_coordinate().map(|p| p.x));
            // Faint lines for the unselected bodies help compare a few dozen; beyond that
            // they are a blur that costs a frame, so only selected bodies are drawn. Selected
            // ones are drawn last, on top.
            let order = state
                .atlas()
                .organizations
                .iter()
                .enumerate()
                .filter(|(_, o)| !state.is_selected(&o.id))
                .chain(
                    state
                        .atlas()
                        .organizations
                        .iter()
                        .enumerate()
                        .filter(|(_, o)| state.is_selected(&o.id)),
                );
            for (index, organization) in order {
                let selected = state.is_selected(&organization.id);
                let faint_line = faint
                    .as_ref()
                    .is_some_and(|kinds| kinds.contains(&organization.kind.as_str()));
                if !selected && !faint_line {
                    continue;
                }
                // Faint lines are grey: colour belongs to the selection, one body a colour.
                let color = theme::organization_color(state, &organization.id)
                    .unwrap_or_else(|| ui_text_color(plot_ui.ctx()));
                let name = texts.organization_short(organization, date).to_owned();
                let points: Vec<[f64; 2]> = state
                    .member_staircase(index)
                    .iter()
                    .filter_map(|&[x, count]| Some([x, log_scale(count)?]))
                    .collect();
                if !points.is_empty() {
                    let line = Line::new(name.clone(), PlotPoints::from(points))
                        .id(organization.id.as_str())
                        .allow_band(false)
                        .color(if selected {
                            color
                        } else {
                            color.gamma_multiply(0.35)
                        })
                        .width(if selected { 2.5 } else { 1.0 });
                    plot_ui.line(line);
                }
                if selected && !organization.member_counts.is_empty() {
                    plot_ui.points(
                        Points::new(
                            texts.ui_with(
                                "plot-sourced-count-of",
                                &[("name", name.as_str().into())],
                            ),
                            count_points(organization, log_scale),
                        )
                        .id((organization.id.as_str(), "counts"))
                        .color(color)
                        .radius(4.0),
                    );
                }
            }
            if state.selected_organizations().next().is_none() && faint.is_none() {
                // Too many bodies to draw them all: say how to compare some.
                let bounds = plot_ui.plot_bounds();
                plot_ui.text(
                    egui_plot::Text::new(
                        "hint",
                        egui_plot::PlotPoint::new(
                            f64::midpoint(bounds.min()[0], bounds.max()[0]),
                            f64::midpoint(bounds.min()[1], bounds.max()[1]),
                        ),
                        RichText::new(texts.ui("plot-members-empty"))
                            .color(ui_text_color(plot_ui.ctx())),
                    )
                    .color(ui_text_color(plot_ui.ctx())),
                );
            }
            year_marker(plot_ui, f64::from(year) + 0.999);
        });
    if response.response.clicked()
        && let Some(hovered) = response.hovered_plot_item
        && let Some(organization) = state
            .atlas()
            .organizations
            .iter()
            .find(|o| egui_plot::ItemId::new(o.id.as_str()) == hovered)
            .filter(|o| !state.is_selected(&o.id))
    {
        commands.push(Command::ToggleOrganization(organization.id.clone()));
    }
}

/// The kinds of body drawn as faint lines for comparison: those of the selected bodies (all
/// kinds while none is selected), or `None` when that would be more lines than a reader can
/// tell apart.
fn faint_line_kinds(state: &AppState) -> Option<Vec<&str>> {
    let mut kinds: Vec<&str> = state
        .selected_organizations()
        .map(|o| o.kind.as_str())
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    let all_kinds = kinds.is_empty();
    let lines = state
        .atlas()
        .organizations
        .iter()
        .filter(|o| all_kinds || kinds.contains(&o.kind.as_str()))
        .filter(|o| !state.is_selected(&o.id))
        .count();
    if lines > MAX_FAINT_LINES {
        return None;
    }
    if all_kinds {
        kinds = state
            .atlas()
            .organizations
            .iter()
            .map(|o| o.kind.as_str())
            .collect();
        kinds.sort_unstable();
        kinds.dedup();
    }
    Some(kinds)
}

fn events_plot_ui(ui: &mut egui::Ui, state: &AppState) {
    let texts = state.texts();
    let title = match &state.field_filter() {
        Some(field) => texts.ui_with("plot-events-field", &[("field", texts.field(field).into())]),
        None => texts.ui("plot-events"),
    };
    ui.add(egui::Label::new(RichText::new(title).strong()).truncate());
    let Some(counts) = state.events_per_kind() else {
        return;
    };
    let legend: Vec<(LegendMark, String)> = counts
        .keys()
        .map(|kind| {
            (
                LegendMark::Block(theme::event_kind_color(kind)),
                texts.event_kind(kind),
            )
        })
        .collect();
    legend_ui(ui, &legend);
    let year = state.year();
    // One hover text per year, naming every kind, instead of a label per bar drawn over the
    // bars themselves.
    let year_summary = |hovered_year: i32| -> Option<String> {
        let parts: Vec<String> = counts
            .iter()
            .filter_map(|(kind, per_year)| {
                let n = *per_year.get(&hovered_year)?;
                Some(texts.ui_with(
                    "plot-hover-events",
                    &[("count", n.into()), ("kind", texts.event_kind(kind).into())],
                ))
            })
            .collect();
        (!parts.is_empty()).then(|| format!("{hovered_year}\n{}", parts.join("\n")))
    };
    time_plot("events_plot", ui, state, &texts.ui("plot-axis-events"))
        .y_grid_spacer(|input| count_marks(&input))
        .label_formatter(|hover| {
            let position = match hover {
                HoverPosition::NearDataPoint { position, .. }
                | HoverPosition::Elsewhere { position } => position,
            };
            year_summary(position.x.floor() as i32)
        })
        .show(ui, |plot_ui| {
            // Stacking pairs bars by position, so every kind gets a bar for every year.
            let years: std::collections::BTreeSet<i32> = counts
                .values()
                .flat_map(|per_year| per_year.keys().copied())
                .collect();
            let mut charts: Vec<BarChart> = Vec::new();
            for (kind, per_year) in counts {
                let bars = years
                    .iter()
                    .map(|y| {
                        let n = per_year.get(y).copied().unwrap_or(0);
                        Bar::new(f64::from(*y) + 0.5, f64::from(n))
                            .width(0.8)
                            .fill(theme::event_kind_color(kind))
                    })
                    .collect();
                let chart = BarChart::new(kind.clone(), bars)
                    .color(theme::event_kind_color(kind))
                    .allow_hover(false);
                let chart = {
                    let below: Vec<&BarChart> = charts.iter().collect();
                    chart.stack_on(&below)
                };
                charts.push(chart);
            }
            for chart in charts {
                plot_ui.bar_chart(chart);
            }
            year_marker(plot_ui, f64::from(year) + 0.5);
        });
}
