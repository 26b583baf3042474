//! The rule packs, the rules of a date (docs/rules.md "Rule packs"), as data: what each pack builds
//! on and how it differs, and the local changes a design makes on top.

use super::pack::{RuleId, Severity};

/// The numeric minimums of a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thresholds {
    /// Independent NEDs besides the chair (`board.ned_min`).
    pub ned_min: usize,
    /// Executives, chief executive included (`board.minimum_size`).
    pub executives_min: usize,
    /// Non-executives, chair included (`board.minimum_size`).
    pub non_executives_min: usize,
    /// Partner members in all (`board.partner_min`, `board.minimum_size`).
    pub partner_min: usize,
    /// Members below which a committee cannot be quorate (`committee.quorum`).
    pub committee_quorum: usize,
}

impl Thresholds {
    /// DF2021's minimums (Mills & Reeve summary).
    pub const DF2021: Thresholds = Thresholds {
        ned_min: 2,
        executives_min: 4,
        non_executives_min: 3,
        partner_min: 3,
        committee_quorum: 3,
    };
}

/// One rule's setting in a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleSetting {
    pub enabled: bool,
    pub severity: Severity,
}

/// How a pack changes one rule from the pack it builds on.
#[derive(Debug, Clone, Copy)]
enum Change {
    Off,
    On(Severity),
}

/// One rule pack as data (docs/rules.md "Rule packs"): what it builds on and how it differs.
struct PackDef {
    id: &'static str,
    title: &'static str,
    date: &'static str,
    describes: &'static str,
    summary: &'static str,
    base: Option<&'static str>,
    changes: &'static [(RuleId, Change)],
    executives_min: Option<usize>,
    /// `Some(false)`: Healthwatch no longer counts as community representation.
    healthwatch_is_community: Option<bool>,
    /// Said after the message of every finding whose basis is NHS England policy.
    policy_note: Option<&'static str>,
}

const PACKS: &[PackDef] = &[
    PackDef {
        id: "df2021",
        title: "ICS Design Framework (June 2021)",
        date: "2021-06-16",
        describes: "the first boards, 2021-22",
        summary: "The minimums of the June 2021 framework: medical and nursing directors required, 4 executives.",
        base: None,
        // The fit and proper person framework dates from 2023.
        changes: &[
            (RuleId::BoardPartnerStrategicAuthority, Change::Off),
            (RuleId::PeopleFpptDue, Change::Off),
            (RuleId::PeopleFpptNotFit, Change::Off),
            (RuleId::PeopleDeclarationDue, Change::Off),
        ],
        executives_min: None,
        healthwatch_is_community: Some(true),
        policy_note: None,
    },
    PackDef {
        id: "nhse2025",
        title: "Law and NHS England policy, 2025-26",
        date: "2025-05-01",
        describes: "boards today, clusters and mergers",
        summary: "Today's rules: medical and nursing directors are expected, not required; 2 executives at least; a deputy chair and a senior non-executive named; fit and proper person assessments and declarations kept up to date.",
        base: Some("df2021"),
        changes: &[
            (RuleId::BoardExecMedical, Change::On(Severity::Warning)),
            (RuleId::BoardExecNursing, Change::On(Severity::Warning)),
            // NHSE-GOV asks every ICB to name both.
            (RuleId::BoardDeputyChair, Change::On(Severity::Warning)),
            (
                RuleId::BoardSeniorNonExecutive,
                Change::On(Severity::Warning),
            ),
            // FPPT2023 and COI2017: the year of a board.
            (RuleId::PeopleFpptDue, Change::On(Severity::Warning)),
            (RuleId::PeopleFpptNotFit, Change::On(Severity::Error)),
            (RuleId::PeopleDeclarationDue, Change::On(Severity::Warning)),
        ],
        executives_min: Some(2),
        healthwatch_is_community: None,
        policy_note: None,
    },
    PackDef {
        id: "bill2026",
        title: "Health Bill as introduced (14 May 2026)",
        date: "2026-05-14",
        describes: "planning for the bill becoming law",
        summary: "As today, plus a mayor's nominee for each strategic authority; no required partnership or local-authority member; no Healthwatch.",
        base: Some("nhse2025"),
        changes: &[
            (
                RuleId::BoardPartnerStrategicAuthority,
                Change::On(Severity::Error),
            ),
            (
                RuleId::BoardPartnerLocalAuthority,
                Change::On(Severity::Advice),
            ),
            (RuleId::PartnershipIcbMember, Change::On(Severity::Advice)),
            (
                RuleId::PartnershipLocalAuthorities,
                Change::On(Severity::Advice),
            ),
        ],
        executives_min: None,
        healthwatch_is_community: Some(false),
        policy_note: Some(
            "NHS England (functions passing to the Secretary of State under the bill) sets this.",
        ),
    },
];

/// A named set of rules with their severities and thresholds: the rules of a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulePack {
    pub id: String,
    /// The pack's title, e.g. "ICS Design Framework (June 2021)".
    pub name: String,
    pub version: String,
    /// The date the pack describes (ISO).
    pub date: &'static str,
    /// What the pack is for, e.g. "boards today, clusters and mergers".
    pub describes: &'static str,
    /// One line on how the pack differs.
    pub summary: &'static str,
    settings: Vec<RuleSetting>,
    pub thresholds: Thresholds,
    /// Healthwatch counts as community representation (not under the bill, which abolishes it).
    pub healthwatch_is_community: bool,
    /// Said after every finding whose basis is NHS England policy.
    pub policy_note: Option<&'static str>,
    /// The local changes applied to the pack, in words, for exports and the findings panel.
    pub local_changes: Vec<String>,
}

impl RulePack {
    /// The ids of every pack, oldest first.
    pub const IDS: [&'static str; 3] = ["df2021", "nhse2025", "bill2026"];

    /// The pack with this id, e.g. `nhse2025`.
    pub fn by_id(id: &str) -> Option<Self> {
        let def = PACKS.iter().find(|p| p.id == id.trim())?;
        let mut pack = match def.base {
            None => Self::as_rules_md(),
            Some(base) => Self::by_id(base)?,
        };
        def.id.clone_into(&mut pack.id);
        def.title.clone_into(&mut pack.name);
        pack.date = def.date;
        pack.describes = def.describes;
        pack.summary = def.summary;
        for &(rule, change) in def.changes {
            let setting = match change {
                Change::Off => RuleSetting {
                    enabled: false,
                    severity: pack.setting(rule).severity,
                },
                Change::On(severity) => RuleSetting {
                    enabled: true,
                    severity,
                },
            };
            pack.set(rule, setting);
        }
        if let Some(min) = def.executives_min {
            pack.thresholds.executives_min = min;
        }
        if let Some(counts) = def.healthwatch_is_community {
            pack.healthwatch_is_community = counts;
        }
        if def.policy_note.is_some() {
            pack.policy_note = def.policy_note;
        }
        Some(pack)
    }

    /// Every pack, oldest first.
    pub fn all() -> Vec<Self> {
        Self::IDS.iter().filter_map(|id| Self::by_id(id)).collect()
    }

    /// The pack of June 2021, which a file without `rule_pack` keeps.
    pub fn df2021() -> Self {
        Self::by_id("df2021").unwrap_or_else(Self::fallback)
    }

    /// The pack of today's rules, which new designs use.
    pub fn nhse2025() -> Self {
        Self::by_id("nhse2025").unwrap_or_else(Self::fallback)
    }

    /// Only reached if the table above lost a pack: every rule at its docs/rules.md severity.
    fn fallback() -> Self {
        Self {
            id: "df2021".to_owned(),
            name: "ICS Design Framework (June 2021)".to_owned(),
            date: "2021-06-16",
            ..Self::as_rules_md()
        }
    }

    /// Every rule enabled at the severity docs/rules.md's tables give it, with DF2021's minimums.
    fn as_rules_md() -> Self {
        Self {
            id: String::new(),
            name: String::new(),
            version: "1".to_owned(),
            date: "",
            describes: "",
            summary: "",
            settings: RuleId::ALL
                .iter()
                .map(|r| RuleSetting {
                    enabled: true,
                    severity: r.default_severity(),
                })
                .collect(),
            thresholds: Thresholds::DF2021,
            healthwatch_is_community: true,
            policy_note: None,
            local_changes: Vec::new(),
        }
    }

    /// The pack a design is checked against: the pack it names, with its own local changes.
    pub fn for_design(design: &crate::model::Design) -> Self {
        let mut pack = Self::by_id(&design.rule_pack).unwrap_or_else(Self::df2021);
        pack.apply(&design.rule_overrides);
        pack
    }

    /// Another pack (`check --pack`), with the design's own local changes on top.
    pub fn named_for_design(id: &str, design: &crate::model::Design) -> Option<Self> {
        let mut pack = Self::by_id(id)?;
        pack.apply(&design.rule_overrides);
        Some(pack)
    }

    /// "df2021 (ICS Design Framework (June 2021)), nhse2025 (...), ..." for error messages.
    pub fn list() -> String {
        PACKS
            .iter()
            .map(|p| format!("{} ({})", p.id, p.title))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Apply local changes (unknown rule ids are skipped; the loader reports them).
    pub fn apply(&mut self, overrides: &[crate::model::RuleOverride]) {
        for change in overrides {
            let Some(rule) = RuleId::from_id(&change.rule) else {
                continue;
            };
            let mut setting = self.setting(rule);
            let mut words = Vec::new();
            if !change.enabled {
                setting.enabled = false;
                words.push("switched off".to_owned());
            }
            if let Some(severity) = change.severity
                && severity != setting.severity
            {
                setting.severity = severity;
                words.push(format!("severity {}", severity.as_str()));
            }
            if let Some(value) = change.threshold {
                let value = value as usize;
                match rule {
                    RuleId::BoardNedMin => {
                        self.thresholds.ned_min = value;
                        // DF2021's "3 non-executives" is the chair and the NEDs besides.
                        self.thresholds.non_executives_min = value + 1;
                    }
                    RuleId::BoardPartnerMin => self.thresholds.partner_min = value,
                    RuleId::BoardMinimumSize => self.thresholds.executives_min = value,
                    RuleId::CommitteeQuorum => self.thresholds.committee_quorum = value,
                    _ => {}
                }
                if let Some(meaning) = rule.threshold_meaning() {
                    words.push(format!("at least {value} {meaning}"));
                }
            }
            self.set(rule, setting);
            if !words.is_empty() {
                let reason = if change.reason.trim().is_empty() {
                    String::new()
                } else {
                    format!(" ({})", change.reason.trim())
                };
                self.local_changes
                    .push(format!("{rule}: {}{reason}", words.join(", ")));
            }
        }
    }

    /// "Law and NHS England policy, 2025-26", plus its local changes if any.
    pub fn describe(&self) -> String {
        match self.local_changes.len() {
            0 => self.name.clone(),
            n => format!(
                "{} with {n} local change{}: {}",
                self.name,
                if n == 1 { "" } else { "s" },
                self.local_changes.join("; ")
            ),
        }
    }

    pub fn setting(&self, rule: RuleId) -> RuleSetting {
        self.settings
            .get(rule as usize)
            .copied()
            .unwrap_or(RuleSetting {
                enabled: true,
                severity: rule.default_severity(),
            })
    }

    pub fn set(&mut self, rule: RuleId, setting: RuleSetting) {
        if let Some(slot) = self.settings.get_mut(rule as usize) {
            *slot = setting;
        }
    }
}

impl Default for RulePack {
    fn default() -> Self {
        Self::df2021()
    }
}
