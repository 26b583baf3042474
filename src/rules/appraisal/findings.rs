//! The appraisal's own rules (docs/rules.md section 8): the short list, the weights, the
//! scores, the costs, and how safe the recommendation is.

use super::{ROBUST_MOVE, Scored};
use crate::model::{Appraisal, Measure, cut};
use crate::rules::{Collector, Finding, RuleId as R, RulePack, Subject, join_names, sort_findings};

/// The top two totals closer than this are a close call.
const CLOSE_TOTALS: f64 = 2.0;

/// Longest option or criterion name quoted in a message.
const NAME_CHARS: usize = 120;

pub(super) fn check(
    appraisal: &Appraisal,
    scored: &Scored,
    any_cost: bool,
    pack: &RulePack,
) -> Vec<Finding> {
    let mut out = Collector {
        pack,
        findings: Vec::new(),
    };
    if appraisal.options.len() < 2 {
        out.push(
            R::AppraisalOptions,
            format!(
                "The appraisal has {} option{}; a short list needs at least two (the status quo counts as one).",
                appraisal.options.len(),
                if appraisal.options.len() == 1 { "" } else { "s" }
            ),
            vec![Subject::Appraisal],
        );
    }
    for option in &scored.options {
        if let Some(why) = &option.unreadable {
            out.push(
                R::AppraisalOptionUnreadable,
                format!(
                    "Option {} ({}) could not be read: {why}. The other options are still scored.",
                    option.id,
                    cut(&option.name, NAME_CHARS)
                ),
                vec![Subject::AppraisalOption(option.id)],
            );
        }
    }
    weights(appraisal, &mut out);
    scores_missing(appraisal, &mut out);
    if !any_cost {
        for criterion in appraisal
            .criteria
            .iter()
            .filter(|c| c.measure == Measure::BoardCost)
        {
            out.push(
                R::AppraisalNoCosts,
                format!(
                    "\"{}\" is left out of the totals: no seat of any option has a cost. Give the roles' annual costs (or a seat's own) to score it.",
                    cut(&criterion.name, NAME_CHARS)
                ),
                vec![Subject::Criterion(criterion.id)],
            );
        }
    }
    recommendation(appraisal, scored, &mut out);
    let mut findings = out.findings;
    sort_findings(&mut findings);
    findings
}

fn weights(appraisal: &Appraisal, out: &mut Collector) {
    let sum: u64 = appraisal.criteria.iter().map(|c| u64::from(c.weight)).sum();
    if !appraisal.criteria.is_empty() && sum != 100 {
        out.push(
            R::AppraisalWeights,
            format!("The weights sum to {sum}, not 100; they are scaled to 100 in the totals."),
            vec![Subject::Appraisal],
        );
    }
    let zero: Vec<_> = appraisal
        .criteria
        .iter()
        .filter(|c| c.weight == 0)
        .collect();
    if !zero.is_empty() {
        let names: Vec<String> = zero.iter().map(|c| cut(&c.name, NAME_CHARS)).collect();
        out.push(
            R::AppraisalWeights,
            format!(
                "{} {} weight 0, so {} nothing to the totals.",
                join_names(&names),
                if zero.len() == 1 { "has" } else { "have" },
                if zero.len() == 1 {
                    "it adds"
                } else {
                    "they add"
                }
            ),
            zero.iter().map(|c| Subject::Criterion(c.id)).collect(),
        );
    }
}

fn scores_missing(appraisal: &Appraisal, out: &mut Collector) {
    let mut pairs = Vec::new();
    let mut subjects = Vec::new();
    for criterion in appraisal
        .criteria
        .iter()
        .filter(|c| c.measure == Measure::Manual)
    {
        for option in &appraisal.options {
            if appraisal.score(option.id, criterion.id).is_none() {
                pairs.push(format!(
                    "{} on \"{}\"",
                    cut(&option.name, NAME_CHARS),
                    cut(&criterion.name, NAME_CHARS)
                ));
                subjects.push(Subject::AppraisalOption(option.id));
                subjects.push(Subject::Criterion(criterion.id));
            }
        }
    }
    if !pairs.is_empty() {
        subjects.sort_unstable();
        subjects.dedup();
        out.push(
            R::AppraisalScoreMissing,
            format!(
                "No score yet for {} (counted as 0 in the totals).",
                join_names(&pairs)
            ),
            subjects,
        );
    }
}

fn recommendation(appraisal: &Appraisal, scored: &Scored, out: &mut Collector) {
    let winners = scored.winners();
    for winner in winners.iter().filter(|w| !w.valid()) {
        out.push(
            R::AppraisalNotRecommendable,
            format!(
                "{}, ranked first, has errors under its pack: it cannot be recommended as it stands.",
                cut(&winner.name, NAME_CHARS)
            ),
            vec![Subject::AppraisalOption(winner.id)],
        );
    }
    let ranking = scored.ranking();
    let mut reasons = Vec::new();
    let mut subjects = vec![Subject::Appraisal];
    if let [first, second, ..] = ranking.as_slice()
        && let (Some(a), Some(b)) = (first.total, second.total)
        && a - b < CLOSE_TOTALS
    {
        reasons.push(format!(
            "the top two totals are within {CLOSE_TOTALS} points ({} {a:.1}, {} {b:.1})",
            cut(&first.name, NAME_CHARS),
            cut(&second.name, NAME_CHARS)
        ));
    }
    let touchiest = appraisal
        .criteria
        .iter()
        .zip(&scored.criteria)
        .filter_map(|(c, r)| {
            let (points, to) = r.sensitivity.as_ref()?.change?;
            (points < ROBUST_MOVE).then_some((points, c, to))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((points, criterion, to)) = touchiest
        && winners.len() == 1
    {
        let to = appraisal
            .option(to)
            .map_or_else(String::new, |o| cut(&o.name, NAME_CHARS));
        reasons.push(format!(
            "moving the weight of \"{}\" by {points:.1} points puts {to} first",
            cut(&criterion.name, NAME_CHARS)
        ));
        subjects.push(Subject::Criterion(criterion.id));
    }
    if !reasons.is_empty() {
        out.push(
            R::AppraisalCloseCall,
            format!(
                "A close call: {}. Say so in the paper, and test the scores with the board.",
                join_names(&reasons)
            ),
            subjects,
        );
    }
}
