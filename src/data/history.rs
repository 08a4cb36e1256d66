//! What the map shows for a country on a date: independent, dependent, or part of a larger
//! state of the time; and under which name.

use super::atlas::Atlas;
use super::model::{PoliticalStatus, Source};
use crate::time::{Date, Span};

/// A country's political status on one date, as the map draws it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CountryStatus {
    pub key: String,
    /// Name on that date ("Gold Coast" in 1956).
    pub name: String,
    pub name_today: String,
    pub status: PoliticalStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub administered_by: Option<String>,
    /// Code of the larger state of the time (historical code or map key).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_of_name: Option<String>,
    /// When this status began and ended, where the data says.
    pub from: Option<Date>,
    pub until: Option<Date>,
    /// For a historical state: the map keys of today's polygons it covered.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub covers: Vec<String>,
    pub sources: Vec<Source>,
}

impl Atlas {
    /// The status of map key `key` on `date`: from its history if it has one, else from a
    /// historical state that covered it, else independent under today's name.
    pub fn status_on(&self, key: &str, date: Date) -> CountryStatus {
        let name_today = self
            .country_history(key)
            .map_or_else(|| self.country_name_today(key), |h| h.name_today.clone());
        if let Some(history) = self.country_history(key)
            && let Some(period) = history.period_on(date)
        {
            let sources = if period.sources.is_empty() {
                history.sources.clone()
            } else {
                period.sources.clone()
            };
            return CountryStatus {
                key: key.to_owned(),
                name: period.name.clone(),
                name_today,
                status: period.status,
                administered_by: period.administered_by.clone(),
                part_of_name: period
                    .part_of
                    .as_deref()
                    .map(|code| self.state_name(code, date)),
                part_of: period.part_of.clone(),
                from: period.from,
                until: period.until,
                covers: Vec::new(),
                sources,
            };
        }
        if let Some(state) = self.historical_states.iter().find(|s| {
            s.covers.iter().any(|k| k == key) && Span::new(s.from, s.until).contains(date)
        }) {
            return CountryStatus {
                key: key.to_owned(),
                name: format!("{} ({})", name_today, state.name),
                name_today,
                status: PoliticalStatus::PartOf,
                administered_by: None,
                part_of: Some(state.code.clone()),
                part_of_name: Some(state.name.clone()),
                from: state.from,
                until: state.until,
                covers: Vec::new(),
                sources: state.sources.clone(),
            };
        }
        // Independent under today's name: since the end of the last historical state that
        // covered it (Ukraine since the Soviet Union's), whose sources say so.
        let ended = self
            .historical_states
            .iter()
            .filter(|s| s.covers.iter().any(|k| k == key))
            .filter_map(|s| {
                s.until
                    .filter(|until| *until <= date)
                    .map(|until| (until, s))
            })
            .max_by_key(|(until, _)| *until);
        let history_sources = self.country_history(key).map(|h| h.sources.clone());
        CountryStatus {
            key: key.to_owned(),
            name: name_today.clone(),
            name_today,
            status: PoliticalStatus::Independent,
            administered_by: None,
            part_of: None,
            part_of_name: None,
            from: ended.map(|(until, _)| until),
            until: None,
            covers: Vec::new(),
            sources: history_sources
                .filter(|sources| !sources.is_empty())
                .or_else(|| ended.map(|(_, state)| state.sources.clone()))
                .unwrap_or_default(),
        }
    }

    /// What a historical state (`TGK`, `SUN` …) was on `date`: an independent state of the
    /// time, with the map keys it covered. `None` if the code is not a historical state or
    /// the state did not exist on `date`.
    pub fn historical_status_on(&self, code: &str, date: Date) -> Option<CountryStatus> {
        let state = self.historical_state(code)?;
        let existed = Span::new(state.from, state.until).contains(date);
        existed.then(|| CountryStatus {
            key: state.code.clone(),
            name: state.name.clone(),
            name_today: state
                .covers
                .iter()
                .map(|key| self.country_name_today(key))
                .collect::<Vec<_>>()
                .join(", "),
            status: PoliticalStatus::Independent,
            administered_by: None,
            part_of: None,
            part_of_name: None,
            from: state.from,
            until: state.until,
            covers: state.covers.clone(),
            sources: state.sources.clone(),
        })
    }

    /// The key `country` accepts for `text` in any case: a map key (`cod` → `COD`) or a
    /// historical state code (`sun` → `SUN`).
    pub fn country_code(&self, text: &str) -> Option<String> {
        let code = text.trim().to_uppercase();
        let known = self.world.country_by_key(&code).is_some()
            || self.historical_state(&code).is_some()
            || self.country_history(&code).is_some();
        known.then_some(code)
    }

    /// Name on `date` of a state code: a historical state's name, or a country's name then.
    fn state_name(&self, code: &str, date: Date) -> String {
        self.historical_state(code)
            .map_or_else(|| self.country_name_on(code, date), |s| s.name.clone())
    }

    /// The year's new states, as `(code, name of the time)` in date order: every map key
    /// whose status on the map turns independent during `year` (after being a territory or
    /// part of a larger state, including a historical state that dissolved, as the Soviet
    /// Union did in 1991), and every historical state founded that year (Tanganyika in
    /// 1961, Zanzibar in 1963). A state that stays independent under a new name or as the
    /// core of a union (Egypt as the United Arab Republic) is not new. One entry per name.
    pub fn new_states_in(&self, year: i32) -> Vec<(String, String)> {
        let mut states: Vec<(Date, String, String)> = Vec::new();
        for country in &self.world.countries {
            let key = country.key.as_str();
            for date in self.status_change_dates(key) {
                if date.year != year {
                    continue;
                }
                let before = self.status_on(key, day_before(date));
                let after = self.status_on(key, date);
                // Egypt left the United Arab Republic in 1961 as the UAR: the union's
                // continuing state, not a new one.
                let continues_the_union = before.part_of_name.as_deref() == Some(&after.name);
                if before.status != PoliticalStatus::Independent
                    && after.status == PoliticalStatus::Independent
                    && !continues_the_union
                {
                    states.push((date, key.to_owned(), after.name));
                }
            }
        }
        for state in &self.historical_states {
            if let Some(from) = state.from.filter(|from| from.year == year) {
                states.push((from, state.code.clone(), state.name.clone()));
            }
        }
        states.sort();
        let mut names_seen: Vec<String> = Vec::new();
        states
            .into_iter()
            .filter(|(_, _, name)| {
                let first = !names_seen.contains(name);
                if first {
                    names_seen.push(name.clone());
                }
                first
            })
            .map(|(_, key, name)| (key, name))
            .collect()
    }

    /// Dates on which map key `key`'s status may change: the starts of its own periods, and
    /// the starts and ends of historical states that covered it.
    fn status_change_dates(&self, key: &str) -> Vec<Date> {
        let own = self
            .country_history(key)
            .into_iter()
            .flat_map(|h| h.periods.iter().filter_map(|p| p.from));
        let covering = self
            .historical_states
            .iter()
            .filter(|s| s.covers.iter().any(|k| k == key))
            .flat_map(|s| [s.from, s.until].into_iter().flatten());
        let mut dates: Vec<Date> = own.chain(covering).collect();
        dates.sort();
        dates.dedup();
        dates
    }

    /// How many of the atlas's country histories are independent on `date`.
    pub fn independent_count_on(&self, date: Date) -> usize {
        self.country_histories
            .iter()
            .filter(|h| self.status_on(&h.key, date).status == PoliticalStatus::Independent)
            .count()
    }
}

/// The last day before the period `date` begins (`1992-04` → 31 March 1992).
fn day_before(date: Date) -> Date {
    let (year, month, day) = (date.year, date.month.unwrap_or(1), date.day.unwrap_or(1));
    if day > 1 {
        return Date::ymd(year, month, day - 1);
    }
    if month == 1 {
        return Date::end_of_year(year - 1);
    }
    let previous = month - 1;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let last_day = match previous {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    Date::ymd(year, previous, last_day)
}

#[cfg(test)]
mod tests {
    use crate::data::{DataSource, PoliticalStatus, load_atlas};
    use crate::time::Date;

    fn check(key: &str, date: &str, status: PoliticalStatus, name: &str) {
        let atlas = load_atlas(&DataSource::Bundled);
        let date = Date::parse(date).unwrap();
        let date = if date.month.is_none() {
            Date::end_of_year(date.year)
        } else {
            date
        };
        let found = atlas.status_on(key, date);
        assert_eq!(
            (found.status, found.name.as_str()),
            (status, name),
            "{key} on {date}: {found:?}"
        );
    }

    #[test]
    fn statuses_and_names_of_the_time() {
        use PoliticalStatus::{Dependent, Independent, PartOf};
        check("GHA", "1956", Dependent, "Gold Coast");
        check("GHA", "1957", Independent, "Ghana");
        check("ZMB", "1963", Dependent, "Northern Rhodesia");
        check("ZMB", "1965", Independent, "Zambia");
        check("BGD", "1970", PartOf, "East Pakistan");
        check("BGD", "1972", Independent, "Bangladesh");
        check("SSD", "2010", PartOf, "Sudan");
        check("SSD", "2012", Independent, "South Sudan");
        check("NAM", "1989", Dependent, "South West Africa");
        check("NAM", "1991", Independent, "Namibia");
        check("LKA", "1971", Independent, "Ceylon");
        check("LKA", "1973", Independent, "Sri Lanka");
        check("COD", "1980", Independent, "Zaire");
    }

    #[test]
    fn the_day_before_crosses_months_years_and_leap_days() {
        use super::day_before;
        assert_eq!(day_before(Date::ymd(1961, 12, 9)), Date::ymd(1961, 12, 8));
        assert_eq!(day_before(Date::ymd(1992, 3, 1)), Date::ymd(1992, 2, 29));
        assert_eq!(day_before(Date::ymd(1991, 3, 1)), Date::ymd(1991, 2, 28));
        assert_eq!(
            day_before(Date::parse("1992-04").unwrap()),
            Date::ymd(1992, 3, 31)
        );
        assert_eq!(day_before(Date::year_only(1993)), Date::ymd(1992, 12, 31));
    }

    #[test]
    fn yugoslavia_is_one_state_until_1992() {
        let atlas = load_atlas(&DataSource::Bundled);
        let in_1990 = atlas.status_on("HRV", Date::end_of_year(1990));
        assert_eq!(in_1990.status, PoliticalStatus::PartOf);
        assert_eq!(in_1990.part_of.as_deref(), Some("YUG"));
        let in_1993 = atlas.status_on("HRV", Date::end_of_year(1993));
        assert_eq!(in_1993.status, PoliticalStatus::Independent);
        assert_eq!(in_1993.name, "Croatia");
        let serbia_1993 = atlas.status_on("SRB", Date::end_of_year(1993));
        assert_eq!(
            serbia_1993.part_of.as_deref(),
            Some("SCG"),
            "Serbia and Montenegro"
        );
    }

    #[test]
    fn new_states_of_1960_include_the_year_of_africa() {
        let atlas = load_atlas(&DataSource::Bundled);
        let keys: Vec<String> = atlas
            .new_states_in(1960)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        for key in ["NGA", "SEN", "COD", "MDG", "SOM"] {
            assert!(keys.iter().any(|k| k == key), "{key} in {keys:?}");
        }
        assert!(
            atlas.independent_count_on(Date::end_of_year(1975))
                > atlas.independent_count_on(Date::end_of_year(1955))
        );
    }
}
