//! Exports: golden files, determinism, hostile text, and the `export` command.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod golden;
// Cluster files' exports (issue 14), in this test binary to save linking another.
mod cluster;

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use ics_board_designer::{
    export::{ExportFormat, ExportInput, design_paper, export},
    io,
    model::{
        Committee, CommitteeKind, CommitteeMember, Design, Holder, PartnerSector, Place,
        PlaceMember, PlaceModel, Role, Seat, Sector,
    },
    rules::RulePack,
};

const DATE: &str = "2026-01-01";

fn render(design: &Design, format: ExportFormat) -> Vec<u8> {
    let pack = RulePack::df2021();
    export(&ExportInput::new(design, &pack, DATE.to_owned()), format).unwrap()
}

/// Text exports equal the files in `tests/golden` (regenerate with `UPDATE_GOLDEN=1`).
#[test]
fn text_exports_match_golden_files() {
    for example in ["option_f_mixed_models", "workshop_start"] {
        let mut design =
            io::load_path(&Path::new("saved_designs").join(format!("{example}.ron"))).unwrap();
        // The board as on a fixed date, so the golden files never depend on today.
        if design.as_at.is_empty() {
            DATE.clone_into(&mut design.as_at);
        }
        for format in ExportFormat::ALL {
            // Binary formats have tests of their own (tests/export_papers.rs for DOCX and PDF).
            // The transition table is a cluster file's (tests/cluster/export.rs).
            if matches!(
                format,
                ExportFormat::Png
                    | ExportFormat::Docx
                    | ExportFormat::Pdf
                    | ExportFormat::Transition
            ) {
                continue;
            }
            let bytes = render(&design, format);
            assert_eq!(
                bytes,
                render(&design, format),
                "{format:?} is not deterministic"
            );
            golden::assert_golden(&format!("{example}.{}", format.extension()), &bytes);
        }
    }
}

#[test]
fn png_is_deterministic_and_twice_the_svg_size() {
    let design = io::load_path(Path::new("saved_designs/df2021_minimum.ron")).unwrap();
    let png = render(&design, ExportFormat::Png);
    assert_eq!(png, render(&design, ExportFormat::Png));
    assert_eq!(png.get(..8), Some(&b"\x89PNG\r\n\x1a\n"[..]));
    // IHDR width is bytes 16..20, big-endian: the SVG is 1600 wide, rendered at 2x.
    let width = u32::from_be_bytes(png.get(16..20).unwrap().try_into().unwrap());
    assert_eq!(width, 3200);
}

fn hostile_design() -> Design {
    let mut design = Design {
        name: "<script>alert('name')</script> & \"quotes\"".into(),
        system: "\"><svg onload=alert(1)>".into(),
        notes: "line one\nline two | with pipe".into(),
        ..Design::default()
    };
    let names = [
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+1+1",
        "-2",
        "@SUM(A1)",
        "\tTabbed",
        "🏥 Dr Émoji ✅",
        "د. مريم الحسن",
        "Robert'); DROP TABLE seats;--",
        "<img src=x onerror=alert(1)>",
        "[link](javascript:alert(1))",
    ];
    for (i, name) in names.iter().enumerate() {
        let mut seat = Seat::new(
            i as u32 + 1,
            Role::PartnerMember(PartnerSector::Other((*name).into())),
        );
        seat.title = format!("{name} | title");
        seat.holder = Some(Holder {
            organisation: format!("{name}\nsecond line"),
            ..Holder::named(name)
        });
        design.board.push(seat);
    }
    design.committees.push(Committee {
        id: 1,
        name: "<b>Audit</b>".into(),
        kind: CommitteeKind::Audit,
        chair: Some(1),
        members: vec![
            CommitteeMember::Seat(1),
            CommitteeMember::External("</td><script>x</script>".into()),
        ],
    });
    let mut place = Place::new(
        1,
        "<i>Place</i>",
        PlaceModel::JointCommittee {
            partners: vec!["\"><svg/onload=alert(2)>".into()],
        },
    );
    place.members.push(PlaceMember {
        sector: Sector::Other("<script>".into()),
        name: "=cmd|' /C calc'!A0".into(),
        organisation: String::new(),
    });
    design.places.push(place);
    design
}

#[test]
fn hostile_text_cannot_attack_the_reader() {
    let design = hostile_design();
    let html = String::from_utf8(render(&design, ExportFormat::Html)).unwrap();
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "script tag in HTML");
    assert!(!lower.contains("<svg onload") && !lower.contains("<svg/onload"));
    assert!(!lower.contains("<img"));
    assert!(!lower.contains("<b>audit"));
    assert!(lower.contains("&lt;script&gt;"));
    assert!(html.contains("🏥 Dr Émoji ✅") && html.contains("د. مريم الحسن"));
    // Exactly the one <svg> element we put there.
    assert_eq!(lower.matches("<svg").count(), 1);

    let svg = String::from_utf8(render(&design, ExportFormat::Svg)).unwrap();
    assert!(!svg.to_lowercase().contains("<script"));
    // Well-formed: the PNG renderer parses it.
    render(&design, ExportFormat::Png);

    let md = String::from_utf8(render(&design, ExportFormat::Markdown)).unwrap();
    assert!(!md.contains("<script") && !md.contains("<img"));
    assert!(!md.contains("[link](javascript"));
    let seat_rows: Vec<&str> = md
        .lines()
        .skip_while(|l| !l.starts_with("## Seats"))
        .skip(4)
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert_eq!(seat_rows.len(), 10, "one table row per seat: {md}");
    for row in seat_rows {
        // 9 columns: 10 unescaped pipes.
        let pipes = row.replace("\\|", "").matches('|').count();
        assert_eq!(pipes, 10, "{row}");
    }

    let csv = String::from_utf8(render(&design, ExportFormat::Csv)).unwrap();
    let rows: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(rows.len() >= 11);
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""));
    for risky in ["+1+1", "-2", "@SUM(A1)", "\tTabbed"] {
        assert!(csv.contains(&format!("'{risky}")), "{risky} not defused");
    }
    assert_no_live_formula(&csv);
    let clause = String::from_utf8(render(&design, ExportFormat::Clause)).unwrap();
    assert!(!clause.contains("<script"));
}

#[test]
fn export_command_writes_next_to_the_file_or_to_o() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("board.ron");
    std::fs::copy("saved_designs/df2021_minimum.ron", &file).unwrap();
    for format in ["html", "svg", "png", "md", "csv", "clause"] {
        cargo_bin_cmd!("ics-board-designer")
            .args(["export", file.to_str().unwrap(), "--to", format])
            .assert()
            .success();
    }
    for name in [
        "board.html",
        "board.svg",
        "board.png",
        "board.md",
        "board.csv",
        "board.clause.md",
    ] {
        assert!(dir.path().join(name).exists(), "{name}");
    }
    let out = dir.path().join("custom.html");
    cargo_bin_cmd!("ics-board-designer")
        .args([
            "export",
            file.to_str().unwrap(),
            "--to",
            "html",
            "-o",
            out.to_str().unwrap(),
        ])
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    // Unreadable input and unwritable output both exit 2.
    cargo_bin_cmd!("ics-board-designer")
        .args(["export", "no/such/file.ron", "--to", "csv"])
        .assert()
        .code(2);
    let blocked = file.join("out.csv");
    cargo_bin_cmd!("ics-board-designer")
        .args([
            "export",
            file.to_str().unwrap(),
            "--to",
            "csv",
            "-o",
            blocked.to_str().unwrap(),
        ])
        .assert()
        .code(2);
}

#[test]
fn the_clause_lists_the_board_and_committees() {
    let design = io::load_path(Path::new("saved_designs/df2021_minimum.ron")).unwrap();
    let clause = String::from_utf8(render(&design, ExportFormat::Clause)).unwrap();
    assert!(clause.contains("The Board of the ICB shall consist of:"));
    assert!(clause.contains("(a) a Chair;"));
    assert!(clause.contains("(b) not fewer than two Non-Executive Members (besides the Chair);"));
    assert!(clause.contains("a Director of Finance;"));
    assert!(clause.contains("the Audit Committee, the audit committee of the Board;"));
}

#[test]
fn local_rule_changes_are_shown_in_every_export() {
    let mut design = io::load_path(Path::new("saved_designs/df2021_minimum.ron")).unwrap();
    design
        .rule_overrides
        .push(ics_board_designer::model::RuleOverride {
            threshold: Some(3),
            reason: "our constitution adds a third NED".into(),
            ..ics_board_designer::model::RuleOverride::for_rule("board.ned_min")
        });
    let pack = RulePack::for_design(&design);
    let input = ExportInput::new(&design, &pack, DATE.to_owned());
    for format in [
        ExportFormat::Html,
        ExportFormat::Svg,
        ExportFormat::Markdown,
    ] {
        let text = String::from_utf8(export(&input, format).unwrap()).unwrap();
        // Markdown escapes the underscore of the rule id.
        let rule = if format == ExportFormat::Markdown {
            "board.ned\\_min"
        } else {
            "board.ned_min"
        };
        let expected =
            format!("ICS Design Framework (June 2021) with 1 local change: {rule}: at least 3");
        assert!(text.contains(&expected), "{format:?}");
    }
    // The changed threshold is applied: two NEDs are now one short.
    assert!(!input.report.is_valid());
}

/// No CSV cell a spreadsheet would run as a formula (it starts with =, +, - or @).
fn assert_no_live_formula(csv: &str) {
    for line in csv.lines() {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "live formula in {line}"
            );
        }
    }
}

/// The main part of a Word document: its `word/document.xml`.
pub(crate) fn document_xml(docx: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut file = archive.by_name("word/document.xml").unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut file, &mut xml).unwrap();
    xml
}

#[test]
fn the_word_report_has_headings_tables_basis_and_the_pack() {
    let design = io::load_path(Path::new("saved_designs/workshop_start.ron")).unwrap();
    let docx = render(&design, ExportFormat::Docx);
    assert_eq!(docx.get(..2), Some(&b"PK"[..]), "a zip file");
    let xml = document_xml(&docx);
    // docx-rs numbers paragraphs and pictures from counters of the process: the same in every
    // run of the command line, but not from one export to the next in one process.
    let numbered = |xml: &str| {
        ["w14:paraId=\"", "r:embed=\"rIdImage"]
            .iter()
            .fold(xml.to_owned(), |xml, marker| {
                let mut parts = xml.split(marker);
                let first = parts.next().unwrap_or_default().to_owned();
                parts.fold(first, |text, part| {
                    text + marker + part.trim_start_matches(|c: char| c.is_ascii_alphanumeric())
                })
            })
    };
    assert_eq!(
        numbered(&xml),
        numbered(&document_xml(&render(&design, ExportFormat::Docx)))
    );
    assert!(xml.contains(r#"<w:pStyle w:val="Heading1" />"#) || xml.contains("Heading1"));
    for text in [
        "Workshop start: Northmoor and Vale ICB (incomplete)",
        "ICS Design Framework (June 2021) (df2021)",
        "Findings",
        "board.exec_finance",
        "The board needs a director of finance.",
        "policy",
        "Membership by sector",
    ] {
        assert!(xml.contains(text), "{text} missing");
    }
    assert!(
        xml.matches("<w:tbl>").count() >= 4,
        "board, committees, places, findings"
    );
}

/// Issue 32: the design's Word export is a board paper: a cover table, page numbers in the
/// footer, the board chart as a picture, findings in words, and rule ids only in the appendix.
#[test]
fn the_word_report_is_a_board_paper() {
    let design = io::load_path(Path::new("saved_designs/workshop_start.ron")).unwrap();
    let docx = render(&design, ExportFormat::Docx);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&docx)).unwrap();
    let names: Vec<String> = archive
        .file_names()
        .map(|name| name.unwrap().into_owned())
        .collect();
    assert!(
        names.iter().any(|n| n.starts_with("word/media/")),
        "an embedded picture: {names:?}"
    );
    let footer = names.iter().find(|n| n.starts_with("word/footer")).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut archive.by_name(footer).unwrap(), &mut text).unwrap();
    assert!(text.contains("PAGE"), "a page number field in the footer");
    let xml = document_xml(&docx);
    for cover in ["Meeting", "Agenda item", "Purpose", "Executive sponsor"] {
        assert!(xml.contains(cover), "cover sheet row {cover}");
    }
    let appendix = xml.find("Appendix: findings with their rule ids").unwrap();
    let report = ics_board_designer::rules::validate(
        &design,
        &ics_board_designer::rules::RulePack::for_design(&design),
    );
    assert!(!report.findings.is_empty());
    for finding in &report.findings {
        let id = finding.rule.as_str();
        assert!(
            xml.get(..appendix)
                .is_some_and(|before| !before.contains(id)),
            "{id} appears before the appendix"
        );
        assert!(xml.get(appendix..).is_some_and(|after| after.contains(id)));
    }
}

#[test]
fn the_word_report_escapes_hostile_text() {
    let xml = document_xml(&render(&hostile_design(), ExportFormat::Docx));
    assert!(!xml.contains("<script"), "raw markup in document.xml");
    assert!(!xml.contains("<img"));
    assert!(xml.contains("&lt;script&gt;alert("));
    assert!(xml.contains("🏥 Dr Émoji ✅") && xml.contains("د. مريم الحسن"));
}

/// Issue 30: characters XML 1.0 forbids never reach an export's XML (Word would refuse it).
#[test]
fn xml_exports_hold_no_character_xml_forbids() {
    let mut design = io::load_path(Path::new("saved_designs/option_f_mixed_models.ron")).unwrap();
    design.name = "Bad\u{1}name\u{1b}[2K\u{fffe}\u{ffff}\r end".into();
    if let Some(holder) = design.board[0].holder.as_mut() {
        holder.name = "Dr\u{1}\u{1b}\u{fffe}\u{ffff} Ashworth".into();
    }
    let forbidden = |c: char| {
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
    };
    let xml = document_xml(&render(&design, ExportFormat::Docx));
    assert!(!xml.chars().any(forbidden), "word/document.xml");
    assert!(xml.contains("Dr\u{fffd}\u{fffd}\u{fffd}\u{fffd} Ashworth"));
    for format in [ExportFormat::Html, ExportFormat::Svg] {
        let text = String::from_utf8(render(&design, format)).unwrap();
        assert!(!text.chars().any(forbidden), "{format:?}");
    }
}

#[test]
fn the_pdf_is_the_board_paper_on_a4_pages_and_never_cuts_a_name() {
    let mut design = io::load_path(Path::new("saved_designs/option_f_mixed_models.ron")).unwrap();
    let long = "Professor Dame Alexandra Montgomery-Fitzwilliam-Smythe of Northmoor";
    design.board[1].holder.as_mut().unwrap().name = long.into();
    let pack = RulePack::df2021();
    let input = ExportInput::new(&design, &pack, DATE.to_owned());
    let pages = ics_board_designer::export::paper_pages(&design_paper(&input));
    assert!(pages.len() >= 2, "a paper of {} pages", pages.len());
    for (i, page) in pages.iter().enumerate() {
        assert!(page.contains(r#"width="595" height="842""#), "A4 portrait");
        assert!(page.contains(&format!("Page {} of {}", i + 1, pages.len())));
    }
    let all = pages.concat();
    assert!(!all.contains('…'), "nothing is cut with an ellipsis");
    for word in long.split(' ') {
        assert!(all.contains(word), "{word} of the long name is missing");
    }
    for part in ["Meeting", "The board", "Against the rules", "Appendix"] {
        assert!(all.contains(part), "{part} is missing from the paper");
    }
    let pdf = render(&design, ExportFormat::Pdf);
    assert_eq!(pdf.get(..5), Some(&b"%PDF-"[..]));
    let text = String::from_utf8_lossy(&pdf);
    assert_eq!(
        text.matches("/MediaBox [0 0 595 842]").count(),
        pages.len(),
        "every page A4 portrait"
    );
    assert!(
        text.contains("/FontFile2"),
        "the text is text, in an embedded font"
    );
    // Hostile text stays text.
    let hostile = hostile_design();
    let pages = ics_board_designer::export::paper_pages(&design_paper(&ExportInput::new(
        &hostile,
        &pack,
        DATE.to_owned(),
    )));
    assert!(!pages.concat().to_lowercase().contains("<script"));
    render(&hostile_design(), ExportFormat::Pdf);
}

/// The hostile design's exports are pinned too: every escape stays as it is reviewed here
/// (regenerate with `UPDATE_GOLDEN=1`).
#[test]
fn hostile_exports_match_golden_files() {
    let mut design = hostile_design();
    DATE.clone_into(&mut design.as_at);
    for format in [
        ExportFormat::Html,
        ExportFormat::Svg,
        ExportFormat::Markdown,
        ExportFormat::Csv,
        ExportFormat::Clause,
    ] {
        let bytes = render(&design, format);
        if matches!(format, ExportFormat::Svg | ExportFormat::Html) {
            assert!(
                !String::from_utf8_lossy(&bytes).contains('…'),
                "{format:?} cuts a name with an ellipsis"
            );
        }
        golden::assert_golden(&format!("hostile.{}", format.extension()), &bytes);
    }
}

/// A long name is wrapped on up to three lines on the chart, never cut with "…".
#[test]
fn the_chart_wraps_a_long_name_on_three_lines_and_never_cuts_it() {
    let name = "Professor Dame Eleanor Margaret Fotheringham-Whitcombe-Smythe OBE";
    let mut design = Design::default();
    let mut seat = Seat::new(1, Role::Chair);
    seat.holder = Some(Holder::named(name));
    design.board.push(seat);
    let svg = String::from_utf8(render(&design, ExportFormat::Svg)).unwrap();
    assert!(!svg.contains('…'), "nothing is cut");
    for word in name.split_whitespace() {
        assert!(svg.contains(word), "{word} is on the chart");
    }
    let lines = svg.matches(r##"fill="#1d1d1d">"##).count();
    assert!(lines >= 3, "the name takes three lines: {lines}");
}
