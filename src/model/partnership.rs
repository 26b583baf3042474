//! The Integrated Care Partnership, designed beside the board.

use serde::{Deserialize, Serialize};

use super::{Sector, text::non_empty_or};

/// The Integrated Care Partnership (ICP), designed beside the board.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partnership {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub chair: String,
    #[serde(default)]
    pub chair_jointly_selected: bool,
    #[serde(default)]
    pub chair_shared_with_icb: bool,
    #[serde(default)]
    pub members: Vec<PartnershipMember>,
}

impl Partnership {
    /// Members from the NHS and from local government, the balance the framework asks for.
    pub fn members_by_side(&self) -> (usize, usize) {
        let count = |side| {
            self.members
                .iter()
                .filter(|m| m.sector.side() == Some(side))
                .count()
        };
        (
            count(PartnershipSide::Nhs),
            count(PartnershipSide::LocalGovernment),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnershipMember {
    pub sector: PartnershipSector,
    pub name: String,
    #[serde(default)]
    pub organisation: String,
}

/// The place member sectors plus the ICB itself and housing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PartnershipSector {
    Icb,
    Housing,
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

impl PartnershipSector {
    /// Every named sector (without `Other`), in palette order.
    pub const NAMED: [PartnershipSector; 13] = [
        PartnershipSector::Icb,
        PartnershipSector::LocalAuthority,
        PartnershipSector::ElectedMember,
        PartnershipSector::PublicHealth,
        PartnershipSector::Housing,
        PartnershipSector::PrimaryCare,
        PartnershipSector::AcuteProvider,
        PartnershipSector::CommunityProvider,
        PartnershipSector::MentalHealthProvider,
        PartnershipSector::ProviderCollaborative,
        PartnershipSector::SocialCareProvider,
        PartnershipSector::Healthwatch,
        PartnershipSector::Vcse,
    ];

    pub fn name(&self) -> String {
        match self {
            PartnershipSector::Icb => "The ICB".to_owned(),
            PartnershipSector::Housing => "Housing".to_owned(),
            PartnershipSector::PrimaryCare => Sector::PrimaryCare.name(),
            PartnershipSector::LocalAuthority => Sector::LocalAuthority.name(),
            PartnershipSector::ElectedMember => Sector::ElectedMember.name(),
            PartnershipSector::PublicHealth => Sector::PublicHealth.name(),
            PartnershipSector::AcuteProvider => Sector::AcuteProvider.name(),
            PartnershipSector::CommunityProvider => Sector::CommunityProvider.name(),
            PartnershipSector::MentalHealthProvider => Sector::MentalHealthProvider.name(),
            PartnershipSector::ProviderCollaborative => Sector::ProviderCollaborative.name(),
            PartnershipSector::SocialCareProvider => Sector::SocialCareProvider.name(),
            PartnershipSector::Healthwatch => Sector::Healthwatch.name(),
            PartnershipSector::Vcse => Sector::Vcse.name(),
            PartnershipSector::Other(t) => non_empty_or(t, "Other"),
        }
    }

    /// Which side of the NHS / local government balance a member sits on (`partnership.parity`).
    pub fn side(&self) -> Option<PartnershipSide> {
        match self {
            PartnershipSector::Icb
            | PartnershipSector::PrimaryCare
            | PartnershipSector::AcuteProvider
            | PartnershipSector::CommunityProvider
            | PartnershipSector::MentalHealthProvider
            | PartnershipSector::ProviderCollaborative => Some(PartnershipSide::Nhs),
            PartnershipSector::LocalAuthority
            | PartnershipSector::ElectedMember
            | PartnershipSector::PublicHealth => Some(PartnershipSide::LocalGovernment),
            _ => None,
        }
    }
}

/// The two sides the partnership balances.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnershipSide {
    Nhs,
    LocalGovernment,
}
