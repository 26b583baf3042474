//! Every edit the designer makes is a [`Command`], applied in one place: [`Design::apply`].
//!
//! `apply` returns the inverse command, so undo/redo, dirty tracking and tests all hang off one door.

use super::RuleOverride;
use super::design::{
    Committee, CommitteeKind, CommitteeMember, Design, Expertise, Holder, Id, Partnership, Place,
    PlaceMember, PlaceModel, Role, Seat, SystemLevel,
};

/// One edit of a design. Applying it returns the command that undoes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    SetName(String),
    SetSystem(String),
    SetNotes(String),
    SetRulePack(String),

    /// Insert a seat at `index` of the board (clamped to the end).
    AddSeat {
        index: usize,
        seat: Seat,
    },
    /// Remove a seat and every committee membership and chair that refers to it.
    RemoveSeat {
        id: Id,
    },
    /// Remove just the seat, leaving references to it as they are: the exact inverse of
    /// `AddSeat` (a hand-edited file may already refer to the id a new seat takes).
    RemoveSeatOnly {
        id: Id,
    },
    /// Move a seat to `index` in the board order.
    MoveSeat {
        id: Id,
        index: usize,
    },
    SetSeatRole {
        id: Id,
        role: Role,
    },
    SetSeatTitle {
        id: Id,
        title: String,
    },
    SetSeatHolder {
        id: Id,
        holder: Option<Holder>,
    },
    SetSeatExpertise {
        id: Id,
        expertise: Vec<Expertise>,
    },
    SetSeatDeputyChair {
        id: Id,
        deputy_chair: bool,
    },
    SetSeatNotes {
        id: Id,
        notes: String,
    },

    AddCommittee {
        index: usize,
        committee: Committee,
    },
    RemoveCommittee {
        id: Id,
    },
    SetCommitteeName {
        id: Id,
        name: String,
    },
    SetCommitteeKind {
        id: Id,
        kind: CommitteeKind,
    },
    SetCommitteeChair {
        id: Id,
        chair: Option<Id>,
    },
    AddCommitteeMember {
        id: Id,
        index: usize,
        member: CommitteeMember,
    },
    RemoveCommitteeMember {
        id: Id,
        index: usize,
    },

    AddPlace {
        index: usize,
        place: Place,
    },
    RemovePlace {
        id: Id,
    },
    MovePlace {
        id: Id,
        index: usize,
    },
    SetPlaceName {
        id: Id,
        name: String,
    },
    SetPlaceLocalAuthority {
        id: Id,
        local_authority: String,
    },
    SetPlaceModel {
        id: Id,
        model: PlaceModel,
    },
    SetPlaceDelegatedFunctions {
        id: Id,
        functions: String,
    },
    SetPlaceDelegatedBudget {
        id: Id,
        budget: Option<u64>,
    },
    SetPlaceNotes {
        id: Id,
        notes: String,
    },
    AddPlaceMember {
        id: Id,
        index: usize,
        member: PlaceMember,
    },
    RemovePlaceMember {
        id: Id,
        index: usize,
    },
    SetPlaceMember {
        id: Id,
        index: usize,
        member: PlaceMember,
    },

    SetSystemLevel(SystemLevel),
    SetPartnership(Option<Partnership>),
    SetRuleOverrides(Vec<RuleOverride>),

    /// Several commands applied as one undoable step.
    Batch(Vec<Command>),
}

impl Command {
    /// What the edit does, as the Edit menu names it ("Undo add Chair").
    pub fn describe(&self) -> String {
        use Command as C;
        let text = match self {
            C::SetName(_) => "rename the design",
            C::SetSystem(_) => "change the system's name",
            C::SetNotes(_) => "edit the design's notes",
            C::SetRulePack(_) => "change the rule pack",
            C::AddSeat { seat, .. } => return format!("add {}", seat.label()),
            C::RemoveSeat { .. } | C::RemoveSeatOnly { .. } => "remove a seat",
            C::MoveSeat { .. } => "move a seat",
            C::SetSeatRole { .. } => "change a seat's role",
            C::SetSeatTitle { .. } => "change a seat's title",
            C::SetSeatHolder { .. } => "change who holds a seat",
            C::SetSeatExpertise { .. } => "change a seat's expertise",
            C::SetSeatDeputyChair { .. } => "change the deputy chair",
            C::SetSeatNotes { .. } => "edit a seat's notes",
            C::AddCommittee { .. } => "add a committee",
            C::RemoveCommittee { .. } => "remove a committee",
            C::SetCommitteeName { .. } => "rename a committee",
            C::SetCommitteeKind { .. } => "change a committee's kind",
            C::SetCommitteeChair { .. } => "change a committee's chair",
            C::AddCommitteeMember { .. } => "add a committee member",
            C::RemoveCommitteeMember { .. } => "remove a committee member",
            C::AddPlace { .. } => "add a place",
            C::RemovePlace { .. } => "remove a place",
            C::MovePlace { .. } => "move a place",
            C::SetPlaceName { .. } => "rename a place",
            C::SetPlaceLocalAuthority { .. } => "change a place's local authority",
            C::SetPlaceModel { .. } => "change a place's model",
            C::SetPlaceDelegatedFunctions { .. } => "change a place's delegated functions",
            C::SetPlaceDelegatedBudget { .. } => "change a place's delegated budget",
            C::SetPlaceNotes { .. } => "edit a place's notes",
            C::AddPlaceMember { .. } => "add a place member",
            C::RemovePlaceMember { .. } => "remove a place member",
            C::SetPlaceMember { .. } => "edit a place member",
            C::SetSystemLevel(_) => "change the system-level settings",
            C::SetPartnership(_) => "edit the partnership",
            C::SetRuleOverrides(_) => "change the local rule changes",
            C::Batch(commands) => {
                return match commands.as_slice() {
                    [one] => one.describe(),
                    [first, ..] => format!("{} and more", first.describe()),
                    [] => "nothing".to_owned(),
                };
            }
        };
        text.to_owned()
    }
}

/// Why a command could not be applied (the design is left unchanged).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    #[error("There is no seat with id {0}.")]
    NoSeat(Id),
    #[error("There is no committee with id {0}.")]
    NoCommittee(Id),
    #[error("There is no place with id {0}.")]
    NoPlace(Id),
    #[error("The id {0} is already in use.")]
    DuplicateId(Id),
    #[error("There is no member at position {0}.")]
    NoMember(usize),
}

type Applied = Result<Command, CommandError>;

impl Design {
    /// Apply one command and return its inverse. On error the design is unchanged.
    pub fn apply(&mut self, command: Command) -> Applied {
        use Command as C;
        Ok(match command {
            C::SetName(v) => C::SetName(std::mem::replace(&mut self.name, v)),
            C::SetSystem(v) => C::SetSystem(std::mem::replace(&mut self.system, v)),
            C::SetNotes(v) => C::SetNotes(std::mem::replace(&mut self.notes, v)),
            C::SetRulePack(v) => C::SetRulePack(std::mem::replace(&mut self.rule_pack, v)),

            C::AddSeat { index, seat } => {
                if self.seat_index(seat.id).is_some() {
                    return Err(CommandError::DuplicateId(seat.id));
                }
                let id = seat.id;
                self.board.insert(index.min(self.board.len()), seat);
                C::RemoveSeatOnly { id }
            }
            C::RemoveSeat { id } => self.remove_seat(id)?,
            C::RemoveSeatOnly { id } => {
                let index = self.seat_index(id).ok_or(CommandError::NoSeat(id))?;
                let seat = self.board.remove(index);
                C::AddSeat { index, seat }
            }
            C::MoveSeat { id, index } => {
                let from = self.seat_index(id).ok_or(CommandError::NoSeat(id))?;
                let seat = self.board.remove(from);
                self.board.insert(index.min(self.board.len()), seat);
                C::MoveSeat { id, index: from }
            }
            C::SetSeatRole { id, role } => {
                let role = std::mem::replace(&mut self.seat_mut(id)?.role, role);
                C::SetSeatRole { id, role }
            }
            C::SetSeatTitle { id, title } => {
                let title = std::mem::replace(&mut self.seat_mut(id)?.title, title);
                C::SetSeatTitle { id, title }
            }
            C::SetSeatHolder { id, holder } => {
                let holder = std::mem::replace(&mut self.seat_mut(id)?.holder, holder);
                C::SetSeatHolder { id, holder }
            }
            C::SetSeatExpertise { id, expertise } => {
                let expertise = std::mem::replace(&mut self.seat_mut(id)?.expertise, expertise);
                C::SetSeatExpertise { id, expertise }
            }
            C::SetSeatDeputyChair { id, deputy_chair } => {
                let deputy_chair =
                    std::mem::replace(&mut self.seat_mut(id)?.deputy_chair, deputy_chair);
                C::SetSeatDeputyChair { id, deputy_chair }
            }
            C::SetSeatNotes { id, notes } => {
                let notes = std::mem::replace(&mut self.seat_mut(id)?.notes, notes);
                C::SetSeatNotes { id, notes }
            }

            C::AddCommittee { index, committee } => {
                if self.committee_index(committee.id).is_some() {
                    return Err(CommandError::DuplicateId(committee.id));
                }
                let id = committee.id;
                self.committees
                    .insert(index.min(self.committees.len()), committee);
                C::RemoveCommittee { id }
            }
            C::RemoveCommittee { id } => {
                let index = self
                    .committee_index(id)
                    .ok_or(CommandError::NoCommittee(id))?;
                let committee = self.committees.remove(index);
                C::AddCommittee { index, committee }
            }
            C::SetCommitteeName { id, name } => {
                let name = std::mem::replace(&mut self.committee_mut(id)?.name, name);
                C::SetCommitteeName { id, name }
            }
            C::SetCommitteeKind { id, kind } => {
                let kind = std::mem::replace(&mut self.committee_mut(id)?.kind, kind);
                C::SetCommitteeKind { id, kind }
            }
            C::SetCommitteeChair { id, chair } => {
                let chair = std::mem::replace(&mut self.committee_mut(id)?.chair, chair);
                C::SetCommitteeChair { id, chair }
            }
            C::AddCommitteeMember { id, index, member } => {
                let members = &mut self.committee_mut(id)?.members;
                let index = index.min(members.len());
                members.insert(index, member);
                C::RemoveCommitteeMember { id, index }
            }
            C::RemoveCommitteeMember { id, index } => {
                let members = &mut self.committee_mut(id)?.members;
                if index >= members.len() {
                    return Err(CommandError::NoMember(index));
                }
                let member = members.remove(index);
                C::AddCommitteeMember { id, index, member }
            }

            C::AddPlace { index, place } => {
                if self.place_index(place.id).is_some() {
                    return Err(CommandError::DuplicateId(place.id));
                }
                let id = place.id;
                self.places.insert(index.min(self.places.len()), place);
                C::RemovePlace { id }
            }
            C::RemovePlace { id } => {
                let index = self.place_index(id).ok_or(CommandError::NoPlace(id))?;
                let place = self.places.remove(index);
                C::AddPlace { index, place }
            }
            C::MovePlace { id, index } => {
                let from = self.place_index(id).ok_or(CommandError::NoPlace(id))?;
                let place = self.places.remove(from);
                self.places.insert(index.min(self.places.len()), place);
                C::MovePlace { id, index: from }
            }
            C::SetPlaceName { id, name } => {
                let name = std::mem::replace(&mut self.place_mut(id)?.name, name);
                C::SetPlaceName { id, name }
            }
            C::SetPlaceLocalAuthority {
                id,
                local_authority,
            } => {
                let place = self.place_mut(id)?;
                let local_authority =
                    std::mem::replace(&mut place.local_authority, local_authority);
                C::SetPlaceLocalAuthority {
                    id,
                    local_authority,
                }
            }
            C::SetPlaceModel { id, model } => {
                let model = std::mem::replace(&mut self.place_mut(id)?.model, model);
                C::SetPlaceModel { id, model }
            }
            C::SetPlaceDelegatedFunctions { id, functions } => {
                let place = self.place_mut(id)?;
                let functions = std::mem::replace(&mut place.delegated_functions, functions);
                C::SetPlaceDelegatedFunctions { id, functions }
            }
            C::SetPlaceDelegatedBudget { id, budget } => {
                let budget = std::mem::replace(&mut self.place_mut(id)?.delegated_budget, budget);
                C::SetPlaceDelegatedBudget { id, budget }
            }
            C::SetPlaceNotes { id, notes } => {
                let notes = std::mem::replace(&mut self.place_mut(id)?.notes, notes);
                C::SetPlaceNotes { id, notes }
            }
            C::AddPlaceMember { id, index, member } => {
                let members = &mut self.place_mut(id)?.members;
                let index = index.min(members.len());
                members.insert(index, member);
                C::RemovePlaceMember { id, index }
            }
            C::RemovePlaceMember { id, index } => {
                let members = &mut self.place_mut(id)?.members;
                if index >= members.len() {
                    return Err(CommandError::NoMember(index));
                }
                let member = members.remove(index);
                C::AddPlaceMember { id, index, member }
            }
            C::SetPlaceMember { id, index, member } => {
                let slot = self
                    .place_mut(id)?
                    .members
                    .get_mut(index)
                    .ok_or(CommandError::NoMember(index))?;
                let member = std::mem::replace(slot, member);
                C::SetPlaceMember { id, index, member }
            }

            C::SetSystemLevel(v) => C::SetSystemLevel(std::mem::replace(&mut self.system_level, v)),
            C::SetPartnership(v) => C::SetPartnership(std::mem::replace(&mut self.partnership, v)),
            C::SetRuleOverrides(v) => {
                C::SetRuleOverrides(std::mem::replace(&mut self.rule_overrides, v))
            }

            C::Batch(commands) => self.apply_batch(commands)?,
        })
    }

    /// Apply commands in order; if one fails, undo those already applied and return the error.
    fn apply_batch(&mut self, commands: Vec<Command>) -> Applied {
        let mut inverses = Vec::with_capacity(commands.len());
        for command in commands {
            match self.apply(command) {
                Ok(inverse) => inverses.push(inverse),
                Err(error) => {
                    for inverse in inverses.into_iter().rev() {
                        // Inverses of commands just applied always apply; ignore is safe.
                        let _ = self.apply(inverse);
                    }
                    return Err(error);
                }
            }
        }
        inverses.reverse();
        Ok(Command::Batch(inverses))
    }

    /// Remove a seat and everything that refers to it, returning one inverse that restores all.
    fn remove_seat(&mut self, id: Id) -> Applied {
        let index = self.seat_index(id).ok_or(CommandError::NoSeat(id))?;
        let mut steps = Vec::new();
        for committee in &self.committees {
            if committee.chair == Some(id) {
                steps.push(Command::SetCommitteeChair {
                    id: committee.id,
                    chair: None,
                });
            }
            // Remove from the back so earlier indices stay valid.
            for (member_index, member) in committee.members.iter().enumerate().rev() {
                if member == &CommitteeMember::Seat(id) {
                    steps.push(Command::RemoveCommitteeMember {
                        id: committee.id,
                        index: member_index,
                    });
                }
            }
        }
        let mut inverse = match self.apply_batch(steps)? {
            Command::Batch(inverses) => inverses,
            other => vec![other],
        };
        let seat = self.board.remove(index);
        inverse.insert(0, Command::AddSeat { index, seat });
        Ok(Command::Batch(inverse))
    }

    pub fn seat(&self, id: Id) -> Option<&Seat> {
        self.board.iter().find(|s| s.id == id)
    }

    pub fn seat_index(&self, id: Id) -> Option<usize> {
        self.board.iter().position(|s| s.id == id)
    }

    fn seat_mut(&mut self, id: Id) -> Result<&mut Seat, CommandError> {
        self.board
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or(CommandError::NoSeat(id))
    }

    pub fn committee(&self, id: Id) -> Option<&Committee> {
        self.committees.iter().find(|c| c.id == id)
    }

    pub fn committee_index(&self, id: Id) -> Option<usize> {
        self.committees.iter().position(|c| c.id == id)
    }

    fn committee_mut(&mut self, id: Id) -> Result<&mut Committee, CommandError> {
        self.committees
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or(CommandError::NoCommittee(id))
    }

    pub fn place(&self, id: Id) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    pub fn place_index(&self, id: Id) -> Option<usize> {
        self.places.iter().position(|p| p.id == id)
    }

    fn place_mut(&mut self, id: Id) -> Result<&mut Place, CommandError> {
        self.places
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or(CommandError::NoPlace(id))
    }

    /// The next free seat id (one more than the largest in use).
    pub fn next_seat_id(&self) -> Id {
        self.board.iter().map(|s| s.id).max().unwrap_or(0) + 1
    }

    pub fn next_committee_id(&self) -> Id {
        self.committees.iter().map(|c| c.id).max().unwrap_or(0) + 1
    }

    pub fn next_place_id(&self) -> Id {
        self.places.iter().map(|p| p.id).max().unwrap_or(0) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ExecutiveRole, PlaceModelKind};

    fn sample() -> Design {
        let mut d = Design::default();
        d.board.push(Seat::new(1, Role::Chair));
        d.board.push(Seat::new(2, Role::NonExecutive));
        d.board
            .push(Seat::new(3, Role::Executive(ExecutiveRole::Finance)));
        d.committees.push(Committee {
            id: 1,
            name: "Audit".into(),
            kind: CommitteeKind::Audit,
            chair: Some(2),
            members: vec![
                CommitteeMember::Seat(2),
                CommitteeMember::External("X".into()),
                CommitteeMember::Seat(2),
            ],
        });
        d.places
            .push(Place::new(1, "A", PlaceModel::ConsultativeForum));
        d
    }

    #[test]
    fn remove_seat_removes_memberships_and_undo_restores_all() {
        let mut d = sample();
        let original = d.clone();
        let inverse = d.apply(Command::RemoveSeat { id: 2 }).unwrap();
        assert!(d.seat(2).is_none());
        assert_eq!(d.committees[0].chair, None);
        assert_eq!(
            d.committees[0].members,
            vec![CommitteeMember::External("X".into())]
        );
        d.apply(inverse).unwrap();
        assert_eq!(d, original);
    }

    #[test]
    fn failed_batch_leaves_design_unchanged() {
        let mut d = sample();
        let original = d.clone();
        let err = d
            .apply(Command::Batch(vec![
                Command::SetName("changed".into()),
                Command::SetSeatTitle {
                    id: 99,
                    title: "x".into(),
                },
            ]))
            .unwrap_err();
        assert_eq!(err, CommandError::NoSeat(99));
        assert_eq!(d, original);
    }

    #[test]
    fn move_and_model_change_invert() {
        let mut d = sample();
        let original = d.clone();
        let a = d.apply(Command::MoveSeat { id: 1, index: 2 }).unwrap();
        assert_eq!(d.board[2].id, 1);
        let b = d
            .apply(Command::SetPlaceModel {
                id: 1,
                model: PlaceModelKind::LeadDirector.empty_model(),
            })
            .unwrap();
        d.apply(b).unwrap();
        d.apply(a).unwrap();
        assert_eq!(d, original);
    }

    /// Found by proptest: undoing `AddSeat` must not also remove references that were already
    /// there (here a dangling member added while the seat did not exist).
    #[test]
    fn undo_of_add_seat_leaves_earlier_references_alone() {
        let mut doc = crate::model::Document::new(sample());
        let original = doc.design().clone();
        for command in [
            Command::RemoveSeat { id: 2 },
            Command::AddCommitteeMember {
                id: 1,
                index: 99,
                member: CommitteeMember::Seat(2),
            },
            Command::AddSeat {
                index: 0,
                seat: Seat::new(2, Role::Chair),
            },
        ] {
            doc.apply(command, None).unwrap();
        }
        while doc.undo() {}
        assert_eq!(doc.design(), &original);
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let mut d = sample();
        assert_eq!(
            d.apply(Command::AddSeat {
                index: 0,
                seat: Seat::new(1, Role::NonExecutive)
            }),
            Err(CommandError::DuplicateId(1))
        );
    }
}
