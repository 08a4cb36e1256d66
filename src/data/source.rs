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
            Self::Dir(dir) => read_text(&dir.join(name), &display_name(dir, name), problems),
        }
    }

    /// An optional file: a curator's copy where it exists, else the bundled one.
    pub(super) fn read_or_bundled(&self, name: &str, problems: &mut Problems) -> Option<String> {
        match self {
            Self::Dir(dir) if dir.join(name).exists() => self.read(name, problems),
            _ => bundled(name).map(str::to_owned),
        }
    }

    /// A file that may be bundled under a name built at run time (a language's files): a
    /// curator's copy where it exists, else the bundled one, else nothing.
    pub fn read_or_bundled_text(&self, name: &str, problems: &mut Problems) -> Option<String> {
        match self {
            Self::Dir(dir) if dir.join(name).exists() => self.read(name, problems),
            _ => BUNDLED_I18N
                .iter()
                .find(|(file, _)| *file == name)
                .map(|(_, text)| (*text).to_owned()),
        }
    }

    pub fn file_label(&self, name: &str) -> String {
        match self {
            Self::Bundled => name.to_owned(),
            Self::Dir(dir) => display_name(dir, name),
        }
    }
}

/// Largest map file read (`geo/*.geojson`), in bytes: a map of 2,000,000 points is about
/// 52 MB.
pub const MAX_MAP_FILE_BYTES: u64 = 128 * 1024 * 1024;
/// Largest other file read, in bytes (the bundled organizations, the largest, are 1 MB).
pub const MAX_DATA_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a curator's file as text, within its size limit. A byte-order mark is ignored
/// (with a warning); a byte that is not UTF-8 becomes a NUL, which the JSON readers report
/// with its byte position in the item that holds it.
pub fn read_text(path: &Path, label: &str, problems: &mut Problems) -> Option<String> {
    use std::io::Read as _;
    let is_map = path
        .parent()
        .and_then(Path::file_name)
        .is_some_and(|dir| dir == "geo");
    let limit = if is_map {
        MAX_MAP_FILE_BYTES
    } else {
        MAX_DATA_FILE_BYTES
    };
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(err) => {
            problems.push(label, "", format!("cannot read: {err}"));
            return None;
        }
    };
    let mut bytes = Vec::new();
    // One byte past the limit tells a file that is too large, without reading all of it.
    if let Err(err) = file.take(limit + 1).read_to_end(&mut bytes) {
        problems.push(label, "", format!("cannot read: {err}"));
        return None;
    }
    if bytes.len() as u64 > limit {
        problems.push(
            label,
            "",
            format!(
                "is larger than {} MB, the most the atlas reads for this file; nothing of it is used",
                limit / (1024 * 1024)
            ),
        );
        return None;
    }
    Some(decode(bytes, label, problems))
}

/// Text of a file's bytes with every byte offset kept: a byte-order mark becomes three
/// spaces and each byte that is not UTF-8 a NUL.
pub(super) fn decode(mut bytes: Vec<u8>, label: &str, problems: &mut Problems) -> String {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        problems.0.push(crate::problem::Problem::warning(
            label,
            "",
            "starts with a byte-order mark, which was ignored (save as UTF-8 without BOM)",
        ));
        bytes[..3].copy_from_slice(b"   ");
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        problems.push(
            label,
            "",
            "is saved as UTF-16; save it as UTF-8 (every item will read as broken until then)",
        );
    }
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let bytes = err.into_bytes();
            let mut text = String::with_capacity(bytes.len());
            for chunk in bytes.utf8_chunks() {
                text.push_str(chunk.valid());
                text.extend(std::iter::repeat_n('\0', chunk.invalid().len()));
            }
            text
        }
    }
}

fn display_name(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

/// The bundled languages' files (`data::translations`).
const BUNDLED_I18N: [(&str, &str); 16] = [
    (
        "i18n/en/interface.ftl",
        include_str!("../../assets/i18n/en/interface.ftl"),
    ),
    (
        "i18n/fr/interface.ftl",
        include_str!("../../assets/i18n/fr/interface.ftl"),
    ),
    (
        "i18n/es/interface.ftl",
        include_str!("../../assets/i18n/es/interface.ftl"),
    ),
    (
        "i18n/pt/interface.ftl",
        include_str!("../../assets/i18n/pt/interface.ftl"),
    ),
    (
        "i18n/sw/interface.ftl",
        include_str!("../../assets/i18n/sw/interface.ftl"),
    ),
    (
        "i18n/hi/interface.ftl",
        include_str!("../../assets/i18n/hi/interface.ftl"),
    ),
    (
        "i18n/fr/content.json",
        include_str!("../../assets/i18n/fr/content.json"),
    ),
    (
        "i18n/es/content.json",
        include_str!("../../assets/i18n/es/content.json"),
    ),
    (
        "i18n/pt/content.json",
        include_str!("../../assets/i18n/pt/content.json"),
    ),
    (
        "i18n/sw/content.json",
        include_str!("../../assets/i18n/sw/content.json"),
    ),
    (
        "i18n/hi/content.json",
        include_str!("../../assets/i18n/hi/content.json"),
    ),
    (
        "i18n/fr/countries.json",
        include_str!("../../assets/i18n/fr/countries.json"),
    ),
    (
        "i18n/es/countries.json",
        include_str!("../../assets/i18n/es/countries.json"),
    ),
    (
        "i18n/pt/countries.json",
        include_str!("../../assets/i18n/pt/countries.json"),
    ),
    (
        "i18n/sw/countries.json",
        include_str!("../../assets/i18n/sw/countries.json"),
    ),
    (
        "i18n/hi/countries.json",
        include_str!("../../assets/i18n/hi/countries.json"),
    ),
];

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
        // Problems in it are reported by `validate`, which reads it again.
        DataSource::Dir(dir) if dir.join(COARSE_MAP_FILE).exists() => read_text(
            &dir.join(COARSE_MAP_FILE),
            &source.file_label(COARSE_MAP_FILE),
            &mut Problems::default(),
        )
        .map(Into::into),
        DataSource::Dir(_) => None,
    };
    let mut maps: Vec<_> = text
        .map(|text| crate::geo::map_mesh::CoarseMap {
            label: source.file_label(COARSE_MAP_FILE),
            text,
            min_degrees_per_px: COARSE_110M_DEGREES_PER_PX,
        })
        .into_iter()
        .collect();
    if matches!(source, DataSource::Bundled) {
        // Between 1:110m and the full 1:50m (scripts/build_mid_map.py): half the points,
        // so a zoomed view costs a software renderer half the triangles.
        maps.push(crate::geo::map_mesh::CoarseMap {
            label: MID_MAP_FILE.into(),
            text: include_str!("../../assets/geo/countries-50m-simplified.geojson").into(),
            min_degrees_per_px: MID_MAP_DEGREES_PER_PX,
        });
    }
    maps
}

/// The bundled 1:50m map simplified to 0.02 degree (made by `scripts/build_mid_map.py`).
pub const MID_MAP_FILE: &str = "geo/countries-50m-simplified.geojson";
/// The simplified 1:50m map serves from a twentieth of a degree a pixel, where its
/// simplification is under half a pixel.
pub const MID_MAP_DEGREES_PER_PX: f64 = 0.04;

/// 1:110m is simplified to about a tenth of a degree: fine while a pixel spans a fifth.
pub const COARSE_110M_DEGREES_PER_PX: f64 = 0.1;
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
