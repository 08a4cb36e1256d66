//! `ssc-atlas`: opens the atlas window, or runs a subcommand.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use clap::Parser;
use ssc_atlas::app::{AtlasApp, Mode};
use ssc_atlas::cli::{Cli, CliError, WindowRenderer, run_command_since};
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::geo::map_mesh::coarse_levels;
use ssc_atlas::kiosk::{Kiosk, KioskConfig};
use ssc_atlas::state::{AppState, Command, ThemeChoice};
use ssc_atlas::time::Date;

fn main() -> ExitCode {
    let process_started = std::time::Instant::now();
    ssc_atlas::heap::keep_freed_heap_for_the_next_frame();
    let cli = Cli::parse();
    let source = match cli.checked_data_source() {
        Ok(source) => source,
        Err(err) => {
            eprintln!("ssc-atlas: {err}");
            return ExitCode::FAILURE;
        }
    };
    let today = Date::today_utc();
    if let Some(ssc_atlas::cli::CliCommand::Bench {
        window: true,
        seconds,
        window_size,
        mesh,
        phases,
        ..
    }) = &cli.command
    {
        let setup = WindowBenchSetup {
            phase_secs: *seconds,
            window_px: *window_size,
            mesh: *mesh,
            renderer: cli.renderer,
            phases: phases.clone(),
        };
        return run_window_bench(setup, process_started);
    }
    if let Some(command) = &cli.command {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let result = run_command_since(command, &source, today, &mut out, process_started)
            .and_then(|()| out.flush().map_err(CliError::from));
        return match result {
            Ok(()) => ExitCode::SUCCESS,
            // The reader has all it wanted (`| head`): stop quietly, as Unix tools do.
            Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
            Err(CliError::InvalidData { count }) => {
                eprintln!("validate: {count} problem(s) found");
                ExitCode::FAILURE
            }
            Err(err) => {
                // What was written so far (the counts of a counts-only `members`) comes
                // before the message.
                let _ = out.flush();
                eprintln!("ssc-atlas: {err}");
                ExitCode::FAILURE
            }
        };
    }
    run_window(&cli, &source, today)
}

fn run_window(cli: &Cli, source: &DataSource, today: Date) -> ExitCode {
    let started = std::time::Instant::now();
    if let Err(err) = cli.check_screenshot() {
        eprintln!("ssc-atlas: {err}");
        return ExitCode::FAILURE;
    }
    let atlas = load_atlas(source);
    if let Err(err) = cli.check_year(&(atlas.first_year()..=today.year)) {
        eprintln!("ssc-atlas: {err}");
        return ExitCode::FAILURE;
    }
    if cli.timings {
        eprintln!(
            "timings: data loaded after {} ms",
            started.elapsed().as_millis()
        );
    }
    for problem in atlas.problems.iter() {
        eprintln!("warning: {problem}");
    }
    let last_year = today.year;
    // A curator's folder is validated as a whole, so the window can list what is wrong (the
    // bundled data is checked by the tests).
    let data_problems = cli
        .data
        .as_ref()
        .map(|_| ssc_atlas::data::validate::validate(&atlas, source, today));
    let mut state = AppState::new(Arc::new(atlas), cli.year.unwrap_or(1964), last_year);
    if let Some(problems) = data_problems {
        state.apply(Command::SetDataProblems(problems));
    }
    // The start view: `--open`'s file, then the flags over it (what a copied command line
    // holds). A view file's problems are warnings: the window opens with what is good.
    let years = state.atlas().first_year()..=last_year;
    // The language a view file asks for (`--lang` wins over it, as every flag does).
    let mut file_language = None;
    match ssc_atlas::cli::start_view(cli, state.atlas(), &years) {
        Ok((view, problems)) => {
            file_language.clone_from(&view.language);
            for problem in &problems {
                eprintln!("warning: {problem}");
            }
            for command in ssc_atlas::state::view_commands(&view) {
                state.apply(command);
            }
        }
        Err(err) => {
            eprintln!("ssc-atlas: {err}");
            return ExitCode::FAILURE;
        }
    }
    state.apply(Command::SetExportDir(cli.export_dir.clone()));
    let languages = state.atlas().translations.codes();
    let file_language = file_language.filter(|code| {
        let known = languages.contains(&code.as_str());
        if !known && cli.lang.is_none() {
            eprintln!(
                "warning: the view's language \"{code}\" is not one of {}; using the system's",
                languages.join(", ")
            );
        }
        known
    });
    let asked = cli.lang.as_deref().or(file_language.as_deref());
    let language =
        ssc_atlas::i18n::choose_language(asked, &languages, |name| std::env::var(name).ok())
            .map(str::to_owned);
    match language {
        Ok(code) => state.apply(Command::SetDefaultLanguage(code)),
        Err(err) => {
            eprintln!("ssc-atlas: {err}");
            return ExitCode::FAILURE;
        }
    }
    if cli.present.is_some() {
        state.apply(Command::SetTheme(ThemeChoice::Dark));
    }
    if cli.high_contrast {
        state.apply(Command::SetTheme(ThemeChoice::HighContrast));
    }
    state.apply(Command::SetReducedMotion(cli.reduced_motion));
    for _ in 0..ssc_atlas::cli::text_size_steps(cli.text_size).unwrap_or(0) {
        state.apply(Command::TextSize(ssc_atlas::state::TextSizeStep::Larger));
    }
    let mode = match (&cli.present, cli.kiosk) {
        (Some(_), true) => {
            eprintln!("ssc-atlas: choose one of --present and --kiosk");
            return ExitCode::FAILURE;
        }
        (Some(story_id), false) => {
            let story = if story_id.is_empty() {
                Some(0)
            } else {
                state.atlas().stories.iter().position(|s| s.id == *story_id)
            };
            let Some(story) = story else {
                let ids: Vec<&str> = state
                    .atlas()
                    .stories
                    .iter()
                    .map(|s| s.id.as_str())
                    .collect();
                eprintln!(
                    "ssc-atlas: unknown story \"{story_id}\"; stories: {}",
                    ids.join(", ")
                );
                return ExitCode::FAILURE;
            };
            state.apply(Command::StoryStart {
                story,
                step: cli.step.saturating_sub(1),
                autoplay: false,
            });
            Mode::Present { blank: false }
        }
        (None, true) => Mode::Kiosk(Box::new(Kiosk::new(KioskConfig {
            idle_secs: cli.idle_secs.max(5.0),
            pin: cli.kiosk_pin.clone(),
            ..KioskConfig::default()
        }))),
        (None, false) => Mode::Desk,
    };
    let fullscreen = !matches!(mode, Mode::Desk) && cli.screenshot.is_none();
    let (width, height) = cli.size;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(ssc_atlas::TITLE)
            .with_inner_size([width as f32, height as f32])
            .with_min_inner_size([800.0, 560.0])
            .with_fullscreen(fullscreen)
            .with_decorations(!cli.kiosk),
        renderer: eframe_renderer(cli.renderer),
        wgpu_options: wgpu_configuration(),
        dithering: WINDOW_DITHERING,
        ..Default::default()
    };
    // Edits to a curator's folder appear live; the kiosk logs each reload into the folder.
    let watched = cli.data.clone().filter(|_| cli.screenshot.is_none());
    let reload_log = watched
        .as_ref()
        .filter(|_| cli.kiosk)
        .map(|dir| dir.join(ssc_atlas::app::RELOAD_LOG_NAME));
    let timings = cli.timings;
    let mesh_map = cli.mesh_map;
    // The coarse map's meshes are built on a worker while eframe opens the window.
    let coarse_maps = ssc_atlas::data::coarse_maps(source);
    let atlas_for_levels = Arc::clone(state.atlas());
    let mut app = AtlasApp::new(state, cli.screenshot.clone())
        .with_sea_as_clear_colour()
        .with_mode(mode)
        .with_export_dir(cli.export_dir.clone());
    if let Some(dir) = &watched {
        app = app.with_data_watch(dir, reload_log, today);
    }
    let screenshot_saved = app.screenshot_saved();
    let levels = std::thread::Builder::new()
        .name("coarse-maps".into())
        .spawn(move || {
            let (levels, problems) = coarse_levels(&coarse_maps, &atlas_for_levels.world);
            for problem in problems.iter() {
                eprintln!("warning: {problem}");
            }
            levels
        });
    let result = eframe::run_native(
        ssc_atlas::TITLE,
        options,
        Box::new(move |cc| {
            let app = app
                .with_gpu_target(AtlasApp::gpu_target_of(cc).filter(|_| !mesh_map))
                .with_map_levels(match levels {
                    Ok(worker) => worker.join().unwrap_or_default(),
                    Err(_) => Vec::new(),
                });
            Ok(Box::new(if timings {
                app.with_startup_timer(started)
            } else {
                app
            }))
        }),
    );
    match result {
        // The reason (a folder that cannot be written …) was printed when saving failed.
        Ok(()) if cli.screenshot.is_some() && !screenshot_saved.load(Ordering::Relaxed) => {
            eprintln!("ssc-atlas: no screenshot was saved");
            ExitCode::FAILURE
        }
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("ssc-atlas: cannot open the window: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The window of `bench --window`: the measured atlas, and where its figures go.
struct BenchWindow {
    bench: ssc_atlas::app::window_bench::WindowBench,
    reports: std::rc::Rc<std::cell::RefCell<Vec<ssc_atlas::app::window_bench::PhaseReport>>>,
    startup_ms: std::rc::Rc<std::cell::Cell<Option<f64>>>,
}
impl eframe::App for BenchWindow {
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        ssc_atlas::app::cap_texture_side(raw_input);
    }

    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        self.bench.clear_colour()
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // The window's pixels per point are 1 under Xvfb; the size is in pixels.
        self.bench.show(ui);
        if self.bench.finished() {
            self.reports.borrow_mut().clone_from(&self.bench.reports);
            self.startup_ms.set(self.bench.startup_to_first_frame_ms());
        }
    }
}

/// egui's shader dithers every pixel against banding in gradients; the atlas draws flat
/// colours, and on a software renderer the dither costs a few per cent of each frame.
const WINDOW_DITHERING: bool = false;

/// What `bench --window` was asked for.
struct WindowBenchSetup {
    phase_secs: f64,
    window_px: (u32, u32),
    mesh: bool,
    renderer: WindowRenderer,
    phases: Vec<ssc_atlas::app::window_bench::Phase>,
}

/// `bench --window`: the bundled scenario in a real window, timed phase by phase; the
/// figures go to standard output as JSON when the window closes.
fn run_window_bench(setup: WindowBenchSetup, process_started: std::time::Instant) -> ExitCode {
    use ssc_atlas::app::window_bench::{WindowBench, WindowBenchReport};
    let WindowBenchSetup {
        phase_secs,
        window_px: (width, height),
        mesh,
        renderer,
        phases: wanted_phases,
    } = setup;
    let atlas = Arc::new(load_atlas(&ssc_atlas::data::DataSource::Bundled));
    let state = ssc_atlas::bench::scenario_state(Arc::clone(&atlas));
    let coarse_maps = ssc_atlas::data::coarse_maps(&ssc_atlas::data::DataSource::Bundled);
    let (levels, _) = coarse_levels(&coarse_maps, &atlas.world);
    let reports = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let reports_out = std::rc::Rc::clone(&reports);
    let startup_ms = std::rc::Rc::new(std::cell::Cell::new(None));
    let startup_ms_out = std::rc::Rc::clone(&startup_ms);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(ssc_atlas::TITLE)
            .with_inner_size([width as f32, height as f32]),
        renderer: eframe_renderer(renderer),
        wgpu_options: wgpu_configuration(),
        dithering: WINDOW_DITHERING,
        ..Default::default()
    };
    let result = eframe::run_native(
        ssc_atlas::TITLE,
        options,
        Box::new(move |cc| {
            let app = AtlasApp::new(state, None)
                .with_sea_as_clear_colour()
                .with_gpu_target(AtlasApp::gpu_target_of(cc).filter(|_| !mesh))
                .with_map_levels(levels);
            Ok(Box::new(BenchWindow {
                bench: WindowBench::new(app, phase_secs, wanted_phases, process_started),
                reports: reports_out,
                startup_ms: startup_ms_out,
            }))
        }),
    );
    if let Err(err) = result {
        eprintln!("ssc-atlas: cannot open the window: {err}");
        return ExitCode::FAILURE;
    }
    let phases = reports.borrow().clone();
    if phases.is_empty() {
        eprintln!("ssc-atlas: the window closed before the benchmark finished");
        return ExitCode::FAILURE;
    }
    let report = WindowBenchReport {
        window_px: (width, height),
        phase_secs,
        renderer: match renderer {
            WindowRenderer::Glow => "glow, map as egui meshes",
            WindowRenderer::Wgpu if mesh => "wgpu, map as egui meshes",
            WindowRenderer::Wgpu => "wgpu, map from GPU buffers",
        },
        startup_to_first_frame_ms: startup_ms.get(),
        phases,
    };
    match serde_json::to_string_pretty(&report) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("ssc-atlas: cannot encode the report: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Glow by default: on Mesa's software renderer eframe's wgpu back end (through GL) spends
/// about 130 ms of CPU on an empty 1920x1080 frame, glow about 17 ms (measured here with an
/// empty eframe window). The map's GPU buffers exist only for wgpu; under glow the
/// countries are egui meshes.
fn eframe_renderer(renderer: WindowRenderer) -> eframe::Renderer {
    match renderer {
        WindowRenderer::Glow => eframe::Renderer::Glow,
        WindowRenderer::Wgpu => eframe::Renderer::Wgpu,
    }
}

/// eframe's wgpu set-up, with textures capped at 4096 pixels a side: enough for a 4K
/// screen, and egui's font atlas (as wide as the cap allows) then takes a quarter of the
/// memory it would at 16384 or 8192.
fn wgpu_configuration() -> eframe::egui_wgpu::WgpuConfiguration {
    use eframe::egui_wgpu::{WgpuConfiguration, WgpuSetup, WgpuSetupCreateNew};
    use eframe::wgpu;
    const MAX_TEXTURE_SIDE: u32 = ssc_atlas::app::MAX_TEXTURE_SIDE as u32;
    let mut setup = WgpuSetupCreateNew::without_display_handle();
    let default_descriptor = std::sync::Arc::clone(&setup.device_descriptor);
    setup.device_descriptor = std::sync::Arc::new(move |adapter: &wgpu::Adapter| {
        let mut descriptor = default_descriptor(adapter);
        descriptor.required_limits.max_texture_dimension_2d = descriptor
            .required_limits
            .max_texture_dimension_2d
            .min(MAX_TEXTURE_SIDE);
        descriptor
    });
    WgpuConfiguration {
        wgpu_setup: WgpuSetup::CreateNew(setup),
        ..WgpuConfiguration::default()
    }
}
