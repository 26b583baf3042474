//! The workspace: the open file, its document (with undo), and what is derived from it (the
//! findings, the card badges, the board's counts, the rule pack), recomputed in one place after
//! every change. File operations live here too; none of them knows about the window.

use std::{
    path::{Path, PathBuf},
    sync::Arc,
};

use super::{
    autosave::Autosave,
    comparison::Comparison,
    context::{Badges, CtxParts},
    dialogs::Dialog,
    view::View,
};
use crate::{
    export::{ExportFormat, ExportInput},
    io::{self, recovery::RecoveryEntry},
    model::{Command, Design, Document},
    rules::{BoardSummary, Report, RulePack, Severity, validate},
};

/// What happened, in words for the status line, or the dialog that says why not.
pub type Outcome = Result<String, Dialog>;

/// The open design and everything derived from it.
pub struct Workspace {
    pub doc: Document,
    pub report: Arc<Report>,
    pub badges: Badges,
    pub summary: BoardSummary,
    pub pack: RulePack,
    pub path: Option<PathBuf>,
    pub autosave: Autosave,
    pub comparison: Option<Comparison>,
    /// The file as this window last read or wrote it (to notice another program's changes).
    pub disk: Option<io::Fingerprint>,
    /// A changed version of the file the person chose not to reload (not offered again).
    pub kept_over: Option<io::Fingerprint>,
    /// The path came from a recovery record, not from the person: the first save asks.
    pub path_unconfirmed: bool,
}

/// Badges for every subject in one pass over the findings (not one pass per card).
fn badges(report: &Report) -> Badges {
    let mut map = Badges::new();
    for finding in &report.findings {
        if finding.severity == Severity::Info {
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

impl Workspace {
    /// A workspace showing `design`, not yet saved anywhere.
    pub fn new(design: Design) -> Self {
        let mut workspace = Self {
            doc: Document::new(design),
            report: Arc::new(Report::default()),
            badges: Badges::new(),
            summary: BoardSummary::default(),
            pack: RulePack::default(),
            path: None,
            autosave: Autosave::new(None),
            comparison: None,
            disk: None,
            kept_over: None,
            path_unconfirmed: false,
        };
        workspace.revalidate();
        workspace
    }

    pub fn design(&self) -> &Design {
        self.doc.design()
    }

    /// The parts of a panel context that come from the workspace.
    pub fn ctx_parts<'a>(&'a self, view: &'a View, recent: &'a [PathBuf]) -> CtxParts<'a> {
        CtxParts {
            doc: &self.doc,
            report: &self.report,
            badges: &self.badges,
            summary: &self.summary,
            pack: &self.pack,
            path: self.path.as_deref(),
            recent,
            comparison: self.comparison.as_ref(),
            view,
        }
    }

    /// Everything derived from the design, once after each change.
    pub fn revalidate(&mut self) {
        // The design names its pack and carries its own local changes to the rules.
        self.pack = RulePack::for_design(self.doc.design());
        self.report = Arc::new(validate(self.doc.design(), &self.pack));
        self.badges = badges(&self.report);
        self.summary = BoardSummary::of(self.doc.design());
        if let Some(comparison) = &mut self.comparison {
            comparison.refresh(self.doc.design());
        }
    }

    /// Apply one edit (not yet revalidated); the error in words when it cannot apply.
    pub fn edit(&mut self, command: Command, merge: Option<&str>) -> Result<(), String> {
        self.doc.apply(command, merge).map_err(|e| e.to_string())
    }

    /// Undo the last step; what was undone, in words.
    pub fn undo(&mut self) -> Option<String> {
        let label = self.doc.undo_label().map(str::to_owned);
        self.doc.undo().then(|| {
            self.revalidate();
            format!("Undone: {}", label.unwrap_or_default())
        })
    }

    /// Redo the step undone last; what was redone, in words.
    pub fn redo(&mut self) -> Option<String> {
        let label = self.doc.redo_label().map(str::to_owned);
        self.doc.redo().then(|| {
            self.revalidate();
            format!("Redone: {}", label.unwrap_or_default())
        })
    }

    /// Replace the open design (after New, Open or Recover); history starts afresh.
    pub fn replace(&mut self, design: Design, path: Option<PathBuf>) {
        self.doc = Document::new(design);
        self.disk = path.as_deref().and_then(io::Fingerprint::of);
        self.kept_over = None;
        self.path_unconfirmed = false;
        self.path = path;
        self.autosave.reset_key(self.path.as_deref());
        self.revalidate();
    }

    /// The window title: design name, file name and a dirty marker.
    pub fn title(&self) -> String {
        let file = self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "not saved".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let dirty = if self.doc.is_dirty() { "* " } else { "" };
        format!(
            "{dirty}{} ({file}) - ICS Board Designer",
            self.design().name
        )
    }

    /// Open a design file, replacing the open design only if the file loads.
    pub fn open(&mut self, path: &Path) -> Outcome {
        let loaded = io::load_any_path(path).map_err(|error| {
            Dialog::error(
                "This design could not be opened",
                format!("{}\n\n{error}", path.display()),
            )
        })?;
        let design = match loaded {
            io::Loaded::Design(design) => design,
            io::Loaded::Cluster(cluster) => {
                return Err(Dialog::error(
                    "This is a cluster file",
                    format!(
                        "{} holds the cluster \"{}\" of {} ICBs. The window opens one design at a time for now; check the cluster, propose its successor and export it from the command line:\n\nics-board-designer check {0}\nics-board-designer merge {0}",
                        path.display(),
                        cluster.name,
                        cluster.icbs.len()
                    ),
                ));
            }
        };
        self.replace(design, Some(path.to_path_buf()));
        Ok(format!("Opened {}", path.display()))
    }

    /// Save the open design to `path`, which becomes its file.
    pub fn save_to(&mut self, path: PathBuf) -> Outcome {
        io::save_to_path(self.design(), &path)
            .map_err(|error| Dialog::error("The design was not saved", error.to_string()))?;
        self.doc.mark_saved();
        self.autosave.forget();
        self.disk = io::Fingerprint::of(&path);
        self.kept_over = None;
        self.path_unconfirmed = false;
        let status = format!("Saved {}", path.display());
        self.path = Some(path);
        self.autosave.reset_key(self.path.as_deref());
        Ok(status)
    }

    /// Whether another program has changed the open design's file since this window last read
    /// or wrote it.
    pub fn changed_on_disk(&self) -> bool {
        self.disk_now().is_some_and(|now| self.changed_from(&now))
    }

    /// Whether to offer a reload: the file changed, and not to a version already declined.
    /// The file is read once for both questions.
    pub fn offer_reload(&self) -> bool {
        self.disk_now().is_some_and(|now| {
            self.changed_from(&now) && !self.kept_over.is_some_and(|kept| kept.same_bytes(&now))
        })
    }

    /// The open design's file as it is now (`None` without a file, or when it cannot be read).
    fn disk_now(&self) -> Option<io::Fingerprint> {
        self.path.as_deref().and_then(io::Fingerprint::of)
    }

    fn changed_from(&self, now: &io::Fingerprint) -> bool {
        self.disk.is_some_and(|seen| !seen.same_bytes(now))
    }

    /// Write the open design in an export format to `path` (the design file is untouched).
    pub fn export_to(&self, format: ExportFormat, path: &Path) -> Outcome {
        let input = ExportInput::new(self.design(), &self.pack, crate::export::today());
        crate::export::export(&input, format)
            .map_err(|e| e.to_string())
            .and_then(|bytes| io::write_file_atomically(path, &bytes).map_err(|e| e.to_string()))
            .map_err(|message| Dialog::error("The export was not written", message))?;
        Ok(format!("Exported {}", path.display()))
    }

    /// Compare the open design (before) with the design at `path` (after).
    pub fn compare_with(&mut self, path: &Path) -> Outcome {
        let other = io::load_path(path).map_err(|error| {
            Dialog::error(
                "That design could not be opened for comparison",
                format!("{}\n\n{error}", path.display()),
            )
        })?;
        self.comparison = Some(Comparison::new(self.design(), other, path.to_path_buf()));
        Ok(format!("Comparing with {}", path.display()))
    }

    /// Take up a recovery copy as the open design, with its changes still unsaved.
    pub fn recover(&mut self, entry: RecoveryEntry) -> Outcome {
        let design = io::recovery::RecoveryStore::load(&entry).map_err(|error| {
            Dialog::error("The recovery copy could not be read", error.to_string())
        })?;
        self.replace(design, entry.original.clone());
        // A recovery record can name any file: the first save asks before writing there.
        self.path_unconfirmed = self.path.is_some();
        self.doc.mark_unsaved();
        self.autosave.key = entry.key;
        Ok(format!(
            "Recovered work from {}",
            io::recovery::describe_time(entry.saved_at)
        ))
    }
}
