//! The options paper as one paper model (`export::paper`): the cover sheet from the file's
//! `paper` fields, the recommendation, the summary, each option (its facts, verdict, board chart
//! and findings by basis, in words), the scores with each reason, the ranking, the sensitivity,
//! and the rule ids in an appendix. Markdown, HTML and Word are written from it.

use super::appraisal::{
    AppraisalInput, matrix, rank_text, recommendation, sensitivity, summary, total_text, verdict,
};
use super::appraisal_md::{appendix, pack_phrase};
use super::paper::{
    Block, PaperDoc, cover_sheet, finding_words, findings_by_basis, paper_docx, paper_html,
    paper_markdown,
};
use super::{ExportInput, svg::board_svg_element};
use crate::model::{Design, Id, thousands};
use crate::rules::RulePack;
use crate::rules::Severity;
use crate::rules::appraisal::OptionRef;

/// The options paper.
pub fn appraisal_paper(input: &AppraisalInput) -> PaperDoc {
    let (appraisal, scored) = (input.appraisal, input.scored);
    let mut blocks = vec![Block::Paragraph(format!(
        "Options judged at {} against {}.",
        scored.as_at.long(),
        pack_phrase(input)
    ))];
    if !appraisal.notes.trim().is_empty() {
        blocks.push(Block::Paragraph(appraisal.notes.trim().to_owned()));
    }
    blocks.push(Block::Heading("Recommendation".to_owned()));
    blocks.push(Block::Strong(recommendation(input)));
    blocks.push(Block::Heading("Summary".to_owned()));
    blocks.push(Block::Table(summary(input)));
    blocks.push(Block::Heading("The options".to_owned()));
    for (option, source) in scored.options.iter().zip(&appraisal.options) {
        blocks.push(Block::Subheading(option.name.clone()));
        if !source.notes.trim().is_empty() {
            blocks.push(Block::Paragraph(source.notes.trim().to_owned()));
        }
        if option.unreadable.is_none() {
            blocks.push(Block::Paragraph(format!(
                "{} voting members; board cost £{} a year; {} places, {} local authorities.",
                option.voting_members,
                thousands(option.cost),
                option.places,
                option.local_authorities
            )));
            if !option.coterminosity.is_empty() {
                blocks.push(Block::Paragraph(format!(
                    "Coterminosity: {}.",
                    option.coterminosity.join("; ")
                )));
            }
        }
        blocks.push(Block::Strong(verdict(option)));
        if let Some(board) = chart_design(input, option.id) {
            let pack = RulePack::by_id(&appraisal.rule_pack)
                .unwrap_or_else(|| RulePack::for_design(board));
            let chart = ExportInput::new(board, &pack, input.date.clone());
            blocks.push(Block::Figure {
                svg: board_svg_element(&chart),
                caption: format!("The board of {}: {}", option.name, board.name),
            });
        }
        for (basis, lines) in findings_by_basis(
            option
                .report
                .findings
                .iter()
                .filter(|f| f.severity <= Severity::Warning)
                .map(|f| (f.basis(), finding_words(f))),
        ) {
            blocks.push(Block::Paragraph(format!(
                "On the basis of {}:",
                basis.as_str()
            )));
            blocks.push(Block::Bullets(lines));
        }
    }
    blocks.push(Block::Heading("Scores".to_owned()));
    blocks.push(Block::Table(matrix(input)));
    blocks.push(Block::Heading("Ranking".to_owned()));
    blocks.push(Block::Bullets(
        scored
            .ranking()
            .iter()
            .map(|o| {
                format!(
                    "{}. {}: {} of 100",
                    rank_text(scored, o),
                    o.name,
                    total_text(o.total)
                )
            })
            .collect(),
    ));
    blocks.push(Block::Heading("Sensitivity".to_owned()));
    blocks.push(Block::Paragraph(
        "For each criterion, the range of its weight (the others kept) in which the option ranked first stays first, and the smallest move that puts another option first. A move of 10 points or more is robust.".to_owned(),
    ));
    blocks.push(Block::Table(sensitivity(input)));
    blocks.push(Block::Heading(
        "Appendix: findings with their rule ids".to_owned(),
    ));
    blocks.push(Block::Table(appendix(input)));
    PaperDoc {
        title: appraisal.title.clone(),
        cover: cover_sheet(appraisal.paper.as_ref(), "Options appraisal", &input.date),
        running_head: format!("{} · options appraisal · {}", appraisal.title, input.date),
        blocks,
    }
}

/// The options paper as HTML.
pub fn appraisal_html(input: &AppraisalInput) -> String {
    paper_html(&appraisal_paper(input))
}

/// The options paper as Markdown.
pub fn appraisal_markdown(input: &AppraisalInput) -> String {
    paper_markdown(&appraisal_paper(input))
}

/// The options paper as a Word document.
pub fn appraisal_docx(input: &AppraisalInput) -> Result<Vec<u8>, super::paper::PaperError> {
    paper_docx(&appraisal_paper(input))
}

/// The options paper as a PDF: the same paper, on A4 pages.
pub fn appraisal_pdf(input: &AppraisalInput) -> Result<Vec<u8>, super::pdf::PdfError> {
    super::pdf::paper_pdf(&appraisal_paper(input))
}

/// The options paper in `format` (HTML, Word, PDF, Markdown or CSV); why not, in words.
pub fn appraisal_export(
    input: &AppraisalInput,
    format: super::ExportFormat,
) -> Result<Vec<u8>, String> {
    use super::ExportFormat as F;
    match format {
        F::Markdown => Ok(appraisal_markdown(input).into_bytes()),
        F::Csv => Ok(super::appraisal_md::appraisal_csv(input).into_bytes()),
        F::Html => Ok(appraisal_html(input).into_bytes()),
        F::Docx => appraisal_docx(input).map_err(|e| e.to_string()),
        F::Pdf => appraisal_pdf(input).map_err(|e| e.to_string()),
        other => Err(format!(
            "An appraisal is written as an options paper in HTML, Word, PDF, Markdown or CSV, not as a {}.",
            other.name()
        )),
    }
}

/// The board to draw for an option: its design, or a merger's successor.
fn chart_design<'a>(input: &'a AppraisalInput, id: Id) -> Option<&'a Design> {
    match input.boards.iter().find(|(option, _)| *option == id)?.1 {
        OptionRef::Design(design) => Some(design),
        OptionRef::Cluster(cluster) => cluster.successor(),
    }
}
