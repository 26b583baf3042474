//! The session's cluster actions: which part is shown, edits of the cluster itself, going to
//! a finding in its ICB, proposing the successor, and building a cluster from design files.

use std::path::PathBuf;

use super::{
    apply::Session,
    cluster_space::Focus,
    dialogs::Dialog,
    view::{Selection, Tab},
};
use crate::{
    io,
    model::{Cluster, ClusterCommand, MergeKey, Merger, merge::propose_successor},
    rules::{Scope, Subject},
};

impl Session {
    /// Show another part of the open cluster; the selection belonged to the part left.
    pub fn focus(&mut self, focus: Focus) {
        if self.workspace.cluster().is_none() {
            return;
        }
        self.workspace.set_focus(focus);
        self.view.selection = Selection::None;
        let shown = self.workspace.cluster().map(|c| c.focus);
        let board = self
            .workspace
            .cluster()
            .is_some_and(super::cluster_space::ClusterSpace::shows_a_board);
        if shown != Some(Focus::Successor) && self.view.tab == Tab::Merger {
            self.view.tab = Tab::Board;
        }
        if self.view.tab == Tab::Compare {
            self.view.tab = Tab::Board;
        }
        self.view.status = match shown {
            Some(Focus::Icb(_) | Focus::Successor) if board => {
                format!("Showing {}", self.workspace.design().name)
            }
            Some(Focus::Successor) => "The successor: propose it to design its board".to_owned(),
            _ => "Showing the cluster: the boards side by side".to_owned(),
        };
    }

    /// Apply one edit of the cluster itself, then validate again.
    pub(super) fn edit_cluster(&mut self, command: ClusterCommand, merge: Option<MergeKey>) {
        match self.workspace.edit_cluster(command, merge) {
            Ok(()) => self.after_edit(),
            Err(error) => self.view.status = error,
        }
    }

    /// Go to a finding of a cluster file: show its ICB or the successor, then its subject.
    pub(super) fn go_to_in(&mut self, scope: Scope, subject: Subject) {
        let (focus, subject) = Focus::of_finding(scope, subject);
        if self.workspace.cluster().is_some_and(|c| c.focus != focus) {
            self.focus(focus);
        }
        self.view.go_to(subject);
    }

    /// Go to the next or previous finding the panel lists (F8, Shift+F8), selecting its
    /// subject; in a cluster, in its ICB.
    pub(super) fn step_finding(&mut self, step: isize) {
        let (report, scope) = match self.workspace.cluster() {
            Some(space) => (std::sync::Arc::clone(&space.report), space.focus.scope()),
            None => (std::sync::Arc::clone(&self.workspace.report), None),
        };
        let listed = self.view.listed(&report, scope);
        let Some(last) = listed.len().checked_sub(1) else {
            "No findings listed to go through".clone_into(&mut self.view.status);
            return;
        };
        let at = self
            .view
            .finding_cursor
            .as_ref()
            .and_then(|cursor| listed.iter().position(|f| *f == cursor));
        let next = match (at, step > 0) {
            (Some(i), true) => {
                if i >= last {
                    0
                } else {
                    i + 1
                }
            }
            (Some(i), false) => {
                if i == 0 {
                    last
                } else {
                    i - 1
                }
            }
            (None, true) => 0,
            (None, false) => last,
        };
        let Some(finding) = listed.get(next).map(|f| (*f).clone()) else {
            return;
        };
        let count = listed.len();
        let status = format!(
            "Finding {} of {count}: {}",
            next + 1,
            crate::model::cut(&finding.message, 90)
        );
        if let Some(subject) = finding.subjects.first().copied() {
            if self.workspace.cluster().is_some() {
                self.go_to_in(finding.scope, subject);
            } else {
                self.view.go_to(subject);
            }
        }
        self.view.finding_cursor = Some(finding);
        self.view.finding_scroll = super::view::FindingScroll::Cursor;
        self.view.status = status;
    }

    /// Propose the successor (docs/rules.md section 6), as one undoable step, and show it.
    pub(super) fn propose_successor(&mut self) {
        let Some(space) = self.workspace.cluster() else {
            return;
        };
        let cluster = space.cluster();
        let successor = propose_successor(cluster);
        let merger = match &cluster.merger {
            Some(merger) => Merger {
                successor: Some(successor),
                ..merger.clone()
            },
            None => Merger {
                successor_name: successor.name.clone(),
                effective: String::new(),
                boundary_changes: Vec::new(),
                successor: Some(successor),
            },
        };
        let seats = merger.successor.as_ref().map_or(0, |s| s.board.len());
        self.edit_cluster(ClusterCommand::SetMerger(Some(Box::new(merger))), None);
        self.focus(Focus::Successor);
        self.view.tab = Tab::Board;
        self.view.status = format!(
            "Proposed a successor of {}; Ctrl+Z takes it back",
            crate::rules::plural(seats, "seat", "seats")
        );
    }

    /// Build a cluster from design files and open it (not yet saved anywhere). Nothing
    /// changes when any file cannot be read. Reached only through the unsaved-changes guard
    /// (`request`), which has already asked about the open file's changes.
    pub fn new_cluster_from(&mut self, paths: &[PathBuf]) {
        let mut designs = Vec::new();
        for path in paths {
            match io::load_path(path) {
                Ok(design) => designs.push(design),
                Err(error) => {
                    self.dialog = Some(Dialog::error(
                        "The cluster was not made: a design could not be opened",
                        format!("{}\n\n{error}", path.display()),
                    ));
                    return;
                }
            }
        }
        let count = designs.len();
        self.workspace
            .replace_with_cluster(Cluster::from_designs(designs), None);
        // Not on disk yet: a new cluster is unsaved work from the start.
        self.workspace.mark_unsaved();
        self.view.selection = Selection::None;
        self.view.tab = Tab::Board;
        self.view.status = format!(
            "New cluster of {}: Ctrl+S saves it as one cluster file",
            crate::rules::plural(count, "ICB", "ICBs")
        );
    }
}
