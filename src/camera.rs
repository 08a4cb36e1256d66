//! The map's camera: the view kept between frames (centre and zoom), the home view, the
//! zoom limits, and the pan, zoom, clamp and fit maths. No egui here; the map panel turns a
//! view into screen points with its projector (`ui::map::MapTransform`).

use crate::data::GeoBox;
use crate::geo::{HALF_HEIGHT, HALF_WIDTH, WorldPoint, WorldRect, world_from_lon_lat};

/// Half the world height shown at zoom 1: the whole width fits, Antarctica's interior is
/// cropped.
pub const HOME_HALF_HEIGHT: f64 = 1.19;

pub const MIN_ZOOM: f64 = 0.8;
pub const MAX_ZOOM: f64 = 40.0;

/// Camera of the map, kept between frames: centre in world units and zoom (1 = whole map).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    pub center: WorldPoint,
    pub zoom: f64,
}

/// The default view: the whole width, cropped above Antarctica's interior.
pub const HOME_VIEW: MapView = MapView {
    center: WorldPoint { x: 0.0, y: 0.14 },
    zoom: 1.0,
};

impl MapView {
    /// Moved by a distance in world units, kept on the map.
    #[must_use]
    pub fn panned(self, delta_world: WorldPoint) -> Self {
        Self {
            center: WorldPoint {
                x: self.center.x + delta_world.x,
                y: self.center.y + delta_world.y,
            },
            ..self
        }
        .clamped()
    }

    /// Zoomed by `factor` (within the limits), keeping `anchor_world` where it was on screen.
    #[must_use]
    pub fn zoomed(self, factor: f64, anchor_world: WorldPoint) -> Self {
        if !factor.is_finite() || factor <= 0.0 {
            return self;
        }
        let zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        // The anchor's offset from the centre shrinks by old/new zoom on screen; move the
        // centre toward it by the rest.
        let keep = 1.0 - self.zoom / zoom;
        Self {
            center: WorldPoint {
                x: self.center.x + (anchor_world.x - self.center.x) * keep,
                y: self.center.y + (anchor_world.y - self.center.y) * keep,
            },
            zoom,
        }
        .clamped()
    }

    /// The centre kept on the map, so the world cannot be panned out of sight.
    #[must_use]
    pub fn clamped(self) -> Self {
        Self {
            center: WorldPoint {
                x: self.center.x.clamp(-HALF_WIDTH, HALF_WIDTH),
                y: self.center.y.clamp(-HALF_HEIGHT, HALF_HEIGHT),
            },
            zoom: self.zoom.clamp(MIN_ZOOM, MAX_ZOOM),
        }
    }

    /// The view that shows a longitude/latitude box with a margin, or the home view.
    pub fn fitting(geo_box: Option<&GeoBox>) -> Self {
        let Some(geo_box) = geo_box else {
            return HOME_VIEW;
        };
        // Project the box's outline (sampled: meridians curve in Equal Earth).
        let mut rect = WorldRect::EMPTY;
        for i in 0..=8 {
            let t = f64::from(i) / 8.0;
            let lon = geo_box.west + (geo_box.east - geo_box.west) * t;
            let lat = geo_box.south + (geo_box.north - geo_box.south) * t;
            for p in [
                world_from_lon_lat(lon, geo_box.south),
                world_from_lon_lat(lon, geo_box.north),
                world_from_lon_lat(geo_box.west, lat),
                world_from_lon_lat(geo_box.east, lat),
            ] {
                rect.extend(p);
            }
        }
        let width = (rect.max.x - rect.min.x).max(1e-3);
        let height = (rect.max.y - rect.min.y).max(1e-3);
        let zoom = (2.0 * HALF_WIDTH / width).min(2.0 * HOME_HALF_HEIGHT / height) * 0.9;
        MapView {
            center: rect.center(),
            zoom: zoom.clamp(MIN_ZOOM, MAX_ZOOM),
        }
    }

    /// Screen points per world unit in a viewport of this size: zoom 1 fits the map's width
    /// (or the home height, whichever is tighter).
    pub fn points_per_world(self, viewport_width_points: f64, viewport_height_points: f64) -> f64 {
        let fit = (viewport_width_points / (2.0 * HALF_WIDTH))
            .min(viewport_height_points / (2.0 * HOME_HALF_HEIGHT));
        fit * self.zoom
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zooming_keeps_the_anchor_on_screen_and_respects_the_limits() {
        let anchor = WorldPoint { x: 1.0, y: 0.5 };
        let before = HOME_VIEW;
        let after = before.zoomed(2.0, anchor);
        let offset = |v: MapView| {
            (
                (anchor.x - v.center.x) * v.zoom,
                (anchor.y - v.center.y) * v.zoom,
            )
        };
        assert!((offset(before).0 - offset(after).0).abs() < 1e-9);
        assert!((offset(before).1 - offset(after).1).abs() < 1e-9);
        assert!((HOME_VIEW.zoomed(1e9, anchor).zoom - MAX_ZOOM).abs() < 1e-12);
        assert!((HOME_VIEW.zoomed(1e-9, anchor).zoom - MIN_ZOOM).abs() < 1e-12);
        assert_eq!(HOME_VIEW.zoomed(f64::NAN, anchor), HOME_VIEW);
    }

    #[test]
    fn panning_stops_at_the_edge_of_the_map() {
        let far = HOME_VIEW.panned(WorldPoint {
            x: 100.0,
            y: -100.0,
        });
        assert!((far.center.x - HALF_WIDTH).abs() < 1e-12);
        assert!((far.center.y + HALF_HEIGHT).abs() < 1e-12);
    }

    #[test]
    fn a_continent_is_fitted_closer_than_the_world() {
        let africa = MapView::fitting(Some(&GeoBox {
            west: -20.0,
            south: -35.0,
            east: 55.0,
            north: 38.0,
        }));
        assert!(africa.zoom > 1.5, "{africa:?}");
        assert!(
            africa.center.y.abs() < 0.3,
            "centred near the equator: {africa:?}"
        );
        assert_eq!(MapView::fitting(None), HOME_VIEW);
    }

    #[test]
    fn zoom_one_fits_the_whole_width_in_a_wide_window() {
        let points_per_world = HOME_VIEW.points_per_world(1000.0, 1000.0);
        assert!((points_per_world * 2.0 * HALF_WIDTH - 1000.0).abs() < 1e-9);
    }
}
