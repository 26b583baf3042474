//! The appraisal's scores as CSV, JSON and terminal text (`appraise`), and the appendix of
//! findings the options paper ends with.

use std::fmt::Write;

use super::appraisal::{
    AppraisalInput, rank_text, recommendation, scores_table, total_text, verdict,
};
use super::tables::Table;
use crate::rules::{Finding, RulePack};

/// The pack's title, or "each option's own rules".
pub fn pack_phrase(input: &AppraisalInput) -> String {
    RulePack::by_id(&input.appraisal.rule_pack)
        .map_or_else(|| "each option's own rules".to_owned(), |p| p.name)
}

/// Appendix: every finding of the appraisal and its options, with rule ids, basis and source.
pub fn appendix(input: &AppraisalInput) -> Table {
    let row = |prefix: String, f: &Finding| {
        let mut row = super::tables::finding_row(f);
        row.insert(1, prefix + &f.subject_labels().join(", "));
        row
    };
    let mut rows: Vec<Vec<String>> = input
        .scored
        .findings
        .iter()
        .map(|f| row(String::new(), f))
        .collect();
    for option in &input.scored.options {
        let prefix = format!("option:{}/", option.id);
        rows.extend(
            option
                .report
                .findings
                .iter()
                .map(|f| row(prefix.clone(), f)),
        );
    }
    Table {
        title: "Appendix: findings with their rule ids".to_owned(),
        headers: super::tables::heads(&["Severity", "Where", "Rule", "Message", "Basis", "Source"]),
        rows,
    }
}

/// `appraise --format json`: every score, total, rank and sensitivity, and every finding with
/// its basis.
pub fn appraisal_json(input: &AppraisalInput) -> serde_json::Value {
    use serde_json::{Value, json};
    let (appraisal, scored) = (input.appraisal, input.scored);
    let finding = |prefix: &str, f: &Finding| {
        json!({
            "severity": f.severity.as_str(),
            "rule": f.rule.as_str(),
            "basis": f.basis().as_str(),
            "source": f.source(),
            "message": f.message,
            "subjects": f.subject_labels().iter().map(|s| format!("{prefix}{s}")).collect::<Vec<_>>(),
        })
    };
    let options: Vec<Value> = scored
        .options
        .iter()
        .map(|o| {
            let by_criterion: serde_json::Map<String, Value> = appraisal
                .criteria
                .iter()
                .zip(&o.scores)
                .map(|(c, s)| (c.id.to_string(), s.map_or(Value::Null, |s| json!(round(s)))))
                .collect();
            json!({
                "id": o.id,
                "name": o.name,
                "valid": o.valid(),
                "scores": by_criterion,
                "total": o.total,
                "rank": o.rank,
                "tied": rank_text(scored, o).starts_with('='),
                "board_cost": o.cost,
                "voting_members": o.voting_members,
                "unreadable": o.unreadable,
            })
        })
        .collect();
    let criteria: Vec<Value> = appraisal
        .criteria
        .iter()
        .zip(&scored.criteria)
        .map(|(c, r)| {
            json!({
                "id": c.id,
                "name": c.name,
                "weight": c.weight,
                "share": round(r.share),
                "measure": c.measure.id(),
                "left_out": r.left_out,
                "sensitivity": r.sensitivity.as_ref().map(|s| json!({
                    "winner_holds_from": round(s.holds_from),
                    "winner_holds_to": round(s.holds_to),
                    "smallest_move": s.change.map(|(points, _)| round(points)),
                    "then_first": s.change.map(|(_, id)| id),
                    "robust": s.robust(),
                })),
            })
        })
        .collect();
    let mut findings: Vec<Value> = scored.findings.iter().map(|f| finding("", f)).collect();
    for o in &scored.options {
        let prefix = format!("option:{}/", o.id);
        findings.extend(o.report.findings.iter().map(|f| finding(&prefix, f)));
    }
    json!({
        "title": appraisal.title,
        "pack": if appraisal.rule_pack.trim().is_empty() { Value::Null } else { json!(scored.pack) },
        "as_at": scored.as_at.to_string(),
        "options": options,
        "criteria": criteria,
        "findings": findings,
    })
}

fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The scores as CSV: one row per option.
pub fn appraisal_csv(input: &AppraisalInput) -> String {
    super::csv::table_csv(&scores_table(input))
}

/// The text `appraise` prints: the ranking, then the findings, one line each.
pub fn appraisal_summary_text(input: &AppraisalInput) -> String {
    let (appraisal, scored) = (input.appraisal, input.scored);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} (judged at {}, {})",
        appraisal.title,
        scored.as_at,
        pack_phrase(input)
    );
    for option in scored.ranking() {
        let _ = writeln!(
            out,
            "{:>3}  {:>5}  {}  [{}]",
            rank_text(scored, option),
            total_text(option.total),
            option.name,
            verdict(option)
        );
    }
    for (criterion, result) in appraisal.criteria.iter().zip(&scored.criteria) {
        let line = match &result.sensitivity {
            None if result.left_out => "left out of the totals".to_owned(),
            None => "no sensitivity".to_owned(),
            Some(s) => match s.change {
                None => format!(
                    "robust: the winner holds at any weight from {:.1} to {:.1}",
                    s.holds_from, s.holds_to
                ),
                Some((points, _)) => format!(
                    "the winner holds from {:.1} to {:.1}; a move of {points:.1} points changes it",
                    s.holds_from, s.holds_to
                ),
            },
        };
        let _ = writeln!(
            out,
            "weight {:>3}  {}: {line}",
            criterion.weight, criterion.name
        );
    }
    for finding in &scored.findings {
        let _ = writeln!(
            out,
            "{} {}: {}",
            finding.severity.as_str(),
            finding.rule,
            finding.message
        );
    }
    let _ = writeln!(out, "{}", recommendation(input));
    out
}
