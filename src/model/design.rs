//! The design types, exactly as `docs/file-format.md` (format version 1) describes them.
//!
//! Every struct rejects unknown fields so a typo in a hand-edited file is reported, not dropped.
//! Optional fields carry `#[serde(default)]` so they may be left out of a file.

use serde::{Deserialize, Serialize};

use super::{Committee, Partnership, Place, Seat, SystemLevel};

/// The newest file format this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// Identifier of a board seat, committee or place: a small positive integer unique in its list.
pub type Id = u32;

/// One design of an Integrated Care Board (and optionally its partnership).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Design {
    pub format_version: u32,
    pub name: String,
    #[serde(default)]
    pub system: String,
    #[serde(default)]
    pub notes: String,
    /// The date the board is shown at (docs/rules.md section 7); empty means today.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub as_at: String,
    #[serde(default = "default_rule_pack")]
    pub rule_pack: String,
    /// The cover sheet of the board paper (exports); left out when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paper: Option<super::Paper>,
    #[serde(default)]
    pub board: Vec<Seat>,
    #[serde(default)]
    pub committees: Vec<Committee>,
    #[serde(default)]
    pub places: Vec<Place>,
    #[serde(default)]
    pub partnership: Option<Partnership>,
    #[serde(default)]
    pub system_level: SystemLevel,
    /// Local changes to the rule pack (an optional field added to format 1; left out when empty,
    /// so designs without changes stay readable by earlier versions).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rule_overrides: Vec<super::RuleOverride>,
}

/// The pack of a file that names none: such files keep the verdict they always had.
fn default_rule_pack() -> String {
    "df2021".to_owned()
}

/// The pack every new design (File > New, templates, clusters, successors) is written with.
pub const NEW_DESIGN_RULE_PACK: &str = "nhse2025";

impl Default for Design {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            name: "Untitled design".to_owned(),
            system: String::new(),
            notes: String::new(),
            as_at: String::new(),
            // New designs are checked against today's rules (docs/rules.md "Rule packs").
            rule_pack: NEW_DESIGN_RULE_PACK.to_owned(),
            paper: None,
            board: Vec::new(),
            committees: Vec::new(),
            places: Vec::new(),
            partnership: None,
            system_level: SystemLevel::default(),
            rule_overrides: Vec::new(),
        }
    }
}

/// Compare names as people do: trimmed and case-insensitive.
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty() && a.to_lowercase() == b.to_lowercase()
}

/// The normalised key used to compare names (trimmed, lower case).
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}
