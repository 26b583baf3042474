//! `ics-board-designer.com`: the console face of the Windows app (docs/windows.md).
//!
//! On Windows `ics-board-designer.exe` is a window program, so that double-clicking it opens no
//! console window; but then a shell neither shows what its commands print nor waits for their
//! exit status. This small console program, shipped beside it as `ics-board-designer.com`, runs
//! the `.exe` beside it with the same arguments, passes on everything it prints, byte for byte,
//! and exits with its status. cmd and PowerShell try `.com` before `.exe`, so typing
//! `ics-board-designer check design.ron` runs this one (as Visual Studio's `devenv.com` does).
//! It has no code of the app's own, and builds on every system (on Linux it runs the binary
//! beside it the same way).

use std::{
    io::Write,
    process::{Command, ExitCode, Stdio},
};

fn main() -> ExitCode {
    let name = format!("ics-board-designer{}", std::env::consts::EXE_SUFFIX);
    let app = match std::env::current_exe() {
        Ok(me) => me.with_file_name(&name),
        Err(error) => return fail(&format!("cannot tell where this program is: {error}")),
    };
    let child = Command::new(&app)
        .args(std::env::args_os().skip(1))
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(error) => return fail(&format!("cannot run {}: {error}", app.display())),
    };
    // Both streams are passed on at once, each by its own thread, so neither fills and blocks.
    let relays = [
        child.stdout.take().map(|mut from| {
            std::thread::spawn(move || std::io::copy(&mut from, &mut std::io::stdout()))
        }),
        child.stderr.take().map(|mut from| {
            std::thread::spawn(move || std::io::copy(&mut from, &mut std::io::stderr()))
        }),
    ];
    let status = child.wait();
    for relay in relays.into_iter().flatten() {
        let _ = relay.join();
    }
    let _ = std::io::stdout().flush();
    match status {
        Ok(status) => ExitCode::from(
            status
                .code()
                .and_then(|c| u8::try_from(c).ok())
                .unwrap_or(2),
        ),
        Err(error) => fail(&format!("{} did not finish: {error}", app.display())),
    }
}

fn fail(reason: &str) -> ExitCode {
    eprintln!("ics-board-designer: {reason}");
    ExitCode::from(2)
}
