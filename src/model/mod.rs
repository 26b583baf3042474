//! The design: what a board, its committees, places and partnership look like, and the one
//! [`Command`] door through which every edit passes. No egui here.

mod appraisal;
mod appraisal_edit;
mod appraisal_lists;
mod board;
mod cluster;
mod cluster_edit;
mod command;
mod committees;
mod defaults;
mod design;
mod document;
mod edit;
pub mod generate;
pub mod import;
mod lookup;
pub mod merge;
pub mod names;
mod overrides;
mod paper;
mod partnership;
mod people;
mod places;
mod system;
pub mod text;
pub mod transition;

pub use appraisal::{
    Appraisal, AppraisalOption, Costs, Criterion, MAX_SCORE, Measure, OptionSource, RoleCost, Score,
};
pub use appraisal_edit::{AppraisalCommand, MAX_WEIGHT};
pub use board::*;
pub use cluster::{BoundaryChange, Cluster, ClusterIcb, JointCommittee, JointMember, Merger};
pub use cluster_edit::ClusterCommand;
pub use command::{Command, CommandError};
pub use committees::*;
pub use design::*;
pub use document::{Document, Editable, MergeKey, Part, UNDO_LIMIT};
pub use overrides::{RuleOverride, RulePackFile, Severity};
pub use paper::{Paper, PaperPurpose};
pub use partnership::*;
pub use people::{Declaration, FpptOutcome, Interest, InterestKind, IsoDate, declarations};
pub use places::*;
pub use system::*;
pub use text::{cut, thousands};
