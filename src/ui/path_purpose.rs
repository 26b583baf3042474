//! What a path is asked for: its purpose names the dialog, says which files it wants, and
//! whether it takes several or writes one.

use crate::export::ExportFormat;

/// What a typed path is for, when the system has no file dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPurpose {
    Open,
    SaveAs,
    Export(ExportFormat),
    Compare,
    ImportPeople,
    /// Several design files, one a line, for a new cluster.
    NewCluster,
    /// Several design or cluster files, one a line, for a new appraisal.
    NewAppraisal,
    /// Design or cluster files, one a line, to add to the open appraisal.
    AddOptions,
}

impl PathPurpose {
    pub fn title(self) -> String {
        match self {
            PathPurpose::Open => "Open a design".to_owned(),
            PathPurpose::SaveAs => "Save as".to_owned(),
            PathPurpose::Export(format) => format!("Export as {}", format.name()),
            PathPurpose::Compare => "Compare with".to_owned(),
            PathPurpose::ImportPeople => "Import people from a roster".to_owned(),
            PathPurpose::NewCluster => "New cluster from designs (one file a line)".to_owned(),
            PathPurpose::NewAppraisal => {
                "New appraisal of designs or clusters (one file a line)".to_owned()
            }
            PathPurpose::AddOptions => {
                "Add options: designs or clusters (one file a line)".to_owned()
            }
        }
    }

    /// What the file dialog asks for, for the purposes that read a file.
    pub fn wanted(self) -> crate::platform::Wanted {
        use crate::platform::Wanted;
        const DESIGN: &str = "ICS board design";
        match self {
            PathPurpose::ImportPeople => Wanted {
                title: "Import people from a roster",
                kind: "Roster (CSV, Excel or OpenDocument)",
                extensions: &["csv", "xlsx", "ods"],
            },
            PathPurpose::Compare => Wanted {
                title: "Compare with",
                kind: DESIGN,
                extensions: &["ron"],
            },
            PathPurpose::NewCluster => Wanted {
                title: "Choose the designs of the cluster's ICBs",
                kind: DESIGN,
                extensions: &["ron"],
            },
            PathPurpose::NewAppraisal | PathPurpose::AddOptions => Wanted {
                title: "Choose the options to appraise (designs or clusters)",
                kind: "ICS board design or cluster",
                extensions: &["ron"],
            },
            _ => Wanted {
                title: "Open a design",
                kind: DESIGN,
                extensions: &["ron"],
            },
        }
    }

    /// Whether it takes several files (one a line, where they are typed).
    pub fn many(self) -> bool {
        matches!(
            self,
            PathPurpose::NewCluster | PathPurpose::NewAppraisal | PathPurpose::AddOptions
        )
    }

    pub fn writes(self) -> bool {
        matches!(self, PathPurpose::SaveAs | PathPurpose::Export(_))
    }
}
