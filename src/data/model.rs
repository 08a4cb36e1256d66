//! The atlas's facts: events, organizations, memberships, historical states. No egui here.

use crate::time::{Date, Span};

/// A citation a reader can open.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// A conference, summit, founding or declaration, placed at its host city.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Event {
    pub id: String,
    pub kind: String,
    pub series: Option<String>,
    pub number: Option<u32>,
    pub title: String,
    pub start: Date,
    pub end: Option<Date>,
    pub city: String,
    /// Host country as named at the time.
    pub country: String,
    /// Map key of today's state.
    pub country_iso3: String,
    pub lon: f64,
    pub lat: f64,
    pub organizations: Vec<String>,
    pub summary: String,
    pub tags: Vec<String>,
    pub participants: Option<u32>,
    pub sources: Vec<Source>,
    /// Where sources differ: the other value and its source.
    pub note: Option<String>,
}

impl Event {
    /// "18–24 April 1955" style, for cards and tooltips.
    pub fn date_range_text(&self) -> String {
        match self.end {
            Some(end) if end != self.start => {
                format!("{} – {}", self.start.display_long(), end.display_long())
            }
            _ => self.start.display_long(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum MemberStatus {
    #[default]
    Member,
    Associate,
    Observer,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct Suspension {
    pub from: Date,
    pub until: Option<Date>,
    pub note: Option<String>,
}

/// One span of one country's membership in one organization.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Membership {
    /// Map key (ISO3) or historical state code.
    pub country: String,
    pub joined: Date,
    /// What `joined` records: the admission, or only the earliest source that lists the
    /// country as a member (the admission date is not known).
    pub joined_basis: JoinedBasis,
    pub left: Option<Date>,
    pub status: MemberStatus,
    pub suspensions: Vec<Suspension>,
    pub note: Option<String>,
    pub sources: Vec<Source>,
}

/// What a membership's `joined` date records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JoinedBasis {
    /// The day (month, year) the admission took effect.
    #[default]
    Admission,
    /// The date of the earliest source found that lists it as a member: a member by then.
    FirstRecord,
}

impl Membership {
    /// Whether this span holds on `date` (joined on or before, not yet left).
    pub fn holds_on(&self, date: Date) -> bool {
        self.span().contains(date)
    }

    /// From joining until leaving.
    pub fn span(&self) -> Span {
        Span::since(self.joined, self.left)
    }

    pub fn suspended_on(&self, date: Date) -> bool {
        self.suspensions
            .iter()
            .any(|s| Span::since(s.from, s.until).contains(date))
    }
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct MemberCount {
    pub year: i32,
    pub count: u32,
    pub source: Source,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct FormerName {
    pub name: String,
    pub short_name: String,
    pub until: Date,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct City {
    pub name: String,
    pub country_iso3: String,
    pub lon: f64,
    pub lat: f64,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub short_name: String,
    pub former_names: Vec<FormerName>,
    pub kind: String,
    /// The day its founding act was signed or its founding conference decided it.
    pub founded: Date,
    /// The day the founding agreement entered into force, where that differs.
    pub in_force: Option<Date>,
    /// The first day it no longer existed (the East African Community, 1977); members are
    /// not drawn from then on.
    pub dissolved: Option<Date>,
    /// The body that continued it (LAFTA → ALADI).
    pub succeeded_by: Option<String>,
    pub founded_city: Option<City>,
    pub founding_event: Option<String>,
    /// sRGB colour used on map, plot, legend and card.
    pub color: [u8; 3],
    pub tags: Vec<String>,
    pub members: Vec<Membership>,
    pub member_counts: Vec<MemberCount>,
    pub sources: Vec<Source>,
    pub note: Option<String>,
}

impl Organization {
    /// The short name in force on `date` ("OAU" in 1980, "AU" in 2010).
    pub fn short_name_on(&self, date: Date) -> &str {
        self.former_names
            .iter()
            .find(|f| date < f.until)
            .map_or(self.short_name.as_str(), |f| f.short_name.as_str())
    }

    pub fn name_on(&self, date: Date) -> &str {
        self.former_names
            .iter()
            .find(|f| date < f.until)
            .map_or(self.name.as_str(), |f| f.name.as_str())
    }

    /// Full members on `date` (suspended members included: they remain members); none
    /// once the body is dissolved.
    pub fn members_on(&self, date: Date) -> impl Iterator<Item = &Membership> {
        let exists = self.exists_on(date);
        self.members
            .iter()
            .filter(move |m| exists && m.status == MemberStatus::Member && m.holds_on(date))
    }

    /// Whether the organization exists on `date`: founded, and not yet dissolved.
    pub fn exists_on(&self, date: Date) -> bool {
        self.founded <= date && self.dissolved.is_none_or(|dissolved| date < dissolved)
    }

    /// Whether it was dissolved on or before `date`.
    pub fn dissolved_by(&self, date: Date) -> bool {
        self.dissolved.is_some_and(|dissolved| dissolved <= date)
    }

    /// Whether the atlas holds a member list (dated rows per country) for this body, so its
    /// members can be drawn; bodies with sourced counts only (NAM, G77, UN …) have none.
    pub fn has_member_list(&self) -> bool {
        !self.members.is_empty()
    }

    /// The member count to show for `date`: counted from the member list when there is
    /// one, else the latest sourced count of a year up to `date`'s year. `None` before the
    /// founding, or when no count is known that early.
    pub fn count_on(&self, date: Date) -> Option<CountOn<'_>> {
        if !self.exists_on(date) {
            return None;
        }
        if self.has_member_list() {
            return Some(CountOn {
                count: self.members_on(date).count(),
                year: date.year,
                derived_from_list: true,
                older_than_date: false,
                source: None,
            });
        }
        self.member_counts
            .iter()
            .filter(|c| c.year <= date.year)
            .max_by_key(|c| c.year)
            .map(|c| CountOn {
                count: c.count as usize,
                year: c.year,
                derived_from_list: false,
                older_than_date: c.year < date.year,
                source: Some(&c.source),
            })
    }
}

/// A member count as shown for a date: [`Organization::count_on`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountOn<'a> {
    pub count: usize,
    /// The year the figure holds for: the date's year when counted from the member list,
    /// else the year of the sourced count.
    pub year: i32,
    /// Counted from the member list (`true`) or a sourced count (`false`).
    pub derived_from_list: bool,
    /// The figure is from a year before the date's: say "93 in 1979, latest known".
    pub older_than_date: bool,
    /// Where a sourced count comes from; `None` for a count from the member list.
    pub source: Option<&'a Source>,
}

/// A state of the time that no longer exists (Yugoslavia, USSR …), drawn on today's polygons.
#[derive(Clone, Debug, serde::Serialize)]
pub struct HistoricalState {
    pub code: String,
    pub name: String,
    pub from: Option<Date>,
    pub until: Option<Date>,
    /// Map keys of today's polygons it covered.
    pub covers: Vec<String>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PoliticalStatus {
    Independent,
    Dependent,
    PartOf,
}

/// One period of a country's political history.
#[derive(Clone, Debug, serde::Serialize)]
pub struct CountryPeriod {
    pub from: Option<Date>,
    pub until: Option<Date>,
    pub status: PoliticalStatus,
    pub name: String,
    pub administered_by: Option<String>,
    pub part_of: Option<String>,
    pub sources: Vec<Source>,
    pub note: Option<String>,
}

impl CountryPeriod {
    pub fn holds_on(&self, date: Date) -> bool {
        Span::new(self.from, self.until).contains(date)
    }
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct CountryHistory {
    pub key: String,
    pub name_today: String,
    pub periods: Vec<CountryPeriod>,
    pub sources: Vec<Source>,
}

impl CountryHistory {
    pub fn period_on(&self, date: Date) -> Option<&CountryPeriod> {
        self.periods.iter().find(|p| p.holds_on(date))
    }
}

/// A figure quoted from a source with no list behind it (the encyclopedia article's 1984
/// totals).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct QuotedFigure {
    pub id: String,
    pub label: String,
    pub text: String,
    pub year: i32,
    /// Organization `kind` that the atlas counts beside the figure, if any.
    pub counts_kind: Option<String>,
    /// Why the atlas's own count differs from the figure, if it does.
    #[serde(default)]
    pub atlas_note: Option<String>,
    pub source: Source,
}

/// A bare organization for unit tests: a name, a kind, a founding day, nothing else.
#[cfg(test)]
impl Organization {
    pub(crate) fn fixture(id: &str, kind: &str, founded: Date) -> Self {
        Self {
            id: id.into(),
            name: id.to_uppercase(),
            short_name: id.to_uppercase(),
            former_names: Vec::new(),
            kind: kind.into(),
            founded,
            in_force: None,
            dissolved: None,
            succeeded_by: None,
            founded_city: None,
            founding_event: None,
            color: [0, 0, 0],
            tags: Vec::new(),
            members: Vec::new(),
            member_counts: Vec::new(),
            sources: Vec::new(),
            note: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source() -> Source {
        Source {
            title: "t".into(),
            url: "https://example.org".into(),
        }
    }

    fn organization(members: Vec<Membership>, counts: &[(i32, u32)]) -> Organization {
        Organization {
            members,
            member_counts: counts
                .iter()
                .map(|&(year, count)| MemberCount {
                    year,
                    count,
                    source: source(),
                })
                .collect(),
            ..Organization::fixture("x", "political", Date::ymd(1961, 9, 1))
        }
    }

    fn member(country: &str, joined: Date, left: Option<Date>) -> Membership {
        Membership {
            country: country.into(),
            joined,
            left,
            status: MemberStatus::Member,
            joined_basis: crate::data::JoinedBasis::Admission,
            suspensions: Vec::new(),
            note: None,
            sources: Vec::new(),
        }
    }

    #[test]
    fn sourced_counts_give_the_latest_year_up_to_the_date_and_say_when_older() {
        let nam = organization(Vec::new(), &[(1961, 25), (1979, 93), (2006, 115)]);
        assert!(!nam.has_member_list());
        let in_1983 = nam.count_on(Date::end_of_year(1983)).unwrap();
        assert_eq!((in_1983.count, in_1983.year), (93, 1979));
        assert!(in_1983.older_than_date && !in_1983.derived_from_list);
        assert_eq!(in_1983.source, Some(&source()));
        let in_1979 = nam.count_on(Date::ymd(1979, 9, 3)).unwrap();
        assert_eq!((in_1979.count, in_1979.older_than_date), (93, false));
        assert_eq!(nam.count_on(Date::end_of_year(2024)).unwrap().count, 115);
        assert_eq!(
            nam.count_on(Date::end_of_year(1960)),
            None,
            "before the founding"
        );
        let late = organization(Vec::new(), &[(2015, 17)]);
        assert_eq!(
            late.count_on(Date::end_of_year(1970)),
            None,
            "no count that early"
        );
    }

    #[test]
    fn a_member_list_counts_members_on_the_date_itself() {
        let body = organization(
            vec![
                member("GHA", Date::ymd(1961, 9, 1), None),
                member("EGY", Date::ymd(1961, 9, 1), Some(Date::ymd(1970, 1, 1))),
                member("ZMB", Date::ymd(1965, 1, 1), None),
            ],
            &[(1961, 99)],
        );
        assert!(body.has_member_list());
        let in_1968 = body.count_on(Date::end_of_year(1968)).unwrap();
        assert_eq!(
            in_1968,
            CountOn {
                count: 3,
                year: 1968,
                derived_from_list: true,
                older_than_date: false,
                source: None,
            }
        );
        assert_eq!(body.count_on(Date::end_of_year(1975)).unwrap().count, 2);
    }

    #[test]
    fn a_dissolved_body_has_no_members_and_does_not_exist_from_its_end() {
        let mut eac = organization(
            vec![
                member("KEN", Date::ymd(1967, 6, 6), None),
                member("UGA", Date::ymd(1967, 6, 6), None),
            ],
            &[],
        );
        eac.founded = Date::ymd(1967, 6, 6);
        eac.dissolved = Some(Date::ymd(1977, 7, 1));
        assert!(eac.exists_on(Date::ymd(1977, 6, 30)));
        assert_eq!(eac.members_on(Date::ymd(1977, 6, 30)).count(), 2);
        assert!(
            !eac.exists_on(Date::ymd(1977, 7, 1)),
            "the end date is the first day without it"
        );
        assert!(eac.dissolved_by(Date::ymd(1977, 7, 1)));
        assert!(!eac.dissolved_by(Date::ymd(1977, 6, 30)));
        assert_eq!(eac.members_on(Date::end_of_year(1984)).count(), 0);
        assert_eq!(eac.count_on(Date::end_of_year(1984)), None);
    }
}
