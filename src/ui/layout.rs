//! Where each panel goes in the window: the menu bar, the findings panel, the palette and the
//! inspector at the sides, and the centre with its tabs. Panels know nothing of each other;
//! this file puts them together.

use egui::{RichText, Vec2};

use super::{
    action::{Action, DragPayload},
    cluster_space::Focus,
    context::DesignCtx,
    panels,
    view::{Selection, Tab},
    widgets::board_fit,
};

/// The whole window (outside presentation mode).
pub fn window_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    panels::menu::menu_bar_ui(cx, ui);
    // An appraisal: the matrix, its workings beside it, its own findings below.
    if let Some(space) = cx.appraisal {
        panels::findings::findings_bottom_ui(cx, ui);
        egui::Panel::right("appraisal_workings")
            .resizable(true)
            .default_size((ui.available_width() * 0.26).clamp(240.0, 420.0))
            .min_size(240.0)
            .show(ui, |ui| {
                panels::appraisal_workings::workings_ui(cx, ui, space);
            });
        egui::CentralPanel::default_margins()
            .show(ui, |ui| panels::appraisal::appraisal_ui(cx, ui, space));
        return;
    }
    if let Some(from) = &cx.from_appraisal {
        egui::Panel::top("from_appraisal").show(ui, |ui| {
            panels::appraisal::from_appraisal_bar_ui(cx, ui, from);
        });
    }
    if let Some(space) = cx.cluster {
        egui::Panel::top("cluster_bar").show(ui, |ui| {
            panels::cluster::cluster_bar_ui(cx, ui, space);
        });
    }
    // A cluster's overview and a successor not yet proposed have views of their own, with the
    // findings across the bottom (the boards side by side need the width).
    if let Some(space) = cx.cluster {
        match space.focus {
            Focus::Overview => {
                panels::findings::findings_bottom_ui(cx, ui);
                egui::Panel::right("joint_committees")
                    .resizable(true)
                    .default_size(400.0)
                    .min_size(280.0)
                    .show(ui, |ui| panels::joint::joint_committees_ui(cx, ui, space));
                egui::CentralPanel::default_margins()
                    .show(ui, |ui| panels::cluster::cluster_view_ui(cx, ui, space));
                return;
            }
            Focus::Successor if space.cluster().successor().is_none() => {
                panels::findings::findings_bottom_ui(cx, ui);
                egui::CentralPanel::default_margins()
                    .show(ui, |ui| panels::merger::propose_ui(cx, ui, space));
                return;
            }
            Focus::Successor | Focus::Icb(_) => {}
        }
    }
    // The whole-system picture gets the whole width (its columns do not fit beside the side
    // column at 1366 wide), with the findings across the bottom; nothing to inspect there.
    let inspects = !matches!(
        cx.view.tab,
        Tab::System | Tab::Compare | Tab::Rules | Tab::Merger
    );
    if cx.view.tab == Tab::System {
        panels::findings::findings_bottom_ui(cx, ui);
    } else {
        side_column_ui(cx, ui, inspects);
    }
    // Only the board and the partnership take what the palette holds.
    if matches!(cx.view.tab, Tab::Board | Tab::Partnership) {
        if palette_open(cx) {
            panels::palette::palette_panel_ui(cx, ui);
        } else {
            panels::palette::palette_strip_ui(cx, ui);
        }
    }
    egui::CentralPanel::default_margins().show(ui, |ui| centre_ui(cx, ui));
}

/// Whether the roles palette is open: as the user last chose, or else until the board meets
/// its minimums (then the board gets the room).
fn palette_open(cx: &DesignCtx) -> bool {
    cx.view.palette_open.unwrap_or_else(|| {
        let (s, t) = (&cx.summary, &cx.pack.thresholds);
        let built = s.executives() >= t.executives_min
            && s.non_executives() >= t.non_executives_min
            && s.partners() >= t.partner_min;
        !built
    })
}

/// The column at the right: the inspector (while something is selected, or the design's
/// own fields when asked for) over the findings, which always have the rest.
fn side_column_ui(cx: &DesignCtx, ui: &mut egui::Ui, inspects: bool) {
    // About a quarter of the window (372 px at 1366 wide leaves a 30-seat board its room);
    // drag its edge for more, and egui remembers the width per user.
    let width = ui.available_width();
    egui::Panel::right("side_column")
        .resizable(true)
        .default_size((width * 0.272).clamp(280.0, 440.0))
        .min_size(260.0)
        .max_size((width * 0.45).max(300.0))
        .show(ui, |ui| {
            if inspects {
                let open = cx.view.selection != Selection::None || cx.view.design_details_open;
                if open {
                    let height = ui.available_height();
                    egui::Panel::top("inspector")
                        .resizable(true)
                        .default_size(height * 0.55)
                        .min_size(140.0)
                        .max_size(height * 0.75)
                        .show(ui, |ui| panels::inspector::inspector_ui(cx, ui));
                } else {
                    panels::inspector::folded_inspector_ui(cx, ui);
                }
            }
            panels::findings::findings_ui(cx, ui);
        });
}

/// The tabs, then the chosen tab.
fn centre_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    // What the board's layout needs of the design, worked out once a frame.
    let board = Board {
        counts: cx.design().seats_per_band(),
        widest: panels::board::widest_name(ui, cx.design()),
    };
    // The committees fold into the tab bar when the board needs their room.
    let committees_folded = cx.view.tab == Tab::Board && committees_folded(cx, ui, &board);
    // The tabs wrap onto a second row rather than run off a narrow window.
    ui.horizontal_wrapped(|ui| {
        let mut tabs = vec![
            (Tab::Board, "Board and committees"),
            (Tab::Places, "Places"),
            (Tab::Partnership, "Partnership"),
            (Tab::System, "Whole system"),
            (Tab::People, "People"),
            (Tab::Rules, "Rules"),
        ];
        if cx.comparison.is_some() {
            tabs.push((Tab::Compare, "Comparison"));
        }
        if cx.cluster.is_some_and(|c| c.focus == Focus::Successor) {
            tabs.push((Tab::Merger, "Merger and transition"));
        }
        for (tab, label) in tabs {
            let text = RichText::new(label).size(18.0);
            if ui.selectable_label(cx.view.tab == tab, text).clicked() {
                cx.push(Action::Show(tab));
            }
        }
        // Folded, the committees sit in the tab bar as one more tab that brings them back.
        if committees_folded {
            let count = cx.design().committees.len();
            let text = RichText::new(format!("Committees ({count})")).size(18.0);
            let response = ui
                .selectable_label(false, text)
                .on_hover_text("Show committees (they also come back while you drag a seat card)");
            if response.clicked() {
                cx.push(Action::SetCommitteesHidden(false));
            }
        }
    });
    ui.separator();
    match cx.view.tab {
        Tab::Board => board_tab_ui(cx, ui, &board, committees_folded),
        Tab::Places => panels::places::places_ui(cx, ui),
        Tab::Partnership => panels::partnership::partnership_ui(cx, ui),
        Tab::System => panels::system::system_ui(cx, ui),
        Tab::Compare => panels::compare::compare_ui(cx, ui),
        Tab::People => panels::people::people_ui(cx, ui),
        Tab::Merger => match cx.cluster {
            Some(space) => panels::merger::merger_ui(cx, ui, space),
            None => board_tab_ui(cx, ui, &board, committees_folded),
        },
        Tab::Rules => {
            panels::packs::packs_ui(cx, ui);
            panels::rules::rules_ui(cx, ui);
        }
    }
}

/// What the board's layout needs of the design: the seats in each band, and the room the
/// longest holder's name takes on a card.
struct Board {
    counts: [usize; 4],
    widest: f32,
}

/// The committees strip's usual height.
const STRIP_HEIGHT: f32 = 185.0;
/// The tab bar and the summary strip above the board.
const ABOVE_BOARD: f32 = 84.0;

/// Whether the committees are folded into the tab bar: as the user set it, or else when the
/// board would not fit beside them.
fn committees_folded(cx: &DesignCtx, ui: &egui::Ui, board: &Board) -> bool {
    cx.view.committees_hidden.unwrap_or_else(|| {
        // They stay only if the board fits beside them on its usual cards, not on the last
        // resort's (which leaves out each holder's expertise).
        let room = ui.available_size() - Vec2::new(0.0, ABOVE_BOARD + STRIP_HEIGHT);
        let usual = board_fit::FitSpec {
            last_resort: &[],
            ..board_fit::WINDOW
        };
        !usual.fit(room, &board.counts, board.widest, 1.0).fits
    })
}

/// The board tab: the summary strip, the bands of seats, and the committees below (unless
/// folded into the tab bar).
fn board_tab_ui(cx: &DesignCtx, ui: &mut egui::Ui, board: &Board, committees_folded: bool) {
    panels::board::summary_strip_ui(cx, ui);
    // A seat card being dragged brings folded committees back, to drop it on one (the tab
    // stays, so the end of the drag builds nothing new).
    let dragging = egui::DragAndDrop::has_payload_of_type::<DragPayload>(ui.ctx());
    if !committees_folded || dragging {
        let most = (ui.available_height() * 0.45).max(120.0);
        egui::Panel::bottom("committees_strip")
            .resizable(true)
            .default_size(STRIP_HEIGHT)
            .min_size(110.0)
            .max_size(most)
            .show(ui, |ui| panels::committees::committees_ui(cx, ui));
    }
    // Cards sized from the room left and the seats in each band: the whole board at once,
    // unless zoomed past it (then it scrolls).
    let fit = board_fit::WINDOW.fit(
        ui.available_size() - Vec2::new(4.0, 4.0),
        &board.counts,
        board.widest,
        cx.view.board_zoom_factor(),
    );
    let shown = egui::ScrollArea::vertical()
        .id_salt("board_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| panels::board::bands_ui(cx, ui, &fit));
    // The board's visible area, as a group a screen reader (and a test) can find.
    let area = ui.interact(
        shown.inner_rect,
        egui::Id::unique("board_area"),
        egui::Sense::hover(),
    );
    area.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Group, true, "Board area"));
}
