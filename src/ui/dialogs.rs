//! The window's modal dialogs as data, and the one function that draws whichever is open. A
//! dialog's answer is an [`Action`], carried out like any other.

use super::{
    action::{
        Action, ChangedAnswer, DialogAnswer, PathPurpose, PendingAction, RecoverAnswer,
        UnsavedAnswer,
    },
    files::typed_path,
    import_preview::import_preview_ui,
};
use crate::{
    io::recovery::{RecoveryEntry, describe_time},
    model::import::{ImportPlan, RowError},
};

/// A modal the window is showing.
#[derive(Debug, Clone)]
pub enum Dialog {
    /// A file failed to load or save; the open design is untouched.
    Error { title: String, message: String },
    /// The design has unsaved changes and `action` would lose them.
    UnsavedChanges(PendingAction),
    /// A recovery copy was found at start: recover it or discard it.
    Recover(RecoveryEntry),
    /// The system has no file dialog: the path is typed instead.
    TypePath {
        purpose: PathPurpose,
        text: String,
        /// What to do once saved (Save chosen in "Save changes?" before New, Open or Close).
        then: Option<PendingAction>,
    },
    /// Saving would overwrite changes another program made to the file since it was opened.
    ChangedOnDisk { then: Option<PendingAction> },
    /// The work was recovered for a file named by the recovery record: save there?
    ConfirmRecoveredPath { then: Option<PendingAction> },
    /// Another program changed the open file: reload it, or keep the version in the window.
    Reload,
    /// What importing a roster would do: applied as one step, or cancelled.
    ImportPreview {
        from: String,
        plan: Box<Result<ImportPlan, Vec<RowError>>>,
    },
}

impl Dialog {
    /// The question or message in a few words (its heading, or close to it).
    pub fn title(&self) -> String {
        match self {
            Dialog::Error { title, .. } => title.clone(),
            Dialog::UnsavedChanges(_) => "Save changes?".to_owned(),
            Dialog::Recover(_) => "Recover unsaved work?".to_owned(),
            Dialog::TypePath { purpose, .. } => purpose.title(),
            Dialog::ChangedOnDisk { .. } | Dialog::Reload => "The file changed on disk".to_owned(),
            Dialog::ConfirmRecoveredPath { .. } => "Save the recovered work?".to_owned(),
            Dialog::ImportPreview { from, .. } => format!("Import people from {from}"),
        }
    }

    pub fn error(title: &str, message: impl Into<String>) -> Self {
        Dialog::Error {
            title: title.to_owned(),
            message: message.into(),
        }
    }
}

/// Draw the open dialog, if any; its answer, once given.
pub fn dialog_ui(
    dialog: Option<&Dialog>,
    design_name: &str,
    path: Option<&std::path::Path>,
    ctx: &egui::Context,
) -> Option<Action> {
    let answer =
        match dialog? {
            Dialog::TypePath {
                purpose,
                text,
                then,
            } => {
                return type_path_ui(ctx, *purpose, text).map(|typed| match typed {
                    Typed::Go(text) => Action::Dialog(DialogAnswer::TypedPath {
                        purpose: *purpose,
                        text,
                        then: then.clone(),
                    }),
                    Typed::Editing(text) => Action::TypePath(text),
                    Typed::Cancel => Action::Dialog(DialogAnswer::Dismiss),
                });
            }
            Dialog::Recover(entry) => {
                recovery_ui(ctx, entry).map(|a| DialogAnswer::Recover(entry.clone(), a))
            }
            Dialog::Error { title, message } => {
                error_ui(ctx, title, message).then_some(DialogAnswer::Dismiss)
            }
            Dialog::UnsavedChanges(action) => unsaved_ui(ctx, action, design_name)
                .map(|a| DialogAnswer::Unsaved(action.clone(), a)),
            Dialog::ImportPreview { from, plan } => import_preview_ui(ctx, from, plan),
            Dialog::ChangedOnDisk { then } => changed_on_disk_ui(ctx, design_name)
                .map(|a| DialogAnswer::ChangedOnDisk(a, then.clone())),
            Dialog::Reload => reload_ui(ctx).map(DialogAnswer::Reload),
            Dialog::ConfirmRecoveredPath { then } => confirm_recovered_ui(ctx, path)
                .map(|a| DialogAnswer::ChangedOnDisk(a, then.clone())),
        };
    answer.map(Action::Dialog)
}

fn error_ui(ctx: &egui::Context, title: &str, message: &str) -> bool {
    let modal = egui::Modal::new(egui::Id::unique("error_dialog")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(title);
        ui.add_space(8.0);
        ui.label(message);
        ui.add_space(12.0);
        ui.label("The open design has not been changed.");
        ui.add_space(8.0);
        ui.button("OK").clicked()
    });
    modal.inner || modal.should_close()
}

/// A question with a row of answers: the answer clicked, or `on_close` when the dialog is
/// closed another way (Esc, a click outside), if closing is an answer at all.
fn question<T: Copy>(
    ctx: &egui::Context,
    id: &str,
    heading: &str,
    text: &str,
    answers: &[(&str, T)],
    on_close: Option<T>,
) -> Option<T> {
    let modal = egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(heading);
        ui.add_space(8.0);
        ui.label(text);
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            answers
                .iter()
                .find_map(|(label, answer)| ui.button(*label).clicked().then_some(*answer))
        })
        .inner
    });
    if modal.should_close() && on_close.is_some() {
        on_close
    } else {
        modal.inner
    }
}

fn unsaved_ui(
    ctx: &egui::Context,
    action: &PendingAction,
    design_name: &str,
) -> Option<UnsavedAnswer> {
    let what = match action {
        PendingAction::New | PendingAction::NewFromTemplate(_) => "starting a new design",
        PendingAction::Open(_) => "opening another design",
        PendingAction::NewCluster(_) => "making a new cluster",
        PendingAction::NewAppraisal(_) => "starting a new appraisal",
        PendingAction::BackToAppraisal(_) => "going back to the appraisal",
        PendingAction::Close => "closing",
    };
    question(
        ctx,
        "unsaved_dialog",
        "Save changes?",
        &format!("\"{design_name}\" has changes that are not saved. Save them before {what}?"),
        &[
            ("Save", UnsavedAnswer::Save),
            ("Don't save", UnsavedAnswer::DontSave),
            ("Cancel", UnsavedAnswer::Cancel),
        ],
        Some(UnsavedAnswer::Cancel),
    )
}

fn changed_on_disk_ui(ctx: &egui::Context, design_name: &str) -> Option<ChangedAnswer> {
    question(
        ctx,
        "changed_on_disk_dialog",
        "The file changed on disk",
        &format!(
            "Another program (or another window) has changed the file of \"{design_name}\" since you opened it. Saving now would replace those changes."
        ),
        &[
            ("Overwrite", ChangedAnswer::Overwrite),
            ("Save as...", ChangedAnswer::SaveAs),
            ("Cancel", ChangedAnswer::Cancel),
        ],
        Some(ChangedAnswer::Cancel),
    )
}

fn confirm_recovered_ui(
    ctx: &egui::Context,
    path: Option<&std::path::Path>,
) -> Option<ChangedAnswer> {
    let path = path.map_or_else(String::new, |p| p.display().to_string());
    question(
        ctx,
        "confirm_recovered_dialog",
        "Save the recovered work?",
        &format!("This work was recovered for {path}. Save it there, replacing that file?"),
        &[
            ("Save there", ChangedAnswer::Overwrite),
            ("Save as...", ChangedAnswer::SaveAs),
            ("Cancel", ChangedAnswer::Cancel),
        ],
        Some(ChangedAnswer::Cancel),
    )
}

/// Reload the file another program changed (true), or keep the window's version (false).
fn reload_ui(ctx: &egui::Context) -> Option<bool> {
    question(
        ctx,
        "reload_dialog",
        "The file changed on disk",
        "Another program has changed the open file. Reload it to see those changes, or keep the version in this window (saving it will then ask before it overwrites).",
        &[("Reload", true), ("Keep this version", false)],
        Some(false),
    )
}

fn recovery_ui(ctx: &egui::Context, entry: &RecoveryEntry) -> Option<RecoverAnswer> {
    let what = entry.original.as_ref().map_or_else(
        || "a design that was never saved".to_owned(),
        |p| p.display().to_string(),
    );
    question(
        ctx,
        "recover_dialog",
        &format!(
            "Recover unsaved work from {}?",
            describe_time(entry.saved_at)
        ),
        &if entry.file_is_newer {
            format!(
                "The designer closed before this work was saved ({what}). The file has been saved since, by another program or window: recover only if this copy is the work you want."
            )
        } else {
            format!("The designer closed before this work was saved ({what}).")
        },
        &[
            ("Recover", RecoverAnswer::Recover),
            ("Discard", RecoverAnswer::Discard),
        ],
        None,
    )
}

/// What the person said in the typed-path dialog.
enum Typed {
    Go(String),
    /// The text as typed so far (it lives in the session's dialog, not here).
    Editing(String),
    Cancel,
}

/// The typed-path dialog: `None` while nothing changed.
fn type_path_ui(ctx: &egui::Context, purpose: PathPurpose, typed: &str) -> Option<Typed> {
    let mut text = typed.to_owned();
    let text = &mut text;
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
                return Some(Typed::Go(text.clone()));
            }
            ui.button("Cancel").clicked().then_some(Typed::Cancel)
        })
        .inner
    });
    if modal.should_close() {
        return Some(Typed::Cancel);
    }
    modal
        .inner
        .or_else(|| (text != typed).then(|| Typed::Editing(text.clone())))
}
