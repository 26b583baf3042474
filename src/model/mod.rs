//! The design: what a board, its committees, places and partnership look like, and the one
//! [`Command`] door through which every edit passes. No egui here.

mod cluster;
mod command;
mod design;
mod document;
pub mod generate;
pub mod merge;
mod overrides;
mod people;
pub mod transition;

pub use cluster::{BoundaryChange, Cluster, ClusterIcb, JointCommittee, JointMember, Merger};
pub use command::{Command, CommandError};
pub use design::*;
pub use document::{Document, UNDO_LIMIT};
pub use overrides::{RuleOverride, RulePackFile, Severity};
pub use people::{Interest, InterestKind, IsoDate, thousands};
