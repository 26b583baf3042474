//! Sensitivity (GREENBOOK): for one criterion, the range of its weight in which the winner
//! stays first, the others' weights kept as they are. Each option's total is
//! (Σ other weights × scores + w × score) / (Σ other weights + w); the denominator is the same
//! for every option, so the winner holds where a set of straight lines in w stay below its own.

use super::OptionResult;
use crate::model::Id;

/// Weights move between 0 and 100 points (or up to a weight already above 100).
const MOST_WEIGHT: f64 = 100.0;

/// A move of fewer points than this changes the winner: the result is not robust.
pub const ROBUST_MOVE: f64 = 10.0;

/// How far one criterion's weight can move before another option comes first.
#[derive(Debug, Clone, PartialEq)]
pub struct Sensitivity {
    /// The weight as it is.
    pub weight: f64,
    /// The lowest and highest weight (0 to 100) at which the winner still comes first.
    pub holds_from: f64,
    pub holds_to: f64,
    /// The smallest move (points) that changes the winner, and the option that then comes
    /// first; `None` when no move within 0 to 100 does.
    pub change: Option<(f64, Id)>,
}

impl Sensitivity {
    /// No move of under [`ROBUST_MOVE`] points changes the winner.
    pub fn robust(&self) -> bool {
        self.change.is_none_or(|(points, _)| points >= ROBUST_MOVE)
    }
}

/// The sensitivity of the criterion at `index`; `None` with fewer than two options to rank. A
/// tie for first is broken by any move: the winner then holds at the weight as it is only.
pub(super) fn of(weights: &[f64], index: usize, options: &[OptionResult]) -> Option<Sensitivity> {
    let weight = weights.get(index).copied()?;
    let ranked: Vec<&OptionResult> = options.iter().filter(|o| o.total.is_some()).collect();
    if ranked.len() < 2 {
        return None;
    }
    let winners: Vec<&&OptionResult> = ranked.iter().filter(|o| o.rank == Some(1)).collect();
    let [winner] = winners.as_slice() else {
        let other = winners.get(1).map_or(0, |o| o.id);
        return Some(Sensitivity {
            weight,
            holds_from: weight,
            holds_to: weight,
            change: Some((0.0, other)),
        });
    };
    // Points without this criterion (A) and its score (s), per option.
    let line = |o: &OptionResult| {
        let score = |i: usize| o.scores.get(i).copied().flatten().unwrap_or(0.0);
        let rest: f64 = weights
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != index)
            .map(|(i, w)| w * score(i))
            .sum();
        (rest, score(index))
    };
    let (rest_w, score_w) = line(winner);
    let most = MOST_WEIGHT.max(weight);
    let (mut from, mut to) = ((0.0_f64, None), (most, None));
    for other in ranked.iter().filter(|o| o.id != winner.id) {
        let (rest_o, score_o) = line(other);
        // The winner holds while (score_w - score_o) x >= rest_o - rest_w.
        let (slope, gap) = (score_w - score_o, rest_o - rest_w);
        if slope > 0.0 {
            let bound = gap / slope;
            if bound > from.0 {
                from = (bound, Some(other.id));
            }
        } else if slope < 0.0 {
            let bound = gap / slope;
            if bound < to.0 {
                to = (bound, Some(other.id));
            }
        }
    }
    let (holds_from, holds_to) = (from.0.clamp(0.0, weight), to.0.clamp(weight, most));
    let down = from.1.map(|id| (weight - holds_from, id));
    let up = to.1.map(|id| (holds_to - weight, id));
    let change = match (down, up) {
        (Some(d), Some(u)) => Some(if u.0 < d.0 { u } else { d }),
        (d, u) => d.or(u),
    };
    Some(Sensitivity {
        weight,
        holds_from,
        holds_to,
        change,
    })
}
