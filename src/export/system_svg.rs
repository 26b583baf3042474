//! The whole-system picture written as SVG, below the board chart.

use std::fmt::Write;

use super::{
    ExportInput,
    svg_text::{Fit, fitted},
    system::{
        LEFT, LINE_CHARS, LINE_SIZE, LINE_STEP, TITLE_CHARS, TITLE_SIZE, TOP, system_picture,
    },
};

/// The picture as SVG markup placed at vertical offset `top` (no `<svg>` wrapper).
pub fn system_svg_group(input: &ExportInput, top: f32) -> (String, f32) {
    let picture = system_picture(input.design);
    let mut out = format!(r#"<g transform="translate(0 {top})">"#);
    let _ = write!(
        out,
        r##"<text x="{LEFT}" y="40" font-size="22" font-weight="bold" fill="#1d1d1d">Whole system</text>"##
    );
    for (x, title) in &picture.columns {
        let _ = write!(
            out,
            r##"<text x="{x}" y="{}" font-size="15" font-weight="bold" fill="#555">{title}</text>"##,
            TOP - 14.0
        );
    }
    for link in &picture.links {
        let (x1, y1) = link.from;
        let (x2, y2) = link.to;
        let path = if link.arc {
            format!(
                "M {x1} {y1} C {x1} {} {x2} {} {x2} {y2}",
                y1 - 70.0,
                y2 - 70.0
            )
        } else {
            let mid = f32::midpoint(x1, x2);
            format!("M {x1} {y1} C {mid} {y1} {mid} {y2} {x2} {y2}")
        };
        let colour = if link.warning { "#b01c1c" } else { "#7a8494" };
        let dash = if link.dashed {
            r#" stroke-dasharray="6 5""#
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>"#
        );
    }
    for b in &picture.boxes {
        let (r, g, bl) = b.accent;
        let border = if b.warning {
            r##"stroke="#b01c1c" stroke-width="2" stroke-dasharray="6 4""##
        } else {
            r##"stroke="#b8bec7" stroke-width="1""##
        };
        let _ = write!(
            out,
            r##"<rect x="{}" y="{}" width="{}" height="{}" rx="8" fill="#ffffff" {border}/><rect x="{}" y="{}" width="6" height="{}" rx="3" fill="#{r:02x}{g:02x}{bl:02x}"/>"##,
            b.x, b.y, b.w, b.h, b.x, b.y, b.h,
        );
        // Long titles and lines are squeezed into the box, never cut with an ellipsis.
        // About how many characters of DejaVu Sans fit the box at this size (bold is wider).
        let at = |y: f32, size: f32, most: usize, bold: bool| {
            let width = b.w - 22.0;
            let per = if bold { 0.64 } else { 0.56 };
            Fit {
                x: b.x + 14.0,
                y,
                size,
                width,
                chars: most.min((width / (size * per)) as usize),
            }
        };
        fitted(
            &mut out,
            &at(b.y + 22.0, TITLE_SIZE, TITLE_CHARS, true),
            r##"font-weight="bold" fill="#1d1d1d""##,
            &b.title,
        );
        for (i, line) in b.lines.iter().enumerate() {
            fitted(
                &mut out,
                &at(
                    b.y + 44.0 + i as f32 * LINE_STEP,
                    LINE_SIZE,
                    LINE_CHARS,
                    false,
                ),
                r##"fill="#444""##,
                line,
            );
        }
    }
    out.push_str("</g>");
    (out, picture.height)
}
