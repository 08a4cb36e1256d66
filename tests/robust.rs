//! Broken inputs, one per case: each drops only its item and names the file, the item and
//! the field; the good items still load. Also the limits on size, and a helper that writes
//! a folder with a very dense map for measuring load time.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::path::{Path, PathBuf};

use ssc_atlas::data::generate::dense_polygon_geometry;

const ASSETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets");

/// A copy of the bundled folder.
fn copy_of_assets(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    for sub in ["geo", "data", "stories"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        for entry in std::fs::read_dir(Path::new(ASSETS).join(sub)).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), dir.join(sub).join(entry.file_name())).unwrap();
        }
    }
}

/// The bundled 1:50m map with Brazil's outline replaced by one of `vertices` points.
fn map_with_dense_brazil(vertices: usize) -> String {
    let text =
        std::fs::read_to_string(Path::new(ASSETS).join("geo/countries-50m.geojson")).unwrap();
    let mut map: serde_json::Value = serde_json::from_str(&text).unwrap();
    let dense: serde_json::Value =
        serde_json::from_str(&dense_polygon_geometry(vertices, [-52.0, -10.0], 15.0)).unwrap();
    for feature in map["features"].as_array_mut().unwrap() {
        if feature["properties"]["key"] == "BRA" {
            feature["geometry"] = dense.clone();
        }
    }
    map.to_string()
}

/// Writes a data folder whose map has one polygon of `SSC_DENSE_MAP_VERTICES` points to
/// `SSC_DENSE_MAP_DIR`, for timing `ssc-atlas validate --data DIR` (see assets/README.md,
/// "Limits").
#[test]
#[ignore = "writes a large folder for a manual measurement"]
fn write_dense_map_folder() {
    let vertices: usize =
        std::env::var("SSC_DENSE_MAP_VERTICES").map_or(2_000_000, |v| v.parse().unwrap());
    let dir = std::env::var("SSC_DENSE_MAP_DIR").map_or_else(
        |_| std::env::temp_dir().join("ssc-atlas-dense-map"),
        PathBuf::from,
    );
    copy_of_assets(&dir);
    std::fs::write(
        dir.join("geo/countries-50m.geojson"),
        map_with_dense_brazil(vertices),
    )
    .unwrap();
    eprintln!("wrote {} with {vertices} vertices", dir.display());
}
