//! The words a picture carries so it stands alone on a slide: the year, the organizations
//! shown (with their names of the time) and where the data comes from.

use crate::data::{Source, Texts};
use crate::time::Date;

/// Where the country shapes come from (see `assets/README.md`).
pub const MAP_SOURCE: &str = "Natural Earth";
/// Source names listed before the rest are counted ("+3 more").
const SOURCES_NAMED: usize = 6;

/// What a picture's caption strip says, in the language of its `Texts`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caption {
    pub year: i32,
    /// Short names of the time ("OAU" in 1975), in the order picked.
    pub organizations: Vec<String>,
    /// Short names of the sources of those organizations, without repeats.
    pub sources: Vec<String>,
    /// The two lines, worded once in the caption's language.
    headline: String,
    sources_line: String,
}

/// An organization's name in a legend on `date`: its name of the time, and, when it did not
/// exist that day, when it was founded or ended (a picture of 1960 must not suggest the OAU).
pub fn legend_label(
    texts: &Texts<'_>,
    organization: &crate::data::Organization,
    date: Date,
) -> String {
    let name = texts.organization_short(organization, date);
    match absence_note(texts, organization, date) {
        Some(note) => format!("{name} ({note})"),
        None => name.to_owned(),
    }
}

/// "founded 1963" or "ended 1980" when the organization did not exist on `date`.
pub fn absence_note(
    texts: &Texts<'_>,
    organization: &crate::data::Organization,
    date: Date,
) -> Option<String> {
    let year = |y: i32| [("year", crate::i18n::Arg::Text(y.to_string()))];
    if organization.exists_on(date) {
        None
    } else if date < organization.founded {
        Some(texts.ui_with("legend-founded", &year(organization.founded.year)))
    } else {
        organization
            .dissolved
            .map(|ended| texts.ui_with("legend-ended", &year(ended.year)))
    }
}

impl Caption {
    /// The caption of the atlas at `year` with `organization_ids` selected (unknown ids are
    /// left out), in the language of `texts`.
    pub fn new(texts: &Texts<'_>, year: i32, organization_ids: &[String]) -> Self {
        let atlas = texts.atlas();
        let date = Date::end_of_year(year);
        let organizations: Vec<&crate::data::Organization> = organization_ids
            .iter()
            .filter_map(|id| atlas.organization(id))
            .collect();
        let mut sources: Vec<String> = Vec::new();
        for source in organizations.iter().flat_map(|o| &o.sources) {
            let name = source_short_name(source);
            if !name.is_empty() && !sources.contains(&name) {
                sources.push(name);
            }
        }
        let organizations: Vec<String> = organizations
            .iter()
            .map(|o| legend_label(texts, o, date))
            .collect();
        let headline = if organizations.is_empty() {
            format!("{year} · {}", texts.ui("caption-none"))
        } else {
            format!("{year} · {}", organizations.join(", "))
        };
        let sources_line = sources_line(texts, &sources);
        Self {
            year,
            organizations,
            sources,
            headline,
            sources_line,
        }
    }

    /// "1975 · OAU, ASEAN, OPEC" (or "1975 · no organization selected").
    pub fn headline(&self) -> String {
        self.headline.clone()
    }

    /// "Sources: au.int, Wikipedia, … · Map: Natural Earth · Atlas of South-South
    /// Cooperation": short enough for one line at the bottom of a slide.
    pub fn sources_line(&self) -> String {
        self.sources_line.clone()
    }

    /// The whole caption as one line of plain text.
    pub fn text(&self) -> String {
        format!("{} — {}", self.headline(), self.sources_line())
    }
}

/// The sources line of [`Caption::sources_line`]: the first sources by name, the rest
/// counted.
fn sources_line(texts: &Texts<'_>, sources: &[String]) -> String {
    let mut named: Vec<String> = sources.iter().take(SOURCES_NAMED).cloned().collect();
    let more = sources.len().saturating_sub(SOURCES_NAMED);
    if more > 0 {
        named.push(texts.ui_with("caption-more", &[("count", more.into())]));
    }
    let mut parts = Vec::new();
    if !named.is_empty() {
        parts.push(texts.ui_with("caption-sources", &[("list", named.join(", ").into())]));
    }
    parts.push(texts.ui_with("caption-map", &[("source", MAP_SOURCE.into())]));
    parts.push(texts.ui("app-title"));
    parts.join(" · ")
}

/// A source's short name: the host of its address without "www." or a language prefix
/// ("au.int", "wikipedia.org", "treaties.un.org"); the title when there is no address.
pub fn source_short_name(source: &Source) -> String {
    let host = source
        .url
        .split_once("://")
        .map_or("", |(_, rest)| rest)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if host.is_empty() {
        return source.title.chars().take(40).collect();
    }
    let host = host.strip_prefix("www.").unwrap_or(&host);
    // "en.wikipedia.org", "fr.wikipedia.org" → "wikipedia.org".
    let labels: Vec<&str> = host.split('.').collect();
    match labels.as_slice() {
        [language, rest @ ..] if language.len() == 2 && rest.len() >= 2 => rest.join("."),
        _ => host.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(title: &str, url: &str) -> Source {
        Source {
            title: title.into(),
            url: url.into(),
        }
    }

    #[test]
    fn short_names_are_hosts() {
        assert_eq!(
            source_short_name(&source(
                "Member states of ASEAN — Wikipedia",
                "https://en.wikipedia.org/x"
            )),
            "wikipedia.org"
        );
        assert_eq!(
            source_short_name(&source(
                "A treaty text",
                "https://www.treaties.un.org/doc?id=1"
            )),
            "treaties.un.org"
        );
        assert_eq!(
            source_short_name(&source("Member States", "https://au.int/en")),
            "au.int"
        );
        assert_eq!(
            source_short_name(&source("A printed book", "")),
            "A printed book"
        );
    }

    #[test]
    fn a_body_not_yet_founded_is_named_with_its_founding_year() {
        let atlas = crate::data::load_atlas(&crate::data::DataSource::Bundled);
        let ids = ["au".to_owned(), "opec".to_owned()];
        let caption = Caption::new(&atlas.texts("en"), 1960, &ids);
        assert_eq!(caption.organizations, ["OAU (founded 1963)", "OPEC"]);
        let caption = Caption::new(&atlas.texts("en"), 1964, &ids);
        assert_eq!(caption.organizations, ["OAU", "OPEC"]);
    }

    #[test]
    fn the_caption_names_the_year_the_bodies_of_the_time_and_the_sources() {
        let atlas = crate::data::load_atlas(&crate::data::DataSource::Bundled);
        let caption = Caption::new(
            &atlas.texts("en"),
            1975,
            &["au".to_owned(), "asean".to_owned()],
        );
        // The African Union was the OAU in 1975.
        assert_eq!(caption.headline(), "1975 · OAU, ASEAN");
        let line = caption.sources_line();
        assert!(line.starts_with("Sources: "), "{line}");
        assert!(line.contains("Map: Natural Earth"), "{line}");
        let none = Caption::new(&atlas.texts("en"), 1950, &[]);
        assert_eq!(none.headline(), "1950 · no organization selected");
        assert!(!none.sources_line().contains("Sources:"));
    }
}
