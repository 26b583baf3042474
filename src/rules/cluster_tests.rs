//! Section 6 of docs/rules.md: each cluster rule holding and firing, and the successor proposal.

use super::cluster::{ClusterCheck, validate_cluster};
use super::test_support::{complete, seat_mut};
use super::{Finding, RuleId as R, Severity, Subject};
use crate::model::{
    BoundaryChange, Cluster, ClusterIcb, Design, Holder, JointCommittee, JointMember, Merger, Role,
    merge::propose_successor, transition::Outcome, transition::Transition,
};

fn icb(id: u32, short: &str, name: &str, la: &str) -> ClusterIcb {
    let mut design = complete();
    design.name = name.into();
    design.places[0].name = format!("{short} Borough");
    design.places[0].local_authority = la.into();
    if let Some(p) = design.partnership.as_mut() {
        for m in &mut p.members {
            if m.sector == crate::model::PartnershipSector::LocalAuthority {
                m.organisation = la.into();
            }
        }
    }
    // People of their own, but for the chair and chief executive, whom the cluster shares.
    for seat in &mut design.board {
        if !matches!(seat.role, Role::Chair | Role::ChiefExecutive)
            && let Some(h) = seat.holder.as_mut()
        {
            h.name = format!("{short} {}", h.name);
        }
    }
    ClusterIcb {
        id,
        short_name: short.into(),
        population: Some(700_000),
        design,
    }
}

/// Two ICBs sharing a chair and a chief executive, with a joint committee: every cluster rule
/// holds (info aside).
fn cluster() -> Cluster {
    Cluster {
        name: "North Vale and Southdown cluster".into(),
        icbs: vec![
            icb(1, "NV", "NHS North Vale ICB", "North Vale Council"),
            icb(2, "SD", "NHS Southdown ICB", "Southdown Council"),
        ],
        joint_committees: vec![JointCommittee {
            id: 1,
            name: "Joint Commissioning Committee".into(),
            delegated_functions: "Acute commissioning".into(),
            chair: Some(JointMember::Member { icb: 1, seat: 2 }),
            members: vec![
                JointMember::Member { icb: 1, seat: 2 },
                JointMember::Member { icb: 2, seat: 3 },
                JointMember::External("Independent adviser".into()),
            ],
        }],
        ..Cluster::default()
    }
}

fn findings(c: &Cluster, rule: R) -> Vec<Finding> {
    validate_cluster(c, &ClusterCheck::default())
        .findings
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect()
}

/// The rule is silent on `cluster()` after `hold` and speaks after `fire`.
fn cluster_case(rule: R, hold: impl Fn(&mut Cluster), fire: impl Fn(&mut Cluster)) -> Vec<Finding> {
    let mut holding = cluster();
    hold(&mut holding);
    assert!(
        findings(&holding, rule).is_empty(),
        "{rule} should hold: {:?}",
        findings(&holding, rule)
    );
    let mut firing = cluster();
    fire(&mut firing);
    let found = findings(&firing, rule);
    assert!(!found.is_empty(), "{rule} should fire");
    found
}

fn none(_: &mut Cluster) {}

#[test]
fn a_good_cluster_is_valid_and_its_icbs_are_checked_with_prefixes() {
    let report = validate_cluster(&cluster(), &ClusterCheck::default());
    assert!(report.is_valid(), "{:#?}", report.findings);
    // A shared person is not a distinct_people finding.
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.rule != R::BoardDistinctPeople)
    );
    let mut c = cluster();
    c.icbs[1].design.board.retain(|s| s.role != Role::Chair);
    let report = validate_cluster(&c, &ClusterCheck::default());
    let chair = report
        .findings
        .iter()
        .find(|f| f.rule == R::BoardChair)
        .unwrap();
    assert_eq!(chair.subject_labels(), vec!["icb:2/board"]);
    let vacancy = Finding {
        subjects: vec![Subject::Seat(5)],
        scope: super::Scope::Successor,
        ..chair.clone()
    };
    assert_eq!(vacancy.subject_labels(), vec!["successor/seat:5"]);
}

#[test]
fn cluster_members() {
    cluster_case(R::ClusterMembers, none, |c| {
        c.icbs.pop();
    });
    let f = cluster_case(R::ClusterMembers, none, |c| {
        c.icbs[1].short_name = "nv".into();
    });
    assert!(f[0].message.contains("short name"));
    cluster_case(R::ClusterMembers, none, |c| {
        c.icbs[1].design.name = c.icbs[0].design.name.clone();
    });
}

#[test]
fn cluster_shared_posts_and_role_conflict() {
    let f = findings(&cluster(), R::ClusterSharedPosts);
    assert_eq!(f.len(), 2, "the chair and the chief executive");
    assert!(
        f.iter()
            .any(|f| f.message == "Person 1: chair of NV and chair of SD."),
        "{f:?}"
    );
    assert_eq!(f[0].severity, Severity::Info);
    assert_eq!(f[0].subjects.len(), 2);
    // The NV chair is also a partner member of SD; the SD finance director chairs NV.
    let f = cluster_case(R::ClusterSharedRoleConflict, none, |c| {
        seat_mut(&mut c.icbs[1].design, 8).holder = Some(Holder::named("Person 1"));
    });
    assert!(f[0].message.contains("partner member"));
    let f = cluster_case(R::ClusterSharedRoleConflict, none, |c| {
        seat_mut(&mut c.icbs[0].design, 2).holder = Some(Holder::named("SD Person 5"));
    });
    assert!(f[0].message.contains("an executive"));
}

#[test]
fn cluster_local_authority_one_icb() {
    let f = cluster_case(R::ClusterLocalAuthorityOneIcb, none, |c| {
        c.icbs[1].design.places[0].local_authority = "north vale council ".into();
    });
    assert!(f[0].message.contains("NV and SD"));
    assert_eq!(
        f[0].subjects,
        vec![Subject::IcbPlace(1, 1), Subject::IcbPlace(2, 1)]
    );
}

#[test]
fn cluster_population() {
    let f = cluster_case(R::ClusterPopulation, none, |c| {
        c.icbs[0].population = Some(200_000);
    });
    assert!(f[0].message.contains("900,000"));
    assert_eq!(f[0].severity, Severity::Advice);
    let f = cluster_case(R::ClusterPopulation, none, |c| {
        c.icbs[1].population = None;
    });
    assert_eq!(f[0].severity, Severity::Info);
    assert!(f[0].message.contains("SD"));
}

#[test]
fn cluster_joint_committee_rules() {
    cluster_case(R::ClusterJointCommitteeMembers, none, |c| {
        c.joint_committees[0].members.remove(1);
    });
    let f = cluster_case(R::ClusterJointCommitteeMembers, none, |c| {
        c.joint_committees[0]
            .members
            .push(JointMember::Member { icb: 3, seat: 1 });
    });
    assert!(f[0].message.contains("ICB 3 seat 1"));
    cluster_case(R::ClusterJointCommitteeChair, none, |c| {
        c.joint_committees[0].chair = Some(JointMember::Member { icb: 2, seat: 1 });
    });
    cluster_case(R::ClusterJointCommitteeChair, none, |c| {
        c.joint_committees[0].chair = None;
    });
    let f = cluster_case(R::ClusterJointCommitteeFunctions, none, |c| {
        c.joint_committees[0].delegated_functions = " ".into();
    });
    assert_eq!(f[0].subjects, vec![Subject::JointCommittee(1)]);
}

fn merged() -> Cluster {
    let mut c = cluster();
    c.merger = Some(Merger {
        successor_name: "NHS North Vale and Southdown ICB".into(),
        effective: "2027-04-01".into(),
        boundary_changes: Vec::new(),
        successor: None,
    });
    let successor = propose_successor(&c);
    if let Some(m) = c.merger.as_mut() {
        m.successor = Some(successor);
    }
    c
}

#[test]
fn merger_successor() {
    let f = findings(&cluster(), R::MergerSuccessor);
    assert!(f[0].message.contains("no successor"));
    let f = findings(&merged(), R::MergerSuccessor);
    assert_eq!(
        f[0].message,
        "The successor is NHS North Vale and Southdown ICB, from 1 Apr 2027."
    );
}

#[test]
fn merger_local_authorities_and_places() {
    let drop_place = |c: &mut Cluster| {
        c.merger
            .as_mut()
            .unwrap()
            .successor
            .as_mut()
            .unwrap()
            .places
            .remove(1);
    };
    let hold = |c: &mut Cluster| *c = merged();
    let f = cluster_case(R::MergerLocalAuthorities, hold, |c| {
        *c = merged();
        drop_place(c);
    });
    assert!(f[0].message.contains("Southdown Council"));
    // Listed as moving to another ICB: neither left out nor dropped.
    let mut c = merged();
    drop_place(&mut c);
    c.merger
        .as_mut()
        .unwrap()
        .boundary_changes
        .push(BoundaryChange {
            local_authority: "Southdown Council".into(),
            to: "NHS Lakeland ICB".into(),
        });
    assert!(findings(&c, R::MergerLocalAuthorities).is_empty());
    assert!(findings(&c, R::MergerPlaces).is_empty());
    // A place renamed in the successor is dropped, unless its formed_from names it.
    let rename = |c: &mut Cluster| {
        c.merger
            .as_mut()
            .unwrap()
            .successor
            .as_mut()
            .unwrap()
            .places[1] = {
            let mut p = c.successor().unwrap().places[1].clone();
            p.name = "Southdown and Coast".into();
            p.formed_from.clear();
            p
        };
    };
    let f = cluster_case(R::MergerPlaces, hold, |c| {
        *c = merged();
        rename(c);
    });
    assert!(f[0].message.contains("SD Borough (SD)"), "{}", f[0].message);
    let mut c = merged();
    rename(&mut c);
    let successor = c.merger.as_mut().unwrap().successor.as_mut().unwrap();
    successor.places[1].formed_from.push("SD Borough".into());
    assert!(findings(&c, R::MergerPlaces).is_empty());
}

#[test]
fn merger_transition() {
    let f = findings(&merged(), R::MergerTransition);
    assert!(
        f[0].message
            .starts_with("Posts that continue: 16; change role: 0; end: 6;"),
        "{}",
        f[0].message
    );
    let mut c = merged();
    let successor = c.merger.as_mut().unwrap().successor.as_mut().unwrap();
    successor
        .board
        .retain(|s| s.holder_name() != Some("SD Person 2"));
    successor.board.push({
        let mut s = crate::model::Seat::new(99, Role::NonExecutive);
        s.holder = Some(Holder::named("Dr New"));
        s
    });
    let t = Transition::of(&c).unwrap();
    assert_eq!(t.count(Outcome::Ends), 7);
    assert_eq!(t.new_posts.len(), 1);
    // The rule's counts are the full transition's.
    let counts = crate::model::transition::TransitionCounts::of(&c).unwrap();
    for outcome in Outcome::ALL {
        assert_eq!(counts.count(outcome), t.count(outcome), "{outcome:?}");
    }
    assert_eq!(counts.new_posts, t.new_posts.len());
    assert_eq!(counts.vacancies, t.vacancies);
    let f = findings(&c, R::MergerTransition);
    assert!(f[0].message.contains("end: 7;") && f[0].message.contains("new: 1."));
}

#[test]
fn proposing_a_successor_follows_rules_md() {
    let c = merged();
    let s = c.successor().unwrap();
    assert_eq!(s.rule_pack, "nhse2025");
    assert_eq!(s.as_at, "2027-04-01");
    let of = |role: &Role| s.board.iter().filter(|x| &x.role == role).count();
    // One shared chair and chief executive; the finance directors differ: one vacant seat.
    assert_eq!(of(&Role::Chair), 1);
    assert_eq!(of(&Role::ChiefExecutive), 1);
    let finance = s
        .board
        .iter()
        .find(|x| x.role == Role::Executive(crate::model::ExecutiveRole::Finance))
        .unwrap();
    assert!(finance.holder.is_none());
    assert!(finance.notes.contains("NV: NV Person 5") && finance.notes.contains("SD: SD Person 5"));
    // NEDs: the union, one seat a person.
    assert_eq!(of(&Role::NonExecutive), 4);
    // Every place, renumbered, formed_from set.
    assert_eq!(s.places.len(), 2);
    assert_eq!(s.places[1].id, 2);
    assert_eq!(s.places[1].formed_from, vec!["SD Borough".to_owned()]);
    // One audit and one remuneration committee, members mapped to successor seats.
    assert_eq!(s.committees.len(), 2);
    for m in &s.committees[0].members {
        if let crate::model::CommitteeMember::Seat(id) = m {
            assert!(s.seat(*id).is_some());
        }
    }
}

#[test]
fn two_identical_icbs_propose_the_original_board() {
    let original: Design = complete();
    let mut c = Cluster {
        icbs: vec![
            ClusterIcb {
                id: 1,
                short_name: "A".into(),
                population: None,
                design: original.clone(),
            },
            ClusterIcb {
                id: 2,
                short_name: "B".into(),
                population: None,
                design: original.clone(),
            },
        ],
        ..Cluster::default()
    };
    c.merger = None;
    let s = propose_successor(&c);
    let people = |d: &Design| {
        let mut v: Vec<(String, Option<String>)> = d
            .board
            .iter()
            .map(|x| (x.role.name(), x.holder_name().map(str::to_owned)))
            .collect();
        v.sort();
        v
    };
    assert_eq!(people(&s), people(&original));
    assert_eq!(s.places.len(), original.places.len());
}

#[test]
fn a_large_cluster_checked_on_two_threads_gives_each_designs_own_findings_in_one_order() {
    use super::{Scope, as_at_date, validate_at};
    // Large enough to be shared between two threads.
    let c = crate::model::generate::generated_cluster(4, 400);
    let how = ClusterCheck::default();
    let report = validate_cluster(&c, &how);
    for _ in 0..4 {
        assert_eq!(validate_cluster(&c, &how), report, "the same every time");
    }
    for icb in &c.icbs {
        let alone = validate_at(
            &icb.design,
            &how.pack_for(&icb.design),
            as_at_date(&icb.design),
        );
        let theirs: Vec<Finding> = report
            .findings
            .iter()
            .filter(|f| f.scope == Scope::Icb(icb.id))
            .map(|f| Finding {
                scope: Scope::Design,
                ..f.clone()
            })
            .collect();
        assert_eq!(theirs, alone.findings, "ICB {}", icb.id);
    }
}
