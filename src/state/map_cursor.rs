//! The map's keyboard cursor: where Left and Right (the year's events, in date order), Up
//! and Down (the countries, in alphabetical order of their names of the time) and a typed
//! letter (the next country starting with it) take a keyboard user, and what Enter opens.
//! The panels draw it; only [`AppState::apply`] moves it.

use super::{AppState, Command};
use crate::data::Event;

/// The item the keyboard cursor is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MapCursor {
    /// An event of the selected year (by id), at its host city's marker.
    Event(String),
    /// A country of the map (by map key).
    Country(String),
}

/// One move of the keyboard cursor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CursorStep {
    /// Right: the year's next event (from the last, back to the first).
    NextEvent,
    /// Left: the year's previous event.
    PreviousEvent,
    /// Down: the next country in alphabetical order (from the last, back to the first).
    NextCountry,
    /// Up: the previous country.
    PreviousCountry,
    /// A typed letter: the next country whose name of the time starts with it.
    CountryStartingWith(char),
}

impl AppState {
    /// Events of the selected year that pass the field filter, in date order (the atlas's
    /// events are sorted by start date).
    pub fn year_events(&self) -> impl Iterator<Item = &Event> {
        let year = self.year();
        self.atlas
            .events
            .iter()
            .filter(move |e| e.start.year == year && self.passes_filter(e))
    }

    /// The keyboard cursor, while its item is still on the map (an event of another year,
    /// or one the field filter hides, is not).
    pub fn map_cursor(&self) -> Option<&MapCursor> {
        self.map_cursor.as_ref().filter(|cursor| match cursor {
            MapCursor::Event(id) => self.year_events().any(|e| e.id == *id),
            MapCursor::Country(key) => self.atlas.world.country_by_key(key).is_some(),
        })
    }

    /// Every map country as `(key, name of the time)` in the language shown, in the cursor's
    /// alphabetical order.
    pub fn countries_by_name(&self) -> Vec<(String, String)> {
        let date = self.date();
        let texts = self.texts();
        let mut countries: Vec<(String, String)> = self
            .atlas
            .world
            .countries
            .iter()
            .map(|c| {
                let name = self.atlas.status_on(&c.key, date).name;
                (c.key.clone(), texts.name_of_time(&c.key, &name).to_owned())
            })
            .collect();
        countries.sort_by_cached_key(|(key, name)| (name_sort_key(name), key.clone()));
        countries
    }

    /// What Enter (or a click's equivalent from a screen reader) on the cursor opens: the
    /// same command a click on the item sends.
    pub fn map_cursor_command(&self) -> Option<Command> {
        Some(match self.map_cursor()? {
            MapCursor::Event(id) => Command::SelectEvent(id.clone()),
            MapCursor::Country(key) => Command::SelectCountry(key.clone()),
        })
    }

    pub(super) fn move_map_cursor(&mut self, step: CursorStep) {
        let current = self.map_cursor().cloned();
        let next = match step {
            CursorStep::NextEvent | CursorStep::PreviousEvent => {
                let ids: Vec<&str> = self.year_events().map(|e| e.id.as_str()).collect();
                let at = match &current {
                    Some(MapCursor::Event(id)) => ids.iter().position(|e| e == id),
                    _ => None,
                };
                cycle(ids.len(), at, step == CursorStep::NextEvent)
                    .map(|i| MapCursor::Event(ids[i].to_owned()))
            }
            CursorStep::NextCountry | CursorStep::PreviousCountry => {
                let countries = self.countries_by_name();
                let at = match &current {
                    Some(MapCursor::Country(key)) => countries.iter().position(|(k, _)| k == key),
                    _ => None,
                };
                cycle(countries.len(), at, step == CursorStep::NextCountry)
                    .map(|i| MapCursor::Country(countries[i].0.clone()))
            }
            CursorStep::CountryStartingWith(letter) => {
                let countries = self.countries_by_name();
                let letter = fold(letter);
                let at = match &current {
                    Some(MapCursor::Country(key)) => countries.iter().position(|(k, _)| k == key),
                    _ => None,
                };
                // After the current country, round to the start: typing the same letter
                // again walks the countries that start with it.
                let start = at.map_or(0, |i| i + 1);
                (0..countries.len())
                    .map(|offset| (start + offset) % countries.len())
                    .find(|&i| name_sort_key(&countries[i].1).starts_with(letter))
                    .map(|i| MapCursor::Country(countries[i].0.clone()))
            }
        };
        if let Some(next) = next {
            self.map_cursor = Some(next);
        }
    }
}

/// The index after (or before) `at` in a ring of `len` items; the first (or last) when
/// nothing is current; `None` when there is nothing.
fn cycle(len: usize, at: Option<usize>, forward: bool) -> Option<usize> {
    if len == 0 {
        return None;
    }
    Some(match (at, forward) {
        (None, true) => 0,
        (None, false) => len - 1,
        (Some(i), true) => (i + 1) % len,
        (Some(i), false) => (i + len - 1) % len,
    })
}

/// A name as it sorts: lower case, Latin accents dropped ("Côte d'Ivoire" among the Cs,
/// "Åland" among the As).
pub fn name_sort_key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(fold)
        .collect()
}

/// A letter without its accent, in lower case.
fn fold(c: char) -> char {
    let c = c.to_lowercase().next().unwrap_or(c);
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'ī' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ş' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::time::playback::PlaybackCommand;

    fn state(year: i32) -> AppState {
        let atlas = crate::data::load_atlas(&crate::data::DataSource::Bundled);
        AppState::new(Arc::new(atlas), year, 2026)
    }

    fn cursor_event(state: &AppState) -> Option<&str> {
        match state.map_cursor()? {
            MapCursor::Event(id) => Some(id.as_str()),
            MapCursor::Country(_) => None,
        }
    }

    fn cursor_country(state: &AppState) -> Option<&str> {
        match state.map_cursor()? {
            MapCursor::Country(key) => Some(key.as_str()),
            MapCursor::Event(_) => None,
        }
    }

    #[test]
    fn left_and_right_walk_the_years_events_in_date_order_round_the_ends() {
        let mut state = state(1961);
        let ids: Vec<String> = state.year_events().map(|e| e.id.clone()).collect();
        assert!(ids.len() >= 2, "1961 has several events: {ids:?}");
        let dates: Vec<_> = state.year_events().map(|e| e.start).collect();
        assert!(
            dates.windows(2).all(|pair| pair[0] <= pair[1]),
            "date order"
        );
        state.apply(Command::MoveMapCursor(CursorStep::NextEvent));
        assert_eq!(cursor_event(&state), Some(ids[0].as_str()));
        state.apply(Command::MoveMapCursor(CursorStep::NextEvent));
        assert_eq!(cursor_event(&state), Some(ids[1].as_str()));
        state.apply(Command::MoveMapCursor(CursorStep::PreviousEvent));
        state.apply(Command::MoveMapCursor(CursorStep::PreviousEvent));
        assert_eq!(
            cursor_event(&state),
            ids.last().map(String::as_str),
            "from the first back to the last"
        );
        assert_eq!(
            state.map_cursor_command(),
            ids.last().cloned().map(Command::SelectEvent)
        );
    }

    #[test]
    fn an_event_of_another_year_is_no_cursor_and_the_next_step_starts_again() {
        let mut state = state(1955);
        state.apply(Command::MoveMapCursor(CursorStep::NextEvent));
        assert_eq!(
            cursor_event(&state),
            Some("asian-african-conference-1955-bandung")
        );
        state.apply(Command::Playback(PlaybackCommand::SetYear(1956)));
        assert_eq!(state.map_cursor(), None);
        assert_eq!(state.map_cursor_command(), None, "Enter opens nothing");
        state.apply(Command::MoveMapCursor(CursorStep::NextEvent));
        let first = state.year_events().next().map(|e| e.id.clone());
        assert_eq!(cursor_event(&state).map(str::to_owned), first);
    }

    #[test]
    fn up_and_down_walk_every_country_by_its_name_of_the_time() {
        let mut state = state(1956);
        let countries = state.countries_by_name();
        assert_eq!(countries.len(), state.atlas().world.countries.len());
        let ghana = countries
            .iter()
            .find(|(key, _)| key == "GHA")
            .map(|(_, name)| name.as_str());
        assert_eq!(ghana, Some("Gold Coast"), "named as in 1956");
        let keys: Vec<&str> = countries.iter().map(|(k, _)| k.as_str()).collect();
        assert!(name_sort_key("Côte d'Ivoire") < name_sort_key("Cuba"));
        assert!(name_sort_key("Åland") < name_sort_key("Bahrain"));
        state.apply(Command::MoveMapCursor(CursorStep::NextCountry));
        assert_eq!(cursor_country(&state), Some(keys[0]));
        state.apply(Command::MoveMapCursor(CursorStep::PreviousCountry));
        assert_eq!(
            cursor_country(&state),
            keys.last().copied(),
            "round the ends"
        );
        // Every country is reached.
        let mut seen = std::collections::HashSet::new();
        for _ in 0..keys.len() {
            state.apply(Command::MoveMapCursor(CursorStep::NextCountry));
            seen.insert(cursor_country(&state).map(str::to_owned));
        }
        assert_eq!(seen.len(), keys.len());
        assert_eq!(
            state.map_cursor_command(),
            cursor_country(&state).map(|k| Command::SelectCountry(k.to_owned()))
        );
    }

    #[test]
    fn a_typed_letter_walks_the_countries_starting_with_it() {
        let mut state = state(1970);
        state.apply(Command::MoveMapCursor(CursorStep::CountryStartingWith('G')));
        let first = cursor_country(&state).map(str::to_owned);
        state.apply(Command::MoveMapCursor(CursorStep::CountryStartingWith('g')));
        let second = cursor_country(&state).map(str::to_owned);
        assert_ne!(first, second);
        for key in [&first, &second] {
            let key = key.clone().unwrap_or_default();
            let name = state.atlas().status_on(&key, state.date()).name;
            assert!(name.starts_with('G'), "{key}: {name}");
        }
        state.apply(Command::MoveMapCursor(CursorStep::CountryStartingWith('#')));
        assert_eq!(
            cursor_country(&state).map(str::to_owned),
            second,
            "no country starts with #: the cursor stays"
        );
    }

    #[test]
    fn a_year_without_events_leaves_the_cursor_where_it_is() {
        let mut state = state(1946);
        if state.year_events().next().is_some() {
            return; // the data gained an event in 1946: nothing to check here
        }
        state.apply(Command::MoveMapCursor(CursorStep::NextEvent));
        assert_eq!(state.map_cursor(), None);
    }
}
