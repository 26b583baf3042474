//! Finding seats, committees and places of a design by id, and the next free ids.

use super::{CommandError, Committee, Design, Id, Place, Seat};

impl Design {
    pub fn seat(&self, id: Id) -> Option<&Seat> {
        self.board.iter().find(|s| s.id == id)
    }

    pub fn seat_index(&self, id: Id) -> Option<usize> {
        self.board.iter().position(|s| s.id == id)
    }

    pub(super) fn seat_mut(&mut self, id: Id) -> Result<&mut Seat, CommandError> {
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

    pub(super) fn committee_mut(&mut self, id: Id) -> Result<&mut Committee, CommandError> {
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

    pub(super) fn place_mut(&mut self, id: Id) -> Result<&mut Place, CommandError> {
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
