//! The map of one date: each country's status, the state of the time it belongs to, labels.

use egui::Color32;

use crate::data::{Atlas, CountryStatus, PoliticalStatus};

/// The organizations colouring one country: colour, and whether the membership is suspended.
pub(super) type CountryFill = Vec<(Color32, bool)>;

/// Each country's status on one date, and which drawn state it belongs to.
pub(super) struct TimeLayer {
    pub(super) date: crate::time::Date,
    pub(super) statuses: Vec<CountryStatus>,
    /// Index of the state of the time each country is drawn as part of.
    pub(super) group: Vec<usize>,
    pub(super) group_sizes: Vec<usize>,
    /// The year's new states: map key and name of the time.
    pub(super) new_states: Vec<(String, String)>,
    /// One label per state of the time: name of the time at its largest part, largest first
    /// (the order labels claim space in, so placement is stable while panning).
    pub(super) labels: Vec<(usize, String)>,
    /// Countries that were then part of a larger state, by that state's code.
    pub(super) parts: std::collections::HashMap<String, Vec<usize>>,
    /// Organization colours per country for one selection (in order), kept while it holds.
    pub(super) fills: Option<(Vec<String>, Vec<CountryFill>)>,
}

impl TimeLayer {
    pub(super) fn new(atlas: &Atlas, date: crate::time::Date) -> Self {
        let statuses: Vec<CountryStatus> = atlas
            .world
            .countries
            .iter()
            .map(|c| atlas.status_on(&c.key, date))
            .collect();
        let mut group_keys: Vec<String> = Vec::new();
        let group = statuses
            .iter()
            .map(|status| {
                let key = status.part_of.clone().unwrap_or_else(|| status.key.clone());
                group_keys
                    .iter()
                    .position(|k| *k == key)
                    .unwrap_or_else(|| {
                        group_keys.push(key);
                        group_keys.len() - 1
                    })
            })
            .collect::<Vec<usize>>();
        let mut group_sizes = vec![0; group_keys.len()];
        for &g in &group {
            group_sizes[g] += 1;
        }
        let countries = &atlas.world.countries;
        let mut largest_part: Vec<Option<usize>> = vec![None; group_keys.len()];
        for (index, &g) in group.iter().enumerate() {
            if largest_part[g].is_none_or(|best| countries[index].area > countries[best].area) {
                largest_part[g] = Some(index);
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
        let mut parts: std::collections::HashMap<String, Vec<usize>> =
            std::collections::HashMap::new();
        for (index, status) in statuses.iter().enumerate() {
            if let Some(code) = &status.part_of {
                parts.entry(code.clone()).or_default().push(index);
            }
        }
        let new_states = atlas.new_states_in(date.year);
        Self {
            date,
            statuses,
            group,
            group_sizes,
            new_states,
            labels,
            parts,
            fills: None,
        }
    }

    pub(super) fn is_dependent(&self, index: usize) -> bool {
        self.statuses[index].status == PoliticalStatus::Dependent
    }

    pub(super) fn same_state(&self, a: usize, b: usize) -> bool {
        self.group[a] == self.group[b]
    }
}
