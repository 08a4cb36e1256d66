//! `ssc-atlas render` (a story or a year range as GIF, PNG frames or MP4) and
//! `ssc-atlas poster`: the arguments, their checks (each error names the value), and the
//! run with a progress bar on standard error.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use super::CliError;
use crate::data::Atlas;
use crate::picture::sink::{OutputKind, Progress};
use crate::render::{Animation, Timing};
use crate::time::Date;

/// Shortest time a story step may take: the camera's flight (1.8 s) lands with a moment to
/// read.
const MIN_SECS_PER_STEP: f64 = crate::story::TRANSITION_SECS + 0.7;
/// Longest animation, in frames (an hour at 10 frames a second).
const MAX_FRAMES: usize = 36_000;

#[derive(clap::Args, Debug, Clone)]
pub struct RenderArgs {
    /// The story to animate, by id (as in assets/stories).
    #[arg(long, value_name = "ID")]
    pub story: Option<String>,
    /// First year of a year range.
    #[arg(long, value_name = "YYYY", value_parser = super::args::parse_year, allow_hyphen_values = true)]
    pub from: Option<i32>,
    /// Last year of a year range.
    #[arg(long, value_name = "YYYY", value_parser = super::args::parse_year, allow_hyphen_values = true)]
    pub to: Option<i32>,
    /// With a year range: organizations to show, by id (comma-separated).
    #[arg(long, value_name = "ID[,ID…]", value_delimiter = ',')]
    pub select: Vec<String>,
    /// FILE.gif, DIR/ (PNG frames frame-00001.png …) or FILE.mp4 (needs ffmpeg).
    #[arg(long, value_name = "FILE.gif|DIR/|FILE.mp4")]
    pub out: PathBuf,
    /// Frame size in pixels, up to 7680x4320.
    #[arg(long, value_name = "WxH", value_parser = parse_picture_size, default_value = "960x540")]
    pub size: (u32, u32),
    /// Frames per second.
    #[arg(long, value_name = "N", default_value_t = 10.0)]
    pub fps: f64,
    /// Year range: seconds each year is shown.
    #[arg(long, value_name = "S", default_value_t = 1.0)]
    pub secs_per_year: f64,
    /// Story: seconds per step, the camera's flight (1.8 s) included.
    #[arg(long, value_name = "S", default_value_t = 7.0)]
    pub secs_per_step: f64,
    /// The language of the captions and the map's names (default English).
    #[arg(long, value_name = "LANG", default_value = crate::i18n::DEFAULT_LANGUAGE)]
    pub lang: String,
}

#[derive(clap::Args, Debug, Clone)]
pub struct PosterArgs {
    /// The year the map shows (31 December).
    #[arg(long, value_name = "YYYY", value_parser = super::args::parse_year, allow_hyphen_values = true)]
    pub year: i32,
    /// Organizations to show, by id (comma-separated).
    #[arg(long, value_name = "ID[,ID…]", value_delimiter = ',')]
    pub select: Vec<String>,
    /// The PNG to write.
    #[arg(long, value_name = "FILE.png")]
    pub out: PathBuf,
    /// Size in pixels, up to 7680x4320 (8K; 300 dpi on a 65x37 cm sheet).
    #[arg(long, value_name = "WxH", value_parser = parse_picture_size, default_value = "7680x4320")]
    pub size: (u32, u32),
    /// The title (default: "The OAU and OPEC in 1975").
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// The language of the title, legend and map (default English).
    #[arg(long, value_name = "LANG", default_value = crate::i18n::DEFAULT_LANGUAGE)]
    pub lang: String,
}

/// `--lang` as the atlas spells it; an unknown one is an error naming the languages.
fn known_language(atlas: &Atlas, asked: &str) -> Result<String, CliError> {
    let codes = atlas.translations.codes();
    crate::i18n::choose_language(Some(asked), &codes, |_| None)
        .map(str::to_owned)
        .map_err(|err| CliError::Usage(format!("--lang: {err}")))
}

fn parse_picture_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("'{text}': expected WxH, e.g. 1920x1080"))?;
    let parse = |s: &str| {
        s.trim()
            .parse::<u32>()
            .map_err(|_| format!("'{s}' is not a whole number"))
    };
    let size = (parse(w)?, parse(h)?);
    crate::picture::check_size(size)?;
    Ok(size)
}

/// The ids of `select` as the atlas spells them; an unknown one is an error naming it.
fn known_organizations(atlas: &Atlas, select: &[String]) -> Result<Vec<String>, CliError> {
    select
        .iter()
        .filter(|id| !id.trim().is_empty())
        .map(|id| super::find_organization(atlas, id).map(|o| o.id.clone()))
        .collect()
}

fn check_year(atlas: &Atlas, year: i32, today: Date, flag: &str) -> Result<(), CliError> {
    let range = atlas.first_year()..=today.year;
    if range.contains(&year) {
        Ok(())
    } else {
        Err(CliError::Usage(format!(
            "{flag} {year} is outside the atlas's years {} to {}",
            range.start(),
            range.end()
        )))
    }
}

/// What `render` is asked to draw, checked.
fn animation_of(args: &RenderArgs, atlas: &Atlas, today: Date) -> Result<Animation, CliError> {
    match (&args.story, args.from, args.to) {
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => Err(CliError::Usage(
            "give either --story ID or --from YYYY --to YYYY, not both".into(),
        )),
        (Some(id), None, None) => {
            if !args.select.is_empty() {
                return Err(CliError::Usage(
                    "--select goes with a year range; a story chooses its own organizations".into(),
                ));
            }
            atlas
                .stories
                .iter()
                .position(|s| s.id.eq_ignore_ascii_case(id.trim()))
                .map(Animation::Story)
                .ok_or_else(|| {
                    let ids: Vec<&str> = atlas.stories.iter().map(|s| s.id.as_str()).collect();
                    CliError::Usage(format!(
                        "unknown story \"{id}\"; stories: {}",
                        ids.join(", ")
                    ))
                })
        }
        (None, Some(from), Some(to)) => {
            check_year(atlas, from, today, "--from")?;
            check_year(atlas, to, today, "--to")?;
            if from > to {
                return Err(CliError::Usage(format!("--from {from} is after --to {to}")));
            }
            Ok(Animation::Years {
                from,
                to,
                organizations: known_organizations(atlas, &args.select)?,
            })
        }
        (None, _, _) => Err(CliError::Usage(
            "render needs --story ID, or --from YYYY and --to YYYY".into(),
        )),
    }
}

fn timing_of(args: &RenderArgs, animation: &Animation) -> Result<Timing, CliError> {
    if !(args.fps.is_finite() && (1.0..=60.0).contains(&args.fps)) {
        return Err(CliError::Usage(format!(
            "--fps {} must be between 1 and 60",
            args.fps
        )));
    }
    let (secs, flag, least) = match animation {
        Animation::Story(_) => (args.secs_per_step, "--secs-per-step", MIN_SECS_PER_STEP),
        Animation::Years { .. } => (args.secs_per_year, "--secs-per-year", 0.05),
    };
    if !(secs.is_finite() && (least..=600.0).contains(&secs)) {
        return Err(CliError::Usage(format!(
            "{flag} {secs} must be between {least} and 600 seconds"
        )));
    }
    Ok(Timing {
        fps: args.fps,
        secs_per_unit: secs,
    })
}

/// `ssc-atlas render`.
pub fn run_render(
    args: &RenderArgs,
    atlas: Atlas,
    today: Date,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let output = OutputKind::from_path(&args.out).map_err(CliError::Usage)?;
    let language = known_language(&atlas, &args.lang)?;
    let animation = animation_of(args, &atlas, today)?;
    let timing = timing_of(args, &animation)?;
    let total = crate::render::frame_count(&atlas, &animation, timing);
    if total > MAX_FRAMES {
        return Err(CliError::Usage(format!(
            "{total} frames is too long an animation (at most {MAX_FRAMES}); lower --fps or the seconds"
        )));
    }
    let label = match &animation {
        Animation::Story(story) => format!(
            "story {}",
            atlas.stories.get(*story).map_or("", |s| s.id.as_str())
        ),
        Animation::Years { from, to, .. } => format!("{from}-{to}"),
    };
    let mut progress = Progress::new(&label, total);
    let job = crate::render::AnimationJob {
        animation,
        size_px: args.size,
        timing,
        output,
        language,
    };
    let written = crate::render::write_animation(
        Arc::new(atlas),
        today.year,
        &job,
        &mut |done, _| progress.update(done),
        &AtomicBool::new(false),
    )
    .map_err(CliError::Usage)?
    .ok_or_else(|| CliError::Usage("the animation was cancelled".into()))?;
    writeln!(
        out,
        "wrote {}: {} frames of {}x{} at {} fps, {:.1} MB",
        written.path.display(),
        written.frames,
        args.size.0,
        args.size.1,
        timing.fps,
        written.bytes as f64 / 1e6
    )?;
    Ok(())
}

/// `ssc-atlas poster`.
pub fn run_poster(
    args: &PosterArgs,
    atlas: Atlas,
    today: Date,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    check_year(&atlas, args.year, today, "--year")?;
    let organizations = known_organizations(&atlas, &args.select)?;
    let language = known_language(&atlas, &args.lang)?;
    let is_png = args
        .out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"));
    if !is_png {
        return Err(CliError::Usage(format!(
            "--out {}: a poster is written as FILE.png",
            args.out.display()
        )));
    }
    // An unwritable path fails before the drawing, which takes seconds at 8K.
    std::fs::File::create(&args.out)
        .map_err(|err| CliError::Usage(format!("cannot write {}: {err}", args.out.display())))?;
    let title = args.title.clone().unwrap_or_else(|| {
        crate::render::poster::default_title(&atlas.texts(&language), args.year, &organizations)
    });
    let image = crate::render::poster::poster(
        Arc::new(atlas),
        args.year,
        &organizations,
        &title,
        args.size,
        &language,
    )
    .map_err(CliError::Usage)?;
    crate::picture::save_png(&args.out, &image).map_err(CliError::Usage)?;
    writeln!(
        out,
        "wrote {}: {}x{} poster \"{title}\"",
        args.out.display(),
        image.width(),
        image.height()
    )?;
    Ok(())
}
