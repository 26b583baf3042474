//! The board's committees.

use serde::{Deserialize, Serialize};

use super::{Band, Design, Id, Seat};

/// A committee of the board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Committee {
    pub id: Id,
    pub name: String,
    pub kind: CommitteeKind,
    /// The board seat that chairs it.
    #[serde(default)]
    pub chair: Option<Id>,
    #[serde(default)]
    pub members: Vec<CommitteeMember>,
}

impl Committee {
    /// True when the given seat sits on the committee (as a member).
    pub fn has_seat(&self, seat: Id) -> bool {
        self.members.contains(&CommitteeMember::Seat(seat))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CommitteeKind {
    Audit,
    Remuneration,
    Other,
}

impl CommitteeKind {
    pub fn name(self) -> &'static str {
        match self {
            CommitteeKind::Audit => "Audit",
            CommitteeKind::Remuneration => "Remuneration",
            CommitteeKind::Other => "Other",
        }
    }
}

/// A committee member: a board seat, or someone from outside the board.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CommitteeMember {
    Seat(Id),
    External(String),
}

/// Seats by id, for lookups inside loops (committee members, chairs) without scanning the board.
pub type SeatsById<'a> = std::collections::HashMap<Id, &'a Seat>;

impl Design {
    /// The seats of one band, in board order.
    pub fn seats_in(&self, band: Band) -> Vec<&Seat> {
        self.board
            .iter()
            .filter(|s| s.role.band() == band)
            .collect()
    }

    /// How many seats each band has, in [`Band::ALL`] order (one pass over the board).
    pub fn seats_per_band(&self) -> [usize; 4] {
        let mut counts = [0; 4];
        for seat in &self.board {
            if let Some(i) = Band::ALL.iter().position(|b| *b == seat.role.band())
                && let Some(n) = counts.get_mut(i)
            {
                *n += 1;
            }
        }
        counts
    }

    pub fn seats_by_id(&self) -> SeatsById<'_> {
        self.board.iter().map(|s| (s.id, s)).collect()
    }
}

impl CommitteeMember {
    /// "Director of finance (Aisha Khan)", "Medical director (vacant)", "Name (external)", or
    /// "seat 9 (missing)" for a reference to no seat. Titles and names are cut to 80
    /// characters, so a list of members costs what its length does, not what its names do.
    pub fn describe(&self, seats: &SeatsById) -> String {
        match self {
            CommitteeMember::Seat(id) => seats.get(id).map_or_else(
                || format!("seat {id} (missing)"),
                |s| match s.holder_name() {
                    Some(name) => format!("{} ({})", s.label_cut(80), super::cut(name, 80)),
                    None => format!("{} (vacant)", s.label_cut(80)),
                },
            ),
            CommitteeMember::External(name) => format!("{} (external)", super::cut(name, 80)),
        }
    }
}

#[cfg(test)]
mod seats_per_band_tests {
    use super::*;

    #[test]
    fn seats_per_band_counts_each_band_as_seats_in_does() {
        let design = crate::model::generate::generated_design(57, 3, 2);
        let counts = design.seats_per_band();
        for (band, n) in Band::ALL.iter().zip(counts) {
            assert_eq!(design.seats_in(*band).len(), n, "{band:?}");
        }
        assert_eq!(counts.iter().sum::<usize>(), design.board.len());
    }
}
