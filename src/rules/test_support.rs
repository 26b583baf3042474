//! Small builders for rule tests.

use super::{Finding, RuleId as R, RulePack, validate};
use crate::model::{
    Command, Committee, CommitteeKind, CommitteeMember, Design, ExecutiveRole, Expertise, Holder,
    OtherPost, PartnerSector, Partnership, PartnershipMember, PartnershipSector, Place,
    PlaceMember, PlaceModel, Role, Seat, Sector,
};

/// A design that meets every board and committee minimum and most expectations.
pub fn valid_board() -> Design {
    let mut d = Design::default();
    let roles = [
        Role::Chair,
        Role::NonExecutive,
        Role::NonExecutive,
        Role::ChiefExecutive,
        Role::Executive(ExecutiveRole::Finance),
        Role::Executive(ExecutiveRole::Medical),
        Role::Executive(ExecutiveRole::Nursing),
        Role::PartnerMember(PartnerSector::Trusts),
        Role::PartnerMember(PartnerSector::PrimaryCare),
        Role::PartnerMember(PartnerSector::LocalAuthority),
    ];
    for (i, role) in roles.into_iter().enumerate() {
        let id = i as u32 + 1;
        let mut seat = Seat::new(id, role);
        seat.holder = Some(Holder::named(&format!("Person {id}")));
        d.board.push(seat);
    }
    d.board[1].expertise = vec![Expertise::Finance];
    d.board[2].expertise = vec![Expertise::MentalHealth];
    d.board[2].deputy_chair = true;
    d.board[9].expertise = vec![Expertise::PublicHealth];
    d.committees.push(Committee {
        id: 1,
        name: "Audit Committee".into(),
        kind: CommitteeKind::Audit,
        chair: Some(2),
        members: vec![
            CommitteeMember::Seat(2),
            CommitteeMember::Seat(3),
            CommitteeMember::External("Independent member".into()),
        ],
    });
    d.committees.push(Committee {
        id: 2,
        name: "Remuneration Committee".into(),
        kind: CommitteeKind::Remuneration,
        chair: Some(3),
        members: vec![
            CommitteeMember::Seat(3),
            CommitteeMember::Seat(1),
            CommitteeMember::Seat(2),
        ],
    });
    d
}

/// A place whose membership covers every sector the rules look for.
pub fn full_place(id: u32, name: &str, model: PlaceModel) -> Place {
    let mut place = Place::new(id, name, model);
    place.members = Sector::NAMED
        .iter()
        .map(|s| PlaceMember {
            sector: s.clone(),
            name: s.name(),
            organisation: String::new(),
        })
        .collect();
    place
}

pub fn complete() -> Design {
    let mut d = valid_board();
    // Fixed, so that no test depends on the day it runs.
    d.as_at = "2026-11-01".into();
    // Parity on the board: two NHS partners, two local authority partners.
    let mut la = Seat::new(11, Role::PartnerMember(PartnerSector::LocalAuthority));
    la.holder = Some(Holder::named("Person 11"));
    d.board.push(la);
    let mut place = full_place(1, "North Borough", PlaceModel::ConsultativeForum);
    place.local_authority = "North Borough Council".into();
    d.places.push(place);
    d.system_level.vcse_agreement = true;
    d.partnership = Some(Partnership {
        name: "Test ICP".into(),
        chair: "Chair".into(),
        chair_jointly_selected: true,
        chair_shared_with_icb: false,
        members: vec![
            member(PartnershipSector::Icb, "Test ICB", ""),
            member(
                PartnershipSector::LocalAuthority,
                "Leader",
                "North Borough Council",
            ),
            member(PartnershipSector::Healthwatch, "Healthwatch North", ""),
        ],
    });
    d
}

pub fn member(sector: PartnershipSector, name: &str, organisation: &str) -> PartnershipMember {
    PartnershipMember {
        sector,
        name: name.into(),
        organisation: organisation.into(),
    }
}

pub fn findings_of(design: &Design, rule: R) -> Vec<Finding> {
    findings_in(design, &RulePack::df2021(), rule)
}

/// The findings of one rule under a given pack.
pub fn findings_in(design: &Design, pack: &RulePack, rule: R) -> Vec<Finding> {
    validate(design, pack)
        .findings
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect()
}

pub fn remove_role(d: &mut Design, role: &Role) {
    let ids: Vec<u32> = d
        .board
        .iter()
        .filter(|s| &s.role == role)
        .map(|s| s.id)
        .collect();
    for id in ids {
        d.apply(Command::RemoveSeat { id }).unwrap();
    }
}

pub fn seat_mut(d: &mut Design, id: u32) -> &mut Seat {
    d.board.iter_mut().find(|s| s.id == id).unwrap()
}

pub fn in_footprint_post() -> Vec<OtherPost> {
    vec![OtherPost {
        organisation: "North Hospitals NHS FT".into(),
        post: "Governor".into(),
        in_footprint: true,
        private_healthcare: false,
    }]
}

/// Asserts the rule is silent after `hold` and speaks after `fire`; returns the findings fired.
pub fn case(rule: R, hold: impl Fn(&mut Design), fire: impl Fn(&mut Design)) -> Vec<Finding> {
    let mut holding = complete();
    hold(&mut holding);
    assert!(
        findings_of(&holding, rule).is_empty(),
        "{rule} should hold: {:?}",
        findings_of(&holding, rule)
    );
    let mut firing = complete();
    fire(&mut firing);
    let found = findings_of(&firing, rule);
    assert!(!found.is_empty(), "{rule} should fire");
    for f in &found {
        assert!(!f.subjects.is_empty(), "{rule} names no subject");
        assert!(!f.message.is_empty());
    }
    found
}

pub fn same(_: &mut Design) {}
