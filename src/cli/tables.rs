//! Rows of `events` and `organizations` as JSON, and writing any rows as JSON or CSV.

use std::io::Write;

use serde::Serialize;

use super::{CliError, Format};
use crate::data::{Atlas, Source};
use crate::export::Table;
use crate::time::Date;

#[derive(Serialize)]
pub(super) struct EventRow<'a> {
    pub(super) id: &'a str,
    pub(super) kind: &'a str,
    pub(super) series: Option<&'a str>,
    pub(super) number: Option<u32>,
    pub(super) title: &'a str,
    pub(super) start: Date,
    pub(super) end: Option<Date>,
    pub(super) city: &'a str,
    /// Host country as named then ("Yugoslavia", "Ceylon").
    pub(super) country: &'a str,
    pub(super) country_iso3: &'a str,
    pub(super) lon: f64,
    pub(super) lat: f64,
    pub(super) organizations: &'a [String],
    /// The organizations' short names at the event's start ("OAU" in 1975).
    pub(super) organization_names: Vec<&'a str>,
    pub(super) summary: &'a str,
    pub(super) participants: Option<u32>,
    /// Fields of cooperation.
    pub(super) tags: &'a [String],
    pub(super) sources: &'a [Source],
    pub(super) note: Option<&'a str>,
}

impl<'a> EventRow<'a> {
    pub(super) fn new(e: &'a crate::data::Event, atlas: &'a Atlas) -> Self {
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
pub(super) struct OrganizationRow<'a> {
    pub(super) id: &'a str,
    pub(super) name: &'a str,
    pub(super) short_name: &'a str,
    pub(super) kind: &'a str,
    pub(super) founded: Date,
    pub(super) members_today: Option<usize>,
}

pub(super) fn write_rows<T: Serialize>(
    out: &mut dyn Write,
    rows: &[T],
    format: Format,
    columns: &[&'static str],
    fields: impl Fn(&T) -> Vec<String>,
) -> Result<(), CliError> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, rows)?;
            writeln!(out)?;
        }
        Format::Csv => write_table(
            out,
            &Table {
                columns: columns.to_vec(),
                rows: rows.iter().map(fields).collect(),
            },
        )?,
    }
    Ok(())
}

/// A table as CSV on standard output: RFC 4180 (CRLF), UTF-8 without a byte-order mark (a
/// script reads the first column as `id`).
pub(super) fn write_table(out: &mut dyn Write, table: &Table) -> Result<(), CliError> {
    crate::export::csv::write_delimited(table, ',', crate::export::csv::Bom::No, out)?;
    Ok(())
}

pub(super) fn joined<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    parts.collect::<Vec<_>>().join(" | ")
}
