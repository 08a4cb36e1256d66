//! The `Atlas`: everything the atlas shows, its queries, and `load_atlas`, which reads every
//! file of a source.

use std::path::PathBuf;

use super::model::{CountryHistory, Event, HistoricalState, Organization, QuotedFigure};
use super::parse;
use super::source::{
    COUNTRIES_FILE, DataSource, EVENTS_FILE, FIGURES_FILE, MAP_FILE, ORGANIZATIONS_FILE,
    WEAK_SOURCES_FILE,
};
use crate::geo::World;
use crate::problem::Problems;
use crate::time::Date;

/// Everything the atlas shows, loaded once.
#[derive(Default)]
pub struct Atlas {
    pub world: World,
    /// Sorted by start date.
    pub events: Vec<Event>,
    pub organizations: Vec<Organization>,
    pub historical_states: Vec<HistoricalState>,
    /// Political histories by map key (the map's own polygons are `world.countries`).
    pub country_histories: Vec<CountryHistory>,
    pub figures: Vec<QuotedFigure>,
    /// Stories for presentation and kiosk modes, in play order.
    pub stories: Vec<super::story::Story>,
    /// What the map cannot draw of the time, for the "About the map" note.
    pub map_notes: Vec<String>,
    /// Host patterns of sources not to cite (`data/weak-sources.txt`), for `validate`.
    pub weak_hosts: super::citation::WeakHosts,
    /// Every language's interface messages and translations of the data.
    pub translations: super::translations::Translations,
    /// Problems met while reading; the atlas runs on what was good.
    pub problems: Problems,
    /// For `validate`: the raw ids as they appeared, duplicates included.
    pub(crate) raw_event_ids: Vec<(usize, String)>,
    pub(crate) raw_organization_ids: Vec<(usize, String)>,
}

impl Atlas {
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn historical_state(&self, code: &str) -> Option<&HistoricalState> {
        self.historical_states.iter().find(|s| s.code == code)
    }

    pub fn country_history(&self, key: &str) -> Option<&CountryHistory> {
        self.country_histories.iter().find(|c| c.key == key)
    }

    /// Map keys drawn for a member code: itself, or the polygons a historical state covered.
    pub fn keys_for_member<'a>(&'a self, code: &'a str) -> Vec<&'a str> {
        match self.historical_state(code) {
            Some(state) => state.covers.iter().map(String::as_str).collect(),
            None => vec![code],
        }
    }

    /// Map keys drawn for a member code on `date`: its own (or a historical state's) polygons,
    /// plus those of countries that were then part of it (South Sudan within Sudan in 1964).
    pub fn keys_for_member_on<'a>(&'a self, code: &'a str, date: Date) -> Vec<&'a str> {
        let mut keys = self.keys_for_member(code);
        for history in &self.country_histories {
            let part_of_member = history
                .period_on(date)
                .is_some_and(|p| p.part_of.as_deref() == Some(code));
            if part_of_member && !keys.contains(&history.key.as_str()) {
                keys.push(&history.key);
            }
        }
        keys
    }

    /// Name of a member code on `date`: the historical state's name, the country's name of
    /// the time, or today's map name.
    pub fn country_name_on(&self, code: &str, date: Date) -> String {
        if let Some(state) = self.historical_state(code) {
            return state.name.clone();
        }
        if let Some(period) = self.country_history(code).and_then(|h| h.period_on(date)) {
            return period.name.clone();
        }
        self.country_name_today(code)
    }

    pub fn country_name_today(&self, code: &str) -> String {
        if let Some(state) = self.historical_state(code) {
            return state.name.clone();
        }
        self.world
            .country_by_key(code)
            .map_or_else(|| code.to_owned(), |c| c.name.clone())
    }

    /// Every member code known: map keys and historical state codes.
    pub fn is_known_country_code(&self, code: &str) -> bool {
        self.world.country_by_key(code).is_some() || self.historical_state(code).is_some()
    }

    /// Years from the first to the last dated thing, for the slider's range.
    pub fn first_year(&self) -> i32 {
        1945
    }
}

/// Loads every file from `source`. Never fails: what cannot be read is reported in
/// `Atlas::problems` and left out.
pub fn load_atlas(source: &DataSource) -> Atlas {
    let mut problems = Problems::default();
    let mut atlas = Atlas::default();

    if let Some(text) = source.read(MAP_FILE, &mut problems) {
        atlas.world = World::from_geojson(&text, &source.file_label(MAP_FILE), &mut problems);
    }
    if let Some(text) = source.read(EVENTS_FILE, &mut problems) {
        let (events, ids) = parse::events(&text, &source.file_label(EVENTS_FILE), &mut problems);
        atlas.events = events;
        atlas.raw_event_ids = ids;
    }
    if let Some(text) = source.read(ORGANIZATIONS_FILE, &mut problems) {
        let (orgs, ids) =
            parse::organizations(&text, &source.file_label(ORGANIZATIONS_FILE), &mut problems);
        atlas.organizations = orgs;
        atlas.raw_organization_ids = ids;
    }
    if let Some(text) = source.read(COUNTRIES_FILE, &mut problems) {
        let (states, countries, notes) =
            parse::countries(&text, &source.file_label(COUNTRIES_FILE), &mut problems);
        atlas.historical_states = states;
        atlas.country_histories = countries;
        atlas.map_notes = notes;
    }
    if let Some(text) = source.read(FIGURES_FILE, &mut problems) {
        atlas.figures = parse::figures(&text, &source.file_label(FIGURES_FILE), &mut problems);
    }
    atlas
        .events
        .sort_by(|a, b| a.start.cmp(&b.start).then(a.id.cmp(&b.id)));
    atlas.stories = load_stories(source, &mut problems);
    if let Some(text) = source.read_or_bundled(WEAK_SOURCES_FILE, &mut problems) {
        atlas.weak_hosts = super::citation::WeakHosts::parse(&text);
    }
    atlas.translations = super::translations::load(source, &mut problems);
    atlas.problems = problems;
    atlas
}

/// Bundled stories, or every `stories/*.json` of a curator's folder (sorted by name).
fn load_stories(source: &DataSource, problems: &mut Problems) -> Vec<super::story::Story> {
    match source {
        DataSource::Bundled => super::story::BUNDLED_STORIES
            .iter()
            .filter_map(|(file, text)| super::story::parse_story(text, file, problems))
            .collect(),
        DataSource::Dir(dir) => {
            let Ok(entries) = std::fs::read_dir(dir.join("stories")) else {
                return Vec::new();
            };
            let mut paths: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            paths.sort();
            paths
                .iter()
                .filter_map(|path| {
                    let label = path.display().to_string();
                    super::source::read_text(path, &label, problems)
                        .and_then(|text| super::story::parse_story(&text, &label, problems))
                })
                .collect()
        }
    }
}
