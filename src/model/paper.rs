//! The cover sheet of a board paper (docs/file-format.md, `paper`): the optional fields a board
//! secretary fills once, so that every export of a design, cluster or appraisal is a paper
//! that can be sent without retyping.

use serde::{Deserialize, Serialize};

/// The cover sheet: meeting, date, agenda item, purpose, author, sponsor and the rest. Every
/// field is optional in the file.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paper {
    #[serde(default)]
    pub meeting: String,
    /// ISO date of the meeting.
    #[serde(default)]
    pub date: String,
    /// The agenda item, e.g. "7".
    #[serde(default)]
    pub item: String,
    #[serde(default)]
    pub purpose: PaperPurpose,
    #[serde(default)]
    pub author: String,
    /// The executive sponsor.
    #[serde(default)]
    pub sponsor: String,
    #[serde(default)]
    pub recommendation: String,
    /// Where the paper was considered before.
    #[serde(default)]
    pub previously: String,
    /// Risks and implications.
    #[serde(default)]
    pub risks: String,
}

/// What the board is asked to do with a paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum PaperPurpose {
    Decision,
    Approval,
    Discussion,
    #[default]
    Information,
}

impl PaperPurpose {
    pub const ALL: [PaperPurpose; 4] = [
        PaperPurpose::Decision,
        PaperPurpose::Approval,
        PaperPurpose::Discussion,
        PaperPurpose::Information,
    ];

    /// "For decision", as a cover sheet says it.
    pub fn phrase(self) -> &'static str {
        match self {
            PaperPurpose::Decision => "For decision",
            PaperPurpose::Approval => "For approval",
            PaperPurpose::Discussion => "For discussion",
            PaperPurpose::Information => "For information",
        }
    }
}
