//! Widgets shared by the panels: the theme, the roles a board can have, the whole-system
//! picture, and a labelled text field. No widget knows a panel, the workspace or an action.

pub mod board_fit;
pub mod card_layout;
pub mod date_field;
pub mod paging;
pub mod presentation_board;
pub mod roles;
pub mod seat_card;
pub mod sensitivity;
pub mod system_picture;
mod term_bar;
pub mod theme;
pub mod timeline;

/// A table cell cut to `chars` characters, whole in its tooltip and its accessible label when
/// cut: a table keeps every column inside a 1366-wide screen, and a screen reader still reads
/// the whole text.
pub fn cut_label(ui: &mut egui::Ui, text: &str, chars: usize) -> egui::Response {
    let shown = crate::model::cut(text, chars);
    if shown == text {
        return ui.label(shown);
    }
    let response = ui.label(shown).on_hover_text(text);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    response
}

/// A one-line text field with a visible (and accessible) label; true when changed.
pub fn labelled_line(ui: &mut egui::Ui, label: &str, text: &mut String) -> bool {
    ui.label(label);
    let response = ui.add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
    response.changed()
}

/// A basis as an icon and a word ("§ law"), never by colour alone.
pub fn basis_label(basis: crate::rules::Basis) -> String {
    use crate::rules::Basis;
    let icon = match basis {
        Basis::Law => "§",
        Basis::Bill => "¶",
        Basis::Policy => "◆",
        Basis::Advice => "○",
    };
    format!("{icon} {}", basis.as_str())
}

/// [`basis_label`] as the findings and the rule table show it.
pub fn basis_text(basis: crate::rules::Basis) -> egui::RichText {
    egui::RichText::new(basis_label(basis)).strong()
}
