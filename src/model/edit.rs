//! [`Design::apply`]: the one door every edit passes through. It returns the inverse command,
//! so undo/redo, dirty tracking and tests all hang off it.

use super::{Command, CommandError, CommitteeMember, Design, Id};

pub(super) type Applied = Result<Command, CommandError>;

/// Apply commands in order; if one fails, undo those already applied and return the error.
/// The inverses come back in the order that undoes them. Shared by designs and clusters.
pub(super) fn apply_in_order<T, C>(
    target: &mut T,
    commands: Vec<C>,
    apply: impl Fn(&mut T, C) -> Result<C, CommandError>,
) -> Result<Vec<C>, CommandError> {
    let mut inverses = Vec::with_capacity(commands.len());
    for command in commands {
        match apply(target, command) {
            Ok(inverse) => inverses.push(inverse),
            Err(error) => {
                for inverse in inverses.into_iter().rev() {
                    // Inverses of commands just applied always apply; ignoring is safe.
                    let _ = apply(target, inverse);
                }
                return Err(error);
            }
        }
    }
    inverses.reverse();
    Ok(inverses)
}

impl Design {
    /// Apply one command and return its inverse. On error the design is unchanged.
    pub fn apply(&mut self, command: Command) -> Applied {
        use Command as C;
        Ok(match command {
            C::SetName(v) => C::SetName(std::mem::replace(&mut self.name, v)),
            C::SetSystem(v) => C::SetSystem(std::mem::replace(&mut self.system, v)),
            C::SetNotes(v) => C::SetNotes(std::mem::replace(&mut self.notes, v)),
            C::SetRulePack(v) => C::SetRulePack(std::mem::replace(&mut self.rule_pack, v)),
            C::SetAsAt(v) => C::SetAsAt(std::mem::replace(&mut self.as_at, v)),

            c @ (C::AddSeat { .. }
            | C::RemoveSeat { .. }
            | C::RemoveSeatOnly { .. }
            | C::MoveSeat { .. }
            | C::SetSeatRole { .. }
            | C::SetSeatTitle { .. }
            | C::SetSeatHolder { .. }
            | C::SetSeatExpertise { .. }
            | C::SetSeatDeputyChair { .. }
            | C::SetSeatSeniorNonExecutive { .. }
            | C::SetSeatNotes { .. }) => self.apply_to_seats(c)?,
            c @ (C::AddCommittee { .. }
            | C::RemoveCommittee { .. }
            | C::SetCommitteeName { .. }
            | C::SetCommitteeKind { .. }
            | C::SetCommitteeChair { .. }
            | C::AddCommitteeMember { .. }
            | C::RemoveCommitteeMember { .. }) => self.apply_to_committees(c)?,
            c @ (C::AddPlace { .. }
            | C::RemovePlace { .. }
            | C::MovePlace { .. }
            | C::SetPlaceName { .. }
            | C::SetPlaceLocalAuthority { .. }
            | C::SetPlaceCountyCouncil { .. }
            | C::SetPlaceModel { .. }
            | C::SetPlaceDelegatedFunctions { .. }
            | C::SetPlaceDelegatedBudget { .. }
            | C::SetPlaceNotes { .. }
            | C::AddPlaceMember { .. }
            | C::RemovePlaceMember { .. }
            | C::SetPlaceMember { .. }) => self.apply_to_places(c)?,
            C::SetSystemLevel(v) => C::SetSystemLevel(std::mem::replace(&mut self.system_level, v)),
            C::SetPartnership(v) => C::SetPartnership(std::mem::replace(&mut self.partnership, v)),
            C::SetRuleOverrides(v) => {
                C::SetRuleOverrides(std::mem::replace(&mut self.rule_overrides, v))
            }

            C::Batch(commands) => self.apply_batch(commands)?,
        })
    }

    /// A command to a seat: add, remove, move or change one.
    fn apply_to_seats(&mut self, command: Command) -> Applied {
        use Command as C;
        Ok(match command {
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
            C::SetSeatSeniorNonExecutive {
                id,
                senior_non_executive,
            } => {
                let seat = self.seat_mut(id)?;
                let senior_non_executive =
                    std::mem::replace(&mut seat.senior_non_executive, senior_non_executive);
                C::SetSeatSeniorNonExecutive {
                    id,
                    senior_non_executive,
                }
            }
            C::SetSeatNotes { id, notes } => {
                let notes = std::mem::replace(&mut self.seat_mut(id)?.notes, notes);
                C::SetSeatNotes { id, notes }
            }
            // Never reached: [`Design::apply`] sends only these here.
            other => self.apply(other)?,
        })
    }

    /// A command to a committee: add, remove or change one, or its members.
    fn apply_to_committees(&mut self, command: Command) -> Applied {
        use Command as C;
        Ok(match command {
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
            // Never reached: [`Design::apply`] sends only these here.
            other => self.apply(other)?,
        })
    }

    /// A command to a place: add, remove, move or change one, or its members.
    fn apply_to_places(&mut self, command: Command) -> Applied {
        use Command as C;
        Ok(match command {
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
            C::SetPlaceCountyCouncil { id, county_council } => {
                let place = self.place_mut(id)?;
                let county_council = std::mem::replace(&mut place.county_council, county_council);
                C::SetPlaceCountyCouncil { id, county_council }
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
            // Never reached: [`Design::apply`] sends only these here.
            other => self.apply(other)?,
        })
    }

    /// Apply commands in order as one step (see [`apply_in_order`]).
    fn apply_batch(&mut self, commands: Vec<Command>) -> Applied {
        apply_in_order(self, commands, Design::apply).map(Command::Batch)
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
}
