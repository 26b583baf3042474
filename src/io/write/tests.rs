//! The file-system cases of writing, on a real temporary disk.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::{fs, os::unix::fs::PermissionsExt, path::Path};

use super::*;

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

#[test]
fn writing_through_a_symlink_keeps_the_link_and_changes_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.ron");
    fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink("real.ron", &link).unwrap();
    write_file(&link, b"new").unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(read(&real), "new");
    // A dangling link is written where it points.
    let dangling = dir.path().join("dangling.ron");
    std::os::unix::fs::symlink("later.ron", &dangling).unwrap();
    write_file(&dangling, b"made").unwrap();
    assert_eq!(read(&dir.path().join("later.ron")), "made");
    assert!(
        fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_private_file_stays_private() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("private.ron");
    fs::write(&file, "old").unwrap();
    fs::set_permissions(&file, fs::Permissions::from_mode(0o600)).unwrap();
    write_file(&file, b"new").unwrap();
    assert_eq!(
        fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(read(&file), "new");
}

#[test]
fn a_pipe_or_a_device_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let error = write_file(&fifo, b"x").unwrap_err();
    assert!(error.reason.contains("not a regular file"), "{error}");
    assert!(
        fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo_like()
    );
    // A character device, as /dev/null is, when this runs as root (CI does).
    let device = dir.path().join("null");
    let root = std::process::Command::new("mknod")
        .arg(&device)
        .args(["c", "1", "3"])
        .status()
        .is_ok_and(|s| s.success());
    if root {
        let error = write_file(&device, b"x").unwrap_err();
        assert!(error.reason.contains("not a regular file"), "{error}");
        assert!(!fs::metadata(&device).unwrap().is_file());
    }
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}

impl FifoLike for fs::FileType {
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
    }
}

#[test]
fn a_long_name_saves_and_leftovers_of_dead_runs_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    let long = dir.path().join(format!("{}.ron", "a".repeat(246)));
    write_file(&long, b"long").unwrap();
    assert_eq!(read(&long), "long");
    // A temporary file of a process that no longer exists, and one of this process.
    let dead = (4_000_000..4_100_000)
        .find(|pid| !Path::new(&format!("/proc/{pid}")).exists())
        .unwrap();
    let stale = dir.path().join(format!(".ics-{dead}-3.tmp"));
    let ours = dir
        .path()
        .join(format!(".ics-{}-999.tmp", std::process::id()));
    let other = dir.path().join(".ics-notes.tmp");
    for file in [&stale, &ours, &other] {
        fs::write(file, "x").unwrap();
    }
    write_file(&dir.path().join("design.ron"), b"d").unwrap();
    assert!(!stale.exists(), "a dead run's leftover is removed");
    assert!(ours.exists() && other.exists(), "nothing else is touched");
    // No temporary file of this write is left behind.
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".ics-") && n != &format!(".ics-{}-999.tmp", std::process::id()))
        .filter(|n| n != ".ics-notes.tmp")
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn errors_name_the_real_fault() {
    let dir = tempfile::tempdir().unwrap();
    let slash = format!("{}/newdir/", dir.path().display());
    let error = write_file(Path::new(&slash), b"x").unwrap_err();
    assert!(error.reason.contains("names a folder"), "{error}");
    let missing = dir.path().join("nowhere").join("x.ron");
    let error = write_file(&missing, b"x").unwrap_err();
    assert!(error.reason.contains("does not exist"), "{error}");
}

#[test]
fn the_same_file_is_recognised_through_links() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.ron");
    fs::write(&a, "x").unwrap();
    let hard = dir.path().join("hard.ron");
    fs::hard_link(&a, &hard).unwrap();
    let soft = dir.path().join("soft.ron");
    std::os::unix::fs::symlink(&a, &soft).unwrap();
    let b = dir.path().join("b.ron");
    fs::write(&b, "x").unwrap();
    assert!(same_file(&a, &hard) && same_file(&a, &soft));
    assert!(!same_file(&a, &b));
    assert!(!same_file(&a, &dir.path().join("missing.ron")));
}

#[test]
fn a_hard_linked_file_is_written_in_place_so_every_name_sees_it() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.ron");
    fs::write(&a, "old").unwrap();
    let b = dir.path().join("b.ron");
    fs::hard_link(&a, &b).unwrap();
    let inode = fs::metadata(&a).unwrap().ino();
    write_file(&a, b"new content").unwrap();
    assert_eq!(
        fs::read(&b).unwrap(),
        b"new content",
        "the other name sees it"
    );
    assert_eq!(fs::metadata(&a).unwrap().ino(), inode, "still one file");
    assert_eq!(fs::metadata(&a).unwrap().nlink(), 2);
    // No temporary file is left beside it.
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    // An ordinary file is still replaced by rename (a new inode), atomically.
    let c = dir.path().join("c.ron");
    fs::write(&c, "old").unwrap();
    let before = fs::metadata(&c).unwrap().ino();
    write_file(&c, b"new").unwrap();
    assert_ne!(fs::metadata(&c).unwrap().ino(), before);
}

#[test]
fn a_file_held_for_a_moment_is_replaced_once_it_is_let_go() {
    let held = |e: &std::io::Error| e.raw_os_error() == Some(32);
    let mut tries = 0;
    let mut pauses = Vec::new();
    let result = retry_while_held(
        || {
            tries += 1;
            if tries < 3 {
                Err(std::io::Error::from_raw_os_error(32))
            } else {
                Ok(tries)
            }
        },
        held,
        &HELD_WAITS_MS,
        |ms| pauses.push(ms),
    );
    assert_eq!(result.unwrap(), 3);
    assert_eq!(pauses, [50, 100]);
}

#[test]
fn a_file_held_too_long_or_failing_otherwise_gives_up() {
    let held = |e: &std::io::Error| e.raw_os_error() == Some(32);
    let mut tries = 0;
    let mut waited = 0;
    let result: std::io::Result<()> = retry_while_held(
        || {
            tries += 1;
            Err(std::io::Error::from_raw_os_error(32))
        },
        held,
        &HELD_WAITS_MS,
        |ms| waited += ms,
    );
    assert_eq!(result.unwrap_err().raw_os_error(), Some(32));
    assert_eq!((tries, waited), (HELD_WAITS_MS.len() + 1, 2150));
    // Any other failure is reported at once, without waiting.
    let mut tries = 0;
    let result: std::io::Result<()> = retry_while_held(
        || {
            tries += 1;
            Err(std::io::Error::from_raw_os_error(2))
        },
        held,
        &HELD_WAITS_MS,
        |_| panic!("no pause for a file that is not held"),
    );
    assert!(result.is_err());
    assert_eq!(tries, 1);
    let reason = held_reason(&std::io::Error::from_raw_os_error(32));
    assert!(reason.contains("OneDrive") && reason.contains("The file on disk is as it was"));
}
