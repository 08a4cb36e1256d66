//! "Share" (desk: in the top bar; presentation: at the top right when the pointer comes near
//! the top): copy or save the table behind the view, copy the view as a command line or a
//! view file, save the view file. Never in a kiosk. What the last share did is shown over
//! the map until dismissed.

use egui::RichText;

use crate::state::{AppState, Command, ShareAction, TableChoice};
use crate::theme;

/// The "Share" menu button and its menu.
pub fn share_menu_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    if !state.sharing_allowed() {
        return;
    }
    let texts = state.texts();
    ui.menu_button(texts.ui("share"), |ui| {
        share_menu_contents_ui(ui, state, commands);
    })
    .response
    .on_hover_text(texts.ui("share-hint"));
}

fn share_menu_contents_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.set_min_width(340.0);
    let texts = state.texts();
    let year = state.year();
    let names: Vec<&str> = state
        .selected_organizations()
        .map(|o| texts.organization_short(o, state.date()))
        .collect();
    ui.label(RichText::new(texts.ui("share-table")).strong());
    let years = state.event_table_years();
    let span = if years.start() == years.end() {
        year.to_string()
    } else {
        format!("{}–{}", years.start(), years.end())
    };
    let events_text = match state.field_filter() {
        None => texts.ui_with("share-events-of", &[("years", span.into())]),
        Some(field) => texts.ui_with(
            "share-events-of-field",
            &[("years", span.into()), ("field", texts.field(field).into())],
        ),
    };
    let members_text = if names.is_empty() {
        texts.ui("share-members-none")
    } else {
        texts.ui_with(
            "share-members-of",
            &[
                ("names", names.join(", ").into()),
                ("date", texts.long_date(state.date()).into()),
            ],
        )
    };
    let rows = [
        (
            TableChoice::Members,
            members_text,
            "members",
            !names.is_empty(),
        ),
        (TableChoice::Events, events_text, "events", true),
        (
            TableChoice::Series,
            texts.ui("share-series"),
            "series",
            true,
        ),
    ];
    for (choice, description, short, enabled) in rows {
        ui.add_space(theme::SPACE_XS);
        ui.label(RichText::new(description).weak());
        ui.horizontal(|ui| {
            ui.add_enabled_ui(enabled, |ui| {
                if ui
                    .button(texts.ui(&format!("share-copy-{short}")))
                    .on_hover_text(texts.ui("share-copy-hint"))
                    .clicked()
                {
                    share(ui, commands, ShareAction::CopyTable(choice));
                }
                if ui
                    .button(texts.ui(&format!("share-save-{short}")))
                    .on_hover_text(texts.ui_with(
                        "share-save-hint",
                        &[("folder", state.export_dir().display().to_string().into())],
                    ))
                    .clicked()
                {
                    share(ui, commands, ShareAction::SaveTable(choice));
                }
            });
        });
    }
    ui.separator();
    ui.label(RichText::new(texts.ui("share-view")).strong());
    ui.label(RichText::new(texts.ui("share-view-parts")).weak());
    let actions = [
        (ShareAction::CopyCommandLine, "share-copy-command"),
        (ShareAction::CopyViewFile, "share-copy-view"),
        (ShareAction::SaveViewFile, "share-save-view"),
    ];
    ui.horizontal_wrapped(|ui| {
        for (action, id) in actions {
            if ui
                .button(texts.ui(id))
                .on_hover_text(texts.ui(&format!("{id}-hint")))
                .clicked()
            {
                share(ui, commands, action);
            }
        }
    });
    ui.add_space(theme::SPACE_XS);
    ui.label(
        RichText::new(texts.ui_with(
            "share-files-go-to",
            &[("folder", state.export_dir().display().to_string().into())],
        ))
        .small()
        .weak(),
    );
}

/// Sends `action`, closes the menu, and asks for one more frame: the message shows in it
/// even where nothing else would repaint (a presentation between steps).
fn share(ui: &egui::Ui, commands: &mut Vec<Command>, action: ShareAction) {
    commands.push(Command::Share(action));
    ui.close();
    ui.ctx().request_repaint();
}

/// Presentation: the Share button at the top right, shown while the pointer is near the top
/// of the screen or its menu is open, so the audience never sees it otherwise.
pub fn presentation_share_ui(
    ctx: &egui::Context,
    state: &AppState,
    pointer: Option<egui::Pos2>,
    screen: egui::Rect,
    commands: &mut Vec<Command>,
) {
    if !state.sharing_allowed() {
        return;
    }
    let near_top =
        pointer.is_some_and(|p| p.y < screen.top() + (screen.height() * 0.12).max(100.0));
    if !near_top && !egui::Popup::is_any_open(ctx) {
        return;
    }
    egui::Area::new(egui::Id::unique("presentation_share"))
        .anchor(
            egui::Align2::RIGHT_TOP,
            egui::vec2(-theme::SPACE_L, theme::SPACE_L),
        )
        .show(ctx, |ui| {
            // An anchored area shrinks to its contents: the button's word must not wrap.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            egui::Frame::popup(ui.style()).show(ui, |ui| share_menu_ui(ui, state, commands));
        });
}

/// What the last share did (the saved file's full path, or what went wrong) until
/// dismissed: at the bottom of the map at the desk (the corner notes sit at its top), at the
/// top right, under the Share button, in presentation (the caption and the step counter
/// sit at the bottom, the corner note at the top left).
pub fn share_message_ui(
    ctx: &egui::Context,
    state: &AppState,
    map_rect: egui::Rect,
    commands: &mut Vec<Command>,
) {
    let Some(message) = state.share_message() else {
        return;
    };
    if !state.sharing_allowed() {
        return;
    }
    let (pivot, position) = if matches!(state.mode(), crate::state::Mode::Present { .. }) {
        (
            egui::Align2::RIGHT_TOP,
            map_rect.right_top() + egui::vec2(-theme::SPACE_L, 4.0 * theme::SPACE_XL),
        )
    } else {
        (
            egui::Align2::CENTER_BOTTOM,
            map_rect.center_bottom() - egui::vec2(0.0, theme::SPACE_M),
        )
    };
    egui::Area::new(egui::Id::unique("share_message"))
        .pivot(pivot)
        .fixed_pos(position)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width((map_rect.width() * 0.6).max(300.0));
                ui.horizontal(|ui| {
                    let text = RichText::new(&message.text);
                    let text = if message.is_error {
                        text.color(theme::warning_color(state.theme()))
                    } else {
                        text
                    };
                    ui.add(egui::Label::new(text).wrap());
                    if ui.small_button(state.texts().ui("share-dismiss")).clicked() {
                        commands.push(Command::ClearShareMessage);
                        ui.ctx().request_repaint();
                    }
                });
            });
        });
}
