//! "Send this view": a view of the atlas (year, organizations, field filter, camera, open
//! card, theme, panels) read from the state, written as one command line (`command_line`)
//! or a small JSON file (`file`), and a list of view files made into a story (`story`).
//! No egui and no state here: `state` reads a view from itself and turns one into commands.

pub mod file;
pub mod story;

use crate::camera::MapView;
use crate::data::Atlas;
use crate::geo::{lon_lat_from_world, world_from_lon_lat};

/// The camera as the command line's `--view` takes it: degrees and zoom (1 = whole world).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    pub lon: f64,
    pub lat: f64,
    pub zoom: f64,
}

impl Camera {
    /// The camera of a map view, its centre brought inside the map's outline if the view was
    /// panned off it (only the outline has a longitude and latitude).
    pub fn of(view: MapView) -> Self {
        let mut center = view.center;
        let (lon, lat) = loop {
            if let Some(lon_lat) = lon_lat_from_world(center) {
                break lon_lat;
            }
            // Toward the central meridian until inside: the outline is convex across it.
            if center.x.abs() < 1e-9 {
                break (0.0, if center.y > 0.0 { 90.0 } else { -90.0 });
            }
            center.x *= 0.99;
        };
        Self {
            lon,
            lat,
            zoom: view.zoom,
        }
    }

    pub fn map_view(self) -> MapView {
        MapView {
            center: world_from_lon_lat(self.lon, self.lat),
            zoom: self.zoom,
        }
        .clamped()
    }

    /// `LON,LAT,ZOOM` as `--view` reads it: 0.001° (about 100 m) and 0.001 of a zoom step.
    pub fn flag_value(self) -> String {
        format!(
            "{},{},{}",
            round3(self.lon),
            round3(self.lat),
            round3(self.zoom)
        )
    }
}

/// Rounded to three decimals and written without trailing zeros (`2.5`, `-17.447`).
fn round3(value: f64) -> f64 {
    let rounded = (value * 1000.0).round() / 1000.0;
    // No "-0".
    if rounded == 0.0 { 0.0 } else { rounded }
}

/// The card open in the side panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Card {
    Event(String),
    Country(String),
}

/// A view of the atlas. Every part is optional: a view file or a command line may give only
/// some, and the start state keeps the rest.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewSpec {
    pub year: Option<i32>,
    /// Organization ids in the order picked (the first fills, later ones stripe).
    pub organizations: Vec<String>,
    pub field: Option<String>,
    pub camera: Option<Camera>,
    pub card: Option<Card>,
    /// The dark theme (`Some(false)`: the light one).
    pub dark: Option<bool>,
    pub side_panel: Option<bool>,
    pub plots: Option<bool>,
    /// A caption for a story step made from this view (view files only).
    pub caption: Option<String>,
    /// The language of the view ("fr"); English is not written on a command line.
    pub language: Option<String>,
}

impl ViewSpec {
    /// `other`'s parts where it has them, this view's elsewhere (the command line's flags
    /// over a view file).
    #[must_use]
    pub fn overridden_by(mut self, other: Self) -> Self {
        self.year = other.year.or(self.year);
        if !other.organizations.is_empty() {
            self.organizations = other.organizations;
        }
        self.field = other.field.or(self.field);
        self.camera = other.camera.or(self.camera);
        self.card = other.card.or(self.card);
        self.dark = other.dark.or(self.dark);
        self.side_panel = other.side_panel.or(self.side_panel);
        self.plots = other.plots.or(self.plots);
        self.caption = other.caption.or(self.caption);
        self.language = other.language.or(self.language);
        self
    }

    /// The view as one command line that opens it (`ssc-atlas --year 1975 --select oau,opec
    /// --view 10,5,2.5 --event …`). Defaults (light theme, panels open) are left out.
    pub fn command_line(&self) -> String {
        let mut words = vec!["ssc-atlas".to_owned()];
        let mut flag = |name: &str, value: Option<String>| {
            words.push(name.to_owned());
            words.extend(value.map(|v| shell_word(&v)));
        };
        if let Some(year) = self.year {
            flag("--year", Some(year.to_string()));
        }
        if !self.organizations.is_empty() {
            flag("--select", Some(self.organizations.join(",")));
        }
        if let Some(field) = &self.field {
            flag("--field", Some(field.clone()));
        }
        if let Some(camera) = self.camera {
            flag("--view", Some(camera.flag_value()));
        }
        match &self.card {
            Some(Card::Event(id)) => flag("--event", Some(id.clone())),
            Some(Card::Country(key)) => flag("--country", Some(key.clone())),
            None => {}
        }
        if self.dark == Some(true) {
            flag("--dark", None);
        }
        if self.side_panel == Some(false) {
            flag("--hide-panel", None);
        }
        if self.plots == Some(false) {
            flag("--hide-plots", None);
        }
        if let Some(language) = self
            .language
            .as_ref()
            .filter(|l| l.as_str() != crate::i18n::DEFAULT_LANGUAGE)
        {
            flag("--lang", Some(language.clone()));
        }
        words.join(" ")
    }

    /// The ids this view names that `atlas` does not know; the view keeps only the known
    /// ones, in the atlas's spelling (ids in any case: `AU` is `au`).
    pub fn resolve(&mut self, atlas: &Atlas) -> Vec<Unknown> {
        let mut unknown = Vec::new();
        let mut organizations = Vec::new();
        for (index, id) in self.organizations.iter().enumerate() {
            match atlas
                .organizations
                .iter()
                .find(|o| o.id.eq_ignore_ascii_case(id.trim()))
            {
                Some(o) if !organizations.contains(&o.id) => organizations.push(o.id.clone()),
                Some(_) => {}
                None => unknown.push(Unknown::Organization {
                    index,
                    id: id.clone(),
                }),
            }
        }
        self.organizations = organizations;
        if let Some(field) = &self.field {
            if let Some(known) = crate::data::validate::FIELDS
                .iter()
                .find(|f| f.eq_ignore_ascii_case(field.trim()))
            {
                self.field = Some((*known).to_owned());
            } else {
                unknown.push(Unknown::Field(field.clone()));
                self.field = None;
            }
        }
        match &self.card {
            Some(Card::Event(id)) => {
                if let Some(e) = atlas
                    .events
                    .iter()
                    .find(|e| e.id.eq_ignore_ascii_case(id.trim()))
                {
                    self.card = Some(Card::Event(e.id.clone()));
                } else {
                    unknown.push(Unknown::Event(id.clone()));
                    self.card = None;
                }
            }
            Some(Card::Country(key)) => match atlas.country_code(key) {
                Some(code) if atlas.is_known_country_code(&code) => {
                    self.card = Some(Card::Country(code));
                }
                _ => {
                    unknown.push(Unknown::Country(key.clone()));
                    self.card = None;
                }
            },
            None => {}
        }
        unknown
    }
}

/// An id a view names that the atlas does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unknown {
    /// The `index`-th of the view's organizations.
    Organization {
        index: usize,
        id: String,
    },
    Field(String),
    Event(String),
    Country(String),
}

impl std::fmt::Display for Unknown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Organization { id, .. } => write!(
                f,
                "unknown organization id \"{id}\"; run `ssc-atlas organizations` for the list"
            ),
            Self::Field(field) => write!(
                f,
                "unknown field of cooperation \"{field}\"; fields are {}",
                crate::data::validate::FIELDS.join(", ")
            ),
            Self::Event(id) => write!(
                f,
                "unknown event id \"{id}\"; run `ssc-atlas events` for the list"
            ),
            Self::Country(key) => write!(
                f,
                "unknown country key \"{key}\"; keys are ISO 3166-1 alpha-3 codes of today's map (GHA, ZMB …) or historical state codes"
            ),
        }
    }
}

/// `text` as one word for a POSIX shell: as it is when it is plain, else in single quotes.
fn shell_word(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.,/:+=@".contains(c));
    if plain {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::WorldPoint;

    #[test]
    fn the_command_line_leaves_defaults_out_and_quotes_only_what_a_shell_would_split() {
        let view = ViewSpec {
            year: Some(1975),
            organizations: vec!["au".into(), "opec".into()],
            camera: Some(Camera {
                lon: 10.000_4,
                lat: -5.25,
                zoom: 2.5,
            }),
            card: Some(Card::Event("bandung".into())),
            dark: Some(false),
            side_panel: Some(true),
            plots: Some(false),
            ..ViewSpec::default()
        };
        assert_eq!(
            view.command_line(),
            "ssc-atlas --year 1975 --select au,opec --view 10,-5.25,2.5 --event bandung --hide-plots"
        );
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        assert_eq!(shell_word("a b"), "'a b'");
    }

    #[test]
    fn a_camera_off_the_map_outline_is_brought_onto_it() {
        let corner = MapView {
            center: WorldPoint {
                x: crate::geo::HALF_WIDTH,
                y: crate::geo::HALF_HEIGHT * 0.9,
            },
            zoom: 3.0,
        };
        let camera = Camera::of(corner);
        assert!(camera.lon.abs() <= 180.0 && camera.lat > 60.0, "{camera:?}");
    }

    #[test]
    fn unknown_ids_are_named_and_dropped_and_known_ones_take_the_atlas_spelling() {
        let atlas = crate::data::load_atlas(&crate::data::DataSource::Bundled);
        let mut view = ViewSpec {
            organizations: vec!["OPEC".into(), "nato".into()],
            field: Some("Trade".into()),
            card: Some(Card::Country("gha".into())),
            ..ViewSpec::default()
        };
        let unknown = view.resolve(&atlas);
        assert_eq!(
            unknown,
            [Unknown::Organization {
                index: 1,
                id: "nato".into()
            }]
        );
        assert_eq!(view.organizations, ["opec"]);
        assert_eq!(view.field.as_deref(), Some("trade"));
        assert_eq!(view.card, Some(Card::Country("GHA".into())));
    }
}
