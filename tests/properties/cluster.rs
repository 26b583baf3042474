//! Property tests of clusters and mergers (issue 14): proposing a successor is deterministic,
//! every predecessor post appears exactly once in the transition, a cluster of two identical
//! ICBs proposes the original board, and cluster files load, save and load back unchanged.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::{collections::BTreeSet, path::Path, sync::OnceLock};

use ics_board_designer::{
    io,
    model::{
        Cluster, Design,
        merge::{propose_successor, with_successor},
        transition::Transition,
    },
};
use proptest::prelude::*;

fn examples() -> &'static [Design] {
    static EXAMPLES: OnceLock<Vec<Design>> = OnceLock::new();
    EXAMPLES.get_or_init(|| {
        [
            "option_a_consultative_forums.ron",
            "option_b_icb_committees.ron",
            "option_c_joint_committees.ron",
            "option_d_lead_directors.ron",
            "option_e_lead_providers.ron",
            "option_f_mixed_models.ron",
            "workshop_start.ron",
        ]
        .iter()
        .map(|name| io::load_path(&Path::new("saved_designs").join(name)).unwrap())
        .collect()
    })
}

/// A design of the examples with only the seats whose bit is set in `mask` (cycled).
fn masked(which: usize, mask: u64) -> Design {
    let mut design = examples()[which % examples().len()].clone();
    let mut index = 0;
    design.board.retain(|_| {
        let keep = mask >> (index % 64) & 1 == 1;
        index += 1;
        keep
    });
    design
}

/// A cluster of masked examples, with some holders copied from one ICB's seat to another's
/// (people shared across ICBs, as in a real cluster).
fn cluster_of(picks: &[(usize, u64)], shares: &[(usize, usize, usize, usize)]) -> Cluster {
    let mut cluster = Cluster::from_designs(picks.iter().map(|&(w, m)| masked(w, m)).collect());
    let count = cluster.icbs.len();
    for &(from_icb, from_seat, to_icb, to_seat) in shares {
        let holder = cluster.icbs[from_icb % count]
            .design
            .board
            .get(from_seat)
            .and_then(|s| s.holder.clone());
        if let Some(seat) = cluster.icbs[to_icb % count].design.board.get_mut(to_seat) {
            seat.holder = holder;
        }
    }
    cluster
}

fn picks() -> impl Strategy<Value = Vec<(usize, u64)>> {
    proptest::collection::vec((0usize..7, any::<u64>()), 2..4)
}

fn shares() -> impl Strategy<Value = Vec<(usize, usize, usize, usize)>> {
    proptest::collection::vec((0usize..4, 0usize..30, 0usize..4, 0usize..30), 0..6)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn proposing_a_successor_is_deterministic(picks in picks(), shares in shares()) {
        let cluster = cluster_of(&picks, &shares);
        let once = propose_successor(&cluster);
        prop_assert_eq!(&once, &propose_successor(&cluster.clone()));
        prop_assert_eq!(
            io::cluster_to_ron_string(&with_successor(&cluster)),
            io::cluster_to_ron_string(&with_successor(&cluster))
        );
    }

    #[test]
    fn every_predecessor_post_appears_once_in_the_transition(picks in picks(), shares in shares()) {
        let cluster = with_successor(&cluster_of(&picks, &shares));
        let transition = Transition::of(&cluster).unwrap();
        let posts: Vec<(u32, u32)> = transition.posts.iter().map(|p| (p.icb, p.seat)).collect();
        let unique: BTreeSet<(u32, u32)> = posts.iter().copied().collect();
        let every: BTreeSet<(u32, u32)> = cluster
            .icbs
            .iter()
            .flat_map(|i| i.design.board.iter().map(move |s| (i.id, s.id)))
            .collect();
        prop_assert_eq!(posts.len(), unique.len(), "no post twice");
        prop_assert_eq!(unique, every, "every post");
    }

    #[test]
    fn two_identical_icbs_propose_the_original_board(which in 0usize..7, mask in any::<u64>()) {
        let original = masked(which, mask);
        let cluster = Cluster::from_designs(vec![original.clone(), original.clone()]);
        let people = |d: &Design| {
            let mut v: Vec<(String, Option<String>)> = d
                .board
                .iter()
                .map(|s| (s.role.name(), s.holder_name().map(str::to_owned)))
                .collect();
            v.sort();
            v
        };
        let proposed = propose_successor(&cluster);
        // Seats with holders are the same people in the same roles; a vacant single role
        // stays one vacant seat.
        let held = |v: Vec<(String, Option<String>)>| -> Vec<(String, Option<String>)> {
            v.into_iter().filter(|(_, h)| h.is_some()).collect()
        };
        prop_assert_eq!(held(people(&proposed)), held(people(&original)));
    }

    #[test]
    fn cluster_files_load_save_and_load_back_unchanged(picks in picks(), shares in shares(), merge in any::<bool>()) {
        let mut cluster = cluster_of(&picks, &shares);
        if merge {
            cluster = with_successor(&cluster);
        }
        let text = io::cluster_to_ron_string(&cluster);
        let loaded = io::load_cluster_str(&text).unwrap();
        prop_assert_eq!(&loaded, &cluster);
        prop_assert_eq!(io::cluster_to_ron_string(&loaded), text);
    }
}
