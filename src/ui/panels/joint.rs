//! Joint committees of the cluster's ICBs (NHSA2006 s65Z5): create them, name them and their
//! delegated functions, choose the chair, and drop seat cards from any ICB onto them.

use egui::RichText;

use crate::{
    model::{ClusterCommand, JointCommittee, JointMember, MergeKey, Part},
    rules::Subject,
    ui::{
        action::{Action, DragPayload},
        cluster_space::ClusterSpace,
        context::DesignCtx,
        widgets::labelled_line,
    },
};

/// The joint committees, beside the boards so that any card can be dragged onto any of them.
pub fn joint_committees_ui(cx: &DesignCtx, ui: &mut egui::Ui, space: &ClusterSpace) {
    let cluster = space.cluster();
    ui.horizontal(|ui| {
        ui.heading("Joint committees");
        if ui
            .button(RichText::new("Add a joint committee").size(15.0))
            .clicked()
        {
            let id = cluster.next_joint_committee_id();
            cx.push(Action::edit_cluster(ClusterCommand::AddJointCommittee {
                index: cluster.joint_committees.len(),
                committee: JointCommittee {
                    id,
                    name: format!("Joint committee {id}"),
                    delegated_functions: String::new(),
                    chair: None,
                    members: Vec::new(),
                },
            }));
            cx.push(Action::Status(
                "Added a joint committee: drag seat cards onto it".to_owned(),
            ));
        }
    });
    if cluster.joint_committees.is_empty() {
        ui.label(
            RichText::new(
                "None yet. A joint committee lets the ICBs take decisions together on what they delegate to it.",
            )
            .size(15.0),
        );
    }
    egui::ScrollArea::vertical()
        .id_salt("joint_committees")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for committee in &cluster.joint_committees {
                committee_ui(cx, ui, space, committee);
                ui.add_space(6.0);
            }
        });
}

fn member_text(space: &ClusterSpace, member: &JointMember) -> String {
    space.cluster().member_text(member)
}

fn committee_ui(
    cx: &DesignCtx,
    ui: &mut egui::Ui,
    space: &ClusterSpace,
    committee: &JointCommittee,
) {
    let frame = egui::Frame::group(ui.style()).inner_margin(8.0);
    let contents = |ui: &mut egui::Ui| {
        ui.set_min_width(ui.available_width());
        fields_ui(cx, ui, space, committee);
        members_ui(cx, ui, space, committee);
        ui.label(RichText::new("Drop a seat card here to add its holder").weak());
        if ui
            .button("Remove this joint committee")
            .on_hover_text("Ctrl+Z brings it back")
            .clicked()
        {
            cx.push(Action::edit_cluster(ClusterCommand::RemoveJointCommittee {
                id: committee.id,
            }));
        }
    };
    // Only a seat card of an ICB can join; anything else being dragged leaves the frame plain.
    let payload = egui::DragAndDrop::payload::<DragPayload>(ui.ctx());
    let accepts = payload
        .as_deref()
        .is_none_or(|p| matches!(p, DragPayload::ClusterSeat { .. }));
    let (rect, dropped) = if accepts {
        let (shown, dropped) = ui.dnd_drop_zone::<DragPayload, _>(frame, contents);
        (shown.response.rect, dropped)
    } else {
        (frame.show(ui, contents).response.rect, None)
    };
    if cx.view.scroll_to == Some(Subject::JointCommittee(committee.id)) {
        ui.scroll_to_rect(rect, None);
        cx.push(Action::ScrolledTo);
    }
    if let Some(payload) = dropped
        && let DragPayload::ClusterSeat { icb, seat } = payload.as_ref()
    {
        add_member(cx, space, committee, *icb, *seat);
    }
}

/// Queue the committee as changed: typing merges by field; a removal is a step of its own
/// (`None`).
fn set(cx: &DesignCtx, changed: JointCommittee, field: Option<&'static str>) {
    let key = field.map(|field| MergeKey::new(Part::JointCommittee(changed.id), field));
    cx.push(Action::EditCluster {
        command: ClusterCommand::SetJointCommittee(changed),
        merge: key,
    });
}

/// The committee's name, delegated functions and chair.
fn fields_ui(cx: &DesignCtx, ui: &mut egui::Ui, space: &ClusterSpace, committee: &JointCommittee) {
    let mut name = committee.name.clone();
    if labelled_line(ui, "Joint committee name", &mut name) {
        let changed = JointCommittee {
            name,
            ..committee.clone()
        };
        set(cx, changed, Some("name"));
    }
    let mut functions = committee.delegated_functions.clone();
    if labelled_line(ui, "Delegated functions", &mut functions) {
        let changed = JointCommittee {
            delegated_functions: functions,
            ..committee.clone()
        };
        set(cx, changed, Some("functions"));
    }
    let chair_text = committee
        .chair
        .as_ref()
        .map_or_else(|| "No chair chosen".to_owned(), |c| member_text(space, c));
    ui.label("Chair");
    let chair = egui::ComboBox::new(("joint_chair", committee.id), "")
        .width(ui.available_width() - 8.0)
        .selected_text(chair_text)
        .show_ui(ui, |ui| {
            for member in &committee.members {
                let chosen = committee.chair.as_ref() == Some(member);
                if ui
                    .selectable_label(chosen, member_text(space, member))
                    .clicked()
                    && !chosen
                {
                    let changed = JointCommittee {
                        chair: Some(member.clone()),
                        ..committee.clone()
                    };
                    set(cx, changed, Some("chair"));
                }
            }
        });
    chair.response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::ComboBox,
            true,
            format!("Chair of {}", committee.name),
        )
    });
}

/// The members, each with a button that takes them off (and off the chair).
fn members_ui(cx: &DesignCtx, ui: &mut egui::Ui, space: &ClusterSpace, committee: &JointCommittee) {
    ui.label(
        RichText::new(crate::rules::plural(
            committee.members.len(),
            "member",
            "members",
        ))
        .strong(),
    );
    for (index, member) in committee.members.iter().enumerate() {
        ui.horizontal(|ui| {
            let text = member_text(space, member);
            let remove = ui
                .small_button("✖")
                .on_hover_text(format!("Take {text} off {}", committee.name));
            remove.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    format!("Remove {text} from {}", committee.name),
                )
            });
            if remove.clicked() {
                let mut members = committee.members.clone();
                members.remove(index);
                let chair = committee.chair.clone().filter(|c| members.contains(c));
                let changed = JointCommittee {
                    chair,
                    members,
                    ..committee.clone()
                };
                set(cx, changed, None);
            }
            ui.label(RichText::new(text).size(15.0));
        });
    }
}

/// A seat card of an ICB dropped on the committee: its holder joins, unless already on it.
fn add_member(
    cx: &DesignCtx,
    space: &ClusterSpace,
    committee: &JointCommittee,
    icb: crate::model::Id,
    seat: crate::model::Id,
) {
    let member = JointMember::Member { icb, seat };
    let who = member_text(space, &member);
    if committee.members.contains(&member) {
        cx.status(format!("{who} is already on {}", committee.name));
    } else {
        let mut members = committee.members.clone();
        members.push(member);
        cx.push(Action::edit_cluster(ClusterCommand::SetJointCommittee(
            JointCommittee {
                members,
                ..committee.clone()
            },
        )));
        cx.status(format!("Added {who} to {}", committee.name));
    }
}
