//! The desk mode's top bar: title, counts, and the view switches.

use crate::state::{AppState, Command, TextSizeStep, ThemeChoice};
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
        // The switches sit at the right but are made left to right, so Tab visits them in
        // the order they read (a right-to-left layout would reverse it).
        let labels = [
            texts.ui("top-reset-view"),
            texts.ui("top-panel"),
            texts.ui("top-plots"),
            texts.ui("top-display"),
        ];
        let switches_width = buttons_width(ui, &labels) + language_picker_width(ui, state);
        let counts = egui::RichText::new(texts.ui_with(
            "top-counts",
            &[
                ("events", state.atlas().events.len().into()),
                ("organizations", state.atlas().organizations.len().into()),
            ],
        ))
        .weak();
        // At a large text size (or in a long language) the counts give way, so the switches
        // stay in the window.
        let counts_width = egui::WidgetText::from(counts.clone())
            .into_galley(ui, None, f32::INFINITY, egui::TextStyle::Body)
            .size()
            .x
            + ui.spacing().item_spacing.x;
        let menus_width = buttons_width(ui, &[texts.ui("export"), texts.ui("share")]);
        if ui.available_width() >= counts_width + menus_width + switches_width {
            ui.label(counts);
        }
        data_problems_button(ui, state, commands);
        // Taking things away, side by side: pictures and animations, tables and views.
        crate::ui::export_status::export_menu_ui(ui, state, commands);
        crate::ui::share_menu::share_menu_ui(ui, state, commands);
        ui.add_space((ui.available_width() - switches_width).max(0.0));
        language_picker_ui(ui, state, commands);
        let [reset_label, panel_label, plots_label, display_label] = labels;
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
        display_menu_ui(ui, state, &display_label, commands);
    });
}

/// The width of a row of buttons with these labels, gaps included.
fn buttons_width(ui: &egui::Ui, labels: &[String]) -> f32 {
    let button_padding = 2.0 * ui.spacing().button_padding.x;
    let gap = ui.spacing().item_spacing.x;
    labels
        .iter()
        .map(|label| {
            egui::WidgetText::from(label.as_str())
                .into_galley(ui, None, f32::INFINITY, egui::TextStyle::Button)
                .size()
                .x
                + button_padding
                + gap
        })
        .sum()
}

/// Theme, motion and text size: how the atlas looks to this reader.
fn display_menu_ui(ui: &mut egui::Ui, state: &AppState, label: &str, commands: &mut Vec<Command>) {
    let texts = state.texts();
    ui.menu_button(label, |ui| {
        for (choice, label, hint) in [
            (ThemeChoice::Light, "display-light", "display-light-hint"),
            (ThemeChoice::Dark, "top-dark", "top-dark-hint"),
            (
                ThemeChoice::HighContrast,
                "display-high-contrast",
                "display-high-contrast-hint",
            ),
        ] {
            if ui
                .radio(state.theme() == choice, texts.ui(label))
                .on_hover_text(texts.ui(hint))
                .clicked()
            {
                commands.push(Command::SetTheme(choice));
            }
        }
        ui.separator();
        let mut reduced = state.reduced_motion();
        if ui
            .checkbox(&mut reduced, texts.ui("display-reduced-motion"))
            .on_hover_text(texts.ui("display-reduced-motion-hint"))
            .changed()
        {
            commands.push(Command::SetReducedMotion(reduced));
        }
        ui.separator();
        let percent = (state.text_zoom() * 100.0).round() as u32;
        ui.label(texts.ui_with("display-text-size", &[("percent", percent.into())]));
        ui.horizontal(|ui| {
            for (label, hint, step) in [
                ("display-smaller", "Ctrl −", TextSizeStep::Smaller),
                ("display-larger", "Ctrl +", TextSizeStep::Larger),
                ("display-reset", "Ctrl 0", TextSizeStep::Reset),
            ] {
                if ui.button(texts.ui(label)).on_hover_text(hint).clicked() {
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
