//! The one place where actions are carried out, in order, once a frame: edits go through
//! [`Document::apply`](crate::model::Document::apply), then the design is validated once.

use std::path::PathBuf;

use super::{
    FileChooser,
    action::{Action, DragPayload},
    context::seat_step_target,
    dialogs::Dialog,
    view::{FindingScroll, Selection, Tab, View},
    workspace::Workspace,
};
use crate::{
    model::{Command, Design, PartnershipMember, Seat},
    rules::Subject,
};

/// The window's state: the workspace, the view, the open dialog and the file chooser.
pub struct Session {
    pub(super) workspace: Workspace,
    pub(super) view: View,
    pub(super) dialog: Option<Dialog>,
    pub(super) chooser: Box<dyn FileChooser>,
    pub(super) recent: Vec<PathBuf>,
    /// Set when the user agreed to close; the next close request is let through.
    pub(super) close_allowed: bool,
    /// What the file dialog that answers later (the browser's) was last opened for.
    pub(super) waiting_for: Option<super::action::PathPurpose>,
}

impl Session {
    pub fn new(design: Design, chooser: Box<dyn FileChooser>) -> Self {
        Self {
            workspace: Workspace::new(design),
            view: View::default(),
            dialog: None,
            chooser,
            recent: Vec::new(),
            close_allowed: false,
            waiting_for: None,
        }
    }

    /// Carry out a frame's actions in order; the design is validated once if any edit applied.
    pub fn apply_all(&mut self, actions: Vec<Action>, ctx: &egui::Context) {
        let mut edited = false;
        for action in actions {
            if let Action::Edit { command, merge } = action {
                // Whatever is added comes into view (it may land below the fold).
                let added = match &command {
                    Command::AddSeat { seat, .. } => Some(Subject::Seat(seat.id)),
                    Command::AddCommittee { committee, .. } => {
                        Some(Subject::Committee(committee.id))
                    }
                    Command::AddPlace { place, .. } => Some(Subject::Place(place.id)),
                    _ => None,
                };
                match self.workspace.edit(command, merge) {
                    Ok(()) => {
                        edited = true;
                        if added.is_some() {
                            self.view.scroll_to = added;
                        }
                    }
                    Err(error) => self.view.status = error,
                }
            } else {
                if edited {
                    self.after_change();
                    edited = false;
                }
                self.apply(action, ctx);
            }
        }
        if edited {
            self.after_change();
        }
    }

    /// After an edit: validate again, and keep the selection only if it still exists.
    pub(super) fn after_edit(&mut self) {
        self.after_change();
    }

    /// Validate again, and drop a selection whose subject no longer exists (e.g. undo of an add).
    fn after_change(&mut self) {
        self.workspace.revalidate();
        let design = self.workspace.design();
        let exists = match self.view.selection {
            Selection::None => true,
            Selection::Seat(id) => design.seat(id).is_some(),
            Selection::Committee(id) => design.committee(id).is_some(),
            Selection::Place(id) => design.place(id).is_some(),
        };
        if !exists {
            self.view.selection = Selection::None;
        }
    }

    fn apply(&mut self, action: Action, ctx: &egui::Context) {
        let view = &mut self.view;
        match action {
            Action::Edit { command, merge } => {
                self.apply_all(vec![Action::Edit { command, merge }], ctx);
            }
            Action::Drop(payload) => self.drop(payload, ctx),
            Action::DeleteSelection => {
                // Only what the person can see: Delete on another tab removes nothing unseen.
                let design = self.workspace.design();
                let (command, what, home) = match view.selection {
                    Selection::None => return,
                    Selection::Seat(id) => (
                        Command::RemoveSeat { id },
                        design.seat(id).map(|s| s.label_cut(60)),
                        Tab::Board,
                    ),
                    Selection::Committee(id) => (
                        Command::RemoveCommittee { id },
                        design.committee(id).map(|c| crate::model::cut(&c.name, 60)),
                        Tab::Board,
                    ),
                    Selection::Place(id) => (
                        Command::RemovePlace { id },
                        design.place(id).map(|p| crate::model::cut(&p.name, 60)),
                        Tab::Places,
                    ),
                };
                if view.tab != home {
                    "Nothing deleted: select a seat, committee or place on this tab first"
                        .clone_into(&mut view.status);
                    return;
                }
                view.selection = Selection::None;
                view.status = format!(
                    "Removed {}; Ctrl+Z brings it back",
                    what.unwrap_or_default()
                );
                self.apply_all(vec![Action::edit(command)], ctx);
            }
            Action::StepSeat(step) => {
                if let Some((id, index)) =
                    seat_step_target(self.workspace.design(), view.selection, step)
                {
                    self.apply_all(vec![Action::edit(Command::MoveSeat { id, index })], ctx);
                }
            }
            Action::Undo => {
                if let Some(status) = self.workspace.undo() {
                    self.view.status = status;
                    self.after_change();
                }
            }
            Action::Redo => {
                if let Some(status) = self.workspace.redo() {
                    self.view.status = status;
                    self.after_change();
                }
            }
            Action::Select(selection) => view.selection = selection,
            Action::Show(tab) => view.tab = tab,
            Action::ShowPeople(page) => {
                view.tab = Tab::People;
                view.people = page;
            }
            Action::Register(register) => view.register = register,
            Action::FocusFinding(rule) => {
                if rule.is_some() {
                    view.findings_filter = None;
                }
                view.finding_scroll = if rule.is_some() {
                    FindingScroll::Focus
                } else {
                    FindingScroll::Nothing
                };
                view.finding_focus = rule;
            }
            Action::FindingScrolled => {
                view.finding_scroll = FindingScroll::Nothing;
            }
            Action::GoTo(subject) => view.go_to(subject),
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::ScrolledTo => view.scroll_to = None,
            Action::Present(page) => {
                if page.is_some() != view.presenting.is_some() {
                    crate::platform::set_fullscreen(ctx, page.is_some());
                }
                view.presenting = page;
            }
            Action::Filter(filter) => view.findings_filter = filter,
            Action::FilterRule(rule) => view.findings_rule = rule,
            Action::FilterText(text) => view.findings_text = text,
            Action::StepFinding(step) => self.step_finding(step),
            Action::SetCommitteesHidden(hidden) => view.committees_hidden = Some(hidden),
            Action::SetPaletteOpen(open) => view.palette_open = Some(open),
            Action::SetDesignDetailsOpen(open) => view.design_details_open = open,
            Action::ZoomBoard(step) => {
                view.zoom_board(step);
                view.status = if view.board_zoom == 0 {
                    "Board fitted to the window (Ctrl+plus and Ctrl+minus zoom it)".to_owned()
                } else {
                    format!(
                        "Board at {:.0}% of the size that fits the window (Ctrl+0 fits it again)",
                        view.board_zoom_factor() * 100.0
                    )
                };
            }
            Action::SetDark(dark) => view.dark = dark,
            Action::CloseComparison => {
                self.workspace.comparison = None;
                view.tab = Tab::Board;
            }
            Action::Focus(focus) => self.focus(focus),
            Action::EditCluster { command, merge } => {
                // A new joint committee comes into view, ready for seats to be dropped on it.
                if let crate::model::ClusterCommand::AddJointCommittee { committee, .. } = &command
                {
                    view.scroll_to = Some(Subject::JointCommittee(committee.id));
                }
                self.edit_cluster(command, merge);
            }
            Action::GoToIn(scope, subject) => self.go_to_in(scope, subject),
            Action::ProposeSuccessor => self.propose_successor(),
            Action::EditAppraisal { command, merge } => self.edit_appraisal(command, merge),
            Action::AppraisalCell(cell) => view.appraisal_cell = cell,
            Action::OpenOption(option, at) => self.open_option(option, at),
            Action::HoverPerson(key) => view.hovered_person = key,
            Action::Status(text) => view.status = text,
            Action::TypePath(typed) => {
                if let Some(Dialog::TypePath { text, .. }) = &mut self.dialog {
                    *text = typed;
                }
            }
            Action::Draft(draft) => view.drafts.set(draft),
            Action::File(file) => self.file(file),
            Action::Dialog(answer) => self.answer(answer, ctx),
        }
    }

    /// Add a vacant seat after the last seat of its band, and select it.
    fn add_seat(
        &mut self,
        role: crate::model::Role,
        expertise: Vec<crate::model::Expertise>,
        ctx: &egui::Context,
    ) {
        let design = self.workspace.design();
        let band = role.band();
        // Keep the file's order grouped by band: after the last seat of this band, or before the
        // first seat of a later band.
        let index = design
            .board
            .iter()
            .rposition(|s| s.role.band() <= band)
            .map_or(0, |i| i + 1);
        let mut seat = Seat::new(design.next_seat_id(), role);
        seat.expertise = expertise;
        self.view.selection = Selection::Seat(seat.id);
        self.view.status = format!("Added {}", seat.label());
        self.apply_all(vec![Action::edit(Command::AddSeat { index, seat })], ctx);
    }

    /// What dropping (or double-clicking) a palette chip does.
    fn drop(&mut self, payload: DragPayload, ctx: &egui::Context) {
        match payload {
            DragPayload::NewRole(role, expertise) => self.add_seat(role, expertise, ctx),
            DragPayload::PartnershipSector(sector) => {
                let Some(mut next) = self.workspace.design().partnership.clone() else {
                    return;
                };
                next.members.push(PartnershipMember {
                    name: sector.name(),
                    sector,
                    organisation: String::new(),
                });
                self.view.status = format!("Added {} to the partnership", next.members.len());
                self.apply_all(vec![Action::edit(Command::SetPartnership(Some(next)))], ctx);
            }
            DragPayload::Seat(_) | DragPayload::ClusterSeat { .. } => {}
        }
    }
}
