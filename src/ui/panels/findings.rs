//! The findings panel, always visible: counts by severity, then each finding with its message,
//! rule id and source. Clicking one selects and scrolls to its subject.

use egui::RichText;

use crate::{
    rules::{Finding, RuleId, Scope, Severity},
    ui::{
        action::Action,
        cluster_space::{ClusterSpace, Focus},
        context::DesignCtx,
        view::{FindingScroll, shown_in},
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

/// One line of the list: a severity's heading with its count, or a finding.
enum Row<'a> {
    Heading(Severity, usize),
    Finding(&'a Finding),
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
    list_ui(cx, ui, &cx.view.listed(&report, scope));
}

/// The verdict, and a count per severity that lists only those findings when clicked.
fn header_ui(cx: &DesignCtx, ui: &mut egui::Ui, in_view: &[&Finding]) {
    let count = |severity: Severity| in_view.iter().filter(|f| f.severity == severity).count();
    {
        let errors = count(Severity::Error);
        let (verdict, colour) = if errors == 0 {
            (
                "✔ Meets the framework minimums",
                theme::band_text_colour(crate::model::Band::Executive, ui.visuals()),
            )
        } else {
            (
                "✖ Does not yet meet the framework minimums",
                theme::severity_colour(Severity::Error, cx.view.dark),
            )
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

/// The listed findings under a heading per severity, drawing only the rows in view.
fn list_ui(cx: &DesignCtx, ui: &mut egui::Ui, listed: &[&Finding]) {
    let mut rows: Vec<Row> = Vec::with_capacity(listed.len() + 4);
    for severity in Severity::ALL {
        let of: Vec<&Finding> = listed
            .iter()
            .copied()
            .filter(|f| f.severity == severity)
            .collect();
        if !of.is_empty() {
            rows.push(Row::Heading(severity, of.len()));
            rows.extend(of.into_iter().map(Row::Finding));
        }
    }
    if rows.is_empty() {
        ui.label(RichText::new("No findings match.").italics());
        return;
    }
    // A wide panel gives each finding one line; the side column gives it two lines of message
    // and one of its rule and source.
    let narrow = ui.available_width() < 720.0;
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let small = ui.text_style_height(&egui::TextStyle::Small);
    let spacing = ui.spacing().item_spacing.y;
    let padding = ui.spacing().button_padding;
    let heading_height = body + 8.0;
    // In the side column a message takes one line or two, measured (egui keeps the layouts),
    // and its rule and source one more; a very long list gives every message two.
    let room = ui.available_width() - 2.0 * padding.x - 16.0;
    let measured = narrow && rows.len() <= 400;
    let height = |row: &Row| match row {
        Row::Heading(..) => heading_height,
        Row::Finding(_) if !narrow => heading_height,
        Row::Finding(f) => {
            let lines = if measured {
                message_galley(ui, f, room).rows.len().clamp(1, 2) as f32
            } else {
                2.0
            };
            lines * body + 2.0 * padding.y + ROW_GAP + small
        }
    };
    let heights: Vec<f32> = rows.iter().map(height).collect();
    let focus = cx.view.finding_focus;
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt("findings_scroll")
        .auto_shrink([false, false]);
    // A link from a view (a gap in the skills matrix), or F8, brings its finding into sight.
    let wanted = |f: &Finding| match cx.view.finding_scroll {
        FindingScroll::Nothing => false,
        FindingScroll::Focus => focus == Some(f.rule),
        FindingScroll::Cursor => cx.view.finding_cursor.as_ref() == Some(f),
    };
    if cx.view.finding_scroll != FindingScroll::Nothing {
        if let Some(index) = rows
            .iter()
            .position(|r| matches!(r, Row::Finding(f) if wanted(f)))
        {
            let above: f32 = heights
                .iter()
                .take(index.saturating_sub(2))
                .map(|h| h + spacing)
                .sum();
            scroll = scroll.vertical_scroll_offset(above);
        }
        cx.push(Action::FindingScrolled);
    }
    // Only the rows in view are laid out (a stress design has thousands).
    scroll.show_viewport(ui, |ui, viewport| {
        let total: f32 = heights.iter().map(|h| h + spacing).sum();
        let width = ui.available_width();
        ui.set_height(total);
        let top = ui.min_rect().top();
        let mut y = 0.0;
        for (row, &h) in rows.iter().zip(&heights) {
            if y + h >= viewport.top() && y <= viewport.bottom() {
                let rect = egui::Rect::from_min_size(
                    egui::pos2(ui.min_rect().left(), top + y),
                    egui::vec2(width, h),
                );
                ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| match row {
                    Row::Heading(severity, count) => {
                        ui.label(
                            RichText::new(format!("{} ({count})", severity_heading(*severity)))
                                .strong()
                                .color(theme::severity_colour(*severity, cx.view.dark)),
                        );
                    }
                    Row::Finding(finding) if narrow => finding_item_ui(cx, ui, finding),
                    Row::Finding(finding) => finding_row_ui(cx, ui, finding),
                });
            }
            y += h + spacing;
        }
    });
}

/// A severity's heading with its sign, so the groups are told apart without colour.
fn severity_heading(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✖ Errors",
        Severity::Warning => "⚠ Warnings",
        Severity::Advice => "○ Advice",
        Severity::Info => "· For information",
    }
}

fn finding_row_ui(cx: &DesignCtx, ui: &mut egui::Ui, finding: &Finding) {
    let focus = cx.view.finding_focus;
    let marked = focus == Some(finding.rule) || cx.view.finding_cursor.as_ref() == Some(finding);
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
        let room = ui.available_width() - rule.size().x - 2.0 * ui.spacing().item_spacing.x;
        let message = ui
            .scope(|ui| {
                ui.set_max_width(room.max(120.0));
                ui.add(egui::Button::selectable(marked, RichText::new(&finding.message)).truncate())
            })
            .inner;
        ui.label(rule);
        message
    });
    finding_response(cx, finding, row.inner);
}

/// The room between a finding's message and its rule line.
const ROW_GAP: f32 = 1.0;

/// A finding's message on up to two lines of `width`.
fn message_galley(ui: &egui::Ui, finding: &Finding, width: f32) -> std::sync::Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::simple(
        finding.message.clone(),
        egui::TextStyle::Body.resolve(ui.style()),
        ui.visuals().text_color(),
        width,
    );
    job.wrap.max_rows = 2;
    ui.painter().layout_job(job)
}

/// A finding in the side column: its message on up to two lines, then its severity, rule and
/// source in small type (the severity in words, never by colour alone).
fn finding_item_ui(cx: &DesignCtx, ui: &mut egui::Ui, finding: &Finding) {
    let marked = cx.view.finding_focus == Some(finding.rule)
        || cx.view.finding_cursor.as_ref() == Some(finding);
    let colour = theme::severity_colour(finding.severity, cx.view.dark);
    let padding = ui.spacing().button_padding.x;
    let galley = message_galley(ui, finding, ui.available_width() - 2.0 * padding - 16.0);
    ui.spacing_mut().item_spacing.y = ROW_GAP;
    let message = ui.add(egui::Button::selectable(marked, galley));
    let mut meta = format!(
        "{} · {} | {}: {}",
        finding.severity.as_str(),
        finding.rule,
        basis_label(finding.basis()),
        finding.source()
    );
    if let Some(space) = cx.cluster {
        meta = format!("{} · {meta}", space.scope_name(finding.scope));
    }
    ui.add(egui::Label::new(RichText::new(meta).small().color(colour)).truncate());
    finding_response(cx, finding, message);
}

/// A finding's tooltip (its rule and basis in full), and a click going to its subject.
fn finding_response(cx: &DesignCtx, finding: &Finding, response: egui::Response) {
    let focus = cx.view.finding_focus;
    let clicked = response.clicked();
    response.on_hover_text(format!(
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
