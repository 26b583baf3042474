//! Places and the five models for governance at place.

use serde::{Deserialize, Serialize};

use super::{Id, text::non_empty_or};

/// A place (usually one local authority's area) and the governance model it chose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub local_authority: String,
    /// Where `local_authority` is a district council of a two-tier area: the county council with
    /// social-care functions, the place's responsible authority (`partnership.local_authorities`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub county_council: String,
    pub model: PlaceModel,
    #[serde(default)]
    pub delegated_functions: String,
    /// Whole pounds.
    #[serde(default)]
    pub delegated_budget: Option<u64>,
    #[serde(default)]
    pub members: Vec<PlaceMember>,
    #[serde(default)]
    pub notes: String,
    /// Names of earlier places merged into this one (a successor's places).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formed_from: Vec<String>,
}

impl Place {
    pub fn new(id: Id, name: &str, model: PlaceModel) -> Self {
        Self {
            id,
            name: name.to_owned(),
            local_authority: String::new(),
            county_council: String::new(),
            model,
            delegated_functions: String::new(),
            delegated_budget: None,
            members: Vec::new(),
            notes: String::new(),
            formed_from: Vec::new(),
        }
    }

    /// The place's responsible local authority, the one with social-care functions: its county
    /// council where set, otherwise its local authority (trimmed; empty when neither is named).
    pub fn responsible_authority(&self) -> &str {
        let county = self.county_council.trim();
        if county.is_empty() {
            self.local_authority.trim()
        } else {
            county
        }
    }

    /// The local authority's name suggests a district of a two-tier area, whose social care is
    /// the county's: the window offers the county council field then.
    pub fn may_be_district(&self) -> bool {
        let name = self.local_authority.to_lowercase();
        ["district council", "borough council", "city council"]
            .iter()
            .any(|word| name.contains(word))
    }

    pub fn has_sector(&self, sector: &Sector) -> bool {
        self.members.iter().any(|m| &m.sector == sector)
    }
}

/// The five models for governance at place (DF2021).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PlaceModel {
    ConsultativeForum,
    IcbCommittee,
    JointCommittee { partners: Vec<String> },
    LeadDirector { director: String },
    LeadProvider { provider: String, contract: String },
}

/// The five models' identifiers, in the framework's order, for pickers and exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceModelKind {
    ConsultativeForum,
    IcbCommittee,
    JointCommittee,
    LeadDirector,
    LeadProvider,
}

impl PlaceModelKind {
    pub const ALL: [PlaceModelKind; 5] = [
        PlaceModelKind::ConsultativeForum,
        PlaceModelKind::IcbCommittee,
        PlaceModelKind::JointCommittee,
        PlaceModelKind::LeadDirector,
        PlaceModelKind::LeadProvider,
    ];

    /// The rule-table id of the model, e.g. `joint_committee`.
    pub fn id(self) -> &'static str {
        match self {
            PlaceModelKind::ConsultativeForum => "consultative_forum",
            PlaceModelKind::IcbCommittee => "icb_committee",
            PlaceModelKind::JointCommittee => "joint_committee",
            PlaceModelKind::LeadDirector => "lead_director",
            PlaceModelKind::LeadProvider => "lead_provider",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            PlaceModelKind::ConsultativeForum => "Consultative forum",
            PlaceModelKind::IcbCommittee => "Committee of the ICB",
            PlaceModelKind::JointCommittee => "Joint committee",
            PlaceModelKind::LeadDirector => "Lead director",
            PlaceModelKind::LeadProvider => "Lead provider",
        }
    }

    /// The framework's one-line meaning of the model (DF2021).
    pub fn meaning(self) -> &'static str {
        match self {
            PlaceModelKind::ConsultativeForum => {
                "Consultative forum informing decisions by the ICB, local authorities and others."
            }
            PlaceModelKind::IcbCommittee => {
                "Committee of the ICB with delegated authority to decide on the use of ICB resources."
            }
            PlaceModelKind::JointCommittee => {
                "Joint committee of the ICB and one or more statutory providers (from 2022 also local authorities, other ICBs, NHSE)."
            }
            PlaceModelKind::LeadDirector => {
                "An individual director of the ICB with delegated authority."
            }
            PlaceModelKind::LeadProvider => {
                "A lead provider managing resources and delivery at place under a contract with the ICB."
            }
        }
    }

    /// A fresh model of this kind with its fields empty.
    pub fn empty_model(self) -> PlaceModel {
        match self {
            PlaceModelKind::ConsultativeForum => PlaceModel::ConsultativeForum,
            PlaceModelKind::IcbCommittee => PlaceModel::IcbCommittee,
            PlaceModelKind::JointCommittee => PlaceModel::JointCommittee {
                partners: Vec::new(),
            },
            PlaceModelKind::LeadDirector => PlaceModel::LeadDirector {
                director: String::new(),
            },
            PlaceModelKind::LeadProvider => PlaceModel::LeadProvider {
                provider: String::new(),
                contract: String::new(),
            },
        }
    }
}

impl PlaceModel {
    pub fn kind(&self) -> PlaceModelKind {
        match self {
            PlaceModel::ConsultativeForum => PlaceModelKind::ConsultativeForum,
            PlaceModel::IcbCommittee => PlaceModelKind::IcbCommittee,
            PlaceModel::JointCommittee { .. } => PlaceModelKind::JointCommittee,
            PlaceModel::LeadDirector { .. } => PlaceModelKind::LeadDirector,
            PlaceModel::LeadProvider { .. } => PlaceModelKind::LeadProvider,
        }
    }
}

/// A member of a place partnership.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceMember {
    pub sector: Sector,
    pub name: String,
    #[serde(default)]
    pub organisation: String,
}

/// The sectors a place partnership draws its members from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sector {
    PrimaryCare,
    LocalAuthority,
    ElectedMember,
    PublicHealth,
    AcuteProvider,
    CommunityProvider,
    MentalHealthProvider,
    ProviderCollaborative,
    SocialCareProvider,
    Healthwatch,
    Vcse,
    Other(String),
}

impl Sector {
    /// Every named sector (without `Other`), in the format's order.
    pub const NAMED: [Sector; 11] = [
        Sector::PrimaryCare,
        Sector::LocalAuthority,
        Sector::ElectedMember,
        Sector::PublicHealth,
        Sector::AcuteProvider,
        Sector::CommunityProvider,
        Sector::MentalHealthProvider,
        Sector::ProviderCollaborative,
        Sector::SocialCareProvider,
        Sector::Healthwatch,
        Sector::Vcse,
    ];

    pub fn name(&self) -> String {
        match self {
            Sector::PrimaryCare => "Primary care".to_owned(),
            Sector::LocalAuthority => "Local authority".to_owned(),
            Sector::ElectedMember => "Elected member".to_owned(),
            Sector::PublicHealth => "Public health".to_owned(),
            Sector::AcuteProvider => "Acute provider".to_owned(),
            Sector::CommunityProvider => "Community provider".to_owned(),
            Sector::MentalHealthProvider => "Mental health provider".to_owned(),
            Sector::ProviderCollaborative => "Provider collaborative".to_owned(),
            Sector::SocialCareProvider => "Social care provider".to_owned(),
            Sector::Healthwatch => "Healthwatch".to_owned(),
            Sector::Vcse => "VCSE".to_owned(),
            Sector::Other(t) => non_empty_or(t, "Other"),
        }
    }
}
