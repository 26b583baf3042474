//! Presentation mode (F5 to enter, Esc to leave): full screen, large type, no editing chrome;
//! pages for the board, the committees, each place, the partnership, the whole system and the
//! findings, stepped with the arrow keys. Type scales with the screen (1280x720 to 4K).

use egui::{RichText, Vec2};

use crate::ui::{
    action::Action,
    context::DesignCtx,
    widgets::{
        board_fit::{self, CardShape, FitSpec},
        paging::{Paging, page_keys},
        system_picture::system_picture_ui,
        theme,
        timeline::{TimelineStyle, timeline},
    },
};
use crate::{
    export::system::system_picture,
    model::{Band, Design, Sector},
    rules::Severity,
};

/// One page of the presentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Board,
    Committees,
    /// The terms timeline, when any holder has a term recorded.
    Timeline,
    Place(usize),
    Partnership,
    System,
    Findings,
}

/// The pages of a design, in order.
pub fn pages(design: &Design) -> Vec<Page> {
    let mut pages = vec![Page::Board, Page::Committees];
    if design
        .board
        .iter()
        .filter_map(|s| s.holder.as_ref())
        .any(|h| !h.appointed.trim().is_empty() || !h.term_ends.trim().is_empty())
    {
        pages.push(Page::Timeline);
    }
    pages.extend((0..design.places.len()).map(Page::Place));
    if design.partnership.is_some() {
        pages.push(Page::Partnership);
    }
    pages.push(Page::System);
    pages.push(Page::Findings);
    pages
}

impl Page {
    pub fn title(self, design: &Design) -> String {
        match self {
            Page::Board => "The board".to_owned(),
            Page::Committees => "Committees".to_owned(),
            Page::Timeline => "Terms of office".to_owned(),
            Page::Place(i) => design
                .places
                .get(i)
                .map_or_else(|| "Place".to_owned(), |p| format!("Place: {}", p.name)),
            Page::Partnership => "Integrated Care Partnership".to_owned(),
            Page::System => "The whole system".to_owned(),
            Page::Findings => "Against the framework".to_owned(),
        }
    }
}

/// Keys while presenting: arrows, Page Up/Down and Space step; Esc leaves.
fn keys(cx: &DesignCtx, ctx: &egui::Context, count: usize) {
    if cx.view.presenting.is_none() && !ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        return;
    }
    match page_keys(ctx, cx.view.presenting.unwrap_or(0), count) {
        Paging::Stay => {}
        Paging::Leave => cx.push(Action::Present(None)),
        Paging::Show(page) => cx.push(Action::Present(Some(page))),
    }
}

pub fn presentation_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    let design = cx.shared();
    let pages = pages(&design);
    keys(cx, &ctx, pages.len());
    let Some(index) = cx.view.presenting else {
        return;
    };
    let page = pages.get(index).copied().unwrap_or(Page::Board);
    // Type grows with the screen: 22 px body on a 1280x720 screen, proportionally more on a
    // bigger one (33 px at 1920x1080, so nothing is under 24 px there).
    let screen = ui.ctx().content_rect().size();
    let body = (screen.x / 1280.0).min(screen.y / 720.0) * 22.0;
    let body = body.clamp(18.0, 64.0);
    egui::CentralPanel::default_margins().show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new(page.title(&design)).size(body * 1.8).strong());
        });
        ui.label(
            RichText::new(format!(
                "{}  |  page {} of {}  |  arrows to move, Esc to leave",
                design.name,
                index + 1,
                pages.len()
            ))
            .size(body * 0.75)
            .weak(),
        );
        ui.separator();
        if page == Page::Timeline {
            // The timeline scrolls its own rows, and keeps its date axis in view.
            let style = TimelineStyle {
                body,
                editable: false,
                dark: cx.view.dark,
            };
            timeline(ui, &design, cx.as_at, style);
            return;
        }
        // A page of text grows its type until it fills the screen (the board and the system
        // picture are fitted by their own layouts).
        let fill = PageFill::of(ui, (index, screen));
        let body = if matches!(
            page,
            Page::Committees | Page::Place(_) | Page::Partnership | Page::Findings
        ) {
            body * fill.factor
        } else {
            body
        };
        let shown = egui::ScrollArea::vertical()
            .id_salt("presentation_scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| match page {
                Page::Board => board_page(ui, &design),
                Page::Committees => committees_page(ui, &design, body),
                Page::Place(i) => place_page(ui, &design, i, body),
                Page::Partnership => partnership_page(ui, &design, body),
                Page::System => {
                    let picture = system_picture(&design);
                    ui.label(
                        RichText::new(format!(
                            "{} boxes and {} links: committees, the board, places, local authorities and the partnership.",
                            picture.boxes.len(),
                            picture.links.len()
                        ))
                        .size(body * 0.8),
                    );
                    if let Some(subject) = system_picture_ui(ui, &design, true) {
                        cx.push(Action::GoTo(subject));
                    }
                }
                Page::Findings => findings_page(cx, ui, body),
                Page::Timeline => {}
            });
        if matches!(
            page,
            Page::Committees | Page::Place(_) | Page::Partnership | Page::Findings
        ) {
            fill.adjust(ui, shown.content_size.y, shown.inner_rect.height());
        }
    });
}

/// How much a page of text grows its type to fill the screen: found over a pass or two the
/// first time the page shows on a screen of its size (egui discards those passes), then kept.
#[derive(Debug, Clone, Copy)]
struct PageFill {
    id: egui::Id,
    factor: f32,
    /// Once the page has overflowed, it grows no more (no see-saw between two sizes).
    settled: bool,
}

impl PageFill {
    /// The most a page's type grows: 33 px body at 1920x1080 becomes 59 px.
    const MOST: f32 = 1.8;

    fn of(ui: &egui::Ui, (page, screen): (usize, Vec2)) -> Self {
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
    fn adjust(self, ui: &egui::Ui, used: f32, room: f32) {
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
fn board_page(ui: &mut egui::Ui, design: &Design) {
    let counts: Vec<usize> = Band::ALL
        .iter()
        .map(|band| design.seats_in(*band).len())
        .collect();
    // Bands with no seats are left out of the page, and of the fit.
    let shown: Vec<usize> = counts.iter().copied().filter(|n| *n > 0).collect();
    // No card narrower than the longest name at full size (22 px at scale 1).
    let names = design
        .board
        .iter()
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
    for band in Band::ALL {
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

fn committees_page(ui: &mut egui::Ui, design: &Design, body: f32) {
    if design.committees.is_empty() {
        ui.label(RichText::new("No committees yet.").size(body));
    }
    let seats = design.seats_by_id();
    for committee in &design.committees {
        ui.add_space(body * 0.4);
        ui.label(RichText::new(&committee.name).size(body * 1.2).strong());
        let chair = committee
            .chair
            .and_then(|id| design.seat(id))
            .map_or_else(|| "no chair yet".to_owned(), crate::model::Seat::label);
        ui.label(
            RichText::new(format!(
                "{} committee, chaired by {chair}",
                committee.kind.name()
            ))
            .size(body),
        );
        let names: Vec<String> = committee
            .members
            .iter()
            .map(|m| m.describe(&seats))
            .collect();
        ui.label(RichText::new(names.join(", ")).size(body * 0.85));
    }
}

fn place_page(ui: &mut egui::Ui, design: &Design, index: usize, body: f32) {
    let Some(place) = design.places.get(index) else {
        return;
    };
    let kind = place.model.kind();
    ui.label(RichText::new(kind.name()).size(body * 1.4).strong());
    ui.label(RichText::new(kind.meaning()).size(body));
    if !place.local_authority.is_empty() {
        ui.label(RichText::new(format!("Local authority: {}", place.local_authority)).size(body));
    }
    for (label, value) in crate::export::model_fields(place) {
        ui.label(RichText::new(format!("{label}: {value}")).size(body));
    }
    ui.add_space(body * 0.5);
    for (label, met) in [
        ("Primary care", place.has_sector(&Sector::PrimaryCare)),
        ("Local authority", place.has_sector(&Sector::LocalAuthority)),
        (
            "Director of public health",
            place.has_sector(&Sector::PublicHealth),
        ),
        (
            "Communities (Healthwatch or VCSE)",
            place.has_sector(&Sector::Healthwatch) || place.has_sector(&Sector::Vcse),
        ),
    ] {
        let (mark, colour) = if met {
            ("✔", theme::band_text_colour(Band::Executive, ui.visuals()))
        } else {
            (
                "✘",
                theme::severity_colour(Severity::Warning, ui.visuals().dark_mode),
            )
        };
        ui.label(
            RichText::new(format!("{mark} {label}"))
                .size(body)
                .color(colour),
        );
    }
}

fn partnership_page(ui: &mut egui::Ui, design: &Design, body: f32) {
    let Some(partnership) = &design.partnership else {
        return;
    };
    ui.label(RichText::new(&partnership.name).size(body * 1.3).strong());
    if !partnership.chair.is_empty() {
        let how = if partnership.chair_jointly_selected {
            "jointly selected by the ICB and the local authorities"
        } else {
            "selection not yet agreed"
        };
        ui.label(RichText::new(format!("Chair: {} ({how})", partnership.chair)).size(body));
    }
    for member in &partnership.members {
        let who = if member.organisation.is_empty() {
            member.name.clone()
        } else {
            format!("{}, {}", member.name, member.organisation)
        };
        ui.label(RichText::new(format!("{}: {who}", member.sector.name())).size(body * 0.9));
    }
}

fn findings_page(cx: &DesignCtx, ui: &mut egui::Ui, body: f32) {
    let report = &cx.report;
    let errors = report.count(Severity::Error);
    let (verdict, colour) = if errors == 0 {
        (
            "Meets the framework minimums",
            theme::band_text_colour(Band::Executive, ui.visuals()),
        )
    } else {
        (
            "Does not yet meet the framework minimums",
            theme::severity_colour(Severity::Error, ui.visuals().dark_mode),
        )
    };
    ui.label(
        RichText::new(verdict)
            .size(body * 1.5)
            .strong()
            .color(colour),
    );
    let counts: Vec<String> = Severity::ALL
        .iter()
        .map(|s| s.count_phrase(report.count(*s)))
        .collect();
    ui.label(RichText::new(counts.join("  |  ")).size(body));
    ui.label(RichText::new(format!("Checked against {}", cx.pack.describe())).size(body * 0.75));
    ui.add_space(body * 0.5);
    for finding in report
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
    {
        ui.label(
            RichText::new(format!(
                "{}: {}  [{}]",
                finding.severity.as_str(),
                finding.message,
                finding.source()
            ))
            .size(body * 0.85)
            .color(theme::severity_colour(
                finding.severity,
                ui.visuals().dark_mode,
            )),
        );
    }
}
