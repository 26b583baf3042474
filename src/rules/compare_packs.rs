//! One design under two packs, side by side (docs/rules.md "Compare packs"): the findings that
//! appear, disappear or change severity, so a team sees what the bill would change.

use super::{Finding, Report, RuleId, RulePack, Scope, Severity, Subject, validate_at};
use crate::model::{Design, IsoDate};

/// A finding that differs between the two packs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackChange {
    /// Only under the second pack.
    Appears(Finding),
    /// Only under the first pack.
    Disappears(Finding),
    /// Under both, at another severity: (first, second).
    Severity(Finding, Severity),
}

/// The two reports and what changes from the first to the second.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackComparison {
    pub first: Report,
    pub second: Report,
    pub changes: Vec<PackChange>,
}

impl PackComparison {
    /// "valid under df2021, 2 errors under bill2026".
    pub fn verdicts(&self, first: &RulePack, second: &RulePack) -> String {
        let verdict = |report: &Report, pack: &RulePack| match report.count(Severity::Error) {
            0 => format!("valid under {}", pack.id),
            n => format!("{} under {}", Severity::Error.count_phrase(n), pack.id),
        };
        format!(
            "{}, {}",
            verdict(&self.first, first),
            verdict(&self.second, second)
        )
    }
}

/// What pairs a finding under one pack with the same finding under another.
fn key(f: &Finding) -> (RuleId, Scope, &[Subject]) {
    (f.rule, f.scope, f.subjects.as_slice())
}

/// Validate `design` under both packs on one date and pair the findings by rule and subjects.
pub fn compare_packs(
    design: &Design,
    first: &RulePack,
    second: &RulePack,
    as_at: IsoDate,
) -> PackComparison {
    let under_first = validate_at(design, first, as_at);
    let under_second = validate_at(design, second, as_at);
    // Pair on rule and subjects (a message may differ between packs, e.g. the bill's policy
    // note): both sides sorted by that key, then walked together once.
    let mut left: Vec<&Finding> = under_first.findings.iter().collect();
    let mut right: Vec<&Finding> = under_second.findings.iter().collect();
    left.sort_by(|was, now| key(was).cmp(&key(now)));
    right.sort_by(|was, now| key(was).cmp(&key(now)));
    let mut changes = Vec::new();
    let (mut lefts, mut rights) = (left.iter().peekable(), right.iter().peekable());
    loop {
        match (lefts.peek(), rights.peek()) {
            (Some(was), Some(now)) => match key(was).cmp(&key(now)) {
                std::cmp::Ordering::Less => {
                    changes.push(PackChange::Disappears((**was).clone()));
                    lefts.next();
                }
                std::cmp::Ordering::Greater => {
                    changes.push(PackChange::Appears((**now).clone()));
                    rights.next();
                }
                std::cmp::Ordering::Equal => {
                    if was.severity != now.severity {
                        changes.push(PackChange::Severity((**was).clone(), now.severity));
                    }
                    lefts.next();
                    rights.next();
                }
            },
            (Some(was), None) => {
                changes.push(PackChange::Disappears((**was).clone()));
                lefts.next();
            }
            (None, Some(now)) => {
                changes.push(PackChange::Appears((**now).clone()));
                rights.next();
            }
            (None, None) => break,
        }
    }
    PackComparison {
        first: under_first,
        second: under_second,
        changes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::complete;

    #[test]
    fn the_bill_adds_an_error_where_a_mayoral_authority_has_no_nominee() {
        let mut d = complete();
        d.system_level.strategic_authorities = vec!["North Combined Authority".into()];
        let (df, bill) = (RulePack::df2021(), RulePack::by_id("bill2026").unwrap());
        let date = IsoDate::parse("2026-11-01").unwrap();
        let c = compare_packs(&d, &df, &bill, date);
        assert_eq!(
            c.verdicts(&df, &bill),
            "valid under df2021, 1 error under bill2026"
        );
        assert!(c.changes.iter().any(|ch| matches!(ch,
            PackChange::Appears(f) if f.rule == RuleId::BoardPartnerStrategicAuthority)));
        // Without a local-authority partner: an error in 2021, advice under the bill.
        d.board.retain(|s| {
            s.role != crate::model::Role::PartnerMember(crate::model::PartnerSector::LocalAuthority)
        });
        let c = compare_packs(&d, &df, &bill, date);
        assert!(c.changes.iter().any(|ch| matches!(ch,
            PackChange::Severity(f, Severity::Advice)
                if f.rule == RuleId::BoardPartnerLocalAuthority && f.severity == Severity::Error)));
        // The same pack twice changes nothing.
        assert!(compare_packs(&d, &df, &df, date).changes.is_empty());
    }
}
