//! Checks on the loaded data that a curator needs before shipping a change.

use std::collections::HashMap;

use serde_json::Value;

use super::atlas::Atlas;
use super::model::{City, Membership, Organization};
use super::source::{
    COARSE_MAP_FILE, COUNTRIES_FILE, DataSource, EVENTS_FILE, FIGURES_FILE, ORGANIZATIONS_FILE,
    coarse_maps,
};
use crate::problem::{Problem, Problems};
use crate::time::Date;

/// Event kinds the atlas knows how to draw and count.
pub const EVENT_KINDS: [&str; 7] = [
    "conference",
    "summit",
    "ministerial",
    "founding",
    "declaration",
    "agreement",
    "institution",
];

/// Fields of cooperation (the six the encyclopedia article "South-South Cooperation" lists first).
pub const FIELDS: [&str; 11] = [
    "trade",
    "finance",
    "industry",
    "agriculture",
    "technology",
    "shipping",
    "energy",
    "food",
    "political",
    "security",
    "culture",
];

/// Organization kinds: the side panel's headings, and what a quoted figure's `counts_kind`
/// may count.
pub const ORGANIZATION_KINDS: [&str; 5] = [
    "regional",
    "political",
    "commodity",
    "economic",
    "financial",
];

/// Furthest a host or founding city may lie from its country's polygon (coarse coasts, small
/// islands).
pub const MAX_CITY_DISTANCE_KM: f64 = 50.0;

/// Earliest year an event or a quoted figure may fall in: the atlas starts in 1945, and no
/// forerunner it could show is older than 1900, so an earlier year is a typo (1066 for 1966).
pub const EARLIEST_YEAR: i32 = 1900;

/// Most members a body can have: there are under 200 states, so a larger count is a typo.
pub const MAX_MEMBER_COUNT: u32 = 250;

/// Every problem in the atlas: those met while loading, then the checks below.
/// `today` bounds the years a story may show.
pub fn validate(atlas: &Atlas, source: &DataSource, today: Date) -> Vec<Problem> {
    let mut problems: Vec<Problem> = atlas.problems.iter().cloned().collect();
    let events_file = source.file_label(EVENTS_FILE);
    let organizations_file = source.file_label(ORGANIZATIONS_FILE);
    let countries_file = source.file_label(COUNTRIES_FILE);
    check_duplicates(
        &atlas.raw_event_ids,
        "features",
        "id",
        &events_file,
        &mut problems,
    );
    check_duplicates(
        &atlas.raw_organization_ids,
        "organizations",
        "id",
        &organizations_file,
        &mut problems,
    );
    check_raw_duplicates(source, &mut problems);
    check_events(atlas, &events_file, today, &mut problems);
    check_organizations(atlas, &organizations_file, today, &mut problems);
    check_countries(atlas, &countries_file, &mut problems);
    check_figures(
        atlas,
        &source.file_label(FIGURES_FILE),
        today,
        &mut problems,
    );
    check_story_files(atlas, source, &mut problems);
    check_stories(atlas, today.year, &mut problems);
    super::citation::check_sources(atlas, source, &mut problems);
    check_coarse_map(atlas, source, &mut problems);
    super::translations::check(atlas, source, &mut problems);
    crate::problem::fold_follow_ons(problems)
}

/// Duplicate keys of `data/countries.json` and ids of `data/figures.json`, found in the files
/// as written (the loaded lists cannot say where each copy stood).
fn check_raw_duplicates(source: &DataSource, problems: &mut Vec<Problem>) {
    // A file that cannot be read or parsed was reported while loading.
    let mut already_reported = Problems::default();
    let arrays: [(&str, &[(&str, &str)]); 2] = [
        (
            COUNTRIES_FILE,
            &[("countries", "key"), ("historical_states", "code")],
        ),
        (FIGURES_FILE, &[("figures", "id")]),
    ];
    for (name, arrays) in arrays {
        let Some(root) = source.read(name, &mut already_reported).and_then(|text| {
            serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')).ok()
        }) else {
            continue;
        };
        for (array, field) in arrays {
            let ids: Vec<(usize, String)> = root
                .get(array)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
                .filter_map(|(index, item)| {
                    let id = item.get(field).and_then(Value::as_str)?;
                    Some((index, id.to_owned()))
                })
                .collect();
            check_duplicates(&ids, array, field, &source.file_label(name), problems);
        }
    }
}

/// Quoted figures: a year of their time, and a `counts_kind` the atlas can count.
fn check_figures(atlas: &Atlas, file: &str, today: Date, problems: &mut Vec<Problem>) {
    for figure in &atlas.figures {
        let path = format!("figure \"{}\"", figure.id);
        if !(EARLIEST_YEAR..=today.year).contains(&figure.year) {
            problems.push(Problem::new(
                file,
                &path,
                format!(
                    "year {} is outside {EARLIEST_YEAR}..={}",
                    figure.year, today.year
                ),
            ));
        }
        if let Some(kind) = &figure.counts_kind
            && !ORGANIZATION_KINDS.contains(&kind.as_str())
        {
            problems.push(Problem::new(
                file,
                &path,
                format!(
                    "unknown counts_kind \"{kind}\" (known: {})",
                    ORGANIZATION_KINDS.join(", ")
                ),
            ));
        }
    }
}

/// A curator's `stories/` folder must exist and hold stories (the kiosk's attract loop and
/// `--present` play nothing else), and each story's id must be its file's name.
fn check_story_files(atlas: &Atlas, source: &DataSource, problems: &mut Vec<Problem>) {
    if let DataSource::Dir(dir) = source {
        let folder = dir.join("stories");
        let label = folder.display().to_string();
        let has_story_file = std::fs::read_dir(&folder).map(|entries| {
            entries
                .filter_map(Result::ok)
                .any(|entry| entry.path().extension().is_some_and(|x| x == "json"))
        });
        match has_story_file {
            Err(_) => problems.push(Problem::new(
                &label,
                "",
                "missing folder: the kiosk's attract loop and --present have no story to play; copy assets/stories there",
            )),
            Ok(false) => problems.push(Problem::new(
                &label,
                "",
                "no story (*.json) in the folder: the kiosk's attract loop and --present have none to play",
            )),
            Ok(true) => {}
        }
    }
    let mut first_file: HashMap<&str, &str> = HashMap::new();
    for story in &atlas.stories {
        let stem = std::path::Path::new(&story.file)
            .file_stem()
            .map(|stem| stem.to_string_lossy())
            .unwrap_or_default();
        if stem != story.id.as_str() {
            problems.push(Problem::new(
                &story.file,
                "id",
                format!(
                    "id \"{}\" differs from the file name; rename the file to {}.json or set the id to \"{stem}\"",
                    story.id, story.id
                ),
            ));
        }
        if let Some(first) = first_file.get(story.id.as_str()) {
            problems.push(Problem::new(
                &story.file,
                "id",
                format!(
                    "duplicate story id \"{}\", first used in {first}; --present finds only that one",
                    story.id
                ),
            ));
        } else {
            first_file.insert(&story.id, &story.file);
        }
    }
}

/// The coarse map the window draws when zoomed out, read as the window reads it
/// ([`crate::geo::map_mesh::coarse_levels`]). A map it cannot use makes the window draw the
/// fine map at every zoom: slower, and about 50 MB more memory.
fn check_coarse_map(atlas: &Atlas, source: &DataSource, problems: &mut Vec<Problem>) {
    let label = source.file_label(COARSE_MAP_FILE);
    if let DataSource::Dir(dir) = source {
        let path = dir.join(COARSE_MAP_FILE);
        if !path.exists() {
            problems.push(Problem::warning(
                &label,
                "",
                "missing: the window draws the 1:50m map at every zoom, slower and with more memory; copy assets/geo/countries-110m.geojson there (or make one with scripts/build_geo.py)",
            ));
            return;
        }
        if let Err(err) = std::fs::read_to_string(&path) {
            problems.push(Problem::new(&label, "", format!("cannot read: {err}")));
            return;
        }
    }
    for map in coarse_maps(source) {
        let (levels, found) =
            crate::geo::map_mesh::coarse_levels(std::slice::from_ref(&map), &atlas.world);
        let reported = !found.is_empty();
        problems.extend(found.0);
        if levels.is_empty() && !reported {
            problems.push(Problem::new(
                &map.label,
                "features",
                "no country could be read: the window draws the 1:50m map at every zoom",
            ));
        }
    }
}

/// Stories must point at things that exist, and never show an event before it happened.
fn check_stories(atlas: &Atlas, last_year: i32, problems: &mut Vec<Problem>) {
    for story in &atlas.stories {
        let file = &story.file;
        for (index, step) in story.steps.iter().enumerate() {
            let path = format!("steps[{index}] (\"{}\")", step.title);
            let mut push = |message: String| problems.push(Problem::new(file, &path, message));
            for year in std::iter::once(step.year).chain(step.from_year) {
                if !(atlas.first_year()..=last_year).contains(&year) {
                    push(format!(
                        "year {year} is outside {}..={last_year}",
                        atlas.first_year()
                    ));
                }
            }
            for id in &step.organizations {
                match atlas.organization(id) {
                    None => push(format!("unknown organization id \"{id}\"")),
                    Some(o) if o.founded.year > step.year => {
                        push(format!(
                            "{id} was founded in {}, after {}",
                            o.founded.year, step.year
                        ));
                    }
                    Some(_) => {}
                }
            }
            if let Some(id) = &step.event {
                match atlas.event(id) {
                    None => push(format!("unknown event id \"{id}\"")),
                    Some(e) if e.start.year > step.year => {
                        push(format!(
                            "event {id} starts in {}, after {}",
                            e.start.year, step.year
                        ));
                    }
                    Some(_) => {}
                }
            }
            if let Some(view) = &step.view {
                let ok = view.west < view.east
                    && view.south < view.north
                    && view.west >= -180.0
                    && view.east <= 180.0
                    && view.south >= -90.0
                    && view.north <= 90.0;
                if !ok {
                    push(
                        "view is not a box with west < east and south < north within range".into(),
                    );
                }
            }
        }
    }
}

/// Ids (`field`) used twice in `array`: the atlas would show only one of them.
fn check_duplicates(
    ids: &[(usize, String)],
    array: &str,
    field: &str,
    file: &str,
    problems: &mut Vec<Problem>,
) {
    let mut first_seen: HashMap<&str, usize> = HashMap::new();
    for (index, id) in ids {
        if let Some(first) = first_seen.get(id.as_str()) {
            problems.push(Problem::new(
                file,
                format!("{array}[{index}] ({field} \"{id}\")"),
                format!("duplicate {field}, first used at {array}[{first}]"),
            ));
        } else {
            first_seen.insert(id, *index);
        }
    }
}

fn check_events(atlas: &Atlas, file: &str, today: Date, problems: &mut Vec<Problem>) {
    // An event may be announced for next year, not later.
    let last_year = today.year + 1;
    for event in &atlas.events {
        let path = format!("event \"{}\"", event.id);
        let mut push = |message: String| problems.push(Problem::new(file, &path, message));
        if event.sources.is_empty() {
            push("has no source".into());
        }
        for (field, date) in
            std::iter::once(("start", event.start)).chain(event.end.map(|end| ("end", end)))
        {
            if date.year < EARLIEST_YEAR {
                push(format!("{field} {date} is before {EARLIEST_YEAR}"));
            } else if date.year > last_year {
                push(format!("{field} {date} is after {last_year} (next year)"));
            }
        }
        if !EVENT_KINDS.contains(&event.kind.as_str()) {
            push(format!(
                "unknown kind \"{}\" (known: {})",
                event.kind,
                EVENT_KINDS.join(", ")
            ));
        }
        for tag in &event.tags {
            if !FIELDS.contains(&tag.as_str()) {
                push(format!(
                    "unknown tag \"{tag}\" (known: {})",
                    FIELDS.join(", ")
                ));
            }
        }
        for id in &event.organizations {
            if atlas.organization(id).is_none() {
                push(format!("unknown organization id \"{id}\""));
            }
        }
        if event.end.is_some_and(|end| end < event.start) {
            push("end is before start".into());
        }
        match atlas.world.country_by_key(&event.country_iso3) {
            None => push(format!("unknown country code \"{}\"", event.country_iso3)),
            Some(_) => {
                if let Some(message) =
                    city_far_from_country(atlas, event.lon, event.lat, &event.country_iso3)
                {
                    push(message);
                }
            }
        }
    }
}

/// Why `[lon, lat]` cannot be a city of the country (or historical state) `code`: out of
/// range, or more than [`MAX_CITY_DISTANCE_KM`] from its polygons. `None` when it fits or the
/// code is unknown (reported apart).
fn city_far_from_country(atlas: &Atlas, lon: f64, lat: f64, code: &str) -> Option<String> {
    if !((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat)) {
        return Some(format!(
            "coordinates [{lon}, {lat}] are outside [-180..180, -90..90]"
        ));
    }
    let nearest = atlas
        .keys_for_member(code)
        .into_iter()
        .filter_map(|key| atlas.world.country_by_key(key))
        .map(|country| (country.distance_km(lon, lat), country))
        .min_by(|a, b| a.0.total_cmp(&b.0));
    let (distance, country) = nearest?;
    (distance > MAX_CITY_DISTANCE_KM).then(|| {
        format!(
            "[{lon}, {lat}] is {distance:.0} km from {} ({}), more than {MAX_CITY_DISTANCE_KM} km",
            country.name, country.key
        )
    })
}

fn check_founded_city(
    atlas: &Atlas,
    city: &City,
    path: &str,
    file: &str,
    problems: &mut Vec<Problem>,
) {
    let path = format!("{path}.founded_city (\"{}\")", city.name);
    if !atlas.is_known_country_code(&city.country_iso3) {
        problems.push(Problem::new(
            file,
            path,
            format!("unknown country code \"{}\"", city.country_iso3),
        ));
    } else if let Some(message) =
        city_far_from_country(atlas, city.lon, city.lat, &city.country_iso3)
    {
        problems.push(Problem::new(file, path, message));
    }
}

/// Sourced member counts: from the founding year to this year, and no more than a body can
/// have.
fn check_member_counts(
    organization: &Organization,
    path: &str,
    file: &str,
    today: Date,
    problems: &mut Vec<Problem>,
) {
    for (index, count) in organization.member_counts.iter().enumerate() {
        let path = format!("{path}.member_counts[{index}] ({})", count.year);
        let founded = organization.founded.year;
        if count.year < founded {
            problems.push(Problem::new(
                file,
                &path,
                format!("year {} is before the founding in {founded}", count.year),
            ));
        } else if count.year > today.year {
            problems.push(Problem::new(
                file,
                &path,
                format!("year {} is after this year, {}", count.year, today.year),
            ));
        }
        if count.count > MAX_MEMBER_COUNT {
            problems.push(Problem::new(
                file,
                &path,
                format!(
                    "count {} is more than {MAX_MEMBER_COUNT}, more members than there are states",
                    count.count
                ),
            ));
        }
    }
}

fn spans_overlap(a: &Membership, b: &Membership) -> bool {
    let a_before_b_ends = b.left.is_none_or(|left| a.joined < left);
    let b_before_a_ends = a.left.is_none_or(|left| b.joined < left);
    a_before_b_ends && b_before_a_ends
}

fn check_organizations(atlas: &Atlas, file: &str, today: Date, problems: &mut Vec<Problem>) {
    for organization in &atlas.organizations {
        let path = format!("organization \"{}\"", organization.id);
        if organization.sources.is_empty() {
            problems.push(Problem::new(file, &path, "has no source"));
        }
        if !ORGANIZATION_KINDS.contains(&organization.kind.as_str()) {
            problems.push(Problem::new(
                file,
                &path,
                format!(
                    "unknown kind \"{}\" (known: {})",
                    organization.kind,
                    ORGANIZATION_KINDS.join(", ")
                ),
            ));
        }
        check_member_counts(organization, &path, file, today, problems);
        if organization
            .dissolved
            .is_some_and(|dissolved| dissolved <= organization.founded)
        {
            problems.push(Problem::new(file, &path, "dissolved is not after founded"));
        }
        if organization
            .in_force
            .is_some_and(|in_force| in_force < organization.founded)
        {
            problems.push(Problem::new(file, &path, "in_force is before founded"));
        }
        if let Some(successor) = &organization.succeeded_by
            && atlas.organization(successor).is_none()
        {
            problems.push(Problem::new(
                file,
                &path,
                format!("succeeded_by \"{successor}\" is not an organization id"),
            ));
        }
        if let Some(event) = &organization.founding_event
            && atlas.event(event).is_none()
        {
            problems.push(Problem::new(
                file,
                &path,
                format!("founding_event \"{event}\" is not an event id"),
            ));
        }
        if let Some(city) = &organization.founded_city {
            check_founded_city(atlas, city, &path, file, problems);
        }
        for tag in &organization.tags {
            if !FIELDS.contains(&tag.as_str()) {
                problems.push(Problem::new(file, &path, format!("unknown tag \"{tag}\"")));
            }
        }
        for (index, member) in organization.members.iter().enumerate() {
            let member_path = format!("{path}.members[{index}] (country \"{}\")", member.country);
            if !atlas.is_known_country_code(&member.country) {
                problems.push(Problem::new(
                    file,
                    &member_path,
                    format!("unknown country code \"{}\"", member.country),
                ));
            }
            if member.left.is_some_and(|left| left <= member.joined) {
                problems.push(Problem::new(file, &member_path, "left is not after joined"));
            }
            if organization
                .dissolved
                .is_some_and(|dissolved| member.joined >= dissolved)
            {
                problems.push(Problem::new(
                    file,
                    &member_path,
                    "joined on or after the body was dissolved",
                ));
            }
            if member.joined < organization.founded {
                problems.push(Problem::new(
                    file,
                    &member_path,
                    format!(
                        "joined {} before the founding on {}",
                        member.joined, organization.founded
                    ),
                ));
            }
            for (s, suspension) in member.suspensions.iter().enumerate() {
                let inside = member.joined <= suspension.from
                    && match (suspension.until, member.left) {
                        (_, None) => true,
                        (Some(until), Some(left)) => until <= left,
                        (None, Some(_)) => false,
                    };
                if !inside
                    || suspension
                        .until
                        .is_some_and(|until| until <= suspension.from)
                {
                    problems.push(Problem::new(
                        file,
                        format!("{member_path}.suspensions[{s}]"),
                        "suspension is not within the membership span",
                    ));
                }
            }
            for (other_index, other) in organization.members.iter().enumerate().skip(index + 1) {
                if other.country == member.country && spans_overlap(member, other) {
                    problems.push(Problem::new(
                        file,
                        &member_path,
                        format!("overlaps members[{other_index}] of the same country"),
                    ));
                }
            }
        }
    }
}

fn check_countries(atlas: &Atlas, file: &str, problems: &mut Vec<Problem>) {
    for state in &atlas.historical_states {
        let path = format!("historical_states \"{}\"", state.code);
        if atlas.world.country_by_key(&state.code).is_some() {
            problems.push(Problem::new(
                file,
                &path,
                "code is also a map key; pick another",
            ));
        }
        for key in &state.covers {
            if atlas.world.country_by_key(key).is_none() {
                problems.push(Problem::new(
                    file,
                    &path,
                    format!("covers unknown map key \"{key}\""),
                ));
            }
        }
        if state.sources.is_empty() {
            problems.push(Problem::new(file, &path, "has no source"));
        }
    }
    for country in &atlas.country_histories {
        let path = format!("countries \"{}\"", country.key);
        if atlas.world.country_by_key(&country.key).is_none() {
            problems.push(Problem::new(
                file,
                &path,
                format!("unknown map key \"{}\"", country.key),
            ));
        }
        for (index, period) in country.periods.iter().enumerate() {
            let period_path = format!("{path}.periods[{index}]");
            if period.sources.is_empty() && country.sources.is_empty() {
                problems.push(Problem::new(file, &period_path, "has no source"));
            }
            if let (Some(from), Some(until)) = (period.from, period.until)
                && until <= from
            {
                problems.push(Problem::new(file, &period_path, "until is not after from"));
            }
            if let Some(part_of) = &period.part_of
                && !atlas.is_known_country_code(part_of)
            {
                problems.push(Problem::new(
                    file,
                    &period_path,
                    format!("part_of names unknown code \"{part_of}\""),
                ));
            }
            if let Some(next) = country.periods.get(index + 1) {
                let ordered = match (period.until, next.from) {
                    (Some(until), Some(from)) => from >= until,
                    _ => false,
                };
                if !ordered {
                    problems.push(Problem::new(
                        file,
                        &period_path,
                        "overlaps the next period or is out of order",
                    ));
                }
            }
        }
    }
}
