//! A seat card as the board paints it, at the size the board's fit chose, and when its
//! tooltip may show. Knows the seat, not the window.

use egui::{Align2, CornerRadius, FontId, Rect, Stroke, StrokeKind, Vec2};

use super::{board_fit::BoardFit, card_layout::CardLayout, theme};
use crate::{model::Seat, rules::Severity};

/// A card's holder line: its type size, and the room left and right of it, at scale 1.
pub const HOLDER_SIZE: f32 = 15.0;
pub const CARD_MARGINS: f32 = 26.0;

/// Whether cards may show their tooltips: the pointer has moved since a mouse button last went
/// down or up, and since it came into the window, and no button is held. A window opened under
/// a resting pointer shows no tooltip over the board; a card dragged shows none on its way
/// (waiting for the pointer to be still, egui would paint every frame of the drag, and one
/// would be under way when the card is let go).
pub fn moved_since_button(ui: &egui::Ui) -> bool {
    let id = egui::Id::unique("last_button_time");
    let now = ui.input(|i| i.time);
    let last = ui.data(|d| d.get_temp::<f64>(id));
    let (pressed, arrived, moved, held) = ui.input(|i| {
        (
            i.pointer.any_pressed() || i.pointer.any_released(),
            last.is_none() && i.pointer.hover_pos().is_some(),
            i.pointer.time_since_last_movement(),
            i.pointer.any_down(),
        )
    });
    if pressed || arrived {
        ui.data_mut(|d| d.insert_temp(id, now));
    }
    let since = now
        - ui.data(|d| d.get_temp::<f64>(id))
            .unwrap_or(f64::NEG_INFINITY);
    // A millisecond's margin: egui gives the time since the last movement in f32.
    f64::from(moved) + 0.001 < since && !held
}

/// What a card shows besides its seat: selected or a drop target (a thick outline), the
/// worst finding about it with their count (a badge), and the theme.
#[derive(Debug, Clone, Copy)]
pub struct CardMarks {
    pub highlighted: bool,
    pub badge: Option<(Severity, usize)>,
    pub dark: bool,
}

/// Paint a seat card laid out by `fit`: its band's stripe, title, role (on a full card),
/// holder or "Vacant" (with the leaver's name struck through), expertise, and count badge.
pub fn paint_card(
    ui: &egui::Ui,
    (rect, fit): (Rect, &BoardFit),
    seat: &Seat,
    (holder, leaver): (Option<&str>, Option<&str>),
    marks: CardMarks,
) {
    let CardMarks {
        highlighted,
        badge,
        dark,
    } = marks;
    let visuals = ui.visuals();
    let painter = ui.painter();
    let band = seat.role.band();
    let stroke = if highlighted {
        Stroke::new(3.0, visuals.selection.stroke.color)
    } else {
        Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color)
    };
    painter.rect(
        rect,
        CornerRadius::same(8),
        visuals.extreme_bg_color,
        stroke,
        StrokeKind::Inside,
    );
    painter.rect_filled(
        Rect::from_min_size(rect.min, Vec2::new(7.0, rect.height())),
        CornerRadius::same(4),
        theme::band_colour(band),
    );
    let text = visuals.text_color();
    let k = fit.scale;
    let layout = CardLayout::of(rect, badge.is_some(), k);
    let left = layout.title.left();
    let width = rect.width() - 24.0 * k;
    let mut y = rect.top() + 6.0 * k;
    let font = |size: f32| FontId::proportional(size * k);
    let role = seat.role.name();
    // One line of text, cut with an ellipsis when it does not fit its room.
    let fitted = |y: f32, s: &str, font: FontId, colour, room: f32| {
        let mut job = egui::text::LayoutJob::simple_singleline(s.to_owned(), font, colour);
        job.wrap = egui::text::TextWrapping::truncate_at_width(room);
        let galley = painter.layout_job(job);
        painter.galley(egui::pos2(left, y), galley, colour);
    };
    let line = |y: f32, s: &str, font: FontId, colour| fitted(y, s, font, colour, width);
    // The card's label and tooltip keep the whole title.
    let title = seat.card_title();
    // The title gives the count badge its corner: the two never overlap. A title a little too
    // long is set smaller (to 14 px, no less), then shortened as boards write it ("Dir.",
    // "Non-exec", "&"), before it is cut.
    let room = layout.title.width();
    let width_at = |s: &str, size: f32| {
        painter
            .layout_no_wrap(crate::model::cut(s, 80), font(size), text)
            .size()
            .x
    };
    let natural = width_at(&title, 16.0);
    let (shown, size) = if natural <= room || natural <= 0.0 {
        (title, 16.0)
    } else if natural * 14.0 / 16.0 <= room {
        (title, 16.0 * room / natural)
    } else {
        let forms = crate::model::text::shorter_forms(&crate::model::cut(&title, 80));
        let fits = forms.iter().find(|form| width_at(form, 14.0) <= room);
        (fits.or(forms.last()).cloned().unwrap_or(title), 14.0)
    };
    fitted(y, &shown, font(size), text, room);
    y += 22.0 * k;
    // A compact card leaves the role to its title, label and tooltip.
    if fit.shape.role_line {
        if seat.label() != role {
            line(y, &role, font(14.0), visuals.weak_text_color());
        }
        y += 20.0 * k;
    }
    match holder {
        Some(name) => line(y, name, font(HOLDER_SIZE), text),
        None => {
            let badge = Rect::from_min_size(egui::pos2(left, y), Vec2::new(64.0, 20.0) * k);
            painter.rect_filled(
                badge,
                CornerRadius::same(4),
                theme::severity_colour(Severity::Warning, dark),
            );
            painter.text(
                badge.center(),
                Align2::CENTER_CENTER,
                "Vacant",
                font(14.0),
                egui::Color32::WHITE,
            );
            // The leaver's name, ghosted beside the badge.
            if let Some(leaver) = leaver {
                let mut job = egui::text::LayoutJob::single_section(
                    format!("was {leaver}"),
                    egui::TextFormat {
                        font_id: font(14.0),
                        color: visuals.weak_text_color(),
                        italics: true,
                        strikethrough: Stroke::new(1.0, visuals.weak_text_color()),
                        ..Default::default()
                    },
                );
                job.wrap = egui::text::TextWrapping::truncate_at_width(width - 70.0 * k);
                let galley = painter.layout_job(job);
                painter.galley(egui::pos2(left + 70.0 * k, y + 2.0 * k), galley, text);
            }
        }
    }
    y += 21.0 * k;
    if fit.shape.expertise_line && !seat.expertise.is_empty() {
        let tags: Vec<&str> = seat.expertise.iter().map(|e| e.name()).collect();
        line(y, &tags.join(" | "), font(14.0), visuals.weak_text_color());
    }
    if let Some((severity, count)) = badge {
        let centre = layout.badge.center();
        painter.circle_filled(
            centre,
            layout.badge.width() / 2.0,
            theme::severity_colour(severity, dark),
        );
        painter.text(
            centre,
            Align2::CENTER_CENTER,
            count.to_string(),
            font(14.0),
            egui::Color32::WHITE,
        );
    }
}

#[cfg(test)]
mod tests {
    use egui::{Event, PointerButton, RawInput, pos2};

    /// Whether cards may show tooltips in a frame given these input events.
    fn frame(ctx: &egui::Context, events: Vec<Event>) -> bool {
        let mut allowed = false;
        let input = RawInput {
            events,
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| allowed = super::moved_since_button(ui));
        output.textures_delta.clear();
        allowed
    }

    fn button(pressed: bool) -> Event {
        Event::PointerButton {
            pos: pos2(50.0, 50.0),
            button: PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        }
    }

    #[test]
    fn tooltips_wait_for_the_pointer_to_move_after_it_arrives_or_a_button() {
        let ctx = egui::Context::default();
        // The window opens under the pointer: it arrives, and rests.
        assert!(!frame(&ctx, vec![Event::PointerMoved(pos2(50.0, 50.0))]));
        for _ in 0..40 {
            assert!(!frame(&ctx, vec![]), "resting where it arrived");
        }
        // Moved: tooltips may show.
        assert!(frame(&ctx, vec![Event::PointerMoved(pos2(54.0, 52.0))]));
        assert!(frame(&ctx, vec![]));
        // A button down: none while it is held, moving or not.
        assert!(!frame(&ctx, vec![button(true)]));
        assert!(!frame(&ctx, vec![Event::PointerMoved(pos2(80.0, 60.0))]));
        // Let go, then still: none; moved on: again.
        assert!(!frame(&ctx, vec![button(false)]));
        assert!(!frame(&ctx, vec![]));
        assert!(frame(&ctx, vec![Event::PointerMoved(pos2(90.0, 60.0))]));
    }
}
