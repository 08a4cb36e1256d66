//! Colours for readers with colour-vision deficiencies, egui-free: the palette the selected
//! organizations are drawn in, the simulation of protanopia, deuteranopia and tritanopia,
//! and a perceptual distance to check that colours shown together stay apart.
//!
//! Simulation: Machado, G. M., Oliveira, M. M. and Fernandes, L. A. F. (2009), "A
//! Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE Transactions
//! on Visualization and Computer Graphics 15(6), 1291–1298; the published matrices for
//! severity 1.0 (dichromacy), applied to linear sRGB.
//!
//! Distance: CIEDE2000 (CIE 142-2001; the formulas as set out by Sharma, Wu and Dalal 2005,
//! "The CIEDE2000 color-difference formula: implementation notes, supplementary test data,
//! and mathematical observations", Color Research & Application 30(1), 21–30) between CIE
//! L*a*b* colours (D65 white).

/// An sRGB colour, 8 bits a channel.
pub type Rgb = [u8; 3];

/// How a reader sees colour: normal trichromacy or one of the three dichromacies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vision {
    Normal,
    /// No long-wavelength (red) cones.
    Protanopia,
    /// No medium-wavelength (green) cones.
    Deuteranopia,
    /// No short-wavelength (blue) cones.
    Tritanopia,
}

impl Vision {
    pub const ALL: [Vision; 4] = [
        Vision::Normal,
        Vision::Protanopia,
        Vision::Deuteranopia,
        Vision::Tritanopia,
    ];

    /// A short name for file names and messages (`protan`, `deutan`, `tritan`).
    pub fn short_name(self) -> &'static str {
        match self {
            Vision::Normal => "normal",
            Vision::Protanopia => "protan",
            Vision::Deuteranopia => "deutan",
            Vision::Tritanopia => "tritan",
        }
    }

    /// Machado et al. (2009), severity 1.0, rows applied to linear RGB.
    fn matrix(self) -> Option<[[f64; 3]; 3]> {
        match self {
            Vision::Normal => None,
            Vision::Protanopia => Some([
                [0.152_286, 1.052_583, -0.204_868],
                [0.114_503, 0.786_281, 0.099_216],
                [-0.003_882, -0.048_116, 1.051_998],
            ]),
            Vision::Deuteranopia => Some([
                [0.367_322, 0.860_646, -0.227_968],
                [0.280_085, 0.672_501, 0.047_413],
                [-0.011_820, 0.042_940, 0.968_881],
            ]),
            Vision::Tritanopia => Some([
                [1.255_528, -0.076_749, -0.178_779],
                [-0.078_411, 0.930_809, 0.147_602],
                [0.004_733, 0.691_367, 0.303_900],
            ]),
        }
    }
}

/// The colours of the selected organizations, by selection slot: the first body ticked is
/// drawn in the first colour, the second in the second, and so on. The Okabe–Ito colours
/// (Okabe and Ito, "Color Universal Design", 2002/2008) without black, with the yellow last
/// (it is the closest to the light theme's land). Every pair, and every colour against the
/// land and sea of every theme, stays at least [`MIN_DISTANCE`] apart in normal vision and
/// in the three simulations (tested below).
pub const SELECTION_PALETTE: [Rgb; 7] = [
    [0xE6, 0x9F, 0x00], // orange
    [0x56, 0xB4, 0xE9], // sky blue
    [0x00, 0x9E, 0x73], // bluish green
    [0xD5, 0x5E, 0x00], // vermilion
    [0x00, 0x72, 0xB2], // blue
    [0xCC, 0x79, 0xA7], // reddish purple
    [0xF0, 0xE4, 0x42], // yellow
];

/// Colours for the two groupings the decolonization plot always draws (G77 and NAM) while
/// they are not selected, on a light plot: outside [`SELECTION_PALETTE`] and apart from all
/// of it, so a colour means one body in the whole window.
pub const GROUPING_COLOURS: [Rgb; 2] = [
    [0x77, 0x22, 0x00], // dark reddish brown
    [0x55, 0x11, 0x77], // dark purple
];

/// [`GROUPING_COLOURS`] for the dark theme's near-black plot, where those two would hardly
/// show: light, and as far from the selection palette.
pub const GROUPING_COLOURS_ON_DARK: [Rgb; 2] = [
    [0xDD, 0xFF, 0xBB], // pale lime
    [0x88, 0xFF, 0xEE], // pale aqua
];

/// The smallest CIEDE2000 difference allowed between two colours shown together, under any
/// of [`Vision::ALL`]. About ten times a just-noticeable difference: two areas side by side
/// read as different colours, not as one colour in two shades.
pub const MIN_DISTANCE: f64 = 10.0;

fn linear_from_srgb(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.040_45 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn srgb_from_linear(value: f64) -> u8 {
    let v = value.clamp(0.0, 1.0);
    let c = if v <= 0.003_130_8 {
        v * 12.92
    } else {
        1.055 * v.powf(1.0 / 2.4) - 0.055
    };
    // In 0..=255 after the clamp.
    (c * 255.0).round() as u8
}

fn simulate_linear(rgb: Rgb, vision: Vision) -> [f64; 3] {
    let linear = rgb.map(linear_from_srgb);
    match vision.matrix() {
        None => linear,
        Some(m) => [0, 1, 2].map(|row| {
            (m[row][0] * linear[0] + m[row][1] * linear[1] + m[row][2] * linear[2]).clamp(0.0, 1.0)
        }),
    }
}

/// How `rgb` looks under `vision`, as sRGB.
pub fn simulate(rgb: Rgb, vision: Vision) -> Rgb {
    simulate_linear(rgb, vision).map(srgb_from_linear)
}

/// Simulates `vision` over an RGBA image in place (alpha kept).
pub fn simulate_rgba(pixels: &mut [u8], vision: Vision) {
    for pixel in pixels.chunks_exact_mut(4) {
        let [r, g, b] = simulate([pixel[0], pixel[1], pixel[2]], vision);
        pixel[0] = r;
        pixel[1] = g;
        pixel[2] = b;
    }
}

/// CIE L*a*b* (D65) of a linear sRGB colour.
fn lab_from_linear(linear: [f64; 3]) -> [f64; 3] {
    let [red, green, blue] = linear;
    let x = 0.412_456_4 * red + 0.357_576_1 * green + 0.180_437_5 * blue;
    let y = 0.212_672_9 * red + 0.715_152_2 * green + 0.072_175_0 * blue;
    let z = 0.019_333_9 * red + 0.119_192_0 * green + 0.950_304_1 * blue;
    let f = |t: f64| {
        let delta: f64 = 6.0 / 29.0;
        if t > delta.powi(3) {
            t.cbrt()
        } else {
            t / (3.0 * delta * delta) + 4.0 / 29.0
        }
    };
    let (fx, fy, fz) = (f(x / 0.950_47), f(y), f(z / 1.088_83));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIE L*a*b* (D65) of an sRGB colour.
pub fn lab(rgb: Rgb) -> [f64; 3] {
    lab_from_linear(rgb.map(linear_from_srgb))
}

/// The CIEDE2000 colour difference between two L*a*b* colours (kL = kC = kH = 1).
pub fn ciede2000(lab1: [f64; 3], lab2: [f64; 3]) -> f64 {
    let [l1, a1, b1] = lab1;
    let [l2, a2, b2] = lab2;
    let chroma_mean = f64::midpoint(a1.hypot(b1), a2.hypot(b2));
    let pow25_7 = 25.0_f64.powi(7);
    let g = 0.5 * (1.0 - (chroma_mean.powi(7) / (chroma_mean.powi(7) + pow25_7)).sqrt());
    let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
    let hue = |b: f64, a: f64| {
        if b == 0.0 && a == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let (h1p, h2p) = (hue(b1, a1p), hue(b2, a2p));
    let delta_l = l2 - l1;
    let delta_c = c2p - c1p;
    let chroma_product = c1p * c2p;
    let delta_h_angle = if chroma_product == 0.0 {
        0.0
    } else {
        let d = h2p - h1p;
        if d > 180.0 {
            d - 360.0
        } else if d < -180.0 {
            d + 360.0
        } else {
            d
        }
    };
    let delta_h = 2.0 * chroma_product.sqrt() * (delta_h_angle.to_radians() / 2.0).sin();
    let l_mean = f64::midpoint(l1, l2);
    let chroma_p_mean = f64::midpoint(c1p, c2p);
    let h_mean = if chroma_product == 0.0 {
        h1p + h2p
    } else if (h1p - h2p).abs() <= 180.0 {
        f64::midpoint(h1p, h2p)
    } else if h1p + h2p < 360.0 {
        (h1p + h2p + 360.0) / 2.0
    } else {
        (h1p + h2p - 360.0) / 2.0
    };
    let t = 1.0 - 0.17 * (h_mean - 30.0).to_radians().cos()
        + 0.24 * (2.0 * h_mean).to_radians().cos()
        + 0.32 * (3.0 * h_mean + 6.0).to_radians().cos()
        - 0.20 * (4.0 * h_mean - 63.0).to_radians().cos();
    let delta_theta = 30.0 * (-((h_mean - 275.0) / 25.0).powi(2)).exp();
    let r_c = 2.0 * (chroma_p_mean.powi(7) / (chroma_p_mean.powi(7) + pow25_7)).sqrt();
    let s_l = 1.0 + 0.015 * (l_mean - 50.0).powi(2) / (20.0 + (l_mean - 50.0).powi(2)).sqrt();
    let s_c = 1.0 + 0.045 * chroma_p_mean;
    let s_h = 1.0 + 0.015 * chroma_p_mean * t;
    let r_t = -(2.0 * delta_theta).to_radians().sin() * r_c;
    let (dl, dc, dh) = (delta_l / s_l, delta_c / s_c, delta_h / s_h);
    (dl * dl + dc * dc + dh * dh + r_t * dc * dh).sqrt()
}

/// How far apart `a` and `b` look under `vision` (CIEDE2000).
pub fn distance(a: Rgb, b: Rgb, vision: Vision) -> f64 {
    ciede2000(
        lab_from_linear(simulate_linear(a, vision)),
        lab_from_linear(simulate_linear(b, vision)),
    )
}

/// The smallest of [`distance`] over [`Vision::ALL`], and the vision it happens in.
pub fn worst_distance(a: Rgb, b: Rgb) -> (f64, Vision) {
    Vision::ALL
        .into_iter()
        .map(|vision| (distance(a, b, vision), vision))
        .fold((f64::INFINITY, Vision::Normal), |worst, next| {
            if next.0 < worst.0 { next } else { worst }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17 and 25 with their ΔE00.
    #[test]
    fn ciede2000_matches_the_published_test_data() {
        let cases = [
            ([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485], 2.0425),
            ([50.0, 0.0, 0.0], [50.0, -1.0, 2.0], 2.3669),
            ([50.0, 2.5, 0.0], [73.0, 25.0, -18.0], 27.1492),
            (
                [60.2574, -34.0099, 36.2677],
                [60.4626, -34.1751, 39.4387],
                1.2644,
            ),
        ];
        for (a, b, expected) in cases {
            let got = ciede2000(a, b);
            assert!((got - expected).abs() < 1e-4, "{a:?} {b:?}: {got}");
            assert!((ciede2000(b, a) - expected).abs() < 1e-4, "symmetric");
        }
    }

    #[test]
    fn lab_of_white_black_and_mid_grey() {
        let white = lab([255, 255, 255]);
        assert!((white[0] - 100.0).abs() < 0.01 && white[1].abs() < 0.01 && white[2].abs() < 0.01);
        assert!(lab([0, 0, 0])[0].abs() < 1e-9);
        // sRGB 119 is L* 50 within a unit.
        assert!((lab([119, 119, 119])[0] - 50.0).abs() < 1.0);
    }

    #[test]
    fn greys_look_the_same_to_everyone_and_red_green_merge_for_dichromats() {
        for vision in Vision::ALL {
            let grey = simulate([128, 128, 128], vision);
            for channel in grey {
                assert!(
                    (i32::from(channel) - 128).abs() <= 2,
                    "{vision:?}: {grey:?}"
                );
            }
        }
        // A red and the olive a protanope or deuteranope sees for it: far apart in normal
        // vision, one colour without red or green cones.
        let red = [0xCC, 0x33, 0x33];
        for vision in [Vision::Protanopia, Vision::Deuteranopia] {
            let seen = simulate(red, vision);
            assert!(
                distance(red, seen, Vision::Normal) > 30.0,
                "{vision:?}: {seen:?}"
            );
            assert!(distance(red, seen, vision) < 2.0, "{vision:?}: {seen:?}");
        }
    }

    #[test]
    fn the_selection_palette_and_grouping_colours_stay_apart_under_every_vision() {
        for grouping in [GROUPING_COLOURS, GROUPING_COLOURS_ON_DARK] {
            let all: Vec<Rgb> = SELECTION_PALETTE
                .iter()
                .chain(grouping.iter())
                .copied()
                .collect();
            for (i, a) in all.iter().enumerate() {
                for b in &all[i + 1..] {
                    let (worst, vision) = worst_distance(*a, *b);
                    assert!(
                        worst >= MIN_DISTANCE,
                        "{a:02X?} and {b:02X?}: {worst:.1} under {vision:?}"
                    );
                }
            }
        }
    }
}
