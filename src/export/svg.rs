//! The board chart as SVG: bands of seat cards (vacancies marked), committee membership on each
//! card, and the committees below. Sized for a 16:9 slide width; fonts degrade gracefully.

use std::fmt::Write;

use super::{
    ExportInput,
    colours::band_hex as hex,
    escape::xml,
    svg_text::{FONTS, Fit, MARGIN, committee_list, fitted, wrap},
};
use crate::model::cut;
use crate::{
    model::{Band, Seat},
    rules::Severity,
};

pub const WIDTH: f32 = 1600.0;
const LABEL_WIDTH: f32 = 200.0;
const CARD_W: f32 = 238.0;
const CARD_H: f32 = 104.0;
const GAP: f32 = 14.0;
const PER_ROW: usize = 5;

/// The chart as a standalone SVG document.
pub fn board_svg(input: &ExportInput) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&board_svg_element(input));
    out
}

/// The chart as an `<svg>` element (also inlined in the HTML report).
pub fn board_svg_element(input: &ExportInput) -> String {
    board_chart(input).document()
}

/// The chart in pieces: the opening tag, the white page, the drawing, and the places in the
/// drawing where whole elements end (the PNG renderer splits the work there).
pub(crate) struct ChartSvg {
    pub open: String,
    pub page: &'static str,
    pub body: String,
    pub cuts: Vec<usize>,
}

impl ChartSvg {
    pub fn document(&self) -> String {
        format!("{}{}{}</svg>\n", self.open, self.page, self.body)
    }

    /// The same chart as documents that each draw a part of it, in painting order, of about
    /// equal size; only the first has the white page. Painted one over the other in order they
    /// give the whole chart.
    pub fn split(&self, parts: usize) -> Vec<String> {
        let mut documents = Vec::new();
        let mut start = 0;
        for part in 1..=parts {
            let target = self.body.len() * part / parts;
            let end = if part == parts {
                self.body.len()
            } else {
                self.cuts
                    .iter()
                    .copied()
                    .filter(|&c| c >= start)
                    .min_by_key(|&c| c.abs_diff(target))
                    .unwrap_or(start)
            };
            let page = if part == 1 { self.page } else { "" };
            let piece = self.body.get(start..end).unwrap_or_default();
            documents.push(format!("{}{page}{piece}</svg>\n", self.open));
            start = end;
        }
        documents
    }
}

pub(crate) fn board_chart(input: &ExportInput) -> ChartSvg {
    let design = input.design;
    let by_seat = input.committees_by_seat();
    let mut body = String::new();
    let mut cuts = Vec::new();
    let errors = input.report.count(Severity::Error);
    let verdict = if errors == 0 {
        "Meets the framework minimums".to_owned()
    } else {
        format!(
            "Does not yet meet the framework minimums: {}",
            Severity::Error.count_phrase(errors)
        )
    };
    // The title block's lines are squeezed to the page's width, never cut.
    let across = |y: f32, size: f32, chars: usize| Fit {
        x: MARGIN,
        y,
        size,
        width: WIDTH - 2.0 * MARGIN,
        chars,
    };
    fitted(
        &mut body,
        &across(58.0, 30.0, 80),
        r##"font-weight="bold" fill="#1d1d1d""##,
        &design.name,
    );
    fitted(
        &mut body,
        &across(88.0, 17.0, 150),
        r##"fill="#444""##,
        &format!(
            "{} | {} | checked against {}",
            if design.system.is_empty() {
                "Integrated Care Board"
            } else {
                &design.system
            },
            input.date,
            input.pack.describe()
        ),
    );
    let colour = if errors == 0 { "#00602c" } else { "#b01c1c" };
    let _ = write!(
        body,
        r#"<text x="{MARGIN}" y="116" font-size="17" font-weight="bold" fill="{colour}">{verdict}</text>"#
    );
    let mut y = 138.0;
    for band in Band::ALL {
        let seats = design.seats_in(band);
        let rows = seats.len().div_ceil(PER_ROW).max(1);
        let height = rows as f32 * (CARD_H + GAP) + GAP;
        let _ = write!(
            body,
            r##"<rect x="{MARGIN}" y="{y}" width="{}" height="{height}" rx="10" fill="#f6f7f9" stroke="#d0d4da"/>"##,
            WIDTH - 2.0 * MARGIN
        );
        let _ = write!(
            body,
            r##"<text x="{}" y="{}" font-size="18" font-weight="bold" fill="{}">{}</text><text x="{}" y="{}" font-size="15" fill="#555">{} {}</text>"##,
            MARGIN + 16.0,
            y + 34.0,
            hex(band),
            xml(band.name()),
            MARGIN + 16.0,
            y + 58.0,
            seats.len(),
            if seats.len() == 1 { "seat" } else { "seats" }
        );
        if seats.is_empty() {
            let _ = write!(
                body,
                r##"<text x="{}" y="{}" font-size="16" font-style="italic" fill="#777">No seats in this band</text>"##,
                MARGIN + LABEL_WIDTH,
                y + 40.0
            );
        }
        for (i, seat) in seats.iter().enumerate() {
            let x = MARGIN + LABEL_WIDTH + (i % PER_ROW) as f32 * (CARD_W + GAP);
            let cy = y + GAP + (i / PER_ROW) as f32 * (CARD_H + GAP);
            let committees = by_seat.get(&seat.id).map(Vec::as_slice).unwrap_or_default();
            card(&mut body, x, cy, seat, committees);
            cuts.push(body.len());
        }
        y += height + 12.0;
    }
    y = committees(&mut body, input, y + 8.0);
    cuts.push(body.len());
    let (system, system_height) = super::system_svg::system_svg_group(input, y + 20.0);
    body.push_str(&system);
    let height = y + 20.0 + system_height + MARGIN;
    ChartSvg {
        open: format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="{FONTS}" role="img" aria-label="Board chart of {}">"#,
            xml(&cut(&design.name, 160))
        ),
        page: r##"<rect width="100%" height="100%" fill="#ffffff"/>"##,
        body,
        cuts,
    }
}

fn card(out: &mut String, x: f32, y: f32, seat: &Seat, committees: &[&str]) {
    let band = seat.role.band();
    let vacant = seat.holder_name().is_none();
    let border = if vacant {
        r##"stroke="#9a5b00" stroke-width="2" stroke-dasharray="7 5""##
    } else {
        r##"stroke="#b8bec7" stroke-width="1""##
    };
    let _ = write!(
        out,
        r##"<g><rect x="{x}" y="{y}" width="{CARD_W}" height="{CARD_H}" rx="8" fill="#ffffff" {border}/><rect x="{x}" y="{y}" width="7" height="{CARD_H}" rx="3" fill="{}"/>"##,
        hex(band)
    );
    let left = x + 16.0;
    let room = CARD_W - 24.0;
    let label = Fit {
        x: left,
        y: y + 24.0,
        size: 16.0,
        width: room,
        chars: 22,
    };
    fitted(
        out,
        &label,
        r##"font-weight="bold" fill="#1d1d1d""##,
        &seat.label(),
    );
    let role = seat.role.name();
    if role != seat.label() {
        let line = Fit {
            y: y + 41.0,
            size: 12.0,
            chars: 34,
            ..label
        };
        fitted(out, &line, r##"fill="#666""##, &role);
    }
    match seat.holder_name() {
        Some(name) => {
            // A holder's name is wrapped, never cut: up to three lines, the last squeezed
            // only if still longer.
            let lines = wrap(name, 27, 3);
            let (size, top, step) = match lines.len() {
                1 => (15.0, 63.0, 15.0),
                2 => (14.0, 59.0, 15.0),
                _ => (13.0, 55.0, 13.5),
            };
            let fit = Fit {
                y: y + top,
                size,
                chars: 27,
                ..label
            };
            for (i, line) in lines.iter().enumerate() {
                let at = Fit {
                    y: fit.y + i as f32 * step,
                    ..fit
                };
                fitted(out, &at, r##"fill="#1d1d1d""##, line);
            }
        }
        None => {
            let _ = write!(
                out,
                r##"<rect x="{left}" y="{}" width="70" height="22" rx="4" fill="#9a5b00"/><text x="{}" y="{}" font-size="13" font-weight="bold" fill="#ffffff" text-anchor="middle">Vacant</text>"##,
                y + 48.0,
                left + 35.0,
                y + 64.0
            );
        }
    }
    if !committees.is_empty() {
        let fit = Fit {
            y: y + 93.0,
            size: 12.0,
            chars: 36,
            ..label
        };
        fitted(
            out,
            &fit,
            r##"fill="#005eb8""##,
            &committee_list(committees, 36),
        );
    }
    out.push_str("</g>");
}

fn committees(out: &mut String, input: &ExportInput, top: f32) -> f32 {
    let design = input.design;
    let _ = write!(
        out,
        r##"<text x="{MARGIN}" y="{}" font-size="22" font-weight="bold" fill="#1d1d1d">Committees</text>"##,
        top + 24.0
    );
    let mut y = top + 40.0;
    if design.committees.is_empty() {
        let _ = write!(
            out,
            r##"<text x="{MARGIN}" y="{}" font-size="16" font-style="italic" fill="#b01c1c">No committees: an audit and a remuneration committee are required.</text>"##,
            y + 20.0
        );
        return y + 40.0;
    }
    let box_w = 366.0;
    let per_row = 4;
    let line = 19.0;
    let mut row_height: f32 = 0.0;
    let seats = design.seats_by_id();
    for (i, committee) in design.committees.iter().enumerate() {
        if i > 0 && i % per_row == 0 {
            y += row_height + GAP;
            row_height = 0.0;
        }
        let x = MARGIN + (i % per_row) as f32 * (box_w + GAP);
        let names: Vec<String> = committee
            .members
            .iter()
            .map(|m| m.describe(&seats))
            .collect();
        let shown = names.len().min(8);
        let height = 64.0 + (shown as f32 + 1.0) * line;
        row_height = row_height.max(height);
        let chair = committee.chair.and_then(|id| seats.get(&id)).map_or_else(
            || "no chair".to_owned(),
            |s| s.holder_name().map_or_else(|| s.label(), str::to_owned),
        );
        let _ = write!(
            out,
            r##"<rect x="{x}" y="{y}" width="{box_w}" height="{height}" rx="8" fill="#f6f7f9" stroke="#b8bec7"/>"##
        );
        // Long names are squeezed into the box, never cut with an ellipsis.
        let at = |y: f32, size: f32, chars: usize| Fit {
            x: x + 14.0,
            y,
            size,
            width: box_w - 28.0,
            chars,
        };
        fitted(
            out,
            &at(y + 24.0, 16.0, 38),
            r##"font-weight="bold" fill="#1d1d1d""##,
            &committee.name,
        );
        fitted(
            out,
            &at(y + 44.0, 13.0, 48),
            r##"fill="#555""##,
            &format!("{} committee | chair: {chair}", committee.kind.name()),
        );
        for (j, name) in names.iter().take(shown).enumerate() {
            fitted(
                out,
                &at(y + 66.0 + j as f32 * line, 13.0, 48),
                r##"fill="#1d1d1d""##,
                name,
            );
        }
        if names.len() > shown {
            let _ = write!(
                out,
                r##"<text x="{}" y="{}" font-size="13" fill="#555">and {} more</text>"##,
                x + 14.0,
                y + 66.0 + shown as f32 * line,
                names.len() - shown
            );
        }
    }
    y + row_height
}

#[cfg(test)]
mod tests {
    use crate::{export::ExportInput, model::generate::stress_design, rules::RulePack};

    #[test]
    fn the_parts_of_a_split_chart_paint_the_whole_chart_in_order() {
        let design = stress_design();
        let pack = RulePack::df2021();
        let input = ExportInput::new(&design, &pack, "2026-11-23".into());
        let chart = super::board_chart(&input);
        assert_eq!(chart.split(1), vec![chart.document()]);
        let parts = chart.split(2);
        assert_eq!(parts.len(), 2);
        let bodies: String = parts
            .iter()
            .map(|p| {
                p.strip_prefix(chart.open.as_str())
                    .and_then(|p| p.strip_suffix("</svg>\n"))
                    .unwrap()
            })
            .collect();
        assert_eq!(bodies, format!("{}{}", chart.page, chart.body));
        // Each part is cut where an element ends, and the halves are of similar size.
        assert!(
            parts[1].starts_with(&format!("{}<g>", chart.open)),
            "{}",
            &parts[1][..300]
        );
        let (a, b) = (parts[0].len() as f64, parts[1].len() as f64);
        assert!((a / b - 1.0).abs() < 0.2, "{a} vs {b}");
    }
}
