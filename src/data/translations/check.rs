//! What a language must translate for this data (`required_keys`), and `validate`'s part
//! (`check`).

use super::{NameBasis, content_file, countries_file, interface_file};
use crate::data::Atlas;
use crate::data::source::DataSource;
use crate::i18n::DEFAULT_LANGUAGE;

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
