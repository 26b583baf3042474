//! The skills matrix (docs/rules.md section 7): the voting members on the chosen date by expertise
//! tags, with each column's count. A column a rule depends on names the rule; a gap is shown in
//! place and links to its finding. Clicking a cell toggles the tag, as one undoable edit.

use egui::RichText;

use crate::{
    model::{Command, Expertise},
    rules::{RuleId, Severity, on_date, rule_for_skill},
    ui::{action::Action, context::DesignCtx, widgets::theme},
};

/// The finding that reports a gap in this column: the column's own rule when it fires, else
/// `people.skills_gap` when it names the tag.
fn gap_finding(cx: &DesignCtx, tag: Expertise) -> Option<RuleId> {
    let fired = |rule: RuleId| cx.report.findings.iter().any(|f| f.rule == rule);
    rule_for_skill(tag)
        .filter(|rule| fired(*rule))
        .or_else(|| fired(RuleId::PeopleSkillsGap).then_some(RuleId::PeopleSkillsGap))
}

/// A column wide enough for its heading and, where a rule depends on it, the rule's id.
fn column_width(tag: Expertise) -> f32 {
    if tag == Expertise::MentalHealth {
        150.0
    } else if rule_for_skill(tag).is_some() {
        100.0
    } else {
        80.0
    }
}

pub fn skills_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let design = on_date(cx.design(), cx.as_at);
    let voting: Vec<_> = design.board.iter().filter(|s| s.role.is_voting()).collect();
    ui.label(
        "Voting members by skill. Click a cell to add or remove the skill (Ctrl+Z undoes it). \
         A column that a rule depends on names the rule.",
    );
    ui.add_space(4.0);
    let gap_colour = theme::severity_colour(Severity::Warning, cx.view.dark);
    egui::ScrollArea::both()
        .id_salt("skills_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("skills_grid")
                .striped(true)
                .num_columns(Expertise::ALL.len() + 1)
                .spacing([10.0, 8.0])
                .show(ui, |ui| {
                    ui.label(RichText::new("Member").strong());
                    for tag in Expertise::ALL {
                        ui.vertical(|ui| {
                            ui.set_width(column_width(tag));
                            ui.label(RichText::new(tag.name()).strong());
                            if let Some(rule) = rule_for_skill(tag) {
                                // "board." over "public_health": a rule id never breaks mid-word.
                                let (area, name) =
                                    rule.as_str().split_once('.').unwrap_or(("", rule.as_str()));
                                ui.label(RichText::new(format!("rule {area}.\n{name}")).small())
                                    .on_hover_text(format!(
                                        "Rule {rule}: \"{}\" ({})",
                                        rule.summary(),
                                        rule.source()
                                    ));
                            }
                        });
                    }
                    ui.end_row();
                    for seat in &voting {
                        ui.vertical(|ui| {
                            match seat.holder_name() {
                                Some(name) => ui.label(name),
                                None => ui.label(RichText::new("Vacant").italics()),
                            };
                            ui.label(RichText::new(seat.label()).small().weak());
                        });
                        for tag in Expertise::ALL {
                            let has = seat.expertise.contains(&tag);
                            let name = format!(
                                "{}: {}",
                                seat.holder_name().unwrap_or("Vacant"),
                                tag.name()
                            );
                            let cell = ui
                                .add(egui::Button::selectable(
                                    has,
                                    if has {
                                        RichText::new("✔ yes")
                                    } else {
                                        RichText::new("–").weak()
                                    },
                                ))
                                .on_hover_text(if has {
                                    format!("{name}: click to remove")
                                } else {
                                    format!("{name}: click to add")
                                });
                            cell.widget_info(|| {
                                egui::WidgetInfo::selected(egui::Role::CheckBox, true, has, &name)
                            });
                            if cell.clicked() {
                                let mut expertise = seat.expertise.clone();
                                if has {
                                    expertise.retain(|e| *e != tag);
                                } else {
                                    expertise.push(tag);
                                }
                                cx.edit(Command::SetSeatExpertise {
                                    id: seat.id,
                                    expertise,
                                });
                            }
                        }
                        ui.end_row();
                    }
                    ui.label(RichText::new("Members with the skill").strong());
                    for tag in Expertise::ALL {
                        let count = voting.iter().filter(|s| s.expertise.contains(&tag)).count();
                        match gap_finding(cx, tag).filter(|_| count == 0) {
                            Some(rule) => {
                                let link = ui
                                    .link(RichText::new("⚠ 0: gap").color(gap_colour).strong())
                                    .on_hover_text(format!(
                                        "No voting member: show the finding of {rule}"
                                    ));
                                if link.clicked() {
                                    cx.push(Action::FocusFinding(Some(rule)));
                                }
                            }
                            None => {
                                ui.label(RichText::new(count.to_string()).strong());
                            }
                        }
                    }
                    ui.end_row();
                });
        });
}
