#![allow(clippy::float_cmp)] // the scores compared are small whole numbers, exact in f64

use proptest::prelude::*;

use super::*;
use crate::model::{
    AppraisalOption, Costs, Criterion, Design, OptionSource, Place, PlaceModel, RoleCost, Score,
};
use crate::rules::test_support::valid_board;
use crate::rules::{RuleId as R, Subject};

fn option(id: Id, name: &str, design: Design) -> AppraisalOption {
    AppraisalOption {
        id,
        name: name.to_owned(),
        source: OptionSource::Design(design),
        notes: String::new(),
    }
}

fn criterion(id: Id, weight: u32, measure: Measure) -> Criterion {
    Criterion {
        id,
        name: format!("Criterion {id}"),
        weight,
        measure,
    }
}

fn manual(option: Id, criterion: Id, score: u8) -> Score {
    Score {
        option,
        criterion,
        score,
        rationale: String::new(),
    }
}

/// Two valid boards and one with errors, a manual criterion and compliance, weights 50/50.
fn sample() -> Appraisal {
    let mut broken = valid_board();
    broken.board.retain(|s| s.id != 5); // no director of finance: an error
    Appraisal {
        title: "Sample".into(),
        as_at: "2027-04-01".into(),
        rule_pack: "df2021".into(),
        options: vec![
            option(1, "A", valid_board()),
            option(2, "B", valid_board()),
            option(3, "C", broken),
        ],
        criteria: vec![
            criterion(1, 50, Measure::Compliance),
            criterion(2, 50, Measure::Manual),
        ],
        scores: vec![manual(1, 2, 3), manual(2, 2, 5), manual(3, 2, 5)],
        ..Appraisal::default()
    }
}

fn run(appraisal: &Appraisal) -> Scored {
    let inputs: Vec<OptionInput> = appraisal
        .options
        .iter()
        .map(|o| match &o.source {
            OptionSource::Design(d) => OptionInput::Read(OptionRef::Design(d)),
            OptionSource::Cluster(c) => OptionInput::Read(OptionRef::Cluster(c)),
            OptionSource::File(_) => OptionInput::Unreadable("line 3, column 5: Unknown field"),
        })
        .collect();
    score(appraisal, &inputs)
}

fn rules(scored: &Scored) -> Vec<R> {
    scored.findings.iter().map(|f| f.rule).collect()
}

#[test]
fn compliance_scores_follow_errors_and_warnings() {
    let report = |errors: usize, warnings: usize| {
        let finding = |severity| Finding {
            rule: R::BoardChair,
            severity,
            message: String::new(),
            subjects: Vec::new(),
            scope: Scope::Design,
        };
        let mut findings = vec![finding(Severity::Error); errors];
        findings.extend(vec![finding(Severity::Warning); warnings]);
        Report { findings }
    };
    let cases = [
        (0, 0, 5.0),
        (0, 1, 4.0),
        (0, 2, 4.0),
        (0, 3, 3.0),
        (0, 8, 1.0),
        (0, 30, 1.0),
        (1, 0, 0.0),
    ];
    for (errors, warnings, expected) in cases {
        assert_eq!(
            compliance_score(&report(errors, warnings)),
            expected,
            "{errors} errors, {warnings} warnings"
        );
    }
}

#[test]
fn totals_ranks_and_the_option_with_errors() {
    let scored = run(&sample());
    let totals: Vec<Option<f64>> = scored.options.iter().map(|o| o.total).collect();
    // The valid board has a warning or two under df2021, so compliance 4:
    // A: 50×4/5 + 50×3/5 = 70; B: 40 + 50 = 90; C: 0 + 50 = 50.
    assert_eq!(compliance_score(&scored.options[0].report), 4.0);
    assert_eq!(totals, vec![Some(70.0), Some(90.0), Some(50.0)]);
    let ranks: Vec<Option<usize>> = scored.options.iter().map(|o| o.rank).collect();
    assert_eq!(ranks, vec![Some(2), Some(1), Some(3)]);
    assert!(!scored.options[2].valid());
    assert!(!rules(&scored).contains(&R::AppraisalNotRecommendable));
}

#[test]
fn ties_share_a_rank() {
    let mut appraisal = sample();
    appraisal.scores = vec![manual(1, 2, 5), manual(2, 2, 5), manual(3, 2, 5)];
    let scored = run(&appraisal);
    let ranks: Vec<Option<usize>> = scored.options.iter().map(|o| o.rank).collect();
    assert_eq!(ranks, vec![Some(1), Some(1), Some(3)]);
    assert_eq!(scored.winners().len(), 2);
    assert!(rules(&scored).contains(&R::AppraisalCloseCall));
}

#[test]
fn a_winner_with_errors_is_not_recommendable() {
    let mut appraisal = sample();
    appraisal.criteria[0].weight = 10;
    appraisal.criteria[1].weight = 90;
    appraisal.scores = vec![manual(1, 2, 1), manual(2, 2, 1), manual(3, 2, 5)];
    let scored = run(&appraisal);
    assert_eq!(scored.options[2].rank, Some(1));
    let finding = scored
        .findings
        .iter()
        .find(|f| f.rule == R::AppraisalNotRecommendable)
        .expect("not recommendable");
    assert_eq!(finding.subjects, vec![Subject::AppraisalOption(3)]);
}

#[test]
fn sensitivity_is_the_weight_range_where_the_winner_holds() {
    let scored = run(&sample());
    // B wins. Against A on the manual criterion (index 1): B 50×5 + x×5 against A 50×5 + x×3,
    // so B holds for every x ≥ 0; C scores 0 on compliance: B holds everywhere too.
    let manual = scored.criteria[1].sensitivity.clone().unwrap();
    assert_eq!((manual.holds_from, manual.holds_to), (0.0, 100.0));
    assert_eq!(manual.change, None);
    assert!(manual.robust());
    // On compliance (index 0): B 50×5 + 5x, C 50×5 + 0x, A 50×3 + 5x: B holds for x ≥ 0.
    let compliance = scored.criteria[0].sensitivity.clone().unwrap();
    assert_eq!(compliance.holds_from, 0.0);
    assert!(compliance.change.is_none() || compliance.change.unwrap().0 > 0.0);
}

#[test]
fn a_small_weight_move_that_changes_the_winner_is_a_close_call() {
    let mut appraisal = sample();
    // Manual: A 5, B 4; compliance equal (both valid). Add a second manual criterion where B
    // leads: A wins on weights 50/50 by a little.
    appraisal.options.truncate(2);
    appraisal.criteria = vec![
        criterion(1, 50, Measure::Manual),
        criterion(2, 50, Measure::Manual),
    ];
    appraisal.scores = vec![
        manual(1, 1, 5),
        manual(2, 1, 3),
        manual(1, 2, 2),
        manual(2, 2, 3),
    ];
    let scored = run(&appraisal);
    // A: 50×5 + 50×2 = 350 → 70; B: 50×3 + 50×3 = 300 → 60.
    assert_eq!(scored.options[0].total, Some(70.0));
    let first = scored.criteria[0].sensitivity.clone().unwrap();
    // A holds while 50×2 + 5x ≥ 50×3 + 3x, i.e. x ≥ 25: a move of 25 points down.
    assert!((first.holds_from - 25.0).abs() < 1e-9);
    assert_eq!(first.change.map(|c| c.1), Some(2));
    assert!((first.change.unwrap().0 - 25.0).abs() < 1e-9);
    assert!(first.robust());
    // On the second, A holds while 50×5 + 2x ≥ 50×3 + 3x, i.e. x ≤ 100.
    let second = scored.criteria[1].sensitivity.clone().unwrap();
    assert!((second.holds_to - 100.0).abs() < 1e-9);
    assert!(!rules(&scored).contains(&R::AppraisalCloseCall));
    // A scores 5 and 0, B 0 and 5, weights 54 and 46: A leads by 8 points of 100, and moving
    // the first weight down by 8 points ties them.
    appraisal.criteria[0].weight = 54;
    appraisal.criteria[1].weight = 46;
    appraisal.scores = vec![
        manual(1, 1, 5),
        manual(2, 1, 0),
        manual(1, 2, 0),
        manual(2, 2, 5),
    ];
    let scored = run(&appraisal);
    assert_eq!(scored.options[0].total, Some(54.0));
    let first = scored.criteria[0].sensitivity.clone().unwrap();
    assert!((first.change.unwrap().0 - 8.0).abs() < 1e-9);
    assert!(!first.robust());
    let close = scored
        .findings
        .iter()
        .find(|f| f.rule == R::AppraisalCloseCall)
        .expect("a close call");
    assert!(
        close.message.contains("by 8.0 points puts B first"),
        "{}",
        close.message
    );
    assert!(close.subjects.contains(&Subject::Criterion(1)));
}

#[test]
fn the_appraisal_rules_fire_at_their_edges() {
    let mut appraisal = sample();
    assert!(!rules(&run(&appraisal)).contains(&R::AppraisalOptions));
    assert!(!rules(&run(&appraisal)).contains(&R::AppraisalWeights));
    assert!(!rules(&run(&appraisal)).contains(&R::AppraisalScoreMissing));
    appraisal.criteria[0].weight = 51;
    assert!(rules(&run(&appraisal)).contains(&R::AppraisalWeights));
    appraisal.criteria[0].weight = 0;
    appraisal.criteria[1].weight = 100;
    let zero = run(&appraisal);
    let weights: Vec<&Finding> = zero
        .findings
        .iter()
        .filter(|f| f.rule == R::AppraisalWeights)
        .collect();
    assert_eq!(weights.len(), 1);
    assert_eq!(weights[0].subjects, vec![Subject::Criterion(1)]);
    appraisal.scores.pop();
    let missing = run(&appraisal);
    let finding = missing
        .findings
        .iter()
        .find(|f| f.rule == R::AppraisalScoreMissing)
        .unwrap();
    assert!(
        finding.message.contains("C on \"Criterion 2\""),
        "{}",
        finding.message
    );
    appraisal.options.truncate(1);
    assert!(rules(&run(&appraisal)).contains(&R::AppraisalOptions));
}

#[test]
fn an_unreadable_option_is_a_finding_and_the_rest_still_score() {
    let mut appraisal = sample();
    appraisal.options[0].source = OptionSource::File("missing.ron".into());
    let scored = run(&appraisal);
    let finding = scored
        .findings
        .iter()
        .find(|f| f.rule == R::AppraisalOptionUnreadable)
        .unwrap();
    assert!(finding.message.contains("line 3, column 5"));
    assert_eq!(scored.options[0].total, None);
    assert_eq!(scored.options[0].rank, None);
    assert_eq!(scored.options[1].rank, Some(1));
    assert_eq!(scored.options[2].rank, Some(2));
}

#[test]
fn costs_score_the_cheapest_five_and_no_costs_leave_the_criterion_out() {
    let mut appraisal = sample();
    appraisal
        .criteria
        .push(criterion(3, 20, Measure::BoardCost));
    let scored = run(&appraisal);
    assert!(rules(&scored).contains(&R::AppraisalNoCosts));
    assert!(scored.criteria[2].left_out);
    assert_eq!(scored.options[0].scores[2], None);
    appraisal.costs = Costs {
        on_cost_percent: 10,
        roles: vec![
            RoleCost {
                role: "chair".into(),
                annual: 60_000,
            },
            RoleCost {
                role: "non-executive".into(),
                annual: 15_000,
            },
        ],
    };
    // C lacks the finance seat but that costs nothing here; make A dearer by a seat's own cost.
    if let OptionSource::Design(design) = &mut appraisal.options[0].source {
        design.board[3].annual_cost = Some(200_000);
    }
    let scored = run(&appraisal);
    assert!(!rules(&scored).contains(&R::AppraisalNoCosts));
    // B and C: (60,000 + 2 × 15,000) × 1.1 = 99,000; A adds 220,000.
    assert_eq!(scored.options[1].cost, 99_000);
    assert_eq!(scored.options[0].cost, 319_000);
    assert_eq!(scored.options[0].scores[2], Some(1.0));
    assert_eq!(scored.options[1].scores[2], Some(5.0));
}

#[test]
fn coterminosity_counts_authorities_left_out_and_split() {
    let mut with_places = valid_board();
    let mut place = Place::new(1, "North", PlaceModel::ConsultativeForum);
    place.local_authority = "North District Council".into();
    place.county_council = "Westshire County Council".into();
    with_places.places.push(place);
    let mut appraisal = sample();
    appraisal.options[0].source = OptionSource::Design(with_places);
    appraisal
        .criteria
        .push(criterion(3, 10, Measure::Coterminosity));
    let scored = run(&appraisal);
    assert_eq!(scored.options[0].scores[2], Some(5.0));
    // B and C leave out both the district and its county.
    assert_eq!(scored.options[1].scores[2], Some(3.0));
    assert_eq!(scored.options[1].coterminosity.len(), 2);
}

fn shuffled(appraisal: &Appraisal, order: &[usize]) -> Appraisal {
    let mut out = appraisal.clone();
    out.options = order
        .iter()
        .map(|i| appraisal.options[*i].clone())
        .collect();
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn totals_stay_between_0_and_100(
        weights in proptest::collection::vec(0u32..200, 2),
        scores in proptest::collection::vec(0u8..=5, 3),
    ) {
        let mut appraisal = sample();
        appraisal.criteria[0].weight = weights[0];
        appraisal.criteria[1].weight = weights[1];
        for (score, value) in appraisal.scores.iter_mut().zip(&scores) {
            score.score = *value;
        }
        for option in run(&appraisal).options {
            let total = option.total.unwrap();
            prop_assert!((0.0..=100.0).contains(&total), "{total}");
        }
    }

    #[test]
    fn shuffling_the_options_changes_no_score(
        scores in proptest::collection::vec(0u8..=5, 3),
        order in Just(vec![0usize, 1, 2]).prop_shuffle(),
    ) {
        let mut appraisal = sample();
        for (score, value) in appraisal.scores.iter_mut().zip(&scores) {
            score.score = *value;
        }
        let before = run(&appraisal);
        let after = run(&shuffled(&appraisal, &order));
        for option in &before.options {
            let same = after.options.iter().find(|o| o.id == option.id).unwrap();
            prop_assert_eq!(&option.scores, &same.scores);
            prop_assert_eq!(option.total, same.total);
            prop_assert_eq!(option.rank, same.rank);
        }
    }

    #[test]
    fn raising_the_winners_manual_score_never_lowers_its_rank(
        scores in proptest::collection::vec(0u8..5, 3),
    ) {
        let mut appraisal = sample();
        for (score, value) in appraisal.scores.iter_mut().zip(&scores) {
            score.score = *value;
        }
        let before = run(&appraisal);
        let winner = before.winners()[0].id;
        let rank = before.winners()[0].rank;
        let slot = appraisal.scores.iter_mut().find(|s| s.option == winner).unwrap();
        slot.score += 1;
        let after = run(&appraisal);
        let now = after.options.iter().find(|o| o.id == winner).unwrap().rank;
        prop_assert!(now <= rank);
    }
}
