//! The bands' colours, the same in every export and in the window.

use crate::model::Band;

/// A band's colour as RGB (shared with the window's theme).
pub fn band_rgb(band: Band) -> (u8, u8, u8) {
    match band {
        Band::NonExecutive => (0x00, 0x5e, 0xb8), // NHS blue
        Band::Executive => (0x00, 0x7f, 0x3b),
        Band::Partner => (0x7c, 0x27, 0x85),
        Band::Participant => (0x60, 0x60, 0x60),
    }
}

/// A band's colour as an SVG colour ("#005eb8").
pub fn band_hex(band: Band) -> String {
    let (r, g, b) = band_rgb(band);
    format!("#{r:02x}{g:02x}{b:02x}")
}
