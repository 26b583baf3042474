//! What the app measures of an option for the computed criteria (docs/file-format.md, the
//! measures): its board's cost a year, its voting members, and the local authorities it splits
//! or leaves out. Pure functions of the option's designs.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{
    Cluster, Costs, Design, Role, Seat, import::column_key, import::role_for_word, name_key,
};

/// An option as the scoring sees it: one design, or a cluster (judged by its successor when it
/// has one, else by its ICBs together).
#[derive(Debug, Clone, Copy)]
pub enum OptionRef<'a> {
    Design(&'a Design),
    Cluster(&'a Cluster),
}

impl<'a> OptionRef<'a> {
    /// The boards the option would have: the design, the successor, or every ICB.
    pub fn boards(self) -> Vec<&'a Design> {
        match self {
            OptionRef::Design(design) => vec![design],
            OptionRef::Cluster(cluster) => match cluster.successor() {
                Some(successor) => vec![successor],
                None => cluster.icbs.iter().map(|i| &i.design).collect(),
            },
        }
    }

    /// The predecessors' boards of a merger (none for a design or a cluster without one).
    fn predecessors(self) -> Vec<&'a Design> {
        match self {
            OptionRef::Cluster(cluster) if cluster.successor().is_some() => {
                cluster.icbs.iter().map(|i| &i.design).collect()
            }
            _ => Vec::new(),
        }
    }

    /// The local authorities a merger lists as moving to another ICB, by name key.
    fn moving(self) -> BTreeSet<String> {
        match self {
            OptionRef::Cluster(cluster) => cluster
                .merger
                .iter()
                .flat_map(|m| &m.boundary_changes)
                .map(|b| name_key(&b.local_authority))
                .collect(),
            OptionRef::Design(_) => BTreeSet::new(),
        }
    }
}

/// The words a role cost may name for a seat, most particular first: its title, its role's own
/// word, then the band ("executive", "partner member").
fn seat_cost(seat: &Seat, costs: &Costs) -> Option<u64> {
    if seat.annual_cost.is_some() {
        return seat.annual_cost;
    }
    let label = column_key(&seat.label());
    let by = |matches: &dyn Fn(&str) -> bool| {
        costs
            .roles
            .iter()
            .find(|c| matches(&c.role))
            .map(|c| c.annual)
    };
    let same_role = |word: &str| match (role_for_word(word), &seat.role) {
        (Some(Role::Participant(_)), Role::Participant(_)) => true,
        (Some(role), own) => &role == own,
        (None, _) => false,
    };
    let band = |word: &str| match column_key(word).as_str() {
        "executive" | "executivedirector" => matches!(seat.role, Role::Executive(_)),
        "partner" | "partnermember" => matches!(seat.role, Role::PartnerMember(_)),
        _ => false,
    };
    by(&|word| column_key(word) == label)
        .or_else(|| by(&same_role))
        .or_else(|| by(&band))
}

/// The board's cost a year in whole pounds (on-costs included), and whether any seat had a
/// cost at all. Every designed seat counts, vacant ones too; a person who holds seats on
/// several boards of a cluster is paid once (their dearest seat).
pub fn board_cost(option: OptionRef, costs: &Costs) -> (u64, bool) {
    let mut any = false;
    let mut total: u64 = 0;
    let mut people: BTreeMap<String, u64> = BTreeMap::new();
    for seat in option.boards().into_iter().flat_map(|d| &d.board) {
        let Some(cost) = seat_cost(seat, costs) else {
            continue;
        };
        any = true;
        match seat.holder_name() {
            Some(name) => {
                let paid = people.entry(name_key(name)).or_insert(0);
                *paid = (*paid).max(cost);
            }
            None => total = total.saturating_add(cost),
        }
    }
    let total = people.values().fold(total, |sum, c| sum.saturating_add(*c));
    let on_costs = total.saturating_mul(u64::from(costs.on_cost_percent)) / 100;
    (total.saturating_add(on_costs), any)
}

/// The voting members: vacant voting seats, and each person who holds one (once, however many
/// boards of a cluster they sit on).
pub fn voting_members(option: OptionRef) -> usize {
    let mut vacant = 0;
    let mut people = BTreeSet::new();
    for seat in option
        .boards()
        .into_iter()
        .flat_map(|d| &d.board)
        .filter(|s| s.role.is_voting())
    {
        match seat.holder_name() {
            Some(name) => {
                people.insert(name_key(name));
            }
            None => vacant += 1,
        }
    }
    vacant + people.len()
}

/// The local authorities (and county councils) the places of a design name, by name key, with
/// the name as first written.
fn authorities(design: &Design) -> BTreeMap<String, String> {
    design
        .places
        .iter()
        .flat_map(|p| [p.local_authority.trim(), p.county_council.trim()])
        .filter(|name| !name.is_empty())
        .map(|name| (name_key(name), name.to_owned()))
        .collect()
}

/// Every local authority an option names, by name key: what the other options are judged
/// against when one leaves an authority out.
pub fn named_authorities(option: OptionRef) -> BTreeMap<String, String> {
    option
        .boards()
        .into_iter()
        .chain(option.predecessors())
        .flat_map(authorities)
        .collect()
}

/// What counts against an option's coterminosity, in words: each authority split between two
/// of its boards, each county council whose district moves away while it stays, and each
/// authority that some option names and this one leaves out (and does not list as moving).
pub fn coterminosity_problems(
    option: OptionRef,
    every_authority: &BTreeMap<String, String>,
) -> Vec<String> {
    let boards = option.boards();
    let moving = option.moving();
    let mut problems = Vec::new();
    let mut boards_of: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for board in &boards {
        for (key, name) in authorities(board) {
            boards_of.entry(key).or_insert((name, 0)).1 += 1;
        }
    }
    for (name, count) in boards_of.values() {
        if *count > 1 {
            problems.push(format!("{name} is split between {count} ICBs"));
        }
    }
    for place in boards.iter().flat_map(|d| &d.places) {
        let county = place.county_council.trim();
        if !county.is_empty()
            && moving.contains(&name_key(&place.local_authority))
            && boards_of.contains_key(&name_key(county))
        {
            problems.push(format!(
                "{county} is split: {} moves to another ICB",
                place.local_authority.trim()
            ));
        }
    }
    for (key, name) in every_authority {
        if !boards_of.contains_key(key) && !moving.contains(key) {
            problems.push(format!("{name} is left out"));
        }
    }
    problems
}
