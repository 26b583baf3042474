//! What a panel sees: a read-only view of the open design, its findings and the window's
//! state, and a queue for the [`Action`]s it emits. Panels never change anything themselves.

use std::{cell::RefCell, path::PathBuf, sync::Arc};

pub use super::workspace::Badges;
use super::{
    action::{Action, DragPayload},
    appraisal_space::AppraisalSpace,
    cluster_space::ClusterSpace,
    comparison::Comparison,
    view::{Selection, View},
    workspace::Workspace,
};
use crate::{
    model::{Command, Design, IsoDate, MergeKey},
    rules::{BoardSummary, Report, RulePack, Severity, Subject},
};

/// The read-only context of one frame's panels: the parts of the window it reads (through
/// `Deref`), the date the board is shown at, and the queue of the actions it emits.
pub struct DesignCtx<'a> {
    parts: CtxParts<'a>,
    /// The date the board is shown at (the design's `as_at`, or today).
    pub as_at: IsoDate,
    actions: RefCell<Vec<Action>>,
}

/// The parts of the window a [`DesignCtx`] reads.
pub struct CtxParts<'a> {
    /// The design the designer shows (in a cluster, the focused ICB or the successor).
    pub design: Arc<Design>,
    pub history: History<'a>,
    /// The open cluster, when the file is one.
    pub cluster: Option<&'a ClusterSpace>,
    /// The open appraisal, when the file is one.
    pub appraisal: Option<&'a AppraisalSpace>,
    /// The appraisal behind the open file, when it was opened as one of its options.
    pub from_appraisal: Option<super::workspace_appraisal::FromAppraisal>,
    pub report: &'a Arc<Report>,
    pub badges: &'a Badges,
    pub summary: &'a BoardSummary,
    pub pack: &'a RulePack,
    pub path: Option<&'a std::path::Path>,
    pub recent: &'a [PathBuf],
    pub comparison: Option<&'a Comparison>,
    pub view: &'a View,
}

/// What the Edit menu and the title need of the open file's history.
#[derive(Debug, Clone, Copy, Default)]
pub struct History<'a> {
    pub undo: Option<&'a str>,
    pub redo: Option<&'a str>,
    pub dirty: bool,
}

impl<'a> std::ops::Deref for DesignCtx<'a> {
    type Target = CtxParts<'a>;

    fn deref(&self) -> &Self::Target {
        &self.parts
    }
}

impl<'a> CtxParts<'a> {
    /// The parts of a panel context: the workspace's, with the window's view and recent files.
    pub fn of(workspace: &'a Workspace, view: &'a View, recent: &'a [PathBuf]) -> Self {
        Self {
            design: workspace.shared(),
            history: History {
                undo: workspace.undo_label(),
                redo: workspace.redo_label(),
                dirty: workspace.is_dirty(),
            },
            cluster: workspace.cluster(),
            appraisal: workspace.appraisal(),
            from_appraisal: workspace.opened_from(),
            report: &workspace.report,
            badges: &workspace.badges,
            summary: &workspace.summary,
            pack: &workspace.pack,
            path: workspace.path.as_deref(),
            recent,
            comparison: workspace.comparison.as_ref(),
            view,
        }
    }
}

impl<'a> DesignCtx<'a> {
    pub fn new(parts: CtxParts<'a>) -> Self {
        Self {
            as_at: crate::rules::as_at_date(&parts.design),
            parts,
            actions: RefCell::new(Vec::new()),
        }
    }

    pub fn design(&self) -> &Design {
        &self.parts.design
    }

    /// A shared handle on the design shown (to draw from while queueing edits).
    pub fn shared(&self) -> Arc<Design> {
        Arc::clone(&self.parts.design)
    }

    pub fn is_dirty(&self) -> bool {
        self.history.dirty
    }

    /// Queue an action.
    pub fn push(&self, action: Action) {
        self.actions.borrow_mut().push(action);
    }

    /// Queue an edit of the design.
    pub fn edit(&self, command: Command) {
        self.push(Action::edit(command));
    }

    /// Queue an edit typed into a field: edits of one field in a row are one undo step.
    pub fn edit_typed(&self, command: Command, key: MergeKey) {
        self.push(Action::Edit {
            command,
            merge: Some(key),
        });
    }

    /// Queue a status line.
    pub fn status(&self, text: impl Into<String>) {
        self.push(Action::Status(text.into()));
    }

    /// Queue what a drop (or a double-click on a chip) does.
    pub fn drop_payload(&self, payload: &DragPayload) {
        self.push(Action::Drop(payload.clone()));
    }

    /// The actions queued this frame, in order.
    pub fn into_actions(self) -> Vec<Action> {
        self.actions.into_inner()
    }

    /// The worst severity among findings about a subject, and how many there are.
    pub fn findings_about(&self, subject: Subject) -> Option<(Severity, usize)> {
        self.badges.get(&subject).copied()
    }

    /// Where the selected seat would go one step earlier (`-1`) or later (`+1`) in its band.
    pub fn seat_step_target(&self, step: isize) -> Option<(u32, usize)> {
        seat_step_target(self.design(), self.view.selection, step)
    }
}

/// Where the selected seat would go one step earlier (`-1`) or later (`+1`) in its band, or
/// `None` when it is already first or last (or no seat is selected).
pub fn seat_step_target(
    design: &Design,
    selection: Selection,
    step: isize,
) -> Option<(u32, usize)> {
    let Selection::Seat(id) = selection else {
        return None;
    };
    let from = design.seat_index(id)?;
    let band = design.board.get(from)?.role.band();
    let same_band = |i: &usize| design.board.get(*i).is_some_and(|s| s.role.band() == band);
    // The neighbour's index is also the seat's final index (MoveSeat takes the final index).
    let to = if step < 0 {
        (0..from).rev().find(same_band)?
    } else {
        (from + 1..design.board.len()).find(same_band)?
    };
    Some((id, to))
}
