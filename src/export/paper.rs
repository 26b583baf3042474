//! One paper model for the board papers: a title, a cover sheet, and blocks (headings,
//! paragraphs, lists, tables, figures). The Word, Markdown and HTML papers are each written
//! from the same model, so they cannot say different things.

use std::fmt::Write as _;

use docx_rs::{
    AlignmentType, Docx, Footer, Header, PageNum, Paragraph, Pic, Run, Style, StyleType, Table,
    TableCell, TableRow,
};

use super::escape::{markdown_text, xml, xml_chars};
use super::markdown::table_markdown;
use super::tables;
use crate::{
    model::{Paper, cut},
    rules::{Basis, Finding},
};

/// One block of a paper, in reading order.
pub enum Block {
    Heading(String),
    Subheading(String),
    Paragraph(String),
    /// A paragraph set in bold: a verdict, a recommendation.
    Strong(String),
    Bullets(Vec<String>),
    Table(tables::Table),
    /// A chart: its SVG, and what it shows in words (the caption).
    Figure {
        svg: String,
        caption: String,
    },
}

/// A board paper.
pub struct PaperDoc {
    pub title: String,
    /// The cover sheet's rows, label and text, in order.
    pub cover: Vec<(&'static str, String)>,
    /// The running head of every page, e.g. "Options appraisal · 15 January 2027".
    pub running_head: String,
    pub blocks: Vec<Block>,
}

/// The cover sheet from a file's optional `paper` fields, with the date and what the paper is.
pub fn cover_sheet(paper: Option<&Paper>, what: &str, date: &str) -> Vec<(&'static str, String)> {
    let none = Paper::default();
    let paper = paper.unwrap_or(&none);
    let or = |text: &str, default: &str| {
        let text = text.trim();
        if text.is_empty() { default } else { text }.to_owned()
    };
    vec![
        ("Meeting", or(&paper.meeting, "Not given")),
        ("Date", or(&paper.date, date)),
        ("Agenda item", or(&paper.item, "Not given")),
        ("Paper", what.to_owned()),
        ("Purpose", paper.purpose.phrase().to_owned()),
        (
            "Recommendation",
            or(&paper.recommendation, "See the recommendation below."),
        ),
        ("Author", or(&paper.author, "Not given")),
        ("Executive sponsor", or(&paper.sponsor, "Not given")),
        ("Previously considered by", or(&paper.previously, "None")),
        (
            "Risks and implications",
            or(&paper.risks, "Set out in the paper."),
        ),
    ]
}

/// A finding in words: its severity and message (a message past 600 characters cut), and no
/// rule id, which a paper keeps for its appendix.
pub fn finding_words(finding: &Finding) -> String {
    format!(
        "{}: {}",
        finding.severity.as_str(),
        cut(&finding.message, 600)
    )
}

/// Lines of findings in words under their basis, law first, each basis's in the order given:
/// what every paper (a design's, a cluster's, an option's) says against the rules.
pub fn findings_by_basis(
    lines: impl IntoIterator<Item = (Basis, String)>,
) -> Vec<(Basis, Vec<String>)> {
    let lines: Vec<(Basis, String)> = lines.into_iter().collect();
    Basis::ALL
        .iter()
        .filter_map(|basis| {
            let under: Vec<String> = lines
                .iter()
                .filter(|(b, _)| b == basis)
                .map(|(_, line)| line.clone())
                .collect();
            (!under.is_empty()).then_some((*basis, under))
        })
        .collect()
}

/// The findings by basis as blocks: "On the basis of law:" and its list, for each basis.
pub fn push_by_basis(blocks: &mut Vec<Block>, by_basis: Vec<(Basis, Vec<String>)>) {
    for (basis, lines) in by_basis {
        blocks.push(Block::Paragraph(format!(
            "On the basis of {}:",
            basis.as_str()
        )));
        blocks.push(Block::Bullets(lines));
    }
}

/// A table under its own heading, or "None." when it has no rows.
pub fn push_table(blocks: &mut Vec<Block>, table: tables::Table) {
    blocks.push(Block::Heading(table.title.clone()));
    if table.rows.is_empty() {
        blocks.push(Block::Paragraph("None.".to_owned()));
    } else {
        blocks.push(Block::Table(table));
    }
}

/// The paper as Markdown (figures by their captions).
pub fn paper_markdown(doc: &PaperDoc) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", markdown_text(&doc.title));
    let cover = tables::Table {
        title: "Cover sheet".to_owned(),
        headers: tables::heads(&["", ""]),
        rows: doc
            .cover
            .iter()
            .map(|(label, text)| vec![(*label).to_owned(), text.clone()])
            .collect(),
    };
    out.push_str(&table_markdown(&cover));
    for block in &doc.blocks {
        match block {
            Block::Heading(text) => {
                let _ = writeln!(out, "## {}\n", markdown_text(text));
            }
            Block::Subheading(text) => {
                let _ = writeln!(out, "### {}\n", markdown_text(text));
            }
            Block::Paragraph(text) => {
                let _ = writeln!(out, "{}\n", markdown_text(text));
            }
            Block::Strong(text) => {
                let _ = writeln!(out, "**{}**\n", markdown_text(text));
            }
            Block::Bullets(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", markdown_text(item));
                }
                out.push('\n');
            }
            Block::Table(table) => {
                // The heading is the block before; the table's own title is not repeated.
                let text = table_markdown(table);
                out.push_str(text.split_once("\n\n").map_or(&text, |(_, rest)| rest));
            }
            Block::Figure { caption, .. } => {
                let _ = writeln!(out, "*Figure: {}*\n", markdown_text(caption));
            }
        }
    }
    out
}

/// The paper as one self-contained HTML page (figures as inline SVG).
pub fn paper_html(doc: &PaperDoc) -> String {
    let mut out = String::new();
    super::html::head(&mut out, &doc.title);
    let _ = writeln!(
        out,
        "<header>\n<p class=\"meta\">{}</p>\n<h1>{}</h1>\n<table class=\"cover\">",
        xml(&doc.running_head),
        xml(&doc.title)
    );
    for (label, text) in &doc.cover {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            xml(label),
            xml(text)
        );
    }
    out.push_str("</table>\n</header>\n<main>\n");
    for block in &doc.blocks {
        match block {
            Block::Heading(text) => {
                let _ = writeln!(out, "<h2>{}</h2>", xml(text));
            }
            Block::Subheading(text) => {
                let _ = writeln!(out, "<h3>{}</h3>", xml(text));
            }
            Block::Paragraph(text) => {
                let _ = writeln!(out, "<p>{}</p>", xml(text).replace('\n', "<br>"));
            }
            Block::Strong(text) => {
                let _ = writeln!(out, "<p><strong>{}</strong></p>", xml(text));
            }
            Block::Bullets(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    let _ = writeln!(out, "<li>{}</li>", xml(item));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(table) => super::html::table_body_html(&mut out, table),
            Block::Figure { svg, caption } => {
                let _ = writeln!(
                    out,
                    "<figure>\n{svg}\n<figcaption>{}</figcaption>\n</figure>",
                    xml(caption)
                );
            }
        }
    }
    out.push_str(super::html::FOOTER);
    out
}

/// Why a Word paper could not be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The Word paper could not be written: {0}")]
pub struct PaperError(String);

fn run(text: impl AsRef<str>) -> Run {
    Run::new().add_text(xml_chars(text.as_ref()))
}

fn styled(text: &str, style: &str) -> Paragraph {
    Paragraph::new().add_run(run(text)).style(style)
}

/// A table whose rows are never split across pages.
fn word_table(table: &tables::Table) -> Table {
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
        .map(|row| TableRow::new(row.iter().map(|c| cell(c, false)).collect()).cant_split());
    Table::new(std::iter::once(header).chain(rows).collect())
}

/// The paper as a Word document: real headings and tables, the cover sheet as a table, the
/// charts as pictures, the running head in the header and the page number in the footer.
pub fn paper_docx(doc: &PaperDoc) -> Result<Vec<u8>, PaperError> {
    let mut word = Docx::new()
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
        .add_style(
            Style::new("Heading3", StyleType::Paragraph)
                .name("Heading 3")
                .size(24)
                .bold(),
        )
        .header(
            Header::new().add_paragraph(Paragraph::new().add_run(run(&doc.running_head).size(16))),
        )
        .footer(
            Footer::new().add_paragraph(
                Paragraph::new()
                    .add_run(run("Page ").size(16))
                    .add_page_num(PageNum::new())
                    .align(AlignmentType::Center),
            ),
        )
        .add_paragraph(styled(&doc.title, "Heading1"));
    let cover = Table::new(
        doc.cover
            .iter()
            .map(|(label, text)| {
                TableRow::new(vec![
                    TableCell::new()
                        .add_paragraph(Paragraph::new().add_run(run(label).bold().size(20))),
                    TableCell::new().add_paragraph(Paragraph::new().add_run(run(text).size(20))),
                ])
            })
            .collect(),
    );
    word = word.add_table(cover);
    for block in &doc.blocks {
        word = match block {
            Block::Heading(text) => word.add_paragraph(styled(text, "Heading2")),
            Block::Subheading(text) => word.add_paragraph(styled(text, "Heading3")),
            Block::Paragraph(text) => word.add_paragraph(Paragraph::new().add_run(run(text))),
            Block::Strong(text) => word.add_paragraph(Paragraph::new().add_run(run(text).bold())),
            Block::Bullets(items) => items.iter().fold(word, |word, item| {
                word.add_paragraph(Paragraph::new().add_run(run(format!("• {item}"))))
            }),
            Block::Table(table) if table.rows.is_empty() => {
                word.add_paragraph(Paragraph::new().add_run(run("None.")))
            }
            Block::Table(table) => word.add_table(word_table(table)),
            Block::Figure { svg, caption } => {
                let paragraph = match super::png::svg_png(svg) {
                    Ok(png) => {
                        // Fitted to the page's width (about 16 cm), keeping its shape.
                        let pic = Pic::new(&png);
                        let (w, h) = pic.size;
                        let width = 5_760_000_u32;
                        let height = if w == 0 {
                            width / 2
                        } else {
                            (u64::from(h) * u64::from(width) / u64::from(w)) as u32
                        };
                        Paragraph::new().add_run(Run::new().add_image(pic.size(width, height)))
                    }
                    Err(_) => {
                        Paragraph::new().add_run(run("(The chart could not be drawn.)").italic())
                    }
                };
                word.add_paragraph(paragraph)
                    .add_paragraph(Paragraph::new().add_run(run(caption).italic().size(18)))
            }
        };
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    word.build()
        .pack(&mut bytes)
        .map_err(|e| PaperError(e.to_string()))?;
    super::docx_zip::same_on_every_system(&bytes.into_inner()).map_err(PaperError)
}
