//! The options paper of an appraisal (docs/file-format.md "Options appraisals"): the summary,
//! each option described with its findings by basis, the matrix with each score's reason, the
//! ranking, the sensitivity and the recommendation. Tables first, so that Markdown, CSV, HTML
//! and Word all show the same.

use std::borrow::Cow;

use super::tables::{Table, heads};
use crate::model::{Appraisal, Measure, thousands};
use crate::rules::Severity;
use crate::rules::appraisal::{OptionResult, Scored};

/// Everything the paper shows.
pub struct AppraisalInput<'a> {
    pub appraisal: &'a Appraisal,
    pub scored: &'a Scored,
    /// The options that could be read, by id, for their charts.
    pub boards: Vec<(crate::model::Id, crate::rules::appraisal::OptionRef<'a>)>,
    /// The date printed on the paper (`YYYY-MM-DD`).
    pub date: String,
}

impl<'a> AppraisalInput<'a> {
    pub fn new(
        appraisal: &'a Appraisal,
        scored: &'a Scored,
        inputs: &[crate::rules::appraisal::OptionInput<'a>],
        date: String,
    ) -> Self {
        use crate::rules::appraisal::OptionInput;
        let boards = appraisal
            .options
            .iter()
            .zip(inputs)
            .filter_map(|(option, input)| match input {
                OptionInput::Read(doc) => Some((option.id, *doc)),
                OptionInput::Unreadable(_) => None,
            })
            .collect();
        Self {
            appraisal,
            scored,
            boards,
            date,
        }
    }
}

/// A score as the paper shows it: "4", "3.5", or "n/a".
pub fn score_text(score: Option<f64>) -> String {
    match score {
        None => "n/a".to_owned(),
        Some(s) if (s - s.round()).abs() < 0.05 => format!("{s:.0}"),
        Some(s) => format!("{s:.1}"),
    }
}

/// "78.5", or "n/a" for an option that could not be read.
pub fn total_text(total: Option<f64>) -> String {
    total.map_or_else(|| "n/a".to_owned(), |t| format!("{t:.1}"))
}

/// "1", "=1" for a tie, "n/a".
pub fn rank_text(scored: &Scored, option: &OptionResult) -> String {
    match option.rank {
        None => "n/a".to_owned(),
        Some(rank) => {
            let tied = scored
                .options
                .iter()
                .filter(|o| o.rank == Some(rank))
                .count()
                > 1;
            format!("{}{rank}", if tied { "=" } else { "" })
        }
    }
}

/// The verdict of an option under its pack, in words.
pub fn verdict(option: &OptionResult) -> String {
    if let Some(why) = &option.unreadable {
        return format!("Could not be read: {why}");
    }
    let errors = option.report.count(Severity::Error);
    let warnings = option.report.count(Severity::Warning);
    if errors > 0 {
        format!(
            "Cannot be recommended as it stands: {}, {}",
            Severity::Error.count_phrase(errors),
            Severity::Warning.count_phrase(warnings)
        )
    } else {
        format!(
            "Meets the minimums ({})",
            Severity::Warning.count_phrase(warnings)
        )
    }
}

/// What a score the app found was found from, in a few words ("2 errors, 1 warning").
pub fn basis_of(option: &OptionResult, measure: Measure) -> String {
    if option.unreadable.is_some() {
        return "could not be read".to_owned();
    }
    match measure {
        Measure::Manual => String::new(),
        Measure::Compliance => format!(
            "{}, {}",
            Severity::Error.count_phrase(option.report.count(Severity::Error)),
            Severity::Warning.count_phrase(option.report.count(Severity::Warning))
        ),
        Measure::BoardCost => format!("£{} a year", thousands(option.cost)),
        Measure::Seats => {
            crate::rules::plural(option.voting_members, "voting member", "voting members")
        }
        Measure::Coterminosity => match option.coterminosity.len() {
            0 => "coterminous".to_owned(),
            n => crate::rules::plural(
                n,
                "authority split or left out",
                "authorities split or left out",
            ),
        },
    }
}

/// One row per option: seats, cost, places, local authorities, verdict, total and rank.
pub fn summary(input: &AppraisalInput) -> Table {
    let rows = input
        .scored
        .options
        .iter()
        .map(|o| {
            vec![
                o.name.clone(),
                o.voting_members.to_string(),
                format!("£{}", thousands(o.cost)),
                o.places.to_string(),
                o.local_authorities.to_string(),
                verdict(o),
                total_text(o.total),
                rank_text(input.scored, o),
            ]
        })
        .collect();
    Table {
        title: "Summary".to_owned(),
        headers: heads(&[
            "Option",
            "Voting members",
            "Board cost a year",
            "Places",
            "Local authorities",
            "Verdict",
            "Total (of 100)",
            "Rank",
        ]),
        rows,
    }
}

/// Criteria by options: each score, with the reason for a manual one; totals and ranks at
/// the foot.
pub fn matrix(input: &AppraisalInput) -> Table {
    let (appraisal, scored) = (input.appraisal, input.scored);
    let mut rows: Vec<Vec<String>> = appraisal
        .criteria
        .iter()
        .zip(&scored.criteria)
        .enumerate()
        .map(|(index, (criterion, result))| {
            let mut row = vec![
                format!(
                    "{} ({}, weight {}{})",
                    criterion.name,
                    criterion.measure.id(),
                    criterion.weight,
                    if result.left_out {
                        ", left out: no costs"
                    } else {
                        ""
                    }
                ),
                format!("{:.1}", result.share),
            ];
            row.extend(scored.options.iter().map(|o| {
                let score = score_text(o.scores.get(index).copied().flatten());
                match appraisal.score(o.id, criterion.id) {
                    Some(s) if criterion.measure == Measure::Manual => {
                        if s.rationale.trim().is_empty() {
                            score
                        } else {
                            format!("{score}: {}", s.rationale.trim())
                        }
                    }
                    _ => score,
                }
            }));
            row
        })
        .collect();
    let mut totals = vec!["Weighted total (of 100)".to_owned(), "100.0".to_owned()];
    totals.extend(scored.options.iter().map(|o| total_text(o.total)));
    rows.push(totals);
    let mut ranks = vec!["Rank".to_owned(), String::new()];
    ranks.extend(scored.options.iter().map(|o| rank_text(scored, o)));
    rows.push(ranks);
    let mut headers = heads(&["Criterion", "Weight (normalised)"]);
    headers.extend(scored.options.iter().map(|o| Cow::Owned(o.name.clone())));
    Table {
        title: "Scores".to_owned(),
        headers,
        rows,
    }
}

/// For each criterion: the weight range in which the winner holds, and the move that changes it.
pub fn sensitivity(input: &AppraisalInput) -> Table {
    let (appraisal, scored) = (input.appraisal, input.scored);
    let rows = appraisal
        .criteria
        .iter()
        .zip(&scored.criteria)
        .map(|(criterion, result)| {
            let (range, change) = match &result.sensitivity {
                None => ("n/a".to_owned(), "n/a".to_owned()),
                Some(s) => (
                    format!("{:.1} to {:.1}", s.holds_from, s.holds_to),
                    match s.change {
                        None => "robust: no weight from 0 to 100 changes the winner".to_owned(),
                        Some((points, to)) => format!(
                            "{points:.1} points puts {} first{}",
                            appraisal.option(to).map_or("another option", |o| &o.name),
                            if s.robust() { " (robust)" } else { "" }
                        ),
                    },
                ),
            };
            vec![
                criterion.name.clone(),
                criterion.weight.to_string(),
                range,
                change,
            ]
        })
        .collect();
    Table {
        title: "Sensitivity".to_owned(),
        headers: heads(&[
            "Criterion",
            "Weight",
            "Winner holds from .. to",
            "Smallest move that changes the winner",
        ]),
        rows,
    }
}

/// The recommendation, worded as one subject to the board's decision.
pub fn recommendation(input: &AppraisalInput) -> String {
    recommendation_of(input.scored)
}

/// The recommendation of a scored appraisal, worded as one subject to the board's decision.
pub fn recommendation_of(scored: &Scored) -> String {
    let winners = scored.winners();
    match winners.as_slice() {
        [] if scored.options.is_empty() => {
            "No option can be ranked: the short list is empty.".to_owned()
        }
        [] if scored.options.iter().any(|o| o.unreadable.is_none()) => {
            "No option can be ranked: no criterion has a weight to score the options against."
                .to_owned()
        }
        [] => "No option can be ranked: no option could be read.".to_owned(),
        [winner] if winner.valid() => format!(
            "Subject to the board's decision, option {} is recommended: it scores {} of 100.",
            winner.name,
            total_text(winner.total)
        ),
        [winner] => format!(
            "Option {} ranks first with {} of 100, but it cannot be recommended as it stands: it has errors under its rules, which must be put right first.",
            winner.name,
            total_text(winner.total)
        ),
        tied => {
            let names: Vec<&str> = tied.iter().map(|o| o.name.as_str()).collect();
            format!(
                "No single option is recommended: {} tie for first place with {} of 100. The board is asked to choose between them.",
                crate::rules::join_names(&names),
                total_text(tied.first().and_then(|o| o.total))
            )
        }
    }
}

/// The matrix as CSV: one row per option, a column per criterion, then total and rank.
pub fn scores_table(input: &AppraisalInput) -> Table {
    let (appraisal, scored) = (input.appraisal, input.scored);
    let rows = scored
        .options
        .iter()
        .map(|o| {
            let mut row = vec![o.id.to_string(), o.name.clone()];
            row.extend(o.scores.iter().map(|s| score_text(*s)));
            row.push(total_text(o.total));
            row.push(rank_text(scored, o));
            row.push(verdict(o));
            row
        })
        .collect();
    let mut headers = heads(&["Option id", "Option"]);
    headers.extend(
        appraisal
            .criteria
            .iter()
            .map(|c| Cow::Owned(c.name.clone())),
    );
    headers.extend(heads(&["Total (of 100)", "Rank", "Verdict"]));
    Table {
        title: "Scores".to_owned(),
        headers,
        rows,
    }
}
