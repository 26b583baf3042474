//! Generated designs for benchmarks and tests: a realistic board and a stress design.

use super::{
    Cluster, ClusterIcb, Committee, CommitteeKind, CommitteeMember, Design, ExecutiveRole,
    Expertise, Holder, Interest, InterestKind, JointCommittee, JointMember, PartnerSector, Place,
    PlaceMember, PlaceModel, PlaceModelKind, Role, Seat, Sector,
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
        // Fixed, so that what the design shows never depends on the day it is made.
        as_at: "2026-11-01".into(),
        ..Design::default()
    };
    for i in 0..seats {
        let id = i as u32 + 1;
        let mut seat = Seat::new(id, role_for(i));
        if i % 7 != 3 {
            let mut holder = Holder {
                organisation: format!("Organisation {}", i % 13),
                ..Holder::named(&format!("Person {id}"))
            };
            // Terms staggered over three years, and a declared interest now and then, so the
            // people rules have their real work to do.
            holder.appointed = "2024-04-01".into();
            holder.term_ends = format!("{}-03-31", 2027 + i % 3);
            if i % 9 == 4 {
                holder.interests.push(Interest {
                    organisation: format!("Organisation {}", i % 13),
                    kind: InterestKind::Financial,
                    description: "Shareholding".into(),
                    declared: "2025-05-12".into(),
                });
            }
            seat.holder = Some(holder);
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

/// A cluster of `icbs` generated designs of `seats` seats each: the chair and the chief
/// executive are shared, everyone else and every local authority belongs to one ICB, and one
/// joint committee draws a non-executive from each ICB.
pub fn generated_cluster(icbs: usize, seats: usize) -> Cluster {
    let mut cluster = Cluster {
        name: format!("Generated cluster: {icbs} ICBs of {seats} seats"),
        ..Cluster::default()
    };
    for i in 0..icbs {
        let id = i as u32 + 1;
        let mut design = generated_design(seats, (seats / 4).max(1), 2);
        design.name = format!("NHS Generated ICB {id}");
        for seat in &mut design.board {
            if !matches!(seat.role, Role::Chair | Role::ChiefExecutive)
                && let Some(holder) = seat.holder.as_mut()
            {
                holder.name = format!("ICB {id} {}", holder.name);
            }
        }
        for place in &mut design.places {
            place.name = format!("ICB {id} {}", place.name);
            place.local_authority = format!("ICB {id} {}", place.local_authority);
        }
        cluster.icbs.push(ClusterIcb {
            id,
            short_name: format!("G{id}"),
            population: Some(400_000),
            design,
        });
    }
    cluster.joint_committees.push(JointCommittee {
        id: 1,
        name: "Joint Committee".into(),
        delegated_functions: "Commissioning".into(),
        chair: Some(JointMember::Member { icb: 1, seat: 2 }),
        members: cluster
            .icbs
            .iter()
            .map(|icb| JointMember::Member {
                icb: icb.id,
                seat: 2,
            })
            .collect(),
    });
    cluster
}

/// About the size of a real cluster: 3 ICBs of 25 seats, with their successor proposed.
pub fn realistic_cluster() -> Cluster {
    super::merge::with_successor(&generated_cluster(3, 25))
}

/// The text of a cluster file built to amplify (issue 30): two ICBs whose short names are 60,000
/// characters, each with `seats` seats held by the same person. `check` and every export of it
/// must stay in proportion to its size (the hardening tests and the `hostile_cluster` bench).
pub fn amplifying_cluster_text(seats: usize) -> String {
    use std::fmt::Write as _;
    let mut text = String::from("Cluster(format_version: 1, name: \"Amplified\", icbs: [\n");
    for icb in 1..=2 {
        let short = format!("{icb}{}", "S".repeat(60_000));
        let _ = write!(
            text,
            "ClusterIcb(id: {icb}, short_name: \"{short}\", design: Design(format_version: 1, name: \"ICB {icb}\", board: ["
        );
        for id in 1..=seats {
            let role = if id % 2 == 0 {
                "NonExecutive"
            } else {
                "ChiefExecutive"
            };
            let _ = write!(
                text,
                "Seat(id: {id}, role: {role}, holder: Some(Holder(name: \"Ann\"))),"
            );
        }
        text.push_str("])),\n");
    }
    text.push_str("])\n");
    text
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
