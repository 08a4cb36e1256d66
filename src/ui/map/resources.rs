//! What the map keeps between frames: the stripe texture, GPU geometry, host cities and
//! the layer of the selected date.

use std::sync::Arc;

use egui::{Color32, TextureHandle};

use super::gpu::GpuTarget;
use super::layer::MapLayer;
use super::markers::city_of_event;
use crate::data::Atlas;
use crate::geo::map_mesh::{LevelOfDetail, MapMesh};
use crate::state::AppState;

/// Textures, GPU geometry and per-date layers kept by the app between frames.
pub struct MapResources {
    pub(super) stripes: TextureHandle,
    /// The map of the selected date, recomputed only when the date changes.
    pub(super) layer: Option<MapLayer>,
    /// Set when eframe renders with wgpu: countries are then drawn by the GPU.
    pub(super) gpu: Option<GpuTarget>,
    /// The map's static geometry for the GPU, built on first use for the atlas's world.
    pub(super) mesh: Option<(usize, Arc<MapMesh>)>,
    /// Host city index of each event, built on first use for the atlas.
    pub(super) cities: Option<(usize, Vec<u32>)>,
    /// Coarser meshes for zoomed-out views, coarsest first.
    pub(super) levels: Vec<LevelOfDetail>,
    /// Whether hovering highlights a country and shows its tooltip (not during the kiosk's
    /// attract loop, where a resting pointer is nobody's).
    pub(super) hover_feedback: bool,
    /// Whether the sea is already there: the window was cleared to its colour.
    pub(super) sea_is_background: bool,
}

impl MapResources {
    pub fn new(ctx: &egui::Context) -> Self {
        // White diagonal stripes on transparent; tinted per organization by vertex colour.
        let size = 16;
        let pixels: Vec<Color32> = (0..size * size)
            .map(|i| {
                let (x, y) = (i % size, i / size);
                if (x + y) % size < 7 {
                    Color32::WHITE
                } else {
                    Color32::TRANSPARENT
                }
            })
            .collect();
        let image = egui::ColorImage::new([size, size], pixels);
        let options = egui::TextureOptions {
            wrap_mode: egui::TextureWrapMode::Repeat,
            ..egui::TextureOptions::LINEAR
        };
        Self {
            stripes: ctx.load_texture("map-stripes", image, options),
            layer: None,
            gpu: None,
            mesh: None,
            cities: None,
            levels: Vec::new(),
            hover_feedback: true,
            sea_is_background: false,
        }
    }

    pub fn set_hover_feedback(&mut self, on: bool) {
        self.hover_feedback = on;
    }

    pub fn set_sea_is_background(&mut self, on: bool) {
        self.sea_is_background = on;
    }

    /// Draw countries with the GPU (wgpu paint callback) instead of egui meshes.
    #[must_use]
    pub fn with_gpu(mut self, gpu: Option<GpuTarget>) -> Self {
        self.gpu = gpu;
        self
    }

    /// Coarser meshes to draw when zoomed out (GPU path only), coarsest first.
    #[must_use]
    pub fn with_levels(mut self, levels: Vec<LevelOfDetail>) -> Self {
        self.levels = levels;
        self
    }

    pub(super) fn cities(&mut self, atlas: &Arc<Atlas>) -> &[u32] {
        let key = Arc::as_ptr(atlas) as usize;
        if self.cities.as_ref().is_none_or(|(k, _)| *k != key) {
            self.cities = Some((key, city_of_event(atlas)));
        }
        self.cities
            .as_ref()
            .map_or(&[], |(_, cities)| cities.as_slice())
    }

    pub(super) fn mesh(&mut self, atlas: &Arc<Atlas>) -> Arc<MapMesh> {
        let key = Arc::as_ptr(atlas) as usize;
        match &self.mesh {
            Some((k, mesh)) if *k == key => Arc::clone(mesh),
            _ => {
                let mesh = Arc::new(MapMesh::new(&atlas.world));
                self.mesh = Some((key, Arc::clone(&mesh)));
                mesh
            }
        }
    }

    /// The layer of the selected date, with the fills of the current selection.
    pub(super) fn layer(&mut self, state: &AppState) -> &MapLayer {
        let date = state.date();
        match &mut self.layer {
            Some(layer) if layer.time.date() == date => layer.refresh_fills(state),
            _ => self.layer = Some(MapLayer::new(state)),
        }
        self.layer.get_or_insert_with(|| MapLayer::new(state))
    }
}
