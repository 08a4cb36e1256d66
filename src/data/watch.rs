//! A curator's data folder under watch: every settled change is reloaded and validated on a
//! background thread, and the outcome handed to whoever watches (the window, the kiosk's
//! log, `validate --watch`).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use super::atlas::{Atlas, load_atlas};
use super::source::DataSource;
use super::validate::validate;
use crate::problem::Problem;
use crate::time::Date;

/// An editor saves a file in several writes (and some write a temporary file, then rename):
/// reload once the folder has been quiet this long.
pub const SETTLE: Duration = Duration::from_millis(300);

/// What one reload found.
#[derive(Clone)]
pub struct Reload {
    /// The freshly loaded data, when it has no error (warnings allowed): the window shows it.
    pub atlas: Option<Arc<Atlas>>,
    /// Every problem `validate` reports (errors and warnings).
    pub problems: Vec<Problem>,
    /// How many of `problems` are errors.
    pub errors: usize,
    /// Files whose change started this reload (as the watcher named them).
    pub changed: Vec<PathBuf>,
}

/// Loads and validates `source` once: the outcome a reload hands on.
pub fn reload(source: &DataSource, today: Date, changed: Vec<PathBuf>) -> Reload {
    let atlas = load_atlas(source);
    let problems = validate(&atlas, source, today);
    let errors = problems.iter().filter(|p| p.is_error()).count();
    Reload {
        atlas: (errors == 0).then(|| Arc::new(atlas)),
        problems,
        errors,
        changed,
    }
}

/// Watches a folder until dropped; `on_reload` runs on the watch thread after each settled
/// change.
pub struct FolderWatch {
    // Dropping the watcher closes the channel, which ends the thread.
    _watcher: notify::RecommendedWatcher,
}

impl FolderWatch {
    /// Starts watching `dir` (recursively). Changes to `ignored` (the reload log, written
    /// into the folder) do not count. Fails when the folder cannot be watched.
    pub fn start(
        dir: &Path,
        ignored: Option<PathBuf>,
        today: Date,
        on_reload: impl Fn(Reload) + Send + 'static,
    ) -> notify::Result<Self> {
        let (sender, receiver) = mpsc::channel::<Vec<PathBuf>>();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if let Ok(event) = event
                    && !event.kind.is_access()
                {
                    let paths: Vec<PathBuf> = event
                        .paths
                        .into_iter()
                        .filter(|p| ignored.as_deref() != Some(p.as_path()))
                        .collect();
                    if !paths.is_empty() {
                        // The receiver is gone only when the watch ends.
                        let _ = sender.send(paths);
                    }
                }
            })?;
        watcher.watch(dir, RecursiveMode::Recursive)?;
        let source = DataSource::Dir(dir.to_owned());
        std::thread::Builder::new()
            .name("ssc-atlas data watch".into())
            .spawn(move || {
                while let Some(changed) = settled_change(&receiver, SETTLE) {
                    on_reload(reload(&source, today, changed));
                }
            })
            .map_err(|err| notify::Error::generic(&err.to_string()))?;
        Ok(Self { _watcher: watcher })
    }
}

/// Waits for a change, then until no further change comes for `settle`; the files changed.
/// `None` once the watcher is gone.
fn settled_change(
    receiver: &mpsc::Receiver<Vec<PathBuf>>,
    settle: Duration,
) -> Option<Vec<PathBuf>> {
    let mut changed = receiver.recv().ok()?;
    let mut last = Instant::now();
    loop {
        let wait = settle.saturating_sub(last.elapsed());
        match receiver.recv_timeout(wait) {
            Ok(more) => {
                changed.extend(more);
                last = Instant::now();
            }
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => return None,
        }
    }
    changed.sort();
    changed.dedup();
    Some(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_of_writes_is_one_change_once_quiet() {
        let (sender, receiver) = mpsc::channel();
        let writer = std::thread::spawn(move || {
            for name in ["a.json", "b.json", "a.json"] {
                sender.send(vec![PathBuf::from(name)]).unwrap();
                std::thread::sleep(Duration::from_millis(20));
            }
            // Keep the channel open past the settle time, then close it.
            std::thread::sleep(Duration::from_millis(200));
        });
        let changed = settled_change(&receiver, Duration::from_millis(100)).unwrap();
        assert_eq!(
            changed,
            vec![PathBuf::from("a.json"), PathBuf::from("b.json")]
        );
        writer.join().unwrap();
        assert_eq!(settled_change(&receiver, Duration::from_millis(100)), None);
    }
}
