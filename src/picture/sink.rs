//! Where the frames of an animation go: a GIF, a folder of PNG frames, or an MP4 made by
//! `ffmpeg` (when it is on the machine). Also the terminal's progress bar.

use std::io::{IsTerminal as _, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};

use image::RgbaImage;

use super::gif_writer::GifWriter;

/// What `--out` asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutputKind {
    Gif(PathBuf),
    /// A folder of `frame-00001.png` …
    PngFrames(PathBuf),
    Mp4(PathBuf),
}

impl OutputKind {
    /// `FILE.gif`, `FILE.mp4`, or a folder (`DIR/`, or one that exists).
    pub fn from_path(path: &Path) -> Result<Self, String> {
        let text = path.to_string_lossy();
        if text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR) || path.is_dir() {
            return Ok(Self::PngFrames(path.to_owned()));
        }
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match extension.as_deref() {
            Some("gif") => Ok(Self::Gif(path.to_owned())),
            Some("mp4") => Ok(Self::Mp4(path.to_owned())),
            _ => Err(format!(
                "--out {text}: write FILE.gif, FILE.mp4 or a folder ending in / for PNG frames"
            )),
        }
    }

    pub fn path(&self) -> &Path {
        match self {
            Self::Gif(path) | Self::PngFrames(path) | Self::Mp4(path) => path,
        }
    }
}

/// What was written, for the closing message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    pub path: PathBuf,
    pub frames: usize,
    /// Bytes on disk (all frames together for a folder).
    pub bytes: u64,
}

/// An open destination for frames.
pub enum FrameSink {
    Gif {
        path: PathBuf,
        writer: Box<GifWriter<std::io::BufWriter<std::fs::File>>>,
        frames: usize,
    },
    PngFrames {
        dir: PathBuf,
        frames: usize,
        bytes: u64,
    },
    Mp4 {
        path: PathBuf,
        child: Child,
        stdin: Option<ChildStdin>,
        frames: usize,
    },
}

/// The one line said when `ffmpeg` is missing.
pub const FFMPEG_MISSING: &str = "ffmpeg is needed for MP4 output and was not found on PATH; install it, or write a GIF (--out FILE.gif) or PNG frames (--out DIR/), which need nothing else";

impl FrameSink {
    /// Opens `kind` for frames of `size` pixels at `fps`: creates the file or folder now,
    /// so an unwritable path fails before any frame is drawn.
    pub fn open(kind: &OutputKind, size: (u32, u32), fps: f64) -> Result<Self, String> {
        match kind {
            OutputKind::Gif(path) => {
                let file = std::fs::File::create(path)
                    .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
                let writer = GifWriter::new(std::io::BufWriter::new(file), size, fps)
                    .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
                Ok(Self::Gif {
                    path: path.clone(),
                    writer: Box::new(writer),
                    frames: 0,
                })
            }
            OutputKind::PngFrames(dir) => {
                super::ensure_dir(dir)?;
                Ok(Self::PngFrames {
                    dir: dir.clone(),
                    frames: 0,
                    bytes: 0,
                })
            }
            OutputKind::Mp4(path) => open_ffmpeg(path, size, fps),
        }
    }

    pub fn push(&mut self, frame: &RgbaImage) -> Result<(), String> {
        match self {
            Self::Gif {
                path,
                writer,
                frames,
            } => {
                *frames += 1;
                writer
                    .push(frame)
                    .map_err(|err| format!("cannot write {}: {err}", path.display()))
            }
            Self::PngFrames { dir, frames, bytes } => {
                *frames += 1;
                let path = dir.join(format!("frame-{frames:05}.png"));
                super::save_png(&path, frame)?;
                *bytes += std::fs::metadata(&path).map_or(0, |m| m.len());
                Ok(())
            }
            Self::Mp4 {
                path,
                stdin,
                frames,
                ..
            } => {
                *frames += 1;
                let Some(stdin) = stdin else {
                    return Err(format!("ffmpeg stopped early writing {}", path.display()));
                };
                stdin.write_all(frame.as_raw()).map_err(|err| {
                    format!("ffmpeg stopped early writing {}: {err}", path.display())
                })
            }
        }
    }

    /// Ends the file (GIF trailer, ffmpeg's last packets) and says what was written.
    pub fn finish(self) -> Result<Written, String> {
        match self {
            Self::Gif {
                path,
                writer,
                frames,
            } => {
                let mut out = writer
                    .finish()
                    .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
                out.flush()
                    .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
                let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
                Ok(Written {
                    path,
                    frames,
                    bytes,
                })
            }
            Self::PngFrames { dir, frames, bytes } => Ok(Written {
                path: dir,
                frames,
                bytes,
            }),
            Self::Mp4 {
                path,
                child,
                stdin,
                frames,
            } => {
                drop(stdin);
                let output = child
                    .wait_with_output()
                    .map_err(|err| format!("ffmpeg failed on {}: {err}", path.display()))?;
                if !output.status.success() {
                    let said = String::from_utf8_lossy(&output.stderr);
                    let last = said.lines().rev().find(|l| !l.trim().is_empty());
                    return Err(format!(
                        "ffmpeg could not write {}: {}",
                        path.display(),
                        last.unwrap_or("no reason given")
                    ));
                }
                let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
                Ok(Written {
                    path,
                    frames,
                    bytes,
                })
            }
        }
    }
}

/// `ffmpeg` reading raw RGBA frames on its standard input and writing H.264 (yuv420p, which
/// every player and slide program reads; odd sizes are padded to even).
fn open_ffmpeg(path: &Path, (width, height): (u32, u32), fps: f64) -> Result<FrameSink, String> {
    // Fail on an unwritable path with our own words, before ffmpeg starts.
    std::fs::File::create(path).map_err(|err| format!("cannot write {}: {err}", path.display()))?;
    let mut child = Command::new("ffmpeg")
        .args(["-hide_banner", "-loglevel", "error", "-y"])
        .args(["-f", "rawvideo", "-pix_fmt", "rgba"])
        .args(["-s", &format!("{width}x{height}")])
        .args(["-r", &format!("{fps}")])
        .args(["-i", "-"])
        .args(["-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2"])
        .args(["-c:v", "libx264", "-pix_fmt", "yuv420p", "-crf", "20"])
        .args(["-movflags", "+faststart"])
        .arg(path)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| {
            let _ = std::fs::remove_file(path);
            if err.kind() == std::io::ErrorKind::NotFound {
                FFMPEG_MISSING.to_owned()
            } else {
                format!("cannot start ffmpeg: {err}")
            }
        })?;
    let stdin = child.stdin.take();
    Ok(FrameSink::Mp4 {
        path: path.to_owned(),
        child,
        stdin,
        frames: 0,
    })
}

/// A progress bar on standard error: redrawn in place on a terminal, plain lines (every
/// tenth) when standard error is a file or a pipe.
pub struct Progress {
    total: usize,
    label: String,
    terminal: bool,
    last_tenth: usize,
}

impl Progress {
    pub fn new(label: &str, total: usize) -> Self {
        Self {
            total: total.max(1),
            label: label.to_owned(),
            terminal: std::io::stderr().is_terminal(),
            last_tenth: 0,
        }
    }

    pub fn update(&mut self, done: usize) {
        let mut err = std::io::stderr().lock();
        if self.terminal {
            const WIDTH: usize = 30;
            let filled = done * WIDTH / self.total;
            let _ = write!(
                err,
                "\r{} [{}{}] {:>3}% frame {done}/{}",
                self.label,
                "#".repeat(filled.min(WIDTH)),
                "-".repeat(WIDTH.saturating_sub(filled)),
                done * 100 / self.total,
                self.total
            );
            if done >= self.total {
                let _ = writeln!(err);
            }
        } else {
            let tenth = done * 10 / self.total;
            if tenth > self.last_tenth || done == self.total {
                self.last_tenth = tenth;
                let _ = writeln!(
                    err,
                    "{}: {}% (frame {done} of {})",
                    self.label,
                    done * 100 / self.total,
                    self.total
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_output_kind_comes_from_the_name() {
        assert_eq!(
            OutputKind::from_path(Path::new("a.GIF")),
            Ok(OutputKind::Gif("a.GIF".into()))
        );
        assert_eq!(
            OutputKind::from_path(Path::new("out/frames/")),
            Ok(OutputKind::PngFrames("out/frames/".into()))
        );
        assert!(matches!(
            OutputKind::from_path(Path::new("x.mp4")),
            Ok(OutputKind::Mp4(_))
        ));
        let err = OutputKind::from_path(Path::new("movie.avi")).unwrap_err();
        assert!(err.contains("movie.avi"), "{err}");
    }
}
