//! Colours, sizes and text styles: every colour literal of the UI lives here.

use egui::{Color32, FontFamily, FontId, TextStyle};

use crate::state::ThemeChoice;

/// One spacing scale, in points.
pub const SPACE_XS: f32 = 4.0;
pub const SPACE_S: f32 = 8.0;
pub const SPACE_M: f32 = 12.0;
pub const SPACE_L: f32 = 16.0;
pub const SPACE_XL: f32 = 24.0;
/// One corner radius for cards, chips and swatches.
pub const CORNER_RADIUS: u8 = 6;

/// Colours of the map for one theme.
#[derive(Clone, Copy, Debug)]
pub struct MapPalette {
    pub sea: Color32,
    pub land: Color32,
    pub land_hovered: Color32,
    /// A territory not yet independent: the land colour, desaturated.
    pub land_dependent: Color32,
    /// Fine hatch over dependent territories.
    pub hatch: Color32,
    /// Antarctica: present but quiet; nothing in this story happens there.
    pub land_faint: Color32,
    pub border: Color32,
    pub border_selected: Color32,
    pub marker: Color32,
    pub marker_current: Color32,
    pub marker_halo: Color32,
    pub label: Color32,
    pub label_halo: Color32,
    /// Names of the states of the time: quieter than event labels, except in high contrast.
    pub country_label: Color32,
}

pub fn map_palette(theme: ThemeChoice) -> MapPalette {
    match theme {
        ThemeChoice::Light => MapPalette {
            sea: Color32::from_rgb(0xD5, 0xDE, 0xE4),
            land: Color32::from_rgb(0xEE, 0xE8, 0xDC),
            land_hovered: Color32::from_rgb(0xDD, 0xD3, 0xBF),
            land_dependent: Color32::from_rgb(0xE4, 0xE3, 0xE0),
            hatch: Color32::from_rgba_unmultiplied(0x8A, 0x86, 0x80, 150),
            land_faint: Color32::from_rgb(0xE6, 0xE9, 0xEB),
            border: Color32::from_rgb(0xA8, 0x9F, 0x90),
            border_selected: Color32::from_rgb(0x20, 0x20, 0x20),
            marker: Color32::from_rgb(0x3A, 0x3A, 0x46),
            marker_current: Color32::from_rgb(0xB0, 0x1C, 0x2E),
            marker_halo: Color32::from_rgba_unmultiplied(255, 255, 255, 210),
            label: Color32::from_rgb(0x1E, 0x1E, 0x24),
            label_halo: Color32::from_rgba_unmultiplied(255, 255, 255, 200),
            country_label: Color32::from_rgb(0x1E, 0x1E, 0x24).gamma_multiply(0.7),
        },
        ThemeChoice::Dark => MapPalette {
            sea: Color32::from_rgb(0x1B, 0x24, 0x2E),
            land: Color32::from_rgb(0x3A, 0x40, 0x48),
            land_hovered: Color32::from_rgb(0x4C, 0x54, 0x5E),
            land_dependent: Color32::from_rgb(0x33, 0x37, 0x3C),
            hatch: Color32::from_rgba_unmultiplied(0x80, 0x88, 0x92, 150),
            land_faint: Color32::from_rgb(0x2A, 0x31, 0x3A),
            border: Color32::from_rgb(0x6E, 0x78, 0x84),
            border_selected: Color32::from_rgb(0xF2, 0xF2, 0xF2),
            marker: Color32::from_rgb(0xE8, 0xE8, 0xEE),
            marker_current: Color32::from_rgb(0xFF, 0x6B, 0x6B),
            marker_halo: Color32::from_rgba_unmultiplied(20, 24, 30, 210),
            label: Color32::from_rgb(0xF4, 0xF4, 0xF6),
            label_halo: Color32::from_rgba_unmultiplied(20, 24, 30, 210),
            country_label: Color32::from_rgb(0xF4, 0xF4, 0xF6).gamma_multiply(0.7),
        },
        // White land under black borders and black type; the sea a plain grey-blue.
        ThemeChoice::HighContrast => MapPalette {
            sea: Color32::from_rgb(0xC8, 0xD0, 0xD8),
            land: Color32::WHITE,
            land_hovered: Color32::from_rgb(0xE4, 0xE4, 0xE4),
            land_dependent: Color32::from_rgb(0xEC, 0xEC, 0xEC),
            hatch: Color32::from_rgba_unmultiplied(0, 0, 0, 190),
            land_faint: Color32::from_rgb(0xF2, 0xF2, 0xF2),
            border: Color32::BLACK,
            border_selected: HIGH_CONTRAST_ACCENT,
            marker: Color32::BLACK,
            marker_current: Color32::from_rgb(0xC0, 0x00, 0x00),
            marker_halo: Color32::WHITE,
            label: Color32::BLACK,
            label_halo: Color32::from_rgba_unmultiplied(255, 255, 255, 235),
            country_label: Color32::BLACK,
        },
    }
}

/// The colour of a selected organization: its selection slot's colour in
/// [`crate::colour_vision::SELECTION_PALETTE`] (the first body ticked gets the first colour),
/// told apart from the other slots and from land and sea under colour-vision deficiencies.
/// The colour a curator gave the body (`color` in the data) is not drawn: no hundred
/// colours can all be told apart.
pub fn selection_color(slot: usize) -> Color32 {
    let palette = crate::colour_vision::SELECTION_PALETTE;
    let [r, g, b] = palette[slot % palette.len()];
    Color32::from_rgb(r, g, b)
}

/// The colour `organization_id` is drawn in: its selection slot's, or `None` when it is not
/// selected (lists then draw an empty swatch, plots a neutral line).
pub fn organization_color(
    state: &crate::state::AppState,
    organization_id: &str,
) -> Option<Color32> {
    state
        .organization_slot(organization_id)
        .map(selection_color)
}

/// The decolonization plot's G77 and NAM while not selected (see
/// [`crate::colour_vision::GROUPING_COLOURS`]): dark on the light themes' plots, light on
/// the dark theme's.
pub fn grouping_color(theme: ThemeChoice, index: usize) -> Color32 {
    let colours = match theme {
        ThemeChoice::Dark => crate::colour_vision::GROUPING_COLOURS_ON_DARK,
        ThemeChoice::Light | ThemeChoice::HighContrast => crate::colour_vision::GROUPING_COLOURS,
    };
    let [r, g, b] = colours[index % colours.len()];
    Color32::from_rgb(r, g, b)
}

/// Black or white, whichever reads better on `fill` (text on an organization's chip).
pub fn text_on(fill: Color32) -> Color32 {
    let on_white = contrast_ratio(Color32::WHITE, fill);
    let on_black = contrast_ratio(Color32::BLACK, fill);
    if on_black > on_white {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// WCAG 2 relative luminance of an opaque colour.
pub fn relative_luminance(color: Color32) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
}

/// WCAG 2 contrast ratio between two opaque colours (1 to 21).
pub fn contrast_ratio(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Colour of an event kind in the events plot (Okabe–Ito).
pub fn event_kind_color(kind: &str) -> Color32 {
    match kind {
        "summit" => Color32::from_rgb(0xD5, 0x5E, 0x00),
        "conference" => Color32::from_rgb(0x00, 0x72, 0xB2),
        "ministerial" => Color32::from_rgb(0x00, 0x9E, 0x73),
        "founding" => Color32::from_rgb(0xE6, 0x9F, 0x00),
        "declaration" => Color32::from_rgb(0xCC, 0x79, 0xA7),
        "agreement" => Color32::from_rgb(0x56, 0xB4, 0xE9),
        "institution" => Color32::from_rgb(0x7F, 0x7F, 0x7F),
        _ => Color32::from_rgb(0x88, 0x88, 0x88),
    }
}

/// Text for "sources differ" notes.
pub fn note_color(theme: ThemeChoice) -> Color32 {
    match theme {
        ThemeChoice::Light => Color32::from_rgb(0x8A, 0x4B, 0x00),
        ThemeChoice::Dark => Color32::from_rgb(0xF0, 0xB4, 0x60),
        ThemeChoice::HighContrast => Color32::from_rgb(0x6A, 0x33, 0x00),
    }
}

/// Text that asks a curator to act (an edit not shown, data problems).
pub fn warning_color(theme: ThemeChoice) -> Color32 {
    match theme {
        ThemeChoice::Light => Color32::from_rgb(0xB0, 0x2A, 0x0A),
        ThemeChoice::Dark => Color32::from_rgb(0xFF, 0x8A, 0x65),
        ThemeChoice::HighContrast => Color32::from_rgb(0x9E, 0x00, 0x00),
    }
}

/// Size of the big year read-out under the map.
pub const YEAR_FONT_SIZE: f32 = 34.0;
pub const CARD_TITLE_SIZE: f32 = 19.0;

/// egui's fonts and, as a fallback for what they lack, Noto Sans Devanagari (Hindi); egui
/// shapes Devanagari's conjuncts and vowel signs with harfrust. Set once per context.
pub fn font_definitions() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto-sans-devanagari".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(include_bytes!(
            "../assets/fonts/NotoSansDevanagari-Regular.ttf"
        ))),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("noto-sans-devanagari".to_owned());
    }
    fonts
}

/// Applies the theme and the desk type scale (14 px body, 18–22 px headings).
pub fn apply(ctx: &egui::Context, theme: ThemeChoice) {
    ctx.set_theme(match theme {
        ThemeChoice::Light | ThemeChoice::HighContrast => egui::Theme::Light,
        ThemeChoice::Dark => egui::Theme::Dark,
    });
    // egui's light style is the high-contrast one while chosen, its own otherwise.
    ctx.set_visuals_of(
        egui::Theme::Light,
        if theme == ThemeChoice::HighContrast {
            high_contrast_visuals()
        } else {
            egui::Visuals::light()
        },
    );
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(20.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(14.0, FontFamily::Proportional)),
            (
                TextStyle::Monospace,
                FontId::new(13.0, FontFamily::Monospace),
            ),
            (
                TextStyle::Button,
                FontId::new(14.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(11.5, FontFamily::Proportional),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(SPACE_S, SPACE_XS + 2.0);
        style.spacing.button_padding = egui::vec2(SPACE_S, SPACE_XS);
        style.spacing.interact_size.y = 22.0;
        apply_focus_visuals(style);
    });
}

/// The accent of the high-contrast theme: selected switches, links, the selected country.
pub const HIGH_CONTRAST_ACCENT: Color32 = Color32::from_rgb(0x00, 0x2E, 0x9E);

/// The high-contrast theme: black type on white, black borders 1.5 points wide around every
/// control and window, no faint or translucent text, no shadows; selected switches white on
/// dark blue.
pub fn high_contrast_visuals() -> egui::Visuals {
    use egui::Stroke;
    let mut visuals = egui::Visuals::light();
    let border = Stroke::new(1.5, Color32::BLACK);
    let text = Stroke::new(1.5, Color32::BLACK);
    visuals.override_text_color = None;
    visuals.weak_text_color = Some(HIGH_CONTRAST_WEAK_TEXT);
    visuals.weak_text_alpha = 1.0;
    visuals.panel_fill = Color32::WHITE;
    visuals.window_fill = Color32::WHITE;
    visuals.extreme_bg_color = Color32::WHITE;
    visuals.text_edit_bg_color = Some(Color32::WHITE);
    visuals.faint_bg_color = Color32::from_gray(0xF0);
    visuals.code_bg_color = Color32::from_gray(0xF0);
    visuals.window_stroke = Stroke::new(2.0, Color32::BLACK);
    visuals.window_shadow = egui::Shadow::NONE;
    visuals.popup_shadow = egui::Shadow::NONE;
    visuals.hyperlink_color = HIGH_CONTRAST_ACCENT;
    visuals.warn_fg_color = warning_color(ThemeChoice::HighContrast);
    visuals.error_fg_color = warning_color(ThemeChoice::HighContrast);
    visuals.selection.bg_fill = HIGH_CONTRAST_ACCENT;
    visuals.selection.stroke = Stroke::new(1.5, Color32::WHITE);
    let widgets = &mut visuals.widgets;
    widgets.noninteractive.bg_fill = Color32::WHITE;
    widgets.noninteractive.weak_bg_fill = Color32::WHITE;
    widgets.noninteractive.bg_stroke = border;
    widgets.noninteractive.fg_stroke = text;
    for (state, fill) in [
        (&mut widgets.inactive, Color32::WHITE),
        (&mut widgets.hovered, Color32::from_gray(0xE0)),
        (&mut widgets.active, Color32::from_gray(0xC8)),
        (&mut widgets.open, Color32::from_gray(0xE0)),
    ] {
        state.bg_fill = fill;
        state.weak_bg_fill = fill;
        state.bg_stroke = border;
        state.fg_stroke = text;
    }
    widgets.hovered.bg_stroke = Stroke::new(2.5, Color32::BLACK);
    // Check boxes, radio buttons and the slider's rail are filled with `bg_fill`; menus draw
    // them without a border, so the fill alone must stand out from the white.
    widgets.inactive.bg_fill = HIGH_CONTRAST_CONTROL_FILL;
    visuals
}

/// The fill of check boxes, radio buttons and rails in the high-contrast theme: 3:1 against
/// white, and black marks on it at 6:1.
pub const HIGH_CONTRAST_CONTROL_FILL: Color32 = Color32::from_gray(0x90);

/// Weak text in the high-contrast theme: nearly black (no faint text).
pub const HIGH_CONTRAST_WEAK_TEXT: Color32 = Color32::from_gray(0x30);

/// Reduced motion: egui's own animations (collapsing, scrolling to a focused item) end at
/// once.
pub fn apply_motion(ctx: &egui::Context, reduced: bool) {
    ctx.all_styles_mut(|style| {
        let default = egui::Style::default();
        style.animation_time = if reduced { 0.0 } else { default.animation_time };
        style.scroll_animation = if reduced {
            egui::style::ScrollAnimation::none()
        } else {
            default.scroll_animation
        };
    });
}

/// Room-scale type and touch-sized controls for presentation and kiosk modes
/// (20 pt body, 32 pt headings, 44 pt targets), read from the back of a room.
pub fn apply_room_scale(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(32.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(20.0, FontFamily::Proportional)),
            // Nothing under 20 px in kiosk and presentation modes: read from a step away.
            (
                TextStyle::Monospace,
                FontId::new(20.0, FontFamily::Monospace),
            ),
            (
                TextStyle::Button,
                FontId::new(20.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(20.0, FontFamily::Proportional),
            ),
        ]
        .into();
        style.spacing.interact_size = egui::vec2(44.0, 44.0);
        style.spacing.button_padding = egui::vec2(SPACE_M, SPACE_S);
        style.spacing.icon_width = 28.0;
        style.spacing.icon_width_inner = 16.0;
        style.spacing.item_spacing = egui::vec2(SPACE_M, SPACE_S);
    });
}

// ---- Keyboard focus (owned by the panels work): a ring that reads from a step away. ----

/// Width of the keyboard focus ring, in points.
pub const FOCUS_RING_WIDTH: f32 = 2.5;
/// Gap between a control and its focus ring, in points.
pub const FOCUS_RING_GAP: f32 = 2.0;

/// Colour of the keyboard focus ring: strong blue on light, pale yellow on dark (both
/// well over 3:1 against the panel and the controls' fills).
pub fn focus_ring_color(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(0xFF, 0xD8, 0x4D)
    } else {
        Color32::from_rgb(0x00, 0x4F, 0xB8)
    }
}

/// egui draws a focused widget with its "active" visuals: give them a thick ring colour, so
/// buttons, check boxes and combo boxes show focus everywhere, also outside the panels'
/// own rings.
pub fn apply_focus_visuals(style: &mut egui::Style) {
    let ring = egui::Stroke::new(FOCUS_RING_WIDTH, focus_ring_color(style.visuals.dark_mode));
    style.visuals.widgets.active.bg_stroke = ring;
}

/// Paints the focus ring around `rect` when `response` has keyboard focus, and scrolls it
/// into view when it has just gained focus (Tab may land below the fold).
pub fn focus_ring(ui: &egui::Ui, response: &egui::Response) {
    if response.gained_focus() {
        response.scroll_to_me(None);
    }
    if response.has_focus() {
        let color = focus_ring_color(ui.visuals().dark_mode);
        ui.painter().rect_stroke(
            response.rect.expand(FOCUS_RING_GAP),
            f32::from(CORNER_RADIUS),
            egui::Stroke::new(FOCUS_RING_WIDTH, color),
            egui::StrokeKind::Outside,
        );
    }
}

/// egui draws no focus on a panel's resize handle (a Tab stop): a ring along the handle of
/// the resizable panel `panel_id_salt` (shown in `parent_ui`) while it has keyboard focus,
/// above the panels on either side. The handle's id follows egui 0.37's rule (the panel's
/// id with "__resize"); `tests/access.rs` checks the ring shows.
pub fn panel_resize_focus_ring(parent_ui: &egui::Ui, panel_id_salt: &str) {
    let id = parent_ui.scope_id().with(panel_id_salt).with("__resize");
    if !parent_ui.memory(|memory| memory.has_focus(id)) {
        return;
    }
    let Some(response) = parent_ui.ctx().read_response(id) else {
        return;
    };
    let color = focus_ring_color(parent_ui.visuals().dark_mode);
    parent_ui
        .ctx()
        .layer_painter(egui::LayerId::new(egui::Order::Foreground, id))
        .rect_stroke(
            response.rect.expand(FOCUS_RING_GAP),
            f32::from(CORNER_RADIUS),
            egui::Stroke::new(FOCUS_RING_WIDTH, color),
            egui::StrokeKind::Outside,
        );
}

// ---- Type sizes and colours of map labels and overlays (labels over the map) ----

/// Body size from which the type is room-scale: presentation and kiosk (see [`apply_room_scale`]).
pub const ROOM_BODY_SIZE: f32 = 20.0;
/// Share of the screen height that map labels reach at least in presentation and kiosk
/// modes, so they read from the back of a room (24 px at 1080).
pub const ROOM_MAP_LABEL_SCREEN_SHARE: f32 = 0.022;

/// Sizes of what the map writes and draws over itself, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapTypeSizes {
    /// Labels of the selected year's events.
    pub event_label: f32,
    /// Names of the states of the time.
    pub country_label: f32,
    /// The new-states list and other notes on the map.
    pub note: f32,
    /// Factor on marker discs, so markers grow with their labels.
    pub marker_scale: f32,
}

/// Map type from the body text size (14 px at a desk, 20 px in presentation and kiosk)
/// and the screen height: at a desk a little under the body; in the room-scale modes never
/// under the body and at least [`ROOM_MAP_LABEL_SCREEN_SHARE`] of the screen.
pub fn map_type_sizes(body_size: f32, screen_height: f32) -> MapTypeSizes {
    if body_size < ROOM_BODY_SIZE {
        return MapTypeSizes {
            event_label: body_size * 13.0 / 14.0,
            country_label: body_size * 0.82,
            note: body_size,
            marker_scale: 1.0,
        };
    }
    let label = body_size.max(screen_height * ROOM_MAP_LABEL_SCREEN_SHARE);
    MapTypeSizes {
        event_label: label,
        country_label: label,
        note: label,
        marker_scale: (label / 13.0).sqrt().max(1.0),
    }
}

/// Caption panel over the map (presentation and kiosk).
pub const CAPTION_FILL: Color32 = Color32::from_black_alpha(215);
pub const CAPTION_TEXT: Color32 = Color32::WHITE;
pub const CAPTION_STORY_TITLE: Color32 = Color32::from_gray(200);
/// The kiosk's "Touch anywhere to explore" line under a caption (Okabe–Ito yellow).
pub const ATTRACT_HINT_COLOR: Color32 = Color32::from_rgb(0xF0, 0xE4, 0x42);
/// Behind the step counter and the kiosk's year.
pub const COUNTER_FILL: Color32 = Color32::from_black_alpha(170);
/// The kiosk's invitation.
pub const INVITATION_FILL: Color32 = Color32::from_rgb(0xB0, 0x1C, 0x2E);
/// Behind the kiosk's "Still exploring?" countdown.
pub const COUNTDOWN_FILL: Color32 = Color32::from_black_alpha(230);
/// Text over the dark kiosk fills (invitation, year, countdown).
pub const KIOSK_TEXT: Color32 = Color32::WHITE;
/// What a hovered country's organization fill is darkened toward.
pub const HOVER_SHADE: Color32 = Color32::BLACK;

/// Type sizes by role, in points, where a panel does not take them from a text style.
pub mod type_size {
    /// The window's title in the top bar.
    pub const TITLE: f32 = 20.0;
    /// The kiosk's year at the top right while attracting.
    pub const KIOSK_YEAR: f32 = 56.0;
    /// The kiosk's invitation and the countdown's question.
    pub const KIOSK_HEADLINE: f32 = 38.0;
    /// The countdown's line, its button, the PIN pad's title and digits.
    pub const KIOSK_BODY: f32 = 24.0;
    /// The PIN pad's Cancel and its status line.
    pub const KIOSK_SMALL: f32 = 20.0;
    /// The number of events on a host city's marker, before the marker scale.
    pub const MARKER_COUNT: f32 = 9.5;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::colour_vision::{GROUPING_COLOURS, MIN_DISTANCE, SELECTION_PALETTE, worst_distance};

    const THEMES: [ThemeChoice; 3] = [
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::HighContrast,
    ];

    fn rgb(color: Color32) -> [u8; 3] {
        [color.r(), color.g(), color.b()]
    }

    #[test]
    fn selection_colours_stand_out_from_land_and_sea_in_every_theme_and_vision() {
        for theme in THEMES {
            let palette = map_palette(theme);
            let grounds = [
                ("sea", palette.sea),
                ("land", palette.land),
                ("dependent land", palette.land_dependent),
                ("Antarctica", palette.land_faint),
            ];
            for colour in SELECTION_PALETTE.iter().chain(GROUPING_COLOURS.iter()) {
                for (name, ground) in grounds {
                    let (worst, vision) = worst_distance(*colour, rgb(ground));
                    assert!(
                        worst >= MIN_DISTANCE,
                        "{theme:?}: {colour:02X?} on {name}: {worst:.1} under {vision:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn selection_slots_give_distinct_colours_and_chip_text_reads_on_them() {
        for (slot, expected) in SELECTION_PALETTE.iter().enumerate() {
            let colour = selection_color(slot);
            assert_eq!(rgb(colour), *expected);
            assert!(
                contrast_ratio(text_on(colour), colour) >= 4.5,
                "chip text on {colour:?}"
            );
        }
    }

    #[test]
    fn contrast_ratio_follows_wcag() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the well-known lightest grey at 4.5:1.
        let grey = contrast_ratio(Color32::from_gray(0x76), Color32::WHITE);
        assert!((4.5..4.6).contains(&grey), "{grey}");
    }

    fn visuals_of(theme: ThemeChoice) -> egui::Visuals {
        match theme {
            ThemeChoice::Light => egui::Visuals::light(),
            ThemeChoice::Dark => egui::Visuals::dark(),
            ThemeChoice::HighContrast => high_contrast_visuals(),
        }
    }

    /// The decolonization plot draws G77 and NAM beside a line in the text colour: apart
    /// from it in every vision, and at least 3:1 against the plot (WCAG 1.4.11).
    #[test]
    fn grouping_colours_show_on_each_themes_plot_beside_the_text_coloured_line() {
        for theme in THEMES {
            let visuals = visuals_of(theme);
            for index in 0..2 {
                let colour = grouping_color(theme, index);
                let (worst, vision) = worst_distance(rgb(colour), rgb(visuals.text_color()));
                assert!(
                    worst >= MIN_DISTANCE,
                    "{theme:?}: {worst:.1} under {vision:?}"
                );
                let ratio = contrast_ratio(colour, visuals.extreme_bg_color);
                assert!(ratio >= 3.0, "{theme:?}: {colour:?} at {ratio:.2}:1");
            }
        }
    }

    /// WCAG 2.2, 1.4.3: 4.5:1 for body text, 3:1 for large text (18 pt, or 14 pt bold);
    /// 1.4.11: 3:1 for borders that show a control.
    #[test]
    fn high_contrast_text_meets_wcag() {
        const BODY: f64 = 4.5;
        const LARGE: f64 = 3.0;
        let v = high_contrast_visuals();
        let w = &v.widgets;
        let map = map_palette(ThemeChoice::HighContrast);
        let pairs = [
            ("text on panel", v.text_color(), v.panel_fill, BODY),
            ("text on window", v.text_color(), v.window_fill, BODY),
            ("text on field", v.text_color(), v.extreme_bg_color, BODY),
            ("text on stripe", v.text_color(), v.faint_bg_color, BODY),
            (
                "weak text on panel",
                v.weak_text_color(),
                v.panel_fill,
                BODY,
            ),
            (
                "weak text on stripe",
                v.weak_text_color(),
                v.faint_bg_color,
                BODY,
            ),
            ("link", v.hyperlink_color, v.panel_fill, BODY),
            ("warning", v.warn_fg_color, v.panel_fill, BODY),
            ("error", v.error_fg_color, v.panel_fill, BODY),
            (
                "sources-differ note",
                note_color(ThemeChoice::HighContrast),
                v.panel_fill,
                BODY,
            ),
            (
                "button",
                w.inactive.fg_stroke.color,
                w.inactive.weak_bg_fill,
                BODY,
            ),
            (
                "hovered button",
                w.hovered.fg_stroke.color,
                w.hovered.weak_bg_fill,
                BODY,
            ),
            (
                "pressed button",
                w.active.fg_stroke.color,
                w.active.weak_bg_fill,
                BODY,
            ),
            (
                "open menu",
                w.open.fg_stroke.color,
                w.open.weak_bg_fill,
                BODY,
            ),
            (
                "check mark",
                w.inactive.fg_stroke.color,
                w.inactive.bg_fill,
                BODY,
            ),
            (
                "check box in a menu",
                w.inactive.bg_fill,
                v.window_fill,
                LARGE,
            ),
            (
                "selected switch",
                v.selection.stroke.color,
                v.selection.bg_fill,
                BODY,
            ),
            ("map label on land", map.label, map.land, BODY),
            ("country name on land", map.country_label, map.land, BODY),
            ("country name on sea", map.country_label, map.sea, BODY),
            ("map label on sea", map.label, map.sea, BODY),
            (
                "map label on dependent land",
                map.label,
                map.land_dependent,
                BODY,
            ),
            (
                "map label on hovered land",
                map.label,
                map.land_hovered,
                BODY,
            ),
            ("year read-out (large)", v.text_color(), v.panel_fill, LARGE),
            (
                "control border",
                w.inactive.bg_stroke.color,
                v.panel_fill,
                LARGE,
            ),
            ("window border", v.window_stroke.color, v.panel_fill, LARGE),
            (
                "focus ring",
                focus_ring_color(v.dark_mode),
                v.panel_fill,
                LARGE,
            ),
            ("selected country", map.border_selected, map.land, LARGE),
            ("event marker on land", map.marker, map.land, LARGE),
            ("current event on land", map.marker_current, map.land, LARGE),
        ];
        for (what, text, ground, minimum) in pairs {
            assert_eq!(text.a(), 255, "{what}: opaque text");
            let ratio = contrast_ratio(text, ground);
            assert!(ratio >= minimum, "{what}: {ratio:.2}:1 < {minimum}:1");
        }
        assert!(v.window_shadow == egui::Shadow::NONE && v.popup_shadow == egui::Shadow::NONE);
        assert!(w.inactive.bg_stroke.width >= 1.5, "strong borders");
    }
}
