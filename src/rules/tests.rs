//! For every rule of docs/rules.md: one design where it holds and one that triggers it.
//!
//! Each case starts from `complete()`, a design that meets every rule (apart from the few
//! advice/info rules that say something about most designs, whose `hold` edit is given).

use super::test_support::{
    case, complete, findings_of, full_place, in_footprint_post, member, remove_role, same, seat_mut,
};
use super::{RuleId as R, RulePack, Severity, Subject, validate};
use crate::model::{
    Collaborative, Command, CommitteeMember, Design, ExecutiveRole, Expertise, Holder,
    PartnerSector, PartnershipSector, PlaceModel, Role, Seat, Sector, Trust, TrustService,
};

#[test]
fn complete_design_is_valid() {
    let report = validate(&complete(), &RulePack::df2021());
    assert!(report.is_valid(), "{:#?}", report.findings);
    assert_eq!(report.count(Severity::Warning), 0, "{:#?}", report.findings);
}

#[test]
fn board_chair() {
    let f = case(R::BoardChair, same, |d| remove_role(d, &Role::Chair));
    assert_eq!(f[0].message, "The board needs a chair.");
    let f = case(R::BoardChair, same, |d| seat_mut(d, 2).role = Role::Chair);
    assert!(f[0].message.contains("2 chairs"));
    assert_eq!(f[0].subjects, vec![Subject::Seat(1), Subject::Seat(2)]);
}

#[test]
fn board_chair_independent() {
    let f = case(
        R::BoardChairIndependent,
        |d| {
            let mut posts = in_footprint_post();
            posts[0].in_footprint = false;
            seat_mut(d, 1).holder.as_mut().unwrap().other_posts = posts;
        },
        |d| seat_mut(d, 1).holder.as_mut().unwrap().other_posts = in_footprint_post(),
    );
    assert!(f[0].message.contains("North Hospitals NHS FT"));
}

#[test]
fn board_ned_min() {
    let f = case(R::BoardNedMin, same, |d| {
        d.apply(Command::RemoveSeat { id: 3 }).unwrap();
    });
    assert_eq!(
        f[0].message,
        "Non-executive members besides the chair: 1 of the 2 required."
    );
}

#[test]
fn board_ned_independent() {
    let f = case(R::BoardNedIndependent, same, |d| {
        seat_mut(d, 2).holder.as_mut().unwrap().other_posts = in_footprint_post();
    });
    assert_eq!(f[0].subjects, vec![Subject::Seat(2)]);
}

#[test]
fn board_chief_executive() {
    case(R::BoardChiefExecutive, same, |d| {
        remove_role(d, &Role::ChiefExecutive);
    });
    let f = case(R::BoardChiefExecutive, same, |d| {
        d.board.push(Seat::new(20, Role::ChiefExecutive));
    });
    assert!(f[0].message.contains("2 chief executives"));
}

#[test]
fn board_exec_finance_medical_nursing() {
    for (rule, role, text) in [
        (
            R::BoardExecFinance,
            ExecutiveRole::Finance,
            "director of finance",
        ),
        (
            R::BoardExecMedical,
            ExecutiveRole::Medical,
            "medical director",
        ),
        (
            R::BoardExecNursing,
            ExecutiveRole::Nursing,
            "director of nursing",
        ),
    ] {
        let f = case(rule, same, |d| {
            remove_role(d, &Role::Executive(role.clone()));
        });
        assert_eq!(f[0].message, format!("The board needs a {text}."));
    }
}

#[test]
fn board_exec_full_time() {
    let f = case(R::BoardExecFullTime, same, |d| {
        seat_mut(d, 5).holder.as_mut().unwrap().full_time = false;
    });
    assert_eq!(f[0].subjects, vec![Subject::Seat(5)]);
}

#[test]
fn board_partner_sectors() {
    for (rule, sector) in [
        (R::BoardPartnerTrusts, PartnerSector::Trusts),
        (R::BoardPartnerPrimaryCare, PartnerSector::PrimaryCare),
        (R::BoardPartnerLocalAuthority, PartnerSector::LocalAuthority),
    ] {
        case(rule, same, |d| {
            remove_role(d, &Role::PartnerMember(sector.clone()));
        });
    }
}

#[test]
fn board_partner_min() {
    let f = case(R::BoardPartnerMin, same, |d| {
        remove_role(d, &Role::PartnerMember(PartnerSector::LocalAuthority));
    });
    assert_eq!(f[0].message, "Partner members: 2 of the 3 required.");
}

#[test]
fn board_minimum_size() {
    let f = case(R::BoardMinimumSize, same, |d| {
        remove_role(d, &Role::Executive(ExecutiveRole::Nursing));
    });
    assert!(
        f[0].message
            .contains("executives 3 of 4 (missing: director of nursing)"),
        "{}",
        f[0].message
    );
    // An "other executive" counts towards the size, though not towards the named roles.
    let mut d = complete();
    remove_role(&mut d, &Role::Executive(ExecutiveRole::Nursing));
    d.board.push(Seat::new(
        30,
        Role::Executive(ExecutiveRole::Other("Director of People".into())),
    ));
    assert!(findings_of(&d, R::BoardMinimumSize).is_empty());
    assert!(!findings_of(&d, R::BoardExecNursing).is_empty());
}

#[test]
fn board_distinct_people() {
    let f = case(R::BoardDistinctPeople, same, |d| {
        seat_mut(d, 5).holder = Some(Holder::named("  person 4 "));
    });
    assert_eq!(f[0].subjects, vec![Subject::Seat(4), Subject::Seat(5)]);
    // The second seat no longer counts: finance is missing.
    let mut d = complete();
    seat_mut(&mut d, 5).holder = Some(Holder::named("Person 4"));
    assert!(!findings_of(&d, R::BoardExecFinance).is_empty());
    // A participant seat held by the same person is allowed.
    let mut d = complete();
    let mut p = Seat::new(40, Role::Participant("Director of Public Health".into()));
    p.holder = Some(Holder::named("Person 4"));
    d.board.push(p);
    assert!(findings_of(&d, R::BoardDistinctPeople).is_empty());
}

#[test]
fn board_partner_not_delegate() {
    let f = case(
        R::BoardPartnerNotDelegate,
        |d| {
            d.board
                .retain(|s| !matches!(s.role, Role::PartnerMember(_)));
        },
        same,
    );
    assert_eq!(f[0].severity, Severity::Info);
    assert_eq!(f[0].subjects.len(), 4);
}

#[test]
fn board_mental_health_expertise() {
    case(R::BoardMentalHealthExpertise, same, |d| {
        seat_mut(d, 3).expertise.clear();
    });
    // A participant's expertise does not count: only voting members.
    let mut d = complete();
    seat_mut(&mut d, 3).expertise.clear();
    let mut p = Seat::new(50, Role::Participant("Adviser".into()));
    p.expertise = vec![Expertise::MentalHealth];
    d.board.push(p);
    assert!(!findings_of(&d, R::BoardMentalHealthExpertise).is_empty());
    // Nor the chair's or the chief executive's: the Act asks for an ordinary member.
    for leader in [1, 4] {
        let f = case(R::BoardMentalHealthExpertise, same, |d| {
            seat_mut(d, 3).expertise.clear();
            seat_mut(d, leader).expertise = vec![Expertise::MentalHealth];
        });
        assert!(f[0].message.contains("ordinary member"), "{}", f[0].message);
        assert_eq!(f[0].severity, Severity::Error);
    }
    // A partner member is an ordinary member.
    let mut d = complete();
    seat_mut(&mut d, 3).expertise.clear();
    seat_mut(&mut d, 8).expertise = vec![Expertise::MentalHealth];
    assert!(findings_of(&d, R::BoardMentalHealthExpertise).is_empty());
}

#[test]
fn board_public_health() {
    case(
        R::BoardPublicHealth,
        |d| {
            seat_mut(d, 10).expertise.clear();
            let mut p = Seat::new(60, Role::Participant("Director of Public Health".into()));
            p.expertise = vec![Expertise::PublicHealth];
            d.board.push(p);
        },
        |d| seat_mut(d, 10).expertise.clear(),
    );
}

#[test]
fn board_ned_majority() {
    let f = case(
        R::BoardNedMajority,
        |d| {
            for id in 70..79 {
                d.board.push(Seat::new(id, Role::NonExecutive));
            }
        },
        same,
    );
    assert_eq!(
        f[0].message,
        "3 of 11 voting members are non-executive; NHS Providers recommends a non-executive majority."
    );
}

#[test]
fn board_nhs_la_parity() {
    let f = case(R::BoardNhsLaParity, same, |d| {
        d.apply(Command::RemoveSeat { id: 11 }).unwrap();
    });
    assert!(f[0].message.contains(": 2;") && f[0].message.contains(": 1;"));
    // "Other" partners sit on neither side.
    let f = case(R::BoardNhsLaParity, same, |d| {
        d.board.push(Seat::new(
            40,
            Role::PartnerMember(PartnerSector::Other("Mental health trusts".into())),
        ));
        d.board.push(Seat::new(
            41,
            Role::PartnerMember(PartnerSector::Other("Hospices".into())),
        ));
        d.apply(Command::RemoveSeat { id: 11 }).unwrap();
    });
    assert!(f[0].message.contains("other: 2."), "{}", f[0].message);
}

#[test]
fn board_deputy_chair() {
    case(R::BoardDeputyChair, same, |d| {
        seat_mut(d, 3).deputy_chair = false;
    });
    case(R::BoardDeputyChair, same, |d| {
        seat_mut(d, 4).deputy_chair = true;
    });
    let f = case(R::BoardDeputyChair, same, |d| {
        seat_mut(d, 3).deputy_chair = false;
        seat_mut(d, 2).deputy_chair = true;
    });
    assert!(f[0].message.contains("also chairs the Audit Committee"));
}

#[test]
fn board_vacancy() {
    let f = case(R::BoardVacancy, same, |d| seat_mut(d, 6).holder = None);
    assert_eq!(f[0].message, "Medical director (seat 6) has no holder yet.");
    case(R::BoardVacancy, same, |d| {
        seat_mut(d, 6).holder = Some(Holder::named("   "));
    });
}

#[test]
fn board_participants_not_counted() {
    let f = case(R::BoardParticipantsNotCounted, same, |d| {
        let mut p = Seat::new(80, Role::Participant("Healthwatch".into()));
        p.holder = Some(Holder::named("Healthwatch lead"));
        d.board.push(p);
    });
    assert!(f[0].message.contains("1 participant is (Healthwatch)"));
}

#[test]
fn committee_required() {
    case(R::CommitteeAuditRequired, same, |d| {
        d.apply(Command::RemoveCommittee { id: 1 }).unwrap();
    });
    case(R::CommitteeRemunerationRequired, same, |d| {
        d.apply(Command::RemoveCommittee { id: 2 }).unwrap();
    });
}

#[test]
fn committee_audit_chair() {
    case(R::CommitteeAuditChair, same, |d| {
        d.committees[0].chair = None;
    });
    case(R::CommitteeAuditChair, same, |d| {
        d.committees[0].chair = Some(1);
    });
    case(R::CommitteeAuditChair, same, |d| {
        d.committees[0].chair = Some(4);
    });
    case(R::CommitteeAuditChair, same, |d| {
        seat_mut(d, 2).holder.as_mut().unwrap().other_posts = in_footprint_post();
    });
    let f = case(R::CommitteeAuditChair, same, |d| {
        seat_mut(d, 2).expertise.clear();
    });
    assert_eq!(f[0].severity, Severity::Advice);
}

#[test]
fn committee_audit_no_executives() {
    let f = case(R::CommitteeAuditNoExecutives, same, |d| {
        d.committees[0].members.push(CommitteeMember::Seat(5));
    });
    assert_eq!(f[0].subjects, vec![Subject::Committee(1), Subject::Seat(5)]);
}

#[test]
fn committee_remuneration_chair() {
    case(R::CommitteeRemunerationChair, same, |d| {
        d.committees[1].chair = None;
    });
    case(R::CommitteeRemunerationChair, same, |d| {
        d.committees[1].chair = Some(1);
    });
    let f = case(R::CommitteeRemunerationChair, same, |d| {
        d.committees[1].chair = Some(2);
    });
    assert!(f[0].message.contains("audit committee chair"));
}

#[test]
fn committee_remuneration_no_employees() {
    case(R::CommitteeRemunerationNoEmployees, same, |d| {
        d.committees[1].members.push(CommitteeMember::Seat(4));
    });
}

#[test]
fn committee_member_exists() {
    case(R::CommitteeMemberExists, same, |d| {
        d.committees[0].members.push(CommitteeMember::Seat(99));
    });
    case(R::CommitteeMemberExists, same, |d| {
        d.committees[1].chair = Some(98);
    });
    // Removing a seat through the command door never leaves a dangling reference.
    let mut d = complete();
    d.apply(Command::RemoveSeat { id: 2 }).unwrap();
    assert!(findings_of(&d, R::CommitteeMemberExists).is_empty());
}

#[test]
fn committee_quorum() {
    let f = case(R::CommitteeQuorum, same, |d| {
        d.committees[0].members.truncate(2);
    });
    assert!(f[0].message.contains("has 2 members"));
}

#[test]
fn place_model_requirements() {
    case(R::PlaceModelRequirements, same, |d| {
        d.places[0].delegated_budget = Some(1_000);
    });
    case(R::PlaceModelRequirements, same, |d| {
        d.places[0].delegated_functions = "Commissioning".into();
    });
    for (model, field) in [
        (PlaceModel::IcbCommittee, "delegated functions"),
        (
            PlaceModel::JointCommittee {
                partners: vec![" ".into()],
            },
            "statutory partner",
        ),
        (
            PlaceModel::LeadDirector {
                director: String::new(),
            },
            "ICB director",
        ),
        (
            PlaceModel::LeadProvider {
                provider: "North Hospitals".into(),
                contract: String::new(),
            },
            "contract",
        ),
    ] {
        let f = case(R::PlaceModelRequirements, same, |d| {
            d.places[0].model = model.clone();
        });
        assert!(f[0].message.contains(field), "{}", f[0].message);
    }
    // Each model holds when its needs are met.
    for model in [
        PlaceModel::JointCommittee {
            partners: vec!["North Borough Council".into()],
        },
        PlaceModel::LeadDirector {
            director: "Director of Place".into(),
        },
        PlaceModel::LeadProvider {
            provider: "North Hospitals".into(),
            contract: "C-1 (2023-28)".into(),
        },
    ] {
        let mut d = complete();
        d.places[0].model = model;
        assert!(findings_of(&d, R::PlaceModelRequirements).is_empty());
    }
    let mut d = complete();
    d.places[0].model = PlaceModel::IcbCommittee;
    d.places[0].delegated_functions = "Community services".into();
    d.places[0].delegated_budget = Some(5_000_000);
    assert!(findings_of(&d, R::PlaceModelRequirements).is_empty());
}

#[test]
fn place_accountability() {
    let f = case(R::PlaceAccountability, same, |d| {
        d.places[0].model = PlaceModel::JointCommittee {
            partners: vec!["North Borough Council".into()],
        };
    });
    assert_eq!(f[0].severity, Severity::Info);
    assert_eq!(f[0].subjects, vec![Subject::Place(1)]);
}

#[test]
fn place_membership_rules() {
    for (rule, sectors) in [
        (R::PlaceMemberPrimaryCare, vec![Sector::PrimaryCare]),
        (
            R::PlaceMemberLocalAuthority,
            vec![Sector::LocalAuthority, Sector::ElectedMember],
        ),
        (R::PlaceMemberPublicHealth, vec![Sector::PublicHealth]),
        (R::PlaceMemberProviders, vec![Sector::MentalHealthProvider]),
        (
            R::PlaceMemberCommunity,
            vec![Sector::Healthwatch, Sector::Vcse],
        ),
        (R::PlaceMemberExtended, vec![Sector::ElectedMember]),
    ] {
        let f = case(rule, same, |d| {
            d.places[0].members.retain(|m| !sectors.contains(&m.sector));
        });
        assert_eq!(f[0].subjects, vec![Subject::Place(1)]);
    }
    let f = case(R::PlaceMemberProviders, same, |d| {
        d.places[0].members.retain(|m| {
            !matches!(
                m.sector,
                Sector::AcuteProvider | Sector::MentalHealthProvider
            )
        });
    });
    assert!(
        f[0].message.contains("acute and mental health"),
        "{}",
        f[0].message
    );
}

#[test]
fn place_unique_names() {
    let f = case(R::PlaceUniqueNames, same, |d| {
        d.places.push(full_place(
            2,
            " north borough",
            PlaceModel::ConsultativeForum,
        ));
    });
    assert_eq!(f[0].subjects, vec![Subject::Place(1), Subject::Place(2)]);
}

#[test]
fn system_rules() {
    case(R::SystemPlacesDefined, same, |d| d.places.clear());
    let f = case(R::SystemPrimaryCareAllLevels, same, |d| {
        d.places[0]
            .members
            .retain(|m| m.sector != Sector::PrimaryCare);
    });
    assert!(f[0].message.contains("North Borough"));
    case(R::SystemPrimaryCareAllLevels, same, |d| {
        remove_role(d, &Role::PartnerMember(PartnerSector::PrimaryCare));
    });
    case(R::SystemVcseAgreement, same, |d| {
        d.system_level.vcse_agreement = false;
    });
    let trust = Trust {
        name: "North Hospitals NHS FT".into(),
        services: vec![TrustService::Acute],
    };
    let f = case(
        R::SystemProviderCollaboratives,
        |d| {
            d.system_level.trusts.push(trust.clone());
            d.system_level.provider_collaboratives.push(Collaborative {
                name: "Acute collaborative".into(),
                members: vec!["north hospitals nhs ft".into()],
            });
        },
        |d| d.system_level.trusts.push(trust.clone()),
    );
    assert!(f[0].message.starts_with("North Hospitals NHS FT"));
}

#[test]
fn partnership_rules() {
    let remove = |sector: PartnershipSector| {
        move |d: &mut Design| {
            d.partnership
                .as_mut()
                .unwrap()
                .members
                .retain(|m| m.sector != sector);
        }
    };
    case(
        R::PartnershipIcbMember,
        same,
        remove(PartnershipSector::Icb),
    );
    let f = case(
        R::PartnershipLocalAuthorities,
        same,
        remove(PartnershipSector::LocalAuthority),
    );
    assert!(f[0].message.contains("North Borough Council"));
    case(R::PartnershipChair, same, |d| {
        d.partnership.as_mut().unwrap().chair_jointly_selected = false;
    });
    let f = case(R::PartnershipChair, same, |d| {
        d.partnership.as_mut().unwrap().chair_shared_with_icb = true;
    });
    assert_eq!(f[0].severity, Severity::Info);
    case(
        R::PartnershipCommunity,
        same,
        remove(PartnershipSector::Healthwatch),
    );
    let f = case(R::PartnershipParity, same, |d| {
        let p = d.partnership.as_mut().unwrap();
        p.members.push(member(
            PartnershipSector::AcuteProvider,
            "North Hospitals",
            "",
        ));
    });
    assert!(f[0].message.contains("NHS: 2; from local government: 1"));
    case(R::PartnershipStrategy, |d| d.partnership = None, same);
}

#[test]
fn findings_are_ordered_by_severity_rule_subject() {
    let mut d = Design::default();
    d.board.push(Seat::new(2, Role::NonExecutive));
    d.board.push(Seat::new(1, Role::NonExecutive));
    let report = validate(&d, &RulePack::df2021());
    let keys: Vec<_> = report
        .findings
        .iter()
        .map(|f| (f.severity, f.rule, f.subjects.clone()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    let vacancies: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule == R::BoardVacancy)
        .map(|f| f.subjects.clone())
        .collect();
    assert_eq!(
        vacancies,
        vec![vec![Subject::Seat(1)], vec![Subject::Seat(2)]]
    );
}

#[test]
fn pack_can_disable_a_rule_and_change_its_severity() {
    let mut d = complete();
    remove_role(&mut d, &Role::Executive(ExecutiveRole::Nursing));
    let mut pack = RulePack::df2021();
    pack.set(
        R::BoardExecNursing,
        super::RuleSetting {
            enabled: false,
            severity: Severity::Error,
        },
    );
    assert!(
        validate(&d, &pack)
            .findings
            .iter()
            .all(|f| f.rule != R::BoardExecNursing)
    );
    pack.set(
        R::BoardExecNursing,
        super::RuleSetting {
            enabled: true,
            severity: Severity::Warning,
        },
    );
    let report = validate(&d, &pack);
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == R::BoardExecNursing)
        .unwrap();
    assert_eq!(f.severity, Severity::Warning);
    pack.thresholds.ned_min = 3;
    assert!(
        validate(&complete(), &pack)
            .findings
            .iter()
            .any(|f| f.rule == R::BoardNedMin)
    );
}
