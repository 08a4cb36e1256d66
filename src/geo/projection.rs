//! The Equal Earth projection (Šavrič, Patterson, Jenny 2018): equal-area, so Africa keeps
//! its true size. World units: the sphere has radius 1; x grows east, y grows north.

const A1: f64 = 1.340_264;
const A2: f64 = -0.081_106;
const A3: f64 = 0.000_893;
const A4: f64 = 0.003_796;

/// sin θ = M sin φ, the parametric latitude's scale.
fn m() -> f64 {
    3.0_f64.sqrt() / 2.0
}

/// A point in projected world units.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct WorldPoint {
    pub x: f64,
    pub y: f64,
}

/// Projects longitude/latitude in degrees to world units.
pub fn world_from_lon_lat(lon_deg: f64, lat_deg: f64) -> WorldPoint {
    let lambda = lon_deg.to_radians();
    let phi = lat_deg.clamp(-90.0, 90.0).to_radians();
    let theta = (m() * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let denominator = 3.0 * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1);
    WorldPoint {
        x: 2.0 * 3.0_f64.sqrt() * lambda * theta.cos() / denominator,
        y: theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)),
    }
}

/// Inverse projection; `None` outside the map's outline.
pub fn lon_lat_from_world(point: WorldPoint) -> Option<(f64, f64)> {
    // Newton's method on y(θ) = point.y.
    let mut theta = point.y;
    for _ in 0..20 {
        let t2 = theta * theta;
        let t6 = t2 * t2 * t2;
        let f = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - point.y;
        let derivative = A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
        let step = f / derivative;
        theta -= step;
        if step.abs() < 1e-12 {
            break;
        }
    }
    let sin_phi = theta.sin() / m();
    if !(-1.0..=1.0).contains(&sin_phi) {
        return None;
    }
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let lambda = 3.0 * point.x * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1)
        / (2.0 * 3.0_f64.sqrt() * theta.cos());
    let lon = lambda.to_degrees();
    let lat = sin_phi.asin().to_degrees();
    (lon.abs() <= 180.0 + 1e-9).then_some((lon, lat))
}

/// The map's extent in world units: x within ±`HALF_WIDTH`, y within ±`HALF_HEIGHT`.
pub const HALF_WIDTH: f64 = 2.706_629_5;
pub const HALF_HEIGHT: f64 = 1.317_362_8;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_across_the_globe() {
        for lat in (-85..=85).step_by(5) {
            for lon in (-180..=180).step_by(15) {
                let world = world_from_lon_lat(f64::from(lon), f64::from(lat));
                let (lon2, lat2) = lon_lat_from_world(world).unwrap();
                assert!(
                    (f64::from(lon) - lon2).abs() < 1e-6,
                    "lon {lon} {lat}: {lon2}"
                );
                assert!(
                    (f64::from(lat) - lat2).abs() < 1e-6,
                    "lat {lon} {lat}: {lat2}"
                );
            }
        }
    }

    #[test]
    fn extent_matches_the_constants() {
        let corner_x = world_from_lon_lat(180.0, 0.0).x;
        let pole_y = world_from_lon_lat(0.0, 90.0).y;
        assert!((corner_x - HALF_WIDTH).abs() < 1e-6, "{corner_x}");
        assert!((pole_y - HALF_HEIGHT).abs() < 1e-6, "{pole_y}");
    }

    #[test]
    fn is_equal_area() {
        // A 10°×10° cell at the equator and one at 60°N must keep their true area ratio
        // (sin 10° − sin 0°) : (sin 70° − sin 60°).
        let cell_area = |lat0: f64| {
            // x varies with latitude; integrate numerically with slices.
            let slices = 200;
            let mut area = 0.0;
            for i in 0..slices {
                let lat = lat0 + 10.0 * (f64::from(i) + 0.5) / f64::from(slices);
                let width = world_from_lon_lat(10.0, lat).x - world_from_lon_lat(0.0, lat).x;
                let y0 = world_from_lon_lat(0.0, lat0 + 10.0 * f64::from(i) / f64::from(slices)).y;
                let y1 =
                    world_from_lon_lat(0.0, lat0 + 10.0 * f64::from(i + 1) / f64::from(slices)).y;
                area += width * (y1 - y0);
            }
            area
        };
        let ratio = cell_area(0.0) / cell_area(60.0);
        let expected =
            (10f64.to_radians().sin()) / (70f64.to_radians().sin() - 60f64.to_radians().sin());
        assert!(
            (ratio / expected - 1.0).abs() < 1e-3,
            "{ratio} vs {expected}"
        );
    }

    #[test]
    fn outside_the_outline_has_no_inverse() {
        assert!(lon_lat_from_world(WorldPoint { x: 2.7, y: 1.2 }).is_none());
    }
}
