//! Drives the real atlas (`AtlasApp` and its panels, the GPU map included) frame by frame
//! on a simulated clock and draws each frame offscreen: still pictures with a caption
//! strip, plot-only pictures, and the frames of a story or a year range.

use std::sync::Arc;

use egui::{Pos2, Rect};
use image::RgbaImage;

use super::offscreen::OffscreenRenderer;
use super::scene::Scene;
use crate::app::AtlasApp;
use crate::data::Atlas;
use crate::state::{Command, PlotKind};
use crate::time::playback::PlaybackCommand;

/// Frames drawn before the first picture: new windows and areas are measured in one frame
/// and shown in the next, and fonts are rasterized on first use.
const SETTLE_FRAMES: usize = 3;
/// Clock time between the settling frames: longer than egui's fade-in of an area.
const SETTLE_STEP_SECS: f64 = 0.5;
/// The font atlas's largest side (as in the window; fonts at 8K fit easily).
const MAX_TEXTURE_SIDE: usize = 4096;

/// What each frame shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Content {
    /// The atlas as the window shows it in the state's mode.
    Atlas,
    /// One plot alone.
    Plot(PlotKind),
}

/// A text drawn in the last frame and where (points), for tests and checks.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnText {
    pub text: String,
    pub rect: Rect,
}

/// Panels drawn around the atlas in each frame (a poster's title and legend).
type Decorations = Box<dyn FnMut(&mut egui::Ui, &crate::state::AppState)>;

/// The atlas drawn offscreen at one size.
pub struct Frames {
    renderer: OffscreenRenderer,
    ctx: egui::Context,
    pub app: AtlasApp,
    time_secs: f64,
    size_px: (u32, u32),
    pixels_per_point: f32,
    content: Content,
    caption_strip: bool,
    /// The strip's headline scale (larger in animations).
    strip_scale: f32,
    /// Panels drawn around the atlas (a poster's title and legend), before it.
    decorations: Option<Decorations>,
    /// Every text of the last frame.
    pub texts: Vec<DrawnText>,
}

impl Frames {
    /// `pixels_per_point` sets the layout: the picture is `size_px` pixels, laid out in
    /// `size_px / pixels_per_point` points.
    pub fn new(
        renderer: OffscreenRenderer,
        atlas: Arc<Atlas>,
        scene: &Scene,
        size_px: (u32, u32),
        pixels_per_point: f32,
    ) -> Self {
        let target = renderer.gpu_target();
        let app = AtlasApp::new(scene.state(atlas), None).with_gpu_target(Some(target));
        Self {
            renderer,
            ctx: egui::Context::default(),
            app,
            time_secs: 0.0,
            size_px,
            pixels_per_point: pixels_per_point.max(0.1),
            content: Content::Atlas,
            caption_strip: false,
            strip_scale: 1.0,
            decorations: None,
            texts: Vec::new(),
        }
    }

    #[must_use]
    pub fn with_content(mut self, content: Content) -> Self {
        self.content = content;
        self
    }

    /// Adds the caption strip (year, organizations, sources) at the bottom.
    #[must_use]
    pub fn with_caption_strip(mut self, on: bool) -> Self {
        self.caption_strip = on;
        self
    }

    /// The strip's year and organizations drawn `scale` times the picture size.
    #[must_use]
    pub fn with_strip_scale(mut self, scale: f32) -> Self {
        self.strip_scale = scale;
        self
    }

    /// Panels drawn before the atlas in every frame (they take their room first).
    #[must_use]
    pub fn with_decorations(
        mut self,
        decorations: impl FnMut(&mut egui::Ui, &crate::state::AppState) + 'static,
    ) -> Self {
        self.decorations = Some(Box::new(decorations));
        self
    }

    pub fn size_px(&self) -> (u32, u32) {
        self.size_px
    }

    /// Gives the renderer back (one device for many pictures).
    pub fn into_renderer(self) -> OffscreenRenderer {
        self.renderer
    }

    fn raw_input(&self) -> egui::RawInput {
        let size_points = egui::vec2(
            self.size_px.0 as f32 / self.pixels_per_point,
            self.size_px.1 as f32 / self.pixels_per_point,
        );
        let mut input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, size_points)),
            time: Some(self.time_secs),
            max_texture_side: Some(MAX_TEXTURE_SIDE),
            ..Default::default()
        };
        if let Some(viewport) = input.viewports.get_mut(&egui::ViewportId::ROOT) {
            viewport.native_pixels_per_point = Some(self.pixels_per_point);
        }
        input
    }

    /// Runs the app for one frame at the current clock.
    fn run(&mut self) -> egui::FullOutput {
        let input = self.raw_input();
        let (app, content, strip) = (&mut self.app, self.content, self.caption_strip);
        let strip_scale = self.strip_scale;
        let decorations = &mut self.decorations;
        let output = self.ctx.run_ui(input, |ui| {
            if strip {
                super::strip::caption_strip_ui(ui, &app.state, strip_scale);
            }
            if let Some(decorate) = decorations {
                decorate(ui, &app.state);
            }
            match content {
                Content::Atlas => app.show(ui),
                Content::Plot(kind) => {
                    crate::theme::apply(ui.ctx(), app.state.theme());
                    egui::CentralPanel::default().show(ui, |ui| {
                        crate::ui::plots::plot_ui(ui, &app.state, kind, &mut Vec::new());
                    });
                }
            }
        });
        self.texts = drawn_texts(&output.shapes);
        output
    }

    /// Lets layout settle before the first picture: the clock moves on between these
    /// frames, so overlays that fade in (a story's caption, the step counter) are whole.
    pub fn settle(&mut self) -> Result<(), String> {
        for _ in 0..SETTLE_FRAMES {
            let mut output = self.run();
            self.renderer.apply_textures(&mut output);
            self.time_secs += SETTLE_STEP_SECS;
        }
        Ok(())
    }

    /// Moves the clock on: playback and story flights follow it.
    pub fn advance(&mut self, dt_secs: f64) {
        self.time_secs += dt_secs;
    }

    /// Draws one frame at the current clock.
    pub fn picture(&mut self) -> Result<RgbaImage, String> {
        let output = self.run();
        self.renderer.render(&self.ctx, output, self.size_px)
    }

    /// A still picture: settles, then draws.
    pub fn still(&mut self) -> Result<RgbaImage, String> {
        self.settle()?;
        self.picture()
    }
}

/// Every text shape in `shapes` with its rectangle in points.
fn drawn_texts(shapes: &[egui::epaint::ClippedShape]) -> Vec<DrawnText> {
    fn walk(shape: &egui::Shape, out: &mut Vec<DrawnText>) {
        match shape {
            egui::Shape::Text(text) => out.push(DrawnText {
                text: text.galley.text().to_owned(),
                rect: text.galley.rect.translate(text.pos.to_vec2()),
            }),
            egui::Shape::Vec(shapes) => {
                for shape in shapes {
                    walk(shape, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// How an animation is timed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timing {
    pub fps: f64,
    /// Seconds per story step, or per year of a range.
    pub secs_per_unit: f64,
}

impl Timing {
    /// Frames per step or year (at least one).
    pub fn frames_per_unit(self) -> usize {
        ((self.secs_per_unit * self.fps).round() as usize).max(1)
    }
}

/// Frames in the animation of `steps` story steps.
pub fn story_frame_count(steps: usize, timing: Timing) -> usize {
    steps * timing.frames_per_unit()
}

/// Frames in the animation of the years `from..=to`.
pub fn years_frame_count(from: i32, to: i32, timing: Timing) -> usize {
    (to - from + 1).max(0) as usize * timing.frames_per_unit()
}

/// Whether to go on: called after each frame with (frames done, total); `false` cancels.
pub type OnFrame<'a> = &'a mut dyn FnMut(&RgbaImage, usize, usize) -> Result<bool, String>;

/// Draws story `story` step by step, `secs_per_unit` each, the camera's flights included:
/// each step begins with the flight from the step before (the first from the whole world).
/// Returns the frames drawn (fewer when cancelled).
pub fn story_frames(
    frames: &mut Frames,
    story: usize,
    timing: Timing,
    on_frame: OnFrame<'_>,
) -> Result<usize, String> {
    let steps = frames
        .app
        .state
        .atlas()
        .stories
        .get(story)
        .map_or(0, |s| s.steps.len());
    let total = story_frame_count(steps, timing);
    frames.settle()?;
    let mut done = 0;
    for step in 0..steps {
        frames.app.state.apply(if step == 0 {
            Command::StoryStart {
                story,
                step: 0,
                autoplay: false,
            }
        } else {
            Command::StoryGoTo(step)
        });
        for _ in 0..timing.frames_per_unit() {
            let image = frames.picture()?;
            done += 1;
            if !on_frame(&image, done, total)? {
                return Ok(done);
            }
            frames.advance(1.0 / timing.fps);
        }
    }
    Ok(done)
}

/// Draws the years `from..=to`, `secs_per_unit` each.
pub fn year_frames(
    frames: &mut Frames,
    from: i32,
    to: i32,
    timing: Timing,
    on_frame: OnFrame<'_>,
) -> Result<usize, String> {
    let total = years_frame_count(from, to, timing);
    frames
        .app
        .state
        .apply(Command::Playback(PlaybackCommand::SetYear(from)));
    frames.settle()?;
    let mut done = 0;
    for year in from..=to {
        frames
            .app
            .state
            .apply(Command::Playback(PlaybackCommand::SetYear(year)));
        for _ in 0..timing.frames_per_unit() {
            let image = frames.picture()?;
            done += 1;
            if !on_frame(&image, done, total)? {
                return Ok(done);
            }
            frames.advance(1.0 / timing.fps);
        }
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_counts_follow_the_timing() {
        let timing = Timing {
            fps: 10.0,
            secs_per_unit: 1.5,
        };
        assert_eq!(timing.frames_per_unit(), 15);
        assert_eq!(story_frame_count(3, timing), 45);
        assert_eq!(years_frame_count(1955, 1990, timing), 36 * 15);
        assert_eq!(years_frame_count(1990, 1955, timing), 0);
    }
}
