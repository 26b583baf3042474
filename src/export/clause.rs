//! The membership clause a governance lead pastes into the ICB constitution.

use std::fmt::Write;

use super::{ExportInput, escape::markdown_text};
use crate::{
    model::{CommitteeKind, ExecutiveRole, PartnerSector, Role},
    rules::BoardSummary,
};

fn number(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", number(n), if n == 1 { one } else { many })
}

/// "(a)", "(b)", … "(z)", "(aa)", … "(zz)", "(aaa)", …: letters counted like spreadsheet
/// columns, so no two items ever share a label.
fn item(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        n -= 1;
        letters.push(char::from(b'a' + u8::try_from(n % 26).unwrap_or(0)));
        n /= 26;
    }
    letters.reverse();
    format!("({})", letters.into_iter().collect::<String>())
}

pub fn membership_clause(input: &ExportInput) -> String {
    let design = input.design;
    let summary = BoardSummary::of(design);
    let mut items: Vec<String> = Vec::new();
    let count =
        |pred: &dyn Fn(&Role) -> bool| design.board.iter().filter(|s| pred(&s.role)).count();
    items.push("a Chair".to_owned());
    let neds = count(&|r| *r == Role::NonExecutive);
    items.push(format!(
        "not fewer than {} (besides the Chair)",
        plural(neds, "Non-Executive Member", "Non-Executive Members")
    ));
    items.push("the Chief Executive".to_owned());
    for (role, name) in [
        (ExecutiveRole::Finance, "a Director of Finance"),
        (ExecutiveRole::Medical, "a Medical Director"),
        (ExecutiveRole::Nursing, "a Director of Nursing"),
    ] {
        if count(&|r| *r == Role::Executive(role.clone())) > 0 {
            items.push(name.to_owned());
        }
    }
    let others: Vec<String> = design
        .board
        .iter()
        .filter_map(|s| match &s.role {
            Role::Executive(ExecutiveRole::Other(t)) => Some(markdown_text(t)),
            _ => None,
        })
        .collect();
    if !others.is_empty() {
        items.push(format!(
            "{} ({})",
            plural(
                others.len(),
                "other Executive Member",
                "other Executive Members"
            ),
            others.join("; ")
        ));
    }
    let partner = |sector: PartnerSector| count(&|r| *r == Role::PartnerMember(sector.clone()));
    for (n, one, many) in [
        (
            partner(PartnerSector::Trusts),
            "Partner Member jointly nominated by the NHS trusts and foundation trusts which provide services within the ICB's area",
            "Partner Members nominated by the NHS trusts and foundation trusts which provide services within the ICB's area",
        ),
        (
            partner(PartnerSector::PrimaryCare),
            "Partner Member jointly nominated by the providers of primary medical services within the ICB's area",
            "Partner Members nominated by the providers of primary medical services within the ICB's area",
        ),
        (
            partner(PartnerSector::LocalAuthority),
            "Partner Member jointly nominated by the local authorities whose areas coincide with or include the whole or any part of the ICB's area",
            "Partner Members nominated by the local authorities whose areas coincide with or include the whole or any part of the ICB's area",
        ),
    ] {
        if n > 0 {
            items.push(plural(n, one, many));
        }
    }
    let other_partners: Vec<String> = design
        .board
        .iter()
        .filter_map(|s| match &s.role {
            Role::PartnerMember(PartnerSector::Other(t)) => Some(markdown_text(t)),
            _ => None,
        })
        .collect();
    if !other_partners.is_empty() {
        items.push(format!(
            "{} ({})",
            plural(
                other_partners.len(),
                "further Partner Member",
                "further Partner Members"
            ),
            other_partners.join("; ")
        ));
    }

    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Membership of the Board: {}\n",
        markdown_text(&design.name)
    );
    out.push_str("The Board of the ICB shall consist of:\n\n");
    let last = items.len().saturating_sub(1);
    for (i, text) in items.iter().enumerate() {
        let end = match i {
            _ if i == last => ".",
            _ if i + 1 == last => "; and",
            _ => ";",
        };
        let _ = writeln!(out, "{} {text}{end}", item(i));
    }
    let _ = writeln!(
        out,
        "\nThe Board therefore has {} voting members: {} executive, {} non-executive (the Chair included) and {} partner. Partner members bring knowledge and a perspective from their sectors but do not act as delegates of those sectors.\n",
        summary.voting(),
        summary.executives(),
        summary.non_executives(),
        summary.partners()
    );
    let participants: Vec<String> = design
        .board
        .iter()
        .filter(|s| !s.role.is_voting())
        .map(|s| markdown_text(&s.label()))
        .collect();
    if !participants.is_empty() {
        let _ = writeln!(
            out,
            "The Board may invite the following to attend and participate in its meetings without voting: {}.\n",
            participants.join("; ")
        );
    }
    out.push_str("## Committees of the Board\n\n");
    if design.committees.is_empty() {
        out.push_str(
            "The Board shall establish an Audit Committee and a Remuneration Committee.\n",
        );
    } else {
        out.push_str("The Board has established the following committees:\n\n");
        for (i, c) in design.committees.iter().enumerate() {
            let what = match c.kind {
                CommitteeKind::Audit => "the audit committee of the Board",
                CommitteeKind::Remuneration => "the remuneration committee of the Board",
                CommitteeKind::Other => "a committee of the Board",
            };
            let end = if i + 1 == design.committees.len() {
                "."
            } else {
                ";"
            };
            let _ = writeln!(
                out,
                "{} the {}, {what}{end}",
                item(i),
                markdown_text(&c.name)
            );
        }
    }
    out.push_str("\nThe membership, chairing and terms of reference of each committee are set out in its terms of reference.\n");
    out
}

#[cfg(test)]
mod label_tests {
    #[test]
    fn clause_labels_never_repeat() {
        use super::item;
        assert_eq!(item(0), "(a)");
        assert_eq!(item(25), "(z)");
        assert_eq!(item(26), "(aa)");
        assert_eq!(item(701), "(zz)");
        assert_eq!(item(702), "(aaa)");
        let labels: std::collections::HashSet<String> = (0..20_000).map(item).collect();
        assert_eq!(labels.len(), 20_000);
    }
}
