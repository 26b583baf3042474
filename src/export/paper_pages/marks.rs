//! What a page of the paper shows, as marks with their places in points from the page's top
//! left: text, ruled boxes, lines and charts. The SVG of a page is drawn from them here; the
//! PDF (`export::pdf`) writes the same marks, so the two cannot differ.

use std::fmt::Write as _;

use super::{PAGE_H, PAGE_W, RULE};
use crate::export::escape::xml;

/// Text as the page draws it.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub italic: bool,
    /// `#rrggbb`.
    pub colour: &'static str,
}

/// One mark on a page.
#[derive(Debug, Clone)]
pub enum Mark {
    /// One line of text, its baseline at `baseline`.
    Text {
        x: f32,
        baseline: f32,
        text: String,
        style: Style,
    },
    /// A box ruled in grey, shaded when it has a fill.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<&'static str>,
    },
    /// A thin grey rule.
    Line { x1: f32, y1: f32, x2: f32, y2: f32 },
    /// A chart (an SVG document, `view` its viewBox) drawn into this box.
    Figure {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        view: String,
        svg: String,
    },
}

/// The inside of an SVG document: what is between its root element's tags.
fn inner(svg: &str) -> &str {
    svg.find("<svg")
        .and_then(|start| svg.get(start..))
        .and_then(|root| root.find('>').and_then(|end| root.get(end + 1..)))
        .map_or("", |rest| {
            rest.rsplit_once("</svg>").map_or(rest, |(body, _)| body)
        })
}

/// A page as an SVG document.
pub fn page_svg(marks: &[Mark]) -> String {
    let mut out = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{PAGE_W}" height="{PAGE_H}" viewBox="0 0 {PAGE_W} {PAGE_H}" font-family="DejaVu Sans"><rect width="{PAGE_W}" height="{PAGE_H}" fill="#ffffff"/>"##
    );
    for mark in marks {
        let _ = match mark {
            Mark::Text {
                x,
                baseline,
                text,
                style,
            } => {
                let weight = if style.bold {
                    " font-weight=\"bold\""
                } else {
                    ""
                };
                let slant = if style.italic {
                    " font-style=\"italic\""
                } else {
                    ""
                };
                write!(
                    out,
                    r#"<text x="{x:.1}" y="{baseline:.1}" font-size="{}" fill="{}"{weight}{slant} xml:space="preserve">{}</text>"#,
                    style.size,
                    style.colour,
                    xml(text)
                )
            }
            Mark::Rect { x, y, w, h, fill } => write!(
                out,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" fill="{}" stroke="{RULE}" stroke-width="0.5"/>"#,
                fill.unwrap_or("none")
            ),
            Mark::Line { x1, y1, x2, y2 } => write!(
                out,
                r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{RULE}" stroke-width="0.5"/>"#
            ),
            Mark::Figure {
                x,
                y,
                w,
                h,
                view,
                svg,
            } => write!(
                out,
                r#"<svg x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" viewBox="{view}">{}</svg>"#,
                inner(svg)
            ),
        };
    }
    out.push_str("</svg>");
    out
}
