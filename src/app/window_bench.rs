//! `ssc-atlas bench --window`: the frames a person sees. A real window runs three phases of
//! the same length: Play over the whole timeline with three organizations, a presentation
//! telling the first story (its camera flights), and the kiosk's attract loop. Each frame the
//! window presents is timed, and the process's CPU time is read from `/proc`.

use std::time::Instant;

use serde::Serialize;

use super::{AtlasApp, Mode};
use crate::kiosk::{Kiosk, KioskConfig};
use crate::state::Command;
use crate::time::playback::PlaybackCommand;

/// What the benchmark measures, phase by phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Play,
    Story,
    KioskAttract,
}

const PHASES: [Phase; 3] = [Phase::Play, Phase::Story, Phase::KioskAttract];

/// The figures of one phase.
#[derive(Clone, Debug, Serialize)]
pub struct PhaseReport {
    pub phase: Phase,
    pub wall_secs: f64,
    pub frames_presented: usize,
    pub frames_per_sec: f64,
    pub frame_interval_ms_median: f64,
    pub frame_interval_ms_p95: f64,
    pub frame_interval_ms_p99: f64,
    /// CPU time of the whole process (all threads, the software renderer's included).
    pub cpu_ms_per_frame: f64,
    /// CPU seconds per wall second: 1.0 is one core busy.
    pub cpu_cores_busy: f64,
    /// Play: years the slider moved per wall second (1.0 at "1 yr/s" if it keeps time).
    pub years_per_wall_sec: Option<f64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct WindowBenchReport {
    pub window_px: (u32, u32),
    pub phase_secs: f64,
    pub renderer: &'static str,
    pub phases: Vec<PhaseReport>,
}

/// CPU seconds used by this process so far (user and system), from `/proc/self/stat`.
/// `None` where there is no `/proc` (the figure is then left out).
pub fn process_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let after_name = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line: 12th and 13th after ')'.
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    // Linux counts in clock ticks of 1/100 s on every common configuration.
    Some((utime + stime) / 100.0)
}

fn percentile_ms(sorted_secs: &[f64], p: f64) -> f64 {
    if sorted_secs.is_empty() {
        return 0.0;
    }
    let index = ((sorted_secs.len() - 1) as f64 * p).round() as usize;
    sorted_secs[index.min(sorted_secs.len() - 1)] * 1000.0
}

/// Wraps the atlas and measures it, phase by phase, then closes the window.
pub struct WindowBench {
    app: AtlasApp,
    phase_secs: f64,
    phase: usize,
    phase_started: Option<Instant>,
    last_frame: Option<Instant>,
    intervals_secs: Vec<f64>,
    cpu_at_start: Option<f64>,
    years_at_start: f64,
    pub reports: Vec<PhaseReport>,
    finished: bool,
}

impl WindowBench {
    pub fn new(app: AtlasApp, phase_secs: f64) -> Self {
        Self {
            app,
            phase_secs,
            phase: 0,
            phase_started: None,
            last_frame: None,
            intervals_secs: Vec::new(),
            cpu_at_start: None,
            years_at_start: 0.0,
            reports: Vec::new(),
            finished: false,
        }
    }

    pub fn finished(&self) -> bool {
        self.finished
    }

    /// Sets the app up for a phase: the same selection, a different way of watching.
    fn enter(&mut self, phase: Phase) {
        let state = &mut self.app.state;
        match phase {
            Phase::Play => {
                state.apply(Command::SetMode(Mode::Desk));
                let first = state.playback().first_year();
                state.apply(Command::Playback(PlaybackCommand::SetYear(first)));
                state.apply(Command::Playback(PlaybackCommand::Play));
            }
            Phase::Story => {
                state.apply(Command::Playback(PlaybackCommand::Pause));
                state.apply(Command::SetMode(Mode::Present { blank: false }));
                state.apply(Command::StoryStart {
                    story: 0,
                    step: 0,
                    autoplay: true,
                });
            }
            Phase::KioskAttract => {
                state.apply(Command::StoryStop);
                state.apply(Command::SetMode(Mode::Kiosk(Box::new(Kiosk::new(
                    KioskConfig::default(),
                )))));
            }
        }
        self.years_at_start = self.app.state.playback().time_years();
        self.intervals_secs.clear();
        self.last_frame = None;
        self.cpu_at_start = process_cpu_secs();
        self.phase_started = Some(Instant::now());
    }

    fn finish_phase(&mut self, phase: Phase, wall_secs: f64) {
        let mut sorted = self.intervals_secs.clone();
        sorted.sort_by(f64::total_cmp);
        let frames = self.intervals_secs.len() + 1;
        let cpu_secs = process_cpu_secs()
            .zip(self.cpu_at_start)
            .map_or(0.0, |(now, start)| now - start);
        let years = self.app.state.playback().time_years() - self.years_at_start;
        self.reports.push(PhaseReport {
            phase,
            wall_secs,
            frames_presented: frames,
            frames_per_sec: frames as f64 / wall_secs.max(1e-9),
            frame_interval_ms_median: percentile_ms(&sorted, 0.5),
            frame_interval_ms_p95: percentile_ms(&sorted, 0.95),
            frame_interval_ms_p99: percentile_ms(&sorted, 0.99),
            cpu_ms_per_frame: cpu_secs * 1000.0 / frames as f64,
            cpu_cores_busy: cpu_secs / wall_secs.max(1e-9),
            years_per_wall_sec: (phase == Phase::Play).then(|| years / wall_secs.max(1e-9)),
        });
    }

    /// One presented frame: time it, draw the atlas, move on to the next phase when due.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let now = Instant::now();
        if self.phase_started.is_none() {
            self.enter(Phase::Play);
        }
        if let Some(last) = self.last_frame {
            self.intervals_secs.push((now - last).as_secs_f64());
        }
        self.last_frame = Some(now);
        let Some(&phase) = PHASES.get(self.phase) else {
            // Done: the window is closing.
            self.app.show(ui);
            return;
        };
        // Play runs the whole timeline again and again.
        if phase == Phase::Play && !self.app.state.playback().is_playing() {
            let first = self.app.state.playback().first_year();
            self.app
                .state
                .apply(Command::Playback(PlaybackCommand::SetYear(first)));
            self.app
                .state
                .apply(Command::Playback(PlaybackCommand::Play));
        }
        self.app.show(ui);
        let elapsed = self
            .phase_started
            .map_or(0.0, |started| started.elapsed().as_secs_f64());
        if elapsed >= self.phase_secs {
            self.finish_phase(phase, elapsed);
            self.phase += 1;
            if let Some(next) = PHASES.get(self.phase) {
                self.enter(*next);
            } else {
                self.finished = true;
                // A kiosk refuses to close; the benchmark's window is a desk's again.
                self.app.state.apply(Command::SetMode(Mode::Desk));
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
        // The kiosk sleeps between its flights: wake for the end of the phase at least.
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(
                (self.phase_secs - elapsed).max(0.05),
            ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_process_cpu_time_is_read_and_grows() {
        let before = process_cpu_secs().unwrap();
        let mut x = 0u64;
        let started = Instant::now();
        while started.elapsed().as_millis() < 200 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        }
        assert!(x != 1);
        let after = process_cpu_secs().unwrap();
        assert!(after > before, "{before} → {after}");
    }

    #[test]
    fn percentiles_in_milliseconds() {
        let sorted = [0.010, 0.020, 0.030, 0.040, 0.100];
        assert!((percentile_ms(&sorted, 0.5) - 30.0).abs() < 1e-9);
        assert!((percentile_ms(&sorted, 0.99) - 100.0).abs() < 1e-9);
        assert!(percentile_ms(&[], 0.5).abs() < 1e-12);
    }
}
