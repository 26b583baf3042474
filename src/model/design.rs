//! The design types, exactly as `shared/domain/FORMAT.md` (format version 1) describes them.
//!
//! Every struct rejects unknown fields so a typo in a hand-edited file is reported, not dropped.
//! Optional fields carry `#[serde(default)]` so they may be left out of a file.

use serde::{Deserialize, Serialize};

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
    /// The date the board is shown at (RULES.md section 7); empty means today.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub as_at: String,
    #[serde(default = "default_rule_pack")]
    pub rule_pack: String,
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

/// Serde's `skip_serializing_if` for flags that default to false.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(value: &bool) -> bool {
    !*value
}

fn default_true() -> bool {
    true
}

impl Default for Design {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            name: "Untitled design".to_owned(),
            system: String::new(),
            notes: String::new(),
            as_at: String::new(),
            // New designs are checked against today's rules (RULES.md "Rule packs").
            rule_pack: NEW_DESIGN_RULE_PACK.to_owned(),
            board: Vec::new(),
            committees: Vec::new(),
            places: Vec::new(),
            partnership: None,
            system_level: SystemLevel::default(),
            rule_overrides: Vec::new(),
        }
    }
}

/// A seat on the unitary board: a role the board will have, held by a person or vacant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seat {
    pub id: Id,
    pub role: Role,
    /// Display label; empty means "use the role's name".
    #[serde(default)]
    pub title: String,
    /// `None` means the seat is vacant (designed, not yet filled).
    #[serde(default)]
    pub holder: Option<Holder>,
    #[serde(default)]
    pub expertise: Vec<Expertise>,
    #[serde(default)]
    pub deputy_chair: bool,
    /// The senior non-executive member (RULES.md `board.senior_non_executive`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub senior_non_executive: bool,
    #[serde(default)]
    pub notes: String,
}

impl Seat {
    /// A vacant seat with the given role and no other detail.
    pub fn new(id: Id, role: Role) -> Self {
        Self {
            id,
            role,
            title: String::new(),
            holder: None,
            expertise: Vec::new(),
            deputy_chair: false,
            senior_non_executive: false,
            notes: String::new(),
        }
    }

    /// The label to show: the title if set, else the role's name.
    pub fn label(&self) -> String {
        if self.title.trim().is_empty() {
            self.role.name()
        } else {
            self.title.clone()
        }
    }

    /// The holder's name when the seat is filled by a named person.
    pub fn holder_name(&self) -> Option<&str> {
        self.holder
            .as_ref()
            .map(|h| h.name.trim())
            .filter(|n| !n.is_empty())
    }

    /// True when the holder has a post in a health or care organisation in the footprint.
    pub fn has_in_footprint_post(&self) -> bool {
        self.holder
            .as_ref()
            .is_some_and(|h| h.other_posts.iter().any(|p| p.in_footprint))
    }
}

/// What a seat is for. Participants are non-voting; every other role votes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Chair,
    NonExecutive,
    ChiefExecutive,
    Executive(ExecutiveRole),
    PartnerMember(PartnerSector),
    Participant(String),
}

/// The named executive portfolios of DF2021, plus any other executive director.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExecutiveRole {
    Finance,
    Medical,
    Nursing,
    Other(String),
}

/// The sector a partner member is drawn from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PartnerSector {
    Trusts,
    PrimaryCare,
    LocalAuthority,
    /// A member nominated by the mayor of a mayoral strategic authority (Health Bill 2026).
    StrategicAuthority,
    Other(String),
}

/// The band a seat sits in on the board chart; follows from the role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    NonExecutive,
    Executive,
    Partner,
    Participant,
}

impl Band {
    pub const ALL: [Band; 4] = [
        Band::NonExecutive,
        Band::Executive,
        Band::Partner,
        Band::Participant,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Band::NonExecutive => "Non-executive",
            Band::Executive => "Executive",
            Band::Partner => "Partner members",
            Band::Participant => "Participants",
        }
    }
}

impl Role {
    /// The role's name as a person reads it.
    pub fn name(&self) -> String {
        match self {
            Role::Chair => "Chair".to_owned(),
            Role::NonExecutive => "Non-executive member".to_owned(),
            Role::ChiefExecutive => "Chief executive".to_owned(),
            Role::Executive(ExecutiveRole::Finance) => "Director of finance".to_owned(),
            Role::Executive(ExecutiveRole::Medical) => "Medical director".to_owned(),
            Role::Executive(ExecutiveRole::Nursing) => "Director of nursing".to_owned(),
            Role::Executive(ExecutiveRole::Other(t)) => non_empty_or(t, "Other executive"),
            Role::PartnerMember(PartnerSector::Trusts) => "Partner member: trusts".to_owned(),
            Role::PartnerMember(PartnerSector::PrimaryCare) => {
                "Partner member: primary care".to_owned()
            }
            Role::PartnerMember(PartnerSector::LocalAuthority) => {
                "Partner member: local authority".to_owned()
            }
            Role::PartnerMember(PartnerSector::StrategicAuthority) => {
                "Partner member: strategic authority".to_owned()
            }
            Role::PartnerMember(PartnerSector::Other(t)) => {
                format!("Partner member: {}", non_empty_or(t, "other"))
            }
            Role::Participant(t) => non_empty_or(t, "Participant"),
        }
    }

    pub fn band(&self) -> Band {
        match self {
            Role::Chair | Role::NonExecutive => Band::NonExecutive,
            Role::ChiefExecutive | Role::Executive(_) => Band::Executive,
            Role::PartnerMember(_) => Band::Partner,
            Role::Participant(_) => Band::Participant,
        }
    }

    pub fn is_voting(&self) -> bool {
        !matches!(self, Role::Participant(_))
    }

    /// Chief executive and every executive director (employees of the ICB).
    pub fn is_executive(&self) -> bool {
        self.band() == Band::Executive
    }

    /// An ordinary member of the board (NHSA2006 Sch 1B): a voting member other than the chair
    /// and the chief executive.
    pub fn is_ordinary_member(&self) -> bool {
        self.is_voting() && !matches!(self, Role::Chair | Role::ChiefExecutive)
    }

    /// Chair and independent non-executive members.
    pub fn is_non_executive(&self) -> bool {
        self.band() == Band::NonExecutive
    }
}

fn non_empty_or(text: &str, fallback: &str) -> String {
    if text.trim().is_empty() {
        fallback.to_owned()
    } else {
        text.to_owned()
    }
}

/// The person holding a seat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holder {
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default = "default_true")]
    pub full_time: bool,
    #[serde(default)]
    pub other_posts: Vec<OtherPost>,
    /// ISO date the term began (RULES.md section 7); empty when not known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub appointed: String,
    /// ISO date the term ends; empty when not known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub term_ends: String,
    /// Declared interests (the register of interests).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interests: Vec<super::Interest>,
}

impl Holder {
    pub fn named(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            organisation: String::new(),
            full_time: true,
            other_posts: Vec::new(),
            appointed: String::new(),
            term_ends: String::new(),
            interests: Vec::new(),
        }
    }
}

/// A post or office the holder has in another organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherPost {
    pub organisation: String,
    #[serde(default)]
    pub post: String,
    /// The organisation is a health or care body inside the ICS footprint.
    #[serde(default)]
    pub in_footprint: bool,
    /// The organisation is a private healthcare provider (RULES.md `board.private_healthcare`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub private_healthcare: bool,
}

/// Knowledge and experience a seat brings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Expertise {
    Finance,
    MentalHealth,
    PublicHealth,
    Clinical,
    SocialCare,
    PrimaryCare,
    LivedExperience,
    Digital,
}

impl Expertise {
    pub const ALL: [Expertise; 8] = [
        Expertise::Finance,
        Expertise::MentalHealth,
        Expertise::PublicHealth,
        Expertise::Clinical,
        Expertise::SocialCare,
        Expertise::PrimaryCare,
        Expertise::LivedExperience,
        Expertise::Digital,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Expertise::Finance => "Finance",
            Expertise::MentalHealth => "Mental health",
            Expertise::PublicHealth => "Public health",
            Expertise::Clinical => "Clinical",
            Expertise::SocialCare => "Social care",
            Expertise::PrimaryCare => "Primary care",
            Expertise::LivedExperience => "Lived experience",
            Expertise::Digital => "Digital",
        }
    }
}

/// A committee of the board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Committee {
    pub id: Id,
    pub name: String,
    pub kind: CommitteeKind,
    /// The board seat that chairs it.
    #[serde(default)]
    pub chair: Option<Id>,
    #[serde(default)]
    pub members: Vec<CommitteeMember>,
}

impl Committee {
    /// True when the given seat sits on the committee (as a member).
    pub fn has_seat(&self, seat: Id) -> bool {
        self.members.contains(&CommitteeMember::Seat(seat))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CommitteeKind {
    Audit,
    Remuneration,
    Other,
}

impl CommitteeKind {
    pub fn name(self) -> &'static str {
        match self {
            CommitteeKind::Audit => "Audit",
            CommitteeKind::Remuneration => "Remuneration",
            CommitteeKind::Other => "Other",
        }
    }
}

/// A committee member: a board seat, or someone from outside the board.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CommitteeMember {
    Seat(Id),
    External(String),
}

/// Seats by id, for lookups inside loops (committee members, chairs) without scanning the board.
pub type SeatsById<'a> = std::collections::HashMap<Id, &'a Seat>;

impl Design {
    /// The seats of one band, in board order.
    pub fn seats_in(&self, band: Band) -> Vec<&Seat> {
        self.board
            .iter()
            .filter(|s| s.role.band() == band)
            .collect()
    }

    pub fn seats_by_id(&self) -> SeatsById<'_> {
        self.board.iter().map(|s| (s.id, s)).collect()
    }
}

impl CommitteeMember {
    /// "Director of finance (Aisha Khan)", "Medical director (vacant)", "Name (external)", or
    /// "seat 9 (missing)" for a reference to no seat.
    pub fn describe(&self, seats: &SeatsById) -> String {
        match self {
            CommitteeMember::Seat(id) => seats.get(id).map_or_else(
                || format!("seat {id} (missing)"),
                |s| match s.holder_name() {
                    Some(name) => format!("{} ({name})", s.label()),
                    None => format!("{} (vacant)", s.label()),
                },
            ),
            CommitteeMember::External(name) => format!("{name} (external)"),
        }
    }
}

/// A place (usually one local authority's area) and the governance model it chose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub local_authority: String,
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
            model,
            delegated_functions: String::new(),
            delegated_budget: None,
            members: Vec::new(),
            notes: String::new(),
            formed_from: Vec::new(),
        }
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
    /// Mayoral strategic authorities in the area (RULES.md `board.partner_strategic_authority`).
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

/// Compare names as people do: trimmed and case-insensitive.
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty() && a.to_lowercase() == b.to_lowercase()
}

/// The normalised key used to compare names (trimmed, lower case).
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}
