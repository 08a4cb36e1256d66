//! The desk mode's top bar: title, counts, and the view switches.

use crate::state::{AppState, Command, TextSizeStep, ThemeChoice};
use crate::theme;

pub fn top_bar_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.add_space(theme::SPACE_XS);
        ui.label(
            egui::RichText::new("Atlas of South-South Cooperation")
                .size(theme::type_size::TITLE)
                .strong(),
        );
        // The switches sit at the right but are made left to right, so Tab visits them in
        // the order they read (a right-to-left layout would reverse it).
        let labels = ["Reset view", "Panel", "Plots", DISPLAY_MENU];
        let switches_width = buttons_width(ui, &labels);
        let counts = egui::RichText::new(format!(
            "{} events · {} organizations",
            state.atlas().events.len(),
            state.atlas().organizations.len()
        ))
        .weak();
        // At a large text size the counts give way, so the switches stay in the window.
        let counts_width = egui::WidgetText::from(counts.clone())
            .into_galley(ui, None, f32::INFINITY, egui::TextStyle::Body)
            .size()
            .x
            + ui.spacing().item_spacing.x;
        let menus_width = buttons_width(ui, &["Export", "Share"]);
        if ui.available_width() >= counts_width + menus_width + switches_width {
            ui.label(counts);
        }
        data_problems_button(ui, state, commands);
        // Taking things away, side by side: pictures and animations, tables and views.
        crate::ui::export_status::export_menu_ui(ui, state, commands);
        crate::ui::share_menu::share_menu_ui(ui, state, commands);
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
        display_menu_ui(ui, state, commands);
    });
}

/// The width of a row of buttons with these labels, gaps included.
fn buttons_width(ui: &egui::Ui, labels: &[&str]) -> f32 {
    let button_padding = 2.0 * ui.spacing().button_padding.x;
    let gap = ui.spacing().item_spacing.x;
    labels
        .iter()
        .map(|label| {
            egui::WidgetText::from(*label)
                .into_galley(ui, None, f32::INFINITY, egui::TextStyle::Button)
                .size()
                .x
                + button_padding
                + gap
        })
        .sum()
}

/// The Display menu's button.
const DISPLAY_MENU: &str = "Display";

/// Theme, motion and text size: how the atlas looks to this reader.
fn display_menu_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.menu_button(DISPLAY_MENU, |ui| {
        for (choice, label, hint) in [
            (ThemeChoice::Light, "Light", "The light theme"),
            (
                ThemeChoice::Dark,
                "Dark",
                "Dark theme for projectors and dim rooms",
            ),
            (
                ThemeChoice::HighContrast,
                "High contrast",
                "Black on white with strong borders",
            ),
        ] {
            if ui
                .radio(state.theme() == choice, label)
                .on_hover_text(hint)
                .clicked()
            {
                commands.push(Command::SetTheme(choice));
            }
        }
        ui.separator();
        let mut reduced = state.reduced_motion();
        if ui
            .checkbox(&mut reduced, "Reduced motion")
            .on_hover_text("Story steps cut to their view instead of flying the camera")
            .changed()
        {
            commands.push(Command::SetReducedMotion(reduced));
        }
        ui.separator();
        ui.label(format!("Text size {:.0}%", state.text_zoom() * 100.0));
        ui.horizontal(|ui| {
            for (label, hint, step) in [
                ("Smaller", "Ctrl −", TextSizeStep::Smaller),
                ("Larger", "Ctrl +", TextSizeStep::Larger),
                ("Reset", "Ctrl 0", TextSizeStep::Reset),
            ] {
                if ui.button(label).on_hover_text(hint).clicked() {
                    commands.push(Command::TextSize(step));
                }
            }
        });
    });
}

/// "Edit not shown: 2 errors" or "3 data problems": opens the list. Shown only when there is
/// something to fix (a curator's folder), never in the kiosk (no top bar there).
fn data_problems_button(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let listed = state.problems_to_list().len();
    if listed == 0 {
        return;
    }
    let data = state.data_problems();
    let text = if data.edit_rejected {
        format!(
            "Edit not shown: {} error{}",
            data.errors,
            if data.errors == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{listed} data problem{}",
            if listed == 1 { "" } else { "s" }
        )
    };
    let color = theme::warning_color(state.theme());
    let response = ui
        .button(egui::RichText::new(text).color(color))
        .on_hover_text("What `ssc-atlas validate` finds in the data folder; click for the list");
    if response.clicked() {
        commands.push(Command::SetDataProblemsOpen(!state.show_data_problems()));
    }
}
