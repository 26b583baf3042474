//! The inspector for a committee or a place.

use egui::RichText;

use super::findings_list_ui;
use crate::{
    model::{
        Command, Committee, CommitteeKind, CommitteeMember, MergeKey, Part, Place, PlaceMember,
        Sector,
    },
    rules::Subject,
    ui::{
        action::{Action, Draft},
        context::DesignCtx,
        widgets::labelled_line,
    },
};

pub(super) fn committee_inspector_ui(cx: &DesignCtx, ui: &mut egui::Ui, committee: &Committee) {
    let id = committee.id;
    ui.heading(&committee.name);
    let mut name = committee.name.clone();
    if labelled_line(ui, "Committee name", &mut name) {
        cx.edit_typed(
            Command::SetCommitteeName { id, name },
            MergeKey::new(Part::Committee(id), "name"),
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
    let design = cx.shared();
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
    let typed = cx.view.drafts.external_member(id);
    let mut draft = typed.to_owned();
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
    if draft != typed {
        cx.push(Action::Draft(Draft::ExternalMember(id, draft)));
    }
    ui.add_space(8.0);
    if ui.button("Remove committee").clicked() {
        cx.push(Action::DeleteSelection);
    }
    findings_list_ui(cx, ui, Subject::Committee(id));
}

pub(super) fn place_inspector_ui(cx: &DesignCtx, ui: &mut egui::Ui, place: &Place) {
    let id = place.id;
    let key = |field: &'static str| MergeKey::new(Part::Place(id), field);
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
    // Offered where the name says a district of a two-tier area, or where it is already set
    // (so it can be cleared): the county council is then the responsible authority.
    if place.may_be_district() || !place.county_council.is_empty() {
        county_council_ui(cx, ui, place);
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
                    MergeKey::new(Part::PlaceMember(id, index), "name"),
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
                    MergeKey::new(Part::PlaceMember(id, index), "org"),
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

/// The county council of a district's place, with a button to clear it.
fn county_council_ui(cx: &DesignCtx, ui: &mut egui::Ui, place: &Place) {
    let id = place.id;
    let mut county = place.county_council.clone();
    let cleared = ui
        .horizontal(|ui| {
            ui.label("County council (social care)").on_hover_text(
                "partnership.local_authorities (law: LGPIHA2007 s116ZA): in a two-tier area the county council, not the district, has social-care functions and must be a member of the partnership.",
            );
            !place.county_council.is_empty() && ui.small_button("Clear").clicked()
        })
        .inner;
    let response = ui.add(egui::TextEdit::singleline(&mut county).desired_width(f32::INFINITY));
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "County council"));
    if cleared {
        cx.edit(Command::SetPlaceCountyCouncil {
            id,
            county_council: String::new(),
        });
    } else if response.changed() {
        cx.edit_typed(
            Command::SetPlaceCountyCouncil {
                id,
                county_council: county,
            },
            MergeKey::new(Part::Place(id), "county"),
        );
    }
}
