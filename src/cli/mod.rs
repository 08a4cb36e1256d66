//! The command line: the window's start state (`args`), and subcommands that answer as JSON
//! or CSV (`tables`, `country`, `members`), run here.

mod args;
mod country;
mod members;
mod render;
mod start;
mod story;
mod tables;

use std::io::Write;

pub use args::{Cli, CliCommand, Format, WindowRenderer, text_size_steps};
use country::{span_text, write_country};
use members::{MemberRow, write_counts_only};
pub use render::{PosterArgs, RenderArgs};
pub use start::start_view;
use tables::{EventRow, OrganizationRow, write_rows, write_table};

use crate::data::timeline;
use crate::data::{Atlas, DataSource, Organization, load_atlas, validate::validate};
use crate::time::Date;

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

/// Runs a subcommand, writing to `out` (stdout in the binary, a buffer in tests). `today`
/// comes from the caller (`main` reads the clock), so answers do not depend on when a test
/// runs.
pub fn run_command(
    command: &CliCommand,
    source: &DataSource,
    today: Date,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    run_command_since(command, source, today, out, std::time::Instant::now())
}

/// [`run_command`] for a process that began at `process_started`: `bench` reports its
/// start-up from there.
pub fn run_command_since(
    command: &CliCommand,
    source: &DataSource,
    today: Date,
    out: &mut dyn Write,
    process_started: std::time::Instant,
) -> Result<(), CliError> {
    if let CliCommand::Bench {
        frames,
        large,
        large_map,
        mesh,
        ..
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
        CliCommand::Render(args) => render::run_render(args, atlas, today, out),
        CliCommand::Poster(args) => render::run_poster(args, atlas, today, out),
        CliCommand::Validate { watch: false } => run_validate(&atlas, source, today, out),
        CliCommand::Validate { watch: true } => {
            // The first check, then one after each settled change, until interrupted.
            let _ = run_validate(&atlas, source, today, out);
            out.flush()?;
            watch_validate(source, today, out, None)
        }
        CliCommand::Events { from, to, format } => {
            let events = atlas
                .events
                .iter()
                .filter(|e| from.is_none_or(|from| e.start.year >= from))
                .filter(|e| to.is_none_or(|to| e.start.year <= to));
            match format {
                // The window's "Share" builds the same table.
                Format::Csv => {
                    write_table(out, &crate::export::table::events_table(&atlas, events))
                }
                Format::Json => {
                    let rows: Vec<EventRow<'_>> =
                        events.map(|e| EventRow::new(e, &atlas)).collect();
                    write_rows(out, &rows, Format::Json, &[], |_| Vec::new())
                }
            }
        }
        CliCommand::StoryFromViews {
            views,
            title,
            summary,
            out: story_file,
        } => story::run_story_from_views(views, (title, summary), story_file, source, today, out),
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
            if *format == Format::Csv {
                // The window's "Share" builds the same table.
                return write_table(
                    out,
                    &crate::export::table::members_table(&atlas, &[organization], date),
                );
            }
            let rows: Vec<MemberRow<'_>> = organization
                .members_on(date)
                .map(|m| MemberRow {
                    country: m.country.clone(),
                    name: atlas.country_name_on(&m.country, date),
                    name_today: atlas.country_name_today(&m.country),
                    joined: m.joined,
                    joined_basis: m.joined_basis,
                    left: m.left,
                    suspended: m.suspended_on(date),
                    sources: &m.sources,
                    note: m.note.as_deref(),
                })
                .collect();
            write_rows(out, &rows, Format::Json, &[], |_| Vec::new())
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
            let end_of_this_year = Date::end_of_year(today.year);
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
                        .then(|| timeline::member_count_on(o, end_of_this_year)),
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

fn run_validate(
    atlas: &Atlas,
    source: &DataSource,
    today: Date,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let problems = validate(atlas, source, today);
    for problem in &problems {
        writeln!(out, "{problem}")?;
    }
    let errors = problems.iter().filter(|p| p.is_error()).count();
    if errors > 0 {
        return Err(CliError::InvalidData { count: errors });
    }
    let memberships: usize = atlas.organizations.iter().map(|o| o.members.len()).sum();
    let warnings = match problems.len() {
        0 => String::new(),
        1 => " (1 warning above)".to_owned(),
        n => format!(" ({n} warnings above)"),
    };
    writeln!(
        out,
        "ok: {} events, {} organizations, {} memberships, {} countries drawn ({} vertices), {} historical states, {} country histories, {} stories{warnings}",
        atlas.events.len(),
        atlas.organizations.len(),
        memberships,
        atlas.world.countries.len(),
        atlas.world.vertex_count(),
        atlas.historical_states.len(),
        atlas.country_histories.len(),
        atlas.stories.len(),
    )?;
    Ok(())
}

/// `validate --watch`: after each settled change to the folder, one line saying what changed
/// and whether it is good, then every problem. Returns after `stop_after` reloads (tests);
/// with `None`, when the watch ends.
pub fn watch_validate(
    source: &DataSource,
    today: Date,
    out: &mut dyn Write,
    stop_after: Option<usize>,
) -> Result<(), CliError> {
    let DataSource::Dir(dir) = source else {
        return Err(CliError::Usage(
            "validate --watch needs --data DIR: the bundled data cannot change".into(),
        ));
    };
    let (sender, receiver) = std::sync::mpsc::channel();
    let _watch = crate::data::watch::FolderWatch::start(dir, None, today, move |reload| {
        // The receiver is gone only when the loop below has ended.
        let _ = sender.send(reload);
    })
    .map_err(|err| CliError::Usage(format!("cannot watch {}: {err}", dir.display())))?;
    writeln!(out, "watching {} (Ctrl-C ends)", dir.display())?;
    out.flush()?;
    let mut seen = 0;
    while let Ok(reload) = receiver.recv() {
        let changed: Vec<String> = reload
            .changed
            .iter()
            .map(|p| p.strip_prefix(dir).unwrap_or(p).display().to_string())
            .collect();
        let warnings = reload.problems.len() - reload.errors;
        writeln!(
            out,
            "after a change to {}: {} error(s), {warnings} warning(s)",
            changed.join(", "),
            reload.errors
        )?;
        for problem in &reload.problems {
            writeln!(out, "{problem}")?;
        }
        out.flush()?;
        seen += 1;
        if stop_after.is_some_and(|stop| seen >= stop) {
            break;
        }
    }
    Ok(())
}
