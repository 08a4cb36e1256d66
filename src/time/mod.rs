//! Time: dates, what holds on a date, and playback. No egui here.

mod date;
pub mod playback;
pub mod timeline;

pub use date::{Date, DateParseError, current_year};
