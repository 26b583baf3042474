//! The workspace: the open file (a design, or a cluster of them), its document (with undo), and
//! what is derived from it (the findings, the card badges, the board's counts, the rule pack),
//! recomputed in one place after every change. None of it knows about the window.

use std::{collections::HashMap, path::PathBuf, sync::Arc};

pub use super::open_file::{Open, Outcome, Refusal};
use super::{
    appraisal_space::AppraisalSpace,
    autosave::Autosave,
    cluster_space::{ClusterSpace, Focus},
    comparison::Comparison,
};
use crate::{
    io::{self, recovery::Snapshot},
    model::{Appraisal, Cluster, ClusterCommand, Command, Design, Document, Editable, MergeKey},
    rules::{BoardSummary, Report, RulePack, Scope, Severity, Subject, validate},
};

/// Per subject: the worst severity (info aside) and how many findings, for card badges.
pub type Badges = HashMap<Subject, (Severity, usize)>;

/// The open file and everything derived from it.
pub struct Workspace {
    pub(super) open: Open,
    pub(super) report: Arc<Report>,
    pub(super) badges: Badges,
    pub(super) summary: BoardSummary,
    pub(super) pack: RulePack,
    pub(super) path: Option<PathBuf>,
    pub(super) autosave: Autosave,
    pub(super) comparison: Option<Comparison>,
    /// The file as this window last read or wrote it (to notice another program's changes).
    pub(super) disk: Option<io::Fingerprint>,
    /// A changed version of the file the person chose not to reload (not offered again).
    pub(super) kept_over: Option<io::Fingerprint>,
    /// The path came from a recovery record, not from the person: the first save asks.
    pub(super) path_unconfirmed: bool,
    /// The appraisal waiting while one of its options is open (`workspace_appraisal.rs`).
    pub(super) behind: Option<Box<super::open_file::Behind>>,
}

/// Badges for every subject in one pass over the findings (not one pass per card). In a
/// cluster's overview, every ICB's seats are named by their ICB.
fn badges(report: &Report, overview: bool) -> Badges {
    let mut map = Badges::new();
    for finding in &report.findings {
        if finding.severity == Severity::Info {
            continue;
        }
        for subject in &finding.subjects {
            let key = match (overview, finding.scope, subject) {
                (true, Scope::Icb(icb), Subject::Seat(seat)) => Subject::IcbSeat(icb, *seat),
                (true, Scope::Icb(_) | Scope::Successor, _) => continue,
                _ => *subject,
            };
            let entry = map.entry(key).or_insert((finding.severity, 0));
            entry.0 = entry.0.min(finding.severity);
            entry.1 += 1;
        }
    }
    map
}

/// What Undo, Redo and the dirty marker need of a document of either kind.
trait Edited {
    fn dirty(&self) -> bool;
    fn undo_label(&self) -> Option<&str>;
    fn redo_label(&self) -> Option<&str>;
    fn undo(&mut self) -> bool;
    fn redo(&mut self) -> bool;
    fn end_merge(&mut self);
    fn mark_saved(&mut self);
    fn mark_unsaved(&mut self);
    fn serial(&self) -> u64;
}

impl<D: Editable> Edited for Document<D> {
    fn dirty(&self) -> bool {
        self.is_dirty()
    }
    fn undo_label(&self) -> Option<&str> {
        Document::undo_label(self)
    }
    fn redo_label(&self) -> Option<&str> {
        Document::redo_label(self)
    }
    fn undo(&mut self) -> bool {
        Document::undo(self)
    }
    fn redo(&mut self) -> bool {
        Document::redo(self)
    }
    fn end_merge(&mut self) {
        Document::end_merge(self);
    }
    fn mark_saved(&mut self) {
        Document::mark_saved(self);
    }
    fn mark_unsaved(&mut self) {
        Document::mark_unsaved(self);
    }
    fn serial(&self) -> u64 {
        self.state_serial()
    }
}

impl Workspace {
    /// A workspace showing `design`, not yet saved anywhere.
    pub fn new(design: Design) -> Self {
        let mut workspace = Self {
            open: Open::Design(Document::new(design)),
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
            behind: None,
        };
        workspace.revalidate();
        workspace
    }

    fn edited(&self) -> &dyn Edited {
        match &self.open {
            Open::Design(doc) => doc,
            Open::Cluster(space) => &space.doc,
            Open::Appraisal(space) => &space.doc,
        }
    }

    fn edited_mut(&mut self) -> &mut dyn Edited {
        match &mut self.open {
            Open::Design(doc) => doc,
            Open::Cluster(space) => &mut space.doc,
            Open::Appraisal(space) => &mut space.doc,
        }
    }

    /// The design the designer shows: the open design, or the focused part of a cluster.
    pub fn design(&self) -> &Design {
        match &self.open {
            Open::Design(doc) => doc.design(),
            Open::Cluster(space) => space.focused(),
            Open::Appraisal(space) => space.shown(),
        }
    }

    /// A cheap shared handle on the design shown.
    pub fn shared(&self) -> Arc<Design> {
        match &self.open {
            Open::Design(doc) => doc.shared(),
            Open::Cluster(space) => Arc::clone(space.focused()),
            Open::Appraisal(space) => Arc::clone(space.shown()),
        }
    }

    pub fn cluster(&self) -> Option<&ClusterSpace> {
        match &self.open {
            Open::Cluster(space) => Some(space),
            Open::Design(_) | Open::Appraisal(_) => None,
        }
    }

    fn cluster_mut(&mut self) -> Option<&mut ClusterSpace> {
        match &mut self.open {
            Open::Cluster(space) => Some(space),
            Open::Design(_) | Open::Appraisal(_) => None,
        }
    }

    pub fn is_dirty(&self) -> bool {
        self.edited().dirty()
    }

    pub fn can_undo(&self) -> bool {
        self.edited().undo_label().is_some()
    }

    /// End the current run of merged edits (focus left every field).
    pub fn end_merge(&mut self) {
        self.edited_mut().end_merge();
    }

    pub fn mark_saved(&mut self) {
        self.edited_mut().mark_saved();
    }

    pub fn mark_unsaved(&mut self) {
        self.edited_mut().mark_unsaved();
    }

    /// Identifies the current state: equal serials mean identical content.
    pub fn state_serial(&self) -> u64 {
        self.edited().serial()
    }

    /// The open file as the recovery store and the panic hook keep it.
    pub fn snapshot(&self) -> Snapshot {
        match &self.open {
            Open::Design(doc) => Snapshot::Design(doc.shared()),
            Open::Cluster(space) => Snapshot::Cluster(space.doc.shared()),
            Open::Appraisal(space) => Snapshot::Appraisal(space.doc.shared()),
        }
    }

    /// What Undo would undo, in words.
    pub fn undo_label(&self) -> Option<&str> {
        self.edited().undo_label()
    }

    /// What Redo would redo, in words.
    pub fn redo_label(&self) -> Option<&str> {
        self.edited().redo_label()
    }

    /// Everything derived from the open file, once after each change.
    pub fn revalidate(&mut self) {
        let focus = match &mut self.open {
            Open::Design(_) => None,
            Open::Cluster(space) => {
                space.revalidate();
                Some(space.focus)
            }
            Open::Appraisal(space) => {
                space.revalidate();
                self.pack = crate::rules::appraisal::appraisal_pack(space.appraisal());
                self.report = Arc::clone(&space.report);
                self.badges = Badges::new();
                self.summary = BoardSummary::default();
                return;
            }
        };
        // The design names its pack and carries its own local changes to the rules.
        self.pack = RulePack::for_design(self.design());
        // In a cluster, the designer's panels see the findings of the part they show, with
        // its own subjects; the findings panel lists the cluster's own findings beside them.
        self.report = match (self.cluster(), focus.and_then(Focus::scope)) {
            (Some(space), Some(scope)) => Arc::new(Report {
                findings: space
                    .report
                    .findings
                    .iter()
                    .filter(|f| f.scope == scope)
                    .cloned()
                    .collect(),
            }),
            (Some(space), None) => Arc::clone(&space.report),
            (None, _) => Arc::new(validate(self.design(), &self.pack)),
        };
        self.badges = badges(&self.report, focus == Some(Focus::Overview));
        self.summary = BoardSummary::of(self.design());
        let design = self.shared();
        if let Some(comparison) = &mut self.comparison {
            comparison.refresh(&design);
        }
        self.rescore_behind();
    }

    /// Show another part of the open cluster.
    pub fn set_focus(&mut self, focus: Focus) {
        if let Some(space) = self.cluster_mut() {
            space.set_focus(focus);
            self.comparison = None;
            self.revalidate();
        }
    }

    /// Apply one edit of the design shown (not yet revalidated); the error in words when it
    /// cannot apply. In a cluster it goes to the focused ICB or the successor.
    pub fn edit(&mut self, command: Command, merge: Option<MergeKey>) -> Result<(), String> {
        match &mut self.open {
            Open::Design(doc) => doc.apply(command, merge).map_err(|e| e.to_string()),
            Open::Appraisal(_) => Err("Open an option to edit its board".to_owned()),
            Open::Cluster(space) => {
                let routed = space
                    .route(command)
                    .ok_or_else(|| "Choose an ICB or the successor to edit its board".to_owned())?;
                space.doc.apply(routed, merge).map_err(|e| e.to_string())
            }
        }
    }

    /// Apply one edit of the open cluster (not yet revalidated).
    pub fn edit_cluster(
        &mut self,
        command: ClusterCommand,
        merge: Option<MergeKey>,
    ) -> Result<(), String> {
        let space = self
            .cluster_mut()
            .ok_or_else(|| "No cluster is open".to_owned())?;
        space.doc.apply(command, merge).map_err(|e| e.to_string())
    }

    /// Undo the last step; what was undone, in words.
    pub fn undo(&mut self) -> Option<String> {
        let label = self.edited().undo_label().map(str::to_owned);
        self.edited_mut().undo().then(|| {
            self.revalidate();
            format!("Undone: {}", label.unwrap_or_default())
        })
    }

    /// Redo the step undone last; what was redone, in words.
    pub fn redo(&mut self) -> Option<String> {
        let label = self.edited().redo_label().map(str::to_owned);
        self.edited_mut().redo().then(|| {
            self.revalidate();
            format!("Redone: {}", label.unwrap_or_default())
        })
    }

    /// Replace the open file with a design (after New, Open or Recover); history starts afresh.
    pub fn replace(&mut self, design: Design, path: Option<PathBuf>) {
        self.replace_open(Open::Design(Document::new(design)), path);
    }

    /// Replace the open file with a cluster, shown from its overview.
    pub fn replace_with_cluster(&mut self, cluster: Cluster, path: Option<PathBuf>) {
        self.replace_open(Open::Cluster(Box::new(ClusterSpace::new(cluster))), path);
    }

    /// Replace the open file with an appraisal, its options read from `base` (its folder).
    pub fn replace_with_appraisal(
        &mut self,
        appraisal: Appraisal,
        base: PathBuf,
        path: Option<PathBuf>,
    ) {
        self.replace_open(
            Open::Appraisal(Box::new(AppraisalSpace::new(appraisal, base))),
            path,
        );
    }

    fn replace_open(&mut self, open: Open, path: Option<PathBuf>) {
        self.open = open;
        // The session goes back to an appraisal behind before opening anything else.
        self.behind = None;
        self.comparison = None;
        self.disk = path.as_deref().and_then(io::Fingerprint::of);
        self.kept_over = None;
        self.path_unconfirmed = false;
        self.path = path;
        self.autosave.reset_key(self.path.as_deref());
        self.revalidate();
    }

    /// The name of what is open: the design's, or the cluster's.
    pub fn name(&self) -> &str {
        match &self.open {
            Open::Design(doc) => &doc.design().name,
            Open::Cluster(space) => &space.cluster().name,
            Open::Appraisal(space) => &space.appraisal().title,
        }
    }

    /// The window title: design name, file name and a dirty marker.
    pub fn title(&self) -> String {
        let file = self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "not saved".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let dirty = if self.is_dirty() { "* " } else { "" };
        // In a browser Save gives the file to the downloads: the title says so.
        let saving = if crate::platform::fs::saves_in_place(self.path.as_deref()) {
            ""
        } else {
            ", Save downloads"
        };
        format!(
            "{dirty}{} ({file}{saving}) - ICS Board Designer",
            self.name()
        )
    }
}
