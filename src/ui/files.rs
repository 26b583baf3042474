//! File actions (New, Open, Save, Save As), the unsaved-changes guard and the error dialog.
//!
//! Native dialogs sit behind [`FileChooser`], so tests drive the same code with scripted paths.

use std::path::PathBuf;

use super::app::{DesignerApp, Dialog};
use crate::{
    export::{ExportFormat, ExportInput},
    io,
    model::Design,
};

/// Asks the user for a file to open or a place to save.
pub trait FileChooser {
    fn pick_open(&mut self) -> Option<PathBuf>;
    /// Where to save a file of the kind `filter` (a name and an extension without the dot).
    fn pick_save(&mut self, suggested_name: &str, filter: (&str, &str)) -> Option<PathBuf>;
    /// False once the system has shown it has no file dialog at all; the designer then asks
    /// for a typed path instead, so Open and Save never silently do nothing.
    fn available(&self) -> bool {
        true
    }
}

/// The platform's native dialogs (through `rfd`: the desktop portal, else zenity).
#[derive(Default)]
pub struct NativeChooser {
    unavailable: bool,
}

impl NativeChooser {
    /// No person answers a dialog this fast: a quicker "no file" means there was no dialog.
    const NO_DIALOG_WITHIN: std::time::Duration = std::time::Duration::from_millis(150);

    fn timed(&mut self, pick: impl FnOnce() -> Option<PathBuf>) -> Option<PathBuf> {
        let started = std::time::Instant::now();
        let picked = pick();
        if picked.is_none() && started.elapsed() < Self::NO_DIALOG_WITHIN {
            self.unavailable = true;
        }
        picked
    }
}

impl FileChooser for NativeChooser {
    fn pick_open(&mut self) -> Option<PathBuf> {
        self.timed(|| {
            rfd::FileDialog::new()
                .set_title("Open a design")
                .add_filter("ICS board design", &["ron"])
                .pick_file()
        })
    }

    fn pick_save(&mut self, suggested_name: &str, filter: (&str, &str)) -> Option<PathBuf> {
        self.timed(|| {
            rfd::FileDialog::new()
                .set_title("Save as")
                .add_filter(filter.0, &[filter.1])
                .set_file_name(suggested_name)
                .save_file()
        })
    }

    fn available(&self) -> bool {
        !self.unavailable
    }
}

/// What a typed path is for, when the system has no file dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPurpose {
    Open,
    SaveAs,
    Export(ExportFormat),
    Compare,
}

impl PathPurpose {
    fn title(self) -> String {
        match self {
            PathPurpose::Open => "Open a design".to_owned(),
            PathPurpose::SaveAs => "Save as".to_owned(),
            PathPurpose::Export(format) => format!("Export as {}", format.name()),
            PathPurpose::Compare => "Compare with".to_owned(),
        }
    }

    fn writes(self) -> bool {
        matches!(self, PathPurpose::SaveAs | PathPurpose::Export(_))
    }
}

/// A typed path as a person means it: `~` is the home folder, relative to the current folder.
pub fn typed_path(text: &str) -> PathBuf {
    let text = text.trim();
    let home = std::env::var_os("HOME").map(PathBuf::from);
    match (text.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(text),
    }
}

/// An action that would replace or close the open design.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PendingAction {
    New,
    /// Start from the template at this index of `io::templates::TEMPLATES`.
    NewFromTemplate(usize),
    /// Open this file, or ask which when `None`.
    Open(Option<PathBuf>),
    Close,
}

impl DesignerApp {
    /// Do `action` now, or first ask Save / Don't save / Cancel when it would lose changes.
    pub fn request(&mut self, action: PendingAction) {
        if self.is_dirty() {
            self.dialog = Some(Dialog::UnsavedChanges(action));
        } else {
            self.perform(action);
        }
    }

    fn perform(&mut self, action: PendingAction) {
        match action {
            PendingAction::New => {
                self.replace_design(Design::default(), None);
                "New design".clone_into(&mut self.status);
            }
            PendingAction::NewFromTemplate(index) => {
                if let Some(template) = io::templates::TEMPLATES.get(index) {
                    match template.load() {
                        Ok(design) => {
                            self.replace_design(design, None);
                            self.status = format!("New design from \"{}\"", template.name);
                        }
                        Err(error) => {
                            self.dialog = Some(Dialog::Error {
                                title: "The template could not be opened".to_owned(),
                                message: error.to_string(),
                            });
                        }
                    }
                }
            }
            PendingAction::Open(Some(path)) => self.open_path(&path),
            PendingAction::Open(None) => {
                if let Some(path) = self.pick_open_or_ask(PathPurpose::Open) {
                    self.open_path(&path);
                }
            }
            PendingAction::Close => {
                self.close_allowed = true;
            }
        }
    }

    /// Ask for a file to read; with no file dialog on the system, ask for a typed path instead.
    pub(crate) fn pick_open_or_ask(&mut self, purpose: PathPurpose) -> Option<PathBuf> {
        let picked = self.chooser.pick_open();
        if picked.is_none() && !self.chooser.available() {
            self.dialog = Some(Dialog::TypePath {
                purpose,
                text: String::new(),
                then: None,
            });
        }
        picked
    }

    fn pick_save_or_ask(
        &mut self,
        suggested: &str,
        filter: (&str, &str),
        purpose: PathPurpose,
    ) -> Option<PathBuf> {
        let picked = self.chooser.pick_save(suggested, filter);
        if picked.is_none() && !self.chooser.available() {
            let folder = self
                .path
                .as_deref()
                .and_then(std::path::Path::parent)
                .map(std::path::Path::to_path_buf)
                .or_else(|| std::env::current_dir().ok())
                .unwrap_or_default();
            self.dialog = Some(Dialog::TypePath {
                purpose,
                text: folder.join(suggested).display().to_string(),
                then: None,
            });
        }
        picked
    }

    /// Carry out what the typed path was asked for, then `then` if it was a save that worked.
    pub fn use_typed_path(
        &mut self,
        purpose: PathPurpose,
        text: &str,
        then: Option<PendingAction>,
    ) {
        let path = typed_path(text);
        match purpose {
            PathPurpose::Open => self.open_path(&path),
            PathPurpose::SaveAs => {
                if self.save_to(path)
                    && let Some(action) = then
                {
                    self.perform(action);
                }
            }
            PathPurpose::Export(format) => self.export_to(format, &path),
            PathPurpose::Compare => self.compare_with_path(&path),
        }
    }

    /// Save to the current file, or ask where when there is none. True when saved.
    pub fn save(&mut self) -> bool {
        match self.path.clone() {
            Some(path) => self.save_to(path),
            None => self.save_as(),
        }
    }

    /// Ask where to save, then save there. True when saved.
    pub fn save_as(&mut self) -> bool {
        let suggested = format!("{}.ron", file_stem_for(&self.design().name));
        match self.pick_save_or_ask(&suggested, ("ICS board design", "ron"), PathPurpose::SaveAs) {
            Some(path) => self.save_to(path),
            None => false,
        }
    }

    /// Ask where, then write the open design in an export format (the design file is untouched).
    pub fn export_as(&mut self, format: ExportFormat) {
        let extension = format.extension();
        let suggested = format!("{}.{extension}", file_stem_for(&self.design().name));
        let filter_extension = extension.rsplit('.').next().unwrap_or(extension);
        let Some(path) = self.pick_save_or_ask(
            &suggested,
            (format.name(), filter_extension),
            PathPurpose::Export(format),
        ) else {
            return;
        };
        self.export_to(format, &path);
    }

    /// Write the open design in an export format to `path`.
    pub fn export_to(&mut self, format: ExportFormat, path: &std::path::Path) {
        let input = ExportInput::new(self.design(), &self.pack, crate::export::today());
        let written = crate::export::export(&input, format)
            .map_err(|e| e.to_string())
            .and_then(|bytes| io::write_file_atomically(path, &bytes).map_err(|e| e.to_string()));
        match written {
            Ok(()) => self.status = format!("Exported {}", path.display()),
            Err(message) => {
                self.dialog = Some(Dialog::Error {
                    title: "The export was not written".to_owned(),
                    message,
                });
            }
        }
    }

    fn save_to(&mut self, path: PathBuf) -> bool {
        match io::save_to_path(self.design(), &path) {
            Ok(()) => {
                self.doc.mark_saved();
                self.forget_recovery_copy();
                self.status = format!("Saved {}", path.display());
                self.remember(&path);
                self.path = Some(path);
                self.reset_recovery_key();
                true
            }
            Err(error) => {
                self.dialog = Some(Dialog::Error {
                    title: "The design was not saved".to_owned(),
                    message: error.to_string(),
                });
                false
            }
        }
    }

    /// The user's answer to the unsaved-changes question.
    pub(crate) fn answer_unsaved(&mut self, action: PendingAction, answer: UnsavedAnswer) {
        self.dialog = None;
        match answer {
            UnsavedAnswer::Cancel => {}
            UnsavedAnswer::DontSave => {
                self.forget_recovery_copy();
                self.perform(action);
            }
            UnsavedAnswer::Save => {
                if self.save() {
                    self.perform(action);
                } else if let Some(Dialog::TypePath { then, .. }) = &mut self.dialog {
                    // No file dialog here: the action follows once the typed path is saved.
                    *then = Some(action);
                }
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnsavedAnswer {
    Save,
    DontSave,
    Cancel,
}

/// A file name from a design name: letters, digits, '-' and '_' kept, the rest made '_'.
fn file_stem_for(name: &str) -> String {
    let stem: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if stem.is_empty() {
        "design".to_owned()
    } else {
        stem
    }
}

/// Show the open modal, if any.
pub(crate) fn dialog_ui(app: &mut DesignerApp, ctx: &egui::Context) {
    if let Some(Dialog::TypePath {
        purpose,
        text,
        then,
    }) = &mut app.dialog
    {
        let (purpose, then) = (*purpose, then.clone());
        if let Some(answer) = type_path_dialog_ui(ctx, purpose, text) {
            app.dialog = None;
            if let TypedAnswer::Go(text) = answer {
                let closing = then == Some(PendingAction::Close);
                app.use_typed_path(purpose, &text, then);
                if closing && app.close_allowed {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
        return;
    }
    let Some(dialog) = app.dialog.clone() else {
        return;
    };
    match dialog {
        Dialog::TypePath { .. } => {}
        Dialog::Recover(entry) => super::autosave::recovery_dialog_ui(app, ctx, entry),
        Dialog::Error { title, message } => {
            let modal = egui::Modal::new(egui::Id::unique("error_dialog")).show(ctx, |ui| {
                ui.set_max_width(520.0);
                ui.heading(&title);
                ui.add_space(8.0);
                ui.label(&message);
                ui.add_space(12.0);
                ui.label("The open design has not been changed.");
                ui.add_space(8.0);
                ui.button("OK").clicked()
            });
            if modal.inner || modal.should_close() {
                app.dialog = None;
            }
        }
        Dialog::UnsavedChanges(action) => {
            let what = match &action {
                PendingAction::New | PendingAction::NewFromTemplate(_) => "starting a new design",
                PendingAction::Open(_) => "opening another design",
                PendingAction::Close => "closing",
            };
            let modal = egui::Modal::new(egui::Id::unique("unsaved_dialog")).show(ctx, |ui| {
                ui.set_max_width(520.0);
                ui.heading("Save changes?");
                ui.add_space(8.0);
                ui.label(format!(
                    "\"{}\" has changes that are not saved. Save them before {what}?",
                    app.design().name
                ));
                ui.add_space(12.0);
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        return Some(UnsavedAnswer::Save);
                    }
                    if ui.button("Don't save").clicked() {
                        return Some(UnsavedAnswer::DontSave);
                    }
                    if ui.button("Cancel").clicked() {
                        return Some(UnsavedAnswer::Cancel);
                    }
                    None
                })
                .inner
            });
            let answer = if modal.should_close() {
                Some(UnsavedAnswer::Cancel)
            } else {
                modal.inner
            };
            if let Some(answer) = answer {
                let closing = action == PendingAction::Close;
                app.answer_unsaved(action, answer);
                if closing && app.close_allowed {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
    }
}

/// What the person said in the typed-path dialog.
enum TypedAnswer {
    Go(String),
    Cancel,
}

/// The typed-path dialog: `None` while the person is still typing.
fn type_path_dialog_ui(
    ctx: &egui::Context,
    purpose: PathPurpose,
    text: &mut String,
) -> Option<TypedAnswer> {
    let modal = egui::Modal::new(egui::Id::unique("type_path_dialog")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(purpose.title());
        ui.add_space(8.0);
        ui.label(
            "This system has no file dialog (it needs the desktop portal or zenity). \
             Type the file's path instead:",
        );
        let field = ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(600.0)
                .hint_text("/home/me/designs/option_a.ron"),
        );
        field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "File path"));
        if !field.has_focus() && !field.lost_focus() {
            field.request_focus();
        }
        let path = typed_path(text);
        if purpose.writes() && path.is_file() {
            ui.label("A file with this name exists: it will be replaced.");
        } else if !purpose.writes() && !text.trim().is_empty() && !path.is_file() {
            ui.label("There is no file at this path yet.");
        }
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            let ok = ui
                .add_enabled(!text.trim().is_empty(), egui::Button::new("OK"))
                .clicked();
            if ok || (entered && !text.trim().is_empty()) {
                return Some(TypedAnswer::Go(text.clone()));
            }
            ui.button("Cancel").clicked().then_some(TypedAnswer::Cancel)
        })
        .inner
    });
    if modal.should_close() {
        return Some(TypedAnswer::Cancel);
    }
    modal.inner
}
