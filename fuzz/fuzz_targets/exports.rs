//! Fuzz the exports: whatever loads (a design or a cluster) is written in every text format
//! without a panic, and the SVG stays well-formed enough to have one root element.
#![no_main]

use ics_board_designer::{
    export::{ExportFormat, ExportInput, cluster::export_cluster, export},
    io::{self, Loaded},
    rules::RulePack,
};
use libfuzzer_sys::fuzz_target;

/// The formats written as text, not rendered (PNG, PDF and Word are rendered from the same
/// SVG and tables, and are too slow to run a million times).
fn text_format(format: ExportFormat) -> bool {
    !matches!(
        format,
        ExportFormat::Png | ExportFormat::Pdf | ExportFormat::Docx
    )
}

fuzz_target!(|data: &[u8]| {
    match io::load_any_bytes(data) {
        Ok(Loaded::Design(design)) => {
            let pack = RulePack::for_design(&design);
            let input = ExportInput::new(&design, &pack, "2026-12-04".to_owned());
            let formats = ExportFormat::ALL
                .into_iter()
                .filter(|f| text_format(*f) && *f != ExportFormat::Transition);
            for format in formats {
                let bytes = export(&input, format).expect("a text export of a design never fails");
                if format == ExportFormat::Svg {
                    let svg = String::from_utf8(bytes).expect("SVG is UTF-8");
                    assert_eq!(svg.matches("<svg").count(), 1, "one root element");
                }
            }
        }
        Ok(Loaded::Cluster(cluster)) => {
            let formats = ExportFormat::ALL
                .into_iter()
                .filter(|f| text_format(*f) && f.for_clusters());
            for format in formats {
                // The clause and the transition need a successor; nothing else may fail.
                let result = export_cluster(&cluster, format, "2026-12-04".to_owned());
                assert!(
                    result.is_ok() || cluster.successor().is_none(),
                    "{format:?}: {result:?}"
                );
            }
        }
        Err(_) => {}
    }
});
