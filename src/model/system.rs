//! The system-level facts the user keeps: trusts, collaboratives, the VCSE agreement.

use serde::{Deserialize, Serialize};

/// System-level facts the user keeps.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SystemLevel {
    #[serde(default)]
    pub vcse_agreement: bool,
    #[serde(default)]
    pub trusts: Vec<Trust>,
    #[serde(default)]
    pub provider_collaboratives: Vec<Collaborative>,
    /// Mayoral strategic authorities in the area (docs/rules.md `board.partner_strategic_authority`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strategic_authorities: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trust {
    pub name: String,
    #[serde(default)]
    pub services: Vec<TrustService>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TrustService {
    Acute,
    MentalHealth,
    Community,
    Ambulance,
    Specialist,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Collaborative {
    pub name: String,
    #[serde(default)]
    pub members: Vec<String>,
}
