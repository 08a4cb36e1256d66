//! `data/countries.json`: historical states, each country's political history, and the
//! notes on what the map cannot draw.

use serde::Deserialize;
use serde_json::Value;

use super::{DateReader, Item, Items, parse_json, top_array};
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
struct RawCountry {
    key: String,
    name_today: String,
    #[serde(default)]
    periods: Vec<Value>,
    #[serde(default)]
    sources: Vec<Source>,
}

/// The historical states, the country histories and the map notes.
pub(in crate::data) fn countries(
    text: &str,
    file: &str,
    problems: &mut Problems,
) -> (Vec<HistoricalState>, Vec<CountryHistory>, Vec<String>) {
    let Some(root) = parse_json(text, file, problems) else {
        return (Vec::new(), Vec::new(), Vec::new());
    };
    let notes = root
        .get("map_notes")
        .and_then(Value::as_array)
        .map(|notes| {
            notes
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let mut states = Vec::new();
    let state_items = Items {
        file,
        array: "historical_states",
        id_field: Some("code"),
        record: None,
    };
    let values = top_array(&root, "historical_states", file, problems);
    state_items.each(
        values,
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
        file,
        array: "countries",
        id_field: Some("key"),
        record: None,
    };
    let values = top_array(&root, "countries", file, problems);
    country_items.each(values, problems, |item: Item<RawCountry>, problems| {
        let raw = item.record;
        let periods_path = format!("{}.periods", item.path);
        let period_items = Items {
            file,
            array: &periods_path,
            id_field: None,
            record: None,
        };
        let mut periods = Vec::new();
        period_items.each(&raw.periods, problems, |item: Item<RawPeriod>, problems| {
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
        });
        countries.push(CountryHistory {
            key: raw.key,
            name_today: raw.name_today,
            periods,
            sources: raw.sources,
        });
    });
    (states, countries, notes)
}
