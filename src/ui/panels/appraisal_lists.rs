//! The Appraisal view's lists: the options over the matrix (named, opened, taken out, and
//! more added from their files) and the criteria down its side (named, taken out, and more
//! added, one of each measure). Every change is one step of undo.

use egui::RichText;

use crate::{
    export::appraisal::{rank_text, total_text},
    model::{Appraisal, AppraisalCommand, Criterion, Id, Measure, MergeKey, Part},
    rules::appraisal::Scored,
    ui::{
        action::{Action, FileAction},
        context::DesignCtx,
    },
};

/// Body type of the Appraisal view: read from the back of a room at 1366x768.
pub(super) const BODY: f32 = 17.0;

/// A small "✖" that takes something out, named for screen readers and in its tooltip.
fn remove_button(ui: &mut egui::Ui, what: &str) -> bool {
    let label = format!("Remove {what}");
    let response = ui
        .small_button("✖")
        .on_hover_text(format!("{label} (Ctrl+Z brings it back)"));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    response.clicked()
}

/// "◀" and "▶": the option one column earlier or later on the short list (where there is one).
fn move_buttons(cx: &DesignCtx, ui: &mut egui::Ui, scored: &Scored, id: Id, name: &str) {
    let Some(at) = scored.options.iter().position(|o| o.id == id) else {
        return;
    };
    let last = scored.options.len().saturating_sub(1);
    for (arrow, way, to) in [
        ("◀", "left", at.checked_sub(1)),
        ("▶", "right", Some(at + 1)),
    ] {
        let Some(index) = to.filter(|&to| to <= last) else {
            continue;
        };
        let label = format!("Move option {name} {way}");
        let response = ui.small_button(arrow).on_hover_text(&label);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if response.clicked() {
            cx.push(Action::EditAppraisal {
                command: AppraisalCommand::MoveOption { id, index },
                merge: None,
            });
        }
    }
}

/// A name typed in place, wrapping as a label would (Enter ends the typing): one undo step
/// however long the typing.
fn name_field(ui: &mut egui::Ui, name: &str, size: f32, label: &str) -> Option<String> {
    let mut text = name.to_owned();
    let field = ui.add(
        egui::TextEdit::multiline(&mut text)
            .font(egui::FontId::proportional(size))
            .desired_rows(1)
            .frame(egui::Frame::NONE)
            .desired_width(f32::INFINITY),
    );
    field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
    if field.has_focus() || field.hovered() {
        // Frameless, it still shows where the typing goes.
        let stroke = ui.visuals().widgets.hovered.bg_stroke;
        ui.painter()
            .rect_stroke(field.rect, 2.0, stroke, egui::StrokeKind::Outside);
    }
    if text.contains('\n') {
        // A name is one line: Enter ends the typing.
        text.retain(|c| c != '\n' && c != '\r');
        field.surrender_focus();
    }
    (field.changed() && !text.trim().is_empty() && text != name).then_some(text)
}

/// The options' names (typed in place), each with its total and rank, the way to open it in
/// the designer, and to take it out; then the way to add more.
pub(super) fn head_row(cx: &DesignCtx, ui: &mut egui::Ui, scored: &Scored, column: f32) {
    ui.label(RichText::new("Criterion").size(BODY).strong());
    ui.label(RichText::new("Weight").size(BODY).strong())
        .on_hover_text("Points: the weights are shared out of 100 (the share is beside)");
    for option in &scored.options {
        ui.vertical(|ui| {
            ui.set_width(column);
            let label = format!("Name of option {}", option.name);
            if let Some(name) = name_field(ui, &option.name, BODY + 1.0, &label) {
                cx.push(Action::EditAppraisal {
                    command: AppraisalCommand::RenameOption {
                        id: option.id,
                        name,
                    },
                    merge: Some(MergeKey::new(Part::AppraisalOption(option.id), "name")),
                });
            }
            // The total and rank stay in sight over the matrix (and again at its foot).
            ui.label(
                RichText::new(format!(
                    "{} of 100 · rank {}{}",
                    total_text(option.total),
                    rank_text(scored, option),
                    if option.rank == Some(1) { " ★" } else { "" }
                ))
                .size(BODY),
            );
            ui.horizontal_wrapped(|ui| {
                if option.unreadable.is_some() {
                    ui.label(RichText::new("⚠ could not be read").size(BODY - 2.0))
                        .on_hover_text(option.unreadable.clone().unwrap_or_default());
                } else {
                    let open = ui
                        .button(RichText::new("Open option").size(BODY - 2.0))
                        .on_hover_text(
                            "Open it in the designer: its edits score again here; Back returns",
                        );
                    if open.clicked() {
                        cx.push(Action::OpenOption(option.id, None));
                    }
                }
                if remove_button(ui, &format!("option {}", option.name)) {
                    cx.push(Action::EditAppraisal {
                        command: AppraisalCommand::RemoveOption { id: option.id },
                        merge: None,
                    });
                }
                move_buttons(cx, ui, scored, option.id, &option.name);
            });
        });
    }
    ui.end_row();
}

/// A criterion's name (typed in place), how it is scored (in full in its tooltip), and the
/// way to take it out.
pub(super) fn criterion_ui(cx: &DesignCtx, ui: &mut egui::Ui, criterion: &Criterion, width: f32) {
    ui.vertical(|ui| {
        ui.set_width(width);
        let label = format!("Name of criterion {}", criterion.name);
        if let Some(name) = name_field(ui, &criterion.name, BODY, &label) {
            cx.push(Action::EditAppraisal {
                command: AppraisalCommand::RenameCriterion {
                    id: criterion.id,
                    name,
                },
                merge: Some(MergeKey::new(Part::Criterion(criterion.id), "name")),
            });
        }
        ui.horizontal_wrapped(|ui| {
            let how = match criterion.measure {
                Measure::Manual => "by the team",
                _ => "by the app",
            };
            ui.label(
                RichText::new(format!("{} · {how}", criterion.measure.id()))
                    .size(BODY - 3.0)
                    .weak(),
            )
            .on_hover_text(criterion.measure.explain());
            if remove_button(ui, &format!("criterion {}", criterion.name)) {
                cx.push(Action::EditAppraisal {
                    command: AppraisalCommand::RemoveCriterion { id: criterion.id },
                    merge: None,
                });
            }
        });
    });
}

/// What a new criterion of each measure is called.
fn new_name(measure: Measure) -> &'static str {
    match measure {
        Measure::Manual => "A criterion the team scores",
        Measure::Compliance => "Meets the law and NHS England policy",
        Measure::BoardCost => "Board cost per year",
        Measure::Seats => "A board small enough to decide",
        Measure::Coterminosity => "Coterminous with local authorities",
    }
}

/// The row under the criteria: add a criterion, of any measure, at a weight of 10 points; and
/// add options to the short list from their files.
pub(super) fn add_row(cx: &DesignCtx, ui: &mut egui::Ui, appraisal: &Appraisal) {
    ui.menu_button(RichText::new("+ Add a criterion").size(BODY - 2.0), |ui| {
        for measure in Measure::ALL {
            let text = format!("{} ({})", new_name(measure), measure.id());
            if ui.button(text).on_hover_text(measure.explain()).clicked() {
                cx.push(Action::EditAppraisal {
                    command: AppraisalCommand::InsertCriterion {
                        index: appraisal.criteria.len(),
                        criterion: Criterion {
                            id: appraisal.next_criterion_id(),
                            name: new_name(measure).to_owned(),
                            weight: 10,
                            measure,
                        },
                        scores: Vec::new(),
                    },
                    merge: None,
                });
            }
        }
    });
    ui.label("");
    let add = ui
        .button(RichText::new("+ Add options...").size(BODY - 2.0))
        .on_hover_text("Add designs or clusters to the short list, from their files");
    if add.clicked() {
        cx.push(Action::File(FileAction::AddOptions));
    }
    ui.end_row();
}
