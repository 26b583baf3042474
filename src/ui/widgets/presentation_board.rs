//! Presentation page 1, the whole board as large as the screen lets every card show at once,
//! and the growth of a page of text until it fills the screen. Shared widgets of the
//! presentation: they know the design, not the window.

use egui::{RichText, Vec2};

use super::{
    board_fit::{self, CardShape, FitSpec},
    theme,
};
use crate::{
    model::{Band, Design},
    rules::Severity,
};

/// How much a page of text grows its type to fill the screen: found over a pass or two the
/// first time the page shows on a screen of its size (egui discards those passes), then kept.
#[derive(Debug, Clone, Copy)]
pub struct PageFill {
    id: egui::Id,
    /// How many times the base type size the page is set in.
    pub factor: f32,
    /// Once the page has overflowed, it grows no more (no see-saw between two sizes).
    settled: bool,
}

impl PageFill {
    /// The most a page's type grows: 33 px body at 1920x1080 becomes 59 px.
    const MOST: f32 = 1.8;

    pub fn of(ui: &egui::Ui, (page, screen): (usize, Vec2)) -> Self {
        let id = egui::Id::unique(("page_fill", page, screen.x as u32, screen.y as u32));
        let (factor, settled) = ui
            .data(|d| d.get_temp::<(f32, bool)>(id))
            .unwrap_or((1.0, false));
        Self {
            id,
            factor,
            settled,
        }
    }

    /// After drawing: grow the type if the page used less than most of its room, shrink it
    /// (never below 1) if it ran over, and draw the page again at once if it changed.
    pub fn adjust(self, ui: &egui::Ui, used: f32, room: f32) {
        if used <= 0.0 || room <= 0.0 {
            return;
        }
        let (factor, settled) = if used > room && self.factor > 1.0 {
            ((self.factor * room / used).max(1.0), true)
        } else if used < room * 0.85 && !self.settled {
            ((self.factor * (room / used).sqrt()).min(Self::MOST), false)
        } else {
            (self.factor, self.settled)
        };
        if (factor - self.factor).abs() > 0.01 || settled != self.settled {
            ui.data_mut(|d| d.insert_temp(self.id, (factor, settled)));
            ui.ctx()
                .request_discard("a presentation page grows its type to fill the screen");
        }
    }
}

/// Presentation cards: a seat's title over its holder's name, sized to fill the screen.
const PRESENT_FIT: FitSpec = FitSpec {
    shapes: &[CardShape {
        // At 22 px type: twelve ems wide; two lines of title at three quarters of the type,
        // the name at full size, and room around them.
        size: Vec2::new(264.0, 86.0),
        role_line: false,
        expertise_line: false,
    }],
    last_resort: &[],
    narrowest: 0.85,
    label_width: 0.0,
    // The band's heading row above its cards.
    heading: 34.0,
    gap: Vec2::new(14.0, 10.0),
    band_padding: 0.0,
    band_gap: 10.0,
    // 18 px to 64 px type.
    min_scale: 18.0 / 22.0,
    max_scale: 64.0 / 22.0,
};

/// Page 1: the whole board, its type as large as the screen lets every card show at once.
pub fn presentation_board_ui(ui: &mut egui::Ui, design: &Design) {
    presentation_bands_ui(ui, design, &Band::ALL);
}

/// The seats of `bands` only (a merged board's voting members, or its participants), fitted
/// to the screen as page 1 is.
pub fn presentation_bands_ui(ui: &mut egui::Ui, design: &Design, bands: &[Band]) {
    // Bands with no seats are left out of the page, and of the fit.
    let shown: Vec<usize> = design
        .seats_per_band()
        .into_iter()
        .zip(Band::ALL)
        .filter(|(n, band)| *n > 0 && bands.contains(band))
        .map(|(n, _)| n)
        .collect();
    // No card narrower than the longest name at full size (22 px at scale 1).
    let names = design
        .board
        .iter()
        .filter(|seat| bands.contains(&seat.role.band()))
        .filter_map(crate::model::Seat::holder_name);
    let widest = board_fit::widest(ui, names, 22.0) + 2.0 * 0.6 * 22.0;
    let fit = PRESENT_FIT.fit(
        ui.available_size() - Vec2::new(8.0, 16.0),
        &shown,
        widest,
        1.0,
    );
    let body = 22.0 * fit.scale;
    ui.spacing_mut().item_spacing = PRESENT_FIT.gap;
    for &band in bands {
        let seats = design.seats_in(band);
        if seats.is_empty() {
            continue;
        }
        let heading = RichText::new(format!("{} ({})", band.name(), seats.len()))
            .size(body * 1.1)
            .strong()
            .color(theme::band_text_colour(band, ui.visuals()));
        ui.allocate_ui_with_layout(
            Vec2::new(
                ui.available_width(),
                PRESENT_FIT.heading * fit.scale - PRESENT_FIT.gap.y,
            ),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| ui.label(heading),
        );
        for row in seats.chunks(fit.columns.max(1)) {
            ui.horizontal(|ui| {
                for seat in row {
                    present_card_ui(ui, seat, fit.card, body);
                }
            });
        }
        ui.add_space(PRESENT_FIT.band_gap - PRESENT_FIT.gap.y);
    }
}

/// One seat on page 1: its title (on up to two lines) over its holder (or "Vacant"), in words a
/// room can read. A long name is set a little smaller to stay whole on its line, never cut.
fn present_card_ui(ui: &mut egui::Ui, seat: &crate::model::Seat, size: Vec2, body: f32) {
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let visuals = ui.visuals().clone();
    let painter = ui.painter().clone();
    painter.rect(
        rect,
        egui::CornerRadius::same(8),
        visuals.extreme_bg_color,
        egui::Stroke::new(1.5, visuals.widgets.noninteractive.bg_stroke.color),
        egui::StrokeKind::Inside,
    );
    painter.rect_filled(
        egui::Rect::from_min_size(rect.min, Vec2::new(body * 0.3, rect.height())),
        egui::CornerRadius::same(4),
        theme::band_colour(seat.role.band()),
    );
    let inner = rect.shrink2(Vec2::new(body * 0.6, body * 0.3));
    let room = inner.width();
    // The title: up to two lines, squeezed only if a word still runs past the card.
    let mut job = egui::text::LayoutJob::simple(
        seat.card_title(),
        egui::FontId::proportional(body * 0.75),
        visuals.text_color(),
        room,
    );
    job.wrap.max_rows = 2;
    let title = painter.layout_job(job);
    let title_rect = egui::Rect::from_min_size(inner.min, title.size());
    painter.galley(inner.min, title, visuals.text_color());
    labelled(
        ui,
        title_rect,
        &seat.card_title(),
        ("present_title", seat.id),
    );
    let (holder, vacant) = match seat.holder_name() {
        Some(name) => (name.to_owned(), false),
        None => ("Vacant".to_owned(), true),
    };
    let font = |size: f32| egui::FontId::proportional(size);
    let wide = painter
        .layout_no_wrap(holder.clone(), font(body), visuals.text_color())
        .size()
        .x;
    let size = if wide > room {
        (body * room / wide).max(body * 0.75)
    } else {
        body
    };
    let colour = if vacant {
        theme::severity_colour(Severity::Warning, ui.visuals().dark_mode)
    } else {
        visuals.strong_text_color()
    };
    let name = painter.layout_no_wrap(holder.clone(), font(size), colour);
    let at = egui::pos2(inner.left(), inner.bottom() - name.size().y);
    let name_rect = egui::Rect::from_min_size(at, name.size());
    painter.galley(at, name, colour);
    labelled(ui, name_rect, &holder, ("present_holder", seat.id));
}

/// A painted line made known to screen readers (and tests) by its text and place.
fn labelled(ui: &egui::Ui, rect: egui::Rect, text: &str, id: (&str, crate::model::Id)) {
    ui.interact(rect, egui::Id::unique(id), egui::Sense::hover())
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
}
