#!/usr/bin/env bash
# Build the designer for a browser: dist/web/, a static folder (index.html, start.js,
# style.css, the icon, the JavaScript glue and the WebAssembly module) that any static host
# serves, e.g. `python3 -m http.server -d dist/web`. Nothing in it is fetched from elsewhere
# (docs/web.md). Run as root it installs what it needs.
#
# The toolchain: rustup's wasm32-unknown-unknown target where rustup has it; otherwise Debian's
# own Rust (rustc-web, with the standard library's source) building std for the target. The
# bindings: wasm-bindgen-cli at the exact version of wasm-bindgen in Cargo.lock.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-web}
target=wasm32-unknown-unknown
out=dist/web
start=$(date +%s)

# shellcheck source=scripts/need.sh
source scripts/need.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target/web}"
bin=(--bin ics-board-designer)
if command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -qx "$target"; then
  echo "Building ($profile) with rustup's $target target" >&2
  cargo build --locked --profile "$profile" --target "$target" "${bin[@]}" >&2
else
  echo "Building ($profile) with Debian's Rust, the standard library built for $target" >&2
  need rustc-web cargo-web rust-web-src lld-22
  PATH="/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 /usr/bin/cargo build --locked --profile "$profile" \
    -Zbuild-std=std,panic_abort --target "$target" "${bin[@]}" >&2
fi
dir=$profile
[ "$profile" = dev ] && dir=debug
wasm="$CARGO_TARGET_DIR/$target/$dir/ics-board-designer.wasm"

# wasm-bindgen-cli must be the version of the wasm-bindgen the module was built with.
version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
tools="${WASM_BINDGEN_ROOT:-$HOME/.cargo}"
if ! "$tools/bin/wasm-bindgen" --version 2>/dev/null | grep -qx "wasm-bindgen $version"; then
  echo "Installing wasm-bindgen-cli $version" >&2
  cargo install --quiet --root "$tools" wasm-bindgen-cli --version "$version" >&2
fi

rm -rf "$out"
mkdir -p "$out"
# The names and producers sections only help a debugger: they are a sixth of the module.
"$tools/bin/wasm-bindgen" --target web --no-typescript --remove-name-section \
  --remove-producers-section --out-dir "$out" \
  --out-name ics_board_designer "$wasm"
cp web/index.html web/start.js web/style.css web/icon.png "$out/"
raw=$(stat -c %s "$out/ics_board_designer_bg.wasm")
zipped=$(gzip -9 -c "$out/ics_board_designer_bg.wasm" | wc -c)
echo "Wrote $out in $(( $(date +%s) - start )) s: wasm $raw bytes, $zipped gzipped" >&2
