//! The desk mode's top bar: title, counts, and the view switches.

use crate::state::{AppState, Command, ThemeChoice};
use crate::theme;

pub fn top_bar_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.add_space(theme::SPACE_XS);
        ui.label(
            egui::RichText::new("Atlas of South-South Cooperation")
                .size(20.0)
                .strong(),
        );
        ui.label(
            egui::RichText::new(format!(
                "{} events · {} organizations",
                state.atlas.events.len(),
                state.atlas.organizations.len()
            ))
            .weak(),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let dark = state.theme == ThemeChoice::Dark;
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
            if ui
                .selectable_label(state.show_plots, "Plots")
                .on_hover_text("Show or hide the plots")
                .clicked()
            {
                commands.push(Command::SetPlots(!state.show_plots));
            }
            if ui
                .selectable_label(state.show_side_panel, "Panel")
                .on_hover_text("Show or hide the side panel")
                .clicked()
            {
                commands.push(Command::SetSidePanel(!state.show_side_panel));
            }
            if ui
                .button("Reset view")
                .on_hover_text("Or double-click the map")
                .clicked()
            {
                commands.push(Command::ResetView);
            }
        });
    });
}
