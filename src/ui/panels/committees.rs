//! Committees as cards under the board: drop a seat card on one to add that seat.

use egui::{RichText, Stroke};

use crate::ui::{
    action::{Action, DragPayload},
    context::DesignCtx,
    view::Selection,
    widgets::theme,
};
use crate::{
    model::{Command, Committee, CommitteeKind, CommitteeMember, SeatsById},
    rules::Subject,
};

const MEMBERS_SHOWN: usize = 10;

pub fn committees_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    // Wrapped, so every button stays on screen however narrow the window.
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Committees").heading());
        if ui
            .button("Hide")
            .on_hover_text(
                "Give the board the room (the committees come back while you drag a seat)",
            )
            .clicked()
        {
            cx.push(Action::SetCommitteesHidden(true));
        }
        // The two required committees are offered while missing (one click from the finding);
        // any other committee can always be added (its kind can be changed in the inspector).
        let has = |kind: &CommitteeKind| cx.design().committees.iter().any(|c| &c.kind == kind);
        let missing: Vec<CommitteeKind> = [CommitteeKind::Audit, CommitteeKind::Remuneration]
            .into_iter()
            .filter(|kind| !has(kind))
            .collect();
        for kind in missing.into_iter().chain([CommitteeKind::Other]) {
            if ui
                .button(format!(
                    "Add {} committee",
                    crate::model::text::lower_first(kind.name())
                ))
                .clicked()
            {
                add_committee(cx, kind);
            }
        }
    });
    ui.label(
        RichText::new("Drag a seat card onto a committee to make it a member.")
            .small()
            .weak(),
    );
    let design = cx.shared();
    if design.committees.is_empty() {
        ui.label(
            RichText::new("No committees yet: the board must establish an audit and a remuneration committee.")
                .italics(),
        );
    }
    egui::ScrollArea::both()
        .id_salt("committees_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let seats = design.seats_by_id();
            ui.horizontal_top(|ui| {
                for committee in &design.committees {
                    committee_card_ui(cx, ui, &seats, committee);
                }
            });
        });
}

fn add_committee(cx: &DesignCtx, kind: CommitteeKind) {
    let design = cx.design();
    let name = match kind {
        CommitteeKind::Audit => "Audit Committee",
        CommitteeKind::Remuneration => "Remuneration Committee",
        CommitteeKind::Other => "New committee",
    };
    let committee = Committee {
        id: design.next_committee_id(),
        name: name.to_owned(),
        kind,
        chair: None,
        members: Vec::new(),
    };
    let index = design.committees.len();
    cx.push(Action::Select(Selection::Committee(committee.id)));
    cx.edit(Command::AddCommittee { index, committee });
}

fn committee_card_ui(cx: &DesignCtx, ui: &mut egui::Ui, seats: &SeatsById, committee: &Committee) {
    let selected = cx.view.selection == Selection::Committee(committee.id);
    let stroke = if selected {
        Stroke::new(3.0, ui.visuals().selection.stroke.color)
    } else {
        Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color)
    };
    let frame = egui::Frame::default()
        .inner_margin(10.0)
        .corner_radius(8.0)
        .fill(ui.visuals().extreme_bg_color)
        .stroke(stroke);
    let (inner, dropped) = ui.dnd_drop_zone::<DragPayload, _>(frame, |ui| {
        ui.vertical(|ui| committee_card_body_ui(cx, ui, seats, committee, selected));
    });
    let response = inner.response;
    if cx.view.scroll_to == Some(Subject::Committee(committee.id)) {
        ui.scroll_to_rect(response.rect, Some(egui::Align::Center));
        cx.push(Action::ScrolledTo);
    }
    if let Some(payload) = dropped
        && let DragPayload::Seat(seat) = payload.as_ref()
    {
        if committee.has_seat(*seat) {
            cx.status("That seat is already on the committee.");
        } else {
            cx.edit(Command::AddCommitteeMember {
                id: committee.id,
                index: committee.members.len(),
                member: CommitteeMember::Seat(*seat),
            });
            cx.status(format!("Added to the {}", committee.name));
        }
    }
}

fn committee_card_body_ui(
    cx: &DesignCtx,
    ui: &mut egui::Ui,
    seats: &SeatsById,
    committee: &Committee,
    selected: bool,
) {
    ui.set_width(290.0);
    ui.set_min_height(120.0);
    ui.horizontal(|ui| {
        let title = RichText::new(&committee.name).strong().size(17.0);
        if ui
            .add(egui::Button::selectable(selected, title))
            .on_hover_text("Select to edit the committee")
            .clicked()
        {
            cx.push(Action::Select(Selection::Committee(committee.id)));
        }
        if let Some((severity, count)) = cx.findings_about(Subject::Committee(committee.id)) {
            ui.label(
                RichText::new(format!("{count} to fix"))
                    .color(theme::severity_colour(severity, cx.view.dark))
                    .strong(),
            );
        }
    });
    ui.label(RichText::new(format!("{} committee", committee.kind.name())).weak());
    let chair = committee.chair.map_or_else(
        || "no chair yet".to_owned(),
        |id| CommitteeMember::Seat(id).describe(seats),
    );
    ui.label(format!("Chair: {chair}"));
    ui.label(format!("Members ({}):", committee.members.len()));
    // Long committees show their first members; the inspector and exports list all.
    for (index, member) in committee.members.iter().enumerate().take(MEMBERS_SHOWN) {
        ui.horizontal(|ui| {
            ui.label(format!("- {}", member.describe(seats)));
            let remove = ui
                .small_button("Remove")
                .on_hover_text("Remove from the committee");
            if remove.clicked() {
                cx.edit(Command::RemoveCommitteeMember {
                    id: committee.id,
                    index,
                });
            }
        });
    }
    if committee.members.len() > MEMBERS_SHOWN {
        ui.label(format!(
            "and {} more",
            committee.members.len() - MEMBERS_SHOWN
        ));
    }
    if committee.members.is_empty() {
        ui.label(RichText::new("Drop seat cards here").italics().weak());
    }
}
