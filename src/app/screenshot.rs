//! `--screenshot`: draw a few frames, capture the window's own pixels, save a PNG, close.

use super::AtlasApp;

/// Frames to draw before a `--screenshot` is taken, so fonts and layout have settled.
const SCREENSHOT_AFTER_FRAMES: u64 = 4;

impl AtlasApp {
    pub(super) fn handle_screenshot(&mut self, ctx: &egui::Context) {
        let Some(path) = self.screenshot.clone() else {
            return;
        };
        if self.screenshot_receiver.is_none() {
            // Wait for a story's flight to land, so the picture shows the step itself.
            let flying = self
                .state
                .story()
                .is_some_and(crate::story::StoryPlayer::is_flying);
            if self.frames_drawn >= SCREENSHOT_AFTER_FRAMES && !flying {
                let (sender, receiver) = std::sync::mpsc::channel();
                let repaint = ctx.clone();
                ctx.request_screenshot(move |image| {
                    // The receiver lives as long as the app; a failed send only means it quit.
                    let _ = sender.send(image);
                    repaint.request_repaint();
                });
                self.screenshot_receiver = Some(receiver);
            }
            ctx.request_repaint();
            return;
        }
        let received = self
            .screenshot_receiver
            .as_ref()
            .and_then(|r| r.try_recv().ok());
        if let Some(image) = received {
            match save_png(&path, &image) {
                Ok(()) => {
                    eprintln!("saved screenshot to {}", path.display());
                    self.screenshot_saved
                        .store(true, std::sync::atomic::Ordering::Relaxed);
                }
                Err(err) => eprintln!("could not save screenshot to {}: {err}", path.display()),
            }
            self.screenshot = None;
            self.apply_all(ctx, vec![crate::state::Command::Quit]);
        } else {
            ctx.request_repaint();
        }
    }
}

fn save_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), image::ImageError> {
    let [width, height] = image.size;
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(egui::Color32::to_array)
        .collect();
    image::save_buffer(
        path,
        &bytes,
        width as u32,
        height as u32,
        image::ExtendedColorType::Rgba8,
    )
}
