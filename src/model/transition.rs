//! The transition of a merger (docs/rules.md `merger.transition`): what becomes of every predecessor
//! post, and which successor posts are new. Pure data, shared by the rules, exports and window.

use super::{Cluster, Design, Id, Role, Seat, names::NameIndex};

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
    /// The successor post the holder goes on in (the same role, or another).
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
        let mut posts = Vec::new();
        let walk = Walk::over(cluster, successor, |icb, seat, outcome, successor_seat| {
            posts.push(PostChange {
                icb,
                seat: seat.id,
                role: seat.label(),
                holder: seat.holder_name().map(str::to_owned),
                outcome,
                successor_seat: successor_seat.map(|s| s.id),
                // Named for every post that goes on, the same role or another.
                successor_role: successor_seat.map(Seat::label),
            });
        });
        let new_posts = walk
            .new_posts()
            .map(|(s, name)| NewPost {
                seat: s.id,
                role: s.label(),
                holder: name.to_owned(),
            })
            .collect();
        Transition {
            posts,
            new_posts,
            vacancies: vacancies(successor),
        }
    }
}

/// The transition in numbers, for `merger.transition`: how many posts have each outcome, how
/// many successor posts are new, and the successor's vacancies by role. No labels are built.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TransitionCounts {
    /// Per outcome, in [`Outcome::ALL`] order.
    pub outcomes: [usize; 4],
    pub new_posts: usize,
    pub vacancies: Vec<(String, usize)>,
}

impl TransitionCounts {
    pub fn of(cluster: &Cluster) -> Option<TransitionCounts> {
        let successor = cluster.successor()?;
        let mut outcomes = [0; 4];
        let walk = Walk::over(cluster, successor, |_, _, outcome, _| {
            if let Some(n) = outcomes.get_mut(outcome as usize) {
                *n += 1;
            }
        });
        Some(TransitionCounts {
            outcomes,
            new_posts: walk.new_posts().count(),
            vacancies: vacancies(successor),
        })
    }

    pub fn count(&self, outcome: Outcome) -> usize {
        self.outcomes.get(outcome as usize).copied().unwrap_or(0)
    }
}

/// One walk over the predecessors' posts, matching each holder to the successor by name (a
/// binary search each, no key built per name), and which successor holders were matched.
struct Walk<'a> {
    named: Vec<(usize, &'a Seat, &'a str)>,
    known: Vec<bool>,
}

impl<'a> Walk<'a> {
    fn over(
        cluster: &'a Cluster,
        successor: &'a Design,
        mut visit: impl FnMut(Id, &'a Seat, Outcome, Option<&'a Seat>),
    ) -> Self {
        let named: Vec<(usize, &Seat, &str)> = successor
            .board
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.holder_name().map(|name| (i, s, name)))
            .collect();
        let seats_of = NameIndex::new(named.iter().map(|(i, s, name)| (*name, (*i, *s))));
        let mut known = vec![false; successor.board.len()];
        for icb in &cluster.icbs {
            for seat in &icb.design.board {
                let (outcome, successor_seat) = match seat.holder_name() {
                    None => (Outcome::Vacant, None),
                    Some(name) => {
                        let (mut same, mut other) = (None, None);
                        for (index, found) in seats_of.get(name) {
                            if let Some(flag) = known.get_mut(*index) {
                                *flag = true;
                            }
                            if same.is_none() && found.role == seat.role {
                                same = Some(*found);
                            }
                            other = other.or(Some(*found));
                        }
                        match (same, other) {
                            (Some(same), _) => (Outcome::Continues, Some(same)),
                            (None, Some(other)) => (Outcome::ChangesRole, Some(other)),
                            (None, None) => (Outcome::Ends, None),
                        }
                    }
                };
                visit(icb.id, seat, outcome, successor_seat);
            }
        }
        Self { named, known }
    }

    /// The successor's holders who held no predecessor post, in board order.
    fn new_posts(&self) -> impl Iterator<Item = (&'a Seat, &'a str)> + '_ {
        self.named
            .iter()
            .filter(|(i, _, _)| self.known.get(*i) == Some(&false))
            .map(|(_, s, name)| (*s, *name))
    }
}

/// The successor's vacant seats by role, in board order.
fn vacancies(successor: &Design) -> Vec<(String, usize)> {
    let mut vacancies: Vec<(String, usize)> = Vec::new();
    for seat in successor.board.iter().filter(|s| s.holder_name().is_none()) {
        let role = role_group(&seat.role);
        match vacancies.iter_mut().find(|(r, _)| *r == role) {
            Some((_, n)) => *n += 1,
            None => vacancies.push((role, 1)),
        }
    }
    vacancies
}

/// The role's name without a participant's own title, for counting vacancies by role.
fn role_group(role: &Role) -> String {
    match role {
        Role::Participant(_) => "Participant".to_owned(),
        other => other.name(),
    }
}
