//! The selected year and its playback, changed only through [`PlaybackCommand`]s.

/// Commands that change playback; the UI sends these and never writes the state itself.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PlaybackCommand {
    Play,
    Pause,
    TogglePlay,
    /// Jump to a year (clamped to the range); pauses playback.
    SetYear(i32),
    /// Step by whole years (negative goes back); pauses playback.
    StepYears(i32),
    SetSpeed {
        years_per_sec: f64,
    },
}

/// Speeds offered in the UI.
pub const SPEEDS_YEARS_PER_SEC: [f64; 4] = [0.5, 1.0, 2.0, 5.0];

#[derive(Clone, Debug, PartialEq)]
pub struct Playback {
    /// Continuous time in years; the selected year is its floor.
    time_years: f64,
    playing: bool,
    speed_years_per_sec: f64,
    first_year: i32,
    last_year: i32,
}

impl Playback {
    pub fn new(first_year: i32, last_year: i32, year: i32) -> Self {
        let last_year = last_year.max(first_year);
        Self {
            time_years: f64::from(year.clamp(first_year, last_year)),
            playing: false,
            speed_years_per_sec: 1.0,
            first_year,
            last_year,
        }
    }

    pub fn year(&self) -> i32 {
        (self.time_years.floor() as i32).clamp(self.first_year, self.last_year)
    }

    /// Continuous time, for smooth motion of the slider's handle while playing.
    pub fn time_years(&self) -> f64 {
        self.time_years
    }

    pub fn is_playing(&self) -> bool {
        self.playing
    }

    pub fn speed_years_per_sec(&self) -> f64 {
        self.speed_years_per_sec
    }

    pub fn first_year(&self) -> i32 {
        self.first_year
    }

    pub fn last_year(&self) -> i32 {
        self.last_year
    }

    pub fn apply(&mut self, command: PlaybackCommand) {
        match command {
            PlaybackCommand::Play => self.play(),
            PlaybackCommand::Pause => self.playing = false,
            PlaybackCommand::TogglePlay => {
                if self.playing {
                    self.playing = false;
                } else {
                    self.play();
                }
            }
            PlaybackCommand::SetYear(year) => {
                self.playing = false;
                self.time_years = f64::from(year.clamp(self.first_year, self.last_year));
            }
            PlaybackCommand::StepYears(step) => {
                let year = self.year().saturating_add(step);
                self.apply(PlaybackCommand::SetYear(year));
            }
            PlaybackCommand::SetSpeed { years_per_sec } => {
                if years_per_sec.is_finite() && years_per_sec > 0.0 {
                    self.speed_years_per_sec = years_per_sec;
                }
            }
        }
    }

    fn play(&mut self) {
        // Playing from the end starts over, as a visitor expects.
        if self.year() >= self.last_year {
            self.time_years = f64::from(self.first_year);
        }
        self.playing = true;
    }

    /// Sets the continuous time (a story's flight chooses it), clamped to the range.
    pub fn set_time_years(&mut self, time_years: f64) {
        if time_years.is_finite() {
            self.time_years =
                time_years.clamp(f64::from(self.first_year), f64::from(self.last_year));
        }
    }

    /// Moves time on by `dt_secs` of wall time while playing. Returns whether anything
    /// changed (the caller then asks for another frame).
    pub fn advance(&mut self, dt_secs: f64) -> bool {
        if !self.playing {
            return false;
        }
        let end = f64::from(self.last_year);
        self.time_years = (self.time_years + dt_secs * self.speed_years_per_sec).min(end);
        if self.time_years >= end {
            self.playing = false;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn playing_moves_time_by_speed_times_elapsed() {
        let mut playback = Playback::new(1945, 2025, 1960);
        playback.apply(PlaybackCommand::SetSpeed { years_per_sec: 2.0 });
        playback.apply(PlaybackCommand::Play);
        assert!(playback.advance(1.5));
        assert_eq!(playback.year(), 1963);
        assert!((playback.time_years() - 1963.0).abs() < 1e-9);
    }

    #[test]
    fn paused_playback_does_not_move() {
        let mut playback = Playback::new(1945, 2025, 1960);
        assert!(!playback.advance(10.0));
        assert_eq!(playback.year(), 1960);
    }

    #[test]
    fn playing_stops_at_the_last_year_and_restarts_from_the_first() {
        let mut playback = Playback::new(1945, 2025, 2024);
        playback.apply(PlaybackCommand::Play);
        playback.advance(5.0);
        assert_eq!(playback.year(), 2025);
        assert!(!playback.is_playing());
        playback.apply(PlaybackCommand::TogglePlay);
        assert!(playback.is_playing());
        assert_eq!(playback.year(), 1945);
    }

    #[test]
    fn stepping_and_setting_clamp_and_pause() {
        let mut playback = Playback::new(1945, 2025, 1950);
        playback.apply(PlaybackCommand::Play);
        playback.apply(PlaybackCommand::StepYears(-10));
        assert_eq!(playback.year(), 1945);
        assert!(!playback.is_playing());
        playback.apply(PlaybackCommand::SetYear(3000));
        assert_eq!(playback.year(), 2025);
        playback.apply(PlaybackCommand::StepYears(-1));
        assert_eq!(playback.year(), 2024);
    }

    #[test]
    fn nonsense_speeds_are_ignored() {
        let mut playback = Playback::new(1945, 2025, 1950);
        playback.apply(PlaybackCommand::SetSpeed {
            years_per_sec: -1.0,
        });
        playback.apply(PlaybackCommand::SetSpeed {
            years_per_sec: f64::NAN,
        });
        assert!((playback.speed_years_per_sec() - 1.0).abs() < 1e-12);
    }
}
