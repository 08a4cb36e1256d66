//! The atlas drawn without a window: pictures of the view or a plot with a caption strip,
//! animations of a story or a year range, and posters. `offscreen.rs` is the wgpu part (one
//! headless device, pixels read back), `frames.rs` drives `AtlasApp` on a simulated clock,
//! `scene.rs` rebuilds the state to draw, `strip.rs` and `poster.rs` add the words.
//!
//! Used by the CLI (`render`, `poster`) and by the window's exports, which run on a thread
//! of their own with their own device, so the window never waits.

pub mod frames;
pub mod offscreen;
pub mod poster;
pub mod scene;
pub mod strip;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use image::RgbaImage;

pub use frames::{Content, Frames, Timing};
pub use offscreen::OffscreenRenderer;
pub use scene::Scene;

use crate::data::Atlas;
use crate::picture::sink::{FrameSink, OutputKind, Written};

/// Animations are laid out as on a 1280x720 screen and scaled to their size, so captions,
/// labels and markers keep their proportions at any size.
pub const ANIMATION_LAYOUT_HEIGHT_POINTS: f32 = 720.0;

/// An animation's year and organizations in the strip, larger than a picture's: a year
/// about 4% of the frame's height, like the presentation captions.
pub const ANIMATION_STRIP_SCALE: f32 = 1.4;

/// The pixels per point that draws a picture of `target_px` with the window's layout: the
/// same height in points as the window (plus the caption strip), so panels, text and map
/// keep their proportions and every pixel is drawn again (not scaled up); the width in
/// points follows the picture's shape.
pub fn picture_pixels_per_point(
    window_height_points: f32,
    target_px: (u32, u32),
    extra_height_points: f32,
) -> f32 {
    let layout_height = (window_height_points + extra_height_points).max(100.0);
    (target_px.1 as f32 / layout_height).max(0.25)
}

/// The pixels per point of an animation frame of `size_px`.
pub fn animation_pixels_per_point(size_px: (u32, u32)) -> f32 {
    (size_px.1 as f32 / ANIMATION_LAYOUT_HEIGHT_POINTS).max(0.25)
}

/// A picture of `scene`: the view (or one plot) with the caption strip under it.
pub fn picture(
    renderer: OffscreenRenderer,
    atlas: Arc<Atlas>,
    scene: &Scene,
    content: Content,
    size_px: (u32, u32),
    pixels_per_point: f32,
) -> Result<(RgbaImage, OffscreenRenderer), String> {
    let mut frames = Frames::new(renderer, atlas, scene, size_px, pixels_per_point)
        .with_content(content)
        .with_caption_strip(true);
    let image = frames.still()?;
    Ok((image, frames.into_renderer()))
}

/// What an animation shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Animation {
    /// A story (index into `atlas.stories`), step by step with its flights and captions.
    Story(usize),
    /// The years `from..=to` with these organizations, the year in a caption strip.
    Years {
        from: i32,
        to: i32,
        organizations: Vec<String>,
    },
}

/// Frames in `animation`.
pub fn frame_count(atlas: &Atlas, animation: &Animation, timing: Timing) -> usize {
    match animation {
        Animation::Story(story) => frames::story_frame_count(
            atlas.stories.get(*story).map_or(0, |s| s.steps.len()),
            timing,
        ),
        Animation::Years { from, to, .. } => frames::years_frame_count(*from, *to, timing),
    }
}

/// An animation to write: what, how large, how fast, where.
#[derive(Clone, Debug, PartialEq)]
pub struct AnimationJob {
    pub animation: Animation,
    pub size_px: (u32, u32),
    pub timing: Timing,
    pub output: OutputKind,
    /// The language of the captions and the map's names.
    pub language: String,
}

/// Draws the job's animation into its output (opened first, so a bad path fails before any
/// drawing), calling `progress(done, total)` after each frame. Presentation style: dark,
/// the map alone, the story's captions. `None` when `cancel` was set (the partial file is
/// removed).
pub fn write_animation(
    atlas: Arc<Atlas>,
    last_year: i32,
    job: &AnimationJob,
    progress: &mut dyn FnMut(usize, usize),
    cancel: &AtomicBool,
) -> Result<Option<Written>, String> {
    let AnimationJob {
        animation,
        size_px,
        timing,
        output,
        language,
    } = job;
    let (size_px, timing) = (*size_px, *timing);
    let mut sink = FrameSink::open(output, size_px, timing.fps)?;
    let renderer = OffscreenRenderer::new()?;
    let first_year = match animation {
        Animation::Story(_) => atlas.first_year(),
        Animation::Years { from, .. } => *from,
    };
    let mut scene = Scene::new(first_year, last_year);
    scene.language.clone_from(language);
    scene.present = true;
    scene.theme = crate::state::ThemeChoice::Dark;
    let years = matches!(animation, Animation::Years { .. });
    if let Animation::Years { organizations, .. } = animation {
        scene.organizations.clone_from(organizations);
    }
    let mut frames = Frames::new(
        renderer,
        atlas,
        &scene,
        size_px,
        animation_pixels_per_point(size_px),
    )
    .with_caption_strip(years)
    .with_strip_scale(ANIMATION_STRIP_SCALE);
    let mut on_frame = |image: &RgbaImage, done: usize, total: usize| {
        sink.push(image)?;
        progress(done, total);
        Ok(!cancel.load(Ordering::Relaxed))
    };
    match animation {
        Animation::Story(story) => frames::story_frames(&mut frames, *story, timing, &mut on_frame),
        Animation::Years { from, to, .. } => {
            frames::year_frames(&mut frames, *from, *to, timing, &mut on_frame)
        }
    }?;
    if cancel.load(Ordering::Relaxed) {
        let path = output.path().to_owned();
        drop(sink);
        match output {
            OutputKind::PngFrames(_) => {}
            _ => {
                let _ = std::fs::remove_file(path);
            }
        }
        return Ok(None);
    }
    sink.finish().map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_larger_picture_keeps_the_window_layout() {
        // A 900-point window (strip 58 points) saved at 4K: 2160 px over 958 points.
        let ppp = picture_pixels_per_point(900.0, (3840, 2160), 58.0);
        assert!((ppp - 2160.0 / 958.0).abs() < 1e-4);
        assert!((animation_pixels_per_point((1920, 1080)) - 1.5).abs() < 1e-6);
    }
}
