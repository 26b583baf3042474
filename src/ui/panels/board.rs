//! The board as bands of seat cards (drop roles here, drag cards to reorder), and the summary
//! strip above it.

use egui::{CornerRadius, Rect, RichText, Sense, Stroke, StrokeKind, Vec2};

use crate::ui::{
    action::{Action, DragPayload},
    context::DesignCtx,
    view::Selection,
    widgets::{
        board_fit::{self, BAND_LABEL_WIDTH, BoardFit, WINDOW},
        seat_card::{self, CARD_MARGINS, CardMarks, HOLDER_SIZE},
        theme,
    },
};
use crate::{
    model::{Band, Command, Design, IsoDate, Seat},
    rules::{Severity, Subject},
};

/// Voting members, executives x of 4, non-executives x of 3, partners x of 3, NED share.
pub fn summary_strip_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let s = &cx.summary;
    let t = &cx.pack.thresholds;
    let voting = s.voting();
    let share = (s.non_executives() * 100 + voting / 2)
        .checked_div(voting)
        .unwrap_or(0);
    ui.horizontal_wrapped(|ui| {
        let ok = |ui: &mut egui::Ui, text: String, met: bool| {
            let colour = if met {
                ui.visuals().text_color()
            } else {
                theme::severity_colour(Severity::Error, cx.view.dark)
            };
            let mark = if met { "" } else { " (short)" };
            // Each figure moves to the next line whole rather than breaking inside.
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{text}{mark}"))
                        .strong()
                        .color(colour),
                )
                .wrap_mode(egui::TextWrapMode::Extend),
            );
            ui.separator();
        };
        ok(ui, format!("Voting {voting}"), voting > 0);
        ok(
            ui,
            format!("Executives {} of {}", s.executives(), t.executives_min),
            s.executives() >= t.executives_min,
        );
        ok(
            ui,
            format!(
                "Non-execs {} of {}",
                s.non_executives(),
                t.non_executives_min
            ),
            s.non_executives() >= t.non_executives_min,
        );
        ok(
            ui,
            format!("Partners {} of {}", s.partners(), t.partner_min),
            s.partners() >= t.partner_min,
        );
        ui.add(
            egui::Label::new(RichText::new(format!("NED share {share}%")).strong())
                .wrap_mode(egui::TextWrapMode::Extend),
        )
        .on_hover_text("Chair and non-executive members as a share of the voting members");
    });
}

/// The room on a card, at scale 1, that the longest holder's name needs.
pub fn widest_name(ui: &egui::Ui, design: &Design) -> f32 {
    let names = design.board.iter().filter_map(Seat::holder_name);
    board_fit::widest(ui, names, HOLDER_SIZE) + CARD_MARGINS
}

/// The bands of seat cards, laid out by `fit`.
pub fn bands_ui(cx: &DesignCtx, ui: &mut egui::Ui, fit: &BoardFit) {
    let design = cx.shared();
    ui.spacing_mut().item_spacing = WINDOW.gap;
    // Not after a drop or a click until the pointer moves on (see `moved_since_button`).
    let tooltips = seat_card::moved_since_button(ui);
    for band in Band::ALL {
        let seats = design.seats_in(band);
        let stroke = Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color);
        let frame = egui::Frame::default()
            .inner_margin(WINDOW.band_padding - 1.0)
            .corner_radius(6.0)
            .stroke(stroke);
        // A band lights up only for what it takes: any new role (it lands in its own band) and
        // its own seats (to move them); a seat of another band, or a partnership sector, is
        // refused, so that band is drawn plain.
        let payload = egui::DragAndDrop::payload::<DragPayload>(ui.ctx());
        let accepts = payload.as_deref().is_none_or(|p| match p {
            DragPayload::NewRole(..) => true,
            DragPayload::Seat(id) => design.seat(*id).is_some_and(|s| s.role.band() == band),
            DragPayload::PartnershipSector(_) | DragPayload::ClusterSeat { .. } => false,
        });
        let contents = |ui: &mut egui::Ui| {
            ui.set_min_width(ui.available_width());
            ui.set_min_height(fit.card.y);
            ui.horizontal_top(|ui| {
                band_label_ui(ui, band, seats.len(), fit.card.y);
                ui.vertical(|ui| {
                    let fit = &band_card(ui, fit, &seats);
                    // Whole rows of the fitted width: the fit counted exactly these rows.
                    for row in seats.chunks(fit.columns.max(1)) {
                        ui.horizontal(|ui| {
                            for seat in row {
                                seat_card_ui(cx, ui, seat, (fit, tooltips));
                            }
                        });
                    }
                    if seats.is_empty() {
                        let hint = format!(
                            "Drop {} roles here",
                            crate::model::text::lower_first(band.name())
                        );
                        ui.label(RichText::new(hint).italics().weak());
                    }
                });
            });
        };
        // The same widgets whether or not a drag is on, so that the end of a drag builds
        // nothing new (each new widget costs the window another frame).
        let shown = frame.show(ui, contents).response;
        if accepts {
            if payload.is_some() && shown.contains_pointer() {
                ui.painter().rect_stroke(
                    shown.rect,
                    6.0,
                    ui.visuals().widgets.active.bg_stroke,
                    StrokeKind::Inside,
                );
            }
            if let Some(dropped) = shown.dnd_release_payload::<DragPayload>() {
                drop_on_band(cx, band, &dropped);
            }
        }
        // The band as a group that a screen reader (and a test) finds by its name.
        let name = format!(
            "Band: {} ({})",
            band.name(),
            if seats.len() == 1 {
                "1 seat".to_owned()
            } else {
                format!("{} seats", seats.len())
            }
        );
        shown.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Group, true, &name));
        ui.add_space(WINDOW.band_gap - WINDOW.gap.y);
    }
}

/// The band's cards: wider than the board's where the band's rows are not full and a title
/// would be cut (up to twice as wide), so the room is used before a title is cut. The band
/// keeps its number of rows (the board's fit counted them), with its cards shared evenly
/// between them: six cards in rows of five are two rows of three.
fn band_card(ui: &egui::Ui, fit: &BoardFit, seats: &[&Seat]) -> BoardFit {
    let count = seats.len();
    let columns = fit.columns.max(1);
    let per_row = count.div_ceil(count.div_ceil(columns).max(1));
    if count == 0 || per_row >= columns {
        return *fit;
    }
    let k = fit.scale;
    let titles: Vec<String> = seats.iter().map(|s| s.card_title()).collect();
    // The title's room: the card less its stripe and margin, and a count badge's corner.
    let needed = board_fit::widest(ui, titles.iter().map(String::as_str), 16.0 * k) + 46.0 * k;
    if needed <= fit.card.x {
        return *fit;
    }
    let gaps = (per_row as f32 - 1.0) * WINDOW.gap.x;
    let room = (ui.available_width() - gaps) / per_row as f32;
    let width = needed.min(room).min(fit.card.x * 2.0).max(fit.card.x);
    BoardFit {
        card: Vec2::new(width, fit.card.y),
        columns: per_row,
        ..*fit
    }
}

/// The band's name in a narrow column at its left (saves a heading row on small screens).
fn band_label_ui(ui: &mut egui::Ui, band: Band, count: usize, height: f32) {
    ui.allocate_ui(Vec2::new(BAND_LABEL_WIDTH, height), |ui| {
        ui.set_width(BAND_LABEL_WIDTH);
        ui.vertical(|ui| {
            let name = RichText::new(band.name())
                .strong()
                .size(16.0)
                .color(theme::band_text_colour(band, ui.visuals()));
            ui.label(name);
            let seats = if count == 1 { "seat" } else { "seats" };
            ui.label(RichText::new(format!("{count} {seats}")).weak());
        });
    });
}

/// A role dropped on a band adds a seat (in the band its role belongs to); a seat dropped on its
/// own band moves it to the band's end.
fn drop_on_band(cx: &DesignCtx, band: Band, payload: &DragPayload) {
    match payload {
        DragPayload::NewRole(..) | DragPayload::PartnershipSector(_) => cx.drop_payload(payload),
        DragPayload::ClusterSeat { .. } => {}
        DragPayload::Seat(id) => {
            let design = cx.design();
            let same_band = design.seat(*id).is_some_and(|s| s.role.band() == band);
            let last = design.board.iter().rposition(|s| s.role.band() == band);
            if same_band && let Some(last) = last {
                cx.edit(Command::MoveSeat {
                    id: *id,
                    index: last,
                });
            }
        }
    }
}

/// The most of a finding's message a card's tooltip shows.
const TOOLTIP_MESSAGE_CHARS: usize = 240;

/// A seat card; `tooltips` is whether cards may show theirs this frame.
fn seat_card_ui(
    cx: &DesignCtx,
    ui: &mut egui::Ui,
    seat: &Seat,
    (fit, tooltips): (&BoardFit, bool),
) {
    let (rect, _) = ui.allocate_exact_size(fit.card, Sense::hover());
    if cx.view.scroll_to == Some(Subject::Seat(seat.id)) {
        ui.scroll_to_rect(rect, Some(egui::Align::Center));
        cx.push(Action::ScrolledTo);
    }
    // Cards scrolled out of view take their space but cost nothing else (1,000-seat boards).
    if !ui.is_rect_visible(rect) {
        return;
    }
    let response = ui.interact(
        rect,
        egui::Id::unique(("seat_card", seat.id)),
        Sense::click_and_drag(),
    );
    // On the date the board is shown at, a holder whose term has ended has left.
    let left = seat
        .holder
        .as_ref()
        .and_then(|h| IsoDate::parse(&h.term_ends))
        .is_some_and(|end| end <= cx.as_at);
    let name = seat.holder_name().map(str::to_owned);
    let (holder, leaver) = if left { (None, name) } else { (name, None) };
    // A name can be 64 KiB long: the label and its tooltip carry a readable length of it,
    // and the window never lays out the rest.
    let accessible = crate::model::cut(
        &match (&holder, &leaver) {
            (Some(name), _) => format!("Seat: {}, {name}", seat.label()),
            (None, Some(leaver)) => format!(
                "Seat: {}, vacant on {} ({leaver}'s term has ended)",
                seat.label(),
                cx.as_at.long()
            ),
            (None, None) => format!("Seat: {}, vacant", seat.label()),
        },
        300,
    );
    let selected = cx.view.selection == Selection::Seat(seat.id);
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::Button, true, selected, &accessible)
    });
    response.dnd_set_drag_payload(DragPayload::Seat(seat.id));

    // Reorder: a seat of the same band dropped on this card takes its place.
    if let Some(payload) = response.dnd_release_payload::<DragPayload>() {
        match payload.as_ref() {
            DragPayload::Seat(other) if *other != seat.id => {
                let same_band = cx
                    .design()
                    .seat(*other)
                    .is_some_and(|s| s.role.band() == seat.role.band());
                if same_band && let Some(index) = cx.design().seat_index(seat.id) {
                    cx.edit(Command::MoveSeat { id: *other, index });
                }
            }
            DragPayload::NewRole(..) => cx.drop_payload(payload.as_ref()),
            DragPayload::Seat(_)
            | DragPayload::PartnershipSector(_)
            | DragPayload::ClusterSeat { .. } => {}
        }
    }
    let hovered_by_seat = response
        .dnd_hover_payload::<DragPayload>()
        .is_some_and(|p| matches!(p.as_ref(), DragPayload::Seat(o) if *o != seat.id));

    seat_card::paint_card(
        ui,
        (rect, fit),
        seat,
        (holder.as_deref(), leaver.as_deref()),
        CardMarks {
            highlighted: selected || hovered_by_seat,
            badge: cx.findings_about(Subject::Seat(seat.id)),
            dark: cx.view.dark,
        },
    );
    if response.dragged()
        && let Some(pointer) = ui.ctx().pointer_interact_pos()
    {
        let layer = egui::LayerId::new(egui::Order::Tooltip, egui::Id::unique("card_ghost"));
        let ghost = Rect::from_center_size(pointer, rect.size() * 0.9);
        ui.ctx().layer_painter(layer).rect_stroke(
            ghost,
            CornerRadius::same(8),
            Stroke::new(2.0, theme::band_colour(seat.role.band())),
            StrokeKind::Inside,
        );
    }
    if response.clicked() || response.drag_started() {
        cx.push(Action::Select(Selection::Seat(seat.id)));
    }
    // Not after a drop or a click until the pointer moves on: a tooltip popping up over the
    // board just dropped on would cover the cards beside it, and keep the window painting.
    if !tooltips {
        return;
    }
    // Built only while hovered: the tooltip cites each finding's rule and source.
    let report = std::sync::Arc::clone(cx.report);
    let subject = Subject::Seat(seat.id);
    response.on_hover_ui(move |ui| {
        ui.label(&accessible);
        let mut any = false;
        for f in report
            .findings
            .iter()
            .filter(|f| f.severity != Severity::Info && f.concerns(subject))
        {
            any = true;
            // A finding about every member lists them all: the tooltip says the start, and
            // the findings panel has the whole message.
            let message = crate::model::cut(&f.message, TOOLTIP_MESSAGE_CHARS);
            ui.label(format!("{message} [{}; {}]", f.rule, f.source()));
        }
        if !any {
            ui.label("Click to edit; drag to reorder or onto a committee.");
        }
    });
}
