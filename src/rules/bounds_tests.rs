//! Validation's work and output grow with the design, never with members × text length
//! (issue 19): one finding per committee for its missing or executive members, names cut, and
//! every message bounded.

use super::test_support::complete;
use super::*;
use crate::model::{CommitteeKind, CommitteeMember, ExecutiveRole, Role, Seat};

#[test]
fn a_committee_of_many_executives_is_one_bounded_finding() {
    let mut design = complete();
    let long = "T".repeat(60_000);
    let first = design.next_seat_id();
    for i in 0..2_000 {
        let mut seat = Seat::new(
            first + i,
            Role::Executive(ExecutiveRole::Other("Director".into())),
        );
        seat.title = long.clone();
        design.board.push(seat);
    }
    let audit = design
        .committees
        .iter_mut()
        .find(|c| c.kind == CommitteeKind::Audit)
        .unwrap();
    audit.name = "A".repeat(60_000);
    audit
        .members
        .extend((first..first + 2_000).map(CommitteeMember::Seat));
    // And members that do not exist.
    audit
        .members
        .extend((900_000..903_000).map(CommitteeMember::Seat));
    let report = validate(&design, &RulePack::df2021());
    let of = |rule| report.findings.iter().filter(|f| f.rule == rule).count();
    assert_eq!(of(RuleId::CommitteeAuditNoExecutives), 1);
    assert_eq!(of(RuleId::CommitteeMemberExists), 1);
    let executives = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::CommitteeAuditNoExecutives)
        .unwrap();
    assert!(
        executives
            .message
            .starts_with("2000 executives are members of the")
    );
    assert!(executives.message.contains("and 1992 more"));
    for finding in &report.findings {
        assert!(
            finding.message.chars().count() <= MAX_MESSAGE_CHARS,
            "{}: {} characters",
            finding.rule,
            finding.message.chars().count()
        );
    }
}

#[test]
fn a_short_message_is_never_cut() {
    let report = validate(&complete(), &RulePack::df2021());
    assert!(report.findings.iter().all(|f| !f.message.ends_with('…')));
}
