//! Beside the Appraisal view: what the chosen cell was found from (an option's errors and
//! warnings, each a way to open the option on it; its cost; its seats; the authorities it
//! splits), and how sure the winner is: per criterion, the weights at which it holds.

use egui::RichText;

use crate::{
    export::appraisal::{basis_of, score_text},
    model::{Appraisal, Measure, thousands},
    rules::{
        Finding, Severity,
        appraisal::{OptionResult, Scored},
    },
    ui::{
        action::Action, appraisal_space::AppraisalSpace, context::DesignCtx,
        widgets::sensitivity::sensitivity_chart,
    },
};

pub fn workings_ui(cx: &DesignCtx, ui: &mut egui::Ui, space: &AppraisalSpace) {
    let (appraisal, scored) = (space.appraisal(), &space.scored);
    egui::ScrollArea::vertical()
        .id_salt("appraisal_workings")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading("Workings");
            match cx.view.appraisal_cell.and_then(|(o, c)| {
                let option = scored.options.iter().find(|r| r.id == o)?;
                let index = appraisal.criteria.iter().position(|k| k.id == c)?;
                Some((option, index))
            }) {
                Some((option, index)) => cell_workings_ui(cx, ui, appraisal, option, index),
                None => {
                    ui.label("Click a score the app found (compliance, cost, seats, coterminosity) to see what it was found from.");
                }
            }
            ui.add_space(10.0);
            ui.separator();
            sensitivity_ui(cx, ui, appraisal, scored);
        });
}

fn cell_workings_ui(
    cx: &DesignCtx,
    ui: &mut egui::Ui,
    appraisal: &Appraisal,
    option: &OptionResult,
    index: usize,
) {
    let Some(criterion) = appraisal.criteria.get(index) else {
        return;
    };
    ui.label(RichText::new(&option.name).size(18.0).strong());
    ui.label(RichText::new(&criterion.name).size(16.0));
    ui.label(
        RichText::new(format!(
            "Scores {} of 5: {}",
            score_text(option.scores.get(index).copied().flatten()),
            basis_of(option, criterion.measure)
        ))
        .size(16.0)
        .strong(),
    );
    ui.label(RichText::new(format!("How: {}.", criterion.measure.explain())).weak());
    ui.add_space(6.0);
    if let Some(why) = &option.unreadable {
        ui.label(format!("⚠ The option could not be read: {why}"));
        return;
    }
    match criterion.measure {
        Measure::Compliance => findings_ui(cx, ui, option),
        Measure::BoardCost => {
            ui.label(format!(
                "Its board costs £{} a year, on-costs included, from the appraisal's costs by role (a seat's own cost overrides its role's).",
                thousands(option.cost)
            ));
        }
        Measure::Seats => {
            ui.label(format!(
                "{} on its board (a merger's successor's, for a merger).",
                crate::rules::plural(option.voting_members, "voting member", "voting members")
            ));
        }
        Measure::Coterminosity => {
            if option.coterminosity.is_empty() {
                ui.label("No local authority is split between ICBs or left out.");
            }
            for problem in &option.coterminosity {
                ui.label(format!("• {problem}"));
            }
        }
        Measure::Manual => {}
    }
    ui.add_space(6.0);
    if ui
        .button("Open option")
        .on_hover_text("Open it in the designer: its edits score again here")
        .clicked()
    {
        cx.push(Action::OpenOption(option.id, None));
    }
}

/// The option's errors and warnings, each a link that opens the option on its subject.
fn findings_ui(cx: &DesignCtx, ui: &mut egui::Ui, option: &OptionResult) {
    let shown: Vec<&Finding> = option
        .report
        .findings
        .iter()
        .filter(|f| matches!(f.severity, Severity::Error | Severity::Warning))
        .collect();
    if shown.is_empty() {
        ui.label("No errors and no warnings under the appraisal's pack.");
    }
    for finding in shown {
        let sign = match finding.severity {
            Severity::Error => "✖ Error",
            _ => "⚠ Warning",
        };
        let link = ui
            .add(
                egui::Button::new(format!("{sign}: {}", finding.message))
                    .wrap()
                    .frame(false),
            )
            .on_hover_text("Open the option on this finding");
        if link.clicked() {
            let subject = finding.subjects.first().copied();
            cx.push(Action::OpenOption(
                option.id,
                subject.map(|subject| (finding.scope, subject)),
            ));
        }
    }
}

/// Per criterion: the weights at which the winner stays first, drawn, and in words.
fn sensitivity_ui(cx: &DesignCtx, ui: &mut egui::Ui, appraisal: &Appraisal, scored: &Scored) {
    ui.heading("How sure is the winner?");
    let winners = scored.winners();
    let [winner] = winners.as_slice() else {
        if winners.is_empty() {
            // Nothing ranked: the recommendation line says why (no options, none read, no
            // criteria).
            ui.label("No option is ranked yet, so there is no winner to test.");
        } else {
            ui.label("No single winner: the options at the top are tied, so any move of a weight decides between them.");
        }
        return;
    };
    ui.label(format!(
        "The band is the weight each criterion can take with {} still first (the others' weights kept); the mark is its weight now.",
        winner.name
    ));
    for (criterion, result) in appraisal.criteria.iter().zip(&scored.criteria) {
        ui.add_space(4.0);
        ui.label(RichText::new(&criterion.name).strong());
        let Some(sensitivity) = &result.sensitivity else {
            ui.label(RichText::new("left out of the totals").weak());
            continue;
        };
        sensitivity_chart(ui, sensitivity, cx.view.dark, &criterion.name, 1.0);
        let words = match sensitivity.change {
            None => "No weight from 0 to 100 changes the winner: robust.".to_owned(),
            Some((points, to)) => format!(
                "A move of {points:.1} points puts {} first{}.",
                appraisal
                    .option(to)
                    .map_or("another option", |o| o.name.as_str()),
                if sensitivity.robust() {
                    " (robust)"
                } else {
                    ": a close call"
                }
            ),
        };
        ui.label(words);
    }
}
