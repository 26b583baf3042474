//! The findings panel, always visible: counts by severity, then each finding with its message,
//! rule id and source. Clicking one selects and scrolls to its subject.

use egui::RichText;

use crate::{
    rules::Severity,
    ui::{
        action::Action,
        context::DesignCtx,
        widgets::{basis_label, theme},
    },
};

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
            ui.horizontal_wrapped(|ui| {
                let errors = cx.report.count(Severity::Error);
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
                    let count = cx.report.count(severity);
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
            let report = std::sync::Arc::clone(cx.report);
            let filter = cx.view.findings_filter;
            let findings: Vec<&crate::rules::Finding> = report
                .findings
                .iter()
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
                        cx.push(Action::GoTo(*subject));
                        if focus.is_some() {
                            cx.push(Action::FocusFinding(None));
                        }
                    }
                }
            });
        });
}
