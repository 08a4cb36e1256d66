//! Frame times over the map, for staff and developers (F12 at the desk; never in a kiosk):
//! frames per second and the time between presented frames over the last two seconds, and
//! the CPU time the atlas's own frame took. The software renderer's share is the rest of
//! the interval; GPU timestamps are not available on the GL drivers this runs on.

use std::collections::VecDeque;

use egui::RichText;

/// The last frames' timings, kept by the app between frames.
#[derive(Debug, Default)]
pub struct FrameStats {
    /// (seconds since the previous frame, milliseconds spent in the atlas's own frame).
    frames: VecDeque<(f64, f64)>,
}

/// Frames kept: a few seconds at the rates a software renderer reaches.
const KEPT: usize = 240;

impl FrameStats {
    pub fn record(&mut self, interval_secs: f64, own_ms: f64) {
        if self.frames.len() == KEPT {
            self.frames.pop_front();
        }
        self.frames.push_back((interval_secs, own_ms));
    }

    /// (frames per second, median interval ms, 95th percentile interval ms, median own ms)
    /// over the frames of the last two seconds.
    pub fn summary(&self) -> Option<(f64, f64, f64, f64)> {
        let mut span = 0.0;
        let mut recent: Vec<(f64, f64)> = Vec::new();
        for &(interval, own) in self.frames.iter().rev() {
            if span >= 2.0 && recent.len() >= 2 {
                break;
            }
            span += interval;
            recent.push((interval, own));
        }
        if recent.is_empty() || span <= 0.0 {
            return None;
        }
        let mut intervals: Vec<f64> = recent.iter().map(|f| f.0 * 1000.0).collect();
        let mut own: Vec<f64> = recent.iter().map(|f| f.1).collect();
        intervals.sort_by(f64::total_cmp);
        own.sort_by(f64::total_cmp);
        let at = |sorted: &[f64], p: f64| sorted[((sorted.len() - 1) as f64 * p).round() as usize];
        Some((
            recent.len() as f64 / span,
            at(&intervals, 0.5),
            at(&intervals, 0.95),
            at(&own, 0.5),
        ))
    }
}

pub fn frame_overlay_ui(ctx: &egui::Context, stats: &FrameStats, map_rect: egui::Rect) {
    let text = match stats.summary() {
        Some((fps, median, p95, own)) => format!(
            "{fps:.1} frames/s · between frames {median:.0} ms (95%: {p95:.0} ms) · atlas CPU \
             {own:.1} ms · renderer and presenting: the rest"
        ),
        None => "measuring frames …".to_owned(),
    };
    egui::Area::new(egui::Id::unique("frame_overlay"))
        .order(egui::Order::Foreground)
        .fixed_pos(map_rect.left_bottom() + egui::vec2(8.0, -36.0))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.label(RichText::new(text).monospace());
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_covers_the_last_two_seconds() {
        let mut stats = FrameStats::default();
        assert!(stats.summary().is_none());
        // Ten slow frames long ago, then twenty at 100 ms.
        for _ in 0..10 {
            stats.record(1.0, 50.0);
        }
        for _ in 0..20 {
            stats.record(0.1, 5.0);
        }
        let (fps, median, p95, own) = stats.summary().unwrap();
        assert!((fps - 10.0).abs() < 0.6, "{fps}");
        assert!((median - 100.0).abs() < 1e-6 && (p95 - 100.0).abs() < 1e-6);
        assert!((own - 5.0).abs() < 1e-9);
    }
}
