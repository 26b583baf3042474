//! ICS Board Designer: design the board of an NHS Integrated Care Board, its committees, places
//! and partnership, and check the design against the national framework as you go.
//!
//! `model`, `rules` and `io` are plain Rust with no egui: the command line and the window share
//! them.

pub mod cli;
pub mod compare;
pub mod export;
pub mod fonts;
pub mod io;
pub mod model;
pub mod platform;
pub mod rules;
pub mod ui;
