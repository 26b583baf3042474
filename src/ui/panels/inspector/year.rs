//! The holder's year (docs/rules.md section 7): the last declaration of interests and the last
//! fit and proper person assessment, with its outcome, and when each falls due again.

use egui::RichText;

use crate::{
    model::{Command, FpptOutcome, Holder},
    rules::year::{declaration_next_due, fppt_next_due},
    ui::{context::DesignCtx, widgets::date_field::date_field},
};

/// The three fields, each one undo step; true when one was edited.
pub(super) fn holder_year_ui(cx: &DesignCtx, ui: &mut egui::Ui, id: u32, holder: &Holder) -> bool {
    let set = |next: Holder| {
        cx.edit(Command::SetSeatHolder {
            id,
            holder: Some(next),
        });
    };
    ui.label(RichText::new("Fit and proper person, declarations").strong())
        .on_hover_text(
            "people.fppt_due (policy: FPPT2023), people.fppt_not_fit (policy: FPPT2023) and people.declaration_due (policy: COI2017): every board member in post is assessed, and declares, every year. Dates and outcomes only: the evidence stays with the ICB.",
        );
    if let Some(date) = date_field(
        ui,
        "Last declaration of interests",
        ("declared", id),
        &holder.interests_declared,
    ) {
        let mut next = holder.clone();
        next.interests_declared = date;
        set(next);
        return true;
    }
    if let Some(due) = declaration_next_due(holder) {
        ui.label(RichText::new(format!("Next declaration due {}", due.long())).weak());
    }
    if let Some(date) = date_field(
        ui,
        "Last fit and proper person assessment",
        ("assessed", id),
        &holder.fppt_assessed,
    ) {
        let mut next = holder.clone();
        next.fppt_assessed = date;
        set(next);
        return true;
    }
    let outcome = holder.fppt_outcome;
    let name = |o: Option<FpptOutcome>| o.map_or("Not recorded", FpptOutcome::name);
    let mut chosen = outcome;
    egui::ComboBox::new(("fppt_outcome", id), "Outcome of the assessment")
        .selected_text(name(outcome))
        .show_ui(ui, |ui| {
            for choice in std::iter::once(None).chain(FpptOutcome::ALL.map(Some)) {
                if ui
                    .selectable_label(choice == outcome, name(choice))
                    .clicked()
                {
                    chosen = choice;
                }
            }
        });
    if chosen != outcome {
        let mut next = holder.clone();
        next.fppt_outcome = chosen;
        set(next);
        return true;
    }
    let due = fppt_next_due(holder).map_or_else(
        || "No assessment recorded: due now for a member in post".to_owned(),
        |d| format!("Next assessment due {}", d.long()),
    );
    ui.label(RichText::new(due).weak());
    false
}
