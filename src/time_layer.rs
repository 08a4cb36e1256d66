//! The map of one date, from the data alone: each country's status, the state of the time
//! it belongs to, the year's new states, one label per state, and which selected
//! organizations fill each country (as indices into the selection; the UI picks colours).
//! No egui here, so plain unit tests reach it.

use std::collections::HashMap;

use crate::data::{Atlas, CountryStatus, Organization, PoliticalStatus};
use crate::time::Date;

/// One selected organization filling a country: its index in the selection, and whether
/// the membership is suspended on the date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OrganizationFill {
    pub organization: usize,
    pub suspended: bool,
}

/// Each country's status on one date, and which state of the time it is drawn as part of.
/// Countries are indexed as in `atlas.world.countries`.
#[derive(Clone, Debug)]
pub struct TimeLayer {
    date: Date,
    statuses: Vec<CountryStatus>,
    /// Index of the state of the time each country is part of.
    state_of_country: Vec<usize>,
    /// How many countries (map polygons) each state of the time spans.
    state_sizes: Vec<usize>,
    /// The year's new states: map key and name of the time.
    new_states: Vec<(String, String)>,
    /// One label per state of the time: name of the time at its largest part, largest
    /// first (the order labels claim space in, so placement is stable while panning).
    labels: Vec<(usize, String)>,
    /// Countries that were then part of a larger state, by that state's code.
    parts: HashMap<String, Vec<usize>>,
}

impl TimeLayer {
    pub fn new(atlas: &Atlas, date: Date) -> Self {
        let countries = &atlas.world.countries;
        let statuses: Vec<CountryStatus> = countries
            .iter()
            .map(|c| atlas.status_on(&c.key, date))
            .collect();
        let mut state_keys: Vec<String> = Vec::new();
        let state_of_country: Vec<usize> = statuses
            .iter()
            .map(|status| {
                let key = status.part_of.clone().unwrap_or_else(|| status.key.clone());
                state_keys
                    .iter()
                    .position(|k| *k == key)
                    .unwrap_or_else(|| {
                        state_keys.push(key);
                        state_keys.len() - 1
                    })
            })
            .collect();
        let mut state_sizes = vec![0; state_keys.len()];
        for &state in &state_of_country {
            state_sizes[state] += 1;
        }
        let mut largest_part: Vec<Option<usize>> = vec![None; state_keys.len()];
        for (index, &state) in state_of_country.iter().enumerate() {
            if largest_part[state].is_none_or(|best| countries[index].area > countries[best].area) {
                largest_part[state] = Some(index);
            }
        }
        let mut labels: Vec<(usize, String)> = largest_part
            .into_iter()
            .flatten()
            .filter(|&index| countries[index].key != "ATA")
            .map(|index| {
                let status = &statuses[index];
                let name = status
                    .part_of_name
                    .clone()
                    .unwrap_or_else(|| status.name.clone());
                (index, name)
            })
            .collect();
        labels.sort_by(|a, b| countries[b.0].area.total_cmp(&countries[a.0].area));
        let mut parts: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, status) in statuses.iter().enumerate() {
            if let Some(code) = &status.part_of {
                parts.entry(code.clone()).or_default().push(index);
            }
        }
        Self {
            date,
            statuses,
            state_of_country,
            state_sizes,
            new_states: atlas.new_states_in(date.year),
            labels,
            parts,
        }
    }

    pub fn date(&self) -> Date {
        self.date
    }

    /// The status of the country at `index` on the date.
    pub fn status(&self, index: usize) -> Option<&CountryStatus> {
        self.statuses.get(index)
    }

    pub fn is_dependent(&self, index: usize) -> bool {
        self.status(index)
            .is_some_and(|status| status.status == PoliticalStatus::Dependent)
    }

    /// Index of the state of the time the country at `index` is part of.
    pub fn state_of_the_time(&self, index: usize) -> Option<usize> {
        self.state_of_country.get(index).copied()
    }

    /// Whether two countries were then parts of one state.
    pub fn same_state(&self, a: usize, b: usize) -> bool {
        self.state_of_country.get(a) == self.state_of_country.get(b)
    }

    /// How many countries the state of the time of the country at `index` spans.
    pub fn parts_in_state(&self, index: usize) -> usize {
        self.state_of_the_time(index)
            .and_then(|state| self.state_sizes.get(state))
            .copied()
            .unwrap_or(0)
    }

    /// The year's new states: map key and name of the time.
    pub fn new_states(&self) -> &[(String, String)] {
        &self.new_states
    }

    /// One label per state of the time (country index of its largest part, name of the
    /// time), largest first; Antarctica has none.
    pub fn labels(&self) -> &[(usize, String)] {
        &self.labels
    }

    /// Which of `selection` (in order) fill each country on the date: its own polygons,
    /// a historical member's, and those then part of a member. Each organization at most
    /// once per country, in selection order.
    pub fn organization_fills(
        &self,
        atlas: &Atlas,
        selection: &[&Organization],
    ) -> Vec<Vec<OrganizationFill>> {
        let date = self.date;
        let mut fills: Vec<Vec<OrganizationFill>> = vec![Vec::new(); atlas.world.countries.len()];
        for (organization_index, organization) in selection.iter().enumerate() {
            for member in organization.members_on(date) {
                let suspended = member.suspended_on(date);
                let own = atlas
                    .keys_for_member(&member.country)
                    .into_iter()
                    .filter_map(|key| atlas.world.index_of(key));
                let parts = self
                    .parts
                    .get(&member.country)
                    .into_iter()
                    .flatten()
                    .copied();
                for index in own.chain(parts) {
                    let Some(fill) = fills.get_mut(index) else {
                        continue;
                    };
                    if !fill.iter().any(|f| f.organization == organization_index) {
                        fill.push(OrganizationFill {
                            organization: organization_index,
                            suspended,
                        });
                    }
                }
            }
        }
        fills
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{DataSource, load_atlas};

    fn layer_on(atlas: &Atlas, date: &str) -> TimeLayer {
        TimeLayer::new(atlas, Date::parse(date).unwrap())
    }

    fn index(atlas: &Atlas, key: &str) -> usize {
        atlas.world.index_of(key).unwrap()
    }

    #[test]
    fn soviet_republics_are_one_state_until_1991() {
        let atlas = load_atlas(&DataSource::Bundled);
        let (armenia, russia) = (index(&atlas, "ARM"), index(&atlas, "RUS"));
        let soviet = layer_on(&atlas, "1975-06-01");
        assert!(soviet.same_state(armenia, russia));
        assert!(soviet.parts_in_state(armenia) > 1);
        let after = layer_on(&atlas, "2000-01-01");
        assert!(!after.same_state(armenia, russia));
        assert_eq!(after.parts_in_state(armenia), 1);
    }

    #[test]
    fn one_label_per_state_largest_first() {
        let atlas = load_atlas(&DataSource::Bundled);
        let layer = layer_on(&atlas, "1975-06-01");
        let countries = &atlas.world.countries;
        let states: Vec<usize> = layer
            .labels()
            .iter()
            .filter_map(|(index, _)| layer.state_of_the_time(*index))
            .collect();
        let mut unique = states.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), states.len(), "a state labelled twice");
        assert!(
            layer
                .labels()
                .windows(2)
                .all(|pair| countries[pair[0].0].area >= countries[pair[1].0].area)
        );
        assert!(
            layer
                .labels()
                .iter()
                .all(|(index, _)| countries[*index].key != "ATA")
        );
    }

    #[test]
    fn new_states_are_the_atlas_new_states_of_the_year() {
        let atlas = load_atlas(&DataSource::Bundled);
        let layer = layer_on(&atlas, "1960-12-31");
        assert!(!layer.new_states().is_empty());
        assert_eq!(layer.new_states(), atlas.new_states_in(1960).as_slice());
    }

    #[test]
    fn fills_are_indices_into_the_selection_in_order() {
        let atlas = load_atlas(&DataSource::Bundled);
        let selection: Vec<&Organization> = ["au", "opec"]
            .iter()
            .filter_map(|id| atlas.organization(id))
            .collect();
        assert_eq!(selection.len(), 2);
        let layer = layer_on(&atlas, "1975-06-01");
        let fills = layer.organization_fills(&atlas, &selection);
        assert_eq!(fills.len(), atlas.world.countries.len());
        let organizations = |key: &str| -> Vec<usize> {
            fills[index(&atlas, key)]
                .iter()
                .map(|fill| fill.organization)
                .collect()
        };
        assert_eq!(organizations("NGA"), [0, 1]);
        assert_eq!(organizations("VEN"), [1]);
        assert_eq!(organizations("EGY"), [0]);
        assert!(organizations("FRA").is_empty());
        // South Africa joined the AU's predecessor only in 1994.
        assert!(organizations("ZAF").is_empty());
    }
}
