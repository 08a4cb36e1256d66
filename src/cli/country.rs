//! `country`: one country's status on a date, as JSON or one CSV row.

use std::io::Write;

use super::tables::{joined, write_rows};
use super::{CliError, Format};
use crate::data::CountryStatus;
use crate::time::Date;

/// "from 1961-12-09 until 1964-04-26", "until 1991-12-26".
pub(super) fn span_text(from: Option<Date>, until: Option<Date>) -> String {
    match (from, until) {
        (Some(from), Some(until)) => format!("from {from} until {until}"),
        (Some(from), None) => format!("from {from}"),
        (None, Some(until)) => format!("until {until}"),
        (None, None) => "at no known time".to_owned(),
    }
}

pub(super) fn write_country(
    out: &mut dyn Write,
    status: &CountryStatus,
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
