//! Data model, loading and validation. No egui here.

pub mod generate;
mod history;
mod load;
pub mod model;
pub mod story;
pub mod validate;

pub use crate::problem::{Problem, Problems};
pub use history::CountryStatus;
pub use load::{
    Atlas, COARSE_50M_DEGREES_PER_PX, COARSE_110M_DEGREES_PER_PX, COUNTRIES_FILE, DataSource,
    EVENTS_FILE, FIGURES_FILE, ORGANIZATIONS_FILE, bundled_50m_map, coarse_maps, load_atlas,
};
pub use model::*;
pub use story::{GeoBox, Story, StoryStep};
