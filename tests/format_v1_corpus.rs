//! Files written in format 1 must open in every later version: this corpus is kept forever.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use ics_board_designer::{
    io,
    rules::{RulePack, validate},
};

#[test]
fn every_format_1_file_still_loads() {
    let mut count = 0;
    for entry in std::fs::read_dir("tests/data/v1").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "ron") {
            continue;
        }
        let design = io::load_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let _ = validate(&design, &RulePack::df2021());
        // Re-saving and loading gives the same design.
        assert_eq!(io::load_str(&io::to_ron_string(&design)).unwrap(), design);
        count += 1;
    }
    assert!(count >= 5, "the corpus has {count} files");
}

#[test]
fn the_format_md_example_loads_with_its_partnership() {
    let design = io::load_path(std::path::Path::new(
        "tests/data/v1/implicit_some_and_partnership.ron",
    ))
    .unwrap();
    assert_eq!(design.board.len(), 8);
    assert_eq!(design.committees[0].chair, Some(2));
    assert_eq!(design.places[0].delegated_budget, Some(120_000_000));
    assert_eq!(design.partnership.unwrap().members.len(), 3);
}
