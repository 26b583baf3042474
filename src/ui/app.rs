//! The designer window's state and frame: panels draw from it and queue [`Edit`]s; the edits are
//! applied once per frame through [`Document::apply`], then the design is validated again.

use std::path::{Path, PathBuf};

use egui::{Key, KeyboardShortcut, Modifiers};

use super::{
    autosave::Autosave,
    files::{FileChooser, PendingAction},
};
use crate::{
    io,
    model::{Command, Design, Document, Id},
    rules::{BoardSummary, Report, RulePack, Subject, validate},
};

/// Badges for every subject in one pass over the findings (not one pass per card).
fn badges(report: &Report) -> std::collections::HashMap<Subject, (crate::rules::Severity, usize)> {
    let mut map = std::collections::HashMap::new();
    for finding in &report.findings {
        if finding.severity == crate::rules::Severity::Info {
            continue;
        }
        for subject in &finding.subjects {
            let entry = map.entry(*subject).or_insert((finding.severity, 0));
            entry.0 = entry.0.min(finding.severity);
            entry.1 += 1;
        }
    }
    map
}

/// What the inspector shows and the board highlights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Selection {
    #[default]
    None,
    Seat(Id),
    Committee(Id),
    Place(Id),
}

/// The centre view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Board,
    Places,
    Partnership,
    System,
    Rules,
    /// Only while a comparison is open.
    Compare,
}

/// An edit queued by a panel this frame.
#[derive(Debug, Clone)]
pub struct Edit {
    pub command: Command,
    /// Edits with the same key in a row merge into one undo step (typing in one field).
    pub merge: Option<String>,
}

/// A modal the window is showing.
#[derive(Debug, Clone)]
pub enum Dialog {
    /// A file failed to load or save; the open design is untouched.
    Error { title: String, message: String },
    /// The design has unsaved changes and `action` would lose them.
    UnsavedChanges(PendingAction),
    /// A recovery copy was found at start: recover it or discard it.
    Recover(crate::io::recovery::RecoveryEntry),
    /// The system has no file dialog: the path is typed instead.
    TypePath {
        purpose: super::files::PathPurpose,
        text: String,
        /// What to do once saved (Save chosen in "Save changes?" before New, Open or Close).
        then: Option<PendingAction>,
    },
}

/// The whole designer: the open document, its findings, and the window's state.
pub struct DesignerApp {
    pub(crate) doc: Document,
    pub(crate) report: std::sync::Arc<Report>,
    /// Per subject: the worst severity (info aside) and how many findings, for card badges.
    pub(crate) badges: std::collections::HashMap<Subject, (crate::rules::Severity, usize)>,
    pub(crate) summary: BoardSummary,
    pub(crate) pack: RulePack,
    pub(crate) path: Option<PathBuf>,
    pub(crate) selection: Selection,
    pub(crate) tab: Tab,
    pub(crate) edits: Vec<Edit>,
    pub(crate) dialog: Option<Dialog>,
    pub(crate) recent: Vec<PathBuf>,
    pub(crate) dark: bool,
    pub(crate) status: String,
    pub(crate) chooser: Box<dyn FileChooser>,
    /// Set when the user agreed to close; the next close request is let through.
    pub(crate) close_allowed: bool,
    /// A subject to scroll to on the next frame (after clicking a finding).
    pub(crate) scroll_to: Option<Subject>,
    pub(crate) style_applied: Option<bool>,
    shown_title: String,
    pub(crate) autosave: Autosave,
    pub(crate) comparison: Option<super::compare::Comparison>,
    /// The presentation page shown, while presenting (F5).
    pub(crate) presenting: Option<usize>,
    /// The findings panel shows only this severity when set (click a count to choose).
    pub(crate) findings_filter: Option<crate::rules::Severity>,
    /// The committees strip under the board; hidden, the board gets the room (small screens).
    pub(crate) committees_hidden: bool,
}

impl DesignerApp {
    /// A designer showing `design`, not yet saved anywhere.
    pub fn new(design: Design, chooser: Box<dyn FileChooser>) -> Self {
        let pack = RulePack::for_design(&design);
        let report = std::sync::Arc::new(validate(&design, &pack));
        let summary = BoardSummary::of(&design);
        Self {
            doc: Document::new(design),
            badges: badges(&report),
            report,
            summary,
            pack,
            path: None,
            selection: Selection::None,
            tab: Tab::Board,
            edits: Vec::new(),
            dialog: None,
            recent: Vec::new(),
            dark: false,
            status: String::new(),
            chooser,
            close_allowed: false,
            scroll_to: None,
            style_applied: None,
            shown_title: String::new(),
            autosave: Autosave::new(None),
            comparison: None,
            presenting: None,
            findings_filter: None,
            committees_hidden: false,
        }
    }

    /// A designer with the file at `path` open; on failure, an empty design and the error shown.
    pub fn open_at_start(path: &Path, chooser: Box<dyn FileChooser>) -> Self {
        let mut app = Self::new(Design::default(), chooser);
        app.open_path(path);
        app
    }

    pub fn design(&self) -> &Design {
        self.doc.design()
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn report(&self) -> &Report {
        &self.report
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn selection(&self) -> Selection {
        self.selection
    }

    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
    }

    pub fn is_dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    /// Queue an edit (panels call this; it is applied at the end of the frame).
    pub(crate) fn edit(&mut self, command: Command) {
        self.edits.push(Edit {
            command,
            merge: None,
        });
    }

    /// Queue an edit typed into a field: consecutive edits of one field merge into one undo step.
    pub(crate) fn edit_typed(&mut self, command: Command, field: String) {
        self.edits.push(Edit {
            command,
            merge: Some(field),
        });
    }

    /// Apply the queued edits, then validate once.
    pub(crate) fn apply_edits(&mut self) {
        if self.edits.is_empty() {
            return;
        }
        for edit in std::mem::take(&mut self.edits) {
            if let Err(error) = self.doc.apply(edit.command, edit.merge.as_deref()) {
                self.status = error.to_string();
            }
        }
        self.revalidate();
    }

    pub(crate) fn revalidate(&mut self) {
        // The design carries its own local changes to the rules.
        self.pack = RulePack::for_design(self.doc.design());
        self.report = std::sync::Arc::new(validate(self.doc.design(), &self.pack));
        self.badges = badges(&self.report);
        self.summary = BoardSummary::of(self.doc.design());
        self.refresh_comparison();
        // Drop a selection whose subject no longer exists (e.g. undo of an add).
        let design = self.doc.design();
        let exists = match self.selection {
            Selection::None => true,
            Selection::Seat(id) => design.seat(id).is_some(),
            Selection::Committee(id) => design.committee(id).is_some(),
            Selection::Place(id) => design.place(id).is_some(),
        };
        if !exists {
            self.selection = Selection::None;
        }
    }

    pub fn undo(&mut self) {
        let label = self.doc.undo_label().map(str::to_owned);
        if self.doc.undo() {
            self.status = format!("Undone: {}", label.unwrap_or_default());
            self.revalidate();
        }
    }

    pub fn redo(&mut self) {
        let label = self.doc.redo_label().map(str::to_owned);
        if self.doc.redo() {
            self.status = format!("Redone: {}", label.unwrap_or_default());
            self.revalidate();
        }
    }

    /// Replace the open design (after New or Open); history starts afresh.
    pub(crate) fn replace_design(&mut self, design: Design, path: Option<PathBuf>) {
        self.doc = Document::new(design);
        self.path = path;
        self.selection = Selection::None;
        self.reset_recovery_key();
        self.revalidate();
    }

    /// The window title: design name, file name and a dirty marker.
    pub fn title(&self) -> String {
        let file = self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "not saved".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let dirty = if self.is_dirty() { "* " } else { "" };
        format!(
            "{dirty}{} ({file}) - ICS Board Designer",
            self.design().name
        )
    }

    /// One frame of the designer, inside the given ui (the whole window, or a test harness).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.apply_style(&ctx);
        self.shortcuts(&ctx);
        self.handle_close_request(&ctx);
        if self.presenting.is_some() {
            super::present::presentation_ui(self, ui);
            super::files::dialog_ui(self, &ctx);
            self.apply_edits();
            return;
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F5)) {
            self.start_presenting(&ctx);
            return;
        }
        super::menu::menu_bar_ui(self, ui);
        super::findings::findings_panel_ui(self, ui);
        // The whole-system picture gets the full width: nothing to drag or inspect there.
        if !matches!(self.tab, Tab::System | Tab::Compare | Tab::Rules) {
            super::palette::palette_panel_ui(self, ui);
            super::inspector::inspector_panel_ui(self, ui);
        }
        egui::CentralPanel::default_margins().show(ui, |ui| {
            super::board::centre_ui(self, ui);
        });
        super::files::dialog_ui(self, &ctx);
        self.apply_edits();
        self.autosave_tick(&ctx);
        // Typing into one field merges; focus leaving every text field ends the run.
        if ctx.memory(|m| m.focused().is_none()) {
            self.doc.end_merge();
        }
        // Only when it changes: every viewport command asks for another frame.
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn apply_style(&mut self, ctx: &egui::Context) {
        if self.style_applied == Some(self.dark) {
            return;
        }
        if self.style_applied.is_none() {
            super::theme::install_fonts(ctx);
        }
        self.style_applied = Some(self.dark);
        super::theme::apply(ctx, self.dark);
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let shift = Modifiers::COMMAND | Modifiers::SHIFT;
        let pressed = |m: Modifiers, k: Key| {
            ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(m, k)))
        };
        // Shift variants first: a plain shortcut also matches when Shift is held.
        if pressed(shift, Key::S) {
            self.save_as();
        } else if pressed(Modifiers::COMMAND, Key::S) {
            self.save();
        }
        if pressed(shift, Key::Z) || pressed(Modifiers::COMMAND, Key::Y) {
            self.redo();
        } else if pressed(Modifiers::COMMAND, Key::Z) {
            self.undo();
        }
        if pressed(Modifiers::COMMAND, Key::N) {
            self.request(PendingAction::New);
        }
        if pressed(Modifiers::COMMAND, Key::O) {
            self.request(PendingAction::Open(None));
        }
        let typing = ctx.memory(|m| m.focused().is_some());
        if !typing && self.dialog.is_none() && pressed(Modifiers::NONE, Key::Delete) {
            self.delete_selection();
        }
        if !typing && self.dialog.is_none() {
            if pressed(Modifiers::ALT, Key::ArrowLeft) {
                self.step_selected_seat(-1);
            } else if pressed(Modifiers::ALT, Key::ArrowRight) {
                self.step_selected_seat(1);
            }
        }
    }

    /// Remove what is selected (a seat takes its committee memberships with it, as one step).
    pub(crate) fn delete_selection(&mut self) {
        let command = match self.selection {
            Selection::None => return,
            Selection::Seat(id) => Command::RemoveSeat { id },
            Selection::Committee(id) => Command::RemoveCommittee { id },
            Selection::Place(id) => Command::RemovePlace { id },
        };
        self.edit(command);
        self.selection = Selection::None;
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.close_allowed {
            return;
        }
        if self.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::UnsavedChanges(PendingAction::Close));
        }
    }

    /// Add a path to the recent files (most recent first, at most 8).
    pub(crate) fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(8);
    }

    /// Open a design file, replacing the open design only if the file loads.
    pub fn open_path(&mut self, path: &Path) {
        match io::load_path(path) {
            Ok(design) => {
                self.replace_design(design, Some(path.to_path_buf()));
                self.remember(path);
                self.status = format!("Opened {}", path.display());
            }
            Err(error) => {
                self.dialog = Some(Dialog::Error {
                    title: "This design could not be opened".to_owned(),
                    message: format!("{}\n\n{error}", path.display()),
                });
            }
        }
    }
}
