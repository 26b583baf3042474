//! The inspector: edit the selected seat, committee or place, or the design itself.

use egui::RichText;

use crate::ui::{
    action::Action,
    context::DesignCtx,
    view::Selection,
    widgets::{labelled_line, roles::palette_groups, theme},
};
use crate::{
    model::{
        Command, Committee, CommitteeKind, CommitteeMember, Expertise, Holder, OtherPost, Place,
        PlaceMember, Seat, Sector,
    },
    rules::{Severity, Subject},
};

pub fn inspector_panel_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    egui::Panel::right("inspector")
        .resizable(true)
        .default_size(310.0)
        .min_size(260.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("inspector_scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.add_space(6.0);
                    let design = cx.doc.shared();
                    match cx.selection {
                        Selection::Seat(id) => {
                            if let Some(seat) = design.seat(id) {
                                seat_inspector_ui(cx, ui, seat);
                            }
                        }
                        Selection::Committee(id) => {
                            if let Some(committee) = design.committee(id) {
                                committee_inspector_ui(cx, ui, committee);
                            }
                        }
                        Selection::Place(id) => {
                            if let Some(place) = design.place(id) {
                                place_inspector_ui(cx, ui, place);
                            }
                        }
                        Selection::None => design_inspector_ui(cx, ui),
                    }
                });
        });
}

fn findings_list_ui(cx: &DesignCtx, ui: &mut egui::Ui, subject: Subject) {
    let findings: Vec<_> = cx
        .report
        .findings
        .iter()
        .filter(|f| f.concerns(subject))
        .collect();
    if findings.is_empty() {
        return;
    }
    ui.separator();
    ui.label(RichText::new("Findings").strong());
    for finding in findings {
        ui.label(
            RichText::new(format!(
                "{}: {}",
                finding.severity.as_str(),
                finding.message
            ))
            .color(theme::severity_colour(finding.severity, cx.dark)),
        )
        .on_hover_text(format!("{} - source: {}", finding.rule, finding.source()));
    }
}

fn seat_inspector_ui(cx: &DesignCtx, ui: &mut egui::Ui, seat: &Seat) {
    let id = seat.id;
    let key = |field: &str| format!("seat:{id}:{field}");
    ui.heading(seat.label());
    ui.label(RichText::new(format!("Seat {id} - {}", seat.role.band().name())).weak());
    ui.add_space(4.0);

    egui::ComboBox::from_label("Role")
        .selected_text(seat.role.name())
        .show_ui(ui, |ui| {
            for (_, entries) in palette_groups() {
                for entry in entries {
                    if ui
                        .selectable_label(seat.role == entry.role, entry.label)
                        .clicked()
                        && seat.role != entry.role
                    {
                        cx.edit(Command::SetSeatRole {
                            id,
                            role: entry.role,
                        });
                    }
                }
            }
        });
    if let Some(role) = other_role_title(&seat.role) {
        let mut text = role;
        if labelled_line(ui, "Post (for other roles)", &mut text) {
            cx.edit_typed(
                Command::SetSeatRole {
                    id,
                    role: with_other_title(&seat.role, text),
                },
                key("role"),
            );
        }
    }
    let mut title = seat.title.clone();
    if labelled_line(ui, "Title shown on the board", &mut title) {
        cx.edit_typed(Command::SetSeatTitle { id, title }, key("title"));
    }

    ui.separator();
    let mut vacant = seat.holder.is_none();
    if ui.checkbox(&mut vacant, "Vacant (no holder yet)").changed() {
        let holder = if vacant {
            None
        } else {
            Some(Holder::named(""))
        };
        cx.edit(Command::SetSeatHolder { id, holder });
    }
    if let Some(holder) = &seat.holder {
        holder_ui(cx, ui, id, holder);
    }

    ui.separator();
    ui.label(RichText::new("Expertise").strong());
    ui.horizontal_wrapped(|ui| {
        for expertise in Expertise::ALL {
            let mut on = seat.expertise.contains(&expertise);
            if ui.checkbox(&mut on, expertise.name()).changed() {
                let mut list: Vec<Expertise> = seat
                    .expertise
                    .iter()
                    .copied()
                    .filter(|e| *e != expertise)
                    .collect();
                if on {
                    list.push(expertise);
                    list.sort();
                }
                cx.edit(Command::SetSeatExpertise {
                    id,
                    expertise: list,
                });
            }
        }
    });
    let mut deputy = seat.deputy_chair;
    if ui.checkbox(&mut deputy, "Deputy chair").changed() {
        cx.edit(Command::SetSeatDeputyChair {
            id,
            deputy_chair: deputy,
        });
    }
    ui.label("Notes");
    let mut notes = seat.notes.clone();
    let response = ui.add(egui::TextEdit::multiline(&mut notes).desired_rows(3));
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, "Seat notes")
    });
    if response.changed() {
        cx.edit_typed(Command::SetSeatNotes { id, notes }, key("notes"));
    }
    ui.add_space(8.0);
    // The keyboard's way to reorder (the mouse drags cards).
    ui.horizontal(|ui| {
        for (step, label, keys) in [
            (-1, "Move earlier", "Alt+Left"),
            (1, "Move later", "Alt+Right"),
        ] {
            let possible = cx.seat_step_target(step).is_some();
            if ui
                .add_enabled(possible, egui::Button::new(label))
                .on_hover_text(format!("Within its band ({keys})"))
                .clicked()
            {
                cx.push(Action::StepSeat(step));
            }
        }
    });
    if ui
        .button("Remove seat")
        .on_hover_text("Removes the seat and its committee memberships (Delete). Undo with Ctrl+Z.")
        .clicked()
    {
        cx.push(Action::DeleteSelection);
    }
    findings_list_ui(cx, ui, Subject::Seat(id));
}

fn other_role_title(role: &crate::model::Role) -> Option<String> {
    use crate::model::{ExecutiveRole, PartnerSector, Role};
    match role {
        Role::Executive(ExecutiveRole::Other(t))
        | Role::PartnerMember(PartnerSector::Other(t))
        | Role::Participant(t) => Some(t.clone()),
        _ => None,
    }
}

fn with_other_title(role: &crate::model::Role, title: String) -> crate::model::Role {
    use crate::model::{ExecutiveRole, PartnerSector, Role};
    match role {
        Role::Executive(ExecutiveRole::Other(_)) => Role::Executive(ExecutiveRole::Other(title)),
        Role::PartnerMember(PartnerSector::Other(_)) => {
            Role::PartnerMember(PartnerSector::Other(title))
        }
        Role::Participant(_) => Role::Participant(title),
        other => other.clone(),
    }
}

fn holder_ui(cx: &DesignCtx, ui: &mut egui::Ui, id: u32, holder: &Holder) {
    let key = |field: &str| format!("seat:{id}:holder:{field}");
    let set = |cx: &DesignCtx, holder: Holder, field: &str| {
        cx.edit_typed(
            Command::SetSeatHolder {
                id,
                holder: Some(holder),
            },
            key(field),
        );
    };
    let mut next = holder.clone();
    if labelled_line(ui, "Holder's name", &mut next.name) {
        set(cx, next, "name");
        return;
    }
    let mut next = holder.clone();
    if labelled_line(ui, "Holder's organisation", &mut next.organisation) {
        set(cx, next, "organisation");
        return;
    }
    let mut next = holder.clone();
    if ui.checkbox(&mut next.full_time, "Full-time").changed() {
        cx.edit(Command::SetSeatHolder {
            id,
            holder: Some(next),
        });
        return;
    }
    ui.label(RichText::new("Other posts").strong())
        .on_hover_text("Posts or offices in other organisations. A post in a health or care body inside the footprint breaks independence (DF2021).");
    for (index, post) in holder.other_posts.iter().enumerate() {
        ui.group(|ui| {
            let mut next = holder.clone();
            let field = |n: &str| format!("post{index}:{n}");
            if let Some(p) = next.other_posts.get_mut(index) {
                if labelled_line(ui, "Organisation", &mut p.organisation) {
                    set(cx, next.clone(), &field("org"));
                    return;
                }
                if labelled_line(ui, "Post", &mut p.post) {
                    set(cx, next.clone(), &field("post"));
                    return;
                }
                if ui
                    .checkbox(&mut p.in_footprint, "Health or care body in the footprint")
                    .changed()
                {
                    cx.edit(Command::SetSeatHolder {
                        id,
                        holder: Some(next.clone()),
                    });
                    return;
                }
            }
            if ui.small_button("Remove post").clicked() {
                let _ = post;
                next.other_posts.remove(index);
                cx.edit(Command::SetSeatHolder {
                    id,
                    holder: Some(next),
                });
            }
        });
    }
    if ui.button("Add other post").clicked() {
        let mut next = holder.clone();
        next.other_posts.push(OtherPost {
            organisation: String::new(),
            post: String::new(),
            in_footprint: false,
            private_healthcare: false,
        });
        cx.edit(Command::SetSeatHolder {
            id,
            holder: Some(next),
        });
    }
}

fn committee_inspector_ui(cx: &DesignCtx, ui: &mut egui::Ui, committee: &Committee) {
    let id = committee.id;
    ui.heading(&committee.name);
    let mut name = committee.name.clone();
    if labelled_line(ui, "Committee name", &mut name) {
        cx.edit_typed(
            Command::SetCommitteeName { id, name },
            format!("committee:{id}:name"),
        );
    }
    egui::ComboBox::from_label("Kind")
        .selected_text(committee.kind.name())
        .show_ui(ui, |ui| {
            for kind in [
                CommitteeKind::Audit,
                CommitteeKind::Remuneration,
                CommitteeKind::Other,
            ] {
                if ui
                    .selectable_label(committee.kind == kind, kind.name())
                    .clicked()
                {
                    cx.edit(Command::SetCommitteeKind { id, kind });
                }
            }
        });
    let design = cx.doc.shared();
    let seats = design.seats_by_id();
    let chair_text = committee.chair.map_or_else(
        || "No chair".to_owned(),
        |seat| CommitteeMember::Seat(seat).describe(&seats),
    );
    egui::ComboBox::from_label("Chair")
        .selected_text(chair_text)
        .width(260.0)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(committee.chair.is_none(), "No chair")
                .clicked()
            {
                cx.edit(Command::SetCommitteeChair { id, chair: None });
            }
            for seat in design.board.iter().filter(|s| s.role.is_voting()) {
                let label = CommitteeMember::Seat(seat.id).describe(&seats);
                if ui
                    .selectable_label(committee.chair == Some(seat.id), label)
                    .clicked()
                {
                    cx.edit(Command::SetCommitteeChair {
                        id,
                        chair: Some(seat.id),
                    });
                }
            }
        });
    ui.separator();
    ui.label(RichText::new(format!("Members ({})", committee.members.len())).strong());
    for (index, member) in committee.members.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui
                .small_button("Remove")
                .on_hover_text("Remove from the committee")
                .clicked()
            {
                cx.edit(Command::RemoveCommitteeMember { id, index });
            }
            ui.label(member.describe(&seats));
        });
    }
    ui.separator();
    ui.label(RichText::new("External members").strong())
        .on_hover_text("Members from outside the board count for membership but not as NEDs.");
    let field_id = egui::Id::unique(("external_member", id));
    let mut draft: String = ui.data_mut(|d| d.get_temp(field_id).unwrap_or_default());
    let mut add = false;
    ui.horizontal(|ui| {
        let response = ui.add(
            egui::TextEdit::singleline(&mut draft).hint_text("e.g. Independent member (finance)"),
        );
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, "External member name")
        });
        add = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        add |= ui.button("Add external member").clicked();
    });
    if add && !draft.trim().is_empty() {
        cx.edit(Command::AddCommitteeMember {
            id,
            index: committee.members.len(),
            member: CommitteeMember::External(draft.trim().to_owned()),
        });
        draft.clear();
    }
    ui.data_mut(|d| d.insert_temp(field_id, draft));
    ui.add_space(8.0);
    if ui.button("Remove committee").clicked() {
        cx.push(Action::DeleteSelection);
    }
    findings_list_ui(cx, ui, Subject::Committee(id));
}

fn place_inspector_ui(cx: &DesignCtx, ui: &mut egui::Ui, place: &Place) {
    let id = place.id;
    let key = |field: &str| format!("place:{id}:{field}");
    ui.heading(&place.name);
    let mut name = place.name.clone();
    if labelled_line(ui, "Place name", &mut name) {
        cx.edit_typed(Command::SetPlaceName { id, name }, key("name"));
    }
    let mut la = place.local_authority.clone();
    if labelled_line(ui, "Local authority", &mut la) {
        cx.edit_typed(
            Command::SetPlaceLocalAuthority {
                id,
                local_authority: la,
            },
            key("la"),
        );
    }
    ui.separator();
    ui.label(RichText::new(format!("Members ({})", place.members.len())).strong());
    for (index, member) in place.members.iter().enumerate() {
        ui.group(|ui| {
            ui.label(RichText::new(member.sector.name()).strong());
            let mut next = member.clone();
            if labelled_line(ui, "Name or post", &mut next.name) {
                cx.edit_typed(
                    Command::SetPlaceMember {
                        id,
                        index,
                        member: next,
                    },
                    key(&format!("member{index}:name")),
                );
                return;
            }
            let mut next = member.clone();
            if labelled_line(ui, "Organisation", &mut next.organisation) {
                cx.edit_typed(
                    Command::SetPlaceMember {
                        id,
                        index,
                        member: next,
                    },
                    key(&format!("member{index}:org")),
                );
                return;
            }
            if ui.small_button("Remove member").clicked() {
                cx.edit(Command::RemovePlaceMember { id, index });
            }
        });
    }
    egui::ComboBox::from_label("Add a member from")
        .selected_text("choose a sector")
        .show_ui(ui, |ui| {
            for sector in Sector::NAMED {
                if ui.selectable_label(false, sector.name()).clicked() {
                    cx.edit(Command::AddPlaceMember {
                        id,
                        index: place.members.len(),
                        member: PlaceMember {
                            name: sector.name(),
                            sector,
                            organisation: place.local_authority.clone(),
                        },
                    });
                }
            }
        });
    ui.label("Notes");
    let mut notes = place.notes.clone();
    let response = ui.add(egui::TextEdit::multiline(&mut notes).desired_rows(3));
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, "Place notes")
    });
    if response.changed() {
        cx.edit_typed(Command::SetPlaceNotes { id, notes }, key("notes"));
    }
    ui.add_space(8.0);
    if ui.button("Remove place").clicked() {
        cx.push(Action::DeleteSelection);
    }
    findings_list_ui(cx, ui, Subject::Place(id));
}

fn design_inspector_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let design = cx.doc.shared();
    ui.heading("Design");
    ui.label(RichText::new("Select a seat, committee or place to edit it.").weak());
    let mut name = design.name.clone();
    if labelled_line(ui, "Design name", &mut name) {
        cx.edit_typed(Command::SetName(name), "design:name".into());
    }
    let mut system = design.system.clone();
    if labelled_line(ui, "Integrated care system", &mut system) {
        cx.edit_typed(Command::SetSystem(system), "design:system".into());
    }
    ui.label("Notes");
    let mut notes = design.notes.clone();
    let response = ui.add(egui::TextEdit::multiline(&mut notes).desired_rows(4));
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, "Design notes")
    });
    if response.changed() {
        cx.edit_typed(Command::SetNotes(notes), "design:notes".into());
    }
    ui.separator();
    let mut level = design.system_level.clone();
    if ui
        .checkbox(
            &mut level.vcse_agreement,
            "A formal agreement embeds the VCSE sector in system governance",
        )
        .on_hover_text("system.vcse_agreement (DF2021)")
        .changed()
    {
        cx.edit(Command::SetSystemLevel(level));
    }
    ui.label(format!(
        "Trusts listed: {}; provider collaboratives: {}",
        design.system_level.trusts.len(),
        design.system_level.provider_collaboratives.len()
    ));
    ui.separator();
    ui.label(RichText::new("Rule pack").strong());
    ui.label(cx.pack.describe());
    let errors = cx.report.count(Severity::Error);
    ui.label(Severity::Error.count_phrase(errors));
}
