//! Where each panel goes in the window: the menu bar, the findings panel, the palette and the
//! inspector at the sides, and the centre with its tabs. Panels know nothing of each other;
//! this file puts them together.

use egui::RichText;

use super::{
    action::{Action, DragPayload},
    cluster_space::Focus,
    context::DesignCtx,
    panels,
    view::Tab,
};

/// The whole window (outside presentation mode).
pub fn window_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    panels::menu::menu_bar_ui(cx, ui);
    if let Some(space) = cx.cluster {
        egui::Panel::top("cluster_bar").show(ui, |ui| {
            panels::cluster::cluster_bar_ui(cx, ui, space);
        });
    }
    panels::findings::findings_panel_ui(cx, ui);
    // A cluster's overview and a successor not yet proposed have views of their own.
    if let Some(space) = cx.cluster {
        match space.focus {
            Focus::Overview => {
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
                egui::CentralPanel::default_margins()
                    .show(ui, |ui| panels::merger::propose_ui(cx, ui, space));
                return;
            }
            Focus::Successor | Focus::Icb(_) => {}
        }
    }
    // The whole-system picture gets the full width: nothing to drag or inspect there.
    if !matches!(
        cx.view.tab,
        Tab::System | Tab::Compare | Tab::Rules | Tab::Merger
    ) {
        // The People views edit holders through the inspector; there is nothing to drag in.
        if cx.view.tab != Tab::People {
            panels::palette::palette_panel_ui(cx, ui);
        }
        panels::inspector::inspector_panel_ui(cx, ui);
    }
    egui::CentralPanel::default_margins().show(ui, |ui| centre_ui(cx, ui));
}

/// The tabs, then the chosen tab.
fn centre_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
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
    });
    ui.separator();
    match cx.view.tab {
        Tab::Board => board_tab_ui(cx, ui),
        Tab::Places => panels::places::places_ui(cx, ui),
        Tab::Partnership => panels::partnership::partnership_ui(cx, ui),
        Tab::System => panels::system::system_ui(cx, ui),
        Tab::Compare => panels::compare::compare_ui(cx, ui),
        Tab::People => panels::people::people_ui(cx, ui),
        Tab::Merger => match cx.cluster {
            Some(space) => panels::merger::merger_ui(cx, ui, space),
            None => board_tab_ui(cx, ui),
        },
        Tab::Rules => {
            panels::packs::packs_ui(cx, ui);
            panels::rules::rules_ui(cx, ui);
        }
    }
}

/// The board tab: the summary strip, the bands of seats, and the committees below.
fn board_tab_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    panels::board::summary_strip_ui(cx, ui);
    // Committees stay in view below the board, so any seat can be dragged onto any of them; on
    // a small screen they can be folded away, and come back while a seat is being dragged.
    let dragging = egui::DragAndDrop::has_payload_of_type::<DragPayload>(ui.ctx());
    if cx.view.committees_hidden && !dragging {
        egui::Panel::bottom("committees_folded").show(ui, |ui| {
            ui.horizontal(|ui| {
                let count = cx.design().committees.len();
                ui.label(RichText::new(format!("Committees ({count})")).strong());
                if ui
                    .button("Show committees")
                    .on_hover_text("They also come back while you drag a seat card")
                    .clicked()
                {
                    cx.push(Action::SetCommitteesHidden(false));
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
            .show(ui, |ui| panels::committees::committees_ui(cx, ui));
    }
    egui::ScrollArea::vertical()
        .id_salt("board_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| panels::board::bands_ui(cx, ui));
}
