//! Golden files: exports compared with the reviewed bytes in `tests/golden`.
#![allow(clippy::unwrap_used, clippy::panic)] // a test helper fails loudly

/// The bytes equal the golden file `tests/golden/NAME` (written anew with `UPDATE_GOLDEN=1`).
pub fn assert_golden(name: &str, bytes: &[u8]) {
    let golden = std::path::Path::new("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all("tests/golden").unwrap();
        std::fs::write(&golden, bytes).unwrap();
    }
    let expected = std::fs::read(&golden)
        .unwrap_or_else(|_| panic!("{} missing: run with UPDATE_GOLDEN=1", golden.display()));
    assert!(
        bytes == expected,
        "{} differs from the golden file (UPDATE_GOLDEN=1 to accept)",
        golden.display()
    );
}
