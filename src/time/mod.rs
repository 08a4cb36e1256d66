//! Time: dates, what holds on a date, and playback. No egui here.

mod date;
pub mod playback;
pub mod timeline;
mod wake;

pub use date::{Date, DateParseError, current_year};
pub use wake::Wake;
