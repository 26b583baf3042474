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
            // Nothing under 14 px: small print is still read from the back of a room.
            (
                TextStyle::Small,
                FontId::new(14.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(15.0, FontFamily::Monospace),
            ),
        ]
        .into();
        // Weak text (hints, counts) at 4.5:1 or more against every background (WCAG AA).
        style.visuals.weak_text_color = Some(if style.visuals.dark_mode {
            Color32::from_rgb(0xa8, 0xa8, 0xa8)
        } else {
            Color32::from_rgb(0x58, 0x58, 0x58)
        });
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
        style.spacing.interact_size.y = 26.0;
        // No fades: each one is a run of frames after every change (a software-rendered
        // laptop paints a 1,000-seat board in 25 ms), and a room needs none of them.
        style.animation_time = 0.0;
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

/// A band's colour for text (a band's name, a presentation's lines): the accent in the light
/// theme, a lighter shade of it in the dark one, so both read at 4.5:1 or more.
pub fn band_text_colour(band: crate::model::Band, visuals: &egui::Visuals) -> Color32 {
    use crate::model::Band;
    if !visuals.dark_mode {
        return band_colour(band);
    }
    match band {
        Band::NonExecutive => Color32::from_rgb(0x7f, 0xb8, 0xff),
        Band::Executive => Color32::from_rgb(0x5c, 0xd6, 0x8a),
        Band::Partner => Color32::from_rgb(0xdc, 0x9c, 0xe8),
        Band::Participant => Color32::from_rgb(0xbb, 0xbb, 0xbb),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Band;

    /// The WCAG contrast ratio of two colours (1 to 21).
    fn contrast(a: Color32, b: Color32) -> f32 {
        fn luminance(c: Color32) -> f32 {
            let channel = |v: u8| {
                let v = f32::from(v) / 255.0;
                if v <= 0.040_45 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
        }
        let (a, b) = (luminance(a), luminance(b));
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Every colour text is drawn in, against every background it is drawn on, in both
    /// themes: 4.5:1 at least (WCAG AA for body text).
    #[test]
    fn text_contrast_is_at_least_4_5_to_1_in_both_themes() {
        for dark in [false, true] {
            let ctx = egui::Context::default();
            apply(&ctx, dark);
            let visuals = ctx.global_style().visuals.clone();
            assert_eq!(visuals.dark_mode, dark);
            // A translucent fill (the stripes of a table) is seen over the panel.
            let over = |c: Color32, bg: Color32| {
                let keep = 1.0 - f32::from(c.a()) / 255.0;
                let mix = |f: u8, b: u8| (f32::from(f) + f32::from(b) * keep).min(255.0) as u8;
                Color32::from_rgb(mix(c.r(), bg.r()), mix(c.g(), bg.g()), mix(c.b(), bg.b()))
            };
            let panel = visuals.panel_fill;
            let backgrounds = [
                ("panel", panel),
                ("window", over(visuals.window_fill, panel)),
                ("card", over(visuals.extreme_bg_color, panel)),
                ("stripe", over(visuals.faint_bg_color, panel)),
            ];
            let mut texts = vec![
                ("text".to_owned(), visuals.text_color()),
                ("weak text".to_owned(), visuals.weak_text_color()),
            ];
            for severity in Severity::ALL {
                texts.push((format!("{severity:?}"), severity_colour(severity, dark)));
            }
            for band in Band::ALL {
                texts.push((format!("{band:?}"), band_text_colour(band, &visuals)));
            }
            for (text, colour) in &texts {
                for (background, fill) in backgrounds {
                    let ratio = contrast(*colour, fill);
                    assert!(
                        ratio >= 4.5,
                        "{text} on {background} ({}): {ratio:.2}:1",
                        if dark { "dark" } else { "light" }
                    );
                }
            }
        }
    }

    #[test]
    fn contrast_is_the_wcag_ratio() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
        // #767676 on white is the lightest grey that passes AA.
        let grey = Color32::from_rgb(0x76, 0x76, 0x76);
        assert!((contrast(grey, Color32::WHITE) - 4.54).abs() < 0.02);
    }
}
