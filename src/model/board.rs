//! The board: seats, their roles and bands, holders and expertise.

use serde::{Deserialize, Serialize};

use super::{
    Id,
    defaults::{default_true, is_false},
    text::non_empty_or,
};

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
    /// The senior non-executive member (docs/rules.md `board.senior_non_executive`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub senior_non_executive: bool,
    #[serde(default)]
    pub notes: String,
    /// What the seat costs a year in whole pounds, overriding its role's cost in an appraisal
    /// (`BoardCost`); `None` takes the role's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_cost: Option<u64>,
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
            annual_cost: None,
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

    /// The title a card in the seat's band shows: a partner member's card names only its
    /// sector ("Primary medical services"), as the band says the rest.
    pub fn card_title(&self) -> String {
        let label = self.label();
        match label.strip_prefix("Partner member: ") {
            Some(sector) => super::text::upper_first(sector),
            None => label,
        }
    }

    /// [`Seat::label`] cut to `max` characters, without copying a long title first.
    pub fn label_cut(&self, max: usize) -> String {
        if self.title.trim().is_empty() {
            super::cut(&self.role.name(), max)
        } else {
            super::cut(self.title.trim(), max)
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
    /// ISO date the term began (docs/rules.md section 7); empty when not known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub appointed: String,
    /// ISO date the term ends; empty when not known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub term_ends: String,
    /// Declared interests (the register of interests).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interests: Vec<super::Interest>,
    /// ISO date of the last declaration of interests, a nil return included
    /// (`people.declaration_due`); empty when none is recorded.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub interests_declared: String,
    /// ISO date of the last fit and proper person assessment (`people.fppt_due`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fppt_assessed: String,
    /// The outcome of that assessment: dates and outcomes only, never the evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fppt_outcome: Option<super::FpptOutcome>,
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
            interests_declared: String::new(),
            fppt_assessed: String::new(),
            fppt_outcome: None,
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
    /// The organisation is a private healthcare provider (docs/rules.md `board.private_healthcare`).
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
