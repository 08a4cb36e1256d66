//! Story playback: moves between steps with a smooth, interruptible flight of the camera and
//! the year, and (when unattended) advances by itself. No egui here.

use crate::camera::MapView;
use crate::data::Story;
use crate::geo::WorldPoint;
use crate::time::Wake;

/// How long a flight between two steps takes.
pub const TRANSITION_SECS: f64 = 1.8;
/// Smoothstep easing: slow out, slow in.
fn ease(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

#[derive(Clone, Debug, PartialEq)]
struct Flight {
    from_view: MapView,
    to_view: MapView,
    from_year: f64,
    to_year: f64,
    elapsed_secs: f64,
    /// 0 under reduced motion: the next advance lands on the step.
    duration_secs: f64,
}

/// Where the camera and the year are during a flight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StoryFrame {
    pub view: MapView,
    pub time_years: f64,
}

/// What a step asks of the rest of the atlas when it begins.
#[derive(Clone, Debug, PartialEq)]
pub struct StepEntered {
    pub story: usize,
    pub step: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StoryPlayer {
    pub story: usize,
    pub step: usize,
    /// Seconds since the step began, for unattended playing.
    step_elapsed_secs: f64,
    flight: Option<Flight>,
    /// Unattended: steps advance by their duration, and stories follow one another.
    pub autoplay: bool,
    /// Reduced motion: steps cut to their view and year instead of flying.
    cut: bool,
}

impl StoryPlayer {
    pub fn new(story: usize, autoplay: bool) -> Self {
        Self {
            story,
            step: 0,
            step_elapsed_secs: 0.0,
            flight: None,
            autoplay,
            cut: false,
        }
    }

    /// Reduced motion: every step cuts to its view and year (the next `advance` lands).
    #[must_use]
    pub fn with_cut(mut self, cut: bool) -> Self {
        self.cut = cut;
        self
    }

    pub fn set_cut(&mut self, cut: bool) {
        self.cut = cut;
        if let Some(flight) = &mut self.flight
            && cut
        {
            flight.duration_secs = 0.0;
        }
    }

    pub fn is_flying(&self) -> bool {
        self.flight.is_some()
    }

    /// When the story next moves by itself: now while flying; at the end of the step's dwell
    /// when unattended; never when a lecturer drives it.
    pub fn next_wake(&self, stories: &[Story]) -> Wake {
        if self.flight.is_some() {
            return Wake::Now;
        }
        if !self.autoplay {
            return Wake::OnInput;
        }
        Wake::after_secs(
            step_duration_secs(stories, self.story, self.step) - self.step_elapsed_secs,
        )
    }

    /// Stops the flight where it is (the user took the camera or the slider).
    pub fn interrupt(&mut self) {
        self.flight = None;
    }

    /// Enters `step` (clamped) of the current story, flying from the current camera and year.
    pub fn go_to(
        &mut self,
        stories: &[Story],
        step: usize,
        from_view: MapView,
        from_year: f64,
    ) -> Option<StepEntered> {
        let story = stories.get(self.story)?;
        let step = step.min(story.steps.len().saturating_sub(1));
        let target = story.steps.get(step)?;
        self.step = step;
        self.step_elapsed_secs = 0.0;
        let start_year = target.from_year.map_or(from_year, f64::from);
        self.flight = Some(Flight {
            from_view,
            to_view: MapView::fitting(target.view.as_ref()),
            from_year: start_year,
            to_year: f64::from(target.year),
            elapsed_secs: 0.0,
            duration_secs: if self.cut { 0.0 } else { TRANSITION_SECS },
        });
        Some(StepEntered {
            story: self.story,
            step,
        })
    }

    /// Moves on by `dt_secs`. Returns the camera and year while flying, and the step entered
    /// when unattended playing moves to the next step or story.
    pub fn advance(
        &mut self,
        stories: &[Story],
        dt_secs: f64,
        current: StoryFrame,
    ) -> (Option<StoryFrame>, Option<StepEntered>) {
        let mut frame = None;
        if let Some(flight) = &mut self.flight {
            flight.elapsed_secs += dt_secs;
            let t = if flight.duration_secs > 0.0 {
                ease(flight.elapsed_secs / flight.duration_secs)
            } else {
                1.0
            };
            // Zoom interpolates in log space so the flight feels even.
            let zoom = (flight.from_view.zoom.ln()
                + (flight.to_view.zoom.ln() - flight.from_view.zoom.ln()) * t)
                .exp();
            let center = WorldPoint {
                x: flight.from_view.center.x
                    + (flight.to_view.center.x - flight.from_view.center.x) * t,
                y: flight.from_view.center.y
                    + (flight.to_view.center.y - flight.from_view.center.y) * t,
            };
            frame = Some(StoryFrame {
                view: MapView { center, zoom },
                time_years: flight.from_year + (flight.to_year - flight.from_year) * t,
            });
            if flight.elapsed_secs >= flight.duration_secs {
                self.flight = None;
            }
        }
        let mut entered = None;
        if self.autoplay {
            self.step_elapsed_secs += dt_secs;
            let duration = step_duration_secs(stories, self.story, self.step);
            if self.step_elapsed_secs >= duration {
                let from = frame.unwrap_or(current);
                let last_step = stories
                    .get(self.story)
                    .map_or(0, |s| s.steps.len().saturating_sub(1));
                if self.step < last_step {
                    entered = self.go_to(stories, self.step + 1, from.view, from.time_years);
                } else if !stories.is_empty() {
                    self.story = (self.story + 1) % stories.len();
                    entered = self.go_to(stories, 0, from.view, from.time_years);
                }
            }
        }
        (frame, entered)
    }
}

/// How long an unattended step stays (at least 2 s, so a broken file cannot spin the loop).
fn step_duration_secs(stories: &[Story], story: usize, step: usize) -> f64 {
    stories
        .get(story)
        .and_then(|s| s.steps.get(step))
        .map_or(12.0, |s| {
            if s.duration_secs.is_finite() {
                s.duration_secs.max(2.0)
            } else {
                12.0
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::camera::HOME_VIEW;
    use crate::data::GeoBox;
    use crate::data::StoryStep;

    fn story(id: &str, years: &[i32]) -> Story {
        Story {
            id: id.into(),
            file: format!("stories/{id}.json"),
            title: id.into(),
            summary: String::new(),
            steps: years
                .iter()
                .map(|&year| StoryStep {
                    title: format!("{year}"),
                    caption: String::new(),
                    year,
                    from_year: None,
                    view: Some(GeoBox {
                        west: -20.0,
                        south: -35.0,
                        east: 55.0,
                        north: 38.0,
                    }),
                    organizations: Vec::new(),
                    event: None,
                    duration_secs: 10.0,
                })
                .collect(),
        }
    }

    const START: StoryFrame = StoryFrame {
        view: HOME_VIEW,
        time_years: 1950.0,
    };

    #[test]
    fn a_flight_moves_smoothly_and_lands_on_the_step() {
        let stories = vec![story("a", &[1960, 1970])];
        let mut player = StoryPlayer::new(0, false);
        player.go_to(&stories, 0, HOME_VIEW, 1950.0);
        let (first, _) = player.advance(&stories, 0.1, START);
        let first = first.unwrap();
        assert!(
            first.time_years > 1950.0 && first.time_years < 1952.0,
            "no jump: {first:?}"
        );
        let mut last = first;
        for _ in 0..30 {
            if let (Some(frame), _) = player.advance(&stories, 0.1, last) {
                assert!(frame.time_years >= last.time_years - 1e-9, "monotonic");
                last = frame;
            }
        }
        assert!(!player.is_flying());
        assert!((last.time_years - 1960.0).abs() < 1e-9);
        let africa = MapView::fitting(stories[0].steps[0].view.as_ref());
        assert!((last.view.zoom - africa.zoom).abs() < 1e-9);
        assert!(
            africa.zoom > 1.5,
            "a continent is closer than the world: {africa:?}"
        );
    }

    #[test]
    fn a_cut_lands_on_the_step_in_one_advance() {
        let stories = vec![story("a", &[1960, 1970])];
        let mut player = StoryPlayer::new(0, false).with_cut(true);
        player.go_to(&stories, 0, HOME_VIEW, 1950.0);
        let (frame, _) = player.advance(&stories, 0.0, START);
        let frame = frame.unwrap();
        let africa = MapView::fitting(stories[0].steps[0].view.as_ref());
        assert_eq!(frame.view, africa);
        assert!((frame.time_years - 1960.0).abs() < 1e-9);
        assert!(!player.is_flying());
    }

    #[test]
    fn interrupting_stops_the_flight_but_keeps_the_step() {
        let stories = vec![story("a", &[1960, 1970])];
        let mut player = StoryPlayer::new(0, false);
        player.go_to(&stories, 1, HOME_VIEW, 1950.0);
        player.interrupt();
        assert!(!player.is_flying());
        assert_eq!(player.advance(&stories, 0.1, START).0, None);
        assert_eq!(player.step, 1);
    }

    #[test]
    fn unattended_play_walks_through_steps_and_then_the_next_story() {
        let stories = vec![story("a", &[1960, 1970]), story("b", &[1980])];
        let mut player = StoryPlayer::new(0, true);
        player.go_to(&stories, 0, HOME_VIEW, 1950.0);
        let mut entered = Vec::new();
        for _ in 0..405 {
            if let (_, Some(step)) = player.advance(&stories, 0.1, START) {
                entered.push((step.story, step.step));
            }
        }
        // 40.5 s at 10 s a step: a1, b0, a0, a1 after the start at a0.
        assert_eq!(entered, vec![(0, 1), (1, 0), (0, 0), (0, 1)]);
    }

    #[test]
    fn an_unattended_story_sleeps_through_its_dwell_and_a_lecturer_s_story_waits_for_keys() {
        let stories = vec![story("a", &[1960, 1970])];
        let mut player = StoryPlayer::new(0, true);
        player.go_to(&stories, 0, HOME_VIEW, 1950.0);
        assert_eq!(player.next_wake(&stories), Wake::Now, "flying");
        player.advance(&stories, TRANSITION_SECS + 0.2, START);
        let Wake::AfterSecs(secs) = player.next_wake(&stories) else {
            panic!("a dwell between flights");
        };
        assert!(
            (secs - (10.0 - TRANSITION_SECS - 0.2)).abs() < 1e-9,
            "{secs}"
        );
        // One late frame at the end of the dwell moves on to the next step.
        let (_, entered) = player.advance(&stories, secs, START);
        assert_eq!(entered.map(|e| e.step), Some(1));

        let mut lecturer = StoryPlayer::new(0, false);
        lecturer.go_to(&stories, 0, HOME_VIEW, 1950.0);
        lecturer.advance(&stories, TRANSITION_SECS, START);
        assert_eq!(lecturer.next_wake(&stories), Wake::OnInput);
    }

    #[test]
    fn steps_are_clamped() {
        let stories = vec![story("a", &[1960, 1970])];
        let mut player = StoryPlayer::new(0, false);
        let entered = player.go_to(&stories, 99, HOME_VIEW, 1950.0).unwrap();
        assert_eq!(entered.step, 1);
    }
}
