//! The board chart as PNG, rendered from the SVG with resvg at 2x for projectors, with the
//! bundled `DejaVu` fonts so it looks the same on every machine.

use std::sync::Arc;

use resvg::{tiny_skia, usvg};

use super::{ExportInput, svg::board_chart};

/// Largest image we render, in pixels: a real board (about 20 seats, 6 places) is some 11
/// million at 2x and keeps its 2x; a 1,000-seat stress chart is scaled down to fit.
const MAX_PIXELS: f32 = 12_000_000.0;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The board chart could not be drawn as PNG: {0}")]
pub struct PngError(String);

/// The chart is drawn as this many documents in parallel threads, each painting part of it (a
/// fixed number, not the machine's, so the same design gives the same bytes everywhere).
const PARTS: usize = 2;

/// The most seats a PNG draws. Past this a picture cannot show a board (each card would be a
/// few pixels), and drawing one would take seconds: the export says so instead.
pub const MAX_PNG_SEATS: usize = 2_000;

impl PngError {
    /// More seats than a picture can show.
    pub(super) fn too_many(seats: usize) -> Self {
        PngError(format!(
            "the board has {seats} seats, more than a picture can show ({MAX_PNG_SEATS} at most); export it as SVG, PDF or CSV instead"
        ))
    }
}

pub fn board_png(input: &ExportInput) -> Result<Vec<u8>, PngError> {
    let seats = input.design.board.len();
    if seats > MAX_PNG_SEATS {
        return Err(PngError::too_many(seats));
    }
    let chart = board_chart(input);
    let options = options();
    // Turning text into outlines and painting it is most of the time for a big chart: each
    // part is parsed and painted on its own thread (one after another in a browser, which has
    // none), then the parts are laid one over another.
    let documents = chart.split(PARTS);
    let options = &options;
    let layers =
        crate::platform::in_parallel(&documents, |document| render_layer(document, options));
    let mut layers = layers.into_iter();
    let mut page = layers
        .next()
        .unwrap_or_else(|| Err(PngError("nothing to draw".to_owned())))?;
    for layer in layers {
        paint_over(&mut page, &layer?);
    }
    encode_opaque_rgb(&page).map_err(|e| PngError(e.to_string()))
}

/// The drawing options: the app's own fonts, so every machine draws the same picture.
pub(super) fn options() -> usvg::Options<'static> {
    let mut options = usvg::Options::default();
    let fonts = Arc::make_mut(&mut options.fontdb);
    fonts.load_font_data(crate::fonts::SANS.to_vec());
    fonts.load_font_data(crate::fonts::SANS_BOLD.to_vec());
    fonts.set_sans_serif_family("DejaVu Sans");
    options
}

/// Any whole SVG document (with its own white page) as a PNG.
pub(super) fn svg_png(document: &str) -> Result<Vec<u8>, PngError> {
    let page = render_layer(document, &options())?;
    encode_opaque_rgb(&page).map_err(|e| PngError(e.to_string()))
}

/// Lay a transparent layer over the page ("source over", premultiplied). Most of a layer is
/// empty and left alone, which is why this beats a general compositor here.
fn paint_over(page: &mut tiny_skia::Pixmap, layer: &tiny_skia::Pixmap) {
    for (below, above) in page
        .data_mut()
        .chunks_exact_mut(4)
        .zip(layer.data().chunks_exact(4))
    {
        let alpha = u16::from(above[3]);
        if alpha == 0 {
            continue;
        }
        for (b, a) in below.iter_mut().zip(above) {
            let kept = (u16::from(*b) * (255 - alpha) + 127) / 255;
            *b = u8::try_from(u16::from(*a) + kept).unwrap_or(u8::MAX);
        }
    }
}

/// One part of the chart at 2x (less for a chart too big for `MAX_PIXELS`), on a transparent
/// pixmap the size of the whole chart.
fn render_layer(document: &str, options: &usvg::Options) -> Result<tiny_skia::Pixmap, PngError> {
    let tree = usvg::Tree::from_str(document, options).map_err(|e| PngError(e.to_string()))?;
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
    Ok(pixmap)
}

/// PNG of an opaque pixmap (the first part paints a white page) as 8-bit RGB, compressed fast (a fraction of the default's time
/// for a slightly larger file).
fn encode_opaque_rgb(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&rgb)?;
    writer.finish()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_board_past_what_a_picture_can_show_is_refused_at_once() {
        let design = crate::model::generate::generated_design(super::MAX_PNG_SEATS + 1, 1, 1);
        let pack = crate::rules::RulePack::df2021();
        let input = super::ExportInput::new(&design, &pack, "2026-12-01".to_owned());
        let error = super::board_png(&input).unwrap_err();
        assert!(
            error.to_string().contains("more than a picture can show"),
            "{error}"
        );
    }
}
