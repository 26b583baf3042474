//! The menu bar: File, Edit, View, and the status line.

use super::{app::DesignerApp, files::PendingAction};

pub(crate) fn menu_bar_ui(app: &mut DesignerApp, ui: &mut egui::Ui) {
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| file_menu_ui(app, ui));
            ui.menu_button("Edit", |ui| {
                // Name the step, as desktop tools do: "Undo add Chair".
                let named = |verb: &str, label: Option<&str>| match label {
                    Some(label) => format!("{verb} {label}"),
                    None => verb.to_owned(),
                };
                let undo = named("Undo", app.doc.undo_label());
                if ui
                    .add_enabled(
                        app.doc.can_undo(),
                        egui::Button::new(undo).shortcut_text("Ctrl+Z"),
                    )
                    .clicked()
                {
                    app.undo();
                }
                let redo = named("Redo", app.doc.redo_label());
                if ui
                    .add_enabled(
                        app.doc.can_redo(),
                        egui::Button::new(redo).shortcut_text("Ctrl+Shift+Z"),
                    )
                    .clicked()
                {
                    app.redo();
                }
                ui.separator();
                if ui
                    .add_enabled(
                        app.selection != super::Selection::None,
                        egui::Button::new("Delete selected").shortcut_text("Del"),
                    )
                    .clicked()
                {
                    app.delete_selection();
                }
                for (step, label, keys) in [
                    (-1, "Move seat earlier", "Alt+Left"),
                    (1, "Move seat later", "Alt+Right"),
                ] {
                    if ui
                        .add_enabled(
                            app.seat_step_target(step).is_some(),
                            egui::Button::new(label).shortcut_text(keys),
                        )
                        .clicked()
                    {
                        app.step_selected_seat(step);
                    }
                }
            });
            ui.menu_button("View", |ui| {
                if ui
                    .add(egui::Button::new("Present").shortcut_text("F5"))
                    .clicked()
                {
                    app.start_presenting(ui.ctx());
                }
                let theme = if app.dark {
                    "Light theme"
                } else {
                    "Dark theme"
                };
                if ui.button(theme).clicked() {
                    app.dark = !app.dark;
                }
                if ui
                    .add(egui::Button::new("Zoom in").shortcut_text("Ctrl +"))
                    .clicked()
                {
                    egui::gui_zoom::zoom_in(ui.ctx());
                }
                if ui
                    .add(egui::Button::new("Zoom out").shortcut_text("Ctrl -"))
                    .clicked()
                {
                    egui::gui_zoom::zoom_out(ui.ctx());
                }
                if ui
                    .add(egui::Button::new("Reset zoom").shortcut_text("Ctrl 0"))
                    .clicked()
                {
                    ui.ctx().set_zoom_factor(1.0);
                }
            });
            ui.separator();
            let dirty = match (app.is_dirty(), app.path.is_some()) {
                (true, _) => "unsaved changes",
                (false, true) => "saved",
                (false, false) => "not saved to a file yet",
            };
            ui.label(egui::RichText::new(format!("{}  ({dirty})", app.design().name)).strong());
            if !app.status.is_empty() {
                ui.separator();
                ui.label(egui::RichText::new(&app.status).weak());
            }
        });
    });
}

fn file_menu_ui(app: &mut DesignerApp, ui: &mut egui::Ui) {
    if ui
        .add(egui::Button::new("New").shortcut_text("Ctrl+N"))
        .clicked()
    {
        app.request(PendingAction::New);
    }
    ui.menu_button("New from template", |ui| {
        for (index, template) in crate::io::templates::TEMPLATES.iter().enumerate() {
            if ui
                .button(template.name)
                .on_hover_text(template.description)
                .clicked()
            {
                app.request(PendingAction::NewFromTemplate(index));
            }
        }
    });
    if ui
        .add(egui::Button::new("Open...").shortcut_text("Ctrl+O"))
        .clicked()
    {
        app.request(PendingAction::Open(None));
    }
    ui.menu_button("Open recent", |ui| {
        if app.recent.is_empty() {
            ui.label("No recent files");
        }
        for path in app.recent.clone() {
            if ui.button(path.display().to_string()).clicked() {
                app.request(PendingAction::Open(Some(path)));
            }
        }
    });
    ui.separator();
    if ui
        .add(egui::Button::new("Save").shortcut_text("Ctrl+S"))
        .clicked()
    {
        app.save();
    }
    if ui
        .add(egui::Button::new("Save As...").shortcut_text("Ctrl+Shift+S"))
        .clicked()
    {
        app.save_as();
    }
    if ui.button("Compare with...").clicked() {
        app.compare_with();
    }
    ui.menu_button("Export", |ui| {
        for format in crate::export::ExportFormat::ALL {
            if ui.button(format!("{}...", format.name())).clicked() {
                app.export_as(format);
            }
        }
    });
    ui.separator();
    if ui.button("Quit").clicked() {
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
    }
}
