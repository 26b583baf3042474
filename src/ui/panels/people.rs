//! The People tab: the terms timeline, the year ahead, the register of interests and the skills
//! matrix, each showing the board on the chosen date.

use egui::RichText;

use super::{register::register_ui, skills::skills_ui};
use crate::model::{Command, MergeKey, Part};
use crate::ui::{
    action::Action,
    context::DesignCtx,
    view::{PeoplePage, Selection},
    widgets::timeline::{TimelineEvent, TimelineStyle, timeline},
};

pub fn people_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        for (page, label) in [
            (PeoplePage::Timeline, "Terms timeline"),
            (PeoplePage::YearAhead, "The year ahead"),
            (PeoplePage::Register, "Register of interests"),
            (PeoplePage::Skills, "Skills matrix"),
        ] {
            if ui
                .selectable_label(cx.view.people == page, RichText::new(label).size(16.0))
                .clicked()
            {
                cx.push(Action::ShowPeople(page));
            }
        }
        ui.separator();
        ui.label(RichText::new(format!("The board on {}", cx.as_at.long())).strong());
    });
    ui.add_space(4.0);
    match cx.view.people {
        PeoplePage::Timeline => timeline_page_ui(cx, ui),
        PeoplePage::YearAhead => super::year_ahead::year_ahead_ui(cx, ui),
        PeoplePage::Register => register_ui(cx, ui),
        PeoplePage::Skills => skills_ui(cx, ui),
    }
}

fn timeline_page_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let style = TimelineStyle {
        body: ui.text_style_height(&egui::TextStyle::Body),
        editable: true,
        dark: cx.view.dark,
    };
    match timeline(ui, cx.design(), cx.as_at, style) {
        Some(TimelineEvent::SetDate(date)) => {
            // One drag is one undo step: its edits share a key named after where it started.
            let key = match ui.input(|i| i.pointer.press_origin().filter(|_| i.pointer.any_down()))
            {
                Some(origin) => MergeKey::new(
                    Part::TimelineDrag(origin.x.round() as i32, origin.y.round() as i32),
                    "as_at",
                ),
                None => MergeKey::new(Part::Design, "as_at"),
            };
            cx.edit_typed(Command::SetAsAt(date.to_string()), key);
        }
        Some(TimelineEvent::Select(id)) => cx.push(Action::Select(Selection::Seat(id))),
        None => {}
    }
}
