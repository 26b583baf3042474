//! The year of a board (docs/rules.md section 7): fit and proper person assessments,
//! declarations, the year ahead and the chair's return; and the rules corrected in December 2026
//! (the responsible local authority, the deputy chair and senior non-executive in today's pack).
//! Each rule is shown at its edges: exactly 12 months, the day after, and no date.

use super::test_support::{complete, findings_in, seat_mut};
use super::year::{DueKind, fppt_return, year_ahead};
use super::{RuleId as R, RulePack, Severity, Subject};
use crate::model::{Design, FpptOutcome, Holder, IsoDate, PartnershipSector};

fn pack(id: &str) -> RulePack {
    RulePack::by_id(id).unwrap()
}

/// `complete()` judged on 1 April 2027, every voting holder in post since 2024 with an
/// assessment and a declaration of 2 April 2026: nothing is due.
fn board_in_post() -> Design {
    let mut d = complete();
    d.as_at = "2027-04-01".into();
    for seat in &mut d.board {
        if let Some(holder) = &mut seat.holder {
            holder.appointed = "2024-04-01".into();
            holder.fppt_assessed = "2026-04-02".into();
            holder.fppt_outcome = Some(FpptOutcome::Fit);
            holder.interests_declared = "2026-04-02".into();
        }
    }
    d
}

fn holder(d: &mut Design, seat: u32) -> &mut Holder {
    seat_mut(d, seat).holder.as_mut().unwrap()
}

fn today(d: &Design, rule: R) -> Vec<super::Finding> {
    findings_in(d, &pack("nhse2025"), rule)
}

#[test]
fn packs_hold_the_year_rules_from_nhse2025_on() {
    let (df, today, bill) = (pack("df2021"), pack("nhse2025"), pack("bill2026"));
    for rule in [
        R::PeopleFpptDue,
        R::PeopleFpptNotFit,
        R::PeopleDeclarationDue,
    ] {
        assert!(!df.setting(rule).enabled, "{rule} is off in df2021");
        assert!(today.setting(rule).enabled, "{rule} is on in nhse2025");
        assert!(bill.setting(rule).enabled, "{rule} is on in bill2026");
    }
    assert_eq!(today.setting(R::PeopleFpptNotFit).severity, Severity::Error);
    assert_eq!(today.setting(R::PeopleFpptDue).severity, Severity::Warning);
    for rule in [R::BoardDeputyChair, R::BoardSeniorNonExecutive] {
        assert_eq!(df.setting(rule).severity, Severity::Advice);
        assert_eq!(today.setting(rule).severity, Severity::Warning);
        assert_eq!(bill.setting(rule).severity, Severity::Warning);
    }
}

#[test]
fn an_assessment_falls_due_twelve_months_after_the_last() {
    let mut d = board_in_post();
    assert!(today(&d, R::PeopleFpptDue).is_empty());
    // Exactly 12 months before the date: due that day, not yet overdue.
    holder(&mut d, 2).fppt_assessed = "2026-04-01".into();
    assert!(today(&d, R::PeopleFpptDue).is_empty());
    // The day before that: overdue by a day.
    holder(&mut d, 2).fppt_assessed = "2026-03-31".into();
    let found = today(&d, R::PeopleFpptDue);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].subjects, vec![Subject::Seat(2)]);
    assert!(
        found[0].message.contains("due 31 Mar 2027"),
        "{}",
        found[0].message
    );
    // No date at all.
    holder(&mut d, 2).fppt_assessed = String::new();
    let found = today(&d, R::PeopleFpptDue);
    assert!(
        found[0].message.contains("none recorded"),
        "{}",
        found[0].message
    );
    // Off in df2021.
    assert!(findings_in(&d, &pack("df2021"), R::PeopleFpptDue).is_empty());
}

#[test]
fn a_pending_assessment_is_due_and_only_holders_in_post_count() {
    let mut d = board_in_post();
    holder(&mut d, 3).fppt_outcome = Some(FpptOutcome::Pending);
    let found = today(&d, R::PeopleFpptDue);
    assert_eq!(found[0].subjects, vec![Subject::Seat(3)]);
    assert!(found[0].message.contains("pending"));
    // A proposed holder (no appointed date) is not yet in post.
    holder(&mut d, 3).appointed = String::new();
    assert!(today(&d, R::PeopleFpptDue).is_empty());
    // Appointed the day after the date: not yet in post either; on the date itself: in post.
    holder(&mut d, 3).appointed = "2027-04-02".into();
    assert!(today(&d, R::PeopleFpptDue).is_empty());
    holder(&mut d, 3).appointed = "2027-04-01".into();
    assert_eq!(today(&d, R::PeopleFpptDue).len(), 1);
}

#[test]
fn a_holder_not_fit_is_an_error_in_post_or_proposed() {
    let mut d = board_in_post();
    assert!(today(&d, R::PeopleFpptNotFit).is_empty());
    let proposed = holder(&mut d, 4);
    proposed.fppt_outcome = Some(FpptOutcome::NotFit);
    proposed.appointed = String::new();
    let found = today(&d, R::PeopleFpptNotFit);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(found[0].subjects, vec![Subject::Seat(4)]);
    assert!(!super::validate(&d, &pack("nhse2025")).is_valid());
    assert!(findings_in(&d, &pack("df2021"), R::PeopleFpptNotFit).is_empty());
}

#[test]
fn a_declaration_falls_due_twelve_months_after_the_last() {
    let mut d = board_in_post();
    assert!(today(&d, R::PeopleDeclarationDue).is_empty());
    holder(&mut d, 5).interests_declared = "2026-04-01".into();
    assert!(today(&d, R::PeopleDeclarationDue).is_empty());
    holder(&mut d, 5).interests_declared = "2026-03-31".into();
    let found = today(&d, R::PeopleDeclarationDue);
    assert_eq!(found[0].subjects, vec![Subject::Seat(5)]);
    holder(&mut d, 5).interests_declared = String::new();
    let found = today(&d, R::PeopleDeclarationDue);
    assert!(
        found[0].message.contains("none recorded"),
        "{}",
        found[0].message
    );
    // An interest declared within the year is a declaration too.
    holder(&mut d, 5).interests.push(crate::model::Interest {
        organisation: "Meridian Health Ltd".into(),
        kind: crate::model::InterestKind::NonFinancialProfessional,
        description: String::new(),
        declared: "2026-06-01".into(),
    });
    assert!(today(&d, R::PeopleDeclarationDue).is_empty());
    assert!(findings_in(&d, &pack("df2021"), R::PeopleDeclarationDue).is_empty());
}

#[test]
fn the_partnership_needs_the_county_council_not_the_district() {
    let mut d = complete();
    let place = d.places.first_mut().unwrap();
    place.local_authority = "Eastvale District Council".into();
    let rule = R::PartnershipLocalAuthorities;
    let found = findings_in(&d, &pack("nhse2025"), rule);
    assert!(found[0].message.contains("Eastvale District Council"));
    d.places[0].county_council = "Westshire County Council".into();
    let found = findings_in(&d, &pack("nhse2025"), rule);
    assert!(found[0].message.contains("Westshire County Council"));
    assert!(
        !found[0].message.contains("Eastvale"),
        "{}",
        found[0].message
    );
    let partnership = d.partnership.as_mut().unwrap();
    partnership.members.push(super::test_support::member(
        PartnershipSector::LocalAuthority,
        "Leader",
        "Westshire County Council",
    ));
    assert!(findings_in(&d, &pack("nhse2025"), rule).is_empty());
    assert!(d.places[0].may_be_district());
}

#[test]
fn the_year_ahead_lists_what_falls_due_by_date() {
    let mut d = board_in_post();
    holder(&mut d, 1).term_ends = "2027-09-30".into();
    holder(&mut d, 2).fppt_assessed = String::new();
    holder(&mut d, 3).term_ends = "2028-06-30".into(); // beyond the year
    let as_at = IsoDate::parse("2027-04-01").unwrap();
    let items = year_ahead(&d, as_at);
    // Seat 2's assessment is overdue (none recorded) and comes first.
    let first = &items[0];
    assert_eq!(
        (first.kind, first.seat, first.due),
        (DueKind::Assessment, 2, None)
    );
    assert!(first.overdue);
    assert!(
        items
            .iter()
            .any(|i| i.kind == DueKind::TermEnds && i.seat == 1 && !i.overdue)
    );
    assert!(
        !items
            .iter()
            .any(|i| i.kind == DueKind::TermEnds && i.seat == 3)
    );
    // Every other voting holder's assessment and declaration fall due on 2 April 2027.
    let due = IsoDate::parse("2027-04-02");
    let renewals = items.iter().filter(|i| i.due == due).count();
    let voting = d.board.iter().filter(|s| s.role.is_voting()).count();
    assert_eq!(renewals, voting * 2 - 1);
    let dates: Vec<_> = items.iter().map(|i| i.due).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
}

#[test]
fn the_chairs_return_has_a_row_per_member_with_dates_and_outcomes() {
    let mut d = board_in_post();
    holder(&mut d, 2).fppt_outcome = None;
    holder(&mut d, 2).fppt_assessed = String::new();
    let rows = fppt_return(&d);
    let voting = d.board.iter().filter(|s| s.role.is_voting()).count();
    assert_eq!(rows.len(), voting);
    let chair = &rows[0];
    assert_eq!(
        (chair.appointed.as_str(), chair.last_assessment.as_str()),
        ("2024-04-01", "2026-04-02")
    );
    assert_eq!(
        (chair.outcome.as_str(), chair.next_due.as_str()),
        ("Fit", "2027-04-02")
    );
    let unassessed = rows.iter().find(|r| r.seat == 2).unwrap();
    assert_eq!(unassessed.outcome, "Not recorded");
    assert!(unassessed.next_due.starts_with("Now"));
}

#[test]
fn months_are_added_to_the_end_of_a_short_month() {
    let date = |text| IsoDate::parse(text).unwrap();
    assert_eq!(date("2027-03-31").add_months(11), date("2028-02-29"));
    assert_eq!(date("2026-04-01").add_months(12), date("2027-04-01"));
    assert_eq!(date("2027-01-31").add_months(-2), date("2026-11-30"));
}
