//! Draws egui frames into an offscreen wgpu texture and reads the pixels back: no window and
//! no display are needed (Mesa's llvmpipe through the GL backend is enough). The device is
//! made once and serves every frame of an animation; the map's GPU resources live in its
//! callback resources between frames, as in the window.

use std::iter::once;
use std::time::Duration;

use eframe::egui_wgpu::{self, RenderState, RendererOptions, ScreenDescriptor, WgpuConfiguration};
use eframe::wgpu;
use image::RgbaImage;

use crate::ui::map::gpu::GpuTarget;

/// How long to wait for the GPU before calling a frame lost (a software rasterizer at 8K
/// takes a few seconds).
const WAIT_TIMEOUT: Duration = Duration::from_mins(2);

pub struct OffscreenRenderer {
    render_state: RenderState,
}

impl OffscreenRenderer {
    /// A headless device (no surface). Prefers a software adapter when there is one, like
    /// the tests, so pictures look the same on every machine.
    pub fn new() -> Result<Self, String> {
        let setup = egui_wgpu::WgpuSetup::without_display_handle();
        let instance = pollster::block_on(setup.new_instance());
        let config = WgpuConfiguration {
            wgpu_setup: setup,
            ..WgpuConfiguration::default()
        };
        let render_state = pollster::block_on(RenderState::create(
            &config,
            &instance,
            None,
            RendererOptions::PREDICTABLE,
        ))
        .map_err(|err| format!("cannot draw offscreen: no usable graphics adapter ({err})"))?;
        Ok(Self { render_state })
    }

    /// The target the map's paint callback must build its pipelines for.
    pub fn gpu_target(&self) -> GpuTarget {
        GpuTarget {
            format: self.render_state.target_format,
        }
    }

    /// The largest side a texture may have on this device.
    pub fn max_side_px(&self) -> u32 {
        self.render_state.device.limits().max_texture_dimension_2d
    }

    /// Takes a frame's texture changes (fonts, images) without drawing it.
    pub fn apply_textures(&mut self, output: &mut egui::FullOutput) {
        let RenderState {
            device,
            queue,
            renderer,
            ..
        } = &self.render_state;
        let mut renderer = renderer.write();
        for (id, deltas) in &output.textures_delta.set {
            for delta in deltas {
                renderer.update_texture(device, queue, *id, delta);
            }
        }
        for id in &output.textures_delta.free {
            renderer.free_texture(id);
        }
        // Handled: egui checks that no texture change is dropped unseen.
        output.textures_delta.clear();
    }

    /// Draws one egui frame (its shapes and texture changes) at `size_px` and returns the
    /// picture, fully opaque.
    pub fn render(
        &mut self,
        ctx: &egui::Context,
        mut output: egui::FullOutput,
        size_px: (u32, u32),
    ) -> Result<RgbaImage, String> {
        let max = self.max_side_px();
        if size_px.0 > max || size_px.1 > max || size_px.0 == 0 || size_px.1 == 0 {
            return Err(format!(
                "cannot draw {}x{}: this graphics device allows at most {max} pixels a side",
                size_px.0, size_px.1
            ));
        }
        let RenderState {
            device,
            queue,
            renderer,
            target_format,
            ..
        } = &self.render_state;
        let mut renderer = renderer.write();
        for (id, deltas) in &output.textures_delta.set {
            for delta in deltas {
                renderer.update_texture(device, queue, *id, delta);
            }
        }
        let pixels_per_point = output.pixels_per_point;
        let screen = ScreenDescriptor {
            size_in_pixels: [size_px.0, size_px.1],
            pixels_per_point,
        };
        let primitives = ctx.tessellate(std::mem::take(&mut output.shapes), pixels_per_point);
        let mut encoder = device.create_command_encoder(&wgpu::CommandEncoderDescriptor {
            label: Some("offscreen_encoder"),
        });
        let user_buffers =
            renderer.update_buffers(device, queue, &mut encoder, &primitives, &screen);
        let texture = device.create_texture(&wgpu::TextureDescriptor {
            label: Some("offscreen_target"),
            size: wgpu::Extent3d {
                width: size_px.0,
                height: size_px.1,
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: *target_format,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        {
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("offscreen_pass"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load: wgpu::LoadOp::Clear(wgpu::Color::BLACK),
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            renderer.render(&mut pass, &primitives, &screen);
        }
        queue.submit(user_buffers.into_iter().chain(once(encoder.finish())));
        for id in &output.textures_delta.free {
            renderer.free_texture(id);
        }
        output.textures_delta.clear();
        drop(renderer);
        let mut image = read_back(device, queue, &texture)?;
        if matches!(
            target_format,
            wgpu::TextureFormat::Bgra8Unorm | wgpu::TextureFormat::Bgra8UnormSrgb
        ) {
            for pixel in image.pixels_mut() {
                pixel.0.swap(0, 2);
            }
        }
        for pixel in image.pixels_mut() {
            pixel.0[3] = 255;
        }
        Ok(image)
    }
}

/// Copies `texture` into a mappable buffer (rows padded to wgpu's alignment) and back.
fn read_back(
    device: &wgpu::Device,
    queue: &wgpu::Queue,
    texture: &wgpu::Texture,
) -> Result<RgbaImage, String> {
    let (width, height) = (texture.width(), texture.height());
    let row_bytes = width * 4;
    let align = wgpu::COPY_BYTES_PER_ROW_ALIGNMENT;
    let padded_row_bytes = row_bytes.div_ceil(align) * align;
    let buffer = device.create_buffer(&wgpu::BufferDescriptor {
        label: Some("offscreen_read_back"),
        size: u64::from(padded_row_bytes) * u64::from(height),
        usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
        mapped_at_creation: false,
    });
    let mut encoder = device.create_command_encoder(&wgpu::CommandEncoderDescriptor {
        label: Some("offscreen_copy"),
    });
    encoder.copy_texture_to_buffer(
        texture.as_image_copy(),
        wgpu::TexelCopyBufferInfo {
            buffer: &buffer,
            layout: wgpu::TexelCopyBufferLayout {
                offset: 0,
                bytes_per_row: Some(padded_row_bytes),
                rows_per_image: None,
            },
        },
        wgpu::Extent3d {
            width,
            height,
            depth_or_array_layers: 1,
        },
    );
    let submission = queue.submit(once(encoder.finish()));
    let slice = buffer.slice(..);
    let (sender, receiver) = std::sync::mpsc::channel();
    slice.map_async(wgpu::MapMode::Read, move |result| {
        // The receiver waits below; a failed send only means it gave up.
        let _ = sender.send(result);
    });
    device
        .poll(wgpu::PollType::Wait {
            submission_index: Some(submission),
            timeout: Some(WAIT_TIMEOUT),
        })
        .map_err(|err| format!("the graphics device did not finish the frame: {err}"))?;
    receiver
        .recv()
        .map_err(|err| format!("the frame was not read back: {err}"))?
        .map_err(|err| format!("the frame was not read back: {err}"))?;
    let mapped = slice
        .get_mapped_range()
        .map_err(|err| format!("the frame was not read back: {err}"))?;
    let mut pixels = Vec::with_capacity((row_bytes * height) as usize);
    for row in mapped.chunks_exact(padded_row_bytes as usize) {
        pixels.extend_from_slice(&row[..row_bytes as usize]);
    }
    drop(mapped);
    buffer.unmap();
    RgbaImage::from_raw(width, height, pixels).ok_or_else(|| "the frame was cut short".to_owned())
}
