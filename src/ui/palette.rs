//! The palette: roles as chips, grouped as the framework groups them, dragged onto the board.

use egui::{Align2, Color32, CornerRadius, Sense, Stroke, StrokeKind, Vec2};

use super::{
    app::{DesignerApp, Tab},
    theme,
};
use crate::model::{
    Band, ExecutiveRole, Expertise, PartnerSector, PartnershipSector, PartnershipSide, Role,
};

/// What is being dragged.
#[derive(Debug, Clone, PartialEq)]
pub enum DragPayload {
    /// A new seat with this role (and starting expertise), from the palette.
    NewRole(Role, Vec<Expertise>),
    /// An existing board seat.
    Seat(u32),
    /// A new partnership member from this sector.
    PartnershipSector(PartnershipSector),
}

/// A palette entry: the chip's text, the role it adds, and what the framework asks of it.
pub struct PaletteEntry {
    pub label: &'static str,
    pub role: Role,
    pub expertise: Vec<Expertise>,
    pub requirement: &'static str,
}

fn entry(label: &'static str, role: Role, requirement: &'static str) -> PaletteEntry {
    PaletteEntry {
        label,
        role,
        expertise: Vec::new(),
        requirement,
    }
}

/// The palette's groups, in the framework's order.
pub fn palette_groups() -> Vec<(&'static str, Vec<PaletteEntry>)> {
    vec![
        (
            "Non-executive",
            vec![
                entry(
                    "Chair",
                    Role::Chair,
                    "Exactly one, independent: no other post in a health or care organisation in the footprint. (DF2021, HCA2022)",
                ),
                entry(
                    "Non-executive member",
                    Role::NonExecutive,
                    "At least 2 besides the chair; normally no post in other health and care organisations in the footprint. (DF2021)",
                ),
            ],
        ),
        (
            "Executive",
            vec![
                entry(
                    "Chief executive",
                    Role::ChiefExecutive,
                    "Exactly one: the accountable officer. (DF2021)",
                ),
                entry(
                    "Director of finance",
                    Role::Executive(ExecutiveRole::Finance),
                    "Required. Executives are normally full-time employees of the ICB. (DF2021)",
                ),
                entry(
                    "Medical director",
                    Role::Executive(ExecutiveRole::Medical),
                    "Required. (DF2021)",
                ),
                entry(
                    "Director of nursing",
                    Role::Executive(ExecutiveRole::Nursing),
                    "Required. (DF2021)",
                ),
                entry(
                    "Other executive",
                    Role::Executive(ExecutiveRole::Other("Other executive".into())),
                    "Counts towards the 4 executives but meets none of the named roles; name the post in the inspector. (DF2021)",
                ),
            ],
        ),
        (
            "Partner members",
            vec![
                entry(
                    "Partner: trusts",
                    Role::PartnerMember(PartnerSector::Trusts),
                    "At least one, from NHS trusts and foundation trusts in the footprint; brings the sector's perspective, not its delegate. (DF2021)",
                ),
                entry(
                    "Partner: primary care",
                    Role::PartnerMember(PartnerSector::PrimaryCare),
                    "At least one, from primary medical services providers. (DF2021)",
                ),
                entry(
                    "Partner: local authority",
                    Role::PartnerMember(PartnerSector::LocalAuthority),
                    "At least one, from a local authority with social-care responsibility in the footprint. (DF2021)",
                ),
                entry(
                    "Partner: other",
                    Role::PartnerMember(PartnerSector::Other("Other partner".into())),
                    "Counts towards the 3 partner members (e.g. a mental health trust member). (DF2021)",
                ),
            ],
        ),
        (
            "Participants (non-voting)",
            vec![
                PaletteEntry {
                    label: "Director of public health",
                    role: Role::Participant("Director of Public Health".into()),
                    expertise: vec![Expertise::PublicHealth],
                    requirement: "A director of public health should have an official role. Participants do not count towards minimums. (DF2021)",
                },
                entry(
                    "Healthwatch",
                    Role::Participant("Healthwatch".into()),
                    "Non-voting; not counted towards any minimum.",
                ),
                entry(
                    "VCSE",
                    Role::Participant("VCSE".into()),
                    "Non-voting; not counted towards any minimum.",
                ),
                entry(
                    "Other participant",
                    Role::Participant("Participant".into()),
                    "Non-voting; not counted towards any minimum.",
                ),
            ],
        ),
    ]
}

pub(crate) fn palette_panel_ui(app: &mut DesignerApp, ui: &mut egui::Ui) {
    egui::Panel::left("palette")
        .resizable(true)
        .default_size(195.0)
        .min_size(170.0)
        .show(ui, |ui| {
            ui.add_space(6.0);
            if app.tab == Tab::Partnership {
                sectors_ui(app, ui);
                return;
            }
            ui.heading("Roles");
            ui.label(egui::RichText::new("Drag a role onto the board").small());
            egui::ScrollArea::vertical().show(ui, |ui| {
                for (group, entries) in palette_groups() {
                    ui.add_space(8.0);
                    ui.label(egui::RichText::new(group).strong());
                    for entry in entries {
                        let payload =
                            DragPayload::NewRole(entry.role.clone(), entry.expertise.clone());
                        let tip = format!("{}\n\n{}", entry.label, entry.requirement);
                        let colour = theme::band_colour(entry.role.band());
                        chip_ui(app, ui, entry.label, colour, payload, &tip);
                    }
                }
            });
        });
}

/// The partnership's palette: sectors to drag into its membership.
fn sectors_ui(app: &mut DesignerApp, ui: &mut egui::Ui) {
    ui.heading("Sectors");
    ui.label(egui::RichText::new("Drag a sector into the partnership").small());
    egui::ScrollArea::vertical().show(ui, |ui| {
        for sector in PartnershipSector::NAMED
            .into_iter()
            .chain(std::iter::once(PartnershipSector::Other("Other".into())))
        {
            let colour = match sector.side() {
                Some(PartnershipSide::Nhs) => theme::band_colour(Band::NonExecutive),
                Some(PartnershipSide::LocalGovernment) => theme::band_colour(Band::Partner),
                None => theme::band_colour(Band::Participant),
            };
            let side = match sector.side() {
                Some(PartnershipSide::Nhs) => "Counts on the NHS side of the balance.",
                Some(PartnershipSide::LocalGovernment) => {
                    "Counts on the local government side of the balance."
                }
                None => "Widens the partnership beyond the NHS and local government.",
            };
            let label = sector.name();
            let tip = format!("{label}\n\n{side} (partnership.parity, NHSP2021)");
            chip_ui(
                app,
                ui,
                &label,
                colour,
                DragPayload::PartnershipSector(sector),
                &tip,
            );
        }
    });
}

/// A draggable chip; double-click adds at once, as a drop would.
fn chip_ui(
    app: &mut DesignerApp,
    ui: &mut egui::Ui,
    label: &str,
    colour: Color32,
    payload: DragPayload,
    tip: &str,
) {
    let height = 30.0;
    let width = ui.available_width().min(200.0);
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(width, height), Sense::click_and_drag());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Add: {label}"))
    });
    let visuals = ui.style().interact(&response);
    paint_chip(
        ui.painter(),
        rect,
        label,
        colour,
        visuals.bg_fill,
        visuals.text_color(),
    );
    if response.dragged()
        && let Some(pointer) = ui.ctx().pointer_interact_pos()
    {
        // Paint a ghost of the chip under the pointer while it is being dragged.
        let layer = egui::LayerId::new(egui::Order::Tooltip, egui::Id::unique("palette_ghost"));
        let painter = ui.ctx().layer_painter(layer);
        let ghost = egui::Rect::from_center_size(pointer, rect.size());
        paint_chip(
            &painter,
            ghost,
            label,
            colour,
            visuals.bg_fill,
            visuals.text_color(),
        );
    }
    if response.double_clicked() {
        app.drop_payload(&payload);
    }
    response.dnd_set_drag_payload(payload);
    response.on_hover_text(tip);
}

fn paint_chip(
    painter: &egui::Painter,
    rect: egui::Rect,
    label: &str,
    accent: Color32,
    fill: Color32,
    text: Color32,
) {
    painter.rect(
        rect,
        CornerRadius::same(6),
        fill,
        Stroke::new(1.0, accent),
        StrokeKind::Inside,
    );
    let bar = egui::Rect::from_min_size(rect.min, Vec2::new(6.0, rect.height()));
    painter.rect_filled(bar, CornerRadius::same(3), accent);
    painter.text(
        rect.left_center() + Vec2::new(14.0, 0.0),
        Align2::LEFT_CENTER,
        label,
        egui::FontId::proportional(15.0),
        text,
    );
}

impl DesignerApp {
    /// What dropping (or double-clicking) a palette chip does.
    pub(crate) fn drop_payload(&mut self, payload: &DragPayload) {
        match payload {
            DragPayload::NewRole(role, expertise) => {
                self.add_seat_with_role(role.clone(), expertise.clone());
            }
            DragPayload::PartnershipSector(sector) => {
                let design = self.doc.shared();
                if let Some(partnership) = &design.partnership {
                    super::partnership::add_member(self, partnership, sector.clone());
                }
            }
            DragPayload::Seat(_) => {}
        }
    }
}
