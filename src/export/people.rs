//! People (docs/rules.md section 7) as tables: the register of interests and the skills matrix, for
//! `export --to interests|skills`, and as sections of the report. Both show the board as it
//! stands on the design's date.

use super::ExportInput;
use std::borrow::Cow;

use super::tables::{Table, heads};
use crate::{
    model::{Expertise, declarations},
    rules::{as_at_date, on_date, rule_for_skill},
};

/// Every declaration: each holder's other posts (a professional interest, or a financial one
/// with a private healthcare provider) and declared interests.
pub fn register(input: &ExportInput) -> Table {
    let design = on_date(input.design, as_at_date(input.design));
    let rows = declarations(&design)
        .into_iter()
        .map(|d| {
            vec![
                d.member,
                d.role,
                d.organisation,
                d.kind.name().to_owned(),
                d.description,
                d.declared,
            ]
        })
        .collect();
    Table {
        title: "Register of interests".to_owned(),
        headers: heads(&[
            "Member",
            "Role",
            "Organisation",
            "Kind",
            "Description",
            "Declared",
        ]),
        rows,
    }
}

/// Voting members by expertise tags, with a count row; a column a rule depends on names it.
pub fn skills(input: &ExportInput) -> Table {
    let design = on_date(input.design, as_at_date(input.design));
    let voting: Vec<_> = design.board.iter().filter(|s| s.role.is_voting()).collect();
    let mut rows: Vec<Vec<String>> = voting
        .iter()
        .map(|seat| {
            let mut row = vec![
                seat.holder_name().unwrap_or("Vacant").to_owned(),
                seat.label(),
            ];
            row.extend(Expertise::ALL.iter().map(|tag| {
                if seat.expertise.contains(tag) {
                    "yes".to_owned()
                } else {
                    String::new()
                }
            }));
            row
        })
        .collect();
    let mut counts = vec!["Members with the skill".to_owned(), String::new()];
    counts.extend(Expertise::ALL.iter().map(|tag| {
        let n = voting.iter().filter(|s| s.expertise.contains(tag)).count();
        match (n, rule_for_skill(*tag)) {
            (0, Some(rule)) => format!("0 (gap: {rule})"),
            (n, _) => n.to_string(),
        }
    }));
    rows.push(counts);
    let mut headers = heads(&["Member", "Role"]);
    headers.extend(
        Expertise::ALL
            .iter()
            .map(|tag| Cow::Borrowed(SKILL_HEADERS[*tag as usize])),
    );
    Table {
        title: "Skills matrix".to_owned(),
        headers,
        rows,
    }
}

/// The chair's annual fit and proper person return (FPPT2023): one row per voting member with
/// a holder, on the design's date. Dates and outcomes only, and its title says so.
pub fn fppt_return(input: &ExportInput) -> Table {
    let design = on_date(input.design, as_at_date(input.design));
    let rows = crate::rules::year::fppt_return(&design)
        .into_iter()
        .map(|r| {
            vec![
                r.name,
                r.seat_label,
                r.role,
                r.appointed,
                r.last_assessment,
                r.outcome,
                r.next_due,
            ]
        })
        .collect();
    Table {
        title: format!(
            "Annual fit and proper person return. {}",
            crate::rules::year::FPPT_RETURN_NOTE
        ),
        headers: heads(&[
            "Name",
            "Seat",
            "Role",
            "Appointed",
            "Last assessment",
            "Outcome",
            "Next due",
        ]),
        rows,
    }
}

/// The column headers of the skills matrix, in `Expertise::ALL` order, with the rule a column
/// feeds.
const SKILL_HEADERS: [&str; 8] = [
    "Finance (committee.audit_chair)",
    "Mental health (board.mental_health_expertise)",
    "Public health (board.public_health)",
    "Clinical",
    "Social care",
    "Primary care",
    "Lived experience",
    "Digital",
];
