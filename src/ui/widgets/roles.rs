//! The roles a board can have, as the palette groups them and the inspector offers them, each
//! with what the framework asks of it.

use crate::model::{ExecutiveRole, Expertise, PartnerSector, Role};

/// A palette entry: the chip's text, the role it adds, and what the framework asks of it.
pub struct PaletteEntry {
    pub label: &'static str,
    pub role: Role,
    pub expertise: Vec<Expertise>,
    pub requirement: &'static str,
}

fn entry(label: &'static str, role: Role, requirement: &'static str) -> PaletteEntry {
    PaletteEntry {
        label,
        role,
        expertise: Vec::new(),
        requirement,
    }
}

/// The palette's groups, in the framework's order.
pub fn palette_groups() -> Vec<(&'static str, Vec<PaletteEntry>)> {
    vec![
        (
            "Non-executive",
            vec![
                entry(
                    "Chair",
                    Role::Chair,
                    "Exactly one, independent: no other post in a health or care organisation in the footprint. (policy: DF2021, NHSE-GOV)",
                ),
                entry(
                    "Non-executive member",
                    Role::NonExecutive,
                    "At least 2 besides the chair; normally no post in other health and care organisations in the footprint. (policy: DF2021)",
                ),
            ],
        ),
        (
            "Executive",
            vec![
                entry(
                    "Chief executive",
                    Role::ChiefExecutive,
                    "Exactly one: the accountable officer. (policy: DF2021)",
                ),
                entry(
                    "Director of finance",
                    Role::Executive(ExecutiveRole::Finance),
                    "Required. Executives are normally full-time employees of the ICB. (policy: DF2021)",
                ),
                entry(
                    "Medical director",
                    Role::Executive(ExecutiveRole::Medical),
                    "Required under df2021; expected, not required, since 2025 (policy: DF2021)",
                ),
                entry(
                    "Director of nursing",
                    Role::Executive(ExecutiveRole::Nursing),
                    "Required under df2021; expected, not required, since 2025 (policy: DF2021)",
                ),
                entry(
                    "Other executive",
                    Role::Executive(ExecutiveRole::Other("Other executive".into())),
                    "Counts towards the 4 executives but meets none of the named roles; name the post in the inspector. (policy: DF2021)",
                ),
            ],
        ),
        (
            "Partner members",
            vec![
                entry(
                    "Partner: trusts",
                    Role::PartnerMember(PartnerSector::Trusts),
                    "At least one, from NHS trusts and foundation trusts in the footprint; brings the sector's perspective, not its delegate. (law: NHSA2006 Sch 1B para 8)",
                ),
                entry(
                    "Partner: primary care",
                    Role::PartnerMember(PartnerSector::PrimaryCare),
                    "At least one, from primary medical services providers. (law: NHSA2006 Sch 1B para 8)",
                ),
                entry(
                    "Partner: local authority",
                    Role::PartnerMember(PartnerSector::LocalAuthority),
                    "At least one, from a local authority with social-care responsibility in the footprint. (law: NHSA2006 Sch 1B para 8)",
                ),
                entry(
                    "Partner: mayor's nominee",
                    Role::PartnerMember(PartnerSector::StrategicAuthority),
                    "Under the Health Bill, one nominated by the mayor of each mayoral strategic authority. (bill: BILL2026)",
                ),
                entry(
                    "Partner: other",
                    Role::PartnerMember(PartnerSector::Other("Other partner".into())),
                    "Counts towards the 3 partner members (e.g. a mental health trust member). (law: NHSA2006 Sch 1B para 3)",
                ),
            ],
        ),
        (
            "Participants (non-voting)",
            vec![
                PaletteEntry {
                    label: "Director of public health",
                    role: Role::Participant("Director of Public Health".into()),
                    expertise: vec![Expertise::PublicHealth],
                    requirement: "A director of public health should have an official role. Participants do not count towards minimums. (policy: DF2021)",
                },
                entry(
                    "Healthwatch",
                    Role::Participant("Healthwatch".into()),
                    "Non-voting; not counted towards any minimum.",
                ),
                entry(
                    "VCSE",
                    Role::Participant("VCSE".into()),
                    "Non-voting; not counted towards any minimum.",
                ),
                entry(
                    "Other participant",
                    Role::Participant("Participant".into()),
                    "Non-voting; not counted towards any minimum.",
                ),
            ],
        ),
    ]
}
