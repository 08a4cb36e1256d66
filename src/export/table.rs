//! The table behind the view: members of organizations on a date (with names of the time),
//! events with every column a reader needs, and the plots' series as shown. One builder per
//! table, used by the CLI's `--format csv` and by the window's "Share" menu.

use std::ops::RangeInclusive;

use crate::data::{Atlas, Event, JoinedBasis, Organization, Source};
use crate::time::Date;

/// A header and rows of text, every row as long as the header.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The text of `column` in `row`, if both exist (for tests and messages).
    pub fn cell(&self, row: usize, column: &str) -> Option<&str> {
        let index = self.columns.iter().position(|c| *c == column)?;
        self.rows.get(row)?.get(index).map(String::as_str)
    }
}

/// Several sources' titles (or addresses) in one field.
fn joined<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    parts.collect::<Vec<_>>().join(" | ")
}

fn source_titles(sources: &[Source]) -> String {
    joined(sources.iter().map(|s| s.title.as_str()))
}

fn source_urls(sources: &[Source]) -> String {
    joined(sources.iter().map(|s| s.url.as_str()))
}

fn optional(value: Option<impl ToString>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

pub const MEMBER_COLUMNS: [&str; 13] = [
    "organization",
    "organization_name",
    "country",
    "name",
    "name_today",
    "status",
    "joined",
    "joined_basis",
    "left",
    "date",
    "source_titles",
    "source_urls",
    "note",
];

/// One row per full member of each organization on `date` (a suspended member is still one,
/// with status `suspended`), names as they were on `date`. Bodies known only by sourced
/// counts (NAM, G77 …) have no rows: see [`counts_only`].
pub fn members_table(atlas: &Atlas, organizations: &[&Organization], date: Date) -> Table {
    let rows = organizations
        .iter()
        .flat_map(|organization| {
            organization.members_on(date).map(move |m| {
                vec![
                    organization.id.clone(),
                    organization.short_name_on(date).to_owned(),
                    m.country.clone(),
                    atlas.country_name_on(&m.country, date),
                    atlas.country_name_today(&m.country),
                    if m.suspended_on(date) {
                        "suspended"
                    } else {
                        "member"
                    }
                    .to_owned(),
                    m.joined.to_string(),
                    match m.joined_basis {
                        JoinedBasis::Admission => "admission",
                        JoinedBasis::FirstRecord => "first_record",
                    }
                    .to_owned(),
                    optional(m.left),
                    date.to_string(),
                    source_titles(&m.sources),
                    source_urls(&m.sources),
                    m.note.clone().unwrap_or_default(),
                ]
            })
        })
        .collect();
    Table {
        columns: MEMBER_COLUMNS.to_vec(),
        rows,
    }
}

/// The organizations among `organizations` that have no member list, only sourced counts.
pub fn counts_only<'a>(organizations: &[&'a Organization]) -> Vec<&'a Organization> {
    organizations
        .iter()
        .copied()
        .filter(|o| !o.has_member_list())
        .collect()
}

pub const EVENT_COLUMNS: [&str; 20] = [
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

/// One row per event: the host country as named then (`country`), today's map key, the
/// organizations' short names at the event, summary, participants, fields of cooperation
/// (`tags`), sources, and `note`, where the data says how sources differ.
pub fn events_table<'a>(atlas: &Atlas, events: impl IntoIterator<Item = &'a Event>) -> Table {
    let rows = events
        .into_iter()
        .map(|e| {
            let organization_names: Vec<&str> = e
                .organizations
                .iter()
                .map(|id| {
                    atlas
                        .organization(id)
                        .map_or(id.as_str(), |o| o.short_name_on(e.start))
                })
                .collect();
            vec![
                e.id.clone(),
                e.kind.clone(),
                e.series.clone().unwrap_or_default(),
                optional(e.number),
                e.title.clone(),
                e.start.to_string(),
                optional(e.end),
                e.city.clone(),
                e.country.clone(),
                e.country_iso3.clone(),
                e.lon.to_string(),
                e.lat.to_string(),
                e.organizations.join(";"),
                organization_names.join(";"),
                e.summary.clone(),
                optional(e.participants),
                e.tags.join(";"),
                source_titles(&e.sources),
                source_urls(&e.sources),
                e.note.clone().unwrap_or_default(),
            ]
        })
        .collect();
    Table {
        columns: EVENT_COLUMNS.to_vec(),
        rows,
    }
}

pub const SERIES_COLUMNS: [&str; 9] = [
    "plot",
    "series",
    "organization",
    "year",
    "value",
    "basis",
    "derived_from",
    "source_title",
    "source_url",
];

/// What the plots show, as numbers.
pub struct SeriesView<'a> {
    /// The selected organizations (the member plot's lines).
    pub selected: &'a [&'a Organization],
    /// The field filter of the events plot.
    pub field: Option<&'a str>,
    /// The plots' years (the slider's range).
    pub years: RangeInclusive<i32>,
    /// The selected date: series are named as on it ("OAU members" in 1975).
    pub date: Date,
}

const MEMBERS_PLOT: &str = "Members";
const GROUPINGS_PLOT: &str = "New states and the South's groupings";
const DERIVED: &str = "derived";
const PUBLISHED: &str = "published";

/// The plots' series: each organization's members on 31 December of every year it existed
/// (derived from the member list; the plot's step line changes on the exact dates) and its
/// published counts; the independent states among the country histories, the G77's and the
/// NAM's; events per year by kind under the field filter. One row per year and series.
pub fn series_table(atlas: &Atlas, view: &SeriesView<'_>) -> Table {
    let mut rows = Vec::new();
    let organization_rows =
        |rows: &mut Vec<Vec<String>>, plot: &str, organization: &Organization| {
            let series = format!("{} members", organization.short_name_on(view.date));
            if organization.has_member_list() {
                for year in view.years.clone() {
                    let end = Date::end_of_year(year);
                    if organization.exists_on(end) {
                        rows.push(vec![
                            plot.to_owned(),
                            series.clone(),
                            organization.id.clone(),
                            year.to_string(),
                            organization.members_on(end).count().to_string(),
                            DERIVED.to_owned(),
                            "member list, 31 December".to_owned(),
                            String::new(),
                            String::new(),
                        ]);
                    }
                }
            }
            for count in organization
                .member_counts
                .iter()
                .filter(|c| view.years.contains(&c.year))
            {
                rows.push(vec![
                    plot.to_owned(),
                    series.clone(),
                    organization.id.clone(),
                    count.year.to_string(),
                    count.count.to_string(),
                    PUBLISHED.to_owned(),
                    String::new(),
                    count.source.title.clone(),
                    count.source.url.clone(),
                ]);
            }
        };
    for organization in view.selected {
        organization_rows(&mut rows, MEMBERS_PLOT, organization);
    }
    for year in view.years.clone() {
        rows.push(vec![
            GROUPINGS_PLOT.to_owned(),
            "independent (atlas histories)".to_owned(),
            String::new(),
            year.to_string(),
            atlas
                .independent_count_on(Date::end_of_year(year))
                .to_string(),
            DERIVED.to_owned(),
            "country histories, 31 December".to_owned(),
            String::new(),
            String::new(),
        ]);
    }
    for id in ["g77", "nam"] {
        if let Some(organization) = atlas.organization(id) {
            organization_rows(&mut rows, GROUPINGS_PLOT, organization);
        }
    }
    let events_plot = match view.field {
        Some(field) => format!("Events per year ({field})"),
        None => "Events per year".to_owned(),
    };
    let events = atlas
        .events
        .iter()
        .filter(|e| view.field.is_none_or(|f| e.tags.iter().any(|t| t == f)));
    for (kind, per_year) in crate::data::timeline::events_per_year_by_kind(events) {
        for (year, count) in per_year.range(view.years.clone()) {
            rows.push(vec![
                events_plot.clone(),
                kind.clone(),
                String::new(),
                year.to_string(),
                count.to_string(),
                DERIVED.to_owned(),
                "events by start year".to_owned(),
                String::new(),
                String::new(),
            ]);
        }
    }
    Table {
        columns: SERIES_COLUMNS.to_vec(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{DataSource, load_atlas};

    fn atlas() -> Atlas {
        load_atlas(&DataSource::Bundled)
    }

    #[test]
    fn one_row_per_member_on_the_date_with_the_names_of_the_time() {
        let atlas = atlas();
        let oau = atlas.organization("au").unwrap();
        let date = Date::end_of_year(1975);
        let table = members_table(&atlas, &[oau], date);
        assert_eq!(table.rows.len(), oau.members_on(date).count());
        assert!(table.rows.iter().all(|r| r.len() == MEMBER_COLUMNS.len()));
        assert_eq!(table.cell(0, "organization_name"), Some("OAU"));
        let row_of = |code: &str| {
            table
                .rows
                .iter()
                .position(|r| r[2] == code)
                .unwrap_or_else(|| panic!("{code} is a member in 1975"))
        };
        let benin = row_of("BEN");
        assert_eq!(
            table.cell(benin, "name"),
            Some("Benin"),
            "renamed 30 Nov 1975"
        );
        let zaire = row_of("COD");
        assert_eq!(table.cell(zaire, "name"), Some("Zaire"));
        assert_eq!(
            table.cell(zaire, "name_today").map(str::is_empty),
            Some(false)
        );
        assert!(
            table.rows.iter().all(|r| !r[10].is_empty()),
            "every row has a source"
        );
        let earlier = members_table(&atlas, &[oau], Date::end_of_year(1970));
        let dahomey = earlier.rows.iter().position(|r| r[2] == "BEN").unwrap();
        assert_eq!(earlier.cell(dahomey, "name"), Some("Dahomey"));
    }

    #[test]
    fn bodies_with_counts_only_have_no_rows_and_are_named() {
        let atlas = atlas();
        let un = atlas.organization("un").unwrap();
        let au = atlas.organization("au").unwrap();
        let table = members_table(&atlas, &[un], Date::end_of_year(1975));
        assert!(table.rows.is_empty());
        assert_eq!(counts_only(&[un, au]).len(), 1);
    }

    #[test]
    fn events_have_the_country_of_the_time_sources_and_notes() {
        let atlas = atlas();
        let table = events_table(&atlas, atlas.events.iter().filter(|e| e.start.year == 1961));
        let belgrade = table.rows.iter().position(|r| r[7] == "Belgrade").unwrap();
        assert_eq!(table.cell(belgrade, "country"), Some("Yugoslavia"));
        assert!(
            table
                .cell(belgrade, "source_urls")
                .unwrap()
                .starts_with("http")
        );
        let all = events_table(&atlas, &atlas.events);
        let noted = (0..all.rows.len()).filter(|&r| !all.cell(r, "note").unwrap().is_empty());
        assert!(noted.count() > 10, "\"sources differ\" notes are carried");
    }

    #[test]
    fn series_give_derived_counts_per_year_and_published_counts_with_sources() {
        let atlas = atlas();
        let asean = atlas.organization("asean").unwrap();
        let selected = [asean];
        let table = series_table(
            &atlas,
            &SeriesView {
                selected: &selected,
                field: None,
                years: 1945..=2026,
                date: Date::end_of_year(1975),
            },
        );
        let find = |series: &str, year: &str, basis: &str| {
            table
                .rows
                .iter()
                .find(|r| r[1] == series && r[3] == year && r[5] == basis)
        };
        assert_eq!(find("ASEAN members", "1967", DERIVED).unwrap()[4], "5");
        assert!(
            find("ASEAN members", "1966", DERIVED).is_none(),
            "before the founding"
        );
        let nam_1961 = find("NAM members", "1961", PUBLISHED).unwrap();
        assert!(nam_1961[8].starts_with("http"));
        assert!(find("independent (atlas histories)", "1960", DERIVED).is_some());
        assert!(table.rows.iter().any(|r| r[0] == "Events per year"));
    }
}
