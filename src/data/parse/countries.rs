//! `data/countries.json`: historical states, each country's political history, and the
//! notes on what the map cannot draw.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{DateReader, Document, Item, Items, raw_texts, top_items};
use crate::data::model::{CountryHistory, CountryPeriod, HistoricalState, PoliticalStatus, Source};
use crate::problem::Problems;

#[derive(Deserialize)]
struct RawHistoricalState {
    code: String,
    name: String,
    from: Option<String>,
    until: Option<String>,
    #[serde(default)]
    covers: Vec<String>,
    #[serde(default)]
    sources: Vec<Source>,
}

#[derive(Deserialize)]
struct RawPeriod {
    from: Option<String>,
    until: Option<String>,
    status: PoliticalStatus,
    name: String,
    administered_by: Option<String>,
    part_of: Option<String>,
    #[serde(default)]
    sources: Vec<Source>,
    note: Option<String>,
}

#[derive(Deserialize)]
struct RawCountry<'a> {
    key: String,
    name_today: String,
    /// Read one by one, so a bad period leaves out that period only.
    #[serde(default, borrow)]
    periods: Vec<&'a RawValue>,
    #[serde(default)]
    sources: Vec<Source>,
}

/// The historical states, the country histories and the map notes.
pub(in crate::data) fn countries(
    text: &str,
    file: &str,
    problems: &mut Problems,
) -> (Vec<HistoricalState>, Vec<CountryHistory>, Vec<String>) {
    let document = Document::new(file, text);
    let mut notes = Vec::new();
    let note_items = Items {
        array: "map_notes",
        id_field: None,
    };
    let values = json_array_or_nothing(&document, "map_notes");
    note_items.each(&document, &values, problems, |item: Item<String>, _| {
        notes.push(item.record);
    });
    let mut states = Vec::new();
    let state_items = Items {
        array: "historical_states",
        id_field: Some("code"),
    };
    let values = top_items(&document, "historical_states", problems);
    state_items.each(
        &document,
        &values,
        problems,
        |item: Item<RawHistoricalState>, problems| {
            let raw = item.record;
            let mut dates = DateReader::new(file, &item.path);
            let from = dates.optional("from", raw.from.as_deref(), problems);
            let until = dates.optional("until", raw.until.as_deref(), problems);
            if dates.ok {
                states.push(HistoricalState {
                    code: raw.code,
                    name: raw.name,
                    from,
                    until,
                    covers: raw.covers,
                    sources: raw.sources,
                });
            }
        },
    );
    let mut countries = Vec::new();
    let country_items = Items {
        array: "countries",
        id_field: Some("key"),
    };
    let values = top_items(&document, "countries", problems);
    country_items.each(
        &document,
        &values,
        problems,
        |item: Item<RawCountry>, problems| {
            let raw = item.record;
            let periods_path = format!("{}.periods", item.path);
            let period_items = Items {
                array: &periods_path,
                id_field: None,
            };
            let mut periods = Vec::new();
            let period_texts = raw_texts(&raw.periods);
            period_items.each(
                &document,
                &period_texts,
                problems,
                |item: Item<RawPeriod>, problems| {
                    let period = item.record;
                    let mut dates = DateReader::new(file, &item.path);
                    let from = dates.optional("from", period.from.as_deref(), problems);
                    let until = dates.optional("until", period.until.as_deref(), problems);
                    if dates.ok {
                        periods.push(CountryPeriod {
                            from,
                            until,
                            status: period.status,
                            name: period.name,
                            administered_by: period.administered_by,
                            part_of: period.part_of,
                            sources: period.sources,
                            note: period.note,
                        });
                    }
                },
            );
            countries.push(CountryHistory {
                key: raw.key,
                name_today: raw.name_today,
                periods,
                sources: raw.sources,
            });
        },
    );
    document.report_syntax_outside_items(problems);
    (states, countries, notes)
}

/// The items of an optional top-level array (`map_notes`): none when it is absent.
fn json_array_or_nothing<'a>(document: &Document<'a>, key: &str) -> Vec<&'a str> {
    crate::problem::json::array_items(document.text, key).unwrap_or_default()
}
