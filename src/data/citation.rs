//! Whether a source is one a museum could print: the host rules `validate` warns by.
//!
//! The host patterns live in the data folder (`data/weak-sources.txt`) so a curator can
//! extend them; the rules that need no list (bare IP addresses, ports, a host ending in a
//! dot) are built in.

use std::net::IpAddr;

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
