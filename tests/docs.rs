//! The documentation in `docs/` is the product's own: its examples load, and the rule reference
//! is exactly what `rules --format md` writes.

use ics_board_designer::io::{Loaded, load_any_bytes};

#[test]
fn rules_md_is_the_output_of_the_rules_command() {
    let committed = std::fs::read_to_string("docs/rules.md").unwrap();
    let generated = ics_board_designer::rules::reference::reference_md();
    assert!(
        committed == generated,
        "docs/rules.md differs from `ics-board-designer rules --format md`; regenerate it with\n  cargo run -- rules --format md > docs/rules.md"
    );
    // Every rule id is in it, with its basis.
    for rule in ics_board_designer::rules::RuleId::ALL {
        assert!(committed.contains(&format!("| `{rule}` |")), "{rule}");
    }
}

#[test]
fn every_example_in_the_file_format_guide_loads() {
    let guide = std::fs::read_to_string("docs/file-format.md").unwrap();
    let blocks: Vec<&str> = guide
        .split("```ron\n")
        .skip(1)
        .filter_map(|b| b.split_once("```").map(|(code, _)| code))
        .collect();
    assert!(blocks.len() >= 5, "{} examples", blocks.len());
    let (mut clusters, mut appraisals) = (0, 0);
    for block in blocks {
        if block.starts_with("Appraisal(") {
            ics_board_designer::io::load_appraisal_str(block)
                .unwrap_or_else(|error| panic!("{error}\n{block}"));
            appraisals += 1;
            continue;
        }
        match load_any_bytes(block.as_bytes()) {
            Ok(Loaded::Design(_)) => {}
            Ok(Loaded::Cluster(_)) => clusters += 1,
            Err(error) => panic!("{error}\n{block}"),
        }
    }
    assert_eq!((clusters, appraisals), (1, 1));
}
