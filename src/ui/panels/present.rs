//! Presentation mode (F5 to enter, Esc to leave): full screen, large type, no editing chrome;
//! pages for the board, the committees, each place, the partnership, the whole system and the
//! findings, stepped with the arrow keys. Type scales with the screen (1280x720 to 4K).

use egui::RichText;

use crate::ui::{
    action::Action,
    context::DesignCtx,
    widgets::{
        paging::{Paging, page_keys},
        presentation_board::{PageFill, presentation_board_ui},
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
                Page::Board => presentation_board_ui(ui, &design),
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
