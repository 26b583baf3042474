//! Charts on the paper's pages: drawn at the body's width in their own shape, or on a page of
//! their own when too little room is left for them to be read, with the caption under them.

use super::{BODY_W, BOTTOM, GREY, LEADING, LEFT, Mark, PAGE_H, PLAIN, Pages, SMALL, Style, TOP};

/// The size an SVG document gives itself: its viewBox, or else its width and height.
pub(super) fn svg_size(svg: &str) -> Option<(f32, f32, String)> {
    let root = svg.get(svg.find("<svg")?..)?;
    let root = root.get(..root.find('>')?)?;
    let attribute = |name: &str| {
        let start = root.find(&format!(" {name}=\""))? + name.len() + 3;
        let rest = root.get(start..)?;
        rest.get(..rest.find('"')?)
    };
    if let Some(view) = attribute("viewBox") {
        let numbers: Vec<f32> = view
            .split([' ', ','])
            .filter_map(|n| n.trim().parse().ok())
            .collect();
        if let [_, _, w, h] = numbers.as_slice() {
            return Some((*w, *h, view.to_owned()));
        }
    }
    let w: f32 = attribute("width")?.trim_end_matches("px").parse().ok()?;
    let h: f32 = attribute("height")?.trim_end_matches("px").parse().ok()?;
    Some((w, h, format!("0 0 {w} {h}")))
}

/// The height a chart wants: the body's width at its shape, at most a page.
fn figure_wanted(w: f32, h: f32) -> f32 {
    (BODY_W / w * h).min(PAGE_H - TOP - BOTTOM - FIGURE_CAPTION)
}

/// The least room a chart is drawn in on the page it starts: less, and it takes the next page.
pub(super) fn figure_least(svg: &str) -> f32 {
    svg_size(svg).map_or(100.0, |(w, h, _)| {
        0.6 * figure_wanted(w.max(1.0), h) + FIGURE_CAPTION
    })
}

/// Room for a chart's caption.
const FIGURE_CAPTION: f32 = 3.0 * SMALL * LEADING;

/// A chart, as vectors, scaled to the body's width and to the room left (or a page of its own
/// when too little room is left for it to be read), with its caption under it.
pub(super) fn figure(pages: &mut Pages, svg: &str, caption: &str) {
    let caption_style = Style {
        size: SMALL,
        italic: true,
        colour: GREY,
        ..PLAIN
    };
    let caption_height = FIGURE_CAPTION;
    let Some((w, h, view)) = svg_size(svg).filter(|(w, h, _)| *w > 0.0 && *h > 0.0) else {
        pages.lines(
            LEFT,
            BODY_W,
            &format!("(The chart could not be drawn.) {caption}"),
            caption_style,
        );
        return;
    };
    let wanted = figure_wanted(w, h);
    if wanted + caption_height > pages.room() && pages.room() < 0.6 * wanted + caption_height {
        pages.new_page();
    }
    let height = wanted.min(pages.room() - caption_height).max(40.0);
    // Its own shape, centred in the room it is given.
    let scale = (BODY_W / w).min(height / h);
    let (fw, fh) = (w * scale, h * scale);
    pages.page.push(Mark::Figure {
        x: LEFT + (BODY_W - fw) / 2.0,
        y: pages.y,
        w: fw,
        h: fh,
        view,
        svg: svg.to_owned(),
    });
    pages.y += fh + 4.0;
    pages.lines(LEFT, BODY_W, caption, caption_style);
    pages.space(8.0);
}
