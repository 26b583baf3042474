use super::*;
use crate::model::{Role, Seat};

const EXAMPLE: &str = r#"Design(
    format_version: 1,
    name: "Example",
    board: [
        Seat(id: 1, role: Chair, holder: Some(Holder(name: "Alex"))),
        Seat(id: 2, role: Executive(Other("Director of People"))),
    ],
)"#;

#[test]
fn loads_minimal_file_with_defaults() {
    let d = load_str(EXAMPLE).unwrap();
    assert_eq!(d.rule_pack, "df2021");
    assert!(d.board[0].holder.as_ref().unwrap().full_time);
    assert_eq!(d.board[1].role.name(), "Director of People");
}

#[test]
fn save_load_round_trip_and_determinism() {
    let mut d = load_str(EXAMPLE).unwrap();
    d.notes = "Quotes \" < & >\nnew line, emoji 🏥, right-to-left مرحبا".into();
    let text = to_ron_string(&d);
    let again = load_str(&text).unwrap();
    assert_eq!(again, d);
    assert_eq!(to_ron_string(&again), text);
    assert!(text.starts_with("Design(\n    format_version: 1,\n"));
}

#[test]
fn unknown_field_names_field_line_and_column() {
    let text = "Design(\n    format_version: 1,\n    name: \"x\",\n    seets: [],\n)";
    let e = load_str(text).unwrap_err();
    assert!(e.message.contains("seets"), "{e}");
    assert_eq!((e.line, e.column), (Some(4), Some(5)));
}

#[test]
fn newer_version_is_refused_politely() {
    let e = load_str("Design(format_version: 7, name: \"x\", future_field: 1)").unwrap_err();
    assert_eq!(
        e.message,
        "This design was saved by a newer version (format 7); this version reads up to format 1."
    );
}

#[test]
fn hostile_inputs_give_errors() {
    let deep = "[".repeat(100_000);
    let deep_inside = format!("Design(format_version: 1, name: \"x\", extra: {deep}");
    for (input, expect) in [
        ("", "empty"),
        ("Design(format_version: 1, name: \"x\"", "ends too early"),
        ("Design(format_version: \"one\", name: \"x\")", ""),
        (deep.as_str(), "Expected opening"),
        (deep_inside.as_str(), "extra"),
    ] {
        let e = load_str(input).unwrap_err();
        assert!(e.message.contains(expect), "{input:.40}: {e}");
        assert!(e.line.is_some() && e.column.is_some());
    }
    let e = load_bytes(&[0x44, 0xff, 0xfe]).unwrap_err();
    assert_eq!((e.line, e.column), (Some(1), Some(2)));
    let big = vec![b' '; MAX_FILE_BYTES + 1];
    assert!(load_bytes(&big).unwrap_err().message.contains("MiB"));
}

#[test]
fn duplicate_and_zero_ids_are_refused() {
    let e = load_str(
        "Design(format_version: 1, name: \"x\", board: [Seat(id: 3, role: Chair), Seat(id: 3, role: Chair)])",
    )
    .unwrap_err();
    assert!(e.message.contains("Two seats have id 3"), "{e}");
    let e = load_str("Design(format_version: 1, name: \"x\", places: [Place(id: 0, name: \"A\", model: IcbCommittee)])").unwrap_err();
    assert!(e.message.contains("id 0"), "{e}");
}

#[test]
fn implicit_some_header_is_accepted() {
    let d = load_str(
        "#![enable(implicit_some)]\nDesign(format_version: 1, name: \"x\", board: [Seat(id: 1, role: Chair, holder: Holder(name: \"A\"))])",
    )
    .unwrap();
    assert_eq!(d.board[0].holder_name(), Some("A"));
    let _ = Seat::new(1, Role::Chair);
}

#[test]
fn atomic_save_replaces_and_failure_keeps_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.ron");
    let d = load_str(EXAMPLE).unwrap();
    save_to_path(&d, &path).unwrap();
    assert_eq!(load_path(&path).unwrap(), d);
    let before = std::fs::read(&path).unwrap();
    // A path whose parent is a file cannot be written; the error says why.
    let bad = path.join("child.ron");
    let e = save_to_path(&d, &bad).unwrap_err();
    assert!(e.to_string().contains("not a folder"), "{e}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // No temporary files are left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn failed_saves_say_why_and_leave_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let design = load_str(EXAMPLE).unwrap();
    // The folder is gone.
    let gone = dir.path().join("no_such_folder").join("d.ron");
    let e = save_to_path(&design, &gone).unwrap_err();
    assert!(e.reason.contains("does not exist"), "{e}");
    // The target is a folder.
    let folder = dir.path().join("folder.ron");
    std::fs::create_dir(&folder).unwrap();
    let e = save_to_path(&design, &folder).unwrap_err();
    assert!(e.reason.contains("folder"), "{e}");
    // The file is read-only: refused even for root, and its bytes are unchanged.
    let file = dir.path().join("locked.ron");
    std::fs::write(&file, b"old bytes").unwrap();
    let mut permissions = std::fs::metadata(&file).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&file, permissions).unwrap();
    let e = save_to_path(&design, &file).unwrap_err();
    assert!(e.reason.contains("read-only"), "{e}");
    assert_eq!(std::fs::read(&file).unwrap(), b"old bytes");
    assert!(e.to_string().contains("was not changed"));
    // Nothing but what we made is left in the folder (no temporary files).
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn a_byte_order_mark_as_notepad_writes_it_is_accepted() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(EXAMPLE.as_bytes());
    assert_eq!(load_bytes(&bytes).unwrap(), load_str(EXAMPLE).unwrap());
    assert!(matches!(load_any_bytes(&bytes), Ok(Loaded::Design(_))));
}

#[test]
fn a_design_that_would_not_open_again_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.ron");
    let mut design = Design::default();
    save_to_path(&design, &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    // Within the limit as typed, past it once written with every quote escaped.
    design.name = "\"".repeat(40_000);
    let error = save_to_path(&design, &path).unwrap_err();
    assert!(error.reason.contains("`name`"), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_board_date_that_is_not_a_date_is_refused_where_it_is() {
    let text = "Design(\n    format_version: 1,\n    name: \"x\",\n    as_at: \"2027-02-30\",\n)";
    let error = load_str(text).unwrap_err();
    assert!(error.message.contains("2027-02-30"), "{error}");
    assert_eq!((error.line, error.column), (Some(4), Some(12)));
    assert!(load_str(&text.replace("2027-02-30", "2027-02-28")).is_ok());
    assert!(load_str(&text.replace("2027-02-30", "")).is_ok());
}
