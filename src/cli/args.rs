//! The flags that set the window's start state, and the subcommands.

use std::ops::RangeInclusive;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use super::CliError;
use crate::data::DataSource;

#[derive(Parser, Debug)]
#[command(
    name = "ssc-atlas",
    version,
    about = "Atlas of South-South Cooperation: an interactive world map of cooperation among developing countries"
)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "command-line switches are bools"
)]
pub struct Cli {
    /// Read the data folder DIR (same layout as assets/) instead of the bundled data.
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,

    /// Start at this year (1945 to this year).
    #[arg(long, value_name = "YYYY", value_parser = parse_year, allow_hyphen_values = true)]
    pub year: Option<i32>,

    /// Organizations to show at start, by id (comma-separated).
    #[arg(long, value_name = "ID[,ID…]", value_delimiter = ',')]
    pub select: Vec<String>,

    /// Event to open at start, by id.
    #[arg(long, value_name = "ID", conflicts_with = "country")]
    pub event: Option<String>,

    /// Country card to open at start, by map key or historical state code (GHA, YUG …).
    #[arg(long, value_name = "KEY")]
    pub country: Option<String>,

    /// Show only the events of this field of cooperation (trade, finance, energy …).
    #[arg(long, value_name = "FIELD")]
    pub field: Option<String>,

    /// Start with the side panel hidden.
    #[arg(long)]
    pub hide_panel: bool,

    /// Start with the plots hidden.
    #[arg(long)]
    pub hide_plots: bool,

    /// Open the view saved in VIEW.json (the window's Share → Save view); flags given as
    /// well win over the file.
    #[arg(long, value_name = "VIEW.json")]
    pub open: Option<PathBuf>,

    /// Where the window saves pictures, animations, tables and views (created when first
    /// used).
    #[arg(long, value_name = "DIR", default_value = crate::export::folder::DEFAULT_EXPORT_DIR)]
    pub export_dir: PathBuf,

    /// The language of the window, the presentation and the kiosk: en, fr, es, pt, sw (or
    /// any a curator's folder adds). Default: the system's language where the atlas has
    /// it, else English.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,

    /// Start in the dark theme.
    #[arg(long)]
    pub dark: bool,

    /// Start in the high-contrast theme: black on white, strong borders (wins over --dark
    /// and presentation's dark theme).
    #[arg(long)]
    pub high_contrast: bool,

    /// Reduced motion: story steps cut to their view instead of flying the camera (desk,
    /// presentation and kiosk).
    #[arg(long)]
    pub reduced_motion: bool,

    /// Text size in percent (100, 115, 130 or 150), as Ctrl + and Ctrl − set it in the
    /// window; not in a kiosk.
    #[arg(long, value_name = "PERCENT", value_parser = parse_text_size, default_value_t = 100)]
    pub text_size: u32,

    /// Draw the start state, save the window to FILE.png, and exit.
    #[arg(long, value_name = "FILE.png")]
    pub screenshot: Option<PathBuf>,

    /// Presentation mode: fullscreen, large captions, clicker keys; tells STORY (an id from
    /// assets/stories, or the first story).
    #[arg(long, value_name = "STORY", num_args = 0..=1, default_missing_value = "")]
    pub present: Option<String>,

    /// With --present: start at step N (1 = first).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub step: usize,

    /// Kiosk mode: fullscreen, no decorations, attract loop, idle reset, no ordinary exit.
    #[arg(long)]
    pub kiosk: bool,

    /// Kiosk staff PIN of 4 to 8 digits: hold the top-left corner for 3 s, then type it on
    /// the pad to quit.
    #[arg(long, value_name = "PIN", value_parser = parse_pin, allow_hyphen_values = true)]
    pub kiosk_pin: Option<String>,

    /// Kiosk: seconds without input before the "Still exploring?" countdown.
    #[arg(long, value_name = "SECS", default_value_t = 90.0)]
    pub idle_secs: f64,

    /// Draw the countries as egui meshes on the CPU instead of from GPU buffers (slower;
    /// for troubleshooting a graphics driver).
    #[arg(long)]
    pub mesh_map: bool,

    /// How the window draws: `glow` (OpenGL, the fastest on software renderers such as
    /// Mesa's llvmpipe) or `wgpu` (countries from GPU buffers; faster on a real GPU).
    #[arg(long, value_enum, default_value_t = WindowRenderer::Glow)]
    pub renderer: WindowRenderer,

    /// Log start-up phases (data loaded, first frame) to standard error.
    #[arg(long)]
    pub timings: bool,

    /// Window size in points, `WxH`.
    #[arg(long, value_name = "WxH", value_parser = parse_size, default_value = "1440x900")]
    pub size: (u32, u32),

    /// Start the map centred on LON,LAT (degrees) at ZOOM (1 = whole world), e.g. 0,10,4.
    #[arg(long, value_name = "LON,LAT,ZOOM", value_parser = parse_view, allow_hyphen_values = true)]
    pub view: Option<(f64, f64, f64)>,

    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

#[derive(Subcommand, Debug)]
pub enum CliCommand {
    /// Load and check all data; print a summary, or one line per problem and exit 1.
    Validate {
        /// Keep watching the --data folder: check it again after every saved change and print
        /// what is wrong (Ctrl-C ends).
        #[arg(long)]
        watch: bool,
    },
    /// List events with dates, host city and country as named then, summary, participants,
    /// fields, organizations and sources, as JSON (or CSV).
    Events {
        /// Only events that start in this year or later.
        #[arg(long, value_name = "YYYY")]
        from: Option<i32>,
        /// Only events that start in this year or earlier.
        #[arg(long, value_name = "YYYY")]
        to: Option<i32>,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Members of an organization on a date (a bare year means 31 December of it). For a
    /// body with sourced member counts only (NAM, G77, UN …) prints those counts and exits
    /// with an error, since no member list is known.
    Members {
        /// Organization id, any case, e.g. au or AU (`ssc-atlas organizations` lists them).
        organization: String,
        #[arg(long, value_name = "YYYY[-MM[-DD]]")]
        date: String,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// What the map shows for a country on a date: name of the time, status, administering
    /// power or larger state, sources.
    Country {
        /// Map key (GHA), historical state code (SUN, TGK …), any case.
        key: String,
        #[arg(long, value_name = "YYYY[-MM[-DD]]")]
        date: String,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Time the frame scenario headless on this machine (three organizations, Play, all
    /// events, 1920x1080) and print one JSON object: start-up, frame time median and 99th
    /// percentile, hit test.
    Bench {
        /// Frames to time (each for the whole map and again zoomed in).
        #[arg(long, default_value_t = 600)]
        frames: usize,
        /// Use the 10m map and 10,000 generated events and 100 generated organizations.
        #[arg(long)]
        large: bool,
        /// The 10m map for --large (made by `python3 scripts/build_large_map.py`).
        #[arg(long, value_name = "FILE", default_value = crate::bench::LARGE_MAP_DEFAULT)]
        large_map: PathBuf,
        /// Draw countries as egui meshes (the fallback renderer) instead of through the GPU.
        #[arg(long)]
        mesh: bool,
        /// Open a real window and time the frames it presents: Play, a story's flights and
        /// the kiosk's attract loop, each for --seconds.
        #[arg(long)]
        window: bool,
        /// With --window: seconds per phase.
        #[arg(long, default_value_t = 20.0)]
        seconds: f64,
        /// With --window: the window's size in pixels, `WxH`.
        #[arg(long = "window-size", value_name = "WxH", value_parser = parse_size, default_value = "1920x1080")]
        window_size: (u32, u32),
        /// With --window: which phases to run, in order (comma-separated); one alone shows
        /// that mode's own peak memory.
        #[arg(long, value_enum, value_delimiter = ',', default_values_t = crate::app::window_bench::ALL_PHASES)]
        phases: Vec<crate::app::window_bench::Phase>,
    },
    /// Organizations with founding date and today's member count.
    Organizations {
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Make a story file from saved view files (Share → Save view), one step per view in
    /// the order given; checked as `validate` would before it is written.
    StoryFromViews {
        /// View files, in the story's order.
        #[arg(required = true, value_name = "VIEW.json")]
        views: Vec<PathBuf>,
        /// The story's title.
        #[arg(long)]
        title: String,
        /// One or two sentences on what the story shows.
        #[arg(long, default_value = "")]
        summary: String,
        /// The new story file; its name without `.json` becomes the story's id. An existing
        /// file is not overwritten.
        #[arg(long, value_name = "FILE.json")]
        out: PathBuf,
    },
    /// Write an animation of a story (--story ID) or of a year range (--from, --to,
    /// --select) as a GIF, a folder of PNG frames, or an MP4 (H.264, needs ffmpeg).
    Render(super::render::RenderArgs),
    /// Draw a poster: a title, the map of one year with the chosen organizations, a legend
    /// and the sources, as PNG.
    Poster(super::render::PosterArgs),
}

/// The graphics back end of the window.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum WindowRenderer {
    Glow,
    Wgpu,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Json,
    Csv,
}

fn parse_view(text: &str) -> Result<(f64, f64, f64), String> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    let [lon, lat, zoom] = parts.as_slice() else {
        return Err("expected LON,LAT,ZOOM, e.g. 0,10,4".into());
    };
    let number = |s: &str| {
        s.parse::<f64>()
            .map_err(|_| format!("'{s}' is not a number"))
    };
    let (lon, lat, zoom) = (number(lon)?, number(lat)?, number(zoom)?);
    if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
        return Err("longitude must be within ±180 and latitude within ±90".into());
    }
    if !(crate::state::MIN_ZOOM..=crate::state::MAX_ZOOM).contains(&zoom) {
        return Err(format!(
            "zoom must be between {} and {}",
            crate::state::MIN_ZOOM,
            crate::state::MAX_ZOOM
        ));
    }
    Ok((lon, lat, zoom))
}

/// Shortest and longest staff PIN: the pad has only the digits 0–9.
pub const PIN_DIGITS: RangeInclusive<usize> = 4..=8;

fn parse_pin(text: &str) -> Result<String, String> {
    if PIN_DIGITS.contains(&text.len()) && text.chars().all(|c| c.is_ascii_digit()) {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "a PIN is {} to {} digits (the staff pad has only 0-9), e.g. 2468",
            PIN_DIGITS.start(),
            PIN_DIGITS.end()
        ))
    }
}

pub(super) fn parse_year(text: &str) -> Result<i32, String> {
    text.trim()
        .parse::<i32>()
        .map_err(|_| format!("'{text}' is not a year; give one like 1975"))
}

fn parse_text_size(text: &str) -> Result<u32, String> {
    let percent = text
        .trim()
        .trim_end_matches('%')
        .parse::<u32>()
        .map_err(|_| format!("'{text}' is not a whole number"))?;
    if text_size_steps(percent).is_some() {
        Ok(percent)
    } else {
        let sizes: Vec<String> = crate::state::TEXT_ZOOM_STEPS
            .iter()
            .map(|zoom| format!("{:.0}", zoom * 100.0))
            .collect();
        Err(format!("text size must be one of {}", sizes.join(", ")))
    }
}

/// How many Ctrl + presses `percent` is from the default size, if it is one of the sizes.
pub fn text_size_steps(percent: u32) -> Option<usize> {
    crate::state::TEXT_ZOOM_STEPS
        .iter()
        .position(|zoom| (f64::from(*zoom) * 100.0 - f64::from(percent)).abs() < 0.5)
}

pub(super) fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or("expected WxH, e.g. 1280x800")?;
    let parse = |s: &str| {
        s.trim()
            .parse::<u32>()
            .map_err(|_| format!("'{s}' is not a whole number"))
    };
    let (w, h) = (parse(w)?, parse(h)?);
    if !(320..=8192).contains(&w) || !(240..=8192).contains(&h) {
        return Err("size must be between 320x240 and 8192x8192".into());
    }
    Ok((w, h))
}

impl Cli {
    pub fn data_source(&self) -> DataSource {
        self.data
            .clone()
            .map_or(DataSource::Bundled, DataSource::Dir)
    }

    /// [`Self::data_source`], once `--data` is known to name a data folder: one that exists
    /// and has a `data/` folder in it, so a mistyped path is an error instead of an empty
    /// atlas.
    pub fn checked_data_source(&self) -> Result<DataSource, CliError> {
        if let Some(dir) = &self.data {
            if !dir.is_dir() {
                return Err(CliError::Usage(format!(
                    "--data {}: no such folder",
                    dir.display()
                )));
            }
            if !dir.join("data").is_dir() {
                return Err(CliError::Usage(format!(
                    "--data {}: no data/ folder in it; a data folder has the layout of assets/ (geo/, data/, stories/)",
                    dir.display()
                )));
            }
        }
        Ok(self.data_source())
    }

    /// `--screenshot`, if given, into a folder that exists (checked before a window opens).
    pub fn check_screenshot(&self) -> Result<(), CliError> {
        let Some(folder) = self.screenshot.as_deref().and_then(std::path::Path::parent) else {
            return Ok(());
        };
        if folder.as_os_str().is_empty() || folder.is_dir() {
            Ok(())
        } else {
            Err(CliError::Usage(format!(
                "--screenshot: no such folder {}",
                folder.display()
            )))
        }
    }

    /// `--year`, if given, within the atlas's `years` (1945 to this year).
    pub fn check_year(&self, years: &RangeInclusive<i32>) -> Result<(), CliError> {
        match self.year {
            Some(year) if !years.contains(&year) => Err(CliError::Usage(format!(
                "--year {year} is outside the atlas's years, {} to {}",
                years.start(),
                years.end()
            ))),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_are_read_and_checked() {
        assert_eq!(parse_view("0,10,4"), Ok((0.0, 10.0, 4.0)));
        assert_eq!(parse_view(" -17.5, 14.7 , 2"), Ok((-17.5, 14.7, 2.0)));
        assert!(parse_view("0,10").is_err());
        assert!(parse_view("200,10,2").unwrap_err().contains("longitude"));
        assert!(parse_view("0,10,500").unwrap_err().contains("zoom"));
        let cli = Cli::try_parse_from(["ssc-atlas", "--view", "-60,-15,3"]).unwrap();
        assert_eq!(cli.view, Some((-60.0, -15.0, 3.0)));
    }

    #[test]
    fn the_window_bench_runs_every_phase_or_those_named() {
        use crate::app::window_bench::{ALL_PHASES, Phase};
        let phases = |args: &[&str]| {
            let args = ["ssc-atlas", "bench", "--window"].iter().chain(args);
            match Cli::try_parse_from(args).unwrap().command {
                Some(CliCommand::Bench { phases, .. }) => phases,
                other => panic!("not a bench: {other:?}"),
            }
        };
        assert_eq!(phases(&[]), ALL_PHASES.to_vec());
        assert_eq!(
            phases(&["--phases", "kiosk-attract,play"]),
            vec![Phase::KioskAttract, Phase::Play]
        );
        assert!(usage_error(&["bench", "--window", "--phases", "fly"]).contains("fly"));
    }

    /// The message clap prints for `args`, which must be rejected.
    fn usage_error(args: &[&str]) -> String {
        let args = std::iter::once("ssc-atlas").chain(args.iter().copied());
        Cli::try_parse_from(args).unwrap_err().to_string()
    }

    #[test]
    fn a_kiosk_pin_is_four_to_eight_digits() {
        for pin in ["2468", "12345678", "0000"] {
            let cli = Cli::try_parse_from(["ssc-atlas", "--kiosk", "--kiosk-pin", pin]).unwrap();
            assert_eq!(cli.kiosk_pin.as_deref(), Some(pin));
        }
        for pin in ["", "abcd", "123", "123456789", "12 34", "-1234", "١٢٣٤"] {
            let message = usage_error(&["--kiosk", "--kiosk-pin", pin]);
            assert!(
                message.contains("a PIN is 4 to 8 digits (the staff pad has only 0-9)"),
                "{pin:?}: {message}"
            );
        }
    }

    #[test]
    fn a_year_outside_the_atlas_names_the_accepted_years() {
        let cli = Cli::try_parse_from(["ssc-atlas", "--year", "-5"]).unwrap();
        assert_eq!(cli.year, Some(-5));
        let error = cli.check_year(&(1945..=2026)).unwrap_err().to_string();
        assert_eq!(
            error,
            "--year -5 is outside the atlas's years, 1945 to 2026"
        );
        let cli = Cli::try_parse_from(["ssc-atlas", "--year", "3000"]).unwrap();
        assert!(cli.check_year(&(1945..=2026)).is_err());
        for year in ["1945", "1975", "2026"] {
            let cli = Cli::try_parse_from(["ssc-atlas", "--year", year]).unwrap();
            assert!(cli.check_year(&(1945..=2026)).is_ok(), "{year}");
        }
        let message = usage_error(&["--year", "nineteen"]);
        assert!(message.contains("'nineteen' is not a year"), "{message}");
    }

    #[test]
    fn a_screenshot_needs_an_existing_folder() {
        let cli = Cli::try_parse_from(["ssc-atlas", "--screenshot", "/nonexistent/a.png"]).unwrap();
        let error = cli.check_screenshot().unwrap_err().to_string();
        assert_eq!(error, "--screenshot: no such folder /nonexistent");
        for path in ["a.png", "/tmp/a.png"] {
            let cli = Cli::try_parse_from(["ssc-atlas", "--screenshot", path]).unwrap();
            assert!(cli.check_screenshot().is_ok(), "{path}");
        }
    }

    #[test]
    fn data_must_name_a_folder_with_data_in_it() {
        let cli = Cli::try_parse_from(["ssc-atlas", "--data", "/nonexistent"]).unwrap();
        let error = cli.checked_data_source().unwrap_err().to_string();
        assert_eq!(error, "--data /nonexistent: no such folder");

        let empty = std::env::temp_dir().join(format!("ssc-atlas-args-{}", std::process::id()));
        std::fs::create_dir_all(&empty).unwrap();
        let cli = Cli::try_parse_from([
            std::ffi::OsStr::new("ssc-atlas"),
            "validate".as_ref(),
            "--data".as_ref(),
            empty.as_os_str(),
        ])
        .unwrap();
        let error = cli.checked_data_source().unwrap_err().to_string();
        assert!(error.contains("no data/ folder in it"), "{error}");
        assert!(error.contains(&empty.display().to_string()), "{error}");

        std::fs::create_dir_all(empty.join("data")).unwrap();
        assert!(cli.checked_data_source().is_ok());
        assert!(
            Cli::try_parse_from(["ssc-atlas"])
                .unwrap()
                .checked_data_source()
                .is_ok()
        );
        std::fs::remove_dir_all(&empty).unwrap();
    }
}
