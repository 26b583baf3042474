//! The whole-system view: the same picture the exports draw; click a box to go to what it shows.

use crate::ui::{action::Action, context::DesignCtx, widgets::system_picture::system_picture_ui};

pub fn system_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    if let Some(subject) = system_picture_ui(ui, cx.design()) {
        cx.push(Action::GoTo(subject));
    }
}
