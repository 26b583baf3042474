//! The inspector: edit the selected seat, committee or place, or the design itself.

mod group;
mod seat;
mod year;

use egui::RichText;

use crate::ui::{
    action::Action,
    context::DesignCtx,
    view::Selection,
    widgets::{labelled_line, theme},
};
use crate::{
    model::{Command, MergeKey, Part},
    rules::{Severity, Subject},
};

/// The inspector's fields for the selection (or the design's own), scrolling in its room.
pub fn inspector_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical()
        .id_salt("inspector_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(6.0);
            let design = cx.shared();
            match cx.view.selection {
                Selection::Seat(id) => {
                    if let Some(seat) = design.seat(id) {
                        seat::seat_inspector_ui(cx, ui, seat);
                    }
                }
                Selection::Committee(id) => {
                    if let Some(committee) = design.committee(id) {
                        group::committee_inspector_ui(cx, ui, committee);
                    }
                }
                Selection::Place(id) => {
                    if let Some(place) = design.place(id) {
                        group::place_inspector_ui(cx, ui, place);
                    }
                }
                Selection::None => design_inspector_ui(cx, ui),
            }
        });
}

/// With nothing selected the inspector folds to one line, and the findings get the column.
pub fn folded_inspector_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        if ui
            .button("✎ Design details")
            .on_hover_text(
                "The design's name, system, notes and rule pack. Select a seat, committee or \
                 place to edit it here.",
            )
            .clicked()
        {
            cx.push(Action::SetDesignDetailsOpen(true));
        }
        ui.add(egui::Label::new(RichText::new("or select a card to edit it").weak()).truncate());
    });
    ui.separator();
}

pub(super) fn findings_list_ui(cx: &DesignCtx, ui: &mut egui::Ui, subject: Subject) {
    let findings: Vec<_> = cx
        .report
        .findings
        .iter()
        .filter(|f| f.concerns(subject))
        .collect();
    if findings.is_empty() {
        return;
    }
    ui.separator();
    ui.label(RichText::new("Findings").strong());
    for finding in findings {
        ui.label(
            RichText::new(format!(
                "{}: {}",
                finding.severity.as_str(),
                finding.message
            ))
            .color(theme::severity_colour(finding.severity, cx.view.dark)),
        )
        .on_hover_text(format!("{} - source: {}", finding.rule, finding.source()));
    }
}

fn design_inspector_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let design = cx.shared();
    ui.horizontal(|ui| {
        ui.heading("Design");
        if ui
            .button("Fold")
            .on_hover_text("Give the findings the column")
            .clicked()
        {
            cx.push(Action::SetDesignDetailsOpen(false));
        }
    });
    ui.label(RichText::new("Select a seat, committee or place to edit it.").weak());
    let mut name = design.name.clone();
    if labelled_line(ui, "Design name", &mut name) {
        cx.edit_typed(Command::SetName(name), MergeKey::new(Part::Design, "name"));
    }
    let mut system = design.system.clone();
    if labelled_line(ui, "Integrated care system", &mut system) {
        cx.edit_typed(
            Command::SetSystem(system),
            MergeKey::new(Part::Design, "system"),
        );
    }
    ui.label("Notes");
    let mut notes = design.notes.clone();
    let response = ui.add(egui::TextEdit::multiline(&mut notes).desired_rows(4));
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, "Design notes")
    });
    if response.changed() {
        cx.edit_typed(
            Command::SetNotes(notes),
            MergeKey::new(Part::Design, "notes"),
        );
    }
    ui.separator();
    let mut level = design.system_level.clone();
    if ui
        .checkbox(
            &mut level.vcse_agreement,
            "A formal agreement embeds the VCSE sector in system governance",
        )
        .on_hover_text("system.vcse_agreement (DF2021)")
        .changed()
    {
        cx.edit(Command::SetSystemLevel(level));
    }
    ui.label(format!(
        "Trusts listed: {}; provider collaboratives: {}",
        design.system_level.trusts.len(),
        design.system_level.provider_collaboratives.len()
    ));
    ui.separator();
    ui.label(RichText::new("Rule pack").strong());
    ui.label(cx.pack.describe());
    let errors = cx.report.count(Severity::Error);
    ui.label(Severity::Error.count_phrase(errors));
}
