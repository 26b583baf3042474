//! An open design with its undo/redo history and "saved" marker.
//!
//! Every edit goes through [`Document::apply`], which keeps the inverse command. The saved marker
//! is a state serial, so undoing back to what is on disk makes the document clean again, and the
//! history survives saving.

use std::sync::Arc;

use super::{Appraisal, AppraisalCommand, Cluster, ClusterCommand, Command, CommandError, Design};

/// What a [`Document`] can hold: a value edited only through commands whose inverse it returns.
pub trait Editable: Clone {
    type Command: Clone + std::fmt::Debug;

    /// Apply one command and return its inverse; on error the value is unchanged.
    fn apply_command(&mut self, command: Self::Command) -> Result<Self::Command, CommandError>;

    /// What the command does, as the Edit menu names it ("add Chair").
    fn describe(&self, command: &Self::Command) -> String;
}

impl Editable for Design {
    type Command = Command;

    fn apply_command(&mut self, command: Command) -> Result<Command, CommandError> {
        self.apply(command)
    }

    fn describe(&self, command: &Command) -> String {
        command.describe()
    }
}

impl Editable for Cluster {
    type Command = ClusterCommand;

    fn apply_command(&mut self, command: ClusterCommand) -> Result<ClusterCommand, CommandError> {
        self.apply(command)
    }

    fn describe(&self, command: &ClusterCommand) -> String {
        command.describe(self)
    }
}

impl Editable for Appraisal {
    type Command = AppraisalCommand;

    fn apply_command(
        &mut self,
        command: AppraisalCommand,
    ) -> Result<AppraisalCommand, CommandError> {
        self.apply(command)
    }

    fn describe(&self, command: &AppraisalCommand) -> String {
        command.describe(self)
    }
}

/// How many steps of undo are kept.
pub const UNDO_LIMIT: usize = 500;

#[derive(Debug, Clone)]
struct Step<C> {
    /// The command that moves to the other side of this step.
    command: C,
    /// The state serial reached when the step is done (not undone).
    serial: u64,
    /// What the edit did, for the Edit menu ("add Chair").
    label: String,
}

/// A design (or a cluster) being edited.
/// Which field a run of typing changes: consecutive edits with equal keys are one undo step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MergeKey {
    pub of: Part,
    /// The field's name, as the file names it (`title`, `notes`, `chair`...).
    pub field: &'static str,
}

/// The part of a design (or cluster) whose field is typed into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Design,
    Seat(u32),
    /// The holder of the seat with this id.
    Holder(u32),
    /// One declared interest of a seat's holder: the seat's id and the interest's place.
    Interest(u32, usize),
    /// One of the other posts of a seat's holder: the seat's id and the post's place.
    OtherPost(u32, usize),
    Place(u32),
    /// One member of a place's partnership: the place's id and the member's place in the list.
    PlaceMember(u32, usize),
    Committee(u32),
    Partnership,
    /// One member of the ICP, by their place in the list.
    PartnershipMember(usize),
    /// A rule's local change, by the rule's id.
    Rule(&'static str),
    /// A drag on the terms timeline, by the point where it started: one drag is one step.
    TimelineDrag(i32, i32),
    /// A cluster's joint committee.
    JointCommittee(u32),
    /// A cluster's merger terms.
    Merger,
    /// One of the merger's boundary changes, by its place in the list.
    BoundaryChange(usize),
    /// An appraisal's score of an option (first) against a criterion (second).
    Score(u32, u32),
    /// An appraisal's criterion.
    Criterion(u32),
    /// An appraisal's option.
    AppraisalOption(u32),
    /// The appraisal itself.
    Appraisal,
}

impl MergeKey {
    pub const fn new(of: Part, field: &'static str) -> Self {
        Self { of, field }
    }
}

#[derive(Debug, Clone)]
pub struct Document<D: Editable = Design> {
    /// Shared so a frame can read it while queueing edits; edits copy only if it is still shared.
    design: Arc<D>,
    undo: Vec<Step<D::Command>>,
    redo: Vec<Step<D::Command>>,
    serial: u64,
    next_serial: u64,
    saved_serial: u64,
    /// The serial of the state before the oldest step still kept.
    base_serial: u64,
    /// Consecutive edits with the same key (typing into one field) merge into one undo step.
    merge_key: Option<MergeKey>,
}

impl<D: Editable> Document<D> {
    /// A document whose design is as on disk (clean).
    pub fn new(design: D) -> Self {
        Self {
            design: Arc::new(design),
            undo: Vec::new(),
            redo: Vec::new(),
            serial: 0,
            next_serial: 1,
            saved_serial: 0,
            base_serial: 0,
            merge_key: None,
        }
    }

    pub fn design(&self) -> &D {
        &self.design
    }

    /// A cheap shared handle on the current design (for drawing while queueing edits).
    pub fn shared(&self) -> Arc<D> {
        Arc::clone(&self.design)
    }

    /// Apply an edit as one undo step, or merged into the previous step when both carry the
    /// same `merge_key` (e.g. each keystroke typed into one text field).
    pub fn apply(
        &mut self,
        command: D::Command,
        merge_key: Option<MergeKey>,
    ) -> Result<(), CommandError> {
        let label = self.design.describe(&command);
        let inverse = Arc::make_mut(&mut self.design).apply_command(command)?;
        let merge = merge_key.is_some() && merge_key == self.merge_key;
        let serial = self.next_serial;
        self.next_serial += 1;
        match self.undo.last_mut() {
            // Keep the oldest inverse: undo returns to before the first keystroke.
            Some(step) if merge => step.serial = serial,
            _ => {
                self.undo.push(Step {
                    command: inverse,
                    serial,
                    label,
                });
                if self.undo.len() > UNDO_LIMIT {
                    let oldest = self.undo.remove(0);
                    self.base_serial = oldest.serial;
                }
            }
        }
        self.serial = serial;
        self.redo.clear();
        self.merge_key = merge_key;
        Ok(())
    }

    /// End the current run of merged edits (e.g. when a text field loses focus).
    pub fn end_merge(&mut self) {
        self.merge_key = None;
    }

    /// What Undo would take back ("add Chair"), if anything.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// What Redo would do again, if anything.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undo the last step; false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        self.merge_key = None;
        let Some(step) = self.undo.pop() else {
            return false;
        };
        let Ok(redo) = Arc::make_mut(&mut self.design).apply_command(step.command) else {
            return self.forget_history();
        };
        self.redo.push(Step {
            command: redo,
            serial: step.serial,
            label: step.label,
        });
        self.serial = self.undo.last().map_or(self.base_serial, |s| s.serial);
        true
    }

    /// Redo the last undone step; false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        self.merge_key = None;
        let Some(step) = self.redo.pop() else {
            return false;
        };
        let Ok(undo) = Arc::make_mut(&mut self.design).apply_command(step.command) else {
            return self.forget_history();
        };
        self.serial = step.serial;
        self.undo.push(Step {
            command: undo,
            serial: step.serial,
            label: step.label,
        });
        true
    }

    /// An inverse always applies to the state it was made for; if one ever does not, the
    /// history no longer matches the design and is dropped rather than applied wrongly.
    fn forget_history(&mut self) -> bool {
        self.undo.clear();
        self.redo.clear();
        false
    }

    /// True when the design differs from what was last saved or opened.
    pub fn is_dirty(&self) -> bool {
        self.serial != self.saved_serial
    }

    /// Record that the current state is what is on disk.
    pub fn mark_saved(&mut self) {
        self.saved_serial = self.serial;
        self.merge_key = None;
    }

    /// Mark the document as changed from the file on disk (e.g. recovered work).
    pub fn mark_unsaved(&mut self) {
        self.saved_serial = u64::MAX;
    }

    /// Identifies the current state: equal serials mean an identical design.
    pub fn state_serial(&self) -> u64 {
        self.serial
    }

    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Role, Seat};

    fn add(doc: &mut Document, id: u32) {
        doc.apply(
            Command::AddSeat {
                index: 99,
                seat: Seat::new(id, Role::NonExecutive),
            },
            None,
        )
        .unwrap();
    }

    #[test]
    fn undo_redo_and_dirty_marker_survive_save() {
        let mut doc = Document::new(Design::default());
        let original = doc.design().clone();
        add(&mut doc, 1);
        add(&mut doc, 2);
        assert!(doc.is_dirty());
        doc.mark_saved();
        assert!(!doc.is_dirty());
        assert!(doc.undo());
        assert!(doc.is_dirty());
        assert!(doc.redo());
        assert!(!doc.is_dirty(), "back at the saved state");
        assert!(doc.undo() && doc.undo());
        assert_eq!(doc.design(), &original);
        assert!(!doc.undo());
    }

    const NAME: MergeKey = MergeKey::new(Part::Design, "name");

    #[test]
    fn typing_merges_into_one_step() {
        let mut doc = Document::new(Design::default());
        for text in ["A", "AB", "ABC"] {
            doc.apply(Command::SetName(text.into()), Some(NAME))
                .unwrap();
        }
        doc.end_merge();
        doc.apply(Command::SetName("ABCD".into()), Some(NAME))
            .unwrap();
        assert_eq!(doc.undo_len(), 2);
        // The same field of another part is another run.
        doc.apply(
            Command::SetName("ABCDE".into()),
            Some(MergeKey::new(Part::Seat(1), "name")),
        )
        .unwrap();
        assert_eq!(doc.undo_len(), 3);
        doc.undo();
        doc.undo();
        assert_eq!(doc.design().name, "ABC");
        doc.undo();
        assert_eq!(doc.design().name, "Untitled design");
    }

    #[test]
    fn at_least_a_hundred_steps() {
        let mut doc = Document::new(Design::default());
        for id in 1..=150 {
            add(&mut doc, id);
        }
        let mut undone = 0;
        while doc.undo() {
            undone += 1;
        }
        assert_eq!(undone, 150);
        assert!(doc.design().board.is_empty());
    }
}
