//! Tables and files that leave the atlas: the table behind the view (`table`), written as
//! CSV (`csv`) into the export folder (`folder`). No egui here: the CLI and the window's
//! "Share" menu build the same tables.

pub mod csv;
pub mod folder;
pub mod table;

pub use table::Table;
