//! People (RULES.md section 7) as tables: the register of interests and the skills matrix, for
//! `export --to interests|skills`, and as sections of the report. Both show the board as it
//! stands on the design's date.

use super::ExportInput;
use super::tables::Table;
use crate::{
    model::{Expertise, InterestKind},
    rules::{RuleId, as_at_date, on_date},
};

/// The rules that depend on a skill (RULES.md section 7, "skills matrix").
pub fn rule_for(tag: Expertise) -> Option<RuleId> {
    match tag {
        Expertise::MentalHealth => Some(RuleId::BoardMentalHealthExpertise),
        Expertise::Finance => Some(RuleId::CommitteeAuditChair),
        Expertise::PublicHealth => Some(RuleId::BoardPublicHealth),
        _ => None,
    }
}

/// Every declaration: each holder's other posts (a professional interest, or a financial one
/// with a private healthcare provider) and declared interests.
pub fn register(input: &ExportInput) -> Table {
    let design = on_date(input.design, as_at_date(input.design));
    let mut rows = Vec::new();
    for seat in &design.board {
        let Some(holder) = &seat.holder else {
            continue;
        };
        let member = holder.name.trim().to_owned();
        for post in &holder.other_posts {
            let kind = if post.private_healthcare {
                InterestKind::Financial
            } else {
                InterestKind::NonFinancialProfessional
            };
            rows.push(vec![
                member.clone(),
                seat.label(),
                post.organisation.clone(),
                kind.name().to_owned(),
                post.post.clone(),
                String::new(),
            ]);
        }
        for interest in &holder.interests {
            rows.push(vec![
                member.clone(),
                seat.label(),
                interest.organisation.clone(),
                interest.kind.name().to_owned(),
                interest.description.clone(),
                interest.declared.clone(),
            ]);
        }
    }
    Table {
        title: "Register of interests",
        headers: vec![
            "Member",
            "Role",
            "Organisation",
            "Kind",
            "Description",
            "Declared",
        ],
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
        match (n, rule_for(*tag)) {
            (0, Some(rule)) => format!("0 (gap: {rule})"),
            (n, _) => n.to_string(),
        }
    }));
    rows.push(counts);
    let mut headers = vec!["Member", "Role"];
    headers.extend(
        Expertise::ALL
            .iter()
            .map(|tag| SKILL_HEADERS[*tag as usize]),
    );
    Table {
        title: "Skills matrix",
        headers,
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
