//! Who the atlas is set up for.

use crate::kiosk::Kiosk;

#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// A researcher at a desk: all panels, hover, keyboard.
    Desk,
    /// A lecturer with a clicker: fullscreen, a story, large captions.
    Present {
        /// B blanks the screen (the audience looks at the speaker).
        blank: bool,
    },
    /// A museum touch screen: attract loop, idle reset, staff exit.
    Kiosk(Box<Kiosk>),
}
