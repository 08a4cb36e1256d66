//! Whether a source is one a museum could print: the host rules `validate` warns by, and the
//! walk over every source and every address written into a note that applies them.
//!
//! The host patterns live in the data folder (`data/weak-sources.txt`) so a curator can
//! extend them; the rules that need no list (bare IP addresses, ports, a host ending in a
//! dot) are built in.

use std::net::IpAddr;

use super::atlas::Atlas;
use super::model::Source;
use super::source::{COUNTRIES_FILE, DataSource, EVENTS_FILE, FIGURES_FILE, ORGANIZATIONS_FILE};
use crate::problem::Problem;

/// Host patterns of sources not to cite, read from `data/weak-sources.txt`.
#[derive(Clone, Debug, Default)]
pub struct WeakHosts {
    /// Lower-case patterns; `*` matches any run of characters.
    patterns: Vec<String>,
}

impl WeakHosts {
    /// One pattern per line; blank lines and lines starting with `#` are skipped.
    pub fn parse(text: &str) -> Self {
        let patterns = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(str::to_lowercase)
            .collect();
        Self { patterns }
    }

    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Why `url` is not a source to print, or `None` if nothing is known against it.
    pub fn weakness(&self, url: &str) -> Option<String> {
        let Some(authority) = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default())
        else {
            return Some("is not a web address (http:// or https://)".into());
        };
        // Drop any user name; what is left is host[:port].
        let host_port = authority.rsplit('@').next().unwrap_or_default();
        if host_port.is_empty() {
            return Some("has no host".into());
        }
        let (host, port) = split_port(host_port);
        if port.is_some() {
            return Some(format!(
                "host \"{host_port}\" has an explicit port (a test or private server)"
            ));
        }
        let host = host.to_lowercase();
        if host.trim_matches(['[', ']']).parse::<IpAddr>().is_ok() {
            return Some(format!("host \"{host}\" is a bare IP address"));
        }
        if host.ends_with('.') {
            return Some(format!(
                "host \"{host}\" ends with a dot (copied from a crawler, not the site's address)"
            ));
        }
        self.patterns
            .iter()
            .find(|pattern| wildcard_match(pattern, &host))
            .map(|pattern| {
                format!(
                    "host \"{host}\" is listed as weak (\"{pattern}\" in data/weak-sources.txt)"
                )
            })
    }
}

/// `host:port` → (`host`, `Some(port)`); an IPv6 literal keeps its brackets.
fn split_port(host_port: &str) -> (&str, Option<&str>) {
    if let Some(end) = host_port.find(']') {
        let (host, rest) = host_port.split_at(end + 1);
        return (host, rest.strip_prefix(':'));
    }
    match host_port.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (host_port, None),
    }
}

/// `*` matches any run of characters (also none); everything else matches itself.
fn wildcard_match(pattern: &str, text: &str) -> bool {
    let mut parts = pattern.split('*');
    let Some(first) = parts.next() else {
        return text.is_empty();
    };
    let Some(mut rest) = text.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else {
        // No `*` at all: the whole text must equal the pattern.
        return rest.is_empty();
    };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

/// A piece of a note: running text, or a web address written into it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteSegment<'a> {
    Text(&'a str),
    Address(&'a str),
}

/// Splits a note into text and the `http://` / `https://` addresses in it. An address ends
/// at white space; a closing bracket or a full stop, comma, semicolon or colon at its end
/// belongs to the sentence, not the address.
pub fn note_segments(note: &str) -> Vec<NoteSegment<'_>> {
    let mut segments = Vec::new();
    let mut rest = note;
    while let Some(start) = find_address(rest) {
        let after = &rest[start..];
        let mut end = after.find(char::is_whitespace).unwrap_or(after.len());
        loop {
            let address = &after[..end];
            let trailing = address.chars().next_back();
            let strip = match trailing {
                Some('.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'') => true,
                Some(')') => address.matches('(').count() < address.matches(')').count(),
                Some(']') => address.matches('[').count() < address.matches(']').count(),
                _ => false,
            };
            match trailing {
                Some(c) if strip => end -= c.len_utf8(),
                _ => break,
            }
        }
        if start > 0 {
            segments.push(NoteSegment::Text(&rest[..start]));
        }
        segments.push(NoteSegment::Address(&after[..end]));
        rest = &after[end..];
    }
    if !rest.is_empty() {
        segments.push(NoteSegment::Text(rest));
    }
    segments
}

/// Byte offset of the next web address that has something after its scheme.
fn find_address(text: &str) -> Option<usize> {
    let mut offset = 0;
    while let Some(found) = text[offset..].find("http") {
        let start = offset + found;
        let tail = &text[start..];
        for scheme in ["https://", "http://"] {
            if let Some(after) = tail.strip_prefix(scheme)
                && after.chars().next().is_some_and(|c| !c.is_whitespace())
            {
                return Some(start);
            }
        }
        offset = start + "http".len();
    }
    None
}

/// Every source in every file, and every web address written into a note (shown as a link):
/// an error when it is not a web address, a warning when its host is one a museum would not
/// print (`data/weak-sources.txt` and the built-in rules).
pub(super) fn check_sources(atlas: &Atlas, source: &DataSource, problems: &mut Vec<Problem>) {
    let mut cited = Cited::default();
    let file = source.file_label(EVENTS_FILE);
    for event in &atlas.events {
        let path = format!("event \"{}\"", event.id);
        cited.sources(&file, &path, &event.sources);
        cited.note(&file, &path, event.note.as_deref());
    }
    let file = source.file_label(ORGANIZATIONS_FILE);
    for organization in &atlas.organizations {
        let path = format!("organization \"{}\"", organization.id);
        cited.sources(&file, &path, &organization.sources);
        cited.note(&file, &path, organization.note.as_deref());
        for (index, member) in organization.members.iter().enumerate() {
            let path = format!("{path}.members[{index}] (country \"{}\")", member.country);
            cited.sources(&file, &path, &member.sources);
            cited.note(&file, &path, member.note.as_deref());
        }
        for (index, count) in organization.member_counts.iter().enumerate() {
            let path = format!("{path}.member_counts[{index}] ({})", count.year);
            cited.sources(&file, &path, std::slice::from_ref(&count.source));
        }
    }
    let file = source.file_label(COUNTRIES_FILE);
    for state in &atlas.historical_states {
        let path = format!("historical_states \"{}\"", state.code);
        cited.sources(&file, &path, &state.sources);
    }
    for country in &atlas.country_histories {
        let path = format!("countries \"{}\"", country.key);
        cited.sources(&file, &path, &country.sources);
        for (index, period) in country.periods.iter().enumerate() {
            let path = format!("{path}.periods[{index}]");
            cited.sources(&file, &path, &period.sources);
            cited.note(&file, &path, period.note.as_deref());
        }
    }
    let file = source.file_label(FIGURES_FILE);
    for figure in &atlas.figures {
        // A figure's source may be a title only (a printed work).
        if !figure.source.url.is_empty() {
            let path = format!("figure \"{}\"", figure.id);
            cited.sources(&file, &path, std::slice::from_ref(&figure.source));
        }
    }
    for (file, path, title, url) in cited.0 {
        let Some(weakness) = atlas.weak_hosts.weakness(&url) else {
            continue;
        };
        let message = format!("source \"{title}\" <{url}> {weakness}");
        if url.starts_with("https://") || url.starts_with("http://") {
            problems.push(Problem::warning(&file, path, message));
        } else {
            problems.push(Problem::new(&file, path, message));
        }
    }
}

/// Every cited address with where it is: (file, path, title, address).
#[derive(Default)]
struct Cited(Vec<(String, String, String, String)>);

impl Cited {
    fn sources(&mut self, file: &str, path: &str, sources: &[Source]) {
        self.0.extend(sources.iter().map(|s| {
            (
                file.to_owned(),
                path.to_owned(),
                s.title.clone(),
                s.url.clone(),
            )
        }));
    }

    fn note(&mut self, file: &str, path: &str, note: Option<&str>) {
        for segment in note.map(note_segments).unwrap_or_default() {
            if let NoteSegment::Address(url) = segment {
                self.0.push((
                    file.to_owned(),
                    format!("{path}.note"),
                    "address in the note".to_owned(),
                    url.to_owned(),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> WeakHosts {
        WeakHosts::parse("# comment\n\n*.blogspot.com\nwikimili.com\nuat*.*\n  Kiwix.*  \n")
    }

    #[test]
    fn patterns_match_whole_hosts_with_wildcards() {
        assert!(wildcard_match("*.blogspot.com", "x.blogspot.com"));
        assert!(!wildcard_match("*.blogspot.com", "blogspot.com.evil.org"));
        assert!(wildcard_match("uat*.*", "uat2.g77.org"));
        assert!(!wildcard_match("uat*.*", "www.uat.org.x"));
        assert!(wildcard_match("wikimili.com", "wikimili.com"));
        assert!(!wildcard_match("wikimili.com", "en.wikimili.com"));
        assert!(wildcard_match("*", "anything"));
        assert!(wildcard_match("a*b*c", "aXXbYYc"));
        assert!(!wildcard_match("a*b*c", "aXXcYYb"));
    }

    #[test]
    fn weak_hosts_are_named_and_good_ones_pass() {
        let rules = rules();
        assert_eq!(rules.len(), 4, "comments and blank lines are skipped");
        for good in [
            "https://www.g77.org/doc/members.html",
            "https://en.wikipedia.org/wiki/Group_of_77",
            "https://treaties.un.org/doc/Publication/UNTS/Volume%201144/v1144.pdf",
            "http://www.britannica.com/topic/Non-Aligned-Movement?x=1",
        ] {
            assert_eq!(rules.weakness(good), None, "{good}");
        }
        let weak = |url: &str| rules.weakness(url).unwrap_or_default();
        assert!(weak("https://someone.blogspot.com/2010/01/x.html").contains("*.blogspot.com"));
        assert!(weak("https://WIKIMILI.com/en/OPEC").contains("wikimili.com"));
        assert!(weak("https://uat2.g77.org/doc").contains("uat*.*"));
        assert!(weak("https://kiwix.example.nl/a").contains("kiwix.*"));
        assert!(weak("http://20.210.105.67/page").contains("bare IP"));
        assert!(weak("http://[2001:db8::1]/page").contains("bare IP"));
        assert!(weak("http://the-uncensored-wiki.com:20151/x").contains("explicit port"));
        assert!(weak("http://worldpopulationreview.com./x").contains("ends with a dot"));
        assert!(weak("ftp://example.org/x").contains("not a web address"));
        assert!(weak("https:///x").contains("no host"));
    }
}
