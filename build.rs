//! For Windows targets only: the executable's icon, version information and manifest, from
//! `assets/windows/app.rc.in`, compiled with MinGW's `windres` (`WINDRES` names another). Other
//! targets build nothing here.

use std::{env, path::PathBuf, process::Command};

fn main() {
    println!("cargo:rerun-if-changed=assets/windows/app.rc.in");
    println!("cargo:rerun-if-changed=assets/windows/icon.ico");
    println!("cargo:rerun-if-changed=assets/windows/app.manifest");
    println!("cargo:rerun-if-env-changed=WINDRES");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let (Ok(out), Ok(root), Ok(version)) = (
        env::var("OUT_DIR"),
        env::var("CARGO_MANIFEST_DIR"),
        env::var("CARGO_PKG_VERSION"),
    ) else {
        println!("cargo:warning=no OUT_DIR or package version: the exe has no icon");
        return;
    };
    let mut numbers: Vec<String> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|part| part.parse::<u16>().unwrap_or(0).to_string())
        .collect();
    numbers.resize(4, "0".to_owned());
    let source = PathBuf::from(&root).join("assets/windows/app.rc.in");
    let Ok(template) = std::fs::read_to_string(&source) else {
        println!("cargo:warning=assets/windows/app.rc.in is missing: the exe has no icon");
        return;
    };
    let rc = PathBuf::from(&out).join("app.rc");
    let text = template
        .replace("@VERSION_COMMAS@", &numbers.join(","))
        .replace("@VERSION@", &version);
    if std::fs::write(&rc, text).is_err() {
        println!("cargo:warning=could not write app.rc: the exe has no icon");
        return;
    }
    let object = PathBuf::from(&out).join("app-resources.o");
    let windres = env::var("WINDRES").unwrap_or_else(|_| "x86_64-w64-mingw32-windres".to_owned());
    let status = Command::new(&windres)
        .arg("--include-dir")
        .arg(PathBuf::from(&root).join("assets/windows"))
        .arg("--input")
        .arg(&rc)
        .arg("--output-format=coff")
        .arg("--output")
        .arg(&object)
        .status();
    match status {
        Ok(status) if status.success() => {
            println!("cargo:rustc-link-arg-bins={}", object.display());
        }
        _ => println!("cargo:warning={windres} failed: the exe has no icon or version information"),
    }
}
