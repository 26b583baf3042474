//! A cluster file (docs/file-format.md "Clusters and mergers"): several ICB designs, the joint committees that
//! join them, and optionally the successor of a merger. Each ICB is an ordinary [`Design`].

use serde::{Deserialize, Serialize};

use super::{Design, FORMAT_VERSION, Id, Seat};

/// The longest short name shown (real ones are 2 to 6 letters).
pub const SHORT_NAME_CHARS: usize = 24;

/// Two or more ICBs that share people and meet together, and perhaps their merger.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cluster {
    pub format_version: u32,
    pub name: String,
    #[serde(default)]
    pub notes: String,
    /// The cover sheet of the board paper (exports); left out when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paper: Option<super::Paper>,
    #[serde(default)]
    pub icbs: Vec<ClusterIcb>,
    #[serde(default)]
    pub joint_committees: Vec<JointCommittee>,
    #[serde(default)]
    pub merger: Option<Merger>,
}

impl Default for Cluster {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            name: "Untitled cluster".to_owned(),
            notes: String::new(),
            paper: None,
            icbs: Vec::new(),
            joint_committees: Vec::new(),
            merger: None,
        }
    }
}

/// One ICB of a cluster: a whole design with a short name for chips and labels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClusterIcb {
    pub id: Id,
    pub short_name: String,
    #[serde(default)]
    pub population: Option<u64>,
    pub design: Design,
}

/// A joint committee of ICBs of the cluster (NHSA2006 s65Z5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JointCommittee {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub delegated_functions: String,
    #[serde(default)]
    pub chair: Option<JointMember>,
    #[serde(default)]
    pub members: Vec<JointMember>,
}

/// A member of a joint committee: a seat of one ICB's board, or someone from outside.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum JointMember {
    Member { icb: Id, seat: Id },
    External(String),
}

/// The merger of the cluster's ICBs into one successor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Merger {
    pub successor_name: String,
    /// ISO date the successor starts.
    #[serde(default)]
    pub effective: String,
    #[serde(default)]
    pub boundary_changes: Vec<BoundaryChange>,
    /// The successor's design; `None` until proposed.
    #[serde(default)]
    pub successor: Option<Design>,
}

/// A local authority that moves to another ICB at the merger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundaryChange {
    pub local_authority: String,
    pub to: String,
}

impl Cluster {
    /// A short name from a design's name: the initials of the ICB's own name (the part before
    /// a colon or a dash, as in "Northmoor and Vale ICB: option A, ..."), leaving out "NHS",
    /// "ICB" and "and"; at most six letters ("NHS North Vale ICB" gives "NV").
    fn short_name_of(name: &str) -> String {
        let own = name
            .split([':', '–', '—', '(', ','])
            .next()
            .unwrap_or(name)
            .split(" - ")
            .next()
            .unwrap_or(name);
        let initials: String = own
            .split_whitespace()
            .filter(|w| {
                !matches!(
                    w.to_lowercase().as_str(),
                    "nhs" | "icb" | "and" | "of" | "the" | "integrated" | "care" | "board"
                )
            })
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_uppercase)
            .take(6)
            .collect();
        if initials.is_empty() {
            "ICB".to_owned()
        } else {
            initials
        }
    }

    /// Build a cluster from design files; short names are made unique by a number.
    pub fn from_designs(designs: Vec<Design>) -> Cluster {
        let mut cluster = Cluster {
            name: format!(
                "{} cluster",
                designs
                    .iter()
                    .map(|d| d
                        .name
                        .trim()
                        .trim_start_matches("NHS ")
                        .trim_end_matches(" ICB"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ..Cluster::default()
        };
        for (i, design) in designs.into_iter().enumerate() {
            let mut short = Self::short_name_of(&design.name);
            if cluster.icbs.iter().any(|c| c.short_name == short) {
                short = format!("{short}{}", i + 1);
            }
            cluster.icbs.push(ClusterIcb {
                id: i as Id + 1,
                short_name: short,
                population: None,
                design,
            });
        }
        cluster
    }

    pub fn icb(&self, id: Id) -> Option<&ClusterIcb> {
        self.icbs.iter().find(|i| i.id == id)
    }

    /// The seat a joint-committee member names, when both the ICB and the seat exist.
    pub fn member_seat(&self, icb: Id, seat: Id) -> Option<&Seat> {
        self.icb(icb)?.design.seat(seat)
    }

    /// "NV", or "ICB 3" when the ICB is not there.
    /// An ICB's short name for chips, labels and messages: at most [`SHORT_NAME_CHARS`]
    /// characters, so that a hostile file's names cannot multiply through every message and
    /// export that names the ICB.
    pub fn short_name(&self, icb: Id) -> String {
        self.icb(icb)
            .map(|i| i.short_name.trim())
            .filter(|s| !s.is_empty())
            .map_or_else(|| format!("ICB {icb}"), |s| super::cut(s, SHORT_NAME_CHARS))
    }

    /// A joint committee's member in words: "NV: Chair (Dr Helen Ashworth)", "SD: seat 9 (not
    /// on the board)", "Independent adviser (from outside)".
    pub fn member_text(&self, member: &JointMember) -> String {
        match member {
            JointMember::Member { icb, seat } => {
                let short = self.short_name(*icb);
                self.member_seat(*icb, *seat).map_or_else(
                    || format!("{short}: seat {seat} (not on the board)"),
                    |s| {
                        format!(
                            "{short}: {} ({})",
                            s.label(),
                            s.holder_name().unwrap_or("vacant")
                        )
                    },
                )
            }
            JointMember::External(name) => format!("{name} (from outside)"),
        }
    }

    /// The successor design, when one has been proposed.
    pub fn successor(&self) -> Option<&Design> {
        self.merger.as_ref().and_then(|m| m.successor.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_the_initials_of_the_icbs_own_name() {
        for (name, short) in [
            ("NHS North Vale ICB", "NV"),
            (
                "Northmoor and Vale ICB: option A, consultative forums at place",
                "NV",
            ),
            ("NHS Southdown ICB - board option 2", "S"),
            ("Fenmarsh (draft)", "F"),
            ("One Two Three Four Five Six Seven Eight", "OTTFFS"),
        ] {
            assert_eq!(Cluster::short_name_of(name), short, "{name}");
        }
    }
}
