//! The eframe application: advances playback, reads keys, lays out panels, then applies the
//! commands the panels sent. It dispatches; the work is elsewhere.

use std::path::PathBuf;

use crate::kiosk::KioskPhase;
use crate::state::{AppState, Command, ThemeChoice, WindowEffect};

pub use crate::state::Mode;
use crate::theme;
use crate::ui::map::gpu::GpuTarget;
use crate::ui::{kiosk, map, plots, side_panel, story_overlay, top_bar, year_slider};

mod export;
mod keys;
mod reload;
mod screenshot;
pub mod window_bench;

pub use reload::{RELOAD_LOG_NAME, summary_line};

use keys::{keyboard_commands, kiosk_input, presentation_keys};

pub struct AtlasApp {
    pub state: AppState,
    map_resources: Option<map::MapResources>,
    /// Where countries go through the GPU (eframe on wgpu); `None` draws egui meshes.
    gpu_target: Option<GpuTarget>,
    /// Coarser meshes for zoomed-out views (levels of detail), coarsest first.
    map_levels: Vec<crate::geo::map_mesh::LevelOfDetail>,
    /// The theme, room scale and reduced motion the context's style was last set for.
    applied_style: Option<(ThemeChoice, bool, bool)>,
    /// The language the window's title was last set in.
    titled_in: Option<String>,
    screenshot: Option<PathBuf>,
    screenshot_receiver: Option<std::sync::mpsc::Receiver<std::sync::Arc<egui::ColorImage>>>,
    /// Set once the `--screenshot` is saved; `main` reads it after the window closes.
    screenshot_saved: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// When set (`--timings`), the first frame reports the time since this instant.
    started: Option<std::time::Instant>,
    /// Presentation mode: whether the year slider is showing (the pointer came near it).
    slider_revealed: bool,
    /// Frames drawn so far (the idle test reads it: egui repaints only on change).
    pub frames_drawn: u64,
    /// A curator's folder under watch (`--data DIR`): reloads arrive here.
    data_watch: reload::WatchState,
    /// Timings of the last frames, for the F12 overlay.
    frame_stats: crate::ui::frame_overlay::FrameStats,
    last_frame_at: Option<std::time::Instant>,
    /// Today's date; the system clock unless a test sets another.
    calendar: Box<dyn Fn() -> crate::time::Date>,
    /// Pictures and animations being made for the user (`Command::Export`).
    exports: export::ExportJobs,
    /// Set for a real window: the window is cleared to the sea's colour, so the map leaves
    /// out its sea rectangle (on a software renderer, a clear is nearly free and a
    /// full-screen rectangle is not).
    sea_is_clear_colour: bool,
}

impl AtlasApp {
    pub fn new(state: AppState, screenshot: Option<PathBuf>) -> Self {
        Self {
            state,
            map_resources: None,
            gpu_target: None,
            map_levels: Vec::new(),
            applied_style: None,
            titled_in: None,
            screenshot,
            screenshot_receiver: None,
            screenshot_saved: std::sync::Arc::default(),
            started: None,
            slider_revealed: false,
            frames_drawn: 0,
            data_watch: reload::WatchState::Off,
            calendar: Box::new(crate::time::Date::today_utc),
            frame_stats: crate::ui::frame_overlay::FrameStats::default(),
            last_frame_at: None,
            exports: export::ExportJobs::new(PathBuf::from(crate::picture::DEFAULT_EXPORT_DIR)),
            sea_is_clear_colour: false,
        }
    }

    /// Where the window saves pictures and animations (`--export-dir`; created on the first
    /// save).
    #[must_use]
    pub fn with_export_dir(mut self, dir: PathBuf) -> Self {
        self.exports.set_dir(dir);
        self
    }

    /// Watches a curator's folder: a settled edit is reloaded and validated in the
    /// background and shown if it has no error (keeping the year, selection and camera),
    /// else the last good data stays and the window says what is wrong. Each reload is
    /// logged to `log` when given. A folder that cannot be watched is reported, not fatal.
    /// Reads today's date from `calendar` instead of the system clock (a soak test crosses
    /// New Year's Eve in simulated time).
    #[must_use]
    pub fn with_calendar(mut self, calendar: impl Fn() -> crate::time::Date + 'static) -> Self {
        self.calendar = Box::new(calendar);
        self
    }

    /// The watch starts with the first frame (it needs the context to wake the window).
    #[must_use]
    pub fn with_data_watch(
        mut self,
        dir: &std::path::Path,
        log: Option<PathBuf>,
        today: crate::time::Date,
    ) -> Self {
        self.data_watch = reload::WatchState::Pending {
            dir: dir.to_owned(),
            log,
            today,
        };
        self
    }

    /// Starts a pending watch, then applies the reloads it has handed over since the last
    /// frame.
    fn take_reloads(&mut self, ctx: &egui::Context) {
        if let reload::WatchState::Pending { dir, log, today } = &self.data_watch {
            self.data_watch = match reload::DataWatch::start(dir, ctx.clone(), log.clone(), *today)
            {
                Ok(watch) => reload::WatchState::Running(watch),
                Err(message) => {
                    eprintln!("ssc-atlas: {message}; edits will not be seen until a restart");
                    reload::WatchState::Off
                }
            };
        }
        let reload::WatchState::Running(watch) = &self.data_watch else {
            return;
        };
        let reloads: Vec<reload::Reloaded> = watch.receiver.try_iter().collect();
        for reloaded in reloads {
            if let Some(levels) = reloaded.levels {
                // The map's meshes and buffers are built again from the new data.
                self.map_levels = levels;
                self.map_resources = None;
            }
            self.state.apply(Command::DataReloaded(reloaded.outcome));
        }
    }

    /// Whether the `--screenshot` was saved, readable after eframe has consumed the app: a
    /// window closed without it must not exit as a success.
    pub fn screenshot_saved(&self) -> std::sync::Arc<std::sync::atomic::AtomicBool> {
        std::sync::Arc::clone(&self.screenshot_saved)
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

    /// For a real window: eframe clears it to the sea's colour ([`Self::clear_colour`]) and
    /// the map does not paint the sea again.
    #[must_use]
    pub fn with_sea_as_clear_colour(mut self) -> Self {
        self.sea_is_clear_colour = true;
        self
    }

    /// The colour the window is cleared to before each frame: the sea of the current theme,
    /// in gamma space as eframe wants it.
    pub fn clear_colour(&self) -> [f32; 4] {
        crate::theme::map_palette(self.state.theme())
            .sea
            .to_normalized_gamma_f32()
    }

    /// The target eframe renders to, when it renders with wgpu.
    pub fn gpu_target_of(cc: &eframe::CreationContext<'_>) -> Option<GpuTarget> {
        cc.wgpu_render_state.as_ref().map(|render_state| GpuTarget {
            format: render_state.target_format,
        })
    }

    /// Whether staff unlocked the kiosk (the right PIN), so the window may close.
    pub fn exit_allowed(&self) -> bool {
        self.state.exit_allowed()
    }

    /// Who the atlas is set up for.
    pub fn mode(&self) -> &Mode {
        self.state.mode()
    }

    #[must_use]
    pub fn with_mode(mut self, mode: Mode) -> Self {
        self.state.apply(Command::SetMode(mode));
        self
    }

    /// The one place commands are applied and the window's requests become viewport
    /// commands (never inside an input closure).
    fn apply_all(&mut self, ctx: &egui::Context, commands: Vec<Command>) {
        for command in commands {
            self.state.apply(command);
        }
        for effect in self.state.take_window_effects() {
            ctx.send_viewport_cmd(match effect {
                WindowEffect::CopyText(text) => {
                    ctx.copy_text(text);
                    continue;
                }
                WindowEffect::LeaveFullscreen => egui::ViewportCommand::Fullscreen(false),
                WindowEffect::Close => egui::ViewportCommand::Close,
                WindowEffect::CancelClose => egui::ViewportCommand::CancelClose,
                WindowEffect::ShowCursor(visible) => egui::ViewportCommand::CursorVisible(visible),
            });
        }
    }

    /// Draws the whole atlas into `ui` and applies what the user did. Used by eframe and by
    /// the UI tests alike.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let frame_started = std::time::Instant::now();
        let ctx = ui.ctx().clone();
        self.frames_drawn += 1;
        self.take_reloads(&ctx);
        let today = (self.calendar)();
        if today.year > self.state.playback().last_year() {
            self.state.apply(Command::Today(today));
        }
        let room_scale = !matches!(self.state.mode(), Mode::Desk);
        let theme_choice = self.state.theme();
        if self.applied_style.is_none() {
            ctx.set_fonts(theme::font_definitions());
        }
        // The window's title speaks the language shown (outside any input closure).
        if self.titled_in.as_deref() != Some(self.state.language()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(
                self.state.texts().ui("app-title"),
            ));
            self.titled_in = Some(self.state.language().to_owned());
        }
        let reduced_motion = self.state.reduced_motion();
        if self.applied_style != Some((theme_choice, room_scale, reduced_motion)) {
            theme::apply(&ctx, theme_choice);
            if room_scale {
                theme::apply_room_scale(&ctx);
            }
            theme::apply_motion(&ctx, reduced_motion);
            // Ctrl + / Ctrl − are the atlas's own keys (`keys::text_size_keys`): never in a
            // kiosk, and one set of sizes.
            ctx.options_mut(|options| options.zoom_with_keyboard = false);
            self.applied_style = Some((theme_choice, room_scale, reduced_motion));
        }
        // The text size: egui's zoom factor, in effect from the next frame.
        let text_zoom = self.state.text_zoom();
        if (ctx.zoom_factor() - text_zoom).abs() > f32::EPSILON {
            ctx.set_zoom_factor(text_zoom);
        }

        // Read this frame's input once; never call the context inside an input closure.
        let frame_input = ui.input(|i| FrameInput {
            now_secs: i.time,
            pointer: i.pointer.latest_pos(),
            pointer_down: i.pointer.any_down(),
            pointer_released: i.pointer.any_released(),
            screen: i.content_rect(),
            close_requested: i.viewport().close_requested(),
        });
        let now = frame_input.now_secs;

        // The clock first (playback, flights, kiosk timers), then keys and touches, applied
        // before anything is laid out so the frame that reads a key already shows what it
        // did (a new caption, the next year).
        let (shortcuts, escape_taken) = match self.state.mode() {
            Mode::Kiosk(_) => (None, false),
            _ => keys::shortcut_keys(ui, self.state.show_shortcuts()),
        };
        let mut input_commands = match self.state.mode() {
            Mode::Desk => keyboard_commands(ui),
            Mode::Present { .. } => presentation_keys(ui),
            Mode::Kiosk(kiosk) => {
                let languages = if kiosk.phase == KioskPhase::Attract {
                    crate::ui::kiosk::language_buttons(&ctx, &self.state)
                } else {
                    Vec::new()
                };
                kiosk_input(ui, kiosk, now, &languages)
            }
        };
        if escape_taken {
            // Esc closed the shortcuts window, and only that.
            input_commands
                .retain(|c| !matches!(c, Command::ClearSelection | Command::LeaveFullscreen));
        }
        input_commands.extend(shortcuts);
        // A kiosk touch counts before the clock ticks, so a touch just as the countdown ends
        // keeps the visit going; everything else after, so a new flight starts from zero.
        let (touches, keys): (Vec<Command>, Vec<Command>) = input_commands
            .into_iter()
            .partition(|c| matches!(c, Command::KioskInput { .. }));
        let mut first = touches;
        first.push(Command::AdvanceClock { now_secs: now });
        if frame_input.close_requested {
            first.push(Command::CloseRequested);
        }
        first.extend(keys);
        self.apply_all(&ctx, first);
        let mut commands = Vec::new();

        let attract = matches!(self.state.mode(), Mode::Kiosk(k) if k.phase == KioskPhase::Attract);
        let desk = matches!(self.state.mode(), Mode::Desk);
        let kiosk_exploring = matches!(self.state.mode(), Mode::Kiosk(_)) && !attract;
        let state = &self.state;
        let resources = self.map_resources.get_or_insert_with(|| {
            map::MapResources::new(&ctx)
                .with_gpu(self.gpu_target)
                .with_levels(std::mem::take(&mut self.map_levels))
        });
        resources.set_hover_feedback(!attract);
        resources.set_sea_is_background(self.sea_is_clear_colour);

        if desk {
            egui::Panel::top("top_bar")
                .show(ui, |ui| top_bar::top_bar_ui(ui, state, &mut commands));
        }
        self.slider_revealed = match state.mode() {
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
        if desk && state.show_plots() {
            egui::Panel::bottom("plots")
                .resizable(true)
                .default_size(230.0)
                .min_size(140.0)
                // A large text size leaves the map room: at most a third of the window.
                .max_size((frame_input.screen.height() * PLOTS_MAX_SHARE).max(140.0))
                .show(ui, |ui| plots::plots_ui(ui, state, &mut commands));
            theme::panel_resize_focus_ring(ui, "plots");
        }
        if (desk && state.show_side_panel()) || kiosk_exploring {
            egui::Panel::right("side_panel")
                .resizable(desk)
                .default_size(if desk { 330.0 } else { 420.0 })
                .min_size(260.0)
                .show(ui, |ui| side_panel::side_panel_ui(ui, state, &mut commands));
            theme::panel_resize_focus_ring(ui, "side_panel");
        }
        let map_rect = egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                map::map_ui(ui, state, resources, &mut commands);
                ui.min_rect()
            })
            .inner;

        match state.mode() {
            Mode::Desk => {
                crate::ui::share_menu::share_message_ui(&ctx, state, map_rect, &mut commands);
                crate::ui::export_status::export_status_ui(&ctx, state, map_rect, &mut commands);
                crate::ui::data_problems::data_problems_window(&ctx, state, &mut commands);
                crate::ui::shortcuts::shortcuts_window(&ctx, state, &mut commands);
                if state.show_frame_overlay() {
                    crate::ui::frame_overlay::frame_overlay_ui(&ctx, &self.frame_stats, map_rect);
                }
            }
            Mode::Present { blank } => {
                story_overlay::caption_ui(&ctx, state, map_rect, None);
                story_overlay::step_counter_ui(&ctx, state, map_rect);
                // A `--screenshot` picture never shows the button, wherever the pointer rests.
                if self.screenshot.is_none() {
                    crate::ui::share_menu::presentation_share_ui(
                        &ctx,
                        state,
                        frame_input.pointer,
                        frame_input.screen,
                        &mut commands,
                    );
                }
                crate::ui::share_menu::share_message_ui(&ctx, state, map_rect, &mut commands);
                crate::ui::export_status::export_status_ui(&ctx, state, map_rect, &mut commands);
                crate::ui::shortcuts::shortcuts_window(&ctx, state, &mut commands);
                if *blank {
                    blank_screen_ui(&ctx);
                }
            }
            Mode::Kiosk(kiosk) => {
                if attract {
                    // The same hint the map made room for.
                    story_overlay::caption_ui(
                        &ctx,
                        state,
                        map_rect,
                        story_overlay::caption_extra(state).as_deref(),
                    );
                }
                kiosk::kiosk_overlays_ui(&ctx, state, kiosk, now, &mut commands);
            }
        }

        self.apply_all(&ctx, commands);
        // Exports asked for in this frame start now; a running one reports its progress.
        let export_news = self.exports.update(&ctx, &mut self.state);
        self.apply_all(&ctx, export_news);
        self.guard_links(&ctx, frame_input.pointer_released);

        // Sleep until something moves by itself: a kiosk runs all day on a software renderer.
        match self.state.next_wake().delay() {
            Some(delay) if delay.is_zero() => match self.state.min_frame_interval_secs() {
                // Counted from this frame's start: its drawing happens after this returns.
                Some(interval_secs) => ctx.request_repaint_after(
                    std::time::Duration::from_secs_f64(interval_secs)
                        .saturating_sub(frame_started.elapsed()),
                ),
                None => ctx.request_repaint(),
            },
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
        let interval = self
            .last_frame_at
            .map_or(0.0, |last| (frame_started - last).as_secs_f64());
        self.last_frame_at = Some(frame_started);
        self.frame_stats
            .record(interval, frame_started.elapsed().as_secs_f64() * 1000.0);
    }

    /// A kiosk visitor must never leave the atlas: no link opens a browser there. A lecturer's
    /// clicker sends Enter and Space, which activate a focused link, so in presentation mode
    /// only a pointer click opens one.
    fn guard_links(&self, ctx: &egui::Context, pointer_released: bool) {
        let allow = match self.state.mode() {
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
}

/// The most of the window's height the plots take (their panel can be dragged up to it).
const PLOTS_MAX_SHARE: f32 = 0.35;

/// What one frame's input says, read once at the start of the frame.
struct FrameInput {
    now_secs: f64,
    pointer: Option<egui::Pos2>,
    pointer_down: bool,
    pointer_released: bool,
    screen: egui::Rect,
    close_requested: bool,
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

/// The largest texture side the atlas asks for: enough for a 4K screen. egui's font atlas is
/// as wide as the renderer allows (16,384 pixels under llvmpipe's OpenGL), and grows in rows
/// of that width: capped here, its rows take a quarter of the memory, and large presentation
/// type does not cost tens of megabytes.
pub const MAX_TEXTURE_SIDE: usize = 4096;

/// Caps the texture size a frame's input reports (see [`MAX_TEXTURE_SIDE`]).
pub fn cap_texture_side(raw_input: &mut egui::RawInput) {
    raw_input.max_texture_side = Some(
        raw_input
            .max_texture_side
            .map_or(MAX_TEXTURE_SIDE, |side| side.min(MAX_TEXTURE_SIDE)),
    );
}

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        self.clear_colour()
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        cap_texture_side(raw_input);
    }
}
