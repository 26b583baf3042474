//! The whole-system picture: the ICB board, its committees, each place with its model, the local
//! authorities and the partnership, with the links between them. Laid out once here as plain
//! boxes and links; the window paints it with egui and the exports write it as SVG.

use super::colours::band_rgb;
pub use crate::model::cut;
use crate::{
    model::{Band, CommitteeMember, Design, PartnershipSector, Place, PlaceModel, name_key},
    rules::{BoardSummary, Subject},
};

pub(super) const TOP: f32 = 130.0;
const COLUMN_W: f32 = 262.0;
const GAP: f32 = 58.0;
pub(super) const LEFT: f32 = 30.0;
const V_GAP: f32 = 16.0;
pub const WIDTH: f32 = LEFT * 2.0 + COLUMN_W * 5.0 + GAP * 4.0;
/// Type sizes and line spacing, shared by the SVG and the window so both read the same.
pub const TITLE_SIZE: f32 = 16.5;
pub const LINE_SIZE: f32 = 14.0;
pub const LINE_STEP: f32 = 20.0;
/// Longest title and line shown in a box, in characters.
pub const TITLE_CHARS: usize = 26;
pub const LINE_CHARS: usize = 33;

/// A box of the picture.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureBox {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub title: String,
    pub lines: Vec<String>,
    pub accent: (u8, u8, u8),
    /// What clicking the box in the window shows.
    pub subject: Subject,
    /// Drawn with a dashed red border: something the rules expect is missing.
    pub warning: bool,
}

/// A link between two boxes (from the right edge of one to the left edge of the next column,
/// or over the top when `arc`).
#[derive(Debug, Clone, PartialEq)]
pub struct PictureLink {
    pub from: (f32, f32),
    pub to: (f32, f32),
    pub arc: bool,
    pub dashed: bool,
    /// Drawn red: a link the rules expect is missing (e.g. an authority not in the partnership).
    pub warning: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    pub width: f32,
    pub height: f32,
    pub columns: Vec<(f32, &'static str)>,
    pub boxes: Vec<PictureBox>,
    pub links: Vec<PictureLink>,
}

fn column_x(column: usize) -> f32 {
    LEFT + column as f32 * (COLUMN_W + GAP)
}

const GREY: (u8, u8, u8) = (0x60, 0x60, 0x60);
const TEAL: (u8, u8, u8) = (0x00, 0x7f, 0x7f);

/// Where a place's delegated authority goes, in words.
fn delegation(place: &Place) -> String {
    match &place.model {
        PlaceModel::ConsultativeForum => "advises; no delegation".to_owned(),
        PlaceModel::IcbCommittee => "ICB delegates to this committee".to_owned(),
        PlaceModel::JointCommittee { partners } => {
            let named: Vec<&str> = partners
                .iter()
                .map(|p| p.trim())
                .filter(|p| !p.is_empty())
                .collect();
            if named.is_empty() {
                "joint committee: partners not named".to_owned()
            } else {
                format!("joint with {}", named.join(", "))
            }
        }
        PlaceModel::LeadDirector { director } if !director.trim().is_empty() => {
            format!("delegated to {}", director.trim())
        }
        PlaceModel::LeadDirector { .. } => "lead director not named".to_owned(),
        PlaceModel::LeadProvider { provider, .. } if !provider.trim().is_empty() => {
            format!("contract with {}", provider.trim())
        }
        PlaceModel::LeadProvider { .. } => "lead provider not named".to_owned(),
    }
}

fn stack<T>(
    items: &[T],
    column: usize,
    height: impl Fn(&T) -> f32,
    mut make: impl FnMut(&T, f32, f32, f32, f32) -> PictureBox,
) -> Vec<PictureBox> {
    let mut y = TOP;
    items
        .iter()
        .map(|item| {
            let h = height(item);
            let b = make(item, column_x(column), y, COLUMN_W, h);
            y += h + V_GAP;
            b
        })
        .collect()
}

fn right_mid(b: &PictureBox) -> (f32, f32) {
    (b.x + b.w, b.y + b.h / 2.0)
}

fn left_mid(b: &PictureBox) -> (f32, f32) {
    (b.x, b.y + b.h / 2.0)
}

/// Lay out the whole system.
pub fn system_picture(design: &Design) -> Picture {
    let board = board_box(design);
    let committees = committee_boxes(design);
    let places = place_boxes(design);
    let la_boxes = authority_boxes(design);
    let partnership = design.partnership.as_ref().map(partnership_box);
    let links = links(
        design,
        &board,
        &committees,
        &places,
        &la_boxes,
        partnership.as_ref(),
    );
    let mut boxes = vec![board];
    boxes.extend(committees);
    boxes.extend(places);
    boxes.extend(la_boxes);
    boxes.extend(partnership);
    let height = boxes.iter().map(|b| b.y + b.h).fold(TOP + 150.0, f32::max) + 30.0;
    Picture {
        width: WIDTH,
        height,
        columns: vec![
            (column_x(0), "Committees"),
            (column_x(1), "Integrated Care Board"),
            (column_x(2), "Places"),
            (column_x(3), "Local authorities"),
            (column_x(4), "Partnership"),
        ],
        boxes,
        links,
    }
}

/// The board, in the middle: its members by kind.
fn board_box(design: &Design) -> PictureBox {
    let summary = BoardSummary::of(design);
    PictureBox {
        x: column_x(1),
        y: TOP,
        w: COLUMN_W,
        h: 160.0,
        title: "ICB board".to_owned(),
        lines: vec![
            format!("{} voting members", summary.voting()),
            format!("{} executive", summary.executives()),
            format!("{} non-executive", summary.non_executives()),
            format!("{} partner members", summary.partners()),
            format!("{} participants", summary.participants.len()),
        ],
        accent: band_rgb(Band::NonExecutive),
        subject: Subject::Board,
        warning: false,
    }
}

/// The board's committees, on its left.
fn committee_boxes(design: &Design) -> Vec<PictureBox> {
    stack(
        &design.committees,
        0,
        |_| 64.0,
        |c, x, y, w, h| {
            let board_members = c
                .members
                .iter()
                .filter(|m| matches!(m, CommitteeMember::Seat(_)))
                .count();
            PictureBox {
                x,
                y,
                w,
                h,
                title: c.name.clone(),
                lines: vec![format!(
                    "{} committee | {board_members} board members",
                    c.kind.name()
                )],
                accent: band_rgb(Band::Executive),
                subject: Subject::Committee(c.id),
                warning: false,
            }
        },
    )
}

/// The places, on the board's right: each with its model and what is delegated.
fn place_boxes(design: &Design) -> Vec<PictureBox> {
    stack(
        &design.places,
        2,
        |_| 82.0,
        |p, x, y, w, h| PictureBox {
            x,
            y,
            w,
            h,
            title: p.name.clone(),
            lines: vec![p.model.kind().name().to_owned(), delegation(p)],
            accent: TEAL,
            subject: Subject::Place(p.id),
            warning: false,
        },
    )
}

/// Each local authority once, in the order places name them, and whether it sits in the
/// partnership (a warning when there is one and it does not).
fn authority_boxes(design: &Design) -> Vec<PictureBox> {
    let mut authorities: Vec<&str> = Vec::new();
    for place in &design.places {
        let la = place.local_authority.trim();
        if !la.is_empty() && !authorities.iter().any(|a| name_key(a) == name_key(la)) {
            authorities.push(la);
        }
    }
    let partnership_members: Vec<String> = design
        .partnership
        .iter()
        .flat_map(|p| &p.members)
        .filter(|m| m.sector == PartnershipSector::LocalAuthority)
        .flat_map(|m| [name_key(&m.name), name_key(&m.organisation)])
        .collect();
    let in_partnership = |la: &str| partnership_members.contains(&name_key(la));
    stack(
        &authorities,
        3,
        |_| 48.0,
        |la, x, y, w, h| PictureBox {
            x,
            y,
            w,
            h,
            title: (*la).to_owned(),
            lines: vec![if design.partnership.is_none() {
                "local authority".to_owned()
            } else if in_partnership(la) {
                "member of the partnership".to_owned()
            } else {
                "not in the partnership".to_owned()
            }],
            accent: band_rgb(Band::Partner),
            subject: Subject::System,
            warning: design.partnership.is_some() && !in_partnership(la),
        },
    )
}

/// The Integrated Care Partnership, on the far right (a warning when the ICB is not in it).
fn partnership_box(p: &crate::model::Partnership) -> PictureBox {
    let count = |side| {
        p.members
            .iter()
            .filter(|m| m.sector.side() == Some(side))
            .count()
    };
    PictureBox {
        x: column_x(4),
        y: TOP,
        w: COLUMN_W,
        h: 140.0,
        title: if p.name.trim().is_empty() {
            "Integrated Care Partnership".to_owned()
        } else {
            p.name.clone()
        },
        lines: vec![
            format!("{} members", p.members.len()),
            format!(
                "NHS {} | local government {}",
                count(crate::model::PartnershipSide::Nhs),
                count(crate::model::PartnershipSide::LocalGovernment)
            ),
            if p.chair.trim().is_empty() {
                "chair not named".to_owned()
            } else {
                format!("chair: {}", p.chair.trim())
            },
            "writes the integrated care strategy".to_owned(),
        ],
        accent: GREY,
        subject: Subject::Partnership,
        warning: !p.members.iter().any(|m| m.sector == PartnershipSector::Icb),
    }
}

/// A plain line from one box's side to another's.
fn line(from: (f32, f32), to: (f32, f32)) -> PictureLink {
    PictureLink {
        from,
        to,
        arc: false,
        dashed: false,
        warning: false,
    }
}

/// The lines: board to committees and places (dashed to a consultative forum), places to their
/// authorities, authorities to the partnership, and the board to the partnership over the top.
fn links(
    design: &Design,
    board: &PictureBox,
    committees: &[PictureBox],
    places: &[PictureBox],
    la_boxes: &[PictureBox],
    partnership: Option<&PictureBox>,
) -> Vec<PictureLink> {
    let mut links: Vec<PictureLink> = committees
        .iter()
        .map(|c| line(left_mid(board), right_mid(c)))
        .collect();
    for (p, place) in places.iter().zip(&design.places) {
        links.push(PictureLink {
            dashed: matches!(place.model, PlaceModel::ConsultativeForum),
            ..line(right_mid(board), left_mid(p))
        });
        let la = place.local_authority.trim();
        if let Some(b) = la_boxes
            .iter()
            .find(|b| !la.is_empty() && name_key(&b.title) == name_key(la))
        {
            links.push(line(right_mid(p), left_mid(b)));
        }
    }
    if let Some(partnership) = partnership {
        for b in la_boxes {
            links.push(PictureLink {
                dashed: b.warning,
                warning: b.warning,
                ..line(right_mid(b), left_mid(partnership))
            });
        }
        links.push(PictureLink {
            from: (board.x + board.w / 2.0, board.y),
            to: (partnership.x + partnership.w / 2.0, partnership.y),
            arc: true,
            dashed: partnership.warning,
            warning: partnership.warning,
        });
    }
    links
}

#[cfg(test)]
mod tests;
