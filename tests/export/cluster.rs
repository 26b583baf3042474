//! Exports of cluster files (issue 14, docs/file-format.md "The command line"): golden files of the
//! three-ICB merger, hostile text in every ICB, and the `export` command on a cluster file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use ics_board_designer::{
    export::{ExportFormat, cluster::export_cluster},
    io,
    model::{Cluster, Design, Holder, JointCommittee, JointMember, Role, Seat},
};

const DATE: &str = "2026-01-01";

/// The merger example with every board shown on a fixed date, so nothing depends on today.
fn merger() -> Cluster {
    let mut cluster =
        io::load_cluster_path(Path::new("saved_designs/merger_three_icbs.ron")).unwrap();
    for icb in &mut cluster.icbs {
        pin(&mut icb.design);
    }
    if let Some(successor) = cluster.merger.as_mut().and_then(|m| m.successor.as_mut()) {
        pin(successor);
    }
    cluster
}

fn pin(design: &mut Design) {
    if design.as_at.is_empty() {
        DATE.clone_into(&mut design.as_at);
    }
}

const CLUSTER_FORMATS: [ExportFormat; 6] = [
    ExportFormat::Html,
    ExportFormat::Svg,
    ExportFormat::Markdown,
    ExportFormat::Csv,
    ExportFormat::Clause,
    ExportFormat::Transition,
];

#[test]
fn cluster_exports_match_golden_files() {
    let cluster = merger();
    for format in CLUSTER_FORMATS {
        let bytes = export_cluster(&cluster, format, DATE.to_owned()).unwrap();
        assert_eq!(
            bytes,
            export_cluster(&cluster, format, DATE.to_owned()).unwrap(),
            "{format:?} is not deterministic"
        );
        crate::golden::assert_golden(&format!("merger_three_icbs.{}", format.extension()), &bytes);
    }
}

#[test]
fn the_report_has_every_icb_the_shared_people_the_joint_committees_and_the_transition() {
    let cluster = merger();
    let html =
        String::from_utf8(export_cluster(&cluster, ExportFormat::Html, DATE.into()).unwrap())
            .unwrap();
    for icb in &cluster.icbs {
        assert!(
            html.contains(&icb.design.name.replace('&', "&amp;")),
            "{}",
            icb.design.name
        );
    }
    for heading in [
        "People shared across ICBs",
        "Joint committees",
        "Seats of every ICB",
        "Transition of every predecessor post",
        "New posts in the successor",
    ] {
        assert!(html.contains(&format!("<h2>{heading}</h2>")), "{heading}");
    }
    assert!(
        html.contains("Predecessor posts: "),
        "the transition counts"
    );
    // One CSV row per seat of every ICB and of the successor, each with where it is.
    let csv = String::from_utf8(export_cluster(&cluster, ExportFormat::Csv, DATE.into()).unwrap())
        .unwrap();
    let seats: usize = cluster
        .icbs
        .iter()
        .map(|i| i.design.board.len())
        .sum::<usize>()
        + cluster.successor().unwrap().board.len();
    assert_eq!(
        csv.split("\r\n").filter(|l| !l.is_empty()).count(),
        seats + 1
    );
    assert!(csv.starts_with("ICB,Band,Role"));
    // The PNG draws the same side-by-side chart.
    let png = export_cluster(&cluster, ExportFormat::Png, DATE.into()).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    // Formats docs/file-format.md does not give cluster files say so.
    let error = export_cluster(&cluster, ExportFormat::InterestsMarkdown, DATE.into()).unwrap_err();
    assert!(
        error.to_string().contains("export one ICB's design"),
        "{error}"
    );
}

#[test]
fn a_cluster_without_a_successor_has_no_clause_or_transition_yet() {
    let cluster =
        io::load_cluster_path(Path::new("saved_designs/cluster_northmoor_southdown.ron")).unwrap();
    for format in [ExportFormat::Clause, ExportFormat::Transition] {
        let error = export_cluster(&cluster, format, DATE.into()).unwrap_err();
        assert!(error.to_string().contains("merge CLUSTER.ron"), "{error}");
    }
    assert!(export_cluster(&cluster, ExportFormat::Html, DATE.into()).is_ok());
}

fn hostile_cluster() -> Cluster {
    let icb = |name: &str| {
        let mut design = Design {
            name: name.to_owned(),
            ..Design::default()
        };
        let mut chair = Seat::new(1, Role::Chair);
        chair.holder = Some(Holder::named("<script>alert(1)</script>"));
        let mut ned = Seat::new(2, Role::NonExecutive);
        ned.title = "=HYPERLINK(\"http://evil.example\") | # heading".into();
        ned.holder = Some(Holder::named("\u{202e}=cmd|' /C calc'!A0"));
        design.board = vec![chair, ned];
        design
    };
    let mut cluster = Cluster::from_designs(vec![
        icb("<b>North</b> & co"),
        icb("\"><svg onload=alert(2)>"),
    ]);
    cluster.name = "# Not a heading <img src=x onerror=alert(3)>".into();
    cluster.joint_committees.push(JointCommittee {
        id: 1,
        name: "</td><script>x</script>".into(),
        delegated_functions: "---".into(),
        chair: Some(JointMember::Member { icb: 1, seat: 1 }),
        members: vec![
            JointMember::Member { icb: 1, seat: 1 },
            JointMember::External("[link](javascript:alert(1))".into()),
        ],
    });
    ics_board_designer::model::merge::with_successor(&cluster)
}

#[test]
fn hostile_text_in_a_cluster_cannot_attack_the_reader() {
    let cluster = hostile_cluster();
    let text =
        |format| String::from_utf8(export_cluster(&cluster, format, DATE.into()).unwrap()).unwrap();
    let html = text(ExportFormat::Html).to_lowercase();
    assert!(!html.contains("<script"), "script tag in HTML");
    assert!(!html.contains("<img") && !html.contains("<b>north"));
    assert_eq!(html.matches("<svg").count(), 1, "only the chart's own svg");
    let svg = text(ExportFormat::Svg).to_lowercase();
    assert!(!svg.contains("<script") && !svg.contains("<svg onload"));
    // Well-formed: the PNG renderer parses it.
    export_cluster(&cluster, ExportFormat::Png, DATE.into()).unwrap();
    let md = text(ExportFormat::Markdown);
    assert!(
        md.starts_with("# \\# Not a heading")
            || md.starts_with("# &#35;")
            || !md.starts_with("# # "),
        "{}",
        &md[..60]
    );
    assert!(!md.contains("<script") && !md.contains("[link](javascript"));
    let csv = text(ExportFormat::Csv);
    super::assert_no_live_formula(&csv);
    assert!(!csv.contains(",=") && !csv.contains(",\u{202e}="));
    let transition = text(ExportFormat::Transition);
    assert!(!transition.contains("<script"));
}

#[test]
fn the_export_command_takes_cluster_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("t.md");
    let status = cargo_bin_cmd!("ics-board-designer")
        .args([
            "export",
            "saved_designs/merger_three_icbs.ron",
            "--to",
            "transition",
            "-o",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        status.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let table = std::fs::read_to_string(&out).unwrap();
    assert!(table.starts_with("# Transition to "));
    assert!(table.contains("| ICB | Post | Holder | Outcome | Successor post |"));
    // A design has no transition; a cluster is not a Word report.
    let design = cargo_bin_cmd!("ics-board-designer")
        .args([
            "export",
            "saved_designs/workshop_start.ron",
            "--to",
            "transition",
            "-o",
            "-",
        ])
        .output()
        .unwrap();
    assert_eq!(design.status.code(), Some(2));
    let docx = cargo_bin_cmd!("ics-board-designer")
        .args([
            "export",
            "saved_designs/merger_three_icbs.ron",
            "--to",
            "interests",
            "-o",
            "-",
        ])
        .output()
        .unwrap();
    assert_eq!(docx.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&docx.stderr).contains("not written as a Register of interests")
    );
}

/// The cluster's board paper (issue 32): in Word, a cover sheet, page numbers, the charts as
/// pictures and rule ids only in the appendix; in PDF, the same paper on A4 pages, as text.
#[test]
fn a_cluster_and_its_merger_are_a_board_paper_in_word_and_pdf() {
    let cluster =
        ics_board_designer::io::load_cluster_path(Path::new("saved_designs/merger_three_icbs.ron"))
            .unwrap();
    let docx = export_cluster(&cluster, ExportFormat::Docx, DATE.into()).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&docx)).unwrap();
    let names: Vec<String> = archive
        .file_names()
        .map(|name| name.unwrap().into_owned())
        .collect();
    let pictures = names
        .iter()
        .filter(|n| n.starts_with("word/media/"))
        .count();
    assert!(
        pictures >= 2,
        "the boards and the successor as pictures: {names:?}"
    );
    let footer = names.iter().find(|n| n.starts_with("word/footer")).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut archive.by_name(footer).unwrap(), &mut text).unwrap();
    assert!(text.contains("PAGE"), "a page number field in the footer");
    let xml = super::document_xml(&docx);
    for part in [
        "Meeting",
        "Executive sponsor",
        "The boards side by side",
        "The successor",
    ] {
        assert!(xml.contains(part), "{part}");
    }
    let appendix = xml.find("Appendix: findings with their rule ids").unwrap();
    let report = ics_board_designer::rules::cluster::validate_cluster(
        &cluster,
        &ics_board_designer::rules::cluster::ClusterCheck::default(),
    );
    assert!(!report.findings.is_empty());
    for finding in &report.findings {
        let id = finding.rule.as_str();
        assert!(
            !xml[..appendix].contains(id),
            "{id} appears before the appendix"
        );
        assert!(xml[appendix..].contains(id));
    }
    let pdf = export_cluster(&cluster, ExportFormat::Pdf, DATE.into()).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(
        text.matches("/MediaBox [0 0 595 842]").count() > 3,
        "A4 pages"
    );
    assert!(text.contains("/FontFile2"), "its text is text");
}
