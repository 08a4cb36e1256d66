//! Pictures and animations that leave the atlas, drawn headless through wgpu (llvmpipe):
//! a story as GIF and PNG frames, a 4K picture with its caption strip, a poster, the
//! window's Ctrl+S, the command's errors, and no export in a kiosk.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Parser as _;
use ssc_atlas::cli::{Cli, run_command};
use ssc_atlas::data::{DataSource, load_atlas};
use ssc_atlas::render::{Frames, OffscreenRenderer, Scene};
use ssc_atlas::state::{
    AppState, Command, ExportRequest, ExportStatus, PictureContent, PictureSize,
};
use ssc_atlas::time::Date;

const TODAY: Date = Date {
    year: 2026,
    month: Some(6),
    day: Some(1),
};

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("export-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `ssc-atlas ARGS` on `data`, returning what it printed or its one-line error.
fn run(data: &DataSource, args: &[&str]) -> Result<String, String> {
    let mut command_line = vec!["ssc-atlas"];
    command_line.extend(args);
    let cli = Cli::try_parse_from(command_line).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    run_command(cli.command.as_ref().unwrap(), data, TODAY, &mut out).map_err(|e| e.to_string())?;
    Ok(String::from_utf8(out).unwrap())
}

/// A copy of the bundled data with a three-step story: the world in 1950, West Africa in
/// 1960 with the OAU's future members, South-East Asia in 1967 with ASEAN.
fn data_with_three_step_story(dir: &Path) -> DataSource {
    common::copy_of_assets(dir);
    let story = r#"{
  "id": "three-steps",
  "title": "Three steps",
  "summary": "A test story.",
  "steps": [
    {"title": "One", "caption": "The world in 1950.", "year": 1950,
     "view": {"west": -170, "south": -55, "east": 170, "north": 75}, "organizations": [], "duration_secs": 5},
    {"title": "Two", "caption": "Africa in 1963.", "year": 1963,
     "view": {"west": -20, "south": -35, "east": 55, "north": 38}, "organizations": ["au"], "duration_secs": 5},
    {"title": "Three", "caption": "South-East Asia in 1967.", "year": 1967,
     "view": {"west": 90, "south": -12, "east": 130, "north": 25}, "organizations": ["asean"], "duration_secs": 5}
  ]
}"#;
    std::fs::write(dir.join("stories/three-steps.json"), story).unwrap();
    DataSource::Dir(dir.to_owned())
}

fn differ(a: &image::RgbaImage, b: &image::RgbaImage) -> usize {
    a.pixels().zip(b.pixels()).filter(|(x, y)| x != y).count()
}

#[test]
fn a_three_step_story_renders_to_gif_and_to_png_frames() {
    let dir = scratch("story");
    let data = data_with_three_step_story(&dir.join("data"));
    // 3 s a step at 4 fps: 12 frames a step, the first seven flying (1.8 s).
    let common = [
        "render",
        "--story",
        "three-steps",
        "--size",
        "320x180",
        "--fps",
        "4",
        "--secs-per-step",
        "3",
    ];
    let frames_dir = dir.join("frames");
    let frames_arg = format!("{}/", frames_dir.display());
    let said = run(&data, &[&common[..], &["--out", &frames_arg]].concat()).unwrap();
    assert!(said.contains("36 frames of 320x180"), "{said}");
    let frames: Vec<image::RgbaImage> = (1..=36)
        .map(|n| {
            image::open(frames_dir.join(format!("frame-{n:05}.png")))
                .unwrap()
                .to_rgba8()
        })
        .collect();
    assert!(!frames_dir.join("frame-00037.png").exists());
    assert!(frames.iter().all(|f| f.dimensions() == (320, 180)));
    // The camera flies at the start of each step, and rests once it has landed.
    assert!(
        differ(&frames[12], &frames[13]) > 1000,
        "step 2 does not fly"
    );
    assert!(
        differ(&frames[24], &frames[25]) > 1000,
        "step 3 does not fly"
    );
    assert_eq!(
        differ(&frames[34], &frames[35]),
        0,
        "a landed step still moves"
    );
    // Three different steps.
    assert!(differ(&frames[11], &frames[23]) > 5000);
    assert!(differ(&frames[23], &frames[35]) > 5000);

    let gif_path = dir.join("story.gif");
    let said = run(
        &data,
        &[&common[..], &["--out", gif_path.to_str().unwrap()]].concat(),
    )
    .unwrap();
    assert!(said.contains("36 frames"), "{said}");
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    let mut decoder = options
        .read_info(std::fs::File::open(&gif_path).unwrap())
        .unwrap();
    assert_eq!((decoder.width(), decoder.height()), (320, 180));
    let mut canvas = image::RgbaImage::new(320, 180);
    let (mut stored, mut total_cs) = (0, 0u32);
    let mut last_landed = None;
    while let Some(frame) = decoder.read_next_frame().unwrap() {
        stored += 1;
        total_cs += u32::from(frame.delay);
        // Compose the frame's rectangle over the picture so far (transparent keeps it).
        for y in 0..u32::from(frame.height) {
            for x in 0..u32::from(frame.width) {
                let at = ((y * u32::from(frame.width) + x) * 4) as usize;
                let pixel = &frame.buffer[at..at + 4];
                if pixel[3] > 0 {
                    canvas.put_pixel(
                        u32::from(frame.left) + x,
                        u32::from(frame.top) + y,
                        image::Rgba([pixel[0], pixel[1], pixel[2], 255]),
                    );
                }
            }
        }
        last_landed = Some(canvas.clone());
    }
    // Frames that repeat the one before are one longer frame: 36 frames of 25 cs in all.
    assert_eq!(total_cs, 36 * 25);
    assert!((6..36).contains(&stored), "{stored} frames stored");
    // The GIF's last picture is the last PNG frame, within the palette's rounding.
    let last = last_landed.unwrap();
    let close = last
        .pixels()
        .zip(frames[35].pixels())
        .filter(|(a, b)| a.0.iter().zip(b.0).all(|(x, y)| x.abs_diff(y) <= 24))
        .count();
    assert!(close * 100 >= 97 * 320 * 180, "{close} pixels close");
}

#[test]
fn a_view_saved_at_4k_has_the_caption_strip_naming_the_year() {
    let atlas = Arc::new(load_atlas(&DataSource::Bundled));
    let mut scene = Scene::new(1975, 2026);
    scene.organizations = vec!["au".into(), "asean".into()];
    let size = (3840, 2160);
    // A 900-point window laid out again at 4K.
    let ppp = ssc_atlas::render::picture_pixels_per_point(
        900.0,
        size,
        ssc_atlas::render::strip::STRIP_HEIGHT_POINTS,
    );
    let mut frames = Frames::new(OffscreenRenderer::new().unwrap(), atlas, &scene, size, ppp)
        .with_caption_strip(true);
    let image = frames.still().unwrap();
    if std::env::var_os("SAVE_EXPORT").is_some() {
        image
            .save(Path::new(env!("CARGO_TARGET_TMPDIR")).join("export-4k.png"))
            .unwrap();
    }
    assert_eq!(image.dimensions(), size);
    let height_points = size.1 as f32 / ppp;
    let in_strip = |text: &str| {
        frames
            .texts
            .iter()
            .any(|drawn| drawn.text.contains(text) && drawn.rect.top() > height_points - 80.0)
    };
    assert!(in_strip("1975"), "no year in the strip");
    assert!(in_strip("OAU") && in_strip("ASEAN"), "no organizations");
    assert!(in_strip("Map: Natural Earth"), "no sources");
    // The strip is drawn: its panel fill runs along the bottom of the picture, where the
    // map's sea would otherwise be.
    let corner = *image.get_pixel(8, size.1 - 8);
    let sea = ssc_atlas::theme::map_palette(ssc_atlas::state::ThemeChoice::Light).sea;
    assert_ne!(corner.0[..3], sea.to_array()[..3]);
    assert!(
        (0..size.0)
            .step_by(7)
            .all(|x| *image.get_pixel(x, size.1 - 3) == corner),
        "the bottom row is not the strip's fill"
    );
    // And without the strip, the year is nowhere at the bottom.
    let mut bare = Frames::new(
        frames.into_renderer(),
        Arc::new(load_atlas(&DataSource::Bundled)),
        &scene,
        (640, 360),
        1.0,
    );
    bare.still().unwrap();
    assert!(
        !bare
            .texts
            .iter()
            .any(|d| d.text.contains("Map: Natural Earth"))
    );
}

#[test]
fn a_poster_has_a_title_a_legend_and_the_sources() {
    let dir = scratch("poster");
    let out = dir.join("poster.png");
    let said = run(
        &DataSource::Bundled,
        &[
            "poster",
            "--year",
            "1975",
            "--select",
            "au,opec",
            "--size",
            "1280x720",
            "--out",
            out.to_str().unwrap(),
        ],
    )
    .unwrap();
    assert!(said.contains("\"The OAU and OPEC in 1975\""), "{said}");
    let image = image::open(&out).unwrap().to_rgba8();
    assert_eq!(image.dimensions(), (1280, 720));
    // The OAU's members' fill covers Africa, in the first selection colour.
    let oau = ssc_atlas::ui::map::member_fill(
        ssc_atlas::theme::map_palette(ssc_atlas::state::ThemeChoice::Light).land,
        ssc_atlas::theme::selection_color(0),
    );
    let filled = image
        .pixels()
        .filter(|p| p.0[..3] == oau.to_array()[..3])
        .count();
    assert!(filled > 5000, "{filled} pixels of the OAU's colour");
}

#[test]
fn bad_values_are_named_in_one_line() {
    let data = DataSource::Bundled;
    let dir = scratch("errors");
    let gif = dir.join("x.gif");
    let gif = gif.to_str().unwrap();
    let cases: [(&[&str], &str); 8] = [
        (
            &["render", "--story", "nope", "--out", gif],
            "unknown story \"nope\"",
        ),
        (
            &["render", "--from", "1990", "--to", "1955", "--out", gif],
            "--from 1990 is after --to 1955",
        ),
        (
            &["render", "--from", "1900", "--to", "1955", "--out", gif],
            "--from 1900 is outside",
        ),
        (
            &[
                "render", "--from", "1960", "--to", "1961", "--select", "au,xyz", "--out", gif,
            ],
            "\"xyz\"",
        ),
        (
            &["render", "--from", "1960", "--to", "1961", "--out", "a.avi"],
            "a.avi",
        ),
        (
            &[
                "render",
                "--from",
                "1960",
                "--to",
                "1961",
                "--out",
                "/proc/nowhere/x.gif",
            ],
            "cannot write /proc/nowhere/x.gif",
        ),
        (
            &[
                "render",
                "--story",
                "bandung-to-g77",
                "--out",
                gif,
                "--size",
                "9000x100",
            ],
            "9000x100",
        ),
        (
            &["poster", "--year", "1975", "--out", "poster.jpg"],
            "poster.jpg",
        ),
    ];
    for (args, expected) in cases {
        let err = run(&data, args).unwrap_err();
        assert!(err.contains(expected), "{args:?}: {err}");
    }
}

#[test]
fn mp4_without_ffmpeg_says_what_is_needed() {
    let dir = scratch("mp4");
    let out = dir.join("x.mp4");
    let result = run(
        &DataSource::Bundled,
        &[
            "render",
            "--from",
            "1960",
            "--to",
            "1960",
            "--size",
            "320x180",
            "--fps",
            "2",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    let ffmpeg = std::process::Command::new("ffmpeg")
        .arg("-version")
        .output()
        .is_ok();
    if ffmpeg {
        assert!(result.unwrap().contains("2 frames"));
        assert!(std::fs::metadata(&out).unwrap().len() > 0);
    } else {
        let err = result.unwrap_err();
        assert!(err.contains("ffmpeg is needed for MP4"), "{err}");
        assert!(err.contains("GIF") && err.contains("PNG"), "{err}");
    }
}

#[test]
fn ctrl_s_saves_the_view_into_the_export_folder() {
    use egui_kittest::Harness;
    let dir = scratch("window");
    let atlas = load_atlas(&DataSource::Bundled);
    let mut state = AppState::new(Arc::new(atlas), 1975, 2026);
    state.apply(Command::ToggleOrganization("au".into()));
    let app = ssc_atlas::app::AtlasApp::new(state, None).with_export_dir(dir.clone());
    let mut harness = Harness::builder()
        .with_size((1024.0, 640.0))
        .build_ui_state(|ui, app: &mut ssc_atlas::app::AtlasApp| app.show(ui), app);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(2);
    assert!(harness.state().state.export_status().is_running());
    // The picture is made on its own thread: the window keeps drawing meanwhile.
    let started = std::time::Instant::now();
    while harness.state().state.export_status().is_running() {
        assert!(
            started.elapsed().as_secs() < 120,
            "the export never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
        harness.step();
    }
    let ExportStatus::Saved(path) = harness.state().state.export_status().clone() else {
        panic!("{:?}", harness.state().state.export_status());
    };
    assert!(path.is_absolute());
    assert_eq!(path.file_name().unwrap(), "atlas-1975-au.png");
    assert_eq!(image::image_dimensions(&path).unwrap(), (1024, 640));
    // The message names the full path.
    let message = harness.state().state.export_status().message().unwrap();
    assert!(message.contains(path.to_str().unwrap()), "{message}");
}

#[test]
fn a_kiosk_exports_nothing() {
    let atlas = load_atlas(&DataSource::Bundled);
    let mut state = AppState::new(Arc::new(atlas), 1975, 2026);
    state.apply(Command::SetMode(ssc_atlas::state::Mode::Kiosk(Box::new(
        ssc_atlas::kiosk::Kiosk::new(ssc_atlas::kiosk::KioskConfig::default()),
    ))));
    state.apply(Command::Export(ExportRequest::Picture {
        content: PictureContent::View,
        size: PictureSize::Window,
    }));
    assert!(state.take_export_requests().is_empty());
    assert_eq!(state.export_status(), &ExportStatus::Idle);
    // At the desk the same request is taken.
    state.apply(Command::SetMode(ssc_atlas::state::Mode::Desk));
    state.apply(Command::Export(ExportRequest::Picture {
        content: PictureContent::View,
        size: PictureSize::Window,
    }));
    assert_eq!(state.take_export_requests().len(), 1);
}

#[test]
fn a_lecturer_saves_the_step_with_ctrl_s_and_the_story_with_ctrl_e() {
    use egui_kittest::Harness;
    let dir = scratch("present");
    let atlas = load_atlas(&DataSource::Bundled);
    let mut state = AppState::new(Arc::new(atlas), 1950, 2026);
    state.apply(Command::StoryStart {
        story: 0,
        step: 2,
        autoplay: false,
    });
    let app = ssc_atlas::app::AtlasApp::new(state, None)
        .with_mode(ssc_atlas::app::Mode::Present { blank: false })
        .with_export_dir(dir.clone());
    let mut harness = Harness::builder()
        .with_size((960.0, 540.0))
        .build_ui_state(|ui, app: &mut ssc_atlas::app::AtlasApp| app.show(ui), app);
    harness.run_steps(3);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(2);
    let started = std::time::Instant::now();
    while harness.state().state.export_status().is_running() {
        assert!(
            started.elapsed().as_secs() < 120,
            "the export never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
        harness.step();
    }
    let ExportStatus::Saved(path) = harness.state().state.export_status().clone() else {
        panic!("{:?}", harness.state().state.export_status());
    };
    // The step's organization (OPEC) names the file; the picture is the window's size.
    assert_eq!(path.file_name().unwrap(), "atlas-1960-opec.png");
    assert_eq!(image::image_dimensions(&path).unwrap(), (960, 540));
    // Ctrl+E starts the story's GIF; Cancel stops it and leaves no file.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run_steps(2);
    assert!(matches!(
        harness.state().state.export_status(),
        ExportStatus::Running { .. }
    ));
    harness
        .state_mut()
        .state
        .apply(Command::Export(ExportRequest::Cancel));
    let started = std::time::Instant::now();
    while harness.state().state.export_status().is_running() {
        assert!(
            started.elapsed().as_secs() < 120,
            "the cancel never arrived"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
        harness.step();
    }
    assert_eq!(
        harness.state().state.export_status(),
        &ExportStatus::Cancelled
    );
    assert!(!dir.join("story-bandung-to-g77.gif").exists());
}

#[test]
fn a_plot_picture_shows_that_plot_alone_with_the_strip() {
    use ssc_atlas::render::Content;
    use ssc_atlas::state::PlotKind;
    let atlas = Arc::new(load_atlas(&DataSource::Bundled));
    let mut scene = Scene::new(1990, 2026);
    scene.organizations = vec!["asean".into()];
    let mut frames = Frames::new(
        OffscreenRenderer::new().unwrap(),
        atlas,
        &scene,
        (960, 540),
        1.0,
    )
    .with_content(Content::Plot(PlotKind::Members))
    .with_caption_strip(true);
    let image = frames.still().unwrap();
    if std::env::var_os("SAVE_EXPORT").is_some() {
        image
            .save(Path::new(env!("CARGO_TARGET_TMPDIR")).join("export-plot.png"))
            .unwrap();
    }
    assert_eq!(image.dimensions(), (960, 540));
    let drew = |text: &str| frames.texts.iter().any(|d| d.text.contains(text));
    assert!(drew("Members over time"));
    assert!(drew("1990") && drew("ASEAN"));
    // The other plots and the map's panels are not in it.
    assert!(!drew("Events per year") && !drew("Organizations"));
}
