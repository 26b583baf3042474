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
