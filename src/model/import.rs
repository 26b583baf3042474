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
        match read_row(row) {
            Ok((tags, fppt_outcome)) => parsed.push((row, tags, fppt_outcome)),
            Err(problem) => errors.push(RowError {
                number: row.number,
                problem,
            }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut vacant = VacantSeats::of(design);
    let mut new_seats = NewSeats::of(design);
    let mut commands = Vec::new();
    let mut planned = Vec::new();
    for (row, tags, fppt_outcome) in parsed {
        let mut holder = holder_of(row, fppt_outcome);
        let role = role_for_word(&row.role);
        let found = vacant
            .take(&column_key(&row.role), role.as_ref())
            .and_then(|index| design.board.get(index));
        let placement = match (found, role) {
            (Some(seat), _) => {
                holder.full_time = !seat.role.is_non_executive();
                commands.push(Command::SetSeatHolder {
                    id: seat.id,
                    holder: Some(holder),
                });
                if !tags.is_empty() {
                    let mut expertise = seat.expertise.clone();
                    for tag in &tags {
                        if !expertise.contains(tag) {
                            expertise.push(*tag);
                        }
                    }
                    commands.push(Command::SetSeatExpertise {
                        id: seat.id,
                        expertise,
                    });
                }
                Placement::Fills {
                    seat: seat.id,
                    label: seat.label(),
                }
            }
            (None, Some(role)) => {
                let (command, label) = new_seats.add(design, role, holder, tags);
                commands.push(command);
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

/// A row's expertise and FPPT outcome, or what is wrong with it (every problem, joined).
fn read_row(row: &RosterRow) -> Result<(Vec<Expertise>, Option<super::FpptOutcome>), String> {
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
        Ok((tags, fppt_outcome))
    } else {
        Err(problems.join("; "))
    }
}

/// The holder a row names, with its dates; full-time unless the row names a chair or a
/// non-executive.
fn holder_of(row: &RosterRow, fppt_outcome: Option<super::FpptOutcome>) -> Holder {
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
    holder
}

/// The vacant seats by title key and by role, each list in board order with a cursor past the
/// seats already filled: every row finds its seat in amortised constant time, so an import is
/// linear in rows plus seats (100,000 rows once took 31 s).
struct VacantSeats<'a> {
    taken: Vec<bool>,
    by_title: HashMap<String, (Vec<usize>, usize)>,
    by_role: HashMap<&'a Role, (Vec<usize>, usize)>,
}

impl<'a> VacantSeats<'a> {
    fn of(design: &'a Design) -> Self {
        let mut vacant = Self {
            taken: vec![false; design.board.len()],
            by_title: HashMap::new(),
            by_role: HashMap::new(),
        };
        for (i, seat) in design.board.iter().enumerate() {
            if seat.holder.is_none() {
                vacant
                    .by_title
                    .entry(column_key(&seat.label()))
                    .or_default()
                    .0
                    .push(i);
                vacant.by_role.entry(&seat.role).or_default().0.push(i);
            }
        }
        vacant
    }

    /// The first vacant seat with this title, or else of this role, now taken (its index).
    fn take(&mut self, title: &str, role: Option<&Role>) -> Option<usize> {
        let taken = &self.taken;
        let index = first_free(self.by_title.get_mut(title), taken)
            .or_else(|| first_free(self.by_role.get_mut(role?), taken))?;
        if let Some(flag) = self.taken.get_mut(index) {
            *flag = true;
        }
        Some(index)
    }
}

/// The first index of the list not taken, its cursor moved past those that are.
fn first_free(list: Option<&mut (Vec<usize>, usize)>, taken: &[bool]) -> Option<usize> {
    let (indices, cursor) = list?;
    while indices
        .get(*cursor)
        .is_some_and(|i| taken.get(*i) == Some(&true))
    {
        *cursor += 1;
    }
    indices.get(*cursor).copied()
}

/// Where the seats an import adds go, and their ids: after the board's last seat of their band
/// or before, and after the seats this import has already added there or before.
struct NewSeats {
    last_at_or_before: Vec<usize>,
    added: [usize; super::Band::ALL.len()],
    next_id: super::Id,
    new_ids: Vec<super::Id>,
}

impl NewSeats {
    fn of(design: &Design) -> Self {
        Self {
            last_at_or_before: super::Band::ALL
                .iter()
                .map(|band| {
                    design
                        .board
                        .iter()
                        .rposition(|s| s.role.band() <= *band)
                        .map_or(0, |i| i + 1)
                })
                .collect(),
            added: [0; super::Band::ALL.len()],
            next_id: design.next_seat_id(),
            new_ids: Vec::new(),
        }
    }

    /// The command that adds a seat of `role` for `holder`, and the new seat's label.
    fn add(
        &mut self,
        design: &Design,
        role: Role,
        holder: Holder,
        tags: Vec<Expertise>,
    ) -> (Command, String) {
        let mut seat = Seat::new(self.next_id, role);
        self.new_ids.push(self.next_id);
        // The next id free of the board's and of those this import has taken: one more,
        // unless the ids have reached the top.
        self.next_id = self.next_id.checked_add(1).unwrap_or_else(|| {
            super::lookup::next_free(
                design
                    .board
                    .iter()
                    .map(|s| s.id)
                    .chain(self.new_ids.iter().copied()),
            )
        });
        seat.holder = Some(holder);
        seat.expertise = tags;
        let label = seat.label();
        let band = seat.role.band() as usize;
        // After the last seat of its band, as the window adds seats.
        let index = self.last_at_or_before.get(band).copied().unwrap_or(0)
            + self.added.iter().take(band + 1).sum::<usize>();
        if let Some(count) = self.added.get_mut(band) {
            *count += 1;
        }
        (Command::AddSeat { index, seat }, label)
    }
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
