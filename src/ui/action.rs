//! Everything a person can do in the window, as values: panels and shortcuts emit [`Action`]s,
//! and `apply` carries them out, in order, once a frame.

use std::path::PathBuf;

use egui::{Key, Modifiers};

pub use super::drafts::Draft;
pub use super::path_purpose::PathPurpose;
use super::{
    cluster_space::Focus,
    view::{PeoplePage, RegisterView, Selection, Tab},
};
use crate::{
    export::ExportFormat,
    io::recovery::RecoveryEntry,
    model::{
        AppraisalCommand, ClusterCommand, Command, Expertise, Id, MergeKey, PartnershipSector, Role,
    },
    rules::{RuleId, Scope, Severity, Subject},
};

/// What is being dragged.
#[derive(Debug, Clone, PartialEq)]
pub enum DragPayload {
    /// A new seat with this role (and starting expertise), from the palette.
    NewRole(Role, Vec<Expertise>),
    /// An existing board seat.
    Seat(u32),
    /// A new partnership member from this sector.
    PartnershipSector(PartnershipSector),
    /// A seat of one ICB of the open cluster (dragged onto a joint committee).
    ClusterSeat { icb: Id, seat: Id },
}

/// An action that would replace or close the open design.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PendingAction {
    New,
    /// Start from the template at this index of `io::templates::TEMPLATES`.
    NewFromTemplate(usize),
    /// Open this file, or ask which when `None`.
    Open(Option<PathBuf>),
    /// Build a cluster from these design files, or ask which when empty.
    NewCluster(Vec<PathBuf>),
    /// Start an appraisal of these design or cluster files (with the open file, when it is
    /// one), or ask which when empty.
    NewAppraisal(Vec<PathBuf>),
    /// Leave the option opened from an appraisal and show the appraisal again; then do what
    /// was asked, if anything (every other action goes back first).
    BackToAppraisal(Option<Box<PendingAction>>),
    Close,
}

impl PendingAction {
    /// Whether it ends in closing the window (perhaps after going back to an appraisal).
    pub fn closes(&self) -> bool {
        match self {
            PendingAction::Close => true,
            PendingAction::BackToAppraisal(Some(then)) => then.closes(),
            _ => false,
        }
    }
}

/// The answers to "Save changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsavedAnswer {
    Save,
    DontSave,
    Cancel,
}

/// The answers to "Recover unsaved work?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecoverAnswer {
    Recover,
    Discard,
}

/// The answers to "The file changed on disk" when saving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangedAnswer {
    Overwrite,
    SaveAs,
    Cancel,
}

/// File actions.
#[derive(Debug, Clone, PartialEq)]
pub enum FileAction {
    /// New, open or close: asks first when there are unsaved changes.
    Request(PendingAction),
    Save,
    SaveAs,
    Export(ExportFormat),
    Compare,
    /// Read a roster (CSV, XLSX or ODS) and show what importing it would do.
    ImportPeople,
    /// Add designs or clusters to the open appraisal's short list, from their files.
    AddOptions,
}

/// A dialog's answer.
#[derive(Debug, Clone)]
pub enum DialogAnswer {
    Unsaved(PendingAction, UnsavedAnswer),
    Recover(RecoveryEntry, RecoverAnswer),
    /// A path typed where there is no file dialog, and what follows a save to it.
    TypedPath {
        purpose: PathPurpose,
        text: String,
        then: Option<PendingAction>,
    },
    /// Saving found the file changed on disk; what follows a save (before New, Open, Close).
    ChangedOnDisk(ChangedAnswer, Option<PendingAction>),
    /// Reload the file another program changed (true), or keep the window's version.
    Reload(bool),
    /// Apply the previewed import as one undoable step.
    Import {
        command: Box<Command>,
        people: usize,
        from: String,
    },
    /// The dialog was closed without an answer (OK on an error, Cancel on a typed path).
    Dismiss,
}

/// One thing a person did.
// A handful of actions a frame: boxing the large edit would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Action {
    /// Change the design; edits with the same merge key in a row are one undo step.
    Edit {
        command: Command,
        merge: Option<MergeKey>,
    },
    /// A palette chip or seat card dropped (or a chip double-clicked).
    Drop(DragPayload),
    DeleteSelection,
    /// Move the selected seat one place earlier (-1) or later (+1) in its band.
    StepSeat(isize),
    Undo,
    Redo,
    Select(Selection),
    Show(Tab),
    ShowPeople(PeoplePage),
    Register(RegisterView),
    /// Scroll the findings panel to this rule's findings and mark them (`None`: done).
    FocusFinding(Option<RuleId>),
    /// The findings panel has scrolled to the focused rule.
    FindingScrolled,
    /// Select a finding's subject and scroll to it.
    GoTo(Subject),
    /// The subject to scroll to has been scrolled to.
    ScrolledTo,
    /// Show this presentation page, or leave presentation mode.
    Present(Option<usize>),
    Filter(Option<Severity>),
    /// List only this rule's findings (`None`: every rule).
    FilterRule(Option<RuleId>),
    /// List only findings with these words in their message or rule id.
    FilterText(String),
    /// Go to the next (+1) or previous (-1) finding listed, and select its subject (F8).
    StepFinding(isize),
    SetCommitteesHidden(bool),
    /// Open (true) or fold the roles palette.
    SetPaletteOpen(bool),
    /// Show or fold the design's own fields in the side column.
    SetDesignDetailsOpen(bool),
    /// Zoom the board by steps of 15% (`None`: back to the size that fits the window).
    ZoomBoard(Option<i32>),
    SetDark(bool),
    CloseComparison,
    /// Close the window, through the same unsaved-changes guard as the window's close button.
    Quit,
    /// Show another part of the open cluster: an ICB, the overview or the successor.
    Focus(Focus),
    /// Change the open cluster itself (joint committees, the merger).
    EditCluster {
        command: ClusterCommand,
        merge: Option<MergeKey>,
    },
    /// Go to a finding of a cluster file: its ICB (or the successor), then its subject.
    GoToIn(Scope, Subject),
    /// Propose the successor of the cluster's merger (docs/rules.md section 6) and show it.
    ProposeSuccessor,
    /// Change the open appraisal (a score, a weight); then it is scored again.
    EditAppraisal {
        command: AppraisalCommand,
        merge: Option<MergeKey>,
    },
    /// Show what a cell of the appraisal's matrix was found from: an option (first) against a
    /// criterion (second); `None` closes it.
    AppraisalCell(Option<(Id, Id)>),
    /// Open an appraisal's option in the designer, and go to a finding's subject there.
    OpenOption(Id, Option<(Scope, Subject)>),
    /// Remember which shared person the pointer is over (the cluster view highlights them).
    HoverPerson(Option<String>),
    Status(String),
    /// The text typed so far in the dialog that asks for a path (where there is no file dialog).
    TypePath(String),
    /// Something typed or chosen that is not yet part of the design.
    Draft(Draft),
    File(FileAction),
    Dialog(DialogAnswer),
}

impl Action {
    pub fn edit(command: Command) -> Self {
        Action::Edit {
            command,
            merge: None,
        }
    }

    pub fn edit_cluster(command: ClusterCommand) -> Self {
        Action::EditCluster {
            command,
            merge: None,
        }
    }
}

/// A keyboard shortcut: the keys, their text in menus, and the action.
pub struct Shortcut {
    pub modifiers: Modifiers,
    pub key: Key,
    pub text: &'static str,
    /// Only when no text field has the keyboard (Delete, Alt+arrows).
    pub outside_text: bool,
    pub action: fn() -> Action,
}

const fn shortcut(
    modifiers: Modifiers,
    key: Key,
    text: &'static str,
    action: fn() -> Action,
) -> Shortcut {
    Shortcut {
        modifiers,
        key,
        text,
        outside_text: false,
        action,
    }
}

const SHIFT_COMMAND: Modifiers = Modifiers {
    alt: false,
    ctrl: false,
    shift: true,
    mac_cmd: false,
    command: true,
};

/// Every shortcut, in one table: the window maps keys to actions with it, and the menus show
/// the same text. Shift variants come before their plain ones (a plain shortcut also matches
/// with Shift held).
pub const SHORTCUTS: [Shortcut; 16] = [
    shortcut(SHIFT_COMMAND, Key::S, "Ctrl+Shift+S", || {
        Action::File(FileAction::SaveAs)
    }),
    shortcut(Modifiers::COMMAND, Key::S, "Ctrl+S", || {
        Action::File(FileAction::Save)
    }),
    shortcut(SHIFT_COMMAND, Key::Z, "Ctrl+Shift+Z", || Action::Redo),
    shortcut(Modifiers::COMMAND, Key::Y, "Ctrl+Y", || Action::Redo),
    shortcut(Modifiers::COMMAND, Key::Z, "Ctrl+Z", || Action::Undo),
    shortcut(Modifiers::COMMAND, Key::N, "Ctrl+N", || {
        Action::File(FileAction::Request(PendingAction::New))
    }),
    shortcut(Modifiers::COMMAND, Key::O, "Ctrl+O", || {
        Action::File(FileAction::Request(PendingAction::Open(None)))
    }),
    Shortcut {
        outside_text: true,
        ..shortcut(Modifiers::NONE, Key::Delete, "Del", || {
            Action::DeleteSelection
        })
    },
    Shortcut {
        outside_text: true,
        ..shortcut(Modifiers::ALT, Key::ArrowLeft, "Alt+Left", || {
            Action::StepSeat(-1)
        })
    },
    Shortcut {
        outside_text: true,
        ..shortcut(Modifiers::ALT, Key::ArrowRight, "Alt+Right", || {
            Action::StepSeat(1)
        })
    },
    shortcut(Modifiers::SHIFT, Key::F8, "Shift+F8", || {
        Action::StepFinding(-1)
    }),
    shortcut(Modifiers::NONE, Key::F8, "F8", || Action::StepFinding(1)),
    shortcut(Modifiers::COMMAND, Key::Plus, "Ctrl +", || {
        Action::ZoomBoard(Some(1))
    }),
    // Where + shares a key with =, the unshifted key zooms in too.
    shortcut(Modifiers::COMMAND, Key::Equals, "Ctrl =", || {
        Action::ZoomBoard(Some(1))
    }),
    shortcut(Modifiers::COMMAND, Key::Minus, "Ctrl -", || {
        Action::ZoomBoard(Some(-1))
    }),
    shortcut(Modifiers::COMMAND, Key::Num0, "Ctrl 0", || {
        Action::ZoomBoard(None)
    }),
];

/// The text of the first shortcut for an action, for menus ("Ctrl+S"); nothing where the
/// browser keeps the key for itself.
pub fn shortcut_text(matches: impl Fn(&Action) -> bool) -> &'static str {
    SHORTCUTS
        .iter()
        .find(|s| matches(&(s.action)()))
        .map_or("", |s| crate::platform::key_label(s.text))
}
