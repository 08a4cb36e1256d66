//! Stories: ordered steps that set the year, the view, the organizations and the open event,
//! with a caption. Read from `assets/stories/*.json`.

use serde::Deserialize;

use crate::problem::Problems;

/// A longitude/latitude box to fly to.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize, serde::Serialize)]
pub struct GeoBox {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

#[derive(Clone, Debug, PartialEq, Deserialize, serde::Serialize)]
pub struct StoryStep {
    pub title: String,
    pub caption: String,
    pub year: i32,
    /// If given, the year animates from this one to `year`.
    pub from_year: Option<i32>,
    /// Where to fly; `None` is the whole world.
    pub view: Option<GeoBox>,
    #[serde(default)]
    pub organizations: Vec<String>,
    pub event: Option<String>,
    /// How long the step lasts when a story plays by itself (kiosk attract loop).
    #[serde(default = "default_duration_secs")]
    pub duration_secs: f64,
}

/// How long a step dwells unattended when its file does not say.
pub const DEFAULT_DURATION_SECS: f64 = 12.0;

fn default_duration_secs() -> f64 {
    DEFAULT_DURATION_SECS
}

/// Longest a step may dwell unattended: a kiosk visitor would take a longer one for a frozen
/// screen (and 1e308 seconds would stop the attract loop for good).
pub const MAX_STEP_DURATION_SECS: f64 = 600.0;

#[derive(Clone, Debug, PartialEq, Deserialize, serde::Serialize)]
pub struct Story {
    pub id: String,
    /// The file it was read from, for problems (its name need not match `id`).
    #[serde(skip)]
    pub file: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    pub steps: Vec<StoryStep>,
}

/// The bundled stories, in the order the attract loop plays them.
pub const BUNDLED_STORIES: [(&str, &str); 3] = [
    (
        "stories/bandung-to-g77.json",
        include_str!("../../assets/stories/bandung-to-g77.json"),
    ),
    (
        "stories/collective-self-reliance.json",
        include_str!("../../assets/stories/collective-self-reliance.json"),
    ),
    (
        "stories/regional-organizations.json",
        include_str!("../../assets/stories/regional-organizations.json"),
    ),
];

/// Parses one story file; a broken one is reported and skipped. A step's duration that is
/// not a positive number of seconds up to [`MAX_STEP_DURATION_SECS`] is reported and
/// replaced by the default, so the attract loop neither races nor stops there.
pub fn parse_story(text: &str, file: &str, problems: &mut Problems) -> Option<Story> {
    let mut story: Story = super::parse::whole_file(text, file, problems)?;
    if story.steps.is_empty() {
        problems.push(file, "steps", "a story needs at least one step");
        return None;
    }
    file.clone_into(&mut story.file);
    for (index, step) in story.steps.iter_mut().enumerate() {
        let duration = step.duration_secs;
        if !(duration.is_finite() && duration > 0.0 && duration <= MAX_STEP_DURATION_SECS) {
            problems.push(
                file,
                format!("steps[{index}] (\"{}\").duration_secs", step.title),
                format!(
                    "{duration:?} is not a number of seconds above 0 and at most {MAX_STEP_DURATION_SECS}; the step plays for {} s",
                    default_duration_secs()
                ),
            );
            step.duration_secs = default_duration_secs();
        }
    }
    Some(story)
}
