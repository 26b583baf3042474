//! The preview of File ▸ Import people…: every row of the roster and the seat it fills, or why
//! it is left out; or, when any row is malformed, every bad row and nothing to apply.

use egui::RichText;

use super::action::DialogAnswer;
use crate::model::import::{ImportPlan, Placement, RowError};

/// The import's rows as the preview shows them.
pub fn import_preview_ui(
    ctx: &egui::Context,
    from: &str,
    plan: &Result<ImportPlan, Vec<RowError>>,
) -> Option<DialogAnswer> {
    let modal = egui::Modal::new(egui::Id::unique("import_preview_dialog")).show(ctx, |ui| {
        let width = (ctx.content_rect().width() - 80.0).clamp(320.0, 980.0);
        ui.set_width(width);
        ui.heading(format!("Import people from {from}"));
        ui.add_space(8.0);
        match plan {
            Ok(plan) => planned_ui(ui, from, plan),
            Err(errors) => malformed_ui(ui, errors),
        }
    });
    if modal.should_close() {
        return Some(DialogAnswer::Dismiss);
    }
    modal.inner
}

fn planned_ui(ui: &mut egui::Ui, from: &str, plan: &ImportPlan) -> Option<DialogAnswer> {
    let count = |f: fn(&Placement) -> bool| plan.rows.iter().filter(|(_, p)| f(p)).count();
    let fills = count(|p| matches!(p, Placement::Fills { .. }));
    let adds = count(|p| matches!(p, Placement::Adds { .. }));
    let left = count(|p| matches!(p, Placement::LeftOut { .. }));
    let phrase = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    ui.label(format!(
        "{} in the roster: {}, {}, {}.",
        phrase(plan.rows.len(), "row", "rows"),
        phrase(fills, "fills a vacant seat", "fill vacant seats"),
        phrase(adds, "adds a seat", "add seats"),
        phrase(left, "is left out", "are left out"),
    ));
    ui.add_space(6.0);
    let height = (ui.ctx().content_rect().height() * 0.55).max(160.0);
    egui::ScrollArea::both()
        .id_salt("import_preview_rows")
        .max_height(height)
        .show(ui, |ui| {
            egui::Grid::new("import_preview_grid")
                .striped(true)
                .num_columns(6)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    for header in [
                        "Row",
                        "Name",
                        "What happens",
                        "Role or title",
                        "Organisation",
                        "Term",
                    ] {
                        ui.label(RichText::new(header).strong());
                    }
                    ui.end_row();
                    for (row, placement) in &plan.rows {
                        ui.label(row.number.to_string());
                        ui.label(row.name.trim());
                        match placement {
                            Placement::Fills { label, .. } => {
                                ui.label(format!("Fills the vacant {label}"))
                            }
                            Placement::Adds { label } => ui.label(format!("Adds a seat: {label}")),
                            Placement::LeftOut { reason } => {
                                ui.label(RichText::new(format!("Left out: {reason}")).strong())
                            }
                        };
                        ui.label(row.role.trim());
                        ui.label(row.organisation.trim());
                        ui.label(term_text(&row.appointed, &row.term_ends));
                        ui.end_row();
                    }
                });
        });
    ui.add_space(12.0);
    let people = fills + adds;
    ui.horizontal(|ui| {
        let import = ui
            .add_enabled(
                people > 0,
                egui::Button::new(format!("Import {}", people_phrase(people))),
            )
            .on_hover_text("One step: Ctrl+Z undoes the whole import");
        if import.clicked() {
            return Some(DialogAnswer::Import {
                command: Box::new(plan.command.clone()),
                people,
                from: from.to_owned(),
            });
        }
        ui.button("Cancel")
            .clicked()
            .then_some(DialogAnswer::Dismiss)
    })
    .inner
}

fn malformed_ui(ui: &mut egui::Ui, errors: &[RowError]) -> Option<DialogAnswer> {
    ui.label(
        RichText::new(format!(
            "Nothing can be imported: {} malformed. Correct the roster and import it again; the design has not been changed.",
            if errors.len() == 1 {
                "1 row is".to_owned()
            } else {
                format!("{} rows are", errors.len())
            }
        ))
        .strong(),
    );
    ui.add_space(6.0);
    let height = (ui.ctx().content_rect().height() * 0.5).max(120.0);
    egui::ScrollArea::vertical()
        .id_salt("import_errors")
        .max_height(height)
        .show(ui, |ui| {
            for error in errors {
                ui.label(format!("Row {}: {}", error.number, error.problem));
            }
        });
    ui.add_space(12.0);
    ui.button("Close")
        .clicked()
        .then_some(DialogAnswer::Dismiss)
}

fn term_text(appointed: &str, term_ends: &str) -> String {
    match (appointed.trim(), term_ends.trim()) {
        ("", "") => String::new(),
        (from, "") => format!("from {from}"),
        ("", to) => format!("to {to}"),
        (from, to) => format!("{from} to {to}"),
    }
}

/// "1 person", "3 people".
pub fn people_phrase(n: usize) -> String {
    if n == 1 {
        "1 person".to_owned()
    } else {
        format!("{n} people")
    }
}
