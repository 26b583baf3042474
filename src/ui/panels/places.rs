//! Places: each with one of the five governance models, its fields, and a membership checklist.

use egui::{RichText, Stroke};

use crate::{
    model::{Command, MergeKey, Part, Place, PlaceModel, PlaceModelKind, Sector},
    rules::{Severity, Subject},
    ui::{
        action::{Action, Draft},
        context::DesignCtx,
        view::Selection,
        widgets::{labelled_line, theme},
    },
};

pub fn places_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        ui.label(RichText::new("Places").heading());
        if ui.button("Add place").clicked() {
            let design = cx.design();
            let id = design.next_place_id();
            let place = Place::new(id, &format!("Place {id}"), PlaceModel::ConsultativeForum);
            let index = design.places.len();
            cx.push(Action::Select(Selection::Place(id)));
            cx.edit(Command::AddPlace { index, place });
        }
    });
    let design = cx.shared();
    let places = &design.places;
    if places.is_empty() {
        ui.label(
            RichText::new(
                "No places yet. Most systems have 2 to 10 (often one for each local authority).",
            )
            .italics(),
        );
    }
    egui::ScrollArea::vertical()
        .id_salt("places_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for place in places {
                place_card_ui(cx, ui, place);
                ui.add_space(10.0);
            }
        });
}

fn place_card_ui(cx: &DesignCtx, ui: &mut egui::Ui, place: &Place) {
    let selected = cx.view.selection == Selection::Place(place.id);
    let stroke = if selected {
        Stroke::new(3.0, ui.visuals().selection.stroke.color)
    } else {
        Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color)
    };
    let response = egui::Frame::default()
        .inner_margin(12.0)
        .corner_radius(8.0)
        .fill(ui.visuals().extreme_bg_color)
        .stroke(stroke)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let title = RichText::new(&place.name).strong().size(19.0);
                if ui
                    .add(egui::Button::selectable(selected, title))
                    .on_hover_text("Select to edit the place's name, members and notes")
                    .clicked()
                {
                    cx.push(Action::Select(Selection::Place(place.id)));
                }
                if !place.local_authority.is_empty() {
                    ui.label(RichText::new(&place.local_authority).weak());
                }
                if let Some((severity, count)) = cx.findings_about(Subject::Place(place.id)) {
                    ui.label(
                        RichText::new(format!("{count} to look at"))
                            .color(theme::severity_colour(severity, cx.view.dark))
                            .strong(),
                    );
                }
            });
            ui.columns(2, |columns| {
                if let [left, right] = columns {
                    model_ui(cx, left, place);
                    checklist_ui(cx, right, place);
                }
            });
        })
        .response;
    if cx.view.scroll_to == Some(Subject::Place(place.id)) {
        ui.scroll_to_rect(response.rect, Some(egui::Align::Center));
        cx.push(Action::ScrolledTo);
    }
}

/// The five models as radio buttons with their meanings, then the chosen model's own fields.
fn model_ui(cx: &DesignCtx, ui: &mut egui::Ui, place: &Place) {
    ui.label(RichText::new("Governance model").strong());
    let current = place.model.kind();
    for kind in PlaceModelKind::ALL {
        let radio = ui
            .radio(current == kind, kind.name())
            .on_hover_text(format!("{} (DF2021)", kind.meaning()));
        if radio.clicked() && current != kind {
            // The model left keeps its details (lead provider, contract, partners, director)
            // for this run, so switching back restores them instead of losing them.
            cx.push(Action::Draft(Draft::SetAside(
                place.id,
                place.model.clone(),
            )));
            let model = cx
                .view
                .drafts
                .set_aside(place.id, kind)
                .cloned()
                .unwrap_or_else(|| kind.empty_model());
            cx.edit(Command::SetPlaceModel {
                id: place.id,
                model,
            });
            cx.status(format!(
                "{}: now {}; its {} details are kept if you switch back (Ctrl+Z undoes the switch)",
                crate::model::cut(&place.name, 60),
                crate::model::text::lower_first(kind.name()),
                crate::model::text::lower_first(current.name())
            ));
        }
        ui.label(RichText::new(kind.meaning()).small().weak());
    }
    ui.add_space(6.0);
    let id = place.id;
    let key = |field: &'static str| MergeKey::new(Part::Place(id), field);
    match &place.model {
        PlaceModel::ConsultativeForum => {
            ui.label("A forum advises; it holds no delegated budget or decisions.");
        }
        PlaceModel::IcbCommittee => {}
        PlaceModel::JointCommittee { partners } => {
            ui.label("Statutory partners (one a line):");
            let mut text = partners.join("\n");
            let edit = ui.add(
                egui::TextEdit::multiline(&mut text)
                    .desired_rows(3)
                    .hint_text("e.g. Northmoor City Council"),
            );
            edit.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::MultilineTextInput,
                    true,
                    "Joint committee partners",
                )
            });
            if edit.changed() {
                let partners = text.lines().map(str::to_owned).collect();
                cx.edit_typed(
                    Command::SetPlaceModel {
                        id,
                        model: PlaceModel::JointCommittee { partners },
                    },
                    key("partners"),
                );
            }
        }
        PlaceModel::LeadDirector { director } => {
            let mut text = director.clone();
            if labelled_line(ui, "Lead director (ICB)", &mut text) {
                cx.edit_typed(
                    Command::SetPlaceModel {
                        id,
                        model: PlaceModel::LeadDirector { director: text },
                    },
                    key("director"),
                );
            }
        }
        PlaceModel::LeadProvider { provider, contract } => {
            let mut p = provider.clone();
            if labelled_line(ui, "Lead provider", &mut p) {
                cx.edit_typed(
                    Command::SetPlaceModel {
                        id,
                        model: PlaceModel::LeadProvider {
                            provider: p,
                            contract: contract.clone(),
                        },
                    },
                    key("provider"),
                );
            }
            let mut c = contract.clone();
            if labelled_line(ui, "Contract reference and term", &mut c) {
                cx.edit_typed(
                    Command::SetPlaceModel {
                        id,
                        model: PlaceModel::LeadProvider {
                            provider: provider.clone(),
                            contract: c,
                        },
                    },
                    key("contract"),
                );
            }
        }
    }
    if !matches!(place.model, PlaceModel::ConsultativeForum)
        || !place.delegated_functions.is_empty()
    {
        let mut functions = place.delegated_functions.clone();
        if labelled_line(ui, "Delegated functions", &mut functions) {
            cx.edit_typed(
                Command::SetPlaceDelegatedFunctions { id, functions },
                key("functions"),
            );
        }
    }
    if !matches!(place.model, PlaceModel::ConsultativeForum) || place.delegated_budget.is_some() {
        budget_ui(cx, ui, place);
    }
}

fn budget_ui(cx: &DesignCtx, ui: &mut egui::Ui, place: &Place) {
    ui.horizontal(|ui| {
        let mut has_budget = place.delegated_budget.is_some();
        if ui.checkbox(&mut has_budget, "Delegated budget").changed() {
            cx.edit(Command::SetPlaceDelegatedBudget {
                id: place.id,
                budget: has_budget.then_some(0),
            });
        }
        if let Some(budget) = place.delegated_budget {
            let mut pounds = budget;
            let drag = ui.add(
                egui::DragValue::new(&mut pounds)
                    .speed(100_000.0)
                    .prefix("GBP ")
                    .custom_formatter(|n, _| crate::model::thousands(n as u64)),
            );
            drag.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::SpinButton,
                    true,
                    "Delegated budget in pounds",
                )
            });
            if drag.changed() {
                cx.edit_typed(
                    Command::SetPlaceDelegatedBudget {
                        id: place.id,
                        budget: Some(pounds),
                    },
                    MergeKey::new(Part::Place(place.id), "budget"),
                );
            }
        }
    });
}

/// Which framework expectations the place's membership meets, sector by sector.
fn checklist_ui(cx: &DesignCtx, ui: &mut egui::Ui, place: &Place) {
    ui.label(RichText::new("Membership (DF2021 expectations)").strong());
    let has = |s: &Sector| place.has_sector(s);
    let rows: [(&str, bool); 7] = [
        ("Primary care leadership", has(&Sector::PrimaryCare)),
        (
            "Local authority",
            has(&Sector::LocalAuthority) || has(&Sector::ElectedMember),
        ),
        ("Director of public health", has(&Sector::PublicHealth)),
        ("Acute provider", has(&Sector::AcuteProvider)),
        ("Community provider", has(&Sector::CommunityProvider)),
        ("Mental health provider", has(&Sector::MentalHealthProvider)),
        (
            "Communities (Healthwatch or VCSE)",
            has(&Sector::Healthwatch) || has(&Sector::Vcse),
        ),
    ];
    for (label, met) in rows {
        let (mark, colour) = if met {
            ("✔", theme::severity_colour(Severity::Info, cx.view.dark))
        } else {
            ("✘", theme::severity_colour(Severity::Warning, cx.view.dark))
        };
        let status = if met { "met" } else { "missing" };
        ui.label(RichText::new(format!("{mark} {label}: {status}")).color(colour));
    }
    ui.label(
        RichText::new(format!(
            "{}; edit them in the inspector.",
            crate::rules::plural(place.members.len(), "member", "members")
        ))
        .small()
        .weak(),
    );
}
