//! Growth plots: member counts over time (step lines from membership spans) and events
//! per year by kind. Clicking an organization's line selects it on the map.

use egui_plot::{Bar, BarChart, Legend, Line, LineStyle, Plot, PlotPoints, Points, VLine};

use crate::state::{AppState, Command};
use crate::theme;

/// Most organizations drawn as faint background lines in the members plot.
const MAX_FAINT_LINES: usize = 40;

pub fn plots_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let width = (ui.available_width() - 2.0 * theme::SPACE_L) / 3.0;
    let height = ui.available_height();
    ui.horizontal(|ui| {
        ui.allocate_ui(egui::vec2(width, height), |ui| {
            ui.vertical(|ui| members_plot_ui(ui, state, commands));
        });
        ui.separator();
        ui.allocate_ui(egui::vec2(width, height), |ui| {
            ui.vertical(|ui| decolonization_plot_ui(ui, state));
        });
        ui.separator();
        ui.allocate_ui(egui::vec2(width, height), |ui| {
            ui.vertical(|ui| events_plot_ui(ui, state));
        });
    });
}

/// Independent states (from the country histories) against the member counts of the G77
/// and the Non-Aligned Movement: decolonization and South-South organization side by side.
fn decolonization_plot_ui(ui: &mut egui::Ui, state: &AppState) {
    ui.label(egui::RichText::new("New states and the South's groupings").strong())
        .on_hover_text(
            "Line: how many of the atlas's decolonized or renamed countries were independent. \
             Points: sourced member counts of the G77 and the Non-Aligned Movement.",
        );
    let year = state.year();
    time_plot("decolonization_plot", state, "states").show(ui, |plot_ui| {
        let line = Line::new(
            "independent (atlas histories)",
            PlotPoints::from(state.independent_per_year().to_vec()),
        )
        .color(ui_text_color(plot_ui.ctx()))
        .width(2.0);
        plot_ui.line(line);
        for id in ["g77", "nam"] {
            if let Some(organization) = state.atlas.organization(id) {
                plot_ui.points(
                    Points::new(
                        format!("{} members", organization.short_name),
                        count_points(organization),
                    )
                    .color(theme::organization_color(organization.color))
                    .radius(4.0),
                );
            }
        }
        plot_ui.vline(
            VLine::new("", f64::from(year) + 0.999)
                .color(ui_text_color(plot_ui.ctx()))
                .style(LineStyle::dashed_loose()),
        );
    });
}

/// A plot over the atlas's years that stays put: the year is chosen with the slider, not by
/// dragging or zooming the plot.
fn time_plot<'a>(id: &str, state: &AppState, y_label: &str) -> Plot<'a> {
    Plot::new(id)
        .legend(Legend::default().position(egui_plot::Corner::LeftTop))
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .include_x(f64::from(state.playback.first_year()))
        .include_x(f64::from(state.playback.last_year()) + 1.0)
        .y_axis_label(y_label.to_owned())
}

/// An organization's sourced member counts as plot points.
fn count_points(organization: &crate::data::Organization) -> PlotPoints<'static> {
    organization
        .member_counts
        .iter()
        .map(|c| [f64::from(c.year), f64::from(c.count)])
        .collect::<Vec<_>>()
        .into()
}

fn members_plot_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.label(egui::RichText::new("Members over time").strong());
    let year = state.year();
    let response = time_plot("members_plot", state, "members")
        .label_formatter(|hover| match hover {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } if !plot_name.is_empty() => Some(format!(
                "{plot_name}\n{:.0}: {:.0} members",
                position.x.floor(),
                position.y
            )),
            _ => None,
        })
        .show(ui, |plot_ui| {
            // Faint lines for the unselected bodies help compare a few dozen; beyond that
            // they are a blur that costs a frame, so only selected bodies are drawn.
            let faint_lines = state.atlas.organizations.len() <= MAX_FAINT_LINES;
            for (index, organization) in state.atlas.organizations.iter().enumerate() {
                let selected = state.is_selected(&organization.id);
                if !selected && !faint_lines {
                    continue;
                }
                let color = theme::organization_color(organization.color);
                let points = state.member_staircase(index);
                let label = organization.short_name_on(state.date()).to_owned();
                if !points.is_empty() {
                    // Only selected bodies are named, so the legend lists what the map shows;
                    // the faint unnamed lines can still be clicked to select them.
                    let name = if selected {
                        label.clone()
                    } else {
                        String::new()
                    };
                    let line = Line::new(name, PlotPoints::from(points.to_vec()))
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
                        Points::new(format!("{label} (counts)"), count_points(organization))
                            .id((organization.id.as_str(), "counts"))
                            .color(color)
                            .radius(4.0)
                            .stems(0.0),
                    );
                }
            }
            plot_ui.vline(
                VLine::new("", f64::from(year) + 0.999)
                    .color(ui_text_color(plot_ui.ctx()))
                    .style(LineStyle::dashed_loose()),
            );
        });
    if response.response.clicked()
        && let Some(hovered) = response.hovered_plot_item
        && let Some(organization) = state
            .atlas
            .organizations
            .iter()
            .find(|o| egui_plot::ItemId::new(o.id.as_str()) == hovered)
            .filter(|o| !state.is_selected(&o.id))
    {
        commands.push(Command::ToggleOrganization(organization.id.clone()));
    }
}

fn ui_text_color(ctx: &egui::Context) -> egui::Color32 {
    ctx.global_style().visuals.text_color()
}

fn events_plot_ui(ui: &mut egui::Ui, state: &AppState) {
    let title = match &state.field_filter {
        Some(field) => format!("Events per year ({field})"),
        None => "Events per year".to_owned(),
    };
    ui.label(egui::RichText::new(title).strong());
    let Some(counts) = state.events_per_kind() else {
        return;
    };
    let year = state.year();
    time_plot("events_plot", state, "events").show(ui, |plot_ui| {
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
            let chart = BarChart::new(kind.clone(), bars).color(theme::event_kind_color(kind));
            let chart = {
                let below: Vec<&BarChart> = charts.iter().collect();
                chart.stack_on(&below)
            };
            charts.push(chart);
        }
        for chart in charts {
            plot_ui.bar_chart(chart);
        }
        plot_ui.vline(
            VLine::new("", f64::from(year) + 0.5)
                .color(ui_text_color(plot_ui.ctx()))
                .style(LineStyle::dashed_loose()),
        );
    });
}
