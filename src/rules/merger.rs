//! Section 6 of docs/rules.md, the merger: the successor, its local authorities and places, and the
//! transition of every post.

use std::collections::HashSet;

use super::{Collector, RuleId as R, Subject, join_names};
use crate::model::{
    Cluster, IsoDate, name_key,
    transition::{Outcome, TransitionCounts},
};

pub(super) fn check(cluster: &Cluster, out: &mut Collector) {
    let subject = || vec![Subject::Merger];
    let (Some(merger), Some(successor)) = (&cluster.merger, cluster.successor()) else {
        out.push(
            R::MergerSuccessor,
            "The cluster has no successor design yet; \"Propose a successor\" builds one.".into(),
            subject(),
        );
        return;
    };
    let effective = match IsoDate::parse(&merger.effective) {
        Some(date) => format!(", from {}", date.long()),
        None => String::new(),
    };
    out.push(
        R::MergerSuccessor,
        format!("The successor is {}{effective}.", successor.name),
        subject(),
    );
    let kept: HashSet<String> = successor
        .places
        .iter()
        .map(|p| name_key(&p.local_authority))
        .chain(
            merger
                .boundary_changes
                .iter()
                .map(|b| name_key(&b.local_authority)),
        )
        .collect();
    let carried: HashSet<String> = successor
        .places
        .iter()
        .flat_map(|p| std::iter::once(&p.name).chain(&p.formed_from))
        .map(|n| name_key(n))
        .collect();
    let mut left_out = Vec::new();
    let mut dropped = Vec::new();
    for icb in &cluster.icbs {
        for place in &icb.design.places {
            let la = place.local_authority.trim();
            if !la.is_empty() && !kept.contains(&name_key(la)) && !left_out.contains(&la) {
                left_out.push(la);
            }
            let moving = merger
                .boundary_changes
                .iter()
                .any(|b| !la.is_empty() && name_key(&b.local_authority) == name_key(la));
            if !moving && !carried.contains(&name_key(&place.name)) {
                dropped.push(format!("{} ({})", place.name, cluster.short_name(icb.id)));
            }
        }
    }
    if !left_out.is_empty() {
        out.push(
            R::MergerLocalAuthorities,
            format!(
                "Local authorities of the predecessors are in no place of the successor and not listed as moving: {}.",
                join_names(&left_out)
            ),
            subject(),
        );
    }
    if !dropped.is_empty() {
        out.push(
            R::MergerPlaces,
            format!(
                "Places of the predecessors not carried into the successor: {}.",
                join_names(&dropped)
            ),
            subject(),
        );
    }
    if let Some(transition) = TransitionCounts::of(cluster) {
        let vacancies: Vec<String> = transition
            .vacancies
            .iter()
            .map(|(role, n)| format!("{} {n}", role.to_lowercase()))
            .collect();
        out.push(
            R::MergerTransition,
            format!(
                "Posts that continue: {}; change role: {}; end: {}; vacant before: {}; new: {}.{}",
                transition.count(Outcome::Continues),
                transition.count(Outcome::ChangesRole),
                transition.count(Outcome::Ends),
                transition.count(Outcome::Vacant),
                transition.new_posts,
                if vacancies.is_empty() {
                    String::new()
                } else {
                    format!(" Successor vacancies: {}.", vacancies.join(", "))
                }
            ) + &larger_board(cluster),
            subject(),
        );
    }
}

/// " The successor's voting board (30) is larger than any predecessor's (largest 16).", when
/// it is: a merger meant to halve running costs should say so.
fn larger_board(cluster: &Cluster) -> String {
    let voting = |d: &crate::model::Design| d.board.iter().filter(|s| s.role.is_voting()).count();
    let largest = cluster
        .icbs
        .iter()
        .map(|i| voting(&i.design))
        .max()
        .unwrap_or(0);
    match cluster.successor().map(voting) {
        Some(successor) if successor > largest && largest > 0 => format!(
            " The successor's voting board ({successor}) is larger than any predecessor's (largest {largest})."
        ),
        _ => String::new(),
    }
}
