//! Who sits on more than one board of a cluster (docs/rules.md section 6,
//! `cluster.shared_posts` and `cluster.shared_role_conflict`), and what else each of them holds,
//! for the cards. Work is bounded by what is shown, however many posts one person holds.

use std::collections::BTreeMap;

use super::{Collector, RuleId as R, Subject, join_names};
use crate::model::{Cluster, Id, Role, name_key, names::repeated_groups};

/// A person's name as first written, and every post they hold: (ICB, seat, role).
pub type SharedPerson = (String, Vec<(Id, Id, Role)>);

/// The posts each person holds across the cluster's ICBs, by name key, in ICB order.
pub fn people_across(cluster: &Cluster) -> BTreeMap<String, SharedPerson> {
    // Every holder across the ICBs, grouped by sorting names: a key is built only for the
    // few people who sit in more than one ICB.
    let posts: Vec<(Id, &crate::model::Seat, &str)> = cluster
        .icbs
        .iter()
        .flat_map(|icb| {
            icb.design
                .board
                .iter()
                .filter_map(move |s| s.holder_name().map(|name| (icb.id, s, name)))
        })
        .collect();
    let names: Vec<&str> = posts.iter().map(|(_, _, name)| *name).collect();
    let mut people = BTreeMap::new();
    for group in repeated_groups(&names) {
        let held: Vec<(Id, Id, Role)> = group
            .iter()
            .filter_map(|&i| posts.get(i))
            .map(|(icb, seat, _)| (*icb, seat.id, seat.role.clone()))
            .collect();
        let first_icb = held.first().map(|(icb, _, _)| *icb);
        if held.iter().all(|(icb, _, _)| Some(*icb) == first_icb) {
            continue;
        }
        let name = group
            .first()
            .and_then(|&i| names.get(i))
            .copied()
            .unwrap_or_default();
        people.insert(name_key(name), (name.to_owned(), held));
    }
    people
}

/// What else the holder of one seat holds across the cluster, for the mark on their card:
/// "also Chair of SD and FM", "also Chief executive of SD, Director of finance of FM". `None`
/// for someone who sits in this ICB only.
pub fn also_holds(
    cluster: &Cluster,
    people: &BTreeMap<String, SharedPerson>,
    icb: Id,
    seat: Id,
) -> Option<String> {
    let name = cluster.member_seat(icb, seat)?.holder_name()?;
    let (_, posts) = people.get(&name_key(name))?;
    // The other posts, grouped by title in the order first met: "Chair of SD and FM". At
    // most POSTS_NAMED are named, so every card of someone with thousands of posts (a hostile
    // file's) costs the same small work.
    let others = posts.iter().filter(|(i, s, _)| (*i, *s) != (icb, seat));
    let mut by_title: Vec<(String, Vec<String>)> = Vec::new();
    let mut more = 0_usize;
    for (i, s, role) in others {
        if by_title.iter().map(|(_, icbs)| icbs.len()).sum::<usize>() >= POSTS_NAMED {
            more += 1;
            continue;
        }
        let title = cluster
            .member_seat(*i, *s)
            .map_or_else(|| role.name(), crate::model::Seat::label);
        let title = crate::model::cut(&title, 80);
        let short = cluster.short_name(*i);
        match by_title.iter_mut().find(|(t, _)| *t == title) {
            Some((_, icbs)) => icbs.push(short),
            None => by_title.push((title, vec![short])),
        }
    }
    let mut parts: Vec<String> = by_title
        .iter()
        .map(|(title, icbs)| format!("{title} of {}", join_names(icbs)))
        .collect();
    if more > 0 {
        parts.push(format!("and {more} more"));
    }
    (!parts.is_empty()).then(|| format!("also {}", parts.join(", ")))
}

/// Posts named in one finding; the rest are counted ("and 12 more").
const POSTS_NAMED: usize = 12;

pub(super) fn check(cluster: &Cluster, out: &mut Collector) {
    for (name, posts) in people_across(cluster).values() {
        // Work bounded by what the message can show, however many posts and however long
        // their names (a hostile file's).
        let name = crate::model::cut(name, 120);
        let mut described: Vec<String> = posts
            .iter()
            .take(POSTS_NAMED)
            .map(|(icb, _, role)| {
                format!(
                    "{} of {}",
                    crate::model::cut(&role.name(), 80).to_lowercase(),
                    cluster.short_name(*icb)
                )
            })
            .collect();
        if posts.len() > POSTS_NAMED {
            described.push(format!("{} more", posts.len() - POSTS_NAMED));
        }
        let subjects: Vec<Subject> = posts
            .iter()
            .map(|(icb, seat, _)| Subject::IcbSeat(*icb, *seat))
            .collect();
        out.push(
            R::ClusterSharedPosts,
            format!("{name}: {}.", join_names(&described)),
            subjects.clone(),
        );
        let any = |f: fn(&Role) -> bool| posts.iter().any(|(_, _, r)| f(r));
        let executive = any(Role::is_executive);
        let non_executive = any(Role::is_non_executive);
        let partner = any(|r| matches!(r, Role::PartnerMember(_)));
        if non_executive && (executive || partner) {
            out.push(
                R::ClusterSharedRoleConflict,
                format!(
                    "{name} is {} in one ICB and {} in another: independence cannot hold across the cluster.",
                    "a non-executive",
                    if executive { "an executive" } else { "a partner member" }
                ),
                subjects,
            );
        }
    }
}
