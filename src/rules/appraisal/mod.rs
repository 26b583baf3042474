//! Scoring an options appraisal (docs/rules.md section 8, docs/file-format.md "Appraisal
//! files"): every option checked under the appraisal's pack at its date, every criterion scored
//! 0 to 5, weighted totals out of 100, ranks with ties shown as ties, and how far each weight
//! must move before another option comes first. Pure functions: the caller reads the files.

mod findings;
mod measures;
mod sensitivity;

pub use measures::OptionRef;
pub use sensitivity::{ROBUST_MOVE, Sensitivity};

use super::cluster::{ClusterCheck, validate_cluster};
use super::{Finding, Report, RulePack, Scope, Severity, validate_at};
use crate::model::{Appraisal, Id, IsoDate, MAX_SCORE, Measure};

/// An option as read by the caller: its design or cluster, or why it could not be read.
#[derive(Debug, Clone, Copy)]
pub enum OptionInput<'a> {
    Read(OptionRef<'a>),
    Unreadable(&'a str),
}

/// What the appraisal found of one option.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionResult {
    pub id: Id,
    pub name: String,
    /// Why the option's file could not be read; then nothing else is known of it.
    pub unreadable: Option<String>,
    /// The option's own findings under the appraisal's pack and date.
    pub report: Report,
    /// Each criterion's score, in criteria order; `None` where it cannot be scored.
    pub scores: Vec<Option<f64>>,
    /// The weighted total out of 100, to one decimal; `None` for an unreadable option.
    pub total: Option<f64>,
    /// 1 for the first; tied totals share a rank.
    pub rank: Option<usize>,
    /// The board's cost a year, on-costs included.
    pub cost: u64,
    pub voting_members: usize,
    pub places: usize,
    pub local_authorities: usize,
    /// What counts against coterminosity, in words.
    pub coterminosity: Vec<String>,
}

impl OptionResult {
    /// No errors under the pack (an unreadable option is not valid).
    pub fn valid(&self) -> bool {
        self.unreadable.is_none() && self.report.is_valid()
    }
}

/// What the appraisal found of one criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct CriterionResult {
    pub id: Id,
    /// The weight normalised over the criteria that count, out of 100.
    pub share: f64,
    /// Left out of the totals (a cost criterion with no costs).
    pub left_out: bool,
    pub sensitivity: Option<Sensitivity>,
}

/// The whole appraisal, scored.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub pack: String,
    pub as_at: IsoDate,
    pub options: Vec<OptionResult>,
    pub criteria: Vec<CriterionResult>,
    /// The appraisal's own findings (section 8).
    pub findings: Vec<Finding>,
}

impl Scored {
    /// The options ranked first (more than one on a tie).
    pub fn winners(&self) -> Vec<&OptionResult> {
        self.options.iter().filter(|o| o.rank == Some(1)).collect()
    }

    /// The options in rank order (unranked last, each group in file order).
    pub fn ranking(&self) -> Vec<&OptionResult> {
        let mut ranked: Vec<&OptionResult> = self.options.iter().collect();
        ranked.sort_by_key(|o| o.rank.unwrap_or(usize::MAX));
        ranked
    }
}

/// The pack the appraisal's own rules use: its `rule_pack`, else today's.
pub fn appraisal_pack(appraisal: &Appraisal) -> RulePack {
    RulePack::by_id(&appraisal.rule_pack).unwrap_or_else(RulePack::nhse2025)
}

/// The option's findings under the appraisal's pack (else its own) at the appraisal's date
/// (else its own). A merger is judged by its successor and the cluster's own rules; the
/// predecessors' boards are what it replaces.
pub fn check_option(option: OptionRef, appraisal: &Appraisal) -> Report {
    let pack_id = Some(appraisal.rule_pack.trim()).filter(|p| RulePack::by_id(p).is_some());
    let as_at = IsoDate::parse(&appraisal.as_at);
    match option {
        OptionRef::Design(design) => {
            let pack = pack_id
                .and_then(|id| RulePack::named_for_design(id, design))
                .unwrap_or_else(|| RulePack::for_design(design));
            let date = as_at.unwrap_or_else(|| super::as_at_date(design));
            validate_at(design, &pack, date)
        }
        OptionRef::Cluster(cluster) => {
            let how = ClusterCheck {
                pack: pack_id,
                as_at,
                extra: &[],
            };
            let mut report = validate_cluster(cluster, &how);
            if cluster.successor().is_some() {
                report
                    .findings
                    .retain(|f| !matches!(f.scope, Scope::Icb(_)));
            }
            report
        }
    }
}

/// The compliance score: 5 with no errors and no warnings, one less for every two warnings
/// (or part) down to 1; 0 with any error.
pub fn compliance_score(report: &Report) -> f64 {
    if report.count(Severity::Error) > 0 {
        return 0.0;
    }
    let warnings = report.count(Severity::Warning);
    let lost = warnings.div_ceil(2).min(4);
    (5 - lost) as f64
}

/// 5 for the least, 1 for the most, in proportion between (5 for all when they are equal).
fn least_is_best(value: f64, least: f64, most: f64) -> f64 {
    if most - least <= f64::EPSILON {
        5.0
    } else {
        1.0 + 4.0 * (most - value) / (most - least)
    }
}

/// Score the appraisal. `inputs` are the options, read by the caller, in the appraisal's order.
pub fn score(appraisal: &Appraisal, inputs: &[OptionInput]) -> Scored {
    let pack = appraisal_pack(appraisal);
    let as_at = IsoDate::parse(&appraisal.as_at).unwrap_or_else(IsoDate::today);
    let mut every_authority = std::collections::BTreeMap::new();
    for input in inputs {
        if let OptionInput::Read(option) = input {
            every_authority.extend(measures::named_authorities(*option));
        }
    }
    let mut any_cost = false;
    let mut options: Vec<OptionResult> = appraisal
        .options
        .iter()
        .zip(inputs)
        .map(|(option, input)| {
            let mut result = OptionResult {
                id: option.id,
                name: option.name.clone(),
                unreadable: None,
                report: Report::default(),
                scores: Vec::new(),
                total: None,
                rank: None,
                cost: 0,
                voting_members: 0,
                places: 0,
                local_authorities: 0,
                coterminosity: Vec::new(),
            };
            match input {
                OptionInput::Unreadable(why) => result.unreadable = Some((*why).to_owned()),
                OptionInput::Read(doc) => {
                    result.report = check_option(*doc, appraisal);
                    let (cost, known) = measures::board_cost(*doc, &appraisal.costs);
                    any_cost |= known;
                    result.cost = cost;
                    result.voting_members = measures::voting_members(*doc);
                    let boards = doc.boards();
                    result.places = boards.iter().map(|d| d.places.len()).sum();
                    result.local_authorities = boards
                        .iter()
                        .flat_map(|d| &d.places)
                        .map(|p| crate::model::name_key(p.responsible_authority()))
                        .filter(|k| !k.is_empty())
                        .collect::<std::collections::BTreeSet<_>>()
                        .len();
                    result.coterminosity = measures::coterminosity_problems(*doc, &every_authority);
                }
            }
            result
        })
        .collect();
    let read = |o: &&OptionResult| o.unreadable.is_none();
    let range = |value: fn(&OptionResult) -> f64| {
        options
            .iter()
            .filter(read)
            .map(value)
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(least, most), v| {
                (least.min(v), most.max(v))
            })
    };
    let costs = range(|o| o.cost as f64);
    let seats = range(|o| o.voting_members as f64);
    let left_out = |measure: Measure| measure == Measure::BoardCost && !any_cost;
    for option in &mut options {
        option.scores = appraisal
            .criteria
            .iter()
            .map(|criterion| {
                if option.unreadable.is_some() && criterion.measure != Measure::Manual {
                    return None;
                }
                Some(match criterion.measure {
                    Measure::Manual => appraisal
                        .score(option.id, criterion.id)
                        .map_or(0.0, |s| f64::from(s.score.min(MAX_SCORE))),
                    Measure::Compliance => compliance_score(&option.report),
                    Measure::BoardCost if left_out(Measure::BoardCost) => return None,
                    Measure::BoardCost => least_is_best(option.cost as f64, costs.0, costs.1),
                    Measure::Seats => least_is_best(option.voting_members as f64, seats.0, seats.1),
                    Measure::Coterminosity => 5.0 - option.coterminosity.len().min(5) as f64,
                })
            })
            .collect();
    }
    let weights: Vec<f64> = appraisal
        .criteria
        .iter()
        .map(|c| {
            if left_out(c.measure) {
                0.0
            } else {
                f64::from(c.weight)
            }
        })
        .collect();
    let weight_sum: f64 = weights.iter().sum();
    for option in options.iter_mut().filter(|o| o.unreadable.is_none()) {
        option.total = Some(total(&weights, &option.scores));
    }
    rank(&mut options);
    let criteria = appraisal
        .criteria
        .iter()
        .enumerate()
        .map(|(index, criterion)| CriterionResult {
            id: criterion.id,
            share: if weight_sum > 0.0 {
                weights.get(index).copied().unwrap_or(0.0) * 100.0 / weight_sum
            } else {
                0.0
            },
            left_out: left_out(criterion.measure),
            sensitivity: (!left_out(criterion.measure))
                .then(|| sensitivity::of(&weights, index, &options))
                .flatten(),
        })
        .collect();
    let mut scored = Scored {
        pack: pack.id.clone(),
        as_at,
        options,
        criteria,
        findings: Vec::new(),
    };
    scored.findings = findings::check(appraisal, &scored, any_cost, &pack);
    scored
}

/// Σ weight × score / 5 with the weights normalised to 100, to one decimal.
fn total(weights: &[f64], scores: &[Option<f64>]) -> f64 {
    let sum: f64 = weights.iter().sum();
    if sum <= 0.0 {
        return 0.0;
    }
    let points: f64 = weights
        .iter()
        .zip(scores)
        .map(|(w, s)| w * s.unwrap_or(0.0))
        .sum();
    (points * 20.0 / sum * 10.0).round() / 10.0
}

/// Rank by total, highest first; equal totals (to one decimal) share a rank ("1, 1, 3").
fn rank(options: &mut [OptionResult]) {
    let totals: Vec<f64> = options.iter().filter_map(|o| o.total).collect();
    for option in options.iter_mut() {
        option.rank = option
            .total
            .map(|mine| 1 + totals.iter().filter(|t| **t > mine).count());
    }
}

#[cfg(test)]
mod tests;
