//! Geometry: projection, ring repair, triangulation and hit testing. No egui here.

mod borders;
pub mod clean;
mod country;
mod geojson_map;
mod hit;
pub mod map_mesh;
pub mod projection;
mod rect;
mod triangulate;
pub mod world;

pub use country::{Country, build_country, haversine_km};
pub use hit::RingBands;
pub use projection::{HALF_HEIGHT, HALF_WIDTH, WorldPoint, lon_lat_from_world, world_from_lon_lat};
pub use rect::WorldRect;
pub use world::World;
