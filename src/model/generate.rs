//! Generated designs for benchmarks and tests: a realistic board and a stress design.

use super::{
    Committee, CommitteeKind, CommitteeMember, Design, ExecutiveRole, Expertise, Holder,
    PartnerSector, Place, PlaceMember, PlaceModel, PlaceModelKind, Role, Seat, Sector,
};

/// The roles of a realistic 22-seat board, in board order.
fn role_for(index: usize) -> Role {
    const PATTERN: usize = 22;
    match index % PATTERN {
        0 if index < PATTERN => Role::Chair,
        5 => Role::ChiefExecutive,
        6 => Role::Executive(ExecutiveRole::Finance),
        7 => Role::Executive(ExecutiveRole::Medical),
        8 => Role::Executive(ExecutiveRole::Nursing),
        9 => Role::Executive(ExecutiveRole::Other("Director of People".into())),
        10 => Role::Executive(ExecutiveRole::Other("Director of Strategy".into())),
        11 | 12 => Role::PartnerMember(PartnerSector::Trusts),
        13 => Role::PartnerMember(PartnerSector::PrimaryCare),
        14 | 15 => Role::PartnerMember(PartnerSector::LocalAuthority),
        16 => Role::PartnerMember(PartnerSector::Other("Mental health trusts".into())),
        17 => Role::Participant("Director of Public Health".into()),
        18 => Role::Participant("Healthwatch".into()),
        19 => Role::Participant("VCSE Alliance".into()),
        // 1 to 4, 20, 21, and the first seat of every later block of 22.
        _ => Role::NonExecutive,
    }
}

/// A design with `seats` seats, `places` places and `committees` committees, every field in use.
pub fn generated_design(seats: usize, places: usize, committees: usize) -> Design {
    let mut design = Design {
        name: format!("Generated design: {seats} seats"),
        system: "Generated Integrated Care System".into(),
        ..Design::default()
    };
    for i in 0..seats {
        let id = i as u32 + 1;
        let mut seat = Seat::new(id, role_for(i));
        if i % 7 != 3 {
            seat.holder = Some(Holder {
                organisation: format!("Organisation {}", i % 13),
                ..Holder::named(&format!("Person {id}"))
            });
        }
        seat.expertise = match i % 5 {
            0 => vec![Expertise::Finance],
            1 => vec![Expertise::MentalHealth, Expertise::LivedExperience],
            2 => vec![Expertise::PublicHealth],
            3 => vec![Expertise::Clinical],
            _ => Vec::new(),
        };
        seat.deputy_chair = i == 2;
        design.board.push(seat);
    }
    let seat_count = design.board.len() as u32;
    for c in 0..committees {
        let id = c as u32 + 1;
        let kind = match c {
            0 => CommitteeKind::Audit,
            1 => CommitteeKind::Remuneration,
            _ => CommitteeKind::Other,
        };
        let members: Vec<CommitteeMember> = (0..12)
            .map(|k| CommitteeMember::Seat((id * 7 + k * 3) % seat_count.max(1) + 1))
            .chain(std::iter::once(CommitteeMember::External(format!(
                "Independent member {id}"
            ))))
            .collect();
        design.committees.push(Committee {
            id,
            name: format!("Committee {id}"),
            kind,
            chair: Some(2 + id % 3),
            members,
        });
    }
    for p in 0..places {
        let id = p as u32 + 1;
        let kind = PlaceModelKind::ALL[p % PlaceModelKind::ALL.len()];
        let model = match kind {
            PlaceModelKind::JointCommittee => PlaceModel::JointCommittee {
                partners: vec![format!("Council {id}")],
            },
            PlaceModelKind::LeadDirector => PlaceModel::LeadDirector {
                director: format!("Director of Place {id}"),
            },
            PlaceModelKind::LeadProvider => PlaceModel::LeadProvider {
                provider: format!("Trust {id}"),
                contract: format!("C-{id}"),
            },
            other => other.empty_model(),
        };
        let mut place = Place::new(id, &format!("Place {id}"), model);
        place.local_authority = format!("Council {id}");
        if kind != PlaceModelKind::ConsultativeForum {
            place.delegated_functions = "Community services".into();
            place.delegated_budget = Some(u64::from(id) * 1_000_000);
        }
        place.members = Sector::NAMED
            .iter()
            .take(6 + p % 6)
            .map(|s| PlaceMember {
                sector: s.clone(),
                name: s.name(),
                organisation: format!("Council {id}"),
            })
            .collect();
        design.places.push(place);
    }
    design
}

/// About the size of a real ICB design: 22 seats, 6 places, 2 committees.
pub fn realistic_design() -> Design {
    generated_design(22, 6, 2)
}

/// The stress design of the performance budgets: 1,000 seats, 100 places, 50 committees.
pub fn stress_design() -> Design {
    generated_design(1_000, 100, 50)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        io,
        rules::{RulePack, validate},
    };

    #[test]
    fn realistic_design_is_valid_and_stress_design_round_trips() {
        let report = validate(&realistic_design(), &RulePack::df2021());
        assert!(report.is_valid(), "{:#?}", report.findings);
        let stress = stress_design();
        assert_eq!(stress.board.len(), 1_000);
        assert_eq!(stress.places.len(), 100);
        assert_eq!(stress.committees.len(), 50);
        let text = io::to_ron_string(&stress);
        assert_eq!(io::load_str(&text).unwrap(), stress);
    }
}
