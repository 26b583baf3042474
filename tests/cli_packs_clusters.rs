//! The commands of 2026, run as real processes: `check --pack` and `--as-at`, `rules`, and the
//! cluster commands `cluster new` and `merge` (docs/file-format.md).
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
    // Short names from the ICBs' own names, not every word of the design's.
    assert!(text.contains("short_name: \"NV\""), "{}", &text[..400]);
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
    // In place, the file as it was is kept beside it.
    let (code, _, err) = run(&["merge", c]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("c.before-merge.ron")).unwrap(),
        text
    );
    assert_eq!(std::fs::read_to_string(&cluster).unwrap(), first);
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

/// The example appraisal, copied with its option files into a folder of its own.
fn appraisal_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in [
        "appraisal_2027_merger.ron",
        "appraisal_option_a_boards_in_common.ron",
        "merger_three_icbs.ron",
        "appraisal_option_c_lean_board.ron",
    ] {
        std::fs::copy(format!("saved_designs/{file}"), dir.path().join(file)).unwrap();
    }
    dir
}

fn appraise_json(path: &std::path::Path) -> (i32, Value) {
    let (code, out, err) = run(&["appraise", path.to_str().unwrap(), "--format", "json"]);
    (
        code,
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}")),
    )
}

#[test]
fn appraise_scores_ranks_and_explains_the_example() {
    let (code, json) = appraise_json(std::path::Path::new(
        "saved_designs/appraisal_2027_merger.ron",
    ));
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["pack"], "nhse2025");
    assert_eq!(json["as_at"], "2027-04-01");
    let options = json["options"].as_array().unwrap();
    assert_eq!(options.len(), 3);
    let mut ranks: Vec<u64> = options
        .iter()
        .map(|o| o["rank"].as_u64().unwrap())
        .collect();
    ranks.sort_unstable();
    assert_eq!(ranks, vec![1, 2, 3]);
    for option in options {
        let total = option["total"].as_f64().unwrap();
        assert!((0.0..=100.0).contains(&total), "{option}");
        assert_eq!(option["valid"], true);
        assert_eq!(option["scores"].as_object().unwrap().len(), 6);
    }
    for criterion in json["criteria"].as_array().unwrap() {
        let s = &criterion["sensitivity"];
        assert!(s["winner_holds_from"].as_f64().unwrap() <= s["winner_holds_to"].as_f64().unwrap());
    }
    let rules: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"appraisal.close_call"), "{rules:?}");
    for finding in json["findings"].as_array().unwrap() {
        assert!(finding["basis"].is_string() && finding["source"].is_string());
    }
    // Text and Markdown say the same ranking.
    let (code, text, _) = run(&["appraise", "saved_designs/appraisal_2027_merger.ron"]);
    assert_eq!(code, 0);
    assert!(text.contains("is recommended"), "{text}");
    let (_, md, _) = run(&[
        "appraise",
        "saved_designs/appraisal_2027_merger.ron",
        "--format",
        "md",
    ]);
    assert!(
        md.contains("## Recommendation") && md.contains("## Sensitivity"),
        "{md}"
    );
}

#[test]
fn a_broken_option_is_a_finding_and_the_others_still_score() {
    let dir = appraisal_folder();
    std::fs::write(
        dir.path().join("merger_three_icbs.ron"),
        "Cluster(format_version: 1, name: \"x\", icbz: [])",
    )
    .unwrap();
    let (code, json) = appraise_json(&dir.path().join("appraisal_2027_merger.ron"));
    assert_eq!(code, 1, "the appraisal has an error: {json}");
    let broken = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "appraisal.option_unreadable")
        .unwrap();
    assert!(
        broken["message"]
            .as_str()
            .unwrap()
            .contains("line 1, column"),
        "{broken}"
    );
    assert_eq!(broken["subjects"][0], "option:2");
    let options = json["options"].as_array().unwrap();
    assert!(options[1]["rank"].is_null());
    assert!(options[0]["rank"].as_u64().is_some());
    assert!(options[2]["rank"].as_u64().is_some());
}

#[test]
fn embed_writes_one_file_that_scores_the_same() {
    let dir = appraisal_folder();
    let file = dir.path().join("appraisal_2027_merger.ron");
    let one = dir.path().join("one.ron");
    let (code, _, err) = run(&[
        "appraise",
        file.to_str().unwrap(),
        "--embed",
        "-o",
        one.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&one).unwrap();
    assert!(!text.contains("File("), "every option is inline");
    let embedded = ics_board_designer::io::load_appraisal_str(&text).unwrap();
    assert_eq!(embedded.options.len(), 3);
    // Moved away from the option files, it still scores the same.
    let alone = tempfile::tempdir().unwrap();
    let moved = alone.path().join("one.ron");
    std::fs::copy(&one, &moved).unwrap();
    let totals = |json: &Value| -> Vec<Value> {
        json["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["total"].clone())
            .collect()
    };
    assert_eq!(
        totals(&appraise_json(&file).1),
        totals(&appraise_json(&moved).1)
    );
}

#[test]
fn appraisal_new_keeps_the_options_in_their_files() {
    let dir = appraisal_folder();
    let out = dir.path().join("new.ron");
    let a = dir.path().join("appraisal_option_a_boards_in_common.ron");
    let b = dir.path().join("merger_three_icbs.ron");
    let args = |o: &std::path::Path| {
        vec![
            "appraisal".to_owned(),
            "new".to_owned(),
            a.display().to_string(),
            b.display().to_string(),
            "-o".to_owned(),
            o.display().to_string(),
        ]
    };
    let (code, _, err) = run(&args(&out).iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("File(\"merger_three_icbs.ron\")"), "{text}");
    let (code, json) = appraise_json(&out);
    // The default criteria have manual scores to give: warnings, not errors.
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["options"].as_array().unwrap().len(), 2);
    // An option is never overwritten.
    let before = std::fs::read(&b).unwrap();
    let (code, _, err) = run(&args(&b).iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code, 2, "{err}");
    assert_eq!(std::fs::read(&b).unwrap(), before);
}

#[test]
fn a_bad_appraisal_is_refused_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    for (text, expected) in [
        (
            "Appraisal(format_version: 1, title: \"x\", critera: [])",
            "line 1, column",
        ),
        (
            "Appraisal(format_version: 1, title: \"x\", options: [AppraisalOption(id: 1, name: \"a\", source: File(\"a.ron\"))], criteria: [Criterion(id: 1, name: \"c\", weight: 100, measure: Manual)], scores: [Score(option: 1, criterion: 1, score: 6)])",
            "scores are 0 to 5",
        ),
        (
            "Appraisal(format_version: 2, title: \"x\")",
            "newer version",
        ),
    ] {
        std::fs::write(&path, text).unwrap();
        let (code, out, err) = run(&["appraise", path.to_str().unwrap()]);
        assert_eq!(code, 2, "{text}");
        assert!(err.contains(expected), "{text}: {out}{err}");
    }
}

#[test]
fn the_options_paper_is_written_as_html_markdown_and_csv() {
    let dir = appraisal_folder();
    let file = dir.path().join("appraisal_2027_merger.ron");
    for (to, needle) in [
        ("html", "<h2>Recommendation</h2>"),
        ("md", "## Appendix: findings with their rule ids"),
        ("csv", "Option id,Option,"),
    ] {
        let out = dir.path().join(format!("paper.{to}"));
        let (code, _, err) = run(&[
            "export",
            file.to_str().unwrap(),
            "--to",
            to,
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{to}: {err}");
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains(needle), "{to}: {text}");
        assert!(text.contains("B: one merged ICB"), "{to}");
    }
}

#[test]
fn the_chairs_return_lists_each_member_with_dates_and_outcomes() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("return.csv");
    let (code, _, err) = run(&[
        "export",
        "saved_designs/board_in_post_2026.ron",
        "--to",
        "fppt",
        "-o",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("Name,Seat,Role,Appointed,Last assessment,Outcome,Next due"));
    assert!(text.contains("Priya Raman,Non-executive member,Non-executive member,2023-04-01,2025-11-20,Fit,2026-11-20"), "{text}");
    assert_eq!(text.lines().count(), 1 + 16, "a row per voting member");
    let (code, md, _) = run(&[
        "export",
        "saved_designs/board_in_post_2026.ron",
        "--to",
        "fppt",
        "-o",
        "-",
    ]);
    assert_eq!(code, 0);
    assert!(md.contains("Dates and outcomes only"), "{md}");
}

#[test]
fn the_options_paper_in_word_has_a_cover_page_numbers_charts_and_ids_in_the_appendix_only() {
    let dir = appraisal_folder();
    let out = dir.path().join("paper.docx");
    let (code, _, err) = run(&[
        "export",
        dir.path()
            .join("appraisal_2027_merger.ron")
            .to_str()
            .unwrap(),
        "--to",
        "docx",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let mut part = |name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut archive.by_name(name).unwrap(), &mut text).unwrap();
        text
    };
    let document = part("word/document.xml");
    let footer = part("word/footer1.xml");
    assert!(footer.contains("PAGE"), "a page number field in the footer");
    for cover in [
        "Agenda item",
        "For decision",
        "Executive sponsor",
        "Boards in common, meeting in public",
    ] {
        assert!(document.contains(cover), "{cover}");
    }
    assert!(document.contains("<w:tbl>"), "real tables");
    let appendix = document
        .find("Appendix: findings with their rule ids")
        .unwrap();
    for id in ["appraisal.close_call", "board.ned_majority"] {
        let first = document.find(id).unwrap_or(usize::MAX);
        assert!(first > appendix, "{id} before the appendix");
    }
    let pictures = (0..archive.len())
        .filter(|i| {
            archive
                .by_index(*i)
                .unwrap()
                .name()
                .unwrap()
                .starts_with("word/media/")
        })
        .count();
    assert!(pictures >= 2, "each merged board's chart: {pictures}");
}
