//! Section 5 of docs/rules.md: the Integrated Care Partnership (only when the design has one).

use std::collections::HashSet;

use super::{Collector, RuleId as R, Severity, Subject, community_gap, join_names};
use crate::model::{Design, PartnershipSector as S, name_key};

pub(super) fn check(design: &Design, out: &mut Collector) {
    let Some(partnership) = &design.partnership else {
        return;
    };
    let subject = || vec![Subject::Partnership];
    let has = |sector: &S| partnership.members.iter().any(|m| &m.sector == sector);

    if !has(&S::Icb) {
        out.push(
            R::PartnershipIcbMember,
            "The ICB is not a member of the partnership; it establishes the partnership with the local authorities.".into(),
            subject(),
        );
    }

    let members: HashSet<String> = partnership
        .members
        .iter()
        .filter(|m| m.sector == S::LocalAuthority)
        .flat_map(|m| [name_key(&m.name), name_key(&m.organisation)])
        .collect();
    let mut seen = HashSet::new();
    let missing: Vec<&str> = design
        .places
        .iter()
        .map(crate::model::Place::responsible_authority)
        .filter(|la| !la.is_empty() && seen.insert(name_key(la)))
        .filter(|la| !members.contains(&name_key(la)))
        .collect();
    if !missing.is_empty() {
        out.push(
            R::PartnershipLocalAuthorities,
            format!(
                "Responsible local authorities of the places are not members of the partnership: {}.",
                join_names(&missing)
            ),
            subject(),
        );
    }

    if !partnership.chair_jointly_selected {
        out.push(
            R::PartnershipChair,
            "The partnership chair is not marked as jointly selected by the ICB and the local authorities.".into(),
            subject(),
        );
    }
    if partnership.chair_shared_with_icb {
        out.push_milder(
            R::PartnershipChair,
            Severity::Info,
            "The partnership chair is also the ICB chair, which the framework allows.".into(),
            subject(),
        );
    }

    if let Some(gap) = community_gap(has(&S::Healthwatch), has(&S::Vcse), out.pack()) {
        out.push(
            R::PartnershipCommunity,
            format!("In the partnership, {gap}."),
            subject(),
        );
    }

    let (nhs, local) = partnership.members_by_side();
    if nhs != local {
        out.push(
            R::PartnershipParity,
            format!(
                "Partnership members from the NHS: {nhs}; from local government: {local}. NHS Providers recommends balance so that neither side decides alone."
            ),
            subject(),
        );
    }

    out.push(
        R::PartnershipStrategy,
        format!(
            "{} is responsible for the integrated care strategy, which the ICB's plan must have regard to.",
            if partnership.name.trim().is_empty() {
                "The partnership"
            } else {
                partnership.name.trim()
            }
        ),
        subject(),
    );
}
