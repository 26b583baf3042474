use super::*;
use crate::io::save_to_path;
use crate::model::{Role, Seat};

#[test]
fn write_list_load_and_remove() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let mut design = Design::default();
    design.board.push(Seat::new(1, Role::Chair));
    let key = RecoveryStore::key_for(None);
    store.write(&key, &design, None).unwrap();
    let pending = store.pending();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].original, None);
    assert_eq!(RecoveryStore::load(&pending[0]).unwrap(), design);
    store.remove(&key);
    assert!(store.pending().is_empty());
}

#[test]
fn two_windows_on_one_file_keep_a_copy_each() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let file = dir.path().join("d.ron");
    let mine = RecoveryStore::key_for(Some(&file));
    assert_eq!(
        mine,
        RecoveryStore::key_for(Some(&file)),
        "stable in one window"
    );
    assert!(
        mine.ends_with(&format!("-{}", std::process::id())),
        "each window's own: {mine}"
    );
    // The other window's copy: the same file's key from a process that has since crashed.
    let (stem, _) = mine.rsplit_once('-').unwrap();
    let theirs = format!("{stem}-4294967294");
    assert_ne!(mine, theirs);
    let mut design = Design {
        name: "Window A's unsaved work".into(),
        ..Design::default()
    };
    store.write(&theirs, &design, Some(&file)).unwrap();
    design.name = "Window B's".into();
    store.write(&mine, &design, Some(&file)).unwrap();
    // This window saves: its own copy goes, the other's stays and is offered.
    store.remove(&mine);
    assert!(store.has(&theirs));
    let pending = store.pending();
    assert_eq!(pending.len(), 1);
    assert_eq!(
        RecoveryStore::load(&pending[0]).unwrap().name,
        "Window A's unsaved work"
    );
}

#[test]
fn a_copy_older_than_its_file_is_offered_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let file = dir.path().join("d.ron");
    let design = Design::default();
    let key = RecoveryStore::key_for(Some(&file));
    store.write(&key, &design, Some(&file)).unwrap();
    // Make the copy look an hour old, then save the file now.
    let meta = dir.path().join("recovery").join(format!("{key}.meta"));
    let old = Meta {
        original: Some(std::path::absolute(&file).unwrap().to_string_lossy().into()),
        saved_at: now_unix_nanos() / 1_000_000_000 - 3600,
        pid: None,
    };
    std::fs::write(&meta, ron::ser::to_string(&old).unwrap()).unwrap();
    save_to_path(&design, &file).unwrap();
    // Offered, marked, and never deleted without the user's word.
    let pending = store.pending();
    assert_eq!(pending.len(), 1);
    assert!(pending[0].file_is_newer);
    assert!(meta.exists());
}

#[test]
fn a_store_knows_whether_a_copy_is_there() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    assert!(!store.has("k"));
    store.write("k", &Design::default(), None).unwrap();
    assert!(store.has("k"));
    store.remove("k");
    assert!(!store.has("k"));
}

#[test]
fn a_copy_another_running_window_writes_is_not_offered() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let key = RecoveryStore::key_for(None);
    store.write(&key, &Design::default(), None).unwrap();
    let meta = dir.path().join("recovery").join(format!("{key}.meta"));
    // Written by a window that is running (pid 1 always runs), then by one that is gone.
    for (pid, offered) in [(1, false), (4_194_304 + 17, true)] {
        let text = std::fs::read_to_string(&meta).unwrap();
        let mut m: Meta = ron::from_str(&text).unwrap();
        m.pid = Some(pid);
        std::fs::write(&meta, ron::ser::to_string(&m).unwrap()).unwrap();
        assert_eq!(store.pending().len(), usize::from(offered), "pid {pid}");
    }
}

#[test]
fn broken_recovery_files_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().to_path_buf());
    std::fs::write(dir.path().join("x.meta"), "[[[[[[[[[[[[[[[[[[[[").unwrap();
    std::fs::write(dir.path().join("x.ron"), "garbage").unwrap();
    std::fs::write(dir.path().join("y.meta"), "(original: None, saved_at: 5)").unwrap();
    std::fs::write(dir.path().join("y.ron"), "garbage").unwrap();
    let pending = store.pending();
    assert_eq!(pending.len(), 1);
    assert!(RecoveryStore::load(&pending[0]).is_err());
    assert_eq!(describe_time(86_400 + 3_660), "01:01 GMT on 2 Jan 1970");
    // Summer time in 2026: from 01:00 UTC on 29 March to 01:00 UTC on 25 October.
    let day = |d: i64| u64::try_from(d * 86_400).unwrap();
    let march_29 = crate::model::IsoDate::parse("2026-03-29").unwrap().days();
    let october_25 = crate::model::IsoDate::parse("2026-10-25").unwrap().days();
    for (at, shown) in [
        (day(march_29) + 3_599, "00:59 GMT on 29 Mar 2026"),
        (day(march_29) + 3_600, "02:00 BST on 29 Mar 2026"),
        (day(october_25) + 3_599, "01:59 BST on 25 Oct 2026"),
        (day(october_25) + 3_600, "01:00 GMT on 25 Oct 2026"),
        (day(october_25) + 86_400 * 40, "00:00 GMT on 4 Dec 2026"),
    ] {
        assert_eq!(describe_time(at), shown);
    }
}
