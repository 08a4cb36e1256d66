//! The bundled data: it loads clean, and its counts agree with what sources state.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use ssc_atlas::data::timeline;
use ssc_atlas::data::{Atlas, DataSource, load_atlas, validate::validate};
use ssc_atlas::geo::{lon_lat_from_world, world_from_lon_lat};
use ssc_atlas::time::Date;

/// A fixed "today": answers must not depend on the day the tests run.
const TODAY: Date = Date::ymd(2026, 12, 2);

fn atlas() -> Atlas {
    load_atlas(&DataSource::Bundled)
}

#[test]
fn bundled_data_validates_without_problems() {
    let atlas = atlas();
    let problems = validate(&atlas, &DataSource::Bundled, TODAY);
    // Warnings too: the bundled data cites no weak source.
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

/// Member counts of the NAM and the G77 derived from their member lists, on dates when a
/// printable source states the same count: (id, date, count, the source's statement).
const NAM_AND_G77_COUNTS: [(&str, Date, usize, &str); 10] = [
    (
        "nam",
        Date::ymd(1961, 12, 31),
        25,
        "25 states founded the movement at Belgrade (1st Summit)",
    ),
    (
        "nam",
        Date::ymd(1983, 12, 31),
        101,
        "Indian Express, 8 March 1983: leaders of 101 non-aligned countries at New Delhi",
    ),
    (
        "nam",
        Date::ymd(2003, 12, 31),
        116,
        "Xinhua, February 2003: 116 members at Kuala Lumpur",
    ),
    (
        "nam",
        Date::ymd(2009, 12, 31),
        118,
        "VOA, July 2009: 118 members at Sharm el-Sheikh",
    ),
    (
        "nam",
        Date::ymd(2012, 12, 31),
        120,
        "120 members at the Tehran summit, August 2012",
    ),
    (
        "g77",
        Date::ymd(1964, 6, 15),
        77,
        "UN Chronicle: the Joint Declaration of the Seventy-Seven",
    ),
    (
        "g77",
        Date::ymd(1992, 1, 1),
        128,
        "CIA World Factbook 1992: 127 members plus the PLO",
    ),
    (
        "g77",
        Date::ymd(2019, 12, 31),
        134,
        "Wikipedia, 2019: 134 member states",
    ),
    (
        "g77",
        Date::ymd(2023, 1, 11),
        134,
        "Agencia Cubana de Noticias, January 2023: 134 member states",
    ),
    (
        "g77",
        Date::ymd(2024, 12, 31),
        135,
        "Wikipedia, 2024: 135 developing countries",
    ),
];

#[test]
fn the_nam_and_the_g77_fill_the_map_with_counts_sources_state() {
    let atlas = atlas();
    for (id, date, expected, statement) in NAM_AND_G77_COUNTS {
        let organization = atlas.organization(id).unwrap();
        assert!(organization.has_member_list(), "{id} has a member list");
        let count = organization.members_on(date).count();
        assert_eq!(count, expected, "{id} on {date}: {statement}");
    }
    // From its founding on, every year has members to draw.
    for id in ["nam", "g77"] {
        let organization = atlas.organization(id).unwrap();
        for year in organization.founded.year..=2026 {
            assert!(
                organization.members_on(Date::end_of_year(year)).count() > 20,
                "{id} in {year}"
            );
        }
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

fn new_state_names(atlas: &Atlas, year: i32) -> Vec<String> {
    atlas
        .new_states_in(year)
        .into_iter()
        .map(|(_, name)| name)
        .collect()
}

#[test]
fn new_states_of_1961_are_tanganyika_sierra_leone_kuwait_and_syria_not_the_uar() {
    let atlas = atlas();
    let names = new_state_names(&atlas, 1961);
    for name in ["Tanganyika", "Sierra Leone", "Kuwait", "Syria"] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    // Egypt kept the name United Arab Republic when Syria left: the union's continuing
    // state, not a new one (the UAR was new in 1958).
    assert!(
        !names.iter().any(|n| n == "United Arab Republic"),
        "{names:?}"
    );
    assert!(
        new_state_names(&atlas, 1958)
            .iter()
            .any(|n| n == "United Arab Republic")
    );
    assert_eq!(
        names.iter().filter(|n| *n == "Tanganyika").count(),
        1,
        "{names:?}"
    );
}

#[test]
fn new_states_of_1991_include_the_baltic_and_post_soviet_states_slovenia_and_croatia() {
    let atlas = atlas();
    let names = new_state_names(&atlas, 1991);
    for name in [
        "Estonia",
        "Latvia",
        "Lithuania",
        "Ukraine",
        "Belarus",
        "Moldova",
        "Kazakhstan",
        "Slovenia",
        "Croatia",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    // Namibia became independent in 1990, Eritrea in 1993.
    assert!(!names.iter().any(|n| n == "Namibia" || n == "Eritrea"));
    // What the map names in 1991 agrees: Ukraine independent, Croatia independent.
    let end_1991 = Date::end_of_year(1991);
    for key in ["UKR", "HRV", "EST"] {
        let status = atlas.status_on(key, end_1991);
        assert_eq!(
            status.status,
            ssc_atlas::data::PoliticalStatus::Independent,
            "{status:?}"
        );
        assert!(
            status.from.is_some_and(|from| from.year == 1991),
            "{status:?}"
        );
        assert!(!status.sources.is_empty(), "{status:?}");
    }
}

#[test]
fn tanganyika_was_an_independent_state_in_1962() {
    let atlas = atlas();
    let status = atlas.status_on("TZA", Date::end_of_year(1962));
    assert_eq!(status.name, "Tanganyika");
    assert_eq!(status.status, ssc_atlas::data::PoliticalStatus::Independent);
    assert_eq!(status.part_of, None);
    assert_eq!(status.from, Some(Date::ymd(1961, 12, 9)));
}

#[test]
fn no_visitor_facing_text_in_the_bundled_data_speaks_of_the_seed_text() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let mut files = vec![root.join("README.md")];
    for folder in ["data", "stories"] {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            files.push(entry.unwrap().path());
        }
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap().to_lowercase();
        for needle in ["seed text", "seed-text"] {
            assert!(
                !text.contains(needle),
                "{} mentions the {needle}",
                file.display()
            );
        }
    }
    // The loaded atlas too, in case a file is added elsewhere.
    let atlas = atlas();
    let mut texts: Vec<&str> = Vec::new();
    for event in &atlas.events {
        texts.extend([event.title.as_str(), &event.summary]);
        texts.extend(event.note.as_deref());
        texts.extend(event.sources.iter().map(|s| s.title.as_str()));
    }
    for figure in &atlas.figures {
        texts.extend([figure.label.as_str(), &figure.text, &figure.source.title]);
    }
    for organization in &atlas.organizations {
        texts.extend(organization.note.as_deref());
        texts.extend(organization.sources.iter().map(|s| s.title.as_str()));
        texts.extend(
            organization
                .member_counts
                .iter()
                .map(|c| c.source.title.as_str()),
        );
    }
    texts.extend(atlas.map_notes.iter().map(String::as_str));
    for text in texts {
        assert!(!text.to_lowercase().contains("seed text"), "{text}");
    }
}
