//! When the atlas next changes by itself, so a window can sleep until then: a kiosk runs all
//! day on a software renderer, and every frame drawn for nothing costs a share of a core.

use std::time::Duration;

/// The next moment something moves without input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Wake {
    /// Something moves now (playing, a camera flight): draw the next frame at once.
    Now,
    /// Nothing moves for this many seconds (a story step's dwell, an idle timeout).
    AfterSecs(f64),
    /// Nothing moves until someone touches, clicks or presses a key.
    OnInput,
}

impl Wake {
    /// The earlier of two wake-ups.
    #[must_use]
    pub fn sooner(self, other: Wake) -> Wake {
        match (self, other) {
            (Wake::Now, _) | (_, Wake::Now) => Wake::Now,
            (Wake::AfterSecs(a), Wake::AfterSecs(b)) => Wake::AfterSecs(a.min(b)),
            (Wake::AfterSecs(secs), Wake::OnInput) | (Wake::OnInput, Wake::AfterSecs(secs)) => {
                Wake::AfterSecs(secs)
            }
            (Wake::OnInput, Wake::OnInput) => Wake::OnInput,
        }
    }

    /// A wake-up in `secs`, or now when that is not in the future (or not a number).
    pub fn after_secs(secs: f64) -> Wake {
        if secs > 0.0 {
            Wake::AfterSecs(secs)
        } else {
            Wake::Now
        }
    }

    /// How long the window may sleep; `None` until input.
    pub fn delay(self) -> Option<Duration> {
        match self {
            Wake::Now => Some(Duration::ZERO),
            // Capped at a day so a huge but finite value cannot overflow `Duration`.
            Wake::AfterSecs(secs) => Some(Duration::from_secs_f64(secs.clamp(0.0, 86_400.0))),
            Wake::OnInput => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sooner_wake_wins() {
        assert_eq!(
            Wake::OnInput.sooner(Wake::AfterSecs(3.0)),
            Wake::AfterSecs(3.0)
        );
        assert_eq!(
            Wake::AfterSecs(5.0).sooner(Wake::AfterSecs(3.0)),
            Wake::AfterSecs(3.0)
        );
        assert_eq!(Wake::AfterSecs(5.0).sooner(Wake::Now), Wake::Now);
        assert_eq!(Wake::OnInput.sooner(Wake::OnInput), Wake::OnInput);
    }

    #[test]
    fn past_or_nonsense_times_wake_now_and_delays_are_bounded() {
        assert_eq!(Wake::after_secs(-1.0), Wake::Now);
        assert_eq!(Wake::after_secs(f64::NAN), Wake::Now);
        assert_eq!(
            Wake::after_secs(2.5).delay(),
            Some(Duration::from_millis(2500))
        );
        assert_eq!(
            Wake::AfterSecs(f64::INFINITY).delay(),
            Some(Duration::from_hours(24))
        );
        assert_eq!(Wake::OnInput.delay(), None);
    }
}
