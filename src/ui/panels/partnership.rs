//! The Integrated Care Partnership: name, chair, and members by sector, added by dragging sector
//! chips from the palette. Every change goes through `Command::SetPartnership`, so undo works.

use egui::RichText;

use crate::{
    model::{Command, MergeKey, Part, Partnership, PartnershipMember},
    rules::{Severity, Subject},
    ui::{
        action::DragPayload,
        context::DesignCtx,
        widgets::{labelled_line, theme},
    },
};

pub fn partnership_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let design = cx.shared();
    let Some(partnership) = &design.partnership else {
        ui.add_space(12.0);
        ui.label(RichText::new("Integrated Care Partnership").heading());
        ui.label(
            "The partnership is a joint committee of the ICB and the local authorities, as equal \
             partners, which writes the integrated care strategy (DF2021). It is optional in a design.",
        );
        ui.add_space(8.0);
        if ui.button("Design the partnership").clicked() {
            let name = if design.system.trim().is_empty() {
                "Integrated Care Partnership".to_owned()
            } else {
                format!("{} Partnership", design.system.trim())
            };
            cx.edit(Command::SetPartnership(Some(Partnership {
                name,
                ..Partnership::default()
            })));
        }
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt("partnership_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            details_ui(cx, ui, partnership);
            ui.add_space(8.0);
            members_ui(cx, ui, partnership);
            ui.add_space(8.0);
            if ui
                .button("Remove the partnership from the design")
                .on_hover_text("Undo with Ctrl+Z")
                .clicked()
            {
                cx.edit(Command::SetPartnership(None));
            }
        });
}

fn set(cx: &DesignCtx, next: Partnership, key: Option<MergeKey>) {
    let command = Command::SetPartnership(Some(next));
    match key {
        Some(key) => cx.edit_typed(command, key),
        None => cx.edit(command),
    }
}

fn details_ui(cx: &DesignCtx, ui: &mut egui::Ui, partnership: &Partnership) {
    ui.horizontal(|ui| {
        ui.label(RichText::new("Integrated Care Partnership").heading());
        if let Some((severity, count)) = cx.findings_about(Subject::Partnership) {
            ui.label(
                RichText::new(format!("{count} to look at"))
                    .color(theme::severity_colour(severity, cx.view.dark))
                    .strong(),
            );
        }
    });
    let mut next = partnership.clone();
    if labelled_line(ui, "Partnership name", &mut next.name) {
        set(cx, next, Some(MergeKey::new(Part::Partnership, "name")));
        return;
    }
    let mut next = partnership.clone();
    if labelled_line(ui, "Partnership chair", &mut next.chair) {
        set(cx, next, Some(MergeKey::new(Part::Partnership, "chair")));
        return;
    }
    let mut next = partnership.clone();
    if ui
        .checkbox(
            &mut next.chair_jointly_selected,
            "Chair jointly selected by the ICB and the local authorities",
        )
        .on_hover_text("partnership.chair (DF2021)")
        .changed()
    {
        set(cx, next, None);
        return;
    }
    let mut next = partnership.clone();
    if ui
        .checkbox(
            &mut next.chair_shared_with_icb,
            "Chair shared with the ICB chair",
        )
        .on_hover_text("Allowed by the framework (DF2021)")
        .changed()
    {
        set(cx, next, None);
    }
    let (nhs, local) = partnership.members_by_side();
    let colour = if nhs == local {
        ui.visuals().text_color()
    } else {
        theme::severity_colour(Severity::Advice, cx.view.dark)
    };
    ui.label(
        RichText::new(format!(
            "Balance: NHS {nhs} | local government {local} | {} in all",
            crate::rules::plural(partnership.members.len(), "member", "members")
        ))
        .strong()
        .color(colour),
    )
    .on_hover_text("partnership.parity: NHS and local government as equal partners (NHSP2021)");
}

fn members_ui(cx: &DesignCtx, ui: &mut egui::Ui, partnership: &Partnership) {
    let frame = egui::Frame::default()
        .inner_margin(8.0)
        .corner_radius(6.0)
        .stroke(egui::Stroke::new(
            1.0,
            ui.visuals().widgets.noninteractive.bg_stroke.color,
        ));
    let (_, dropped) = ui.dnd_drop_zone::<DragPayload, _>(frame, |ui| {
        ui.set_min_width(ui.available_width());
        ui.label(RichText::new(format!("Members ({})", partnership.members.len())).strong());
        if partnership.members.is_empty() {
            ui.label(
                RichText::new("Drop sector chips here from the palette")
                    .italics()
                    .weak(),
            );
        }
        for (index, member) in partnership.members.iter().enumerate() {
            member_row_ui(cx, ui, partnership, index, member);
        }
    });
    if let Some(payload) = dropped
        && matches!(payload.as_ref(), DragPayload::PartnershipSector(_))
    {
        cx.drop_payload(payload.as_ref());
    }
}

fn member_row_ui(
    cx: &DesignCtx,
    ui: &mut egui::Ui,
    partnership: &Partnership,
    index: usize,
    member: &PartnershipMember,
) {
    ui.group(|ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new(member.sector.name()).strong());
            if ui.small_button("Remove member").clicked() {
                let mut next = partnership.clone();
                next.members.remove(index);
                set(cx, next, None);
            }
        });
        let mut next = partnership.clone();
        if let Some(m) = next.members.get_mut(index)
            && labelled_line(ui, "Member name or post", &mut m.name)
        {
            set(
                cx,
                next,
                Some(MergeKey::new(Part::PartnershipMember(index), "name")),
            );
            return;
        }
        let mut next = partnership.clone();
        if let Some(m) = next.members.get_mut(index)
            && labelled_line(ui, "Member organisation", &mut m.organisation)
        {
            set(
                cx,
                next,
                Some(MergeKey::new(Part::PartnershipMember(index), "org")),
            );
        }
    });
}
