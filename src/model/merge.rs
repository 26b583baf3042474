//! Proposing the successor of a merger, deterministically, as docs/rules.md section 6 says: one chair,
//! one chief executive and one of each named executive (the shared holder when the ICBs share
//! one, else a vacant seat whose notes name the predecessors' holders); the union of the other
//! seats, one seat a person; one audit and one remuneration committee mapped through the same
//! people; every predecessor place; the union of the partnership and system lists.

use std::collections::{HashMap, HashSet};

use super::{
    Cluster, Committee, CommitteeKind, CommitteeMember, Design, ExecutiveRole, Id, Merger,
    NEW_DESIGN_RULE_PACK, Partnership, Role, Seat, name_key,
};

/// The roles of which the successor has exactly one.
/// A post the successor has once: the chair, the chief executive and each named executive,
/// an `Executive(Other(title))` included (one Director of People, however many ICBs had one).
fn is_single(role: &Role) -> bool {
    matches!(
        role,
        Role::Chair | Role::ChiefExecutive | Role::Executive(_)
    )
}

/// The same post: the same role, with other executives' titles compared as names are.
fn same_post(a: &Role, b: &Role) -> bool {
    match (a, b) {
        (Role::Executive(ExecutiveRole::Other(x)), Role::Executive(ExecutiveRole::Other(y))) => {
            name_key(x) == name_key(y)
        }
        _ => a == b,
    }
}

/// The successor's name when the cluster has no merger yet: "NHS NV and SD ICB".
pub fn default_successor_name(cluster: &Cluster) -> String {
    let names: Vec<String> = cluster
        .icbs
        .iter()
        .map(|i| cluster.short_name(i.id))
        .collect();
    format!("NHS {} ICB", names.join(" and "))
}

/// Propose the successor design of the cluster's ICBs.
pub fn propose_successor(cluster: &Cluster) -> Design {
    let merger = cluster.merger.as_ref();
    let mut design = Design {
        name: merger
            .map(|m| m.successor_name.trim().to_owned())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| default_successor_name(cluster)),
        system: cluster.name.clone(),
        as_at: merger.map(|m| m.effective.clone()).unwrap_or_default(),
        rule_pack: NEW_DESIGN_RULE_PACK.to_owned(),
        ..Design::default()
    };
    let (board, person_seat) = board(cluster);
    design.board = board;
    design.committees = committees(cluster, &person_seat);
    places(cluster, &mut design);
    lists(cluster, &mut design);
    design
}

/// The successor board, and which successor seat each person (by name key) holds.
fn board(cluster: &Cluster) -> (Vec<Seat>, HashMap<String, Id>) {
    // Every role in first-seen order, with its seats across the ICBs.
    let mut roles: Vec<(Role, Vec<(&str, &Seat)>)> = Vec::new();
    for icb in &cluster.icbs {
        let short = icb.short_name.as_str();
        for seat in &icb.design.board {
            match roles.iter_mut().find(|(r, _)| same_post(r, &seat.role)) {
                Some((_, seats)) => seats.push((short, seat)),
                None => roles.push((seat.role.clone(), vec![(short, seat)])),
            }
        }
    }
    // Singles first, in the framework's order, then the rest in first-seen order.
    roles.sort_by_key(|(role, _)| match role {
        Role::Chair => 0,
        Role::ChiefExecutive => 1,
        Role::Executive(ExecutiveRole::Finance) => 2,
        Role::Executive(ExecutiveRole::Medical) => 3,
        Role::Executive(ExecutiveRole::Nursing) => 4,
        _ => 5,
    });
    let mut out = NewBoard::default();
    for (role, seats) in &roles {
        if is_single(role) {
            let mut holders: Vec<(&str, &Seat)> = Vec::new();
            for (short, seat) in seats {
                if let Some(name) = seat.holder_name()
                    && !holders.iter().any(|(_, s)| {
                        s.holder_name()
                            .is_some_and(|n| name_key(n) == name_key(name))
                    })
                {
                    holders.push((short, seat));
                }
            }
            match holders.as_slice() {
                [(_, only)] => out.add(only, only.holder_name().map(name_key)),
                _ => {
                    let Some((_, first)) = seats.first() else {
                        continue;
                    };
                    let mut seat = Seat::new(0, role.clone());
                    seat.title.clone_from(&first.title);
                    if !holders.is_empty() {
                        // Cut, so that the notes stay within what a file may hold however
                        // long the predecessors' names (the successor must save and open).
                        let mut named: Vec<String> = holders
                            .iter()
                            .take(20)
                            .map(|(short, s)| {
                                format!(
                                    "{}: {}",
                                    super::cut(short, 24),
                                    super::cut(s.holder_name().unwrap_or(""), 200)
                                )
                            })
                            .collect();
                        if holders.len() > 20 {
                            named.push(format!("and {} more", holders.len() - 20));
                        }
                        seat.notes = format!("Predecessors' holders: {}.", named.join("; "));
                    }
                    out.add(&seat, None);
                }
            }
            continue;
        }
        // One seat a person; vacant seats as many as the ICB with most of them has.
        let mut seen: HashSet<String> = HashSet::new();
        let mut vacant: HashMap<&str, usize> = HashMap::new();
        let mut vacant_seats: Vec<&Seat> = Vec::new();
        for (short, seat) in seats {
            match seat.holder_name() {
                Some(name) => {
                    let key = name_key(name);
                    if !out.person_seat.contains_key(&key) && seen.insert(key.clone()) {
                        out.add(seat, Some(key));
                    }
                }
                None => {
                    let n = vacant.entry(short).or_insert(0);
                    *n += 1;
                    if *n > vacant_seats.len() {
                        vacant_seats.push(seat);
                    }
                }
            }
        }
        for seat in vacant_seats {
            out.add(seat, None);
        }
    }
    (out.board, out.person_seat)
}

/// The successor board as it is built: seats renumbered from 1, and who holds which.
#[derive(Default)]
struct NewBoard {
    board: Vec<Seat>,
    person_seat: HashMap<String, Id>,
}

impl NewBoard {
    fn add(&mut self, template: &Seat, holder_key: Option<String>) {
        let mut seat = template.clone();
        seat.id = self.board.len() as Id + 1;
        if let Some(key) = holder_key {
            self.person_seat.entry(key).or_insert(seat.id);
        }
        self.board.push(seat);
    }
}

/// One audit and one remuneration committee, their members mapped through the same people.
fn committees(cluster: &Cluster, person_seat: &HashMap<String, Id>) -> Vec<Committee> {
    let mut out = Vec::new();
    for (kind, fallback) in [
        (CommitteeKind::Audit, "Audit Committee"),
        (CommitteeKind::Remuneration, "Remuneration Committee"),
    ] {
        let mut committee = Committee {
            id: out.len() as Id + 1,
            name: String::new(),
            kind,
            chair: None,
            members: Vec::new(),
        };
        for icb in &cluster.icbs {
            let design = &icb.design;
            let map = |id: Id| {
                design
                    .seat(id)
                    .and_then(Seat::holder_name)
                    .and_then(|n| person_seat.get(&name_key(n)).copied())
            };
            for c in design.committees.iter().filter(|c| c.kind == kind) {
                if committee.name.is_empty() {
                    committee.name.clone_from(&c.name);
                }
                if committee.chair.is_none() {
                    committee.chair = c.chair.and_then(map);
                }
                for member in &c.members {
                    let mapped = match member {
                        CommitteeMember::Seat(id) => map(*id).map(CommitteeMember::Seat),
                        external @ CommitteeMember::External(_) => Some(external.clone()),
                    };
                    if let Some(m) = mapped
                        && !committee.members.contains(&m)
                    {
                        committee.members.push(m);
                    }
                }
            }
        }
        if committee.name.trim().is_empty() {
            fallback.clone_into(&mut committee.name);
        }
        out.push(committee);
    }
    out
}

/// Every predecessor place, renumbered, model kept, `formed_from` set; places of the same name
/// are one place.
fn places(cluster: &Cluster, design: &mut Design) {
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for place in cluster.icbs.iter().flat_map(|i| &i.design.places) {
        let key = name_key(&place.name);
        if let Some(&index) = by_name.get(&key) {
            if let Some(existing) = design.places.get_mut(index)
                && !existing.formed_from.iter().any(|f| name_key(f) == key)
            {
                existing.formed_from.push(place.name.clone());
            }
            continue;
        }
        let mut carried = place.clone();
        carried.id = design.places.len() as Id + 1;
        if carried.formed_from.is_empty() {
            carried.formed_from = vec![place.name.clone()];
        }
        by_name.insert(key, design.places.len());
        design.places.push(carried);
    }
}

/// The union of the partnership members and the system lists.
fn lists(cluster: &Cluster, design: &mut Design) {
    let mut partnership: Option<Partnership> = None;
    let system = &mut design.system_level;
    system.vcse_agreement = !cluster.icbs.is_empty();
    for icb in &cluster.icbs {
        let from = &icb.design;
        if let Some(p) = &from.partnership {
            let into = partnership.get_or_insert_with(|| Partnership {
                members: Vec::new(),
                ..p.clone()
            });
            for m in &p.members {
                if !into.members.contains(m) {
                    into.members.push(m.clone());
                }
            }
        }
        system.vcse_agreement &= from.system_level.vcse_agreement;
        for trust in &from.system_level.trusts {
            if !system
                .trusts
                .iter()
                .any(|t| name_key(&t.name) == name_key(&trust.name))
            {
                system.trusts.push(trust.clone());
            }
        }
        for c in &from.system_level.provider_collaboratives {
            match system
                .provider_collaboratives
                .iter_mut()
                .find(|x| name_key(&x.name) == name_key(&c.name))
            {
                Some(into) => {
                    for member in &c.members {
                        if !into.members.iter().any(|m| name_key(m) == name_key(member)) {
                            into.members.push(member.clone());
                        }
                    }
                }
                None => system.provider_collaboratives.push(c.clone()),
            }
        }
        for a in &from.system_level.strategic_authorities {
            if !system
                .strategic_authorities
                .iter()
                .any(|x| name_key(x) == name_key(a))
            {
                system.strategic_authorities.push(a.clone());
            }
        }
    }
    design.partnership = partnership;
}

/// The cluster with its successor proposed (a merger is added when it has none).
pub fn with_successor(cluster: &Cluster) -> Cluster {
    let mut with = cluster.clone();
    let successor = propose_successor(cluster);
    let plan = with.merger.get_or_insert_with(|| Merger {
        successor_name: successor.name.clone(),
        effective: String::new(),
        boundary_changes: Vec::new(),
        successor: None,
    });
    plan.successor = Some(successor);
    with
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{
        RuleId,
        cluster::{ClusterCheck, validate_cluster},
    };

    #[test]
    fn the_successor_has_one_of_each_named_executive_and_says_when_its_board_grows() {
        let path = std::path::Path::new("saved_designs/merger_three_icbs.ron");
        let mut cluster = crate::io::load_cluster_path(path).unwrap();
        if let Some(merger) = cluster.merger.as_mut() {
            merger.successor = None;
        }
        // Titles compared as names are: one ICB writes it in another case.
        if let Some(seat) = cluster.icbs[1].design.board.iter_mut().find(|s| {
            matches!(&s.role, Role::Executive(ExecutiveRole::Other(t)) if t == "Director of People")
        }) {
            seat.role = Role::Executive(ExecutiveRole::Other(" director of people ".into()));
        }
        let successor = propose_successor(&cluster);
        let people: Vec<&Seat> = successor
            .board
            .iter()
            .filter(|s| {
                matches!(&s.role, Role::Executive(ExecutiveRole::Other(t)) if name_key(t) == "director of people")
            })
            .collect();
        assert_eq!(people.len(), 1, "one Director of People");
        // Three different holders: the seat is vacant, its notes name them.
        assert!(people[0].holder.is_none());
        assert!(
            people[0].notes.contains("Predecessors' holders"),
            "{}",
            people[0].notes
        );
        if let Some(merger) = cluster.merger.as_mut() {
            merger.successor = Some(successor.clone());
        }
        let report = validate_cluster(&cluster, &ClusterCheck::default());
        let counted = report
            .findings
            .iter()
            .find(|f| f.rule == RuleId::MergerTransition)
            .unwrap();
        // Every post that goes on names the successor post it goes on in.
        let transition = crate::model::transition::Transition::of(&cluster).unwrap();
        for post in &transition.posts {
            let goes_on = matches!(
                post.outcome,
                crate::model::transition::Outcome::Continues
                    | crate::model::transition::Outcome::ChangesRole
            );
            assert_eq!(goes_on, post.successor_role.is_some(), "{}", post.role);
        }
        let voting = successor
            .board
            .iter()
            .filter(|s| s.role.is_voting())
            .count();
        assert!(voting > 16, "{voting}");
        assert!(
            counted.message.contains(&format!(
                "voting board ({voting}) is larger than any predecessor's"
            )),
            "{}",
            counted.message
        );
    }
}
