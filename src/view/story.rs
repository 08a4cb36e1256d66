//! A lecturer's saved views made into a story file (`ssc-atlas story-from-views`): one step
//! per view, in the order given.

use super::{Card, ViewSpec};
use crate::camera::{HOME_HALF_HEIGHT, MapView};
use crate::data::{Atlas, GeoBox, Problem, Story, StoryStep};
use crate::geo::{HALF_WIDTH, WorldPoint, lon_lat_from_world};
use crate::time::Date;

/// The screen shape a step's box is made for: a projector's 16:9.
const SCREEN_ASPECT: f64 = 16.0 / 9.0;

/// The share of the screen `MapView::fitting` fills with a box: the box is made that much
/// smaller than the screen, so flying to it gives back the saved zoom.
const FIT_MARGIN: f64 = 0.9;

/// One saved view and the file it came from (named in problems).
pub struct SavedView {
    pub file: String,
    pub view: ViewSpec,
}

/// What goes into the story besides the steps.
pub struct StoryHeading<'a> {
    /// The story's id: the new file's name without `.json` (`validate` insists).
    pub id: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
}

/// The story of `views`, and what had to be left out of it (each naming the view file and
/// field). A view without a year gives no step.
pub fn story_from_views(
    heading: &StoryHeading<'_>,
    views: &[SavedView],
    atlas: &Atlas,
) -> (Story, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut steps = Vec::new();
    for SavedView { file, view } in views {
        let Some(year) = view.year else {
            problems.push(Problem::new(
                file,
                "year",
                "missing: a story step needs a year; this view gives no step",
            ));
            continue;
        };
        let date = Date::end_of_year(year);
        let mut organizations = Vec::new();
        for (index, id) in view.organizations.iter().enumerate() {
            match atlas.organization(id) {
                Some(o) if o.founded.year > year => problems.push(Problem::warning(
                    file,
                    format!("organizations[{index}]"),
                    format!(
                        "{id} was founded in {}, after {year}; left out of the step",
                        o.founded.year
                    ),
                )),
                Some(_) => organizations.push(id.clone()),
                None => {}
            }
        }
        let event = match &view.card {
            Some(Card::Event(id)) => match atlas.event(id) {
                Some(e) if e.start.year <= year => Some(e),
                Some(e) => {
                    problems.push(Problem::warning(
                        file,
                        "event",
                        format!(
                            "{id} starts in {}, after {year}; the step opens no card",
                            e.start.year
                        ),
                    ));
                    None
                }
                None => None,
            },
            Some(Card::Country(key)) => {
                problems.push(Problem::warning(
                    file,
                    "country",
                    format!(
                        "a story step opens an event's card, not a country's: {key} is not opened"
                    ),
                ));
                None
            }
            None => None,
        };
        let title = match (&view.card, event) {
            (_, Some(event)) => event.title.clone(),
            (Some(Card::Country(key)), None) => {
                format!("{}, {year}", atlas.country_name_on(key, date))
            }
            _ => {
                let names: Vec<&str> = organizations
                    .iter()
                    .filter_map(|id| atlas.organization(id))
                    .map(|o| o.short_name_on(date))
                    .collect();
                if names.is_empty() {
                    year.to_string()
                } else {
                    format!("{year}: {}", names.join(", "))
                }
            }
        };
        let caption = view.caption.clone().unwrap_or_else(|| match event {
            Some(event) => event.summary.clone(),
            None => default_caption(atlas, &organizations, year),
        });
        steps.push(StoryStep {
            caption,
            title,
            year,
            from_year: None,
            view: view.camera.map(|camera| geo_box_of(camera.map_view())),
            organizations,
            event: event.map(|e| e.id.clone()),
            duration_secs: crate::data::story::DEFAULT_DURATION_SECS,
        });
    }
    let story = Story {
        id: heading.id.to_owned(),
        file: format!("stories/{}.json", heading.id),
        title: heading.title.to_owned(),
        summary: heading.summary.to_owned(),
        steps,
    };
    (story, problems)
}

/// A caption for a view that has none and opens no event: what the map shows.
fn default_caption(atlas: &Atlas, organizations: &[String], year: i32) -> String {
    let date = Date::end_of_year(year);
    let names: Vec<&str> = organizations
        .iter()
        .filter_map(|id| atlas.organization(id))
        .map(|o| o.short_name_on(date))
        .collect();
    match names.as_slice() {
        [] => format!("The world at the end of {year}."),
        [one] => format!("The members of {one} at the end of {year}."),
        [first @ .., last] => format!(
            "The members of {} and {last} at the end of {year}.",
            first.join(", ")
        ),
    }
}

/// A 16:9 longitude/latitude box around `view` that `MapView::fitting` flies back to at the
/// same zoom: fitting takes the tighter of the map's width and the home height, and a 16:9
/// box is bound by its height.
fn geo_box_of(view: MapView) -> GeoBox {
    let half_height = HOME_HALF_HEIGHT * FIT_MARGIN / view.zoom;
    let half_width = (half_height * SCREEN_ASPECT).min(HALF_WIDTH);
    let c = view.center;
    let lon_at = |x: f64| {
        super::Camera::of(MapView {
            center: WorldPoint { x, y: c.y },
            zoom: 1.0,
        })
        .lon
    };
    let lat_at = |y: f64| {
        lon_lat_from_world(WorldPoint { x: 0.0, y })
            .map_or(if y > 0.0 { 90.0 } else { -90.0 }, |(_, lat)| lat)
    };
    let round = |v: f64| (v * 100.0).round() / 100.0;
    GeoBox {
        west: round(lon_at(c.x - half_width)),
        south: round(lat_at(c.y - half_height)),
        east: round(lon_at(c.x + half_width)),
        north: round(lat_at(c.y + half_height)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::Camera;

    #[test]
    fn a_steps_box_flies_back_to_about_the_saved_camera() {
        let camera = Camera {
            lon: 20.0,
            lat: 5.0,
            zoom: 2.5,
        };
        let geo_box = geo_box_of(camera.map_view());
        let flown = MapView::fitting(Some(&geo_box));
        let back = Camera::of(flown);
        assert!(
            (back.zoom - camera.zoom).abs() < 0.25,
            "{back:?} from {geo_box:?}"
        );
        assert!((back.lon - camera.lon).abs() < 2.0, "{back:?}");
        assert!((back.lat - camera.lat).abs() < 3.0, "{back:?}");
    }
}
