//! Every edit the designer makes is a [`Command`], applied in one place: [`Design::apply`].
//!
//! `apply` returns the inverse command, so undo/redo, dirty tracking and tests all hang off one door.

use super::RuleOverride;
use super::{
    Committee, CommitteeKind, CommitteeMember, Expertise, Holder, Id, Partnership, Place,
    PlaceMember, PlaceModel, Role, Seat, SystemLevel,
};

/// One edit of a design. Applying it returns the command that undoes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    SetName(String),
    SetSystem(String),
    SetNotes(String),
    SetRulePack(String),
    /// The date the board is shown at (ISO, empty for today).
    SetAsAt(String),

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
    SetSeatSeniorNonExecutive {
        id: Id,
        senior_non_executive: bool,
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
    /// The county council of a district's place (its responsible local authority).
    SetPlaceCountyCouncil {
        id: Id,
        county_council: String,
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
            C::SetAsAt(_) => "change the date the board is shown at",
            C::AddSeat { seat, .. } => return format!("add {}", seat.label()),
            C::RemoveSeat { .. } | C::RemoveSeatOnly { .. } => "remove a seat",
            C::MoveSeat { .. } => "move a seat",
            C::SetSeatRole { .. } => "change a seat's role",
            C::SetSeatTitle { .. } => "change a seat's title",
            C::SetSeatHolder { .. } => "change who holds a seat",
            C::SetSeatExpertise { .. } => "change a seat's expertise",
            C::SetSeatDeputyChair { .. } => "change the deputy chair",
            C::SetSeatSeniorNonExecutive { .. } => "change the senior non-executive member",
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
            C::SetPlaceCountyCouncil { .. } => "change a place's county council",
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
    #[error("There is no ICB with id {0} in the cluster.")]
    NoIcb(Id),
    #[error("There is no joint committee with id {0}.")]
    NoJointCommittee(Id),
    #[error("The cluster has no successor yet: propose one first.")]
    NoSuccessor,
    #[error("There is no option with id {0} in the appraisal.")]
    NoOption(Id),
    #[error("There is no criterion with id {0} in the appraisal.")]
    NoCriterion(Id),
    #[error("Criterion {0} is scored by the app itself; only the team's criteria take scores.")]
    NotManual(Id),
}

#[cfg(test)]
mod tests;
