//! The command line: the window's start state, and subcommands that answer as JSON or CSV.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::data::{Atlas, DataSource, Source, load_atlas, validate::validate};
use crate::time::{Date, timeline};

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

    /// Start at this year.
    #[arg(long, value_name = "YYYY")]
    pub year: Option<i32>,

    /// Organizations to show at start, by id (comma-separated).
    #[arg(long, value_name = "ID[,ID…]", value_delimiter = ',')]
    pub select: Vec<String>,

    /// Event to open at start, by id.
    #[arg(long, value_name = "ID")]
    pub event: Option<String>,

    /// Start in the dark theme.
    #[arg(long)]
    pub dark: bool,

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

    /// Kiosk staff PIN: hold the top-left corner for 3 s, then type it to quit.
    #[arg(long, value_name = "PIN")]
    pub kiosk_pin: Option<String>,

    /// Kiosk: seconds without input before the "Still exploring?" countdown.
    #[arg(long, value_name = "SECS", default_value_t = 90.0)]
    pub idle_secs: f64,

    /// Draw the countries as egui meshes on the CPU instead of from GPU buffers (slower;
    /// for troubleshooting a graphics driver).
    #[arg(long)]
    pub mesh_map: bool,

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
    Validate,
    /// List events as JSON (or CSV).
    Events {
        #[arg(long, value_name = "YYYY")]
        from: Option<i32>,
        #[arg(long, value_name = "YYYY")]
        to: Option<i32>,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Members of an organization on a date (a bare year means 31 December of it).
    Members {
        organization: String,
        #[arg(long, value_name = "YYYY[-MM[-DD]]")]
        date: String,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// What the map shows for a country on a date: name of the time, status, sources (JSON).
    Country {
        /// Map key, e.g. GHA.
        key: String,
        #[arg(long, value_name = "YYYY[-MM[-DD]]")]
        date: String,
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
    },
    /// Organizations with founding date and today's member count.
    Organizations {
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
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

fn parse_size(text: &str) -> Result<(u32, u32), String> {
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
}

/// A one-line error for the user, and the exit code 1.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Usage(String),
    #[error("{count} problem(s) in the data")]
    InvalidData { count: usize },
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
    #[error("cannot encode output: {0}")]
    Encode(#[from] serde_json::Error),
}

/// Runs a subcommand, writing to `out` (stdout in the binary, a buffer in tests).
pub fn run_command(
    command: &CliCommand,
    source: &DataSource,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    run_command_since(command, source, out, std::time::Instant::now())
}

/// [`run_command`] for a process that began at `process_started`: `bench` reports its
/// start-up from there.
pub fn run_command_since(
    command: &CliCommand,
    source: &DataSource,
    out: &mut dyn Write,
    process_started: std::time::Instant,
) -> Result<(), CliError> {
    if let CliCommand::Bench {
        frames,
        large,
        large_map,
        mesh,
    } = command
    {
        let options = crate::bench::BenchOptions {
            frames: *frames,
            large: *large,
            large_map: large_map.clone(),
            mesh: *mesh,
            ..crate::bench::BenchOptions::default()
        };
        let report = crate::bench::run(&options, process_started).map_err(CliError::Usage)?;
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
        return Ok(());
    }
    let atlas = load_atlas(source);
    match command {
        // Answered above, before loading the bundled atlas it does not use.
        CliCommand::Bench { .. } => Ok(()),
        CliCommand::Validate => run_validate(&atlas, source, out),
        CliCommand::Events { from, to, format } => {
            let rows: Vec<EventRow<'_>> = atlas
                .events
                .iter()
                .filter(|e| from.is_none_or(|from| e.start.year >= from))
                .filter(|e| to.is_none_or(|to| e.start.year <= to))
                .map(EventRow::from)
                .collect();
            write_rows(out, &rows, *format, &EVENT_COLUMNS, |row| {
                vec![
                    row.id.into(),
                    row.kind.into(),
                    row.title.into(),
                    row.start.to_string(),
                    row.end.map(|d| d.to_string()).unwrap_or_default(),
                    row.city.into(),
                    row.country_iso3.into(),
                    row.lon.to_string(),
                    row.lat.to_string(),
                    row.organizations.join(";"),
                    row.sources
                        .iter()
                        .map(|s| s.url.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                ]
            })
        }
        CliCommand::Members {
            organization,
            date,
            format,
        } => {
            let organization = atlas
                .organization(organization)
                .ok_or_else(|| CliError::Usage(format!("unknown organization id \"{organization}\"; run `ssc-atlas organizations` for the list")))?;
            let date = parse_query_date(date)?;
            let rows: Vec<MemberRow> = organization
                .members_on(date)
                .map(|m| MemberRow {
                    country: m.country.clone(),
                    name: atlas.country_name_on(&m.country, date),
                    joined: m.joined,
                    left: m.left,
                    suspended: m.suspended_on(date),
                })
                .collect();
            write_rows(
                out,
                &rows,
                *format,
                &["country", "name", "joined", "left", "suspended"],
                |row| {
                    vec![
                        row.country.clone(),
                        row.name.clone(),
                        row.joined.to_string(),
                        row.left.map(|d| d.to_string()).unwrap_or_default(),
                        row.suspended.to_string(),
                    ]
                },
            )
        }
        CliCommand::Country { key, date } => {
            if atlas.world.country_by_key(key).is_none() {
                return Err(CliError::Usage(format!(
                    "unknown country key \"{key}\"; keys are ISO 3166-1 alpha-3 codes of today's map (GHA, ZMB …)"
                )));
            }
            let date = parse_query_date(date)?;
            serde_json::to_writer_pretty(&mut *out, &atlas.status_on(key, date))?;
            writeln!(out)?;
            Ok(())
        }
        CliCommand::Organizations { format } => {
            let today = Date::end_of_year(crate::time::current_year());
            let rows: Vec<OrganizationRow<'_>> = atlas
                .organizations
                .iter()
                .map(|o| OrganizationRow {
                    id: &o.id,
                    name: &o.name,
                    short_name: &o.short_name,
                    kind: &o.kind,
                    founded: o.founded,
                    members_today: (!o.members.is_empty())
                        .then(|| timeline::member_count_on(o, today)),
                })
                .collect();
            write_rows(
                out,
                &rows,
                *format,
                &[
                    "id",
                    "name",
                    "short_name",
                    "kind",
                    "founded",
                    "members_today",
                ],
                |row| {
                    vec![
                        row.id.into(),
                        row.name.into(),
                        row.short_name.into(),
                        row.kind.into(),
                        row.founded.to_string(),
                        row.members_today.map(|n| n.to_string()).unwrap_or_default(),
                    ]
                },
            )
        }
    }
}

fn parse_query_date(text: &str) -> Result<Date, CliError> {
    let date = Date::parse(text).map_err(|err| CliError::Usage(err.to_string()))?;
    // A bare year or month means its last day.
    Ok(match (date.month, date.day) {
        (None, _) => Date::end_of_year(date.year),
        (Some(month), None) => {
            let next = if month == 12 {
                Date::ymd(date.year + 1, 1, 1)
            } else {
                Date::ymd(date.year, month + 1, 1)
            };
            // The day before the first of the next month.
            (28..=31)
                .rev()
                .map(|day| Date::ymd(date.year, month, day))
                .find(|d| Date::parse(&d.to_string()).is_ok() && *d < next)
                .unwrap_or(date)
        }
        _ => date,
    })
}

fn run_validate(atlas: &Atlas, source: &DataSource, out: &mut dyn Write) -> Result<(), CliError> {
    let problems = validate(atlas, source);
    if problems.is_empty() {
        let memberships: usize = atlas.organizations.iter().map(|o| o.members.len()).sum();
        writeln!(
            out,
            "ok: {} events, {} organizations, {} memberships, {} countries drawn ({} vertices), {} historical states, {} country histories, {} stories",
            atlas.events.len(),
            atlas.organizations.len(),
            memberships,
            atlas.world.countries.len(),
            atlas.world.vertex_count(),
            atlas.historical_states.len(),
            atlas.countries.len(),
            atlas.stories.len(),
        )?;
        Ok(())
    } else {
        for problem in &problems {
            writeln!(out, "{problem}")?;
        }
        Err(CliError::InvalidData {
            count: problems.len(),
        })
    }
}

const EVENT_COLUMNS: [&str; 11] = [
    "id",
    "kind",
    "title",
    "start",
    "end",
    "city",
    "country_iso3",
    "lon",
    "lat",
    "organizations",
    "sources",
];

#[derive(Serialize)]
struct EventRow<'a> {
    id: &'a str,
    kind: &'a str,
    series: Option<&'a str>,
    number: Option<u32>,
    title: &'a str,
    start: Date,
    end: Option<Date>,
    city: &'a str,
    country: &'a str,
    country_iso3: &'a str,
    lon: f64,
    lat: f64,
    organizations: &'a [String],
    tags: &'a [String],
    sources: &'a [Source],
    note: Option<&'a str>,
}

impl<'a> From<&'a crate::data::Event> for EventRow<'a> {
    fn from(e: &'a crate::data::Event) -> Self {
        Self {
            id: &e.id,
            kind: &e.kind,
            series: e.series.as_deref(),
            number: e.number,
            title: &e.title,
            start: e.start,
            end: e.end,
            city: &e.city,
            country: &e.country,
            country_iso3: &e.country_iso3,
            lon: e.lon,
            lat: e.lat,
            organizations: &e.organizations,
            tags: &e.tags,
            sources: &e.sources,
            note: e.note.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct MemberRow {
    country: String,
    name: String,
    joined: Date,
    left: Option<Date>,
    suspended: bool,
}

#[derive(Serialize)]
struct OrganizationRow<'a> {
    id: &'a str,
    name: &'a str,
    short_name: &'a str,
    kind: &'a str,
    founded: Date,
    members_today: Option<usize>,
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn write_rows<T: Serialize>(
    out: &mut dyn Write,
    rows: &[T],
    format: Format,
    columns: &[&str],
    fields: impl Fn(&T) -> Vec<String>,
) -> Result<(), CliError> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, rows)?;
            writeln!(out)?;
        }
        Format::Csv => {
            writeln!(out, "{}", columns.join(","))?;
            for row in rows {
                let line: Vec<String> = fields(row).iter().map(|f| csv_field(f)).collect();
                writeln!(out, "{}", line.join(","))?;
            }
        }
    }
    Ok(())
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
}
