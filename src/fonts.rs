//! The fonts shipped in `assets/fonts/` (`DejaVuSans`, its free licence beside it): the PNG export
//! renders with them, and the window falls back to them for symbols egui's own fonts lack.

pub static SANS: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
pub static SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");
