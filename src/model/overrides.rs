//! Local changes to the rule pack, saved in the design file (optional field `rule_overrides`):
//! a system tunes the rules to the constitution it adopted, with a reason for each change.

use serde::{Deserialize, Serialize};

/// How serious a finding is. The order is the order findings are listed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Severity {
    Error,
    Warning,
    Advice,
    Info,
}

impl Severity {
    pub const ALL: [Severity; 4] = [
        Severity::Error,
        Severity::Warning,
        Severity::Advice,
        Severity::Info,
    ];

    /// The lower-case word used in `check` output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Advice => "advice",
            Severity::Info => "info",
        }
    }

    /// "1 error", "3 warnings", "2 advice", "4 info".
    pub fn count_phrase(self, count: usize) -> String {
        let word = match (self, count == 1) {
            (Severity::Error, true) => "error",
            (Severity::Error, false) => "errors",
            (Severity::Warning, true) => "warning",
            (Severity::Warning, false) => "warnings",
            (Severity::Advice, _) => "advice",
            (Severity::Info, _) => "info",
        };
        format!("{count} {word}")
    }
}

fn default_true() -> bool {
    true
}

/// One local change to a rule: switch it off, change its severity or its threshold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleOverride {
    /// The rule id of docs/rules.md, e.g. `board.ned_min`.
    pub rule: String,
    #[serde(default = "default_true")]
    pub enabled: bool,
    #[serde(default)]
    pub severity: Option<Severity>,
    /// For `board.ned_min` (NEDs besides the chair), `board.partner_min`, `board.minimum_size`
    /// (executives) and `committee.quorum` (members).
    #[serde(default)]
    pub threshold: Option<u32>,
    /// Why the system changed the rule (shown in every export).
    #[serde(default)]
    pub reason: String,
}

impl RuleOverride {
    /// A change that only records the rule, ready to be edited.
    pub fn for_rule(rule: &str) -> Self {
        Self {
            rule: rule.to_owned(),
            enabled: true,
            severity: None,
            threshold: None,
            reason: String::new(),
        }
    }
}

/// A rule pack file for `check --rules FILE`: a name and the changes it makes to DF2021.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePackFile {
    pub name: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub overrides: Vec<RuleOverride>,
}
