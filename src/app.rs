//! The eframe application: advances playback, reads keys, lays out panels, then applies the
//! commands the panels sent. It dispatches; the work is elsewhere.

use std::path::PathBuf;

use crate::state::{AppState, Command, ThemeChoice};
use crate::theme;
use crate::time::playback::PlaybackCommand;
use crate::ui::{map_view, plots, side_panel, year_slider};

/// Frames to draw before a `--screenshot` is taken, so fonts and layout have settled.
const SCREENSHOT_AFTER_FRAMES: u64 = 4;

pub struct AtlasApp {
    pub state: AppState,
    map_resources: Option<map_view::MapResources>,
    applied_theme: Option<ThemeChoice>,
    screenshot: Option<PathBuf>,
    screenshot_receiver: Option<std::sync::mpsc::Receiver<std::sync::Arc<egui::ColorImage>>>,
    /// When set (`--timings`), the first frame reports the time since this instant.
    started: Option<std::time::Instant>,
    /// Frames drawn so far (the idle test reads it: egui repaints only on change).
    pub frames_drawn: u64,
}

impl AtlasApp {
    pub fn new(state: AppState, screenshot: Option<PathBuf>) -> Self {
        Self {
            state,
            map_resources: None,
            applied_theme: None,
            screenshot,
            screenshot_receiver: None,
            started: None,
            frames_drawn: 0,
        }
    }

    /// Logs the time from `started` to the first frame (the `--timings` flag).
    #[must_use]
    pub fn with_startup_timer(mut self, started: std::time::Instant) -> Self {
        self.started = Some(started);
        self
    }

    /// Draws the whole atlas into `ui` and applies what the user did. Used by eframe and by
    /// the UI tests alike.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.frames_drawn += 1;
        if self.applied_theme != Some(self.state.theme) {
            theme::apply(&ctx, self.state.theme);
            self.applied_theme = Some(self.state.theme);
        }
        let resources = self
            .map_resources
            .get_or_insert_with(|| map_view::MapResources::new(&ctx));

        let dt_secs = f64::from(ui.input(|i| i.stable_dt)).min(0.1);
        if self.state.playback.advance(dt_secs) {
            ctx.request_repaint();
        }

        let mut commands = keyboard_commands(ui);
        let state = &self.state;

        egui::Panel::top("top_bar").show(ui, |ui| top_bar_ui(ui, state, &mut commands));
        egui::Panel::bottom("year_slider")
            .frame(
                egui::Frame::side_top_panel(&ctx.global_style())
                    .inner_margin(egui::Margin::symmetric(12, 8)),
            )
            .show(ui, |ui| {
                year_slider::year_slider_ui(ui, state, &mut commands);
            });
        if state.show_plots {
            egui::Panel::bottom("plots")
                .resizable(true)
                .default_size(230.0)
                .min_size(140.0)
                .show(ui, |ui| plots::plots_ui(ui, state, &mut commands));
        }
        if state.show_side_panel {
            egui::Panel::right("side_panel")
                .resizable(true)
                .default_size(330.0)
                .min_size(260.0)
                .show(ui, |ui| side_panel::side_panel_ui(ui, state, &mut commands));
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                map_view::map_ui(ui, state, resources, &mut commands);
            });

        for command in commands {
            self.state.apply(command);
        }
        if let Some(started) = self.started.take() {
            eprintln!(
                "timings: first frame built after {} ms",
                started.elapsed().as_millis()
            );
        }
        self.handle_screenshot(&ctx);
    }

    fn handle_screenshot(&mut self, ctx: &egui::Context) {
        let Some(path) = self.screenshot.clone() else {
            return;
        };
        if self.screenshot_receiver.is_none() {
            if self.frames_drawn >= SCREENSHOT_AFTER_FRAMES {
                let (sender, receiver) = std::sync::mpsc::channel();
                let repaint = ctx.clone();
                ctx.request_screenshot(move |image| {
                    // The receiver lives as long as the app; a failed send only means it quit.
                    let _ = sender.send(image);
                    repaint.request_repaint();
                });
                self.screenshot_receiver = Some(receiver);
            }
            ctx.request_repaint();
            return;
        }
        let received = self
            .screenshot_receiver
            .as_ref()
            .and_then(|r| r.try_recv().ok());
        if let Some(image) = received {
            match save_png(&path, &image) {
                Ok(()) => eprintln!("saved screenshot to {}", path.display()),
                Err(err) => eprintln!("could not save screenshot to {}: {err}", path.display()),
            }
            self.screenshot = None;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            ctx.request_repaint();
        }
    }
}

fn save_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), image::ImageError> {
    let [width, height] = image.size;
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(egui::Color32::to_array)
        .collect();
    image::save_buffer(
        path,
        &bytes,
        width as u32,
        height as u32,
        image::ExtendedColorType::Rgba8,
    )
}

/// Keys a desk user, or a lecturer's clicker, sends.
fn keyboard_commands(ui: &egui::Ui) -> Vec<Command> {
    if ui.ctx().egui_wants_keyboard_input() {
        return Vec::new();
    }
    ui.input(|input| {
        let mut commands = Vec::new();
        if input.key_pressed(egui::Key::ArrowRight) {
            commands.push(Command::Playback(PlaybackCommand::StepYears(1)));
        }
        if input.key_pressed(egui::Key::ArrowLeft) {
            commands.push(Command::Playback(PlaybackCommand::StepYears(-1)));
        }
        if input.key_pressed(egui::Key::PageDown) {
            commands.push(Command::NextEventYear);
        }
        if input.key_pressed(egui::Key::PageUp) {
            commands.push(Command::PreviousEventYear);
        }
        if input.key_pressed(egui::Key::Space) {
            commands.push(Command::Playback(PlaybackCommand::TogglePlay));
        }
        if input.key_pressed(egui::Key::Escape) {
            commands.push(Command::ClearSelection);
        }
        commands
    })
}

fn top_bar_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
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

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
