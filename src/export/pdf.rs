//! The board chart as vector PDF for board papers: one A4 landscape page with the title block,
//! the bands of seats (names wrapped, never cut) and the findings summary. Drawn from the same
//! SVG as the PNG and converted by svg2pdf with the bundled fonts.

use std::{fmt::Write, sync::Arc};

use resvg::usvg;

use super::{ExportInput, escape::xml, svg::board_chart, svg_text::wrap};
use crate::rules::Severity;

/// A4 landscape in points.
const PAGE_W: f32 = 842.0;
const PAGE_H: f32 = 595.0;
const MARGIN: f32 = 30.0;
/// Where the chart's bands begin, below its own title block.
const CHART_BANDS_TOP: f32 = 130.0;
/// The findings listed by name on the page; the rest are counted.
const FINDINGS_SHOWN: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The PDF could not be written: {0}")]
pub struct PdfError(String);

/// The page as SVG (also what the tests read).
pub fn page_svg(input: &ExportInput) -> String {
    let design = input.design;
    let chart = board_chart(input);
    let mut out = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{PAGE_W}" height="{PAGE_H}" viewBox="0 0 {PAGE_W} {PAGE_H}" font-family="DejaVu Sans"><rect width="100%" height="100%" fill="#ffffff"/>"##
    );
    let mut y = MARGIN + 14.0;
    for line in wrap(&design.name, 70, 3) {
        let _ = write!(
            out,
            r##"<text x="{MARGIN}" y="{y}" font-size="16" font-weight="bold" fill="#1d1d1d">{}</text>"##,
            xml(&line)
        );
        y += 19.0;
    }
    let errors = input.report.count(Severity::Error);
    let verdict = if errors == 0 {
        "Meets the minimums".to_owned()
    } else {
        format!(
            "Does not yet meet the minimums: {}",
            Severity::Error.count_phrase(errors)
        )
    };
    for line in wrap(
        &format!(
            "{} | checked against {} | {verdict} | {}",
            input.date,
            input.pack.describe(),
            input.counts_phrase()
        ),
        130,
        4,
    ) {
        let _ = write!(
            out,
            r##"<text x="{MARGIN}" y="{y}" font-size="9" fill="#444">{}</text>"##,
            xml(&line)
        );
        y += 12.0;
    }
    // The bands of seats, scaled to the page's width (the chart's own title block, which the
    // page has already said in full, is left above the view).
    let (bands_len, bands_bottom) = chart.bands;
    let (bands_top, bands_height) = (CHART_BANDS_TOP, (bands_bottom - CHART_BANDS_TOP).max(1.0));
    let findings_top = PAGE_H - MARGIN - 12.0 * (FINDINGS_SHOWN as f32 + 2.0);
    let room = (findings_top - y - 10.0).max(50.0);
    let width = PAGE_W - 2.0 * MARGIN;
    let _ = write!(
        out,
        r#"<svg x="{MARGIN}" y="{}" width="{width}" height="{room}" viewBox="0 {bands_top} {} {bands_height}" preserveAspectRatio="xMidYMin meet">{}</svg>"#,
        y + 4.0,
        super::svg::WIDTH,
        chart.body.get(..bands_len).unwrap_or_default()
    );
    // The findings summary: errors and warnings first, as many as the page holds.
    let mut fy = findings_top + 12.0;
    let _ = write!(
        out,
        r##"<text x="{MARGIN}" y="{fy}" font-size="10" font-weight="bold" fill="#1d1d1d">Findings ({})</text>"##,
        xml(&input.counts_phrase())
    );
    let listed: Vec<_> = input
        .report
        .findings
        .iter()
        .filter(|f| f.severity <= Severity::Warning)
        .collect();
    for finding in listed.iter().take(FINDINGS_SHOWN) {
        fy += 12.0;
        let text = format!(
            "{} {} ({}): {}",
            finding.severity.as_str(),
            finding.rule,
            finding.citation(),
            finding.message
        );
        let squeeze = if text.chars().count() > 175 {
            format!(r#" textLength="{width}" lengthAdjust="spacingAndGlyphs""#)
        } else {
            String::new()
        };
        let _ = write!(
            out,
            r##"<text x="{MARGIN}" y="{fy}" font-size="8" fill="#1d1d1d"{squeeze}>{}</text>"##,
            xml(&text)
        );
    }
    if listed.len() > FINDINGS_SHOWN {
        let _ = write!(
            out,
            r##"<text x="{MARGIN}" y="{}" font-size="8" fill="#444">and {} more errors and warnings: see the report</text>"##,
            fy + 12.0,
            listed.len() - FINDINGS_SHOWN
        );
    }
    out.push_str("</svg>\n");
    out
}

/// The page as a PDF file.
pub fn board_pdf(input: &ExportInput) -> Result<Vec<u8>, PdfError> {
    let page = page_svg(input);
    let mut options = usvg::Options::default();
    {
        let fonts = Arc::make_mut(&mut options.fontdb);
        fonts.load_font_data(crate::fonts::SANS.to_vec());
        fonts.load_font_data(crate::fonts::SANS_BOLD.to_vec());
        fonts.set_sans_serif_family("DejaVu Sans");
    }
    let tree = usvg::Tree::from_str(&page, &options).map_err(|e| PdfError(e.to_string()))?;
    svg2pdf::to_pdf(
        &tree,
        svg2pdf::ConversionOptions::default(),
        svg2pdf::PageOptions::default(),
    )
    .map_err(|e| PdfError(e.to_string()))
}
