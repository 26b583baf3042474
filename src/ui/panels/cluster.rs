//! A cluster in the window: the row of ICB chips (and Cluster and Successor) that chooses the
//! part shown, and the Cluster view, the ICBs' boards side by side in compact columns, where
//! every shared person is marked on every card they hold and hovering one lights up the rest.

use egui::{CornerRadius, FontId, Rect, RichText, Sense, Stroke, StrokeKind, Vec2};

use crate::{
    model::{ClusterIcb, Seat, name_key},
    rules::{Scope, Severity, Subject},
    ui::{
        action::{Action, DragPayload},
        cluster_space::{ClusterSpace, Focus},
        context::DesignCtx,
        widgets::theme,
    },
};

const CARD_HEIGHT: f32 = 64.0;
const MIN_COLUMN: f32 = 250.0;
/// The most characters a card's label and tooltip say (names are cut there, not laid out whole).
const MOST_SAID: usize = 300;

/// The chips: one per ICB (its short name and errors), then Cluster and Successor.
pub fn cluster_bar_ui(cx: &DesignCtx, ui: &mut egui::Ui, space: &ClusterSpace) {
    let cluster = space.cluster();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(cut_name(&cluster.name)).strong().size(18.0));
        ui.separator();
        let chip = |ui: &mut egui::Ui, focus: Focus, text: String, hover: String| {
            let chosen = space.focus == focus;
            let response = ui
                .selectable_label(chosen, RichText::new(text).size(18.0).strong())
                .on_hover_text(hover);
            if response.clicked() && !chosen {
                cx.push(Action::Focus(focus));
            }
        };
        chip(
            ui,
            Focus::Overview,
            "Cluster".to_owned(),
            "The boards side by side, the people they share and the joint committees".to_owned(),
        );
        for icb in &cluster.icbs {
            let errors = space
                .tallies
                .get(&Scope::Icb(icb.id))
                .map_or(0, |t| t.errors);
            let marker = if errors > 0 {
                format!(" ✖ {errors}")
            } else {
                " ✔".to_owned()
            };
            chip(
                ui,
                Focus::Icb(icb.id),
                format!("{}{marker}", cluster.short_name(icb.id)),
                format!(
                    "{}: {}. Click to design this ICB's board.",
                    icb.design.name,
                    Severity::Error.count_phrase(errors)
                ),
            );
        }
        let successor = match cluster.successor() {
            Some(s) => format!("Successor: {}", s.name),
            None => "Successor (not proposed yet)".to_owned(),
        };
        chip(ui, Focus::Successor, "Successor".to_owned(), successor);
    });
}

fn cut_name(name: &str) -> String {
    crate::model::cut(name, 70)
}

/// The Cluster view: each ICB's board in a column of compact cards.
pub fn cluster_view_ui(cx: &DesignCtx, ui: &mut egui::Ui, space: &ClusterSpace) {
    let cluster = space.cluster();
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(
                "{} side by side. {} hold posts in more than one ICB: each of their cards says where else they sit. Drag a card onto a joint committee to add it.",
                crate::rules::plural(cluster.icbs.len(), "board", "boards"),
                crate::rules::plural(space.people.len(), "person", "people"),
            ))
            .size(15.0),
        );
    });
    ui.add_space(4.0);
    let count = cluster.icbs.len().max(1) as f32;
    let spacing = ui.spacing().item_spacing.x;
    let column = ((ui.available_width() - spacing * (count - 1.0)) / count).max(MIN_COLUMN);
    let hovered = std::cell::Cell::new(None::<String>);
    egui::ScrollArea::both()
        .id_salt("cluster_columns")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for icb in &cluster.icbs {
                    ui.vertical(|ui| {
                        ui.set_width(column);
                        column_ui(cx, ui, space, icb, column, &hovered);
                    });
                }
            });
        });
    let now = hovered.into_inner();
    if now != cx.view.hovered_person {
        cx.push(Action::HoverPerson(now));
    }
}

fn column_ui(
    cx: &DesignCtx,
    ui: &mut egui::Ui,
    space: &ClusterSpace,
    icb: &ClusterIcb,
    width: f32,
    hovered: &std::cell::Cell<Option<String>>,
) {
    let tally = space
        .tallies
        .get(&Scope::Icb(icb.id))
        .copied()
        .unwrap_or_default();
    ui.horizontal(|ui| {
        ui.label(RichText::new(&icb.short_name).strong().size(20.0));
        if ui
            .button(RichText::new("Open").size(15.0))
            .on_hover_text(format!("Design the board of {}", icb.design.name))
            .clicked()
        {
            cx.push(Action::Focus(Focus::Icb(icb.id)));
        }
    });
    ui.label(RichText::new(cut_name(&icb.design.name)).size(15.0));
    ui.label(
        RichText::new(format!(
            "{} | {} | {}",
            crate::rules::plural(icb.design.board.len(), "seat", "seats"),
            Severity::Error.count_phrase(tally.errors),
            Severity::Warning.count_phrase(tally.warnings)
        ))
        .size(14.0),
    );
    ui.add_space(4.0);
    for seat in &icb.design.board {
        card_ui(cx, ui, space, icb, seat, width, hovered);
    }
}

fn card_ui(
    cx: &DesignCtx,
    ui: &mut egui::Ui,
    space: &ClusterSpace,
    icb: &ClusterIcb,
    seat: &Seat,
    width: f32,
    hovered: &std::cell::Cell<Option<String>>,
) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, CARD_HEIGHT), Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let response = ui.interact(
        rect,
        egui::Id::unique(("cluster_card", icb.id, seat.id)),
        Sense::click_and_drag(),
    );
    let also = space.also_holds(icb.id, seat.id);
    let key = also.as_ref().and_then(|_| seat.holder_name()).map(name_key);
    let holder = seat.holder_name().unwrap_or("Vacant");
    // A name can be 64 KiB long: the label and its tooltip carry a readable length of it.
    let accessible = crate::model::cut(
        &match &also {
            Some(also) => format!("{}: {}, {holder}, {also}", icb.short_name, seat.label()),
            None => format!("{}: {}, {holder}", icb.short_name, seat.label()),
        },
        MOST_SAID,
    );
    // Lit with the other cards of the same person while the pointer is on one of them; the
    // accessibility tree says so too (selected).
    let lit = key.is_some() && key == cx.view.hovered_person;
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, lit, &accessible));
    response.dnd_set_drag_payload(DragPayload::ClusterSeat {
        icb: icb.id,
        seat: seat.id,
    });
    if response.hovered()
        && let Some(key) = &key
    {
        hovered.set(Some(key.clone()));
    }
    paint(cx, ui, rect, seat, holder, also.as_deref(), lit);
    if response.double_clicked() {
        cx.push(Action::GoToIn(Scope::Icb(icb.id), Subject::Seat(seat.id)));
    }
    response.on_hover_text(format!(
        "{accessible}\n\nDouble-click to open it in {}'s board; drag it onto a joint committee.",
        icb.short_name
    ));
}

fn paint(
    cx: &DesignCtx,
    ui: &egui::Ui,
    rect: Rect,
    seat: &Seat,
    holder: &str,
    also: Option<&str>,
    lit: bool,
) {
    let visuals = ui.visuals();
    let painter = ui.painter();
    // Lit by a thick outline, not a fill: the card's text keeps its contrast.
    let stroke = if lit {
        Stroke::new(4.0, visuals.selection.stroke.color)
    } else {
        Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color)
    };
    let fill = visuals.extreme_bg_color;
    painter.rect(
        rect,
        CornerRadius::same(6),
        fill,
        stroke,
        StrokeKind::Inside,
    );
    painter.rect_filled(
        Rect::from_min_size(rect.min, Vec2::new(6.0, rect.height())),
        CornerRadius::same(3),
        theme::band_colour(seat.role.band()),
    );
    let left = rect.left() + 12.0;
    let width = rect.width() - 18.0;
    let text = visuals.text_color();
    let line = |y: f32, s: &str, font: FontId, colour, italics: bool| {
        let mut job = egui::text::LayoutJob::single_section(
            crate::model::cut(s, 160),
            egui::TextFormat {
                font_id: font,
                color: colour,
                italics,
                ..Default::default()
            },
        );
        job.wrap = egui::text::TextWrapping::truncate_at_width(width);
        let galley = painter.layout_job(job);
        painter.galley(egui::pos2(left, y), galley, colour);
    };
    line(
        rect.top() + 3.0,
        &seat.label(),
        FontId::proportional(14.0),
        text,
        false,
    );
    line(
        rect.top() + 21.0,
        holder,
        FontId::proportional(16.0),
        text,
        seat.holder_name().is_none(),
    );
    if let Some(also) = also {
        let colour = theme::severity_colour(Severity::Warning, cx.view.dark);
        line(
            rect.top() + 42.0,
            &format!("⇄ {also}"),
            FontId::proportional(14.0),
            colour,
            true,
        );
    }
}
