//! The window's exports: a picture of the view or of a plot, and a story as a GIF, each made
//! on a thread of its own with its own offscreen device, so the window never waits. The
//! state records what was asked (`Command::Export`); this runs it and reports back with
//! `Command::ExportStatus`. Files go into the export folder under descriptive names that
//! never overwrite an earlier file.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender};

use crate::picture::sink::OutputKind;
use crate::picture::{ensure_dir, picture_stem, unique_path};
use crate::render::{self, Animation, AnimationJob, Content, OffscreenRenderer, Scene, Timing};
use crate::state::{AppState, Command, ExportRequest, ExportStatus, PictureContent, PictureSize};

/// A story exported from the window: the size and pace of `ssc-atlas render`'s defaults.
const STORY_SIZE_PX: (u32, u32) = (960, 540);
const STORY_TIMING: Timing = Timing {
    fps: 10.0,
    secs_per_unit: 7.0,
};
/// How often the window redraws the progress while a job runs.
const PROGRESS_REPAINT: std::time::Duration = std::time::Duration::from_millis(250);

enum JobMessage {
    Progress { done: usize, total: usize },
    Finished(ExportStatus),
}

/// What a job's thread does; it reports progress through the sender.
type ExportWork = Box<dyn FnOnce(&Sender<JobMessage>) -> ExportStatus + Send>;

struct Job {
    what: String,
    cancel: Arc<AtomicBool>,
    receiver: Receiver<JobMessage>,
}

/// The export folder and the job running, if any.
pub(super) struct ExportJobs {
    dir: PathBuf,
    job: Option<Job>,
}

impl ExportJobs {
    pub(super) fn new(dir: PathBuf) -> Self {
        Self { dir, job: None }
    }

    pub(super) fn set_dir(&mut self, dir: PathBuf) {
        self.dir = dir;
    }

    /// Starts what the state asked for and turns the running job's news into commands.
    pub(super) fn update(&mut self, ctx: &egui::Context, state: &mut AppState) -> Vec<Command> {
        let mut commands = Vec::new();
        for request in state.take_export_requests() {
            match request {
                ExportRequest::Cancel => {
                    if let Some(job) = &self.job {
                        job.cancel.store(true, Ordering::Relaxed);
                    }
                }
                request if self.job.is_none() => match self.start(ctx, state, &request) {
                    Ok(job) => self.job = Some(job),
                    Err(reason) => {
                        commands.push(Command::ExportStatus(ExportStatus::Failed(reason)));
                    }
                },
                // One at a time; the state already refuses a second while one runs.
                _ => {}
            }
        }
        let mut finished = false;
        if let Some(job) = &self.job {
            for message in job.receiver.try_iter() {
                commands.push(Command::ExportStatus(match message {
                    JobMessage::Progress { done, total } => ExportStatus::Running {
                        what: job.what.clone(),
                        done,
                        total,
                    },
                    JobMessage::Finished(status) => {
                        finished = true;
                        status
                    }
                }));
            }
            if !finished {
                ctx.request_repaint_after(PROGRESS_REPAINT);
            }
        }
        if finished {
            self.job = None;
        }
        commands
    }

    fn start(
        &self,
        ctx: &egui::Context,
        state: &AppState,
        request: &ExportRequest,
    ) -> Result<Job, String> {
        let (sender, receiver) = std::sync::mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let atlas = Arc::clone(state.atlas());
        let dir = self.dir.clone();
        let repaint = ctx.clone();
        let (what, work): (String, ExportWork) = match *request {
            ExportRequest::Picture { content, size } => {
                let scene = Scene::of(state);
                let window = ctx.content_rect();
                let pixels_per_point = ctx.pixels_per_point();
                let size_px = match size {
                    PictureSize::Window => (
                        (window.width() * pixels_per_point).round() as u32,
                        (window.height() * pixels_per_point).round() as u32,
                    ),
                    PictureSize::Pixels(width, height) => (width, height),
                };
                crate::picture::check_size(size_px)?;
                let ppp = render::picture_pixels_per_point(
                    window.height(),
                    size_px,
                    render::strip::STRIP_HEIGHT_POINTS,
                );
                let kind = match content {
                    PictureContent::View => "atlas",
                    PictureContent::Plot(plot) => plot.file_kind(),
                };
                let stem = picture_stem(kind, scene.year, &scene.organizations);
                let content = match content {
                    PictureContent::View => Content::Atlas,
                    PictureContent::Plot(plot) => Content::Plot(plot),
                };
                (
                    format!("the {}x{} picture", size_px.0, size_px.1),
                    Box::new(move |_: &Sender<JobMessage>| {
                        match save_picture(&dir, &stem, atlas, &scene, content, size_px, ppp) {
                            Ok(path) => ExportStatus::Saved(path),
                            Err(reason) => ExportStatus::Failed(reason),
                        }
                    }),
                )
            }
            ExportRequest::StoryAnimation { story } => {
                let id = atlas
                    .stories
                    .get(story)
                    .map(|s| s.id.clone())
                    .ok_or_else(|| format!("there is no story number {}", story + 1))?;
                let last_year = state.playback().last_year();
                let cancel = Arc::clone(&cancel);
                let language = state.language().to_owned();
                (
                    format!("the GIF of \"{id}\""),
                    Box::new(move |sender: &Sender<JobMessage>| {
                        let story = (story, language.as_str());
                        save_story(&dir, &id, atlas, last_year, story, sender, &cancel)
                    }),
                )
            }
            ExportRequest::Cancel | ExportRequest::PresentedStory => {
                return Err("nothing to export".to_owned());
            }
        };
        std::thread::Builder::new()
            .name("export".into())
            .spawn(move || {
                let status = work(&sender);
                // The window may have closed meanwhile; then nobody needs the news.
                let _ = sender.send(JobMessage::Finished(status));
                repaint.request_repaint();
            })
            .map_err(|err| format!("cannot start the export: {err}"))?;
        Ok(Job {
            what,
            cancel,
            receiver,
        })
    }
}

/// The absolute path, for a message a user can follow.
fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}

fn save_picture(
    dir: &Path,
    stem: &str,
    atlas: Arc<crate::data::Atlas>,
    scene: &Scene,
    content: Content,
    size_px: (u32, u32),
    pixels_per_point: f32,
) -> Result<PathBuf, String> {
    ensure_dir(dir)?;
    let renderer = OffscreenRenderer::new()?;
    let (image, _) = render::picture(renderer, atlas, scene, content, size_px, pixels_per_point)?;
    let mut png = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|err| format!("cannot encode the picture {stem}.png: {err}"))?;
    crate::export::folder::save_new_file(dir, stem, "png", png.get_ref())
}

fn save_story(
    dir: &Path,
    id: &str,
    atlas: Arc<crate::data::Atlas>,
    last_year: i32,
    (story, language): (usize, &str),
    sender: &Sender<JobMessage>,
    cancel: &AtomicBool,
) -> ExportStatus {
    if let Err(reason) = ensure_dir(dir) {
        return ExportStatus::Failed(reason);
    }
    let path = unique_path(dir, &format!("story-{id}"), "gif");
    let mut progress = |done: usize, total: usize| {
        // Every tenth frame is news enough, and the last.
        if done.is_multiple_of(10) || done == total {
            let _ = sender.send(JobMessage::Progress { done, total });
        }
    };
    let job = AnimationJob {
        animation: Animation::Story(story),
        size_px: STORY_SIZE_PX,
        timing: STORY_TIMING,
        output: OutputKind::Gif(path),
        language: language.to_owned(),
    };
    match render::write_animation(atlas, last_year, &job, &mut progress, cancel) {
        Ok(Some(written)) => ExportStatus::Saved(absolute(&written.path)),
        Ok(None) => ExportStatus::Cancelled,
        Err(reason) => ExportStatus::Failed(reason),
    }
}
