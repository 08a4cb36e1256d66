//! The eframe application: advances playback, reads keys, lays out panels, then applies the
//! commands the panels sent. It dispatches; the work is elsewhere.

use std::path::PathBuf;

use crate::kiosk::{Kiosk, KioskPhase};
use crate::state::{AppState, ThemeChoice};
use crate::theme;
use crate::ui::map_gpu::GpuTarget;
use crate::ui::{kiosk, map_view, plots, side_panel, story_overlay, top_bar, year_slider};

mod keys;
mod screenshot;

use keys::{keyboard_commands, kiosk_input, presentation_keys};

/// Who the atlas is set up for.
pub enum Mode {
    /// A researcher at a desk: all panels, hover, keyboard.
    Desk,
    /// A lecturer with a clicker: fullscreen, a story, large captions.
    Present {
        /// B blanks the screen (the audience looks at the speaker).
        blank: bool,
    },
    /// A museum touch screen: attract loop, idle reset, staff exit.
    Kiosk(Box<Kiosk>),
}

pub struct AtlasApp {
    pub state: AppState,
    pub mode: Mode,
    map_resources: Option<map_view::MapResources>,
    /// Where countries go through the GPU (eframe on wgpu); `None` draws egui meshes.
    gpu_target: Option<GpuTarget>,
    /// Coarser meshes for zoomed-out views (levels of detail), coarsest first.
    map_levels: Vec<crate::geo::map_mesh::LevelOfDetail>,
    applied_style: Option<(ThemeChoice, bool)>,
    screenshot: Option<PathBuf>,
    screenshot_receiver: Option<std::sync::mpsc::Receiver<std::sync::Arc<egui::ColorImage>>>,
    /// When set (`--timings`), the first frame reports the time since this instant.
    started: Option<std::time::Instant>,
    /// Set once the staff PIN was entered: only then may a kiosk window close.
    exit_allowed: bool,
    cursor_visible: bool,
    /// egui's input time of the previous frame: playback and flights follow the wall clock.
    last_frame_secs: Option<f64>,
    /// Presentation mode: whether the year slider is showing (the pointer came near it).
    slider_revealed: bool,
    /// Frames drawn so far (the idle test reads it: egui repaints only on change).
    pub frames_drawn: u64,
}

impl AtlasApp {
    pub fn new(state: AppState, screenshot: Option<PathBuf>) -> Self {
        Self {
            state,
            mode: Mode::Desk,
            map_resources: None,
            gpu_target: None,
            map_levels: Vec::new(),
            applied_style: None,
            screenshot,
            screenshot_receiver: None,
            started: None,
            exit_allowed: false,
            cursor_visible: true,
            last_frame_secs: None,
            slider_revealed: false,
            frames_drawn: 0,
        }
    }

    /// Logs the time from `started` to the first frame (the `--timings` flag).
    #[must_use]
    pub fn with_startup_timer(mut self, started: std::time::Instant) -> Self {
        self.started = Some(started);
        self
    }

    /// Draw the countries through the GPU (a wgpu paint callback) for this target.
    #[must_use]
    pub fn with_gpu_target(mut self, target: Option<GpuTarget>) -> Self {
        self.gpu_target = target;
        self.map_resources = None;
        self
    }

    /// Coarser meshes drawn when zoomed out (levels of detail), from
    /// [`crate::geo::map_mesh::coarse_levels`].
    #[must_use]
    pub fn with_map_levels(mut self, levels: Vec<crate::geo::map_mesh::LevelOfDetail>) -> Self {
        self.map_levels = levels;
        self.map_resources = None;
        self
    }

    /// The target eframe renders to, when it renders with wgpu.
    pub fn gpu_target_of(cc: &eframe::CreationContext<'_>) -> Option<GpuTarget> {
        cc.wgpu_render_state.as_ref().map(|render_state| GpuTarget {
            format: render_state.target_format,
        })
    }

    /// Whether staff unlocked the kiosk (the right PIN), so the window may close.
    pub fn exit_allowed(&self) -> bool {
        self.exit_allowed
    }

    #[must_use]
    pub fn with_mode(mut self, mode: Mode) -> Self {
        self.state.external_links = !matches!(mode, Mode::Kiosk(_));
        self.mode = mode;
        self
    }

    /// Draws the whole atlas into `ui` and applies what the user did. Used by eframe and by
    /// the UI tests alike.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.frames_drawn += 1;
        let large = !matches!(self.mode, Mode::Desk);
        if self.applied_style != Some((self.state.theme, large)) {
            theme::apply(&ctx, self.state.theme);
            if large {
                theme::apply_large(&ctx);
            }
            self.applied_style = Some((self.state.theme, large));
        }

        // Read this frame's input once; never call the context inside an input closure.
        let frame_input = ui.input(|i| FrameInput {
            now_secs: i.time,
            pointer: i.pointer.latest_pos(),
            pointer_down: i.pointer.any_down(),
            pointer_released: i.pointer.any_released(),
            screen: i.content_rect(),
        });
        let now = frame_input.now_secs;
        // Playback and flights follow the wall clock, however long the last frame took.
        let dt_secs = self
            .last_frame_secs
            .map_or(0.0, |last| (now - last).max(0.0));
        self.last_frame_secs = Some(now);
        self.state.advance(dt_secs);

        // Keys and touches that steer the atlas act before anything is laid out, so the frame
        // that reads a key already shows what it did (a new caption, the next year).
        let key_commands = match &mut self.mode {
            Mode::Desk => keyboard_commands(ui),
            Mode::Present { blank } => {
                let keys = presentation_keys(ui);
                if keys.toggle_blank {
                    *blank = !*blank;
                }
                if keys.leave_fullscreen {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
                }
                keys.commands
            }
            Mode::Kiosk(kiosk) => kiosk_input(ui, kiosk, now, self.state.story.is_some()),
        };
        for command in key_commands {
            self.state.apply(command);
        }
        let mut commands = Vec::new();
        self.guard_kiosk_window(&ctx);

        let attract = matches!(&self.mode, Mode::Kiosk(k) if k.phase == KioskPhase::Attract);
        let desk = matches!(self.mode, Mode::Desk);
        let kiosk_exploring = matches!(self.mode, Mode::Kiosk(_)) && !attract;
        let state = &self.state;
        let resources = self.map_resources.get_or_insert_with(|| {
            map_view::MapResources::new(&ctx)
                .with_gpu(self.gpu_target)
                .with_levels(std::mem::take(&mut self.map_levels))
        });
        resources.set_hover_feedback(!attract);

        if desk {
            egui::Panel::top("top_bar")
                .show(ui, |ui| top_bar::top_bar_ui(ui, state, &mut commands));
        }
        self.slider_revealed = match self.mode {
            // A lecturer's slider stays out of the picture until the pointer comes near it.
            Mode::Present { .. } => {
                let near_bottom = frame_input.pointer.is_some_and(|p| {
                    p.y > frame_input.screen.bottom()
                        - (frame_input.screen.height() * 0.15).max(120.0)
                });
                near_bottom || (self.slider_revealed && frame_input.pointer_down)
            }
            Mode::Kiosk(_) => !attract,
            Mode::Desk => true,
        };
        if self.slider_revealed {
            egui::Panel::bottom("year_slider")
                .frame(
                    egui::Frame::side_top_panel(&ctx.global_style())
                        .inner_margin(egui::Margin::symmetric(12, 8)),
                )
                .show(ui, |ui| {
                    year_slider::year_slider_ui(ui, state, &mut commands);
                });
        }
        if desk && state.show_plots {
            egui::Panel::bottom("plots")
                .resizable(true)
                .default_size(230.0)
                .min_size(140.0)
                .show(ui, |ui| plots::plots_ui(ui, state, &mut commands));
        }
        if (desk && state.show_side_panel) || kiosk_exploring {
            egui::Panel::right("side_panel")
                .resizable(desk)
                .default_size(if desk { 330.0 } else { 420.0 })
                .min_size(260.0)
                .show(ui, |ui| side_panel::side_panel_ui(ui, state, &mut commands));
        }
        let map_rect = egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                map_view::map_ui(ui, state, resources, &mut commands);
                ui.min_rect()
            })
            .inner;

        match &mut self.mode {
            Mode::Desk => {}
            Mode::Present { blank } => {
                story_overlay::caption_ui(&ctx, state, map_rect, None);
                story_overlay::step_counter_ui(&ctx, state, map_rect);
                if *blank {
                    blank_screen_ui(&ctx);
                }
            }
            Mode::Kiosk(kiosk) => {
                if attract {
                    story_overlay::caption_ui(
                        &ctx,
                        state,
                        map_rect,
                        Some("Touch anywhere to explore"),
                    );
                }
                if kiosk::kiosk_overlays_ui(&ctx, kiosk, now, state.year()) {
                    self.exit_allowed = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }

        for command in commands {
            self.state.apply(command);
        }
        self.guard_links(&ctx, frame_input.pointer_released);

        // Sleep until something moves by itself: a kiosk runs all day on a software renderer.
        let mut wake = self.state.next_wake();
        if let Mode::Kiosk(kiosk) = &self.mode {
            wake = wake.sooner(kiosk.next_wake(now));
        }
        match wake.delay() {
            Some(delay) if delay.is_zero() => ctx.request_repaint(),
            Some(delay) => ctx.request_repaint_after(delay),
            None => {}
        }
        if let Some(started) = self.started.take() {
            eprintln!(
                "timings: first frame built after {} ms",
                started.elapsed().as_millis()
            );
        }
        self.handle_screenshot(&ctx);
    }

    /// A kiosk visitor must never leave the atlas: no link opens a browser there. A lecturer's
    /// clicker sends Enter and Space, which activate a focused link, so in presentation mode
    /// only a pointer click opens one.
    fn guard_links(&self, ctx: &egui::Context, pointer_released: bool) {
        let allow = match self.mode {
            Mode::Desk => true,
            Mode::Present { .. } => pointer_released,
            Mode::Kiosk(_) => false,
        };
        if !allow {
            ctx.output_mut(|output| {
                output
                    .commands
                    .retain(|command| !matches!(command, egui::OutputCommand::OpenUrl(_)));
            });
        }
    }

    /// In kiosk mode, refuse to close (Alt+F4, the window manager) unless staff unlocked it,
    /// and hide the cursor while nobody is touching.
    fn guard_kiosk_window(&mut self, ctx: &egui::Context) {
        let Mode::Kiosk(kiosk) = &self.mode else {
            return;
        };
        if ctx.input(|i| i.viewport().close_requested()) && !self.exit_allowed {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        let want_cursor = kiosk.phase != KioskPhase::Attract;
        if want_cursor != self.cursor_visible {
            ctx.send_viewport_cmd(egui::ViewportCommand::CursorVisible(want_cursor));
            self.cursor_visible = want_cursor;
        }
    }
}

/// What one frame's input says, read once at the start of the frame.
struct FrameInput {
    now_secs: f64,
    pointer: Option<egui::Pos2>,
    pointer_down: bool,
    pointer_released: bool,
    screen: egui::Rect,
}

fn blank_screen_ui(ctx: &egui::Context) {
    egui::Area::new(egui::Id::unique("blank_screen"))
        .order(egui::Order::Foreground)
        .fixed_pos(egui::Pos2::ZERO)
        .interactable(false)
        .show(ctx, |ui| {
            ui.painter()
                .rect_filled(ctx.content_rect(), 0.0, egui::Color32::BLACK);
        });
}

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
