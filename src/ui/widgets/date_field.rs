//! A date typed as `YYYY-MM-DD`: the text being typed is the field's own until it is a whole
//! date (or empty), and only then given back to be applied, so a half-typed date is never
//! saved and never lost while typing. A text that is not a date says so in words.

use crate::model::IsoDate;

/// A labelled date field showing `value`; `Some(text)` when the user has typed a whole date,
/// or cleared the field. `id` tells fields with the same label apart.
pub fn date_field(
    ui: &mut egui::Ui,
    label: &str,
    id: impl std::hash::Hash + std::fmt::Debug,
    value: &str,
) -> Option<String> {
    let key = egui::Id::unique(("date_field", label, id));
    let mut text = ui
        .data(|d| d.get_temp::<String>(key))
        .unwrap_or_else(|| value.to_owned());
    ui.label(format!("{label} (YYYY-MM-DD)"));
    let response = ui.add(
        egui::TextEdit::singleline(&mut text)
            .desired_width(f32::INFINITY)
            .hint_text("YYYY-MM-DD"),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
    let whole = text.trim().is_empty() || IsoDate::parse(&text).is_some();
    let mut applied = None;
    if whole {
        ui.data_mut(|d| d.remove::<String>(key));
        if response.changed() && text.trim() != value.trim() {
            applied = Some(text.trim().to_owned());
        }
    } else {
        ui.data_mut(|d| d.insert_temp(key, text.clone()));
        if !response.has_focus() {
            ui.label(
                egui::RichText::new(format!("⚠ \"{text}\" is not a date yet: write YYYY-MM-DD"))
                    .color(ui.visuals().warn_fg_color),
            );
        }
    }
    applied
}
