//! The desk mode's top bar: title, counts, and the view switches.

use crate::state::{AppState, Command, ThemeChoice};
use crate::theme;

pub fn top_bar_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let texts = state.texts();
    ui.horizontal(|ui| {
        ui.add_space(theme::SPACE_XS);
        ui.label(
            egui::RichText::new(texts.ui("app-title"))
                .size(theme::type_size::TITLE)
                .strong(),
        );
        ui.label(
            egui::RichText::new(texts.ui_with(
                "top-counts",
                &[
                    ("events", state.atlas().events.len().into()),
                    ("organizations", state.atlas().organizations.len().into()),
                ],
            ))
            .weak(),
        );
        data_problems_button(ui, state, commands);
        // Taking things away, side by side: pictures and animations, tables and views.
        crate::ui::export_status::export_menu_ui(ui, state, commands);
        crate::ui::share_menu::share_menu_ui(ui, state, commands);
        // The switches sit at the right but are made left to right, so Tab visits them in
        // the order they read (a right-to-left layout would reverse it).
        let labels = [
            texts.ui("top-reset-view"),
            texts.ui("top-panel"),
            texts.ui("top-plots"),
            texts.ui("top-dark"),
        ];
        let button_padding = 2.0 * ui.spacing().button_padding.x;
        let gap = ui.spacing().item_spacing.x;
        let switches_width: f32 = labels
            .iter()
            .map(|label| {
                egui::WidgetText::from(label.as_str())
                    .into_galley(ui, None, f32::INFINITY, egui::TextStyle::Button)
                    .size()
                    .x
                    + button_padding
                    + gap
            })
            .sum::<f32>();
        let picker_width = language_picker_width(ui, state);
        ui.add_space((ui.available_width() - switches_width - picker_width).max(0.0));
        language_picker_ui(ui, state, commands);
        let [reset_label, panel_label, plots_label, dark_label] = labels;
        if ui
            .button(reset_label)
            .on_hover_text(texts.ui("top-reset-view-hint"))
            .clicked()
        {
            commands.push(Command::ResetView);
        }
        if ui
            .selectable_label(state.show_side_panel(), panel_label)
            .on_hover_text(texts.ui("top-panel-hint"))
            .clicked()
        {
            commands.push(Command::SetSidePanel(!state.show_side_panel()));
        }
        if ui
            .selectable_label(state.show_plots(), plots_label)
            .on_hover_text(texts.ui("top-plots-hint"))
            .clicked()
        {
            commands.push(Command::SetPlots(!state.show_plots()));
        }
        let dark = state.theme() == ThemeChoice::Dark;
        if ui
            .selectable_label(dark, dark_label)
            .on_hover_text(texts.ui("top-dark-hint"))
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

/// "Edit not shown: 2 errors" or "3 data problems": opens the list. Shown only when there is
/// something to fix (a curator's folder), never in the kiosk (no top bar there).
fn data_problems_button(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let listed = state.problems_to_list().len();
    if listed == 0 {
        return;
    }
    let data = state.data_problems();
    let texts = state.texts();
    let text = if data.edit_rejected {
        texts.ui_with("top-edit-not-shown", &[("errors", data.errors.into())])
    } else {
        texts.ui_with("top-data-problems", &[("count", listed.into())])
    };
    let color = theme::warning_color(state.theme());
    let response = ui
        .button(egui::RichText::new(text).color(color))
        .on_hover_text(texts.ui("top-data-problems-hint"));
    if response.clicked() {
        commands.push(Command::SetDataProblemsOpen(!state.show_data_problems()));
    }
}

/// The language picker's width, reserved before the switches are laid out.
fn language_picker_width(ui: &egui::Ui, state: &AppState) -> f32 {
    let name = current_language_name(state);
    let text =
        egui::WidgetText::from(name).into_galley(ui, None, f32::INFINITY, egui::TextStyle::Button);
    // A combo box is at least `combo_width` wide, however short the name.
    (text.size().x + 2.0 * ui.spacing().button_padding.x + ui.spacing().icon_width)
        .max(ui.spacing().combo_width)
        + 2.0 * ui.spacing().item_spacing.x
}

fn current_language_name(state: &AppState) -> String {
    state
        .atlas()
        .translations
        .pack(state.language())
        .map_or_else(|| state.language().to_owned(), |p| p.name.clone())
}

/// Every language by its own name ("Français"); choosing one sends `SetLanguage`.
fn language_picker_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let texts = state.texts();
    let response = egui::ComboBox::from_id_salt("language_picker")
        .selected_text(current_language_name(state))
        .show_ui(ui, |ui| {
            for pack in &state.atlas().translations.languages {
                let chosen = pack.code == state.language();
                if ui.selectable_label(chosen, &pack.name).clicked() && !chosen {
                    commands.push(Command::SetLanguage(pack.code.clone()));
                }
            }
        });
    response
        .response
        .on_hover_text(texts.ui("top-language-hint"))
        .widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::ComboBox, true, texts.ui("top-language"))
        });
}
