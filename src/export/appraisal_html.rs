//! The options paper as one self-contained HTML page: the same sections as the Markdown, with
//! each option's board chart.

use std::fmt::Write;

use super::appraisal::{
    AppraisalInput, findings_by_basis, matrix, rank_text, recommendation, sensitivity, summary,
    total_text, verdict,
};
use super::appraisal_md::{appendix, pack_phrase};
use super::escape::xml;
use super::html::{FOOTER, head, table_html};
use super::{ExportInput, svg::board_svg_element};
use crate::model::thousands;
use crate::rules::RulePack;
use crate::rules::appraisal::OptionRef;

/// The options paper as HTML.
pub fn appraisal_html(input: &AppraisalInput) -> String {
    let (appraisal, scored) = (input.appraisal, input.scored);
    let mut out = String::new();
    head(&mut out, &appraisal.title);
    let _ = writeln!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"meta\">Date: {} | Options judged at {} | Checked against {}</p>",
        xml(&appraisal.title),
        xml(&input.date),
        xml(&scored.as_at.long()),
        xml(&pack_phrase(input))
    );
    if !appraisal.notes.trim().is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            xml(&appraisal.notes).replace('\n', "<br>")
        );
    }
    let valid = scored.winners().iter().all(|w| w.valid());
    let _ = writeln!(
        out,
        "</header>\n<main>\n<h2>Recommendation</h2>\n<p class=\"verdict {}\">{}</p>",
        if valid { "valid" } else { "invalid" },
        xml(&recommendation(input))
    );
    table_html(&mut out, &summary(input));
    out.push_str("<h2>The options</h2>\n");
    for (option, source) in scored.options.iter().zip(&appraisal.options) {
        let _ = writeln!(out, "<h3>{}</h3>", xml(&option.name));
        if !source.notes.trim().is_empty() {
            let _ = writeln!(out, "<p>{}</p>", xml(&source.notes));
        }
        if option.unreadable.is_none() {
            let _ = writeln!(
                out,
                "<p class=\"meta\">{} voting members | board cost £{} a year | {} places, {} local authorities</p>",
                option.voting_members,
                thousands(option.cost),
                option.places,
                option.local_authorities
            );
        }
        let _ = writeln!(out, "<p><strong>{}</strong></p>", xml(&verdict(option)));
        if let Some(board) = chart_design(input, option.id) {
            let pack = RulePack::by_id(&appraisal.rule_pack)
                .unwrap_or_else(|| RulePack::for_design(board));
            let chart = ExportInput::new(board, &pack, input.date.clone());
            out.push_str("<figure>\n");
            out.push_str(&board_svg_element(&chart));
            out.push_str("</figure>\n");
        }
        for (basis, lines) in findings_by_basis(&option.report.findings) {
            let _ = writeln!(out, "<p>On the basis of {}:</p>\n<ul>", basis.as_str());
            for line in lines {
                let _ = writeln!(out, "<li>{}</li>", xml(&line));
            }
            out.push_str("</ul>\n");
        }
    }
    table_html(&mut out, &matrix(input));
    out.push_str("<h2>Ranking</h2>\n<ol>\n");
    for option in scored.ranking() {
        let _ = writeln!(
            out,
            "<li>{} {}: {} of 100</li>",
            rank_text(scored, option),
            xml(&option.name),
            total_text(option.total)
        );
    }
    out.push_str("</ol>\n");
    table_html(&mut out, &sensitivity(input));
    table_html(&mut out, &appendix(input));
    out.push_str(FOOTER);
    out
}

/// The board to draw for an option: its design, or a merger's successor.
fn chart_design<'a>(
    input: &'a AppraisalInput,
    id: crate::model::Id,
) -> Option<&'a crate::model::Design> {
    match input.boards.iter().find(|(option, _)| *option == id)?.1 {
        OptionRef::Design(design) => Some(design),
        OptionRef::Cluster(cluster) => cluster.successor(),
    }
}
