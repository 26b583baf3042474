//! Section 1 of docs/rules.md: the unitary board.

use std::collections::HashMap;

use super::{BoardSummary, Collector, RuleId as R, Subject, join_names, plural};
use crate::model::{CommitteeKind, Design, Expertise, Id, Role, Seat};

fn seats(ids: &[Id]) -> Vec<Subject> {
    ids.iter().copied().map(Subject::Seat).collect()
}

/// "Director of finance (Aisha Khan)", or "Director of finance (seat 5)" when vacant.
pub(super) fn who(seat: &Seat) -> String {
    match seat.holder_name() {
        Some(name) => format!("{} ({name})", seat.label()),
        None => format!("{} (seat {})", seat.label(), seat.id),
    }
}

fn in_footprint_posts(seat: &Seat) -> String {
    let posts: Vec<&str> = seat
        .holder
        .iter()
        .flat_map(|h| &h.other_posts)
        .filter(|p| p.in_footprint)
        .map(|p| p.organisation.as_str())
        .collect();
    join_names(&posts)
}

pub(super) fn check(design: &Design, summary: &BoardSummary, out: &mut Collector) {
    let t = out.thresholds().clone();
    chair(design, summary, out);
    if summary.neds.len() < t.ned_min {
        out.push(
            R::BoardNedMin,
            format!(
                "Non-executive members besides the chair: {} of the {} required.",
                summary.neds.len(),
                t.ned_min
            ),
            vec![Subject::Board],
        );
    }
    executives(design, summary, out);
    partners(summary, &t, out);
    minimum_size(summary, &t, out);
    repeated_people(design, summary, out);
    expertise_and_balance(design, summary, out);
    deputy_chair(design, out);
    vacancies_and_participants(design, out);
}

/// One chair, and an independent chair and non-executives (no post in the footprint).
fn chair(design: &Design, summary: &BoardSummary, out: &mut Collector) {
    match summary.chairs.len() {
        0 => out.push(
            R::BoardChair,
            "The board needs a chair.".into(),
            vec![Subject::Board],
        ),
        1 => {}
        n => out.push(
            R::BoardChair,
            format!("The board has {n} chairs; it needs exactly one."),
            seats(&summary.chairs),
        ),
    }
    for seat in &design.board {
        if !seat.has_in_footprint_post() {
            continue;
        }
        match seat.role {
            Role::Chair => out.push(
                R::BoardChairIndependent,
                format!(
                    "The chair{} holds a post at {}, a health or care organisation in the footprint; the chair must be independent.",
                    seat.holder_name().map(|n| format!(" ({n})")).unwrap_or_default(),
                    in_footprint_posts(seat)
                ),
                vec![Subject::Seat(seat.id)],
            ),
            Role::NonExecutive => out.push(
                R::BoardNedIndependent,
                format!(
                    "{} holds a post at {}, in the footprint; non-executive members normally hold none.",
                    who(seat),
                    in_footprint_posts(seat)
                ),
                vec![Subject::Seat(seat.id)],
            ),
            _ => {}
        }
    }
}

/// One chief executive, the three named executives, and executives full-time.
fn executives(design: &Design, summary: &BoardSummary, out: &mut Collector) {
    match summary.chief_executives.len() {
        0 => out.push(
            R::BoardChiefExecutive,
            "The board needs a chief executive (the accountable officer).".into(),
            vec![Subject::Board],
        ),
        1 => {}
        n => out.push(
            R::BoardChiefExecutive,
            format!("The board has {n} chief executives; it needs exactly one."),
            seats(&summary.chief_executives),
        ),
    }
    for (ids, rule, name) in [
        (
            &summary.finance,
            R::BoardExecFinance,
            "a director of finance",
        ),
        (&summary.medical, R::BoardExecMedical, "a medical director"),
        (
            &summary.nursing,
            R::BoardExecNursing,
            "a director of nursing",
        ),
    ] {
        if ids.is_empty() {
            out.push(
                rule,
                format!("The board needs {name}."),
                vec![Subject::Board],
            );
        }
    }
    for seat in &design.board {
        if seat.role.is_executive() && seat.holder.as_ref().is_some_and(|h| !h.full_time) {
            out.push(
                R::BoardExecFullTime,
                format!(
                    "{} is not full-time; executive members are normally full-time employees of the ICB.",
                    who(seat)
                ),
                vec![Subject::Seat(seat.id)],
            );
        }
    }
}

/// A partner member from each of the three sectors, and enough of them.
fn partners(summary: &BoardSummary, t: &super::Thresholds, out: &mut Collector) {
    for (ids, rule, name) in [
        (
            &summary.partners_trusts,
            R::BoardPartnerTrusts,
            "NHS trusts and foundation trusts providing services in the footprint",
        ),
        (
            &summary.partners_primary_care,
            R::BoardPartnerPrimaryCare,
            "primary care (primary medical services) providers",
        ),
        (
            &summary.partners_local_authority,
            R::BoardPartnerLocalAuthority,
            "a local authority with social-care responsibility in the footprint",
        ),
    ] {
        if ids.is_empty() {
            out.push(
                rule,
                format!("The board needs a partner member from {name}."),
                vec![Subject::Board],
            );
        }
    }
    if summary.partners() < t.partner_min {
        out.push(
            R::BoardPartnerMin,
            format!(
                "Partner members: {} of the {} required.",
                summary.partners(),
                t.partner_min
            ),
            vec![Subject::Board],
        );
    }
}

/// One person in more than one voting seat counts once.
fn repeated_people(design: &Design, summary: &BoardSummary, out: &mut Collector) {
    for (name, ids) in &summary.repeated_people {
        let labels: Vec<String> = ids
            .iter()
            .filter_map(|id| design.seat(*id))
            .map(Seat::label)
            .collect();
        out.push(
            R::BoardDistinctPeople,
            format!(
                "{name} holds {} ({}); one person counts only once towards the board minimums.",
                plural(ids.len(), "voting seat", "voting seats"),
                join_names(&labels)
            ),
            seats(ids),
        );
    }
}

/// Vacant seats, and the participants who are shown but not counted.
fn vacancies_and_participants(design: &Design, out: &mut Collector) {
    for seat in &design.board {
        if seat.holder_name().is_none() {
            out.push(
                R::BoardVacancy,
                format!("{} (seat {}) has no holder yet.", seat.label(), seat.id),
                vec![Subject::Seat(seat.id)],
            );
        }
    }
    let participants: Vec<&Seat> = design
        .board
        .iter()
        .filter(|s| !s.role.is_voting())
        .collect();
    if !participants.is_empty() {
        let names: Vec<String> = participants.iter().map(|s| s.label()).collect();
        out.push(
            R::BoardParticipantsNotCounted,
            format!(
                "{} ({}) shown but not counted towards any minimum.",
                plural(names.len(), "participant is", "participants are"),
                join_names(&names)
            ),
            participants.iter().map(|s| Subject::Seat(s.id)).collect(),
        );
    }
}

fn minimum_size(summary: &BoardSummary, t: &super::Thresholds, out: &mut Collector) {
    let executives = summary.executives();
    let non_executives = summary.non_executives();
    let partners = summary.partners();
    if executives >= t.executives_min
        && non_executives >= t.non_executives_min
        && partners >= t.partner_min
    {
        return;
    }
    let with_missing = |count: usize, min: usize, missing: Vec<&str>| {
        if missing.is_empty() || count >= min {
            format!("{count} of {min}")
        } else {
            format!("{count} of {min} (missing: {})", join_names(&missing))
        }
    };
    let chair_missing = if summary.chairs.is_empty() {
        vec!["chair"]
    } else {
        vec![]
    };
    out.push(
        R::BoardMinimumSize,
        format!(
            "The board is below the minimum: executives {}; non-executives {}; partner members {}.",
            with_missing(executives, t.executives_min, summary.missing_executives()),
            with_missing(non_executives, t.non_executives_min, chair_missing),
            with_missing(partners, t.partner_min, summary.missing_partners()),
        ),
        vec![Subject::Board],
    );
}

fn expertise_and_balance(design: &Design, summary: &BoardSummary, out: &mut Collector) {
    let partner_seats: Vec<Subject> = design
        .board
        .iter()
        .filter(|s| matches!(s.role, Role::PartnerMember(_)))
        .map(|s| Subject::Seat(s.id))
        .collect();
    if !partner_seats.is_empty() {
        out.push(
            R::BoardPartnerNotDelegate,
            format!(
                "Partner members ({}) bring the perspective of their sector but do not act as its delegates.",
                partner_seats.len()
            ),
            partner_seats,
        );
    }
    let tagged = |e: Expertise, ordinary_only: bool| {
        design
            .board
            .iter()
            .any(|s| s.expertise.contains(&e) && (!ordinary_only || s.role.is_ordinary_member()))
    };
    if !tagged(Expertise::MentalHealth, true) {
        let only_leaders = design
            .board
            .iter()
            .any(|s| s.expertise.contains(&Expertise::MentalHealth) && s.role.is_voting());
        out.push(
            R::BoardMentalHealthExpertise,
            if only_leaders {
                "Mental health expertise sits only with the chair or the chief executive; the Act asks for an ordinary member (not the chair or the chief executive) with knowledge and experience of mental health services.".into()
            } else {
                "No ordinary member is tagged with mental health expertise; at least one needs knowledge and experience of mental health services.".into()
            },
            vec![Subject::Board],
        );
    }
    if !tagged(Expertise::PublicHealth, false) {
        out.push(
            R::BoardPublicHealth,
            "No seat or participant brings public health: give a director of public health an official role (a seat or a participant place).".into(),
            vec![Subject::Board],
        );
    }
    let voting = summary.voting();
    let non_executives = summary.non_executives();
    if voting > 0 && non_executives * 2 <= voting {
        out.push(
            R::BoardNedMajority,
            format!(
                "{non_executives} of {voting} voting members are non-executive; NHS Providers recommends a non-executive majority."
            ),
            vec![Subject::Board],
        );
    }
    // "Other" partners sit on neither side; a mayor's nominee is local government.
    let nhs = summary.partners_trusts.len() + summary.partners_primary_care.len();
    let local = summary.partners_local_authority.len() + summary.partners_strategic_authority.len();
    let other = summary.partners_other.len();
    if nhs != local {
        out.push(
            R::BoardNhsLaParity,
            format!(
                "Partner members from the NHS (trusts and primary care): {nhs}; from local government: {local}; other: {other}. NHS Providers recommends parity."
            ),
            vec![Subject::Board],
        );
    }
}

fn deputy_chair(design: &Design, out: &mut Collector) {
    let deputies: Vec<&Seat> = design.board.iter().filter(|s| s.deputy_chair).collect();
    if deputies.is_empty() {
        out.push(
            R::BoardDeputyChair,
            "No deputy chair is named; name a non-executive member who does not chair the audit committee.".into(),
            vec![Subject::Board],
        );
        return;
    }
    if deputies.len() > 1 {
        out.push(
            R::BoardDeputyChair,
            format!(
                "{} seats are marked deputy chair; name one.",
                deputies.len()
            ),
            deputies.iter().map(|s| Subject::Seat(s.id)).collect(),
        );
    }
    // Audit chairs by seat, so the check stays linear however many deputies are marked.
    let audit_chairs: HashMap<Id, &crate::model::Committee> = design
        .committees
        .iter()
        .filter(|c| c.kind == CommitteeKind::Audit)
        .filter_map(|c| c.chair.map(|chair| (chair, c)))
        .collect();
    for seat in deputies {
        if seat.role != Role::NonExecutive {
            out.push(
                R::BoardDeputyChair,
                format!(
                    "{} is deputy chair but is not a non-executive member.",
                    who(seat)
                ),
                vec![Subject::Seat(seat.id)],
            );
        }
        if let Some(audit) = audit_chairs.get(&seat.id) {
            out.push(
                R::BoardDeputyChair,
                format!(
                    "{} is deputy chair and also chairs the {}; choose another deputy.",
                    who(seat),
                    audit.name
                ),
                vec![Subject::Seat(seat.id), Subject::Committee(audit.id)],
            );
        }
    }
}
