//! Helpers shared by the integration tests that need a curator's folder on disk.
#![allow(clippy::unwrap_used, dead_code)] // test code; not every test file uses every helper

use std::path::Path;

pub const ASSETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets");

/// A fresh copy of the bundled data folder at `dir` (whatever was there is removed).
pub fn copy_of_assets(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    copy_dir(Path::new(ASSETS), dir);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
