//! A large synthetic data set for benchmarks: thousands of events and many organizations
//! over whatever map is loaded. Deterministic (seeded), so runs compare. Never shown as fact:
//! every generated record says it is generated.

use super::atlas::Atlas;
use super::model::{Event, MemberStatus, Membership, Organization, Source};
use crate::geo::lon_lat_from_world;
use crate::time::Date;

/// How much to generate.
#[derive(Clone, Copy, Debug)]
pub struct LargeSpec {
    pub events: usize,
    pub organizations: usize,
    pub seed: u64,
    /// The last year events and joins may fall in: part of the spec, not read from a clock,
    /// so a seed gives the same data in any year.
    pub last_year: i32,
}

impl Default for LargeSpec {
    fn default() -> Self {
        Self {
            events: 10_000,
            organizations: 100,
            seed: 1955,
            last_year: 2026,
        }
    }
}

/// A few cities per country, so markers group as real host cities do.
const CITIES_PER_COUNTRY: usize = 4;

/// Small deterministic generator (SplitMix64): benchmarks need repeatable data, not quality.
struct SplitMix(u64);

impl SplitMix {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    fn year_in(&mut self, first: i32, last: i32) -> i32 {
        first + self.below((last - first + 1) as usize) as i32
    }

    fn date_in(&mut self, first: i32, last: i32) -> Date {
        Date::ymd(
            self.year_in(first, last),
            1 + self.below(12) as u8,
            1 + self.below(28) as u8,
        )
    }
}

fn generated_source() -> Source {
    Source {
        title: "Generated for benchmarking (not a historical record)".into(),
        url: "https://example.org/generated".into(),
    }
}

/// Adds `spec.events` events and `spec.organizations` organizations to `atlas`, placed in
/// the countries of its map. Events keep the atlas sorted by start date.
pub fn add_generated(atlas: &mut Atlas, spec: &LargeSpec) {
    let mut rng = SplitMix(spec.seed);
    let countries: Vec<usize> = (0..atlas.world.countries.len())
        .filter(|&i| atlas.world.countries[i].fill_indices.len() >= 3)
        .collect();
    if countries.is_empty() {
        return;
    }
    let mut cities: Vec<(String, String, f64, f64)> = Vec::new();
    for &index in &countries {
        let country = &atlas.world.countries[index];
        let triangles = country.fill_indices.len() / 3;
        let vertices: Vec<crate::geo::WorldPoint> = country.fill_vertices().collect();
        for k in 0..CITIES_PER_COUNTRY {
            let t = rng.below(triangles) * 3;
            let [a, b, c] = [0, 1, 2].map(|j| vertices[country.fill_indices[t + j] as usize]);
            let centroid = crate::geo::WorldPoint {
                x: (a.x + b.x + c.x) / 3.0,
                y: (a.y + b.y + c.y) / 3.0,
            };
            if let Some((lon, lat)) = lon_lat_from_world(centroid) {
                cities.push((
                    format!("{} city {}", country.name, k + 1),
                    country.key.clone(),
                    lon,
                    lat,
                ));
            }
        }
    }
    if cities.is_empty() {
        return;
    }
    let last_year = spec.last_year;
    let kinds = ["conference", "summit", "ministerial", "declaration"];
    let fields = ["trade", "finance", "health", "education", "energy"];
    for i in 0..spec.events {
        let (city, key, lon, lat) = cities[rng.below(cities.len())].clone();
        let start = rng.date_in(1945, last_year);
        atlas.events.push(Event {
            id: format!("generated-event-{i}"),
            kind: kinds[rng.below(kinds.len())].into(),
            series: None,
            number: None,
            title: format!("Generated meeting {i}"),
            start,
            end: None,
            city,
            country: key.clone(),
            country_iso3: key,
            lon,
            lat,
            organizations: Vec::new(),
            summary: "Generated for benchmarking.".into(),
            tags: vec![fields[rng.below(fields.len())].into()],
            participants: None,
            sources: vec![generated_source()],
            note: None,
        });
    }
    atlas
        .events
        .sort_by(|a, b| a.start.cmp(&b.start).then(a.id.cmp(&b.id)));

    for i in 0..spec.organizations {
        let founded = rng.date_in(1945, 2000);
        let member_count = 5 + rng.below(60);
        let mut members = Vec::with_capacity(member_count);
        for _ in 0..member_count {
            let key = atlas.world.countries[countries[rng.below(countries.len())]]
                .key
                .clone();
            if members.iter().any(|m: &Membership| m.country == key) {
                continue;
            }
            let joined = rng.date_in(founded.year, last_year);
            let left = (rng.below(5) == 0).then(|| rng.date_in(joined.year + 1, last_year + 1));
            members.push(Membership {
                country: key,
                joined,
                left,
                status: MemberStatus::Member,
                joined_basis: crate::data::JoinedBasis::Admission,
                suspensions: Vec::new(),
                note: None,
                sources: vec![generated_source()],
            });
        }
        let color = rng.next_u64().to_le_bytes();
        atlas.organizations.push(Organization {
            id: format!("generated-org-{i}"),
            name: format!("Generated Organization {i}"),
            short_name: format!("GEN{i}"),
            former_names: Vec::new(),
            kind: "generated".into(),
            founded,
            in_force: None,
            dissolved: None,
            succeeded_by: None,
            founded_city: None,
            founding_event: None,
            color: [color[0], color[1], color[2]],
            tags: Vec::new(),
            members,
            member_counts: Vec::new(),
            sources: vec![generated_source()],
            note: Some("Generated for benchmarking.".into()),
        });
    }
}

/// One `Polygon` geometry of `vertices` points as `GeoJSON` text: a circle of `radius_deg`
/// around `[lon, lat]` whose coast wiggles in and out (half the corners point inward), like
/// an over-detailed coastline. For measuring how loading grows with the size of a map.
pub fn dense_polygon_geometry(vertices: usize, center: [f64; 2], radius_deg: f64) -> String {
    use std::fmt::Write as _;
    let mut text = String::with_capacity(vertices * 40 + 64);
    text.push_str(r#"{"type":"Polygon","coordinates":[["#);
    let count = vertices.max(3);
    let spacing_deg = std::f64::consts::TAU * radius_deg / count as f64;
    for i in 0..=count {
        let angle = std::f64::consts::TAU * (i % count) as f64 / count as f64;
        // Every other corner a step inward (as far as the points are apart), on a slow
        // swell: a coast with detail at the scale of its points, far from convex.
        let step_in = if i % 2 == 0 { 0.0 } else { spacing_deg };
        let radius = radius_deg * (1.0 + 0.05 * (angle * 7.0).sin()) - step_in;
        let lon = center[0] + radius * angle.cos();
        let lat = center[1] + radius * angle.sin();
        if i > 0 {
            text.push(',');
        }
        let _ = write!(text, "[{lon:.7},{lat:.7}]");
    }
    text.push_str("]]}");
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{DataSource, load_atlas};

    #[test]
    fn generates_the_requested_amounts_inside_the_map_and_sorted() {
        let mut atlas = load_atlas(&DataSource::Bundled);
        let (events_before, orgs_before) = (atlas.events.len(), atlas.organizations.len());
        let spec = LargeSpec {
            events: 500,
            organizations: 7,
            seed: 3,
            ..LargeSpec::default()
        };
        add_generated(&mut atlas, &spec);
        assert_eq!(atlas.events.len(), events_before + 500);
        assert_eq!(atlas.organizations.len(), orgs_before + 7);
        assert!(atlas.events.windows(2).all(|w| w[0].start <= w[1].start));
        for event in atlas
            .events
            .iter()
            .filter(|e| e.id.starts_with("generated-"))
        {
            let country = atlas.world.country_by_key(&event.country_iso3).unwrap();
            let point = crate::geo::world_from_lon_lat(event.lon, event.lat);
            assert!(
                country.contains(point),
                "{} outside {}",
                event.id,
                country.key
            );
        }
        // Same seed, same data.
        let mut again = load_atlas(&DataSource::Bundled);
        add_generated(&mut again, &spec);
        let ids = |a: &Atlas| {
            a.events
                .iter()
                .map(|e| (e.id.clone(), e.start))
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&atlas), ids(&again));
    }
}
