//! The data in every language: each language's folder (`i18n/LANG/`) holds its interface
//! messages (`interface.ftl`), its translations of the data (`content.json`: organization
//! names, event titles, summaries and notes, stories, figures, names of the time) and today's
//! country names (`countries.json`, from the Unicode CLDR). English is the data's own
//! language. `Texts` answers every visitor-facing text in one language, falling back to
//! English where a translation is missing (`validate` names each one).

use std::collections::HashMap;

use serde_json::Value;

use super::model::Source;
use super::source::DataSource;
use crate::i18n::{BUNDLED_LANGUAGES, DEFAULT_LANGUAGE, Interface};
use crate::problem::Problems;

mod check;
mod texts;

pub use check::{check, required_keys};
pub use texts::Texts;

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

/// Reads every language: the bundled six, and any `i18n/LANG/` folder of a curator's
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Atlas;
    use crate::data::{DataSource, load_atlas};
    use crate::time::Date;

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
        assert_eq!(french.decimal(0.5), "0,5");
        assert_eq!(atlas.texts("en").decimal(0.5), "0.5");
    }
}
