#!/usr/bin/env bash
# Cross-build the Windows executables (the window app and its console, src/console.rs) for
# x86_64-pc-windows-gnu, in the profile given (release or dev), and print the folder that holds
# them. Used by scripts/build-windows.sh (release) and scripts/test-windows.sh (dev: the
# dependencies optimised, our crate not, which halves the build).
#
# The toolchain: rustup's x86_64-pc-windows-gnu target where rustup has it; otherwise Debian's
# own Rust (rustc-web, with the standard library's source) building std for the target.
# Run as root, it installs the packages it needs.
set -euo pipefail
cd "$(dirname "$0")/../.."
profile=${1:-release}
target=x86_64-pc-windows-gnu

# shellcheck source=scripts/need.sh
source scripts/need.sh

need gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target/windows}"
flag=(--profile "$profile")
bins=(--bin ics-board-designer --bin ics-board-designer-console)
if command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -qx "$target"; then
  echo "Building ($profile) with rustup's $target target" >&2
  cargo build --locked "${flag[@]}" --target "$target" "${bins[@]}" >&2
else
  echo "Building ($profile) with Debian's Rust, the standard library built for $target" >&2
  need rustc-web cargo-web rust-web-src
  # Debian's cargo and rustc, not rustup's; std is built from rust-web-src for the target.
  PATH="/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 /usr/bin/cargo build --locked "${flag[@]}" \
    -Zbuild-std=std,panic_abort --target "$target" "${bins[@]}" >&2
fi
dir=$profile
[ "$profile" = dev ] && dir=debug
echo "$CARGO_TARGET_DIR/$target/$dir"
