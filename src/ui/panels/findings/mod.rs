//! The findings panel, always visible: counts by severity, then each finding with its message,
//! rule id and source. Clicking one selects and scrolls to its subject.

mod list;

use egui::RichText;

use crate::{
    rules::{Finding, RuleId, Scope, Severity},
    ui::{
        action::Action,
        cluster_space::{ClusterSpace, Focus},
        context::DesignCtx,
        view::shown_in,
        widgets::theme,
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

/// The findings across the bottom of the window (a cluster's overview, whose boards side by
/// side need the width). Never more than half the window; drag its edge for more room (egui
/// remembers the size per user).
pub fn findings_bottom_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let most = (ui.available_height() / 2.0).max(120.0);
    egui::Panel::bottom("findings")
        .resizable(true)
        .default_size(150.0)
        .min_size(90.0)
        .max_size(most)
        .show(ui, |ui| findings_ui(cx, ui));
}

/// The findings: the verdict and counts, the filters, then the list, in the room given.
pub fn findings_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    ui.add_space(2.0);
    // In a cluster: the findings of the part shown and the cluster's own (all of them in the
    // overview), and a count of errors for every ICB, each a way to go there.
    let report = cx.cluster.map_or_else(
        || std::sync::Arc::clone(cx.report),
        |c| std::sync::Arc::clone(&c.report),
    );
    let scope = cx.cluster.and_then(|c| c.focus.scope());
    if let Some(space) = cx.cluster {
        cluster_tallies_ui(cx, ui, space);
    }
    let in_view: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| shown_in(f, scope))
        .collect();
    ui.horizontal_wrapped(|ui| {
        header_ui(cx, ui, &in_view);
        if ui.available_width() < 520.0 {
            ui.end_row();
        } else {
            ui.separator();
        }
        filters_ui(cx, ui, &in_view);
    });
    ui.separator();
    list::list_ui(cx, ui, &cx.view.listed(&report, scope));
}

/// The verdict, and a count per severity that lists only those findings when clicked.
fn header_ui(cx: &DesignCtx, ui: &mut egui::Ui, in_view: &[&Finding]) {
    let count = |severity: Severity| in_view.iter().filter(|f| f.severity == severity).count();
    {
        let errors = count(Severity::Error);
        // An appraisal's own rules judge the appraisal, not a board.
        let (met, unmet) = if cx.appraisal.is_some() {
            (
                "✔ The appraisal itself has no errors",
                "✖ The appraisal itself has errors",
            )
        } else {
            (
                "✔ Meets the framework minimums",
                "✖ Does not yet meet the framework minimums",
            )
        };
        let (verdict, colour) = if errors == 0 {
            (
                met,
                theme::band_text_colour(crate::model::Band::Executive, ui.visuals()),
            )
        } else {
            (unmet, theme::severity_colour(Severity::Error, cx.view.dark))
        };
        ui.label(RichText::new(verdict).heading().color(colour));
        if ui.available_width() > 360.0 {
            ui.separator();
        } else {
            // In the side column the counts take a line of their own.
            ui.end_row();
        }
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
    }
}

/// The rule and text filters, and the F8 hint.
fn filters_ui(cx: &DesignCtx, ui: &mut egui::Ui, in_view: &[&Finding]) {
    {
        // The rules with findings here, each once, in the order they are listed.
        let mut rules: Vec<(RuleId, usize)> = Vec::new();
        for finding in in_view {
            match rules.iter_mut().find(|(r, _)| *r == finding.rule) {
                Some((_, n)) => *n += 1,
                None => rules.push((finding.rule, 1)),
            }
        }
        let chosen = cx
            .view
            .findings_rule
            .map_or_else(|| "Every rule".to_owned(), |r| r.as_str().to_owned());
        let narrow = ui.available_width() < 520.0;
        if !narrow {
            ui.label("Rule:");
        }
        // In the side column the rule and the words share one line.
        let width = if narrow {
            (ui.available_width() / 2.0 - 16.0).max(120.0)
        } else {
            260.0
        };
        let combo = egui::ComboBox::new("findings_rule", "")
            .selected_text(chosen)
            .width(width)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(cx.view.findings_rule.is_none(), "Every rule")
                    .clicked()
                {
                    cx.push(Action::FilterRule(None));
                }
                for (rule, n) in &rules {
                    let text = format!("{} ({n})", rule.as_str());
                    if ui
                        .selectable_label(cx.view.findings_rule == Some(*rule), text)
                        .on_hover_text(rule.summary())
                        .clicked()
                    {
                        cx.push(Action::FilterRule(Some(*rule)));
                    }
                }
            });
        combo.response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Findings of rule")
        });
        let mut text = cx.view.findings_text.clone();
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text("filter: words or a rule id")
                    .desired_width(if narrow { width } else { 220.0 }),
            )
            .on_hover_text(format!(
                "Checked against {}. F8 goes to the next finding listed, Shift+F8 to the previous.",
                cx.pack.describe()
            ));
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::SearchInput, true, "Filter findings")
        });
        if field.changed() {
            cx.push(Action::FilterText(text));
        }
        let filtered = cx.view.findings_filter.is_some()
            || cx.view.findings_rule.is_some()
            || !cx.view.findings_text.trim().is_empty();
        if filtered && ui.button("Show all").clicked() {
            cx.push(Action::Filter(None));
            cx.push(Action::FilterRule(None));
            cx.push(Action::FilterText(String::new()));
        }
    }
}
