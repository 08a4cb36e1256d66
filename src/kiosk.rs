//! The kiosk's unattended behaviour: attract loop, exploring, the idle countdown and reset,
//! and the staff exit. Driven by a clock passed in (seconds), so tests can mock it.

use crate::time::Wake;

/// Settings for a kiosk, from the command line.
#[derive(Clone, Debug, PartialEq)]
pub struct KioskConfig {
    /// Seconds without input before the "Still exploring?" countdown appears.
    pub idle_secs: f64,
    /// Seconds the countdown lasts before the atlas resets to the attract loop.
    pub countdown_secs: f64,
    /// Seconds to hold the top-left corner before the staff PIN pad appears.
    pub exit_hold_secs: f64,
    /// The staff PIN; `None` means the kiosk cannot be left from the screen.
    pub pin: Option<String>,
}

impl Default for KioskConfig {
    fn default() -> Self {
        Self {
            idle_secs: 90.0,
            countdown_secs: 10.0,
            exit_hold_secs: 3.0,
            pin: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KioskPhase {
    /// Stories play by themselves; "Touch to explore".
    Attract,
    /// A visitor is in control.
    Exploring { last_input_secs: f64 },
    /// No input for a while: "Still exploring?" until `ends_secs`.
    Countdown { ends_secs: f64 },
}

/// What the app must do after a kiosk transition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KioskAction {
    None,
    /// A visitor touched: stop the stories and hand over control.
    HandOver,
    /// Idle too long: clear everything and start the attract loop.
    ResetToAttract,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Kiosk {
    pub config: KioskConfig,
    pub phase: KioskPhase,
    /// Since when the exit corner has been held, if it is.
    corner_held_since_secs: Option<f64>,
    /// Digits typed on the PIN pad while it is open.
    pub pin_entry: Option<String>,
    /// The last complete PIN typed was wrong (the pad says so until the next digit).
    pub pin_rejected: bool,
}

impl Kiosk {
    pub fn new(config: KioskConfig) -> Self {
        Self {
            config,
            phase: KioskPhase::Attract,
            corner_held_since_secs: None,
            pin_entry: None,
            pin_rejected: false,
        }
    }

    /// Any touch, click or key at `now_secs`.
    pub fn on_input(&mut self, now_secs: f64) -> KioskAction {
        let action = match self.phase {
            KioskPhase::Attract => KioskAction::HandOver,
            KioskPhase::Exploring { .. } | KioskPhase::Countdown { .. } => KioskAction::None,
        };
        self.phase = KioskPhase::Exploring {
            last_input_secs: now_secs,
        };
        action
    }

    /// Advances the clock to `now_secs`.
    pub fn tick(&mut self, now_secs: f64) -> KioskAction {
        match self.phase {
            KioskPhase::Exploring { last_input_secs }
                if now_secs - last_input_secs >= self.config.idle_secs =>
            {
                self.phase = KioskPhase::Countdown {
                    ends_secs: now_secs + self.config.countdown_secs,
                };
                KioskAction::None
            }
            KioskPhase::Countdown { ends_secs } if now_secs >= ends_secs => {
                self.phase = KioskPhase::Attract;
                self.pin_entry = None;
                KioskAction::ResetToAttract
            }
            _ => KioskAction::None,
        }
    }

    /// Whole seconds left on the countdown, while it shows.
    pub fn countdown_remaining_secs(&self, now_secs: f64) -> Option<u32> {
        match self.phase {
            KioskPhase::Countdown { ends_secs } => {
                Some((ends_secs - now_secs).max(0.0).ceil() as u32)
            }
            _ => None,
        }
    }

    /// When the kiosk next changes by itself at `now_secs`: the idle timeout while exploring,
    /// the next whole second of the countdown, the end of a corner hold. Nothing in the
    /// attract phase (its stories schedule themselves).
    pub fn next_wake(&self, now_secs: f64) -> Wake {
        let phase_wake = match self.phase {
            KioskPhase::Attract => Wake::OnInput,
            KioskPhase::Exploring { last_input_secs } => {
                Wake::after_secs(last_input_secs + self.config.idle_secs - now_secs)
            }
            KioskPhase::Countdown { ends_secs } => {
                let remaining = ends_secs - now_secs;
                // The shown number is the remaining time rounded up: it changes when the
                // remaining time crosses the next whole second below it.
                let to_next_second = remaining - (remaining.ceil() - 1.0);
                Wake::after_secs(to_next_second.min(remaining))
            }
        };
        let hold_wake = match self.corner_held_since_secs {
            Some(since) if self.config.pin.is_some() && self.pin_entry.is_none() => {
                Wake::after_secs(since + self.config.exit_hold_secs - now_secs)
            }
            _ => Wake::OnInput,
        };
        phase_wake.sooner(hold_wake)
    }

    /// The exit corner is (or is not) held at `now_secs`; opens the PIN pad after the hold.
    pub fn corner_held(&mut self, held: bool, now_secs: f64) {
        if !held {
            self.corner_held_since_secs = None;
            return;
        }
        let since = *self.corner_held_since_secs.get_or_insert(now_secs);
        if self.config.pin.is_some()
            && self.pin_entry.is_none()
            && now_secs - since >= self.config.exit_hold_secs
        {
            self.pin_entry = Some(String::new());
            self.pin_rejected = false;
        }
    }

    /// A digit on the PIN pad; true when the PIN is complete and right (the app may quit).
    pub fn pin_digit(&mut self, digit: char) -> bool {
        let (Some(entry), Some(pin)) = (&mut self.pin_entry, &self.config.pin) else {
            return false;
        };
        entry.push(digit);
        self.pin_rejected = false;
        if entry.len() < pin.len() {
            return false;
        }
        let right = entry == pin;
        self.pin_entry = if right { None } else { Some(String::new()) };
        self.pin_rejected = !right;
        right
    }

    pub fn close_pin_pad(&mut self) {
        self.pin_entry = None;
        self.pin_rejected = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kiosk() -> Kiosk {
        Kiosk::new(KioskConfig {
            pin: Some("2468".into()),
            ..KioskConfig::default()
        })
    }

    #[test]
    fn a_touch_during_the_attract_loop_hands_over() {
        let mut kiosk = kiosk();
        assert_eq!(kiosk.phase, KioskPhase::Attract);
        assert_eq!(kiosk.on_input(5.0), KioskAction::HandOver);
        assert_eq!(kiosk.on_input(6.0), KioskAction::None);
    }

    #[test]
    fn idle_countdown_then_reset_at_the_configured_times() {
        let mut kiosk = kiosk();
        kiosk.on_input(100.0);
        assert_eq!(kiosk.tick(189.9), KioskAction::None);
        assert!(kiosk.countdown_remaining_secs(189.9).is_none());
        kiosk.tick(190.0);
        assert_eq!(kiosk.countdown_remaining_secs(190.0), Some(10));
        assert_eq!(kiosk.tick(199.9), KioskAction::None);
        assert_eq!(kiosk.tick(200.0), KioskAction::ResetToAttract);
        assert_eq!(kiosk.phase, KioskPhase::Attract);
    }

    #[test]
    fn the_kiosk_sleeps_until_its_next_change() {
        let mut kiosk = kiosk();
        assert_eq!(
            kiosk.next_wake(0.0),
            Wake::OnInput,
            "attract: the stories decide"
        );
        kiosk.on_input(100.0);
        assert_eq!(
            kiosk.next_wake(130.0),
            Wake::AfterSecs(60.0),
            "the idle timeout"
        );
        kiosk.tick(190.0);
        assert_eq!(kiosk.next_wake(190.0), Wake::AfterSecs(1.0), "10 becomes 9");
        assert_eq!(kiosk.next_wake(190.25), Wake::AfterSecs(0.75));
        assert_eq!(kiosk.next_wake(200.0), Wake::Now, "the reset is due");
        kiosk.on_input(300.0);
        kiosk.corner_held(true, 301.0);
        assert_eq!(
            kiosk.next_wake(302.0),
            Wake::AfterSecs(2.0),
            "the hold completes"
        );
    }

    #[test]
    fn a_touch_during_the_countdown_keeps_exploring() {
        let mut kiosk = kiosk();
        kiosk.on_input(0.0);
        kiosk.tick(95.0);
        assert!(kiosk.countdown_remaining_secs(95.0).is_some());
        kiosk.on_input(96.0);
        assert_eq!(kiosk.tick(150.0), KioskAction::None);
        assert!(matches!(kiosk.phase, KioskPhase::Exploring { .. }));
    }

    #[test]
    fn staff_exit_needs_a_long_hold_and_the_pin() {
        let mut kiosk = kiosk();
        kiosk.corner_held(true, 10.0);
        kiosk.corner_held(true, 12.0);
        assert!(kiosk.pin_entry.is_none(), "2 s is not long enough");
        kiosk.corner_held(false, 12.5);
        kiosk.corner_held(true, 13.0);
        kiosk.corner_held(true, 16.0);
        assert_eq!(kiosk.pin_entry.as_deref(), Some(""));
        for digit in "1111".chars() {
            assert!(!kiosk.pin_digit(digit));
        }
        assert_eq!(
            kiosk.pin_entry.as_deref(),
            Some(""),
            "wrong PIN clears the entry"
        );
        assert!(kiosk.pin_rejected, "and the pad says it was wrong");
        assert!(!kiosk.pin_digit('2'));
        assert!(!kiosk.pin_rejected, "until the next digit");
        kiosk.close_pin_pad();
        kiosk.corner_held(false, 16.5);
        kiosk.corner_held(true, 17.0);
        kiosk.corner_held(true, 20.0);
        let mut done = false;
        for digit in "2468".chars() {
            done = kiosk.pin_digit(digit);
        }
        assert!(done);
    }

    #[test]
    fn without_a_pin_there_is_no_exit_from_the_screen() {
        let mut kiosk = Kiosk::new(KioskConfig::default());
        kiosk.corner_held(true, 0.0);
        kiosk.corner_held(true, 60.0);
        assert!(kiosk.pin_entry.is_none());
    }

    #[test]
    fn many_simulated_hours_keep_the_state_bounded() {
        // 72 hours of a visitor every ~7 minutes, ticked at 2 frames per second.
        let mut kiosk = kiosk();
        let mut resets = 0;
        let mut now = 0.0;
        for frame in 0..(72 * 3600 * 2) {
            now = f64::from(frame) * 0.5;
            if frame % 840 == 0 {
                kiosk.on_input(now);
            }
            if kiosk.tick(now) == KioskAction::ResetToAttract {
                resets += 1;
            }
        }
        assert!(resets > 500, "{resets} resets in 72 h");
        assert!(kiosk.pin_entry.is_none());
        assert!(now > 0.0);
    }
}
