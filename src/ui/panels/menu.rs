//! The menu bar: File, Edit, View, and the status line.

use crate::{
    model::{Command, IsoDate, MergeKey, Part},
    platform::key_label,
    ui::{
        action::{Action, Draft, FileAction, PendingAction, shortcut_text},
        context::DesignCtx,
        view::Selection,
    },
};

pub fn menu_bar_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| file_menu_ui(cx, ui));
            ui.menu_button("Edit", |ui| {
                // Name the step, as desktop tools do: "Undo add Chair".
                let named = |verb: &str, label: Option<&str>| match label {
                    Some(label) => format!("{verb} {label}"),
                    None => verb.to_owned(),
                };
                let undo = named("Undo", cx.history.undo);
                if ui
                    .add_enabled(
                        cx.history.undo.is_some(),
                        egui::Button::new(undo)
                            .shortcut_text(shortcut_text(|a| matches!(a, Action::Undo))),
                    )
                    .clicked()
                {
                    cx.push(Action::Undo);
                }
                let redo = named("Redo", cx.history.redo);
                if ui
                    .add_enabled(
                        cx.history.redo.is_some(),
                        egui::Button::new(redo)
                            .shortcut_text(shortcut_text(|a| matches!(a, Action::Redo))),
                    )
                    .clicked()
                {
                    cx.push(Action::Redo);
                }
                ui.separator();
                if ui
                    .add_enabled(
                        cx.view.selection != Selection::None,
                        egui::Button::new("Delete selected")
                            .shortcut_text(shortcut_text(|a| matches!(a, Action::DeleteSelection))),
                    )
                    .clicked()
                {
                    cx.push(Action::DeleteSelection);
                }
                for (step, label, keys) in [
                    (-1, "Move seat earlier", "Alt+Left"),
                    (1, "Move seat later", "Alt+Right"),
                ] {
                    if ui
                        .add_enabled(
                            cx.seat_step_target(step).is_some(),
                            egui::Button::new(label).shortcut_text(keys),
                        )
                        .clicked()
                    {
                        cx.push(Action::StepSeat(step));
                    }
                }
            });
            ui.menu_button("View", |ui| {
                if ui
                    .add(egui::Button::new("Present").shortcut_text(key_label("F5")))
                    .clicked()
                {
                    cx.push(Action::Present(Some(0)));
                }
                let theme = if cx.view.dark {
                    "Light theme"
                } else {
                    "Dark theme"
                };
                if ui.button(theme).clicked() {
                    cx.push(Action::SetDark(!cx.view.dark));
                }
                ui.separator();
                // The board's own zoom (its cards fit the window until zoomed).
                for (label, keys, step) in [
                    ("Zoom the board in", "Ctrl +", Some(1)),
                    ("Zoom the board out", "Ctrl -", Some(-1)),
                    ("Fit the board to the window", "Ctrl 0", None),
                ] {
                    if ui
                        .add(egui::Button::new(label).shortcut_text(key_label(keys)))
                        .clicked()
                    {
                        cx.push(Action::ZoomBoard(step));
                    }
                }
                ui.separator();
                // The whole interface, for a projector far from the room (egui remembers it).
                if ui.button("Larger interface").clicked() {
                    egui::gui_zoom::zoom_in(ui.ctx());
                }
                if ui.button("Smaller interface").clicked() {
                    egui::gui_zoom::zoom_out(ui.ctx());
                }
                if ui.button("Interface at 100%").clicked() {
                    ui.ctx().set_zoom_factor(1.0);
                }
            });
            ui.separator();
            let dirty = match (cx.is_dirty(), cx.path.is_some()) {
                (true, _) => "unsaved changes",
                (false, true) => "saved",
                (false, false) => "not saved to a file yet",
            };
            let name = match (cx.cluster, cx.appraisal) {
                (_, Some(space)) => space.appraisal().title.as_str(),
                (Some(space), _) if !space.shows_a_board() => space.cluster().name.as_str(),
                _ => cx.design().name.as_str(),
            };
            ui.label(egui::RichText::new(format!("{name}  ({dirty})")).strong());
            ui.separator();
            if cx.appraisal.is_none()
                && cx
                    .cluster
                    .is_none_or(crate::ui::cluster_space::ClusterSpace::shows_a_board)
            {
                board_on_ui(cx, ui);
            }
            ui.separator();
            ui.label(egui::RichText::new(format!("Pack: {}", cx.pack.id)).strong())
                .on_hover_text(format!("Checked against {}", cx.pack.describe()));
            if !cx.view.status.is_empty() {
                ui.separator();
                ui.label(egui::RichText::new(cx.view.status.as_str()).weak());
            }
        });
    });
}

fn file_menu_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    if ui
        .add(egui::Button::new("New").shortcut_text(shortcut_text(|a| {
            matches!(a, Action::File(FileAction::Request(PendingAction::New)))
        })))
        .clicked()
    {
        cx.push(Action::File(FileAction::Request(PendingAction::New)));
    }
    ui.menu_button("New from template", |ui| {
        for (index, template) in crate::io::templates::TEMPLATES.iter().enumerate() {
            if ui
                .button(template.name)
                .on_hover_text(template.description)
                .clicked()
            {
                cx.push(Action::File(FileAction::Request(
                    PendingAction::NewFromTemplate(index),
                )));
            }
        }
    });
    if ui
        .button("New cluster from designs...")
        .on_hover_text("Put two or more ICB design files together as one cluster file")
        .clicked()
    {
        cx.push(Action::File(FileAction::Request(
            PendingAction::NewCluster(Vec::new()),
        )));
    }
    if ui
        .button("New appraisal of options...")
        .on_hover_text(
            "Score designs or clusters side by side against weighted criteria: choose their files (the open one is included)",
        )
        .clicked()
    {
        cx.push(Action::File(FileAction::Request(
            PendingAction::NewAppraisal(Vec::new()),
        )));
    }
    if cx.from_appraisal.is_some() && ui.button("Back to the appraisal").clicked() {
        cx.push(Action::File(FileAction::Request(
            PendingAction::BackToAppraisal(None),
        )));
    }
    if ui
        .add(
            egui::Button::new("Open...").shortcut_text(shortcut_text(|a| {
                matches!(
                    a,
                    Action::File(FileAction::Request(PendingAction::Open(None)))
                )
            })),
        )
        .clicked()
    {
        cx.push(Action::File(FileAction::Request(PendingAction::Open(None))));
    }
    ui.menu_button("Open recent", |ui| {
        if cx.recent.is_empty() {
            ui.label("No recent files");
        }
        for path in cx.recent {
            if ui.button(path.display().to_string()).clicked() {
                cx.push(Action::File(FileAction::Request(PendingAction::Open(
                    Some(path.clone()),
                ))));
            }
        }
    });
    ui.separator();
    if ui
        .add(egui::Button::new("Save").shortcut_text(shortcut_text(|a| {
            matches!(a, Action::File(FileAction::Save))
        })))
        .clicked()
    {
        cx.push(Action::File(FileAction::Save));
    }
    if ui
        .add(
            egui::Button::new("Save As...").shortcut_text(shortcut_text(|a| {
                matches!(a, Action::File(FileAction::SaveAs))
            })),
        )
        .clicked()
    {
        cx.push(Action::File(FileAction::SaveAs));
    }
    if cx.appraisal.is_none() && ui.button("Compare with...").clicked() {
        cx.push(Action::File(FileAction::Compare));
    }
    let no_board = cx.cluster.is_some_and(|c| !c.shows_a_board()) || cx.appraisal.is_some();
    if !no_board
        && ui
            .button("Import people...")
            .on_hover_text(
                "Fill the board's seats from a roster (CSV, XLSX or ODS), after a preview",
            )
            .clicked()
    {
        cx.push(Action::File(FileAction::ImportPeople));
    }
    ui.menu_button("Export", |ui| {
        // A cluster exports as a whole, in the formats docs/file-format.md gives cluster files.
        let formats = crate::export::ExportFormat::ALL.into_iter().filter(|f| {
            if cx.appraisal.is_some() {
                f.for_appraisals()
            } else if cx.cluster.is_some() {
                f.for_clusters()
            } else {
                *f != crate::export::ExportFormat::Transition
            }
        });
        for format in formats {
            if ui.button(format!("{}...", format.name())).clicked() {
                cx.push(Action::File(FileAction::Export(format)));
            }
        }
    });
    // A page cannot close its tab (the browser's Ctrl+W does).
    if crate::platform::CAN_QUIT {
        ui.separator();
        if ui.button("Quit").clicked() {
            cx.push(Action::Quit);
        }
    }
}

/// "Board on: 2027-04-01": the date the board is shown at, typed as an ISO date (taken once it
/// is a whole date), with Today one click away. Empty means today.
fn board_on_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let design = cx.design();
    let typed = cx
        .view
        .drafts
        .board_on
        .as_ref()
        .filter(|(saved, _)| *saved == design.as_at)
        .map_or(design.as_at.as_str(), |(_, draft)| draft.as_str());
    let mut draft = typed.to_owned();
    ui.label("Board on:");
    let field = ui.add(
        egui::TextEdit::singleline(&mut draft)
            .desired_width(104.0)
            .hint_text("today"),
    );
    field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Board on"));
    let field = field.on_hover_text(format!(
        "The board as it stands on {}: a holder whose term has ended has left (YYYY-MM-DD; empty for today)",
        cx.as_at.long()
    ));
    if field.changed()
        && (draft.trim().is_empty() || IsoDate::parse(&draft).is_some())
        && draft.trim() != design.as_at
    {
        cx.edit_typed(
            Command::SetAsAt(draft.trim().to_owned()),
            MergeKey::new(Part::Design, "as_at"),
        );
    }
    if draft != typed {
        cx.push(Action::Draft(Draft::BoardOn(Some((
            design.as_at.clone(),
            draft,
        )))));
    }
    if !design.as_at.is_empty() && ui.small_button("Today").clicked() {
        cx.edit(Command::SetAsAt(String::new()));
    }
    // In a cluster that merges: the board as it will stand on the merger's first day.
    let merger_day = cx
        .cluster
        .and_then(|c| c.cluster().merger.as_ref())
        .and_then(|m| IsoDate::parse(&m.effective));
    if let Some(day) = merger_day
        && design.as_at != day.to_string()
        && ui
            .small_button("Merger day")
            .on_hover_text(format!(
                "Show this board as it stands on {}, when the successor starts",
                day.long()
            ))
            .clicked()
    {
        cx.edit(Command::SetAsAt(day.to_string()));
    }
}
