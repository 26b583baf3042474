//! Exports of a cluster file (docs/file-format.md "The command line"): one report with every ICB, the
//! people they share, the joint committees, the successor and the transition; a CSV row per
//! seat with its ICB; the boards side by side; the successor's clause; the transition table.
//! The same tables feed HTML, Markdown and CSV; each renderer escapes for its own target.

use std::fmt::Write;

use super::{
    ExportError, ExportFormat, ExportInput,
    cluster_tables::{cluster_tables, counts_line, seats, transition_tables},
    csv,
    escape::markdown_text,
    html, markdown,
};
use crate::{
    model::{Cluster, transition::Transition},
    rules::{Report, RulePack, Severity},
};

pub use super::cluster_input::ClusterInput;

/// Produce one export of a cluster file as bytes.
pub fn export_cluster(
    cluster: &Cluster,
    format: ExportFormat,
    date: String,
) -> Result<Vec<u8>, ExportError> {
    let input = ClusterInput::new(cluster, date);
    Ok(match format {
        ExportFormat::Html => cluster_html(&input).into_bytes(),
        ExportFormat::Markdown => cluster_markdown(&input).into_bytes(),
        ExportFormat::Csv => csv::table_csv(&seats(&input)).into_bytes(),
        ExportFormat::Svg => super::cluster_svg::cluster_svg(&input).into_bytes(),
        ExportFormat::Png => {
            let seats: usize = cluster.icbs.iter().map(|i| i.design.board.len()).sum();
            if seats > super::png::MAX_PNG_SEATS {
                return Err(ExportError::Png(super::PngError::too_many(seats)));
            }
            super::png::svg_png(&super::cluster_svg::cluster_svg(&input))?
        }
        ExportFormat::Clause => {
            let successor = cluster.successor().ok_or(ExportError::NoSuccessor)?;
            let pack = RulePack::for_design(successor);
            let successor_input = ExportInput::new(successor, &pack, input.date.clone());
            super::clause::membership_clause(&successor_input).into_bytes()
        }
        ExportFormat::Transition => transition_markdown(&input)?.into_bytes(),
        ExportFormat::Docx => {
            super::paper::paper_docx(&super::cluster_paper::cluster_paper(&input))?
        }
        ExportFormat::Pdf => super::pdf::paper_pdf(&super::cluster_paper::cluster_paper(&input))?,
        other => return Err(ExportError::NotForClusters(other.name())),
    })
}

/// The transition table of a cluster file with a proposed successor, as Markdown.
fn transition_markdown(input: &ClusterInput) -> Result<String, ExportError> {
    let transition = Transition::of(input.cluster).ok_or(ExportError::NoSuccessor)?;
    let mut out = String::new();
    let name = input
        .cluster
        .merger
        .as_ref()
        .map_or("", |m| m.successor_name.as_str());
    let _ = writeln!(out, "# Transition to {}\n", markdown_text(name));
    let _ = writeln!(out, "{}\n", counts_line(&transition));
    for table in transition_tables(input, &transition) {
        out.push_str(&markdown::table_markdown(&table));
    }
    Ok(out)
}

fn verdict(input: &ClusterInput) -> String {
    let errors = input.report.count(Severity::Error);
    if errors == 0 {
        "Every ICB and the cluster meet the minimums".to_owned()
    } else {
        format!(
            "Does not yet meet the minimums ({})",
            Severity::Error.count_phrase(errors)
        )
    }
}

fn counts_phrase(report: &Report) -> String {
    Severity::ALL
        .iter()
        .map(|s| s.count_phrase(report.count(*s)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn cluster_html(input: &ClusterInput) -> String {
    use super::escape::xml;
    let cluster = input.cluster;
    let mut out = String::new();
    html::head(&mut out, &cluster.name);
    let class = if input.report.count(Severity::Error) == 0 {
        "valid"
    } else {
        "invalid"
    };
    let _ = writeln!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"meta\">Cluster of {} | Date: {}</p>\n<p class=\"verdict {class}\">{}</p>\n<p class=\"meta\">Findings: {}</p>",
        xml(&cluster.name),
        xml(&crate::rules::plural(cluster.icbs.len(), "ICB", "ICBs")),
        xml(&input.date),
        xml(&verdict(input)),
        counts_phrase(&input.report)
    );
    if let Some(transition) = Transition::of(cluster) {
        let _ = writeln!(
            out,
            "<p class=\"meta\">{}</p>",
            xml(&counts_line(&transition))
        );
    }
    if !cluster.notes.trim().is_empty() {
        let _ = writeln!(out, "<p>{}</p>", xml(&cluster.notes).replace('\n', "<br>"));
    }
    out.push_str("</header>\n<main>\n<h2>The boards side by side</h2>\n<figure>\n");
    out.push_str(&super::cluster_svg::cluster_svg_element(input));
    out.push_str("</figure>\n");
    for table in cluster_tables(input) {
        html::table_html(&mut out, &table);
    }
    out.push_str(html::FOOTER);
    out
}

fn cluster_markdown(input: &ClusterInput) -> String {
    let cluster = input.cluster;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", markdown_text(&cluster.name));
    let _ = writeln!(
        out,
        "- ICBs: {}\n- Date: {}\n- Result: **{}.** Findings: {}.",
        cluster.icbs.len(),
        input.date,
        verdict(input),
        counts_phrase(&input.report)
    );
    if let Some(transition) = Transition::of(cluster) {
        let _ = writeln!(out, "- {}", counts_line(&transition));
    }
    out.push('\n');
    if !cluster.notes.trim().is_empty() {
        let _ = writeln!(out, "> {}\n", markdown_text(&cluster.notes));
    }
    for table in cluster_tables(input) {
        out.push_str(&markdown::table_markdown(&table));
    }
    out
}
