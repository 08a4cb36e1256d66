//! An animated GIF from RGBA frames, kept small: each frame stores only the rectangle that
//! changed since the one before (unchanged pixels inside it are transparent), identical
//! frames become one longer frame, and a frame whose changed pixels have at most 255
//! colours keeps them exactly. Only frames with more colours (anti-aliased text, a camera
//! flight over the whole map) are quantized, with `NeuQuant`, to 255 colours of their own.

use std::collections::HashMap;
use std::io::Write;

use image::RgbaImage;

/// The palette index left transparent in every frame after the first.
const TRANSPARENT: u8 = 255;
/// `NeuQuant`'s sampling factor: 1 is best and slowest, 30 fastest; 10 is its usual choice.
const NEUQUANT_SAMPLING: i32 = 10;

/// A frame waiting for its delay to be known (the next frame may be the same picture).
struct Pending {
    frame: gif::Frame<'static>,
    delay_secs: f64,
}

pub struct GifWriter<W: Write> {
    encoder: gif::Encoder<W>,
    size: (u32, u32),
    frame_secs: f64,
    previous: Option<RgbaImage>,
    pending: Option<Pending>,
    /// Whole centiseconds written so far, and the exact time they stand for, so rounding to
    /// the GIF's centiseconds never drifts (30 fps = 3, 3, 4 …).
    written_cs: u64,
    written_secs: f64,
    /// Frames stored in the file (identical frames merged).
    pub stored_frames: usize,
}

impl<W: Write> GifWriter<W> {
    /// A looping GIF of `size` pixels at `fps` frames per second.
    pub fn new(out: W, size: (u32, u32), fps: f64) -> Result<Self, String> {
        let width = u16::try_from(size.0).map_err(|_| "GIF frames are at most 65535 wide")?;
        let height = u16::try_from(size.1).map_err(|_| "GIF frames are at most 65535 high")?;
        let mut encoder =
            gif::Encoder::new(out, width, height, &[]).map_err(|err| err.to_string())?;
        encoder
            .set_repeat(gif::Repeat::Infinite)
            .map_err(|err| err.to_string())?;
        Ok(Self {
            encoder,
            size,
            frame_secs: 1.0 / fps.max(0.1),
            previous: None,
            pending: None,
            written_cs: 0,
            written_secs: 0.0,
            stored_frames: 0,
        })
    }

    /// Adds a frame shown for one frame time.
    pub fn push(&mut self, image: &RgbaImage) -> Result<(), String> {
        if image.dimensions() != self.size {
            return Err(format!(
                "frame of {}x{} in a GIF of {}x{}",
                image.width(),
                image.height(),
                self.size.0,
                self.size.1
            ));
        }
        let changed = match &self.previous {
            Some(previous) => changed_rect(previous, image),
            None => Some((0, 0, self.size.0, self.size.1)),
        };
        match (changed, &mut self.pending) {
            (None, Some(pending)) => pending.delay_secs += self.frame_secs,
            (None, None) => {}
            (Some(rect), _) => {
                self.flush()?;
                let frame = encode_frame(self.previous.as_ref(), image, rect);
                self.pending = Some(Pending {
                    frame,
                    delay_secs: self.frame_secs,
                });
                self.previous = Some(image.clone());
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), String> {
        let Some(mut pending) = self.pending.take() else {
            return Ok(());
        };
        self.written_secs += pending.delay_secs;
        let until_cs = (self.written_secs * 100.0).round() as u64;
        // At least 2 cs: browsers show shorter delays as 10 cs.
        let delay_cs = until_cs.saturating_sub(self.written_cs).max(2);
        self.written_cs += delay_cs;
        pending.frame.delay = u16::try_from(delay_cs).unwrap_or(u16::MAX);
        self.encoder
            .write_frame(&pending.frame)
            .map_err(|err| err.to_string())?;
        self.stored_frames += 1;
        Ok(())
    }

    /// Writes the last frame and the GIF's trailer.
    pub fn finish(mut self) -> Result<W, String> {
        self.flush()?;
        self.encoder.into_inner().map_err(|err| err.to_string())
    }
}

/// The smallest rectangle `(left, top, width, height)` holding every pixel that differs,
/// or `None` for the same picture.
fn changed_rect(previous: &RgbaImage, current: &RgbaImage) -> Option<(u32, u32, u32, u32)> {
    let (width, height) = current.dimensions();
    let (mut left, mut top, mut right, mut bottom) = (width, height, 0, 0);
    for (y, (old_row, new_row)) in previous.rows().zip(current.rows()).enumerate() {
        for (x, (old, new)) in old_row.zip(new_row).enumerate() {
            if old != new {
                let (x, y) = (x as u32, y as u32);
                left = left.min(x);
                right = right.max(x);
                top = top.min(y);
                bottom = bottom.max(y);
            }
        }
    }
    (left <= right && top <= bottom).then(|| (left, top, right - left + 1, bottom - top + 1))
}

/// One frame's rectangle as palette indices: exact colours when there are few enough, else
/// `NeuQuant`'s 255; pixels the previous frame already shows are transparent.
fn encode_frame(
    previous: Option<&RgbaImage>,
    image: &RgbaImage,
    (left, top, width, height): (u32, u32, u32, u32),
) -> gif::Frame<'static> {
    let unchanged = |x: u32, y: u32| {
        previous.is_some_and(|previous| previous.get_pixel(x, y) == image.get_pixel(x, y))
    };
    let mut changed_rgba: Vec<u8> = Vec::new();
    let mut exact: HashMap<[u8; 3], u8> = HashMap::new();
    let mut too_many = false;
    for y in top..top + height {
        for x in left..left + width {
            if unchanged(x, y) {
                continue;
            }
            let [r, g, b, _] = image.get_pixel(x, y).0;
            changed_rgba.extend([r, g, b, 255]);
            if !too_many && !exact.contains_key(&[r, g, b]) {
                if exact.len() == usize::from(TRANSPARENT) {
                    too_many = true;
                } else {
                    exact.insert([r, g, b], exact.len() as u8);
                }
            }
        }
    }
    let mut palette = vec![0u8; 256 * 3];
    let lookup: Box<dyn Fn([u8; 3]) -> u8> = if too_many {
        let quantizer =
            color_quant::NeuQuant::new(NEUQUANT_SAMPLING, usize::from(TRANSPARENT), &changed_rgba);
        let map = quantizer.color_map_rgb();
        palette[..map.len()].copy_from_slice(&map);
        let mut cache: HashMap<[u8; 3], u8> = HashMap::new();
        let cache = std::cell::RefCell::new(std::mem::take(&mut cache));
        Box::new(move |rgb: [u8; 3]| {
            *cache
                .borrow_mut()
                .entry(rgb)
                .or_insert_with(|| quantizer.index_of(&[rgb[0], rgb[1], rgb[2], 255]) as u8)
        })
    } else {
        for (rgb, index) in &exact {
            let at = usize::from(*index) * 3;
            palette[at..at + 3].copy_from_slice(rgb);
        }
        Box::new(move |rgb: [u8; 3]| exact.get(&rgb).copied().unwrap_or(0))
    };
    let mut indices = Vec::with_capacity((width * height) as usize);
    for y in top..top + height {
        for x in left..left + width {
            if unchanged(x, y) {
                indices.push(TRANSPARENT);
            } else {
                let [r, g, b, _] = image.get_pixel(x, y).0;
                indices.push(lookup([r, g, b]));
            }
        }
    }
    gif::Frame {
        width: width as u16,
        height: height as u16,
        left: left as u16,
        top: top as u16,
        buffer: std::borrow::Cow::Owned(indices),
        palette: Some(palette),
        transparent: previous.map(|_| TRANSPARENT),
        // Later frames draw over the ones before.
        dispose: gif::DisposalMethod::Keep,
        ..gif::Frame::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn solid(color: [u8; 4]) -> RgbaImage {
        RgbaImage::from_pixel(40, 30, image::Rgba(color))
    }

    #[test]
    fn identical_frames_are_stored_once_and_changes_as_rectangles() {
        let mut writer = GifWriter::new(Vec::new(), (40, 30), 10.0).unwrap();
        let first = solid([10, 20, 30, 255]);
        let mut second = first.clone();
        for x in 5..9 {
            second.put_pixel(x, 7, image::Rgba([200, 0, 0, 255]));
        }
        assert_eq!(changed_rect(&first, &second), Some((5, 7, 4, 1)));
        for _ in 0..3 {
            writer.push(&first).unwrap();
        }
        writer.push(&second).unwrap();
        assert!(writer.push(&solid([0; 4]).clone()).is_ok());
        let wrong = RgbaImage::new(10, 10);
        assert!(writer.push(&wrong).unwrap_err().contains("10x10"));
        let stored = writer.stored_frames;
        let bytes = writer.finish().unwrap();
        assert_eq!(stored + 1, 3, "three distinct pictures");
        let mut decoder = gif::DecodeOptions::new();
        decoder.set_color_output(gif::ColorOutput::Indexed);
        let mut reader = decoder.read_info(bytes.as_slice()).unwrap();
        let mut delays = Vec::new();
        let mut second_size = None;
        while let Some(frame) = reader.read_next_frame().unwrap() {
            if delays.len() == 1 {
                second_size = Some((frame.left, frame.top, frame.width, frame.height));
            }
            delays.push(frame.delay);
        }
        assert_eq!(delays, vec![30, 10, 10]);
        assert_eq!(second_size, Some((5, 7, 4, 1)));
    }

    #[test]
    fn few_colours_are_kept_exactly_and_many_are_quantized() {
        let mut many = RgbaImage::new(64, 64);
        for (x, y, pixel) in many.enumerate_pixels_mut() {
            *pixel = image::Rgba([(x * 4) as u8, (y * 4) as u8, 128, 255]);
        }
        let frame = encode_frame(None, &many, (0, 0, 64, 64));
        assert_eq!(frame.buffer.len(), 64 * 64);
        assert!(frame.transparent.is_none());
        let few = solid([12, 34, 56, 255]);
        let frame = encode_frame(None, &few, (0, 0, 40, 30));
        let palette = frame.palette.unwrap();
        let index = usize::from(frame.buffer[0]) * 3;
        assert_eq!(&palette[index..index + 3], &[12, 34, 56]);
    }
}
