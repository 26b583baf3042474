//! File > Compare with...: the open design beside another, with what was added, removed and
//! changed, and the findings that appear or disappear.

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
};

use egui::RichText;

use super::{
    app::{DesignerApp, Dialog, Tab},
    theme,
};
use crate::{
    compare::{Change, DesignDiff, compare},
    io,
    model::{Band, Design},
    rules::{RulePack, Severity, validate},
};

/// A design being compared with the open one.
pub struct Comparison {
    pub path: PathBuf,
    pub other: Design,
    /// Errors of the other design against its own rules (it does not change while shown).
    pub other_errors: usize,
    pub diff: DesignDiff,
}

impl DesignerApp {
    /// Ask which file, then compare the open design with it.
    pub fn compare_with(&mut self) {
        if let Some(path) = self.pick_open_or_ask(super::files::PathPurpose::Compare) {
            self.compare_with_path(&path);
        }
    }

    /// Compare the open design (before) with the design at `path` (after).
    pub fn compare_with_path(&mut self, path: &Path) {
        match io::load_path(path) {
            Ok(other) => {
                let diff = compare(self.design(), &other);
                self.comparison = Some(Comparison {
                    path: path.to_path_buf(),
                    other_errors: validate(&other, &RulePack::for_design(&other))
                        .count(Severity::Error),
                    other,
                    diff,
                });
                self.tab = Tab::Compare;
            }
            Err(error) => {
                self.dialog = Some(Dialog::Error {
                    title: "That design could not be opened for comparison".to_owned(),
                    message: format!("{}\n\n{error}", path.display()),
                });
            }
        }
    }

    /// The comparison, recomputed when the open design has changed since.
    pub(crate) fn refresh_comparison(&mut self) {
        if let Some(comparison) = &mut self.comparison {
            comparison.diff = compare(self.doc.design(), &comparison.other);
        }
    }
}

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
                .color(theme::band_colour(band)),
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

pub(crate) fn compare_ui(app: &mut DesignerApp, ui: &mut egui::Ui) {
    let Some(comparison) = app.comparison.as_ref() else {
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
                        app.design(),
                        app.report.count(Severity::Error),
                        app.dark,
                    );
                    summary_ui(
                        right,
                        &format!("{} (after)", comparison.path.display()),
                        &comparison.other,
                        comparison.other_errors,
                        app.dark,
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
                    board_side_ui(left, app.design(), &seat_fates(diff, false), app.dark);
                    board_side_ui(right, &comparison.other, &seat_fates(diff, true), app.dark);
                }
            });
            ui.separator();
            changes_ui(ui, "Seats", &diff.seats, app.dark);
            changes_ui(ui, "Committees", &diff.committees, app.dark);
            changes_ui(ui, "Places", &diff.places, app.dark);
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
        app.comparison = None;
        app.tab = Tab::Board;
    }
}
