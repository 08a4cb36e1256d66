//! What the map shows for a country on a date: independent, dependent, or part of a larger
//! state of the time; and under which name.

use super::load::Atlas;
use super::model::{PoliticalStatus, Source};
use crate::time::Date;

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
                sources,
            };
        }
        if let Some(state) = self.historical_states.iter().find(|s| {
            s.covers.iter().any(|k| k == key)
                && s.from.is_none_or(|from| from <= date)
                && s.until.is_none_or(|until| date < until)
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
                sources: state.sources.clone(),
            };
        }
        CountryStatus {
            key: key.to_owned(),
            name: name_today.clone(),
            name_today,
            status: PoliticalStatus::Independent,
            administered_by: None,
            part_of: None,
            part_of_name: None,
            from: None,
            until: None,
            sources: self
                .country_history(key)
                .map(|h| h.sources.clone())
                .unwrap_or_default(),
        }
    }

    /// Name on `date` of a state code: a historical state's name, or a country's name then.
    fn state_name(&self, code: &str, date: Date) -> String {
        self.historical_state(code)
            .map_or_else(|| self.country_name_on(code, date), |s| s.name.clone())
    }

    /// Map keys whose status became independent during `year`, after being dependent or part
    /// of another state: the year's new states.
    pub fn new_states_in(&self, year: i32) -> Vec<(String, String)> {
        let mut states: Vec<(Date, String, String)> = Vec::new();
        for history in &self.countries {
            for pair in history.periods.windows(2) {
                let (before, after) = (&pair[0], &pair[1]);
                let became_independent = before.status != PoliticalStatus::Independent
                    && after.status == PoliticalStatus::Independent;
                if let Some(from) = after.from.filter(|f| f.year == year && became_independent) {
                    states.push((from, history.key.clone(), after.name.clone()));
                }
            }
        }
        states.sort();
        states
            .into_iter()
            .map(|(_, key, name)| (key, name))
            .collect()
    }

    /// How many of the atlas's country histories are independent on `date`.
    pub fn independent_count_on(&self, date: Date) -> usize {
        self.countries
            .iter()
            .filter(|h| self.status_on(&h.key, date).status == PoliticalStatus::Independent)
            .count()
    }
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
