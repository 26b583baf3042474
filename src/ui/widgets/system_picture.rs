//! The whole-system picture (the same the exports draw), painted with egui: shared by the
//! System tab and the presentation's system page.

use egui::{Align2, Color32, CornerRadius, FontId, Pos2, Sense, Shape, Stroke, StrokeKind, Vec2};

use crate::{
    export::system::{
        LINE_CHARS, LINE_SIZE, LINE_STEP, TITLE_CHARS, TITLE_SIZE, cut, system_picture,
    },
    model::Design,
    rules::Subject,
};

/// The whole-system picture of a design, painted to fit the width (or, with `fill`, as large as
/// the whole view takes: presentation); the subject of the box clicked, if any.
pub fn system_picture_ui(ui: &mut egui::Ui, design: &Design, fill: bool) -> Option<Subject> {
    let picture = system_picture(design);
    let mut clicked = None;
    egui::ScrollArea::both()
        .id_salt("system_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // Fit the width of the view, but never so small it cannot be read; a presentation
            // fills the screen with it.
            let room = ui.available_size();
            let scale = if fill {
                (room.x / picture.width)
                    .min(room.y / picture.height)
                    .clamp(0.75, 3.0)
            } else {
                (room.x / picture.width).clamp(0.75, 1.6)
            };
            let (rect, _) = ui.allocate_exact_size(
                Vec2::new(picture.width, picture.height) * scale,
                Sense::hover(),
            );
            let at = |x: f32, y: f32| rect.min + Vec2::new(x, y) * scale;
            let painter = ui.painter_at(rect);
            let visuals = ui.visuals().clone();
            painter.text(
                at(30.0, 40.0),
                Align2::LEFT_BOTTOM,
                "Whole system",
                FontId::proportional(22.0 * scale),
                visuals.strong_text_color(),
            );
            for (x, title) in &picture.columns {
                painter.text(
                    at(*x, 112.0),
                    Align2::LEFT_BOTTOM,
                    *title,
                    FontId::proportional(15.0 * scale),
                    visuals.weak_text_color(),
                );
            }
            for link in &picture.links {
                let (from, to) = (at(link.from.0, link.from.1), at(link.to.0, link.to.1));
                let (c1, c2) = if link.arc {
                    let lift = Vec2::new(0.0, -70.0 * scale);
                    (from + lift, to + lift)
                } else {
                    let mid = f32::midpoint(from.x, to.x);
                    (Pos2::new(mid, from.y), Pos2::new(mid, to.y))
                };
                let colour = if link.warning {
                    Color32::from_rgb(0xb0, 0x1c, 0x1c)
                } else {
                    Color32::from_rgb(0x7a, 0x84, 0x94)
                };
                let curve = egui::epaint::CubicBezierShape::from_points_stroke(
                    [from, c1, c2, to],
                    false,
                    Color32::TRANSPARENT,
                    Stroke::new(2.0, colour),
                );
                if link.dashed {
                    let points = curve.flatten(Some(0.5));
                    painter.extend(Shape::dashed_line(
                        &points,
                        Stroke::new(2.0, colour),
                        6.0,
                        5.0,
                    ));
                } else {
                    painter.add(curve);
                }
            }
            for (index, b) in picture.boxes.iter().enumerate() {
                let r = egui::Rect::from_min_size(at(b.x, b.y), Vec2::new(b.w, b.h) * scale);
                let id = egui::Id::unique(("system_box", index));
                let response = ui.interact(r, id, Sense::click());
                let label = format!("{}: {}", b.title, b.lines.join(", "));
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                let stroke = if b.warning {
                    Stroke::new(2.5, Color32::from_rgb(0xb0, 0x1c, 0x1c))
                } else if response.hovered() {
                    visuals.selection.stroke
                } else {
                    Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color)
                };
                painter.rect(
                    r,
                    CornerRadius::same(8),
                    visuals.extreme_bg_color,
                    stroke,
                    StrokeKind::Inside,
                );
                let (red, green, blue) = b.accent;
                painter.rect_filled(
                    egui::Rect::from_min_size(r.min, Vec2::new(6.0 * scale, r.height())),
                    CornerRadius::same(3),
                    Color32::from_rgb(red, green, blue),
                );
                painter.text(
                    r.min + Vec2::new(14.0, 8.0) * scale,
                    Align2::LEFT_TOP,
                    cut(&b.title, TITLE_CHARS),
                    FontId::proportional(TITLE_SIZE * scale),
                    visuals.strong_text_color(),
                );
                for (i, line) in b.lines.iter().enumerate() {
                    painter.text(
                        r.min + Vec2::new(14.0, 30.0 + i as f32 * LINE_STEP) * scale,
                        Align2::LEFT_TOP,
                        cut(line, LINE_CHARS),
                        FontId::proportional(LINE_SIZE * scale),
                        visuals.text_color(),
                    );
                }
                if response.clicked() {
                    clicked = Some(b.subject);
                }
                response.on_hover_text(format!("{label}\nClick to open."));
            }
        });
    clicked
}
