//! The export folder: where the window saves what a user takes away (tables, views, and
//! pictures). Created on demand; a file is never overwritten: `members-oau-1975.csv`, then
//! `members-oau-1975-2.csv` …

use std::io::Write;
use std::path::{Path, PathBuf};

/// The folder used without `--export-dir`, relative to the working directory.
pub const DEFAULT_EXPORT_DIR: &str = "ssc-atlas-exports";

/// Most numbered names tried before giving up (a folder full of `x-2` … `x-9999`).
const MAX_NUMBERED_NAMES: u32 = 9_999;

/// A file name stem from free parts: lower case, letters and digits, one `-` between words
/// ("members", "OAU", "1975" → `members-oau-1975`).
pub fn file_stem(parts: &[&str]) -> String {
    let mut stem = String::new();
    for part in parts {
        for c in part.chars() {
            if c.is_alphanumeric() {
                stem.extend(c.to_lowercase());
            } else if !stem.is_empty() && !stem.ends_with('-') {
                stem.push('-');
            }
        }
        if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "export".to_owned()
    } else {
        stem.to_owned()
    }
}

/// `stem.extension` for the first file, `stem-2.extension`, `-3` … after it.
fn numbered_name(stem: &str, extension: &str, number: u32) -> String {
    if number == 1 {
        format!("{stem}.{extension}")
    } else {
        format!("{stem}-{number}.{extension}")
    }
}

/// `dir/stem.extension`, or the first numbered name not yet taken, for an output written
/// bit by bit (an animation) that cannot go through [`save_new_file`] in one piece.
pub fn unique_path(dir: &Path, stem: &str, extension: &str) -> PathBuf {
    (1..=MAX_NUMBERED_NAMES)
        .map(|number| dir.join(numbered_name(stem, extension, number)))
        .find(|path| !path.exists())
        .unwrap_or_else(|| dir.join(numbered_name(stem, extension, 1)))
}

/// Writes `bytes` to a new file `stem.extension` in `dir` (created if missing), numbering the
/// name when it is taken. Returns the full path written, or one line naming the folder or
/// file and what went wrong.
pub fn save_new_file(
    dir: &Path,
    stem: &str,
    extension: &str,
    bytes: &[u8],
) -> Result<PathBuf, String> {
    std::fs::create_dir_all(dir)
        .map_err(|err| format!("cannot create the export folder {}: {err}", dir.display()))?;
    let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_owned());
    for number in 1..=MAX_NUMBERED_NAMES {
        let path = dir.join(numbered_name(stem, extension, number));
        // `create_new` fails if the file exists, even if another program made it a moment
        // ago: nothing is ever overwritten.
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut file) => {
                return file
                    .write_all(bytes)
                    .and_then(|()| file.flush())
                    .map(|()| path.clone())
                    .map_err(|err| format!("cannot write {}: {err}", path.display()));
            }
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(err) => return Err(format!("cannot write {}: {err}", path.display())),
        }
    }
    Err(format!(
        "cannot write {stem}.{extension} in {}: {MAX_NUMBERED_NAMES} numbered files of that name exist",
        dir.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("ssc-atlas-folder-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn stems_are_lower_case_words_joined_by_hyphens() {
        assert_eq!(file_stem(&["members", "OAU", "1975"]), "members-oau-1975");
        assert_eq!(file_stem(&["view", "Côte d'Ivoire"]), "view-côte-d-ivoire");
        assert_eq!(file_stem(&["", "  "]), "export");
    }

    #[test]
    fn the_folder_is_created_and_no_file_is_overwritten() {
        let dir = scratch("unique").join("nested");
        let first = save_new_file(&dir, "members-oau-1975", "csv", b"a").unwrap();
        let second = save_new_file(&dir, "members-oau-1975", "csv", b"b").unwrap();
        assert!(first.is_absolute());
        assert_eq!(first.file_name().unwrap(), "members-oau-1975.csv");
        assert_eq!(second.file_name().unwrap(), "members-oau-1975-2.csv");
        assert_eq!(std::fs::read(&first).unwrap(), b"a");
        assert_eq!(std::fs::read(&second).unwrap(), b"b");
        std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_one_line_naming_it() {
        let dir = scratch("blocked");
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("a-file");
        std::fs::write(&file, b"x").unwrap();
        let error = save_new_file(&file.join("inside"), "x", "csv", b"").unwrap_err();
        assert!(
            error.starts_with("cannot create the export folder"),
            "{error}"
        );
        assert!(error.contains("a-file"), "{error}");
        assert_eq!(error.lines().count(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
