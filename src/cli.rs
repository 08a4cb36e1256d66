//! The command line: the window's start state, and subcommands that answer as JSON or CSV.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::data::{Atlas, DataSource, Organization, Source, load_atlas, validate::validate};
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
    /// `members` of a body with sourced counts only: the counts went to the output.
    #[error("{0}")]
    CountsOnly(String),
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
    #[error("cannot encode output: {0}")]
    Encode(#[from] serde_json::Error),
}

impl CliError {
    /// The reader closed the pipe (`ssc-atlas events | head`): not an error worth a
    /// message, as for any Unix tool.
    pub fn is_broken_pipe(&self) -> bool {
        let kind = match self {
            Self::Output(err) => Some(err.kind()),
            Self::Encode(err) => err.io_error_kind(),
            _ => None,
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    }
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
                .map(|e| EventRow::new(e, &atlas))
                .collect();
            write_rows(out, &rows, *format, &EVENT_COLUMNS, |row| {
                vec![
                    row.id.into(),
                    row.kind.into(),
                    row.series.unwrap_or_default().into(),
                    row.number.map(|n| n.to_string()).unwrap_or_default(),
                    row.title.into(),
                    row.start.to_string(),
                    row.end.map(|d| d.to_string()).unwrap_or_default(),
                    row.city.into(),
                    row.country.into(),
                    row.country_iso3.into(),
                    row.lon.to_string(),
                    row.lat.to_string(),
                    row.organizations.join(";"),
                    row.organization_names.join(";"),
                    row.summary.into(),
                    row.participants.map(|n| n.to_string()).unwrap_or_default(),
                    row.tags.join(";"),
                    joined(row.sources.iter().map(|s| s.title.as_str())),
                    joined(row.sources.iter().map(|s| s.url.as_str())),
                    row.note.unwrap_or_default().into(),
                ]
            })
        }
        CliCommand::Members {
            organization,
            date,
            format,
        } => {
            let organization = find_organization(&atlas, organization)?;
            let date = parse_query_date(date)?;
            if !organization.has_member_list() {
                return write_counts_only(out, organization, date, *format);
            }
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
        CliCommand::Country { key, date, format } => {
            let code = atlas.country_code(key).ok_or_else(|| {
                CliError::Usage(format!(
                    "unknown country key \"{key}\"; keys are ISO 3166-1 alpha-3 codes of today's map (GHA, ZMB …) or historical state codes ({})",
                    atlas
                        .historical_states
                        .iter()
                        .map(|s| s.code.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?;
            let date = parse_query_date(date)?;
            let status = if let Some(state) = atlas.historical_state(&code) {
                atlas.historical_status_on(&code, date).ok_or_else(|| {
                    CliError::Usage(format!(
                        "{code} ({}) did not exist on {date}: it existed {}; its territory is today {}",
                        state.name,
                        span_text(state.from, state.until),
                        state.covers.join(", ")
                    ))
                })?
            } else {
                atlas.status_on(&code, date)
            };
            write_country(out, &status, *format)
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

/// The organization with id `id` in any case (`AU` finds `au`).
fn find_organization<'a>(atlas: &'a Atlas, id: &str) -> Result<&'a Organization, CliError> {
    atlas
        .organizations
        .iter()
        .find(|o| o.id.eq_ignore_ascii_case(id.trim()))
        .ok_or_else(|| {
            CliError::Usage(format!(
                "unknown organization id \"{id}\"; run `ssc-atlas organizations` for the list"
            ))
        })
}

/// "from 1961-12-09 until 1964-04-26", "until 1991-12-26".
fn span_text(from: Option<Date>, until: Option<Date>) -> String {
    match (from, until) {
        (Some(from), Some(until)) => format!("from {from} until {until}"),
        (Some(from), None) => format!("from {from}"),
        (None, Some(until)) => format!("until {until}"),
        (None, None) => "at no known time".to_owned(),
    }
}

fn joined<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    parts.collect::<Vec<_>>().join(" | ")
}

fn write_country(
    out: &mut dyn Write,
    status: &crate::data::CountryStatus,
    format: Format,
) -> Result<(), CliError> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, status)?;
            writeln!(out)?;
            Ok(())
        }
        Format::Csv => write_rows(
            out,
            std::slice::from_ref(status),
            Format::Csv,
            &COUNTRY_COLUMNS,
            |s| {
                vec![
                    s.key.clone(),
                    s.name.clone(),
                    s.name_today.clone(),
                    serde_json::to_value(s.status)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default(),
                    s.administered_by.clone().unwrap_or_default(),
                    s.part_of.clone().unwrap_or_default(),
                    s.part_of_name.clone().unwrap_or_default(),
                    s.from.map(|d| d.to_string()).unwrap_or_default(),
                    s.until.map(|d| d.to_string()).unwrap_or_default(),
                    s.covers.join(";"),
                    joined(s.sources.iter().map(|x| x.title.as_str())),
                    joined(s.sources.iter().map(|x| x.url.as_str())),
                ]
            },
        ),
    }
}

const COUNTRY_COLUMNS: [&str; 12] = [
    "key",
    "name",
    "name_today",
    "status",
    "administered_by",
    "part_of",
    "part_of_name",
    "from",
    "until",
    "covers",
    "source_titles",
    "source_urls",
];

/// `members` for a body without a member list: writes every sourced count (the one that
/// holds on `date` marked), then fails, so a script never mistakes this for a list.
fn write_counts_only(
    out: &mut dyn Write,
    organization: &Organization,
    date: Date,
    format: Format,
) -> Result<(), CliError> {
    let on_date = organization.count_on(date);
    let rows: Vec<CountRow<'_>> = organization
        .member_counts
        .iter()
        .map(|c| CountRow {
            year: c.year,
            count: c.count,
            holds_on_date: on_date.is_some_and(|on| on.year == c.year),
            source_title: &c.source.title,
            source_url: &c.source.url,
        })
        .collect();
    write_rows(
        out,
        &rows,
        format,
        &[
            "year",
            "count",
            "holds_on_date",
            "source_title",
            "source_url",
        ],
        |row| {
            vec![
                row.year.to_string(),
                row.count.to_string(),
                row.holds_on_date.to_string(),
                row.source_title.into(),
                row.source_url.into(),
            ]
        },
    )?;
    let name = organization.short_name_on(date);
    let latest = match on_date {
        Some(on) if on.older_than_date => {
            format!("{} in {}, the latest known on {date}", on.count, on.year)
        }
        Some(on) => format!("{} in {}", on.count, on.year),
        None => format!("none known on {date}"),
    };
    Err(CliError::CountsOnly(format!(
        "{name} ({}): the atlas has no member list, only the sourced member counts printed above ({latest}); no members can be listed",
        organization.id
    )))
}

#[derive(Serialize)]
struct CountRow<'a> {
    year: i32,
    count: u32,
    /// The count shown for the date asked: the latest of a year up to it.
    holds_on_date: bool,
    source_title: &'a str,
    source_url: &'a str,
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

const EVENT_COLUMNS: [&str; 20] = [
    "id",
    "kind",
    "series",
    "number",
    "title",
    "start",
    "end",
    "city",
    "country",
    "country_iso3",
    "lon",
    "lat",
    "organizations",
    "organization_names",
    "summary",
    "participants",
    "tags",
    "source_titles",
    "source_urls",
    "note",
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
    /// Host country as named then ("Yugoslavia", "Ceylon").
    country: &'a str,
    country_iso3: &'a str,
    lon: f64,
    lat: f64,
    organizations: &'a [String],
    /// The organizations' short names at the event's start ("OAU" in 1975).
    organization_names: Vec<&'a str>,
    summary: &'a str,
    participants: Option<u32>,
    /// Fields of cooperation.
    tags: &'a [String],
    sources: &'a [Source],
    note: Option<&'a str>,
}

impl<'a> EventRow<'a> {
    fn new(e: &'a crate::data::Event, atlas: &'a Atlas) -> Self {
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
            organization_names: e
                .organizations
                .iter()
                .map(|id| {
                    atlas
                        .organization(id)
                        .map_or(id.as_str(), |o| o.short_name_on(e.start))
                })
                .collect(),
            summary: &e.summary,
            participants: e.participants,
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
    if text.contains([',', '"', '\n', '\r']) {
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
