//! The report as Markdown tables, for wikis and board papers.

use std::fmt::Write;

use super::{
    ExportInput,
    escape::{markdown_cell, markdown_text},
    tables,
};
use crate::rules::Severity;

pub fn markdown(input: &ExportInput) -> String {
    let design = input.design;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", markdown_text(&design.name));
    if !design.system.is_empty() {
        let _ = writeln!(out, "{}\n", markdown_text(&design.system));
    }
    let errors = input.report.count(Severity::Error);
    let verdict = if errors == 0 {
        "**Meets the framework minimums.**".to_owned()
    } else {
        format!(
            "**Does not yet meet the framework minimums** ({}).",
            Severity::Error.count_phrase(errors)
        )
    };
    let _ = writeln!(
        out,
        "- Date: {}\n- Checked against: {}\n- Result: {verdict} Findings: {}.\n",
        input.date,
        markdown_text(&input.pack.describe()),
        input.counts_phrase()
    );
    if !design.notes.trim().is_empty() {
        let _ = writeln!(out, "> {}\n", markdown_text(&design.notes));
    }
    for table in super::report_tables(input) {
        out.push_str(&table_markdown(&table));
    }
    out
}

/// Any table as a Markdown section: its title as a heading, then the table (or "None.").
pub fn table_markdown(table: &tables::Table) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", table.title);
    if table.rows.is_empty() {
        out.push_str("None.\n\n");
        return out;
    }
    let _ = writeln!(out, "| {} |", table.headers.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(table.headers.len()));
    for row in &table.rows {
        let cells: Vec<String> = row.iter().map(|c| markdown_cell(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
    out
}
