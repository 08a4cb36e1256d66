//! Where labels and overlays go on the map: pure functions over screen rectangles and
//! circles, so the rules ("a label never covers a marker", "the caption leaves the step's
//! focus in view") are tested without a window.

use egui::{Pos2, Rect, Vec2};

/// A marker's disc on screen, halo included.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Circle {
    pub center: Pos2,
    pub radius: f32,
}

impl Circle {
    /// Whether the disc and `rect` share any area (touching edges do not count).
    pub fn intersects_rect(&self, rect: Rect) -> bool {
        let nearest = self.center.clamp(rect.min, rect.max);
        nearest.distance_sq(self.center) < self.radius * self.radius
    }
}

/// What a new label must leave uncovered: marker discs and rectangles already placed
/// (labels, captions, notes, the kiosk's invitation).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Obstacles {
    pub circles: Vec<Circle>,
    pub rects: Vec<Rect>,
}

impl Obstacles {
    /// Whether `rect`, grown by `gap` on every side, touches any obstacle.
    pub fn blocks(&self, rect: Rect, gap: f32) -> bool {
        let grown = rect.expand(gap);
        self.circles.iter().any(|c| c.intersects_rect(grown))
            || self.rects.iter().any(|r| overlaps(*r, grown))
    }
}

/// Whether two rectangles share area (touching edges do not count).
pub fn overlaps(a: Rect, b: Rect) -> bool {
    a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y
}

/// Places for a label of `size` beside a marker of `radius` at `center`, `gap` away from
/// its edge, best first: right, left, below, above, then the four diagonals.
pub fn candidates_around(center: Pos2, radius: f32, size: Vec2, gap: f32) -> [Rect; 8] {
    let reach = radius + gap;
    // On the diagonals the label's corner sits on the disc's 45° point pushed out by `gap`.
    let diagonal = radius * std::f32::consts::FRAC_1_SQRT_2 + gap;
    let at = |min: Pos2| Rect::from_min_size(min, size);
    [
        at(center + Vec2::new(reach, -size.y / 2.0)),
        at(center + Vec2::new(-reach - size.x, -size.y / 2.0)),
        at(center + Vec2::new(-size.x / 2.0, reach)),
        at(center + Vec2::new(-size.x / 2.0, -reach - size.y)),
        at(center + Vec2::new(diagonal, -diagonal - size.y)),
        at(center + Vec2::new(diagonal, diagonal)),
        at(center + Vec2::new(-diagonal - size.x, -diagonal - size.y)),
        at(center + Vec2::new(-diagonal - size.x, diagonal)),
    ]
}

/// The first candidate that lies inside `bounds` and clears every obstacle by `gap`;
/// `None` means the label is better left out than drawn over something.
pub fn first_clear(
    candidates: impl IntoIterator<Item = Rect>,
    bounds: Rect,
    obstacles: &Obstacles,
    gap: f32,
) -> Option<Rect> {
    candidates
        .into_iter()
        .find(|r| bounds.contains_rect(*r) && !obstacles.blocks(*r, gap))
}

/// Of the candidates that lie inside `bounds` and clear every obstacle by `gap`, the one
/// that covers the least `focus` weight (ties go to the earlier); `None` when none is clear.
pub fn least_covering_clear(
    candidates: impl IntoIterator<Item = Rect>,
    bounds: Rect,
    obstacles: &Obstacles,
    gap: f32,
    focus: &[Focus],
) -> Option<Rect> {
    let covered = |rect: &Rect| -> f32 {
        focus
            .iter()
            .filter(|f| f.area.intersects_rect(*rect))
            .map(|f| f.weight)
            .sum()
    };
    candidates
        .into_iter()
        .filter(|r| bounds.contains_rect(*r) && !obstacles.blocks(*r, gap))
        .map(|r| (covered(&r), r))
        .fold(None, |best: Option<(f32, Rect)>, (cost, rect)| match best {
            Some((best_cost, _)) if best_cost <= cost => best,
            _ => Some((cost, rect)),
        })
        .map(|(_, rect)| rect)
}

/// Where a box of `size` sits in each corner of `bounds`, `margin` in from the edges, in
/// the order `corners` lists them.
pub fn corner_rects(bounds: Rect, size: Vec2, margin: f32, corners: &[Corner]) -> Vec<Rect> {
    let inner = bounds.shrink(margin);
    corners
        .iter()
        .map(|corner| {
            let x = if corner.is_left() {
                inner.min.x
            } else {
                inner.max.x - size.x
            };
            let y = if corner.is_top() {
                inner.min.y
            } else {
                inner.max.y - size.y
            };
            Rect::from_min_size(Pos2::new(x, y), size)
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corner {
    TopLeft,
    TopRight,
    BottomLeft,
    BottomRight,
}

impl Corner {
    fn is_left(self) -> bool {
        matches!(self, Corner::TopLeft | Corner::BottomLeft)
    }

    fn is_top(self) -> bool {
        matches!(self, Corner::TopLeft | Corner::TopRight)
    }
}

/// Something on the map an overlay should not hide, and how much hiding it costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Focus {
    pub area: Circle,
    pub weight: f32,
}

/// Cost of a rectangle that covers a fixed overlay or leaves the bounds: more than any
/// sum of focus weights, so such a place is taken only when every place is like it.
const BLOCKED_COST: f32 = 1.0e6;

/// The candidate that hides the least: cost is the summed weight of the focus areas it
/// touches, plus a prohibitive cost for leaving `bounds` or overlapping a `fixed` rect.
/// Ties go to the earlier candidate, so callers list their preferred places first.
pub fn least_covering(
    candidates: &[Rect],
    bounds: Rect,
    focus: &[Focus],
    fixed: &[Rect],
) -> Option<usize> {
    let cost = |rect: &Rect| -> f32 {
        let blocked = fixed.iter().filter(|f| overlaps(**f, *rect)).count()
            + usize::from(!bounds.expand(0.5).contains_rect(*rect));
        let covered: f32 = focus
            .iter()
            .filter(|f| f.area.intersects_rect(*rect))
            .map(|f| f.weight)
            .sum();
        blocked as f32 * BLOCKED_COST + covered
    };
    candidates
        .iter()
        .map(cost)
        .enumerate()
        .fold(None, |best: Option<(usize, f32)>, (index, c)| match best {
            Some((_, best_cost)) if best_cost <= c => best,
            _ => Some((index, c)),
        })
        .map(|(index, _)| index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds() -> Rect {
        Rect::from_min_size(Pos2::ZERO, Vec2::new(1000.0, 600.0))
    }

    #[test]
    fn a_circle_touches_a_rect_only_where_they_share_area() {
        let circle = Circle {
            center: Pos2::new(0.0, 0.0),
            radius: 10.0,
        };
        let beside = Rect::from_min_size(Pos2::new(10.0, -5.0), Vec2::splat(5.0));
        assert!(!circle.intersects_rect(beside), "touching the edge is fine");
        let over = Rect::from_min_size(Pos2::new(9.0, -5.0), Vec2::splat(5.0));
        assert!(circle.intersects_rect(over));
        // The rect's corner region: 8,8 is outside a radius-10 disc (distance 11.3).
        let corner = Rect::from_min_size(Pos2::new(8.0, 8.0), Vec2::splat(5.0));
        assert!(!circle.intersects_rect(corner));
    }

    #[test]
    fn every_candidate_clears_its_own_marker() {
        let center = Pos2::new(300.0, 300.0);
        let marker = Circle {
            center,
            radius: 9.0,
        };
        for size in [Vec2::new(120.0, 18.0), Vec2::new(40.0, 60.0)] {
            for rect in candidates_around(center, marker.radius, size, 4.0) {
                assert!(!marker.intersects_rect(rect.expand(3.9)), "{rect:?}");
                assert!(
                    marker.intersects_rect(rect.expand(12.0)),
                    "close by: {rect:?}"
                );
            }
        }
    }

    #[test]
    fn a_label_never_covers_a_marker_another_label_or_an_overlay() {
        // A grid of markers 40 points apart, an overlay in the top left, labels placed in
        // turn: whatever is placed clears everything else.
        let mut obstacles = Obstacles::default();
        let mut centers = Vec::new();
        for row in 0..12 {
            for column in 0..20 {
                // Irregular spacing, like cities.
                let jitter = ((row * 7 + column * 13) % 11) as f32 * 3.0;
                centers.push(Pos2::new(
                    30.0 + column as f32 * 48.0 + jitter,
                    30.0 + row as f32 * 46.0 - jitter,
                ));
            }
        }
        let markers: Vec<Circle> = centers
            .iter()
            .map(|&center| Circle {
                center,
                radius: 9.0,
            })
            .collect();
        obstacles.circles.extend(markers.iter().copied());
        let overlay = Rect::from_min_size(Pos2::new(0.0, 0.0), Vec2::new(300.0, 120.0));
        obstacles.rects.push(overlay);
        let mut placed = Vec::new();
        for (index, center) in centers.iter().enumerate() {
            let size = Vec2::new(20.0 + (index % 5) as f32 * 12.0, 14.0);
            let candidates = candidates_around(*center, 9.0, size, 3.0);
            if let Some(rect) = first_clear(candidates, bounds(), &obstacles, 2.0) {
                obstacles.rects.push(rect);
                placed.push(rect);
            }
        }
        assert!(placed.len() > 20, "some labels find room: {}", placed.len());
        for (index, rect) in placed.iter().enumerate() {
            assert!(bounds().contains_rect(*rect));
            assert!(!overlaps(*rect, overlay), "{rect:?} under the overlay");
            for marker in &markers {
                assert!(!marker.intersects_rect(*rect), "{rect:?} over {marker:?}");
            }
            for other in &placed[index + 1..] {
                assert!(!overlaps(*rect, *other), "{rect:?} over {other:?}");
            }
        }
    }

    #[test]
    fn a_label_with_no_room_is_left_out() {
        let center = Pos2::new(100.0, 100.0);
        let neighbours = Obstacles {
            circles: [(-30.0, 0.0), (30.0, 0.0), (0.0, -25.0), (0.0, 25.0)]
                .into_iter()
                .map(|(dx, dy)| Circle {
                    center: center + Vec2::new(dx, dy),
                    radius: 9.0,
                })
                .collect(),
            rects: Vec::new(),
        };
        let candidates = candidates_around(center, 9.0, Vec2::new(90.0, 16.0), 3.0);
        assert_eq!(first_clear(candidates, bounds(), &neighbours, 2.0), None);
    }

    #[test]
    fn a_label_prefers_a_clear_place_that_leaves_the_focus_uncovered() {
        let center = Pos2::new(300.0, 300.0);
        let size = Vec2::new(100.0, 16.0);
        let candidates = candidates_around(center, 8.0, size, 3.0);
        // A member country's name just right of the marker: the label goes left instead.
        let member = Focus {
            area: Circle {
                center: Pos2::new(360.0, 300.0),
                radius: 5.0,
            },
            weight: 1.0,
        };
        let none = Obstacles::default();
        let chosen = least_covering_clear(candidates, bounds(), &none, 2.0, &[member]).unwrap();
        assert_eq!(chosen, candidates[1], "left of the marker");
        // Without focus, the first preference (right).
        assert_eq!(
            least_covering_clear(candidates, bounds(), &none, 2.0, &[]),
            Some(candidates[0])
        );
        // A clear place always beats a blocked one, however much focus it covers.
        let blocked_left = Obstacles {
            circles: vec![Circle {
                center: Pos2::new(240.0, 300.0),
                radius: 6.0,
            }],
            rects: Vec::new(),
        };
        let chosen =
            least_covering_clear(candidates, bounds(), &blocked_left, 2.0, &[member]).unwrap();
        assert!(!blocked_left.blocks(chosen, 2.0));
        assert!(!member.area.intersects_rect(chosen));
    }

    #[test]
    fn the_caption_goes_where_the_focus_is_not() {
        let size = Vec2::new(400.0, 200.0);
        let corners = [
            Corner::BottomLeft,
            Corner::BottomRight,
            Corner::TopLeft,
            Corner::TopRight,
        ];
        let candidates = corner_rects(bounds(), size, 24.0, &corners);
        // Nothing to avoid: the first preference.
        assert_eq!(least_covering(&candidates, bounds(), &[], &[]), Some(0));
        for focus_point in [
            Pos2::new(100.0, 500.0),
            Pos2::new(900.0, 500.0),
            Pos2::new(100.0, 100.0),
            Pos2::new(200.0, 450.0),
        ] {
            let focus = [Focus {
                area: Circle {
                    center: focus_point,
                    radius: 20.0,
                },
                weight: 100.0,
            }];
            let chosen = least_covering(&candidates, bounds(), &focus, &[]).unwrap();
            assert!(
                !candidates[chosen].contains(focus_point),
                "{focus_point:?} under {:?}",
                candidates[chosen]
            );
        }
        // A fixed overlay (the step counter) in the bottom right rules that corner out
        // even when it is the only one free of focus.
        let counter = Rect::from_min_size(Pos2::new(900.0, 540.0), Vec2::new(80.0, 40.0));
        let focus: Vec<Focus> = [(100.0, 500.0), (100.0, 100.0), (900.0, 100.0)]
            .into_iter()
            .map(|(x, y)| Focus {
                area: Circle {
                    center: Pos2::new(x, y),
                    radius: 10.0,
                },
                weight: 1.0,
            })
            .collect();
        let chosen = least_covering(&candidates, bounds(), &focus, &[counter]).unwrap();
        assert!(!overlaps(candidates[chosen], counter));
    }

    #[test]
    fn the_cheapest_place_wins_when_every_place_covers_something() {
        let size = Vec2::new(400.0, 200.0);
        let candidates = corner_rects(
            bounds(),
            size,
            10.0,
            &[Corner::TopLeft, Corner::TopRight, Corner::BottomLeft],
        );
        let focus = |x: f32, y: f32, weight: f32| Focus {
            area: Circle {
                center: Pos2::new(x, y),
                radius: 5.0,
            },
            weight,
        };
        let focus = [
            focus(100.0, 100.0, 3.0),
            focus(900.0, 100.0, 1.0),
            focus(100.0, 500.0, 2.0),
        ];
        assert_eq!(
            least_covering(&candidates, bounds(), &focus, &[]),
            Some(1),
            "top right hides the least"
        );
    }
}
