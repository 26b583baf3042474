//! The palette: roles as chips, grouped as the framework groups them, dragged onto the board.

use egui::{Align2, Color32, CornerRadius, Sense, Stroke, StrokeKind, Vec2};

use crate::{
    model::{Band, PartnershipSector, PartnershipSide},
    ui::{
        action::{Action, DragPayload},
        context::DesignCtx,
        view::Tab,
        widgets::{roles::palette_groups, theme},
    },
};

pub fn palette_panel_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    egui::Panel::left("palette")
        .resizable(true)
        .default_size(195.0)
        .min_size(170.0)
        .show(ui, |ui| {
            ui.add_space(6.0);
            if cx.view.tab == Tab::Partnership {
                ui.horizontal(|ui| {
                    ui.heading("Sectors");
                    fold_button_ui(cx, ui, false);
                });
                sectors_ui(cx, ui);
                return;
            }
            ui.horizontal(|ui| {
                ui.heading("Roles");
                fold_button_ui(cx, ui, false);
            });
            ui.label(egui::RichText::new("Drag a role onto the board").small());
            egui::ScrollArea::vertical().show(ui, |ui| {
                for (group, entries) in palette_groups() {
                    ui.add_space(8.0);
                    ui.label(egui::RichText::new(group).strong());
                    for entry in entries {
                        let payload =
                            DragPayload::NewRole(entry.role.clone(), entry.expertise.clone());
                        let tip = format!("{}\n\n{}", entry.label, entry.requirement);
                        let colour = theme::band_colour(entry.role.band());
                        chip_ui(cx, ui, entry.label, colour, payload, &tip);
                    }
                }
            });
        });
}

/// The palette folded to a narrow strip (the board gets the room): one button opens it.
pub fn palette_strip_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    egui::Panel::left("palette_strip")
        .resizable(false)
        .exact_size(46.0)
        .show(ui, |ui| {
            ui.add_space(6.0);
            fold_button_ui(cx, ui, true);
            // The strip's name, written down its length.
            let what = if cx.view.tab == Tab::Partnership {
                "SECTORS"
            } else {
                "ROLES"
            };
            // Painted, not labelled: a screen reader has the button's name, not five letters.
            ui.add_space(4.0);
            let font = egui::FontId::proportional(15.0);
            let colour = ui.visuals().strong_text_color();
            let top = ui.cursor().min;
            for (i, letter) in what.chars().enumerate() {
                ui.painter().text(
                    top + Vec2::new(8.0, 20.0 * i as f32),
                    Align2::LEFT_TOP,
                    letter,
                    font.clone(),
                    colour,
                );
            }
        });
}

/// The button that folds the palette away («) or opens it (»), remembered per user.
fn fold_button_ui(cx: &DesignCtx, ui: &mut egui::Ui, open: bool) {
    let (icon, name, tip) = if open {
        (
            "»",
            "Show the palette",
            "Open the palette of roles to drag onto the board",
        )
    } else {
        (
            "«",
            "Fold the palette",
            "Fold the palette to give the board the room",
        )
    };
    let response = ui
        .add(egui::Button::new(egui::RichText::new(icon).size(18.0)))
        .on_hover_text(tip);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    if response.clicked() {
        cx.push(Action::SetPaletteOpen(open));
    }
}

/// The partnership's palette: sectors to drag into its membership.
fn sectors_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    ui.label(egui::RichText::new("Drag a sector into the partnership").small());
    egui::ScrollArea::vertical().show(ui, |ui| {
        for sector in PartnershipSector::NAMED
            .into_iter()
            .chain(std::iter::once(PartnershipSector::Other("Other".into())))
        {
            let colour = match sector.side() {
                Some(PartnershipSide::Nhs) => theme::band_colour(Band::NonExecutive),
                Some(PartnershipSide::LocalGovernment) => theme::band_colour(Band::Partner),
                None => theme::band_colour(Band::Participant),
            };
            let side = match sector.side() {
                Some(PartnershipSide::Nhs) => "Counts on the NHS side of the balance.",
                Some(PartnershipSide::LocalGovernment) => {
                    "Counts on the local government side of the balance."
                }
                None => "Widens the partnership beyond the NHS and local government.",
            };
            let label = sector.name();
            let tip = format!("{label}\n\n{side} (partnership.parity, NHSP2021)");
            chip_ui(
                cx,
                ui,
                &label,
                colour,
                DragPayload::PartnershipSector(sector),
                &tip,
            );
        }
    });
}

/// A draggable chip; double-click adds at once, as a drop would.
fn chip_ui(
    cx: &DesignCtx,
    ui: &mut egui::Ui,
    label: &str,
    colour: Color32,
    payload: DragPayload,
    tip: &str,
) {
    let height = 30.0;
    let width = ui.available_width().min(200.0);
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(width, height), Sense::click_and_drag());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Add: {label}"))
    });
    let visuals = ui.style().interact(&response);
    paint_chip(
        ui.painter(),
        rect,
        label,
        colour,
        visuals.bg_fill,
        visuals.text_color(),
    );
    if response.dragged()
        && let Some(pointer) = ui.ctx().pointer_interact_pos()
    {
        // Paint a ghost of the chip under the pointer while it is being dragged.
        let layer = egui::LayerId::new(egui::Order::Tooltip, egui::Id::unique("palette_ghost"));
        let painter = ui.ctx().layer_painter(layer);
        let ghost = egui::Rect::from_center_size(pointer, rect.size());
        paint_chip(
            &painter,
            ghost,
            label,
            colour,
            visuals.bg_fill,
            visuals.text_color(),
        );
    }
    // The keyboard's way to do what a drag does: Tab to a chip, then Enter adds it.
    let entered = response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if response.has_focus() {
        ui.painter().rect_stroke(
            rect.expand(2.0),
            CornerRadius::same(7),
            Stroke::new(2.0, ui.visuals().selection.stroke.color),
            StrokeKind::Outside,
        );
    }
    if response.double_clicked() || entered {
        cx.drop_payload(&payload);
    }
    response.dnd_set_drag_payload(payload);
    response.on_hover_text(tip);
}

fn paint_chip(
    painter: &egui::Painter,
    rect: egui::Rect,
    label: &str,
    accent: Color32,
    fill: Color32,
    text: Color32,
) {
    painter.rect(
        rect,
        CornerRadius::same(6),
        fill,
        Stroke::new(1.0, accent),
        StrokeKind::Inside,
    );
    let bar = egui::Rect::from_min_size(rect.min, Vec2::new(6.0, rect.height()));
    painter.rect_filled(bar, CornerRadius::same(3), accent);
    painter.text(
        rect.left_center() + Vec2::new(14.0, 0.0),
        Align2::LEFT_CENTER,
        label,
        egui::FontId::proportional(15.0),
        text,
    );
}
