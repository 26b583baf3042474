//! Section 1 of docs/rules.md, the rules on who is appointed to what: the senior non-executive
//! member, private healthcare posts, and the mayors' nominees of the Health Bill.

use std::collections::HashMap;

use super::board::who;
use super::{BoardSummary, Collector, RuleId as R, Subject, join_names};
use crate::model::{CommitteeKind, Design, Id, Role, Seat, name_key};

pub(super) fn check(design: &Design, summary: &BoardSummary, out: &mut Collector) {
    senior_non_executive(design, out);
    for seat in &design.board {
        for post in seat
            .holder
            .iter()
            .flat_map(|h| &h.other_posts)
            .filter(|p| p.private_healthcare)
        {
            let post_name = if post.post.trim().is_empty() {
                String::new()
            } else {
                format!("{} at ", post.post.trim())
            };
            out.push(
                R::BoardPrivateHealthcare,
                format!(
                    "{} holds a post with a private healthcare provider ({post_name}{}). The Act bars an appointment that could reasonably be regarded as undermining the independence of the health service; the appointer must judge.",
                    who(seat),
                    post.organisation.trim()
                ),
                vec![Subject::Seat(seat.id)],
            );
        }
    }
    strategic_authorities(design, summary, out);
}

fn senior_non_executive(design: &Design, out: &mut Collector) {
    let marked: Vec<&Seat> = design
        .board
        .iter()
        .filter(|s| s.senior_non_executive)
        .collect();
    if marked.is_empty() {
        out.push(
            R::BoardSeniorNonExecutive,
            "No senior non-executive member is named; name one non-executive member (a sounding board for the chair, who supports the chair's appraisal).".into(),
            vec![Subject::Board],
        );
        return;
    }
    if marked.len() > 1 {
        out.push(
            R::BoardSeniorNonExecutive,
            format!(
                "{} seats are marked senior non-executive member; name one.",
                marked.len()
            ),
            marked.iter().map(|s| Subject::Seat(s.id)).collect(),
        );
    }
    let audit_chairs: HashMap<Id, (&str, Id)> = design
        .committees
        .iter()
        .filter(|c| c.kind == CommitteeKind::Audit)
        .filter_map(|c| c.chair.map(|chair| (chair, (c.name.as_str(), c.id))))
        .collect();
    for seat in marked {
        if seat.role != Role::NonExecutive {
            out.push(
                R::BoardSeniorNonExecutive,
                format!(
                    "{} is marked senior non-executive member but is not a non-executive member.",
                    who(seat)
                ),
                vec![Subject::Seat(seat.id)],
            );
        }
        if let Some((name, id)) = audit_chairs.get(&seat.id) {
            out.push(
                R::BoardSeniorNonExecutive,
                format!(
                    "{} is the senior non-executive member and also chairs the {name}; choose another.",
                    who(seat)
                ),
                vec![Subject::Seat(seat.id), Subject::Committee(*id)],
            );
        }
    }
}

/// One mayor's nominee for each mayoral strategic authority (Health Bill clause 21). A nominee
/// is matched to an authority by the holder's organisation or the seat's title; nominees that
/// name none cover the authorities left, in order.
fn strategic_authorities(design: &Design, summary: &BoardSummary, out: &mut Collector) {
    let authorities: Vec<&str> = design
        .system_level
        .strategic_authorities
        .iter()
        .map(|a| a.trim())
        .filter(|a| !a.is_empty())
        .collect();
    if authorities.is_empty() {
        return;
    }
    let nominees: Vec<&Seat> = summary
        .partners_strategic_authority
        .iter()
        .filter_map(|id| design.seat(*id))
        .collect();
    let mut unnamed = nominees.len();
    let mut missing = Vec::new();
    for authority in &authorities {
        let key = name_key(authority);
        let named = nominees.iter().any(|s| {
            s.holder
                .as_ref()
                .is_some_and(|h| name_key(&h.organisation) == key)
                || name_key(&s.title).contains(&key)
        });
        if named {
            unnamed = unnamed.saturating_sub(1);
        } else {
            missing.push(*authority);
        }
    }
    let missing: Vec<&str> = missing.into_iter().skip(unnamed).collect();
    if !missing.is_empty() {
        out.push(
            R::BoardPartnerStrategicAuthority,
            format!(
                "The board needs a partner member nominated by the mayor of {}.",
                join_names(&missing)
            ),
            vec![Subject::Board],
        );
    }
}
