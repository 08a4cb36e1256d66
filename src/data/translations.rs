//! The data in every language: each language's folder (`i18n/LANG/`) holds its interface
//! messages (`interface.ftl`), its translations of the data (`content.json`: organization
//! names, event titles, summaries and notes, stories, figures, names of the time) and today's
//! country names (`countries.json`, from the Unicode CLDR). English is the data's own
//! language. `Texts` answers every visitor-facing text in one language, falling back to
//! English where a translation is missing (`validate` names each one).

use std::collections::HashMap;

use serde_json::Value;

use super::Atlas;
use super::model::{Event, Organization, Source};
use super::source::DataSource;
use super::story::Story;
use crate::i18n::{Arg, BUNDLED_LANGUAGES, DEFAULT_LANGUAGE, Interface};
use crate::problem::Problems;
use crate::time::Date;

pub const I18N_DIR: &str = "i18n";

pub fn interface_file(code: &str) -> String {
    format!("{I18N_DIR}/{code}/interface.ftl")
}

pub fn content_file(code: &str) -> String {
    format!("{I18N_DIR}/{code}/content.json")
}

pub fn countries_file(code: &str) -> String {
    format!("{I18N_DIR}/{code}/countries.json")
}

/// How an organization's name in a language was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameBasis {
    /// The body or the United Nations use it in that language (with a source).
    Official,
    /// The atlas's own rendering: no official form was found.
    Translation,
    /// The body's own name, in another language, kept as it is.
    OwnLanguage,
}

/// One language: its interface messages and its translations of the data.
#[derive(Debug)]
pub struct LanguagePack {
    pub code: String,
    /// The language's name in itself ("Français"), for the pickers.
    pub name: String,
    pub interface: Option<Interface>,
    /// Flattened translations: `organizations.au.name`, `events.ID.summary`,
    /// `stories.ID.steps.0.caption`, `names.Upper Volta`, `countries.BFA` …
    content: HashMap<String, String>,
    /// Sources of a translated name, by the key of the entry they belong to
    /// (`organizations.au`, `names.Upper Volta`, `countries`).
    pub sources: HashMap<String, Vec<Source>>,
    pub organization_basis: HashMap<String, NameBasis>,
}

impl LanguagePack {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.content.get(key).map(String::as_str)
    }

    pub fn has(&self, key: &str) -> bool {
        self.content.contains_key(key)
    }
}

/// Every language the atlas can show.
#[derive(Debug, Default)]
pub struct Translations {
    pub languages: Vec<LanguagePack>,
}

impl Translations {
    pub fn pack(&self, code: &str) -> Option<&LanguagePack> {
        self.languages.iter().find(|p| p.code == code)
    }

    pub fn codes(&self) -> Vec<&str> {
        self.languages.iter().map(|p| p.code.as_str()).collect()
    }
}

/// Reads every language: the bundled five, and any `i18n/LANG/` folder of a curator's
/// folder (a curator's file replaces the bundled one of the same name).
pub fn load(source: &DataSource, problems: &mut Problems) -> Translations {
    let mut codes: Vec<String> = BUNDLED_LANGUAGES.iter().map(|c| (*c).to_owned()).collect();
    if let DataSource::Dir(dir) = source
        && let Ok(entries) = std::fs::read_dir(dir.join(I18N_DIR))
    {
        let mut extra: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().to_str().map(str::to_owned))
            .filter(|code| !codes.contains(code))
            .collect();
        extra.sort();
        codes.extend(extra);
    }
    let languages = codes
        .iter()
        .map(|code| load_pack(source, code, problems))
        .collect();
    Translations { languages }
}

fn load_pack(source: &DataSource, code: &str, problems: &mut Problems) -> LanguagePack {
    let interface_name = interface_file(code);
    let interface = source
        .read_or_bundled_text(&interface_name, problems)
        .map(|text| Interface::parse(code, &text, &source.file_label(&interface_name), problems));
    let mut pack = LanguagePack::new(code, interface);
    if code == DEFAULT_LANGUAGE {
        return pack;
    }
    for name in [content_file(code), countries_file(code)] {
        if let Some(text) = source.read_or_bundled_text(&name, problems) {
            pack.read_json(&text, &source.file_label(&name), problems);
        }
    }
    pack
}

impl LanguagePack {
    fn new(code: &str, interface: Option<Interface>) -> Self {
        Self {
            code: code.to_owned(),
            name: interface
                .as_ref()
                .and_then(|i| i.format("language-name", &[]))
                .unwrap_or_else(|| code.to_owned()),
            interface,
            content: HashMap::new(),
            sources: HashMap::new(),
            organization_basis: HashMap::new(),
        }
    }

    /// Adds a content or countries file's translations; what is broken is named.
    fn read_json(&mut self, text: &str, label: &str, problems: &mut Problems) {
        match serde_json::from_str::<Value>(text) {
            Ok(value) => read_content(&value, label, self, problems),
            Err(err) => problems.push(
                label,
                "",
                format!(
                    "is not JSON (line {}, column {}): {err}",
                    err.line(),
                    err.column()
                ),
            ),
        }
    }
}

/// Flattens a content file into `pack`; each value that is not text is named by its path.
fn read_content(value: &Value, label: &str, pack: &mut LanguagePack, problems: &mut Problems) {
    let Value::Object(top) = value else {
        problems.push(label, "", "must be a JSON object");
        return;
    };
    for (key, value) in top {
        match key.as_str() {
            "language" | "language_name" | "note" => {}
            "sources" => read_sources(value, label, key, "countries", pack, problems),
            "name_sources" => {
                if let Value::Object(names) = value {
                    for (name, sources) in names {
                        let path = format!("name_sources.{name}");
                        read_sources(
                            sources,
                            label,
                            &path,
                            &format!("names.{name}"),
                            pack,
                            problems,
                        );
                    }
                }
            }
            _ => flatten(value, key, label, pack, problems),
        }
    }
}

fn flatten(
    value: &Value,
    path: &str,
    label: &str,
    pack: &mut LanguagePack,
    problems: &mut Problems,
) {
    match value {
        Value::String(text) if text.trim().is_empty() => {
            problems.push(
                label,
                path,
                "is empty (leave the key out to fall back to English)",
            );
        }
        Value::String(text) => {
            pack.content.insert(path.to_owned(), text.clone());
        }
        Value::Object(map) => {
            for (key, value) in map {
                let child = format!("{path}.{key}");
                match key.as_str() {
                    "sources" => read_sources(value, label, &child, path, pack, problems),
                    "basis" => match value.as_str() {
                        Some("official") => basis(pack, path, NameBasis::Official),
                        Some("translation") => basis(pack, path, NameBasis::Translation),
                        Some("own_language") => basis(pack, path, NameBasis::OwnLanguage),
                        _ => problems.push(
                            label,
                            &child,
                            "must be \"official\", \"translation\" or \"own_language\"",
                        ),
                    },
                    _ => flatten(value, &child, label, pack, problems),
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                flatten(item, &format!("{path}.{i}"), label, pack, problems);
            }
        }
        _ => problems.push(label, path, "must be text"),
    }
}

fn basis(pack: &mut LanguagePack, path: &str, basis: NameBasis) {
    if let Some(id) = path.strip_prefix("organizations.") {
        pack.organization_basis.insert(id.to_owned(), basis);
    }
}

fn read_sources(
    value: &Value,
    label: &str,
    path: &str,
    owner: &str,
    pack: &mut LanguagePack,
    problems: &mut Problems,
) {
    match serde_json::from_value::<Vec<Source>>(value.clone()) {
        Ok(sources) => {
            pack.sources
                .entry(owner.to_owned())
                .or_default()
                .extend(sources);
        }
        Err(err) => problems.push(label, path, format!("is not a list of sources: {err}")),
    }
}

/// Every key a language's translations must hold for this atlas, with the English text.
pub fn required_keys(atlas: &Atlas) -> Vec<(String, String)> {
    let mut keys = Vec::new();
    let mut names = std::collections::BTreeSet::new();
    for o in &atlas.organizations {
        keys.push((format!("organizations.{}.name", o.id), o.name.clone()));
        keys.push((
            format!("organizations.{}.short_name", o.id),
            o.short_name.clone(),
        ));
        for (i, former) in o.former_names.iter().enumerate() {
            let key = format!("organizations.{}.former_names.{i}", o.id);
            keys.push((format!("{key}.name"), former.name.clone()));
            keys.push((format!("{key}.short_name"), former.short_name.clone()));
        }
        if let Some(city) = &o.founded_city {
            names.insert(city.name.clone());
        }
    }
    for e in &atlas.events {
        keys.push((format!("events.{}.title", e.id), e.title.clone()));
        keys.push((format!("events.{}.summary", e.id), e.summary.clone()));
        if let Some(note) = &e.note {
            keys.push((format!("events.{}.note", e.id), note.clone()));
        }
        names.insert(e.city.clone());
        names.insert(e.country.clone());
    }
    for s in &atlas.stories {
        keys.push((format!("stories.{}.title", s.id), s.title.clone()));
        if !s.summary.is_empty() {
            keys.push((format!("stories.{}.summary", s.id), s.summary.clone()));
        }
        for (i, step) in s.steps.iter().enumerate() {
            keys.push((
                format!("stories.{}.steps.{i}.title", s.id),
                step.title.clone(),
            ));
            keys.push((
                format!("stories.{}.steps.{i}.caption", s.id),
                step.caption.clone(),
            ));
        }
    }
    for f in &atlas.figures {
        keys.push((format!("figures.{}.label", f.id), f.label.clone()));
        keys.push((format!("figures.{}.text", f.id), f.text.clone()));
        if let Some(note) = &f.atlas_note {
            keys.push((format!("figures.{}.atlas_note", f.id), note.clone()));
        }
    }
    for (i, note) in atlas.map_notes.iter().enumerate() {
        keys.push((format!("map_notes.{i}"), note.clone()));
    }
    for state in &atlas.historical_states {
        names.insert(state.name.clone());
    }
    for history in &atlas.country_histories {
        for period in &history.periods {
            names.insert(period.name.clone());
            if let Some(power) = &period.administered_by {
                names.insert(power.clone());
            }
        }
    }
    names.remove("");
    keys.extend(names.into_iter().map(|n| (format!("names.{n}"), n)));
    // The country card's notes, keyed by their English text (each once).
    let mut notes = std::collections::BTreeSet::new();
    for o in &atlas.organizations {
        notes.extend(o.members.iter().filter_map(|m| m.note.clone()));
    }
    for history in &atlas.country_histories {
        notes.extend(history.periods.iter().filter_map(|p| p.note.clone()));
    }
    keys.extend(notes.into_iter().map(|n| (format!("notes.{n}"), n)));
    for country in &atlas.world.countries {
        keys.push((format!("countries.{}", country.key), country.name.clone()));
    }
    keys
}

impl Atlas {
    /// Every visitor-facing text in language `code` (English where it has no translation).
    pub fn texts(&self, code: &str) -> Texts<'_> {
        Texts {
            atlas: self,
            pack: self.translations.pack(code),
            english: self.translations.pack(DEFAULT_LANGUAGE),
        }
    }
}

/// One language's view of the atlas: interface messages and the data's texts.
#[derive(Clone, Copy)]
pub struct Texts<'a> {
    atlas: &'a Atlas,
    pack: Option<&'a LanguagePack>,
    english: Option<&'a LanguagePack>,
}

impl<'a> Texts<'a> {
    pub fn atlas(&self) -> &'a Atlas {
        self.atlas
    }

    pub fn code(&self) -> &'a str {
        self.pack.map_or(DEFAULT_LANGUAGE, |p| p.code.as_str())
    }

    fn translated(&self, key: &str) -> Option<&'a str> {
        self.pack.and_then(|p| p.get(key))
    }

    /// Interface message `id`; English where the language lacks it; the id itself where
    /// English lacks it too (a visible gap, never a crash).
    pub fn ui(&self, id: &str) -> String {
        self.ui_with(id, &[])
    }

    pub fn ui_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.pack
            .and_then(|p| p.interface.as_ref())
            .and_then(|i| i.format(id, args))
            .or_else(|| {
                self.english
                    .and_then(|p| p.interface.as_ref())
                    .and_then(|i| i.format(id, args))
            })
            .unwrap_or_else(|| id.to_owned())
    }

    /// A count in the language's digit grouping ("12,000", "12 000").
    pub fn number(&self, value: usize) -> String {
        let separator = self.ui("number-group-separator");
        let separator = if separator == "number-group-separator" {
            ","
        } else {
            separator.as_str()
        };
        crate::i18n::group_digits(value as u64, separator)
    }

    /// A decimal in the language's form ("0.5", "0,5").
    pub fn decimal(&self, value: f64) -> String {
        let text = value.to_string();
        let separator = self.ui("number-decimal-separator");
        if separator == "number-decimal-separator" || separator == "." {
            text
        } else {
            text.replace('.', &separator)
        }
    }

    /// "15 June 1964", "15 juin 1964", "15 de junho de 1964".
    pub fn long_date(&self, date: Date) -> String {
        let english = self.english.and_then(|p| p.interface.as_ref());
        let own = self.pack.and_then(|p| p.interface.as_ref());
        match english {
            Some(english) => crate::i18n::long_date(date, own, english),
            None => date.display_long(),
        }
    }

    /// An event's dates, "18–24 April 1955" style.
    pub fn date_range(&self, event: &Event) -> String {
        match event.end {
            Some(end) if end != event.start => {
                format!("{} – {}", self.long_date(event.start), self.long_date(end))
            }
            _ => self.long_date(event.start),
        }
    }

    fn organization_text(&self, o: &'a Organization, date: Date, field: &str) -> &'a str {
        let former = o.former_names.iter().position(|f| date < f.until);
        let key = match former {
            Some(i) => format!("organizations.{}.former_names.{i}.{field}", o.id),
            None => format!("organizations.{}.{field}", o.id),
        };
        self.translated(&key).unwrap_or_else(|| {
            if field == "name" {
                o.name_on(date)
            } else {
                o.short_name_on(date)
            }
        })
    }

    /// The organization's name in force on `date`, in this language.
    pub fn organization_name(&self, o: &'a Organization, date: Date) -> &'a str {
        self.organization_text(o, date, "name")
    }

    pub fn organization_short(&self, o: &'a Organization, date: Date) -> &'a str {
        self.organization_text(o, date, "short_name")
    }

    pub fn event_title(&self, e: &'a Event) -> &'a str {
        self.translated(&format!("events.{}.title", e.id))
            .unwrap_or(&e.title)
    }

    pub fn event_summary(&self, e: &'a Event) -> &'a str {
        self.translated(&format!("events.{}.summary", e.id))
            .unwrap_or(&e.summary)
    }

    pub fn event_note(&self, e: &'a Event) -> Option<&'a str> {
        let note = e.note.as_deref()?;
        Some(
            self.translated(&format!("events.{}.note", e.id))
                .unwrap_or(note),
        )
    }

    /// A name of the time, a city, an administering power: its form in this language.
    pub fn place<'b>(&self, english: &'b str) -> &'b str
    where
        'a: 'b,
    {
        self.translated(&format!("names.{english}"))
            .unwrap_or(english)
    }

    /// Today's name of map country `key` (CLDR), or `english` where there is none.
    pub fn country_today<'b>(&self, key: &str, english: &'b str) -> &'b str
    where
        'a: 'b,
    {
        self.translated(&format!("countries.{key}"))
            .or_else(|| self.translated(&format!("names.{english}")))
            .unwrap_or(english)
    }

    /// A name of the time of map country `key`: today's name in this language where it is
    /// today's name, else the name of the time's form ("Gold Coast" stays a name of 1956).
    pub fn name_of_time<'b>(&self, key: &str, english: &'b str) -> &'b str
    where
        'a: 'b,
    {
        let today = self
            .atlas
            .world
            .country_by_key(key)
            .map(|c| c.name.as_str());
        if today == Some(english) {
            self.country_today(key, english)
        } else {
            self.place(english)
        }
    }

    /// A member code's name on `date` (`Atlas::country_name_on`) in this language.
    pub fn country_name_on(&self, code: &str, date: Date) -> String {
        let english = self.atlas.country_name_on(code, date);
        let today = self.atlas.country_name_today(code);
        if english == today && self.atlas.world.country_by_key(code).is_some() {
            self.country_today(code, &english).to_owned()
        } else {
            self.place(&english).to_owned()
        }
    }

    /// A note of a country card (a membership's or a period's) in this language.
    pub fn note<'b>(&self, english: &'b str) -> &'b str
    where
        'a: 'b,
    {
        self.translated(&format!("notes.{english}"))
            .unwrap_or(english)
    }

    pub fn story_title(&self, story: &'a Story) -> &'a str {
        self.translated(&format!("stories.{}.title", story.id))
            .unwrap_or(&story.title)
    }

    pub fn story_summary(&self, story: &'a Story) -> &'a str {
        self.translated(&format!("stories.{}.summary", story.id))
            .unwrap_or(&story.summary)
    }

    pub fn step_title(&self, story: &'a Story, index: usize) -> &'a str {
        let english = story.steps.get(index).map_or("", |s| s.title.as_str());
        self.translated(&format!("stories.{}.steps.{index}.title", story.id))
            .unwrap_or(english)
    }

    pub fn step_caption(&self, story: &'a Story, index: usize) -> &'a str {
        let english = story.steps.get(index).map_or("", |s| s.caption.as_str());
        self.translated(&format!("stories.{}.steps.{index}.caption", story.id))
            .unwrap_or(english)
    }

    pub fn figure_text(&self, id: &str, field: &str, english: &'a str) -> &'a str {
        self.translated(&format!("figures.{id}.{field}"))
            .unwrap_or(english)
    }

    pub fn map_note(&self, index: usize, english: &'a str) -> &'a str {
        self.translated(&format!("map_notes.{index}"))
            .unwrap_or(english)
    }
}

/// `validate`'s part: every language other than English against English. A message or a
/// translation a language lacks, a message whose variables differ from the English one, a
/// translation of something the data no longer has, a long text left in English, and an
/// "official" name with no source. All are warnings: the atlas shows English in their place.
pub fn check(atlas: &Atlas, source: &DataSource, problems: &mut Vec<crate::problem::Problem>) {
    use crate::problem::Problem;
    let Some(english) = atlas.translations.pack(DEFAULT_LANGUAGE) else {
        return;
    };
    let required = required_keys(atlas);
    let required_set: std::collections::HashSet<&str> =
        required.iter().map(|(k, _)| k.as_str()).collect();
    for pack in atlas
        .translations
        .languages
        .iter()
        .filter(|p| p.code != DEFAULT_LANGUAGE)
    {
        let interface_label = source.file_label(&interface_file(&pack.code));
        match (&english.interface, &pack.interface) {
            (Some(english), Some(own)) => {
                for id in english.ids() {
                    if !own.has(id) {
                        problems.push(Problem::warning(
                            &interface_label,
                            id.as_str(),
                            format!(
                                "no {} message (English: \"{}\")",
                                pack.name,
                                english.format(id, &[]).unwrap_or_default()
                            ),
                        ));
                    } else if english.variables(id) != own.variables(id) {
                        problems.push(Problem::warning(
                            &interface_label,
                            id.as_str(),
                            format!(
                                "uses the variables {:?}; the English message uses {:?}",
                                own.variables(id).cloned().unwrap_or_default(),
                                english.variables(id).cloned().unwrap_or_default()
                            ),
                        ));
                    }
                }
            }
            (Some(_), None) => problems.push(Problem::warning(
                &interface_label,
                "",
                "is missing: the interface shows English",
            )),
            _ => {}
        }
        let content_label = source.file_label(&content_file(&pack.code));
        let countries_label = source.file_label(&countries_file(&pack.code));
        for (key, english_text) in &required {
            let label = if key.starts_with("countries.") {
                &countries_label
            } else {
                &content_label
            };
            match pack.get(key) {
                None => {
                    problems.push(Problem::warning(
                        label,
                        key.as_str(),
                        format!(
                            "no {} translation (English: \"{}\")",
                            pack.name,
                            shorten(english_text)
                        ),
                    ));
                }
                Some(text) if text == english_text && english_text.chars().count() > 60 => {
                    problems.push(Problem::warning(
                        label,
                        key.as_str(),
                        "is the English text, not a translation",
                    ));
                }
                Some(_) => {}
            }
        }
        // A file that did not load leaves nothing to translate: its keys are not stale, they
        // follow from that file's problem.
        let loaded = |key: &str| {
            let section = key.split('.').next().unwrap_or_default();
            match section {
                "organizations" => !atlas.organizations.is_empty(),
                "events" => !atlas.events.is_empty(),
                "stories" => !atlas.stories.is_empty(),
                "figures" => !atlas.figures.is_empty(),
                "map_notes" | "countries" => !atlas.country_histories.is_empty(),
                "names" | "notes" => {
                    !atlas.organizations.is_empty()
                        && !atlas.events.is_empty()
                        && !atlas.country_histories.is_empty()
                }
                _ => true,
            }
        };
        let mut stale: Vec<&String> = pack
            .content
            .keys()
            .filter(|k| !required_set.contains(k.as_str()) && loaded(k))
            .collect();
        stale.sort();
        for key in stale {
            problems.push(Problem::warning(
                &content_label,
                key.as_str(),
                "translates something the data does not have (an old id or index?)",
            ));
        }
        // A translated name's sources are held to the same rules as the data's.
        let mut owners: Vec<&String> = pack.sources.keys().collect();
        owners.sort();
        for owner in owners {
            let label = if owner == "countries" {
                &countries_label
            } else {
                &content_label
            };
            for source in &pack.sources[owner] {
                if let Some(weakness) = atlas.weak_hosts.weakness(&source.url) {
                    problems.push(Problem::warning(
                        label,
                        format!("{owner}.sources"),
                        format!("source \"{}\" <{}> {weakness}", source.title, source.url),
                    ));
                }
            }
        }
        for organization in &atlas.organizations {
            let owner = format!("organizations.{}", organization.id);
            if pack.organization_basis.get(&organization.id) == Some(&NameBasis::Official)
                && pack.sources.get(&owner).is_none_or(Vec::is_empty)
            {
                problems.push(Problem::warning(
                    &content_label,
                    format!("{owner}.sources"),
                    "the name is marked official but no source says so",
                ));
            }
        }
    }
}

/// The first words of a long English text, for a problem's message.
fn shorten(text: &str) -> String {
    const MAX_CHARS: usize = 60;
    if text.chars().count() <= MAX_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(MAX_CHARS).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{DataSource, load_atlas};

    const FRENCH_CONTENT: &str = r#"{
        "language": "fr",
        "organizations": {
            "au": {
                "name": "Union africaine", "short_name": "UA",
                "former_names": [{"name": "Organisation de l'unité africaine", "short_name": "OUA"}],
                "basis": "official", "sources": []
            }
        },
        "events": {"no-such-event": {"title": "Rien"}},
        "names": {"Upper Volta": "Haute-Volta", "Addis Ababa": 7},
        "name_sources": {"Upper Volta": [{"title": "A blog", "url": "https://someone.blogspot.com/hv"}]}
    }"#;

    /// The bundled atlas with a French pack made from `content` alone.
    fn atlas_with_french(content: &str) -> (Atlas, Problems) {
        let mut atlas = load_atlas(&DataSource::Bundled);
        let mut problems = Problems::default();
        let interface = Interface::parse(
            "fr",
            "language-name = Français\nslider-play = Lecture\n",
            "i18n/fr/interface.ftl",
            &mut problems,
        );
        let mut pack = LanguagePack::new("fr", Some(interface));
        pack.read_json(content, "i18n/fr/content.json", &mut problems);
        atlas.translations.languages.retain(|p| p.code == "en");
        atlas.translations.languages.push(pack);
        (atlas, problems)
    }

    #[test]
    fn names_of_the_time_and_former_names_are_translated_and_the_rest_falls_back() {
        let (atlas, problems) = atlas_with_french(FRENCH_CONTENT);
        let texts = atlas.texts("fr");
        let au = atlas.organization("au").map(|o| (o, o.founded));
        let Some((au, founded)) = au else {
            panic!("the bundled data has the AU");
        };
        assert_eq!(
            texts.organization_short(au, founded),
            "OUA",
            "the OAU in 1963"
        );
        assert_eq!(texts.organization_short(au, Date::end_of_year(2010)), "UA");
        assert_eq!(
            texts.organization_name(au, Date::end_of_year(2010)),
            "Union africaine"
        );
        // Upper Volta is a name of the time; Burkina Faso's today's name is CLDR's (absent
        // here, so English).
        assert_eq!(
            texts.country_name_on("BFA", Date::end_of_year(1970)),
            "Haute-Volta"
        );
        assert_eq!(
            texts.country_name_on("BFA", Date::end_of_year(1990)),
            "Burkina Faso"
        );
        assert_eq!(texts.ui("slider-play"), "Lecture");
        assert_eq!(
            texts.ui("slider-pause"),
            "Pause",
            "English where French lacks it"
        );
        assert_eq!(texts.ui("no-such-message"), "no-such-message");
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            ["i18n/fr/content.json: names.Addis Ababa: must be text"],
            "the number is named, the rest kept"
        );
    }

    #[test]
    fn validate_names_each_missing_stale_and_unsourced_translation() {
        let (atlas, _) = atlas_with_french(FRENCH_CONTENT);
        let mut problems = Vec::new();
        check(&atlas, &DataSource::Bundled, &mut problems);
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let has = |needle: &str| lines.iter().any(|l| l.contains(needle));
        assert!(
            has(
                "i18n/fr/content.json: events.asian-african-conference-1955-bandung.title: warning: no Français translation"
            ),
            "{lines:?}"
        );
        assert!(has(
            "i18n/fr/interface.ftl: slider-pause: warning: no Français message (English: \"Pause\")"
        ));
        assert!(has(
            "i18n/fr/countries.json: countries.GHA: warning: no Français translation (English: \"Ghana\")"
        ));
        assert!(has(
            "events.no-such-event.title: warning: translates something the data does not have"
        ));
        assert!(has(
            "organizations.au.sources: warning: the name is marked official but no source says so"
        ));
        assert!(has(
            "i18n/fr/content.json: names.Upper Volta.sources: warning: source \"A blog\" <https://someone.blogspot.com/hv>"
        ));
        assert!(!has("organizations.au.name:"), "the AU's name is there");
        assert!(
            problems.iter().all(|p| !p.is_error()),
            "all warnings: English shows instead"
        );
    }

    #[test]
    fn the_bundled_languages_load_with_their_own_names() {
        let atlas = load_atlas(&DataSource::Bundled);
        let names: Vec<(&str, &str)> = atlas
            .translations
            .languages
            .iter()
            .map(|p| (p.code.as_str(), p.name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("en", "English"),
                ("fr", "Français"),
                ("es", "Español"),
                ("pt", "Português"),
                ("sw", "Kiswahili"),
                ("hi", "हिन्दी")
            ]
        );
        let french = atlas.texts("fr");
        assert_eq!(french.long_date(Date::ymd(1964, 6, 15)), "15 juin 1964");
        assert_eq!(
            atlas.texts("pt").long_date(Date::ymd(1964, 6, 15)),
            "15 de junho de 1964"
        );
        assert_eq!(
            french.country_today("CIV", "Côte d'Ivoire"),
            "Côte d’Ivoire"
        );
        assert_eq!(atlas.texts("sw").country_today("EGY", "Egypt"), "Misri");
        assert_eq!(french.number(12_000), "12\u{a0}000");
        assert_eq!(french.decimal(0.5), "0,5");
        assert_eq!(atlas.texts("en").decimal(0.5), "0.5");
    }
}
