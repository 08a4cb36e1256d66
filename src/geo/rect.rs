//! Axis-aligned boxes in world units.

use super::projection::WorldPoint;

/// Axis-aligned box in world units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WorldRect {
    pub min: WorldPoint,
    pub max: WorldPoint,
}

impl WorldRect {
    pub const EMPTY: Self = Self {
        min: WorldPoint {
            x: f64::MAX,
            y: f64::MAX,
        },
        max: WorldPoint {
            x: f64::MIN,
            y: f64::MIN,
        },
    };

    pub fn extend(&mut self, p: WorldPoint) {
        self.min.x = self.min.x.min(p.x);
        self.min.y = self.min.y.min(p.y);
        self.max.x = self.max.x.max(p.x);
        self.max.y = self.max.y.max(p.y);
    }

    pub fn contains(&self, p: WorldPoint) -> bool {
        p.x >= self.min.x && p.x <= self.max.x && p.y >= self.min.y && p.y <= self.max.y
    }

    pub fn intersects(&self, other: &Self) -> bool {
        self.min.x <= other.max.x
            && other.min.x <= self.max.x
            && self.min.y <= other.max.y
            && other.min.y <= self.max.y
    }

    pub fn center(&self) -> WorldPoint {
        WorldPoint {
            x: f64::midpoint(self.min.x, self.max.x),
            y: f64::midpoint(self.min.y, self.max.y),
        }
    }
}
