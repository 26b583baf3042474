//! `cluster new` and `merge` (docs/file-format.md "Clusters and mergers").

use std::{io::Write, path::Path};

use crate::{
    io::{cluster_text, load_cluster_path, load_path},
    model::{Cluster, merge::with_successor},
};

/// Run `cluster new`; messages go to `err`. Returns the exit code.
pub fn run_cluster_new(designs: &[std::path::PathBuf], output: &Path, err: &mut impl Write) -> u8 {
    let mut loaded = Vec::new();
    for path in designs {
        match load_path(path) {
            Ok(design) => loaded.push(design),
            Err(error) => {
                super::output::unreadable(err, &path.display(), &error);
                return 2;
            }
        }
    }
    if let Some(input) = designs.iter().find(|d| crate::io::same_file(d, output)) {
        let _ = writeln!(
            err,
            "{} is one of the designs read; the cluster file would overwrite it. Choose another -o.",
            input.display()
        );
        return 2;
    }
    let cluster = Cluster::from_designs(loaded);
    write(&cluster, output, err)
}

/// Run `merge`: propose the successor and write the cluster with it.
pub fn run_merge(file: &Path, output: Option<&Path>, err: &mut impl Write) -> u8 {
    let cluster = match load_cluster_path(file) {
        Ok(cluster) => cluster,
        Err(error) => {
            super::output::unreadable(err, &file.display(), &error);
            return 2;
        }
    };
    let proposed = with_successor(&cluster);
    match output {
        Some(output) => write(&proposed, output, err),
        None => {
            // In place, as the format says, but never without the file as it was beside it.
            let backup = file.with_extension("before-merge.ron");
            if let Err(error) = std::fs::copy(file, &backup) {
                let _ = writeln!(
                    err,
                    "{}: nothing was written: the file as it was could not be kept as {} ({}).",
                    file.display(),
                    backup.display(),
                    crate::io::io_reason(&error)
                );
                return 2;
            }
            let _ = writeln!(err, "Kept the cluster as it was in {}", backup.display());
            write(&proposed, file, err)
        }
    }
}

fn write(cluster: &Cluster, output: &Path, err: &mut impl Write) -> u8 {
    match cluster_text(cluster) {
        Ok(text) => super::output::write_output(output, text.as_bytes(), None, "cluster file", err),
        Err(reason) => {
            let _ = writeln!(
                err,
                "{}: the cluster file was not written: {reason}.",
                output.display()
            );
            2
        }
    }
}
