//! Border linking: which country lies on the other side of each border segment.

use super::country::Country;
use super::projection::WorldPoint;

/// Finds, for every border segment, the neighbouring country that has the same segment.
/// A sorted list, not a hash map: one allocation for ~100,000 segments keeps start-up short.
pub(super) fn link_shared_borders(countries: &mut [Country]) {
    type SegmentKey = ((i64, i64), (i64, i64));
    let quantize = |p: WorldPoint| ((p.x * 1e7).round() as i64, (p.y * 1e7).round() as i64);
    let key = |a: WorldPoint, b: WorldPoint| -> SegmentKey {
        let (a, b) = (quantize(a), quantize(b));
        if a <= b { (a, b) } else { (b, a) }
    };
    let mut owners: Vec<(SegmentKey, u32)> = countries
        .iter()
        .enumerate()
        .flat_map(|(index, country)| {
            country.outlines.iter().flat_map(move |outline| {
                outline
                    .windows(2)
                    .map(move |pair| (key(pair[0], pair[1]), index as u32))
            })
        })
        .collect();
    owners.sort_unstable();
    owners.dedup();
    let neighbour = |segment: SegmentKey, index: usize| {
        let start = owners.partition_point(|(k, _)| *k < segment);
        owners[start..]
            .iter()
            .take_while(|(k, _)| *k == segment)
            .map(|(_, owner)| *owner)
            .find(|&owner| owner as usize != index)
    };
    let linked: Vec<Vec<Vec<Option<u32>>>> = countries
        .iter()
        .enumerate()
        .map(|(index, country)| {
            country
                .outlines
                .iter()
                .map(|outline| {
                    outline
                        .windows(2)
                        .map(|pair| neighbour(key(pair[0], pair[1]), index))
                        .collect()
                })
                .collect()
        })
        .collect();
    for (country, neighbours) in countries.iter_mut().zip(linked) {
        country.outline_neighbors = neighbours;
    }
}

#[cfg(test)]
mod tests {
    use crate::geo::World;
    use crate::problem::Problems;

    #[test]
    fn shared_borders_know_their_neighbour() {
        let mut problems = Problems::default();
        let text = r#"{"features":[
          {"properties":{"key":"AAA"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[0,10],[10,10],[10,0],[0,0]]]}},
          {"properties":{"key":"BBB"},"geometry":{"type":"Polygon","coordinates":[[[10,0],[10,10],[20,10],[20,0],[10,0]]]}}]}"#;
        let world = World::from_geojson(text, "pair.geojson", &mut problems);
        let a = world.country_by_key("AAA").unwrap();
        let shared: usize = a
            .outline_neighbors
            .iter()
            .flatten()
            .filter(|n| **n == Some(1))
            .count();
        let free: usize = a
            .outline_neighbors
            .iter()
            .flatten()
            .filter(|n| n.is_none())
            .count();
        assert_eq!((shared, free), (1, 3), "{:?}", a.outline_neighbors);
    }
}
