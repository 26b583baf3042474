//! The year ahead (docs/people.md): from the board's date, everything that falls due in the
//! next 12 months (terms ending, fit and proper person assessments, declarations of interests)
//! and what is already overdue, as one list by month. A row opens its seat; its rule link shows
//! its finding.

use egui::RichText;

use crate::rules::year::{DueItem, DueKind, year_ahead};
use crate::ui::{action::Action, context::DesignCtx, view::Selection, widgets::theme};

/// Lines a row takes (a month's heading is a row of its own).
enum Row<'a> {
    Month(String),
    Item(&'a DueItem),
}

pub fn year_ahead_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let design = cx.design();
    let items = year_ahead(design, cx.as_at);
    let overdue = items.iter().filter(|i| i.overdue).count();
    ui.label(
        RichText::new(format!(
            "Due in the 12 months from {} to {}: {} item{}, {overdue} overdue.",
            cx.as_at.long(),
            cx.as_at.add_months(12).long(),
            items.len(),
            if items.len() == 1 { "" } else { "s" }
        ))
        .strong(),
    );
    if !cx.pack.setting(DueKind::Assessment.rule()).enabled {
        ui.label(
            RichText::new(format!(
                "{} does not check assessments or declarations (the framework dates from 2023): choose nhse2025 in the Rules tab to be warned.",
                cx.pack.name
            ))
            .weak(),
        );
    }
    if items.is_empty() {
        ui.label("Nothing falls due: no term ends, and no holder in post has an assessment or a declaration due.");
        return;
    }
    let mut rows = Vec::with_capacity(items.len() + 13);
    let mut month = None;
    for item in &items {
        let heading = match item.due {
            Some(date) if !item.overdue => date.month_name(),
            _ => "Overdue, or never recorded".to_owned(),
        };
        if month.as_ref() != Some(&heading) {
            rows.push(Row::Month(heading.clone()));
            month = Some(heading);
        }
        rows.push(Row::Item(item));
    }
    let height = ui.text_style_height(&egui::TextStyle::Body) * 1.9;
    egui::ScrollArea::vertical()
        .id_salt("year_ahead")
        .auto_shrink([false, false])
        .show_rows(ui, height, rows.len(), |ui, range| {
            for row in rows.get(range).unwrap_or(&[]) {
                match row {
                    Row::Month(name) => {
                        ui.add_space(4.0);
                        ui.label(RichText::new(name).strong().size(18.0));
                    }
                    Row::Item(item) => item_ui(cx, ui, item),
                }
            }
        });
}

fn item_ui(cx: &DesignCtx, ui: &mut egui::Ui, item: &DueItem) {
    let design = cx.design();
    let seat = design
        .seat(item.seat)
        .map_or_else(String::new, crate::model::Seat::label);
    let when = item
        .due
        .map_or_else(|| "none recorded".to_owned(), crate::model::IsoDate::long);
    ui.horizontal(|ui| {
        if item.due == Some(cx.as_at) {
            ui.label(RichText::new("due today").strong());
        }
        if item.overdue {
            ui.label(
                RichText::new("⚠ overdue")
                    .color(theme::severity_colour(
                        crate::rules::Severity::Warning,
                        cx.view.dark,
                    ))
                    .strong(),
            );
        }
        let text = format!("{}: {} ({seat}), {when}", item.kind.name(), item.holder);
        let row = ui.selectable_label(cx.view.selection == Selection::Seat(item.seat), text);
        if row
            .on_hover_text("Open the seat in the inspector")
            .clicked()
        {
            cx.push(Action::Select(Selection::Seat(item.seat)));
        }
        let rule = item.kind.rule();
        let fired = cx
            .report
            .findings
            .iter()
            .any(|f| f.rule == rule && f.concerns(crate::rules::Subject::Seat(item.seat)));
        if fired
            && ui
                .link(format!("finding {rule}"))
                .on_hover_text("Show the finding in the findings column")
                .clicked()
        {
            cx.push(Action::Select(Selection::Seat(item.seat)));
            cx.push(Action::FocusFinding(Some(rule)));
        }
    });
}
