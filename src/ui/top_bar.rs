//! The desk mode's top bar: title, counts, and the view switches.

use crate::state::{AppState, Command, ThemeChoice};
use crate::theme;

pub fn top_bar_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.add_space(theme::SPACE_XS);
        ui.label(
            egui::RichText::new("Atlas of South-South Cooperation")
                .size(theme::type_size::TITLE)
                .strong(),
        );
        ui.label(
            egui::RichText::new(format!(
                "{} events · {} organizations",
                state.atlas().events.len(),
                state.atlas().organizations.len()
            ))
            .weak(),
        );
        // The switches sit at the right but are made left to right, so Tab visits them in
        // the order they read (a right-to-left layout would reverse it).
        let labels = ["Reset view", "Panel", "Plots", "Dark"];
        let button_padding = 2.0 * ui.spacing().button_padding.x;
        let gap = ui.spacing().item_spacing.x;
        let switches_width: f32 = labels
            .iter()
            .map(|label| {
                egui::WidgetText::from(*label)
                    .into_galley(ui, None, f32::INFINITY, egui::TextStyle::Button)
                    .size()
                    .x
                    + button_padding
                    + gap
            })
            .sum::<f32>();
        ui.add_space((ui.available_width() - switches_width).max(0.0));
        if ui
            .button("Reset view")
            .on_hover_text("Or double-click the map")
            .clicked()
        {
            commands.push(Command::ResetView);
        }
        if ui
            .selectable_label(state.show_side_panel(), "Panel")
            .on_hover_text("Show or hide the side panel")
            .clicked()
        {
            commands.push(Command::SetSidePanel(!state.show_side_panel()));
        }
        if ui
            .selectable_label(state.show_plots(), "Plots")
            .on_hover_text("Show or hide the plots")
            .clicked()
        {
            commands.push(Command::SetPlots(!state.show_plots()));
        }
        let dark = state.theme() == ThemeChoice::Dark;
        if ui
            .selectable_label(dark, "Dark")
            .on_hover_text("Dark theme for projectors and dim rooms")
            .clicked()
        {
            commands.push(Command::SetTheme(if dark {
                ThemeChoice::Light
            } else {
                ThemeChoice::Dark
            }));
        }
    });
}
