//! The terms timeline: one bar per holder from `appointed` to `term_ends`, grouped by band, with
//! the date the board is shown at as a line that can be dragged (or moved with the arrow keys).
//! Only the rows in view are drawn, so a board of 1,000 holders costs what a screenful does.

use egui::{Align2, FontId, Pos2, Rect, Sense, Stroke, vec2};

pub use super::term_bar::TimelineStyle;
use super::{
    term_bar::{SeatBar, term},
    theme,
};
use crate::model::{Band, Design, Id, IsoDate, Seat};

/// What the person did on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineEvent {
    /// The date line was dragged (or stepped) to this date.
    SetDate(IsoDate),
    /// A holder's row was clicked.
    Select(Id),
}

/// One row of the timeline: a band's heading or a seat.
enum Row<'a> {
    Heading(Band),
    Seat(&'a Seat),
}

/// The rows in order: each band's heading, then its seats in board order.
fn rows(design: &Design) -> Vec<Row<'_>> {
    let mut rows = Vec::with_capacity(design.board.len() + Band::ALL.len());
    for band in Band::ALL {
        let mut seats = design.board.iter().filter(|s| s.role.band() == band);
        if let Some(first) = seats.next() {
            rows.push(Row::Heading(band));
            rows.push(Row::Seat(first));
            rows.extend(seats.map(Row::Seat));
        }
    }
    rows
}

/// The days the axis spans: every term and the date, with a quarter's margin each side.
fn axis(design: &Design, as_at: IsoDate) -> (i64, i64) {
    let day = as_at.days();
    let (mut first, mut last) = (day, day);
    for seat in &design.board {
        let (from, to) = term(seat);
        for date in [from, to].into_iter().flatten() {
            first = first.min(date.days());
            last = last.max(date.days());
        }
    }
    // At least two years in view, so that a single term is not a full-width slab.
    let short = (730 - (last - first)).max(0);
    (first - 91 - short / 2, last + 91 + short / 2)
}

/// A month later (`step` 1) or earlier (-1), on the same day where the month has it.
fn step_month(date: IsoDate, step: i32) -> IsoDate {
    let months = date.year * 12 + i32::try_from(date.month).unwrap_or(1) - 1 + step;
    let (year, month) = (months.div_euclid(12), months.rem_euclid(12) + 1);
    let month = u32::try_from(month).unwrap_or(1);
    (1..=date.day)
        .rev()
        .find_map(|day| IsoDate::parse(&format!("{year:04}-{month:02}-{day:02}")))
        .unwrap_or(date)
}

/// The timeline of a design at a date; what the person did, if anything.
pub fn timeline(
    ui: &mut egui::Ui,
    design: &Design,
    as_at: IsoDate,
    style: TimelineStyle,
) -> Option<TimelineEvent> {
    let rows = rows(design);
    let (first, last) = axis(design, as_at);
    let width = ui.available_width().max(300.0);
    let label_width = (width * 0.28).clamp(160.0, style.body * 16.0);
    let plot = (label_width + style.body, width - style.body * 0.5);
    let span = (last - first).max(1) as f32;
    let x_of = move |left: f32, days: i64| {
        left + plot.0 + (plot.1 - plot.0) * (days - first) as f32 / span
    };
    let date_of = move |left: f32, x: f32| {
        let share = ((x - left - plot.0) / (plot.1 - plot.0)).clamp(0.0, 1.0);
        IsoDate::from_days(first + (share * span).round() as i64)
    };
    let mut event = None;

    // The axis: years (and quarters when few years are in view), and the date's label.
    let axis_height = style.body * 2.6;
    let (axis_rect, axis_response) =
        ui.allocate_exact_size(vec2(width, axis_height), Sense::click_and_drag());
    let left = axis_rect.left();
    axis_ui(ui, axis_rect, (first, last), &x_of, style);
    let date_name = format!("Board on {}", as_at.long());
    axis_response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Slider, style.editable, &date_name));

    // The rows, drawn only where they are in view.
    let row_height = style.body * 2.7;
    let x_at = |days: i64| x_of(left, days);
    let paint = RowPaint {
        size: vec2(width, row_height),
        style,
        x_of: &x_at,
        span: (first, last),
        as_at_days: as_at.days(),
    };
    let scroll = egui::ScrollArea::vertical()
        .id_salt("timeline_rows")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            for row in rows.get(range).unwrap_or_default() {
                if let Some(clicked) = row_ui(ui, row, &paint) {
                    event = Some(clicked);
                }
            }
        });

    // The date line, over the axis and the rows; drag it, or the axis, to move the date.
    let bottom = scroll.inner_rect.bottom();
    let x = x_of(left, as_at.days());
    let line = Rect::from_x_y_ranges(x - 8.0..=x + 8.0, axis_rect.top()..=bottom);
    let handle = ui.interact(
        line,
        ui.scope_id().with("timeline_date_line"),
        Sense::drag(),
    );
    let accent = theme::severity_colour(crate::rules::Severity::Advice, style.dark);
    let painter = ui.painter();
    painter.vline(x, axis_rect.top()..=bottom, Stroke::new(3.0, accent));
    painter.text(
        Pos2::new(x + 6.0, axis_rect.top() + 2.0),
        if x > axis_rect.center().x {
            Align2::RIGHT_TOP
        } else {
            Align2::LEFT_TOP
        },
        &date_name,
        FontId::proportional(style.body * 0.9),
        accent,
    );
    if !style.editable {
        return event;
    }
    let pressed_at = |r: &egui::Response| {
        (r.dragged() || r.clicked())
            .then(|| r.interact_pointer_pos())
            .flatten()
    };
    if let Some(pos) = pressed_at(&handle).or_else(|| pressed_at(&axis_response)) {
        let date = date_of(left, pos.x);
        if date != as_at {
            event = Some(TimelineEvent::SetDate(date));
        }
    }
    if handle.hovered() || handle.dragged() || axis_response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeHorizontal);
    }
    if axis_response.has_focus() {
        let step = ui.input(|i| {
            i32::from(i.key_pressed(egui::Key::ArrowRight))
                - i32::from(i.key_pressed(egui::Key::ArrowLeft))
        });
        if step != 0 {
            event = Some(TimelineEvent::SetDate(step_month(as_at, step)));
        }
    }
    axis_response.on_hover_text(
        "Drag the line (or click here) to see the board on another date; Left and Right move it a month",
    );
    event
}

/// What a row of the timeline needs to paint itself.
struct RowPaint<'a> {
    size: egui::Vec2,
    style: TimelineStyle,
    /// Where a day (counted as [`IsoDate::days`]) falls across the row.
    x_of: &'a dyn Fn(i64) -> f32,
    span: (i64, i64),
    as_at_days: i64,
}

/// One row: a band's heading, or a seat's holder and role beside their term's bar; the seat
/// when it was clicked.
fn row_ui(ui: &mut egui::Ui, row: &Row, paint: &RowPaint) -> Option<TimelineEvent> {
    let style = paint.style;
    let (rect, response) = ui.allocate_exact_size(
        paint.size,
        match row {
            Row::Heading(_) => Sense::hover(),
            Row::Seat(_) => Sense::click(),
        },
    );
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let seat = match row {
        Row::Heading(band) => {
            painter.text(
                Pos2::new(rect.left() + 4.0, rect.bottom() - style.body * 0.4),
                Align2::LEFT_BOTTOM,
                band.name(),
                FontId::proportional(style.body * 1.05),
                visuals.strong_text_color(),
            );
            let grid = visuals.widgets.noninteractive.bg_stroke.color;
            painter.hline(rect.x_range(), rect.bottom() - 1.0, Stroke::new(1.0, grid));
            return None;
        }
        Row::Seat(seat) => seat,
    };
    let bar = SeatBar::of(seat, paint.as_at_days);
    if response.hovered() {
        painter.rect_filled(rect, 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let text_colour = visuals.text_color();
    painter.text(
        Pos2::new(rect.left() + 4.0, rect.top() + style.body * 0.15),
        Align2::LEFT_TOP,
        seat.holder_name().unwrap_or("Vacant"),
        FontId::proportional(style.body),
        text_colour,
    );
    painter.text(
        Pos2::new(rect.left() + 4.0, rect.bottom() - style.body * 0.2),
        Align2::LEFT_BOTTOM,
        seat.label(),
        FontId::proportional(style.body * 0.8),
        visuals.weak_text_color(),
    );
    bar.paint(&painter, rect, paint.x_of, paint.span, style, text_colour);
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, bar.describe(seat)));
    response.clicked().then_some(TimelineEvent::Select(seat.id))
}

/// The axis strip: a tick and label at each year (and quarter when the span is short).
fn axis_ui(
    ui: &egui::Ui,
    rect: Rect,
    (first, last): (i64, i64),
    x_of: &dyn Fn(f32, i64) -> f32,
    style: TimelineStyle,
) {
    let painter = ui.painter_at(rect);
    let colour = ui.visuals().text_color();
    let tick = ui.visuals().widgets.noninteractive.bg_stroke;
    let (from, to) = (
        IsoDate::from_days(first).year,
        IsoDate::from_days(last).year,
    );
    let quarters = to - from <= 4;
    for year in from..=to + 1 {
        for month in [1, 4, 7, 10] {
            if month > 1 && !quarters {
                continue;
            }
            let Some(date) = IsoDate::parse(&format!("{year:04}-{month:02}-01")) else {
                continue;
            };
            if date.days() < first || date.days() > last {
                continue;
            }
            let x = x_of(rect.left(), date.days());
            let (height, label) = if month == 1 {
                (style.body * 1.0, year.to_string())
            } else {
                (
                    style.body * 0.5,
                    date.month_name().chars().take(3).collect(),
                )
            };
            painter.vline(x, rect.bottom() - height..=rect.bottom(), tick);
            painter.text(
                Pos2::new(x + 3.0, rect.bottom() - 2.0),
                Align2::LEFT_BOTTOM,
                label,
                FontId::proportional(style.body * if month == 1 { 0.85 } else { 0.65 }),
                colour,
            );
        }
    }
    painter.hline(rect.x_range(), rect.bottom(), tick);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_step_keeps_the_day_where_the_month_has_it() {
        let date = |s| IsoDate::parse(s).unwrap();
        assert_eq!(step_month(date("2027-01-31"), 1), date("2027-02-28"));
        assert_eq!(step_month(date("2027-01-15"), -1), date("2026-12-15"));
        assert_eq!(step_month(date("2026-12-01"), 1), date("2027-01-01"));
    }

    #[test]
    fn the_axis_holds_every_term_and_the_date() {
        let mut design = crate::model::generate::realistic_design();
        let as_at = IsoDate::parse("2026-12-01").unwrap();
        let (first, last) = axis(&design, as_at);
        assert!(first < as_at.days() && as_at.days() < last);
        for seat in &design.board {
            let (from, to) = term(seat);
            for date in [from, to].into_iter().flatten() {
                assert!((first..=last).contains(&date.days()));
            }
        }
        design.board.clear();
        let (first, last) = axis(&design, as_at);
        assert!(last - first >= 730);
        assert!(rows(&design).is_empty());
    }
}
