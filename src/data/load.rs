//! Reading the bundled (or a curator's) files into the model, collecting every problem.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;

use super::model::{
    City, CountryHistory, CountryPeriod, Event, FormerName, HistoricalState, MemberCount,
    MemberStatus, Membership, Organization, PoliticalStatus, QuotedFigure, Source, Suspension,
};
use crate::geo::World;
use crate::problem::Problems;
use crate::time::Date;

pub const MAP_FILE: &str = "geo/countries-50m.geojson";
pub const EVENTS_FILE: &str = "data/events.geojson";
pub const ORGANIZATIONS_FILE: &str = "data/organizations.json";
pub const COUNTRIES_FILE: &str = "data/countries.json";
pub const FIGURES_FILE: &str = "data/figures.json";

/// Where the files come from: embedded in the binary, or a curator's folder.
#[derive(Clone, Debug)]
pub enum DataSource {
    Bundled,
    Dir(PathBuf),
}

impl DataSource {
    /// Reads one file; a missing or unreadable file is a problem, not a crash.
    fn read(&self, name: &str, problems: &mut Problems) -> Option<String> {
        match self {
            Self::Bundled => bundled(name).map(str::to_owned),
            Self::Dir(dir) => match std::fs::read_to_string(dir.join(name)) {
                Ok(text) => Some(text),
                Err(err) => {
                    problems.push(&display_name(dir, name), "", format!("cannot read: {err}"));
                    None
                }
            },
        }
    }

    pub fn file_label(&self, name: &str) -> String {
        match self {
            Self::Bundled => name.to_owned(),
            Self::Dir(dir) => display_name(dir, name),
        }
    }
}

fn display_name(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

fn bundled(name: &str) -> Option<&'static str> {
    match name {
        MAP_FILE => Some(include_str!("../../assets/geo/countries-50m.geojson")),
        EVENTS_FILE => Some(include_str!("../../assets/data/events.geojson")),
        ORGANIZATIONS_FILE => Some(include_str!("../../assets/data/organizations.json")),
        COUNTRIES_FILE => Some(include_str!("../../assets/data/countries.json")),
        FIGURES_FILE => Some(include_str!("../../assets/data/figures.json")),
        _ => None,
    }
}

/// The coarse map drawn when zoomed out: the bundled 1:110m map, or a curator's
/// `geo/countries-110m.geojson` beside their map (none if they have not made one).
pub fn coarse_maps(source: &DataSource) -> Vec<crate::geo::map_mesh::CoarseMap> {
    const COARSE_FILE: &str = "geo/countries-110m.geojson";
    let text: Option<std::borrow::Cow<'static, str>> = match source {
        DataSource::Bundled => Some(include_str!("../../assets/geo/countries-110m.geojson").into()),
        DataSource::Dir(dir) => std::fs::read_to_string(dir.join(COARSE_FILE))
            .ok()
            .map(Into::into),
    };
    text.map(|text| crate::geo::map_mesh::CoarseMap {
        label: source.file_label(COARSE_FILE),
        text,
        min_degrees_per_px: COARSE_110M_DEGREES_PER_PX,
    })
    .into_iter()
    .collect()
}

/// 1:110m is simplified to about a tenth of a degree: fine while a pixel spans a fifth.
pub const COARSE_110M_DEGREES_PER_PX: f64 = 0.2;
/// 1:50m, about a twentieth of a degree.
pub const COARSE_50M_DEGREES_PER_PX: f64 = 0.04;

/// The bundled 1:50m map, a coarse level for a finer curator's map.
pub fn bundled_50m_map() -> crate::geo::map_mesh::CoarseMap {
    crate::geo::map_mesh::CoarseMap {
        label: MAP_FILE.into(),
        text: include_str!("../../assets/geo/countries-50m.geojson").into(),
        min_degrees_per_px: COARSE_50M_DEGREES_PER_PX,
    }
}

/// Everything the atlas shows, loaded once.
#[derive(Default)]
pub struct Atlas {
    pub world: World,
    /// Sorted by start date.
    pub events: Vec<Event>,
    pub organizations: Vec<Organization>,
    pub historical_states: Vec<HistoricalState>,
    pub countries: Vec<CountryHistory>,
    pub figures: Vec<QuotedFigure>,
    /// Stories for presentation and kiosk modes, in play order.
    pub stories: Vec<super::story::Story>,
    /// What the map cannot draw of the time, for the "About the map" note.
    pub map_notes: Vec<String>,
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
        self.countries.iter().find(|c| c.key == key)
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
        for history in &self.countries {
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
        let (events, ids) = parse_events(&text, &source.file_label(EVENTS_FILE), &mut problems);
        atlas.events = events;
        atlas.raw_event_ids = ids;
    }
    if let Some(text) = source.read(ORGANIZATIONS_FILE, &mut problems) {
        let (orgs, ids) =
            parse_organizations(&text, &source.file_label(ORGANIZATIONS_FILE), &mut problems);
        atlas.organizations = orgs;
        atlas.raw_organization_ids = ids;
    }
    if let Some(text) = source.read(COUNTRIES_FILE, &mut problems) {
        let (states, countries, notes) =
            parse_countries(&text, &source.file_label(COUNTRIES_FILE), &mut problems);
        atlas.historical_states = states;
        atlas.countries = countries;
        atlas.map_notes = notes;
    }
    if let Some(text) = source.read(FIGURES_FILE, &mut problems) {
        atlas.figures = parse_figures(&text, &source.file_label(FIGURES_FILE), &mut problems);
    }
    atlas
        .events
        .sort_by(|a, b| a.start.cmp(&b.start).then(a.id.cmp(&b.id)));
    atlas.stories = load_stories(source, &mut problems);
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
                    match std::fs::read_to_string(path) {
                        Ok(text) => super::story::parse_story(&text, &label, problems),
                        Err(err) => {
                            problems.push(&label, "", format!("cannot read: {err}"));
                            None
                        }
                    }
                })
                .collect()
        }
    }
}

/// Parses JSON, reporting a syntax error with its line and column.
fn parse_json(text: &str, file: &str, problems: &mut Problems) -> Option<Value> {
    match serde_json::from_str(text) {
        Ok(value) => Some(value),
        Err(err) => {
            problems.push(file, "", format!("not valid JSON: {err}"));
            None
        }
    }
}

/// Reads the array at `key` of a top-level object.
fn top_array<'a>(value: &'a Value, key: &str, file: &str, problems: &mut Problems) -> &'a [Value] {
    if let Some(items) = value.get(key).and_then(Value::as_array) {
        items
    } else {
        problems.push(file, key, format!("expected an array at \"{key}\""));
        &[]
    }
}

/// Describes item `index` of array `array` by its id, when it has one.
fn item_path(array: &str, index: usize, item: &Value, id_field: &str) -> String {
    let id = item
        .get(id_field)
        .or_else(|| item.get("properties").and_then(|p| p.get(id_field)))
        .and_then(Value::as_str);
    match id {
        Some(id) => format!("{array}[{index}] (id \"{id}\")"),
        None => format!("{array}[{index}]"),
    }
}

struct DateReader<'a> {
    file: &'a str,
    path: &'a str,
    ok: bool,
}

impl DateReader<'_> {
    fn required(&mut self, field: &str, text: &str, problems: &mut Problems) -> Date {
        match Date::parse(text) {
            Ok(date) => date,
            Err(err) => {
                problems.push(self.file, format!("{}.{field}", self.path), err.to_string());
                self.ok = false;
                Date::year_only(0)
            }
        }
    }

    fn optional(
        &mut self,
        field: &str,
        text: Option<&str>,
        problems: &mut Problems,
    ) -> Option<Date> {
        text.map(|t| self.required(field, t, problems))
    }
}

fn serde_message(err: &serde_json::Error) -> String {
    // serde's messages name the field ("missing field `title`"); line/column refer to the
    // sub-value and would only mislead.
    let text = err.to_string();
    match text.find(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

#[derive(Deserialize)]
struct RawEvent {
    id: String,
    kind: String,
    series: Option<String>,
    number: Option<u32>,
    title: String,
    start: String,
    end: Option<String>,
    city: String,
    country: String,
    country_iso3: String,
    #[serde(default)]
    organizations: Vec<String>,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    tags: Vec<String>,
    participants: Option<u32>,
    #[serde(default)]
    sources: Vec<Source>,
    note: Option<String>,
}

fn parse_events(
    text: &str,
    file: &str,
    problems: &mut Problems,
) -> (Vec<Event>, Vec<(usize, String)>) {
    let Some(root) = parse_json(text, file, problems) else {
        return (Vec::new(), Vec::new());
    };
    let mut events = Vec::new();
    let mut ids = Vec::new();
    for (index, feature) in top_array(&root, "features", file, problems)
        .iter()
        .enumerate()
    {
        let path = item_path("features", index, feature, "id");
        let Some(properties) = feature.get("properties") else {
            problems.push(file, &path, "missing \"properties\"");
            continue;
        };
        let raw: RawEvent = match serde_json::from_value(properties.clone()) {
            Ok(raw) => raw,
            Err(err) => {
                problems.push(file, format!("{path}.properties"), serde_message(&err));
                continue;
            }
        };
        ids.push((index, raw.id.clone()));
        let Some((lon, lat)) = point_coordinates(feature) else {
            problems.push(
                file,
                format!("{path}.geometry"),
                "expected a Point with [longitude, latitude]",
            );
            continue;
        };
        if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
            problems.push(
                file,
                format!("{path}.geometry"),
                format!("coordinates [{lon}, {lat}] are outside [-180..180, -90..90]"),
            );
            continue;
        }
        let properties_path = format!("{path}.properties");
        let mut dates = DateReader {
            file,
            path: &properties_path,
            ok: true,
        };
        let start = dates.required("start", &raw.start, problems);
        let end = dates.optional("end", raw.end.as_deref(), problems);
        if !dates.ok {
            continue;
        }
        events.push(Event {
            id: raw.id,
            kind: raw.kind,
            series: raw.series,
            number: raw.number,
            title: raw.title,
            start,
            end,
            city: raw.city,
            country: raw.country,
            country_iso3: raw.country_iso3,
            lon,
            lat,
            organizations: raw.organizations,
            summary: raw.summary,
            tags: raw.tags,
            participants: raw.participants,
            sources: raw.sources,
            note: raw.note,
        });
    }
    (events, ids)
}

fn point_coordinates(feature: &Value) -> Option<(f64, f64)> {
    let geometry = feature.get("geometry")?;
    if geometry.get("type")?.as_str()? != "Point" {
        return None;
    }
    let coords = geometry.get("coordinates")?.as_array()?;
    match coords.as_slice() {
        [lon, lat, ..] => Some((lon.as_f64()?, lat.as_f64()?)),
        _ => None,
    }
}

#[derive(Deserialize)]
struct RawFormerName {
    name: String,
    short_name: String,
    until: String,
}

#[derive(Deserialize)]
struct RawSuspension {
    from: String,
    until: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
struct RawMember {
    country: String,
    joined: String,
    left: Option<String>,
    #[serde(default)]
    status: MemberStatus,
    #[serde(default)]
    suspensions: Vec<RawSuspension>,
    note: Option<String>,
    #[serde(default)]
    sources: Vec<Source>,
}

#[derive(Deserialize)]
struct RawMemberCount {
    year: i32,
    count: u32,
    source: Source,
}

#[derive(Deserialize)]
struct RawOrganization {
    id: String,
    name: String,
    short_name: String,
    #[serde(default)]
    former_names: Vec<RawFormerName>,
    kind: String,
    founded: String,
    founded_city: Option<City>,
    founding_event: Option<String>,
    #[serde(default)]
    color: String,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    members: Vec<Value>,
    #[serde(default)]
    member_counts: Vec<RawMemberCount>,
    #[serde(default)]
    sources: Vec<Source>,
    note: Option<String>,
}

/// Colours for organizations whose file gives none: Okabe–Ito, then further distinct hues.
const FALLBACK_COLORS: [[u8; 3]; 12] = [
    [0xE6, 0x9F, 0x00],
    [0x56, 0xB4, 0xE9],
    [0x00, 0x9E, 0x73],
    [0xF0, 0xE4, 0x42],
    [0x00, 0x72, 0xB2],
    [0xD5, 0x5E, 0x00],
    [0xCC, 0x79, 0xA7],
    [0x88, 0x22, 0x55],
    [0x44, 0xAA, 0x99],
    [0x99, 0x99, 0x33],
    [0x33, 0x22, 0x88],
    [0x66, 0x66, 0x66],
];

pub fn parse_hex_color(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

fn parse_organizations(
    text: &str,
    file: &str,
    problems: &mut Problems,
) -> (Vec<Organization>, Vec<(usize, String)>) {
    let Some(root) = parse_json(text, file, problems) else {
        return (Vec::new(), Vec::new());
    };
    let mut organizations = Vec::new();
    let mut ids = Vec::new();
    for (index, item) in top_array(&root, "organizations", file, problems)
        .iter()
        .enumerate()
    {
        let path = item_path("organizations", index, item, "id");
        let raw: RawOrganization = match serde_json::from_value(item.clone()) {
            Ok(raw) => raw,
            Err(err) => {
                problems.push(file, &path, serde_message(&err));
                continue;
            }
        };
        ids.push((index, raw.id.clone()));
        let mut dates = DateReader {
            file,
            path: &path,
            ok: true,
        };
        let founded = dates.required("founded", &raw.founded, problems);
        let former_names = raw
            .former_names
            .iter()
            .enumerate()
            .map(|(i, f)| FormerName {
                name: f.name.clone(),
                short_name: f.short_name.clone(),
                until: dates.required(&format!("former_names[{i}].until"), &f.until, problems),
            })
            .collect();
        if !dates.ok {
            continue;
        }
        let color = if raw.color.is_empty() {
            FALLBACK_COLORS[organizations.len() % FALLBACK_COLORS.len()]
        } else if let Some(color) = parse_hex_color(&raw.color) {
            color
        } else {
            problems.push(
                file,
                format!("{path}.color"),
                format!("\"{}\" is not a colour of the form #rrggbb", raw.color),
            );
            FALLBACK_COLORS[organizations.len() % FALLBACK_COLORS.len()]
        };
        let members = raw
            .members
            .iter()
            .enumerate()
            .filter_map(|(i, member)| {
                parse_member(member, file, &format!("{path}.members[{i}]"), problems)
            })
            .collect();
        organizations.push(Organization {
            id: raw.id,
            name: raw.name,
            short_name: raw.short_name,
            former_names,
            kind: raw.kind,
            founded,
            founded_city: raw.founded_city,
            founding_event: raw.founding_event,
            color,
            tags: raw.tags,
            members,
            member_counts: raw
                .member_counts
                .into_iter()
                .map(|c| MemberCount {
                    year: c.year,
                    count: c.count,
                    source: c.source,
                })
                .collect(),
            sources: raw.sources,
            note: raw.note,
        });
    }
    (organizations, ids)
}

fn parse_member(
    value: &Value,
    file: &str,
    path: &str,
    problems: &mut Problems,
) -> Option<Membership> {
    let raw: RawMember = match serde_json::from_value(value.clone()) {
        Ok(raw) => raw,
        Err(err) => {
            problems.push(file, path, serde_message(&err));
            return None;
        }
    };
    let path = format!("{path} (country \"{}\")", raw.country);
    let mut dates = DateReader {
        file,
        path: &path,
        ok: true,
    };
    let joined = dates.required("joined", &raw.joined, problems);
    let left = dates.optional("left", raw.left.as_deref(), problems);
    let suspensions = raw
        .suspensions
        .iter()
        .enumerate()
        .map(|(i, s)| Suspension {
            from: dates.required(&format!("suspensions[{i}].from"), &s.from, problems),
            until: dates.optional(
                &format!("suspensions[{i}].until"),
                s.until.as_deref(),
                problems,
            ),
            note: s.note.clone(),
        })
        .collect();
    dates.ok.then_some(Membership {
        country: raw.country,
        joined,
        left,
        status: raw.status,
        suspensions,
        note: raw.note,
        sources: raw.sources,
    })
}

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

fn parse_countries(
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
    for (index, item) in top_array(&root, "historical_states", file, problems)
        .iter()
        .enumerate()
    {
        let path = item_path("historical_states", index, item, "code");
        let raw: RawHistoricalState = match serde_json::from_value(item.clone()) {
            Ok(raw) => raw,
            Err(err) => {
                problems.push(file, &path, serde_message(&err));
                continue;
            }
        };
        let mut dates = DateReader {
            file,
            path: &path,
            ok: true,
        };
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
    }
    let mut countries = Vec::new();
    for (index, item) in top_array(&root, "countries", file, problems)
        .iter()
        .enumerate()
    {
        let path = item_path("countries", index, item, "key");
        let raw: RawCountry = match serde_json::from_value(item.clone()) {
            Ok(raw) => raw,
            Err(err) => {
                problems.push(file, &path, serde_message(&err));
                continue;
            }
        };
        let mut periods = Vec::new();
        for (i, value) in raw.periods.iter().enumerate() {
            let period_path = format!("{path}.periods[{i}]");
            let period: RawPeriod = match serde_json::from_value(value.clone()) {
                Ok(p) => p,
                Err(err) => {
                    problems.push(file, &period_path, serde_message(&err));
                    continue;
                }
            };
            let mut dates = DateReader {
                file,
                path: &period_path,
                ok: true,
            };
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
        }
        countries.push(CountryHistory {
            key: raw.key,
            name_today: raw.name_today,
            periods,
            sources: raw.sources,
        });
    }
    (states, countries, notes)
}

fn parse_figures(text: &str, file: &str, problems: &mut Problems) -> Vec<QuotedFigure> {
    let Some(root) = parse_json(text, file, problems) else {
        return Vec::new();
    };
    let mut figures = Vec::new();
    for (index, item) in top_array(&root, "figures", file, problems)
        .iter()
        .enumerate()
    {
        match serde_json::from_value(item.clone()) {
            Ok(figure) => figures.push(figure),
            Err(err) => problems.push(
                file,
                item_path("figures", index, item, "id"),
                serde_message(&err),
            ),
        }
    }
    figures
}
