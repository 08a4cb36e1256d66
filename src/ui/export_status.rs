//! The export's status line over the bottom left of the map: progress with a Cancel
//! button while a picture or animation is made, then the saved file's full path (or why
//! it was not saved) until dismissed; and the top bar's Export menu. Never in a kiosk (it
//! offers no export).

use egui::{Align2, RichText};

use crate::state::{
    AppState, Command, ExportRequest, ExportStatus, PictureContent, PictureSize, PlotKind,
};
use crate::theme;

pub fn export_status_ui(
    ctx: &egui::Context,
    state: &AppState,
    map_rect: egui::Rect,
    commands: &mut Vec<Command>,
) {
    let status = state.export_status();
    let Some(message) = status.message() else {
        return;
    };
    if !state.export_allowed() {
        return;
    }
    egui::Area::new(egui::Id::unique("export_status"))
        .order(egui::Order::Foreground)
        .anchor(
            Align2::LEFT_BOTTOM,
            egui::vec2(
                map_rect.left() + theme::SPACE_M,
                map_rect.bottom() - ctx.content_rect().bottom() - theme::SPACE_M,
            ),
        )
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width((map_rect.width() - 4.0 * theme::SPACE_M).max(200.0));
                ui.horizontal(|ui| {
                    let text = RichText::new(message);
                    let text = if matches!(status, ExportStatus::Failed(_)) {
                        text.color(theme::warning_color(state.theme()))
                    } else {
                        text
                    };
                    ui.add(egui::Label::new(text).wrap());
                    if let ExportStatus::Running { done, total, .. } = status {
                        // An animation can be cancelled; a picture takes seconds at most.
                        if *total > 0 {
                            ui.add(
                                egui::ProgressBar::new(*done as f32 / *total as f32)
                                    .desired_width(120.0),
                            );
                            if ui.button(state.texts().ui("export-cancel")).clicked() {
                                commands.push(Command::Export(ExportRequest::Cancel));
                            }
                        } else {
                            ui.spinner();
                        }
                    } else if ui
                        .button(state.texts().ui("export-ok"))
                        .on_hover_text(state.texts().ui("export-ok-hint"))
                        .clicked()
                    {
                        commands.push(Command::ExportStatus(ExportStatus::Idle));
                    }
                });
            });
        });
}

/// The top bar's "Export" menu: the view as PNG at the window's size or a preset, each plot
/// alone, and a story as an animated GIF. Disabled while an export runs.
pub fn export_menu_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let busy = state.export_status().is_running();
    let picture = |content, size| Command::Export(ExportRequest::Picture { content, size });
    let texts = state.texts();
    ui.add_enabled_ui(!busy && state.export_allowed(), |ui| {
        ui.menu_button(texts.ui("export"), |ui| {
            if ui
                .add(egui::Button::new(texts.ui("export-picture")).shortcut_text("Ctrl+S"))
                .on_hover_text(texts.ui("export-picture-hint"))
                .clicked()
            {
                commands.push(picture(PictureContent::View, PictureSize::Window));
            }
            for (width, height) in crate::picture::SIZE_PRESETS {
                if ui
                    .button(texts.ui_with(
                        "export-picture-at",
                        &[
                            ("width", width.to_string().into()),
                            ("height", height.to_string().into()),
                        ],
                    ))
                    .on_hover_text(texts.ui("export-picture-at-hint"))
                    .clicked()
                {
                    commands.push(picture(
                        PictureContent::View,
                        PictureSize::Pixels(width, height),
                    ));
                }
            }
            ui.separator();
            for kind in PlotKind::ALL {
                if ui
                    .button(texts.ui(&format!("export-{}", kind.file_kind())))
                    .clicked()
                {
                    commands.push(picture(
                        PictureContent::Plot(kind),
                        PictureSize::Pixels(1920, 1080),
                    ));
                }
            }
            ui.separator();
            ui.menu_button(texts.ui("export-story-gif"), |ui| {
                for (index, story) in state.atlas().stories.iter().enumerate() {
                    if ui.button(texts.story_title(story)).clicked() {
                        commands.push(Command::Export(ExportRequest::StoryAnimation {
                            story: index,
                        }));
                    }
                }
            });
        });
    });
}
