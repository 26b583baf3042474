//! The Appraisal view: the options as columns and the criteria as rows. The team's scores are
//! edited in their cells (0 to 5, with the reason beside), weights in the row headers, and the
//! totals and ranks at the foot re-rank as they change. A score the app found opens its
//! workings beside the matrix (`appraisal_workings.rs`).

use egui::{RichText, Vec2};

use super::appraisal_lists::{self as lists, BODY};

use crate::{
    export::appraisal::{basis_of, rank_text, recommendation_of, score_text, total_text},
    model::{
        Appraisal, AppraisalCommand, Criterion, MAX_SCORE, MAX_WEIGHT, Measure, MergeKey, Part,
    },
    rules::appraisal::{CriterionResult, OptionResult, Scored},
    ui::{
        action::{Action, FileAction, PendingAction},
        appraisal_space::AppraisalSpace,
        context::DesignCtx,
        workspace_appraisal::FromAppraisal,
    },
};

/// The widest the criteria's column grows, and the weights' column.
const CRITERION_WIDTH: f32 = 250.0;
const WEIGHT_WIDTH: f32 = 112.0;
/// The keys that type a score, 0 to 5.
const DIGITS: [egui::Key; 6] = [
    egui::Key::Num0,
    egui::Key::Num1,
    egui::Key::Num2,
    egui::Key::Num3,
    egui::Key::Num4,
    egui::Key::Num5,
];

/// The whole view: the title and recommendation over the matrix.
pub fn appraisal_ui(cx: &DesignCtx, ui: &mut egui::Ui, space: &AppraisalSpace) {
    let appraisal = space.appraisal();
    let scored = &space.scored;
    title_ui(cx, ui, appraisal);
    ui.label(
        RichText::new(format!(
            "{} options judged under {} at {}. {}",
            scored.options.len(),
            scored.pack,
            scored.as_at.long(),
            recommendation_of(scored)
        ))
        .size(BODY),
    );
    ui.add_space(4.0);
    // Each option's column shares what the criteria leave, within reason (then it scrolls).
    let options = scored.options.len().max(1) as f32;
    // On a narrow window the criteria's names wrap sooner.
    let names = (ui.available_width() * 0.22).clamp(150.0, CRITERION_WIDTH);
    let column =
        ((ui.available_width() - names - WEIGHT_WIDTH - 40.0) / options).clamp(140.0, 340.0);
    egui::ScrollArea::both()
        .id_salt("appraisal_matrix_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("appraisal_matrix")
                .striped(true)
                .spacing(Vec2::new(12.0, 10.0))
                .show(ui, |ui| {
                    lists::head_row(cx, ui, scored, column);
                    for (index, (criterion, result)) in
                        appraisal.criteria.iter().zip(&scored.criteria).enumerate()
                    {
                        lists::criterion_ui(cx, ui, criterion, names);
                        weight_ui(cx, ui, criterion, result);
                        for option in &scored.options {
                            let cell = Cell {
                                appraisal,
                                option,
                                criterion,
                                index,
                                width: column,
                            };
                            cell_ui(cx, ui, &cell);
                        }
                        ui.end_row();
                    }
                    lists::add_row(cx, ui, appraisal);
                    foot_rows(ui, scored, column);
                });
        });
}

fn title_ui(cx: &DesignCtx, ui: &mut egui::Ui, appraisal: &Appraisal) {
    let mut title = appraisal.title.clone();
    let field = ui.add(
        egui::TextEdit::singleline(&mut title)
            .font(egui::FontId::proportional(24.0))
            .desired_width(f32::INFINITY),
    );
    field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Appraisal title"));
    if field.changed() {
        cx.push(Action::EditAppraisal {
            command: AppraisalCommand::SetTitle(title),
            merge: Some(MergeKey::new(Part::Appraisal, "title")),
        });
    }
}

/// The weight, in points, with its share of 100; typed or dragged, re-ranking as it moves.
fn weight_ui(cx: &DesignCtx, ui: &mut egui::Ui, criterion: &Criterion, result: &CriterionResult) {
    ui.horizontal(|ui| {
        ui.set_width(WEIGHT_WIDTH);
        let mut weight = criterion.weight;
        let label = format!("Weight of {}", criterion.name);
        let field = ui
            .add(
                egui::DragValue::new(&mut weight)
                    .range(0..=MAX_WEIGHT)
                    .speed(1.0),
            )
            .on_hover_text(format!(
                "{label}: drag, or type the points (arrow keys step it)"
            ));
        field.widget_info(|| {
            egui::WidgetInfo::slider(true, f64::from(criterion.weight), label.as_str())
        });
        if field.changed() && weight != criterion.weight {
            cx.push(Action::EditAppraisal {
                command: AppraisalCommand::SetWeight {
                    criterion: criterion.id,
                    weight,
                },
                merge: Some(MergeKey::new(Part::Criterion(criterion.id), "weight")),
            });
        }
        let share = if result.left_out {
            "left out".to_owned()
        } else {
            format!("= {:.0}%", result.share)
        };
        ui.label(RichText::new(share).weak())
            .on_hover_text(if result.left_out {
                "Left out of the totals: no seat of any option has a cost"
            } else {
                "Its share of the total of 100"
            });
    });
}

/// One cell: an option against a criterion.
struct Cell<'a> {
    appraisal: &'a Appraisal,
    option: &'a OptionResult,
    criterion: &'a Criterion,
    /// The criterion's place in the list (its score's place in the option's scores).
    index: usize,
    width: f32,
}

fn cell_ui(cx: &DesignCtx, ui: &mut egui::Ui, cell: &Cell) {
    ui.vertical(|ui| {
        ui.set_width(cell.width);
        if cell.criterion.measure == Measure::Manual {
            manual_ui(cx, ui, cell);
        } else {
            found_ui(cx, ui, cell);
        }
    });
}

/// The team's score (0 to 5: typed, dragged or stepped with the arrow keys) and its reason.
fn manual_ui(cx: &DesignCtx, ui: &mut egui::Ui, cell: &Cell) {
    let (option, criterion) = (cell.option.id, cell.criterion.id);
    let given = cell.appraisal.score(option, criterion);
    let rationale = given.map_or("", |s| s.rationale.as_str());
    let set = |score: u8, rationale: String, field: &'static str| {
        cx.push(Action::EditAppraisal {
            command: AppraisalCommand::SetScore {
                option,
                criterion,
                score: Some((score, rationale)),
            },
            merge: Some(MergeKey::new(Part::Score(option, criterion), field)),
        });
    };
    let label = format!("Score of {} on {}", cell.option.name, cell.criterion.name);
    ui.horizontal(|ui| {
        // A slider steps by whole points with the arrow keys, and takes a click or a drag.
        let mut value = given.map_or(0, |s| s.score);
        let field = ui
            .add(egui::Slider::new(&mut value, 0..=MAX_SCORE).step_by(1.0))
            .on_hover_text(format!(
                "{label}: 0 to {MAX_SCORE} (type a digit, or step it with the up and down arrows)"
            ));
        field.widget_info(|| egui::WidgetInfo::slider(true, f64::from(value), label.as_str()));
        // egui keeps the arrow keys for the slider from its second frame with the focus: draw
        // that frame now, so the first arrow pressed steps the score.
        if field.gained_focus() {
            ui.ctx().request_repaint();
        }
        // A digit typed while it has the focus gives that score at once.
        let typed = if field.has_focus() {
            ui.input_mut(|i| {
                DIGITS
                    .iter()
                    .position(|key| i.consume_key(egui::Modifiers::NONE, *key))
            })
        } else {
            None
        };
        if let Some(typed) = typed {
            value = u8::try_from(typed).unwrap_or(MAX_SCORE);
        }
        if (field.changed() || typed.is_some()) && given.is_none_or(|s| s.score != value) {
            set(value, rationale.to_owned(), "score");
        }
        if given.is_none() {
            ui.label(RichText::new("not scored").italics().weak());
        }
    });
    let mut reason = rationale.to_owned();
    let field = ui.add(
        egui::TextEdit::multiline(&mut reason)
            .desired_rows(1)
            .desired_width(cell.width)
            .hint_text("the reason"),
    );
    let reason_label = format!("Reason for the {}", label.to_lowercase());
    field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &reason_label));
    if field.changed() {
        set(given.map_or(0, |s| s.score), reason, "rationale");
    }
}

/// A score the app found: the score and what it was found from; a click shows the workings.
fn found_ui(cx: &DesignCtx, ui: &mut egui::Ui, cell: &Cell) {
    let score = cell.option.scores.get(cell.index).copied().flatten();
    let open = cx.view.appraisal_cell == Some((cell.option.id, cell.criterion.id));
    let text = RichText::new(format!(
        "{}  ·  {}",
        score_text(score),
        basis_of(cell.option, cell.criterion.measure)
    ))
    .size(BODY);
    let response = ui
        .add(egui::Button::selectable(open, text).wrap())
        .on_hover_text(format!(
            "{} (click for the workings)",
            cell.criterion.measure.explain()
        ));
    if response.clicked() {
        cx.push(Action::AppraisalCell(
            (!open).then_some((cell.option.id, cell.criterion.id)),
        ));
    }
}

/// The weighted totals and the ranks, ties shown as ties; the first marked in words too.
fn foot_rows(ui: &mut egui::Ui, scored: &Scored, column: f32) {
    ui.label(RichText::new("Weighted total (of 100)").size(BODY).strong());
    ui.label("");
    for option in &scored.options {
        let fraction = option.total.map_or(0.0, |t| (t / 100.0) as f32);
        ui.add(
            egui::ProgressBar::new(fraction).desired_width(column).text(
                RichText::new(total_text(option.total))
                    .size(BODY + 2.0)
                    .strong(),
            ),
        );
    }
    ui.end_row();
    ui.label(RichText::new("Rank").size(BODY).strong());
    ui.label("");
    for option in &scored.options {
        let rank = rank_text(scored, option);
        let first = if option.rank == Some(1) {
            "  ★ first"
        } else {
            ""
        };
        ui.label(
            RichText::new(format!("{rank}{first}"))
                .size(BODY + 4.0)
                .strong(),
        );
    }
    ui.end_row();
}

/// Over an option opened from an appraisal: how it scores there as it is now, and the way back.
pub fn from_appraisal_bar_ui(cx: &DesignCtx, ui: &mut egui::Ui, from: &FromAppraisal) {
    ui.horizontal_wrapped(|ui| {
        let back = ui
            .button(RichText::new("◀ Back to the appraisal").size(BODY).strong())
            .on_hover_text(if from.inline {
                "Its edits go back into the appraisal, as one step Ctrl+Z can undo"
            } else {
                "Asks first whether to save the option's file, if it has changed"
            });
        if back.clicked() {
            cx.push(Action::File(FileAction::Request(
                PendingAction::BackToAppraisal(None),
            )));
        }
        let rank = from.option.rank.map_or_else(
            || "unranked".to_owned(),
            |r| format!("rank {r} of {}", from.options),
        );
        ui.label(
            RichText::new(format!(
                "Option \"{}\": {} of 100, {rank}, as it stands here",
                from.option.name,
                total_text(from.option.total)
            ))
            .size(BODY),
        )
        .on_hover_text(format!("In the appraisal \"{}\"", from.title));
        if from.appraisal_dirty {
            ui.label(RichText::new("(the appraisal has unsaved changes)").weak());
        }
    });
}
