//! Sections 3 and 4 of docs/rules.md: places and their five models, and the whole system.

use super::{BoardSummary, Collector, RuleId as R, Subject, community_gap, join_names};
use crate::model::{
    Design, Place, PlaceModel, Sector, TrustService,
    names::{cmp_keys, repeated_groups},
};

pub(super) fn check(design: &Design, summary: &BoardSummary, out: &mut Collector) {
    unique_names(design, out);
    let mut accountable = Vec::new();
    for place in &design.places {
        model_requirements(place, out);
        if !matches!(place.model, PlaceModel::ConsultativeForum) {
            accountable.push(place);
        }
        membership(place, out);
    }
    if !accountable.is_empty() {
        let names: Vec<&str> = accountable.iter().map(|p| p.name.as_str()).collect();
        out.push(
            R::PlaceAccountability,
            format!(
                "The ICB remains accountable for NHS resources deployed at place ({}).",
                join_names(&names)
            ),
            accountable.iter().map(|p| Subject::Place(p.id)).collect(),
        );
    }
    system(design, summary, out);
}

fn unique_names(design: &Design, out: &mut Collector) {
    let names: Vec<&str> = design.places.iter().map(|p| p.name.as_str()).collect();
    for group in repeated_groups(&names) {
        let places: Vec<&Place> = group.iter().filter_map(|&i| design.places.get(i)).collect();
        let name = places.first().map_or("", |p| p.name.trim());
        out.push(
            R::PlaceUniqueNames,
            format!(
                "{} places are called \"{name}\"; each place needs its own name.",
                places.len()
            ),
            places.iter().map(|p| Subject::Place(p.id)).collect(),
        );
    }
}

fn model_requirements(place: &Place, out: &mut Collector) {
    let kind = place.model.kind();
    let mut missing = |what: &str| {
        out.push(
            R::PlaceModelRequirements,
            format!(
                "{} ({}): {what}.",
                place.name,
                crate::model::text::lower_first(kind.name())
            ),
            vec![Subject::Place(place.id)],
        );
    };
    let blank = |s: &str| s.trim().is_empty();
    match &place.model {
        PlaceModel::ConsultativeForum => {
            if place.delegated_budget.is_some() {
                missing(
                    "a consultative forum cannot hold a delegated budget; remove the budget or choose a model with delegated authority",
                );
            }
            if !blank(&place.delegated_functions) {
                missing(
                    "a consultative forum cannot take delegated decisions; remove the delegated functions or choose a model with delegated authority",
                );
            }
        }
        PlaceModel::IcbCommittee => {
            if blank(&place.delegated_functions) {
                missing("state the delegated functions");
            }
        }
        PlaceModel::JointCommittee { partners } => {
            if partners.iter().all(|p| blank(p)) {
                missing("name at least one statutory partner organisation");
            }
        }
        PlaceModel::LeadDirector { director } => {
            if blank(director) {
                missing("name the ICB director with delegated authority");
            }
        }
        PlaceModel::LeadProvider { provider, contract } => {
            if blank(provider) {
                missing("name the lead provider organisation");
            }
            if blank(contract) {
                missing("give the contract reference or term");
            }
        }
    }
}

fn membership(place: &Place, out: &mut Collector) {
    let subject = || vec![Subject::Place(place.id)];
    let has = |s: Sector| place.has_sector(&s);
    if !has(Sector::PrimaryCare) {
        out.push(
            R::PlaceMemberPrimaryCare,
            format!("{}: no member brings primary care leadership.", place.name),
            subject(),
        );
    }
    if !has(Sector::LocalAuthority) && !has(Sector::ElectedMember) {
        out.push(
            R::PlaceMemberLocalAuthority,
            format!("{}: the local authority is not a member.", place.name),
            subject(),
        );
    }
    if !has(Sector::PublicHealth) {
        out.push(
            R::PlaceMemberPublicHealth,
            format!(
                "{}: the director of public health is not a member.",
                place.name
            ),
            subject(),
        );
    }
    let providers: Vec<&str> = [
        (Sector::AcuteProvider, "acute"),
        (Sector::CommunityProvider, "community"),
        (Sector::MentalHealthProvider, "mental health"),
    ]
    .into_iter()
    .filter(|(s, _)| !place.has_sector(s))
    .map(|(_, n)| n)
    .collect();
    if !providers.is_empty() {
        out.push(
            R::PlaceMemberProviders,
            format!(
                "{}: providers of {} services are not members.",
                place.name,
                join_names(&providers)
            ),
            subject(),
        );
    }
    if let Some(gap) = community_gap(has(Sector::Healthwatch), has(Sector::Vcse), out.pack()) {
        out.push(
            R::PlaceMemberCommunity,
            format!("{}: {gap}.", place.name),
            subject(),
        );
    }
    let extended: Vec<&str> = [
        (Sector::ProviderCollaborative, "provider collaboratives"),
        (Sector::SocialCareProvider, "social care providers"),
        (Sector::Vcse, "VCSE"),
        (Sector::Healthwatch, "Healthwatch"),
        (Sector::ElectedMember, "elected members"),
    ]
    .into_iter()
    .filter(|(s, _)| !place.has_sector(s))
    .map(|(_, n)| n)
    .collect();
    if !extended.is_empty() {
        out.push(
            R::PlaceMemberExtended,
            format!(
                "{}: Thriving places also suggests {}.",
                place.name,
                join_names(&extended)
            ),
            subject(),
        );
    }
}

fn system(design: &Design, summary: &BoardSummary, out: &mut Collector) {
    if design.places.is_empty() {
        out.push(
            R::SystemPlacesDefined,
            "No places are designed yet; most ICSs have 2 to 10.".into(),
            vec![Subject::System],
        );
    }
    let mut missing = Vec::new();
    let mut subjects = vec![Subject::System];
    if summary.partners_primary_care.is_empty() {
        missing.push("the board".to_owned());
        subjects.push(Subject::Board);
    }
    for place in &design.places {
        if !place.has_sector(&Sector::PrimaryCare) {
            missing.push(place.name.clone());
            subjects.push(Subject::Place(place.id));
        }
    }
    if !missing.is_empty() {
        out.push(
            R::SystemPrimaryCareAllLevels,
            format!(
                "Primary care is not represented at every level; missing at: {}.",
                join_names(&missing)
            ),
            subjects,
        );
    }
    if !design.system_level.vcse_agreement {
        out.push(
            R::SystemVcseAgreement,
            "No formal agreement embeds the VCSE sector in system-level governance yet.".into(),
            vec![Subject::System],
        );
    }
    // Sorted by key, so that each trust is looked up without building a key per name.
    let mut in_collaborative: Vec<&str> = design
        .system_level
        .provider_collaboratives
        .iter()
        .flat_map(|c| &c.members)
        .map(String::as_str)
        .collect();
    in_collaborative.sort_by(|a, b| cmp_keys(a, b));
    let outside: Vec<&str> = design
        .system_level
        .trusts
        .iter()
        .filter(|t| {
            t.services
                .iter()
                .any(|s| matches!(s, TrustService::Acute | TrustService::MentalHealth))
        })
        .filter(|t| {
            in_collaborative
                .binary_search_by(|m| cmp_keys(m, &t.name))
                .is_err()
        })
        .map(|t| t.name.as_str())
        .collect();
    if !outside.is_empty() {
        out.push(
            R::SystemProviderCollaboratives,
            format!(
                "{} provide acute or mental health services but are in no provider collaborative.",
                join_names(&outside)
            ),
            vec![Subject::System],
        );
    }
}
