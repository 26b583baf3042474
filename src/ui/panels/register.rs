//! The register of interests (docs/rules.md section 7): every declaration of the board's holders
//! on the chosen date, sortable and filterable. Each conflict that `people.interest_conflict`
//! finds is marked in words and linked to both ends: the member's seat and where the design
//! names the organisation.

use egui::RichText;

use crate::{
    model::{Declaration, declarations},
    rules::{Conflict, RuleId, Severity, Subject, conflicts, on_date},
    ui::{
        action::Action,
        context::DesignCtx,
        view::{RegisterColumn, RegisterView},
        widgets::{cut_label, theme},
    },
};

/// The declarations shown, in the chosen order, each with its conflict if it has one.
pub fn register_lines(
    declarations: Vec<Declaration>,
    conflicts: &[Conflict],
    view: &RegisterView,
) -> Vec<(Declaration, Option<Conflict>)> {
    let filter = view.filter.trim().to_lowercase();
    let mut lines: Vec<(Declaration, Option<Conflict>)> = declarations
        .into_iter()
        .map(|d| {
            let conflict = conflicts
                .iter()
                .find(|c| Some(c.interest) == d.interest && c.seat == d.seat)
                .cloned();
            (d, conflict)
        })
        .filter(|(_, c)| !view.conflicts_only || c.is_some())
        .filter(|(d, _)| {
            filter.is_empty()
                || [
                    &d.member,
                    &d.role,
                    &d.organisation,
                    d.kind.name(),
                    &d.description,
                    &d.declared,
                ]
                .iter()
                .any(|text| text.to_lowercase().contains(&filter))
        })
        .collect();
    lines.sort_by(|(a, _), (b, _)| {
        let order = match view.sort {
            RegisterColumn::Member => a.member.cmp(&b.member),
            RegisterColumn::Role => a.role.cmp(&b.role),
            RegisterColumn::Organisation => a.organisation.cmp(&b.organisation),
            RegisterColumn::Kind => a.kind.cmp(&b.kind),
            RegisterColumn::Declared => a.declared.cmp(&b.declared),
        };
        if view.descending {
            order.reverse()
        } else {
            order
        }
    });
    lines
}

pub fn register_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let design = on_date(cx.design(), cx.as_at);
    let found = conflicts(&design);
    let lines = register_lines(declarations(&design), &found, &cx.view.register);
    ui.horizontal(|ui| {
        let mut register = cx.view.register.clone();
        ui.label("Filter:");
        let field = ui.add(
            egui::TextEdit::singleline(&mut register.filter)
                .desired_width(220.0)
                .hint_text("name, organisation, kind..."),
        );
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Filter the register")
        });
        ui.checkbox(
            &mut register.conflicts_only,
            format!("Conflicts only ({})", found.len()),
        );
        if register != cx.view.register {
            cx.push(Action::Register(register));
        }
        ui.separator();
        ui.label(match lines.len() {
            1 => "1 declaration shown".to_owned(),
            n => format!("{n} declarations shown"),
        });
    });
    ui.add_space(4.0);
    let warning = theme::severity_colour(Severity::Warning, cx.view.dark);
    egui::ScrollArea::both()
        .id_salt("register_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("register_grid")
                .striped(true)
                .num_columns(7)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    headers_ui(cx, ui);
                    for (line, conflict) in &lines {
                        let member = ui
                            .link(RichText::new(&line.member).strong())
                            .on_hover_text("Show this member's seat");
                        if member.clicked() {
                            cx.push(Action::GoTo(Subject::Seat(line.seat)));
                        }
                        // Cut cells (whole in their tooltips) keep every column on a laptop.
                        cut_label(ui, &line.organisation, 22);
                        cut_label(ui, line.kind.name(), 18);
                        match conflict {
                            Some(conflict) => {
                                let link = ui
                                    .link(
                                        RichText::new(format!(
                                            "⚠ Conflict: {}",
                                            crate::model::cut(&conflict.appears_as, 28)
                                        ))
                                            .color(warning)
                                            .strong(),
                                    )
                                    .on_hover_text(format!(
                                        "Rule {}: \"{}\"\n{} ({}). Click to show where the design names {}.",
                                        RuleId::PeopleInterestConflict,
                                        RuleId::PeopleInterestConflict.summary(),
                                        RuleId::PeopleInterestConflict.source(),
                                        crate::ui::widgets::basis_label(
                                            RuleId::PeopleInterestConflict.basis()
                                        ),
                                        line.organisation.trim()
                                    ));
                                if link.clicked() {
                                    cx.push(Action::GoTo(conflict.subject));
                                }
                            }
                            None => {
                                ui.label("");
                            }
                        }
                        cut_label(ui, &line.role, 22);
                        ui.label(&line.declared);
                        cut_label(ui, &line.description, 22);
                        ui.end_row();
                    }
                });
            if lines.is_empty() {
                ui.add_space(12.0);
                ui.label(if cx.view.register.filter.is_empty() && !cx.view.register.conflicts_only {
                    "No holder declares an interest or another post. Add them in the inspector."
                } else {
                    "No declaration matches the filter."
                });
            }
        });
}

/// The column headers: click to sort by a column, again to reverse.
fn headers_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let register = &cx.view.register;
    let sortable = [
        ("Member", Some(RegisterColumn::Member)),
        ("Organisation", Some(RegisterColumn::Organisation)),
        ("Kind", Some(RegisterColumn::Kind)),
        ("Conflict", None),
        ("Role", Some(RegisterColumn::Role)),
        ("Declared", Some(RegisterColumn::Declared)),
        ("Description", None),
    ];
    for (title, column) in sortable {
        let Some(column) = column else {
            ui.label(RichText::new(title).strong());
            continue;
        };
        let arrow = match (register.sort == column, register.descending) {
            (true, false) => " ▲",
            (true, true) => " ▼",
            (false, _) => "",
        };
        let clicked = ui
            .selectable_label(
                register.sort == column,
                RichText::new(format!("{title}{arrow}")).strong(),
            )
            .on_hover_text(format!("Sort by {}", title.to_lowercase()))
            .clicked();
        if clicked {
            let mut next = register.clone();
            next.descending = register.sort == column && !register.descending;
            next.sort = column;
            cx.push(Action::Register(next));
        }
    }
    ui.end_row();
}
