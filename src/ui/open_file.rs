//! What the workspace holds open (a design, a cluster or an appraisal), the appraisal that
//! waits behind an option opened from it, and how a file action says why it did not happen.

use std::path::PathBuf;

use super::{appraisal_space::AppraisalSpace, cluster_space::ClusterSpace};
use crate::{
    io,
    model::{Document, Id},
};

/// Why a file action did not happen: a title and a message in words. The session shows it
/// (as a dialog, in the window); the workspace itself knows nothing of how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub title: String,
    pub message: String,
}

impl Refusal {
    pub fn new(title: &str, message: impl Into<String>) -> Self {
        Self {
            title: title.to_owned(),
            message: message.into(),
        }
    }
}

/// What happened, in words for the status line, or why not.
pub type Outcome = Result<String, Refusal>;

/// The open file: one design, a cluster whose focused part the designer shows, or an options
/// appraisal.
pub enum Open {
    Design(Document),
    Cluster(Box<ClusterSpace>),
    Appraisal(Box<AppraisalSpace>),
}

/// An appraisal waiting while one of its options is open: the appraisal's own file state,
/// put back as it was when the person goes back to it.
pub struct Behind {
    pub open: Open,
    pub path: Option<PathBuf>,
    pub disk: Option<io::Fingerprint>,
    pub kept_over: Option<io::Fingerprint>,
    pub path_unconfirmed: bool,
    pub autosave_key: String,
    /// The option open in front.
    pub option: Id,
    /// Whether the option is in a file of its own (else inline, and its edits go back into
    /// the appraisal as one undoable step).
    pub in_file: bool,
    /// The option's state when opened, to tell whether it changed.
    pub opened_serial: u64,
}

impl Behind {
    pub fn space(&self) -> Option<&AppraisalSpace> {
        match &self.open {
            Open::Appraisal(space) => Some(space),
            _ => None,
        }
    }

    pub fn space_mut(&mut self) -> Option<&mut AppraisalSpace> {
        match &mut self.open {
            Open::Appraisal(space) => Some(space),
            _ => None,
        }
    }
}
