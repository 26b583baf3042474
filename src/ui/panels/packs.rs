//! The rule pack: the rules of a date. Choose the pack the design is checked against (each
//! with its title, date and one line on how it differs), and compare the design under two packs
//! side by side: "valid under df2021, 2 errors under bill2026".

use egui::RichText;

use crate::{
    model::{Command, IsoDate},
    rules::{
        RulePack, as_at_date,
        compare_packs::{PackChange, compare_packs},
    },
    ui::{
        action::{Action, Draft},
        context::DesignCtx,
        widgets::{basis_text, theme},
    },
};

pub fn packs_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    ui.label(RichText::new("The rules of a date").heading());
    ui.label(
        RichText::new(
            "A design is checked against one rule pack. Opening a file never changes its pack; \
             choose one here.",
        )
        .weak(),
    );
    let design = cx.design();
    for pack in RulePack::all() {
        let chosen = design.rule_pack == pack.id;
        let date = IsoDate::parse(pack.date).map_or_else(|| pack.date.to_owned(), IsoDate::long);
        ui.horizontal_wrapped(|ui| {
            let title = RichText::new(format!("{} ({date})", pack.name)).strong();
            let radio = ui
                .radio(chosen, title)
                .on_hover_text(format!("Pack {}: {}", pack.id, pack.describes));
            if radio.clicked() && !chosen {
                cx.edit(Command::SetRulePack(pack.id.clone()));
                cx.status(format!("Checked against {}", pack.name));
            }
            ui.label(RichText::new(pack.summary).weak());
        });
    }
    ui.add_space(6.0);
    compare_ui(cx, ui);
    ui.separator();
}

/// The open design under its own pack and under another, side by side.
fn compare_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let mut other = cx.view.drafts.compare_pack.clone();
    ui.horizontal(|ui| {
        ui.label(RichText::new("Compare with another pack:").strong());
        for pack in RulePack::all().into_iter().filter(|p| p.id != cx.pack.id) {
            let chosen = other.as_deref() == Some(pack.id.as_str());
            if ui
                .selectable_label(chosen, pack.id.as_str())
                .on_hover_text(&pack.name)
                .clicked()
            {
                other = if chosen { None } else { Some(pack.id.clone()) };
            }
        }
    });
    if other != cx.view.drafts.compare_pack {
        cx.push(Action::Draft(Draft::ComparePack(other.clone())));
    }
    let design = cx.design();
    let Some(second) = other.and_then(|id| RulePack::named_for_design(&id, design)) else {
        return;
    };
    let comparison = compare_packs(design, cx.pack, &second, as_at_date(design));
    ui.label(
        RichText::new(comparison.verdicts(cx.pack, &second))
            .size(18.0)
            .strong(),
    );
    if comparison.changes.is_empty() {
        ui.label("The two packs say the same about this design.");
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("pack_changes")
        .max_height(220.0)
        .show(ui, |ui| {
            for change in &comparison.changes {
                let (what, finding, severity) = match change {
                    PackChange::Appears(f) => {
                        (format!("appears under {}", second.id), f, f.severity)
                    }
                    PackChange::Disappears(f) => {
                        (format!("goes under {}", second.id), f, f.severity)
                    }
                    PackChange::Severity(f, to) => (
                        format!("{} becomes {}", f.severity.as_str(), to.as_str()),
                        f,
                        (*to).min(f.severity),
                    ),
                };
                let colour = theme::severity_colour(severity, cx.view.dark);
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(what).strong().color(colour));
                    ui.label(RichText::new(finding.rule.as_str()).monospace());
                    ui.label(basis_text(finding.basis()));
                    ui.label(&finding.message);
                });
            }
        });
}
