//! Data model, loading and validation. No egui here.

mod atlas;
pub mod citation;
pub mod generate;
mod history;
pub mod model;
mod parse;
mod source;
pub mod story;
pub mod timeline;
pub mod translations;
pub mod validate;
pub mod watch;

pub use crate::problem::{Problem, Problems};
pub use atlas::{Atlas, load_atlas};
pub use history::CountryStatus;
pub use model::*;
pub use parse::read_file_bytes;
pub use source::{
    COARSE_50M_DEGREES_PER_PX, COARSE_110M_DEGREES_PER_PX, COUNTRIES_FILE, DataSource, EVENTS_FILE,
    FIGURES_FILE, ORGANIZATIONS_FILE, WEAK_SOURCES_FILE, bundled_50m_map, coarse_maps,
};
pub use story::{GeoBox, Story, StoryStep};
pub use translations::{Texts, Translations};
