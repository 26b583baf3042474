//! Section 2 of RULES.md: the board's committees.

use super::{Collector, RuleId as R, Severity, Subject, plural};
use crate::model::{Committee, CommitteeKind, CommitteeMember, Design, Expertise, Id, Role, Seat};

/// The board's seats by id, sorted for a binary search: no hashing, one allocation.
struct SeatsById<'a>(Vec<(Id, &'a Seat)>);

impl<'a> SeatsById<'a> {
    fn of(design: &'a Design) -> Self {
        let mut seats: Vec<(Id, &Seat)> = design.board.iter().map(|s| (s.id, s)).collect();
        seats.sort_unstable_by_key(|(id, _)| *id);
        Self(seats)
    }

    fn get(&self, id: Id) -> Option<&'a Seat> {
        let found = self.0.binary_search_by_key(&id, |(id, _)| *id).ok()?;
        self.0.get(found).map(|(_, seat)| *seat)
    }
}

pub(super) fn check(design: &Design, out: &mut Collector) {
    for (kind, rule, name) in [
        (CommitteeKind::Audit, R::CommitteeAuditRequired, "audit"),
        (
            CommitteeKind::Remuneration,
            R::CommitteeRemunerationRequired,
            "remuneration",
        ),
    ] {
        if !design.committees.iter().any(|c| c.kind == kind) {
            out.push(
                rule,
                format!("The board has no {name} committee; it must establish one."),
                vec![Subject::Board],
            );
        }
    }
    let seats = SeatsById::of(design);
    let audit_chairs: Vec<Id> = design
        .committees
        .iter()
        .filter(|c| c.kind == CommitteeKind::Audit)
        .filter_map(|c| c.chair)
        .collect();
    for committee in &design.committees {
        dangling_references(committee, &seats, out);
        quorum(committee, out);
        let chair = committee.chair.and_then(|id| seats.get(id));
        match committee.kind {
            CommitteeKind::Audit => {
                audit_chair(committee, chair, out);
                no_executive_members(committee, &seats, R::CommitteeAuditNoExecutives, out);
            }
            CommitteeKind::Remuneration => {
                remuneration_chair(committee, chair, &audit_chairs, out);
                no_executive_members(committee, &seats, R::CommitteeRemunerationNoEmployees, out);
            }
            CommitteeKind::Other => {}
        }
    }
}

fn dangling_references(committee: &Committee, seats: &SeatsById<'_>, out: &mut Collector) {
    for member in &committee.members {
        if let CommitteeMember::Seat(id) = member
            && seats.get(*id).is_none()
        {
            out.push(
                R::CommitteeMemberExists,
                format!(
                    "The {} lists seat {id} as a member, but the board has no seat {id}.",
                    committee.name
                ),
                vec![Subject::Committee(committee.id)],
            );
        }
    }
    if let Some(id) = committee.chair
        && seats.get(id).is_none()
    {
        out.push(
            R::CommitteeMemberExists,
            format!(
                "The {} is chaired by seat {id}, but the board has no seat {id}.",
                committee.name
            ),
            vec![Subject::Committee(committee.id)],
        );
    }
}

/// Members, with the chair counted when it is not also listed as a member.
pub(crate) fn member_count(committee: &Committee) -> usize {
    let chair_extra = committee.chair.is_some_and(|id| !committee.has_seat(id));
    committee.members.len() + usize::from(chair_extra)
}

fn quorum(committee: &Committee, out: &mut Collector) {
    let count = member_count(committee);
    let quorum = out.thresholds().committee_quorum;
    if count < quorum {
        out.push(
            R::CommitteeQuorum,
            format!(
                "The {} has {}; with fewer than {quorum} it cannot be quorate in practice.",
                committee.name,
                plural(count, "member", "members")
            ),
            vec![Subject::Committee(committee.id)],
        );
    }
}

fn seat_subjects(committee: &Committee, seat: &Seat) -> Vec<Subject> {
    vec![Subject::Committee(committee.id), Subject::Seat(seat.id)]
}

fn audit_chair(committee: &Committee, chair: Option<&Seat>, out: &mut Collector) {
    let rule = R::CommitteeAuditChair;
    let Some(seat) = chair else {
        if committee.chair.is_none() {
            out.push(
                rule,
                format!(
                    "The {} has no chair; it should be chaired by an independent non-executive member.",
                    committee.name
                ),
                vec![Subject::Committee(committee.id)],
            );
        }
        return;
    };
    let subjects = seat_subjects(committee, seat);
    if seat.role == Role::Chair {
        out.push(
            rule,
            format!(
                "The {} is chaired by the board chair; it should be chaired by another independent non-executive member.",
                committee.name
            ),
            subjects,
        );
    } else if seat.role != Role::NonExecutive {
        out.push(
            rule,
            format!(
                "The {} is chaired by {}, who is not a non-executive member.",
                committee.name,
                seat.label()
            ),
            subjects,
        );
    } else if seat.has_in_footprint_post() {
        out.push(
            rule,
            format!(
                "The {} is chaired by {}, who holds a post in the footprint and so is not independent.",
                committee.name,
                seat.label()
            ),
            subjects,
        );
    } else if !seat.expertise.contains(&Expertise::Finance) {
        out.push_milder(
            rule,
            Severity::Advice,
            format!(
                "The {} chair ({}) is not tagged with finance expertise; a chair with finance expertise is preferred.",
                committee.name,
                seat.label()
            ),
            subjects,
        );
    }
}

fn remuneration_chair(
    committee: &Committee,
    chair: Option<&Seat>,
    audit_chairs: &[Id],
    out: &mut Collector,
) {
    let rule = R::CommitteeRemunerationChair;
    let Some(seat) = chair else {
        if committee.chair.is_none() {
            out.push(
                rule,
                format!(
                    "The {} has no chair; it should be chaired by a non-executive member other than the board chair and the audit chair.",
                    committee.name
                ),
                vec![Subject::Committee(committee.id)],
            );
        }
        return;
    };
    let problem = if seat.role == Role::Chair {
        Some("the board chair")
    } else if seat.role != Role::NonExecutive {
        Some("not a non-executive member")
    } else if audit_chairs.contains(&seat.id) {
        Some("also the audit committee chair")
    } else {
        None
    };
    if let Some(problem) = problem {
        out.push(
            rule,
            format!(
                "The {} is chaired by {}, who is {problem}.",
                committee.name,
                seat.label()
            ),
            seat_subjects(committee, seat),
        );
    }
}

fn no_executive_members(
    committee: &Committee,
    seats: &SeatsById<'_>,
    rule: R,
    out: &mut Collector,
) {
    for member in &committee.members {
        let CommitteeMember::Seat(id) = member else {
            continue;
        };
        let Some(seat) = seats.get(*id) else {
            continue;
        };
        if seat.role.is_executive() {
            let why = if rule == R::CommitteeAuditNoExecutives {
                "executives may attend but should not be members"
            } else {
                "employees of the ICB should not be members"
            };
            out.push(
                rule,
                format!(
                    "{} is an executive and a member of the {}; {why}.",
                    seat.label(),
                    committee.name
                ),
                seat_subjects(committee, seat),
            );
        }
    }
}
