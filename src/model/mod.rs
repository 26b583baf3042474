//! The design: what a board, its committees, places and partnership look like, and the one
//! [`Command`] door through which every edit passes. No egui here.

mod command;
mod design;
mod document;
pub mod generate;
mod overrides;

pub use command::{Command, CommandError};
pub use design::*;
pub use document::{Document, UNDO_LIMIT};
pub use overrides::{RuleOverride, RulePackFile, Severity};
