//! The panels. Each reads [`crate::state::AppState`] and pushes commands; none writes state.

pub mod data_problems;
pub mod export_status;
pub mod frame_overlay;
pub mod kiosk;
pub mod label_layout;
pub mod map;
pub mod plots;
pub mod share_menu;
pub mod shortcuts;
pub mod side_panel;
pub mod sources;
pub mod story_overlay;
pub mod top_bar;
pub mod year_slider;
