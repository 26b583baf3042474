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

    /// The next free seat id: one more than the largest in use, or, when that is the largest
    /// id there is, the smallest free one. Never 0, never an id in use.
    pub fn next_seat_id(&self) -> Id {
        next_free(self.board.iter().map(|s| s.id))
    }

    pub fn next_committee_id(&self) -> Id {
        next_free(self.committees.iter().map(|c| c.id))
    }

    pub fn next_place_id(&self) -> Id {
        next_free(self.places.iter().map(|p| p.id))
    }
}

/// One more than the largest id, without wrapping: at `Id::MAX` the smallest unused positive id
/// (a list can never hold every id, so there is always one).
pub fn next_free(ids: impl Iterator<Item = Id> + Clone) -> Id {
    let largest = ids.clone().max().unwrap_or(0);
    largest.checked_add(1).unwrap_or_else(|| {
        let mut used: Vec<Id> = ids.collect();
        used.sort_unstable();
        used.dedup();
        // The first gap in 1, 2, 3, ...: where the sorted ids stop counting up by one.
        used.iter().zip(1..).find(|(id, n)| **id != *n).map_or(
            Id::try_from(used.len()).map_or(1, |n| n.saturating_add(1)),
            |(_, n)| n,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_never_wrap_to_zero_or_repeat() {
        assert_eq!(next_free([].into_iter()), 1);
        assert_eq!(next_free([3, 7].into_iter()), 8);
        assert_eq!(next_free([Id::MAX].into_iter()), 1);
        assert_eq!(next_free([1, 2, Id::MAX].into_iter()), 3);
        assert_eq!(next_free([1, 2, 4, Id::MAX].into_iter()), 3);
        let mut design = Design::default();
        design
            .board
            .push(Seat::new(Id::MAX, crate::model::Role::Chair));
        let id = design.next_seat_id();
        assert!(id != 0 && id != Id::MAX);
    }
}
