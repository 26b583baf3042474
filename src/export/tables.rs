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

/// The columns of a seats table, in order.
const SEAT_HEADERS: [&str; 9] = [
    "Band",
    "Role",
    "Title",
    "Holder",
    "Organisation",
    "Vacant",
    "Full-time",
    "Expertise",
    "Committees",
];
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
        headers: heads(&SEAT_HEADERS),
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

/// A seats table (a design's, or every ICB's with its "ICB" column) narrowed for a page: the
/// seat named by its title, else its role; the holder with their organisation, or "Vacant";
/// then full-time, expertise and committees. Nine or ten columns become six or seven, so
/// that no word is broken on a portrait A4 page.
pub fn seats_for_paper(table: Table) -> Table {
    let at = |name: &str| table.headers.iter().position(|h| h.as_ref() == name);
    let (Some(role), Some(title), Some(holder), Some(organisation)) =
        (at("Role"), at("Title"), at("Holder"), at("Organisation"))
    else {
        return table;
    };
    let kept: Vec<usize> = ["ICB", "Band", "Full-time", "Expertise", "Committees"]
        .iter()
        .filter_map(|name| at(name))
        .collect();
    let cell = |row: &[String], i: usize| row.get(i).map_or("", |s| s.trim()).to_owned();
    // ICB and Band lead; the seat and its holder follow; the rest as they were.
    let (lead, rest): (Vec<usize>, Vec<usize>) = kept
        .iter()
        .partition(|&&i| matches!(table.headers[i].as_ref(), "ICB" | "Band"));
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let mut line: Vec<String> = lead.iter().map(|&i| cell(row, i)).collect();
            let named = cell(row, title);
            line.push(if named.is_empty() {
                cell(row, role)
            } else {
                named
            });
            let (name, from) = (cell(row, holder), cell(row, organisation));
            line.push(match (name.is_empty(), from.is_empty()) {
                (true, _) => "Vacant".to_owned(),
                (false, true) => name,
                (false, false) => format!("{name}, {from}"),
            });
            line.extend(rest.iter().map(|&i| cell(row, i)));
            line
        })
        .collect();
    let mut headers: Vec<Cow<'static, str>> =
        lead.iter().map(|&i| table.headers[i].clone()).collect();
    headers.push(Cow::Borrowed("Seat"));
    headers.push(Cow::Borrowed("Holder"));
    headers.extend(rest.iter().map(|&i| table.headers[i].clone()));
    Table {
        title: table.title,
        headers,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seats_table_for_a_page_keeps_every_seat_and_holder_in_fewer_columns() {
        let row = |cells: &[&str]| cells.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>();
        let table = Table {
            title: "Seats".to_owned(),
            headers: heads(&[&["ICB"][..], &SEAT_HEADERS[..]].concat()),
            rows: vec![
                row(&[
                    "NV",
                    "Executive",
                    "Director of finance",
                    "",
                    "Aisha Khan",
                    "NV ICB",
                    "no",
                    "yes",
                    "Finance",
                    "Audit",
                ]),
                row(&[
                    "SD",
                    "Partner members",
                    "Partner member: trusts",
                    "Acute trusts",
                    "",
                    "",
                    "yes",
                    "",
                    "",
                    "",
                ]),
            ],
        };
        let narrowed = seats_for_paper(table);
        let names: Vec<&str> = narrowed.headers.iter().map(AsRef::as_ref).collect();
        assert_eq!(
            names,
            [
                "ICB",
                "Band",
                "Seat",
                "Holder",
                "Full-time",
                "Expertise",
                "Committees"
            ]
        );
        assert_eq!(
            narrowed.rows[0],
            row(&[
                "NV",
                "Executive",
                "Director of finance",
                "Aisha Khan, NV ICB",
                "yes",
                "Finance",
                "Audit"
            ])
        );
        assert_eq!(
            narrowed.rows[1][2], "Acute trusts",
            "a title names the seat"
        );
        assert_eq!(narrowed.rows[1][3], "Vacant");
    }
}
