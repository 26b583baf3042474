//! One design under two packs, side by side (RULES.md "Compare packs"): the findings that
//! appear, disappear or change severity, so a team sees what the bill would change.

use std::collections::HashMap;

use super::{Finding, Report, RuleId, RulePack, Severity, Subject, validate_at};
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

/// Validate `design` under both packs on one date and pair the findings by rule and subjects.
pub fn compare_packs(
    design: &Design,
    first: &RulePack,
    second: &RulePack,
    as_at: IsoDate,
) -> PackComparison {
    let a = validate_at(design, first, as_at);
    let b = validate_at(design, second, as_at);
    // A message may differ between packs (the bill's policy note): pair on rule and subjects,
    // and on the message only when a rule speaks more than once about the same subjects.
    let key = |f: &Finding| (f.rule, f.subjects.clone());
    let mut under_b: HashMap<(RuleId, Vec<Subject>), Vec<&Finding>> = HashMap::new();
    for f in &b.findings {
        under_b.entry(key(f)).or_default().push(f);
    }
    let mut changes = Vec::new();
    for f in &a.findings {
        match under_b
            .get_mut(&key(f))
            .and_then(|v| (!v.is_empty()).then(|| v.remove(0)))
        {
            None => changes.push(PackChange::Disappears(f.clone())),
            Some(other) if other.severity != f.severity => {
                changes.push(PackChange::Severity(f.clone(), other.severity));
            }
            Some(_) => {}
        }
    }
    for f in &b.findings {
        if under_b
            .get(&key(f))
            .is_some_and(|v| v.iter().any(|x| std::ptr::eq(*x, f)))
        {
            changes.push(PackChange::Appears(f.clone()));
        }
    }
    PackComparison {
        first: a,
        second: b,
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
