//! The design's board paper, as Word: a cover sheet (from the design's optional `paper`), the
//! verdict, the board chart as a picture, the board, committees and places, the findings
//! grouped by basis in words, the local changes, the people's tables, and the rule ids only in
//! the appendix. It is built as the one paper model (`paper.rs`), which writes the Word file with
//! running heads and page numbers, so this paper and the options paper cannot drift apart.

use super::{
    ExportInput,
    paper::{
        Block, PaperDoc, cover_sheet, finding_words, findings_by_basis, paper_docx, push_by_basis,
        push_table,
    },
    svg::board_svg_element,
    tables,
};
use crate::rules::Severity;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The Word document could not be written: {0}")]
pub struct DocxError(String);

/// The design's board paper as a Word document.
pub fn report_docx(input: &ExportInput) -> Result<Vec<u8>, DocxError> {
    paper_docx(&design_paper(input)).map_err(|e| DocxError(e.to_string()))
}

/// The design's board paper, in the paper model.
pub fn design_paper(input: &ExportInput) -> PaperDoc {
    let design = input.design;
    let mut blocks = Vec::new();
    if !design.system.trim().is_empty() {
        blocks.push(Block::Paragraph(design.system.trim().to_owned()));
    }
    blocks.push(Block::Paragraph(format!(
        "Checked on {} against {} ({}).",
        input.date, input.pack.name, input.pack.id
    )));
    blocks.push(Block::Heading("Summary".to_owned()));
    blocks.push(Block::Strong(verdict(input)));
    blocks.push(Block::Paragraph(format!(
        "Findings: {}.",
        input.counts_phrase()
    )));
    blocks.push(Block::Heading("The board".to_owned()));
    blocks.push(Block::Figure {
        svg: board_svg_element(input),
        caption: format!(
            "The board of {}: {} seats, by band",
            design.name,
            design.board.len()
        ),
    });
    for table in [
        tables::seats_for_paper(tables::seats(input)),
        tables::committees(input),
        tables::places(input),
    ] {
        push_table(&mut blocks, table);
    }
    blocks.push(Block::Heading("Against the rules".to_owned()));
    let by_basis = findings_by_basis(
        input
            .report
            .findings
            .iter()
            .map(|f| (f.basis(), finding_words(f))),
    );
    if by_basis.is_empty() {
        blocks.push(Block::Paragraph("No findings.".to_owned()));
    }
    push_by_basis(&mut blocks, by_basis);
    blocks.push(Block::Heading("Local changes to the rules".to_owned()));
    if input.pack.local_changes.is_empty() {
        blocks.push(Block::Paragraph(
            "None: the pack's rules apply as they stand.".to_owned(),
        ));
    } else {
        blocks.push(Block::Bullets(input.pack.local_changes.clone()));
    }
    if !design.notes.trim().is_empty() {
        blocks.push(Block::Heading("Notes".to_owned()));
        blocks.push(Block::Paragraph(design.notes.trim().to_owned()));
    }
    // The people's tables: the register of interests, the skills matrix, the FPPT return.
    for table in super::people_tables(input) {
        push_table(&mut blocks, in_words(table));
    }
    blocks.push(Block::Heading(
        "Appendix: findings with their rule ids".to_owned(),
    ));
    push_table(&mut blocks, tables::findings(input));
    PaperDoc {
        title: design.name.clone(),
        cover: cover_sheet(design.paper.as_ref(), "Board design", &input.date),
        running_head: format!("{} · board design · {}", design.name, input.date),
        blocks,
    }
}

/// The verdict in words.
fn verdict(input: &ExportInput) -> String {
    let errors = input.report.count(Severity::Error);
    if errors == 0 {
        "Meets the minimums of the rules it was checked against.".to_owned()
    } else {
        format!(
            "Does not yet meet the minimums: {}.",
            Severity::Error.count_phrase(errors)
        )
    }
}

/// A people's table with its rule ids put in words (the skills matrix names the rule a column
/// and a gap answer to: `0 (gap: board.public_health)`); the appendix keeps the ids.
fn in_words(mut table: tables::Table) -> tables::Table {
    // "Mental health (board.mental_health_expertise)" is "Mental health" here.
    for header in &mut table.headers {
        if let Some((name, id)) = header.split_once(" (")
            && id.ends_with(')')
            && id.contains('.')
        {
            *header = std::borrow::Cow::Owned(name.to_owned());
        }
    }
    // "0 (gap: board.public_health)" says the gap's basis and source in words instead.
    for cell in table.rows.iter_mut().flatten() {
        if let Some((count, id)) = cell.split_once(" (gap: ") {
            let rule = crate::rules::RuleId::from_id(id.trim_end_matches(')'));
            *cell = match rule {
                Some(rule) => format!(
                    "{count} (a gap: {}, {})",
                    rule.basis().as_str(),
                    rule.source()
                ),
                None => format!("{count} (a gap a rule names)"),
            };
        }
    }
    table
}
