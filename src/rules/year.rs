//! The year of a board (docs/rules.md section 7): fit and proper person assessments (FPPT2023),
//! declarations of interests (COI2017), what falls due in the next 12 months, and the chair's
//! annual fit and proper person return. Dates and outcomes only: never evidence.

use super::board::who;
use super::{Collector, RuleId as R, Subject, join_names};
use crate::model::{Design, FpptOutcome, Holder, Id, IsoDate, Seat};

/// Assessments and declarations are renewed every 12 months.
const RENEWAL_MONTHS: i64 = 12;

/// The holder is in post on the date: appointed on or before it. A holder without an
/// `appointed` date is a proposal, not yet in post.
pub fn in_post(holder: &Holder, as_at: IsoDate) -> bool {
    IsoDate::parse(&holder.appointed).is_some_and(|appointed| appointed <= as_at)
}

/// When the next fit and proper person assessment falls due: 12 months after the last one;
/// `None` when none is recorded (it is due now, for a holder in post).
pub fn fppt_next_due(holder: &Holder) -> Option<IsoDate> {
    IsoDate::parse(&holder.fppt_assessed).map(|d| d.add_months(RENEWAL_MONTHS))
}

/// The last declaration of interests: the holder's `interests_declared` (a nil return counts),
/// or the latest date an interest was declared, whichever is later.
pub fn last_declaration(holder: &Holder) -> Option<IsoDate> {
    std::iter::once(holder.interests_declared.as_str())
        .chain(holder.interests.iter().map(|i| i.declared.as_str()))
        .filter_map(IsoDate::parse)
        .max()
}

/// When the next declaration of interests falls due: 12 months after the last one.
pub fn declaration_next_due(holder: &Holder) -> Option<IsoDate> {
    last_declaration(holder).map(|d| d.add_months(RENEWAL_MONTHS))
}

/// The voting members' holders in post on the date, with their seats.
fn voting_in_post(design: &Design, as_at: IsoDate) -> impl Iterator<Item = (&Seat, &Holder)> {
    design
        .board
        .iter()
        .filter(|s| s.role.is_voting())
        .filter_map(|s| s.holder.as_ref().map(|h| (s, h)))
        .filter(move |(_, h)| in_post(h, as_at))
}

/// `people.fppt_due`, `people.fppt_not_fit` and `people.declaration_due` on the design as it
/// stands on the date. The pack decides whether they run (off in `df2021`).
pub(super) fn check(design: &Design, as_at: IsoDate, out: &mut Collector) {
    fppt_due(design, as_at, out);
    fppt_not_fit(design, out);
    declaration_due(design, as_at, out);
}

fn fppt_due(design: &Design, as_at: IsoDate, out: &mut Collector) {
    let mut lines = Vec::new();
    let mut subjects = Vec::new();
    for (seat, holder) in voting_in_post(design, as_at) {
        let line = match (fppt_next_due(holder), holder.fppt_outcome) {
            (None, _) => format!("{}: none recorded", who(seat)),
            (Some(_), Some(FpptOutcome::Pending)) => format!(
                "{}: the assessment of {} is pending",
                who(seat),
                holder.fppt_assessed.trim()
            ),
            (Some(due), _) if due < as_at => format!("{}: due {}", who(seat), due.long()),
            _ => continue,
        };
        lines.push(line);
        subjects.push(Subject::Seat(seat.id));
    }
    if !lines.is_empty() {
        out.push(
            R::PeopleFpptDue,
            format!(
                "No fit and proper person assessment in the 12 months to {} for {}. Every board member in post is assessed every year.",
                as_at.long(),
                join_names(&lines)
            ),
            subjects,
        );
    }
}

fn fppt_not_fit(design: &Design, out: &mut Collector) {
    for seat in &design.board {
        if seat
            .holder
            .as_ref()
            .is_some_and(|h| h.fppt_outcome == Some(FpptOutcome::NotFit))
        {
            out.push(
                R::PeopleFpptNotFit,
                format!(
                    "{} was assessed as not fit and proper, so cannot hold a board seat.",
                    who(seat)
                ),
                vec![Subject::Seat(seat.id)],
            );
        }
    }
}

fn declaration_due(design: &Design, as_at: IsoDate, out: &mut Collector) {
    let mut lines = Vec::new();
    let mut subjects = Vec::new();
    for (seat, holder) in voting_in_post(design, as_at) {
        let line = match declaration_next_due(holder) {
            None => format!("{}: none recorded", who(seat)),
            Some(due) if due < as_at => format!("{}: due {}", who(seat), due.long()),
            Some(_) => continue,
        };
        lines.push(line);
        subjects.push(Subject::Seat(seat.id));
    }
    if !lines.is_empty() {
        out.push(
            R::PeopleDeclarationDue,
            format!(
                "No declaration of interests (a nil return counts) in the 12 months to {} for {}.",
                as_at.long(),
                join_names(&lines)
            ),
            subjects,
        );
    }
}

/// What falls due in the year of a board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DueKind {
    TermEnds,
    Assessment,
    Declaration,
}

impl DueKind {
    /// "Term ends", "Fit and proper person assessment", "Declaration of interests".
    pub fn name(self) -> &'static str {
        match self {
            DueKind::TermEnds => "Term ends",
            DueKind::Assessment => "Fit and proper person assessment",
            DueKind::Declaration => "Declaration of interests",
        }
    }

    /// The rule whose finding the row links to.
    pub fn rule(self) -> R {
        match self {
            DueKind::TermEnds => R::PeopleTermEnded,
            DueKind::Assessment => R::PeopleFpptDue,
            DueKind::Declaration => R::PeopleDeclarationDue,
        }
    }
}

/// One thing that falls due: what, when (`None`: nothing recorded, due now), and for whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueItem {
    pub kind: DueKind,
    pub due: Option<IsoDate>,
    pub seat: Id,
    pub holder: String,
    /// Due before the date the board is shown at, or never recorded.
    pub overdue: bool,
}

/// Everything that falls due in the 12 months after the date, and what is already overdue, in
/// date order (overdue first): terms ending for every holder, assessments and declarations for
/// the voting members in post.
pub fn year_ahead(design: &Design, as_at: IsoDate) -> Vec<DueItem> {
    let horizon = as_at.add_months(RENEWAL_MONTHS);
    let mut items = Vec::new();
    for seat in &design.board {
        let Some(holder) = &seat.holder else {
            continue;
        };
        let mut add = |kind, due: Option<IsoDate>| {
            let overdue = due.is_none_or(|d| d < as_at);
            if due.is_none_or(|d| d <= horizon) {
                items.push(DueItem {
                    kind,
                    due,
                    seat: seat.id,
                    holder: holder.name.trim().to_owned(),
                    overdue,
                });
            }
        };
        if let Some(end) = IsoDate::parse(&holder.term_ends).filter(|end| *end > as_at) {
            add(DueKind::TermEnds, Some(end));
        }
        if seat.role.is_voting() && in_post(holder, as_at) {
            add(DueKind::Assessment, fppt_next_due(holder));
            add(DueKind::Declaration, declaration_next_due(holder));
        }
    }
    items.sort_by_key(|i| (i.due, i.kind, i.seat));
    items
}

/// One row of the chair's annual fit and proper person return.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FpptRow {
    pub seat: Id,
    pub name: String,
    pub seat_label: String,
    pub role: String,
    pub appointed: String,
    pub last_assessment: String,
    pub outcome: String,
    pub next_due: String,
}

/// The heading every form of the return carries: it holds dates and outcomes only.
pub const FPPT_RETURN_NOTE: &str = "Dates and outcomes only: the evidence of each assessment (references, searches) stays with the ICB and is never recorded here.";

/// The chair's annual return (FPPT2023): one row per voting board member with a holder, in
/// board order.
pub fn fppt_return(design: &Design) -> Vec<FpptRow> {
    design
        .board
        .iter()
        .filter(|s| s.role.is_voting())
        .filter_map(|seat| {
            let holder = seat.holder.as_ref()?;
            Some(FpptRow {
                seat: seat.id,
                name: holder.name.trim().to_owned(),
                seat_label: seat.label(),
                role: seat.role.name(),
                appointed: holder.appointed.trim().to_owned(),
                last_assessment: holder.fppt_assessed.trim().to_owned(),
                outcome: holder
                    .fppt_outcome
                    .map_or("Not recorded", FpptOutcome::name)
                    .to_owned(),
                next_due: fppt_next_due(holder)
                    .map_or_else(|| "Now (none recorded)".to_owned(), |d| d.to_string()),
            })
        })
        .collect()
}
