//! Section 2 of docs/rules.md: the board's committees.

use super::{Collector, RuleId as R, Severity, Subject, join_names, plural};
use crate::model::{
    Committee, CommitteeKind, CommitteeMember, Design, Expertise, Id, Role, Seat, cut,
};

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

/// At most this many names or ids are listed in one message; the rest are counted.
const LISTED: usize = 8;

/// "seat 4, seat 9 and 3 more": the first few, then a count, so a message stays readable and
/// its size does not grow with the committee.
fn first_few(shown: &[String], total: usize) -> String {
    if total <= LISTED {
        join_names(shown)
    } else {
        format!(
            "{} and {} more",
            shown.get(..LISTED).unwrap_or(shown).join(", "),
            total - LISTED
        )
    }
}

/// The committee's name as messages quote it: cut to a readable length.
fn name_of(committee: &Committee) -> String {
    cut(committee.name.trim(), 80)
}

fn dangling_references(committee: &Committee, seats: &SeatsById<'_>, out: &mut Collector) {
    // One finding for the committee, however many members are missing.
    let mut missing = committee.members.iter().filter_map(|m| match m {
        CommitteeMember::Seat(id) if seats.get(*id).is_none() => Some(*id),
        _ => None,
    });
    // Only the first few are named: the rest are counted, without a string each.
    let shown: Vec<String> = missing
        .by_ref()
        .take(LISTED)
        .map(|id| format!("seat {id}"))
        .collect();
    let total = shown.len() + missing.count();
    if total > 0 {
        out.push(
            R::CommitteeMemberExists,
            if total == 1 {
                format!(
                    "The {} lists {} as a member, but the board has no such seat.",
                    name_of(committee),
                    first_few(&shown, total)
                )
            } else {
                format!(
                    "The {} lists {total} seats as members that the board does not have: {}.",
                    name_of(committee),
                    first_few(&shown, total)
                )
            },
            vec![Subject::Committee(committee.id)],
        );
    }
    if let Some(id) = committee.chair
        && seats.get(id).is_none()
    {
        out.push(
            R::CommitteeMemberExists,
            format!(
                "The {} is chaired by seat {id}, but the board has no seat {id}.",
                name_of(committee)
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
    // One finding for the committee, naming the first few executives and counting the rest.
    let executives: Vec<&Seat> = committee
        .members
        .iter()
        .filter_map(|m| match m {
            CommitteeMember::Seat(id) => seats.get(*id),
            CommitteeMember::External(_) => None,
        })
        .filter(|seat| seat.role.is_executive())
        .collect();
    if executives.is_empty() {
        return;
    }
    let why = if rule == R::CommitteeAuditNoExecutives {
        "executives may attend but should not be members"
    } else {
        "employees of the ICB should not be members"
    };
    // Titles cut without copying them whole, and only the few that are named.
    let names: Vec<String> = executives
        .iter()
        .take(LISTED)
        .map(|s| s.label_cut(80))
        .collect();
    let message = if executives.len() == 1 {
        format!(
            "{} is an executive and a member of the {}; {why}.",
            first_few(&names, executives.len()),
            name_of(committee)
        )
    } else {
        format!(
            "{} executives are members of the {} ({}); {why}.",
            executives.len(),
            name_of(committee),
            first_few(&names, executives.len())
        )
    };
    let mut subjects = vec![Subject::Committee(committee.id)];
    subjects.extend(executives.iter().map(|s| Subject::Seat(s.id)));
    out.push(rule, message, subjects);
}
