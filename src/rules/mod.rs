//! Validation: one pass over a design returns every finding, in a stable order. No egui here.
//!
//! The rules themselves are in `board`, `committees`, `places` and `partnership`; their ids,
//! severities, sources and thresholds are data in [`RulePack`].

mod board;
mod committees;
mod pack;
mod partnership;
mod places;

use std::fmt;

pub use board::BoardSummary;
pub use pack::{RuleId, RulePack, RuleSetting, Severity, Thresholds};

use crate::model::{Design, Id};

/// What a finding is about, so the UI can highlight it and `check` can name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Board,
    Seat(Id),
    Committee(Id),
    Place(Id),
    System,
    Partnership,
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Board => f.write_str("board"),
            Subject::Seat(id) => write!(f, "seat:{id}"),
            Subject::Committee(id) => write!(f, "committee:{id}"),
            Subject::Place(id) => write!(f, "place:{id}"),
            Subject::System => f.write_str("system"),
            Subject::Partnership => f.write_str("partnership"),
        }
    }
}

/// One thing the validator has to say about a design.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: RuleId,
    pub severity: Severity,
    pub message: String,
    pub subjects: Vec<Subject>,
}

impl Finding {
    /// The source to cite for the finding ("says who?").
    pub fn source(&self) -> &'static str {
        self.rule.source()
    }

    pub fn concerns(&self, subject: Subject) -> bool {
        self.subjects.contains(&subject)
    }
}

/// Findings of one design, with counts by severity.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// A design is valid when it has no errors.
    pub fn is_valid(&self) -> bool {
        self.count(Severity::Error) == 0
    }
}

/// Collects findings, applying the pack's enabled flags and severities.
pub(crate) struct Collector<'a> {
    pack: &'a RulePack,
    findings: Vec<Finding>,
}

impl Collector<'_> {
    pub(crate) fn thresholds(&self) -> &Thresholds {
        &self.pack.thresholds
    }

    /// Record a finding at the pack's severity for the rule.
    pub(crate) fn push(&mut self, rule: RuleId, message: String, subjects: Vec<Subject>) {
        let setting = self.pack.setting(rule);
        self.push_at(rule, setting.severity, message, subjects);
    }

    /// Record a finding of a milder sub-case of a rule (e.g. the finance advice of
    /// `committee.audit_chair`): never more severe than the pack's severity for the rule.
    pub(crate) fn push_milder(
        &mut self,
        rule: RuleId,
        severity: Severity,
        message: String,
        subjects: Vec<Subject>,
    ) {
        let setting = self.pack.setting(rule);
        self.push_at(rule, severity.max(setting.severity), message, subjects);
    }

    fn push_at(
        &mut self,
        rule: RuleId,
        severity: Severity,
        message: String,
        subjects: Vec<Subject>,
    ) {
        if self.pack.setting(rule).enabled {
            self.findings.push(Finding {
                rule,
                severity,
                message,
                subjects,
            });
        }
    }
}

/// Check a design against a rule pack: every finding, ordered by severity, then rule order,
/// then subject. Linear in the size of the design (apart from the final sort of findings).
pub fn validate(design: &Design, pack: &RulePack) -> Report {
    let mut collector = Collector {
        pack,
        findings: Vec::new(),
    };
    let summary = BoardSummary::of(design);
    board::check(design, &summary, &mut collector);
    committees::check(design, &mut collector);
    places::check(design, &summary, &mut collector);
    partnership::check(design, &mut collector);
    let mut findings = collector.findings;
    findings
        .sort_by(|a, b| (a.severity, a.rule, &a.subjects).cmp(&(b.severity, b.rule, &b.subjects)));
    Report { findings }
}

/// Join names as a person writes a list: "a", "a and b", "a, b and c".
pub(crate) fn join_names<S: AsRef<str>>(names: &[S]) -> String {
    match names {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let head: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", head.join(", "), last.as_ref())
        }
    }
}

/// "1 seat", "2 seats".
pub(crate) fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("{count} {one}")
    } else {
        format!("{count} {many}")
    }
}

#[cfg(test)]
pub(crate) mod test_support;

#[cfg(test)]
mod tests;
