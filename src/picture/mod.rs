//! Pictures and animations that leave the atlas: the caption a picture carries, file names
//! that never overwrite, the sizes allowed, and the writers of GIF, PNG frames and MP4
//! (`sink`). No egui here: the drawing is in `crate::render`.

pub mod caption;
pub mod gif_writer;
pub mod sink;

use std::path::Path;

pub use caption::{Caption, source_short_name};

/// The largest picture or frame: 8K UHD (the offscreen device allows 8192 a side).
pub const MAX_SIZE_PX: (u32, u32) = (7680, 4320);
/// The smallest side worth drawing the atlas at.
pub const MIN_SIDE_PX: u32 = 160;

/// Sizes offered in the window besides the window's own: Full HD, 4K UHD, 8K UHD.
pub const SIZE_PRESETS: [(u32, u32); 3] = [(1920, 1080), (3840, 2160), (7680, 4320)];

/// Where the window saves pictures when `--export-dir` is not given (the same folder as
/// tables and views).
pub use crate::export::folder::DEFAULT_EXPORT_DIR;

/// Checks a requested size: each side at least [`MIN_SIDE_PX`], at most 7680 pixels wide
/// and 4320 high (or 4320 wide and 7680 high for a portrait poster).
pub fn check_size((width, height): (u32, u32)) -> Result<(), String> {
    let (max_long, max_short) = MAX_SIZE_PX;
    let (long, short) = (width.max(height), width.min(height));
    if short < MIN_SIDE_PX {
        return Err(format!(
            "size {width}x{height} is too small: each side needs at least {MIN_SIDE_PX} pixels"
        ));
    }
    if long > max_long || short > max_short {
        return Err(format!(
            "size {width}x{height} is too large: at most {max_long}x{max_short}"
        ));
    }
    Ok(())
}

/// A file name's stem from what a picture shows: `atlas-1975-oau-asean`. Ids are kept to
/// letters, digits and hyphens; beyond four organizations the rest are counted.
pub fn picture_stem(kind: &str, year: i32, organization_ids: &[String]) -> String {
    const NAMED: usize = 4;
    let mut parts = vec![kind.to_owned(), year.to_string()];
    for id in organization_ids.iter().take(NAMED) {
        let clean: String = id
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let clean = clean.trim_matches('-');
        if !clean.is_empty() {
            parts.push(clean.to_owned());
        }
    }
    if organization_ids.len() > NAMED {
        parts.push(format!("and-{}-more", organization_ids.len() - NAMED));
    }
    parts.join("-")
}

/// The export folder's numbering: an export never overwrites an earlier one.
pub use crate::export::folder::unique_path;

/// Creates `dir` (and its parents) if needed, with a one-line error naming it.
pub fn ensure_dir(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir)
        .map_err(|err| format!("cannot create the folder {}: {err}", dir.display()))
}

/// Saves an RGBA picture as PNG, with a one-line error naming the file.
pub fn save_png(path: &Path, image: &image::RgbaImage) -> Result<(), String> {
    image
        .save_with_format(path, image::ImageFormat::Png)
        .map_err(|err| format!("cannot write {}: {err}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_name_the_year_and_the_organizations() {
        let ids = ["oau".to_owned(), "ASEAN".to_owned()];
        assert_eq!(picture_stem("atlas", 1975, &ids), "atlas-1975-oau-asean");
        let many: Vec<String> = (0..6).map(|i| format!("org {i}")).collect();
        assert_eq!(
            picture_stem("atlas", 1960, &many),
            "atlas-1960-org-0-org-1-org-2-org-3-and-2-more"
        );
        assert_eq!(picture_stem("plot-members", 2000, &[]), "plot-members-2000");
    }

    #[test]
    fn a_taken_name_gets_a_number() {
        let dir = std::env::temp_dir().join(format!("ssc-unique-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let first = unique_path(&dir, "atlas-1975", "png");
        assert_eq!(first, dir.join("atlas-1975.png"));
        std::fs::write(&first, b"x").unwrap();
        let second = unique_path(&dir, "atlas-1975", "png");
        assert_eq!(second, dir.join("atlas-1975-2.png"));
        std::fs::write(&second, b"x").unwrap();
        assert_eq!(
            unique_path(&dir, "atlas-1975", "png"),
            dir.join("atlas-1975-3.png")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn sizes_stop_at_8k() {
        assert!(check_size((7680, 4320)).is_ok());
        assert!(check_size((4320, 7680)).is_ok());
        assert!(check_size((7681, 4320)).unwrap_err().contains("7681x4320"));
        assert!(check_size((100, 80)).unwrap_err().contains("too small"));
    }
}
