//! The board chart as PNG, rendered from the SVG with resvg at 2x for projectors, with the
//! bundled `DejaVu` fonts so it looks the same on every machine.

use std::sync::Arc;

use resvg::{tiny_skia, usvg};

use super::{ExportInput, svg::board_svg};

/// Largest image we render, in pixels: a real board (about 20 seats, 6 places) is some 12
/// million at 2x; a 1,000-seat stress chart is scaled down to fit, so it renders in about a
/// second (half of which is usvg turning its ~6,000 texts into outlines).
const MAX_PIXELS: f32 = 14_000_000.0;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The board chart could not be drawn as PNG: {0}")]
pub struct PngError(String);

pub fn board_png(input: &ExportInput) -> Result<Vec<u8>, PngError> {
    let svg = board_svg(input);
    let mut options = usvg::Options::default();
    {
        let fonts = Arc::make_mut(&mut options.fontdb);
        fonts.load_font_data(crate::fonts::SANS.to_vec());
        fonts.load_font_data(crate::fonts::SANS_BOLD.to_vec());
        fonts.set_sans_serif_family("DejaVu Sans");
    }
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| PngError(e.to_string()))?;
    let size = tree.size();
    let area = size.width() * size.height();
    let scale = 2.0_f32.min((MAX_PIXELS / area).sqrt());
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| PngError(format!("an image of {width}x{height} pixels is too large")))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| PngError(e.to_string()))
}
