//! Atlas of South-South Cooperation: the library behind the `ssc-atlas` binary.
//!
//! `data`, `geo` and `time` know nothing of egui; `state` holds what the user chose and the
//! commands that change it; `ui` and `app` draw.

pub mod app;
pub mod bench;
pub mod camera;
pub mod cli;
pub mod colour_vision;
pub mod data;
pub mod export;
pub mod geo;
pub mod heap;
pub mod i18n;
pub mod kiosk;
pub mod picture;
pub mod problem;
pub mod render;
pub mod state;
pub mod story;
pub mod theme;
pub mod time;
pub mod time_layer;
pub mod ui;
pub mod view;

/// The window's title.
pub const TITLE: &str = "Atlas of South-South Cooperation";
