//! Sources and "sources differ" notes on cards. Where the atlas may open a browser they are
//! links; where it may not (the kiosk: a visitor must never leave the atlas) they are plain
//! selectable text, the title and the address, so nothing on a card opens anything.

use egui::{Color32, RichText};

use crate::data::Source;
pub use crate::data::citation::{NoteSegment, note_segments};
use crate::theme;

/// A "Sources" heading (in the language shown) and one entry per source; titles stay in
/// their own language.
pub fn sources_ui(ui: &mut egui::Ui, heading: &str, sources: &[Source], external_links: bool) {
    if sources.is_empty() {
        return;
    }
    ui.label(RichText::new(heading).strong());
    for source in sources {
        source_ui(ui, source, external_links);
    }
}

/// One source: a link titled by the source, or its title and address as text.
pub fn source_ui(ui: &mut egui::Ui, source: &Source, external_links: bool) {
    if source.url.is_empty() {
        ui.label(&source.title);
        return;
    }
    if external_links {
        let response = ui
            .hyperlink_to(&source.title, &source.url)
            .on_hover_text(&source.url);
        theme::focus_ring(ui, &response);
    } else {
        ui.label(&source.title);
        ui.label(RichText::new(&source.url).small().weak());
    }
}

/// A note ("Sources differ" and the like). Addresses written into the note are replaced in
/// the text by a short title (the site's name) and listed under it as sources: links, or
/// title and address as text.
pub fn note_ui(ui: &mut egui::Ui, heading: Option<&str>, note: &str, color: Color32, links: bool) {
    if let Some(heading) = heading {
        ui.label(RichText::new(heading).strong().color(color));
    }
    let segments = note_segments(note);
    let text: String = segments
        .iter()
        .map(|segment| match segment {
            NoteSegment::Text(text) => (*text).to_owned(),
            NoteSegment::Address(url) => address_title(url),
        })
        .collect();
    ui.label(RichText::new(text).color(color));
    let mut listed: Vec<&str> = Vec::new();
    for segment in &segments {
        if let NoteSegment::Address(url) = segment
            && !listed.contains(url)
        {
            listed.push(url);
            let cited = Source {
                title: address_title(url),
                url: (*url).to_owned(),
            };
            ui.indent(url, |ui| source_ui(ui, &cited, links));
        }
    }
}

/// A short title for an address: the site's host without "www." ("namvenezuela.org"), or
/// "web copy" for a bare IP address, which names no site.
pub fn address_title(url: &str) -> String {
    let without_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = without_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or(without_scheme);
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host);
    let host = host.strip_prefix("www.").unwrap_or(host);
    if host.is_empty() || host.chars().all(|c| c.is_ascii_digit() || c == '.') {
        "web copy".to_owned()
    } else {
        host.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_cut_out_of_a_note_without_their_punctuation() {
        let note = "Some sources count 28 (NAM Venezuela 2016, \
                    https://namvenezuela.org/?us_portfolio=project-image). Others differ.";
        assert_eq!(
            note_segments(note),
            vec![
                NoteSegment::Text("Some sources count 28 (NAM Venezuela 2016, "),
                NoteSegment::Address("https://namvenezuela.org/?us_portfolio=project-image"),
                NoteSegment::Text("). Others differ."),
            ]
        );
    }

    #[test]
    fn a_note_without_addresses_is_one_text() {
        assert_eq!(
            note_segments("The http scheme is not an address."),
            vec![NoteSegment::Text("The http scheme is not an address.")]
        );
        assert!(note_segments("").is_empty());
    }

    #[test]
    fn brackets_inside_an_address_stay_and_two_addresses_split() {
        let note = "see https://en.wikipedia.org/wiki/X_(y), and http://a.org/b.";
        assert_eq!(
            note_segments(note),
            vec![
                NoteSegment::Text("see "),
                NoteSegment::Address("https://en.wikipedia.org/wiki/X_(y)"),
                NoteSegment::Text(", and "),
                NoteSegment::Address("http://a.org/b"),
                NoteSegment::Text("."),
            ]
        );
    }

    #[test]
    fn an_address_is_titled_by_its_site() {
        assert_eq!(
            address_title("https://www.g77.org/doc/3southsummit_outcome.htm"),
            "g77.org"
        );
        assert_eq!(address_title("http://mg.co.za/article/1"), "mg.co.za");
        assert_eq!(
            address_title("http://20.210.105.67/txt/time/1970.html"),
            "web copy"
        );
    }
}
