//! Reading and writing appraisal files (docs/file-format.md "Options appraisals") with the reader
//! rules of designs, and reading the options an appraisal keeps in files of their own.
//!
//! An inline option is written as the format shows it, `source: Design(format_version: 1, ...)`
//! (RON's `unwrap_variant_newtypes`); the reader also takes `Design(Design(...))`.

use std::path::{Path, PathBuf};

use super::{
    LoadError, Loaded, at_text, check_design, load_any_path, parse, read_limited, unique_ids,
    utf8_text,
};
use crate::model::{Appraisal, FORMAT_VERSION, Id, MAX_SCORE, Measure, OptionSource};
use crate::rules::appraisal::{OptionInput, OptionRef};

/// Load an appraisal from a path.
pub fn load_appraisal_path(path: &Path) -> Result<Appraisal, LoadError> {
    load_appraisal_bytes(&read_limited(path)?)
}

/// Load an appraisal from the bytes of a file.
pub fn load_appraisal_bytes(bytes: &[u8]) -> Result<Appraisal, LoadError> {
    load_appraisal_str(utf8_text(bytes, &["Appraisal"])?)
}

#[derive(serde::Deserialize)]
#[serde(rename = "Appraisal")]
struct VersionProbe {
    #[serde(default)]
    format_version: u32,
}

/// Parse as the format writes inline options, else as RON writes them plainly; an error is
/// the format's own reading's.
fn parse_appraisal(text: &str) -> Result<Appraisal, LoadError> {
    let unwrapped = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES)
        .with_recursion_limit(super::RECURSION_LIMIT)
        .from_str::<Appraisal>(text);
    match unwrapped {
        Ok(appraisal) => Ok(appraisal),
        Err(error) => parse::<Appraisal>(text).map_err(|_| super::from_ron(&error, text)),
    }
}

/// Load an appraisal from RON text: the reader rules of designs; ids unique; every score of a
/// `Manual` criterion of an option that exists, 0 to 5, once.
pub fn load_appraisal_str(text: &str) -> Result<Appraisal, LoadError> {
    let text = super::text_checks::without_bom(text);
    let newer = |version: u32| {
        LoadError::whole_file(format!(
            "This appraisal was saved by a newer version (format {version}); this version reads up to format {FORMAT_VERSION}."
        ))
    };
    let appraisal = match parse_appraisal(text) {
        Ok(appraisal) => appraisal,
        Err(error) => {
            return Err(match parse::<VersionProbe>(text) {
                Ok(probe) if probe.format_version > FORMAT_VERSION => newer(probe.format_version),
                _ => error,
            });
        }
    };
    if appraisal.format_version > FORMAT_VERSION {
        return Err(newer(appraisal.format_version));
    }
    check_appraisal(&appraisal).map_err(|e| at_text(e, text))?;
    Ok(appraisal)
}

fn check_appraisal(appraisal: &Appraisal) -> Result<(), LoadError> {
    let refuse = |message: String| Err(LoadError::io(message));
    unique_ids("option", appraisal.options.iter().map(|o| o.id))?;
    unique_ids("criterion", appraisal.criteria.iter().map(|c| c.id))?;
    if !appraisal.rule_pack.trim().is_empty()
        && crate::rules::RulePack::by_id(&appraisal.rule_pack).is_none()
    {
        return refuse(format!(
            "Unknown rule pack `{}`; the packs are {}.",
            appraisal.rule_pack,
            crate::rules::RulePack::list()
        ));
    }
    for option in &appraisal.options {
        let inline = |e: LoadError| LoadError {
            message: format!("In option {} ({}): {}", option.id, option.name, e.message),
            ..e
        };
        match &option.source {
            OptionSource::File(_) => {}
            OptionSource::Design(design) => check_design(design).map_err(inline)?,
            OptionSource::Cluster(cluster) => {
                super::cluster::check_cluster(cluster).map_err(inline)?;
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for score in &appraisal.scores {
        if appraisal.option(score.option).is_none() {
            return refuse(format!(
                "A score is for option {}, which the appraisal does not have.",
                score.option
            ));
        }
        match appraisal.criterion(score.criterion) {
            None => {
                return refuse(format!(
                    "A score is for criterion {}, which the appraisal does not have.",
                    score.criterion
                ));
            }
            Some(c) if c.measure != Measure::Manual => {
                return refuse(format!(
                    "A score is given for criterion {} (`{}`), which the app scores itself ({}); only Manual criteria take scores.",
                    c.id,
                    c.name,
                    c.measure.id()
                ));
            }
            Some(_) => {}
        }
        if score.score > MAX_SCORE {
            return refuse(format!(
                "The score of option {} on criterion {} is {}; scores are 0 to {MAX_SCORE}.",
                score.option, score.criterion, score.score
            ));
        }
        if !seen.insert((score.option, score.criterion)) {
            return refuse(format!(
                "Option {} is scored twice on criterion {}; keep one score.",
                score.option, score.criterion
            ));
        }
    }
    Ok(())
}

/// The appraisal as RON text, inline options written as the format shows them.
pub fn appraisal_to_ron_string(appraisal: &Appraisal) -> String {
    super::save::ron_text_with(
        appraisal,
        ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES,
    )
}

/// The appraisal as RON, once the reader has taken it back.
pub fn appraisal_text(appraisal: &Appraisal) -> Result<String, String> {
    let text = appraisal_to_ron_string(appraisal);
    load_appraisal_str(&text)
        .map(|_| text.clone())
        .map_err(|e| super::save::would_not_read(&e, &text))
}

/// An option file's path: relative paths are read from the appraisal's folder.
pub fn option_path(base: &Path, file: &str) -> PathBuf {
    let path = Path::new(file.trim());
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        base.join(path)
    }
}

/// `file` as a path from `folder` when both are on one root, else as given (made absolute).
pub fn relative_path(folder: &Path, file: &Path) -> String {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (from, to) = (absolute(folder), absolute(file));
    let from: Vec<_> = from.components().collect();
    let to_parts: Vec<_> = to.components().collect();
    let common = from
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    if common == 0 {
        return to.to_string_lossy().into_owned();
    }
    let mut path = PathBuf::new();
    for _ in common..from.len() {
        path.push("..");
    }
    for part in to_parts.iter().skip(common) {
        path.push(part);
    }
    path.to_string_lossy().replace('\\', "/")
}

/// The options an appraisal keeps in files, read; an inline option needs no reading.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    files: Vec<Option<Result<Loaded, String>>>,
    /// Which option each was read for, and from which file (`None` inline), in the same order.
    read_for: Vec<(Id, Option<String>)>,
}

/// Which options an appraisal has, and the file each is read from.
fn read_key(appraisal: &Appraisal) -> Vec<(Id, Option<String>)> {
    appraisal
        .options
        .iter()
        .map(|o| {
            let file = match &o.source {
                OptionSource::File(file) => Some(file.clone()),
                _ => None,
            };
            (o.id, file)
        })
        .collect()
}

/// Read every `File` option of the appraisal from `base` (the appraisal's folder). A missing
/// or refused file is kept as the reader's message, to be shown on that option.
pub fn read_options(appraisal: &Appraisal, base: &Path) -> ReadOptions {
    let files = appraisal
        .options
        .iter()
        .map(|option| read_one(&option.source, base))
        .collect();
    ReadOptions {
        files,
        read_for: read_key(appraisal),
    }
}

/// A `File` option read (or the reader's message); `None` for an inline option.
fn read_one(source: &OptionSource, base: &Path) -> Option<Result<Loaded, String>> {
    match source {
        OptionSource::File(file) => Some(
            load_any_path(&option_path(base, file)).map_err(|e| format!("{} ({})", e, file.trim())),
        ),
        _ => None,
    }
}

impl ReadOptions {
    /// Keep in step with the appraisal's list after an option was added, taken out or moved
    /// (or that undone): an option still read from the same file keeps what was read, wherever
    /// it now stands; only an option new to the list, or to its file, is read.
    pub fn follow(&mut self, appraisal: &Appraisal, base: &Path) {
        let key = read_key(appraisal);
        if key == self.read_for {
            return;
        }
        let mut old: Vec<_> = std::mem::take(&mut self.read_for)
            .into_iter()
            .zip(std::mem::take(&mut self.files).into_iter().map(Some))
            .collect();
        self.files = appraisal
            .options
            .iter()
            .zip(&key)
            .map(|(option, wanted)| {
                old.iter_mut()
                    .find(|(was, file)| *was == *wanted && file.is_some())
                    .and_then(|(_, file)| file.take())
                    .unwrap_or_else(|| read_one(&option.source, base))
            })
            .collect();
        self.read_for = key;
    }

    /// The option at `index` as its file was read: `None` for an inline option.
    pub fn file(&self, index: usize) -> Option<&Result<Loaded, String>> {
        self.files.get(index).and_then(Option::as_ref)
    }

    /// Read the option at `index` of the appraisal again (after it was edited and saved, or
    /// the edits discarded).
    pub fn reread(&mut self, appraisal: &Appraisal, base: &Path, index: usize) {
        if let (Some(slot), Some(option)) =
            (self.files.get_mut(index), appraisal.options.get(index))
        {
            *slot = read_one(&option.source, base);
        }
    }

    /// The options as the scoring takes them, in the appraisal's order.
    pub fn inputs<'a>(&'a self, appraisal: &'a Appraisal) -> Vec<OptionInput<'a>> {
        appraisal
            .options
            .iter()
            .enumerate()
            .map(|(i, option)| {
                let read = match (&option.source, self.files.get(i)) {
                    (OptionSource::Design(design), _)
                    | (OptionSource::File(_), Some(Some(Ok(Loaded::Design(design))))) => {
                        OptionRef::Design(design)
                    }
                    (OptionSource::Cluster(cluster), _)
                    | (OptionSource::File(_), Some(Some(Ok(Loaded::Cluster(cluster))))) => {
                        OptionRef::Cluster(cluster)
                    }
                    (OptionSource::File(_), Some(Some(Err(why)))) => {
                        return OptionInput::Unreadable(why);
                    }
                    (OptionSource::File(_), _) => {
                        return OptionInput::Unreadable("the file was not read");
                    }
                };
                OptionInput::Read(read)
            })
            .collect()
    }

    /// The appraisal with every option that was read from a file made inline, so that it can
    /// be mailed as one file; and the options that could not be (left as files).
    pub fn embed(&self, appraisal: &Appraisal) -> (Appraisal, Vec<String>) {
        let mut embedded = appraisal.clone();
        let mut left = Vec::new();
        for (option, file) in embedded.options.iter_mut().zip(&self.files) {
            match file {
                Some(Ok(Loaded::Design(design))) => {
                    option.source = OptionSource::Design(design.clone());
                }
                Some(Ok(Loaded::Cluster(cluster))) => {
                    option.source = OptionSource::Cluster(cluster.clone());
                }
                Some(Err(why)) => {
                    left.push(format!("option {} ({}): {why}", option.id, option.name));
                }
                None => {}
            }
        }
        (embedded, left)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AppraisalOption, Design};

    fn in_file(id: Id, file: &str) -> AppraisalOption {
        AppraisalOption {
            id,
            name: file.to_owned(),
            source: OptionSource::File(file.to_owned()),
            notes: String::new(),
        }
    }

    #[test]
    fn the_files_follow_the_list_reading_only_an_option_new_to_it() {
        let dir = tempfile::tempdir().unwrap();
        for file in ["a.ron", "b.ron", "c.ron"] {
            std::fs::write(
                dir.path().join(file),
                super::super::to_ron_string(&Design::default()),
            )
            .unwrap();
        }
        let mut appraisal = Appraisal {
            options: vec![in_file(1, "a.ron"), in_file(2, "b.ron")],
            ..Appraisal::default()
        };
        let mut read = read_options(&appraisal, dir.path());
        // Gone from the disk after it was read: moving its option does not read it again.
        std::fs::remove_file(dir.path().join("a.ron")).unwrap();
        appraisal.options.swap(0, 1);
        appraisal.options.push(in_file(3, "c.ron"));
        read.follow(&appraisal, dir.path());
        let inputs = read.inputs(&appraisal);
        assert!(
            inputs.iter().all(|i| matches!(i, OptionInput::Read(_))),
            "a and b kept, c read"
        );
        // An option new to the list is read: a file that is not there is the reader's message.
        appraisal.options.push(in_file(4, "a.ron"));
        read.follow(&appraisal, dir.path());
        assert!(matches!(
            read.inputs(&appraisal)[3],
            OptionInput::Unreadable(_)
        ));
    }
}
