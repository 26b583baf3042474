//! The designer window: each frame, panels draw from a read-only [`DesignCtx`] and emit
//! [`Action`]s; then [`Session::apply_all`] carries them out in order, in one place.

use std::path::{Path, PathBuf};

use egui::{Key, KeyboardShortcut, Modifiers};

use super::{
    FileChooser,
    action::{Action, SHORTCUTS},
    apply::Session,
    cluster_space::{ClusterSpace, Focus},
    context::{CtxParts, DesignCtx},
    dialogs::{Dialog, dialog_ui},
    layout, panels,
    view::View,
};
use crate::{
    io::recovery::RecoveryStore,
    model::{Cluster, Design},
    rules::Report,
};

/// The whole designer: the session (workspace, view, dialog) and what the window last showed.
pub struct DesignerApp {
    session: Session,
    style_applied: Option<bool>,
    shown_title: String,
    /// Whether the window had the focus last frame (coming back to it checks the file).
    focused: Option<bool>,
    /// The window has been fitted to a screen smaller than it (done once, at start).
    fitted_to_screen: bool,
}

impl DesignerApp {
    /// A designer showing `design`, not yet saved anywhere.
    pub fn new(design: Design, chooser: Box<dyn FileChooser>) -> Self {
        Self {
            session: Session::new(design, chooser),
            style_applied: None,
            shown_title: String::new(),
            focused: None,
            fitted_to_screen: false,
        }
    }

    /// A designer showing `cluster` from its overview, not yet saved anywhere.
    pub fn with_cluster(cluster: Cluster, chooser: Box<dyn FileChooser>) -> Self {
        let mut app = Self::new(Design::default(), chooser);
        app.session.workspace.replace_with_cluster(cluster, None);
        app
    }

    /// Show another part of the open cluster (an ICB, the overview or the successor).
    pub fn show_focus(&mut self, focus: Focus) {
        self.session.focus(focus);
    }

    /// A designer with the file at `path` open; on failure, an empty design and the error shown.
    pub fn open_at_start(path: &Path, chooser: Box<dyn FileChooser>) -> Self {
        let mut app = Self::new(Design::default(), chooser);
        app.open_path(path);
        app
    }

    /// Use `store` for recovery copies and offer any found there.
    #[must_use]
    pub fn with_recovery(mut self, store: RecoveryStore) -> Self {
        let path = self.session.workspace.path.clone();
        self.session
            .workspace
            .autosave
            .use_store(store, path.as_deref());
        self.session.offer_next_recovery();
        self
    }

    pub fn design(&self) -> &Design {
        self.session.workspace.design()
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        self.session.workspace.can_undo()
    }

    /// The open cluster, when the file is one.
    pub fn cluster(&self) -> Option<&Cluster> {
        self.session.workspace.cluster().map(ClusterSpace::cluster)
    }

    /// Which part of the open cluster is shown (`None` for a single design).
    pub fn focus(&self) -> Option<Focus> {
        self.session.workspace.cluster().map(|c| c.focus)
    }

    pub fn report(&self) -> &Report {
        &self.session.workspace.report
    }

    pub fn path(&self) -> Option<&Path> {
        self.session.workspace.path.as_deref()
    }

    /// The window's own state: tab, selection, presentation, filters, theme, drafts.
    pub fn view(&self) -> &View {
        &self.session.view
    }

    /// The window's own state, to set up a scenario (a tab, a page, the theme) or restore it.
    pub fn view_mut(&mut self) -> &mut View {
        &mut self.session.view
    }

    pub fn dialog(&self) -> Option<&Dialog> {
        self.session.dialog.as_ref()
    }

    /// The open appraisal and its scores, when the file is one.
    pub fn appraisal(
        &self,
    ) -> Option<(&crate::model::Appraisal, &crate::rules::appraisal::Scored)> {
        self.session
            .workspace
            .appraisal()
            .map(|space| (space.appraisal(), &space.scored))
    }

    /// Whether the open file is an option opened from an appraisal (which waits behind it).
    pub fn opened_from_appraisal(&self) -> bool {
        self.session.workspace.has_behind()
    }

    pub fn is_dirty(&self) -> bool {
        self.session.workspace.is_dirty()
    }

    /// The recent files, most recent first (remembered between runs).
    pub fn recent(&self) -> &[PathBuf] {
        &self.session.recent
    }

    pub fn recent_mut(&mut self) -> &mut Vec<PathBuf> {
        &mut self.session.recent
    }

    /// The window title: design name, file name and a dirty marker.
    /// What the window shows, in words: its title, the verdict, any question it asks and its
    /// last message (a browser's screen reader hears this; a canvas is only a picture to it).
    pub fn announcement(&self) -> String {
        use crate::rules::Severity;
        let report = &self.session.workspace.report;
        let errors = report.count(Severity::Error);
        let verdict = if errors == 0 {
            "Meets the framework minimums"
        } else {
            "Does not yet meet the framework minimums"
        };
        let counts: Vec<String> = Severity::ALL
            .iter()
            .map(|s| s.count_phrase(report.count(*s)))
            .collect();
        let question = self
            .session
            .dialog
            .as_ref()
            .map(|d| format!(" Asking: {}.", d.title()))
            .unwrap_or_default();
        format!(
            "{}. {verdict}: {}.{question} {}",
            self.title(),
            counts.join(", "),
            self.session.view.status
        )
    }

    pub fn title(&self) -> String {
        self.session.workspace.title()
    }

    /// Open a design file, replacing the open design only if the file loads.
    pub fn open_path(&mut self, path: &Path) {
        self.session.open_path(path);
    }

    /// Compare the open design (before) with the design at `path` (after).
    pub fn compare_with_path(&mut self, path: &Path) {
        self.session.compare_with(path);
    }

    /// On a screen smaller than the window's usual size (a 1366x768 laptop, a projector at
    /// 1024x768), the window opens filling it (maximised) rather than running off its edges; on
    /// a larger one, it keeps the size it was last given (eframe remembers it).
    fn fit_to_screen(&mut self, ctx: &egui::Context) {
        if self.fitted_to_screen {
            return;
        }
        let Some(monitor) = ctx.input(|i| i.viewport().monitor_size) else {
            return;
        };
        self.fitted_to_screen = true;
        if monitor.x < super::WINDOW_SIZE[0] || monitor.y < super::WINDOW_SIZE[1] {
            // The size first (a screen without a window manager), then maximised (with one).
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(monitor));
            ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::Pos2::ZERO));
            ctx.send_viewport_cmd(egui::ViewportCommand::Maximized(true));
        }
    }

    /// Read a roster and preview importing it (File ▸ Import people…).
    pub fn import_people(&mut self, path: &Path) {
        self.session.import_people(path);
    }

    /// Offer to reload the open file if another program changed it (done when the window
    /// gains focus).
    pub fn check_disk(&mut self) {
        self.session.check_disk();
    }

    /// Save to the current file, or ask where when there is none. True when saved.
    pub fn save(&mut self) -> bool {
        self.session.save()
    }

    /// One frame of the designer, inside the given ui (the whole window, or a test harness).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.apply_style(&ctx);
        self.fit_to_screen(&ctx);
        let mut actions = self.shortcuts(&ctx);
        self.handle_close_request(&ctx);
        let presenting = self.session.view.presenting.is_some();
        if !presenting && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F5)) {
            actions.push(Action::Present(Some(0)));
        }
        {
            let session = &self.session;
            let cx = DesignCtx::new(CtxParts::of(
                &session.workspace,
                &session.view,
                &session.recent,
            ));
            if presenting && let Some(space) = cx.appraisal {
                panels::present_appraisal::appraisal_presentation_ui(&cx, ui, space);
            } else if presenting && let Some(space) = cx.cluster {
                panels::present_cluster::cluster_presentation_ui(&cx, ui, space);
            } else if presenting {
                panels::present::presentation_ui(&cx, ui);
            } else {
                layout::window_ui(&cx, ui);
            }
            actions.extend(cx.into_actions());
        }
        let name = self.session.workspace.name().to_owned();
        let path = self.session.workspace.path.clone();
        actions.extend(dialog_ui(
            self.session.dialog.as_ref(),
            &name,
            path.as_deref(),
            &ctx,
        ));
        let before = self.session.workspace.state_serial();
        self.session.apply_all(actions, &ctx);
        if self.session.workspace.state_serial() != before {
            // An edit (a drop, a click, a key) is drawn in the frame that made it: egui runs
            // this frame's pass again with the edit applied and paints only that one, so a
            // drop shows a frame sooner (at 1,000 seats in software GL, a frame is ~50 ms).
            ctx.request_discard("an edit was applied: draw it in the frame that made it");
        }
        let dropped = ctx.input_mut(|i| std::mem::take(&mut i.raw.dropped_files));
        self.session.take_given_files(&dropped);
        if presenting {
            return;
        }
        let session = &mut self.session;
        let state = session.workspace.is_dirty().then(|| {
            (
                session.workspace.state_serial(),
                session.workspace.snapshot(),
            )
        });
        let focus_lost = ctx.input(|i| i.viewport().focused == Some(false));
        let tick =
            session
                .workspace
                .autosave
                .tick(state, session.workspace.path.as_deref(), focus_lost);
        if let Some(status) = tick.message {
            session.view.status = status;
        }
        if let Some(wait) = tick.wake_in {
            ctx.request_repaint_after(wait);
        }
        // Typing into one field merges, and so does one drag (the timeline's date line); focus
        // leaving every field, with no button held, ends the run.
        if ctx.memory(|m| m.focused().is_none()) && !ctx.input(|i| i.pointer.any_down()) {
            session.workspace.end_merge();
        }
        // Back in the window (from git, an editor, another window): has the file changed?
        let focused = ctx.input(|i| i.viewport().focused);
        if focused == Some(true) && self.focused == Some(false) {
            session.check_disk();
        }
        if focused.is_some() {
            self.focused = focused;
        }
        // Only when it changes: every viewport command asks for another frame.
        let title = self.title();
        if title != self.shown_title {
            crate::platform::show_title(&ctx, &title);
            self.shown_title = title;
        }
        // A browser asks before a tab with unsaved changes closes.
        crate::platform::set_unsaved_changes(self.session.workspace.is_dirty());
        // Made only where something reads it (a browser's page), not every frame on the desktop.
        crate::platform::announce(|| self.announcement());
    }

    fn apply_style(&mut self, ctx: &egui::Context) {
        let dark = self.session.view.dark;
        if self.style_applied == Some(dark) {
            return;
        }
        if self.style_applied.is_none() {
            super::widgets::theme::install_fonts(ctx);
            // Ctrl+plus, Ctrl+minus and Ctrl+0 zoom and fit the board (issue 15); the whole
            // interface is zoomed from the View menu.
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
        }
        self.style_applied = Some(dark);
        super::widgets::theme::apply(ctx, dark);
    }

    /// The keys pressed this frame, as actions (the table is [`SHORTCUTS`]).
    fn shortcuts(&self, ctx: &egui::Context) -> Vec<Action> {
        let typing = ctx.memory(|m| m.focused().is_some());
        let modal = self.session.dialog.is_some();
        SHORTCUTS
            .iter()
            .filter(|s| !s.outside_text || (!typing && !modal))
            .filter(|s| {
                ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(s.modifiers, s.key)))
            })
            .map(|s| (s.action)())
            .collect()
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.session.close_allowed {
            return;
        }
        if self.session.workspace.has_behind() {
            // The option open from an appraisal, then the appraisal: each asked about in turn.
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.session.request(super::action::PendingAction::Close);
            if self.session.close_allowed {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        } else if self.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.session.dialog = Some(Dialog::UnsavedChanges(super::action::PendingAction::Close));
        }
    }
}
