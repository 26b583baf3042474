//! The merger: proposing the successor, its name, start date and boundary changes, and the live
//! transition table (every predecessor post: continues, changes role, ends; and the new posts).

use egui::RichText;

use crate::{
    model::{BoundaryChange, ClusterCommand, IsoDate, MergeKey, Merger, Part, transition::Outcome},
    rules::{Scope, Subject},
    ui::{
        action::Action,
        cluster_space::ClusterSpace,
        context::DesignCtx,
        widgets::{cut_label, labelled_line},
    },
};

/// Before a successor exists: what proposing one does, and the button.
pub fn propose_ui(cx: &DesignCtx, ui: &mut egui::Ui, space: &ClusterSpace) {
    let cluster = space.cluster();
    ui.add_space(12.0);
    ui.heading("The successor board");
    ui.label(
        RichText::new(format!(
            "Propose the board of the ICB these {} merge into. The proposal follows docs/rules.md section 6: one chair and one chief executive (the person the ICBs share, else a vacant seat noting who holds the post now), the other seats of every board once per person, the audit and remuneration committees, and every place, noting where it was formed from. Then edit it like any design; Ctrl+Z takes the proposal back.",
            crate::rules::plural(cluster.icbs.len(), "ICB", "ICBs")
        ))
        .size(16.0),
    );
    ui.add_space(8.0);
    if ui
        .button(RichText::new("Propose a successor").size(20.0).strong())
        .clicked()
    {
        cx.push(Action::ProposeSuccessor);
    }
}

fn outcome_text(outcome: Outcome) -> String {
    let icon = match outcome {
        Outcome::Continues => "✔",
        Outcome::ChangesRole => "⇄",
        Outcome::Ends => "✖",
        Outcome::Vacant => "○",
    };
    format!("{icon} {}", outcome.name())
}

/// The merger tab of the successor: its terms, then the transition.
pub fn merger_ui(cx: &DesignCtx, ui: &mut egui::Ui, space: &ClusterSpace) {
    let cluster = space.cluster();
    let Some(merger) = &cluster.merger else {
        propose_ui(cx, ui, space);
        return;
    };
    // The terms in a narrow column, the transition beside them with the room it needs.
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(400.0_f32.min(ui.available_width() * 0.4));
            egui::ScrollArea::vertical()
                .id_salt("merger_terms")
                .auto_shrink([false, false])
                .show(ui, |ui| terms_ui(cx, ui, merger));
        });
        ui.separator();
        ui.vertical(|ui| {
            egui::ScrollArea::both()
                .id_salt("merger_transition")
                .auto_shrink([false, false])
                .show(ui, |ui| transition_ui(cx, ui, space));
        });
    });
}

fn terms_ui(cx: &DesignCtx, ui: &mut egui::Ui, merger: &Merger) {
    // Typing merges by field; a removal is a step of its own (`None`).
    let terms =
        |name: String, effective: String, changes: Vec<BoundaryChange>, key: Option<MergeKey>| {
            cx.push(Action::EditCluster {
                command: ClusterCommand::SetMergerTerms {
                    successor_name: name,
                    effective,
                    boundary_changes: changes,
                },
                merge: key,
            });
        };
    ui.heading("The merger");
    let mut name = merger.successor_name.clone();
    if labelled_line(ui, "Successor's name", &mut name) {
        terms(
            name,
            merger.effective.clone(),
            merger.boundary_changes.clone(),
            Some(MergeKey::new(Part::Merger, "name")),
        );
    }
    let mut effective = merger.effective.clone();
    if labelled_line(ui, "Effective date (YYYY-MM-DD)", &mut effective) {
        terms(
            merger.successor_name.clone(),
            effective,
            merger.boundary_changes.clone(),
            Some(MergeKey::new(Part::Merger, "effective")),
        );
    }
    match IsoDate::parse(&merger.effective) {
        Some(date) => {
            ui.label(RichText::new(format!("The successor starts on {}.", date.long())).size(15.0));
        }
        None if merger.effective.trim().is_empty() => {
            ui.label(RichText::new("⚠ No start date yet.").size(15.0));
        }
        None => {
            ui.label(RichText::new("⚠ Not a date: write it as 2027-04-01.").size(15.0));
        }
    }
    ui.add_space(6.0);
    ui.label(
        RichText::new("Boundary changes: local authorities that move to another ICB").strong(),
    );
    for (index, change) in merger.boundary_changes.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let mut la = change.local_authority.clone();
            let mut to = change.to.clone();
            let la_changed = labelled_line(ui, "Local authority", &mut la);
            let to_changed = labelled_line(ui, "Moves to (ICB)", &mut to);
            if la_changed || to_changed {
                let mut changes = merger.boundary_changes.clone();
                if let Some(slot) = changes.get_mut(index) {
                    *slot = BoundaryChange {
                        local_authority: la,
                        to,
                    };
                }
                terms(
                    merger.successor_name.clone(),
                    merger.effective.clone(),
                    changes,
                    Some(MergeKey::new(Part::BoundaryChange(index), "change")),
                );
            }
            if ui.button("✖ Remove this boundary change").clicked() {
                let mut changes = merger.boundary_changes.clone();
                changes.remove(index);
                terms(
                    merger.successor_name.clone(),
                    merger.effective.clone(),
                    changes,
                    None,
                );
            }
        });
    }
    if ui.button("Add a boundary change").clicked() {
        let mut changes = merger.boundary_changes.clone();
        changes.push(BoundaryChange {
            local_authority: String::new(),
            to: String::new(),
        });
        cx.push(Action::edit_cluster(ClusterCommand::SetMergerTerms {
            successor_name: merger.successor_name.clone(),
            effective: merger.effective.clone(),
            boundary_changes: changes,
        }));
    }
}

/// How much of a post's title, and of a holder's name, the transition table shows.
const POST_CHARS: usize = 20;
const NAME_CHARS: usize = 22;

fn transition_ui(cx: &DesignCtx, ui: &mut egui::Ui, space: &ClusterSpace) {
    let cluster = space.cluster();
    ui.heading("Transition");
    let Some(transition) = &space.transition else {
        ui.label("Propose a successor to see what becomes of every post.");
        return;
    };
    let counts: Vec<String> = Outcome::ALL
        .iter()
        .map(|o| format!("{}: {}", outcome_text(*o), transition.count(*o)))
        .collect();
    ui.label(
        RichText::new(format!(
            "{} predecessor posts. {}. New posts: {}.",
            transition.posts.len(),
            counts.join(", "),
            transition.new_posts.len()
        ))
        .size(16.0)
        .strong(),
    );
    ui.add_space(4.0);
    // Every column fits the width a 1366x768 laptop leaves it: long posts and names are cut
    // (whole in their tooltips), and a post that continues as itself says "the same".
    egui::Grid::new("transition_grid")
        .striped(true)
        .num_columns(5)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            for heading in ["ICB", "Post", "Holder", "Outcome", "Becomes"] {
                ui.label(RichText::new(heading).strong());
            }
            ui.end_row();
            for post in &transition.posts {
                ui.label(cluster.short_name(post.icb));
                let shown = crate::model::cut(&post.role, POST_CHARS);
                let link = ui.link(shown.as_str());
                let link = if shown == post.role {
                    link.on_hover_text("Show this post in its ICB's board")
                } else {
                    link.on_hover_text(format!("{}: show it in its ICB's board", post.role))
                };
                if link.clicked() {
                    cx.push(Action::GoToIn(
                        Scope::Icb(post.icb),
                        Subject::Seat(post.seat),
                    ));
                }
                cut_label(ui, post.holder.as_deref().unwrap_or("vacant"), NAME_CHARS);
                ui.label(RichText::new(outcome_text(post.outcome)).strong());
                match post.successor_role.as_deref() {
                    Some(role) if role == post.role => ui.label("the same"),
                    Some(role) => cut_label(ui, role, POST_CHARS),
                    None => ui.label(""),
                };
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    ui.label(RichText::new("New posts in the successor").strong());
    if transition.new_posts.is_empty() {
        ui.label("None: everyone on the successor board holds a post today.");
    }
    for post in &transition.new_posts {
        if ui
            .link(format!(
                "{}: {}",
                crate::model::cut(&post.role, 60),
                crate::model::cut(&post.holder, 60)
            ))
            .clicked()
        {
            cx.push(Action::GoTo(Subject::Seat(post.seat)));
        }
    }
    if !transition.vacancies.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new("Vacant successor posts").strong());
        for (role, count) in &transition.vacancies {
            ui.label(format!("{role}: {count}"));
        }
    }
}
