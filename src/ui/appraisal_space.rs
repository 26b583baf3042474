//! An appraisal open in the window: its document (with undo), the options it keeps in files
//! (read once, and again when one was edited), and the scores, found again after every change.

use std::{path::PathBuf, sync::Arc};

use crate::{
    io::{self, Loaded, ReadOptions},
    model::{Appraisal, AppraisalCommand, Design, Document, Id, OptionSource},
    rules::{
        Report,
        appraisal::{OptionInput, OptionRef, Scored, score},
    },
};

/// The open appraisal and what is derived from it.
pub struct AppraisalSpace {
    pub doc: Document<Appraisal>,
    /// The folder its options' paths are read from (the appraisal's own).
    base: PathBuf,
    files: ReadOptions,
    pub scored: Scored,
    /// The appraisal's own findings (section 8), as the findings panel lists them.
    pub report: Arc<Report>,
    /// An option open in the designer, scored as it is there (saved or not).
    live: Option<(Id, Loaded)>,
    /// What the designer's panels are handed while the matrix is shown: an empty board.
    shown: Arc<Design>,
}

impl AppraisalSpace {
    pub fn new(appraisal: Appraisal, base: PathBuf) -> Self {
        let files = io::read_options(&appraisal, &base);
        let mut space = Self {
            doc: Document::new(appraisal),
            base,
            files,
            scored: score(&Appraisal::default(), &[]),
            report: Arc::new(Report::default()),
            live: None,
            shown: Arc::new(Design::default()),
        };
        space.revalidate();
        space
    }

    pub fn appraisal(&self) -> &Appraisal {
        self.doc.design()
    }

    /// The folder its options' paths are read from.
    pub fn base(&self) -> &std::path::Path {
        &self.base
    }

    pub fn shown(&self) -> &Arc<Design> {
        &self.shown
    }

    /// The options as the scoring takes them, an option open in the designer as it is there.
    fn inputs(&self) -> Vec<OptionInput<'_>> {
        let appraisal = self.appraisal();
        let mut inputs = self.files.inputs(appraisal);
        if let Some((id, loaded)) = &self.live
            && let Some(index) = appraisal.options.iter().position(|o| o.id == *id)
            && let Some(slot) = inputs.get_mut(index)
        {
            *slot = OptionInput::Read(match loaded {
                Loaded::Design(design) => OptionRef::Design(design),
                Loaded::Cluster(cluster) => OptionRef::Cluster(cluster),
            });
        }
        inputs
    }

    /// Score everything again (after an edit, or an option's change).
    pub fn revalidate(&mut self) {
        // An option added, taken out or moved: its files follow the list.
        self.files.follow(self.doc.design(), &self.base);
        let scored = score(self.appraisal(), &self.inputs());
        self.report = Arc::new(Report {
            findings: scored.findings.clone(),
        });
        self.scored = scored;
    }

    /// Where the option's file is, for a `File` option.
    pub fn option_path(&self, id: Id) -> Option<PathBuf> {
        match &self.appraisal().option(id)?.source {
            OptionSource::File(file) => Some(io::option_path(&self.base, file)),
            _ => None,
        }
    }

    /// The option's design or cluster, to open in the designer; why not, in words.
    pub fn option_content(&self, id: Id) -> Result<Loaded, String> {
        let appraisal = self.appraisal();
        let index = appraisal
            .options
            .iter()
            .position(|o| o.id == id)
            .ok_or_else(|| format!("The appraisal has no option {id}"))?;
        match &appraisal.options[index].source {
            OptionSource::Design(design) => Ok(Loaded::Design(design.clone())),
            OptionSource::Cluster(cluster) => Ok(Loaded::Cluster(cluster.clone())),
            OptionSource::File(_) => match self.files.file(index) {
                Some(Ok(loaded)) => Ok(loaded.clone()),
                Some(Err(why)) => Err(why.clone()),
                None => Err("the file was not read".to_owned()),
            },
        }
    }

    /// Score an option as it is in the designer (`None`: as its file or the appraisal has it).
    pub fn set_live(&mut self, live: Option<(Id, Loaded)>) {
        self.live = live;
        self.revalidate();
    }

    /// Read an option's file again (it was saved, or its edits discarded).
    pub fn reread(&mut self, id: Id) {
        let appraisal = self.doc.design();
        if let Some(index) = appraisal.options.iter().position(|o| o.id == id) {
            self.files.reread(appraisal, &self.base, index);
        }
    }

    /// The edits that keep every option's file found from `folder`, where the appraisal is
    /// about to be saved: each relative path rewritten from there (none when it is the same
    /// folder).
    pub fn paths_from(&self, folder: &std::path::Path) -> Vec<AppraisalCommand> {
        let same = |a: &std::path::Path, b: &std::path::Path| {
            std::path::absolute(a).ok() == std::path::absolute(b).ok()
        };
        if same(folder, &self.base) {
            return Vec::new();
        }
        self.appraisal()
            .options
            .iter()
            .filter_map(|option| match &option.source {
                OptionSource::File(file) if std::path::Path::new(file.trim()).is_relative() => {
                    let moved = io::relative_path(folder, &io::option_path(&self.base, file));
                    (moved != *file).then_some(AppraisalCommand::SetSource {
                        option: option.id,
                        source: Box::new(OptionSource::File(moved)),
                    })
                }
                _ => None,
            })
            .collect()
    }

    /// The appraisal now lives in `folder` (saved there): its options' paths, already
    /// rewritten by [`Self::paths_from`], are read from there.
    pub fn moved_to(&mut self, folder: PathBuf) {
        self.base = folder;
    }

    /// The options paper in `format`, dated `today`.
    pub fn export(
        &self,
        format: crate::export::ExportFormat,
        today: String,
    ) -> Result<Vec<u8>, String> {
        let inputs = self.inputs();
        let input = crate::export::appraisal::AppraisalInput::new(
            self.appraisal(),
            &self.scored,
            &inputs,
            today,
        );
        crate::export::appraisal_export(&input, format)
    }
}
