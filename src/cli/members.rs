//! `members`: the rows of a member list, and the sourced counts of a body without one.

use std::io::Write;

use serde::Serialize;

use super::tables::write_rows;
use super::{CliError, Format};
use crate::data::Organization;
use crate::time::Date;

/// `members` for a body without a member list: writes every sourced count (the one that
/// holds on `date` marked), then fails, so a script never mistakes this for a list.
pub(super) fn write_counts_only(
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

#[derive(Serialize)]
pub(super) struct MemberRow<'a> {
    pub(super) country: String,
    /// The name on the date asked (Dahomey in 1970).
    pub(super) name: String,
    pub(super) name_today: String,
    pub(super) joined: Date,
    /// `admission`, or `first_record`: a member by `joined`, the admission date not known.
    pub(super) joined_basis: crate::data::JoinedBasis,
    pub(super) left: Option<Date>,
    pub(super) suspended: bool,
    pub(super) sources: &'a [crate::data::Source],
    pub(super) note: Option<&'a str>,
}
