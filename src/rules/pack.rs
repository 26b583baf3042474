//! Rules as data: every rule id of `shared/domain/RULES.md` with its severity, source and summary,
//! and the thresholds, gathered in one [`RulePack`].

pub use crate::model::Severity;

macro_rules! rules {
    ($( $variant:ident = $id:literal, $severity:ident, $source:literal, $summary:literal; )*) => {
        /// A rule's stable id. The declaration order is the rule order used to sort findings.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleId { $( $variant, )* }

        impl RuleId {
            pub const ALL: &'static [RuleId] = &[ $( RuleId::$variant, )* ];

            /// The id as written in RULES.md, e.g. `board.exec_finance`.
            pub fn as_str(self) -> &'static str {
                match self { $( RuleId::$variant => $id, )* }
            }

            /// The severity the default pack gives the rule.
            pub fn default_severity(self) -> Severity {
                match self { $( RuleId::$variant => Severity::$severity, )* }
            }

            /// The short name of the source to cite ("says who?").
            pub fn source(self) -> &'static str {
                match self { $( RuleId::$variant => $source, )* }
            }

            /// What the rule asks for, in one sentence.
            pub fn summary(self) -> &'static str {
                match self { $( RuleId::$variant => $summary, )* }
            }
        }
    };
}

rules! {
    BoardChair = "board.chair", Error, "DF2021", "Exactly one chair.";
    BoardChairIndependent = "board.chair_independent", Error, "DF2021, HCA2022", "The chair is independent: no other post in a health or care organisation in the footprint.";
    BoardNedMin = "board.ned_min", Error, "DF2021", "At least 2 independent non-executive members besides the chair.";
    BoardNedIndependent = "board.ned_independent", Warning, "DF2021", "Non-executive members normally hold no post in other health and care organisations in the footprint.";
    BoardChiefExecutive = "board.chief_executive", Error, "DF2021", "Exactly one chief executive (the accountable officer).";
    BoardExecFinance = "board.exec_finance", Error, "DF2021", "A director of finance.";
    BoardExecMedical = "board.exec_medical", Error, "DF2021", "A medical director.";
    BoardExecNursing = "board.exec_nursing", Error, "DF2021", "A director of nursing.";
    BoardExecFullTime = "board.exec_full_time", Warning, "DF2021", "Executive members are normally full-time employees of the ICB.";
    BoardPartnerTrusts = "board.partner_trusts", Error, "DF2021", "At least one partner member from NHS trusts and foundation trusts in the footprint.";
    BoardPartnerPrimaryCare = "board.partner_primary_care", Error, "DF2021", "At least one partner member from primary care (primary medical services) providers.";
    BoardPartnerLocalAuthority = "board.partner_local_authority", Error, "DF2021", "At least one partner member from a local authority with social-care responsibility in the footprint.";
    BoardPartnerMin = "board.partner_min", Error, "DF2021", "At least 3 partner members in all.";
    BoardMinimumSize = "board.minimum_size", Error, "DF2021 (Mills & Reeve summary)", "At least 4 executives, 3 non-executives (chair included) and 3 partner members.";
    BoardDistinctPeople = "board.distinct_people", Error, "inferred from DF2021", "One person may not fill two seats that each count towards a minimum.";
    BoardPartnerNotDelegate = "board.partner_not_delegate", Info, "DF2021", "Partner members bring a sector's perspective but do not act as its delegates.";
    BoardMentalHealthExpertise = "board.mental_health_expertise", Warning, "HCA2022", "At least one voting member has knowledge and experience of mental health services.";
    BoardPublicHealth = "board.public_health", Warning, "DF2021", "A director of public health has an official role (a seat or a participant place).";
    BoardNedMajority = "board.ned_majority", Advice, "NHSP2021", "Non-executives (chair and NEDs) form a majority of the voting board.";
    BoardNhsLaParity = "board.nhs_la_parity", Advice, "NHSP2021", "NHS and local-authority representation on the board are in balance.";
    BoardDeputyChair = "board.deputy_chair", Advice, "HCA2022", "Name a deputy chair who is a non-executive member and not the audit committee chair.";
    BoardVacancy = "board.vacancy", Info, "—", "A seat has no holder yet.";
    BoardParticipantsNotCounted = "board.participants_not_counted", Info, "—", "Participants are shown but not counted towards any minimum.";
    CommitteeAuditRequired = "committee.audit_required", Error, "DF2021", "The board establishes an audit committee.";
    CommitteeRemunerationRequired = "committee.remuneration_required", Error, "DF2021", "The board establishes a remuneration committee.";
    CommitteeAuditChair = "committee.audit_chair", Warning, "HCA2022", "The audit committee is chaired by an independent non-executive member (not the board chair), ideally with finance expertise.";
    CommitteeAuditNoExecutives = "committee.audit_no_executives", Warning, "HCA2022", "Executive members are not members of the audit committee (they may attend).";
    CommitteeRemunerationChair = "committee.remuneration_chair", Warning, "HCA2022", "The remuneration committee is chaired by a non-executive member other than the board chair and the audit chair.";
    CommitteeRemunerationNoEmployees = "committee.remuneration_no_employees", Warning, "HCA2022", "No employee of the ICB (executive) is a member of the remuneration committee.";
    CommitteeMemberExists = "committee.member_exists", Error, "—", "Every committee member and chair that refers to a board seat refers to one that exists.";
    CommitteeQuorum = "committee.quorum", Warning, "good practice", "A committee with fewer than 3 members cannot be quorate in practice.";
    PlaceModelRequirements = "place.model_requirements", Error, "DF2021", "The chosen place model's required fields are filled in and its forbidden ones are absent.";
    PlaceAccountability = "place.accountability", Info, "DF2021", "The ICB remains accountable for NHS resources deployed at place.";
    PlaceMemberPrimaryCare = "place.member_primary_care", Warning, "DF2021", "Place partnership membership covers primary care leadership.";
    PlaceMemberLocalAuthority = "place.member_local_authority", Warning, "DF2021", "Place partnership membership covers the local authority.";
    PlaceMemberPublicHealth = "place.member_public_health", Warning, "DF2021", "Place partnership membership includes the director of public health.";
    PlaceMemberProviders = "place.member_providers", Warning, "DF2021", "Place partnership membership covers providers of acute, community and mental health services.";
    PlaceMemberCommunity = "place.member_community", Warning, "DF2021", "Place partnership membership includes representation from communities (Healthwatch, VCSE).";
    PlaceMemberExtended = "place.member_extended", Advice, "PLACE2021", "Also consider provider collaboratives, social care providers, VCSE, Healthwatch and elected members.";
    PlaceUniqueNames = "place.unique_names", Error, "—", "Two places may not share a name.";
    SystemPlacesDefined = "system.places_defined", Advice, "DF2021", "At least one place is designed (most ICSs have 2 to 10).";
    SystemPrimaryCareAllLevels = "system.primary_care_all_levels", Warning, "DF2021", "Primary care is represented at every level: the board and each place.";
    SystemVcseAgreement = "system.vcse_agreement", Advice, "DF2021", "A formal agreement embeds the VCSE sector in system-level governance.";
    SystemProviderCollaboratives = "system.provider_collaboratives", Advice, "DF2021", "Every trust providing acute or mental health services is in at least one provider collaborative.";
    PartnershipIcbMember = "partnership.icb_member", Error, "DF2021", "The ICB is a member of the partnership.";
    PartnershipLocalAuthorities = "partnership.local_authorities", Warning, "DF2021", "Every local authority named by a place is a member of the partnership.";
    PartnershipChair = "partnership.chair", Warning, "DF2021", "The partnership chair is jointly selected by the ICB and the local authorities.";
    PartnershipCommunity = "partnership.community", Warning, "DF2021", "People and communities are represented (Healthwatch or VCSE).";
    PartnershipParity = "partnership.parity", Advice, "NHSP2021", "NHS and local-authority membership of the partnership are in balance.";
    PartnershipStrategy = "partnership.strategy", Info, "DF2021", "The partnership writes the integrated care strategy, which the ICB's plan must have regard to.";
}

impl RuleId {
    /// The rule with this id, e.g. `board.ned_min`.
    pub fn from_id(id: &str) -> Option<RuleId> {
        RuleId::ALL
            .iter()
            .copied()
            .find(|r| r.as_str() == id.trim())
    }

    /// What a threshold means for this rule, when it has one.
    pub fn threshold_meaning(self) -> Option<&'static str> {
        match self {
            RuleId::BoardNedMin => Some("non-executive members besides the chair"),
            RuleId::BoardPartnerMin => Some("partner members"),
            RuleId::BoardMinimumSize => Some("executives"),
            RuleId::CommitteeQuorum => Some("committee members for a quorum"),
            _ => None,
        }
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

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

/// A named set of rules with their severities and thresholds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulePack {
    pub id: String,
    pub name: String,
    pub version: String,
    settings: Vec<RuleSetting>,
    pub thresholds: Thresholds,
    /// The local changes applied to the pack, in words, for exports and the findings panel.
    pub local_changes: Vec<String>,
}

impl RulePack {
    /// The default pack: ICS Design Framework (June 2021).
    pub fn df2021() -> Self {
        Self {
            id: "df2021".to_owned(),
            name: "ICS Design Framework (June 2021)".to_owned(),
            version: "1".to_owned(),
            settings: RuleId::ALL
                .iter()
                .map(|r| RuleSetting {
                    enabled: true,
                    severity: r.default_severity(),
                })
                .collect(),
            thresholds: Thresholds::DF2021,
            local_changes: Vec::new(),
        }
    }

    /// The pack a design is checked against: DF2021 with the design's own local changes.
    pub fn for_design(design: &crate::model::Design) -> Self {
        let mut pack = Self::df2021();
        pack.apply(&design.rule_overrides);
        pack
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

    /// "ICS Design Framework (June 2021)", plus its local changes if any.
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

#[cfg(test)]
mod tests {
    use super::*;

    /// RULES.md lives in `../shared` beside the repository (as in CI); elsewhere these checks skip.
    fn rules_md() -> Option<String> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/domain/RULES.md");
        let text = std::fs::read_to_string(path).ok();
        if text.is_none() {
            eprintln!("{path} not found: skipping the RULES.md cross-check");
        }
        text
    }

    #[test]
    fn ids_are_unique_and_in_rules_md() {
        let Some(rules_md) = rules_md() else { return };
        let mut seen = std::collections::BTreeSet::new();
        for rule in RuleId::ALL {
            assert!(seen.insert(rule.as_str()), "duplicate {rule}");
            let row = format!(
                "| `{}` | {} |",
                rule.as_str(),
                rule.default_severity().as_str()
            );
            assert!(rules_md.contains(&row), "{row} not in RULES.md");
        }
    }

    #[test]
    fn every_rule_of_rules_md_is_implemented() {
        let Some(rules_md) = rules_md() else { return };
        for line in rules_md.lines() {
            let Some(rest) = line.strip_prefix("| `") else {
                continue;
            };
            let Some((id, _)) = rest.split_once('`') else {
                continue;
            };
            if id.contains('.') {
                assert!(
                    RuleId::ALL.iter().any(|r| r.as_str() == id),
                    "rule {id} of RULES.md has no RuleId"
                );
            }
        }
    }
}
