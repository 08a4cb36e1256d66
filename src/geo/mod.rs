//! Geometry: projection, ring repair, triangulation and hit testing. No egui here.

pub mod clean;
pub mod map_mesh;
pub mod projection;
pub mod world;

pub use projection::{HALF_HEIGHT, HALF_WIDTH, WorldPoint, lon_lat_from_world, world_from_lon_lat};
pub use world::{Country, World, WorldRect};
