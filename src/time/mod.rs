//! Time: dates, spans of dates, time series and playback. Imports nothing of `data` and
//! nothing of egui; reads no clock (`main` passes "today" in).

mod date;
pub mod playback;
mod span;
pub mod timeline;
mod wake;

pub use date::{Date, DateParseError};
pub use span::Span;
pub use wake::Wake;
