//! Look and feel: large type for a projector, light and dark themes, severity colours.

use egui::{Color32, FontFamily, FontId, TextStyle};

use crate::rules::Severity;

/// Add the shipped sans-serif font behind egui's fonts, so every symbol we draw (check marks,
/// arrows) has a glyph. Cheap to call again: egui skips a font it already has.
pub fn install_fonts(ctx: &egui::Context) {
    use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
    ctx.add_font(FontInsert::new(
        "DejaVuSans",
        egui::FontData::from_static(crate::fonts::SANS),
        vec![InsertFontFamily {
            family: FontFamily::Proportional,
            priority: FontPriority::Lowest,
        }],
    ));
}

/// Apply the designer's style: text sized to be read from the back of a room.
pub fn apply(ctx: &egui::Context, dark: bool) {
    ctx.set_theme(if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(22.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(16.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(16.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(13.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(15.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
        style.spacing.interact_size.y = 26.0;
    });
}

/// The colour of a severity, strong enough to read on a washed-out projector.
pub fn severity_colour(severity: Severity, dark: bool) -> Color32 {
    match (severity, dark) {
        (Severity::Error, false) => Color32::from_rgb(0xb0, 0x1c, 0x1c),
        (Severity::Error, true) => Color32::from_rgb(0xff, 0x6b, 0x6b),
        (Severity::Warning, false) => Color32::from_rgb(0x9a, 0x5b, 0x00),
        (Severity::Warning, true) => Color32::from_rgb(0xff, 0xb3, 0x47),
        (Severity::Advice, false) => Color32::from_rgb(0x1f, 0x5f, 0xa8),
        (Severity::Advice, true) => Color32::from_rgb(0x7f, 0xb8, 0xff),
        (Severity::Info, false) => Color32::from_rgb(0x4a, 0x4a, 0x4a),
        (Severity::Info, true) => Color32::from_rgb(0xbb, 0xbb, 0xbb),
    }
}

/// A band's accent colour (left edge of its cards), the same as in the exported chart.
pub fn band_colour(band: crate::model::Band) -> Color32 {
    let (r, g, b) = crate::export::colours::band_rgb(band);
    Color32::from_rgb(r, g, b)
}
