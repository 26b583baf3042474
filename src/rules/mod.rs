//! Validation: one pass over a design returns every finding, in a stable order. No egui here.
//!
//! The rules themselves are in `board`, `committees`, `places` and `partnership`; their ids,
//! severities, sources and thresholds are data in [`RulePack`].

mod appointments;
pub mod appraisal;
mod board;
pub mod cluster;
mod cluster_people;
mod committees;
pub mod compare_packs;
mod merger;
mod pack;
mod packs;
mod partnership;
mod people;
mod places;
pub mod reference;
mod summary;
pub mod year;

use std::fmt;

pub use pack::{Basis, RuleId, Severity};
pub use packs::{RulePack, RuleSetting, Thresholds};
pub use people::{Conflict, as_at_date, conflicts, rule_for_skill};
pub use summary::BoardSummary;

use std::borrow::Cow;

use crate::model::{Design, Id, IsoDate};

/// What a finding is about, so the UI can highlight it and `check` can name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Board,
    Seat(Id),
    Committee(Id),
    Place(Id),
    System,
    Partnership,
    /// The cluster as a whole (cluster files).
    Cluster,
    JointCommittee(Id),
    Merger,
    /// A seat of one ICB of a cluster, named from outside that ICB (cluster rules).
    IcbSeat(Id, Id),
    /// A place of one ICB of a cluster.
    IcbPlace(Id, Id),
    /// One ICB of a cluster as a whole.
    Icb(Id),
    /// An options appraisal as a whole (appraisal files).
    Appraisal,
    /// One option of an appraisal.
    AppraisalOption(Id),
    /// One criterion of an appraisal.
    Criterion(Id),
}

/// Where in a cluster file a finding's subjects are: the design itself, one ICB, or the successor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Scope {
    #[default]
    Design,
    Icb(Id),
    Successor,
}

impl Scope {
    /// "icb:2/", "successor/", or nothing for a single design.
    pub fn prefix(self) -> String {
        match self {
            Scope::Design => String::new(),
            Scope::Icb(id) => format!("icb:{id}/"),
            Scope::Successor => "successor/".to_owned(),
        }
    }
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
            Subject::Cluster => f.write_str("cluster"),
            Subject::JointCommittee(id) => write!(f, "joint_committee:{id}"),
            Subject::Merger => f.write_str("merger"),
            Subject::IcbSeat(icb, seat) => write!(f, "icb:{icb}/seat:{seat}"),
            Subject::IcbPlace(icb, place) => write!(f, "icb:{icb}/place:{place}"),
            Subject::Icb(icb) => write!(f, "icb:{icb}/board"),
            Subject::Appraisal => f.write_str("appraisal"),
            Subject::AppraisalOption(id) => write!(f, "option:{id}"),
            Subject::Criterion(id) => write!(f, "criterion:{id}"),
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
    /// Where the subjects are, in a cluster file.
    pub scope: Scope,
}

impl Finding {
    /// The source to cite for the finding ("says who?").
    pub fn source(&self) -> &'static str {
        self.rule.source()
    }

    /// What the finding rests on: law, bill, policy or advice.
    pub fn basis(&self) -> Basis {
        self.rule.basis()
    }

    /// "law: NHSA2006 Sch 1B para 8", as the findings panel and exports cite it.
    pub fn citation(&self) -> String {
        format!("{}: {}", self.basis().as_str(), self.source())
    }

    /// The subjects as `check` names them, prefixed in a cluster file (`icb:2/seat:5`).
    pub fn subject_labels(&self) -> Vec<String> {
        let prefix = self.scope.prefix();
        self.subjects
            .iter()
            .map(|s| match s {
                Subject::Cluster
                | Subject::JointCommittee(_)
                | Subject::Merger
                | Subject::IcbSeat(..)
                | Subject::IcbPlace(..)
                | Subject::Icb(_)
                | Subject::Appraisal
                | Subject::AppraisalOption(_)
                | Subject::Criterion(_) => s.to_string(),
                _ => format!("{prefix}{s}"),
            })
            .collect()
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

    pub(crate) fn pack(&self) -> &RulePack {
        self.pack
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
            let mut message = bounded(message);
            if let Some(note) = self
                .pack
                .policy_note
                .filter(|_| rule.basis() == Basis::Policy)
            {
                message.reserve_exact(note.len() + 1);
                message.push(' ');
                message.push_str(note);
            }
            self.findings.push(Finding {
                rule,
                severity,
                message,
                subjects,
                scope: Scope::Design,
            });
        }
    }
}

/// The longest message a finding carries: enough for any real one; a hostile file's names
/// cannot make a message (and every export of it) grow without bound.
pub const MAX_MESSAGE_CHARS: usize = 1_500;

/// The message, cut at [`MAX_MESSAGE_CHARS`] with an ellipsis when longer.
fn bounded(message: String) -> String {
    if message.len() <= MAX_MESSAGE_CHARS {
        message
    } else {
        crate::model::cut(&message, MAX_MESSAGE_CHARS)
    }
}

/// Check a design against a rule pack: every finding, ordered by severity, then rule order,
/// then subject. Linear in the size of the design (apart from the final sort of findings).
///
/// The design is judged as it stands on its `as_at` date (today when empty): a holder whose term
/// has ended by then has left, and the seat is vacant (docs/rules.md section 7).
pub fn validate(design: &Design, pack: &RulePack) -> Report {
    validate_at(design, pack, as_at_date(design))
}

/// [`validate`] on a given date, whatever the design's `as_at` says.
pub fn validate_at(design: &Design, pack: &RulePack, as_at: IsoDate) -> Report {
    let mut collector = Collector {
        pack,
        findings: Vec::new(),
    };
    let someone_left = people::check_terms(design, as_at, &mut collector);
    let on_date = if someone_left {
        on_date(design, as_at)
    } else {
        Cow::Borrowed(design)
    };
    let design = on_date.as_ref();
    let summary = BoardSummary::of(design);
    board::check(design, &summary, &mut collector);
    appointments::check(design, &summary, &mut collector);
    committees::check(design, &mut collector);
    places::check(design, &summary, &mut collector);
    partnership::check(design, &mut collector);
    people::check(design, as_at, &mut collector);
    year::check(design, as_at, &mut collector);
    let mut findings = collector.findings;
    sort_findings(&mut findings);
    Report { findings }
}

/// Severity, then rule order, then where, then subject: the one order findings are listed in.
pub(crate) fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.severity, a.rule, a.scope, &a.subjects).cmp(&(b.severity, b.rule, b.scope, &b.subjects))
    });
}

/// The design as it stands on a date: holders whose term has ended have left. Borrowed (no
/// copy) when nobody has left.
pub fn on_date(design: &Design, as_at: IsoDate) -> Cow<'_, Design> {
    if !design.board.iter().any(|s| people::term_ended(s, as_at)) {
        return Cow::Borrowed(design);
    }
    let mut design = design.clone();
    for seat in &mut design.board {
        if people::term_ended(seat, as_at) {
            seat.holder = None;
        }
    }
    Cow::Owned(design)
}

/// What is missing from community representation (docs/rules.md `place.member_community`,
/// `partnership.community`), or `None` when it is there. Under the Health Bill, Healthwatch is
/// to be abolished and no longer counts.
pub(crate) fn community_gap(healthwatch: bool, vcse: bool, pack: &RulePack) -> Option<String> {
    if vcse || (healthwatch && pack.healthwatch_is_community) {
        return None;
    }
    Some(match (healthwatch, pack.healthwatch_is_community) {
        (_, true) => "no Healthwatch or VCSE member represents people and communities".to_owned(),
        (true, false) => "only Healthwatch represents people and communities, and the bill abolishes Healthwatch: add a VCSE member or the ICB's own engagement arrangements".to_owned(),
        (false, false) => "no VCSE member represents people and communities (Healthwatch is to be abolished under the bill): add a VCSE member or the ICB's own engagement arrangements".to_owned(),
    })
}

/// Join names as a person writes a list: "a", "a and b", "a, b and c".
pub(crate) fn join_names<S: AsRef<str>>(names: &[S]) -> String {
    let length: usize = names.iter().map(|n| n.as_ref().len() + 2).sum();
    let mut text = String::with_capacity(length + 4);
    let last = names.len().saturating_sub(1);
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            text.push_str(if i == last { " and " } else { ", " });
        }
        text.push_str(name.as_ref());
    }
    text
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

#[cfg(test)]
mod tests_2026;

#[cfg(test)]
mod cluster_tests;

#[cfg(test)]
mod bounds_tests;

#[cfg(test)]
mod year_tests;
