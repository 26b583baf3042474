//! The session's appraisal actions: edits of the matrix, the cell whose workings are shown,
//! opening an option (on one of its findings), and starting an appraisal from files.

use std::path::{Path, PathBuf};

use super::{
    apply::Session,
    cluster_space::Focus,
    view::{Selection, Tab},
};
use crate::{
    io::{self, Loaded},
    model::{
        Appraisal, AppraisalCommand, AppraisalOption, Id, MergeKey, NEW_DESIGN_RULE_PACK,
        OptionSource,
    },
    rules::{Scope, Subject},
};

impl Session {
    /// Apply one edit of the open appraisal (it is scored again at once).
    pub(super) fn edit_appraisal(&mut self, command: AppraisalCommand, merge: Option<MergeKey>) {
        if let Err(error) = self.workspace.edit_appraisal(command, merge) {
            self.view.status = error;
        }
    }

    /// Open an option in the designer, the appraisal waiting behind; then go to a finding's
    /// subject there (in a cluster, its ICB or the successor).
    pub(super) fn open_option(&mut self, option: Id, at: Option<(Scope, Subject)>) {
        let outcome = self.workspace.open_option(option);
        if !self.show(outcome) {
            return;
        }
        self.view.selection = Selection::None;
        self.view.tab = Tab::Board;
        match at {
            Some((scope, subject)) if self.workspace.cluster().is_some() => {
                let (focus, subject) = Focus::of_finding(scope, subject);
                self.focus(focus);
                self.view.go_to(subject);
            }
            Some((_, subject)) => self.view.go_to(subject),
            None => {
                // A merger is appraised by its successor: show it.
                if self
                    .workspace
                    .cluster()
                    .is_some_and(|c| c.cluster().successor().is_some())
                {
                    self.focus(Focus::Successor);
                }
            }
        }
    }

    /// Add these design or cluster files to the open appraisal's short list, each one step of
    /// undo; a file that cannot be read is said, and the rest are added.
    pub(super) fn add_options_from(&mut self, paths: &[PathBuf]) {
        let Some(base) = self.workspace.appraisal().map(|s| s.base().to_path_buf()) else {
            return;
        };
        let mut refused = Vec::new();
        let mut added = 0;
        for path in paths {
            match from_file(path, &base) {
                Ok((name, source)) => {
                    let Some(appraisal) = self
                        .workspace
                        .appraisal()
                        .map(super::appraisal_space::AppraisalSpace::appraisal)
                    else {
                        return;
                    };
                    let option = AppraisalOption {
                        id: appraisal.next_option_id(),
                        name,
                        source,
                        notes: String::new(),
                    };
                    let command = AppraisalCommand::InsertOption {
                        index: appraisal.options.len(),
                        option: Box::new(option),
                        scores: Vec::new(),
                    };
                    match self.workspace.edit_appraisal(command, None) {
                        Ok(()) => added += 1,
                        Err(why) => refused.push(why),
                    }
                }
                Err(why) => refused.push(why),
            }
        }
        self.view.status = format!(
            "Added {} to the short list",
            crate::rules::plural(added, "option", "options")
        );
        if !refused.is_empty() {
            self.dialog = Some(super::dialogs::Dialog::error(
                "Some files were not added",
                refused.join("\n\n"),
            ));
        }
    }

    /// Start an appraisal of these files, with the open design or cluster first when it is
    /// not among them (in its file, or inline when it was never saved).
    pub(super) fn new_appraisal_from(&mut self, paths: &[PathBuf]) {
        match new_appraisal(&self.workspace, paths) {
            Ok((appraisal, base)) => {
                let options = appraisal.options.len();
                self.workspace.replace_with_appraisal(appraisal, base, None);
                self.workspace.mark_unsaved();
                self.view.selection = Selection::None;
                self.view.appraisal_cell = None;
                self.view.status = format!(
                    "New appraisal of {}: score the team's criteria in the matrix",
                    crate::rules::plural(options, "option", "options")
                );
            }
            Err(message) => {
                self.dialog = Some(super::dialogs::Dialog::error(
                    "The appraisal was not started",
                    message,
                ));
            }
        }
    }
}

/// An appraisal of the open file (unless it is an appraisal, or among `paths`) and `paths`,
/// each read to name it, with the default criteria; and the folder its paths are read from.
fn new_appraisal(
    workspace: &super::workspace::Workspace,
    paths: &[PathBuf],
) -> Result<(Appraisal, PathBuf), String> {
    let mut appraisal = Appraisal {
        rule_pack: NEW_DESIGN_RULE_PACK.to_owned(),
        ..Appraisal::default()
    };
    let base = paths
        .first()
        .map(|p| super::workspace_files::folder_of(p))
        .or_else(|| {
            workspace
                .path
                .as_deref()
                .map(super::workspace_files::folder_of)
        })
        .unwrap_or_else(|| PathBuf::from("."));
    let mut push = |name: String, source: OptionSource| {
        let id = Id::try_from(appraisal.options.len() + 1).unwrap_or(Id::MAX);
        appraisal.options.push(AppraisalOption {
            id,
            name,
            source,
            notes: String::new(),
        });
    };
    let open_path = workspace.path.as_deref();
    let listed = |own: &Path| paths.iter().any(|p| io::same_file(p, own));
    if workspace.appraisal().is_none() && !open_path.is_some_and(listed) {
        let name = workspace.name().to_owned();
        match (open_path, workspace.cluster()) {
            (Some(path), _) => push(name, OptionSource::File(io::relative_path(&base, path))),
            (None, Some(space)) => push(name, OptionSource::Cluster(space.cluster().clone())),
            (None, None) => push(name, OptionSource::Design(workspace.design().clone())),
        }
    }
    for path in paths {
        let (name, source) = from_file(path, &base)?;
        push(name, source);
    }
    let names: Vec<&str> = appraisal.options.iter().map(|o| o.name.as_str()).collect();
    appraisal.title = crate::model::cut(&format!("Options appraisal: {}", names.join("; ")), 200);
    Ok((appraisal, base))
}

/// An option from a design or cluster file: its name, and its path from `base` (the
/// appraisal's folder); why not, in words.
fn from_file(path: &Path, base: &Path) -> Result<(String, OptionSource), String> {
    let name = match io::load_any_path(path) {
        Ok(Loaded::Design(design)) => design.name,
        Ok(Loaded::Cluster(cluster)) => cluster.name,
        Err(error) => return Err(format!("{}\n\n{error}", path.display())),
    };
    Ok((name, OptionSource::File(io::relative_path(base, path))))
}
