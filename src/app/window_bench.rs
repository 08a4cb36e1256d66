//! `ssc-atlas bench --window`: the frames a person sees. A real window runs four phases:
//! Play over the whole timeline with three organizations; a lecturer presenting the first
//! story (a key press per step, after the camera has landed); the kiosk's attract loop over
//! one whole story; and a kiosk explore screen that nobody touches. Each frame the window
//! presents is timed, and the process's CPU time and peak memory are read from `/proc`.

use std::time::Instant;

use serde::Serialize;

use super::{AtlasApp, Mode};
use crate::kiosk::{Kiosk, KioskConfig};
use crate::state::Command;
use crate::story::StoryPlayer;
use crate::time::playback::PlaybackCommand;

/// What the benchmark measures, phase by phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Play,
    Story,
    KioskAttract,
    KioskIdle,
}

/// Every phase, in the order `bench --window` runs them unless told otherwise.
pub const ALL_PHASES: [Phase; 4] = [
    Phase::Play,
    Phase::Story,
    Phase::KioskAttract,
    Phase::KioskIdle,
];

/// A lecturer reads the caption this long after the camera lands before the next key.
const HOLD_BEFORE_KEY_SECS: f64 = 1.0;
/// The attract phase ends after one whole story, or after this long at most.
const ATTRACT_MAX_SECS: f64 = 400.0;
/// The story phase ends after the story's last step, or after this long at most.
const STORY_MAX_SECS: f64 = 200.0;

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
    /// Story and attract: frames per second while the camera flies, from the intervals
    /// between frames drawn in flight.
    pub flight_frames_per_sec: Option<f64>,
    pub flight_interval_ms_p95: Option<f64>,
    /// Story: from the key (the command applied) to the presented frame with the new
    /// caption, the slowest of the steps.
    pub step_caption_ms_max: Option<f64>,
    pub steps: Option<usize>,
    /// Peak resident memory of the process so far (`VmHWM`), at the end of the phase.
    pub peak_memory_mb: Option<f64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct WindowBenchReport {
    pub window_px: (u32, u32),
    pub phase_secs: f64,
    pub renderer: &'static str,
    /// From the process's start to the first frame presented.
    pub startup_to_first_frame_ms: Option<f64>,
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

/// Peak resident memory of this process so far in MB (10^6 bytes), from `VmHWM`.
pub fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    kib_field(&status, "VmHWM:").map(|kib| kib * 1024.0 / 1e6)
}

fn kib_field(status: &str, name: &str) -> Option<f64> {
    let line = status.lines().find(|line| line.starts_with(name))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn percentile_ms(sorted_secs: &[f64], p: f64) -> f64 {
    if sorted_secs.is_empty() {
        return 0.0;
    }
    let index = ((sorted_secs.len() - 1) as f64 * p).round() as usize;
    sorted_secs[index.min(sorted_secs.len() - 1)] * 1000.0
}

fn sorted(values: &[f64]) -> Vec<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted
}

/// Wraps the atlas and measures it, phase by phase, then closes the window.
pub struct WindowBench {
    app: AtlasApp,
    phase_secs: f64,
    /// The phases to run, in order (`--phases`): one mode alone shows its own peak memory.
    phases: Vec<Phase>,
    phase: usize,
    process_started: Instant,
    startup_ms: Option<f64>,
    phase_started: Option<Instant>,
    last_frame: Option<Instant>,
    /// Whether the last frame was drawn while the camera flew.
    last_frame_flying: bool,
    intervals_secs: Vec<f64>,
    flight_intervals_secs: Vec<f64>,
    /// Story: when the key for the step being shown was pressed, until its frame shows.
    key_pressed: Option<Instant>,
    landed_at: Option<Instant>,
    caption_latencies_secs: Vec<f64>,
    cpu_at_start: Option<f64>,
    years_at_start: f64,
    pub reports: Vec<PhaseReport>,
    finished: bool,
}

impl WindowBench {
    pub fn new(
        app: AtlasApp,
        phase_secs: f64,
        phases: Vec<Phase>,
        process_started: Instant,
    ) -> Self {
        Self {
            app,
            phase_secs,
            phases,
            phase: 0,
            process_started,
            startup_ms: None,
            phase_started: None,
            last_frame: None,
            last_frame_flying: false,
            intervals_secs: Vec::new(),
            flight_intervals_secs: Vec::new(),
            key_pressed: None,
            landed_at: None,
            caption_latencies_secs: Vec::new(),
            cpu_at_start: None,
            years_at_start: 0.0,
            reports: Vec::new(),
            finished: false,
        }
    }

    /// The window's clear colour: the atlas's sea.
    pub fn clear_colour(&self) -> [f32; 4] {
        self.app.clear_colour()
    }

    pub fn finished(&self) -> bool {
        self.finished
    }

    /// From the process's start to the first presented frame (known from the second frame).
    pub fn startup_to_first_frame_ms(&self) -> Option<f64> {
        self.startup_ms
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
                    autoplay: false,
                });
            }
            Phase::KioskAttract => {
                state.apply(Command::StoryStop);
                state.apply(Command::SetMode(Mode::Kiosk(Box::new(Kiosk::new(
                    KioskConfig::default(),
                )))));
            }
            Phase::KioskIdle => {
                // A visitor touched once, then walked away: nothing moves until the
                // "Still exploring?" countdown, which is further off than the phase.
                let now_secs = state.clock_secs().unwrap_or(0.0);
                state.apply(Command::KioskInput { now_secs });
            }
        }
        self.years_at_start = self.app.state.playback().time_years();
        self.intervals_secs.clear();
        self.flight_intervals_secs.clear();
        self.caption_latencies_secs.clear();
        self.key_pressed = None;
        self.landed_at = None;
        self.last_frame = None;
        self.cpu_at_start = process_cpu_secs();
        self.phase_started = Some(Instant::now());
    }

    fn finish_phase(&mut self, phase: Phase, wall_secs: f64) {
        let all = sorted(&self.intervals_secs);
        let flight = sorted(&self.flight_intervals_secs);
        let frames = self.intervals_secs.len() + 1;
        let cpu_secs = process_cpu_secs()
            .zip(self.cpu_at_start)
            .map_or(0.0, |(now, start)| now - start);
        let years = self.app.state.playback().time_years() - self.years_at_start;
        let with_flights = matches!(phase, Phase::Story | Phase::KioskAttract);
        let flight_median_ms = percentile_ms(&flight, 0.5);
        self.reports.push(PhaseReport {
            phase,
            wall_secs,
            frames_presented: frames,
            frames_per_sec: frames as f64 / wall_secs.max(1e-9),
            frame_interval_ms_median: percentile_ms(&all, 0.5),
            frame_interval_ms_p95: percentile_ms(&all, 0.95),
            frame_interval_ms_p99: percentile_ms(&all, 0.99),
            cpu_ms_per_frame: cpu_secs * 1000.0 / frames as f64,
            cpu_cores_busy: cpu_secs / wall_secs.max(1e-9),
            years_per_wall_sec: (phase == Phase::Play).then(|| years / wall_secs.max(1e-9)),
            flight_frames_per_sec: (with_flights && flight_median_ms > 0.0)
                .then(|| 1000.0 / flight_median_ms),
            flight_interval_ms_p95: (with_flights && !flight.is_empty())
                .then(|| percentile_ms(&flight, 0.95)),
            step_caption_ms_max: (phase == Phase::Story).then(|| {
                self.caption_latencies_secs
                    .iter()
                    .fold(0.0_f64, |max, &secs| max.max(secs * 1000.0))
            }),
            steps: (phase == Phase::Story).then_some(self.caption_latencies_secs.len()),
            peak_memory_mb: peak_memory_mb(),
        });
    }

    /// Story phase: the next key when the camera has landed and the caption was read;
    /// `true` when the story has ended.
    fn drive_story(&mut self, now: Instant) -> bool {
        let Some(player) = self.app.state.story() else {
            return true;
        };
        if player.is_flying() {
            self.landed_at = None;
            return false;
        }
        let landed_at = *self.landed_at.get_or_insert(now);
        if (now - landed_at).as_secs_f64() < HOLD_BEFORE_KEY_SECS {
            return false;
        }
        let step = player.step;
        let last_step = self
            .app
            .state
            .story_step()
            .map_or(0, |(story, _)| story.steps.len().saturating_sub(1));
        if step >= last_step {
            return true;
        }
        self.app.state.apply(Command::StoryNext);
        self.key_pressed = Some(now);
        self.landed_at = None;
        false
    }

    fn phase_done(&mut self, phase: Phase, elapsed_secs: f64, now: Instant) -> bool {
        match phase {
            Phase::Play | Phase::KioskIdle => elapsed_secs >= self.phase_secs,
            Phase::Story => self.drive_story(now) || elapsed_secs >= STORY_MAX_SECS,
            // One whole story of the loop: done when the loop has moved on to the next.
            Phase::KioskAttract => {
                self.app
                    .state
                    .story()
                    .is_some_and(|player| player.story != 0)
                    || elapsed_secs >= ATTRACT_MAX_SECS
            }
        }
    }

    /// One presented frame: time it, draw the atlas, move on to the next phase when due.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let now = Instant::now();
        if self.phase_started.is_none() {
            let Some(&first) = self.phases.first() else {
                self.finished = true;
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                return;
            };
            self.enter(first);
        } else if self.startup_ms.is_none() {
            // The first frame was presented before this one began.
            self.startup_ms = Some((now - self.process_started).as_secs_f64() * 1000.0);
        }
        if let Some(last) = self.last_frame {
            let interval = (now - last).as_secs_f64();
            self.intervals_secs.push(interval);
            let flying = self.app.state.story().is_some_and(StoryPlayer::is_flying);
            if flying && self.last_frame_flying {
                self.flight_intervals_secs.push(interval);
            }
        }
        // The frame drawn after the key press was presented before this one began.
        if let Some(pressed) = self.key_pressed.take() {
            self.caption_latencies_secs
                .push((now - pressed).as_secs_f64());
        }
        self.last_frame = Some(now);
        let Some(&phase) = self.phases.get(self.phase) else {
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
        let elapsed = self
            .phase_started
            .map_or(0.0, |started| started.elapsed().as_secs_f64());
        let done = self.phase_done(phase, elapsed, now);
        self.app.show(ui);
        self.last_frame_flying = self.app.state.story().is_some_and(StoryPlayer::is_flying);
        if done {
            self.finish_phase(phase, elapsed);
            self.phase += 1;
            if let Some(&next) = self.phases.get(self.phase) {
                self.enter(next);
            } else {
                self.finished = true;
                // A kiosk refuses to close; the benchmark's window is a desk's again.
                self.app.state.apply(Command::SetMode(Mode::Desk));
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
        // Wake for the next key, the end of the phase, or a caption's hold at least.
        let until_phase_end = match phase {
            Phase::Play | Phase::KioskIdle => (self.phase_secs - elapsed).max(0.05),
            Phase::Story => HOLD_BEFORE_KEY_SECS / 4.0,
            Phase::KioskAttract => (ATTRACT_MAX_SECS - elapsed).max(0.05),
        };
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(until_phase_end));
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
    fn the_peak_memory_is_read_from_the_status_lines() {
        let status = "Name:\tssc-atlas\nVmPeak:\t  300000 kB\nVmHWM:\t  146484 kB\n";
        assert_eq!(kib_field(status, "VmHWM:"), Some(146_484.0));
        assert_eq!(kib_field(status, "VmSwap:"), None);
        let mb = peak_memory_mb().unwrap();
        assert!(mb > 1.0 && mb < 100_000.0, "{mb}");
    }

    #[test]
    fn percentiles_in_milliseconds() {
        let sorted = [0.010, 0.020, 0.030, 0.040, 0.100];
        assert!((percentile_ms(&sorted, 0.5) - 30.0).abs() < 1e-9);
        assert!((percentile_ms(&sorted, 0.99) - 100.0).abs() < 1e-9);
        assert!(percentile_ms(&[], 0.5).abs() < 1e-12);
    }
}
