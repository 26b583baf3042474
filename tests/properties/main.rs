//! Property tests: the loader never panics, and any sequence of edits can be undone and saved.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use ics_board_designer::{
    compare::compare,
    io,
    model::{
        Command, CommitteeKind, CommitteeMember, Design, Document, ExecutiveRole, Expertise,
        Holder, PartnerSector, Place, PlaceMember, PlaceModelKind, Role, Seat, Sector,
    },
    rules::{RulePack, validate},
};
use proptest::prelude::*;

// Clusters and mergers (issue 14), in this test binary to save linking another.
mod cluster;

fn example(name: &str) -> Vec<u8> {
    std::fs::read(format!("saved_designs/{name}")).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Any bytes give a design or a typed error with a position, never a panic.
    #[test]
    fn any_bytes_load_or_fail_cleanly(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Err(error) = io::load_bytes(&bytes) {
            prop_assert!(!error.message.is_empty());
        }
    }

    /// Random edits of a real example file: flip, insert, delete bytes, or cut it short.
    #[test]
    fn mutated_examples_load_or_fail_cleanly(
        which in 0usize..3,
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 1..8),
    ) {
        let name = ["workshop_start.ron", "df2021_minimum.ron", "option_c_joint_committees.ron"][which];
        let mut bytes = example(name);
        for (index, byte, kind) in edits {
            if bytes.is_empty() {
                break;
            }
            let at = index.index(bytes.len());
            match kind {
                0 => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                2 => { bytes.remove(at); }
                _ => bytes.truncate(at),
            }
        }
        match io::load_bytes(&bytes) {
            // Whatever loads must also validate and survive a save/load round trip.
            Ok(design) => {
                let _ = validate(&design, &RulePack::df2021());
                let text = io::to_ron_string(&design);
                prop_assert_eq!(io::load_str(&text).unwrap(), design);
            }
            Err(error) => {
                prop_assert!(error.line.is_some() || error.message.contains("id"));
            }
        }
    }
}

fn role() -> impl Strategy<Value = Role> {
    prop_oneof![
        Just(Role::Chair),
        Just(Role::NonExecutive),
        Just(Role::ChiefExecutive),
        Just(Role::Executive(ExecutiveRole::Finance)),
        Just(Role::Executive(ExecutiveRole::Nursing)),
        "[a-zA-Z <>&\"]{0,12}".prop_map(|t| Role::Executive(ExecutiveRole::Other(t))),
        Just(Role::PartnerMember(PartnerSector::Trusts)),
        Just(Role::PartnerMember(PartnerSector::LocalAuthority)),
        "[a-z ]{0,8}".prop_map(Role::Participant),
    ]
}

fn command() -> impl Strategy<Value = Command> {
    let id = 1u32..12;
    let text = "[a-zA-Z0-9 |<>\"'\n🏥]{0,16}";
    prop_oneof![
        (0usize..20, id.clone(), role()).prop_map(|(index, id, role)| Command::AddSeat {
            index,
            seat: Seat::new(id, role)
        }),
        id.clone().prop_map(|id| Command::RemoveSeat { id }),
        (id.clone(), 0usize..20).prop_map(|(id, index)| Command::MoveSeat { id, index }),
        (id.clone(), role()).prop_map(|(id, role)| Command::SetSeatRole { id, role }),
        (id.clone(), text).prop_map(|(id, title)| Command::SetSeatTitle { id, title }),
        (id.clone(), proptest::option::of("[A-Za-z ]{0,10}")).prop_map(|(id, name)| {
            Command::SetSeatHolder {
                id,
                holder: name.map(|n| Holder::named(&n)),
            }
        }),
        (id.clone(), any::<bool>()).prop_map(|(id, on)| Command::SetSeatExpertise {
            id,
            expertise: if on {
                vec![Expertise::Finance, Expertise::MentalHealth]
            } else {
                vec![]
            }
        }),
        (id.clone(), any::<bool>())
            .prop_map(|(id, deputy_chair)| Command::SetSeatDeputyChair { id, deputy_chair }),
        (id.clone(), any::<bool>()).prop_map(|(id, senior_non_executive)| {
            Command::SetSeatSeniorNonExecutive {
                id,
                senior_non_executive,
            }
        }),
        prop_oneof![Just(String::new()), Just("2027-04-01".to_owned())].prop_map(Command::SetAsAt),
        (
            0usize..3,
            1u32..4,
            prop_oneof![
                Just(CommitteeKind::Audit),
                Just(CommitteeKind::Remuneration)
            ]
        )
            .prop_map(|(index, id, kind)| Command::AddCommittee {
                index,
                committee: ics_board_designer::model::Committee {
                    id,
                    name: format!("C{id}"),
                    kind,
                    chair: None,
                    members: vec![]
                }
            }),
        (1u32..4).prop_map(|id| Command::RemoveCommittee { id }),
        (1u32..4, id.clone()).prop_map(|(id, seat)| Command::AddCommitteeMember {
            id,
            index: 99,
            member: CommitteeMember::Seat(seat)
        }),
        (1u32..4, 0usize..4).prop_map(|(id, index)| Command::RemoveCommitteeMember { id, index }),
        (1u32..4, proptest::option::of(id.clone()))
            .prop_map(|(id, chair)| Command::SetCommitteeChair { id, chair }),
        (0usize..3, 1u32..4, 0usize..5).prop_map(|(index, id, model)| Command::AddPlace {
            index,
            place: Place::new(
                id,
                &format!("P{id}"),
                PlaceModelKind::ALL[model].empty_model()
            )
        }),
        (1u32..4).prop_map(|id| Command::RemovePlace { id }),
        (1u32..4, 0usize..5).prop_map(|(id, m)| Command::SetPlaceModel {
            id,
            model: PlaceModelKind::ALL[m].empty_model()
        }),
        (1u32..4).prop_map(|id| Command::AddPlaceMember {
            id,
            index: 0,
            member: PlaceMember {
                sector: Sector::PrimaryCare,
                name: "GP".into(),
                organisation: String::new()
            }
        }),
        (1u32..4, proptest::option::of(0u64..1_000_000))
            .prop_map(|(id, budget)| Command::SetPlaceDelegatedBudget { id, budget }),
        "[a-z]{0,6}".prop_map(Command::SetName),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Any sequence of edits, then undo all, gives the original; redo all gives the edited one;
    /// and the edited design saves and loads back unchanged.
    #[test]
    fn undo_all_restores_and_save_load_round_trips(commands in proptest::collection::vec(command(), 0..40)) {
        let original: Design = io::load_bytes(&example("df2021_minimum.ron")).unwrap();
        let mut doc = Document::new(original.clone());
        for command in commands {
            let _ = doc.apply(command, None); // refused commands change nothing
        }
        let edited = doc.design().clone();
        let text = io::to_ron_string(&edited);
        prop_assert_eq!(&io::load_str(&text).unwrap(), &edited);
        let _ = validate(&edited, &RulePack::df2021());
        while doc.undo() {}
        prop_assert_eq!(doc.design(), &original);
        prop_assert!(!doc.is_dirty());
        while doc.redo() {}
        prop_assert_eq!(doc.design(), &edited);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Comparing a design with an edited copy accounts for every seat exactly once: each seat of
    /// the first is kept or removed, each seat of the second kept or added; and a design compared
    /// with itself shows no seat, committee or place change.
    #[test]
    fn compare_accounts_for_every_seat(commands in proptest::collection::vec(command(), 0..30)) {
        let original: Design = io::load_bytes(&example("option_f_mixed_models.ron")).unwrap();
        let mut doc = Document::new(original.clone());
        for command in commands {
            let _ = doc.apply(command, None);
        }
        let edited = doc.design();
        let same = compare(&original, &original);
        prop_assert!(same.seats.is_empty() && same.committees.is_empty() && same.places.is_empty());
        let diff = compare(&original, edited);
        let count = |kind: &str| diff.seats.iter().filter(|c| c.kind == kind).count();
        let removed = count("removed");
        let added = count("added");
        // Kept seats pair one to one, so both sides agree on how many were kept.
        prop_assert_eq!(original.board.len() - removed, edited.board.len() - added);
        for change in &diff.seats {
            if let Some(id) = change.before {
                prop_assert!(original.seat(id).is_some());
            }
            if let Some(id) = change.after {
                prop_assert!(edited.seat(id).is_some());
            }
        }
    }
}

/// Text a person might type or paste, or a roster might hold: control characters, characters
/// XML forbids, quotes, backslashes, non-ASCII letters, and lengths up to past the reader's
/// 64 KiB limit on one text (once escaped).
fn typed_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\u{1}".to_owned()),
        Just("\u{1b}[31m".to_owned()),
        Just("\u{fffe}\u{ffff}".to_owned()),
        Just("\"\\\n\r\t".to_owned()),
        Just("Zoë Sørensen – ".to_owned()),
        Just("x".repeat(9000)),
        "[a-z ]{0,12}",
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Anything the app writes, the app reads: a design whose names and notes hold any text is
    /// either written and reads back the same, or refused before anything is written, with the
    /// field named (issue 30).
    #[test]
    fn anything_written_reads_back_or_is_refused(name in typed_text(), notes in typed_text(), title in typed_text()) {
        let mut design = io::load_bytes(&example("workshop_start.ron")).unwrap();
        design.name = title;
        design.board[0].notes = notes;
        if let Some(holder) = design.board[1].holder.as_mut() {
            holder.name = name;
        }
        match io::design_text(&design) {
            Ok(text) => prop_assert_eq!(io::load_str(&text).unwrap(), design),
            Err(reason) => prop_assert!(
                reason.contains("the field `") && reason.contains("nothing was written"),
                "the refusal names the field: {}", reason
            ),
        }
    }
}
