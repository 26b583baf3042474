//! The ICBs' boards side by side, one column each, with every shared person linked: the same
//! person's cards carry "also … of …" and are joined by a line.

use std::{
    collections::{BTreeMap, HashMap},
    fmt::Write,
};

use super::{
    cluster_input::ClusterInput,
    colours::band_hex as hex,
    escape::xml,
    svg_text::{FONTS, Fit, MARGIN, fitted, wrap},
};
use crate::{
    model::{ClusterIcb, Id, Seat, cut, name_key},
    rules::{
        Scope, Severity,
        cluster::{SharedPerson, also_holds, people_across},
    },
};

const COLUMN: f32 = 380.0;
const GAP: f32 = 24.0;
const CARD_H: f32 = 92.0;
const CARD_GAP: f32 = 10.0;
const TOP: f32 = 150.0;

/// The chart as a standalone SVG document.
pub fn cluster_svg(input: &ClusterInput) -> String {
    let (open, body) = chart(input);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{open}<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>{body}</svg>\n"
    )
}

/// The chart as an element to put inside an HTML report.
pub fn cluster_svg_element(input: &ClusterInput) -> String {
    let (open, body) = chart(input);
    format!("{open}{body}</svg>\n")
}

/// What the chart is drawn into: its text, where each shared person's cards are (to join
/// them), and each shared person's number.
struct Canvas<'a> {
    input: &'a ClusterInput<'a>,
    people: BTreeMap<String, SharedPerson>,
    body: String,
    at: HashMap<(Id, Id), (f32, f32)>,
}

fn chart(input: &ClusterInput) -> (String, String) {
    let cluster = input.cluster;
    let mut canvas = Canvas {
        input,
        people: people_across(cluster),
        body: String::new(),
        at: HashMap::new(),
    };
    let width = MARGIN * 2.0 + cluster.icbs.len().max(1) as f32 * (COLUMN + GAP) - GAP;
    canvas.heading(width);
    let numbers: HashMap<String, usize> = canvas
        .people
        .keys()
        .enumerate()
        .map(|(i, key)| (key.clone(), i + 1))
        .collect();
    let mut bottom = TOP;
    for (column, icb) in cluster.icbs.iter().enumerate() {
        let x = MARGIN + column as f32 * (COLUMN + GAP);
        bottom = bottom.max(canvas.icb_column(icb, x, &numbers));
    }
    canvas.join_shared_people();
    let height = canvas.joint_committees(bottom + 20.0, width) + MARGIN;
    let open = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FONTS}" role="img" aria-label="The boards of {} side by side">"#,
        xml(&cut(&cluster.name, 160))
    );
    (open, canvas.body)
}

/// A line of text across the whole chart, at `y`.
fn across(width: f32, y: f32, size: f32) -> Fit {
    Fit {
        x: MARGIN,
        y,
        size,
        width: width - 2.0 * MARGIN,
        chars: ((width - 2.0 * MARGIN) / (size * 0.6)) as usize,
    }
}

impl Canvas<'_> {
    /// The cluster's name, what the chart shows, and how to read it.
    fn heading(&mut self, width: f32) {
        let cluster = self.input.cluster;
        fitted(
            &mut self.body,
            &across(width, 58.0, 30.0),
            r##"font-weight="bold" fill="#1d1d1d""##,
            &cluster.name,
        );
        let _ = write!(
            self.body,
            r##"<text x="{MARGIN}" y="90" font-size="18" fill="#444">{}</text>"##,
            xml(&format!(
                "{} side by side | {} shared | {}",
                crate::rules::plural(cluster.icbs.len(), "ICB", "ICBs"),
                crate::rules::plural(self.people.len(), "person", "people"),
                self.input.date
            ))
        );
        let _ = write!(
            self.body,
            r##"<text x="{MARGIN}" y="118" font-size="16" fill="#444">A numbered ring marks a person who holds posts in more than one ICB; lines join their cards.</text>"##
        );
    }

    /// One ICB's column: its heading card, then a card for each seat. Gives the column's
    /// bottom.
    fn icb_column(&mut self, icb: &ClusterIcb, x: f32, numbers: &HashMap<String, usize>) -> f32 {
        let errors = self
            .input
            .report
            .findings
            .iter()
            .filter(|f| f.scope == Scope::Icb(icb.id) && f.severity == Severity::Error)
            .count();
        let _ = write!(
            self.body,
            r##"<rect x="{x}" y="{TOP}" width="{COLUMN}" height="54" rx="8" fill="#eef1f5" stroke="#c9ced6"/>"##
        );
        let heading = format!(
            "{} | {} seats | {}",
            icb.short_name,
            icb.design.board.len(),
            Severity::Error.count_phrase(errors)
        );
        let line = |y: f32, size: f32| Fit {
            x: x + 12.0,
            y,
            size,
            width: COLUMN - 24.0,
            chars: ((COLUMN - 24.0) / (size * 0.6)) as usize,
        };
        fitted(
            &mut self.body,
            &line(TOP + 23.0, 20.0),
            r##"font-weight="bold" fill="#1d1d1d""##,
            &heading,
        );
        fitted(
            &mut self.body,
            &line(TOP + 45.0, 15.0),
            r##"fill="#444""##,
            &icb.design.name,
        );
        let mut y = TOP + 54.0 + CARD_GAP;
        for seat in &icb.design.board {
            self.seat_card(icb, seat, (x, y), numbers);
            y += CARD_H + CARD_GAP;
        }
        y
    }

    /// A seat's card: its band's colour, its post, its holder wrapped (never cut), and for a
    /// person shared between ICBs their numbered ring and the posts they also hold.
    fn seat_card(
        &mut self,
        icb: &ClusterIcb,
        seat: &Seat,
        (x, y): (f32, f32),
        numbers: &HashMap<String, usize>,
    ) {
        let band = seat.role.band();
        let _ = write!(
            self.body,
            r##"<rect x="{x}" y="{y}" width="{COLUMN}" height="{CARD_H}" rx="8" fill="#ffffff" stroke="{}" stroke-width="2"/><rect x="{x}" y="{y}" width="8" height="{CARD_H}" rx="3" fill="{}"/>"##,
            hex(band),
            hex(band)
        );
        let room = COLUMN - 60.0;
        fitted(
            &mut self.body,
            &Fit {
                x: x + 18.0,
                y: y + 21.0,
                size: 15.0,
                width: room,
                chars: (room / 9.0) as usize,
            },
            r##"fill="#444""##,
            &seat.label(),
        );
        let shared_key = seat
            .holder_name()
            .map(name_key)
            .filter(|key| self.people.contains_key(key));
        // Wrapped, never cut: three lines, or two above a shared person's "also" line.
        let (most, size, step) = if shared_key.is_some() {
            (2, 19.0, 21.0)
        } else {
            (3, 17.0, 19.0)
        };
        let holder = seat.holder_name().unwrap_or("Vacant");
        for (line, text) in wrap(holder, 30, most).iter().enumerate() {
            fitted(
                &mut self.body,
                &Fit {
                    x: x + 18.0,
                    y: y + 43.0 + line as f32 * step,
                    size,
                    width: COLUMN - 40.0,
                    chars: 30,
                },
                r##"font-weight="bold" fill="#1d1d1d""##,
                text,
            );
        }
        if let Some(key) = shared_key {
            let number = numbers.get(&key).copied().unwrap_or(0);
            let also =
                also_holds(self.input.cluster, &self.people, icb.id, seat.id).unwrap_or_default();
            let _ = write!(
                self.body,
                r##"<circle cx="{}" cy="{}" r="14" fill="#fff4d6" stroke="#9a5b00" stroke-width="2"/><text x="{}" y="{}" font-size="14" font-weight="bold" text-anchor="middle" fill="#5c3700">{number}</text>"##,
                x + COLUMN - 22.0,
                y + 22.0,
                x + COLUMN - 22.0,
                y + 27.0,
            );
            let room = COLUMN - 30.0;
            fitted(
                &mut self.body,
                &Fit {
                    x: x + 18.0,
                    y: y + CARD_H - 8.0,
                    size: 14.0,
                    width: room,
                    chars: (room / 8.0) as usize,
                },
                r##"font-style="italic" fill="#5c3700""##,
                &also,
            );
            self.at.insert((icb.id, seat.id), (x, y));
        }
    }

    /// Lines between one person's cards in neighbouring columns, drawn over the cards' edges.
    fn join_shared_people(&mut self) {
        for (_, posts) in self.people.values() {
            for pair in posts.windows(2) {
                let (Some(a), Some(b)) = (
                    pair.first().and_then(|(i, s, _)| self.at.get(&(*i, *s))),
                    pair.get(1).and_then(|(i, s, _)| self.at.get(&(*i, *s))),
                ) else {
                    continue;
                };
                let (left, right) = if a.0 <= b.0 { (a, b) } else { (b, a) };
                let (x1, y1) = (left.0 + COLUMN, left.1 + CARD_H / 2.0);
                let (x2, y2) = (right.0, right.1 + CARD_H / 2.0);
                let _ = write!(
                    self.body,
                    r##"<path d="M{x1} {y1} C{} {y1} {} {y2} {x2} {y2}" fill="none" stroke="#9a5b00" stroke-width="2.5" stroke-dasharray="6 4" opacity="0.8"/>"##,
                    x1 + GAP,
                    x2 - GAP
                );
            }
        }
    }

    /// The cluster's joint committees, a line each, from `y`. Gives the bottom.
    fn joint_committees(&mut self, mut y: f32, width: f32) -> f32 {
        let cluster = self.input.cluster;
        if cluster.joint_committees.is_empty() {
            return y;
        }
        let _ = write!(
            self.body,
            r##"<text x="{MARGIN}" y="{}" font-size="22" font-weight="bold" fill="#1d1d1d">Joint committees</text>"##,
            y + 10.0
        );
        y += 24.0;
        for committee in &cluster.joint_committees {
            let members = committee.members.len();
            fitted(
                &mut self.body,
                &across(width, y + 16.0, 17.0),
                r##"fill="#1d1d1d""##,
                &format!(
                    "{}: {} ({})",
                    committee.name,
                    crate::rules::plural(members, "member", "members"),
                    if committee.delegated_functions.trim().is_empty() {
                        "no delegated functions recorded"
                    } else {
                        committee.delegated_functions.trim()
                    }
                ),
            );
            y += 26.0;
        }
        y
    }
}
