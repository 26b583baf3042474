//! What a person has typed or chosen that is not yet part of the design: a name half-typed into
//! an "Add" field, a date not yet whole, the pack the Rules tab compares with, and the details
//! of a place's model set aside when they switch model. It lives in the [`super::view::View`],
//! not in egui's memory, so that a test can see it; panels read it and change it by
//! [`super::action::Action::Draft`].

use crate::model::{Id, PlaceModel, PlaceModelKind};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Drafts {
    /// The name typed into "External member name", by committee.
    pub external_member: Vec<(Id, String)>,
    /// The name typed into "Strategic authority name".
    pub strategic_authority: String,
    /// "Board on" while it is not yet a whole date: the design's date it was typed over, and
    /// the text. A change of the design's date (undo, another file) drops it.
    pub board_on: Option<(String, String)>,
    /// The pack the Rules tab shows beside the design's own (`None`: none).
    pub compare_pack: Option<String>,
    /// A place's model left by a switch of model, by place, so that switching back restores
    /// its details (lead provider, contract, partners, director) instead of losing them.
    pub set_aside: Vec<(Id, PlaceModel)>,
}

/// One change of the drafts.
#[derive(Debug, Clone, PartialEq)]
pub enum Draft {
    ExternalMember(Id, String),
    StrategicAuthority(String),
    BoardOn(Option<(String, String)>),
    ComparePack(Option<String>),
    /// Set aside this model of the place (one a kind: a later one of the same kind replaces it).
    SetAside(Id, PlaceModel),
}

impl Drafts {
    pub fn set(&mut self, draft: Draft) {
        match draft {
            Draft::ExternalMember(committee, text) => {
                self.external_member.retain(|(id, _)| *id != committee);
                if !text.is_empty() {
                    self.external_member.push((committee, text));
                }
            }
            Draft::StrategicAuthority(text) => self.strategic_authority = text,
            Draft::BoardOn(draft) => self.board_on = draft,
            Draft::ComparePack(pack) => self.compare_pack = pack,
            Draft::SetAside(place, model) => {
                let kind = model.kind();
                self.set_aside
                    .retain(|(id, kept)| !(*id == place && kept.kind() == kind));
                self.set_aside.push((place, model));
            }
        }
    }

    /// The name typed for a committee's new external member.
    pub fn external_member(&self, committee: Id) -> &str {
        self.external_member
            .iter()
            .find(|(id, _)| *id == committee)
            .map_or("", |(_, text)| text)
    }

    /// The model of this kind set aside for the place, if any.
    pub fn set_aside(&self, place: Id, kind: PlaceModelKind) -> Option<&PlaceModel> {
        self.set_aside
            .iter()
            .find(|(id, model)| *id == place && model.kind() == kind)
            .map(|(_, model)| model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_are_kept_by_their_owner_and_replaced_in_turn() {
        let mut drafts = Drafts::default();
        drafts.set(Draft::ExternalMember(1, "Dr A".into()));
        drafts.set(Draft::ExternalMember(2, "Dr B".into()));
        drafts.set(Draft::ExternalMember(1, "Dr AA".into()));
        assert_eq!(drafts.external_member(1), "Dr AA");
        assert_eq!(drafts.external_member(2), "Dr B");
        drafts.set(Draft::ExternalMember(2, String::new()));
        assert_eq!(drafts.external_member.len(), 1);
        let lead = PlaceModelKind::ALL[4].empty_model();
        drafts.set(Draft::SetAside(7, lead.clone()));
        drafts.set(Draft::SetAside(7, lead.clone()));
        assert_eq!(drafts.set_aside.len(), 1);
        assert_eq!(drafts.set_aside(7, lead.kind()), Some(&lead));
        assert_eq!(drafts.set_aside(8, lead.kind()), None);
    }
}
