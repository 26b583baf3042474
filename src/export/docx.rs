//! The report as a Word document a board secretary edits into a board paper: real headings and
//! real tables (board, committees, places, findings with basis and source), and the pack and the
//! local changes the verdict rests on. docx-rs writes the XML and escapes the text.

use docx_rs::{AlignmentType, Docx, Paragraph, Run, Style, StyleType, Table, TableCell, TableRow};

use super::{ExportInput, tables};
use crate::rules::Severity;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The Word document could not be written: {0}")]
pub struct DocxError(String);

/// A run of text, with the characters XML forbids replaced (docx-rs escapes the markup).
fn run(text: impl AsRef<str>) -> Run {
    Run::new().add_text(super::escape::xml_chars(text.as_ref()))
}

fn heading(text: &str, level: u8) -> Paragraph {
    Paragraph::new()
        .add_run(run(text))
        .style(&format!("Heading{level}"))
}

fn line(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text))
}

fn labelled(label: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(format!("{label}: ")).bold())
        .add_run(run(text))
}

fn table(table: &tables::Table) -> Table {
    let cell = |text: &str, bold: bool| {
        let run = run(text).size(18);
        TableCell::new().add_paragraph(Paragraph::new().add_run(if bold {
            run.bold()
        } else {
            run
        }))
    };
    let header = TableRow::new(table.headers.iter().map(|h| cell(h, true)).collect());
    let rows = table
        .rows
        .iter()
        .map(|row| TableRow::new(row.iter().map(|c| cell(c, false)).collect()));
    Table::new(std::iter::once(header).chain(rows).collect())
}

/// The report as a `.docx` file.
pub fn report_docx(input: &ExportInput) -> Result<Vec<u8>, DocxError> {
    let design = input.design;
    let errors = input.report.count(Severity::Error);
    let verdict = if errors == 0 {
        "Meets the minimums of the rules it was checked against.".to_owned()
    } else {
        format!(
            "Does not yet meet the minimums: {}.",
            Severity::Error.count_phrase(errors)
        )
    };
    let mut doc = Docx::new()
        .add_style(
            Style::new("Heading1", StyleType::Paragraph)
                .name("Heading 1")
                .size(36)
                .bold(),
        )
        .add_style(
            Style::new("Heading2", StyleType::Paragraph)
                .name("Heading 2")
                .size(28)
                .bold(),
        )
        .add_paragraph(heading(&design.name, 1));
    if !design.system.trim().is_empty() {
        doc = doc.add_paragraph(line(&design.system));
    }
    doc = doc
        .add_paragraph(labelled("Date", &input.date))
        .add_paragraph(labelled(
            "Checked against",
            &format!("{} ({})", input.pack.name, input.pack.id),
        ))
        .add_paragraph(labelled("Result", &verdict))
        .add_paragraph(labelled("Findings", &input.counts_phrase()));
    doc = doc.add_paragraph(heading("Local changes to the rules", 2));
    if input.pack.local_changes.is_empty() {
        doc = doc.add_paragraph(line("None: the pack's rules apply as they stand."));
    }
    for change in &input.pack.local_changes {
        doc = doc.add_paragraph(line(&format!("• {change}")));
    }
    if !design.notes.trim().is_empty() {
        doc = doc
            .add_paragraph(heading("Notes", 2))
            .add_paragraph(line(&design.notes));
    }
    for t in super::report_tables(input) {
        doc = doc.add_paragraph(heading(&t.title, 2));
        doc = if t.rows.is_empty() {
            doc.add_paragraph(line("None."))
        } else {
            doc.add_table(table(&t))
        };
    }
    doc = doc.add_paragraph(
        Paragraph::new()
            .add_run(
                Run::new()
                    .add_text("Written by ICS Board Designer. Basis: law, bill, NHS England policy or advice.")
                    .italic()
                    .size(16),
            )
            .align(AlignmentType::Left),
    );
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut bytes)
        .map_err(|e| DocxError(e.to_string()))?;
    super::docx_zip::same_on_every_system(&bytes.into_inner()).map_err(DocxError)
}
