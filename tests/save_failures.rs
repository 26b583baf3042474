//! Saves that fail for reasons only a real file system can give: a full disk, a read-only disk
//! and a folder nobody may write into. Each needs privileges to set up (mounting a small tmpfs,
//! making a folder immutable); where the machine does not allow it, the case says so and is
//! skipped, and the plain-permission cases in `src/io/tests.rs` still run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::{
    path::{Path, PathBuf},
    process::{Command, Stdio},
};

use ics_board_designer::{
    io::{self, save_to_path},
    model::{Design, generate::stress_design},
};

const OLD: &[u8] = b"the old design, which must survive\n";

fn run(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A small tmpfs, unmounted when dropped.
struct SmallDisk {
    dir: PathBuf,
    _parent: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> Option<Self> {
        let parent = tempfile::tempdir().unwrap();
        let dir = parent.path().join("disk");
        std::fs::create_dir(&dir).unwrap();
        let options = format!("size={size}");
        run(
            "mount",
            &["-t", "tmpfs", "-o", &options, "tmpfs", dir.to_str()?],
        )
        .then_some(Self {
            dir,
            _parent: parent,
        })
    }

    fn remount_read_only(&self) -> bool {
        run(
            "mount",
            &["-o", "remount,ro", self.dir.to_str().unwrap_or_default()],
        )
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = run("umount", &[self.dir.to_str().unwrap_or_default()]);
    }
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_full_disk_leaves_the_old_file_and_no_temporary_file() {
    let Some(disk) = SmallDisk::mount("64k") else {
        eprintln!("skipped: this machine does not allow mounting a small tmpfs");
        return;
    };
    let file = disk.dir.join("board.ron");
    std::fs::write(&file, OLD).unwrap();
    // The stress design's file is megabytes: it cannot fit in 64 KiB.
    let error = save_to_path(&stress_design(), &file).unwrap_err();
    assert!(error.reason.contains("disk is full"), "{error}");
    assert!(error.to_string().contains("was not changed"), "{error}");
    assert_eq!(std::fs::read(&file).unwrap(), OLD);
    assert_eq!(files_in(&disk.dir), ["board.ron"]);
    // A design that fits still saves there afterwards.
    let small = Design {
        name: "Fits".into(),
        ..Design::default()
    };
    save_to_path(&small, &file).unwrap();
    assert_eq!(io::load_path(&file).unwrap(), small);
}

#[test]
fn a_read_only_disk_is_named_and_the_old_file_is_kept() {
    let Some(disk) = SmallDisk::mount("1m") else {
        eprintln!("skipped: this machine does not allow mounting a small tmpfs");
        return;
    };
    let file = disk.dir.join("board.ron");
    std::fs::write(&file, OLD).unwrap();
    assert!(disk.remount_read_only(), "could not remount read-only");
    let error = save_to_path(&Design::default(), &file).unwrap_err();
    assert!(error.reason.contains("read-only"), "{error}");
    assert_eq!(std::fs::read(&file).unwrap(), OLD);
}

/// A folder nobody may create files in, even root (immutable), restored when dropped.
struct LockedFolder(tempfile::TempDir);

impl Drop for LockedFolder {
    fn drop(&mut self) {
        let path = self.0.path().to_str().unwrap_or_default();
        let _ = run("chattr", &["-i", path]);
        let _ = run("chmod", &["u+w", path]);
    }
}

#[test]
fn a_read_only_folder_refuses_the_save_and_keeps_the_old_file() {
    let folder = LockedFolder(tempfile::tempdir().unwrap());
    let file = folder.0.path().join("board.ron");
    std::fs::write(&file, OLD).unwrap();
    let path = folder.0.path().to_str().unwrap();
    // Root ignores permission bits, so lock the folder with the immutable attribute; an ordinary
    // user gets the same refusal from the permission bits.
    let locked = run("chattr", &["+i", path]) || run("chmod", &["a-w", path]);
    if !locked || std::fs::File::create(folder.0.path().join("probe")).is_ok() {
        eprintln!("skipped: this machine cannot make a folder read-only for this user");
        return;
    }
    let error = save_to_path(&Design::default(), &file).unwrap_err();
    assert!(
        error.reason.contains("permission denied") || error.reason.contains("not permitted"),
        "{error}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), OLD);
    assert_eq!(files_in(folder.0.path()), ["board.ron"]);
}
