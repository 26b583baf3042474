//! One holder's term on the timeline: the bar from `appointed` to `term_ends`, and its words
//! ("Jul 2022 to Jun 2027 (left)"), so that nothing is told by colour alone.

use egui::{Align2, Color32, FontId, Pos2, Rect, Stroke, StrokeKind};

use super::theme;
use crate::model::{Band, IsoDate, Seat};

/// How the timeline is drawn.
#[derive(Debug, Clone, Copy)]
pub struct TimelineStyle {
    /// The size of the names, in points.
    pub body: f32,
    /// The date line can be moved (not while presenting).
    pub editable: bool,
    pub dark: bool,
}

/// A seat's holder's term, as dates (each `None` when not recorded or not a date).
pub(super) fn term(seat: &Seat) -> (Option<IsoDate>, Option<IsoDate>) {
    seat.holder.as_ref().map_or((None, None), |h| {
        (IsoDate::parse(&h.appointed), IsoDate::parse(&h.term_ends))
    })
}

/// A seat's term as the timeline draws it.
pub(super) struct SeatBar {
    from: Option<IsoDate>,
    to: Option<IsoDate>,
    band: Band,
    held: bool,
    /// The term has ended by the date: the holder has left.
    ended: bool,
    /// Months left after the date, when the term ends within a year of it.
    ends_soon: Option<i64>,
    /// When the holder's next fit and proper person assessment falls due (voting members).
    assessment_due: Option<IsoDate>,
    /// That date is before the board's date.
    assessment_overdue: bool,
}

impl SeatBar {
    pub(super) fn of(seat: &Seat, as_at: i64) -> Self {
        let (from, to) = term(seat);
        let ended = to.is_some_and(|t| t.days() <= as_at);
        let ends_soon = to
            .map(|t| t.days() - as_at)
            .filter(|left| *left > 0 && *left <= 365)
            .map(|left| (left + 15) / 30);
        let assessment_due = seat
            .holder
            .as_ref()
            .filter(|_| seat.role.is_voting() && !ended)
            .and_then(crate::rules::year::fppt_next_due);
        Self {
            from,
            to,
            band: seat.role.band(),
            held: seat.holder.is_some(),
            ended,
            ends_soon,
            assessment_due,
            assessment_overdue: assessment_due.is_some_and(|d| d.days() < as_at),
        }
    }

    /// The words for the term, so that nothing is said by colour alone.
    pub(super) fn words(&self) -> String {
        let when = match (self.from, self.to) {
            (Some(a), Some(b)) => format!("{} to {}", a.month_name(), b.month_name()),
            (Some(a), None) => format!("from {}, no end recorded", a.month_name()),
            (None, Some(b)) => format!("to {}", b.month_name()),
            (None, None) => "no dates recorded".to_owned(),
        };
        if self.ended {
            format!("{when} (left)")
        } else if let Some(months) = self.ends_soon {
            match months {
                0 => format!("{when} (ends within a month)"),
                1 => format!("{when} (ends in 1 month)"),
                n => format!("{when} (ends in {n} months)"),
            }
        } else {
            when
        }
    }

    pub(super) fn describe(&self, seat: &Seat) -> String {
        if !self.held {
            return format!("{}: vacant", seat.label());
        }
        let assessment = self.assessment_due.map_or_else(String::new, |d| {
            let word = if self.assessment_overdue {
                "overdue since"
            } else {
                "due"
            };
            format!("; assessment {word} {}", d.long())
        });
        format!(
            "{}, {}: {}{assessment}",
            seat.holder_name().unwrap_or_default(),
            seat.label(),
            self.words()
        )
    }

    pub(super) fn paint(
        &self,
        painter: &egui::Painter,
        rect: Rect,
        x_of: &dyn Fn(i64) -> f32,
        (first, last): (i64, i64),
        style: TimelineStyle,
        text_colour: Color32,
    ) {
        if !self.held {
            return;
        }
        let font = FontId::proportional(style.body * 0.8);
        self.paint_assessment(painter, rect, x_of, (first, last), style);
        if self.from.is_none() && self.to.is_none() {
            // Nothing to draw a bar from: say so where the bars start.
            painter.text(
                Pos2::new(x_of(first) + 6.0, rect.center().y),
                Align2::LEFT_CENTER,
                self.words(),
                font,
                text_colour.gamma_multiply(0.7),
            );
            return;
        }
        let start = x_of(self.from.map_or(first, IsoDate::days));
        let end = x_of(self.to.map_or(last, IsoDate::days)).max(start + 4.0);
        let (top, bottom) = (
            rect.center().y - style.body * 0.55,
            rect.center().y + style.body * 0.55,
        );
        let bar = Rect::from_x_y_ranges(start..=end, top..=bottom);
        let colour = theme::band_colour(self.band);
        let fill = if self.ended {
            colour.gamma_multiply(0.3)
        } else {
            colour.gamma_multiply(0.8)
        };
        painter.rect_filled(bar, 3.0, fill);
        // An open end (no date recorded) is drawn as an outline, not a solid edge.
        if self.from.is_none() || self.to.is_none() {
            painter.rect_stroke(bar, 3.0, Stroke::new(1.5, colour), StrokeKind::Inside);
        }
        // The words go after the bar when there is room, else inside it (white on the strong
        // fill of a current term, the text colour on the faint fill of one that has ended).
        let galley = painter.layout_no_wrap(self.words(), font, text_colour);
        let after = bar.right() + 6.0;
        let (at, colour) = if after + galley.size().x <= rect.right() {
            (after, text_colour)
        } else if self.ended {
            (bar.left() + 6.0, text_colour)
        } else {
            (bar.left() + 6.0, Color32::WHITE)
        };
        painter.galley_with_override_text_color(
            Pos2::new(at, bar.center().y - galley.size().y / 2.0),
            galley,
            colour,
        );
    }
}

impl SeatBar {
    /// The assessment due date: a marked tick under the bar, with its word, where it falls
    /// within the axis.
    fn paint_assessment(
        &self,
        painter: &egui::Painter,
        rect: Rect,
        x_of: &dyn Fn(i64) -> f32,
        (first, last): (i64, i64),
        style: TimelineStyle,
    ) {
        let Some(due) = self
            .assessment_due
            .filter(|d| (first..=last).contains(&d.days()))
        else {
            return;
        };
        let x = x_of(due.days());
        // Overdue is said in words as well as in the warning colour.
        let (severity, word) = if self.assessment_overdue {
            (crate::rules::Severity::Warning, "FPPT overdue")
        } else {
            (crate::rules::Severity::Advice, "FPPT due")
        };
        let colour = theme::severity_colour(severity, style.dark);
        let bottom = rect.center().y + style.body * 1.05;
        painter.vline(
            x,
            rect.center().y - style.body * 0.75..=bottom,
            Stroke::new(2.0, colour),
        );
        painter.text(
            Pos2::new(x + 3.0, bottom),
            Align2::LEFT_BOTTOM,
            word,
            FontId::proportional(style.body * 0.6),
            colour,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_say_in_words_who_has_left_and_whose_term_ends_soon() {
        let mut seat = Seat::new(1, crate::model::Role::NonExecutive);
        let mut holder = crate::model::Holder::named("Ada Okafor");
        holder.appointed = "2023-04-01".into();
        holder.term_ends = "2027-03-31".into();
        seat.holder = Some(holder);
        let on = |s: &str| IsoDate::parse(s).unwrap().days();
        let before = SeatBar::of(&seat, on("2026-12-01"));
        assert_eq!(before.words(), "Apr 2023 to Mar 2027 (ends in 4 months)");
        let after = SeatBar::of(&seat, on("2027-04-01"));
        assert!(after.ended);
        assert!(after.describe(&seat).contains("Ada Okafor"));
        assert!(after.words().ends_with("(left)"));
        let mut assessed = seat.clone();
        if let Some(h) = assessed.holder.as_mut() {
            h.fppt_assessed = "2026-06-15".into();
        }
        let bar = SeatBar::of(&assessed, on("2026-12-01"));
        assert!(
            bar.describe(&assessed)
                .ends_with("assessment due 15 Jun 2027"),
            "{}",
            bar.describe(&assessed)
        );
    }
}
