//! A design being compared with the open one (File > Compare with...).

use std::path::PathBuf;

use crate::{
    compare::{DesignDiff, compare},
    model::Design,
    rules::{RulePack, Severity, validate},
};

/// The other design, its errors and the differences from the open design.
pub struct Comparison {
    pub path: PathBuf,
    pub other: Design,
    /// Errors of the other design against its own rules (it does not change while shown).
    pub other_errors: usize,
    pub diff: DesignDiff,
}

impl Comparison {
    /// Compare `open` (before) with `other` (after).
    pub fn new(open: &Design, other: Design, path: PathBuf) -> Self {
        let diff = compare(open, &other);
        Self {
            path,
            other_errors: validate(&other, &RulePack::for_design(&other)).count(Severity::Error),
            other,
            diff,
        }
    }

    /// Recompute the differences after the open design changed.
    pub fn refresh(&mut self, open: &Design) {
        self.diff = compare(open, &self.other);
    }
}
