//! A panic anywhere must not lose work: the hook writes the recovery copy before the process ends.
//! (Its own test binary: a panic hook is global to the process.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;

use ics_board_designer::{
    io::recovery::{RecoveryStore, install_panic_hook, set_panic_snapshot},
    model::{Design, Role, Seat},
};

#[test]
fn a_panic_writes_the_recovery_copy() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let mut design = Design {
        name: "Work in progress".into(),
        ..Design::default()
    };
    design.board.push(Seat::new(1, Role::Chair));
    install_panic_hook();
    set_panic_snapshot(Some((
        store.clone(),
        "unsaved-test".into(),
        None,
        Arc::new(design.clone()),
    )));
    let result = std::thread::spawn(|| panic!("a bug somewhere in the window")).join();
    assert!(result.is_err());
    let pending = store.pending();
    assert_eq!(pending.len(), 1);
    assert_eq!(RecoveryStore::load(&pending[0]).unwrap(), design);
}
