//! A small chart of one criterion's sensitivity: along the weights from 0 to 100 points, the
//! band in which the winner holds, and a mark at the weight as it is. The numbers are drawn at
//! the band's ends and given to screen readers, so nothing rests on colour.

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Vec2};

use crate::rules::appraisal::Sensitivity;

/// Draw the chart across the width given, at `scale` times its size in the window (larger on a
/// presentation page); `name` is the criterion's, for its accessible label.
pub fn sensitivity_chart(
    ui: &mut egui::Ui,
    sensitivity: &Sensitivity,
    dark: bool,
    name: &str,
    scale: f32,
) {
    let scale = scale.max(1.0);
    let width = ui.available_width().clamp(160.0, 420.0 * scale);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, 40.0 * scale), Sense::hover());
    let most = 100.0_f64.max(sensitivity.weight).max(sensitivity.holds_to);
    let x = |w: f64| rect.left() + (w / most).clamp(0.0, 1.0) as f32 * rect.width();
    let painter = ui.painter_at(rect.expand(2.0));
    let visuals = ui.visuals();
    let track = Rect::from_min_max(
        Pos2::new(rect.left(), rect.top() + 6.0 * scale),
        Pos2::new(rect.right(), rect.top() + 20.0 * scale),
    );
    painter.rect_filled(track, 3.0, visuals.faint_bg_color);
    painter.rect_stroke(
        track,
        3.0,
        Stroke::new(1.0, visuals.weak_text_color()),
        egui::StrokeKind::Inside,
    );
    let band_colour = if dark {
        Color32::from_rgb(0x4f, 0x8f, 0xd8)
    } else {
        Color32::from_rgb(0x1f, 0x5f, 0xa8)
    };
    let band = Rect::from_min_max(
        Pos2::new(x(sensitivity.holds_from), track.top()),
        Pos2::new(
            x(sensitivity.holds_to).max(x(sensitivity.holds_from) + 2.0),
            track.bottom(),
        ),
    );
    painter.rect_filled(band, 3.0, band_colour);
    // The weight now: a mark through the track.
    let now = x(sensitivity.weight);
    let text = visuals.strong_text_color();
    painter.line_segment(
        [
            Pos2::new(now, rect.top()),
            Pos2::new(now, track.bottom() + 2.0),
        ],
        Stroke::new(3.0 * scale, text),
    );
    let font = FontId::proportional(13.0 * scale);
    let label = |at: f32, align: Align2, words: String| {
        painter.text(
            Pos2::new(at, rect.bottom()),
            align,
            words,
            font.clone(),
            text,
        );
    };
    label(
        band.left(),
        Align2::LEFT_BOTTOM,
        format!("{:.0}", sensitivity.holds_from),
    );
    label(
        band.right(),
        Align2::RIGHT_BOTTOM,
        format!("{:.0}", sensitivity.holds_to),
    );
    let described = format!(
        "{name}: the winner holds from {:.1} to {:.1} points; the weight is {:.1}",
        sensitivity.holds_from, sensitivity.holds_to, sensitivity.weight
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &described));
    response.on_hover_text(described);
}
