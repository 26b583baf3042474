//! The transition of a merger (RULES.md `merger.transition`): what becomes of every predecessor
//! post, and which successor posts are new. Pure data, shared by the rules, exports and window.

use std::collections::HashMap;

use super::{Cluster, Design, Id, Role, Seat, name_key};

/// What becomes of one predecessor post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// The same person holds the same role in the successor.
    Continues,
    /// The same person holds another role in the successor.
    ChangesRole,
    /// The holder has no post in the successor.
    Ends,
    /// The post had no holder.
    Vacant,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::Continues,
        Outcome::ChangesRole,
        Outcome::Ends,
        Outcome::Vacant,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Outcome::Continues => "continues",
            Outcome::ChangesRole => "changes role",
            Outcome::Ends => "ends",
            Outcome::Vacant => "vacant",
        }
    }
}

/// One predecessor post and its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostChange {
    pub icb: Id,
    pub seat: Id,
    pub role: String,
    pub holder: Option<String>,
    pub outcome: Outcome,
    /// The successor seat the person holds, when they stay.
    pub successor_seat: Option<Id>,
    /// The successor role, when it changes.
    pub successor_role: Option<String>,
}

/// A successor post held by someone who held no post in any predecessor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPost {
    pub seat: Id,
    pub role: String,
    pub holder: String,
}

/// The whole transition, in the order of the ICBs and their boards.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Transition {
    pub posts: Vec<PostChange>,
    pub new_posts: Vec<NewPost>,
    /// Vacant successor seats by role name, in board order.
    pub vacancies: Vec<(String, usize)>,
}

impl Transition {
    pub fn count(&self, outcome: Outcome) -> usize {
        self.posts.iter().filter(|p| p.outcome == outcome).count()
    }

    /// The transition from the cluster's ICBs to its successor (`None` without a successor).
    pub fn of(cluster: &Cluster) -> Option<Transition> {
        cluster
            .successor()
            .map(|successor| Self::between(cluster, successor))
    }

    fn between(cluster: &Cluster, successor: &Design) -> Transition {
        let mut seats_of: HashMap<String, Vec<&Seat>> = HashMap::new();
        for seat in &successor.board {
            if let Some(name) = seat.holder_name() {
                seats_of.entry(name_key(name)).or_default().push(seat);
            }
        }
        let mut known = std::collections::HashSet::new();
        let mut posts = Vec::new();
        for icb in &cluster.icbs {
            for seat in &icb.design.board {
                let holder = seat.holder_name().map(str::to_owned);
                let (outcome, successor_seat) = match &holder {
                    None => (Outcome::Vacant, None),
                    Some(name) => {
                        let key = name_key(name);
                        let found = seats_of.get(&key).map_or(&[][..], Vec::as_slice);
                        known.insert(key);
                        match found.iter().find(|s| s.role == seat.role) {
                            Some(same) => (Outcome::Continues, Some(*same)),
                            None => match found.first() {
                                Some(other) => (Outcome::ChangesRole, Some(*other)),
                                None => (Outcome::Ends, None),
                            },
                        }
                    }
                };
                posts.push(PostChange {
                    icb: icb.id,
                    seat: seat.id,
                    role: seat.label(),
                    holder,
                    outcome,
                    successor_seat: successor_seat.map(|s| s.id),
                    successor_role: successor_seat
                        .filter(|_| outcome == Outcome::ChangesRole)
                        .map(Seat::label),
                });
            }
        }
        let new_posts = successor
            .board
            .iter()
            .filter_map(|s| {
                let name = s.holder_name()?;
                (!known.contains(&name_key(name))).then(|| NewPost {
                    seat: s.id,
                    role: s.label(),
                    holder: name.to_owned(),
                })
            })
            .collect();
        let mut vacancies: Vec<(String, usize)> = Vec::new();
        for seat in successor.board.iter().filter(|s| s.holder_name().is_none()) {
            let role = role_group(&seat.role);
            match vacancies.iter_mut().find(|(r, _)| *r == role) {
                Some((_, n)) => *n += 1,
                None => vacancies.push((role, 1)),
            }
        }
        Transition {
            posts,
            new_posts,
            vacancies,
        }
    }
}

/// The role's name without a participant's own title, for counting vacancies by role.
fn role_group(role: &Role) -> String {
    match role {
        Role::Participant(_) => "Participant".to_owned(),
        other => other.name(),
    }
}
