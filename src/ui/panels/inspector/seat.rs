//! The inspector for a seat and its holder.

use egui::RichText;

use super::findings_list_ui;
use crate::{
    model::{Command, Expertise, Holder, Interest, InterestKind, MergeKey, OtherPost, Part, Seat},
    rules::Subject,
    ui::{
        action::Action,
        context::DesignCtx,
        widgets::{date_field::date_field, labelled_line, roles::palette_groups},
    },
};

pub(super) fn seat_inspector_ui(cx: &DesignCtx, ui: &mut egui::Ui, seat: &Seat) {
    let id = seat.id;
    let key = |field: &'static str| MergeKey::new(Part::Seat(id), field);
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
    let mut senior = seat.senior_non_executive;
    if ui
        .checkbox(&mut senior, "Senior non-executive member")
        .on_hover_text("board.senior_non_executive (policy: NHSE-GOV): a sounding board for the chair; not the audit chair")
        .changed()
    {
        cx.edit(Command::SetSeatSeniorNonExecutive {
            id,
            senior_non_executive: senior,
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
    let key = |field: &'static str| MergeKey::new(Part::Holder(id), field);
    let set = |cx: &DesignCtx, holder: Holder, key: MergeKey| {
        cx.edit_typed(
            Command::SetSeatHolder {
                id,
                holder: Some(holder),
            },
            key,
        );
    };
    let mut next = holder.clone();
    if labelled_line(ui, "Holder's name", &mut next.name) {
        set(cx, next, key("name"));
        return;
    }
    let mut next = holder.clone();
    if labelled_line(ui, "Holder's organisation", &mut next.organisation) {
        set(cx, next, key("organisation"));
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
    // Terms of office (docs/rules.md section 7): applied once they are whole dates.
    for (label, field) in [("Appointed", "appointed"), ("Term ends", "term_ends")] {
        let current = if field == "appointed" {
            &holder.appointed
        } else {
            &holder.term_ends
        };
        if let Some(date) = date_field(ui, label, (field, id), current) {
            let mut next = holder.clone();
            if field == "appointed" {
                next.appointed = date;
            } else {
                next.term_ends = date;
            }
            cx.edit(Command::SetSeatHolder {
                id,
                holder: Some(next),
            });
            return;
        }
    }
    if super::year::holder_year_ui(cx, ui, id, holder) {
        return;
    }
    if interests_ui(cx, ui, id, holder) {
        return;
    }
    ui.label(RichText::new("Other posts").strong())
        .on_hover_text("Posts or offices in other organisations. A post in a health or care body inside the footprint breaks independence (DF2021).");
    for (index, post) in holder.other_posts.iter().enumerate() {
        ui.group(|ui| {
            let mut next = holder.clone();
            let field = |n: &'static str| MergeKey::new(Part::OtherPost(id, index), n);
            if let Some(p) = next.other_posts.get_mut(index) {
                if labelled_line(ui, "Organisation", &mut p.organisation) {
                    set(cx, next.clone(), field("org"));
                    return;
                }
                if labelled_line(ui, "Post", &mut p.post) {
                    set(cx, next.clone(), field("post"));
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
                if ui
                    .checkbox(&mut p.private_healthcare, "Private healthcare provider")
                    .on_hover_text("board.private_healthcare (law: NHSA2006 Sch 1B para 4)")
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

/// The holder's declared interests (the register of interests): true when one was edited.
fn interests_ui(cx: &DesignCtx, ui: &mut egui::Ui, id: u32, holder: &Holder) -> bool {
    let set = |next: Holder, merge: Option<MergeKey>| {
        let command = Command::SetSeatHolder {
            id,
            holder: Some(next),
        };
        match merge {
            Some(key) => cx.edit_typed(command, key),
            None => cx.edit(command),
        }
    };
    ui.label(RichText::new("Declared interests").strong())
        .on_hover_text("people.interest_conflict (policy: COI2017)");
    for index in 0..holder.interests.len() {
        let mut edited = false;
        ui.group(|ui| {
            let mut next = holder.clone();
            let Some(interest) = next.interests.get_mut(index) else {
                return;
            };
            let field = |n: &'static str| Some(MergeKey::new(Part::Interest(id, index), n));
            if labelled_line(ui, "Organisation", &mut interest.organisation) {
                set(next, field("org"));
                edited = true;
                return;
            }
            let kind = interest.kind;
            egui::ComboBox::new(("interest_kind", id, index), "Kind of interest")
                .selected_text(kind.name())
                .show_ui(ui, |ui| {
                    for choice in InterestKind::ALL {
                        if ui.selectable_label(choice == kind, choice.name()).clicked() {
                            interest.kind = choice;
                        }
                    }
                });
            if interest.kind != kind {
                set(next, None);
                edited = true;
                return;
            }
            if labelled_line(ui, "Description", &mut interest.description) {
                set(next, field("description"));
                edited = true;
                return;
            }
            if ui.small_button("Remove interest").clicked() {
                next.interests.remove(index);
                set(next, None);
                edited = true;
            }
        });
        if edited {
            return true;
        }
    }
    if ui.button("Declare an interest").clicked() {
        let mut next = holder.clone();
        next.interests.push(Interest {
            organisation: String::new(),
            kind: InterestKind::Financial,
            description: String::new(),
            declared: crate::model::IsoDate::today().to_string(),
        });
        set(next, None);
        return true;
    }
    false
}
