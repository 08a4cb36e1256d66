//! The floor under the atlas's memory: an eframe window with nothing in it, drawn through
//! glow as the atlas's window is, with the same texture cap and heap setting. It redraws for
//! a few seconds, prints its peak resident memory (`VmHWM`) and closes.
//!
//! `cargo run --release --example empty_window -- 1920x1080`

use std::time::{Duration, Instant};

struct Empty {
    opened: Instant,
    frames: u64,
}

impl eframe::App for Empty {
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        ssc_atlas::app::cap_texture_side(raw_input);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames += 1;
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label(format!("frame {}", self.frames));
        });
        if self.opened.elapsed() > Duration::from_secs(4) {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            ui.ctx().request_repaint();
        }
    }
}

fn main() {
    ssc_atlas::heap::keep_freed_heap_for_the_next_frame();
    let size = std::env::args()
        .nth(1)
        .and_then(|s| {
            let (w, h) = s.split_once('x')?;
            Some([w.parse::<f32>().ok()?, h.parse::<f32>().ok()?])
        })
        .unwrap_or([1920.0, 1080.0]);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size(size),
        renderer: eframe::Renderer::Glow,
        dithering: false,
        ..Default::default()
    };
    let result = eframe::run_native(
        "empty window",
        options,
        Box::new(|_cc| {
            Ok(Box::new(Empty {
                opened: Instant::now(),
                frames: 0,
            }))
        }),
    );
    if let Err(err) = result {
        eprintln!("empty_window: {err}");
        return;
    }
    match ssc_atlas::app::window_bench::peak_memory_mb() {
        Some(mb) => println!("peak memory (VmHWM) {mb:.1} MB at {}x{}", size[0], size[1]),
        None => println!("no /proc: peak memory unknown"),
    }
}
