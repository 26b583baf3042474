//! The `check` command, run as a real process on the examples and on broken and hostile files.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::path::{Path, PathBuf};

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("saved_designs")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    files
}

fn check_json(files: &[&Path]) -> (i32, Value, String) {
    check_json_with(files, &[])
}

/// `check FILES --format json` with more options (e.g. `--rules PACK`).
fn check_json_with(files: &[&Path], options: &[&Path]) -> (i32, Value, String) {
    let output = cargo_bin_cmd!("ics-board-designer")
        .arg("check")
        .args(files)
        .args(options)
        // The board on a fixed date: what the examples say never depends on today.
        .args(["--format", "json", "--as-at", "2026-12-01"])
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let json: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    });
    (output.status.code().unwrap(), json, stderr)
}

fn rules_of(file: &Value) -> Vec<&str> {
    file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect()
}

#[test]
fn complete_examples_are_valid_and_workshop_start_is_not() {
    let files = examples();
    assert!(files.len() >= 8, "{files:?}");
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let (code, json, stderr) = check_json(&refs);
    assert_eq!(code, 1, "workshop_start has errors: {stderr}");
    for file in json["files"].as_array().unwrap() {
        let path = file["path"].as_str().unwrap();
        assert!(file.get("error").is_none(), "{path}: {file}");
        let counts = &file["counts"];
        for key in ["error", "warning", "advice", "info"] {
            assert!(counts[key].is_u64(), "{path} counts.{key}");
        }
        if path.ends_with("workshop_start.ron") {
            assert_eq!(file["valid"], false);
            let rules = rules_of(file);
            for expected in [
                "board.chair_independent",
                "board.ned_min",
                "board.exec_finance",
                "board.exec_medical",
                "board.exec_nursing",
                "board.partner_primary_care",
                "board.partner_local_authority",
                "board.partner_min",
                "board.minimum_size",
                "board.distinct_people",
                "committee.remuneration_required",
                "committee.audit_chair",
                "committee.audit_no_executives",
                "committee.quorum",
                "place.model_requirements",
                "board.vacancy",
            ] {
                assert!(rules.contains(&expected), "{expected} missing: {rules:?}");
            }
        } else if path.ends_with("board_in_post_2026.ron") {
            // A board in post, with one fit and proper person assessment overdue on purpose.
            assert_eq!(file["valid"], true, "{path}: {file}");
            let warnings: Vec<&str> = file["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["severity"] == "warning")
                .map(|f| f["rule"].as_str().unwrap())
                .collect();
            assert_eq!(warnings, vec!["people.fppt_due"], "{path}");
        } else {
            assert_eq!(file["valid"], true, "{path}: {file}");
            assert_eq!(counts["error"], 0);
            assert_eq!(counts["warning"], 0, "{path}: {file}");
        }
        for finding in file["findings"].as_array().unwrap() {
            for key in ["rule", "severity", "source", "message"] {
                assert!(finding[key].is_string(), "{path}: {finding}");
            }
            assert!(!finding["subjects"].as_array().unwrap().is_empty());
        }
    }
}

#[test]
fn every_place_model_appears_in_the_examples() {
    let all: String = examples()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    for model in [
        "ConsultativeForum",
        "IcbCommittee",
        "JointCommittee(",
        "LeadDirector(",
        "LeadProvider(",
    ] {
        assert!(all.contains(model), "{model}");
    }
}

#[test]
fn text_output_has_one_line_a_finding() {
    let output = cargo_bin_cmd!("ics-board-designer")
        .args(["check", "saved_designs/workshop_start.ron"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().contains("NOT valid"));
    assert!(text.contains("\nerror board.exec_finance: The board needs a director of finance.\n"));
    for line in lines {
        let (head, _) = line.split_once(": ").unwrap();
        let (severity, rule) = head.split_once(' ').unwrap();
        assert!(["error", "warning", "advice", "info"].contains(&severity));
        assert!(rule.contains('.'));
    }
}

#[test]
fn valid_file_exits_zero() {
    let (code, json, _) = check_json(&[Path::new("saved_designs/df2021_minimum.ron")]);
    assert_eq!(code, 0);
    assert_eq!(json["files"][0]["valid"], true);
}

/// Broken and hostile files: exit 2, a JSON error with message, line and column, no panic.
#[test]
fn broken_and_hostile_files_are_reported_not_crashed_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string("saved_designs/df2021_minimum.ron").unwrap();
    let mut random = Vec::new();
    let mut x: u32 = 0x1234_5678;
    for _ in 0..4096 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        random.push((x & 0xff) as u8);
    }
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "misspelt.ron",
            good.replacen("board:", "bord:", 1).into_bytes(),
            "bord",
        ),
        (
            "truncated.ron",
            good.get(..good.len() / 2).unwrap().as_bytes().to_vec(),
            "",
        ),
        (
            "future.ron",
            good.replacen("format_version: 1", "format_version: 2", 1)
                .into_bytes(),
            "newer version (format 2)",
        ),
        (
            "wrong_type.ron",
            good.replacen("format_version: 1", "format_version: \"1\"", 1)
                .into_bytes(),
            "",
        ),
        ("empty.ron", Vec::new(), "empty"),
        // A one-byte file, and terminal escapes where a design should start: named, inert.
        (
            "one_byte.ron",
            b"x".to_vec(),
            "starts with \"x\", not `Design(`",
        ),
        (
            "escape.ron",
            b"\x1b[2J\x1b[H".to_vec(),
            "starts with \"\\u{1b}[2J\\u{1b}[H\"",
        ),
        // One name of 65 KiB: refused where it starts, before any work on it.
        (
            "long_name.ron",
            format!(
                "Design(\n    format_version: 1,\n    name: \"{}\",\n)",
                "n".repeat(65 * 1024)
            )
            .into_bytes(),
            "longer than 64 KiB",
        ),
        ("random.ron", random, ""),
        ("deep.ron", "[".repeat(100_000).into_bytes(), ""),
        (
            "deep_inside.ron",
            format!(
                "Design(format_version: 1, name: \"x\", notes: {}",
                "[".repeat(100_000)
            )
            .into_bytes(),
            "",
        ),
        (
            "huge_string.ron",
            format!(
                "Design(format_version: 1, name: \"{}\")",
                "x".repeat(50 * 1024 * 1024)
            )
            .into_bytes(),
            "MiB",
        ),
    ];
    for (name, bytes, expect) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let (code, json, stderr) = check_json(&[&path]);
        assert_eq!(code, 2, "{name}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        let error = &json["files"][0]["error"];
        let message = error["message"].as_str().unwrap();
        assert!(message.contains(expect), "{name}: {message}");
        assert!(error["line"].as_u64().unwrap() >= 1, "{name}: {error}");
        assert!(error["column"].as_u64().unwrap() >= 1, "{name}: {error}");
    }
}

#[test]
fn missing_file_exits_two_and_others_still_checked() {
    let (code, json, _) = check_json(&[
        Path::new("saved_designs/df2021_minimum.ron"),
        Path::new("saved_designs/no_such_file.ron"),
    ]);
    assert_eq!(code, 2);
    assert_eq!(json["files"][0]["valid"], true);
    assert!(
        json["files"][1]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("does not exist")
    );
}

#[test]
fn diff_reports_place_model_changes_and_exit_codes() {
    let output = cargo_bin_cmd!("ics-board-designer")
        .args([
            "diff",
            "saved_designs/option_b_icb_committees.ron",
            "saved_designs/option_c_joint_committees.ron",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let places = json["places"].as_array().unwrap();
    assert_eq!(places.len(), 5);
    assert!(places.iter().all(|p| p["kind"] == "changed"));
    assert!(json["seats"].as_array().unwrap().is_empty());
    let same = cargo_bin_cmd!("ics-board-designer")
        .args([
            "diff",
            "saved_designs/df2021_minimum.ron",
            "saved_designs/df2021_minimum.ron",
        ])
        .output()
        .unwrap();
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(same.stdout).unwrap(),
        "The designs are the same.\n"
    );
    let text = cargo_bin_cmd!("ics-board-designer")
        .args([
            "diff",
            "saved_designs/workshop_start.ron",
            "saved_designs/df2021_minimum.ron",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("  added Director of finance\n"), "{text}");
    assert!(text.contains("Findings that disappear:\n"));
    let missing = cargo_bin_cmd!("ics-board-designer")
        .args(["diff", "saved_designs/df2021_minimum.ron", "nope.ron"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn check_with_a_rule_pack_file() {
    let with_pack = |file: &str, pack: &Path| {
        check_json_with(&[Path::new(file)], &[Path::new("--rules"), pack])
    };
    let third_ned = Path::new("assets/rule_packs/third_ned.ron");
    let (code, json, _) = with_pack("saved_designs/df2021_minimum.ron", third_ned);
    assert_eq!(code, 1, "a third NED is now required");
    let rules = rules_of(&json["files"][0]);
    assert!(rules.contains(&"board.ned_min"));
    // The workshop design no longer misses a medical director or a director of nursing.
    let (_, json, _) = with_pack("saved_designs/workshop_start.ron", third_ned);
    let rules = rules_of(&json["files"][0]);
    assert!(!rules.contains(&"board.exec_medical") && !rules.contains(&"board.exec_nursing"));
    // A broken pack file: exit 2 with line and column.
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "RulePackFile(\n  name: \"x\",\n  overides: [],\n)").unwrap();
    let (code, json, _) = with_pack("saved_designs/df2021_minimum.ron", &broken);
    assert_eq!(code, 2);
    assert_eq!(json["rules_error"]["line"], 3);
    assert!(
        json["rules_error"]["message"]
            .as_str()
            .unwrap()
            .contains("overides")
    );
}
