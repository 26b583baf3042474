//! File > Compare with...: the open design beside another, with what was added, removed and
//! changed, and the findings that appear or disappear.

use std::collections::HashMap;

use egui::RichText;

use crate::{
    compare::{Change, DesignDiff},
    model::{Band, Design},
    rules::Severity,
    ui::{action::Action, context::DesignCtx, widgets::theme},
};

/// One side's summary; `errors` comes from the report already kept for that design.
fn summary_ui(ui: &mut egui::Ui, heading: &str, design: &Design, errors: usize, dark: bool) {
    ui.label(RichText::new(heading).weak());
    ui.label(RichText::new(&design.name).strong().size(18.0));
    ui.label(format!(
        "{} seats | {} committees | {} places",
        design.board.len(),
        design.committees.len(),
        design.places.len()
    ));
    let models: Vec<String> = design
        .places
        .iter()
        .map(|p| format!("{}: {}", p.name, p.model.kind().name()))
        .collect();
    for line in models {
        ui.label(RichText::new(line).small());
    }
    let colour = theme::severity_colour(
        if errors == 0 {
            Severity::Info
        } else {
            Severity::Error
        },
        dark,
    );
    ui.label(
        RichText::new(Severity::Error.count_phrase(errors))
            .color(colour)
            .strong(),
    );
}

/// How a seat fared in the comparison, keyed by its id on one side.
fn seat_fates(diff: &DesignDiff, after: bool) -> HashMap<u32, &'static str> {
    diff.seats
        .iter()
        .filter_map(|c| Some((if after { c.after } else { c.before }?, c.kind)))
        .collect()
}

/// One side's board, band by band: removed seats struck through on the left, added ones marked
/// on the right, changed ones on both.
fn board_side_ui(
    ui: &mut egui::Ui,
    design: &Design,
    fates: &HashMap<u32, &'static str>,
    dark: bool,
) {
    for band in Band::ALL {
        let seats = design.seats_in(band);
        if seats.is_empty() {
            continue;
        }
        ui.label(
            RichText::new(band.name())
                .strong()
                .color(theme::band_text_colour(band, ui.visuals())),
        );
        for seat in seats {
            let holder = crate::export::holder_text(seat);
            let line = format!("{}: {holder}", seat.label());
            let text = match fates.get(&seat.id).copied() {
                Some("removed") => RichText::new(format!("{line}  (removed)"))
                    .strikethrough()
                    .color(theme::severity_colour(Severity::Error, dark)),
                Some("added") => RichText::new(format!("{line}  (added)"))
                    .strong()
                    .color(theme::severity_colour(Severity::Advice, dark)),
                Some(_) => RichText::new(format!("{line}  (changed)"))
                    .color(theme::severity_colour(Severity::Warning, dark)),
                None => RichText::new(line),
            };
            ui.label(text);
        }
        ui.add_space(4.0);
    }
}

fn changes_ui(ui: &mut egui::Ui, title: &str, changes: &[Change], dark: bool) {
    if changes.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(title).heading());
    for change in changes {
        let severity = match change.kind {
            "added" => Severity::Advice,
            "removed" => Severity::Error,
            _ => Severity::Warning,
        };
        ui.label(
            RichText::new(format!("{} {}", change.kind, change.item))
                .strong()
                .color(theme::severity_colour(severity, dark)),
        );
        for detail in &change.details {
            ui.label(format!("    {detail}"));
        }
    }
}

pub fn compare_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let Some(comparison) = cx.comparison else {
        ui.label("File > Compare with... shows the open design beside another one.");
        return;
    };
    let mut close = false;
    egui::ScrollArea::vertical()
        .id_salt("compare_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new("Comparing two designs").heading());
                close = ui.button("Close comparison").clicked();
            });
            ui.columns(2, |columns| {
                if let [left, right] = columns {
                    summary_ui(
                        left,
                        "This design (before)",
                        cx.design(),
                        cx.report.count(Severity::Error),
                        cx.view.dark,
                    );
                    summary_ui(
                        right,
                        &format!("{} (after)", comparison.path.display()),
                        &comparison.other,
                        comparison.other_errors,
                        cx.view.dark,
                    );
                }
            });
            ui.separator();
            let diff = &comparison.diff;
            if diff.is_empty() {
                ui.label(RichText::new("The designs are the same.").strong());
            }
            ui.label(RichText::new("The two boards side by side").heading());
            ui.columns(2, |columns| {
                if let [left, right] = columns {
                    board_side_ui(left, cx.design(), &seat_fates(diff, false), cx.view.dark);
                    board_side_ui(
                        right,
                        &comparison.other,
                        &seat_fates(diff, true),
                        cx.view.dark,
                    );
                }
            });
            ui.separator();
            changes_ui(ui, "Seats", &diff.seats, cx.view.dark);
            changes_ui(ui, "Committees", &diff.committees, cx.view.dark);
            changes_ui(ui, "Places", &diff.places, cx.view.dark);
            for (title, list) in [
                ("Findings that appear", &diff.findings_appeared),
                ("Findings that disappear", &diff.findings_disappeared),
            ] {
                if !list.is_empty() {
                    ui.add_space(6.0);
                    ui.label(RichText::new(title).heading());
                    for line in list {
                        ui.label(line);
                    }
                }
            }
        });
    if close {
        cx.push(Action::CloseComparison);
    }
}
