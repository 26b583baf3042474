//! The cluster's board paper, for a cluster and its merger: the cover sheet (from the cluster
//! file's optional `paper`), the verdict, the boards side by side, the successor's board, the
//! ICBs, the people they share, the joint committees, the seats, the transition of every post,
//! and the findings by basis in words, with the rule ids only in the appendix. It is the one
//! paper model (`paper.rs`), written as Word and as PDF like the design's paper.

use super::{
    ExportInput,
    cluster_input::ClusterInput,
    cluster_tables::{cluster_tables, counts_line},
    paper::{
        Block, PaperDoc, cover_sheet, finding_words, findings_by_basis, push_by_basis, push_table,
    },
};
use crate::{
    model::transition::Transition,
    rules::{RulePack, Severity},
};

/// The cluster's paper, in the paper model.
pub fn cluster_paper(input: &ClusterInput) -> PaperDoc {
    let cluster = input.cluster;
    let mut blocks = Vec::new();
    if !cluster.notes.trim().is_empty() {
        blocks.push(Block::Paragraph(cluster.notes.trim().to_owned()));
    }
    blocks.push(Block::Heading("Summary".to_owned()));
    let errors = input.report.count(Severity::Error);
    blocks.push(Block::Strong(if errors == 0 {
        "Every ICB and the cluster meet the minimums of the rules they were checked against."
            .to_owned()
    } else {
        format!(
            "The cluster does not yet meet the minimums: {}.",
            Severity::Error.count_phrase(errors)
        )
    }));
    let counts: Vec<String> = Severity::ALL
        .iter()
        .map(|s| s.count_phrase(input.report.count(*s)))
        .collect();
    blocks.push(Block::Paragraph(format!(
        "{} checked on {}. Findings: {}.",
        crate::rules::plural(cluster.icbs.len(), "ICB", "ICBs"),
        input.date,
        counts.join(", ")
    )));
    if let Some(transition) = Transition::of(cluster) {
        blocks.push(Block::Paragraph(counts_line(&transition)));
    }
    blocks.push(Block::Heading("The boards side by side".to_owned()));
    blocks.push(Block::Figure {
        svg: super::cluster_svg::cluster_svg_element(input),
        caption: format!("The boards of {}", cluster.name),
    });
    if let Some(successor) = cluster.successor() {
        let pack = RulePack::for_design(successor);
        let successor_input = ExportInput::new(successor, &pack, input.date.clone());
        blocks.push(Block::Heading(format!("The successor: {}", successor.name)));
        blocks.push(Block::Figure {
            svg: super::svg::board_svg_element(&successor_input),
            caption: format!(
                "The proposed board of {}: {} seats, by band",
                successor.name,
                successor.board.len()
            ),
        });
    }
    let mut tables = cluster_tables(input);
    // The last table lists the findings with their rule ids: the appendix.
    let appendix = tables.pop();
    for table in tables {
        push_table(&mut blocks, super::tables::seats_for_paper(table));
    }
    blocks.push(Block::Heading("Against the rules".to_owned()));
    let by_basis = findings_by_basis(input.report.findings.iter().map(|f| {
        (
            f.basis(),
            format!("{}, {}", input.scope_name(f.scope), finding_words(f)),
        )
    }));
    if by_basis.is_empty() {
        blocks.push(Block::Paragraph("No findings.".to_owned()));
    }
    push_by_basis(&mut blocks, by_basis);
    if let Some(mut findings) = appendix {
        "Appendix: findings with their rule ids".clone_into(&mut findings.title);
        push_table(&mut blocks, findings);
    }
    PaperDoc {
        title: cluster.name.clone(),
        cover: cover_sheet(cluster.paper.as_ref(), "Cluster and merger", &input.date),
        running_head: format!("{} · cluster · {}", cluster.name, input.date),
        blocks,
    }
}
