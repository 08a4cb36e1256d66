//! Live data: the window's side of a curator's folder under watch. The watch thread reloads
//! and validates ([`crate::data::watch`]), builds the coarse maps again, logs the outcome,
//! and wakes the window, which applies it at the start of its next frame.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::data::watch::{FolderWatch, Reload};
use crate::data::{DataSource, coarse_maps};
use crate::geo::map_mesh::{LevelOfDetail, coarse_levels};
use crate::state::ReloadOutcome;
use crate::time::Date;

/// The name of the reload log written into a watched folder (and ignored by the watch).
pub const RELOAD_LOG_NAME: &str = "ssc-atlas-reload.log";

/// A reload, with the coarse maps built for the new data when it is shown.
pub(super) struct Reloaded {
    pub outcome: ReloadOutcome,
    pub levels: Option<Vec<LevelOfDetail>>,
}

/// Whether a folder is watched: not at all, about to be (the first frame starts it), or now.
pub(super) enum WatchState {
    Off,
    Pending {
        dir: PathBuf,
        log: Option<PathBuf>,
        today: Date,
    },
    Running(DataWatch),
}

/// The running watch and what it has handed over.
pub(super) struct DataWatch {
    pub receiver: Receiver<Reloaded>,
    _watch: FolderWatch,
}

impl DataWatch {
    /// Watches `dir`; every settled change is reloaded on the watch thread, written to `log`
    /// (when given) and handed to the window, which `ctx` wakes.
    pub fn start(
        dir: &Path,
        ctx: egui::Context,
        log: Option<PathBuf>,
        today: Date,
    ) -> Result<Self, String> {
        let (sender, receiver) = channel();
        let source = DataSource::Dir(dir.to_owned());
        let on_reload = move |reload: Reload| {
            hand_over(&sender, &source, &ctx, log.as_deref(), reload);
        };
        let ignored = Some(dir.join(RELOAD_LOG_NAME));
        let watch = FolderWatch::start(dir, ignored, today, on_reload)
            .map_err(|err| format!("cannot watch {}: {err}", dir.display()))?;
        Ok(Self {
            receiver,
            _watch: watch,
        })
    }
}

fn hand_over(
    sender: &Sender<Reloaded>,
    source: &DataSource,
    ctx: &egui::Context,
    log: Option<&Path>,
    reload: Reload,
) {
    let levels = reload.atlas.as_ref().map(|atlas| {
        let (levels, problems) = coarse_levels(&coarse_maps(source), &atlas.world);
        for problem in problems.iter() {
            eprintln!("warning: {problem}");
        }
        levels
    });
    let summary = summary_line(&reload);
    eprintln!("ssc-atlas: {summary}");
    if let Some(path) = log
        && let Err(err) = append_log(path, &summary, &reload)
    {
        eprintln!(
            "ssc-atlas: cannot write the reload log {}: {err}",
            path.display()
        );
    }
    // The window is gone only when the program ends.
    let _ = sender.send(Reloaded {
        outcome: ReloadOutcome(Arc::new(reload)),
        levels,
    });
    ctx.request_repaint();
}

/// One line a curator can read: what changed and whether it is on screen.
pub fn summary_line(reload: &Reload) -> String {
    let changed: Vec<String> = reload
        .changed
        .iter()
        .filter_map(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    let warnings = reload.problems.len() - reload.errors;
    match &reload.atlas {
        Some(atlas) => format!(
            "data reloaded after a change to {}: {} events, {} organizations, {warnings} warning(s)",
            changed.join(", "),
            atlas.events.len(),
            atlas.organizations.len()
        ),
        None => format!(
            "edit not shown after a change to {}: {} error(s), {warnings} warning(s); the window \
             keeps the last good data",
            changed.join(", "),
            reload.errors
        ),
    }
}

fn append_log(path: &Path, summary: &str, reload: &Reload) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    let stamp = timestamp_utc();
    writeln!(file, "{stamp} {summary}")?;
    for problem in &reload.problems {
        writeln!(file, "{stamp}   {problem}")?;
    }
    Ok(())
}

/// "2026-12-02 08:15:03 UTC" from the system clock.
fn timestamp_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let day = Date::from_unix_days((secs / 86_400) as i64);
    let in_day = secs % 86_400;
    format!(
        "{day} {:02}:{:02}:{:02} UTC",
        in_day / 3600,
        in_day % 3600 / 60,
        in_day % 60
    )
}
