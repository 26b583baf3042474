//! Importing people from a roster (docs/file-format.md "Importing people"): each row fills the first
//! vacant seat that matches its title, else its role; a row that matches no seat adds one when
//! its role is clear, and is otherwise left out with the reason. Nothing is planned when any
//! row is malformed (an unknown expertise tag, a bad date): every bad row is listed.

use std::collections::HashMap;

use super::{
    Command, Design, ExecutiveRole, Expertise, Holder, IsoDate, PartnerSector, Role, Seat,
};

/// One row of a roster: its number in the file (the header is row 1) and its cells by column.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RosterRow {
    pub number: usize,
    pub name: String,
    /// The `role` or `title` column.
    pub role: String,
    pub organisation: String,
    pub appointed: String,
    pub term_ends: String,
    pub expertise: String,
    pub interests_declared: String,
    pub fppt_assessed: String,
    /// "fit", "not fit" or "pending", in any case.
    pub fppt_outcome: String,
}

/// What a good row does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    /// Fills this vacant seat.
    Fills { seat: u32, label: String },
    /// Adds a new seat with this role.
    Adds { label: String },
    /// Matches no seat and names no role: left out.
    LeftOut { reason: String },
}

/// The import, ready to apply as one step.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    /// Every row and what it does, in file order.
    pub rows: Vec<(RosterRow, Placement)>,
    /// One command for the whole import (one undo step).
    pub command: Command,
}

/// A malformed row: its number and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub number: usize,
    pub problem: String,
}

/// Header names as docs/file-format.md matches them: case, spaces, `_` and `-` ignored.
pub fn column_key(header: &str) -> String {
    // A byte-order mark (some workbooks start a header cell with one) is not part of the name.
    header
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '\u{feff}'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The role a role word names ("chair", "non-executive", "finance", "trusts", ...).
pub fn role_for_word(word: &str) -> Option<Role> {
    Some(match column_key(word).as_str() {
        "chair" => Role::Chair,
        "nonexecutive" | "ned" | "nonexecutivemember" => Role::NonExecutive,
        "chiefexecutive" => Role::ChiefExecutive,
        "finance" | "directoroffinance" => Role::Executive(ExecutiveRole::Finance),
        "medical" | "medicaldirector" => Role::Executive(ExecutiveRole::Medical),
        "nursing" | "directorofnursing" => Role::Executive(ExecutiveRole::Nursing),
        "trusts" => Role::PartnerMember(PartnerSector::Trusts),
        "primarycare" => Role::PartnerMember(PartnerSector::PrimaryCare),
        "localauthority" => Role::PartnerMember(PartnerSector::LocalAuthority),
        "participant" => Role::Participant("Participant".to_owned()),
        _ => return None,
    })
}

fn expertise_for(tag: &str) -> Option<Expertise> {
    let key = column_key(tag);
    Expertise::ALL
        .into_iter()
        .find(|e| column_key(e.name()) == key || column_key(&format!("{e:?}")) == key)
}

/// Check every row, then plan where each goes; every malformed row when any is.
pub fn plan_import(design: &Design, rows: &[RosterRow]) -> Result<ImportPlan, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    for row in rows {
        let mut problems = Vec::new();
        if row.name.trim().is_empty() {
            problems.push("no name".to_owned());
        }
        if row.role.trim().is_empty() {
            problems.push("no role or title".to_owned());
        }
        for (field, value) in [
            ("appointed", &row.appointed),
            ("term ends", &row.term_ends),
            ("interests declared", &row.interests_declared),
            ("FPPT assessed", &row.fppt_assessed),
        ] {
            if !value.trim().is_empty() && IsoDate::parse(value).is_none() {
                problems.push(format!(
                    "{field} \"{}\" is not a date (YYYY-MM-DD)",
                    value.trim()
                ));
            }
        }
        let outcome = row.fppt_outcome.trim();
        let fppt_outcome = if outcome.is_empty() {
            None
        } else {
            let parsed = super::FpptOutcome::from_word(outcome);
            if parsed.is_none() {
                problems.push(format!(
                    "FPPT outcome \"{outcome}\" is not one of fit, not fit or pending"
                ));
            }
            parsed
        };
        let mut tags = Vec::new();
        for tag in row
            .expertise
            .split(';')
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            match expertise_for(tag) {
                Some(e) if !tags.contains(&e) => tags.push(e),
                Some(_) => {}
                None => problems.push(format!("unknown expertise \"{tag}\"")),
            }
        }
        if problems.is_empty() {
            parsed.push((row, tags, fppt_outcome));
        } else {
            errors.push(RowError {
                number: row.number,
                problem: problems.join("; "),
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // The vacant seats by title key and by role, each list in board order with a cursor past
    // the seats already filled: every row finds its seat in amortised constant time, so an
    // import is linear in rows plus seats (100,000 rows once took 31 s).
    let mut taken = vec![false; design.board.len()];
    let mut by_title: HashMap<String, (Vec<usize>, usize)> = HashMap::new();
    let mut by_role: HashMap<&Role, (Vec<usize>, usize)> = HashMap::new();
    for (i, seat) in design.board.iter().enumerate() {
        if seat.holder.is_none() {
            by_title
                .entry(column_key(&seat.label()))
                .or_default()
                .0
                .push(i);
            by_role.entry(&seat.role).or_default().0.push(i);
        }
    }
    let first_free = |list: Option<&mut (Vec<usize>, usize)>, taken: &[bool]| {
        let (indices, cursor) = list?;
        while indices
            .get(*cursor)
            .is_some_and(|i| taken.get(*i) == Some(&true))
        {
            *cursor += 1;
        }
        indices.get(*cursor).copied()
    };
    // Where a new seat of each band goes: after the board's last seat of its band or before,
    // and after the seats this import has already added there or before.
    let last_at_or_before: Vec<usize> = super::Band::ALL
        .iter()
        .map(|band| {
            design
                .board
                .iter()
                .rposition(|s| s.role.band() <= *band)
                .map_or(0, |i| i + 1)
        })
        .collect();
    let mut added = [0_usize; super::Band::ALL.len()];
    let mut next_id = design.next_seat_id();
    let mut new_ids: Vec<super::Id> = Vec::new();
    let mut commands = Vec::new();
    let mut planned = Vec::new();
    for (row, tags, fppt_outcome) in parsed {
        let mut holder = Holder::named(row.name.trim());
        row.organisation.trim().clone_into(&mut holder.organisation);
        row.appointed.trim().clone_into(&mut holder.appointed);
        row.term_ends.trim().clone_into(&mut holder.term_ends);
        row.interests_declared
            .trim()
            .clone_into(&mut holder.interests_declared);
        row.fppt_assessed
            .trim()
            .clone_into(&mut holder.fppt_assessed);
        holder.fppt_outcome = fppt_outcome;
        holder.full_time = !matches!(
            role_for_word(&row.role),
            Some(Role::Chair | Role::NonExecutive)
        );
        let key = column_key(&row.role);
        let role = role_for_word(&row.role);
        let found = first_free(by_title.get_mut(&key), &taken)
            .or_else(|| {
                let role = role.as_ref()?;
                first_free(by_role.get_mut(role), &taken)
            })
            .and_then(|index| {
                let seat = design.board.get(index)?;
                Some((index, seat.id, seat.label(), seat.role.is_non_executive()))
            });
        let placement = match (found, role) {
            (Some((index, seat, label, non_executive)), _) => {
                if let Some(flag) = taken.get_mut(index) {
                    *flag = true;
                }
                holder.full_time = !non_executive;
                commands.push(Command::SetSeatHolder {
                    id: seat,
                    holder: Some(holder),
                });
                if !tags.is_empty() {
                    let mut expertise = design
                        .seat(seat)
                        .map(|s| s.expertise.clone())
                        .unwrap_or_default();
                    for tag in &tags {
                        if !expertise.contains(tag) {
                            expertise.push(*tag);
                        }
                    }
                    commands.push(Command::SetSeatExpertise {
                        id: seat,
                        expertise,
                    });
                }
                Placement::Fills { seat, label }
            }
            (None, Some(role)) => {
                let mut seat = Seat::new(next_id, role);
                new_ids.push(next_id);
                // The next id free of the board's and of those this import has taken: one
                // more, unless the ids have reached the top.
                next_id = next_id.checked_add(1).unwrap_or_else(|| {
                    super::lookup::next_free(
                        design
                            .board
                            .iter()
                            .map(|s| s.id)
                            .chain(new_ids.iter().copied()),
                    )
                });
                seat.holder = Some(holder);
                seat.expertise = tags;
                let label = seat.label();
                let band = seat.role.band() as usize;
                // After the last seat of its band, as the window adds seats.
                let index = last_at_or_before.get(band).copied().unwrap_or(0)
                    + added.iter().take(band + 1).sum::<usize>();
                if let Some(count) = added.get_mut(band) {
                    *count += 1;
                }
                commands.push(Command::AddSeat { index, seat });
                Placement::Adds { label }
            }
            (None, None) => Placement::LeftOut {
                reason: format!(
                    "\"{}\" is neither a vacant seat's title nor a role word",
                    row.role.trim()
                ),
            },
        };
        planned.push((row.clone(), placement));
    }
    Ok(ImportPlan {
        rows: planned,
        command: Command::Batch(commands),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::roster::read_csv_roster;

    #[test]
    fn the_year_columns_import_and_a_bad_value_is_a_bad_row() {
        let design = Design::default();
        let good = "Name,Role,Appointed,Interests declared,FPPT assessed,FPPT-outcome\n\
                    Ana Shah,chair,2024-04-01,2026-05-01,2026-10-01,Not Fit\n\
                    Bo Li,finance,2024-04-01,,,PENDING\n";
        let plan = plan_import(&design, &read_csv_roster(good.as_bytes()).unwrap()).unwrap();
        let mut imported = design.clone();
        imported.apply(plan.command).unwrap();
        let ana = imported.board[0].holder.clone().unwrap();
        assert_eq!(
            (ana.interests_declared.as_str(), ana.fppt_assessed.as_str()),
            ("2026-05-01", "2026-10-01")
        );
        assert_eq!(ana.fppt_outcome, Some(super::super::FpptOutcome::NotFit));
        let bo = imported.board[1].holder.clone().unwrap();
        assert_eq!(bo.fppt_outcome, Some(super::super::FpptOutcome::Pending));
        let bad = "name,role,fppt_outcome,fppt_assessed\n\
                   Ana Shah,chair,fit,2026-10-01\n\
                   Bo Li,finance,maybe,\n\
                   Cy Dee,nursing,,2027-02-30\n";
        let errors = plan_import(&design, &read_csv_roster(bad.as_bytes()).unwrap()).unwrap_err();
        let numbers: Vec<usize> = errors.iter().map(|e| e.number).collect();
        assert_eq!(numbers, vec![3, 4]);
        assert!(
            errors[0].problem.contains("\"maybe\""),
            "{}",
            errors[0].problem
        );
        assert!(
            errors[1].problem.contains("2027-02-30"),
            "{}",
            errors[1].problem
        );
    }
}
