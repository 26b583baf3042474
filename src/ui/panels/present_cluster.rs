//! Presentation mode for a cluster (F5): the boards side by side, the joint committees, the
//! successor board and the transition, each a page in large type that grows with the screen.

use egui::RichText;

use crate::{
    model::{Band, transition::Outcome},
    rules::{Scope, Severity},
    ui::{
        action::Action,
        cluster_space::ClusterSpace,
        context::DesignCtx,
        widgets::{
            paging::{Paging, page_keys},
            presentation_board::presentation_bands_ui,
            theme,
        },
    },
};

/// One page of a cluster's presentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClusterPage {
    Boards,
    JointCommittees,
    /// The successor's voting members.
    Successor,
    /// The successor's participants, on a page of their own so that every card keeps its size.
    SuccessorParticipants,
    Transition,
    Findings,
}

/// The pages of a cluster, in order (the successor's only once it is proposed).
pub fn cluster_pages(space: &ClusterSpace) -> Vec<ClusterPage> {
    let mut pages = vec![ClusterPage::Boards, ClusterPage::JointCommittees];
    if let Some(successor) = space.cluster().successor() {
        pages.push(ClusterPage::Successor);
        if successor.board.iter().any(|s| !s.role.is_voting()) {
            pages.push(ClusterPage::SuccessorParticipants);
        }
        pages.push(ClusterPage::Transition);
    }
    pages.push(ClusterPage::Findings);
    pages
}

impl ClusterPage {
    pub fn title(self) -> &'static str {
        match self {
            ClusterPage::Boards => "The boards side by side",
            ClusterPage::JointCommittees => "Joint committees",
            ClusterPage::Successor => "The successor board",
            ClusterPage::SuccessorParticipants => "The successor board: participants",
            ClusterPage::Transition => "The transition",
            ClusterPage::Findings => "Against the rules",
        }
    }
}

pub fn cluster_presentation_ui(cx: &DesignCtx, ui: &mut egui::Ui, space: &ClusterSpace) {
    let pages = cluster_pages(space);
    let ctx = ui.ctx().clone();
    match page_keys(&ctx, cx.view.presenting.unwrap_or(0), pages.len()) {
        Paging::Stay => {}
        Paging::Leave => cx.push(Action::Present(None)),
        Paging::Show(page) => cx.push(Action::Present(Some(page))),
    }
    let index = cx.view.presenting.unwrap_or(0);
    let page = pages.get(index).copied().unwrap_or(ClusterPage::Boards);
    let width = ui.ctx().content_rect().width();
    let body = (width / 1280.0 * 22.0).clamp(18.0, 64.0);
    let cluster = space.cluster();
    egui::CentralPanel::default_margins().show(ui, |ui| {
        ui.label(RichText::new(page.title()).size(body * 1.8).strong());
        ui.label(
            RichText::new(format!(
                "{}  |  page {} of {}  |  arrows to move, Esc to leave",
                cluster.name,
                index + 1,
                pages.len()
            ))
            .size(body * 0.75),
        );
        ui.separator();
        egui::ScrollArea::both()
            .id_salt("cluster_presentation")
            .auto_shrink([false, false])
            .show(ui, |ui| match page {
                ClusterPage::Boards => boards_page(ui, space, body),
                ClusterPage::JointCommittees => joint_page(ui, space, body),
                ClusterPage::Successor => successor_page(ui, space, body, true),
                ClusterPage::SuccessorParticipants => successor_page(ui, space, body, false),
                ClusterPage::Transition => transition_page(ui, space, body),
                ClusterPage::Findings => findings_page(ui, space, body, cx.view.dark),
            });
    });
}

fn boards_page(ui: &mut egui::Ui, space: &ClusterSpace, body: f32) {
    let cluster = space.cluster();
    let count = cluster.icbs.len().max(1) as f32;
    let column = ((ui.available_width() - 16.0 * (count - 1.0)) / count).max(body * 10.0);
    // The whole boards side by side: type shrinks a little for many seats, never below body.
    let size = body * 0.9;
    ui.horizontal_top(|ui| {
        for icb in &cluster.icbs {
            ui.vertical(|ui| {
                ui.set_width(column);
                ui.label(RichText::new(&icb.short_name).size(body * 1.3).strong());
                for seat in &icb.design.board {
                    let holder = seat.holder_name().unwrap_or("Vacant");
                    ui.label(
                        RichText::new(format!("{}: {holder}", seat.label()))
                            .size(size)
                            .color(theme::band_text_colour(seat.role.band(), ui.visuals())),
                    );
                    if let Some(also) = space.also_holds(icb.id, seat.id) {
                        ui.label(
                            RichText::new(format!("   ⇄ {also}"))
                                .size(size * 0.9)
                                .italics(),
                        );
                    }
                }
            });
        }
    });
}

fn joint_page(ui: &mut egui::Ui, space: &ClusterSpace, body: f32) {
    let cluster = space.cluster();
    if cluster.joint_committees.is_empty() {
        ui.label(RichText::new("No joint committees yet.").size(body));
    }
    for committee in &cluster.joint_committees {
        ui.add_space(body * 0.4);
        ui.label(RichText::new(&committee.name).size(body * 1.2).strong());
        if !committee.delegated_functions.trim().is_empty() {
            ui.label(RichText::new(&committee.delegated_functions).size(body * 0.9));
        }
        let members: Vec<String> = committee
            .members
            .iter()
            .map(|m| cluster.member_text(m))
            .collect();
        ui.label(RichText::new(members.join(", ")).size(body));
    }
}

/// The successor's voting members (or its participants), fitted to the screen as page 1 of a
/// single design is: every seat and name shown at once, the type as large as that allows. A
/// merged board is large: its participants have a page of their own, so that the voting
/// members' cards keep readable type.
fn successor_page(ui: &mut egui::Ui, space: &ClusterSpace, body: f32, voting: bool) {
    let Some(successor) = space.cluster().successor() else {
        return;
    };
    ui.label(RichText::new(&successor.name).size(body * 1.2).strong());
    let bands: &[Band] = if voting {
        &[Band::NonExecutive, Band::Executive, Band::Partner]
    } else {
        &[Band::Participant]
    };
    presentation_bands_ui(ui, successor, bands);
}

fn transition_page(ui: &mut egui::Ui, space: &ClusterSpace, body: f32) {
    let Some(transition) = &space.transition else {
        return;
    };
    let cluster = space.cluster();
    // What the room asks first: whose post ends, whose changes, who continues; one column each.
    let columns = [
        (Outcome::Ends, "✖ Posts that end"),
        (Outcome::ChangesRole, "⇄ Holders who change role"),
        (Outcome::Continues, "✔ Holders who continue"),
    ];
    ui.label(
        RichText::new(format!(
            "{} predecessor posts: {} end, {} change role, {} continue, {} vacant; {} new posts.",
            transition.posts.len(),
            transition.count(Outcome::Ends),
            transition.count(Outcome::ChangesRole),
            transition.count(Outcome::Continues),
            transition.count(Outcome::Vacant),
            transition.new_posts.len()
        ))
        .size(body)
        .strong(),
    );
    ui.add_space(body * 0.4);
    ui.columns(columns.len(), |cols| {
        for (col, (outcome, heading)) in cols.iter_mut().zip(columns) {
            col.label(
                RichText::new(format!("{heading} ({})", transition.count(outcome)))
                    .size(body * 1.1)
                    .strong(),
            );
            for post in transition.posts.iter().filter(|p| p.outcome == outcome) {
                let to = post
                    .successor_role
                    .as_deref()
                    .filter(|_| post.outcome == Outcome::ChangesRole)
                    .map(|r| format!(" (becomes {r})"))
                    .unwrap_or_default();
                col.label(
                    RichText::new(format!(
                        "{} {}: {}{to}",
                        cluster.short_name(post.icb),
                        post.role,
                        post.holder.as_deref().unwrap_or("vacant"),
                    ))
                    .size(body * 0.85),
                );
            }
        }
    });
}

fn findings_page(ui: &mut egui::Ui, space: &ClusterSpace, body: f32, dark: bool) {
    for (scope, tally) in &space.tallies {
        let icon = if tally.errors > 0 { "✖" } else { "✔" };
        let colour = if tally.errors > 0 {
            theme::severity_colour(Severity::Error, dark)
        } else {
            ui.visuals().text_color()
        };
        let name = match scope {
            Scope::Design => "The cluster's own rules".to_owned(),
            other => space.scope_name(*other),
        };
        ui.label(
            RichText::new(format!(
                "{icon} {name}: {}, {}",
                Severity::Error.count_phrase(tally.errors),
                Severity::Warning.count_phrase(tally.warnings)
            ))
            .size(body * 1.1)
            .color(colour),
        );
    }
}
