//! The centre: the board as bands of seat cards (drop roles here, drag cards to reorder), the
//! summary strip, and the committees below; or the places.

use egui::{Align2, CornerRadius, FontId, Rect, RichText, Sense, Stroke, StrokeKind, Vec2};

use super::{
    app::{DesignerApp, Selection, Tab},
    palette::DragPayload,
    theme,
};
use crate::{
    model::{Band, Command, Expertise, Role, Seat},
    rules::{Severity, Subject},
};

pub const CARD_SIZE: Vec2 = Vec2::new(188.0, 86.0);
const BAND_LABEL_WIDTH: f32 = 112.0;

pub(crate) fn centre_ui(app: &mut DesignerApp, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        for (tab, label) in [
            (Tab::Board, "Board and committees"),
            (Tab::Places, "Places"),
            (Tab::Partnership, "Partnership"),
            (Tab::System, "Whole system"),
            (Tab::Rules, "Rules"),
        ] {
            let text = RichText::new(label).size(18.0);
            if ui.selectable_label(app.tab == tab, text).clicked() {
                app.tab = tab;
            }
        }
        if app.comparison.is_some() {
            let text = RichText::new("Comparison").size(18.0);
            if ui.selectable_label(app.tab == Tab::Compare, text).clicked() {
                app.tab = Tab::Compare;
            }
        }
    });
    ui.separator();
    match app.tab {
        Tab::Board => {
            summary_strip_ui(app, ui);
            // Committees stay in view below the board, so any seat can be dragged onto any of
            // them; on a small screen they can be folded away, and come back while a seat is
            // being dragged.
            let dragging = egui::DragAndDrop::has_payload_of_type::<DragPayload>(ui.ctx());
            if app.committees_hidden && !dragging {
                egui::Panel::bottom("committees_folded").show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let count = app.design().committees.len();
                        ui.label(RichText::new(format!("Committees ({count})")).strong());
                        if ui
                            .button("Show committees")
                            .on_hover_text("They also come back while you drag a seat card")
                            .clicked()
                        {
                            app.committees_hidden = false;
                        }
                    });
                });
            } else {
                let most = (ui.available_height() * 0.45).max(120.0);
                egui::Panel::bottom("committees_strip")
                    .resizable(true)
                    .default_size(185.0)
                    .min_size(110.0)
                    .max_size(most)
                    .show(ui, |ui| super::committees::committees_ui(app, ui));
            }
            egui::ScrollArea::vertical()
                .id_salt("board_scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| bands_ui(app, ui));
        }
        Tab::Places => super::places::places_ui(app, ui),
        Tab::Partnership => super::partnership::partnership_ui(app, ui),
        Tab::System => super::system::system_ui(app, ui),
        Tab::Compare => super::compare::compare_ui(app, ui),
        Tab::Rules => super::rules::rules_ui(app, ui),
    }
}

/// Voting members, executives x of 4, non-executives x of 3, partners x of 3, NED share.
fn summary_strip_ui(app: &DesignerApp, ui: &mut egui::Ui) {
    let s = &app.summary;
    let t = &app.pack.thresholds;
    let voting = s.voting();
    let share = (s.non_executives() * 100 + voting / 2)
        .checked_div(voting)
        .unwrap_or(0);
    ui.horizontal_wrapped(|ui| {
        let ok = |ui: &mut egui::Ui, text: String, met: bool| {
            let colour = if met {
                ui.visuals().text_color()
            } else {
                theme::severity_colour(Severity::Error, app.dark)
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

fn bands_ui(app: &mut DesignerApp, ui: &mut egui::Ui) {
    let design = app.doc.shared();
    for band in Band::ALL {
        let seats = design.seats_in(band);
        let stroke = Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color);
        let frame = egui::Frame::default()
            .inner_margin(6.0)
            .corner_radius(6.0)
            .stroke(stroke);
        let (_, dropped) = ui.dnd_drop_zone::<DragPayload, _>(frame, |ui| {
            ui.set_min_width(ui.available_width());
            ui.set_min_height(CARD_SIZE.y);
            ui.horizontal_top(|ui| {
                band_label_ui(ui, band, seats.len());
                ui.horizontal_wrapped(|ui| {
                    for seat in &seats {
                        seat_card_ui(app, ui, seat);
                    }
                    if seats.is_empty() {
                        let hint = format!("Drop {} roles here", band.name().to_lowercase());
                        ui.label(RichText::new(hint).italics().weak());
                    }
                });
            });
        });
        ui.add_space(2.0);
        if let Some(payload) = dropped {
            drop_on_band(app, band, &payload);
        }
    }
}

/// The band's name in a narrow column at its left (saves a heading row on small screens).
fn band_label_ui(ui: &mut egui::Ui, band: Band, count: usize) {
    ui.allocate_ui(Vec2::new(BAND_LABEL_WIDTH, CARD_SIZE.y), |ui| {
        ui.set_width(BAND_LABEL_WIDTH);
        ui.vertical(|ui| {
            let name = RichText::new(band.name())
                .strong()
                .size(17.0)
                .color(theme::band_colour(band));
            ui.label(name);
            let seats = if count == 1 { "seat" } else { "seats" };
            ui.label(RichText::new(format!("{count} {seats}")).weak());
        });
    });
}

/// A role dropped on a band adds a seat (in the band its role belongs to); a seat dropped on its
/// own band moves it to the band's end.
fn drop_on_band(app: &mut DesignerApp, band: Band, payload: &DragPayload) {
    match payload {
        DragPayload::NewRole(..) | DragPayload::PartnershipSector(_) => app.drop_payload(payload),
        DragPayload::Seat(id) => {
            let design = app.design();
            let same_band = design.seat(*id).is_some_and(|s| s.role.band() == band);
            let last = design.board.iter().rposition(|s| s.role.band() == band);
            if same_band && let Some(last) = last {
                app.edit(Command::MoveSeat {
                    id: *id,
                    index: last,
                });
            }
        }
    }
}

impl DesignerApp {
    /// Add a vacant seat after the last seat of its band, and select it.
    pub(crate) fn add_seat_with_role(&mut self, role: Role, expertise: Vec<Expertise>) {
        let design = self.design();
        let band = role.band();
        // Keep the file's order grouped by band: after the last seat of this band, or before the
        // first seat of a later band.
        let index = design
            .board
            .iter()
            .rposition(|s| s.role.band() <= band)
            .map_or(0, |i| i + 1);
        let mut seat = Seat::new(design.next_seat_id(), role);
        seat.expertise = expertise;
        self.selection = Selection::Seat(seat.id);
        self.status = format!("Added {}", seat.label());
        self.edit(Command::AddSeat { index, seat });
    }

    /// Where the selected seat would go one step earlier (`-1`) or later (`+1`) in its band, or
    /// `None` when it is already first or last (or no seat is selected).
    pub(crate) fn seat_step_target(&self, step: isize) -> Option<(u32, usize)> {
        let Selection::Seat(id) = self.selection else {
            return None;
        };
        let design = self.design();
        let from = design.seat_index(id)?;
        let band = design.board[from].role.band();
        let same_band = |i: &usize| design.board[*i].role.band() == band;
        // The neighbour's index is also the seat's final index (MoveSeat takes the final index).
        let to = if step < 0 {
            (0..from).rev().find(same_band)?
        } else {
            (from + 1..design.board.len()).find(same_band)?
        };
        Some((id, to))
    }

    /// Move the selected seat one place earlier or later within its band (Alt+Left/Right).
    pub(crate) fn step_selected_seat(&mut self, step: isize) {
        if let Some((id, index)) = self.seat_step_target(step) {
            self.edit(Command::MoveSeat { id, index });
        }
    }

    /// The worst severity among findings about a subject, and how many there are.
    pub(crate) fn findings_about(&self, subject: Subject) -> Option<(Severity, usize)> {
        self.badges.get(&subject).copied()
    }
}

fn seat_card_ui(app: &mut DesignerApp, ui: &mut egui::Ui, seat: &Seat) {
    let (rect, _) = ui.allocate_exact_size(CARD_SIZE, Sense::hover());
    if app.scroll_to == Some(Subject::Seat(seat.id)) {
        ui.scroll_to_rect(rect, Some(egui::Align::Center));
        app.scroll_to = None;
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
    let holder = seat.holder_name().map(str::to_owned);
    let accessible = format!(
        "Seat: {}, {}",
        seat.label(),
        holder.as_deref().unwrap_or("vacant")
    );
    let selected = app.selection == Selection::Seat(seat.id);
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::Button, true, selected, &accessible)
    });
    response.dnd_set_drag_payload(DragPayload::Seat(seat.id));

    // Reorder: a seat of the same band dropped on this card takes its place.
    if let Some(payload) = response.dnd_release_payload::<DragPayload>() {
        match payload.as_ref() {
            DragPayload::Seat(other) if *other != seat.id => {
                let same_band = app
                    .design()
                    .seat(*other)
                    .is_some_and(|s| s.role.band() == seat.role.band());
                if same_band && let Some(index) = app.design().seat_index(seat.id) {
                    app.edit(Command::MoveSeat { id: *other, index });
                }
            }
            DragPayload::NewRole(..) => app.drop_payload(payload.as_ref()),
            DragPayload::Seat(_) | DragPayload::PartnershipSector(_) => {}
        }
    }
    let hovered_by_seat = response
        .dnd_hover_payload::<DragPayload>()
        .is_some_and(|p| matches!(p.as_ref(), DragPayload::Seat(o) if *o != seat.id));

    paint_card(
        app,
        ui,
        rect,
        seat,
        holder.as_deref(),
        selected || hovered_by_seat,
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
        app.selection = Selection::Seat(seat.id);
    }
    // Built only while hovered: the tooltip cites each finding's rule and source.
    let report = std::sync::Arc::clone(&app.report);
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
            ui.label(format!("{} [{}; {}]", f.message, f.rule, f.source()));
        }
        if !any {
            ui.label("Click to edit; drag to reorder or onto a committee.");
        }
    });
}

fn paint_card(
    app: &DesignerApp,
    ui: &egui::Ui,
    rect: Rect,
    seat: &Seat,
    holder: Option<&str>,
    highlighted: bool,
) {
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
    let left = rect.left() + 15.0;
    let width = rect.width() - 24.0;
    let mut y = rect.top() + 6.0;
    let role = seat.role.name();
    // One line of text, cut with an ellipsis when it does not fit the card.
    let line = |y: f32, s: &str, font: FontId, colour| {
        let mut job = egui::text::LayoutJob::simple_singleline(s.to_owned(), font, colour);
        job.wrap = egui::text::TextWrapping::truncate_at_width(width);
        let galley = painter.layout_job(job);
        painter.galley(egui::pos2(left, y), galley, colour);
    };
    line(y, &seat.label(), FontId::proportional(16.0), text);
    y += 22.0;
    if seat.label() != role {
        line(
            y,
            &role,
            FontId::proportional(13.0),
            visuals.weak_text_color(),
        );
    }
    y += 20.0;
    match holder {
        Some(name) => line(y, name, FontId::proportional(15.0), text),
        None => {
            let badge = Rect::from_min_size(egui::pos2(left, y), Vec2::new(64.0, 20.0));
            painter.rect_filled(
                badge,
                CornerRadius::same(4),
                theme::severity_colour(Severity::Warning, app.dark),
            );
            painter.text(
                badge.center(),
                Align2::CENTER_CENTER,
                "Vacant",
                FontId::proportional(13.0),
                egui::Color32::WHITE,
            );
        }
    }
    y += 21.0;
    if !seat.expertise.is_empty() {
        let tags: Vec<&str> = seat.expertise.iter().map(|e| e.name()).collect();
        painter.text(
            egui::pos2(left, y),
            Align2::LEFT_TOP,
            tags.join(" | "),
            FontId::proportional(12.0),
            visuals.weak_text_color(),
        );
    }
    if let Some((severity, count)) = app.findings_about(Subject::Seat(seat.id)) {
        let centre = egui::pos2(rect.right() - 16.0, rect.top() + 16.0);
        painter.circle_filled(centre, 11.0, theme::severity_colour(severity, app.dark));
        painter.text(
            centre,
            Align2::CENTER_CENTER,
            count.to_string(),
            FontId::proportional(13.0),
            egui::Color32::WHITE,
        );
    }
}
