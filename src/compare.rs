//! Comparing two designs (option A with option B): seats, committee membership and places added,
//! removed or changed, and the findings that appear or disappear. Items are matched by id first,
//! then by role and title (seats) or name (committees, places) when ids differ. No egui here.

use std::collections::{HashMap, HashSet, VecDeque};

use serde::Serialize;

use crate::{
    export::holder_text,
    model::{Committee, Design, Place, Seat, name_key},
    rules::{Report, RulePack, validate},
};

/// One difference, in words a person reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// `added`, `removed` or `changed`.
    pub kind: &'static str,
    /// What changed: "Director of finance", "Audit Committee", "Borough A".
    pub item: String,
    /// The details, e.g. "holder: Vacant -> Aisha Khan".
    pub details: Vec<String>,
    /// The item's id in the design before and after (for the side-by-side view).
    #[serde(skip)]
    pub before: Option<u32>,
    #[serde(skip)]
    pub after: Option<u32>,
}

/// The differences between two designs, by section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct DesignDiff {
    pub seats: Vec<Change>,
    pub committees: Vec<Change>,
    pub places: Vec<Change>,
    /// Findings of B that A does not have, as "rule: message".
    pub findings_appeared: Vec<String>,
    /// Findings of A that B no longer has.
    pub findings_disappeared: Vec<String>,
}

impl DesignDiff {
    pub fn is_empty(&self) -> bool {
        self.seats.is_empty()
            && self.committees.is_empty()
            && self.places.is_empty()
            && self.findings_appeared.is_empty()
            && self.findings_disappeared.is_empty()
    }
}

/// Pair items of `a` and `b`: by id (when `same_thing` agrees), then by a secondary key among
/// those left (in order). Linear: both lookups go through hash maps, never item x item.
fn pair<'a, T>(
    a: &'a [T],
    b: &'a [T],
    id: impl Fn(&T) -> u32,
    key: impl Fn(&T) -> String,
    same_thing: impl Fn(&T, &T) -> bool,
) -> (Vec<(&'a T, &'a T)>, Vec<&'a T>, Vec<&'a T>) {
    let mut by_id: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, item) in b.iter().enumerate() {
        by_id.entry(id(item)).or_default().push(i);
    }
    let mut pairs = Vec::new();
    let mut left_a: Vec<&T> = Vec::new();
    let mut used_b = vec![false; b.len()];
    for item in a {
        // Same id but a different key is still the same item edited: pair it.
        let found = by_id.get(&id(item)).and_then(|indices| {
            indices
                .iter()
                .copied()
                .find(|&i| b.get(i).is_some_and(|other| same_thing(item, other)))
        });
        match found.and_then(|i| Some((i, b.get(i)?))) {
            Some((i, other)) if used_b.get(i) == Some(&false) => {
                used_b[i] = true;
                pairs.push((item, other));
            }
            _ => left_a.push(item),
        }
    }
    let mut by_key: HashMap<String, VecDeque<usize>> = HashMap::new();
    for (i, item) in b.iter().enumerate() {
        if used_b.get(i) == Some(&false) {
            by_key.entry(key(item)).or_default().push_back(i);
        }
    }
    let mut removed = Vec::new();
    for item in left_a {
        let found = by_key
            .get_mut(&key(item))
            .and_then(VecDeque::pop_front)
            .and_then(|i| Some((i, b.get(i)?)));
        match found {
            Some((i, other)) => {
                used_b[i] = true;
                pairs.push((item, other));
            }
            None => removed.push(item),
        }
    }
    let added = b
        .iter()
        .zip(&used_b)
        .filter(|(_, used)| !**used)
        .map(|(item, _)| item)
        .collect();
    (pairs, removed, added)
}

fn field(details: &mut Vec<String>, name: &str, before: &str, after: &str) {
    if before != after {
        details.push(format!("{name}: {before} -> {after}"));
    }
}

fn seat_details(a: &Seat, b: &Seat) -> Vec<String> {
    let mut details = Vec::new();
    field(&mut details, "role", &a.role.name(), &b.role.name());
    field(&mut details, "title", &a.title, &b.title);
    field(&mut details, "holder", &holder_text(a), &holder_text(b));
    let tags = |s: &Seat| {
        s.expertise
            .iter()
            .map(|e| e.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    field(&mut details, "expertise", &tags(a), &tags(b));
    if a.deputy_chair != b.deputy_chair {
        details.push(format!(
            "deputy chair: {} -> {}",
            a.deputy_chair, b.deputy_chair
        ));
    }
    field(&mut details, "notes", &a.notes, &b.notes);
    details
}

fn member_names(design: &Design, committee: &Committee) -> Vec<String> {
    let seats = design.seats_by_id();
    committee
        .members
        .iter()
        .map(|m| m.describe(&seats))
        .collect()
}

fn committee_details(a: &Design, ca: &Committee, b: &Design, cb: &Committee) -> Vec<String> {
    let mut details = Vec::new();
    field(&mut details, "name", &ca.name, &cb.name);
    field(&mut details, "kind", ca.kind.name(), cb.kind.name());
    let chair = |d: &Design, c: &Committee| {
        c.chair
            .and_then(|id| d.seat(id))
            .map_or_else(|| "none".to_owned(), Seat::label)
    };
    field(&mut details, "chair", &chair(a, ca), &chair(b, cb));
    let (before, after) = (member_names(a, ca), member_names(b, cb));
    let before_set: HashSet<&String> = before.iter().collect();
    let after_set: HashSet<&String> = after.iter().collect();
    for name in &after {
        if !before_set.contains(name) {
            details.push(format!("member added: {name}"));
        }
    }
    for name in &before {
        if !after_set.contains(name) {
            details.push(format!("member removed: {name}"));
        }
    }
    details
}

fn place_details(a: &Place, b: &Place) -> Vec<String> {
    let mut details = Vec::new();
    field(&mut details, "name", &a.name, &b.name);
    field(
        &mut details,
        "model",
        a.model.kind().name(),
        b.model.kind().name(),
    );
    if a.model.kind() == b.model.kind() && a.model != b.model {
        details.push(format!(
            "{} details changed",
            a.model.kind().name().to_lowercase()
        ));
    }
    field(
        &mut details,
        "local authority",
        &a.local_authority,
        &b.local_authority,
    );
    field(
        &mut details,
        "delegated functions",
        &a.delegated_functions,
        &b.delegated_functions,
    );
    let budget = |p: &Place| {
        p.delegated_budget.map_or_else(
            || "none".to_owned(),
            |v| format!("£{}", crate::model::thousands(v)),
        )
    };
    field(&mut details, "delegated budget", &budget(a), &budget(b));
    let sectors = |p: &Place| {
        p.members
            .iter()
            .map(|m| m.sector.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    field(&mut details, "members", &sectors(a), &sectors(b));
    details
}

fn changes<T>(
    (pairs, removed, added): (Vec<(&T, &T)>, Vec<&T>, Vec<&T>),
    id: impl Fn(&T) -> u32,
    name: impl Fn(&T) -> String,
    details: impl Fn(&T, &T) -> Vec<String>,
) -> Vec<Change> {
    let mut out: Vec<Change> = removed
        .into_iter()
        .map(|item| Change {
            kind: "removed",
            item: name(item),
            details: Vec::new(),
            before: Some(id(item)),
            after: None,
        })
        .collect();
    out.extend(added.into_iter().map(|item| Change {
        kind: "added",
        item: name(item),
        details: Vec::new(),
        before: None,
        after: Some(id(item)),
    }));
    out.extend(pairs.into_iter().filter_map(|(a, b)| {
        let details = details(a, b);
        (!details.is_empty()).then(|| Change {
            kind: "changed",
            item: name(b),
            details,
            before: Some(id(a)),
            after: Some(id(b)),
        })
    }));
    out
}

fn finding_lines(report: &Report) -> Vec<String> {
    report
        .findings
        .iter()
        .map(|f| format!("{} {}: {}", f.severity.as_str(), f.rule, f.message))
        .collect()
}

/// Compare design `a` (before) with design `b` (after), each checked against its own rules.
pub fn compare(a: &Design, b: &Design) -> DesignDiff {
    let seat_key = |s: &Seat| format!("{:?}|{}", s.role, name_key(&s.label()));
    // The same id is the same seat unless both its role and its label changed.
    let same_seat =
        |x: &Seat, y: &Seat| x.role == y.role || name_key(&x.label()) == name_key(&y.label());
    let seats = changes(
        pair(&a.board, &b.board, |s| s.id, seat_key, same_seat),
        |s| s.id,
        Seat::label,
        seat_details,
    );
    let committees = changes(
        pair(
            &a.committees,
            &b.committees,
            |c| c.id,
            |c| name_key(&c.name),
            |_, _| true,
        ),
        |c| c.id,
        |c| c.name.clone(),
        |ca, cb| committee_details(a, ca, b, cb),
    );
    let places = changes(
        pair(
            &a.places,
            &b.places,
            |p| p.id,
            |p| name_key(&p.name),
            |_, _| true,
        ),
        |p| p.id,
        |p| p.name.clone(),
        place_details,
    );

    let (before, after) = (
        finding_lines(&validate(a, &RulePack::for_design(a))),
        finding_lines(&validate(b, &RulePack::for_design(b))),
    );
    let before_set: HashSet<&String> = before.iter().collect();
    let after_set: HashSet<&String> = after.iter().collect();
    DesignDiff {
        seats,
        committees,
        places,
        findings_appeared: after
            .iter()
            .filter(|f| !before_set.contains(f))
            .cloned()
            .collect(),
        findings_disappeared: before
            .iter()
            .filter(|f| !after_set.contains(f))
            .cloned()
            .collect(),
    }
}

/// The diff as text, one line a change, grouped by section.
pub fn diff_text(diff: &DesignDiff) -> String {
    use crate::model::text::inert;
    use std::fmt::Write;
    let mut out = String::new();
    for (title, list) in [
        ("Seats", &diff.seats),
        ("Committees", &diff.committees),
        ("Places", &diff.places),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{title}:");
        for change in list {
            let _ = writeln!(out, "  {} {}", change.kind, inert(&change.item));
            for detail in &change.details {
                let _ = writeln!(out, "      {}", inert(detail));
            }
        }
    }
    for (title, list) in [
        ("Findings that appear", &diff.findings_appeared),
        ("Findings that disappear", &diff.findings_disappeared),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{title}:");
        for line in list {
            let _ = writeln!(out, "  {}", inert(line));
        }
    }
    if out.is_empty() {
        out.push_str("The designs are the same.\n");
    }
    out
}

#[cfg(test)]
mod tests;
