//! The workspace's appraisal: its edits, and an option opened from it in the designer while
//! the appraisal waits behind, scored again with every edit of the option.

use super::{
    appraisal_space::AppraisalSpace,
    open_file::{Behind, Open, Outcome, Refusal},
    workspace::Workspace,
};
use crate::{
    io::Loaded,
    model::{AppraisalCommand, Id, MergeKey, OptionSource},
    rules::appraisal::OptionResult,
};

/// What the bar over an option opened from an appraisal says.
#[derive(Debug, Clone, PartialEq)]
pub struct FromAppraisal {
    pub title: String,
    /// The option as scored with its edits here.
    pub option: OptionResult,
    pub options: usize,
    /// Its edits go back into the appraisal (an inline option), not to a file of its own.
    pub inline: bool,
    pub appraisal_dirty: bool,
}

impl Workspace {
    /// The open appraisal, when the file is one.
    pub fn appraisal(&self) -> Option<&AppraisalSpace> {
        match &self.open {
            Open::Appraisal(space) => Some(space),
            _ => None,
        }
    }

    /// Apply one edit of the open appraisal, and score it again.
    pub fn edit_appraisal(
        &mut self,
        command: AppraisalCommand,
        merge: Option<MergeKey>,
    ) -> Result<(), String> {
        let Open::Appraisal(space) = &mut self.open else {
            return Err("No appraisal is open".to_owned());
        };
        space.doc.apply(command, merge).map_err(|e| e.to_string())?;
        self.revalidate();
        Ok(())
    }

    /// Open one of the appraisal's options in the designer; the appraisal waits behind it.
    pub fn open_option(&mut self, option: Id) -> Outcome {
        let refuse = |message: String| Refusal::new("The option could not be opened", message);
        let space = self
            .appraisal()
            .ok_or_else(|| refuse("No appraisal is open".to_owned()))?;
        let name = space
            .appraisal()
            .option(option)
            .map(|o| o.name.clone())
            .unwrap_or_default();
        let loaded = space.option_content(option).map_err(refuse)?;
        let path = space.option_path(option);
        let in_file = path.is_some();
        // The appraisal's unsaved work is copied now: while the option is open, only the
        // option's is copied.
        if self.is_dirty() {
            let state = Some((self.state_serial(), self.snapshot()));
            self.autosave.tick(state, self.path.as_deref(), true);
        }
        let placeholder =
            Open::Design(crate::model::Document::new(crate::model::Design::default()));
        let behind = Behind {
            open: std::mem::replace(&mut self.open, placeholder),
            path: self.path.take(),
            disk: self.disk.take(),
            kept_over: self.kept_over.take(),
            path_unconfirmed: self.path_unconfirmed,
            autosave_key: self.autosave.key.clone(),
            option,
            in_file,
            opened_serial: 0,
        };
        self.take_loaded(loaded, path);
        let mut behind = Box::new(behind);
        behind.opened_serial = self.state_serial();
        self.behind = Some(behind);
        self.revalidate();
        Ok(format!(
            "Opened option \"{name}\": its edits score again in the appraisal"
        ))
    }

    /// Whether an appraisal waits behind the open file.
    pub fn has_behind(&self) -> bool {
        self.behind.is_some()
    }

    /// Whether the open option's edits go back into the appraisal (an inline option): then
    /// leaving it asks nothing.
    pub fn returns_changes(&self) -> bool {
        self.behind.as_ref().is_some_and(|b| !b.in_file)
    }

    /// The appraisal behind, and the open option as scored there.
    pub fn opened_from(&self) -> Option<FromAppraisal> {
        let behind = self.behind.as_ref()?;
        let space = behind.space()?;
        let option = space
            .scored
            .options
            .iter()
            .find(|o| o.id == behind.option)?;
        Some(FromAppraisal {
            title: space.appraisal().title.clone(),
            option: option.clone(),
            options: space.scored.options.len(),
            inline: !behind.in_file,
            appraisal_dirty: space.doc.is_dirty(),
        })
    }

    /// The open file's content, as an option of an appraisal scores it.
    fn as_loaded(&self) -> Option<Loaded> {
        match &self.open {
            Open::Design(doc) => Some(Loaded::Design(doc.design().clone())),
            Open::Cluster(space) => Some(Loaded::Cluster(space.cluster().clone())),
            Open::Appraisal(_) => None,
        }
    }

    /// Score the appraisal behind with the open option as it is now.
    pub(super) fn rescore_behind(&mut self) {
        if self.behind.is_none() {
            return;
        }
        let live = self.as_loaded();
        if let Some(behind) = self.behind.as_mut() {
            let option = behind.option;
            if let Some(space) = behind.space_mut() {
                space.set_live(live.map(|loaded| (option, loaded)));
            }
        }
    }

    /// Go back to the appraisal. An inline option's edits become one undoable step of the
    /// appraisal; an option in a file is read again from it (saved, or its edits discarded,
    /// before this is called).
    pub fn back_to_appraisal(&mut self) -> Outcome {
        let changed = self
            .behind
            .as_ref()
            .is_some_and(|b| b.opened_serial != self.state_serial());
        let content = self.as_loaded();
        let Some(behind) = self.behind.take() else {
            return Err(Refusal::new(
                "Nothing to go back to",
                "No appraisal waits behind this file.",
            ));
        };
        let Behind {
            open,
            path,
            disk,
            kept_over,
            path_unconfirmed,
            autosave_key,
            option,
            in_file,
            ..
        } = *behind;
        self.autosave.forget();
        self.open = open;
        self.path = path;
        self.disk = disk;
        self.kept_over = kept_over;
        self.path_unconfirmed = path_unconfirmed;
        self.autosave.reset_key(self.path.as_deref());
        self.autosave.key = autosave_key;
        self.comparison = None;
        let mut status = "Back to the appraisal".to_owned();
        if let Open::Appraisal(space) = &mut self.open {
            space.set_live(None);
            if in_file {
                space.reread(option);
            } else if changed && let Some(content) = content {
                let source = match content {
                    Loaded::Design(design) => OptionSource::Design(design),
                    Loaded::Cluster(cluster) => OptionSource::Cluster(cluster),
                };
                if space
                    .doc
                    .apply(
                        AppraisalCommand::SetSource {
                            option,
                            source: Box::new(source),
                        },
                        None,
                    )
                    .is_ok()
                {
                    "Back to the appraisal, with the option's edits".clone_into(&mut status);
                }
            }
        }
        self.revalidate();
        Ok(status)
    }
}
