//! The board counted by role, each person once (docs/rules.md counting conventions): the numbers
//! the board rules, the summary strip and the exports all use.

use crate::model::{Design, ExecutiveRole, Id, PartnerSector, Role, names::repeated_groups};

/// Counts of the board by role, one person counted once (docs/rules.md counting conventions).
///
/// Seats held by a person who already holds an earlier voting seat are left out of every count
/// and listed in `repeated_people` instead.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BoardSummary {
    pub chairs: Vec<Id>,
    pub neds: Vec<Id>,
    pub chief_executives: Vec<Id>,
    pub finance: Vec<Id>,
    pub medical: Vec<Id>,
    pub nursing: Vec<Id>,
    pub other_executives: Vec<Id>,
    pub partners_trusts: Vec<Id>,
    pub partners_primary_care: Vec<Id>,
    pub partners_local_authority: Vec<Id>,
    pub partners_strategic_authority: Vec<Id>,
    pub partners_other: Vec<Id>,
    pub participants: Vec<Id>,
    /// People holding more than one voting seat: their name and every seat they hold.
    pub repeated_people: Vec<(String, Vec<Id>)>,
}

impl BoardSummary {
    pub fn of(design: &Design) -> Self {
        let mut summary = Self::default();
        // The voting seats with a holder, by board index, and the people who sit more than
        // once (found by sorting names, not by building a key per name).
        let voting: Vec<(usize, &str)> = design
            .board
            .iter()
            .enumerate()
            .filter(|(_, s)| s.role.is_voting())
            .filter_map(|(i, s)| s.holder_name().map(|name| (i, name)))
            .collect();
        let names: Vec<&str> = voting.iter().map(|(_, name)| *name).collect();
        let mut again = vec![false; design.board.len()];
        for group in repeated_groups(&names) {
            let seats: Vec<usize> = group
                .iter()
                .filter_map(|&g| voting.get(g).map(|(i, _)| *i))
                .collect();
            for &index in seats.iter().skip(1) {
                if let Some(flag) = again.get_mut(index) {
                    *flag = true;
                }
            }
            let first = seats.first().and_then(|&i| design.board.get(i));
            summary.repeated_people.push((
                first
                    .and_then(|s| s.holder_name())
                    .unwrap_or_default()
                    .to_owned(),
                seats
                    .iter()
                    .filter_map(|&i| design.board.get(i).map(|s| s.id))
                    .collect(),
            ));
        }
        for (seat, again) in design.board.iter().zip(again) {
            if !again {
                summary.bucket(&seat.role).push(seat.id);
            }
        }
        summary
    }

    fn bucket(&mut self, role: &Role) -> &mut Vec<Id> {
        match role {
            Role::Chair => &mut self.chairs,
            Role::NonExecutive => &mut self.neds,
            Role::ChiefExecutive => &mut self.chief_executives,
            Role::Executive(ExecutiveRole::Finance) => &mut self.finance,
            Role::Executive(ExecutiveRole::Medical) => &mut self.medical,
            Role::Executive(ExecutiveRole::Nursing) => &mut self.nursing,
            Role::Executive(ExecutiveRole::Other(_)) => &mut self.other_executives,
            Role::PartnerMember(PartnerSector::Trusts) => &mut self.partners_trusts,
            Role::PartnerMember(PartnerSector::PrimaryCare) => &mut self.partners_primary_care,
            Role::PartnerMember(PartnerSector::LocalAuthority) => {
                &mut self.partners_local_authority
            }
            Role::PartnerMember(PartnerSector::StrategicAuthority) => {
                &mut self.partners_strategic_authority
            }
            Role::PartnerMember(PartnerSector::Other(_)) => &mut self.partners_other,
            Role::Participant(_) => &mut self.participants,
        }
    }

    /// Executives, chief executive included.
    pub fn executives(&self) -> usize {
        self.chief_executives.len()
            + self.finance.len()
            + self.medical.len()
            + self.nursing.len()
            + self.other_executives.len()
    }

    /// Non-executives, chair included.
    pub fn non_executives(&self) -> usize {
        self.chairs.len() + self.neds.len()
    }

    pub fn partners(&self) -> usize {
        self.partners_trusts.len()
            + self.partners_primary_care.len()
            + self.partners_local_authority.len()
            + self.partners_strategic_authority.len()
            + self.partners_other.len()
    }

    /// Voting members counted towards the minimums (each person once).
    pub fn voting(&self) -> usize {
        self.executives() + self.non_executives() + self.partners()
    }

    /// The named executive roles the board lacks, in the framework's order.
    pub fn missing_executives(&self) -> Vec<&'static str> {
        [
            (&self.chief_executives, "chief executive"),
            (&self.finance, "director of finance"),
            (&self.medical, "medical director"),
            (&self.nursing, "director of nursing"),
        ]
        .into_iter()
        .filter(|(seats, _)| seats.is_empty())
        .map(|(_, name)| name)
        .collect()
    }

    /// The required partner sectors the board lacks.
    pub fn missing_partners(&self) -> Vec<&'static str> {
        [
            (&self.partners_trusts, "trusts"),
            (&self.partners_primary_care, "primary care"),
            (&self.partners_local_authority, "local authority"),
        ]
        .into_iter()
        .filter(|(seats, _)| seats.is_empty())
        .map(|(_, name)| name)
        .collect()
    }
}
