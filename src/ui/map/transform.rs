//! The projector: world units to screen points and back for one frame.

use egui::{Pos2, Rect, Vec2};

use crate::geo::{WorldPoint, WorldRect};
use crate::state::MapView;

/// Between world units and screen points for one frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapTransform {
    screen_center: Pos2,
    world_center: WorldPoint,
    points_per_world: f64,
}

impl MapTransform {
    pub fn new(rect: Rect, view: MapView) -> Self {
        Self {
            screen_center: rect.center(),
            world_center: view.center,
            points_per_world: view
                .points_per_world(f64::from(rect.width()), f64::from(rect.height())),
        }
    }

    pub fn screen_from_world(&self, p: WorldPoint) -> Pos2 {
        Pos2::new(
            self.screen_center.x + ((p.x - self.world_center.x) * self.points_per_world) as f32,
            self.screen_center.y - ((p.y - self.world_center.y) * self.points_per_world) as f32,
        )
    }

    pub fn world_from_screen(&self, pos: Pos2) -> WorldPoint {
        WorldPoint {
            x: self.world_center.x
                + f64::from(pos.x - self.screen_center.x) / self.points_per_world,
            y: self.world_center.y
                - f64::from(pos.y - self.screen_center.y) / self.points_per_world,
        }
    }

    /// A distance on screen as a distance in world units (y flipped).
    pub fn world_delta_from_screen(&self, delta: Vec2) -> WorldPoint {
        WorldPoint {
            x: f64::from(delta.x) / self.points_per_world,
            y: -f64::from(delta.y) / self.points_per_world,
        }
    }

    pub fn world_center(&self) -> WorldPoint {
        self.world_center
    }

    pub fn points_per_world(&self) -> f64 {
        self.points_per_world
    }

    pub fn visible_world(&self, rect: Rect) -> WorldRect {
        let a = self.world_from_screen(rect.left_top());
        let b = self.world_from_screen(rect.right_bottom());
        WorldRect {
            min: WorldPoint {
                x: a.x.min(b.x),
                y: a.y.min(b.y),
            },
            max: WorldPoint {
                x: a.x.max(b.x),
                y: a.y.max(b.y),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::HALF_WIDTH;
    use crate::state::MapView;

    #[test]
    fn screen_and_world_round_trip() {
        let rect = Rect::from_min_size(Pos2::new(10.0, 20.0), Vec2::new(1200.0, 600.0));
        let view = MapView {
            center: WorldPoint { x: 0.5, y: -0.2 },
            zoom: 3.0,
        };
        let transform = MapTransform::new(rect, view);
        let world = WorldPoint { x: 0.7, y: 0.1 };
        let back = transform.world_from_screen(transform.screen_from_world(world));
        assert!((back.x - world.x).abs() < 1e-5 && (back.y - world.y).abs() < 1e-5);
        // North is up: a larger y is higher on screen.
        let north = transform.screen_from_world(WorldPoint { x: 0.7, y: 0.2 });
        assert!(north.y < transform.screen_from_world(world).y);
        // The view's centre is the rect's centre.
        assert_eq!(transform.screen_from_world(view.center), rect.center());
    }

    #[test]
    fn home_view_fits_the_whole_width() {
        let rect = Rect::from_min_size(Pos2::ZERO, Vec2::new(1000.0, 1000.0));
        let transform = MapTransform::new(rect, crate::state::HOME_VIEW);
        let west = transform.screen_from_world(WorldPoint {
            x: -HALF_WIDTH,
            y: 0.0,
        });
        let east = transform.screen_from_world(WorldPoint {
            x: HALF_WIDTH,
            y: 0.0,
        });
        assert!((west.x - 0.0).abs() < 0.01 && (east.x - 1000.0).abs() < 0.01);
    }
}
