//! The whole-system view: the mayoral strategic authorities of the area, then the same picture
//! the exports draw; click a box to go to what it shows.

use egui::RichText;

use crate::{
    model::{Command, SystemLevel},
    ui::{
        action::{Action, Draft},
        context::DesignCtx,
        widgets::system_picture::system_picture_ui,
    },
};

pub fn system_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    strategic_authorities_ui(cx, ui, &cx.design().system_level);
    ui.separator();
    if let Some(subject) = system_picture_ui(ui, cx.design(), false) {
        cx.push(Action::GoTo(subject));
    }
}

/// The mayoral strategic authorities of the area: under the Health Bill each nominates a partner
/// member (docs/rules.md `board.partner_strategic_authority`).
fn strategic_authorities_ui(cx: &DesignCtx, ui: &mut egui::Ui, level: &SystemLevel) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Mayoral strategic authorities").strong())
            .on_hover_text(
                "board.partner_strategic_authority (bill: BILL2026), in the bill2026 pack",
            );
        ui.label(
            RichText::new("Under the Health Bill each nominates a partner member of the board.")
                .weak(),
        );
    });
    for (index, authority) in level.strategic_authorities.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(authority);
            if ui.small_button("Remove").clicked() {
                let mut next = level.clone();
                next.strategic_authorities.remove(index);
                cx.edit(Command::SetSystemLevel(next));
            }
        });
    }
    let typed = &cx.view.drafts.strategic_authority;
    let mut draft = typed.clone();
    let mut add = false;
    ui.horizontal(|ui| {
        let field = ui.add(
            egui::TextEdit::singleline(&mut draft)
                .desired_width(200.0)
                .hint_text("e.g. North Vale Combined Authority"),
        );
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Strategic authority name")
        });
        add = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        add |= ui.button("Add authority").clicked();
    });
    if add && !draft.trim().is_empty() {
        let mut next = level.clone();
        next.strategic_authorities.push(draft.trim().to_owned());
        cx.edit(Command::SetSystemLevel(next));
        draft.clear();
    }
    if draft != *typed {
        cx.push(Action::Draft(Draft::StrategicAuthority(draft)));
    }
}
