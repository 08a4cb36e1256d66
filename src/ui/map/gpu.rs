//! The map's countries drawn by the GPU through an egui paint callback (wgpu).
//!
//! Fill triangles and border segments are uploaded once per map; a frame sends only the view
//! (a few floats) and one colour pair per country, so the CPU cost of a frame no longer
//! grows with the number of vertices. `map_view` keeps a plain egui-mesh path for
//! renderers without wgpu, and a test keeps the two in agreement.

use std::ops::Range;
use std::sync::{Arc, Weak};

use eframe::egui_wgpu::{self, CallbackResources, CallbackTrait, ScreenDescriptor};
use eframe::wgpu;
use eframe::wgpu::util::DeviceExt as _;
use egui::Color32;

use crate::geo::map_mesh::MapMesh;

/// Countries the colour table holds (16 KiB of uniforms, the smallest limit wgpu allows).
pub const MAX_COUNTRIES: usize = 1024;
const VIEW_BYTES: u64 = 48;

/// What the map needs to know to draw one frame with the GPU.
#[derive(Clone, Debug, PartialEq)]
pub struct GpuView {
    pub world_center: [f32; 2],
    pub rect_size_points: [f32; 2],
    pub points_per_world: f32,
    pub border_width_points: f32,
    pub stripe_period_points: f32,
    pub stripe_origin_points: [f32; 2],
    pub border: Color32,
}

/// Per-country colours of one frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CountryStyle {
    pub fill: Color32,
    /// Transparent for none.
    pub stripe: Color32,
    /// Countries with the same number are one state of the time: no border between them.
    pub state_of_the_time: u32,
}

fn packed(color: Color32) -> u32 {
    u32::from_le_bytes(color.to_array())
}

/// Set once by the app when eframe runs on wgpu: the target's format.
#[derive(Clone, Copy, Debug)]
pub struct GpuTarget {
    pub format: wgpu::TextureFormat,
}

/// One frame's draw of one map mesh.
pub struct MapCallback {
    pub mesh: Arc<MapMesh>,
    pub target: GpuTarget,
    pub view: GpuView,
    pub styles: Vec<CountryStyle>,
    pub fill_ranges: Vec<Range<u32>>,
    pub segment_ranges: Vec<Range<u32>>,
}

/// GPU objects kept in `egui_wgpu`'s callback resources between frames.
struct MapGpu {
    fill_pipeline: wgpu::RenderPipeline,
    border_pipeline: wgpu::RenderPipeline,
    view_buffer: wgpu::Buffer,
    country_buffer: wgpu::Buffer,
    bind_group: wgpu::BindGroup,
    format: wgpu::TextureFormat,
    /// Buffers of the meshes uploaded (a few levels of detail), each with a weak handle to
    /// its mesh: the handle keeps the mesh's address from being reused by a later mesh (a
    /// reloaded map), and buffers whose mesh is gone are freed.
    meshes: Vec<(Weak<MapMesh>, MeshBuffers)>,
}

struct MeshBuffers {
    vertices: wgpu::Buffer,
    indices: wgpu::Buffer,
    segments: wgpu::Buffer,
}

/// Whether `handle` is the handle of `mesh` (the same allocation, still alive).
fn is_handle_of(handle: &Weak<MapMesh>, mesh: &Arc<MapMesh>) -> bool {
    std::ptr::eq(handle.as_ptr(), Arc::as_ptr(mesh))
}

fn bytes_of_words(words: &[u32]) -> Vec<u8> {
    words.iter().flat_map(|w| w.to_le_bytes()).collect()
}

impl MapGpu {
    fn new(device: &wgpu::Device, format: wgpu::TextureFormat) -> Self {
        let shader = device.create_shader_module(wgpu::ShaderModuleDescriptor {
            label: Some("map_gpu"),
            source: wgpu::ShaderSource::Wgsl(include_str!("gpu.wgsl").into()),
        });
        let uniform = |binding: u32, size: u64| wgpu::BindGroupLayoutEntry {
            binding,
            visibility: wgpu::ShaderStages::VERTEX | wgpu::ShaderStages::FRAGMENT,
            ty: wgpu::BindingType::Buffer {
                ty: wgpu::BufferBindingType::Uniform,
                has_dynamic_offset: false,
                min_binding_size: std::num::NonZeroU64::new(size),
            },
            count: None,
        };
        let country_bytes = (MAX_COUNTRIES * 16) as u64;
        let layout = device.create_bind_group_layout(&wgpu::BindGroupLayoutDescriptor {
            label: Some("map_gpu_layout"),
            entries: &[uniform(0, VIEW_BYTES), uniform(1, country_bytes)],
        });
        let view_buffer = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("map_gpu_view"),
            size: VIEW_BYTES,
            usage: wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        let country_buffer = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("map_gpu_countries"),
            size: country_bytes,
            usage: wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        let bind_group = device.create_bind_group(&wgpu::BindGroupDescriptor {
            label: Some("map_gpu_bind_group"),
            layout: &layout,
            entries: &[
                wgpu::BindGroupEntry {
                    binding: 0,
                    resource: view_buffer.as_entire_binding(),
                },
                wgpu::BindGroupEntry {
                    binding: 1,
                    resource: country_buffer.as_entire_binding(),
                },
            ],
        });
        let pipeline_layout = device.create_pipeline_layout(&wgpu::PipelineLayoutDescriptor {
            label: Some("map_gpu_pipeline_layout"),
            bind_group_layouts: &[Some(&layout)],
            immediate_size: 0,
        });
        // Premultiplied alpha, as egui blends.
        let blend = wgpu::BlendState {
            color: wgpu::BlendComponent {
                src_factor: wgpu::BlendFactor::One,
                dst_factor: wgpu::BlendFactor::OneMinusSrcAlpha,
                operation: wgpu::BlendOperation::Add,
            },
            alpha: wgpu::BlendComponent {
                src_factor: wgpu::BlendFactor::OneMinusDstAlpha,
                dst_factor: wgpu::BlendFactor::One,
                operation: wgpu::BlendOperation::Add,
            },
        };
        let pipeline = |label: &str,
                        vertex_entry: &str,
                        fragment_entry: &str,
                        buffer: wgpu::VertexBufferLayout<'_>| {
            device.create_render_pipeline(&wgpu::RenderPipelineDescriptor {
                label: Some(label),
                layout: Some(&pipeline_layout),
                vertex: wgpu::VertexState {
                    module: &shader,
                    entry_point: Some(vertex_entry),
                    buffers: &[Some(buffer)],
                    compilation_options: wgpu::PipelineCompilationOptions::default(),
                },
                primitive: wgpu::PrimitiveState {
                    topology: wgpu::PrimitiveTopology::TriangleList,
                    cull_mode: None,
                    ..wgpu::PrimitiveState::default()
                },
                depth_stencil: None,
                multisample: wgpu::MultisampleState::default(),
                fragment: Some(wgpu::FragmentState {
                    module: &shader,
                    entry_point: Some(fragment_entry),
                    targets: &[Some(wgpu::ColorTargetState {
                        format,
                        blend: Some(blend),
                        write_mask: wgpu::ColorWrites::ALL,
                    })],
                    compilation_options: wgpu::PipelineCompilationOptions::default(),
                }),
                multiview_mask: None,
                cache: None,
            })
        };
        let fill_pipeline = pipeline(
            "map_gpu_fill",
            "vs_fill",
            "fs_fill",
            wgpu::VertexBufferLayout {
                array_stride: 12,
                step_mode: wgpu::VertexStepMode::Vertex,
                attributes: &wgpu::vertex_attr_array![0 => Float32x2, 1 => Uint32],
            },
        );
        let border_pipeline = pipeline(
            "map_gpu_border",
            "vs_border",
            "fs_border",
            wgpu::VertexBufferLayout {
                array_stride: 24,
                step_mode: wgpu::VertexStepMode::Instance,
                attributes: &wgpu::vertex_attr_array![0 => Float32x2, 1 => Float32x2, 2 => Uint32, 3 => Uint32],
            },
        );
        Self {
            fill_pipeline,
            border_pipeline,
            view_buffer,
            country_buffer,
            bind_group,
            format,
            meshes: Vec::new(),
        }
    }

    fn upload(&mut self, device: &wgpu::Device, mesh: &Arc<MapMesh>) {
        // Meshes dropped since (a reload, a level no longer used) free their buffers.
        self.meshes.retain(|(handle, _)| handle.strong_count() > 0);
        if self
            .meshes
            .iter()
            .any(|(handle, _)| is_handle_of(handle, mesh))
        {
            return;
        }
        let buffer = |label: &str, words: &[u32], usage: wgpu::BufferUsages| {
            // wgpu refuses empty buffers; one padding word keeps an empty map legal.
            let mut bytes = bytes_of_words(words);
            if bytes.is_empty() {
                bytes = vec![0; 4];
            }
            device.create_buffer_init(&wgpu::util::BufferInitDescriptor {
                label: Some(label),
                contents: &bytes,
                usage,
            })
        };
        let buffers = MeshBuffers {
            vertices: buffer(
                "map_gpu_vertices",
                &mesh.fill_vertex_words(),
                wgpu::BufferUsages::VERTEX,
            ),
            indices: buffer(
                "map_gpu_indices",
                &mesh.fill_indices,
                wgpu::BufferUsages::INDEX,
            ),
            segments: buffer(
                "map_gpu_segments",
                &mesh.segment_words(),
                wgpu::BufferUsages::VERTEX,
            ),
        };
        // A few levels of detail at most; drop the oldest beyond that.
        if self.meshes.len() >= 4 {
            self.meshes.remove(0);
        }
        self.meshes.push((Arc::downgrade(mesh), buffers));
    }
}

impl MapCallback {
    fn view_bytes(&self, pixels_per_point: f32, srgb: bool) -> Vec<u8> {
        let v = &self.view;
        let floats = [
            v.world_center[0],
            v.world_center[1],
            v.rect_size_points[0],
            v.rect_size_points[1],
            v.points_per_world,
            pixels_per_point,
            v.border_width_points,
            v.stripe_period_points,
            v.stripe_origin_points[0],
            v.stripe_origin_points[1],
        ];
        let mut words: Vec<u32> = floats.iter().map(|f| f.to_bits()).collect();
        words.extend([u32::from(srgb), packed(v.border)]);
        bytes_of_words(&words)
    }

    fn style_bytes(&self) -> Vec<u8> {
        let words: Vec<u32> = self
            .styles
            .iter()
            .take(MAX_COUNTRIES)
            .flat_map(|s| [packed(s.fill), packed(s.stripe), s.state_of_the_time, 0])
            .collect();
        bytes_of_words(&words)
    }
}

impl CallbackTrait for MapCallback {
    fn prepare(
        &self,
        device: &wgpu::Device,
        queue: &wgpu::Queue,
        screen: &ScreenDescriptor,
        _encoder: &mut wgpu::CommandEncoder,
        resources: &mut CallbackResources,
    ) -> Vec<wgpu::CommandBuffer> {
        let stale = resources
            .get::<MapGpu>()
            .is_none_or(|gpu| gpu.format != self.target.format);
        if stale {
            resources.insert(MapGpu::new(device, self.target.format));
        }
        if let Some(gpu) = resources.get_mut::<MapGpu>() {
            gpu.upload(device, &self.mesh);
            let srgb = self.target.format.is_srgb();
            queue.write_buffer(
                &gpu.view_buffer,
                0,
                &self.view_bytes(screen.pixels_per_point, srgb),
            );
            let styles = self.style_bytes();
            if !styles.is_empty() {
                queue.write_buffer(&gpu.country_buffer, 0, &styles);
            }
        }
        Vec::new()
    }

    fn paint(
        &self,
        _info: egui::PaintCallbackInfo,
        render_pass: &mut wgpu::RenderPass<'static>,
        resources: &CallbackResources,
    ) {
        let Some(gpu) = resources.get::<MapGpu>() else {
            return;
        };
        let Some((_, buffers)) = gpu
            .meshes
            .iter()
            .find(|(handle, _)| is_handle_of(handle, &self.mesh))
        else {
            return;
        };
        render_pass.set_bind_group(0, &gpu.bind_group, &[]);
        render_pass.set_pipeline(&gpu.fill_pipeline);
        render_pass.set_vertex_buffer(0, buffers.vertices.slice(..));
        render_pass.set_index_buffer(buffers.indices.slice(..), wgpu::IndexFormat::Uint32);
        for range in &self.fill_ranges {
            render_pass.draw_indexed(range.clone(), 0, 0..1);
        }
        render_pass.set_pipeline(&gpu.border_pipeline);
        render_pass.set_vertex_buffer(0, buffers.segments.slice(..));
        for range in &self.segment_ranges {
            render_pass.draw(0..6, range.clone());
        }
    }
}

/// The paint callback shape for one frame of the map.
pub fn map_shape(rect: egui::Rect, callback: MapCallback) -> egui::Shape {
    egui::Shape::Callback(egui_wgpu::Callback::new_paint_callback(rect, callback))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_pack_as_the_shader_unpacks_them() {
        // unpack4x8unorm reads r from the lowest byte.
        let c = Color32::from_rgba_premultiplied(0x11, 0x22, 0x33, 0x44);
        assert_eq!(packed(c), 0x4433_2211);
    }

    #[test]
    fn the_view_fills_its_uniform_exactly() {
        let callback = MapCallback {
            mesh: Arc::new(MapMesh::default()),
            target: GpuTarget {
                format: wgpu::TextureFormat::Rgba8Unorm,
            },
            view: GpuView {
                world_center: [0.0, 0.0],
                rect_size_points: [100.0, 50.0],
                points_per_world: 10.0,
                border_width_points: 0.6,
                stripe_period_points: 9.0,
                stripe_origin_points: [50.0, 25.0],
                border: Color32::GRAY,
            },
            styles: vec![CountryStyle::default(); 3],
            fill_ranges: Vec::new(),
            segment_ranges: Vec::new(),
        };
        assert_eq!(callback.view_bytes(2.0, false).len() as u64, VIEW_BYTES);
        assert_eq!(callback.style_bytes().len(), 3 * 16);
    }
}
