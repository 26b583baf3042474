//! The findings panel, always visible: counts by severity, then each finding with its message,
//! rule id and source. Clicking one selects and scrolls to its subject.

use egui::RichText;

use crate::{
    rules::{Finding, Scope, Severity},
    ui::{
        action::Action,
        cluster_space::{ClusterSpace, Focus},
        context::DesignCtx,
        widgets::{basis_label, theme},
    },
};

/// Each ICB's errors and warnings (and the successor's, and the cluster's own), each a button
/// that shows that part.
fn cluster_tallies_ui(cx: &DesignCtx, ui: &mut egui::Ui, space: &ClusterSpace) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Errors by ICB:").strong());
        for (scope, tally) in &space.tallies {
            let focus = match scope {
                Scope::Icb(id) => Focus::Icb(*id),
                Scope::Successor => Focus::Successor,
                Scope::Design => Focus::Overview,
            };
            let text = format!(
                "{}: {}, {}",
                space.scope_name(*scope),
                Severity::Error.count_phrase(tally.errors),
                Severity::Warning.count_phrase(tally.warnings)
            );
            let icon = if tally.errors > 0 { "✖ " } else { "✔ " };
            let colour = if tally.errors > 0 {
                theme::severity_colour(Severity::Error, cx.view.dark)
            } else {
                ui.visuals().text_color()
            };
            if ui
                .selectable_label(
                    space.focus == focus,
                    RichText::new(format!("{icon}{text}")).color(colour),
                )
                .on_hover_text(format!("Show {}", space.scope_name(*scope)))
                .clicked()
            {
                cx.push(Action::Focus(focus));
            }
        }
    });
}

pub fn findings_panel_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    // Never more than a third of the window: the board stays the largest thing on screen.
    let most = (ui.available_height() / 3.0).max(100.0);
    egui::Panel::bottom("findings")
        .resizable(true)
        .default_size(150.0)
        .min_size(90.0)
        .max_size(most)
        .show(ui, |ui| {
            ui.add_space(4.0);
            // In a cluster: the findings of the part shown and the cluster's own (all of them
            // in the overview), and a count of errors for every ICB, each a way to go there.
            let report = cx.cluster.map_or_else(
                || std::sync::Arc::clone(cx.report),
                |c| std::sync::Arc::clone(&c.report),
            );
            let shown_scope = cx.cluster.and_then(|c| c.focus.scope());
            let in_view = |f: &&Finding| {
                shown_scope.is_none_or(|scope| f.scope == scope || f.scope == Scope::Design)
            };
            let count = |severity: Severity| {
                report
                    .findings
                    .iter()
                    .filter(in_view)
                    .filter(|f| f.severity == severity)
                    .count()
            };
            if let Some(space) = cx.cluster {
                cluster_tallies_ui(cx, ui, space);
            }
            ui.horizontal_wrapped(|ui| {
                let errors = count(Severity::Error);
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
                            .color(theme::severity_colour(Severity::Error, cx.view.dark)),
                    );
                }
                ui.separator();
                // Click a count to list only those findings; click it again to list all.
                for severity in Severity::ALL {
                    let count = count(severity);
                    let chosen = cx.view.findings_filter == Some(severity);
                    let clicked = ui
                        .selectable_label(
                            chosen,
                            RichText::new(severity.count_phrase(count))
                                .strong()
                                .color(theme::severity_colour(severity, cx.view.dark)),
                        )
                        .on_hover_text(if chosen {
                            "Showing only these findings: click to show all".to_owned()
                        } else {
                            format!("Show only the {} findings", severity.as_str())
                        })
                        .clicked();
                    if clicked {
                        cx.push(Action::Filter(if chosen { None } else { Some(severity) }));
                    }
                }
                ui.separator();
                ui.label(RichText::new(format!("Checked against {}", cx.pack.describe())).weak());
            });
            ui.separator();
            let filter = cx.view.findings_filter;
            let findings: Vec<&Finding> = report
                .findings
                .iter()
                .filter(in_view)
                .filter(|f| filter.is_none_or(|s| f.severity == s))
                .collect();
            let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
            let focus = cx.view.finding_focus;
            let mut scroll = egui::ScrollArea::vertical()
                .id_salt("findings_scroll")
                .auto_shrink([false, false]);
            // A link from a view (a gap in the skills matrix) brings its finding into sight once.
            if let Some(rule) = focus.filter(|_| cx.view.finding_scroll) {
                if let Some(index) = findings.iter().position(|f| f.rule == rule) {
                    let spacing = ui.spacing().item_spacing.y;
                    scroll = scroll.vertical_scroll_offset(index as f32 * (row_height + spacing));
                }
                cx.push(Action::FindingScrolled);
            }
            scroll.show_rows(ui, row_height, findings.len(), |ui, rows| {
                for finding in findings.get(rows).unwrap_or_default() {
                    let colour = theme::severity_colour(finding.severity, cx.view.dark);
                    let row = ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(format!("{:<8}", finding.severity.as_str()))
                                .monospace()
                                .strong()
                                .color(colour),
                        );
                        if let Some(space) = cx.cluster {
                            ui.label(RichText::new(space.scope_name(finding.scope)).strong());
                        }
                        // The rule id always shows: the message gives up the room it needs.
                        let rule = egui::WidgetText::from(
                            RichText::new(format!(
                                "{} | {}: {}",
                                finding.rule,
                                basis_label(finding.basis()),
                                finding.source()
                            ))
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
                                        focus == Some(finding.rule),
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
                        "{}\n\nRule {}: \"{}\"\n{} ({}). Source: {}.",
                        finding.message,
                        finding.rule,
                        finding.rule.summary(),
                        basis_label(finding.basis()),
                        finding.basis().meaning(),
                        finding.source()
                    ));
                    if clicked && let Some(subject) = finding.subjects.first() {
                        cx.push(if cx.cluster.is_some() {
                            Action::GoToIn(finding.scope, *subject)
                        } else {
                            Action::GoTo(*subject)
                        });
                        if focus.is_some() {
                            cx.push(Action::FocusFinding(None));
                        }
                    }
                }
            });
        });
}
