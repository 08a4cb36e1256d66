//! The countries of the map: repaired, projected and triangulated once at load, then only
//! transformed and drawn. Hit testing answers "which country is under this point".

use super::borders::link_shared_borders;
use super::country::Country;
use super::hit::{HitGrid, RingBands};
use super::projection::WorldPoint;

/// All countries, with a coarse grid to find candidates for a hit test quickly.
#[derive(Default)]
pub struct World {
    pub countries: Vec<Country>,
    grid: HitGrid,
    index_by_key: std::collections::HashMap<String, usize>,
}

impl World {
    pub fn new(mut countries: Vec<Country>) -> Self {
        link_shared_borders(&mut countries);
        for country in &mut countries {
            country.ring_bands = country
                .polygons
                .iter()
                .map(|polygon| polygon.iter().map(|ring| RingBands::new(ring)).collect())
                .collect();
        }
        let grid = HitGrid::build(countries.iter().map(|c| c.bbox));
        let index_by_key = countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.key.clone(), i))
            .collect();
        Self {
            countries,
            grid,
            index_by_key,
        }
    }

    pub fn country_by_key(&self, key: &str) -> Option<&Country> {
        self.index_of(key).map(|i| &self.countries[i])
    }

    pub fn index_of(&self, key: &str) -> Option<usize> {
        self.index_by_key.get(key).copied()
    }

    /// The country under a world point, if any.
    pub fn hit_test(&self, p: WorldPoint) -> Option<usize> {
        self.grid
            .candidates(p)
            .iter()
            .map(|&i| i as usize)
            .find(|&i| self.countries[i].contains(p))
    }

    pub fn vertex_count(&self) -> usize {
        self.countries
            .iter()
            .map(|c| c.polygons.iter().flatten().map(Vec::len).sum::<usize>())
            .sum()
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::World;
    use crate::geo::world_from_lon_lat;
    use crate::problem::Problems;

    const FIXTURE: &str = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"key":"SQR","name":"Squareland"},
       "geometry":{"type":"Polygon","coordinates":[[[0,0],[0,10],[10,10],[10,0],[0,0]]]}},
      {"type":"Feature","properties":{"key":"DON","name":"Donut"},
       "geometry":{"type":"Polygon","coordinates":[[[20,0],[20,10],[30,10],[30,0],[20,0]],
                                                    [[23,3],[27,3],[27,7],[23,7],[23,3]]]}},
      {"type":"Feature","properties":{"key":"FJI","name":"Fiji-like"},
       "geometry":{"type":"Polygon","coordinates":[[[175,-15],[-175,-15],[-175,-20],[175,-20],[175,-15]]]}},
      {"type":"Feature","properties":{"name":"No key"},
       "geometry":{"type":"Polygon","coordinates":[[[40,0],[40,1],[41,1],[40,0]]]}},
      {"type":"Feature","properties":{"key":"BAD"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}
    ]}"#;

    pub(crate) fn fixture() -> (World, Problems) {
        let mut problems = Problems::default();
        let world = World::from_geojson(FIXTURE, "fixture.geojson", &mut problems);
        (world, problems)
    }

    /// The bundled 1:50m map, read as the atlas reads it (without going through `data`).
    pub(crate) fn bundled_50m_world() -> World {
        let text = include_str!("../../assets/geo/countries-50m.geojson");
        let mut problems = Problems::default();
        World::from_geojson(text, "geo/countries-50m.geojson", &mut problems)
    }

    #[test]
    fn hit_test_finds_the_country_and_not_the_sea_or_a_hole() {
        let (world, _) = fixture();
        let at = |lon, lat| {
            world
                .hit_test(world_from_lon_lat(lon, lat))
                .map(|i| world.countries[i].key.as_str())
        };
        assert_eq!(at(5.0, 5.0), Some("SQR"));
        assert_eq!(at(21.0, 5.0), Some("DON"));
        assert_eq!(at(25.0, 5.0), None, "inside the hole");
        assert_eq!(at(15.0, 5.0), None, "the sea between");
        assert_eq!(at(179.0, -17.0), Some("FJI"));
        assert_eq!(
            at(-178.0, -17.0),
            Some("FJI"),
            "east of the antimeridian too"
        );
        assert_eq!(at(0.0, 17.0), None);
    }
}
