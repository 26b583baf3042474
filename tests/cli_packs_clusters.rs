//! The commands of 2026, run as real processes: `check --pack` and `--as-at`, `rules`, and the
//! cluster commands `cluster new` and `merge` (FORMAT.md).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

fn run(args: &[&str]) -> (i32, String, String) {
    let output = cargo_bin_cmd!("ics-board-designer")
        .args(args)
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn json(args: &[&str]) -> (i32, Value) {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let (code, out, err) = run(&all);
    (
        code,
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}")),
    )
}

fn rules_of(file: &Value) -> Vec<(String, String)> {
    file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn json_names_the_pack_and_each_findings_basis() {
    let (code, j) = json(&[
        "saved_designs/df2021_minimum.ron",
        "saved_designs/option_f_mixed_models.ron",
    ]);
    assert_eq!(code, 0);
    assert_eq!(j["files"][0]["pack"], "df2021");
    assert_eq!(j["files"][1]["pack"], "nhse2025");
    for file in j["files"].as_array().unwrap() {
        for f in file["findings"].as_array().unwrap() {
            let basis = f["basis"].as_str().unwrap();
            assert!(["law", "bill", "policy", "advice"].contains(&basis), "{f}");
        }
    }
}

#[test]
fn check_pack_judges_a_file_by_another_packs_rules_without_changing_it() {
    let file = "saved_designs/workshop_start.ron";
    let before = std::fs::read(file).unwrap();
    let (_, df) = json(&[file, "--pack", "df2021"]);
    let (_, today) = json(&[file, "--pack", "nhse2025"]);
    assert_eq!(df["files"][0]["pack"], "df2021");
    let medical = |j: &Value| {
        rules_of(&j["files"][0])
            .into_iter()
            .find(|(r, _)| r == "board.exec_medical")
            .map(|(_, s)| s)
    };
    assert_eq!(medical(&df).as_deref(), Some("error"));
    assert_eq!(medical(&today).as_deref(), Some("warning"));
    assert_eq!(std::fs::read(file).unwrap(), before);
    // The bill: every example can be checked against it.
    let (code, bill) = json(&[
        "saved_designs/bill2026_mayoral_authority.ron",
        "--pack",
        "bill2026",
    ]);
    assert_eq!(code, 0, "{bill}");
    let (code, option_f) = json(&[
        "saved_designs/option_f_mixed_models.ron",
        "--pack",
        "bill2026",
    ]);
    assert_eq!(code, 0);
    assert!(
        rules_of(&option_f["files"][0])
            .iter()
            .all(|(r, _)| r != "board.partner_strategic_authority")
    );
}

#[test]
fn an_unknown_pack_or_date_exits_2_and_says_why() {
    let (code, out, _) = run(&[
        "check",
        "saved_designs/df2021_minimum.ron",
        "--pack",
        "df2099",
    ]);
    assert_eq!(code, 2);
    assert!(
        out.contains("df2021") && out.contains("nhse2025") && out.contains("bill2026"),
        "{out}"
    );
    let (code, j) = json(&["saved_designs/df2021_minimum.ron", "--pack", "df2099"]);
    assert_eq!(code, 2);
    assert_eq!(j["pack_error"]["pack"], "df2099");
    let (code, out, _) = run(&[
        "check",
        "saved_designs/df2021_minimum.ron",
        "--as-at",
        "1 April",
    ]);
    assert_eq!(code, 2);
    assert!(out.contains("YYYY-MM-DD"), "{out}");
}

#[test]
fn check_as_at_moves_the_board_to_a_date() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("terms.ron");
    let text = std::fs::read_to_string("saved_designs/df2021_minimum.ron")
        .unwrap()
        .replacen(
            "holder: None,",
            "holder: Some(Holder(name: \"Ann Lee\", term_ends: \"2027-03-31\")),",
            1,
        );
    assert!(text.contains("Ann Lee"));
    std::fs::write(&path, text).unwrap();
    let path = path.to_str().unwrap();
    let ended = |date: &str| {
        let (_, j) = json(&[path, "--as-at", date]);
        rules_of(&j["files"][0])
            .iter()
            .any(|(r, _)| r == "people.term_ended")
    };
    assert!(!ended("2027-03-30"));
    assert!(ended("2027-03-31"));
    assert!(ended("2027-04-01"));
}

#[test]
fn rules_writes_the_reference_for_every_pack_or_one() {
    let (code, md, _) = run(&["rules", "--format", "md"]);
    assert_eq!(code, 0);
    assert_eq!(md, std::fs::read_to_string("docs/rules.md").unwrap());
    let (code, one, _) = run(&["rules", "--pack", "bill2026"]);
    assert_eq!(code, 0);
    assert!(
        one.contains("| `board.partner_strategic_authority` | error | bill |"),
        "{one}"
    );
    let (code, text, _) = run(&["rules", "--pack", "nhse2025", "--format", "json"]);
    assert_eq!(code, 0);
    let j: Value = serde_json::from_str(&text).unwrap();
    let rules = j["packs"][0]["rules"].as_array().unwrap();
    let medical = rules
        .iter()
        .find(|r| r["id"] == "board.exec_medical")
        .unwrap();
    assert_eq!(medical["severity"], "warning");
    assert_eq!(run(&["rules", "--pack", "x"]).0, 2);
}

#[test]
fn cluster_files_are_checked_with_prefixed_subjects() {
    let (code, j) = json(&[
        "saved_designs/cluster_northmoor_southdown.ron",
        "saved_designs/merger_three_icbs.ron",
    ]);
    assert_eq!(code, 0, "{j}");
    let subjects: Vec<String> = j["files"][1]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["subjects"].as_array().unwrap().clone())
        .map(|s| s.as_str().unwrap().to_owned())
        .collect();
    assert!(subjects.iter().any(|s| s.starts_with("icb:2/")));
    assert!(subjects.iter().any(|s| s.starts_with("successor/")));
    assert!(subjects.iter().any(|s| s == "merger"));
    let rules: Vec<String> = rules_of(&j["files"][0])
        .into_iter()
        .map(|(r, _)| r)
        .collect();
    assert!(rules.contains(&"cluster.shared_posts".to_owned()));
    assert!(!rules.contains(&"board.distinct_people".to_owned()));
}

#[test]
fn cluster_new_then_merge_writes_a_cluster_with_its_successor() {
    let dir = tempfile::tempdir().unwrap();
    let cluster = dir.path().join("c.ron");
    let c = cluster.to_str().unwrap();
    let (code, _, err) = run(&[
        "cluster",
        "new",
        "saved_designs/option_a_consultative_forums.ron",
        "saved_designs/bill2026_mayoral_authority.ron",
        "-o",
        c,
    ]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&cluster).unwrap();
    assert!(text.starts_with("Cluster("));
    assert!(text.contains("merger: None"));
    let merged = dir.path().join("m.ron");
    let (code, _, err) = run(&["merge", c, "-o", merged.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let first = std::fs::read_to_string(&merged).unwrap();
    assert!(first.contains("successor: Some(Design("));
    assert!(first.contains("rule_pack: \"nhse2025\""));
    // Deterministic: merging again gives the same bytes.
    let (code, _, _) = run(&["merge", c, "-o", merged.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(std::fs::read_to_string(&merged).unwrap(), first);
    // A design is not a cluster.
    let (code, _, err) = run(&["merge", "saved_designs/df2021_minimum.ron"]);
    assert_eq!(code, 2);
    assert!(err.contains("line"), "{err}");
}

#[test]
fn a_broken_cluster_file_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    std::fs::write(
        &path,
        "Cluster(\n    format_version: 1,\n    name: \"x\",\n    icbz: [],\n)\n",
    )
    .unwrap();
    let (code, j) = json(&[path.to_str().unwrap()]);
    assert_eq!(code, 2);
    let error = &j["files"][0]["error"];
    assert_eq!(error["line"], 4);
    assert!(
        error["message"].as_str().unwrap().contains("icbz"),
        "{error}"
    );
    std::fs::write(&path, "Cluster(format_version: 7, name: \"x\", later: 1)").unwrap();
    let (code, j) = json(&[path.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        j["files"][0]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("newer version (format 7)")
    );
}

#[test]
fn export_writes_the_register_of_interests_and_the_skills_matrix() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("register.csv");
    let (code, _, err) = run(&[
        "export",
        "saved_designs/option_f_mixed_models.ron",
        "--to",
        "interests",
        "-o",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.starts_with("Member,Role,Organisation,Kind,Description,Declared\r\n"),
        "{text}"
    );
    assert!(text.contains("Marcus Obi,Non-executive member,Meridian Health Ltd,Financial,Shareholding (below 5%),2025-05-12"));
    let md = dir.path().join("skills.md");
    let (code, _, _) = run(&[
        "export",
        "saved_designs/option_f_mixed_models.ron",
        "--to",
        "skills",
        "-o",
        md.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.starts_with("## Skills matrix"));
    assert!(text.contains("Mental health (board.mental_health_expertise)"));
    assert!(text.contains("| Members with the skill |"));
}

#[test]
fn import_people_fills_seats_from_a_roster_or_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("imported.ron");
    let (code, text, _) = run(&[
        "import-people",
        "saved_designs/workshop_start.ron",
        "saved_designs/workshop_start_roster.csv",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("row 4: Lewis Grant fills Director of People"),
        "{text}"
    );
    assert!(text.contains("row 2: Aisha Khan in a new seat, Director of finance"));
    assert!(text.contains("row 8: Sam Okoro left out"));
    let design = ics_board_designer::io::load_path(&out).unwrap();
    let holder = |name: &str| {
        design
            .board
            .iter()
            .find(|s| s.holder_name() == Some(name))
            .cloned()
            .unwrap_or_else(|| panic!("{name} not on the board"))
    };
    let priya = holder("Priya Raman");
    assert_eq!(priya.holder.as_ref().unwrap().term_ends, "2029-03-31");
    assert!(
        !priya.holder.as_ref().unwrap().full_time,
        "non-executives are part-time"
    );
    assert_eq!(
        priya.expertise,
        vec![
            ics_board_designer::model::Expertise::MentalHealth,
            ics_board_designer::model::Expertise::LivedExperience
        ]
    );
    // A roster with bad rows changes nothing and names every bad row.
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "name;role;term_ends;expertise\nA;Chair;31/03/2027;\nB;Finance;;Astrology\nC;NED;2027-03-31;Finance\n",
    )
    .unwrap();
    let before = std::fs::read("saved_designs/workshop_start.ron").unwrap();
    let (code, text, _) = run(&[
        "import-people",
        "saved_designs/workshop_start.ron",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(text.contains("2 rows are"), "{text}");
    assert!(
        text.contains("row 2: term ends \"31/03/2027\" is not a date"),
        "{text}"
    );
    assert!(
        text.contains("row 3: unknown expertise \"Astrology\""),
        "{text}"
    );
    assert_eq!(
        std::fs::read("saved_designs/workshop_start.ron").unwrap(),
        before
    );
}

#[test]
fn a_workbook_roster_imports_the_same_as_its_csv() {
    let dir = tempfile::tempdir().unwrap();
    let import = |roster: &str| {
        let out = dir.path().join(format!("{roster}.ron"));
        let (code, _, _) = run(&[
            "import-people",
            "saved_designs/workshop_start.ron",
            &format!("saved_designs/{roster}"),
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{roster}");
        std::fs::read_to_string(out).unwrap()
    };
    let csv = import("workshop_start_roster.csv");
    assert_eq!(import("workshop_start_roster.xlsx"), csv);
    assert_eq!(import("workshop_start_roster.ods"), csv);
}
