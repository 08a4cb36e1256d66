//! The bundled data: it loads clean, and its counts agree with what sources state.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use ssc_atlas::data::{Atlas, DataSource, load_atlas, validate::validate};
use ssc_atlas::geo::{lon_lat_from_world, world_from_lon_lat};
use ssc_atlas::time::{Date, timeline};

fn atlas() -> Atlas {
    load_atlas(&DataSource::Bundled)
}

#[test]
fn bundled_data_validates_without_problems() {
    let atlas = atlas();
    let problems = validate(&atlas, &DataSource::Bundled);
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(atlas.events.len() >= 60);
    assert!(atlas.organizations.len() >= 13);
    assert_eq!(atlas.world.countries.len(), 241);
}

/// Member counts that sources state, checked against the membership spans.
/// (organization, year, count, what the source says)
const SOURCED_COUNTS: [(&str, i32, usize, &str); 14] = [
    (
        "au",
        1963,
        32,
        "32 signatories of the OAU Charter, Addis Ababa (Statesman's Yearbook)",
    ),
    (
        "au",
        2000,
        53,
        "53 members before the AU replaced the OAU (Statesman's Yearbook; au.int)",
    ),
    ("au", 2011, 54, "South Sudan the 54th member, July 2011"),
    (
        "au",
        2017,
        55,
        "Morocco readmitted January 2017: 55 member states (au.int)",
    ),
    (
        "asean",
        1967,
        5,
        "five signatories of the Bangkok Declaration",
    ),
    ("asean", 1999, 10, "Cambodia the tenth member, April 1999"),
    (
        "asean",
        2025,
        11,
        "Timor-Leste the eleventh member, October 2025",
    ),
    ("opec", 1960, 5, "five founders at Baghdad"),
    ("opec", 2014, 12, "12 members in 2014 (OPEC)"),
    ("opec", 2018, 15, "15 members in 2018 (OPEC)"),
    ("saarc", 1985, 7, "seven founders at Dhaka"),
    (
        "saarc",
        2007,
        8,
        "Afghanistan the eighth member, April 2007",
    ),
    ("gcc", 1981, 6, "six founders at Abu Dhabi"),
    (
        "arab-league",
        2012,
        22,
        "22 members, Syria suspended but still a member",
    ),
];

#[test]
fn member_counts_match_sourced_figures() {
    let atlas = atlas();
    for (id, year, expected, statement) in SOURCED_COUNTS {
        let organization = atlas.organization(id).unwrap();
        let count = timeline::member_count_on(organization, Date::end_of_year(year));
        println!("{id} {year}: {count} members (source: {statement})");
        assert_eq!(count, expected, "{id} in {year}: {statement}");
    }
}

#[test]
fn a_country_that_left_is_not_a_member_after_and_one_that_joined_is_not_before() {
    let atlas = atlas();
    let au = atlas.organization("au").unwrap();
    let is_member = |code: &str, year: i32| {
        au.members_on(Date::end_of_year(year))
            .any(|m| m.country == code)
    };
    assert!(
        is_member("MAR", 1983) && !is_member("MAR", 1985) && is_member("MAR", 2017),
        "Morocco left 1984, back 2017"
    );
    assert!(
        !is_member("ZAF", 1993) && is_member("ZAF", 1994),
        "South Africa joined 1994"
    );
    let opec = atlas.organization("opec").unwrap();
    let gabon = |year: i32| {
        opec.members_on(Date::end_of_year(year))
            .any(|m| m.country == "GAB")
    };
    assert!(!gabon(1974) && gabon(1975), "Gabon joined OPEC in 1975");
}

#[test]
fn historical_members_are_drawn_on_the_polygons_they_covered() {
    let atlas = atlas();
    let yugoslavia = atlas.keys_for_member("YUG");
    for key in ["SRB", "HRV", "SVN", "BIH", "MKD", "MNE"] {
        assert!(yugoslavia.contains(&key), "{key} in {yugoslavia:?}");
    }
    // South Sudan was part of Sudan when Sudan joined the OAU.
    let sudan_1964 = atlas.keys_for_member_on("SDN", Date::end_of_year(1964));
    assert!(sudan_1964.contains(&"SSD"), "{sudan_1964:?}");
    let sudan_2012 = atlas.keys_for_member_on("SDN", Date::end_of_year(2012));
    assert!(!sudan_2012.contains(&"SSD"));
}

#[test]
fn every_event_and_organization_has_a_source_with_an_address() {
    let atlas = atlas();
    for event in &atlas.events {
        assert!(!event.sources.is_empty(), "{}", event.id);
        assert!(
            event.sources.iter().all(|s| s.url.starts_with("http")),
            "{}",
            event.id
        );
    }
    for organization in &atlas.organizations {
        assert!(!organization.sources.is_empty(), "{}", organization.id);
    }
}

#[test]
fn seed_text_events_are_present_with_their_cities() {
    let atlas = atlas();
    let find = |year: i32, city: &str, kind: &str| {
        atlas
            .events
            .iter()
            .any(|e| e.start.year == year && e.city == city && e.kind == kind)
    };
    assert!(
        find(1955, "Bandung", "conference"),
        "Asian-African Conference"
    );
    assert!(find(1961, "Belgrade", "summit"), "1st NAM summit");
    assert!(find(1964, "Geneva", "conference"), "UNCTAD I");
    assert!(find(1964, "Geneva", "founding"), "G77 Joint Declaration");
    assert!(find(1968, "New Delhi", "conference"), "UNCTAD II");
    assert!(find(1970, "Lusaka", "summit"), "3rd NAM summit");
    assert!(find(1976, "Nairobi", "conference"), "UNCTAD IV");
    assert!(find(1979, "Arusha", "ministerial"), "4th G77 ministerial");
    assert!(
        atlas
            .events
            .iter()
            .any(|e| e.start.year == 1982 && e.city == "New Delhi"),
        "1982 consultations"
    );
    assert!(find(1983, "New Delhi", "summit"), "7th NAM summit");
}

#[test]
fn hit_testing_the_real_map() {
    let atlas = atlas();
    let at = |lon: f64, lat: f64| {
        atlas
            .world
            .hit_test(world_from_lon_lat(lon, lat))
            .map(|i| atlas.world.countries[i].key.clone())
    };
    assert_eq!(at(-47.9, -15.8).as_deref(), Some("BRA"), "Brasília");
    assert_eq!(at(-30.0, 0.0), None, "mid-Atlantic");
    assert_eq!(at(178.0, -17.8).as_deref(), Some("FJI"));
    assert_eq!(
        at(-179.9, -16.8).as_deref(),
        Some("FJI"),
        "Fiji east of 180°"
    );
    assert_eq!(
        at(177.0, 65.0).as_deref(),
        Some("RUS"),
        "Chukotka west of 180°"
    );
    assert_eq!(
        at(-175.0, 66.0).as_deref(),
        Some("RUS"),
        "Chukotka east of 180°"
    );
    assert_eq!(
        at(0.0, -85.0).as_deref(),
        Some("ATA"),
        "Antarctica reaches the pole"
    );
}

#[test]
fn no_border_streaks_across_the_real_map() {
    let atlas = atlas();
    for country in &atlas.world.countries {
        for outline in &country.outlines {
            for pair in outline.windows(2) {
                let (lon0, _) = lon_lat_from_world(pair[0]).unwrap();
                let (lon1, _) = lon_lat_from_world(pair[1]).unwrap();
                assert!(
                    (lon0 - lon1).abs() < 90.0,
                    "{}: border from {lon0} to {lon1}",
                    country.key
                );
            }
        }
    }
}
