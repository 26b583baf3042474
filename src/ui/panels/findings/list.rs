//! The findings panel's list: a heading per severity with its count, then each finding, one
//! line in a wide panel or two and a rule line in the side column; only the rows in view are
//! laid out.

use egui::RichText;

use crate::{
    rules::{Finding, Severity},
    ui::{
        action::Action,
        context::DesignCtx,
        view::FindingScroll,
        widgets::{basis_label, theme},
    },
};

/// One line of the list: a severity's heading with its count, or a finding.
enum Row<'a> {
    Heading(Severity, usize),
    Finding(&'a Finding),
}

/// The listed findings under a heading per severity, drawing only the rows in view.
pub(super) fn list_ui(cx: &DesignCtx, ui: &mut egui::Ui, listed: &[&Finding]) {
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
                    Row::Finding(finding) if narrow => finding_item_ui(cx, ui, finding, room),
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
/// `room` is the message's width, the one its row's height was measured at.
fn finding_item_ui(cx: &DesignCtx, ui: &mut egui::Ui, finding: &Finding, room: f32) {
    let marked = cx.view.finding_focus == Some(finding.rule)
        || cx.view.finding_cursor.as_ref() == Some(finding);
    let colour = theme::severity_colour(finding.severity, cx.view.dark);
    let galley = message_galley(ui, finding, room);
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
