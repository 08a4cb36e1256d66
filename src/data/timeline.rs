//! What holds at a date in the data: members, counts, events. Derived from the data, never
//! typed in. The pure series helpers of `time::timeline` are re-exported beside them.

use std::collections::BTreeMap;

use super::model::{Event, Organization};
use crate::time::Date;
pub use crate::time::timeline::{next_event_year, previous_event_year, staircase};

/// Years in which at least one event started, ascending and unique.
pub fn event_years<'a>(events: impl IntoIterator<Item = &'a Event>) -> Vec<i32> {
    let mut years: Vec<i32> = events.into_iter().map(|e| e.start.year).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// Number of full members on `date`.
pub fn member_count_on(organization: &Organization, date: Date) -> usize {
    organization.members_on(date).count()
}

/// Member count as a step series: `(fractional year, count)` at every change, from the
/// founding to `last_year`'s end. Empty for bodies with counts only.
pub fn member_count_steps(organization: &Organization, last_year: i32) -> Vec<[f64; 2]> {
    if organization.members.is_empty() {
        return Vec::new();
    }
    let mut changes: Vec<Date> = vec![organization.founded];
    for member in &organization.members {
        changes.push(member.joined);
        if let Some(left) = member.left {
            changes.push(left);
        }
    }
    changes.sort();
    changes.dedup();
    let mut steps: Vec<[f64; 2]> = Vec::new();
    for date in changes.into_iter().filter(|d| d.year <= last_year) {
        let count = member_count_on(organization, date) as f64;
        if steps
            .last()
            .is_none_or(|last| (last[1] - count).abs() > f64::EPSILON)
        {
            steps.push([date.as_year_f64(), count]);
        }
    }
    if let Some(&[_, count]) = steps.last() {
        steps.push([f64::from(last_year) + 1.0, count]);
    }
    steps
}

/// Events per year, per kind.
pub type EventsPerKind = BTreeMap<String, BTreeMap<i32, u32>>;

/// Number of events per year per kind, for the events plot.
pub fn events_per_year_by_kind<'a>(events: impl IntoIterator<Item = &'a Event>) -> EventsPerKind {
    let mut counts: BTreeMap<String, BTreeMap<i32, u32>> = BTreeMap::new();
    for event in events {
        *counts
            .entry(event.kind.clone())
            .or_default()
            .entry(event.start.year)
            .or_default() += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{MemberStatus, Membership};

    fn member(country: &str, joined: &str, left: Option<&str>) -> Membership {
        Membership {
            country: country.to_owned(),
            joined: Date::parse(joined).unwrap(),
            left: left.map(|l| Date::parse(l).unwrap()),
            status: MemberStatus::Member,
            joined_basis: crate::data::JoinedBasis::Admission,
            suspensions: Vec::new(),
            note: None,
            sources: Vec::new(),
        }
    }

    fn organization(members: Vec<Membership>) -> Organization {
        Organization {
            members,
            ..Organization::fixture("test", "regional", Date::ymd(1960, 9, 14))
        }
    }

    #[test]
    fn a_member_counts_from_joining_until_leaving() {
        let org = organization(vec![
            member("AAA", "1960-09-14", None),
            member("BBB", "1965", Some("1992-12-31")),
            member("BBB", "2007-10-01", None),
        ]);
        let at = |year| member_count_on(&org, Date::end_of_year(year));
        assert_eq!(at(1960), 1);
        assert_eq!(at(1964), 1);
        assert_eq!(at(1965), 2);
        assert_eq!(at(1991), 2);
        assert_eq!(at(1992), 1, "left on 31 December 1992");
        assert_eq!(at(2007), 2, "rejoined");
    }

    #[test]
    fn steps_change_only_where_the_count_changes() {
        let org = organization(vec![
            member("AAA", "1960-09-14", None),
            member("BBB", "1960-09-14", None),
            member("CCC", "1970", Some("1980")),
        ]);
        let steps = member_count_steps(&org, 2000);
        let counts: Vec<f64> = steps.iter().map(|s| s[1]).collect();
        assert_eq!(counts, vec![2.0, 3.0, 2.0, 2.0]);
        assert!((steps[1][0] - 1970.0).abs() < 1e-9);
        assert!((steps[3][0] - 2001.0).abs() < 1e-9);
    }
}
