//! Section 7 of docs/rules.md: people over time (terms of office, interests, skills).

use std::collections::HashMap;

use super::board::who;
use super::{Collector, RuleId as R, Subject, join_names, plural};
use crate::model::{Design, Expertise, InterestKind, IsoDate, Seat, name_key};

/// The date a design is judged at: its `as_at`, or today when that is empty or not a date.
pub fn as_at_date(design: &Design) -> IsoDate {
    IsoDate::parse(&design.as_at).unwrap_or_else(IsoDate::today)
}

/// The rule that depends on a skill (docs/rules.md section 7, "skills matrix").
pub fn rule_for_skill(tag: Expertise) -> Option<R> {
    match tag {
        Expertise::MentalHealth => Some(R::BoardMentalHealthExpertise),
        Expertise::Finance => Some(R::CommitteeAuditChair),
        Expertise::PublicHealth => Some(R::BoardPublicHealth),
        _ => None,
    }
}

/// The holder's term ends on or before the date.
pub(super) fn term_ended(seat: &Seat, as_at: IsoDate) -> bool {
    term_end(seat).is_some_and(|end| end <= as_at)
}

fn term_end(seat: &Seat) -> Option<IsoDate> {
    seat.holder
        .as_ref()
        .and_then(|h| IsoDate::parse(&h.term_ends))
}

/// `people.term_ended`, on the design before the leavers are taken off it; true when anyone
/// has left by the date.
pub(super) fn check_terms(design: &Design, as_at: IsoDate, out: &mut Collector) -> bool {
    let mut any = false;
    for seat in &design.board {
        if let Some(end) = term_end(seat).filter(|end| *end <= as_at) {
            any = true;
            out.push(
                R::PeopleTermEnded,
                format!(
                    "{}: the term ended on {}, so on {} the seat is vacant.",
                    who(seat),
                    end.long(),
                    as_at.long()
                ),
                vec![Subject::Seat(seat.id)],
            );
        }
    }
    any
}

/// The other people rules, on the design as it stands on the date.
pub(super) fn check(design: &Design, as_at: IsoDate, out: &mut Collector) {
    let non_executives: Vec<&Seat> = design
        .board
        .iter()
        .filter(|s| s.role.is_non_executive() && s.holder_name().is_some())
        .collect();
    let missing: Vec<&&Seat> = non_executives
        .iter()
        .filter(|s| {
            s.holder
                .as_ref()
                .is_some_and(|h| h.term_ends.trim().is_empty())
        })
        .collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|s| who(s)).collect();
        out.push(
            R::PeopleTermMissing,
            format!(
                "No end of term is recorded for {}; the board's renewal cannot be planned.",
                join_names(&names)
            ),
            missing.iter().map(|s| Subject::Seat(s.id)).collect(),
        );
    }
    terms_cliff(&non_executives, as_at, out);
    interest_conflicts(design, out);
    skills_gap(design, out);
}

/// More than half of the held non-executive seats end within one 12-month span.
fn terms_cliff(non_executives: &[&Seat], as_at: IsoDate, out: &mut Collector) {
    let mut ends: Vec<(IsoDate, &Seat)> = non_executives
        .iter()
        .filter_map(|s| term_end(s).filter(|end| *end > as_at).map(|end| (end, *s)))
        .collect();
    ends.sort_by_key(|(end, seat)| (*end, seat.id));
    // The widest window of 12 months, by a two-pointer sweep over the sorted ends.
    let (mut best, mut from) = ((0, 0), 0);
    for to in 0..ends.len() {
        while ends
            .get(to)
            .zip(ends.get(from))
            .is_some_and(|((a, _), (b, _))| a.month_index() - b.month_index() >= 12)
        {
            from += 1;
        }
        if to + 1 - from > best.1 - best.0 {
            best = (from, to + 1);
        }
    }
    let window = ends.get(best.0..best.1).unwrap_or(&[]);
    if window.len() * 2 <= non_executives.len() {
        return;
    }
    let (Some((first, _)), Some((last, _))) = (window.first(), window.last()) else {
        return;
    };
    let names: Vec<String> = window.iter().map(|(_, s)| who(s)).collect();
    out.push(
        R::PeopleTermsCliff,
        format!(
            "{} of the {} non-executive terms end between {} and {}: {}. The board would lose its memory at once; stagger the terms.",
            window.len(),
            non_executives.len(),
            first.month_name(),
            last.month_name(),
            join_names(&names)
        ),
        window.iter().map(|(_, s)| Subject::Seat(s.id)).collect(),
    );
}

/// Where the design names an organisation: how, and in what (put in words only on a match).
#[derive(Clone, Copy)]
enum Named<'a> {
    Trust,
    LeadProvider(&'a str),
    Partner(&'a str),
    Collaborative(&'a str),
}

impl Named<'_> {
    fn describe(self) -> String {
        match self {
            Named::Trust => "a trust of the system".to_owned(),
            Named::LeadProvider(place) => format!("the lead provider of {place}"),
            Named::Partner(place) => format!("a partner of the {place} joint committee"),
            Named::Collaborative(name) => format!("a member of {name}"),
        }
    }
}

/// Where the design names an organisation the ICB commissions from or works with.
fn named_organisations(design: &Design) -> HashMap<String, (Named<'_>, Subject)> {
    let mut named = HashMap::new();
    let mut add = |name: &str, how, subject: Subject| {
        let key = name_key(name);
        if !key.is_empty() {
            named.entry(key).or_insert((how, subject));
        }
    };
    for trust in &design.system_level.trusts {
        add(&trust.name, Named::Trust, Subject::System);
    }
    for place in &design.places {
        match &place.model {
            crate::model::PlaceModel::LeadProvider { provider, .. } => add(
                provider,
                Named::LeadProvider(&place.name),
                Subject::Place(place.id),
            ),
            crate::model::PlaceModel::JointCommittee { partners } => {
                for partner in partners {
                    add(
                        partner,
                        Named::Partner(&place.name),
                        Subject::Place(place.id),
                    );
                }
            }
            _ => {}
        }
    }
    for collaborative in &design.system_level.provider_collaboratives {
        for member in &collaborative.members {
            add(
                member,
                Named::Collaborative(&collaborative.name),
                Subject::System,
            );
        }
    }
    named
}

/// A financial interest of the chair or a NED in an organisation the design names
/// (`people.interest_conflict`): the seat, the interest's index in the holder's `interests`,
/// where the organisation appears in words, and the subject it appears in.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub seat: crate::model::Id,
    pub interest: usize,
    pub appears_as: String,
    pub subject: Subject,
}

/// Every conflict of interest in the design, seat by seat.
pub fn conflicts(design: &Design) -> Vec<Conflict> {
    let financial = |s: &&Seat| {
        s.holder.as_ref().is_some_and(|h| {
            h.interests
                .iter()
                .any(|i| i.kind == InterestKind::Financial)
        })
    };
    let mut found = Vec::new();
    // Built only when a non-executive declares a financial interest: most designs have none.
    let mut named = None;
    for seat in design
        .board
        .iter()
        .filter(|s| s.role.is_non_executive())
        .filter(financial)
    {
        let named = named.get_or_insert_with(|| named_organisations(design));
        for (index, interest) in seat.holder.iter().flat_map(|h| &h.interests).enumerate() {
            if interest.kind != InterestKind::Financial {
                continue;
            }
            if let Some((how, subject)) = named.get(&name_key(&interest.organisation)) {
                found.push(Conflict {
                    seat: seat.id,
                    interest: index,
                    appears_as: how.describe(),
                    subject: *subject,
                });
            }
        }
    }
    found
}

fn interest_conflicts(design: &Design, out: &mut Collector) {
    for conflict in conflicts(design) {
        let Some(seat) = design.seat(conflict.seat) else {
            continue;
        };
        let Some(interest) = seat
            .holder
            .as_ref()
            .and_then(|h| h.interests.get(conflict.interest))
        else {
            continue;
        };
        let what = if interest.description.trim().is_empty() {
            String::new()
        } else {
            format!(" ({})", interest.description.trim())
        };
        out.push(
            R::PeopleInterestConflict,
            format!(
                "{} declares a financial interest{what} in {}, which the design names as {}.",
                who(seat),
                interest.organisation.trim(),
                conflict.appears_as
            ),
            vec![Subject::Seat(seat.id), conflict.subject],
        );
    }
}

fn skills_gap(design: &Design, out: &mut Collector) {
    let mut held = [false; Expertise::ALL.len()];
    for seat in design.board.iter().filter(|s| s.role.is_voting()) {
        for tag in &seat.expertise {
            if let Some(slot) = held.get_mut(*tag as usize) {
                *slot = true;
            }
        }
    }
    let gaps: Vec<&str> = Expertise::ALL
        .iter()
        .zip(held)
        .filter(|(_, held)| !held)
        .map(|(tag, _)| tag.name())
        .collect();
    if !gaps.is_empty() {
        out.push(
            R::PeopleSkillsGap,
            format!(
                "No voting member brings {} ({}).",
                join_names(&gaps),
                plural(gaps.len(), "skill", "skills")
            ),
            vec![Subject::Board],
        );
    }
}
