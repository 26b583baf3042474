//! Rules as data: every rule id of `docs/rules.md` with its severity, source and summary,
//! and the thresholds, gathered in one [`RulePack`].

pub use crate::model::Severity;

macro_rules! rules {
    ($( $variant:ident = $id:literal, $severity:ident, $basis:ident, $source:literal, $summary:literal; )*) => {
        /// A rule's stable id. The declaration order is the rule order used to sort findings.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleId { $( $variant, )* }

        impl RuleId {
            pub const ALL: &'static [RuleId] = &[ $( RuleId::$variant, )* ];

            /// The id as written in docs/rules.md, e.g. `board.exec_finance`.
            pub fn as_str(self) -> &'static str {
                match self { $( RuleId::$variant => $id, )* }
            }

            /// The severity docs/rules.md gives the rule (the `df2021` pack's).
            pub fn default_severity(self) -> Severity {
                match self { $( RuleId::$variant => Severity::$severity, )* }
            }

            /// What the rule rests on: law, a bill, NHS England policy or advice.
            pub fn basis(self) -> Basis {
                match self { $( RuleId::$variant => Basis::$basis, )* }
            }

            /// The source to cite ("says who?"), as docs/rules.md names it.
            pub fn source(self) -> &'static str {
                match self { $( RuleId::$variant => $source, )* }
            }

            /// The rule's sentence from docs/rules.md.
            pub fn summary(self) -> &'static str {
                match self { $( RuleId::$variant => $summary, )* }
            }
        }
    };
}

/// What a rule rests on (docs/rules.md "Sources"): the first question in the room is "says who?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Basis {
    Law,
    Bill,
    Policy,
    Advice,
}

impl Basis {
    pub const ALL: [Basis; 4] = [Basis::Law, Basis::Bill, Basis::Policy, Basis::Advice];

    /// The word shown next to the source: "law", "bill", "policy", "advice".
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Law => "law",
            Basis::Bill => "bill",
            Basis::Policy => "policy",
            Basis::Advice => "advice",
        }
    }

    /// What the word means, for tooltips and the rule reference.
    pub fn meaning(self) -> &'static str {
        match self {
            Basis::Law => "an Act of Parliament requires it",
            Basis::Bill => "a bill before Parliament would require it (not law until Royal Assent)",
            Basis::Policy => "NHS England requires it; NHS England can change it",
            Basis::Advice => "a recommendation or good practice",
        }
    }
}

rules! {
    BoardChair = "board.chair", Error, Policy, "DF2021", "Exactly one chair. None → \"The board needs a chair\"; more than one → error too.";
    BoardChairIndependent = "board.chair_independent", Error, Policy, "DF2021, NHSE-GOV", "The chair is independent: no other post in a health or care organisation in the footprint. (Policy: the Act does not say it.)";
    BoardNedMin = "board.ned_min", Error, Policy, "DF2021", "At least 2 independent NEDs besides the chair.";
    BoardNedIndependent = "board.ned_independent", Warning, Policy, "DF2021", "NEDs normally hold no post or office in other health and care organisations within the footprint.";
    BoardChiefExecutive = "board.chief_executive", Error, Policy, "DF2021", "Exactly one chief executive (the accountable officer).";
    BoardExecFinance = "board.exec_finance", Error, Policy, "DF2021", "A director of finance.";
    BoardExecMedical = "board.exec_medical", Error, Policy, "DF2021", "A medical director.";
    BoardExecNursing = "board.exec_nursing", Error, Policy, "DF2021", "A director of nursing.";
    BoardExecFullTime = "board.exec_full_time", Warning, Policy, "DF2021", "Executive members are normally full-time employees of the ICB.";
    BoardPartnerTrusts = "board.partner_trusts", Error, Law, "NHSA2006 Sch 1B para 8", "At least one partner member from NHS trusts / foundation trusts providing services in the footprint.";
    BoardPartnerPrimaryCare = "board.partner_primary_care", Error, Law, "NHSA2006 Sch 1B para 8", "At least one partner member from primary care (primary medical services) providers.";
    BoardPartnerLocalAuthority = "board.partner_local_authority", Error, Law, "NHSA2006 Sch 1B para 8", "At least one partner member from a local authority with social-care responsibility in the footprint.";
    BoardPartnerMin = "board.partner_min", Error, Law, "NHSA2006 Sch 1B para 3", "At least 3 partner members in all.";
    BoardPartnerStrategicAuthority = "board.partner_strategic_authority", Error, Bill, "BILL2026", "Only in the bill2026 pack: one partner member (PartnerMember(StrategicAuthority)) for each mayoral strategic authority listed in system_level.strategic_authorities; message lists the authorities without one.";
    BoardMinimumSize = "board.minimum_size", Error, Policy, "DF2021 (Mills & Reeve summary)", "Summary rule: at least 4 executives, 3 NEDs (chair included) and 3 partner members. Report it once with the counts, e.g. \"Executives 3 of 4\".";
    BoardDistinctPeople = "board.distinct_people", Error, Advice, "inferred from DF2021", "One person may not fill two seats that each count towards a different minimum (e.g. the chief executive cannot also be the finance director).";
    BoardPrivateHealthcare = "board.private_healthcare", Warning, Law, "NHSA2006 Sch 1B para 4", "A member holds a post with a private healthcare provider (other post with private_healthcare: true): the Act bars an appointment that could reasonably be regarded as undermining the independence of the health service because of involvement with the private healthcare sector. Message names the member and the post; the appointer must judge.";
    BoardPartnerNotDelegate = "board.partner_not_delegate", Info, Policy, "DF2021", "Reminder shown on every partner seat: partner members bring a sector's perspective but do not act as its delegates.";
    BoardMentalHealthExpertise = "board.mental_health_expertise", Error, Law, "NHSA2006 Sch 1B; NHSE-GOV", "At least one ordinary member (a voting member other than the chair and the chief executive) has knowledge and experience of mental health services (expertise tag MentalHealth): the chair approves the ordinary members with a view to ensuring it.";
    BoardPublicHealth = "board.public_health", Warning, Policy, "DF2021", "A director of public health has an official role (a seat or a participant place).";
    BoardNedMajority = "board.ned_majority", Advice, Advice, "NHSP2021", "NHS Providers recommends that non-executives (chair and NEDs) form a majority of the voting board. Show the count, e.g. \"3 of 11 voting members are non-executive\".";
    BoardNhsLaParity = "board.nhs_la_parity", Advice, Advice, "NHSP2021", "NHS and local-authority partner members in balance. NHS = partner members for trusts and primary care; local authority = local-authority partner members; Other(..) partner members are shown as \"other\" and counted on neither side. Show the three counts.";
    BoardDeputyChair = "board.deputy_chair", Advice, Policy, "HCA2022, NHSE-GOV", "Name a deputy chair, who is a NED and not the audit committee chair.";
    BoardSeniorNonExecutive = "board.senior_non_executive", Advice, Policy, "NHSE-GOV", "Name one NED the senior non-executive member (supports the chair's appraisal, sounding board, mediator). They may also be the deputy chair, but not if they chair the audit committee. Seat field senior_non_executive (optional, default false); more than one marked is a finding too.";
    BoardVacancy = "board.vacancy", Info, Advice, "—", "A seat has no holder yet.";
    BoardParticipantsNotCounted = "board.participants_not_counted", Info, Advice, "—", "Participants are shown but not counted towards any minimum.";
    CommitteeAuditRequired = "committee.audit_required", Error, Policy, "DF2021", "The board establishes an audit committee.";
    CommitteeRemunerationRequired = "committee.remuneration_required", Error, Policy, "DF2021", "The board establishes a remuneration committee.";
    CommitteeAuditChair = "committee.audit_chair", Warning, Policy, "HCA2022", "The audit committee is chaired by an independent NED (not the board chair), ideally with finance expertise (advice if the NED lacks the finance tag).";
    CommitteeAuditNoExecutives = "committee.audit_no_executives", Warning, Policy, "HCA2022", "Executive members are not members of the audit committee (they may attend).";
    CommitteeRemunerationChair = "committee.remuneration_chair", Warning, Policy, "HCA2022 (e.g. Lincolnshire, Herts & West Essex constitutions)", "The remuneration committee is chaired by a NED other than the board chair and the audit chair.";
    CommitteeRemunerationNoEmployees = "committee.remuneration_no_employees", Warning, Policy, "HCA2022 (Herts & West Essex constitution)", "No employee of the ICB (executive) is a member of the remuneration committee.";
    CommitteeMemberExists = "committee.member_exists", Error, Advice, "—", "Every committee member that refers to a board seat refers to one that exists (a dangling reference after a seat is deleted is a bug the UI must prevent; the check catches hand-edited files).";
    CommitteeQuorum = "committee.quorum", Warning, Advice, "good practice", "A committee with fewer than 3 members cannot be quorate in practice.";
    PlaceModelRequirements = "place.model_requirements", Error, Policy, "DF2021", "The chosen model's \"needs\" are filled in and its \"forbids\" are absent (one finding per missing field, message names the field).";
    PlaceAccountability = "place.accountability", Info, Policy, "DF2021", "For every model except consultative_forum: \"The ICB remains accountable for NHS resources deployed at place.\"";
    PlaceMemberPrimaryCare = "place.member_primary_care", Warning, Policy, "DF2021", "Place partnership membership covers primary care leadership.";
    PlaceMemberLocalAuthority = "place.member_local_authority", Warning, Policy, "DF2021", "…covers the local authority.";
    PlaceMemberPublicHealth = "place.member_public_health", Warning, Policy, "DF2021", "…includes the director of public health.";
    PlaceMemberProviders = "place.member_providers", Warning, Policy, "DF2021", "…covers providers of acute, community and mental health services (message lists which are missing).";
    PlaceMemberCommunity = "place.member_community", Warning, Policy, "DF2021", "…includes representation from communities (e.g. Healthwatch, VCSE).";
    PlaceMemberExtended = "place.member_extended", Advice, Advice, "PLACE2021", "Thriving places suggests also: PCN clinical directors, provider collaboratives, social care providers, VCSE, Healthwatch, elected members.";
    PlaceUniqueNames = "place.unique_names", Error, Advice, "—", "Two places may not share a name.";
    SystemPlacesDefined = "system.places_defined", Advice, Policy, "DF2021", "At least one place is designed (most ICSs have 2–10).";
    SystemPrimaryCareAllLevels = "system.primary_care_all_levels", Warning, Policy, "DF2021", "Primary care is represented at every level: board, and each place.";
    SystemVcseAgreement = "system.vcse_agreement", Warning, Policy, "DF2021", "A formal agreement embeds the VCSE sector in system-level governance (a yes/no the user ticks).";
    SystemProviderCollaboratives = "system.provider_collaboratives", Warning, Policy, "DF2021", "Every trust providing acute or mental health services is in at least one provider collaborative (a list the user keeps).";
    PartnershipIcbMember = "partnership.icb_member", Error, Law, "LGPIHA2007 s116ZA", "The ICB is a member (it establishes the partnership with the local authorities).";
    PartnershipLocalAuthorities = "partnership.local_authorities", Error, Law, "LGPIHA2007 s116ZA", "Every responsible local authority of the places is a member of the partnership: the ICB and each responsible local authority (the authority with social-care functions) establish it. A place's responsible authority is its county_council where set (a district council's place in a two-tier area), otherwise its local_authority; a district council itself is not required. Message lists the missing ones.";
    PartnershipChair = "partnership.chair", Warning, Policy, "DF2021", "The chair is jointly selected by the ICB and the local authorities (a yes/no the user ticks); a chair shared with the ICB is allowed (info says so).";
    PartnershipCommunity = "partnership.community", Warning, Policy, "DF2021", "People and communities are represented (Healthwatch or VCSE).";
    PartnershipParity = "partnership.parity", Advice, Advice, "NHSP2021", "NHS and local-authority membership in balance, so that neither side decides alone. Show both counts.";
    PartnershipStrategy = "partnership.strategy", Info, Policy, "DF2021", "The partnership is responsible for the integrated care strategy, which the ICB's plan must have regard to.";
    ClusterMembers = "cluster.members", Error, Advice, "CLUSTERS2025", "A cluster has at least two ICBs, with distinct names and short names.";
    ClusterSharedPosts = "cluster.shared_posts", Info, Advice, "CLUSTERS2025", "Who holds posts in more than one ICB of the cluster, with the posts (\"Dr A: chair of NV, chair of SD\"). One finding per person.";
    ClusterSharedRoleConflict = "cluster.shared_role_conflict", Warning, Policy, "DF2021 (independence), inferred", "One person is executive (chief executive or executive) in one ICB and non-executive (chair or NED) in another, or chair/NED in one and partner member in another: independence cannot hold across the cluster.";
    ClusterLocalAuthorityOneIcb = "cluster.local_authority_one_icb", Warning, Policy, "BLUEPRINT2025", "A local authority (a place's local_authority) appears in more than one ICB of the cluster. Message names the authority and the ICBs.";
    ClusterPopulation = "cluster.population", Advice, Policy, "BLUEPRINT2025", "The cluster's population (sum of the ICBs' population, when all are given) is under 1,000,000: too small for a merged ICB. When any population is missing, say which ICBs lack one (info).";
    ClusterJointCommitteeMembers = "cluster.joint_committee_members", Error, Law, "NHSA2006 s65Z5", "A joint committee has members from at least two ICBs of the cluster, and every Member(icb, seat) names an ICB and a seat that exist.";
    ClusterJointCommitteeChair = "cluster.joint_committee_chair", Warning, Advice, "good practice", "A joint committee's chair is one of its members.";
    ClusterJointCommitteeFunctions = "cluster.joint_committee_functions", Warning, Law, "NHSA2006 s65Z5", "A joint committee states the functions delegated to it (joint exercise of functions needs them written down).";
    MergerSuccessor = "merger.successor", Info, Advice, "CLUSTERS2025", "The cluster has no successor design yet (\"Propose a successor\" builds one); or, when it has one, its name and date.";
    MergerLocalAuthorities = "merger.local_authorities", Error, Policy, "BLUEPRINT2025", "Every local authority of a predecessor's places is in a place of the successor, or listed as moving to another ICB (boundary_changes). Message lists the authorities left out.";
    MergerPlaces = "merger.places", Warning, Advice, "CLUSTERS2025", "Every place of every predecessor is carried into the successor (a successor place with the same name, or one whose formed_from lists it), except a place whose local authority is listed as moving in boundary_changes (it goes with its authority). Message lists the places dropped.";
    MergerTransition = "merger.transition", Info, Advice, "—", "The transition in counts: posts that continue (same person in the successor), change (same person, another role), end (a predecessor holder not in the successor), and new (a successor holder in no predecessor); vacancies by role.";
    PeopleTermEnded = "people.term_ended", Warning, Advice, "CODE2022", "A holder's term_ends is on or before the as_at date: the seat is vacant on that date. Message names the seat, the holder and the date.";
    PeopleTermMissing = "people.term_missing", Info, Advice, "CODE2022", "A chair or NED holder has no term_ends: the board's renewal cannot be planned. One finding listing the seats.";
    PeopleTermsCliff = "people.terms_cliff", Advice, Advice, "CODE2022", "More than half of the non-executive seats (chair and NEDs) with a holder have terms ending within the same 12 months: the board loses its memory at once. Message names the months and the seats.";
    PeopleInterestConflict = "people.interest_conflict", Warning, Policy, "COI2017", "The chair or a NED declares a Financial interest in an organisation that the design names as a trust, a place's lead provider or joint-committee partner, or a provider-collaborative member (names compared trimmed and case-insensitively). Message names the member, the interest and where the organisation appears.";
    PeopleSkillsGap = "people.skills_gap", Info, Advice, "CODE2022", "The expertise tags that no voting member holds, listed once (e.g. \"No voting member brings Digital, Lived experience\").";
    PeopleFpptDue = "people.fppt_due", Warning, Policy, "FPPT2023", "Only in nhse2025 and bill2026: a voting member's holder in post (an appointed date on or before the as_at date; a holder without one is a proposal, not yet in post) has no fit and proper person assessment on record (fppt_assessed empty), one more than 12 months before the as_at date, or an outcome Pending. One finding listing each seat, holder and the date the assessment fell due (or \"none recorded\").";
    PeopleFpptNotFit = "people.fppt_not_fit", Error, Policy, "FPPT2023", "Only in nhse2025 and bill2026: a holder (in post or proposed) whose fppt_outcome is NotFit: the person cannot hold a board seat. Message names the seat and the holder.";
    PeopleDeclarationDue = "people.declaration_due", Warning, Policy, "COI2017", "Only in nhse2025 and bill2026: a voting member's holder in post (as for people.fppt_due) has made no declaration of interests (a nil return counts: interests_declared) in the 12 months before the as_at date. One finding listing the seats.";
    AppraisalOptions = "appraisal.options", Error, Advice, "GREENBOOK", "At least two options.";
    AppraisalOptionUnreadable = "appraisal.option_unreadable", Error, Advice, "—", "An option's file is missing or refused; the message carries the reader's own message (line and column). The other options are still scored.";
    AppraisalWeights = "appraisal.weights", Warning, Advice, "GREENBOOK", "The weights do not sum to 100 (they are normalised), or a criterion has weight 0.";
    AppraisalScoreMissing = "appraisal.score_missing", Warning, Advice, "GREENBOOK", "A Manual criterion has no score for an option (scored 0 in the totals). One finding listing the pairs.";
    AppraisalNoCosts = "appraisal.no_costs", Info, Advice, "—", "A BoardCost criterion while no seat of any option has a cost: the criterion is left out of the totals.";
    AppraisalNotRecommendable = "appraisal.not_recommendable", Warning, Advice, "—", "The option ranked first has errors under its pack: it cannot be recommended as it stands.";
    AppraisalCloseCall = "appraisal.close_call", Advice, Advice, "GREENBOOK", "The top two totals are within 2 points, or a weight move of under 10 points changes the winner: the message names the criterion and the move.";
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
