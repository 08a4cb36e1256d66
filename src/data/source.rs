//! Where the files come from: embedded in the binary, or a curator's folder; and the coarse
//! maps drawn when zoomed out.

use std::path::{Path, PathBuf};

use crate::problem::Problems;

pub const MAP_FILE: &str = "geo/countries-50m.geojson";
pub const EVENTS_FILE: &str = "data/events.geojson";
pub const ORGANIZATIONS_FILE: &str = "data/organizations.json";
pub const COUNTRIES_FILE: &str = "data/countries.json";
pub const FIGURES_FILE: &str = "data/figures.json";
pub const WEAK_SOURCES_FILE: &str = "data/weak-sources.txt";
/// The coarse map drawn when zoomed out; optional in a curator's folder.
pub const COARSE_MAP_FILE: &str = "geo/countries-110m.geojson";

/// Where the files come from: embedded in the binary, or a curator's folder.
#[derive(Clone, Debug)]
pub enum DataSource {
    Bundled,
    Dir(PathBuf),
}

impl DataSource {
    /// Reads one file; a missing or unreadable file is a problem, not a crash.
    pub(super) fn read(&self, name: &str, problems: &mut Problems) -> Option<String> {
        match self {
            Self::Bundled => bundled(name).map(str::to_owned),
            Self::Dir(dir) => match std::fs::read_to_string(dir.join(name)) {
                Ok(text) => Some(text),
                Err(err) => {
                    problems.push(&display_name(dir, name), "", format!("cannot read: {err}"));
                    None
                }
            },
        }
    }

    /// An optional file: a curator's copy where it exists, else the bundled one.
    pub(super) fn read_or_bundled(&self, name: &str, problems: &mut Problems) -> Option<String> {
        match self {
            Self::Dir(dir) if dir.join(name).exists() => self.read(name, problems),
            _ => bundled(name).map(str::to_owned),
        }
    }

    pub fn file_label(&self, name: &str) -> String {
        match self {
            Self::Bundled => name.to_owned(),
            Self::Dir(dir) => display_name(dir, name),
        }
    }
}

fn display_name(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

fn bundled(name: &str) -> Option<&'static str> {
    match name {
        MAP_FILE => Some(include_str!("../../assets/geo/countries-50m.geojson")),
        EVENTS_FILE => Some(include_str!("../../assets/data/events.geojson")),
        ORGANIZATIONS_FILE => Some(include_str!("../../assets/data/organizations.json")),
        COUNTRIES_FILE => Some(include_str!("../../assets/data/countries.json")),
        FIGURES_FILE => Some(include_str!("../../assets/data/figures.json")),
        WEAK_SOURCES_FILE => Some(include_str!("../../assets/data/weak-sources.txt")),
        _ => None,
    }
}

/// The coarse map drawn when zoomed out: the bundled 1:110m map, or a curator's
/// `geo/countries-110m.geojson` beside their map (none if they have not made one).
pub fn coarse_maps(source: &DataSource) -> Vec<crate::geo::map_mesh::CoarseMap> {
    let text: Option<std::borrow::Cow<'static, str>> = match source {
        DataSource::Bundled => Some(include_str!("../../assets/geo/countries-110m.geojson").into()),
        DataSource::Dir(dir) => std::fs::read_to_string(dir.join(COARSE_MAP_FILE))
            .ok()
            .map(Into::into),
    };
    text.map(|text| crate::geo::map_mesh::CoarseMap {
        label: source.file_label(COARSE_MAP_FILE),
        text,
        min_degrees_per_px: COARSE_110M_DEGREES_PER_PX,
    })
    .into_iter()
    .collect()
}

/// 1:110m is simplified to about a tenth of a degree: fine while a pixel spans a fifth.
pub const COARSE_110M_DEGREES_PER_PX: f64 = 0.2;
/// 1:50m, about a twentieth of a degree.
pub const COARSE_50M_DEGREES_PER_PX: f64 = 0.04;

/// The bundled 1:50m map, a coarse level for a finer curator's map.
pub fn bundled_50m_map() -> crate::geo::map_mesh::CoarseMap {
    crate::geo::map_mesh::CoarseMap {
        label: MAP_FILE.into(),
        text: include_str!("../../assets/geo/countries-50m.geojson").into(),
        min_degrees_per_px: COARSE_50M_DEGREES_PER_PX,
    }
}
