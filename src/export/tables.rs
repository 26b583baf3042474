//! The design as plain tables, shared by the HTML report, Markdown and CSV (escaping is done by
//! each renderer for its own target).

use std::borrow::Cow;

use super::{ExportInput, model_fields};
use crate::model::Sector;

/// A titled table of plain text cells.
pub struct Table {
    pub title: String,
    pub headers: Vec<Cow<'static, str>>,
    pub rows: Vec<Vec<String>>,
}

/// Fixed column headers.
pub fn heads(names: &[&'static str]) -> Vec<Cow<'static, str>> {
    names.iter().map(|n| Cow::Borrowed(*n)).collect()
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_owned()
}

/// One row per seat, in board order.
pub fn seats(input: &ExportInput) -> Table {
    let by_seat = input.committees_by_seat();
    let rows = input
        .design
        .board
        .iter()
        .map(|seat| {
            let holder = seat.holder.as_ref();
            vec![
                seat.role.band().name().to_owned(),
                seat.role.name(),
                seat.title.clone(),
                seat.holder_name().unwrap_or_default().to_owned(),
                holder.map(|h| h.organisation.clone()).unwrap_or_default(),
                yes_no(seat.holder_name().is_none()),
                holder.map_or_else(String::new, |h| yes_no(h.full_time)),
                seat.expertise
                    .iter()
                    .map(|e| e.name())
                    .collect::<Vec<_>>()
                    .join("; "),
                by_seat
                    .get(&seat.id)
                    .map(|c| super::first_of(c.iter().map(|n| crate::model::cut(n.trim(), 80)), 8))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    Table {
        title: "Seats".to_owned(),
        headers: heads(&[
            "Band",
            "Role",
            "Title",
            "Holder",
            "Organisation",
            "Vacant",
            "Full-time",
            "Expertise",
            "Committees",
        ]),
        rows,
    }
}

pub fn committees(input: &ExportInput) -> Table {
    let design = input.design;
    let seats = design.seats_by_id();
    let name = |m: &crate::model::CommitteeMember| m.describe(&seats);
    let rows = design
        .committees
        .iter()
        .map(|c| {
            vec![
                c.name.clone(),
                c.kind.name().to_owned(),
                c.chair
                    .map(|id| name(&crate::model::CommitteeMember::Seat(id)))
                    .unwrap_or_default(),
                // Every member of a real committee; past 60, a count.
                super::first_of(c.members.iter().map(name), 60),
            ]
        })
        .collect();
    Table {
        title: "Committees".to_owned(),
        headers: heads(&["Committee", "Kind", "Chair", "Members"]),
        rows,
    }
}

pub fn places(input: &ExportInput) -> Table {
    let rows = input
        .design
        .places
        .iter()
        .map(|p| {
            let kind = p.model.kind();
            let details: Vec<String> = model_fields(p)
                .into_iter()
                .map(|(label, value)| format!("{label}: {value}"))
                .collect();
            let mut sectors: Vec<(String, Vec<String>)> = Vec::new();
            for m in &p.members {
                let sector = m.sector.name();
                let who = if m.organisation.trim().is_empty() {
                    m.name.clone()
                } else {
                    format!("{} ({})", m.name, m.organisation)
                };
                match sectors.iter_mut().find(|(s, _)| *s == sector) {
                    Some((_, names)) => names.push(who),
                    None => sectors.push((sector, vec![who])),
                }
            }
            let missing: Vec<String> = [
                Sector::PrimaryCare,
                Sector::LocalAuthority,
                Sector::PublicHealth,
            ]
            .iter()
            .filter(|s| !p.has_sector(s))
            .map(Sector::name)
            .collect();
            let mut membership: Vec<String> = sectors
                .into_iter()
                .map(|(s, names)| format!("{s}: {}", names.join(", ")))
                .collect();
            if !missing.is_empty() {
                membership.push(format!("Missing: {}", missing.join(", ")));
            }
            vec![
                p.name.clone(),
                p.local_authority.clone(),
                format!("{} ({})", kind.name(), kind.meaning()),
                details.join("; "),
                membership.join("; "),
            ]
        })
        .collect();
    Table {
        title: "Places".to_owned(),
        headers: heads(&[
            "Place",
            "Local authority",
            "Model",
            "Model details",
            "Membership by sector",
        ]),
        rows,
    }
}

/// One finding as a row: severity, rule, message, basis, source.
pub fn finding_row(f: &crate::rules::Finding) -> Vec<String> {
    vec![
        f.severity.as_str().to_owned(),
        f.rule.as_str().to_owned(),
        f.message.clone(),
        f.basis().as_str().to_owned(),
        f.source().to_owned(),
    ]
}

pub fn findings(input: &ExportInput) -> Table {
    let rows = input.report.findings.iter().map(finding_row).collect();
    Table {
        title: "Findings".to_owned(),
        headers: heads(&["Severity", "Rule", "Message", "Basis", "Source"]),
        rows,
    }
}

/// Every table of the report, in reading order.
pub fn all(input: &ExportInput) -> Vec<Table> {
    vec![
        seats(input),
        committees(input),
        places(input),
        findings(input),
    ]
}
