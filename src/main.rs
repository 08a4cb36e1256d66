//! `ssc-atlas`: opens the atlas window, or runs a subcommand.

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use ssc_atlas::app::AtlasApp;
use ssc_atlas::cli::{Cli, CliError, run_command};
use ssc_atlas::data::load_atlas;
use ssc_atlas::state::{AppState, Command, ThemeChoice};
use ssc_atlas::time::playback::PlaybackCommand;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let source = cli.data_source();
    if let Some(command) = &cli.command {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        return match run_command(command, &source, &mut out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(CliError::InvalidData { count }) => {
                eprintln!("validate: {count} problem(s) found");
                ExitCode::FAILURE
            }
            Err(err) => {
                eprintln!("ssc-atlas: {err}");
                ExitCode::FAILURE
            }
        };
    }
    run_window(&cli)
}

fn run_window(cli: &Cli) -> ExitCode {
    let started = std::time::Instant::now();
    let atlas = load_atlas(&cli.data_source());
    if cli.timings {
        eprintln!(
            "timings: data loaded after {} ms",
            started.elapsed().as_millis()
        );
    }
    for problem in atlas.problems.iter() {
        eprintln!("warning: {problem}");
    }
    let last_year = ssc_atlas::time::current_year();
    let mut state = AppState::new(Arc::new(atlas), cli.year.unwrap_or(1964), last_year);
    if let Some(year) = cli.year {
        state.apply(Command::Playback(PlaybackCommand::SetYear(year)));
    }
    for id in &cli.select {
        if state.atlas.organization(id).is_none() {
            eprintln!(
                "ssc-atlas: unknown organization id \"{id}\" in --select; run `ssc-atlas organizations` for the list"
            );
            return ExitCode::FAILURE;
        }
        state.apply(Command::ToggleOrganization(id.clone()));
    }
    if let Some(id) = &cli.event {
        if state.atlas.event(id).is_none() {
            eprintln!("ssc-atlas: unknown event id \"{id}\" in --event");
            return ExitCode::FAILURE;
        }
        state.apply(Command::SelectEvent(id.clone()));
    }
    if cli.dark {
        state.apply(Command::SetTheme(ThemeChoice::Dark));
    }
    let (width, height) = cli.size;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(ssc_atlas::TITLE)
            .with_inner_size([width as f32, height as f32])
            .with_min_inner_size([800.0, 560.0]),
        ..Default::default()
    };
    let screenshot = cli.screenshot.clone();
    let timings = cli.timings;
    let result = eframe::run_native(
        ssc_atlas::TITLE,
        options,
        Box::new(move |_cc| {
            let app = AtlasApp::new(state, screenshot);
            Ok(Box::new(if timings {
                app.with_startup_timer(started)
            } else {
                app
            }))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("ssc-atlas: cannot open the window: {err}");
            ExitCode::FAILURE
        }
    }
}
