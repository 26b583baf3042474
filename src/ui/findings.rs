//! The findings panel, always visible: counts by severity, then each finding with its message,
//! rule id and source. Clicking one selects and scrolls to its subject.

use egui::RichText;

use super::{
    app::{DesignerApp, Selection, Tab},
    theme,
};
use crate::rules::{Severity, Subject};

pub(crate) fn findings_panel_ui(app: &mut DesignerApp, ui: &mut egui::Ui) {
    // Never more than a third of the window: the board stays the largest thing on screen.
    let most = (ui.available_height() / 3.0).max(100.0);
    egui::Panel::bottom("findings")
        .resizable(true)
        .default_size(150.0)
        .min_size(90.0)
        .max_size(most)
        .show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                let errors = app.report.count(Severity::Error);
                if errors == 0 {
                    ui.label(
                        RichText::new("Meets the framework minimums")
                            .heading()
                            .color(theme::band_colour(crate::model::Band::Executive)),
                    );
                } else {
                    ui.label(
                        RichText::new("Does not yet meet the framework minimums")
                            .heading()
                            .color(theme::severity_colour(Severity::Error, app.dark)),
                    );
                }
                ui.separator();
                // Click a count to list only those findings; click it again to list all.
                for severity in Severity::ALL {
                    let count = app.report.count(severity);
                    let chosen = app.findings_filter == Some(severity);
                    let clicked = ui
                        .selectable_label(
                            chosen,
                            RichText::new(severity.count_phrase(count))
                                .strong()
                                .color(theme::severity_colour(severity, app.dark)),
                        )
                        .on_hover_text(if chosen {
                            "Showing only these findings: click to show all".to_owned()
                        } else {
                            format!("Show only the {} findings", severity.as_str())
                        })
                        .clicked();
                    if clicked {
                        app.findings_filter = if chosen { None } else { Some(severity) };
                    }
                }
                ui.separator();
                ui.label(RichText::new(format!("Checked against {}", app.pack.describe())).weak());
            });
            ui.separator();
            let report = std::sync::Arc::clone(&app.report);
            let filter = app.findings_filter;
            let findings: Vec<&crate::rules::Finding> = report
                .findings
                .iter()
                .filter(|f| filter.is_none_or(|s| f.severity == s))
                .collect();
            let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
            egui::ScrollArea::vertical()
                .id_salt("findings_scroll")
                .auto_shrink([false, false])
                .show_rows(ui, row_height, findings.len(), |ui, rows| {
                    for finding in findings.get(rows).unwrap_or_default() {
                        let colour = theme::severity_colour(finding.severity, app.dark);
                        let row = ui.horizontal(|ui| {
                            ui.label(
                                RichText::new(format!("{:<8}", finding.severity.as_str()))
                                    .monospace()
                                    .strong()
                                    .color(colour),
                            );
                            // The rule id always shows: the message gives up the room it needs.
                            let rule = egui::WidgetText::from(
                                RichText::new(format!("{} | {}", finding.rule, finding.source()))
                                    .small()
                                    .weak(),
                            )
                            .into_galley(
                                ui,
                                Some(egui::TextWrapMode::Extend),
                                f32::INFINITY,
                                egui::TextStyle::Small,
                            );
                            let room = ui.available_width()
                                - rule.size().x
                                - 2.0 * ui.spacing().item_spacing.x;
                            let message = ui
                                .scope(|ui| {
                                    ui.set_max_width(room.max(120.0));
                                    ui.add(
                                        egui::Button::selectable(
                                            false,
                                            RichText::new(&finding.message),
                                        )
                                        .truncate(),
                                    )
                                })
                                .inner;
                            ui.label(rule);
                            message
                        });
                        let clicked = row.inner.clicked();
                        row.inner.on_hover_text(format!(
                            "{}\n\nRule {} ({}). Source: {}.",
                            finding.message,
                            finding.rule,
                            finding.rule.summary(),
                            finding.source()
                        ));
                        if clicked && let Some(subject) = finding.subjects.first() {
                            app.go_to(*subject);
                        }
                    }
                });
        });
}

impl DesignerApp {
    /// Select a finding's subject, show its tab and scroll to it.
    pub fn go_to(&mut self, subject: Subject) {
        match subject {
            Subject::Seat(id) => {
                self.tab = Tab::Board;
                self.selection = Selection::Seat(id);
            }
            Subject::Committee(id) => {
                self.tab = Tab::Board;
                self.selection = Selection::Committee(id);
            }
            Subject::Place(id) => {
                self.tab = Tab::Places;
                self.selection = Selection::Place(id);
            }
            Subject::Partnership => {
                self.tab = Tab::Partnership;
                self.selection = Selection::None;
            }
            Subject::System => {
                self.tab = Tab::System;
                self.selection = Selection::None;
            }
            // Cluster subjects belong to the cluster workspace; a single design shows its board.
            Subject::Board
            | Subject::Cluster
            | Subject::JointCommittee(_)
            | Subject::Merger
            | Subject::IcbSeat(..)
            | Subject::IcbPlace(..)
            | Subject::Icb(_) => {
                self.tab = Tab::Board;
                self.selection = Selection::None;
            }
        }
        self.scroll_to = Some(subject);
    }
}
