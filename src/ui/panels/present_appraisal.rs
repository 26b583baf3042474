//! Presenting an appraisal (F5): the ranking as bars with their totals, the matrix of scores,
//! and how sure the winner is, in type sized for the back of the room and stepped with the
//! arrow keys as a design's pages are.

use egui::{RichText, Vec2};

use crate::{
    export::appraisal::{rank_text, recommendation_of, score_text, total_text},
    rules::appraisal::Scored,
    ui::{
        action::Action,
        appraisal_space::AppraisalSpace,
        context::DesignCtx,
        widgets::{
            paging::{Paging, page_keys},
            presentation_board::PageFill,
            sensitivity::sensitivity_chart,
        },
    },
};

/// Where the appraisal's pages are counted from, for the type each is set in (apart from a
/// design's pages).
const PAGE_IDS: usize = 1000;

/// The pages of an appraisal, in order.
const PAGES: [&str; 3] = [
    "The options ranked",
    "The scores",
    "How sure is the winner?",
];

pub fn appraisal_presentation_ui(cx: &DesignCtx, ui: &mut egui::Ui, space: &AppraisalSpace) {
    let ctx = ui.ctx().clone();
    match page_keys(&ctx, cx.view.presenting.unwrap_or(0), PAGES.len()) {
        Paging::Stay => {}
        Paging::Leave => cx.push(Action::Present(None)),
        Paging::Show(page) => cx.push(Action::Present(Some(page))),
    }
    let index = cx.view.presenting.unwrap_or(0).min(PAGES.len() - 1);
    // As a design's pages: 22 px body on a 1280x720 screen, more on a bigger one.
    let screen = ctx.content_rect().size();
    let body = ((screen.x / 1280.0).min(screen.y / 720.0) * 22.0).clamp(18.0, 64.0);
    let (appraisal, scored) = (space.appraisal(), &space.scored);
    egui::CentralPanel::default_margins().show(ui, |ui| {
        ui.label(RichText::new(PAGES[index]).size(body * 1.8).strong());
        ui.label(
            RichText::new(format!(
                "{}  |  page {} of {}  |  arrows to move, Esc to leave",
                appraisal.title,
                index + 1,
                PAGES.len()
            ))
            .size(body * 0.75)
            .weak(),
        );
        ui.separator();
        // The type grows until the page fills the screen, as a design's pages do.
        let fill = PageFill::of(ui, (PAGE_IDS + index, screen));
        let body = body * fill.factor;
        let shown = egui::ScrollArea::vertical()
            .id_salt("appraisal_presentation")
            .auto_shrink([false, false])
            .show(ui, |ui| match index {
                0 => ranking_page(ui, scored, body),
                1 => scores_page(ui, space, body),
                _ => sure_page(cx, ui, space, body),
            });
        fill.adjust(ui, shown.content_size.y, shown.inner_rect.height());
    });
}

/// Each option in rank order: its rank, name and total, over a bar as long as its total.
fn ranking_page(ui: &mut egui::Ui, scored: &Scored, body: f32) {
    for option in scored.ranking() {
        ui.add_space(body * 0.3);
        let first = if option.rank == Some(1) { "★ " } else { "" };
        ui.label(
            RichText::new(format!(
                "{first}{}. {}: {} of 100",
                rank_text(scored, option),
                option.name,
                total_text(option.total)
            ))
            .size(body * 1.2)
            .strong(),
        );
        let fraction = option.total.map_or(0.0, |t| (t / 100.0) as f32);
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width(ui.available_width())
                .desired_height(body * 0.8),
        );
        ui.label(RichText::new(crate::export::appraisal::verdict(option)).size(body * 0.8));
    }
    ui.add_space(body * 0.5);
    ui.label(RichText::new(recommendation_of(scored)).size(body).strong());
}

/// The matrix: criteria down, options across, each score of 5, totals and ranks at the foot.
fn scores_page(ui: &mut egui::Ui, space: &AppraisalSpace, body: f32) {
    let (appraisal, scored) = (space.appraisal(), &space.scored);
    let size = body * 0.9;
    let columns = scored.options.len().max(1) as f32;
    let name_width = (ui.available_width() * 0.3).min(body * 16.0);
    // What the names, the weights and the gaps between columns leave.
    let column = ((ui.available_width() - name_width - body * 4.0 - body * 0.6 * (columns + 2.0))
        / columns)
        .max(body * 4.0);
    egui::Grid::new("appraisal_presented")
        .striped(true)
        .spacing(Vec2::new(body * 0.6, body * 0.35))
        .show(ui, |ui| {
            ui.label(RichText::new("Criterion").size(size).strong());
            ui.label(RichText::new("Weight").size(size).strong());
            for option in &scored.options {
                ui.vertical(|ui| {
                    ui.set_width(column);
                    ui.add(
                        egui::Label::new(RichText::new(&option.name).size(size).strong()).wrap(),
                    );
                });
            }
            ui.end_row();
            for (index, (criterion, result)) in
                appraisal.criteria.iter().zip(&scored.criteria).enumerate()
            {
                ui.vertical(|ui| {
                    ui.set_width(name_width);
                    ui.add(egui::Label::new(RichText::new(&criterion.name).size(size)).wrap());
                });
                ui.label(RichText::new(format!("{:.0}%", result.share)).size(size));
                for option in &scored.options {
                    let score = score_text(option.scores.get(index).copied().flatten());
                    ui.label(RichText::new(format!("{score} of 5")).size(size));
                }
                ui.end_row();
            }
            ui.label(RichText::new("Total (of 100)").size(size).strong());
            ui.label("");
            for option in &scored.options {
                ui.label(
                    RichText::new(total_text(option.total))
                        .size(size * 1.2)
                        .strong(),
                );
            }
            ui.end_row();
            ui.label(RichText::new("Rank").size(size).strong());
            ui.label("");
            for option in &scored.options {
                let first = if option.rank == Some(1) { " ★" } else { "" };
                ui.label(
                    RichText::new(format!("{}{first}", rank_text(scored, option)))
                        .size(size * 1.2)
                        .strong(),
                );
            }
            ui.end_row();
        });
}

/// Per criterion, the weights at which the winner holds, drawn and in words: in two columns,
/// so that six criteria fit a laptop's screen.
fn sure_page(cx: &DesignCtx, ui: &mut egui::Ui, space: &AppraisalSpace, body: f32) {
    let (appraisal, scored) = (space.appraisal(), &space.scored);
    let rows: Vec<_> = appraisal.criteria.iter().zip(&scored.criteria).collect();
    let half = rows.len().div_ceil(2);
    ui.columns(2, |columns| {
        for (column, rows) in columns.iter_mut().zip(rows.chunks(half.max(1))) {
            for (criterion, result) in rows {
                column.add_space(body * 0.25);
                column.label(RichText::new(&criterion.name).size(body).strong());
                let Some(sensitivity) = &result.sensitivity else {
                    column.label(RichText::new("left out of the totals").size(body * 0.8));
                    continue;
                };
                sensitivity_chart(column, sensitivity, cx.view.dark, &criterion.name, body / 16.0);
                let words = match sensitivity.change {
                    None => format!(
                        "Weight {:.0}: no weight from 0 to 100 changes the winner.",
                        sensitivity.weight
                    ),
                    Some((points, to)) => format!(
                        "Weight {:.0}: the winner holds from {:.0} to {:.0}; {points:.0} points puts {} first.",
                        sensitivity.weight,
                        sensitivity.holds_from,
                        sensitivity.holds_to,
                        appraisal
                            .option(to)
                            .map_or("another option", |o| o.name.as_str())
                    ),
                };
                column.label(RichText::new(words).size(body * 0.8));
            }
        }
    });
}
